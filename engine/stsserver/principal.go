package stsserver

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/scenario"
)

// principal is a configured user ready to sign requests: the user and the
// world of its GetFederationToken calls (its policies, boundary, tags and
// the account's managed and resource policies), built by the scenario
// package exactly as for a scenario run, so that the endpoint and the
// playground answer the same call with the same bytes.
type principal struct {
	user  *User
	world *scenario.World
}

// newPrincipal builds users[i] of c from the scenario decoder's reading
// of the configuration. IAM refuses to save a policy with errors, so a
// configuration holding one describes an account that cannot exist: it is
// refused at start, as a scenario run refuses such a scenario, with the
// policy's path and the fault's line and column in the configuration.
func newPrincipal(c *Config, i int) (*principal, error) {
	acct, err := c.decoded()
	if err != nil {
		return nil, err
	}
	w := scenario.NewWorld(acct.Document(i))
	if w.Invalid != nil {
		return nil, c.policyError(w)
	}
	return &principal{user: &c.Users[i], world: w}, nil
}

// policyError locates the first error of the policy that made w invalid.
// A policy written as a JSON object is the configuration's own text, so
// the fault's position there is exact; one written as a JSON string is
// located at the string, with the position inside the policy text in the
// message.
func (c *Config) policyError(w *scenario.World) error {
	src := w.Invalid.Source
	var pt *scenario.PolicyText
	for _, p := range worldPolicies(w.Doc) {
		if p.Source == src {
			pt = p
			break
		}
	}
	for _, d := range w.Diagnostics {
		if d.Source != src || d.Severity != policy.SeverityError || pt == nil {
			continue
		}
		msg := "IAM would refuse to save this policy: " + d.Message
		if pt.Verbatim {
			return c.errorAt(src, pt.Offset+d.Offset, msg)
		}
		return c.errorAt(src, pt.Offset, fmt.Sprintf("%s (line %d, column %d of the policy text)", msg, d.Line, d.Column))
	}
	return &ConfigError{Path: src, Message: strings.TrimPrefix(w.Invalid.Message, src+": ")}
}

// worldPolicies lists every stored policy of doc.
func worldPolicies(doc *scenario.Document) []*scenario.PolicyText {
	var out []*scenario.PolicyText
	for i := range doc.Caller.Policies {
		out = append(out, &doc.Caller.Policies[i])
	}
	if doc.Caller.Boundary != nil {
		out = append(out, doc.Caller.Boundary)
	}
	for i := range doc.ManagedPolicies {
		out = append(out, &doc.ManagedPolicies[i].Policy)
	}
	for i := range doc.ResourcePolicies {
		out = append(out, &doc.ResourcePolicies[i].Policy)
	}
	return out
}

// arn returns the principal's ARN: arn:aws:iam::ACCT:user/PATH/NAME or
// arn:aws:iam::ACCT:root.
func (p *principal) arn() string { return p.world.Caller.ARN() }

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
	if p.world.Caller.IsRoot() {
		return p.world.Caller.Account
	}
	sum := sha256.Sum256([]byte("stsplay-iam-user-id:" + p.world.Caller.Account + ":" + p.world.Caller.ARN()))
	return "AIDA" + base32.StdEncoding.EncodeToString(sum[:])[:17]
}
