package eval

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/reqctx"
)

// Caller is the principal that calls GetFederationToken with its long-term
// credentials: an IAM user or the account root user.
type Caller struct {
	// Account is the 12-digit account; Partition is "aws" when empty.
	Account   string
	Partition string
	// Type is IAMUser or Root; Name is the IAM user's name.
	Type CallerType
	Name string
	// Identity are the IAM user's identity-based policies; Boundary is
	// its permissions boundary, or nil.
	Identity []PolicyRef
	Boundary *PolicyRef
	// Context is the caller's request context; see CallerContext.
	Context *reqctx.Context
}

// The step ids of a caller explanation.
const (
	stepRootCaller       = "rootCaller"
	stepIdentityBoundary = "identityBoundary"
)

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
// "rootCaller", "explicitDeny" and "identityBoundary".
func ExplainCaller(c *Caller, r Request) Result {
	if c == nil {
		c = &Caller{}
	}
	rec := &recorder{}
	d, rule, v := runCaller(c, r, rec)
	st := state{decision: d, rule: rule, root: c.Type == Root, identity: v[0], boundary: v[1]}
	x := Explanation{Rule: rule, Sets: rec.sets, Deciding: rec.deciding(&st), Warnings: rec.warnings}
	if x.Sets == nil {
		x.Sets = []SetTrace{}
	}
	x.Steps, x.Summary = callerTexts(c, r, &st, x.Deciding)
	if len(rec.warnings) > 0 {
		x.Summary += " Warning: a policy has errors, so AWS would not have evaluated it (see warnings)."
	}
	return Result{Decision: d, Explanation: x}
}

// runCaller is the caller decision; it returns the decision, the rule and
// the identity and boundary verdicts.
func runCaller(c *Caller, r Request, rec *recorder) (Decision, string, [2]verdict) {
	var v [2]verdict
	if c.Type == Root {
		return Allowed, RuleRootCaller, v
	}
	ctx := reqctx.Getter(c.Context)
	if r.Context.Len() > 0 {
		ctx = reqctx.Layers{r.Context, c.Context}
	}
	e := evaluator{action: r.Action, resource: r.Resource, partition: c.Partition, ctx: ctx}
	rec.beginSet(setIdentity)
	for i := range c.Identity {
		e.policy(&v[0], &c.Identity[i], setIdentity, false, rec)
	}
	if rec != nil {
		note := ""
		if len(c.Identity) == 0 {
			note = "The IAM user has no identity-based policies, so nothing allows the request."
		}
		rec.endSet(v[0], note)
	}
	rec.beginSet(setBoundary)
	if c.Boundary != nil {
		e.policy(&v[1], c.Boundary, setBoundary, false, rec)
	}
	if rec != nil {
		note := ""
		if c.Boundary == nil {
			note = "The IAM user has no permissions boundary, so nothing is limited by one."
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

// callerTexts writes the steps and the summary of a caller explanation.
func callerTexts(c *Caller, r Request, st *state, deciding []StatementRef) ([]Step, string) {
	req := fmt.Sprintf("%s on %s", r.Action, r.Resource)
	if st.root {
		return []Step{
			{ID: stepRootCaller, Outcome: outcomeDecided, Text: "The account root user calls GetFederationToken; it has every permission (SCPs are not simulated)."},
			{ID: stepExplicitDeny, Outcome: outcomeSkipped, Text: "Not reached: an earlier step decided."},
			{ID: stepIdentityBoundary, Outcome: outcomeSkipped, Text: "Not reached: an earlier step decided."},
		}, fmt.Sprintf("Allowed: the account root user may perform %s; identity policies and boundaries do not apply to it.", req)
	}
	steps := []Step{{ID: stepRootCaller, Outcome: outcomePassed, Text: fmt.Sprintf("The caller is the IAM user %s, so its policies decide.", c.Name)}}
	switch st.rule {
	case RuleExplicitDeny:
		steps = append(steps,
			Step{ID: stepExplicitDeny, Outcome: outcomeDecided, Text: "A Deny statement applies to the request, and an explicit Deny overrides every Allow."},
			Step{ID: stepIdentityBoundary, Outcome: outcomeSkipped, Text: "Not reached: an earlier step decided."})
		return steps, fmt.Sprintf("Explicitly denied: %s denies %s to the IAM user %s, and an explicit Deny overrides every Allow.", label(deciding[0]), req, c.Name)
	case RuleIdentityBoundary:
		steps = append(steps,
			Step{ID: stepExplicitDeny, Outcome: outcomePassed, Text: "No Deny statement applies to the request."},
			Step{ID: stepIdentityBoundary, Outcome: outcomeDecided, Text: "An identity policy allows the request, and the permissions boundary (if any) allows it too."})
		return steps, fmt.Sprintf("Allowed: %s allows %s for the IAM user %s, and no Deny applies.", label(deciding[0]), req, c.Name)
	}
	var why []string
	if !st.identity.allow {
		why = append(why, "none of its identity-based policies allows it")
	}
	if st.boundary.present && !st.boundary.allow {
		why = append(why, "the permissions boundary does not allow it")
	}
	text := strings.Join(why, "; ")
	steps = append(steps,
		Step{ID: stepExplicitDeny, Outcome: outcomePassed, Text: "No Deny statement applies to the request."},
		Step{ID: stepIdentityBoundary, Outcome: outcomeDecided, Text: "The request is not allowed: " + text + "."})
	return steps, fmt.Sprintf("Implicitly denied: the IAM user %s may not perform %s because %s.", c.Name, req, text)
}
