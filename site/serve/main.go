// Command serve serves the built playground (site/dist) for `make serve`
// with the headers of site/dist/_headers, the file Netlify reads (so
// development and production send the same Content-Security-Policy,
// caching and MIME types), and the .br and .gz copies make site writes to
// browsers that accept them.
//
//	go run ./site/serve -dir site/dist -addr :8080
//
// It prints "serving DIR on http://HOST:PORT" once it listens (with
// -addr 127.0.0.1:0 it picks a free port).
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"
)

func main() {
	dir := flag.String("dir", "site/dist", "directory to serve")
	addr := flag.String("addr", ":8080", "address to listen on")
	flag.Parse()
	h, err := Handler(*dir)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
	}
	host := ln.Addr().(*net.TCPAddr)
	shown := host.String()
	if host.IP.IsUnspecified() {
		shown = fmt.Sprintf("localhost:%d", host.Port)
	}
	fmt.Printf("serving %s on http://%s\n", *dir, shown)
	log.Fatal(srv.Serve(ln))
}
