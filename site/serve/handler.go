package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// HeadersFile is the file of the served directory that holds the headers of
// every path (Netlify's _headers format; make site copies site/_headers
// there). It is read, never served.
const HeadersFile = "_headers"

// types are the MIME types the site needs, set explicitly so that they do
// not depend on the machine's mime database (the e2e server's table).
var types = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json; charset=utf-8",
	".map":         "application/json; charset=utf-8",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
	".woff2":       "font/woff2",
}

// encodings are the precompressed copies make site writes beside a file,
// in the order they are preferred.
var encodings = []struct{ token, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// Handler serves the files of dir with the headers of dir/_headers, the
// way Netlify serves the publish directory: "/x" is x, x/index.html or
// x.html; a file with a .br or .gz copy beside it is sent compressed to a
// browser that accepts that encoding (Content-Encoding, and Vary:
// Accept-Encoding on every response that has such a copy).
func Handler(dir string) (http.Handler, error) {
	text, err := os.ReadFile(filepath.Join(dir, HeadersFile))
	if err != nil {
		return nil, fmt.Errorf("%w (make site writes it)", err)
	}
	rules, err := ParseHeaders(string(text))
	if err != nil {
		return nil, err
	}
	root := os.DirFS(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := resolve(root, r.URL.Path)
		if !ok {
			http.Error(w, "not found: "+r.URL.Path, http.StatusNotFound)
			return
		}
		h := w.Header()
		typ, ok := types[path.Ext(name)]
		if !ok {
			typ = "application/octet-stream"
		}
		h.Set("Content-Type", typ)
		h.Set("Cache-Control", "public, max-age=0, must-revalidate")
		for _, kv := range HeadersFor(rules, r.URL.Path) {
			h.Set(kv[0], kv[1])
		}
		body, encoding, varies, err := read(root, name, r.Header.Get("Accept-Encoding"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		if varies {
			h.Set("Vary", "Accept-Encoding")
		}
		if encoding != "" {
			h.Set("Content-Encoding", encoding)
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	}), nil
}

// resolve finds the file for a URL path: the path itself, its index.html,
// or the path with .html. Hidden files and the headers file are never
// served.
func resolve(root fs.FS, urlPath string) (string, bool) {
	clean := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	for _, part := range strings.Split(clean, "/") {
		if strings.HasPrefix(part, ".") {
			return "", false
		}
	}
	if clean == HeadersFile {
		return "", false
	}
	candidates := []string{clean, path.Join(clean, "index.html"), strings.TrimSuffix(clean, "/") + ".html"}
	if clean == "" {
		candidates = []string{"index.html"}
	}
	for _, c := range candidates {
		if st, err := fs.Stat(root, c); err == nil && st.Mode().IsRegular() {
			return c, true
		}
	}
	return "", false
}

// read returns the bytes to send for name: the first precompressed copy
// whose encoding the Accept-Encoding header allows, else the file itself.
// varies is true when name has a precompressed copy.
func read(root fs.FS, name, acceptEncoding string) (body []byte, encoding string, varies bool, err error) {
	for _, e := range encodings {
		if _, err := fs.Stat(root, name+e.suffix); err != nil {
			continue
		}
		varies = true
		if accepts(acceptEncoding, e.token) {
			body, err = fs.ReadFile(root, name+e.suffix)
			return body, e.token, true, err
		}
	}
	body, err = fs.ReadFile(root, name)
	return body, "", varies, err
}

// accepts reports whether an Accept-Encoding header allows the coding
// token (by name or "*", with a q-value above zero).
func accepts(header, token string) bool {
	for _, item := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(item), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != token && name != "*" {
			continue
		}
		for _, param := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(param), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil || q <= 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}
