package bridge

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/course"
)

func TestExercisesCourseAndGrade(t *testing.T) {
	x := &Exercises{}
	var c struct {
		Title     string        `json:"title"`
		Exercises []course.View `json:"exercises"`
	}
	require.NoError(t, json.Unmarshal([]byte(x.Course("")), &c))
	require.Len(t, c.Exercises, len(course.Builtin().Exercises))
	var jean course.View
	for _, v := range c.Exercises {
		if v.ID == "jean-prefix" {
			jean = v
		}
	}
	require.Equal(t, "jean-prefix", jean.ID)
	assert.Equal(t, []int{3, 4}, jean.Hidden)

	var g course.Grade
	require.NoError(t, json.Unmarshal([]byte(x.Grade("", "jean-prefix", jean.Document)), &g))
	assert.False(t, g.Solved)
	require.NotEmpty(t, g.Expectations)
	for _, s := range g.Expectations {
		if s.Hidden {
			assert.Empty(t, s.Expect)
		}
	}
	solved, err := course.Apply(jean.Document, course.Builtin().Exercises[11].Exercise.Solution)
	require.NoError(t, err)
	g = course.Grade{}
	require.NoError(t, json.Unmarshal([]byte(x.Grade("", "jean-prefix", solved)), &g))
	assert.True(t, g.Solved)

	for _, tc := range []struct{ name, course, id, doc, want string }{
		{"unknown exercise", "", "nope", jean.Document, `"error":"the course has no exercise nope"`},
		{"bad learner document", "", "jean-prefix", "{", `"problems":[{"path":"","message":"the document is not valid JSON`},
		{"bad course", `{"title": 1}`, "x", "{}", `"path":"title"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, x.Grade(tc.course, tc.id, tc.doc), tc.want)
		})
	}
	assert.True(t, strings.HasPrefix(x.Course(`[]`), `{"error":`))
}
