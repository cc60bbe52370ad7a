package course

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/scenario"
)

// TestBuiltinCourse proves every built-in exercise: its reference solution
// solves it, every wrong answer fails, and it is not solved as given.
func TestBuiltinCourse(t *testing.T) {
	c := Builtin()
	require.GreaterOrEqual(t, len(c.Exercises), 12)
	for _, doc := range c.Exercises {
		t.Run(doc.Exercise.ID, func(t *testing.T) {
			v := Verify(doc)
			assert.Empty(t, v.Problems)
			require.NotNil(t, v.Solution)
			assert.True(t, v.Solution.Solved, "the solution solves it")
			require.NotEmpty(t, v.Wrong)
			for i, g := range v.Wrong {
				assert.False(t, g.Solved, "wrong answer %d fails", i)
			}
			start, err := GradeAnswer(doc, nil)
			require.NoError(t, err)
			assert.False(t, start.Solved, "not solved as given")
		})
	}
}

// TestVerifyFindsBrokenExercises: a solution that fails, a wrong answer
// that passes and an exercise solved as given are each reported.
func TestVerifyFindsBrokenExercises(t *testing.T) {
	doc := mustExercise(t, `"solution": {"request.Policy": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}},
		"wrongAnswers": [{"why": "same as the solution", "answer": {"request.Policy": {"Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}}}]`)
	v := Verify(doc)
	require.Len(t, v.Problems, 1)
	assert.Contains(t, v.Problems[0], "wrong answer 0 (same as the solution) solves it")

	doc = mustExercise(t, `"solution": {"request.Policy": null}, "wrongAnswers": [{"why": "x", "answer": {"request.Policy": null}}]`)
	v = Verify(doc)
	require.Len(t, v.Problems, 1)
	assert.Contains(t, v.Problems[0], "the solution does not solve it: check 0 (s3:GetObject arn:aws:s3:::b/k) gave implicitDeny, expected allowed")

	doc = mustExercise(t, `"solution": {"request.Policy": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}`)
	v = Verify(doc)
	assert.Equal(t, []string{"it has no wrong answer to prove that it is not solved by accident"}, v.Problems)
}

const exerciseTemplate = `{"version": 1,
 "caller": {"name": "token-app", "policies": [{"Statement": [{"Effect": "Allow", "Action": ["sts:GetFederationToken", "s3:*"], "Resource": "*"}]}]},
 "request": {"Name": "Jean"},
 "clock": "2026-01-01T00:00:00Z", "seed": "t",
 "checks": [{"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "expect": "allowed"},
            {"action": "s3:PutObject", "resource": "arn:aws:s3:::b/k", "expect": "implicitDeny"}],
 "exercise": {"id": "t", "title": "T", "task": "Do it.", "editable": ["request.Policy"], "hidden": [1], BLOCK}}`

func mustExercise(t *testing.T, block string) *scenario.Document {
	t.Helper()
	doc, err := scenario.Decode([]byte(strings.Replace(exerciseTemplate, "BLOCK", block, 1)))
	require.NoError(t, err)
	require.NotNil(t, doc.Exercise)
	return doc
}

// TestGradeWithholdsHiddenExpectations: a hidden check that is met shows
// nothing but that; one that is not met shows the decision and its
// explanation, never the expectation.
func TestGradeWithholdsHiddenExpectations(t *testing.T) {
	doc := mustExercise(t, `"solution": {"request.Policy": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}`)
	for _, tc := range []struct {
		name, policy string
		met          bool
	}{
		{"met", `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`, true},
		{"not met", `{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := GradeAnswer(doc, scenario.Patch{{Path: "request.Policy", Value: tc.policy}})
			require.NoError(t, err)
			require.Len(t, g.Expectations, 3)
			call, visible, hidden := g.Expectations[0], g.Expectations[1], g.Expectations[2]
			assert.Equal(t, Status{Kind: "call", Expect: "success", Got: "success", Met: true}, call)
			assert.True(t, visible.Met)
			assert.Equal(t, "allowed", visible.Expect)
			assert.NotNil(t, visible.Explanation)
			assert.True(t, hidden.Hidden)
			assert.Equal(t, tc.met, hidden.Met)
			assert.Empty(t, hidden.Expect)
			assert.Equal(t, tc.met, g.Solved)
			if tc.met {
				assert.Empty(t, hidden.Got)
				assert.Nil(t, hidden.Explanation)
			} else {
				assert.Equal(t, "allowed", hidden.Got)
				assert.NotNil(t, hidden.Explanation)
			}
			assert.NotContains(t, string(g.JSON()), `"expect": "implicitDeny"`)
			assert.Empty(t, g.Result.Checks[1].Expect)
			assert.NotContains(t, g.Document, "implicitDeny", "the document shown has no hidden expectation")
			assert.NotContains(t, g.Document, `"solution"`, "nor the solution")
			assert.True(t, g.Result.Checks[1].Pass, "the result shown judges no hidden expectation")
		})
	}
}

// TestGradeDocumentTakesOnlyEditableParts: a learner's document that also
// changes a check is graded by the exercise's own checks.
func TestGradeDocumentTakesOnlyEditableParts(t *testing.T) {
	doc := mustExercise(t, `"solution": {"request.Policy": null}`)
	learner := strings.Replace(doc.Text(), `"expect": "allowed"`, `"expect": "implicitDeny"`, 1)
	learner = strings.Replace(learner, `"hidden": [1]`, `"hidden": []`, 1)
	g, err := GradeDocument(doc, learner)
	require.NoError(t, err)
	assert.False(t, g.Solved)
	assert.Equal(t, "allowed", g.Expectations[1].Expect)
	assert.Contains(t, g.Document, `"Policy": null`)
}

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		patch      scenario.Patch
		want, err  string
	}{
		{"replace", `{"request": {"Name": "a"}}`, scenario.Patch{{Path: "request.Name", Value: `"b"`}}, `{"request": {"Name": "b"}}`, ""},
		{"insert", `{"request": {"Name": "a"}}`, scenario.Patch{{Path: "request.Policy", Value: `{}`}}, `{"request": {"Policy": {}, "Name": "a"}}`, ""},
		{"insert into empty", `{"request": {}}`, scenario.Patch{{Path: "request.Tags", Value: `[]`}}, `{"request": {"Tags": []}}`, ""},
		{"array element", `{"caller": {"policies": ["x", "y"]}}`, scenario.Patch{{Path: "caller.policies[1]", Value: `"z"`}}, `{"caller": {"policies": ["x", "z"]}}`, ""},
		{"top level", `{"a": 1}`, scenario.Patch{{Path: "managedPolicies", Value: `{}`}}, `{"managedPolicies": {}, "a": 1}`, ""},
		{"missing element", `{"caller": {"policies": []}}`, scenario.Patch{{Path: "caller.policies[0]", Value: `"z"`}}, "", "the exercise has no caller.policies[0] to change"},
		{"missing object", `{}`, scenario.Patch{{Path: "resourcePolicies[0].policy", Value: `{}`}}, "", "the exercise has no resourcePolicies[0].policy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Apply(tc.text, tc.patch)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestDecodeCourse(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		errs       []string
	}{
		{"not an object", `[]`, []string{"scenario (line 1, column 1): a course is a JSON object"}},
		{"no title", `{"exercises": []}`, []string{"title (line 1, column 1): a course needs a \"title\"", "exercises (line 1, column 15): a course needs \"exercises\""}},
		{"unknown field", `{"title": "x", "exercise": []}`, []string{"exercise (line 1, column 16): unknown field", "exercises (line 1, column 1)"}},
		{"not an exercise", `{"title": "x", "exercises": [{"caller": {"name": "a"}, "request": {}}]}`, []string{"exercises[0] (line 1, column 30): an exercise is a scenario document"}},
		{"bad exercise located in the course", "{\"title\": \"x\",\n \"exercises\": [{\"caller\": {\"name\": \"a\"}, \"request\": {},\n  \"exercise\": {\"id\": \"Bad Id\"}}]}",
			[]string{"exercises[0].exercise.id (line 3, column 22): an exercise id is lower-case", "exercises[0].exercise.title (line 3, column 15)"}},
		{"not JSON", `{"title": `, []string{"the course is not valid JSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.text))
			require.Error(t, err)
			var de *scenario.DecodeError
			require.True(t, errors.As(err, &de))
			var got []string
			for _, f := range de.Fields {
				got = append(got, f.Error())
			}
			for i, want := range tc.errs {
				require.Greater(t, len(got), i, "errors: %q", got)
				assert.Contains(t, got[i], want)
			}
		})
	}
}

func TestDecodeCourseDuplicateID(t *testing.T) {
	ex := strings.Replace(exerciseTemplate, "BLOCK", `"solution": {"request.Policy": null}`, 1)
	_, err := Decode([]byte(`{"title": "x", "exercises": [` + ex + `, ` + ex + `]}`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `exercises[1].exercise.id`)
	assert.Contains(t, err.Error(), `the id "t" is used by an earlier exercise`)
}

func FuzzDecodeCourse(f *testing.F) {
	f.Add(string(BuiltinText()))
	f.Add(`{"title": "x", "exercises": [` + strings.Replace(exerciseTemplate, "BLOCK", `"solution": {"request.Policy": null}`, 1) + `]}`)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Decode([]byte(s))
		if err != nil {
			return
		}
		for _, d := range c.Exercises {
			_, _ = GradeAnswer(d, d.Exercise.Solution)
		}
	})
}
