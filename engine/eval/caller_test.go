package eval

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// caller builds the IAM user token-app with its context.
func caller(t testing.TB, identity []string, boundary string) *Caller {
	c := &Caller{Caller: principal.Caller{Account: acct, Type: principal.IAMUser, UserName: "token-app", UserID: "AIDAJQABLZS4A3QDU576Q", Tags: []principal.Tag{{Key: "team", Value: "blue"}}}}
	for i, text := range identity {
		c.Identity = append(c.Identity, ref(t, "caller.policies["+strconv.Itoa(i)+"]", text, policy.Identity))
	}
	if boundary != "" {
		b := ref(t, "caller.permissionsBoundary", boundary, policy.Boundary)
		c.Boundary = &b
	}
	c.Context = CallerContext(c.Caller, fixedTime, "")
	return c
}

func gft(name string) Request {
	return Request{Action: "sts:GetFederationToken", Resource: "arn:aws:sts::123456789012:federated-user/" + name}
}

func TestDecideCaller(t *testing.T) {
	tagSession := `{"Effect":"Allow","Action":"sts:TagSession","Resource":"*","Condition":{"StringEquals":{"aws:RequestTag/project":"alpha"},"ForAllValues:StringEquals":{"aws:TagKeys":["project"]}}}`
	cases := []struct {
		name     string
		identity []string
		boundary string
		root     bool
		req      Request
		want     Decision
		rule     string
	}{
		{"seed Manager* denies Jean", []string{managerPolicy}, "", false, gft("Jean"), ImplicitDeny, RuleNotAllowed},
		{"seed Manager* allows Manager-Ann", []string{managerPolicy}, "", false, gft("Manager-Ann"), Allowed, RuleIdentityBoundary},
		{"seed Manager* is case-sensitive", []string{managerPolicy}, "", false, gft("manager-ann"), ImplicitDeny, RuleNotAllowed},
		{"seed token-app policy allows any name", []string{tokenAppPolicy}, "", false, gft("Jean"), Allowed, RuleIdentityBoundary},
		{"seed grant policy", []string{`{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*" }] }`}, "", false, gft("Bob"), Allowed, RuleIdentityBoundary},
		{"no policy", nil, "", false, gft("Jean"), ImplicitDeny, RuleNotAllowed},
		{"explicit deny in identity", []string{tokenAppPolicy, doc(`{"Effect":"Deny","Action":"sts:GetFederationToken","Resource":"arn:aws:sts::123456789012:federated-user/Jean"}`)}, "", false, gft("Jean"), ExplicitDeny, RuleExplicitDeny},
		{"explicit deny in boundary", []string{tokenAppPolicy}, doc(allowAll, `{"Effect":"Deny","Action":"sts:*","Resource":"*"}`), false, gft("Jean"), ExplicitDeny, RuleExplicitDeny},
		{"boundary does not allow", []string{tokenAppPolicy}, doc(allowS3), false, gft("Jean"), ImplicitDeny, RuleNotAllowed},
		{"boundary allows", []string{tokenAppPolicy}, doc(allowGFT), false, gft("Jean"), Allowed, RuleIdentityBoundary},
		{"boundary alone grants nothing", nil, doc(allowGFT), false, gft("Jean"), ImplicitDeny, RuleNotAllowed},
		{"root caller", nil, "", true, gft("Jean"), Allowed, RuleRootCaller},
		{"username variable", []string{doc(`{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"arn:aws:sts::123456789012:federated-user/${aws:username}-*"}`)}, "", false, gft("token-app-1"), Allowed, RuleIdentityBoundary},
		{"principal tag condition", []string{doc(`{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/Team":"blue"}}}`)}, "", false, gft("Jean"), Allowed, RuleIdentityBoundary},
		{"TagSession with allowed tags", []string{doc(tagSession)}, "", false,
			Request{Action: "sts:TagSession", Resource: "arn:aws:sts::123456789012:federated-user/Jean", Context: TagRequestContext([]principal.Tag{{Key: "project", Value: "alpha"}})}, Allowed, RuleIdentityBoundary},
		{"TagSession with other tags", []string{doc(tagSession)}, "", false,
			Request{Action: "sts:TagSession", Resource: "arn:aws:sts::123456789012:federated-user/Jean", Context: TagRequestContext([]principal.Tag{{Key: "project", Value: "alpha"}, {Key: "cost", Value: "1"}})}, ImplicitDeny, RuleNotAllowed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := caller(t, tc.identity, tc.boundary)
			if tc.root {
				root := principal.Caller{Account: acct, Type: principal.Root}
				c = &Caller{Caller: root, Context: CallerContext(root, time.Time{}, "")}
			}
			assert.Equal(t, tc.want, DecideCaller(c, tc.req))
			res := ExplainCaller(c, tc.req)
			assert.Equal(t, tc.want, res.Decision)
			x := res.Explanation
			assert.Equal(t, tc.rule, x.Rule)
			assert.Equal(t, PrincipalCaller, x.Principal)
			require.Len(t, x.Steps, 3)
			for _, s := range x.Steps {
				assert.NotEmpty(t, s.Finding, s.ID)
			}
			if tc.want != ImplicitDeny && !tc.root {
				assert.NotEmpty(t, x.Deciding)
			}
		})
	}
}

func TestDecideCallerNil(t *testing.T) {
	assert.Equal(t, ImplicitDeny, DecideCaller(nil, gft("Jean")))
	assert.Equal(t, ImplicitDeny, ExplainCaller(nil, gft("Jean")).Decision)
}
