package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

func TestOrganizationPaths(t *testing.T) {
	o := NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{
		acct:           {"ou-ab12-11111111", "ou-ab12-22222222"},
		"999999999999": nil,
	})
	tests := []struct {
		account string
		member  bool
		path    string
		levels  []string
	}{
		{acct, true, "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/", []string{"r-ab12", "ou-ab12-11111111", "ou-ab12-22222222", acct}},
		{"999999999999", true, "o-a1b2c3d4e5/r-ab12/", []string{"r-ab12", "999999999999"}},
		{"111111111111", true, "o-a1b2c3d4e5/r-ab12/", []string{"r-ab12", "111111111111"}},
		{other, false, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.account, func(t *testing.T) {
			assert.Equal(t, tc.member, o.Member(tc.account))
			assert.Equal(t, tc.path, o.Path(tc.account))
			assert.Equal(t, tc.levels, o.Levels(tc.account))
		})
	}
	var none *Organization
	assert.False(t, none.Member(acct))
	assert.Empty(t, none.Path(acct))
}

// TestOrganizationKeys evaluates conditions on the organization keys of
// the session (aws:PrincipalOrgID, aws:PrincipalOrgPaths) and of the
// resource's owner (aws:ResourceOrgID, aws:ResourceOrgPaths).
func TestOrganizationKeys(t *testing.T) {
	o := NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{
		acct:           {"ou-ab12-11111111"},
		"999999999999": nil,
	})
	const partner, outside = "arn:aws:s3:::partnerbucket", "arn:aws:s3:::outsidebucket"
	allowIf := func(op, key, value string) string {
		return doc(`{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"` + op + `":{"` + key + `":"` + value + `"}}}`)
	}
	grantAccount := doc(`{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"s3:*","Resource":"*"}`)
	tests := []struct {
		name     string
		session  string
		resource string
		context  *reqctx.Context
		want     Decision
	}{
		{"aws:PrincipalOrgID is the organization's id", allowIf("StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5"), "*", nil, Allowed},
		{"aws:PrincipalOrgID differs", allowIf("StringEquals", "aws:PrincipalOrgID", "o-zzzzzzzzzz"), "*", nil, ImplicitDeny},
		{"aws:PrincipalOrgPaths holds the account's OU path", allowIf("ForAnyValue:StringLike", "aws:PrincipalOrgPaths", "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"), "*", nil, Allowed},
		{"a check's context overrides aws:PrincipalOrgID", allowIf("StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5"), "*", kv("aws:PrincipalOrgID", "o-other00000"), ImplicitDeny},
		{"aws:ResourceOrgID of a member's resource", allowIf("StringEquals", "aws:ResourceOrgID", "o-a1b2c3d4e5"), partner + "/k", nil, Allowed},
		{"aws:ResourceOrgPaths of a member directly under the root", allowIf("ForAnyValue:StringEquals", "aws:ResourceOrgPaths", "o-a1b2c3d4e5/r-ab12/"), partner + "/k", nil, Allowed},
		{"aws:ResourceOrgID is absent for an account outside", allowIf("StringEquals", "aws:ResourceOrgID", "o-a1b2c3d4e5"), outside + "/k", nil, ImplicitDeny},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, "Carol").identity(tokenAppPolicy).session(tc.session).
				owned(partner, "999999999999").resource(partner, "999999999999", grantAccount).
				owned(outside, other).resource(outside, other, grantAccount)
			s := f.build()
			s.Org = o
			SetPrincipalOrg(s.Context, o, s.Account)
			r := Request{Action: "s3:GetObject", Resource: tc.resource, Context: tc.context}
			assert.Equal(t, tc.want, Explain(s, r).Decision)
			assert.Equal(t, tc.want, Decide(s, r))
		})
	}
}
