package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":          "<!doctype html>",
		"assets/engine.wasm":  "\x00asm",
		"assets/main-abc.js":  "export {}",
		"engine/stsplay.mjs":  "export {}",
		"assets/styles-a.css": "body{}",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	tests := []struct {
		path, wantType, wantCache string
		wantStatus                int
	}{
		{"/", "text/html; charset=utf-8", "no-cache", http.StatusOK},
		{"/assets/engine.wasm", "application/wasm", "public, max-age=31536000, immutable", http.StatusOK},
		{"/assets/main-abc.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", http.StatusOK},
		{"/engine/stsplay.mjs", "text/javascript; charset=utf-8", "no-cache", http.StatusOK},
		{"/assets/styles-a.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable", http.StatusOK},
		{"/missing.js", "", "", http.StatusNotFound},
	}
	h := Handler(dir)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			assert.Equal(t, tt.wantStatus, rec.Code)
			if tt.wantType != "" {
				assert.Equal(t, tt.wantType, rec.Header().Get("Content-Type"))
			}
			assert.Equal(t, tt.wantCache, rec.Header().Get("Cache-Control"))
			assert.Equal(t, ContentSecurityPolicy, rec.Header().Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
		})
	}
}
