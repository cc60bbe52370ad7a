package stsserver

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/aws-sdk-go-v2/service/sts/types"
	"github.com/aws/smithy-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jeanPolicy is the session policy of the API example in "GetFederationToken
// —Federation Through a Custom Identity Broker" (seed page).
const jeanPolicy = `{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`

// TestSDKGetFederationToken runs the seed's Jean example through the Go SDK
// and checks every field the SDK parsed.
func TestSDKGetFederationToken(t *testing.T) {
	ts := newTestServer(t, nil)
	before := time.Now().UTC().Truncate(time.Millisecond)
	out, err := ts.exampleClient().GetFederationToken(ctx(t), &sts.GetFederationTokenInput{
		Name:            aws.String("Jean"),
		Policy:          aws.String(jeanPolicy),
		DurationSeconds: aws.Int32(3600),
	})
	require.NoError(t, err)
	after := time.Now().UTC()

	c := out.Credentials
	require.NotNil(t, c)
	assert.Regexp(t, `^ASIA[A-Z2-7]{16}$`, aws.ToString(c.AccessKeyId))
	assert.Len(t, aws.ToString(c.SecretAccessKey), 40)
	assert.NotEmpty(t, aws.ToString(c.SessionToken))
	require.NotNil(t, c.Expiration)
	assert.WithinRange(t, *c.Expiration, before.Add(time.Hour), after.Add(time.Hour))
	assert.Equal(t, c.Expiration.Truncate(time.Millisecond), *c.Expiration, "Expiration has millisecond precision")

	require.NotNil(t, out.FederatedUser)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", aws.ToString(out.FederatedUser.Arn))
	assert.Equal(t, "123456789012:Jean", aws.ToString(out.FederatedUser.FederatedUserId))
	//lint:ignore SA1019 PackedPolicySize is the field the STS XML carries; the test checks the SDK parses it.
	require.NotNil(t, out.PackedPolicySize)
	//lint:ignore SA1019 PackedPolicySize is the field the STS XML carries; the test checks the SDK parses it.
	assert.Greater(t, *out.PackedPolicySize, int32(0))
	//lint:ignore SA1019 PackedPolicySize is the field the STS XML carries; the test checks the SDK parses it.
	assert.LessOrEqual(t, *out.PackedPolicySize, int32(100))

	id, ok := awsmiddleware.GetRequestIDMetadata(out.ResultMetadata)
	require.True(t, ok, "the SDK found x-amzn-RequestId")
	assert.Regexp(t, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, id)
}

// TestSDKSessionCredentials uses the credentials GetFederationToken returned:
// GetCallerIdentity names the federated user; GetFederationToken is refused.
func TestSDKSessionCredentials(t *testing.T) {
	ts := newTestServer(t, nil)
	out, err := ts.exampleClient().GetFederationToken(ctx(t), &sts.GetFederationTokenInput{
		Name: aws.String("Jean"), Policy: aws.String(jeanPolicy), DurationSeconds: aws.Int32(900),
	})
	require.NoError(t, err)
	c := out.Credentials
	session := ts.client(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken)

	who, err := session.GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", aws.ToString(who.Arn))
	assert.Equal(t, "123456789012:Jean", aws.ToString(who.UserId))
	assert.Equal(t, "123456789012", aws.ToString(who.Account))

	_, err = session.GetFederationToken(ctx(t), &sts.GetFederationTokenInput{Name: aws.String("Bob")})
	assertAPIError(t, err, 403, "AccessDenied", "Cannot call GetFederationToken with session credentials")

	// Once the session has expired the token is refused as expired.
	ts.advance(901 * time.Second)
	_, err = ts.client(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken).GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
	assertAPIError(t, err, 403, "ExpiredToken", "The security token included in the request is expired")
}

// TestSDKLongTermCallerIdentity asks who the IAM user token-app is.
func TestSDKLongTermCallerIdentity(t *testing.T) {
	ts := newTestServer(t, nil)
	who, err := ts.exampleClient().GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:iam::123456789012:user/token-app", aws.ToString(who.Arn))
	assert.Regexp(t, `^AIDA[A-Z2-7]{17}$`, aws.ToString(who.UserId))
	assert.Equal(t, "123456789012", aws.ToString(who.Account))
}

// TestSDKErrors surfaces every error code through the SDK, as the typed
// error where STS's model has one and as smithy.GenericAPIError otherwise.
func TestSDKErrors(t *testing.T) {
	ts := newTestServer(t, testWorld(t))
	issued, err := ts.exampleClient().GetFederationToken(ctx(t), &sts.GetFederationTokenInput{Name: aws.String("Jean"), Policy: aws.String(jeanPolicy)})
	require.NoError(t, err)
	ic := issued.Credentials
	forged := []byte(*ic.SessionToken)
	forged[len(forged)/2] ^= 0x01
	if forged[len(forged)/2] == '=' || forged[len(forged)/2] == '+' {
		forged[len(forged)/2] = 'A'
	}

	// 50 tags of random letters do not compress: the packing model puts
	// them far over their allotted space.
	rng := rand.New(rand.NewPCG(1, 2))
	randomText := func(n int) string {
		const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		return string(b)
	}
	longTags := make([]types.Tag, 50)
	for i := range longTags {
		longTags[i] = types.Tag{Key: aws.String(randomText(120)), Value: aws.String(randomText(200))}
	}
	tests := []struct {
		name   string
		client func() *sts.Client
		input  *sts.GetFederationTokenInput
		caller bool // call GetCallerIdentity instead
		status int
		code   string
		msg    string
		typed  func(error) bool
	}{
		{name: "wrong secret", client: func() *sts.Client { return ts.client(ExampleAccessKeyID, "wrong-secret", "") },
			caller: true, status: 403, code: "SignatureDoesNotMatch",
			msg: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."},
		{name: "unknown access key", client: func() *sts.Client {
			return ts.client("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "")
		},
			caller: true, status: 403, code: "InvalidClientTokenId", msg: "The security token included in the request is invalid."},
		{name: "forged session token", client: func() *sts.Client { return ts.client(*ic.AccessKeyId, *ic.SecretAccessKey, string(forged)) },
			caller: true, status: 403, code: "InvalidClientTokenId", msg: "The security token included in the request is invalid."},
		{name: "session token of another access key", client: func() *sts.Client { return ts.client("ASIAIOSFODNN7EXAMPLE", *ic.SecretAccessKey, *ic.SessionToken) },
			caller: true, status: 403, code: "InvalidClientTokenId"},
		{name: "not signed", client: func() *sts.Client {
			return sts.New(sts.Options{Region: "us-east-1", BaseEndpoint: aws.String(ts.URL), Credentials: aws.AnonymousCredentials{}, RetryMaxAttempts: 1})
		}, caller: true, status: 403, code: "MissingAuthenticationToken", msg: "Request is missing Authentication Token"},
		{name: "name too long", client: ts.exampleClient, input: &sts.GetFederationTokenInput{Name: aws.String("x.dwornikowski@example.com-and-more")},
			status: 400, code: "ValidationError",
			msg: "1 validation error detected: Value 'x.dwornikowski@example.com-and-more' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{name: "duration too short", client: ts.exampleClient, input: &sts.GetFederationTokenInput{Name: aws.String("Jean"), DurationSeconds: aws.Int32(600)},
			status: 400, code: "ValidationError",
			msg: "1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"},
		{name: "malformed session policy", client: ts.exampleClient, input: &sts.GetFederationTokenInput{Name: aws.String("Jean"), Policy: aws.String(`{"Statement": [`)},
			status: 400, code: "MalformedPolicyDocument", typed: func(err error) bool {
				var x *types.MalformedPolicyDocumentException
				return errors.As(err, &x)
			}},
		{name: "caller may not federate this name", client: func() *sts.Client { return ts.client("AKIAMANAGERONLY00001", "manager-secret", "") },
			input:  &sts.GetFederationTokenInput{Name: aws.String("Jean")},
			status: 403, code: "AccessDenied",
			msg: "User: arn:aws:iam::123456789012:user/manager-broker is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Jean"},
		{name: "session tags too large", client: func() *sts.Client { return ts.client("AKIATAGGER0000000001", "tagger-secret", "") },
			input:  &sts.GetFederationTokenInput{Name: aws.String("Jean"), Tags: longTags},
			status: 400, code: "PackedPolicyTooLarge", typed: func(err error) bool {
				var x *types.PackedPolicyTooLargeException
				return errors.As(err, &x)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.caller {
				_, err = tt.client().GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
			} else {
				_, err = tt.client().GetFederationToken(ctx(t), tt.input)
			}
			assertAPIError(t, err, tt.status, tt.code, tt.msg)
			if tt.typed != nil {
				assert.True(t, tt.typed(err), "the SDK returned its typed error for %s: %T", tt.code, err)
			}
		})
	}
}

// TestSDKClockSkew signs with the real clock against a server 20 minutes
// ahead: AWS answers SignatureDoesNotMatch "Signature expired".
func TestSDKClockSkew(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.advance(20 * time.Minute)
	_, err := ts.exampleClient().GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
	assertAPIError(t, err, 403, "SignatureDoesNotMatch", "")
	var ae smithy.APIError
	require.ErrorAs(t, err, &ae)
	assert.Regexp(t, `^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$`, ae.ErrorMessage())
}

// TestSDKOtherActions calls STS actions the simulator does not implement.
func TestSDKOtherActions(t *testing.T) {
	ts := newTestServer(t, nil)
	_, err := ts.exampleClient().AssumeRole(ctx(t), &sts.AssumeRoleInput{RoleArn: aws.String("arn:aws:iam::123123123123:role/UpdateAPP"), RoleSessionName: aws.String("s")})
	assertAPIError(t, err, 400, "InvalidAction", "AssumeRole is a real STS action, but this simulator (stsplay) does not implement it; it answers only GetFederationToken and GetCallerIdentity.")
	_, err = ts.exampleClient().GetSessionToken(ctx(t), &sts.GetSessionTokenInput{})
	assertAPIError(t, err, 400, "InvalidAction", "")
}

// assertAPIError checks the HTTP status, code and (when not empty) message
// of an SDK error.
func assertAPIError(t *testing.T, err error, status int, code, msg string) {
	t.Helper()
	require.Error(t, err)
	var ae smithy.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, code, ae.ErrorCode())
	if msg != "" {
		assert.Equal(t, msg, ae.ErrorMessage())
	}
	var re *awshttp.ResponseError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, status, re.HTTPStatusCode())
	assert.NotEmpty(t, re.ServiceRequestID(), "the SDK read the RequestId from the error body")
}
