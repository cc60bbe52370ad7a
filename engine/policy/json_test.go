package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckJSON(t *testing.T) {
	cases := []struct {
		name string
		text string
		ok   bool
		at   Pos
		msg  string
	}{
		{"valid", `{"a": [1, 2]}`, true, Pos{}, ""},
		{"missing comma on line 2", "{\n  \"a\": 1\n  \"b\": 2}", false, Pos{Offset: 13, Line: 3, Column: 3}, "Expected ',' or '}' after an object member, but found '\"'. Is a comma missing at the end of line 2?"},
		{"after non-ASCII text", `{"é": 1,}`, false, Pos{Offset: 9, Line: 1, Column: 9}, "A trailing comma before '}' is not allowed in JSON."},
		{"empty", "", false, Pos{Offset: 0, Line: 1, Column: 1}, "The document is empty; a JSON object is expected."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			at, msg, ok := CheckJSON(c.text)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.at, at)
			assert.Equal(t, c.msg, msg)
		})
	}
}

func TestLocate(t *testing.T) {
	text := "{\n\"ü\": 1}"
	assert.Equal(t, Pos{Offset: 0, Line: 1, Column: 1}, Locate(text, 0))
	assert.Equal(t, Pos{Offset: 6, Line: 2, Column: 4}, Locate(text, 6), "ü is one column")
	assert.Equal(t, Locate(text, len(text)), Locate(text, 1000), "clamped")
}
