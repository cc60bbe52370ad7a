// Package course reads exercises and courses and grades answers. An
// exercise is a scenario document with an exercise block
// (scenario.Exercise); an answer is a patch of its editable parts, applied
// to the document before it runs, so that the document's own checks and
// expectError grade it. A course is a JSON object with a title and an
// array of exercises. The README ("Exercises and courses") describes both.
package course

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/scenario"
)

// MaxExercises is the most exercises a course may have. A course file is
// also at most scenario.MaxDocumentSize bytes, so every exercise of it is
// too; each one then runs within the scenario limits (limits.go), once for
// its solution and once for each wrong answer.
const MaxExercises = 100

// Course is a decoded course.
type Course struct {
	// Title is the course's heading.
	Title string
	// Exercises are the exercise documents, in order.
	Exercises []*scenario.Document
}

//go:embed builtin/course.json
var builtinText []byte

// BuiltinText returns the built-in course's document.
func BuiltinText() []byte { return builtinText }

// Builtin returns the built-in course. Its tests prove it decodes, so a
// failure here is a bug in the build.
func Builtin() *Course {
	c, err := Decode(builtinText)
	if err != nil {
		panic("the built-in course does not decode: " + err.Error())
	}
	return c
}

// Decode reads a course: {"title": "…", "exercises": [EXERCISE…]}, each
// exercise a scenario document with an "exercise" block. It returns a
// *scenario.DecodeError whose fields locate every problem in data: paths
// start with "exercises[i]" and lines and columns are those of data.
func Decode(data []byte) (*Course, error) {
	if len(data) > scenario.MaxDocumentSize {
		return nil, &scenario.DecodeError{Fields: []*scenario.FieldError{{Message: fmt.Sprintf("the course is %d bytes; the largest accepted is %d bytes (1 MiB).", len(data), scenario.MaxDocumentSize)}}}
	}
	text := string(data)
	if at, msg, ok := policy.CheckJSON(text); !ok {
		return nil, &scenario.DecodeError{Fields: []*scenario.FieldError{{Message: "the course is not valid JSON: " + msg, Line: at.Line, Column: at.Column, Offset: at.Offset}}}
	}
	var errs []*scenario.FieldError
	fail := func(path string, offset int, msg string) {
		p := policy.Locate(text, offset)
		errs = append(errs, &scenario.FieldError{Path: path, Message: msg, Line: p.Line, Column: p.Column, Offset: p.Offset})
	}
	root := gjson.Parse(text)
	c := &Course{}
	if !root.IsObject() {
		fail("", root.Index, "a course is a JSON object with \"title\" and \"exercises\".")
		return nil, &scenario.DecodeError{Fields: errs}
	}
	root.ForEach(func(k, _ gjson.Result) bool {
		if k.String() != "title" && k.String() != "exercises" {
			fail(k.String(), k.Index, fmt.Sprintf("unknown field %q; a course has \"title\" and \"exercises\".", k.String()))
		}
		return true
	})
	if t := root.Get("title"); t.Type != gjson.String || t.Str == "" {
		fail("title", max(t.Index, root.Index), "a course needs a \"title\" (a string).")
	} else {
		c.Title = t.Str
	}
	list := root.Get("exercises")
	switch {
	case !list.IsArray() || len(list.Array()) == 0:
		fail("exercises", max(list.Index, root.Index), "a course needs \"exercises\": an array of exercise documents.")
	case len(list.Array()) > MaxExercises:
		fail("exercises", list.Index, fmt.Sprintf("the course has %d exercises; the limit is %d.", len(list.Array()), MaxExercises))
	default:
		ids := map[string]bool{}
		for i, e := range list.Array() {
			path := fmt.Sprintf("exercises[%d]", i)
			doc, err := scenario.Decode([]byte(e.Raw))
			if err != nil {
				var de *scenario.DecodeError
				if errors.As(err, &de) {
					for _, f := range de.Fields {
						fail(joinPath(path, f.Path), e.Index+f.Offset, f.Message)
					}
				}
				continue
			}
			if doc.Exercise == nil {
				fail(path, e.Index, "an exercise is a scenario document with an \"exercise\" block.")
				continue
			}
			if ids[doc.Exercise.ID] {
				fail(path+".exercise.id", e.Index, fmt.Sprintf("the id %q is used by an earlier exercise.", doc.Exercise.ID))
			}
			ids[doc.Exercise.ID] = true
			c.Exercises = append(c.Exercises, doc)
		}
	}
	if len(errs) > 0 {
		return nil, &scenario.DecodeError{Fields: errs}
	}
	return c, nil
}

func joinPath(prefix, path string) string {
	if path == "" {
		return prefix
	}
	if strings.HasPrefix(path, "[") {
		return prefix + path
	}
	return prefix + "." + path
}

// ByID returns the exercise of c with the given id.
func (c *Course) ByID(id string) (*scenario.Document, bool) {
	for _, d := range c.Exercises {
		if d.Exercise.ID == id {
			return d, true
		}
	}
	return nil, false
}

// Verdict is what Verify found about one exercise.
type Verdict struct {
	// Solution is the grade of the reference solution.
	Solution *Grade
	// Wrong are the grades of the wrong answers, in order.
	Wrong []*Grade
	// Problems are sentences naming what is wrong with the exercise: a
	// solution that does not solve it, a wrong answer that does, a
	// document that is solved before any change.
	Problems []string
}

// OK reports whether the solution solves the exercise and no wrong answer
// does.
func (v *Verdict) OK() bool { return len(v.Problems) == 0 }

// Verify grades an exercise's reference solution and wrong answers, and
// the exercise as given, which must not be solved already.
func Verify(doc *scenario.Document) *Verdict {
	ex := doc.Exercise
	v := &Verdict{}
	g, err := GradeAnswer(doc, ex.Solution)
	switch {
	case err != nil:
		v.Problems = append(v.Problems, "the solution cannot be applied: "+err.Error())
	case !g.Solved:
		v.Problems = append(v.Problems, "the solution does not solve it: "+firstUnmet(g))
	}
	v.Solution = g
	if start, err := GradeAnswer(doc, nil); err == nil && start.Solved {
		v.Problems = append(v.Problems, "it is solved as given, before the learner changes anything")
	}
	if len(ex.WrongAnswers) == 0 {
		v.Problems = append(v.Problems, "it has no wrong answer to prove that it is not solved by accident")
	}
	for i, w := range ex.WrongAnswers {
		g, err := GradeAnswer(doc, w.Answer)
		switch {
		case err != nil:
			v.Problems = append(v.Problems, fmt.Sprintf("wrong answer %d cannot be applied: %v", i, err))
		case g.Solved:
			v.Problems = append(v.Problems, fmt.Sprintf("wrong answer %d (%s) solves it", i, w.Why))
		}
		v.Wrong = append(v.Wrong, g)
	}
	return v
}

// firstUnmet describes the first expectation of g that is not met.
func firstUnmet(g *Grade) string {
	for _, s := range g.Expectations {
		if s.Met {
			continue
		}
		if s.Kind == "call" {
			msg := fmt.Sprintf("GetFederationToken gave %s, expected %s", s.Got, s.Expect)
			if s.Message != "" {
				msg += " (" + s.Message + ")"
			}
			return msg
		}
		expect := "expected " + s.Expect
		if s.Hidden {
			expect = "a hidden check"
		}
		return fmt.Sprintf("check %d (%s %s) gave %s, %s", s.Check, s.Action, s.Resource, s.Got, expect)
	}
	return "no expectation is unmet"
}

// Unmet describes the first expectation of g that is not met, for
// one-line reports.
func (g *Grade) Unmet() string { return firstUnmet(g) }
