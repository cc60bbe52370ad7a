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

const testHeaders = `# comment
/*
  X-Content-Type-Options: nosniff

/
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
  Cache-Control: public, max-age=0, must-revalidate

/embed.html
  Content-Security-Policy: default-src 'none'; frame-ancestors *

/assets/*
  Cache-Control: public, max-age=31536000, immutable

/assets/*.wasm
  Content-Type: application/wasm
`

func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func TestHandler(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"_headers":              testHeaders,
		"index.html":            "<!doctype html>",
		"index.html.br":         "BR-INDEX",
		"index.html.gz":         "GZ-INDEX",
		"embed.html":            "<!doctype html><p>embed",
		"assets/engine.wasm":    "\x00asm",
		"assets/engine.wasm.gz": "GZ-WASM",
		"assets/main-abc.js":    "export {}",
		"engine/stsplay.mjs":    "export {}",
		".hidden":               "secret",
	})
	h, err := Handler(dir)
	require.NoError(t, err)
	tests := []struct {
		name, path, accept                    string
		wantStatus                            int
		wantType, wantCache, wantCSP, wantEnc string
		wantVary                              bool
		wantBody                              string
	}{
		{"root, brotli", "/", "gzip, deflate, br", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "default-src 'none'; frame-ancestors 'none'", "br", true, "BR-INDEX"},
		{"root, gzip only", "/", "gzip", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "default-src 'none'; frame-ancestors 'none'", "gzip", true, "GZ-INDEX"},
		{"root, br refused by q=0", "/", "br;q=0, gzip;q=0.5", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "default-src 'none'; frame-ancestors 'none'", "gzip", true, "GZ-INDEX"},
		{"root, no encoding", "/", "", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "default-src 'none'; frame-ancestors 'none'", "", true, "<!doctype html>"},
		{"index.html is served, not redirected", "/index.html", "", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "", "", true, "<!doctype html>"},
		{"embed page by its pretty URL", "/embed", "br", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "", "", false, "<!doctype html><p>embed"},
		{"embed page", "/embed.html", "br", 200, "text/html; charset=utf-8", "public, max-age=0, must-revalidate", "default-src 'none'; frame-ancestors *", "", false, "<!doctype html><p>embed"},
		{"wasm, gzip copy", "/assets/engine.wasm", "gzip, br", 200, "application/wasm", "public, max-age=31536000, immutable", "", "gzip", true, "GZ-WASM"},
		{"hashed script", "/assets/main-abc.js", "", 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", "", "", false, "export {}"},
		{"module for embedders", "/engine/stsplay.mjs", "", 200, "text/javascript; charset=utf-8", "public, max-age=0, must-revalidate", "", "", false, "export {}"},
		{"the headers file is not served", "/_headers", "", 404, "", "", "", "", false, ""},
		{"hidden files are not served", "/.hidden", "", 404, "", "", "", "", false, ""},
		{"missing file", "/missing.js", "", 404, "", "", "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.path, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			require.Equal(t, tt.wantStatus, rec.Code)
			if tt.wantStatus != http.StatusOK {
				return
			}
			assert.Equal(t, tt.wantBody, rec.Body.String())
			assert.Equal(t, tt.wantType, rec.Header().Get("Content-Type"))
			assert.Equal(t, tt.wantCache, rec.Header().Get("Cache-Control"))
			assert.Equal(t, tt.wantCSP, rec.Header().Get("Content-Security-Policy"))
			assert.Equal(t, tt.wantEnc, rec.Header().Get("Content-Encoding"))
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
			if tt.wantVary {
				assert.Equal(t, "Accept-Encoding", rec.Header().Get("Vary"))
			} else {
				assert.Empty(t, rec.Header().Get("Vary"))
			}
		})
	}
	t.Run("POST is refused", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
		assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	})
}

func TestHandlerNeedsHeadersFile(t *testing.T) {
	_, err := Handler(writeSite(t, map[string]string{"index.html": "x"}))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "make site")
}

func TestParseHeaders(t *testing.T) {
	tests := []struct {
		name, text, wantErr string
		wantRules           int
	}{
		{"rules and comments", testHeaders, "", 5},
		{"empty", "", "", 0},
		{"header before any path", "  X-A: b\n", "line 1", 0},
		{"not a header", "/a\n  no colon here\n", "line 2", 0},
		{"path without slash", "/a\n  X-A: b\nassets/*\n", "line 3", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ParseHeaders(tt.text)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Len(t, rules, tt.wantRules)
		})
	}
}

func TestPathPattern(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		miss    []string
	}{
		{"/", []string{"/"}, []string{"/index.html", "/a"}},
		{"/*", []string{"/", "/a", "/a/b.js"}, nil},
		{"/index.html", []string{"/index.html", "/INDEX.HTML", "/index.html/"}, []string{"/", "/index.htm"}},
		{"/assets/*", []string{"/assets", "/assets/", "/assets/a.js", "/assets/x/y"}, []string{"/asset", "/engine/a.js"}},
		{"/assets/*.wasm", []string{"/assets/a.wasm"}, []string{"/assets/a.js", "/engine/a.wasm"}},
		{"/user/:id", []string{"/user/1", "/user/1/"}, []string{"/user", "/user/1/2"}},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			re := PathPattern(tt.pattern)
			for _, p := range tt.match {
				assert.True(t, re.MatchString(p), p)
			}
			for _, p := range tt.miss {
				assert.False(t, re.MatchString(p), p)
			}
		})
	}
}

func TestHeadersForJoinsRepeatedHeaders(t *testing.T) {
	rules, err := ParseHeaders("/*\n  X-A: one\n/a\n  x-a: two\n  X-B: b\n")
	require.NoError(t, err)
	assert.Equal(t, [][2]string{{"X-A", "one, two"}, {"X-B", "b"}}, HeadersFor(rules, "/a"))
	assert.Equal(t, [][2]string{{"X-A", "one"}}, HeadersFor(rules, "/b"))
}

func FuzzParseHeaders(f *testing.F) {
	f.Add(testHeaders)
	f.Add("/a\n  X: y\n")
	f.Fuzz(func(t *testing.T, text string) {
		rules, err := ParseHeaders(text)
		if err != nil {
			return
		}
		for _, r := range rules {
			_ = HeadersFor(rules, r.For)
		}
	})
}
