package stsserver

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/scenario"
)

// TestAPI drives the playground's JSON API over HTTP.
func TestAPI(t *testing.T) {
	ts := newTestServer(t, nil)
	preset := scenario.Presets()[0]
	tests := []struct {
		name   string
		method string
		path   string
		body   []byte
		status int
		check  func(t *testing.T, body string)
	}{
		{name: "presets", method: http.MethodGet, path: "/v1/presets", status: 200,
			check: func(t *testing.T, body string) {
				list := gjson.Parse(body).Array()
				require.Len(t, list, len(scenario.Presets()))
				assert.Equal(t, preset.Name, list[0].Get("name").String())
				assert.True(t, list[0].Get("scenario.caller").IsObject(), "each preset carries its scenario document")
			}},
		{name: "run the first preset", method: http.MethodPost, path: "/v1/run", body: preset.Scenario, status: 200,
			check: func(t *testing.T, body string) {
				assert.JSONEq(t, string(scenario.Run(preset.Scenario).JSON()), body, "the same bytes as scenario.Run")
				assert.Equal(t, int64(200), gjson.Get(body, "response.status").Int())
			}},
		{name: "run a document that is not JSON", method: http.MethodPost, path: "/v1/run", body: []byte(`{"version": 1,`), status: 200,
			check: func(t *testing.T, body string) {
				assert.Equal(t, scenario.CodeInvalidScenario, gjson.Get(body, "error.code").String())
			}},
		{name: "run with a body over the cap", method: http.MethodPost, path: "/v1/run", body: bytes.Repeat([]byte(" "), DefaultMaxBodyBytes+1), status: 413,
			check: func(t *testing.T, body string) {
				assert.Equal(t, "RequestEntityTooLarge", gjson.Get(body, "error.code").String())
				assert.Equal(t, "The request body is larger than the 262144 bytes (256 KiB) this endpoint accepts.", gjson.Get(body, "error.message").String())
			}},
		{name: "run with GET", method: http.MethodGet, path: "/v1/run", status: 405,
			check: func(t *testing.T, body string) {
				assert.Equal(t, "MethodNotAllowed", gjson.Get(body, "error.code").String())
			}},
		{name: "presets with POST", method: http.MethodPost, path: "/v1/presets", status: 405,
			check: func(t *testing.T, body string) {
				assert.Equal(t, "MethodNotAllowed", gjson.Get(body, "error.code").String())
			}},
		{name: "unknown API", method: http.MethodGet, path: "/v1/explain", status: 404,
			check: func(t *testing.T, body string) {
				assert.Equal(t, "NotFound", gjson.Get(body, "error.code").String())
				assert.Contains(t, gjson.Get(body, "error.message").String(), "POST /v1/run, GET /v1/presets and, serving an exercise, /v1/exercise")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := http.NewRequest(tt.method, ts.URL+tt.path, bytes.NewReader(tt.body))
			require.NoError(t, err)
			r.Header.Set("Origin", "https://stsplay.example")
			status, h, body := send(t, r)
			assert.Equal(t, tt.status, status, body)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			assert.Equal(t, "*", h.Get("Access-Control-Allow-Origin"), "CORS is open")
			assert.True(t, json.Valid([]byte(body)), body)
			tt.check(t, body)
		})
	}
}

// TestCORSPreflight checks the answer to a browser's preflight, for the
// JSON API and for a SigV4-signed STS call from a browser SDK.
func TestCORSPreflight(t *testing.T) {
	ts := newTestServer(t, nil)
	for _, path := range []string{"/v1/run", "/"} {
		t.Run(path, func(t *testing.T) {
			r, _ := http.NewRequest(http.MethodOptions, ts.URL+path, nil)
			r.Header.Set("Origin", "https://stsplay.example")
			r.Header.Set("Access-Control-Request-Method", "POST")
			r.Header.Set("Access-Control-Request-Headers", "authorization,content-type,x-amz-date,x-amz-security-token")
			status, h, body := send(t, r)
			assert.Equal(t, http.StatusNoContent, status)
			assert.Empty(t, body)
			assert.Equal(t, "*", h.Get("Access-Control-Allow-Origin"))
			assert.Equal(t, "GET, POST, OPTIONS", h.Get("Access-Control-Allow-Methods"))
			assert.Equal(t, "authorization,content-type,x-amz-date,x-amz-security-token", h.Get("Access-Control-Allow-Headers"))
			assert.True(t, strings.Contains(h.Get("Access-Control-Expose-Headers"), "x-amzn-RequestId"))
		})
	}
}
