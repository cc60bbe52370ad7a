package stsserver

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/sts"
)

// serveAPI answers the playground's JSON API:
//
//	POST /v1/run      body: a scenario document → the scenario result JSON
//	GET  /v1/presets  → the embedded presets, [{"name", "title", …, "scenario"}]
//
// Bodies are capped like every other request (413 with a JSON error); runs
// are bounded as runlimits.go says.
func (h *Handler) serveAPI(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/v1/run":
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST, OPTIONS")
			writeJSONError(w, http.StatusMethodNotAllowed, "MethodNotAllowed", "POST a scenario document to /v1/run.")
			return
		}
		body, err := readBody(w, r, h.maxBody)
		if errors.Is(err, errTooLarge) {
			writeJSONError(w, http.StatusRequestEntityTooLarge, "RequestEntityTooLarge", tooLargeMessage(h.maxBody))
			return
		}
		if err != nil {
			writeJSONError(w, http.StatusBadRequest, "BadRequest", "The request body could not be read: "+err.Error())
			return
		}
		h.serveRun(w, r, body)
	case "/v1/presets":
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", "GET, OPTIONS")
			writeJSONError(w, http.StatusMethodNotAllowed, "MethodNotAllowed", "GET /v1/presets lists the presets.")
			return
		}
		out, err := json.Marshal(scenario.Presets())
		if err != nil {
			writeJSONError(w, http.StatusInternalServerError, sts.CodeInternalFailure, err.Error())
			return
		}
		writeJSON(w, http.StatusOK, append(out, '\n'))
	default:
		writeJSONError(w, http.StatusNotFound, "NotFound", "No such API: "+r.URL.Path+". The JSON API has POST /v1/run and GET /v1/presets; the STS Query API is at /.")
	}
}
