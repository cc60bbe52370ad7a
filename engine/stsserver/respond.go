package stsserver

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/stsplay/stsplay/engine/sts"
)

// writeSTS writes an STS response with the headers real STS sends:
// Content-Type text/xml, x-amzn-RequestId, Content-Length and a Date from
// the endpoint's clock (RULES.md#response-document, "Real traffic"). The SDKs read Date to
// correct a skewed client clock, so it must come from the same clock that
// judges signature times.
func writeSTS(w http.ResponseWriter, status int, body, requestID string, now time.Time) {
	h := w.Header()
	h.Set("Content-Type", sts.ContentType)
	// Set directly to keep STS's spelling on the wire; header names are
	// case-insensitive, so clients find it either way.
	h["x-amzn-RequestId"] = []string{requestID}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Date", now.UTC().Format(http.TimeFormat))
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

// writeSTSError renders e as STS's ErrorResponse.
func writeSTSError(w http.ResponseWriter, e *sts.Error, requestID string, now time.Time) {
	writeSTS(w, e.Status, sts.RenderError(e, requestID), requestID, now)
}

// writeJSON writes a JSON API response.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// apiError is the JSON API's error document: {"error": {"code", "message"}}.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeJSONError writes {"error": {"code": …, "message": …}}.
func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	var e apiError
	e.Error.Code, e.Error.Message = code, msg
	body, _ := json.Marshal(e)
	writeJSON(w, status, append(body, '\n'))
}
