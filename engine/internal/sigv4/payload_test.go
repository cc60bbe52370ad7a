package sigv4

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// injectedBody is what an attacker who saw one signed request would send
// under its Authorization header.
const injectedBody = `Action=GetFederationToken&Version=2011-06-15&Name=Mallory&DurationSeconds=129600&Policy={"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`

// signWith signs r with the Go SDK's signer, declaring payloadHash and
// scoping the credential to region.
func signWith(t *testing.T, r *http.Request, payloadHash, region string) *http.Request {
	t.Helper()
	creds := aws.Credentials{AccessKeyID: testKeyID, SecretAccessKey: testSecret}
	require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), creds, r, payloadHash, "sts", region, signTime))
	return r
}

// presignWith presigns a GET of rawQuery with payloadHash; no
// X-Amz-Expires is added.
func presignWith(t *testing.T, rawQuery, payloadHash string, at time.Time) string {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:9900/?"+rawQuery, nil)
	creds := aws.Credentials{AccessKeyID: testKeyID, SecretAccessKey: testSecret}
	u, _, err := v4.NewSigner().PresignHTTP(context.Background(), creds, r, payloadHash, "sts", "us-east-1", at)
	require.NoError(t, err)
	return u
}

// withBody returns a copy of r carrying body instead of its own.
func withBody(r *http.Request, method, body string) *http.Request {
	out := httptest.NewRequest(method, r.URL.String(), strings.NewReader(body))
	out.Header = r.Header.Clone()
	out.Host = r.Host
	return out
}

// TestVerifyRefusesWhatTheSignatureDoesNotCover lists the ways a request can
// carry content its signature does not cover, and the content-related
// parts of the signature that must match the endpoint.
func TestVerifyRefusesWhatTheSignatureDoesNotCover(t *testing.T) {
	const getCallerIdentity = "Action=GetCallerIdentity&Version=2011-06-15"
	tests := []struct {
		name     string
		req      func(t *testing.T) *http.Request
		now      time.Time
		wantCode string
		wantMsg  string
	}{
		{name: "UNSIGNED-PAYLOAD header signature replayed with a new body", wantCode: CodeSignatureDoesNotMatch, wantMsg: MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Content-Sha256", UnsignedPayload)
				return withBody(signWith(t, r, UnsignedPayload, "us-east-1"), http.MethodPost, injectedBody)
			}},
		{name: "UNSIGNED-PAYLOAD header signature with its own body", wantCode: CodeSignatureDoesNotMatch, wantMsg: MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Content-Sha256", UnsignedPayload)
				return signWith(t, r, UnsignedPayload, "us-east-1")
			}},
		{name: "x-amz-content-sha256 signed but not the body's hash", wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", injectedBody)
				h := PayloadHash([]byte(formBody))
				r.Header.Set("X-Amz-Content-Sha256", h)
				return signWith(t, r, h, "us-east-1")
			}},
		{name: "x-amz-content-sha256 present but not signed", wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "us-east-1")
				r.Header.Set("X-Amz-Content-Sha256", PayloadHash([]byte(formBody)))
				return r
			}},
		{name: "presigned URL POSTed with an injected form body", wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				u := presignWith(t, getCallerIdentity, UnsignedPayload, signTime)
				r := httptest.NewRequest(http.MethodPost, u, strings.NewReader(injectedBody))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			}},
		{name: "presigned GET with a body", wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, presignWith(t, getCallerIdentity, PayloadHash(nil), signTime), strings.NewReader("Name=Mallory"))
			}},
		{name: "scoped to eu-west-1", wantCode: CodeSignatureDoesNotMatch, wantMsg: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
			req: func(t *testing.T) *http.Request {
				return signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "eu-west-1")
			}},
		{name: "scoped to nowhere", wantCode: CodeSignatureDoesNotMatch, wantMsg: "Credential should be scoped to a valid region, not 'nowhere'. ",
			req: func(t *testing.T) *http.Request {
				return signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "nowhere")
			}},
		{name: "scoped to the empty region", wantCode: CodeSignatureDoesNotMatch, wantMsg: "Credential should be scoped to a valid region, not ''. ",
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "20260101T120000Z")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101//sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
				return r
			}},
		{name: "two Authorization headers", wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "us-east-1")
				r.Header.Add("Authorization", "junk")
				return r
			}},
		{name: "two signatures in one Authorization header", wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "us-east-1")
				r.Header.Add("Authorization", r.Header.Get("Authorization"))
				return r
			}},
		{name: "Signature given twice", wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := signWith(t, formRequest(t, "http://127.0.0.1:9900/", formBody), PayloadHash([]byte(formBody)), "us-east-1")
				r.Header.Set("Authorization", r.Header.Get("Authorization")+", Signature=00")
				return r
			}},
		{name: "presigned six days back with X-Amz-Expires=604800", now: signTime.Add(6 * 24 * time.Hour), wantCode: CodeSignatureDoesNotMatch,
			wantMsg: "Signature expired: 20260101T120000Z is now earlier than 20260107T114500Z (20260107T120000Z - 15 min.)",
			req: func(t *testing.T) *http.Request {
				return presigned(t, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:9900/?"+getCallerIdentity, nil), testKeyID, testSecret, "", signTime, 7*24*time.Hour)
			}},
		{name: "presigned 16 minutes back with X-Amz-Expires=3600", now: signTime.Add(16 * time.Minute), wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				return presigned(t, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:9900/?"+getCallerIdentity, nil), testKeyID, testSecret, "", signTime, time.Hour)
			}},
		{name: "presigned without X-Amz-Expires, 16 minutes back", now: signTime.Add(16 * time.Minute), wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, presignWith(t, getCallerIdentity, PayloadHash(nil), signTime), nil)
			}},
		{name: "presigned without X-Amz-Expires, 14 minutes back",
			now: signTime.Add(14 * time.Minute),
			req: func(t *testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, presignWith(t, getCallerIdentity, PayloadHash(nil), signTime), nil)
			}},
		{name: "presigned with UNSIGNED-PAYLOAD and no body",
			req: func(t *testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, presignWith(t, getCallerIdentity, UnsignedPayload, signTime), nil)
			}},
		{name: "x-amz-content-sha256 signed and equal to the body's hash",
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				h := PayloadHash([]byte(formBody))
				r.Header.Set("X-Amz-Content-Sha256", h)
				return signWith(t, r, h, "us-east-1")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := tt.now
			if now.IsZero() {
				now = signTime
			}
			r := tt.req(t)
			q, perr := url.ParseQuery(r.URL.RawQuery)
			require.NoError(t, perr)
			_, verr := verifier(now).Verify(r, q, readBody(t, r))
			if tt.wantCode == "" {
				require.NoError(t, verr)
				return
			}
			var err *Error
			require.ErrorAs(t, verr, &err)
			assert.Equal(t, tt.wantCode, err.Code, err.Message)
			if tt.wantMsg != "" {
				assert.Equal(t, tt.wantMsg, err.Message)
			}
		})
	}
}

// TestEchoIsBounded checks that a message quoting a huge header stays
// small.
func TestEchoIsBounded(t *testing.T) {
	r := formRequest(t, "http://127.0.0.1:9900/", formBody)
	r.Header.Set("X-Amz-Date", "20260101T120000Z")
	r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential="+strings.Repeat("é", 100000))
	_, verr := verifier(signTime).Verify(r, nil, nil)
	var err *Error
	require.ErrorAs(t, verr, &err)
	assert.Less(t, len(err.Message), 4*maxEcho, err.Message)
	assert.Contains(t, err.Message, "bytes)")
}
