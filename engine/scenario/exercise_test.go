package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const exerciseDoc = `{"version": 1,
 "caller": {"name": "token-app"},
 "request": {"Name": "Jean"},
 "checks": [{"action": "s3:GetObject", "resource": "*", "expect": "allowed"}, {"action": "s3:PutObject", "resource": "*"}],
 "exercise": BLOCK}`

func TestDecodeExercise(t *testing.T) {
	good := `{"id": "a-1", "title": "T", "task": "Do **it**.", "editable": ["request.Policy", "caller.policies[0]"], "hints": ["h1", "h2"], "hidden": [0],
	 "solution": {"request.Policy": {"Statement": []}}, "wrongAnswers": [{"why": "none", "answer": {"request.Policy": null}}]}`
	doc, err := Decode([]byte(strings.Replace(exerciseDoc, "BLOCK", good, 1)))
	require.NoError(t, err)
	ex := doc.Exercise
	require.NotNil(t, ex)
	assert.Equal(t, "a-1", ex.ID)
	assert.Equal(t, []string{"request.Policy", "caller.policies[0]"}, ex.Editable)
	assert.Equal(t, []string{"h1", "h2"}, ex.Hints)
	assert.True(t, ex.IsHidden(0))
	assert.False(t, ex.IsHidden(1))
	assert.Equal(t, Patch{{Path: "request.Policy", Value: `{"Statement": []}`}}, ex.Solution)
	assert.Equal(t, []WrongAnswer{{Why: "none", Answer: Patch{{Path: "request.Policy", Value: "null"}}}}, ex.WrongAnswers)

	for _, tc := range []struct{ name, block, want string }{
		{"not an object", `[]`, "exercise (line 5, column 14): expected an object"},
		{"missing fields", `{}`, `exercise.id (line 5, column 14): an exercise needs an "id"`},
		{"bad id", `{"id": "A B"}`, `exercise.id (line 5, column 21): an exercise id is lower-case`},
		{"bad editable", `{"id": "a", "title": "t", "task": "x", "editable": ["checks[0].expect"], "solution": {}}`, `exercise.editable[0] (line 5, column 66): "checks[0].expect" is not a part a learner can edit`},
		{"no editable", `{"id": "a", "title": "t", "task": "x", "solution": {}}`, `exercise.editable (line 5, column 14): an exercise needs "editable"`},
		{"hidden out of range", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "hidden": [2], "solution": {}}`, `exercise.hidden[0] (line 5, column 94): a hidden check is named by its index in "checks", 0 to 1; found 2.`},
		{"hidden without expect", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "hidden": [1], "solution": {}}`, `check 1 has no "expect"`},
		{"patch outside editable", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {"request.Policy": "{}"}}`, `exercise.solution["request.Policy"] (line 5, column 96): "request.Policy" is not one of the exercise's editable parts (request.Name).`},
		{"no solution", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"]}`, `exercise.solution (line 5, column 14): an exercise needs a "solution"`},
		{"wrong answer without why", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {}, "wrongAnswers": [{"answer": {}}]}`, `exercise.wrongAnswers[0].why`},
		{"too many hints", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {}, "hints": [` + strings.Repeat(`"h", `, MaxHints) + `"h"]}`, `exercise.hints (line 5, column 108): the exercise has 21 hints; the limit is 20.`},
		{"too many wrong answers", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {}, "wrongAnswers": [` + strings.Repeat(`{"why": "w", "answer": {}}, `, MaxWrongAnswers) + `{"why": "w", "answer": {}}]}`, `exercise.wrongAnswers (line 5, column 115): the exercise has 11 wrong answers; the limit is 10.`},
		{"unknown field", `{"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {}, "hint": []}`, `unknown field "hint"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(strings.Replace(exerciseDoc, "BLOCK", tc.block, 1)))
			require.Error(t, err)
			de := err.(*DecodeError)
			var all []string
			for _, f := range de.Fields {
				all = append(all, f.Error())
			}
			assert.Contains(t, strings.Join(all, "\n"), tc.want)
		})
	}
}

func TestExerciseNeedsAnExpectation(t *testing.T) {
	text := `{"caller": {"name": "a"}, "request": {}, "exercise": {"id": "a", "title": "t", "task": "x", "editable": ["request.Name"], "solution": {}}}`
	_, err := Decode([]byte(text))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "an exercise needs at least one expectation")
	_, err = Decode([]byte(strings.Replace(text, `"request": {}`, `"request": {}, "expectError": "AccessDenied"`, 1)))
	assert.NoError(t, err)
}

func TestValidEditablePath(t *testing.T) {
	for _, p := range []string{"request.Name", "request.DurationSeconds", "request.Policy", "request.PolicyArns", "request.Tags", "caller.type", "caller.name", "caller.tags", "caller.permissionsBoundary", "caller.policies[0]", "caller.policies[12]", "resourcePolicies[3].policy", "managedPolicies"} {
		assert.True(t, ValidEditablePath(p), p)
	}
	for _, p := range []string{"", "request", "checks", "checks[0].expect", "caller.policies[01]", "caller.policies[100]", "request.policy", "exercise.solution", "resourcePolicies[0]"} {
		assert.False(t, ValidEditablePath(p), p)
	}
	assert.Equal(t, "caller.policies.0", GJSONPath("caller.policies[0]"))
	assert.Equal(t, "resourcePolicies.2.policy", GJSONPath("resourcePolicies[2].policy"))
}

// FuzzDecodeExercise decodes documents with exercise blocks: no input
// makes the decoder panic, and a decoded exercise's hidden indexes name
// checks with expectations and its patches name editable parts only.
func FuzzDecodeExercise(f *testing.F) {
	f.Add(strings.Replace(exerciseDoc, "BLOCK", `{"id": "a", "title": "T", "task": "x", "editable": ["request.Policy"], "hidden": [0], "solution": {"request.Policy": null}, "wrongAnswers": [{"why": "w", "answer": {}}]}`, 1))
	f.Add(strings.Replace(exerciseDoc, "BLOCK", `{"id": "a", "hidden": [9, -1, 0.5, "x"], "editable": ["caller.policies[0]", 3], "solution": {"x": 1, "x": 2}}`, 1))
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := Decode([]byte(s))
		if err != nil || doc.Exercise == nil {
			return
		}
		for _, i := range doc.Exercise.Hidden {
			if i < 0 || i >= len(doc.Checks) || doc.Checks[i].Expect == "" {
				t.Fatalf("hidden index %d accepted", i)
			}
		}
		for _, p := range doc.Exercise.Solution {
			if !contains(doc.Exercise.Editable, p.Path) || !ValidEditablePath(p.Path) {
				t.Fatalf("patch of %q accepted", p.Path)
			}
		}
	})
}
