package scenario

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/policy"
)

// Exercise is the exercise block of a scenario document: the task a
// learner is given, the parts of the document the learner may edit, the
// hints, and the reference solution and wrong answers that prove the
// exercise can be solved and is not solved by accident. The document's
// own checks and expectError are what define success (README, "Exercises
// and courses").
type Exercise struct {
	// ID is the exercise's stable name, used in links and progress.
	ID string
	// Title is a short heading.
	Title string
	// Task is what the learner is asked to do, in the Markdown subset the
	// README describes (paragraphs, "- " lists, `code`, **strong**);
	// readers render it as text, never as HTML.
	Task string
	// Editable lists the paths of the document the learner may change,
	// such as "request.Policy" (EditablePaths describes the forms).
	Editable []string
	// Hints are revealed one at a time, in order.
	Hints []string
	// Hidden lists the indexes of the checks whose expectation is not
	// shown before they fail.
	Hidden []int
	// Solution is the reference answer: a patch of the editable parts.
	Solution Patch
	// WrongAnswers are plausible answers that must not solve the exercise.
	WrongAnswers []WrongAnswer
}

// Patch gives new values to editable parts of an exercise: each path maps
// to the JSON text of its value, and the JSON null removes the part.
type Patch []PatchEntry

// PatchEntry is one path of a Patch and its value's JSON text.
type PatchEntry struct {
	Path  string
	Value string
}

// WrongAnswer is a plausible answer that must fail, with why it fails.
type WrongAnswer struct {
	Why    string
	Answer Patch
}

// IsHidden reports whether check i's expectation is hidden.
func (e *Exercise) IsHidden(i int) bool {
	for _, h := range e.Hidden {
		if h == i {
			return true
		}
	}
	return false
}

// The limits of an exercise block. Proving an exercise runs its document
// once as given, once with the solution and once per wrong answer, each
// run within the scenario limits (limits.go), so MaxWrongAnswers bounds
// that work; MaxHints keeps a hint list readable.
const (
	MaxWrongAnswers = 10
	MaxHints        = 20
)

// EditablePaths describes the paths an exercise may declare editable.
const EditablePaths = "request.Name, request.DurationSeconds, request.Policy, request.PolicyArns, request.Tags, " +
	"caller.type, caller.name, caller.tags, caller.permissionsBoundary, caller.policies[N], resourcePolicies[N].policy, managedPolicies"

var editablePath = regexp.MustCompile(`^(request\.(Name|DurationSeconds|Policy|PolicyArns|Tags)|caller\.(type|name|tags|permissionsBoundary|policies\[(0|[1-9][0-9]?)\])|resourcePolicies\[(0|[1-9][0-9]?)\]\.policy|managedPolicies)$`)

// ValidEditablePath reports whether p is one of EditablePaths.
func ValidEditablePath(p string) bool { return editablePath.MatchString(p) }

// GJSONPath turns an editable path into the gjson path of its value:
// "caller.policies[0]" becomes "caller.policies.0".
func GJSONPath(p string) string {
	p = strings.ReplaceAll(p, "[", ".")
	return strings.ReplaceAll(p, "]", "")
}

// Text returns the document's text when it was decoded, "" otherwise.
func (doc *Document) Text() string { return doc.text }

// exercise reads the exercise block of doc (after its checks).
func (d *decoder) exercise(v gjson.Result, doc *Document) *Exercise {
	const path = "exercise"
	if !v.IsObject() {
		d.fail(path, v, "expected an object with the exercise's title, task and editable parts, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	m := d.fields(path, v, "id", "title", "task", "editable", "hints", "hidden", "solution", "wrongAnswers")
	e := &Exercise{ID: d.optStr(path, m, "id"), Title: d.optStr(path, m, "title"), Task: d.optStr(path, m, "task")}
	if e.ID == "" {
		d.fail(path+".id", v, "an exercise needs an \"id\", such as \"jean-prefix\": links and progress name it.")
	} else if !exerciseID.MatchString(e.ID) {
		d.fail(path+".id", m["id"], fmt.Sprintf("an exercise id is lower-case letters, digits and hyphens, at most 64; found %q.", e.ID))
	}
	if e.Title == "" {
		d.fail(path+".title", v, "an exercise needs a \"title\".")
	}
	if e.Task == "" {
		d.fail(path+".task", v, "an exercise needs a \"task\": what the learner is asked to do.")
	}
	e.Editable = d.stringList(path+".editable", m["editable"], func(p string, s string, at gjson.Result) {
		if !ValidEditablePath(s) {
			d.fail(p, at, fmt.Sprintf("%q is not a part a learner can edit; the editable parts are %s.", s, EditablePaths))
		}
	})
	if len(e.Editable) == 0 {
		d.fail(path+".editable", v, "an exercise needs \"editable\": the parts the learner may change, such as [\"request.Policy\"].")
	}
	e.Hints = d.stringList(path+".hints", m["hints"], nil)
	if len(e.Hints) > MaxHints {
		d.fail(path+".hints", m["hints"], fmt.Sprintf("the exercise has %d hints; the limit is %d.", len(e.Hints), MaxHints))
	}
	if hv, ok := m["hidden"]; ok && hv.Type != gjson.Null {
		if !hv.IsArray() {
			d.fail(path+".hidden", hv, "expected an array of check indexes, found "+policy.JSONTypeName(hv)+".")
		}
		for i, h := range hv.Array() {
			p := fmt.Sprintf("%s.hidden[%d]", path, i)
			if h.Type != gjson.Number || h.Num != float64(int(h.Num)) || int(h.Num) < 0 || int(h.Num) >= len(doc.Checks) {
				d.fail(p, h, fmt.Sprintf("a hidden check is named by its index in \"checks\", 0 to %d; found %s.", len(doc.Checks)-1, h.Raw))
				continue
			}
			if doc.Checks[int(h.Num)].Expect == "" {
				d.fail(p, h, fmt.Sprintf("check %d has no \"expect\", so there is nothing to hide.", int(h.Num)))
			}
			e.Hidden = append(e.Hidden, int(h.Num))
		}
	}
	if !hasExpectation(doc) {
		d.fail(path, v, "an exercise needs at least one expectation that defines success: a check with \"expect\", or \"expectError\".")
	}
	if sv, ok := m["solution"]; ok && sv.Type != gjson.Null {
		e.Solution = d.patch(path+".solution", sv, e.Editable)
	} else {
		d.fail(path+".solution", v, "an exercise needs a \"solution\": the reference answer, an object that maps editable parts to their values.")
	}
	if wv, ok := m["wrongAnswers"]; ok && wv.Type != gjson.Null {
		d.objects(path+".wrongAnswers", wv, `objects with "why" and "answer"`, []string{"why", "answer"}, func(p string, obj gjson.Result, wm map[string]gjson.Result) {
			w := WrongAnswer{Why: d.optStr(p, wm, "why")}
			if w.Why == "" {
				d.fail(p+".why", obj, "a wrong answer needs \"why\": the mistake it shows.")
			}
			if av, ok := wm["answer"]; ok {
				w.Answer = d.patch(p+".answer", av, e.Editable)
			} else {
				d.fail(p+".answer", obj, "a wrong answer needs \"answer\": an object that maps editable parts to their values.")
			}
			e.WrongAnswers = append(e.WrongAnswers, w)
		})
		if len(e.WrongAnswers) > MaxWrongAnswers {
			d.fail(path+".wrongAnswers", wv, fmt.Sprintf("the exercise has %d wrong answers; the limit is %d.", len(e.WrongAnswers), MaxWrongAnswers))
		}
	}
	return e
}

var exerciseID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

func hasExpectation(doc *Document) bool {
	if doc.ExpectError != "" {
		return true
	}
	for _, c := range doc.Checks {
		if c.Expect != "" {
			return true
		}
	}
	return false
}

// stringList reads an optional array of strings, calling each (when not nil)
// with the path, value and JSON value of every element.
func (d *decoder) stringList(path string, v gjson.Result, each func(p, s string, at gjson.Result)) []string {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsArray() {
		d.fail(path, v, "expected an array of strings, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	var out []string
	for i, e := range v.Array() {
		p := fmt.Sprintf("%s[%d]", path, i)
		s, ok := d.str(p, e)
		if !ok {
			continue
		}
		if each != nil {
			each(p, s, e)
		}
		out = append(out, s)
	}
	return out
}

// patch reads a patch: an object whose keys are editable parts.
func (d *decoder) patch(path string, v gjson.Result, editable []string) Patch {
	if !v.IsObject() {
		d.fail(path, v, "expected an object that maps editable parts to their values, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	var out Patch
	seen := map[string]bool{}
	v.ForEach(func(k, val gjson.Result) bool {
		key := k.String()
		p := fmt.Sprintf("%s[%q]", path, key)
		switch {
		case seen[key]:
			d.errs = append(d.errs, d.at(p, k.Index, "this part is given twice."))
		case !contains(editable, key):
			d.errs = append(d.errs, d.at(p, k.Index, fmt.Sprintf("%q is not one of the exercise's editable parts (%s).", key, strings.Join(editable, ", "))))
		default:
			out = append(out, PatchEntry{Path: key, Value: val.Raw})
		}
		seen[key] = true
		return true
	})
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
