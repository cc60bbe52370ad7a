package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKeyPolicy covers RULES.md#key-policy and RULES.md#key-policy-no-account.
func TestKeyPolicy(t *testing.T) {
	const key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
	stmt := func(principal string) string {
		return doc(`{"Effect":"Allow","Principal":{"AWS":"` + principal + `"},"Action":"kms:*","Resource":"*"}`)
	}
	allowKMS := doc(`{"Effect":"Allow","Action":"kms:*","Resource":"*"}`)
	tests := []struct {
		name      string
		keyPolicy string // "" = none given
		session   string
		action    string
		want      Decision
		rule      string
		note      string
	}{
		{"no key policy: the default one lets IAM policies decide", "", allowKMS, "kms:Decrypt", Allowed, RuleIdentitySession, NoteDefaultKeyPolicy},
		{"a key policy allowing the account root lets IAM policies decide", stmt("arn:aws:iam::123456789012:root"), allowKMS, "kms:Decrypt", Allowed, RuleIdentitySession, NoteAccountDelegates},
		{"a key policy allowing the account id lets IAM policies decide", stmt("123456789012"), allowKMS, "kms:Decrypt", Allowed, RuleIdentitySession, NoteAccountDelegates},
		{"a key policy without the account: IAM policies do not count", stmt("arn:aws:iam::123456789012:user/someone-else"), allowKMS, "kms:Decrypt", ImplicitDeny, RuleKeyPolicyNoAccount, NoteKeyPolicyNoAccount},
		{"a key policy naming the session grants by itself", stmt("arn:aws:sts::123456789012:federated-user/Carol"), doc(`{"Effect":"Allow","Action":"s3:*","Resource":"*"}`), "kms:Decrypt", Allowed, RuleResourceGrantSession, NoteKeyPolicyNoAccount},
		{"a key policy naming the IAM user is limited by the session policy", stmt("arn:aws:iam::123456789012:user/token-app"), doc(`{"Effect":"Allow","Action":"s3:*","Resource":"*"}`), "kms:Decrypt", ImplicitDeny, RuleKeyPolicyNoAccount, NoteKeyPolicyNoAccount},
		{"a key policy naming the IAM user, with the session policy allowing", stmt("arn:aws:iam::123456789012:user/token-app"), allowKMS, "kms:Decrypt", Allowed, RuleResourceGrantUser, NoteKeyPolicyNoAccount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, "Carol").identity(doc(`{"Effect":"Allow","Action":"*","Resource":"*"}`)).session(tc.session)
			if tc.keyPolicy != "" {
				f.resource(key, acct, tc.keyPolicy)
			}
			s := f.build()
			r := Request{Action: tc.action, Resource: key}
			x := Explain(s, r)
			assert.Equal(t, tc.want, x.Decision)
			assert.Equal(t, tc.rule, x.Explanation.Rule)
			assert.Equal(t, tc.want, Decide(s, r), "Decide agrees")
			for _, set := range x.Explanation.Sets {
				if set.Set == SetResource {
					assert.Equal(t, tc.note, set.Note)
				}
			}
		})
	}
	t.Run("other services are not affected", func(t *testing.T) {
		s := newFixture(t, "Carol").identity(allowKMS).session(allowKMS).
			resource("arn:aws:sqs:us-east-1:123456789012:q", acct, stmt("arn:aws:iam::123456789012:user/someone-else")).build()
		assert.False(t, keyPolicyApplies("sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:q"))
		assert.False(t, keyPolicyApplies("kms:ListKeys", "*"))
		assert.Equal(t, Allowed, Decide(s, Request{Action: "kms:Decrypt", Resource: "arn:aws:kms:us-east-1:123456789012:alias/x"}))
	})
}
