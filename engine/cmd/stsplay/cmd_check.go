package main

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/scenario"
)

func cmdCheck(args []string, e *env) int {
	fs := e.flags("check", "[--presets] [--answer FILE] FILE...", "Runs each scenario and prints one line per check: PASS or FAIL, the action, the\nresource and the decision. An exercise (a scenario with an \"exercise\" block) is\nrun with its reference solution in place, or with the editable parts of the\n--answer document. Exits 1 when an expectation fails.")
	presets := fs.Bool("presets", false, "also check every embedded preset")
	answer := fs.String("answer", "", "a learner's document whose editable parts answer the exercise FILE")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if *answer != "" {
		if fs.NArg() != 1 || *presets {
			return e.fail("check --answer takes exactly one exercise file")
		}
		return checkAnswer(e, fs.Arg(0), *answer)
	}
	if fs.NArg() == 0 && !*presets {
		return e.fail("check takes one or more scenario files (or --presets)")
	}
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	if *presets {
		for _, p := range scenario.Presets() {
			inputs = append(inputs, input{"preset:" + p.Name, p.Scenario})
		}
	}
	for _, name := range fs.Args() {
		inputs = append(inputs, input{name: name})
	}
	// A document that cannot be run is reported on its own line and the
	// others are still checked, so that one bad file in a corpus hides
	// nothing; the exit code then says that some input was unusable.
	failed, total, unusable := 0, 0, 0
	for _, in := range inputs {
		data := in.data
		if data == nil {
			var err error
			if data, err = e.readInput(in.name); err != nil {
				unusable++
				fmt.Fprintf(e.stdout, "ERROR %s: %v\n", displayName(in.name), err)
				continue
			}
			in.name = displayName(in.name)
		}
		if doc, err := scenario.Decode(data); err == nil && doc.Exercise != nil {
			f, t, bad := printExercise(e, in.name, doc, nil)
			failed, total, unusable = failed+f, total+t, unusable+bad
			continue
		}
		res := scenario.Run(data)
		if res.Error != nil && res.Error.Code == scenario.CodeInvalidScenario {
			unusable++
			for _, p := range problems(res) {
				fmt.Fprintf(e.stdout, "ERROR %s: %s\n", in.name, p)
			}
			continue
		}
		f, t := printChecks(e, in.name, res)
		failed += f
		total += t
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", total-failed, failed)
	if unusable > 0 {
		fmt.Fprintf(e.stderr, "stsplay: %d of %d documents could not be run (see the ERROR lines)\n", unusable, len(inputs))
		return exitBadInput
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

// oneLine folds a message onto one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// printChecks prints the lines of one scenario and returns how many of its
// expectations failed and how many there were.
func printChecks(e *env, name string, res *scenario.Result) (failed, total int) {
	mark := func(pass bool) string {
		total++
		if pass {
			return "PASS"
		}
		failed++
		return "FAIL"
	}
	if x := res.Expectation; x != nil {
		got := "success"
		if res.Error != nil {
			got = res.Error.Code
		}
		fmt.Fprintf(e.stdout, "%s %s: GetFederationToken → %s (expected %s)\n", mark(x.Pass), name, got, x.Error)
	} else if res.Error != nil {
		// The call failed: the session's checks could not run.
		fmt.Fprintf(e.stdout, "%s %s: GetFederationToken → %s: %s\n", mark(false), name, res.Error.Code, res.Error.Message)
	}
	for _, c := range res.Checks {
		outcome := string(c.Decision)
		if c.Error != nil {
			outcome = c.Error.Code
		}
		line := fmt.Sprintf("%s %s: %s %s → %s", "%s", name, c.Action, c.Resource, outcome)
		if c.Expect != "" && !c.Pass {
			line += fmt.Sprintf(" (expected %s)", c.Expect)
		}
		if c.Expect == "" {
			fmt.Fprintf(e.stdout, line+"\n", "----")
			continue
		}
		fmt.Fprintf(e.stdout, line+"\n", mark(c.Pass))
	}
	return failed, total
}
