package advise_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/advise"
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/scenario"
)

func presetDoc(t *testing.T, name string) *scenario.Document {
	t.Helper()
	p, ok := scenario.PresetByName(name)
	require.True(t, ok)
	doc, err := scenario.Decode(p.Scenario)
	require.NoError(t, err)
	return doc
}

func check(action, resource string) scenario.Check {
	return scenario.Check{Action: action, Resource: resource}
}

// rerun applies a suggestion's edits through their After texts, as the site
// does, and returns the check's decision.
func rerun(t *testing.T, doc *scenario.Document, c scenario.Check, s advise.Suggestion) eval.Decision {
	t.Helper()
	d := *doc
	d.Caller.Policies = append([]scenario.PolicyText(nil), doc.Caller.Policies...)
	d.ResourcePolicies = append([]scenario.ResourcePolicy(nil), doc.ResourcePolicies...)
	for _, e := range s.Edits {
		switch {
		case e.Op == advise.OpAddResourcePolicy:
			d.ResourcePolicies = append(d.ResourcePolicies, scenario.ResourcePolicy{AttachedTo: e.AttachedTo, Account: d.Account, Policy: scenario.PolicyText{Text: e.After, Source: e.Source}})
		case e.Source == "request.Policy":
			text := e.After
			d.Request.Policy = &text
		default:
			found := false
			for i := range d.Caller.Policies {
				if d.Caller.Policies[i].Source == e.Source {
					d.Caller.Policies[i].Text, found = e.After, true
				}
			}
			for i := range d.ResourcePolicies {
				if d.ResourcePolicies[i].Policy.Source == e.Source {
					d.ResourcePolicies[i].Policy.Text, found = e.After, true
				}
			}
			require.True(t, found, e.Source)
		}
	}
	d.Checks = []scenario.Check{c}
	res := scenario.RunDocument(&d)
	require.Nil(t, res.Error)
	return res.Checks[0].Decision
}

func TestOtherBucket(t *testing.T) {
	doc := presetDoc(t, "token-app-session-policy")
	c := check("s3:GetObject", "arn:aws:s3:::otherbucket/a.txt")
	a, err := advise.AdviseCheck(doc, c)
	require.NoError(t, err)
	assert.Equal(t, eval.ImplicitDeny, a.Decision)
	require.NotEmpty(t, a.Suggestions)
	first := a.Suggestions[0]
	assert.Equal(t, advise.KindSessionPolicy, first.Kind)
	assert.Contains(t, first.Text, "Add s3:GetObject on arn:aws:s3:::otherbucket/* to the session policy: the IAM user already allows it.")
	require.Len(t, first.Edits, 1)
	e := first.Edits[0]
	assert.Equal(t, "request.Policy", e.Source)
	assert.Equal(t, *doc.Request.Policy, e.Before)
	assert.Contains(t, e.After, `"Resource": "arn:aws:s3:::otherbucket/*"`)
	assert.Equal(t, eval.Allowed, first.Decision)
	assert.Equal(t, eval.Allowed, rerun(t, doc, c, first), "the After text alone allows it")
	for _, s := range a.Suggestions {
		assert.Equal(t, eval.Allowed, rerun(t, doc, c, s), s.Text)
	}
	var kinds []string
	for _, s := range a.Suggestions {
		kinds = append(kinds, s.Kind)
	}
	assert.Contains(t, kinds, advise.KindResourcePolicy)
}

func TestUserMustAllowToo(t *testing.T) {
	doc := presetDoc(t, "jean-api-example")
	c := check("ec2:DescribeInstances", "*")
	a, err := advise.AdviseCheck(doc, c)
	require.NoError(t, err)
	require.NotEmpty(t, a.Suggestions)
	s := a.Suggestions[0]
	assert.Equal(t, advise.KindUserAndSession, s.Kind)
	assert.Contains(t, s.Text, "a session policy cannot grant more than the IAM user has")
	require.Len(t, s.Edits, 2)
	assert.Equal(t, "caller.policies[0]", s.Edits[1].Source)
	assert.Equal(t, eval.Allowed, rerun(t, doc, c, s))
}

func TestServiceRestrictionHasNoEdit(t *testing.T) {
	doc := presetDoc(t, "token-app-session-policy")
	a, err := advise.AdviseCheck(doc, check("iam:GetUser", "arn:aws:iam::123456789012:user/token-app"))
	require.NoError(t, err)
	assert.Empty(t, a.Suggestions)
	require.Len(t, a.Notes, 1)
	assert.Contains(t, a.Notes[0], "cannot call IAM")
}

func TestExplicitDeny(t *testing.T) {
	doc := presetDoc(t, "token-app-session-policy")
	policy := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}`
	doc.Request.Policy = &policy
	c := check("s3:DeleteObject", "arn:aws:s3:::productionapp/a.txt")
	a, err := advise.AdviseCheck(doc, c)
	require.NoError(t, err)
	assert.Equal(t, eval.ExplicitDeny, a.Decision)
	require.Len(t, a.Suggestions, 1)
	s := a.Suggestions[0]
	assert.Equal(t, advise.KindRemoveDeny, s.Kind)
	assert.Equal(t, advise.OpRemoveStatement, s.Edits[0].Op)
	assert.Equal(t, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`, s.Edits[0].After)
	assert.Equal(t, eval.Allowed, rerun(t, doc, c, s))
}

func TestNoSessionPolicyGetsOne(t *testing.T) {
	doc := presetDoc(t, "token-app-no-session-policy")
	c := check("s3:GetObject", "arn:aws:s3:::productionapp/a.txt")
	a, err := advise.AdviseCheck(doc, c)
	require.NoError(t, err)
	require.NotEmpty(t, a.Suggestions)
	e := a.Suggestions[0].Edits[0]
	assert.Equal(t, "", e.Before)
	assert.Contains(t, e.After, `"Version": "2012-10-17"`)
	assert.Equal(t, eval.Allowed, rerun(t, doc, c, a.Suggestions[0]))
}

func TestAllowedGetsNothing(t *testing.T) {
	doc := presetDoc(t, "token-app-session-policy")
	a, err := advise.AdviseCheck(doc, check("s3:GetObject", "arn:aws:s3:::productionapp/a.txt"))
	require.NoError(t, err)
	assert.Equal(t, eval.Allowed, a.Decision)
	assert.Empty(t, a.Suggestions)
}

func TestAdviseByIndex(t *testing.T) {
	p, _ := scenario.PresetByName("token-app-session-policy")
	a, err := advise.Advise(p.Scenario, 4)
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:s3:::otherbucket/a.txt", a.Resource)
	assert.NotEmpty(t, a.Suggestions)
	_, err = advise.Advise(p.Scenario, 99)
	assert.ErrorContains(t, err, "checks[99]")
	_, err = advise.AdviseCheck(presetDoc(t, "manager-name-denied"), check("s3:GetObject", "*"))
	assert.ErrorContains(t, err, "AccessDenied")
}

func TestExpiredCheckHasNoAdvice(t *testing.T) {
	doc := `{"clock": "2026-01-01T00:00:00Z", "caller": {"name": "u", "policies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]},
"request": {"Name": "Carol", "DurationSeconds": 900},
"checks": [{"action": "s3:GetObject", "resource": "*", "at": "2026-01-01T01:00:00Z"}]}`
	_, err := advise.Advise([]byte(doc), 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ExpiredToken")
}
