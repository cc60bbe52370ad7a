package scenario

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/render"
)

// reflectJSON is encoding/json's form of r, the bytes appendJSON must write.
func reflectJSON(t testing.TB, r *Result) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(r))
	return b.String()
}

func TestEncoderMatchesEncodingJSON(t *testing.T) {
	for name, doc := range documents(t) {
		for _, opts := range []Options{Everything, {}} {
			r := RunWith(doc, opts)
			assert.Equal(t, reflectJSON(t, r), string(r.JSON()), name)
		}
	}
	// Shapes the documents may not reach: nil and empty collections, every
	// optional field, context values of each kind, strings to escape.
	odd := "quote\" back\\ \b\f\n\r\t \x01\x1f <&> \u2028\u2029 \xff é 😀"
	results := []*Result{
		{},
		{Checks: []CheckResult{}, Diagnostics: []Diagnostic{}},
		{
			Engine: odd, Wire: odd,
			Response: &Response{Status: 400, Body: odd},
			Error:    &Error{Code: "C", Message: odd, Source: odd},
			Session:  &Session{ARN: odd, DurationSeconds: -1, DurationCapped: true, PackedPolicySize: 7, PrincipalTags: map[string]string{"b": odd, "a": "1", odd: ""}},
			Checks: []CheckResult{
				{Action: odd, Context: map[string]any{"k": "v", "m": []string{"x", odd}, "n": []string(nil), "z": 3}, Decision: eval.Allowed, Expect: "allowed", Pass: true, Explanation: &render.Explanation{Rule: odd, Summary: odd}},
				{Context: map[string]any{}},
			},
			Diagnostics:   []Diagnostic{{Source: odd}},
			Authorization: []AuthorizationResult{{Action: "a", Decision: eval.ExplicitDeny}, {Explanation: &render.Explanation{}}},
			Expectation:   &CallExpectation{Error: odd},
		},
		{Session: &Session{PrincipalTags: map[string]string{}}},
	}
	for i, r := range results {
		assert.Equal(t, reflectJSON(t, r), string(r.JSON()), "result %d", i)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\\b\f\n\r\t\x00\x7f", "\u2028\u2029\ufffd", "\xff\xfe", "é😀<>&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(s))
		assert.Equal(t, string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))), string(appendString(nil, s)))
	})
}
