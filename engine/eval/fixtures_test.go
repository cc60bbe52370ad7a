package eval

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// The seed policies, word for word from AWS's pages on GetFederationToken
// ("Permissions for GetFederationToken", "Granting Permissions to Create
// Temporary Security Credentials", the GetFederationToken example of
// Jean).
const (
	// tokenAppPolicy is the "Example Policy Attached to IAM User token-app
	// that Calls GetFederationToken".
	tokenAppPolicy = `{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*" }, { "Effect": "Allow", "Action": "dynamodb:*", "Resource": "*" }, { "Effect": "Allow", "Action": "sqs:*", "Resource": "*" }, { "Effect": "Allow", "Action": "s3:*", "Resource": "*" }, { "Effect": "Allow", "Action": "sns:*", "Resource": "*" } ] }`

	// productionAppSession is the "Example Session Passed as Parameter of
	// GetFederationToken API call".
	productionAppSession = `{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::productionapp"] }, { "Effect": "Allow", "Action": [ "s3:GetObject", "s3:PutObject", "s3:DeleteObject" ], "Resource": ["arn:aws:s3:::productionapp/*"] } ] }`

	// carolBucketPolicy is the "Example Bucket Policy that Allows Access to
	// Federated User", with ACCOUNT-ID-WITHOUT-HYPHENS = 123456789012.
	carolBucketPolicy = `{ "Version": "2012-10-17", "Statement": { "Principal": {"AWS": "arn:aws:sts::123456789012:federated-user/Carol"}, "Effect": "Allow", "Action": [ "s3:GetObject", "s3:PutObject", "s3:DeleteObject" ], "Resource": ["arn:aws:s3:::productionapp/*"] } }`

	// managerPolicy is "A policy that grants a user limited permission to
	// create temporary security credentials for federated users".
	managerPolicy = `{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": ["arn:aws:sts::123456789012:federated-user/Manager*"] }] }`

	// jeanSession is the Policy of Jean's example request.
	jeanSession = `{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`
)

// The account of the seeds.
const (
	acct  = "123456789012"
	other = "111122223333"
)

// fixedTime is the time of every test request, so that golden files are
// stable.
var fixedTime = time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)

// ref parses a policy for a test and fails on errors.
func ref(t testing.TB, source, text string, kind policy.Kind) PolicyRef {
	t.Helper()
	p, diags := policy.Parse(text, kind)
	require.False(t, policy.HasErrors(diags), "policy %s: %v", source, diags)
	return PolicyRef{Source: source, Policy: p, Diagnostics: diags}
}

// doc builds a policy document from statements.
func doc(statements ...string) string {
	return `{"Version":"2012-10-17","Statement":[` + strings.Join(statements, ",") + `]}`
}

// fixture builds a session step by step.
type fixture struct {
	t        testing.TB
	s        *Session
	sessions int
	ids      int
}

// newFixture starts a session of token-app named name in the seed account.
func newFixture(t testing.TB, name string) *fixture {
	return &fixture{t: t, s: &Session{Session: principal.Session{
		Partition: "aws", Account: acct, Name: name, Issued: fixedTime,
		Caller: principal.Caller{Type: principal.IAMUser, Account: acct, UserName: "token-app"},
	}}}
}

// root makes the account root user the caller.
func (f *fixture) root() *fixture {
	f.s.Caller = principal.Caller{Type: principal.Root, Account: acct}
	return f
}

// identity adds an identity policy.
func (f *fixture) identity(text string) *fixture {
	f.s.Identity = append(f.s.Identity, ref(f.t, "caller.policies["+strconv.Itoa(f.ids)+"]", text, policy.Identity))
	f.ids++
	return f
}

// boundary sets the permissions boundary.
func (f *fixture) boundary(text string) *fixture {
	b := ref(f.t, "caller.permissionsBoundary", text, policy.Boundary)
	f.s.Boundary = &b
	return f
}

// session adds a session policy (the inline Policy first, then PolicyArns).
func (f *fixture) session(text string) *fixture {
	src := "request.Policy"
	if f.sessions > 0 {
		src = "request.PolicyArns[" + strconv.Itoa(f.sessions-1) + "]"
	}
	f.s.SessionPolicies = append(f.s.SessionPolicies, ref(f.t, src, text, policy.Session))
	f.sessions++
	return f
}

// resource adds a resource-based policy attached to arn in account.
func (f *fixture) resource(arn, account, text string) *fixture {
	r := ref(f.t, "resourcePolicies["+strconv.Itoa(len(f.s.Resources))+"]", text, policy.Resource)
	f.s.Resources = append(f.s.Resources, ResourcePolicy{PolicyRef: r, AttachedTo: arn, Account: account})
	return f
}

// owned states that account owns arn, with tags.
func (f *fixture) owned(arn, account string, tags ...principal.Tag) *fixture {
	f.s.Owned = append(f.s.Owned, Resource{Source: "resources[" + strconv.Itoa(len(f.s.Owned)) + "]", ARN: arn, Account: account, Context: ResourceContext(tags)})
	return f
}

// tags sets the user's and the session's tags.
func (f *fixture) tags(user, session []principal.Tag) *fixture {
	f.s.Caller.Tags, f.s.Tags = user, session
	return f
}

// build returns the session with its context.
func (f *fixture) build() *Session {
	f.s.Context = SessionContext(f.s.Session, fixedTime.Add(time.Minute), "")
	return f.s
}

// kv builds a request context from key/value pairs.
func kv(pairs ...string) *reqctx.Context {
	c := reqctx.New()
	for i := 0; i+1 < len(pairs); i += 2 {
		c.Set(pairs[i], pairs[i+1])
	}
	return c
}
