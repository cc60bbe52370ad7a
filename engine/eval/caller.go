package eval

import (
	"fmt"
	"strings"
	"time"

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

// CallerParams describes the caller for CallerContext.
type CallerParams struct {
	Account   string
	Partition string
	Type      CallerType
	// Name is the IAM user's name (empty for the root user).
	Name string
	// Path is the IAM user's path, "/" when empty.
	Path string
	// UserID is the IAM user's unique id (such as AIDAJQABLZS4A3QDU576Q);
	// aws:userid is left out when it is empty, since it cannot be derived.
	UserID string
	// Tags are the IAM user's tags.
	Tags []Tag
	// CurrentTime is the time of the request; the time keys are left out
	// when it is zero.
	CurrentTime time.Time
}

// ARN returns the caller's ARN: arn:PARTITION:iam::ACCOUNT:user/PATH/NAME
// for an IAM user, arn:PARTITION:iam::ACCOUNT:root for the root user.
func (p CallerParams) ARN() string {
	prefix := "arn:" + partitionOr(p.Partition) + ":iam::" + p.Account + ":"
	if p.Type == Root {
		return prefix + "root"
	}
	path := p.Path
	if path == "" {
		path = "/"
	}
	return prefix + "user" + path + p.Name
}

// CallerContext builds the request context of the GetFederationToken call
// (AWS global condition context keys; IAM policy elements: Variables and
// tags, "Principal key values"): for an IAM user aws:PrincipalArn is the
// user's ARN, aws:PrincipalType "User", aws:username the user's name,
// aws:userid its unique id and aws:PrincipalTag/KEY its tags; for the root
// user aws:PrincipalType is "Account", aws:userid the account id and there
// is no aws:username ("requests that are made using the AWS account root
// user … do not include this key"). Long-term credentials have no
// aws:TokenIssueTime; aws:MultiFactorAuthPresent is absent for them too
// (the key "is not present when … using long-term credentials").
// Request keys such as aws:RequestTag/KEY and aws:TagKeys belong in the
// Request's context (see TagRequestContext).
func CallerContext(p CallerParams) *reqctx.Context {
	c := reqctx.New()
	c.Set("aws:PrincipalArn", p.ARN())
	c.Set("aws:PrincipalAccount", p.Account)
	c.Set("aws:PrincipalIsAWSService", "false")
	if p.Type == Root {
		c.Set("aws:PrincipalType", "Account")
		c.Set("aws:userid", p.Account)
	} else {
		c.Set("aws:PrincipalType", "User")
		c.Set("aws:username", p.Name)
		if p.UserID != "" {
			c.Set("aws:userid", p.UserID)
		}
		setPrincipalTags(c, p.Tags, nil)
	}
	setTimes(c, p.CurrentTime)
	return c
}

// TagRequestContext returns the request keys of tags passed in a request
// (Passing session tags in AWS STS; AWS global condition context keys):
// aws:RequestTag/KEY for each tag and the multivalued aws:TagKeys. It is
// the context of the sts:TagSession check of GetFederationToken. With no
// tags the context is empty: a request without tags has no aws:TagKeys.
func TagRequestContext(tags []Tag) *reqctx.Context {
	c := reqctx.New()
	if len(tags) == 0 {
		return c
	}
	keys := make([]string, 0, len(tags))
	for _, t := range tags {
		c.Set("aws:RequestTag/"+t.Key, t.Value)
		keys = append(keys, t.Key)
	}
	c.SetMulti("aws:TagKeys", keys)
	return c
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
	e := evaluator{action: r.Action, resource: r.Resource, ctx: ctx}
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
