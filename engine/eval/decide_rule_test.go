package eval

import (
	"testing"

	"github.com/stsplay/stsplay/engine/principal"
)

func TestDecideRuleAgreesWithExplain(t *testing.T) {
	s := &Session{Session: principal.Session{Account: "123456789012", Name: "Jean",
		Caller: principal.Caller{Type: principal.IAMUser, Account: "123456789012", UserName: "token-app"}}}
	for _, a := range []string{"s3:GetObject", "sts:GetCallerIdentity", "iam:GetUser"} {
		r := Request{Action: a, Resource: "*"}
		d, rule := DecideRule(s, r)
		x := Explain(s, r)
		if d != x.Decision || rule != x.Explanation.Rule {
			t.Errorf("%s: DecideRule gives %s/%s, Explain %s/%s", a, d, rule, x.Decision, x.Explanation.Rule)
		}
	}
	if d, rule := DecideRule(nil, Request{}); d != ImplicitDeny || rule != RuleNotAllowed {
		t.Errorf("nil session: %s/%s", d, rule)
	}
}
