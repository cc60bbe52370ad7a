package eval_test

import (
	"fmt"
	"time"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// The seed example of "Permissions for GetFederationToken": token-app's
// policy intersected with the productionapp session policy.
func ExampleDecide() {
	identity, _ := policy.Parse(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}`, policy.Identity)
	session, _ := policy.Parse(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/*"}]}`, policy.Session)
	carol := principal.Session{
		Account: "123456789012", Name: "Carol", Issued: time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC),
		Caller: principal.Caller{Type: principal.IAMUser, Account: "123456789012", UserName: "token-app"},
	}
	s := &eval.Session{
		Session:         carol,
		Identity:        []eval.PolicyRef{{Source: "caller.policies[0]", Policy: identity}},
		SessionPolicies: []eval.PolicyRef{{Source: "request.Policy", Policy: session}},
		Context:         eval.SessionContext(carol, time.Date(2026, 11, 22, 1, 5, 0, 0, time.UTC), ""),
	}
	fmt.Println(eval.Decide(s, eval.Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::productionapp/a.txt"}))
	fmt.Println(eval.Decide(s, eval.Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}))
	res := eval.Explain(s, eval.Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"})
	fmt.Println(res.Explanation.Rule)
	// Output:
	// allowed
	// implicitDeny
	// notAllowed
}

// The seed's Manager* example: the IAM user may federate only names that
// start with Manager.
func ExampleDecideCaller() {
	p, _ := policy.Parse(`{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": ["arn:aws:sts::123456789012:federated-user/Manager*"] }] }`, policy.Identity)
	tokenApp := principal.Caller{Type: principal.IAMUser, Account: "123456789012", UserName: "token-app"}
	c := &eval.Caller{
		Caller:   tokenApp,
		Identity: []eval.PolicyRef{{Source: "caller.policies[0]", Policy: p}},
		Context:  eval.CallerContext(tokenApp, time.Time{}, ""),
	}
	for _, name := range []string{"Jean", "Manager-Ann"} {
		fmt.Println(name, eval.DecideCaller(c, eval.Request{Action: "sts:GetFederationToken", Resource: "arn:aws:sts::123456789012:federated-user/" + name}))
	}
	// Output:
	// Jean implicitDeny
	// Manager-Ann allowed
}
