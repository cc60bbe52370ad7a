package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stsplay/stsplay/engine/policy"
)

// TestResourceControlPolicies covers RULES.md#resource-control-policies: a
// Deny of an RCP on the owner's path is an explicit deny, for supported
// services only, not for the management account's resources nor for
// accounts outside the organization.
func TestResourceControlPolicies(t *testing.T) {
	denyAll := doc(`{"Sid":"DenyAll","Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}`)
	tests := []struct {
		name, owner, action, resource string
		want                          Decision
		traced                        bool
	}{
		{"a supported service in a member account", acct, "s3:GetObject", "arn:aws:s3:::b/k", ExplicitDeny, true},
		{"KMS is supported", acct, "kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k", ExplicitDeny, true},
		{"an unsupported service is not bounded", acct, "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:123456789012:table/t", Allowed, false},
		{"the management account's resources are not bounded", "111111111111", "s3:GetObject", "arn:aws:s3:::b/k", Allowed, false},
		{"an account outside the organization is not bounded", other, "s3:GetObject", "arn:aws:s3:::b/k", Allowed, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{acct: {"ou-ab12-11111111"}})
			o.AttachRCPs("ou-ab12-11111111", []PolicyRef{ref(t, "organization.resourceControlPolicies[0].policies[0]", denyAll, policy.Resource)})
			f := newFixture(t, "Carol").identity(doc(`{"Effect":"Allow","Action":"*","Resource":"*"}`)).session(doc(`{"Effect":"Allow","Action":"*","Resource":"*"}`))
			f.s.Account, f.s.Caller.Account = tc.owner, tc.owner
			s := f.build()
			s.Org = o
			r := Request{Action: tc.action, Resource: tc.resource}
			x := Explain(s, r)
			assert.Equal(t, tc.want, x.Decision)
			assert.Equal(t, tc.want, Decide(s, r))
			var traced bool
			for _, set := range x.Explanation.Sets {
				if set.Set == SetRCP {
					traced = true
					assert.Len(t, set.Levels, 3)
				}
			}
			assert.Equal(t, tc.traced, traced)
			if tc.want == ExplicitDeny {
				assert.Equal(t, SetRCP, x.Explanation.Deciding[0].Set)
			}
		})
	}
}
