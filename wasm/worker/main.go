//go:build js && wasm

// Command worker is the stsplay STS endpoint on Cloudflare Workers: the
// same http.Handler as the native server (engine/stsserver), served by
// github.com/syumai/workers. Build it with `make worker-build`, which also
// generates the JavaScript shim (build/worker.mjs, build/runtime.mjs,
// build/wasm_exec.js) with the pinned workers-assets-gen.
//
// Settings come from the Worker's environment (wrangler.toml [vars] and
// secrets): STSPLAY_CONFIG holds the configuration JSON (default: the
// seed's token-app with AWS's example key) and STSPLAY_TOKEN_KEY the
// session-token key, at least 32 bytes (set it with `wrangler secret put
// STSPLAY_TOKEN_KEY`). A deployed Worker is public, so it never uses the
// development key: without the secret, GetFederationToken answers 503
// ServiceUnavailable naming the secret to set, and the rest still works.
//
// The Workers runtime starts a new Go instance for every request, so this
// main runs per request; it logs nothing.
package main

import (
	"encoding/json"
	"net/http"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"

	"github.com/stsplay/stsplay/engine/stsserver"
)

func main() {
	workers.Serve(handler())
}

// handler builds the endpoint from the Worker's environment. A
// configuration error is answered on every request (500, as JSON), so that
// a bad deployment says what is wrong instead of failing silently.
func handler() http.Handler {
	s, err := stsserver.LoadSettings("", cloudflare.Getenv, nil)
	if err == nil {
		var h *stsserver.Handler
		if h, err = stsserver.New(stsserver.WorkerOptions(s)); err == nil {
			return h
		}
	}
	var doc struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	doc.Error.Code, doc.Error.Message = "InvalidConfiguration", err.Error()
	body, _ := json.Marshal(doc) // only strings: cannot fail
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = w.Write(append(body, '\n'))
	})
}
