package main

import (
	"errors"
	"fmt"

	"github.com/stsplay/stsplay/engine/course"
	"github.com/stsplay/stsplay/engine/scenario"
)

func cmdCourse(args []string, e *env) int {
	fs := e.flags("course", "[--builtin] [FILE|-]", "Validates a course: every exercise well-formed, every reference solution passing,\nevery wrong answer failing. Prints \"N exercises\" and one line per exercise: OK or\nFAIL, its id and title, and what is wrong. Exits 1 when an exercise fails, 2 when\nthe course cannot be read.")
	builtin := fs.Bool("builtin", false, "validate the built-in course")
	if code, done := e.parse(fs, args); done {
		return code
	}
	var data []byte
	name := "the built-in course"
	switch {
	case *builtin && fs.NArg() == 0:
		data = course.BuiltinText()
	case !*builtin && fs.NArg() == 1:
		var err error
		if data, err = e.readInput(fs.Arg(0)); err != nil {
			return e.fail("%v", err)
		}
		name = displayName(fs.Arg(0))
	default:
		return e.fail("course takes one course file (or --builtin)")
	}
	c, err := course.Decode(data)
	if err != nil {
		return e.fail("%s: %s", name, decodeErrors(err))
	}
	fmt.Fprintf(e.stdout, "%d exercises\n", len(c.Exercises))
	failed := 0
	for _, doc := range c.Exercises {
		ex := doc.Exercise
		v := course.Verify(doc)
		if v.OK() {
			fmt.Fprintf(e.stdout, "OK   %s: %s (solution passes, %d wrong %s fail)\n", ex.ID, ex.Title, len(v.Wrong), plural(len(v.Wrong), "answer", "answers"))
			continue
		}
		failed++
		fmt.Fprintf(e.stdout, "FAIL %s: %s: %s\n", ex.ID, ex.Title, oneLine(joinProblems(v.Problems)))
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

// decodeErrors lists every fault of a decoding error on one line.
func decodeErrors(err error) string {
	var de *scenario.DecodeError
	if !errors.As(err, &de) {
		return err.Error()
	}
	out := ""
	for i, f := range de.Fields {
		if i > 0 {
			out += "; "
		}
		out += f.Error()
	}
	return oneLine(out)
}

func joinProblems(p []string) string {
	out := ""
	for i, s := range p {
		if i > 0 {
			out += "; "
		}
		out += s
	}
	return out
}
