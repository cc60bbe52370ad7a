package stsserver

import (
	"encoding/xml"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParameterLimitsAndEchoes sends requests with too many parameters or
// an oversize value and checks STS's code and a bounded answer.
func TestParameterLimitsAndEchoes(t *testing.T) {
	ts := newTestServer(t, nil)
	const gft = "Action=GetFederationToken&Version=2011-06-15&Name=Jean"
	many := func(n int) string { return strings.Repeat("X=1&", n) }
	tests := []struct {
		name    string
		req     func(t *testing.T) *http.Request
		status  int
		code    string
		msg     string
		maxBody int
	}{
		{name: "10,003 form fields", status: 400, code: "ValidationError", msg: "The request has 10006 parameters; this endpoint accepts at most 1000.",
			req: func(t *testing.T) *http.Request { return signedPost(t, ts.URL+"/", many(10003)+gft) }},
		{name: "1,001 parameters across the URL and the body", status: 400, code: "ValidationError", msg: "The request has 1001 parameters; this endpoint accepts at most 1000.",
			req: func(t *testing.T) *http.Request { return signedPost(t, ts.URL+"/?"+many(500), many(498)+gft) }},
		{name: "10,003 unsigned query parameters", status: 400, code: "ValidationError",
			req: func(t *testing.T) *http.Request {
				r, _ := http.NewRequest(http.MethodGet, ts.URL+"/?"+many(10003)+gft, nil)
				return r
			}},
		{name: "a 200 KB Policy", status: 400, code: "ValidationError", maxBody: 6 << 10,
			req: func(t *testing.T) *http.Request {
				return signedPost(t, ts.URL+"/", gft+"&Policy="+strings.Repeat("A", 200<<10))
			}},
		{name: "1,000 parameters are read", status: 200,
			req: func(t *testing.T) *http.Request { return signedPost(t, ts.URL+"/", many(997)+gft) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, body := send(t, tt.req(t))
			require.Equal(t, tt.status, status, "%.300s", body)
			if tt.status == http.StatusOK {
				return
			}
			var doc stsErrorDoc
			require.NoError(t, xml.Unmarshal([]byte(body), &doc))
			assert.Equal(t, tt.code, doc.Code, doc.Message)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, doc.Message)
			}
			if tt.maxBody > 0 {
				assert.LessOrEqual(t, len(body), tt.maxBody, "the answer is bounded")
			}
		})
	}
}
