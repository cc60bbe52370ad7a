package stsserver

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
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
