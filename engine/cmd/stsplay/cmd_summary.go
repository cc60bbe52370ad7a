package main

import (
	"encoding/json"
	"fmt"

	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/summary"
)

func cmdSummary(args []string, e *env) int {
	fs := e.flags("summary", "[--json] FILE|-", "Prints what the federated session of a scenario may do: per service and access level, the\nactions allowed, on which resources, under which conditions and through which rule, beside\nthe IAM user's own permissions; explicit denies and the IAM/STS restriction are listed too.")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.fail("summary takes one scenario file, or - for standard input")
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail("%v", err)
	}
	cat, err := embedded.Catalog()
	if err != nil {
		return e.fail("%v", err)
	}
	sum, err := summary.FromScenario(cat, data)
	if err != nil {
		return e.fail("%s: %v", displayName(fs.Arg(0)), err)
	}
	if *asJSON {
		b, err := json.MarshalIndent(sum, "", "  ")
		if err != nil {
			return e.fail("%v", err)
		}
		fmt.Fprintln(e.stdout, string(b))
	} else {
		sum.WriteText(e.stdout)
	}
	if sum.Error != nil && sum.Error.Code == summary.CodeLimitWork {
		return exitBadInput
	}
	if sum.Error != nil {
		return exitFailed
	}
	return exitOK
}
