package stsserver

import "net/http"

// setCORS opens the endpoint to pages of any origin for GET and POST, the
// way a public API is: the playground's site calls /v1/ from its own
// origin, and a browser build of an AWS SDK may call the STS API, so the
// SigV4 headers are allowed and x-amzn-RequestId is exposed. No cookies
// are involved, so the wildcard origin is safe.
func setCORS(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
		h.Set("Access-Control-Allow-Headers", req)
	} else {
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-Content-Sha256, X-Amz-User-Agent, Amz-Sdk-Invocation-Id, Amz-Sdk-Request")
	}
	h.Set("Access-Control-Expose-Headers", "x-amzn-RequestId, Date")
	h.Set("Access-Control-Max-Age", "86400")
	h.Add("Vary", "Access-Control-Request-Headers")
}
