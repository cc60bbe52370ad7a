//go:build !js

package stsserver

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"
)

// DefaultPort is the native server's port when neither -port nor PORT is
// given (the port syumai/workers uses for its own native mode).
const DefaultPort = 9900

// Main runs the endpoint as a native HTTP server until ctx is done, and
// returns the process exit code: 0 after a clean shutdown, 1 when the
// server cannot start, 2 for bad flags (including an -addr that carries a port, or a -port outside 0 to 65535). It listens on loopback unless
// -addr says otherwise, prints "stsplay STS endpoint listening on
// http://HOST:PORT" on stdout once it accepts connections (with -port 0 the
// port is the one the system chose), and prints warnings, such as the
// development token key notice, on stderr.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("stsplay-server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	port := DefaultPort
	if p := getenv("PORT"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 65535 {
			fmt.Fprintf(stderr, "stsplay-server: PORT=%q is not a port number\n", p)
			return 2
		}
		port = n
	}
	fs.IntVar(&port, "port", port, "TCP port to listen on (0 picks a free one); default $PORT or 9900")
	addr := fs.String("addr", "127.0.0.1", "address to listen on; the default serves this machine only")
	configFile := fs.String("config", "", "configuration JSON file (default $"+EnvConfigFile+", then $"+EnvConfig+", then the built-in token-app account)")
	insecureDevKey := fs.Bool("insecure-dev-key", false, "serve beyond loopback even with the public development token key (anyone can then forge credentials)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: stsplay-server [-addr 127.0.0.1] [-port 9900] [-config world.json] [-insecure-dev-key]")
		fmt.Fprintln(stderr, "Serves the STS Query API (GetFederationToken, GetCallerIdentity) with SigV4 and the playground's JSON API.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stsplay-server: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if host, p, err := net.SplitHostPort(*addr); err == nil {
		fmt.Fprintf(stderr, "stsplay-server: -addr %q includes a port; give the host alone and the port with -port (-addr %s -port %s)\n", *addr, host, p)
		return 2
	}
	if port < 0 || port > 65535 {
		fmt.Fprintf(stderr, "stsplay-server: -port %d is not a port number (0 to 65535)\n", port)
		return 2
	}
	s, err := LoadSettings(*configFile, getenv, os.ReadFile)
	if err != nil {
		fmt.Fprintln(stderr, "stsplay-server:", err)
		return 1
	}
	if s.DevelopmentKey && !isLoopback(*addr) && !*insecureDevKey {
		fmt.Fprintf(stderr, "stsplay-server: refusing to listen on %s with the public development token key: anyone who can reach the endpoint could forge credentials it accepts. Set %s to a secret of at least %d bytes; %s. Or pass -insecure-dev-key to accept the risk.\n",
			*addr, EnvTokenKey, MinTokenKeyBytes, makeKeyHint)
		return 1
	}
	for _, w := range s.Warnings {
		fmt.Fprintln(stderr, w)
	}
	h, err := New(Options{Config: s.Config, TokenKey: s.TokenKey})
	if err != nil {
		fmt.Fprintln(stderr, "stsplay-server:", err)
		return 1
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*addr, strconv.Itoa(port)))
	if err != nil {
		fmt.Fprintln(stderr, "stsplay-server:", err)
		return 1
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: WriteTimeout, IdleTimeout: 2 * time.Minute}
	fmt.Fprintf(stderr, "configuration: %s\n", s.ConfigSource)
	fmt.Fprintf(stdout, "stsplay STS endpoint listening on http://%s\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "stsplay-server:", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(stderr, "stsplay-server: shutdown:", err)
		return 1
	}
	return 0
}

// isLoopback reports whether addr (the -addr flag) serves this machine
// only: "localhost" or a loopback IP address such as 127.0.0.1 or ::1. An
// empty address, 0.0.0.0 or any other name listens beyond it.
func isLoopback(addr string) bool {
	if addr == "localhost" {
		return true
	}
	ip := net.ParseIP(addr)
	return ip != nil && ip.IsLoopback()
}
