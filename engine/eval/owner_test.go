package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/principal"
)

// TestResourceOwner covers RULES.md#resource-owner: a resource whose owner
// the scenario states is cross-account when that owner is another account,
// with or without a resource-based policy, and it brings aws:ResourceAccount
// and aws:ResourceTag/… to the request.
func TestResourceOwner(t *testing.T) {
	const partner = "arn:aws:s3:::partnerbucket"
	grantSession := doc(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:sts::123456789012:federated-user/Carol"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::partnerbucket/*"}`)
	onlyProd := doc(`{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/stage":"prod"}}}`)
	onlyOwnAccount := doc(`{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceAccount":"123456789012"}}}`, `{"Effect":"Allow","Action":"s3:*","Resource":"*"}`)
	prod := principal.Tag{Key: "Stage", Value: "prod"}
	tests := []struct {
		name     string
		build    func(*fixture) *fixture
		resource string
		context  *reqctx.Context
		want     Decision
		rule     string
		owner    string
	}{
		{"another account's bucket without a policy is cross-account", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession).owned(partner, other)
		}, partner + "/a.txt", nil, ImplicitDeny, RuleCrossAccountMissing, "resources[0]"},
		{"the bucket itself", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession).owned(partner, other)
		}, partner, nil, ImplicitDeny, RuleCrossAccountMissing, "resources[0]"},
		{"without the entry the S3 ARN is taken as same-account", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession)
		}, partner + "/a.txt", nil, Allowed, RuleIdentitySession, ""},
		{"an entry in the session's own account changes nothing", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession).owned(partner, acct)
		}, partner + "/a.txt", nil, Allowed, RuleIdentitySession, "resources[0]"},
		{"another bucket whose name starts the same is not governed", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession).owned(partner, other)
		}, partner + "2/a.txt", nil, Allowed, RuleIdentitySession, ""},
		{"a policy of the owner naming the session, and the identity side, allow", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(jeanSession).owned(partner, other).resource(partner, other, grantSession)
		}, partner + "/a.txt", nil, Allowed, RuleCrossAccount, "resources[0]"},
		{"the owner's grant to the session does not skip the identity side", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).owned(partner, other).resource(partner, other, grantSession)
		}, partner + "/a.txt", nil, ImplicitDeny, RuleCrossAccountMissing, "resources[0]"},
		{"aws:ResourceTag matches the entry's tag, key in any case", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(onlyProd).owned(partner, acct, prod)
		}, partner + "/a.txt", nil, Allowed, RuleIdentitySession, "resources[0]"},
		{"aws:ResourceTag is missing without an entry", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(onlyProd)
		}, partner + "/a.txt", nil, ImplicitDeny, RuleNotAllowed, ""},
		{"a check's context overrides aws:ResourceTag", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(onlyProd).owned(partner, acct, prod)
		}, partner + "/a.txt", kv("aws:ResourceTag/stage", "dev"), ImplicitDeny, RuleNotAllowed, "resources[0]"},
		{"aws:ResourceAccount is the entry's account", func(f *fixture) *fixture {
			return f.identity(tokenAppPolicy).session(onlyOwnAccount).owned(partner, other).resource(partner, other, grantSession)
		}, partner + "/a.txt", nil, ExplicitDeny, RuleExplicitDeny, "resources[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.build(newFixture(t, "Carol")).build()
			r := Request{Action: "s3:GetObject", Resource: tc.resource, Context: tc.context}
			x := Explain(s, r)
			assert.Equal(t, tc.want, x.Decision)
			assert.Equal(t, tc.rule, x.Explanation.Rule)
			assert.Equal(t, tc.owner, x.Explanation.ResourceOwner)
			assert.Equal(t, tc.want, Decide(s, r), "Decide agrees with Explain")
		})
	}
}
