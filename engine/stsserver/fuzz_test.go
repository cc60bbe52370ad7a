package stsserver

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stsplay/stsplay/engine/sts"
)

// FuzzServeSTS sends arbitrary methods, query strings, bodies and
// Authorization headers to the STS API. Whatever arrives, the handler must
// answer (never panic, never hang) with an STS XML document: a success only
// for requests it could authenticate, otherwise an ErrorResponse with a
// code, and the x-amzn-RequestId header.
func FuzzServeSTS(f *testing.F) {
	h, err := New(Options{TokenKey: testTokenKey, Now: func() time.Time { return goldenTime }, Random: sts.NewRandom("fuzz")})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("POST", "", "Action=GetCallerIdentity&Version=2011-06-15", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00", "")
	f.Add("GET", "Action=GetFederationToken&Name=Jean&Version=2011-06-15", "", "", "ASIA")
	f.Add("POST", "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2Fb", "a=%zz", "", "c3Ax")
	f.Add("PUT", ";;", "\x00\xff", "AWS x:y", "")
	f.Fuzz(func(t *testing.T, method, query, body, auth, token string) {
		if method != "GET" && method != "POST" && method != "PUT" {
			method = "POST"
		}
		r := httptest.NewRequest(method, "http://127.0.0.1:9900/", strings.NewReader(body))
		r.URL.RawQuery = query
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("X-Amz-Date", "20260101T000000Z")
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		if token != "" {
			r.Header.Set("X-Amz-Security-Token", token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code == http.StatusOK {
			t.Fatalf("accepted a request the fuzzer could not sign: %s %q %q", method, query, body)
		}
		out := rec.Body.String()
		if !strings.HasPrefix(out, `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">`) || !strings.Contains(out, "<Code>") {
			t.Fatalf("not an STS error document: %q", out)
		}
		//lint:ignore SA1008 the endpoint writes STS's own spelling, x-amzn-RequestId, as a raw header key.
		if rec.Header().Get("Content-Type") != "text/xml" || len(rec.Header()["x-amzn-RequestId"]) != 1 {
			t.Fatalf("missing STS headers: %v", rec.Header())
		}
	})
}
