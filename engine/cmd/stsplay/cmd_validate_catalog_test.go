package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidateUsesCatalog(t *testing.T) {
	text := "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\n\"Action\":\"s3:GetObjekt\",\"Resource\":\"*\"}]}"
	code, out, _ := cli(t, text, "validate", "--kind", "session", "-")
	assert.Equal(t, exitOK, code, "catalog findings are warnings")
	assert.Contains(t, out, `standard input:2:10: warning unknown-action: Amazon S3 has no action "s3:GetObjekt"`)
	assert.Contains(t, out, `Did you mean "s3:GetObject"?`)

	code, out, _ = cli(t, text, "validate", "--catalog=false", "--kind", "session", "-")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "valid session policy")
}
