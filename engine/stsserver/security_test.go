package stsserver

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	identity "github.com/stsplay/stsplay/engine/principal"
	stsengine "github.com/stsplay/stsplay/engine/sts"
)

// malloryBody is what a stranger who saw one signed request would send
// under its Authorization header: a day-and-a-half session with every
// permission the caller has.
const malloryBody = `Action=GetFederationToken&Version=2011-06-15&Name=Mallory&DurationSeconds=129600&Policy=%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D`

// exampleCreds are the default configuration's token-app key.
var exampleCreds = aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}

// signAs signs r with the Go SDK's signer: payloadHash declared, the
// credential scoped to region, at time at.
func signAs(t *testing.T, r *http.Request, payloadHash, region string, at time.Time) *http.Request {
	t.Helper()
	require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), exampleCreds, r, payloadHash, "sts", region, at))
	return r
}

// presignAt presigns GET target at time at and returns the URL.
func presignAt(t *testing.T, target, payloadHash string, at time.Time) string {
	t.Helper()
	return presignMethod(t, http.MethodGet, target, payloadHash, at)
}

// presignMethod presigns a request of the given method.
func presignMethod(t *testing.T, method, target, payloadHash string, at time.Time) string {
	t.Helper()
	r, err := http.NewRequest(method, target, nil)
	require.NoError(t, err)
	u, _, err := v4.NewSigner().PresignHTTP(context.Background(), exampleCreds, r, payloadHash, "sts", "us-east-1", at)
	require.NoError(t, err)
	return u
}

// replay returns a POST to the same URL with r's headers and a new body.
func replay(t *testing.T, r *http.Request, body string) *http.Request {
	t.Helper()
	out, err := http.NewRequest(http.MethodPost, r.URL.String(), strings.NewReader(body))
	require.NoError(t, err)
	out.Header = r.Header.Clone()
	return out
}

// TestSignedContentIsEnforced sends, over HTTP, requests whose signature
// does not cover what they carry or is scoped to the wrong place, and
// checks STS's answer for each. The first rows are the ways a stranger who
// saw one signed request could obtain credentials the caller never asked
// for; the "control" rows are the same constructions done right, and must
// succeed, so that the refusals are not an accident of the test.
func TestSignedContentIsEnforced(t *testing.T) {
	ts := newTestServer(t, nil)
	const gci = "Action=GetCallerIdentity&Version=2011-06-15"
	form := func(body string) *http.Request {
		r, err := http.NewRequest(http.MethodPost, ts.URL+"/", strings.NewReader(body))
		require.NoError(t, err)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
		return r
	}
	tests := []struct {
		name   string
		req    func(t *testing.T) *http.Request
		status int
		code   string
		msg    string
	}{
		{name: "UNSIGNED-PAYLOAD signature replayed with Mallory's body", status: 403, code: "SignatureDoesNotMatch", msg: sigv4.MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				// Signed with no body, so that Content-Length is not a
				// signed header either, as with botocore's signer.
				r := form("")
				r.Header.Set("X-Amz-Content-Sha256", sigv4.UnsignedPayload)
				return replay(t, signAs(t, r, sigv4.UnsignedPayload, "us-east-1", time.Now()), malloryBody)
			}},
		{name: "signature replayed with Mallory's body and an unsigned x-amz-content-sha256", status: 403, code: "SignatureDoesNotMatch",
			req: func(t *testing.T) *http.Request {
				r := replay(t, signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "us-east-1", time.Now()), malloryBody)
				r.Header.Set("X-Amz-Content-Sha256", sigv4.PayloadHash([]byte(malloryBody)))
				return r
			}},
		{name: "presigned URL POSTed with Mallory's form body", status: 403, code: "SignatureDoesNotMatch",
			req: func(t *testing.T) *http.Request {
				u := presignMethod(t, http.MethodPost, ts.URL+"/?"+gci+"&X-Amz-Expires=900", sigv4.UnsignedPayload, time.Now())
				r, err := http.NewRequest(http.MethodPost, u, strings.NewReader(malloryBody))
				require.NoError(t, err)
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			}},
		{name: "credential scoped to eu-west-1", status: 403, code: "SignatureDoesNotMatch", msg: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
			req: func(t *testing.T) *http.Request {
				return signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "eu-west-1", time.Now())
			}},
		{name: "credential scoped to nowhere", status: 403, code: "SignatureDoesNotMatch", msg: "Credential should be scoped to a valid region, not 'nowhere'. ",
			req: func(t *testing.T) *http.Request {
				return signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "nowhere", time.Now())
			}},
		{name: "credential scoped to the empty region", status: 403, code: "SignatureDoesNotMatch", msg: "Credential should be scoped to a valid region, not ''. ",
			req: func(t *testing.T) *http.Request {
				return signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "", time.Now())
			}},
		{name: "a second, junk Authorization header", status: 400, code: "IncompleteSignature",
			req: func(t *testing.T) *http.Request {
				r := signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "us-east-1", time.Now())
				r.Header.Add("Authorization", "junk")
				return r
			}},
		{name: "the Authorization header sent twice", status: 400, code: "IncompleteSignature",
			req: func(t *testing.T) *http.Request {
				r := signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "us-east-1", time.Now())
				r.Header.Add("Authorization", r.Header.Get("Authorization"))
				return r
			}},
		{name: "presigned six days ago with X-Amz-Expires=604800", status: 403, code: "SignatureDoesNotMatch",
			req: func(t *testing.T) *http.Request {
				return getURL(t, presignAt(t, ts.URL+"/?"+gci+"&X-Amz-Expires=604800", sigv4.PayloadHash(nil), time.Now().Add(-6*24*time.Hour)))
			}},
		{name: "presigned 20 minutes ago with X-Amz-Expires=3600", status: 403, code: "SignatureDoesNotMatch",
			req: func(t *testing.T) *http.Request {
				return getURL(t, presignAt(t, ts.URL+"/?"+gci+"&X-Amz-Expires=3600", sigv4.PayloadHash(nil), time.Now().Add(-20*time.Minute)))
			}},
		{name: "control: signed with the body's hash", status: 200,
			req: func(t *testing.T) *http.Request {
				return signAs(t, form(gci), sigv4.PayloadHash([]byte(gci)), "us-east-1", time.Now())
			}},
		{name: "control: x-amz-content-sha256 signed and true", status: 200,
			req: func(t *testing.T) *http.Request {
				r := form(gci)
				r.Header.Set("X-Amz-Content-Sha256", sigv4.PayloadHash([]byte(gci)))
				return signAs(t, r, sigv4.PayloadHash([]byte(gci)), "us-east-1", time.Now())
			}},
		{name: "control: presigned without X-Amz-Expires, 10 minutes ago", status: 200,
			req: func(t *testing.T) *http.Request {
				return getURL(t, presignAt(t, ts.URL+"/?"+gci, sigv4.UnsignedPayload, time.Now().Add(-10*time.Minute)))
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, body := send(t, tt.req(t))
			require.Equal(t, tt.status, status, body)
			if tt.status == http.StatusOK {
				assert.Contains(t, body, "<Arn>arn:aws:iam::123456789012:user/token-app</Arn>")
				return
			}
			assert.NotContains(t, body, "Mallory")
			var doc stsErrorDoc
			require.NoError(t, xml.Unmarshal([]byte(body), &doc), body)
			assert.Equal(t, tt.code, doc.Code, doc.Message)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, doc.Message)
			}
		})
	}
}

func getURL(t *testing.T, u string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(http.MethodGet, u, nil)
	require.NoError(t, err)
	return r
}

// TestConfiguredRegion checks that an endpoint configured for another
// region accepts that region's scope and refuses us-east-1's.
func TestConfiguredRegion(t *testing.T) {
	cfg, err := DefaultConfig()
	require.NoError(t, err)
	cfg.Region = "eu-west-1"
	ts := newTestServer(t, cfg)
	const gci = "Action=GetCallerIdentity&Version=2011-06-15"
	for region, want := range map[string]int{"eu-west-1": 200, "us-east-1": 403} {
		r, err := http.NewRequest(http.MethodPost, ts.URL+"/", strings.NewReader(gci))
		require.NoError(t, err)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		status, _, body := send(t, signAs(t, r, sigv4.PayloadHash([]byte(gci)), region, time.Now()))
		assert.Equal(t, want, status, "%s: %s", region, body)
	}
}

// TestSDKPresignGetCallerIdentity runs aws-sdk-go-v2's
// PresignGetCallerIdentity, as EKS-style authenticators do (it sends no
// X-Amz-Expires), and performs the presigned request.
func TestSDKPresignGetCallerIdentity(t *testing.T) {
	ts := newTestServer(t, nil)
	presigner := sts.NewPresignClient(ts.exampleClient())
	req, err := presigner.PresignGetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
	require.NoError(t, err)
	u, err := url.Parse(req.URL)
	require.NoError(t, err)
	assert.False(t, u.Query().Has("X-Amz-Expires"), "the SDK sends no X-Amz-Expires: %s", req.URL)
	r, err := http.NewRequest(req.Method, req.URL, nil)
	require.NoError(t, err)
	for k, vs := range req.SignedHeader {
		if !strings.EqualFold(k, "Host") {
			r.Header[k] = vs
		}
	}
	status, _, body := send(t, r)
	require.Equal(t, http.StatusOK, status, body)
	assert.Contains(t, body, "<Arn>arn:aws:iam::123456789012:user/token-app</Arn>")
}

// TestForgedLongLivedToken sends, over HTTP, GetCallerIdentity signed with
// credentials a stranger minted with the public development key: a valid
// MAC, but a 100-year session or one issued tomorrow. Both are refused;
// the same construction with a lifetime STS can issue is accepted.
func TestForgedLongLivedToken(t *testing.T) {
	dev, err := New(Options{TokenKey: []byte(DevelopmentTokenKey)})
	require.NoError(t, err)
	srv := httptest.NewServer(dev)
	defer srv.Close()
	ts := &testServer{Server: srv}
	now := time.Now().UTC()
	tests := []struct {
		name            string
		issued, expires time.Time
		status          int
	}{
		{"a 100-year session", now.Add(-time.Minute), now.AddDate(100, 0, 0), 403},
		{"issued tomorrow", now.Add(24 * time.Hour), now.Add(25 * time.Hour), 403},
		{"control: a one-hour session", now.Add(-time.Minute), now.Add(time.Hour), 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := &stsengine.TokenClaims{Version: stsengine.TokenVersion, Partition: "aws", Account: "123456789012", Name: "Mallory",
				CallerType: identity.IAMUser, CallerName: "token-app", Issued: tt.issued, Expires: tt.expires, AccessKeyID: "ASIAMALLORYFORGED000"}
			token, secret, err := stsengine.IssueToken([]byte(DevelopmentTokenKey), claims, 0)
			require.NoError(t, err)
			_, err = ts.client(claims.AccessKeyID, secret, token).GetCallerIdentity(ctx(t), &sts.GetCallerIdentityInput{})
			if tt.status == 200 {
				require.NoError(t, err)
				return
			}
			assertAPIError(t, err, tt.status, "InvalidClientTokenId", "The security token included in the request is invalid.")
		})
	}
}
