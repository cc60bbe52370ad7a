package main

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/course"
	"github.com/stsplay/stsplay/engine/scenario"
)

// checkAnswer grades the learner's document answerFile against the
// exercise exerciseFile.
func checkAnswer(e *env, exerciseFile, answerFile string) int {
	data, err := e.readInput(exerciseFile)
	if err != nil {
		return e.fail("%v", err)
	}
	doc, err := scenario.Decode(data)
	if err != nil {
		return e.fail("%s: %s", displayName(exerciseFile), decodeErrors(err))
	}
	if doc.Exercise == nil {
		return e.fail("%s is not an exercise: it has no \"exercise\" block", displayName(exerciseFile))
	}
	learner, err := e.readInput(answerFile)
	if err != nil {
		return e.fail("%v", err)
	}
	if _, err := scenario.Decode(learner); err != nil {
		return e.fail("%s: %s", displayName(answerFile), decodeErrors(err))
	}
	answer := course.Answer(doc.Exercise, string(learner))
	failed, total, bad := printExercise(e, displayName(exerciseFile), doc, answer)
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", total-failed, failed)
	switch {
	case bad > 0:
		return exitBadInput
	case failed > 0:
		return exitFailed
	}
	return exitOK
}

// printExercise grades an exercise with answer (nil: its reference
// solution) and prints one line per expectation: PASS or FAIL, the
// outcome and, when it fails, what was expected; a hidden check's
// expectation is not printed. It returns how many expectations failed,
// how many there were, and 1 when the answer could not be applied.
func printExercise(e *env, name string, doc *scenario.Document, answer scenario.Patch) (failed, total, unusable int) {
	what := "the reference solution"
	if answer == nil {
		answer = doc.Exercise.Solution
	} else {
		what = "the answer"
	}
	g, err := course.GradeAnswer(doc, answer)
	if err != nil {
		fmt.Fprintf(e.stdout, "ERROR %s: %s\n", name, oneLine(err.Error()))
		return 0, 0, 1
	}
	fmt.Fprintf(e.stdout, "exercise %s (%s) with %s:\n", doc.Exercise.ID, doc.Exercise.Title, what)
	for _, s := range g.Expectations {
		total++
		mark := "PASS"
		if !s.Met {
			mark = "FAIL"
			failed++
		}
		switch {
		case s.Kind == "call":
			line := fmt.Sprintf("%s %s: GetFederationToken → %s", mark, name, s.Got)
			if !s.Met {
				line += fmt.Sprintf(" (expected %s)", s.Expect)
				if s.Message != "" {
					line += ": " + oneLine(s.Message)
				}
			}
			fmt.Fprintln(e.stdout, line)
		case s.Hidden && s.Met:
			fmt.Fprintf(e.stdout, "%s %s: %s %s%s (hidden check)\n", mark, name, s.Action, s.Resource, s.ContextText())
		case s.Hidden:
			fmt.Fprintf(e.stdout, "%s %s: %s %s%s → %s (hidden check)\n", mark, name, s.Action, s.Resource, s.ContextText(), s.Got)
		default:
			line := fmt.Sprintf("%s %s: %s %s%s → %s", mark, name, s.Action, s.Resource, s.ContextText(), s.Got)
			if !s.Met {
				line += fmt.Sprintf(" (expected %s)", s.Expect)
			}
			fmt.Fprintln(e.stdout, line)
		}
	}
	return failed, total, 0
}
