package sigv4

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzVerify feeds arbitrary Authorization headers, dates, query strings
// and bodies to the verifier: it must never panic, and it must never accept
// a request that the fuzzer could not have signed.
func FuzzVerify(f *testing.F) {
	f.Add("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc", "20260101T120000Z", "Action=GetCallerIdentity", "")
	f.Add("AWS4-HMAC-SHA256 ,,,==", "", "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a/b/c/d/aws4_request", "a=%zz")
	f.Add("", "Mon, 02 Jan 2006 15:04:05 GMT", "X-Amz-Signature=00&X-Amz-Expires=-1", "body")
	f.Add("AWS4-HMAC-SHA256 Credential=/////, SignedHeaders=;;;, Signature=", "20260101T120000Z", "", "")
	f.Fuzz(func(t *testing.T, auth, date, rawQuery, body string) {
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/", strings.NewReader(body))
		r.URL.RawQuery = rawQuery
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		if date != "" {
			r.Header.Set("X-Amz-Date", date)
		}
		q, _ := url.ParseQuery(rawQuery)
		_, verr := verifier(signTime).Verify(r, q, []byte(body))
		if verr == nil {
			t.Fatalf("accepted an unsigned request: auth=%q query=%q", auth, rawQuery)
		}
		err, ok := verr.(*Error)
		if !ok {
			t.Fatalf("not an *Error: %#v", verr)
		}
		if err.Code == "" || err.Status == 0 || err.Message == "" {
			t.Fatalf("incomplete error %#v", err)
		}
	})
}
