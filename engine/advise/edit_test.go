package advise

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tidwall/gjson"
)

func TestAddStatement(t *testing.T) {
	stmt := `{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}`
	tests := []struct{ name, in string }{
		{"array", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}`},
		{"object", `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}}`},
		{"empty array", `{"Version":"2012-10-17","Statement":[]}`},
		{"empty text", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := addStatement(tt.in, stmt)
			require.NoError(t, err)
			require.True(t, gjson.Valid(out), out)
			items := gjson.Get(out, "Statement").Array()
			require.NotEmpty(t, items)
			assert.Equal(t, "s3:GetObject", items[len(items)-1].Get("Action").String())
		})
	}
	_, err := addStatement(`{"Version":"2012-10-17"}`, stmt)
	assert.Error(t, err)
	_, err = addStatement(`{`, stmt)
	assert.Error(t, err)
}

func TestRemoveStatement(t *testing.T) {
	in := `{"Statement":[{"Sid":"A"}, {"Sid":"B"}, {"Sid":"C"}]}`
	for i, want := range []string{`{"Statement":[{"Sid":"B"}, {"Sid":"C"}]}`, `{"Statement":[{"Sid":"A"}, {"Sid":"C"}]}`, `{"Statement":[{"Sid":"A"}, {"Sid":"B"}]}`} {
		out, err := removeStatement(in, i)
		require.NoError(t, err)
		assert.Equal(t, want, out)
	}
	_, err := removeStatement(`{"Statement":[{"Sid":"A"}]}`, 0)
	assert.Error(t, err)
	_, err = removeStatement(`{"Statement":{"Sid":"A"}}`, 0)
	assert.Error(t, err)
}

// FuzzEdits checks that adding a statement to any policy text gives JSON
// whose last statement is the one added, and that removing a statement
// keeps the text valid JSON, or that both refuse with an error.
func FuzzEdits(f *testing.F) {
	f.Add(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Sid":"B"}]}`, 1)
	f.Add(`{"Statement":{"Effect":"Deny"}}`, 0)
	f.Add(``, 0)
	stmt := statementJSON("s3:GetObject", "arn:aws:s3:::b/*", "")
	f.Fuzz(func(t *testing.T, text string, i int) {
		if len(text) > 4096 {
			return
		}
		if out, err := addStatement(text, stmt); err == nil {
			if !gjson.Valid(out) {
				t.Fatalf("addStatement made invalid JSON from %q: %q", text, out)
			}
			items := gjson.Get(out, "Statement").Array()
			if len(items) == 0 || items[len(items)-1].Get("Action").String() != "s3:GetObject" {
				t.Fatalf("the statement is not last in %q", out)
			}
		}
		if !gjson.Valid(text) {
			return
		}
		if out, err := removeStatement(text, i); err == nil && !gjson.Valid(out) {
			t.Fatalf("removeStatement made invalid JSON from %q: %q", text, out)
		}
	})
}
