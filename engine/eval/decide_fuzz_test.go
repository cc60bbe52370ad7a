package eval

import (
	"testing"

	"github.com/stsplay/stsplay/engine/policy"
)

// FuzzExplain runs arbitrary policy texts (as every kind of policy) and
// requests through Decide and Explain: neither may panic, and both must
// reach the same decision.
func FuzzExplain(f *testing.F) {
	f.Add(tokenAppPolicy, productionAppSession, carolBucketPolicy, "s3:GetObject", object)
	f.Add(managerPolicy, jeanSession, doc(principalStmt("Deny", `"*"`, "s3:*")), "sts:GetCallerIdentity", "*")
	f.Add(doc(denyAll), `{"Statement":{"Effect":"Allow","NotAction":"iam:*","NotResource":"x"}}`, `{`, "iam:GetUser", "arn:aws:iam::123456789012:user/x")
	f.Add(doc(`{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::${aws:userid}/*","Condition":{"StringLike":{"aws:PrincipalTag/x":"${aws:username}"}}}`), doc(allowAll), doc(`{"Effect":"Allow","NotPrincipal":{"AWS":"1"},"Action":"*"}`), "s3:PutObject", "arn:aws:s3:::123456789012:Carol/k")
	f.Fuzz(func(t *testing.T, identity, session, resource, action, target string) {
		s := newFixture(t, "Carol").build()
		for _, text := range []struct {
			text string
			kind policy.Kind
		}{{identity, policy.Identity}, {session, policy.Session}, {identity, policy.Boundary}, {resource, policy.Resource}} {
			p, diags := policy.Parse(text.text, text.kind)
			r := PolicyRef{Source: text.kind.String(), Policy: p, Diagnostics: diags}
			switch text.kind {
			case policy.Identity:
				s.Identity = append(s.Identity, r)
			case policy.Session:
				s.SessionPolicies = append(s.SessionPolicies, r)
			case policy.Boundary:
				s.Boundary = &r
			case policy.Resource:
				s.Resources = append(s.Resources, ResourcePolicy{PolicyRef: r, AttachedTo: bucket, Account: acct})
			}
		}
		req := Request{Action: action, Resource: target}
		d := Decide(s, req)
		res := Explain(s, req)
		if d != res.Decision {
			t.Fatalf("Decide %s, Explain %s", d, res.Decision)
		}
		c := &Caller{Caller: s.Caller, Identity: s.Identity, Boundary: s.Boundary}
		if dc, ec := DecideCaller(c, req), ExplainCaller(c, req).Decision; dc != ec {
			t.Fatalf("DecideCaller %s, ExplainCaller %s", dc, ec)
		}
	})
}
