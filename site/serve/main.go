// Command serve serves the built playground (site/dist) for `make serve`:
// the right MIME types (application/wasm for the engine), the page's
// Content-Security-Policy, and a long cache for the hashed files under
// assets/.
//
//	go run ./site/serve -dir site/dist -addr :8080
package main

import (
	"flag"
	"log"
	"net/http"
	"time"
)

func main() {
	dir := flag.String("dir", "site/dist", "directory to serve")
	addr := flag.String("addr", ":8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           Handler(*dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("serving %s on http://localhost%s", *dir, *addr)
	log.Fatal(srv.ListenAndServe())
}
