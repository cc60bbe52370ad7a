package course

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/stsplay/stsplay/engine/internal/render"
	"github.com/stsplay/stsplay/engine/scenario"
)

// Grade is how an answer to an exercise fares: the status of every
// expectation and the run's result. A hidden check's expectation is
// withheld: its status says only whether it is met, and, when it is not,
// what the engine decided and why.
type Grade struct {
	// Exercise is the exercise's id.
	Exercise string `json:"exercise"`
	// Solved is true when every expectation is met.
	Solved bool `json:"solved"`
	// Expectations are the call's expectation first, then one per check
	// with an expectation, in document order.
	Expectations []Status `json:"expectations"`
	// Document is the learner's document (LearnerDocument) with the
	// answer in place: neither the solution nor a hidden expectation is
	// in it.
	Document string `json:"document"`
	// Result is the run of Document, which the result's positions refer
	// to. The statuses come from a second run, of the exercise document
	// with the answer in place.
	Result *scenario.Result `json:"result"`
}

// Status is one expectation of an exercise and whether the answer meets it.
type Status struct {
	// Kind is "call" (the GetFederationToken call itself) or "check".
	Kind string `json:"kind"`
	// Check is the index of the check in the document (Kind "check").
	Check int `json:"check"`
	// Action and Resource are the check's request (Kind "check").
	Action   string `json:"action,omitempty"`
	Resource string `json:"resource,omitempty"`
	// Context is the check's own condition keys, when it has any.
	Context map[string]any `json:"context,omitempty"`
	// Hidden is true for a hidden check.
	Hidden bool `json:"hidden,omitempty"`
	// Met is true when the answer meets the expectation.
	Met bool `json:"met"`
	// Expect is the expected outcome: "success" or an STS error code for
	// the call, a decision for a check; "" when hidden.
	Expect string `json:"expect,omitempty"`
	// Got is the outcome: "success" or the error code for the call, the
	// decision for a check; "" for a hidden check that is met.
	Got string `json:"got,omitempty"`
	// Message is the call's error message, when it failed.
	Message string `json:"message,omitempty"`
	// Explanation is the engine's explanation of a check's decision; nil
	// for a hidden check that is met.
	Explanation *render.Explanation `json:"explanation,omitempty"`
}

// GradeAnswer applies the answer to the exercise document doc and grades
// the run. doc must be a decoded exercise (doc.Exercise not nil).
func GradeAnswer(doc *scenario.Document, answer scenario.Patch) (*Grade, error) {
	text, err := Apply(doc.Text(), answer)
	if err != nil {
		return nil, err
	}
	shown, err := Apply(LearnerDocument(doc), answer)
	if err != nil {
		return nil, err
	}
	g := grade(doc.Exercise, text)
	g.Document, g.Result = shown, scenario.Run([]byte(shown))
	return g, nil
}

// GradeDocument grades a document the learner edited: its editable parts
// (Answer) are applied to the exercise.
func GradeDocument(doc *scenario.Document, learner string) (*Grade, error) {
	return GradeAnswer(doc, Answer(doc.Exercise, learner))
}

// grade runs text, the exercise document with an answer in place.
func grade(ex *scenario.Exercise, text string) *Grade {
	g := &Grade{Exercise: ex.ID}
	res := scenario.Run([]byte(text))
	expect := "success"
	patched, derr := scenario.Decode([]byte(text))
	if derr == nil && patched.ExpectError != "" {
		expect = patched.ExpectError
	}
	call := Status{Kind: "call", Expect: expect, Got: "success"}
	if res.Error != nil {
		call.Got, call.Message = res.Error.Code, res.Error.Message
	}
	call.Met = call.Got == call.Expect
	g.Expectations = append(g.Expectations, call)
	g.Solved = call.Met
	if derr != nil {
		return g
	}
	for i, c := range patched.Checks {
		if c.Expect == "" {
			continue
		}
		s := Status{Kind: "check", Check: i, Action: c.Action, Resource: c.Resource, Hidden: ex.IsHidden(i), Expect: c.Expect}
		if i < len(res.Checks) {
			r := res.Checks[i]
			s.Met, s.Got, s.Explanation, s.Context = r.Pass, string(r.Decision), r.Explanation, r.Context
		} else {
			s.Got = "not run"
		}
		if s.Hidden {
			s.Expect = ""
			if s.Met {
				s.Got, s.Explanation = "", nil
			}
		}
		g.Solved = g.Solved && s.Met
		g.Expectations = append(g.Expectations, s)
	}
	return g
}

// JSON returns the grade as indented JSON followed by a newline, written
// as the scenario result is (Result.JSON).
func (g *Grade) JSON() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		panic(err) // plain values: cannot fail
	}
	return b.Bytes()
}

// ContextText writes the check's condition keys as " with k=v, k2=[a b]",
// keys sorted, for the CLI's and the lab endpoint's text answers; "" when
// there are none.
func (s Status) ContextText() string {
	if len(s.Context) == 0 {
		return ""
	}
	keys := make([]string, 0, len(s.Context))
	for k := range s.Context {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, s.Context[k])
	}
	return " with " + strings.Join(parts, ", ")
}
