package sts

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	awssts "github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/aws-sdk-go-v2/service/sts/types"
	"github.com/aws/smithy-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sdkServer serves Simulate's answer to whatever the AWS SDK for Go v2
// sends, recording the body it received, the way the endpoint will.
func sdkServer(t *testing.T, env Env, gotBody *string) *awssts.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		*gotBody = string(body)
		form, err := url.ParseQuery(string(body))
		require.NoError(t, err)
		req, derr := DecodeQuery(form)
		var out Outcome
		if derr != nil {
			e := DecodeError(derr)
			out = Outcome{Status: e.Status, Body: RenderError(e, "00000000-0000-4000-8000-000000000000"), Err: e}
		} else {
			out = Simulate(req, env)
		}
		w.Header().Set("Content-Type", ContentType)
		w.Header().Set("x-amzn-RequestId", out.RequestID)
		w.WriteHeader(out.Status)
		_, _ = io.WriteString(w, out.Body)
	}))
	t.Cleanup(srv.Close)
	return awssts.New(awssts.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(srv.URL),
		Credentials:  credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", ""),
	})
}

// sdkInput converts a Request to the SDK's input.
func sdkInput(r Request) *awssts.GetFederationTokenInput {
	in := &awssts.GetFederationTokenInput{Name: r.Name, Policy: r.Policy, DurationSeconds: r.DurationSeconds,
		MinimumSessionTokenSize: r.MinimumSessionTokenSize}
	for _, a := range r.PolicyArns {
		in.PolicyArns = append(in.PolicyArns, types.PolicyDescriptorType{Arn: aws.String(a)})
	}
	for _, t := range r.Tags {
		in.Tags = append(in.Tags, types.Tag{Key: t.Key, Value: t.Value})
	}
	return in
}

func TestSDKParsesSuccess(t *testing.T) {
	const arn = "arn:aws:iam::123456789012:policy/S3Read"
	env := seededEnv(tokenApp())
	env.ManagedPolicies = map[string]string{arn: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`}
	req := jeanRequest()
	req.PolicyArns = []string{arn}
	req.Tags = []Tag{NewTag("Project", "Pegasus"), NewTag("Cost-Center", "98765")}
	want := Simulate(req, env)
	require.Nil(t, want.Err)
	env.Random = NewRandom("golden")

	var body string
	client := sdkServer(t, env, &body)
	out, err := client.GetFederationToken(context.Background(), sdkInput(req))
	require.NoError(t, err)

	assert.Equal(t, EncodeQuery(req), body, "EncodeQuery writes the body the SDK sends")
	s := want.Session
	assert.Equal(t, s.Credentials.AccessKeyID, aws.ToString(out.Credentials.AccessKeyId))
	assert.Equal(t, s.Credentials.SecretAccessKey, aws.ToString(out.Credentials.SecretAccessKey))
	assert.Equal(t, s.Credentials.SessionToken, aws.ToString(out.Credentials.SessionToken))
	assert.True(t, s.Credentials.Expiration.Equal(aws.ToTime(out.Credentials.Expiration)))
	assert.Equal(t, s.FederatedUserARN, aws.ToString(out.FederatedUser.Arn))
	assert.Equal(t, s.FederatedUserID, aws.ToString(out.FederatedUser.FederatedUserId))
	//lint:ignore SA1019 PackedPolicySize is the field the STS XML carries; the test checks the SDK parses it.
	assert.Equal(t, int32(s.PackedPolicySize), aws.ToInt32(out.PackedPolicySize))
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", aws.ToString(out.FederatedUser.Arn))
	assert.Equal(t, "2011-07-15T23:28:33.359Z", FormatExpiration(aws.ToTime(out.Credentials.Expiration)))

	// The SDK's credentials are accepted by ParseToken.
	c, err := ParseToken(testKey, aws.ToString(out.Credentials.SessionToken), fixedNow)
	require.NoError(t, err)
	assert.Equal(t, aws.ToString(out.Credentials.SecretAccessKey), c.SecretAccessKey)
}

func TestSDKParsesErrors(t *testing.T) {
	tests := []struct {
		name    string
		req     Request
		auth    Authorizer
		code    string
		typed   func(error) bool
		message string
	}{
		{"ValidationError", Request{Name: String("x.dwornikowski@example-company.com")}, allowAll, CodeValidationError, nil,
			"1 validation error detected: Value 'x.dwornikowski@example-company.com' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{"MalformedPolicyDocument", Request{Name: String("Jean"), Policy: String(`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}`)}, allowAll,
			CodeMalformedPolicyDocument, func(err error) bool { var e *types.MalformedPolicyDocumentException; return errors.As(err, &e) },
			"Policy document should not specify a principal."},
		{"PackedPolicyTooLarge", Request{Name: String("Jean"), Tags: func() []Tag {
			var tags []Tag
			for _, st := range randomTags(50, 120) {
				tags = append(tags, NewTag(st.Key, st.Value))
			}
			return tags
		}()}, allowAll, CodePackedPolicyTooLarge,
			func(err error) bool { var e *types.PackedPolicyTooLargeException; return errors.As(err, &e) },
			"Packed size of session tags consumes 241% of allotted space."},
		{"AccessDenied", jeanRequest(), func(AuthRequest) AuthDecision { return AuthDecision{} }, CodeAccessDenied, nil,
			"User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Jean"},
		{"ValidationError with markup in the value", Request{Name: String("<a&b>")}, allowAll, CodeValidationError, nil,
			`1 validation error detected: Value '<a&b>' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := seededEnv(tokenApp())
			env.Authorize = tc.auth
			want := Simulate(tc.req, env)
			env.Random = NewRandom("golden")
			var body string
			client := sdkServer(t, env, &body)
			_, err := client.GetFederationToken(context.Background(), sdkInput(tc.req))
			require.Error(t, err)
			var api smithy.APIError
			require.True(t, errors.As(err, &api), "%v", err)
			assert.Equal(t, tc.code, api.ErrorCode())
			assert.Equal(t, tc.message, api.ErrorMessage())
			if tc.typed != nil {
				assert.True(t, tc.typed(err), "the SDK returns its typed error")
				assert.Equal(t, smithy.FaultClient, api.ErrorFault())
			} else {
				var generic *smithy.GenericAPIError
				assert.True(t, errors.As(err, &generic), "codes outside the model are generic API errors")
			}
			assert.Contains(t, err.Error(), want.RequestID, "the SDK reads RequestId from the body")
		})
	}
}

func TestSDKParsesGetCallerIdentity(t *testing.T) {
	s := issueJean(t, nil)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := ParseToken(testKey, r.Header.Get("X-Amz-Security-Token"), fixedNow)
		require.NoError(t, err)
		w.Header().Set("Content-Type", ContentType)
		_, _ = io.WriteString(w, RenderGetCallerIdentity(c, "c6104cbe-af31-11e0-8154-cbc7ccf896c7"))
	}))
	defer srv.Close()
	client := awssts.New(awssts.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(srv.URL),
		Credentials: credentials.NewStaticCredentialsProvider(s.Credentials.AccessKeyID,
			s.Credentials.SecretAccessKey, s.Credentials.SessionToken),
	})
	out, err := client.GetCallerIdentity(context.Background(), &awssts.GetCallerIdentityInput{})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", aws.ToString(out.Arn))
	assert.Equal(t, "123456789012:Jean", aws.ToString(out.UserId))
	assert.Equal(t, "123456789012", aws.ToString(out.Account))
}
