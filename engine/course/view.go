package course

import (
	"encoding/json"
	"sort"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/scenario"
)

// View is what a learner is shown of an exercise before answering it: the
// task, the editable parts, the hints and the solution (for "show
// solution" after the hints), and the document to edit, in which the
// hidden checks' expectations and the exercise block are left out.
type View struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Task     string   `json:"task"`
	Editable []string `json:"editable"`
	Hints    []string `json:"hints"`
	// Hidden lists the indexes of the hidden checks.
	Hidden []int `json:"hidden"`
	// Solution maps each part of the reference solution to its value.
	Solution map[string]json.RawMessage `json:"solution"`
	// Document is the learner's starting document (LearnerDocument).
	Document string `json:"document"`
}

// NewView returns the view of an exercise document.
func NewView(doc *scenario.Document) View {
	ex := doc.Exercise
	v := View{ID: ex.ID, Title: ex.Title, Task: ex.Task, Editable: ex.Editable, Hints: ex.Hints, Hidden: ex.Hidden,
		Solution: map[string]json.RawMessage{}, Document: LearnerDocument(doc)}
	if v.Hints == nil {
		v.Hints = []string{}
	}
	if v.Hidden == nil {
		v.Hidden = []int{}
	}
	for _, p := range ex.Solution {
		v.Solution[p.Path] = json.RawMessage(p.Value)
	}
	return v
}

// LearnerDocument returns the exercise document a learner starts from: the
// same text with the exercise block replaced by null and every hidden
// check's expectation by "" (no expectation), so that neither the
// solution nor a hidden expectation can be read in it. It is a plain
// scenario document; GradeDocument grades it after the learner's edits.
func LearnerDocument(doc *scenario.Document) string {
	text := doc.Text()
	type cut struct {
		at, end int
		with    string
	}
	var cuts []cut
	add := func(v gjson.Result, with string) {
		if v.Exists() {
			cuts = append(cuts, cut{v.Index, v.Index + len(v.Raw), with})
		}
	}
	checks := gjson.Get(text, "checks").Array()
	for _, i := range doc.Exercise.Hidden {
		if i < len(checks) {
			add(checks[i].Get("expect"), `""`)
		}
	}
	add(gjson.Get(text, "exercise"), "null")
	// Replace from the end so that earlier offsets stay valid.
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].at > cuts[j].at })
	for _, c := range cuts {
		text = text[:c.at] + c.with + text[c.end:]
	}
	return text
}
