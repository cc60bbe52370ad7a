// Package summary answers "what may this federated session do?": for every
// action of the AWS action catalog it asks the evaluator's fast path
// (eval.DecideRule, eval.DecideCaller) whether the session, and the IAM
// user who federated, may perform it on the resource patterns that occur in
// the policies, and groups the answers per service and access level.
//
// The method and its limits are in RULES.md, section "The
// effective-permissions summary" (#effective-permissions-summary).
package summary

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

// Summary is the effective-permissions summary of one session. Its JSON
// form is what `stsplay summary --json` prints and the site reads.
type Summary struct {
	Catalog CatalogInfo `json:"catalog"`
	// Session is the federated user's ARN; User the IAM user's ARN (or the
	// root user's).
	Session string `json:"session,omitempty"`
	User    string `json:"user,omitempty"`
	// Resources are the resource patterns every action was evaluated on
	// (see RULES.md#effective-permissions-summary).
	Resources []string `json:"resources"`
	// Services lists, by prefix, every service on which the session or the
	// user is allowed something or a request is denied explicitly.
	Services []Service `json:"services"`
	// Error is set when the scenario creates no session (the call fails)
	// or the summary would go over MaxWork (code CodeLimitWork); Services
	// is then empty.
	Error *Error `json:"error,omitempty"`
}

// CatalogInfo names the catalog the summary was computed from.
type CatalogInfo struct {
	Source  string `json:"source"`
	Version string `json:"version"`
	Actions int    `json:"actions"`
}

// Error is the STS error that prevented the session.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Service is the summary of one service.
type Service struct {
	Service string `json:"service"`
	Name    string `json:"name"`
	// Actions is the number of actions the service has.
	Actions int         `json:"actions"`
	Session SessionSide `json:"session"`
	User    UserSide    `json:"user"`
	// Change compares the session with the user: "restricted" (a
	// federated session may call no IAM action, and no STS action but
	// GetCallerIdentity), "removed" (the user may, the session may not),
	// "narrowed" (fewer actions or resources),
	// "unchanged", "added" (only the session may: a resource-based grant
	// to the session) or "widened" (the session may do more than the user).
	Change string `json:"change"`
}

// SessionSide is what the federated session may do on a service.
type SessionSide struct {
	// Allowed counts the actions allowed on at least one resource pattern,
	// conditionally or not.
	Allowed       int            `json:"allowed"`
	ByAccessLevel map[string]int `json:"byAccessLevel"`
	Entries       []Entry        `json:"entries"`
	// Denied lists the actions the user may perform but the session may
	// not because of an explicit Deny or the federated-session
	// restriction on IAM and STS.
	Denied []Denied `json:"denied,omitempty"`
}

// Entry is one action the session may perform.
type Entry struct {
	Action      string `json:"action"`
	AccessLevel string `json:"accessLevel"`
	// Resources are the evaluated patterns it is allowed on ("*" alone
	// when it is allowed on every resource).
	Resources []string `json:"resources"`
	// Conditional is true when the action is allowed only if the request
	// meets the conditions named in ConditionKeys.
	Conditional   bool     `json:"conditional"`
	ConditionKeys []string `json:"conditionKeys,omitempty"`
	// Rule is the rule of the decision procedure that allows it:
	// identitySession, resourceGrantSession, resourceGrantUser,
	// crossAccount or getCallerIdentity (eval's Rule* ids).
	Rule string `json:"rule"`
}

// Denied is one action the session is refused although the user may
// perform it (or although a Deny names it).
type Denied struct {
	Action      string   `json:"action"`
	AccessLevel string   `json:"accessLevel"`
	Resources   []string `json:"resources"`
	// Rule is explicitDeny or serviceRestriction.
	Rule string `json:"rule"`
}

// UserSide is what the IAM user itself may do on a service (identity
// policies within the permissions boundary).
type UserSide struct {
	Allowed       int            `json:"allowed"`
	ByAccessLevel map[string]int `json:"byAccessLevel"`
}

// Limits of Build.
const (
	// MaxResources is the most resource patterns a summary evaluates;
	// later ones in the policies are left out (and named in Resources
	// only up to this count).
	MaxResources = 64
	// MaxWork bounds the matching a summary may do for each action of the
	// catalog: the characters of the resource patterns it evaluates
	// (each plus one) times the characters of the Action, Resource and
	// Condition values of the statements it reads (each plus one). A
	// session over it gets an Error with code CodeLimitWork and no
	// services. Every preset uses under a tenth of it (a test keeps it so), and a
	// summary at the limit takes under a second natively
	// (BenchmarkSummaryAtMaxWork).
	MaxWork = 200_000
)

// CodeLimitWork is the Error code of a summary over MaxWork.
const CodeLimitWork = "limit-summary-work"

// Build computes the summary of a session s created by caller c. The
// session's decisions are those of eval.DecideRule with the session's own
// request context; an action denied only because a condition of an Allow
// statement fails in that context is reported as conditional.
func Build(cat *catalog.Catalog, s *eval.Session, c *eval.Caller) *Summary {
	sum := &Summary{Catalog: CatalogInfo{Source: cat.Source, Version: cat.Version, Actions: cat.Actions()}, Services: []Service{}}
	if s == nil || c == nil {
		sum.Resources = []string{}
		return sum
	}
	b := newBuilder(cat, s, c)
	sum.Session = principalARN(s.Context)
	sum.User = principalARN(c.Context)
	sum.Resources = b.resources
	if w := b.work(); w > MaxWork {
		sum.Error = &Error{Code: CodeLimitWork, Message: fmt.Sprintf(
			"the summary would match %d resource patterns (%d characters) against %d characters of policy values for each of the catalog's %d actions, %d units of work; the limit is %d per summary. Fewer or shorter Resource, Action and Condition values make it smaller.",
			len(b.resources), b.resourceChars(), b.valueChars(), cat.Actions(), w, MaxWork)}
		return sum
	}
	for _, svc := range cat.Services {
		if out, ok := b.service(svc); ok {
			sum.Services = append(sum.Services, out)
		}
	}
	return sum
}

// principalARN returns the aws:PrincipalArn of a request context.
func principalARN(c *reqctx.Context) string {
	if c == nil {
		return ""
	}
	if v, ok := c.Get("aws:PrincipalArn"); ok && len(v) > 0 {
		return v[0]
	}
	return ""
}

// change compares the session's and the user's sides.
func change(sess, user int, narrowerResources, restricted bool) string {
	switch {
	case restricted && sess == 0:
		return "restricted"
	case user > 0 && sess == 0:
		return "removed"
	case user == 0 && sess > 0:
		return "added"
	case sess > user:
		return "widened"
	case sess < user || narrowerResources:
		return "narrowed"
	}
	return "unchanged"
}

// sortedKeys returns the keys of a set in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out
}
