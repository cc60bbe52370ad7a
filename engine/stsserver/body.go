package stsserver

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// errTooLarge means the body went over the cap.
var errTooLarge = errors.New("request body too large")

// readBody reads at most limit bytes of r's body. A declared Content-Length
// over the limit is refused before anything is read; a body that grows past
// the limit while streaming is cut off there. Either way the handler
// answers 413 and the connection is closed, so a 10 MB upload costs the
// server no more than limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.ContentLength > limit {
		return nil, errTooLarge
	}
	if r.Body == nil {
		return nil, nil
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, errTooLarge
	}
	return body, err
}

// MaxParameters is the most Query parameters a request may carry, in its
// URL and form body together: 1,000, eight times what the largest
// GetFederationToken needs (Action, Version, Name, Policy, DurationSeconds,
// MinimumSessionTokenSize, 10 PolicyArns, 50 tags of two fields each and
// seven X-Amz-* presigning parameters make 123). Beyond it the request is
// refused with ValidationError before any parameter is parsed. STS's own
// limit is not documented; the number and the wording are the endpoint's
// (RULES.md#query-protocol-errors).
const MaxParameters = 1000

// countParams counts the non-empty &-separated fields of a query string
// or form body, without parsing them.
func countParams(raw string) int {
	n := 0
	for len(raw) > 0 {
		i := strings.IndexByte(raw, '&')
		if i < 0 {
			return n + 1
		}
		if i > 0 {
			n++
		}
		raw = raw[i+1:]
	}
	return n
}

// tooManyParametersMessage explains a refused parameter count.
func tooManyParametersMessage(n int) string {
	return fmt.Sprintf("The request has %d parameters; this endpoint accepts at most %d.", n, MaxParameters)
}

// tooLargeMessage explains a refused body.
func tooLargeMessage(limit int64) string {
	return fmt.Sprintf("The request body is larger than the %d bytes (%d KiB) this endpoint accepts.", limit, limit>>10)
}

// queryParams collects the Query-protocol parameters of an STS request:
// those of the URL and, for a form POST, those of the body (AWS Query
// requests may put them in either; the SDKs POST a form, the API
// Reference's examples use GET). Parameter order does not matter. A body
// is read as a form when its Content-Type is
// application/x-www-form-urlencoded or absent.
func queryParams(r *http.Request, urlQuery url.Values, body []byte) (url.Values, error) {
	params := url.Values{}
	for k, vs := range urlQuery {
		params[k] = append(params[k], vs...)
	}
	if r.Method != http.MethodPost || len(body) == 0 {
		return params, nil
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/x-www-form-urlencoded" {
			return nil, fmt.Errorf("the Content-Type %q is not application/x-www-form-urlencoded, the only body the STS Query protocol has", ct)
		}
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, fmt.Errorf("the request body is not a valid application/x-www-form-urlencoded form: %v", err)
	}
	for k, vs := range form {
		params[k] = append(params[k], vs...)
	}
	return params, nil
}
