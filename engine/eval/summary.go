package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
)

// explanation turns the recorded trace and the state into an Explanation.
func (r *recorder) explanation(s *Session, req Request, st *state) Explanation {
	x := Explanation{
		Rule:            st.rule,
		Sets:            r.sets,
		Deciding:        r.deciding(st),
		ResourceAccount: st.resourceAccount,
		Warnings:        r.warnings,
	}
	if x.Sets == nil {
		x.Sets = []SetTrace{}
	}
	w := writer{s: s, req: req, st: st, rec: r}
	x.Steps = w.steps()
	x.Summary = w.summary(x.Deciding)
	if len(r.warnings) > 0 {
		x.Summary += " Warning: a policy has errors, so AWS would not have evaluated it (see warnings)."
	}
	return x
}

// deciding picks the statements that decided, following the rule.
func (r *recorder) deciding(st *state) []StatementRef {
	out := []StatementRef{}
	for _, h := range r.hits {
		if decides(st, h) {
			out = append(out, h.ref)
		}
	}
	return out
}

// decides reports whether a matching statement is one of those that made
// the decision.
func decides(st *state, h hit) bool {
	allowIn := func(sets ...string) bool {
		if h.ref.Effect != policy.Allow {
			return false
		}
		for _, s := range sets {
			if h.set == s {
				return true
			}
		}
		return false
	}
	switch st.rule {
	case RuleExplicitDeny:
		return h.ref.Effect == policy.Deny
	case RuleResourceGrantSession:
		return allowIn(setResource) && h.grant == grantSession
	case RuleResourceGrantUser:
		return (allowIn(setResource) && h.grant == grantUser) || allowIn(setSession, setBoundary)
	case RuleIdentitySession, RuleIdentityBoundary:
		return allowIn(setIdentity, setBoundary, setSession)
	case RuleCrossAccount:
		return allowIn(setIdentity, setBoundary, setSession, setResource)
	}
	return false
}

// writer writes the sentences of an explanation.
type writer struct {
	s   *Session
	req Request
	st  *state
	rec *recorder
}

// request names the request in a sentence.
func (w *writer) request() string {
	return fmt.Sprintf("%s on %s", w.req.Action, w.req.Resource)
}

// label names a statement for a learner: by its Sid when it has one,
// otherwise by its position counted from 1 as people count, and the policy
// it is in by what the policy is (see sourceLabel).
func label(ref StatementRef) string {
	if ref.Sid != "" {
		return fmt.Sprintf("statement %q of %s", ref.Sid, sourceLabel(ref.Source))
	}
	return fmt.Sprintf("statement %d of %s", ref.Index+1, sourceLabel(ref.Source))
}

// sourceLabel names a policy of the scenario for a learner:
// "caller.policies[0]" is "identity policy 1", "request.Policy" is "the
// session policy (Policy)", "resourcePolicies[1].policy" is "resource-based
// policy 2". A source of another form is returned as it is.
func sourceLabel(source string) string {
	switch source {
	case "caller.permissionsBoundary":
		return "the permissions boundary"
	case "request.Policy":
		return "the session policy (Policy)"
	}
	for _, f := range []struct{ prefix, name string }{
		{"caller.policies[", "identity policy %d"},
		{"request.PolicyArns[", "managed session policy %d (PolicyArns)"},
		{"resourcePolicies[", "resource-based policy %d"},
	} {
		rest, ok := strings.CutPrefix(source, f.prefix)
		if !ok {
			continue
		}
		digits, tail, ok := strings.Cut(rest, "]")
		n, err := strconv.Atoi(digits)
		if !ok || err != nil || (tail != "" && tail != ".policy") {
			break
		}
		return fmt.Sprintf(f.name, n+1)
	}
	return source
}

// firstIn returns the label of the first deciding statement of a set.
func (w *writer) firstIn(deciding []StatementRef, set string) string {
	for _, h := range w.rec.hits {
		if h.set != set {
			continue
		}
		for _, d := range deciding {
			if d == h.ref {
				return label(d)
			}
		}
	}
	return ""
}

// summary states the decision and why in one or two sentences.
func (w *writer) summary(deciding []StatementRef) string {
	st := w.st
	switch st.rule {
	case RuleGetCallerIdentity:
		return "Allowed: sts:GetCallerIdentity is always allowed; it needs no permission and a Deny cannot stop it."
	case RuleExplicitDeny:
		return fmt.Sprintf("Explicitly denied: %s denies %s, and an explicit Deny overrides every Allow.", label(deciding[0]), w.request())
	case RuleServiceRestriction:
		return fmt.Sprintf("Implicitly denied: credentials from GetFederationToken cannot call %s, because federated sessions cannot call IAM operations, nor STS operations other than GetCallerIdentity.", w.req.Action)
	case RuleResourceGrantSession:
		return fmt.Sprintf("Allowed: %s names the federated session (or everyone) directly, so it grants %s without any identity, boundary or session policy.", w.firstIn(deciding, setResource), w.request())
	case RuleResourceGrantUser:
		return fmt.Sprintf("Allowed: %s grants %s to the IAM user %s, and the session policies (%s) and the permissions boundary also allow it.", w.firstIn(deciding, setResource), w.request(), w.s.CallerName, w.firstIn(deciding, setSession))
	case RuleIdentitySession:
		if st.root {
			return fmt.Sprintf("Allowed: the session was created by the root user, which has every permission, and %s allows %s for the session; no Deny applies.", w.firstIn(deciding, setSession), w.request())
		}
		return fmt.Sprintf("Allowed: %s allows %s for %s, and %s allows it for the session; no Deny applies.", w.identityLabel(deciding), w.request(), w.callerName(), w.firstIn(deciding, setSession))
	case RuleCrossAccount:
		return fmt.Sprintf("Allowed: the resource is in account %s, and both sides allow %s: %s on the resource and %s with the session policy %s.", st.resourceAccount, w.request(), w.firstIn(deciding, setResource), w.identityLabel(deciding), w.firstIn(deciding, setSession))
	case RuleNoSessionPolicy:
		return fmt.Sprintf("Implicitly denied: no session policy was passed to GetFederationToken, so the session has no permissions of its own, and no resource-based policy names the session for %s.", w.request())
	case RuleCrossAccountMissing:
		return fmt.Sprintf("Implicitly denied: the resource is in account %s, so both its resource-based policy and the session's own policies must allow %s; %s.", st.resourceAccount, w.request(), w.crossMissing())
	}
	if st.root {
		return fmt.Sprintf("Implicitly denied: %s is not allowed because %s; a session of the root user gets only what the session policies allow.", w.request(), w.missing())
	}
	return fmt.Sprintf("Implicitly denied: %s is not allowed because %s; a federated session gets only what the IAM user's policies, its permissions boundary and the session policies all allow.", w.request(), w.missing())
}

// identityLabel names the identity policy that allowed, or the root user.
func (w *writer) identityLabel(deciding []StatementRef) string {
	if w.st.root {
		return "the root user (who has every permission)"
	}
	return w.firstIn(deciding, setIdentity)
}

// crossMissing says which side of a cross-account request does not allow.
func (w *writer) crossMissing() string {
	st := w.st
	if !st.resource.anyGrant() {
		if !st.resource.present {
			return "no resource-based policy governs the resource"
		}
		return "the resource-based policy does not allow the session, its IAM user or its account"
	}
	return w.missing()
}
