package stsserver

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/sts"
)

// stsErrorDoc is the part of STS's ErrorResponse the tests read.
type stsErrorDoc struct {
	Type      string `xml:"Error>Type"`
	Code      string `xml:"Error>Code"`
	Message   string `xml:"Error>Message"`
	RequestID string `xml:"RequestId"`
}

// signedPost builds a form POST signed by the Go SDK's signer with the
// documentation key.
func signedPost(t *testing.T, target, body string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(http.MethodPost, target, strings.NewReader(body))
	require.NoError(t, err)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	return signRaw(t, r, body)
}

func signRaw(t *testing.T, r *http.Request, body string) *http.Request {
	t.Helper()
	creds := aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}
	require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), creds, r, sigv4.PayloadHash([]byte(body)), "sts", "us-east-1", time.Now()))
	return r
}

// send performs r and returns the status, headers and body.
func send(t *testing.T, r *http.Request) (int, http.Header, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(r)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header, string(b)
}

// assertServing checks that the server still answers a valid request.
func assertServing(t *testing.T, ts *testServer) {
	t.Helper()
	status, _, body := send(t, signedPost(t, ts.URL+"/", "Action=GetCallerIdentity&Version=2011-06-15"))
	require.Equal(t, http.StatusOK, status, body)
	assert.Contains(t, body, "<Arn>arn:aws:iam::123456789012:user/token-app</Arn>")
}

// TestQueryProtocolErrors sends requests no SDK would send and checks the
// STS error each gets, and that the server keeps serving afterwards.
func TestQueryProtocolErrors(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct {
		name   string
		req    func(t *testing.T) *http.Request
		status int
		code   string
		msg    string
	}{
		{name: "malformed form body", status: 400, code: "InvalidQueryParameter",
			msg: `The request body is not a valid application/x-www-form-urlencoded form: invalid URL escape "%zz".`,
			req: func(t *testing.T) *http.Request {
				return signedPost(t, ts.URL+"/", "Action=GetCallerIdentity&Version=2011-06-15&Bad=%zz")
			}},
		{name: "malformed query string", status: 400, code: "InvalidQueryParameter",
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodGet, ts.URL+"/?Action=GetCallerIdentity&x=%G1", nil)
				return r
			}},
		{name: "JSON body", status: 400, code: "InvalidQueryParameter",
			req: func(t *testing.T) *http.Request {
				body := `{"Action":"GetCallerIdentity"}`
				r, _ := http.NewRequest(http.MethodPost, ts.URL+"/", strings.NewReader(body))
				r.Header.Set("Content-Type", "application/json")
				return signRaw(t, r, body)
			}},
		{name: "10 MB body with Content-Length", status: 413, code: "RequestEntityTooLargeException",
			msg: "The request body is larger than the 262144 bytes (256 KiB) this endpoint accepts.",
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodPost, ts.URL+"/", bytes.NewReader(make([]byte, 10<<20)))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			}},
		{name: "10 MB chunked body", status: 413, code: "RequestEntityTooLargeException",
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodPost, ts.URL+"/", io.MultiReader(strings.NewReader("Action=GetCallerIdentity&Version=2011-06-15&Pad="), bytes.NewReader(bytes.Repeat([]byte("a"), 10<<20))))
				r.ContentLength = -1
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			}},
		{name: "truncated signature", status: 403, code: "SignatureDoesNotMatch", msg: sigv4.MsgSignatureDoesNotMatch,
			req: func(t *testing.T) *http.Request {
				r := signedPost(t, ts.URL+"/", "Action=GetCallerIdentity&Version=2011-06-15")
				a := r.Header.Get("Authorization")
				r.Header.Set("Authorization", a[:len(a)-20])
				return r
			}},
		{name: "forged session token", status: 403, code: "InvalidClientTokenId", msg: sts.InvalidClientTokenIDError().Message,
			req: func(t *testing.T) *http.Request {
				body := "Action=GetCallerIdentity&Version=2011-06-15"
				r, _ := http.NewRequest(http.MethodPost, ts.URL+"/", strings.NewReader(body))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				creds := aws.Credentials{AccessKeyID: "ASIAIOSFODNN7EXAMPLE", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
					SessionToken: "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCEXAMPLE=="}
				require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), creds, r, sigv4.PayloadHash([]byte(body)), "sts", "us-east-1", time.Now()))
				return r
			}},
		{name: "unsigned GET", status: 403, code: "MissingAuthenticationToken", msg: sigv4.MsgMissingAuthenticationToken,
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodGet, ts.URL+"/?Action=GetCallerIdentity&Version=2011-06-15", nil)
				return r
			}},
		{name: "unknown action", status: 400, code: "InvalidAction", msg: "Could not find operation ListBuckets for version 2011-06-15",
			req: func(t *testing.T) *http.Request {
				return signedPost(t, ts.URL+"/", "Action=ListBuckets&Version=2011-06-15")
			}},
		{name: "another version", status: 400, code: "InvalidAction", msg: "Could not find operation GetCallerIdentity for version 2010-05-08",
			req: func(t *testing.T) *http.Request {
				return signedPost(t, ts.URL+"/", "Action=GetCallerIdentity&Version=2010-05-08")
			}},
		{name: "no action", status: 400, code: "MissingAction",
			req: func(t *testing.T) *http.Request { return signedPost(t, ts.URL+"/", "Version=2011-06-15") }},
		{name: "no version", status: 400, code: "MissingParameter",
			req: func(t *testing.T) *http.Request { return signedPost(t, ts.URL+"/", "Action=GetCallerIdentity") }},
		{name: "DurationSeconds not a number", status: 400, code: "ValidationError",
			msg: "1 validation error detected: Value 'abc' at 'durationSeconds' failed to satisfy constraint: Member must be a valid integer",
			req: func(t *testing.T) *http.Request {
				return signedPost(t, ts.URL+"/", "Action=GetFederationToken&Version=2011-06-15&Name=Jean&DurationSeconds=abc")
			}},
		{name: "PUT", status: 405, code: "MethodNotAllowed",
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodPut, ts.URL+"/", nil)
				return r
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, header, body := send(t, tt.req(t))
			assert.Equal(t, tt.status, status, body)
			assert.Equal(t, "text/xml", header.Get("Content-Type"))
			var doc stsErrorDoc
			require.NoError(t, xml.Unmarshal([]byte(body), &doc), body)
			assert.Equal(t, "Sender", doc.Type)
			assert.Equal(t, tt.code, doc.Code)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, doc.Message)
			}
			assert.Equal(t, header.Get("x-amzn-RequestId"), doc.RequestID)
			assertServing(t, ts)
		})
	}
}

// TestQueryProtocolForms checks that parameters are read from a GET query,
// from a POST body in any order, and from a presigned URL.
func TestQueryProtocolForms(t *testing.T) {
	ts := newTestServer(t, nil)
	policy := url.QueryEscape(jeanPolicy)
	t.Run("GET with the API Reference's parameter order", func(t *testing.T) {
		r, _ := http.NewRequest(http.MethodGet, ts.URL+"/?Version=2011-06-15&Action=GetFederationToken&Name=Jean&Policy="+policy+"&DurationSeconds=3600", nil)
		status, h, body := send(t, signRaw(t, r, ""))
		require.Equal(t, http.StatusOK, status, body)
		assert.Equal(t, "text/xml", h.Get("Content-Type"))
		assert.Contains(t, body, "<Arn>arn:aws:sts::123456789012:federated-user/Jean</Arn>")
		assert.Contains(t, body, "<PackedPolicySize>6</PackedPolicySize>", "the packing model gives the documented 6 for Jean's policy")
	})
	t.Run("POST with parameters out of order", func(t *testing.T) {
		status, _, body := send(t, signedPost(t, ts.URL+"/", "Name=Jean&DurationSeconds=900&Version=2011-06-15&Policy="+policy+"&Action=GetFederationToken"))
		require.Equal(t, http.StatusOK, status, body)
		assert.Contains(t, body, "<FederatedUserId>123456789012:Jean</FederatedUserId>")
	})
	t.Run("presigned GET", func(t *testing.T) {
		r, _ := http.NewRequest(http.MethodGet, ts.URL+"/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Expires=60", nil)
		creds := aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}
		u, _, err := v4.NewSigner().PresignHTTP(context.Background(), creds, r, sigv4.PayloadHash(nil), "sts", "us-east-1", time.Now())
		require.NoError(t, err)
		r2, _ := http.NewRequest(http.MethodGet, u, nil)
		status, _, body := send(t, r2)
		require.Equal(t, http.StatusOK, status, body)
		assert.Contains(t, body, "<Account>123456789012</Account>")
	})
}
