package main

import (
	"mime"
	"net/http"
	"path"
	"strings"
)

// ContentSecurityPolicy is the policy of every page: scripts and the
// WebAssembly engine come only from this origin, and nothing is fetched
// from anywhere else. CodeMirror sets inline styles, hence 'unsafe-inline'
// for styles only.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"

// types are the MIME types the site needs, set explicitly so that they do
// not depend on the machine's mime database.
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".map":  "application/json",
}

func init() {
	for ext, typ := range types {
		_ = mime.AddExtensionType(ext, typ)
	}
}

// Handler serves the files of dir with the site's headers.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if typ, ok := types[path.Ext(r.URL.Path)]; ok {
			h.Set("Content-Type", typ)
		}
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}
