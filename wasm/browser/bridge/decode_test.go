package bridge

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		want []fieldError
	}{
		{"valid", `{"caller":{"name":"token-app"},"request":{"Name":"Jean"}}`, []fieldError{}},
		{"not JSON", "{\n  \"caller\": }", nil},
		{"unknown field", "{\"caller\":{\"name\":\"a\"},\"request\":{},\n\"bogus\":true}", []fieldError{{Path: "bogus", Line: 2, Column: 1, Offset: 37}}},
		{"wrong type", "{\"caller\":{\"name\":\"a\"},\"request\":{\"Name\":55}}", []fieldError{{Path: "request.Name", Line: 1, Column: 42, Offset: 41}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got decodeResult
			require.NoError(t, json.Unmarshal([]byte(Engine{}.Decode(c.doc)), &got))
			if c.want == nil {
				require.Len(t, got.Errors, 1)
				assert.Contains(t, got.Errors[0].Message, "not valid JSON")
				assert.Equal(t, 2, got.Errors[0].Line)
				return
			}
			for i := range got.Errors {
				assert.NotEmpty(t, got.Errors[i].Message)
				got.Errors[i].Message = ""
			}
			assert.Equal(t, c.want, got.Errors)
		})
	}
}
