package main

import (
	"encoding/json"
	"fmt"

	"github.com/stsplay/stsplay/engine/advise"
)

func cmdSuggest(args []string, e *env) int {
	fs := e.flags("suggest", "[--json] --check N FILE|-", "For a check that is denied, prints the smallest policy edits that would allow it; each was\nverified by running the scenario again with the edit applied.")
	asJSON := fs.Bool("json", false, "print the suggestions as JSON, with each edit's policy text before and after")
	index := fs.Int("check", 0, "the check, counted from 0 in the document's checks")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.fail("suggest takes one scenario file, or - for standard input")
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail("%v", err)
	}
	a, err := advise.Advise(data, *index)
	if err != nil {
		return e.fail("%s: %v", displayName(fs.Arg(0)), err)
	}
	if *asJSON {
		b, _ := json.MarshalIndent(a, "", "  ")
		fmt.Fprintln(e.stdout, string(b))
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s on %s: %s (%s)\n", a.Action, a.Resource, a.Decision, a.Rule)
	for i, s := range a.Suggestions {
		fmt.Fprintf(e.stdout, "%d. %s\n", i+1, s.Text)
		for _, ed := range s.Edits {
			fmt.Fprintf(e.stdout, "   %s %s\n", ed.Op, ed.Source)
		}
	}
	for _, n := range a.Notes {
		fmt.Fprintln(e.stdout, n)
	}
	return exitOK
}
