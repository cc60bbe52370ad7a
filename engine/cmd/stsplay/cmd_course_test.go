package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/course"
)

// builtinExercise returns the JSON of one built-in exercise as a map.
func builtinExercise(t *testing.T, id string) map[string]any {
	t.Helper()
	var c struct {
		Exercises []map[string]any `json:"exercises"`
	}
	require.NoError(t, json.Unmarshal(course.BuiltinText(), &c))
	for _, e := range c.Exercises {
		if e["exercise"].(map[string]any)["id"] == id {
			return e
		}
	}
	t.Fatalf("no built-in exercise %q", id)
	return nil
}

func toJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestCourseBuiltin(t *testing.T) {
	code, out, errOut := cli(t, "", "course", "--builtin")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	n := len(course.Builtin().Exercises)
	assert.Equal(t, itoa(n)+" exercises", lines[0])
	require.Len(t, lines, n+1)
	for _, l := range lines[1:] {
		assert.True(t, strings.HasPrefix(l, "OK   "), l)
		assert.Contains(t, l, "solution passes")
	}
	// The same course read from a file.
	code, out2, _ := cli(t, "", "course", writeFile(t, "course.json", string(course.BuiltinText())))
	assert.Equal(t, 0, code)
	assert.Equal(t, out, out2)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestCourseFailingExercise(t *testing.T) {
	ex := builtinExercise(t, "jean-prefix")
	block := ex["exercise"].(map[string]any)
	// The first wrong answer becomes the solution: it must be reported.
	block["solution"] = block["wrongAnswers"].([]any)[0].(map[string]any)["answer"]
	good := builtinExercise(t, "intersection")
	text := toJSON(t, map[string]any{"title": "t", "exercises": []any{good, ex}})
	code, out, _ := cli(t, "", "course", writeFile(t, "c.json", text))
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "2 exercises\nOK   intersection:")
	assert.Contains(t, out, "FAIL jean-prefix: Jean's folder only: the solution does not solve it: check 3 (s3:ListBucket arn:aws:s3:::productionapp) gave allowed, a hidden check")
}

func TestCourseBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		text string
		want string
	}{
		{"no file", []string{"course"}, "", "course takes one course file"},
		{"two files", []string{"course", "a", "b"}, "", "course takes one course file"},
		{"missing file", []string{"course", "/nonexistent/course.json"}, "", "no such file"},
		{"not JSON", []string{"course", "-"}, "{", "standard input: scenario (line 1, column 2): the course is not valid JSON"},
		{"bad exercise", []string{"course", "-"}, `{"title": "t", "exercises": [{"caller": {"name": "a"}, "request": {}, "exercise": {"id": "x"}}]}`, `exercises[0].exercise.title (line 1, column 83): an exercise needs a "title"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, tc.text, tc.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line")
		})
	}
}

func TestCheckExercise(t *testing.T) {
	ex := builtinExercise(t, "jean-prefix")
	file := writeFile(t, "jean.json", toJSON(t, ex))
	code, out, _ := cli(t, "", "check", file)
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "exercise jean-prefix (Jean's folder only) with the reference solution:\n")
	assert.Contains(t, out, "PASS "+file+": s3:ListBucket arn:aws:s3:::productionapp with s3:prefix=bob/ (hidden check)\n")
	assert.NotContains(t, out, "implicitDeny", "a hidden expectation is not printed")
	assert.Contains(t, out, "6 passed, 0 failed")

	// A learner's document: only its editable part (the session policy)
	// counts; its change to a check is ignored.
	ex["request"].(map[string]any)["Policy"] = map[string]any{"Statement": []any{map[string]any{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}}
	ex["checks"].([]any)[3].(map[string]any)["expect"] = "allowed"
	answer := writeFile(t, "answer.json", toJSON(t, ex))
	code, out, _ = cli(t, "", "check", "--answer", answer, file)
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "with the answer:\n")
	assert.Contains(t, out, "FAIL "+file+": s3:ListBucket arn:aws:s3:::productionapp with s3:prefix=bob/ → allowed (hidden check)\n")
	assert.Contains(t, out, "4 passed, 2 failed")

	code, _, errOut := cli(t, "", "check", "--answer", answer, file, file)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "check --answer takes exactly one exercise file")
	code, _, errOut = cli(t, "", "check", "--answer", answer, writeFile(t, "p.json", preset(t, "jean-api-example")))
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "is not an exercise")
}

func TestExerciseCommand(t *testing.T) {
	code, out, _ := cli(t, "", "exercise")
	assert.Equal(t, 0, code)
	assert.Equal(t, len(course.Builtin().Exercises), strings.Count(out, "\n"))
	assert.Contains(t, out, "jean-prefix           Jean's folder only\n")
	code, out, _ = cli(t, "", "exercise", "jean-prefix")
	assert.Equal(t, 0, code)
	// The printed document is the exercise, and checks as one.
	code, check, _ := cli(t, "", "check", writeFile(t, "lab.json", out))
	assert.Equal(t, 0, code, check)
	assert.Contains(t, check, "exercise jean-prefix (Jean's folder only) with the reference solution:")
	code, _, errOut := cli(t, "", "exercise", "nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `no built-in exercise "nope"`)
}
