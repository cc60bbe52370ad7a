package sigv4

import (
	"net/http"
	"testing"
)

// BenchmarkVerify measures the verification of an SDK-signed POST, the work
// the endpoint does on every request before it dispatches the action.
func BenchmarkVerify(b *testing.B) {
	r := signed(b, formRequest(b, "http://127.0.0.1:9900/", formBody), formBody, testKeyID, testSecret, "", "sts", signTime)
	v := verifier(signTime)
	body := []byte(formBody)
	q := r.URL.Query()
	b.ReportAllocs()
	for b.Loop() {
		r.Body = http.NoBody
		if _, err := v.Verify(r, q, body); err != nil {
			b.Fatal(err)
		}
	}
}
