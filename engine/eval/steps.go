package eval

import (
	"fmt"
	"strings"
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
