package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stsplay/stsplay/engine/scenario"
)

// fail prints a one-line reason and returns exitBadInput.
func (e *env) fail(format string, args ...any) int {
	msg := fmt.Sprintf(format, args...)
	msg = strings.ReplaceAll(msg, "\n", " ")
	fmt.Fprintln(e.stderr, "stsplay: "+msg)
	return exitBadInput
}

// flags returns a FlagSet for a subcommand that prints its usage to stdout
// on --help and reports bad flags on one line.
func (e *env) flags(name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: stsplay %s %s\n\n%s\n", name, args, about)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse parses flags. It returns done=true with the exit code when the
// command should stop (help was asked for, or a flag was bad).
func (e *env) parse(fs *flag.FlagSet, args []string) (code int, done bool) {
	err := fs.Parse(args)
	if err == flag.ErrHelp {
		fs.Usage()
		return exitOK, true
	}
	if err != nil {
		return e.fail("%s: %v (run 'stsplay %s --help')", fs.Name(), err, fs.Name()), true
	}
	return 0, false
}

// readInput reads a file, or standard input for "-". It refuses inputs
// larger than scenario.MaxDocumentSize without reading them whole.
func (e *env) readInput(name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, scenario.MaxDocumentSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > scenario.MaxDocumentSize {
		return nil, fmt.Errorf("%s is larger than %d bytes (1 MiB), the largest document accepted", displayName(name), scenario.MaxDocumentSize)
	}
	return data, nil
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}
