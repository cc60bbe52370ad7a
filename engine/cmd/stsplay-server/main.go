// Command stsplay-server runs the stsplay STS endpoint natively: the STS
// Query API (GetFederationToken and GetCallerIdentity, authenticated with
// SigV4) and the playground's JSON API, on http://127.0.0.1:9900 by
// default. `stsplay-server -h` lists the flags; everything else lives in
// engine/stsserver.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/stsplay/stsplay/engine/stsserver"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := stsserver.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
