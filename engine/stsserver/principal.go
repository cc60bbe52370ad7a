package stsserver

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
	"time"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/sts"
)

// principal is a configured user ready to sign requests: the user, its
// decoded world (the scenario document of its GetFederationToken calls) and
// its parsed policies.
type principal struct {
	user     *User
	doc      *scenario.Document
	caller   sts.Caller
	identity []eval.PolicyRef
	boundary *eval.PolicyRef
	managed  map[string]string
}

// newPrincipal decodes users[i] of c.
func newPrincipal(c *Config, i int) (*principal, error) {
	doc, err := c.document(i, nil)
	if err != nil {
		return nil, err
	}
	u := &c.Users[i]
	p := &principal{
		user: u,
		doc:  doc,
		caller: sts.Caller{
			Type:      sts.CallerType(doc.Caller.Type),
			Account:   doc.Account,
			Partition: doc.Partition,
			UserName:  doc.Caller.Name,
			Path:      u.Path,
		},
		managed: map[string]string{},
	}
	if p.caller.IsRoot() {
		p.caller.UserName = ""
	}
	// IAM refuses to save a policy with errors, so a configuration holding
	// one describes an account that cannot exist; it is refused at start,
	// as scenario.RunDocument refuses such a scenario.
	var bad error
	parse := func(pt scenario.PolicyText, kind policy.Kind) eval.PolicyRef {
		pol, diags := policy.Parse(pt.Text, kind)
		if bad == nil && policy.HasErrors(diags) {
			bad = storedPolicyError(i, pt.Source, diags)
		}
		return eval.PolicyRef{Source: pt.Source, Policy: pol, Diagnostics: diags}
	}
	for _, pt := range doc.Caller.Policies {
		p.identity = append(p.identity, parse(pt, policy.Identity))
	}
	if doc.Caller.Boundary != nil {
		b := parse(*doc.Caller.Boundary, policy.Boundary)
		p.boundary = &b
	}
	for _, m := range doc.ManagedPolicies {
		parse(m.Policy, policy.Identity)
		p.managed[m.ARN] = m.Policy.Text
	}
	for _, rp := range doc.ResourcePolicies {
		parse(rp.Policy, policy.Resource)
	}
	return p, bad
}

// storedPolicyError reports the first error of a configured policy, named
// in the configuration's terms ("users[0].policies[1]",
// "managedPolicies[\"arn:…\"]", "resourcePolicies[0]").
func storedPolicyError(i int, source string, diags []policy.Diagnostic) error {
	if rest, ok := strings.CutPrefix(source, "caller."); ok {
		source = fmt.Sprintf("users[%d].%s", i, rest)
	}
	for _, d := range diags {
		if d.Severity == policy.SeverityError {
			return &ConfigError{Path: source, Message: fmt.Sprintf("IAM would refuse to save this policy: %s (line %d, column %d)", d.Message, d.Line, d.Column)}
		}
	}
	return &ConfigError{Path: source, Message: "IAM would refuse to save this policy"}
}

// arn returns the principal's ARN: arn:aws:iam::ACCT:user/PATH/NAME or
// arn:aws:iam::ACCT:root.
func (p *principal) arn() string { return p.caller.ARN() }

// userID returns the unique id GetCallerIdentity reports: the configured
// one, the account id for the root user ("UserId … for the root user is the
// account id", STS API Reference, GetCallerIdentity examples), or an id of
// IAM's shape ("AIDA" and 17 characters of [A-Z2-7], IAM User Guide,
// "Unique identifiers") derived from the account and the name, since the
// real one cannot be known.
func (p *principal) userID() string {
	if p.user.UserID != "" {
		return p.user.UserID
	}
	if p.caller.IsRoot() {
		return p.caller.Account
	}
	sum := sha256.Sum256([]byte("stsplay-iam-user-id:" + p.caller.Account + ":" + p.caller.ARN()))
	return "AIDA" + base32.StdEncoding.EncodeToString(sum[:])[:17]
}

// evalCaller is the caller as the evaluator sees it at time now: its
// policies, boundary and request context (aws:PrincipalArn, aws:username,
// aws:userid, aws:PrincipalTag/…, aws:CurrentTime).
func (p *principal) evalCaller(now time.Time) *eval.Caller {
	tags := make([]eval.Tag, 0, len(p.doc.Caller.Tags))
	for _, t := range p.doc.Caller.Tags {
		tags = append(tags, eval.Tag{Key: t.Key, Value: t.Value})
	}
	return &eval.Caller{
		Account:   p.caller.Account,
		Partition: p.caller.Partition,
		Type:      eval.CallerType(p.caller.Type),
		Name:      p.caller.UserName,
		Identity:  p.identity,
		Boundary:  p.boundary,
		Context: eval.CallerContext(eval.CallerParams{
			Account:     p.caller.Account,
			Partition:   p.caller.Partition,
			Type:        eval.CallerType(p.caller.Type),
			Name:        p.caller.UserName,
			Path:        p.caller.Path,
			UserID:      p.user.UserID, // as scenario.RunDocument: absent unless configured
			Tags:        tags,
			CurrentTime: now,
		}),
	}
}

// authorizer decides the caller's sts:GetFederationToken and sts:TagSession
// permissions with the evaluator (identity ∧ boundary, explicit deny
// first), the request's tags supplying aws:RequestTag/… and aws:TagKeys.
func (p *principal) authorizer(now time.Time) sts.Authorizer {
	caller := p.evalCaller(now)
	return func(r sts.AuthRequest) bool {
		tags := make([]eval.Tag, 0, len(r.Tags))
		for _, t := range r.Tags {
			tags = append(tags, eval.Tag{Key: t.Key, Value: t.Value})
		}
		d := eval.DecideCaller(caller, eval.Request{Action: r.Action, Resource: r.Resource, Context: eval.TagRequestContext(tags)})
		return d == eval.Allowed
	}
}
