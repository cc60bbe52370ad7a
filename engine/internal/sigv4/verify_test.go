package sigv4

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The AWS documentation's example key pair (IAM User Guide, "Managing
// access keys").
const (
	testKeyID  = "AKIAIOSFODNN7EXAMPLE"
	testSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	testToken  = "session-token-for-tests"
	tempKeyID  = "ASIAIOSFODNN7EXAMPLE"
	tempSecret = "temporarySecretAccessKeyForTheTests00000"
)

var signTime = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

// The errors testSecrets answers, as a service's SecretFunc would.
var (
	errUnknownKey   = &Error{Status: 403, Code: "InvalidClientTokenId", Message: "unknown key"}
	errExpiredToken = &Error{Status: 403, Code: "ExpiredToken", Message: "expired"}
)

func testSecrets(c Claim) (string, error) {
	switch {
	case c.AccessKeyID == testKeyID && c.SessionToken == "":
		return testSecret, nil
	case c.AccessKeyID == tempKeyID && c.SessionToken == testToken:
		return tempSecret, nil
	case c.AccessKeyID == tempKeyID && c.SessionToken == "expired":
		return "", errExpiredToken
	}
	return "", errUnknownKey
}

func verifier(now time.Time) *Verifier {
	return &Verifier{Service: "sts", Region: "us-east-1", Now: func() time.Time { return now }, Secret: testSecrets}
}

const formBody = "Action=GetFederationToken&DurationSeconds=3600&Name=Jean&Version=2011-06-15"

// formRequest builds a POST of the STS form as the SDK sends it.
func formRequest(t testing.TB, target, body string) *http.Request {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	r.Header.Set("Amz-Sdk-Request", "attempt=1;  max=3 ")
	return r
}

// signed signs r with the Go SDK's SigV4 signer.
func signed(t testing.TB, r *http.Request, body, keyID, secret, token, service string, at time.Time) *http.Request {
	t.Helper()
	creds := aws.Credentials{AccessKeyID: keyID, SecretAccessKey: secret, SessionToken: token}
	require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), creds, r, PayloadHash([]byte(body)), service, "us-east-1", at))
	return r
}

// presigned returns r's URL presigned by the Go SDK's signer.
func presigned(t *testing.T, r *http.Request, keyID, secret, token string, at time.Time, expires time.Duration) *http.Request {
	t.Helper()
	q := r.URL.Query()
	q.Set("X-Amz-Expires", strconv.Itoa(int(expires/time.Second)))
	r.URL.RawQuery = q.Encode()
	creds := aws.Credentials{AccessKeyID: keyID, SecretAccessKey: secret, SessionToken: token}
	u, _, err := v4.NewSigner().PresignHTTP(context.Background(), creds, r, PayloadHash(nil), "sts", "us-east-1", at)
	require.NoError(t, err)
	out := httptest.NewRequest(http.MethodGet, u, nil)
	return out
}

func TestVerify(t *testing.T) {
	getURL := "http://127.0.0.1:9900/?Action=GetCallerIdentity&Version=2011-06-15&Tag=a%20b%2Bc"
	tests := []struct {
		name     string
		req      func(t *testing.T) *http.Request
		now      time.Time
		wantCode string
		wantMsg  string
		wantKey  string
	}{
		{name: "POST form signed with long-term key", now: signTime, wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "GET with query string", now: signTime, wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return signed(t, httptest.NewRequest(http.MethodGet, getURL, nil), "", testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "path with escaped characters", now: signTime, wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return signed(t, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:9900/a%20b/c?x=1", nil), "", testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "session credentials", now: signTime, wantKey: tempKeyID,
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, tempKeyID, tempSecret, testToken, "sts", signTime)
			}},
		{name: "clock skew just inside 15 minutes", now: signTime.Add(15 * time.Minute), wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "presigned GET", now: signTime.Add(time.Minute), wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return presigned(t, httptest.NewRequest(http.MethodGet, getURL, nil), testKeyID, testSecret, "", signTime, 5*time.Minute)
			}},
		{name: "presigned GET with session token", now: signTime, wantKey: tempKeyID,
			req: func(t *testing.T) *http.Request {
				return presigned(t, httptest.NewRequest(http.MethodGet, getURL, nil), tempKeyID, tempSecret, testToken, signTime, time.Minute)
			}},
		{name: "unsigned request", now: signTime, wantCode: CodeMissingAuthenticationToken, wantMsg: MsgMissingAuthenticationToken,
			req: func(t *testing.T) *http.Request { return formRequest(t, "http://127.0.0.1:9900/", formBody) }},
		{name: "wrong secret", now: signTime, wantCode: CodeSignatureDoesNotMatch, wantMsg: MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, "wrong", "", "sts", signTime)
			}},
		{name: "unknown access key", now: signTime, wantCode: "InvalidClientTokenId", wantMsg: "unknown key",
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, "AKIAUNKNOWN000000000", testSecret, "", "sts", signTime)
			}},
		{name: "expired session token", now: signTime, wantCode: "ExpiredToken", wantMsg: "expired",
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, tempKeyID, tempSecret, "expired", "sts", signTime)
			}},
		{name: "body changed after signing", now: signTime, wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
				r.Body = http.NoBody
				return r
			}},
		{name: "truncated signature", now: signTime, wantCode: CodeSignatureDoesNotMatch, wantMsg: MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
				h := r.Header.Get("Authorization")
				r.Header.Set("Authorization", h[:len(h)-10])
				return r
			}},
		{name: "signed for another service", now: signTime, wantCode: CodeSignatureDoesNotMatch,
			wantMsg: "Credential should be scoped to correct service: 'sts'. ",
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "iam", signTime)
			}},
		{name: "signature expired", now: signTime.Add(16 * time.Minute), wantCode: CodeSignatureDoesNotMatch,
			wantMsg: "Signature expired: 20260101T120000Z is now earlier than 20260101T120100Z (20260101T121600Z - 15 min.)",
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "signature not yet current", now: signTime.Add(-16 * time.Minute), wantCode: CodeSignatureDoesNotMatch,
			wantMsg: "Signature not yet current: 20260101T120000Z is still later than 20260101T115900Z (20260101T114400Z + 15 min.)",
			req: func(t *testing.T) *http.Request {
				return signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
			}},
		{name: "presigned URL used 6 minutes after signing with X-Amz-Expires=300", now: signTime.Add(6 * time.Minute), wantKey: testKeyID,
			req: func(t *testing.T) *http.Request {
				return presigned(t, httptest.NewRequest(http.MethodGet, getURL, nil), testKeyID, testSecret, "", signTime, 5*time.Minute)
			}},
		{name: "presigned URL with a changed parameter", now: signTime, wantCode: CodeSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := presigned(t, httptest.NewRequest(http.MethodGet, getURL, nil), testKeyID, testSecret, "", signTime, time.Minute)
				r.URL.RawQuery = strings.Replace(r.URL.RawQuery, "GetCallerIdentity", "GetFederationToken", 1)
				return r
			}},
		{name: "presigned URL missing X-Amz-Signature", now: signTime, wantCode: CodeIncompleteSignature,
			wantMsg: "AWS query-string parameters must include 'X-Amz-Signature'. Re-examine the query-string parameters.",
			req: func(t *testing.T) *http.Request {
				r := presigned(t, httptest.NewRequest(http.MethodGet, getURL, nil), testKeyID, testSecret, "", signTime, time.Minute)
				q := r.URL.Query()
				q.Del("X-Amz-Signature")
				r.URL.RawQuery = q.Encode()
				return r
			}},
		{name: "Authorization header without Signature", now: signTime, wantCode: CodeIncompleteSignature,
			wantMsg: "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host",
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "20260101T120000Z")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host")
				return r
			}},
		{name: "no date header", now: signTime, wantCode: CodeIncompleteSignature,
			wantMsg: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00",
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00")
				return r
			}},
		{name: "SigV2-style header", now: signTime, wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("Authorization", "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=")
				return r
			}},
		{name: "credential with too few parts", now: signTime, wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "20260101T120000Z")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101, SignedHeaders=host, Signature=00")
				return r
			}},
		{name: "host not signed", now: signTime, wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "20260101T120000Z")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=x-amz-date, Signature=00")
				return r
			}},
		{name: "scope date differs from request date", now: signTime, wantCode: CodeSignatureDoesNotMatch,
			wantMsg: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20251231' != '20260101', from '20260101T120000Z'.",
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "20260101T120000Z")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20251231/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00")
				return r
			}},
		{name: "malformed X-Amz-Date", now: signTime, wantCode: CodeIncompleteSignature,
			req: func(t *testing.T) *http.Request {
				r := formRequest(t, "http://127.0.0.1:9900/", formBody)
				r.Header.Set("X-Amz-Date", "2026-01-01")
				r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00")
				return r
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.req(t)
			body := readBody(t, r)
			res, verr := verifier(tt.now).Verify(r, r.URL.Query(), body)
			if tt.wantCode == "" {
				require.NoError(t, verr)
				assert.Equal(t, tt.wantKey, res.AccessKeyID)
				assert.Equal(t, "us-east-1", res.Scope.Region)
				return
			}
			var err *Error
			require.ErrorAs(t, verr, &err)
			assert.Equal(t, tt.wantCode, err.Code)
			if tt.wantMsg != "" {
				assert.Equal(t, tt.wantMsg, err.Message)
			}
			assert.NotZero(t, err.Status)
		})
	}
}

// TestVerifyWorkersSplitHeaders checks a request whose header values were
// split at commas, as the Workers runtime hands them to Go.
func TestVerifyWorkersSplitHeaders(t *testing.T) {
	r := signed(t, formRequest(t, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
	auth := r.Header.Get("Authorization")
	r.Header.Del("Authorization")
	for _, piece := range strings.Split(auth, ",") {
		r.Header.Add("Authorization", piece)
	}
	res, err := verifier(signTime).Verify(r, r.URL.Query(), readBody(t, r))
	require.NoError(t, err)
	assert.Equal(t, testKeyID, res.AccessKeyID)
}

func readBody(t *testing.T, r *http.Request) []byte {
	t.Helper()
	if r.Body == nil {
		return nil
	}
	b, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	return b
}
