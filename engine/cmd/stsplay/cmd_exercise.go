package main

import (
	"fmt"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/course"
)

func cmdExercise(args []string, e *env) int {
	fs := e.flags("exercise", "[ID]", "Without ID, lists the built-in course's exercises (id and title). With ID, prints\nthat exercise's document, for example to serve it with stsplay-server -exercise.")
	if code, done := e.parse(fs, args); done {
		return code
	}
	c := course.Builtin()
	switch fs.NArg() {
	case 0:
		for _, d := range c.Exercises {
			fmt.Fprintf(e.stdout, "%s%s\n", pad(d.Exercise.ID, 22), d.Exercise.Title)
		}
		return exitOK
	case 1:
		for i, d := range c.Exercises {
			if d.Exercise.ID == fs.Arg(0) {
				raw := gjson.GetBytes(course.BuiltinText(), fmt.Sprintf("exercises.%d", i)).Raw
				fmt.Fprintln(e.stdout, raw)
				return exitOK
			}
		}
		return e.fail("no built-in exercise %q; run 'stsplay exercise' for the list", fs.Arg(0))
	}
	return e.fail("exercise takes at most one exercise id")
}
