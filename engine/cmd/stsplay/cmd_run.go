package main

import (
	"strings"

	"github.com/stsplay/stsplay/engine/scenario"
)

func cmdRun(args []string, e *env) int {
	fs := e.flags("run", "[--xml] FILE|-", "Simulates the scenario in FILE (or standard input) and prints the result JSON:\nthe wire request, STS's response, the session, each check's decision with its\nexplanation, and the diagnostics of every policy.")
	xmlOnly := fs.Bool("xml", false, "print only the XML body of STS's response")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.fail("run takes one scenario file, or - for standard input")
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail("%v", err)
	}
	res := scenario.Run(data)
	if res.Error != nil && res.Error.Code == scenario.CodeInvalidScenario {
		// Every problem of the document, one per line.
		for _, line := range strings.Split(res.Error.Message, "\n") {
			e.fail("%s: %s", displayName(fs.Arg(0)), line)
		}
		return exitBadInput
	}
	if *xmlOnly {
		e.stdout.Write([]byte(res.Response.Body))
		return exitOK
	}
	e.stdout.Write(res.IndentedJSON())
	return exitOK
}
