package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/policy"
)

// TestServiceControlPolicies covers RULES.md#service-control-policies and
// RULES.md#scp-not-allowed: every level of the path must allow, a level
// without an entry has FullAWSAccess, a Deny anywhere is explicit, and the
// management account is exempt.
func TestServiceControlPolicies(t *testing.T) {
	const ou = "ou-ab12-11111111"
	full := func(t testing.TB, src string) PolicyRef {
		r := ref(t, src, FullAWSAccess, policy.Identity)
		r.Name = "FullAWSAccess"
		return r
	}
	denyRegion := doc(`{"Sid":"DenyOutsideEU","Effect":"Deny","NotAction":"sts:*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}`)
	allowS3 := doc(`{"Effect":"Allow","Action":["s3:GetObject","sts:GetFederationToken"],"Resource":"*"}`)
	denyList := doc(`{"Effect":"Deny","Action":"dynamodb:*","Resource":"*"}`)
	type attach map[string][]string // target → policy texts ("" = FullAWSAccess)
	tests := []struct {
		name     string
		account  string
		scps     attach
		enabled  bool
		action   string
		region   string
		want     Decision
		rule     string
		defaults []string
	}{
		{"SCPs not enabled restrict nothing", acct, nil, false, "sqs:SendMessage", "", Allowed, RuleIdentitySession, nil},
		{"no entries: FullAWSAccess at every level", acct, attach{}, true, "sqs:SendMessage", "", Allowed, RuleIdentitySession, []string{"r-ab12", ou, acct}},
		{"an allow-list at the OU that forgot an action", acct, attach{ou: {allowS3}}, true, "sqs:SendMessage", "", ImplicitDeny, RuleSCPNotAllowed, []string{"r-ab12", acct}},
		{"the allow-list allows what it lists", acct, attach{ou: {allowS3}}, true, "s3:GetObject", "", Allowed, RuleIdentitySession, []string{"r-ab12", acct}},
		{"a Deny list as a level's only SCP allows nothing", acct, attach{acct: {denyList}}, true, "s3:GetObject", "", ImplicitDeny, RuleSCPNotAllowed, []string{"r-ab12", ou}},
		{"FullAWSAccess with a Deny list allows the rest", acct, attach{acct: {"", denyList}}, true, "s3:GetObject", "", Allowed, RuleIdentitySession, []string{"r-ab12", ou}},
		{"and its Deny is an explicit deny", acct, attach{acct: {"", denyList}}, true, "dynamodb:GetItem", "", ExplicitDeny, RuleExplicitDeny, []string{"r-ab12", ou}},
		{"a deny-region SCP at the root denies another region", acct, attach{"r-ab12": {"", denyRegion}}, true, "s3:GetObject", "us-east-1", ExplicitDeny, RuleExplicitDeny, []string{ou, acct}},
		{"and allows its region", acct, attach{"r-ab12": {"", denyRegion}}, true, "s3:GetObject", "eu-west-1", Allowed, RuleIdentitySession, []string{ou, acct}},
		{"the management account is not affected", "111111111111", attach{"r-ab12": {denyList}}, true, "dynamodb:GetItem", "", Allowed, RuleIdentitySession, nil},
		{"an account outside the organization is not affected", other, attach{"r-ab12": {denyList}}, true, "dynamodb:GetItem", "", Allowed, RuleIdentitySession, nil},
		{"sts:GetCallerIdentity is always allowed", acct, attach{"r-ab12": {denyList}}, true, "sts:GetCallerIdentity", "", Allowed, RuleGetCallerIdentity, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{acct: {ou}})
			if tc.enabled {
				o.EnableSCPs()
			}
			i := 0
			for target, texts := range tc.scps {
				var refs []PolicyRef
				for _, text := range texts {
					src := "organization.serviceControlPolicies[" + string(rune('0'+i)) + "]"
					if text == "" {
						refs = append(refs, full(t, src))
					} else {
						refs = append(refs, ref(t, src, text, policy.Identity))
					}
					i++
				}
				o.AttachSCPs(target, refs)
			}
			f := newFixture(t, "Carol").identity(doc(`{"Effect":"Allow","Action":"*","Resource":"*"}`)).session(doc(`{"Effect":"Allow","Action":"*","Resource":"*"}`))
			f.s.Account, f.s.Caller.Account = tc.account, tc.account
			s := f.build()
			s.Org = o
			r := Request{Action: tc.action, Resource: "*"}
			if tc.region != "" {
				r.Context = kv("aws:RequestedRegion", tc.region)
			}
			x := Explain(s, r)
			assert.Equal(t, tc.want, x.Decision)
			assert.Equal(t, tc.rule, x.Explanation.Rule)
			assert.Equal(t, tc.want, Decide(s, r), "Decide agrees")
			var scp *SetTrace
			for i := range x.Explanation.Sets {
				if x.Explanation.Sets[i].Set == SetSCP {
					scp = &x.Explanation.Sets[i]
				}
			}
			applies := tc.enabled && tc.account == acct && tc.action != "sts:GetCallerIdentity"
			if !applies {
				if tc.action != "sts:GetCallerIdentity" {
					assert.Nil(t, scp, "no SCP set when SCPs do not bound the account")
				}
				return
			}
			require.NotNil(t, scp)
			var defaults []string
			for _, l := range scp.Levels {
				if l.Default {
					defaults = append(defaults, l.Target)
				}
			}
			assert.Equal(t, tc.defaults, defaults)
			var ids []string
			for _, st := range x.Explanation.Steps {
				ids = append(ids, st.ID)
			}
			assert.Contains(t, ids, StepServiceControlPolicies)
		})
	}
}

// TestSCPsBoundTheCaller checks that SCPs bound the IAM user's own
// GetFederationToken call, and that the caller's explanation starts with
// the SCP step.
func TestSCPsBoundTheCaller(t *testing.T) {
	o := NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{acct: nil})
	o.AttachSCPs(acct, []PolicyRef{ref(t, "organization.serviceControlPolicies[0].policies[0]", doc(`{"Effect":"Allow","Action":"s3:*","Resource":"*"}`), policy.Identity)})
	c := caller(t, []string{tokenAppPolicy}, "")
	c.Org = o
	x := ExplainCaller(c, gft("Carol"))
	assert.Equal(t, ImplicitDeny, x.Decision)
	assert.Equal(t, RuleSCPNotAllowed, x.Explanation.Rule)
	require.NotEmpty(t, x.Explanation.Steps)
	assert.Equal(t, Step{ID: StepServiceControlPolicies, Outcome: OutcomeDecided, Finding: FindingSCPNotAllowed}, x.Explanation.Steps[0])
	assert.Equal(t, ImplicitDeny, DecideCaller(c, gft("Carol")))

	o.AttachSCPs(acct, []PolicyRef{ref(t, "organization.serviceControlPolicies[0].policies[0]", FullAWSAccess, policy.Identity)})
	assert.Equal(t, Allowed, DecideCaller(c, gft("Carol")))
}
