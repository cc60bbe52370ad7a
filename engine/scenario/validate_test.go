package scenario

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidatePolicy(t *testing.T) {
	tests := []struct {
		name, text, kind string
		codes            []string
	}{
		{"valid session policy", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, "session", []string{}},
		{"principal in session policy", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`, "session", []string{"principal-not-allowed"}},
		{"unknown kind", `{}`, "role", []string{"invalid-kind"}},
		{"over the size limit", `{"Statement": [` + strings.Repeat(" ", MaxDocumentSize) + `]}`, "session", []string{CodeLimitDocumentSize}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var diags []struct {
				Code   string `json:"code"`
				Line   int    `json:"line"`
				Column int    `json:"column"`
			}
			require.NoError(t, json.Unmarshal(ValidatePolicy(tt.text, tt.kind), &diags))
			codes := []string{}
			for _, d := range diags {
				codes = append(codes, d.Code)
				assert.Positive(t, d.Line)
				assert.Positive(t, d.Column)
			}
			assert.Equal(t, tt.codes, codes)
		})
	}
}
