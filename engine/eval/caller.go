package eval

import (
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/principal"
)

// Caller is the principal that calls GetFederationToken with its long-term
// credentials: an IAM user or the account root user.
type Caller struct {
	// Caller is who calls: its type, account, partition, user name, path,
	// unique id and tags.
	principal.Caller
	// Identity are the IAM user's identity-based policies; Boundary is
	// its permissions boundary, or nil.
	Identity []PolicyRef
	Boundary *PolicyRef
	// Context is the caller's request context; see CallerContext.
	Context *reqctx.Context
	// Org is the organization of the accounts, or nil; its SCPs bound the
	// caller's own calls (RULES.md#service-control-policies).
	Org *Organization
}

// DecideCaller returns whether the caller of GetFederationToken may perform
// an action (sts:GetFederationToken on the federated-user ARN, or
// sts:TagSession when tags are passed). The root user is allowed (SCPs are
// out of scope). An IAM user is allowed when no Deny applies in its
// identity policies or boundary, an identity policy allows and the
// boundary, if any, allows ("Policy evaluation logic": identity-based
// policies within the permissions boundary; explicit deny first).
func DecideCaller(c *Caller, r Request) Decision {
	if c == nil {
		return ImplicitDeny
	}
	d, _, _ := runCaller(c, r, nil)
	return d
}

// ExplainCaller is DecideCaller with the full explanation. Its steps are
// StepRootCaller, StepExplicitDeny and StepIdentityBoundary.
func ExplainCaller(c *Caller, r Request) Result {
	if c == nil {
		c = &Caller{}
	}
	rec := &recorder{}
	d, rule, v := runCaller(c, r, rec)
	st := state{decision: d, rule: rule, principal: PrincipalCaller, root: c.IsRoot(), identity: v[0], boundary: v[1], scp: v[2], scpApplies: c.Org.scpsApply(c.Account)}
	x := Explanation{
		Rule: rule, Principal: PrincipalCaller, Action: r.Action, Resource: r.Resource, Account: c.Account, Root: st.root,
		Sets: rec.sets, Deciding: rec.deciding(&st), Warnings: rec.warnings,
	}
	if !st.root {
		x.CallerName = c.UserName
	}
	if x.Sets == nil {
		x.Sets = []SetTrace{}
	}
	x.Steps = st.callerSteps()
	if rule == RuleNotAllowed {
		x.NotAllowedBy = st.notAllowedBy()
	}
	return Result{Decision: d, Explanation: x}
}

// runCaller is the caller decision; it returns the decision, the rule and
// the identity, boundary and SCP verdicts. SCPs bound the caller, the root
// user of a member account included, unless it is in the management
// account (RULES.md#service-control-policies).
func runCaller(c *Caller, r Request, rec *recorder) (Decision, string, [3]verdict) {
	var v [3]verdict
	ctx := reqctx.Getter(c.Context)
	if r.Context.Len() > 0 {
		ctx = reqctx.Layers{r.Context, c.Context}
	}
	e := evaluator{action: r.Action, resource: r.Resource, partition: c.Partition, ctx: ctx}
	if c.Org.scpsApply(c.Account) {
		e.scp(&v[2], c.Org, c.Account, rec)
		switch {
		case v[2].deny:
			return ExplicitDeny, RuleExplicitDeny, v
		case !v[2].allow:
			return ImplicitDeny, RuleSCPNotAllowed, v
		}
	}
	if c.IsRoot() {
		return Allowed, RuleRootCaller, v
	}
	rec.beginSet(SetIdentity)
	for i := range c.Identity {
		e.policy(&v[0], &c.Identity[i], SetIdentity, false, rec)
	}
	if rec != nil {
		note := ""
		if len(c.Identity) == 0 {
			note = NoteNoIdentityPolicies
		}
		rec.endSet(v[0], note)
	}
	rec.beginSet(SetBoundary)
	if c.Boundary != nil {
		e.policy(&v[1], c.Boundary, SetBoundary, false, rec)
	}
	if rec != nil {
		note := ""
		if c.Boundary == nil {
			note = NoteNoBoundary
		}
		rec.endSet(v[1], note)
	}
	switch {
	case v[0].deny || v[1].deny:
		return ExplicitDeny, RuleExplicitDeny, v
	case v[0].allow && (!v[1].present || v[1].allow):
		return Allowed, RuleIdentityBoundary, v
	}
	return ImplicitDeny, RuleNotAllowed, v
}

// callerSteps walks the steps of a caller decision. When SCPs bound the
// caller, StepServiceControlPolicies comes first: a Deny or a missing Allow
// there decides before anything else.
func (st *state) callerSteps() []Step {
	if !st.scpApplies {
		return st.callerPolicySteps()
	}
	switch st.rule {
	case RuleExplicitDeny, RuleSCPNotAllowed:
		if st.scp.deny || st.rule == RuleSCPNotAllowed {
			finding := FindingSCPNotAllowed
			if st.scp.deny {
				finding = FindingDenyApplies
			}
			steps := []Step{{ID: StepServiceControlPolicies, Outcome: OutcomeDecided, Finding: finding}}
			for _, s := range st.callerPolicySteps() {
				steps = append(steps, Step{ID: s.ID, Outcome: OutcomeSkipped, Finding: FindingNotReached})
			}
			return steps
		}
	}
	return append([]Step{{ID: StepServiceControlPolicies, Outcome: OutcomePassed, Finding: FindingSCPAllows}}, st.callerPolicySteps()...)
}

// callerPolicySteps walks the steps of a caller decision after the SCPs.
func (st *state) callerPolicySteps() []Step {
	if st.root {
		return []Step{
			{ID: StepRootCaller, Outcome: OutcomeDecided, Finding: FindingRootCaller},
			{ID: StepExplicitDeny, Outcome: OutcomeSkipped, Finding: FindingNotReached},
			{ID: StepIdentityBoundary, Outcome: OutcomeSkipped, Finding: FindingNotReached},
		}
	}
	steps := []Step{{ID: StepRootCaller, Outcome: OutcomePassed, Finding: FindingIAMUser}}
	switch st.rule {
	case RuleExplicitDeny:
		return append(steps,
			Step{ID: StepExplicitDeny, Outcome: OutcomeDecided, Finding: FindingDenyApplies},
			Step{ID: StepIdentityBoundary, Outcome: OutcomeSkipped, Finding: FindingNotReached})
	case RuleIdentityBoundary:
		return append(steps,
			Step{ID: StepExplicitDeny, Outcome: OutcomePassed, Finding: FindingNoDeny},
			Step{ID: StepIdentityBoundary, Outcome: OutcomeDecided, Finding: FindingIdentityBoundaryAllow})
	}
	return append(steps,
		Step{ID: StepExplicitDeny, Outcome: OutcomePassed, Finding: FindingNoDeny},
		Step{ID: StepIdentityBoundary, Outcome: OutcomeDecided, Finding: FindingNotAllowed})
}
