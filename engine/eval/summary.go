package eval

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
)

// The step ids and outcomes of Explanation.Steps.
const (
	stepGetCallerIdentity  = "getCallerIdentity"
	stepExplicitDeny       = "explicitDeny"
	stepServiceRestriction = "serviceRestriction"
	stepResourceGrant      = "resourceGrant"
	stepIdentitySession    = "identitySession"

	outcomePassed  = "passed"
	outcomeDecided = "decided"
	outcomeSkipped = "skipped"
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

// label names a statement for a learner: its Sid when it has one, always
// its position, and its source.
func label(ref StatementRef) string {
	if ref.Sid != "" {
		return fmt.Sprintf("statement %q (Statement[%d]) of %s", ref.Sid, ref.Index, ref.Source)
	}
	return fmt.Sprintf("Statement[%d] of %s", ref.Index, ref.Source)
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

// steps walks the evaluation order and says what each step found.
func (w *writer) steps() []Step {
	st := w.st
	order := []string{stepGetCallerIdentity, stepExplicitDeny, stepServiceRestriction, stepResourceGrant, stepIdentitySession}
	decidedAt := stepIdentitySession
	switch st.rule {
	case RuleGetCallerIdentity:
		decidedAt = stepGetCallerIdentity
	case RuleExplicitDeny:
		decidedAt = stepExplicitDeny
	case RuleServiceRestriction:
		decidedAt = stepServiceRestriction
	case RuleResourceGrantSession, RuleResourceGrantUser:
		decidedAt = stepResourceGrant
	}
	steps := make([]Step, 0, len(order))
	reached := true
	for _, id := range order {
		outcome := outcomePassed
		switch {
		case !reached:
			outcome = outcomeSkipped
		case id == decidedAt:
			outcome = outcomeDecided
			reached = false
		}
		steps = append(steps, Step{ID: id, Outcome: outcome, Text: w.stepText(id, outcome)})
	}
	return steps
}

// stepText is the sentence of one step.
func (w *writer) stepText(id, outcome string) string {
	st := w.st
	if outcome == outcomeSkipped {
		return "Not reached: an earlier step decided."
	}
	switch id {
	case stepGetCallerIdentity:
		if st.gci {
			return "sts:GetCallerIdentity needs no permission and is always allowed, even when a policy denies it."
		}
		return fmt.Sprintf("The action %s is not sts:GetCallerIdentity, so the policies decide.", w.req.Action)
	case stepExplicitDeny:
		if st.rule == RuleExplicitDeny {
			return "A Deny statement applies to the request, and an explicit Deny in any policy overrides every Allow."
		}
		return "No Deny statement applies to the request in any policy."
	case stepServiceRestriction:
		if st.restricted {
			return "Credentials from GetFederationToken cannot call IAM operations, nor STS operations other than GetCallerIdentity, whatever the policies allow."
		}
		return "The action is neither an IAM nor an STS operation, so the session may perform it if its policies allow."
	case stepResourceGrant:
		return w.resourceStepText(outcome)
	}
	return w.identityStepText()
}

// resourceStepText explains the resource-based policy step.
func (w *writer) resourceStepText(outcome string) string {
	st := w.st
	if !st.resource.present {
		return fmt.Sprintf("No resource-based policy governs %s.", w.req.Resource)
	}
	if !st.sameAccount {
		if st.resource.anyGrant() {
			return fmt.Sprintf("The resource belongs to account %s, not %s; its resource-based policy allows the request, which is needed but not enough: the identity side must allow too.", st.resourceAccount, w.s.Account)
		}
		return fmt.Sprintf("The resource belongs to account %s, not %s, and its resource-based policy does not allow the request for the session, its IAM user or its account.", st.resourceAccount, w.s.Account)
	}
	switch {
	case outcome == outcomeDecided && st.rule == RuleResourceGrantSession:
		return "A resource-based policy in the same account names the federated session (or everyone) directly, which grants the request without identity, boundary or session policies."
	case outcome == outcomeDecided:
		return "A resource-based policy in the same account grants to the IAM user who federated, and the session policies and the permissions boundary also allow the request."
	case st.resource.has(grantUser):
		return "A resource-based policy grants to the IAM user who federated, but such a grant is still limited by the session policies and the permissions boundary, and they do not allow the request."
	case st.resource.has(grantAccount):
		return "A resource-based policy names the account, which only delegates to the account's own policies: it grants nothing by itself."
	}
	return "The resource-based policies do not allow the request for the session, its IAM user or its account."
}

// identityStepText explains the last step: identity ∧ boundary ∧ session.
func (w *writer) identityStepText() string {
	st := w.st
	if w.st.rule == RuleCrossAccount {
		return "The identity policies, the permissions boundary and the session policies all allow the request, and so does the resource-based policy of the other account."
	}
	if st.rule == RuleIdentitySession {
		return "The identity policies, the permissions boundary (if any) and the session policies all allow the request."
	}
	return "Not every one of the identity policies, the permissions boundary and the session policies allows the request: " + w.missing() + "."
}

// missing lists which side of identity ∧ boundary ∧ session does not
// allow, as clauses joined for a sentence.
func (w *writer) missing() string {
	st := w.st
	var parts []string
	if !st.identity.allow {
		parts = append(parts, fmt.Sprintf("no identity-based policy of %s allows it", w.callerName()))
	}
	if st.boundary.present && !st.boundary.allow {
		parts = append(parts, "the permissions boundary does not allow it")
	}
	switch {
	case !st.session.present:
		parts = append(parts, "no session policy was passed, so the session policies allow nothing")
	case !st.session.allow:
		parts = append(parts, "no session policy allows it")
	}
	if len(parts) == 0 {
		return "the resource-based policy of the other account does not allow it"
	}
	return strings.Join(parts, "; ")
}

// callerName names who created the session.
func (w *writer) callerName() string {
	if w.st.root {
		return "the root user"
	}
	return "the IAM user " + w.s.CallerName
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

// identityNote is the note of the identity set.
func (st *state) identityNote(s *Session) string {
	switch {
	case st.root:
		return "The account root user created this session; it has every permission and no identity-based policies, so only the session policies limit the session."
	case len(s.Identity) == 0:
		return "The IAM user has no identity-based policies, so the session gets nothing through them."
	}
	return ""
}

// boundaryNote is the note of the boundary set.
func (st *state) boundaryNote(s *Session) string {
	switch {
	case st.root && s.Boundary != nil:
		return "The root user cannot have a permissions boundary, so the boundary given is ignored."
	case st.root:
		return "The root user cannot have a permissions boundary, so nothing is limited by one."
	case !st.boundary.present:
		return "The IAM user has no permissions boundary, so nothing is limited by one."
	}
	return ""
}

// sessionNote is the note of the session set.
func (st *state) sessionNote() string {
	if !st.session.present {
		return "No session policy was passed to GetFederationToken, so the session policies allow nothing."
	}
	return ""
}

// resourceNote is the note of the resource set.
func (st *state) resourceNote(s *Session) string {
	switch {
	case !st.resource.present && len(s.Resources) > 0:
		return "None of the resource-based policies is attached to this resource (or, for objects, to their bucket), so none is consulted."
	case !st.resource.present:
		return "No resource-based policy governs this resource."
	case !st.sameAccount:
		return fmt.Sprintf("The resource is in account %s, another account than the session's, so this policy must allow the request and so must the session's own policies.", st.resourceAccount)
	case st.resource.has(grantAccount) && !st.resource.has(grantUser) && !st.resource.has(grantSession):
		return "The policy grants to the account, which only delegates to the account's own policies: it grants nothing by itself."
	}
	return ""
}
