package main

import (
	"fmt"
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
		return e.failAll(displayName(fs.Arg(0)), res)
	}
	if *xmlOnly {
		e.stdout.Write([]byte(res.Response.Body))
		return exitOK
	}
	e.stdout.Write(res.IndentedJSON())
	return exitOK
}

// failAll reports a scenario that could not be run on standard error, one
// line per problem (see problems).
func (e *env) failAll(name string, res *scenario.Result) int {
	for _, p := range problems(res) {
		e.fail("%s: %s", name, p)
	}
	return exitBadInput
}

// problems describes why a scenario could not be run: one line per problem
// the decoder found, each with its field, line and column, at most
// maxReportedProblems of them and then a count of the rest; or, when the
// decoder found none (a limit, stored policies IAM would refuse), each line
// of the error's message.
func problems(res *scenario.Result) []string {
	var out []string
	n := 0
	for _, d := range res.Diagnostics {
		if d.Source != "scenario" || d.Code != "invalid-scenario" {
			continue
		}
		n++
		if n > maxReportedProblems {
			continue
		}
		path := d.Path
		if path == "" {
			path = "scenario"
		}
		if d.Line > 0 {
			out = append(out, fmt.Sprintf("%s (line %d, column %d): %s", path, d.Line, d.Column, oneLine(d.Message)))
		} else {
			out = append(out, fmt.Sprintf("%s: %s", path, oneLine(d.Message)))
		}
	}
	if n == 0 {
		for _, line := range strings.Split(res.Error.Message, "\n") {
			out = append(out, oneLine(line))
		}
		return out
	}
	if n > maxReportedProblems {
		out = append(out, fmt.Sprintf("and %d more problems", n-maxReportedProblems))
	}
	return out
}

// maxReportedProblems is the most problems of one document problems lists.
const maxReportedProblems = 20
