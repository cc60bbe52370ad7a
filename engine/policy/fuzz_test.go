package policy

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParse checks that Parse never panics or hangs, that every position
// it reports lies in the text and agrees with a naive count, that it accepts
// exactly the JSON that encoding/json accepts, and that every range of the
// AST spans the value it holds.
func FuzzParse(f *testing.F) {
	for _, s := range []string{seedTokenApp, seedProductionApp, seedCarolBucket, seedManager, seedJean,
		`{"Version":"2008-10-17","Statement":{"Effect":"Deny","NotAction":"s3:*","NotResource":"arn:aws:s3:::b/${x}","Condition":{"ForAllValues:StringLike":{"aws:TagKeys":[1,true,"a*"]}}}}`,
		`{"Statement":[]}`, `[`, `{"a":"\u00e9\n"}`, "{\"Sid\":\"é\"}\n x", `{"Statement":{"Principal":{"AWS":["*"]}}}`} {
		for k := Identity; k <= Resource; k++ {
			f.Add(s, int(k))
		}
	}
	for _, c := range diagCases {
		f.Add(c.text, int(c.kind))
	}
	f.Fuzz(func(t *testing.T, text string, kind int) {
		k := Kind(((kind % 4) + 4) % 4)
		pol, diags := Parse(text, k)
		require.NotNil(t, pol)
		assert.Equal(t, text, pol.Text)
		for _, d := range diags {
			require.NotEqual(t, CodeInternalError, d.Code, d.Message)
			checkPos(t, text, d.Pos)
			checkPos(t, text, d.End)
			require.LessOrEqual(t, d.Offset, d.End.Offset)
			require.Contains(t, []Severity{SeverityError, SeverityWarning, SeveritySuggestion}, d.Severity)
		}
		invalid := len(withCode(diags, CodeInvalidJSON)) > 0
		require.Equal(t, json.Valid([]byte(text)), !invalid, "JSON validity must agree with encoding/json")
		for _, s := range pol.Statements {
			checkRange(t, text, s.Range)
			require.True(t, strings.HasPrefix(text[s.Range.Start.Offset:], "{"))
			for _, v := range append(append([]String{s.Sid}, s.Action.Values...), s.Resource.Values...) {
				if v.Range.End.Offset > 0 {
					checkRange(t, text, v.Range)
				}
			}
			for _, c := range s.Conditions {
				checkRange(t, text, c.Range)
				checkRange(t, text, c.Key.Range)
				require.Equal(t, c.Range.Start, c.Key.Range.Start)
			}
		}
	})
}

// checkRange checks both ends of r against the text.
func checkRange(t *testing.T, text string, r Range) {
	t.Helper()
	checkPos(t, text, r.Start)
	checkPos(t, text, r.End)
	require.Less(t, r.Start.Offset, r.End.Offset)
}
