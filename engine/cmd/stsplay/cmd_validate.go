package main

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/policy"
)

func cmdValidate(args []string, e *env) int {
	fs := e.flags("validate", "[--kind identity|session|boundary|resource] FILE|-", "Validates one policy document and prints its diagnostics, one per line:\nFILE:LINE:COLUMN: SEVERITY CODE: MESSAGE (at PATH), the catalogs findings (unknown\nactions, resources no action takes, …) among them. Exits 1 when there are errors.")
	kindName := fs.String("kind", "identity", "where the policy is attached: identity, session, boundary or resource")
	useCatalog := fs.Bool("catalog", true, "also check actions, resources and condition keys against the embedded AWS action catalog")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.fail("validate takes one policy file, or - for standard input")
	}
	kind, err := policy.ParseKind(*kindName)
	if err != nil {
		return e.fail("--kind: %v", err)
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail("%v", err)
	}
	pol, diags := policy.Parse(string(data), kind)
	if *useCatalog {
		diags = append(diags, catalogLint(pol)...)
		sortDiagnostics(diags)
	}
	for _, d := range diags {
		fmt.Fprintf(e.stdout, "%s:%d:%d: %s %s: %s", displayName(fs.Arg(0)), d.Line, d.Column, d.Severity, d.Code, d.Message)
		if d.Path != "" {
			fmt.Fprintf(e.stdout, " (at %s)", d.Path)
		}
		fmt.Fprintln(e.stdout)
	}
	if policy.HasErrors(diags) {
		return exitFailed
	}
	if len(diags) == 0 {
		fmt.Fprintf(e.stdout, "%s: valid %s policy\n", displayName(fs.Arg(0)), kind)
	}
	return exitOK
}
