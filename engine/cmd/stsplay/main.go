// Command stsplay runs stsplay scenario documents from the command line: it
// simulates the GetFederationToken call a scenario describes, prints the
// result (or just the XML response STS would send), checks the scenario's
// expectations, validates policies, and lists the embedded presets.
//
// Usage:
//
//	stsplay run [--xml] FILE|-
//	stsplay check [--presets] FILE...
//	stsplay validate [--kind identity|session|boundary|resource] FILE|-
//	stsplay expand [--json] PATTERN...
//	stsplay summary [--json] FILE|-
//	stsplay suggest [--json] --check N FILE|-
//	stsplay presets
//	stsplay preset NAME
//	stsplay version
//
// Exit codes: 0 success, 1 a check failed or a policy has errors, 2 the
// input could not be used (the reason is printed on one line).
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK       = 0
	exitFailed   = 1
	exitBadInput = 2
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(args []string, env *env) int
}

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"run", "simulate a scenario and print the result JSON (or --xml: the response body)", cmdRun},
		{"check", "run scenarios and print one line per check; exit 1 if an expectation fails", cmdCheck},
		{"validate", "validate a policy and print its diagnostics; exit 1 on errors", cmdValidate},
		{"expand", "list the actions an action pattern such as 's3:Get*' covers, with access levels", cmdExpand},
		{"summary", "print what a scenario's federated session may do, per service and access level (--json)", cmdSummary},
		{"suggest", "for a denied check, print the verified policy edits that would allow it", cmdSuggest},
		{"presets", "list the embedded presets", cmdPresets},
		{"preset", "print one embedded preset's scenario document", cmdPreset},
		{"version", "print the engine version", cmdVersion},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return exitBadInput
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], e)
		}
	}
	return e.fail("unknown command %q; run 'stsplay --help' for the list", args[0])
}

func usage(w io.Writer) {
	io.WriteString(w, "stsplay simulates AWS STS GetFederationToken and the federated user's permissions.\n\nUsage: stsplay COMMAND [options] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		io.WriteString(w, "  "+pad(c.name, 10)+c.summary+"\n")
	}
	io.WriteString(w, "\nRun 'stsplay COMMAND --help' for a command's options.\nExit codes: 0 success, 1 a check failed or a policy has errors, 2 unusable input.\n")
}

func pad(s string, n int) string {
	for len(s) < n {
		s += " "
	}
	return s
}
