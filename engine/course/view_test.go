package course

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/scenario"
)

// TestLearnerDocument: the learner's document runs as a plain scenario,
// shows no hidden expectation and no solution, and graded unchanged it is
// the exercise as given.
func TestLearnerDocument(t *testing.T) {
	for _, doc := range Builtin().Exercises {
		t.Run(doc.Exercise.ID, func(t *testing.T) {
			v := NewView(doc)
			learner, err := scenario.Decode([]byte(v.Document))
			require.NoError(t, err)
			assert.Nil(t, learner.Exercise)
			require.Len(t, learner.Checks, len(doc.Checks))
			for i, c := range learner.Checks {
				if doc.Exercise.IsHidden(i) {
					assert.Empty(t, c.Expect, "check %d", i)
				} else {
					assert.Equal(t, doc.Checks[i].Expect, c.Expect, "check %d", i)
				}
			}
			assert.NotContains(t, v.Document, "wrongAnswers")
			g, err := GradeDocument(doc, v.Document)
			require.NoError(t, err)
			assert.False(t, g.Solved)
			// The view's solution, put into the learner's document, solves it.
			text, err := Apply(v.Document, doc.Exercise.Solution)
			require.NoError(t, err)
			g, err = GradeDocument(doc, text)
			require.NoError(t, err)
			assert.True(t, g.Solved)
			out, err := json.Marshal(v)
			require.NoError(t, err)
			assert.Contains(t, string(out), `"solution":{`)
		})
	}
}
