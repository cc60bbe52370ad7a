package bridge

import (
	"sync"

	"github.com/stsplay/stsplay/engine/course"
	"github.com/stsplay/stsplay/engine/scenario"
)

// Exercises is the part of the bridge the site's exercise view calls: it
// lists a course (the built-in one, or a trainer's course file) and grades
// a learner's document against one of its exercises. The last course
// decoded is kept, so grading on every keystroke decodes it once.
type Exercises struct {
	mu   sync.Mutex
	text string
	c    *course.Course
}

// courseJSON is the answer of Course.
type courseJSON struct {
	Title     string        `json:"title"`
	Exercises []course.View `json:"exercises"`
}

// decodeErrorJSON is {"error": first problem, "problems": [{path, message, line, column}]}.
type decodeErrorJSON struct {
	Error    string    `json:"error"`
	Problems []problem `json:"problems"`
}

type problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
}

// load returns the course of text ("" for the built-in course).
func (x *Exercises) load(text string) (*course.Course, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.c != nil && x.text == text {
		return x.c, nil
	}
	data := []byte(text)
	if text == "" {
		data = course.BuiltinText()
	}
	c, err := course.Decode(data)
	if err != nil {
		return nil, err
	}
	x.text, x.c = text, c
	return c, nil
}

// failure encodes a course that cannot be read.
func failure(err error) string {
	out := decodeErrorJSON{Error: err.Error(), Problems: []problem{}}
	if de, ok := err.(*scenario.DecodeError); ok {
		for _, f := range de.Fields {
			out.Problems = append(out.Problems, problem{f.Path, f.Message, f.Line, f.Column})
		}
	}
	return marshal(out)
}

// Course returns {title, exercises: [view…]} for the course text ("" for
// the built-in course), or {error, problems} when it cannot be read. Each
// view is course.View: the task, editable parts, hints, hidden check
// indexes, the solution and the learner's starting document.
func (x *Exercises) Course(text string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(panicMessage(r))
		}
	}()
	c, err := x.load(text)
	if err != nil {
		return failure(err)
	}
	res := courseJSON{Title: c.Title, Exercises: []course.View{}}
	for _, d := range c.Exercises {
		res.Exercises = append(res.Exercises, course.NewView(d))
	}
	return marshal(res)
}

// Grade grades the learner's document against the exercise id of the
// course text ("" for the built-in course) and returns course.Grade as
// JSON: solved, the status of every expectation (met or not, with the
// explanation; a hidden check's expectation withheld), the document run
// and its result. It returns {error} when the course or the exercise
// cannot be found or the learner's document is not a scenario.
func (x *Exercises) Grade(text, id, learner string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(panicMessage(r))
		}
	}()
	c, err := x.load(text)
	if err != nil {
		return failure(err)
	}
	doc, ok := c.ByID(id)
	if !ok {
		return errorJSON("the course has no exercise " + id)
	}
	if _, err := scenario.Decode([]byte(learner)); err != nil {
		return failure(err)
	}
	g, err := course.GradeDocument(doc, learner)
	if err != nil {
		return errorJSON(err.Error())
	}
	return string(g.JSON())
}
