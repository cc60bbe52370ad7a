package stsserver

import (
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"

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

// newPrincipal decodes users[i] of c. IAM refuses to save a policy with
// errors, so a configuration holding one describes an account that cannot
// exist: it is refused at start, as a scenario run refuses such a scenario.
func newPrincipal(c *Config, i int) (*principal, error) {
	doc, err := c.document(i, nil)
	if err != nil {
		return nil, err
	}
	w := scenario.NewWorld(doc)
	if w.Invalid != nil {
		return nil, &ConfigError{Path: configPath(i, w.Invalid.Source), Message: strings.TrimPrefix(w.Invalid.Message, w.Invalid.Source+": ")}
	}
	return &principal{user: &c.Users[i], world: w}, nil
}

// configPath restates a scenario source in the configuration's terms:
// "caller.policies[1]" is "users[i].policies[1]"; the account's policies
// ("managedPolicies[\"arn:…\"]", "resourcePolicies[0]") keep their names.
func configPath(i int, source string) string {
	if rest, ok := strings.CutPrefix(source, "caller."); ok {
		return "users[" + strconv.Itoa(i) + "]." + rest
	}
	return source
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
