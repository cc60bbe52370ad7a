package eval

import "github.com/stsplay/stsplay/engine/policy"

// Result is a decision with its explanation. Its JSON form is part of the
// scenario result document and is read by the site; keep it stable.
type Result struct {
	Decision    Decision    `json:"decision"`
	Explanation Explanation `json:"explanation"`
}

// Explanation says why a decision was reached, in a form a learner can
// follow and the site can draw.
type Explanation struct {
	// Rule is the stable id of the rule of the decision procedure that
	// decided, one of the Rule* constants.
	Rule string `json:"rule"`
	// Summary is one or two full sentences that state the decision and why.
	Summary string `json:"summary"`
	// Steps walks AWS's evaluation order, one entry per step, in order.
	Steps []Step `json:"steps"`
	// Sets gives the verdict of each policy set and the trace of each of
	// its statements.
	Sets []SetTrace `json:"sets"`
	// Deciding lists the statements that decided (the matching explicit
	// Deny statements, or the Allow statements that granted). Empty for an
	// implicit deny.
	Deciding []StatementRef `json:"deciding"`
	// ResourceAccount is the account that owns the resource, which decides
	// between the same-account and the cross-account rules. It is empty in
	// the explanation of a caller decision.
	ResourceAccount string `json:"resourceAccount,omitempty"`
	// Warnings are full sentences about inputs that make the decision
	// doubtful, such as a policy with errors that AWS would have refused.
	Warnings []string `json:"warnings,omitempty"`
}

// The rules of the decision procedure (RULES.md#decision-procedure).
const (
	RuleGetCallerIdentity    = "getCallerIdentity"    // always allowed
	RuleExplicitDeny         = "explicitDeny"         // a Deny applies somewhere
	RuleServiceRestriction   = "serviceRestriction"   // iam:* and sts:* are refused
	RuleResourceGrantSession = "resourceGrantSession" // same account, R names the session or "*"
	RuleResourceGrantUser    = "resourceGrantUser"    // same account, R names user U; S and B allow
	RuleIdentitySession      = "identitySession"      // identity ∧ boundary ∧ session allow (same account)
	RuleCrossAccount         = "crossAccount"         // other account: identity side and R allow
	RuleNoSessionPolicy      = "noSessionPolicy"      // implicit deny: no session policy passed and no direct grant
	RuleNotAllowed           = "notAllowed"           // implicit deny: nothing allows
	RuleCrossAccountMissing  = "crossAccountMissing"  // implicit deny: other account and one side does not allow

	// Rules of the caller decision (DecideCaller).
	RuleRootCaller       = "rootCaller"       // the account root user is allowed
	RuleIdentityBoundary = "identityBoundary" // identity ∧ boundary allow
)

// Step is one step of AWS's evaluation order as the request went through it.
type Step struct {
	// ID is one of "getCallerIdentity", "explicitDeny",
	// "serviceRestriction", "resourceGrant", "identitySession" for a
	// session decision, and one of "rootCaller", "explicitDeny",
	// "identityBoundary" for a caller decision (ExplainCaller).
	ID string `json:"id"`
	// Outcome is "passed" (the request went on to the next step),
	// "decided" (this step gave the final decision) or "skipped" (not
	// reached).
	Outcome string `json:"outcome"`
	// Text is one full sentence about what this step found.
	Text string `json:"text"`
}

// SetTrace is the verdict of one policy set and the trace of its policies.
type SetTrace struct {
	// Set is "identity", "boundary", "session" or "resource".
	Set string `json:"set"`
	// Verdict is "allow" (an Allow matched and no Deny), "deny" (a Deny
	// matched), "noMatch" (nothing matched) or "absent" (no policy in the
	// set: for the boundary it means no limit, for session policies it
	// means nothing is allowed).
	Verdict  string        `json:"verdict"`
	Policies []PolicyTrace `json:"policies"`
	// Note is a full sentence about the set when its verdict needs one (a
	// root caller, an absent boundary, a resource policy that only
	// delegates to the account).
	Note string `json:"note,omitempty"`
}

// PolicyTrace is the trace of one policy.
type PolicyTrace struct {
	Source     string           `json:"source"`
	Name       string           `json:"name,omitempty"`
	Statements []StatementTrace `json:"statements"`
	// Errors is the number of error diagnostics of the policy; a policy
	// with errors is one AWS would have refused.
	Errors int `json:"errors,omitempty"`
	// AttachedTo is, for a resource-based policy, the resource it is
	// attached to.
	AttachedTo string `json:"attachedTo,omitempty"`
}

// StatementTrace says whether one statement applied to the request and, if
// not, the first reason why not. Every statement is evaluated, so the trace
// is complete.
type StatementTrace struct {
	Index   int           `json:"index"`
	Sid     string        `json:"sid,omitempty"`
	Effect  policy.Effect `json:"effect"`
	Matched bool          `json:"matched"`
	// Reason is nil when Matched is true.
	Reason *Reason      `json:"reason"`
	Range  policy.Range `json:"range"`
	// GrantTo says, for a matching statement of a resource-based policy,
	// whom its Principal names: "session" (the federated-user ARN or "*"),
	// "user" (the IAM user who federated) or "account" (the account, which
	// only delegates).
	GrantTo string `json:"grantTo,omitempty"`
}

// Reason is why a statement did not apply.
type Reason struct {
	// Element is "action", "resource", "principal" or "condition".
	Element string `json:"element"`
	// Message is a full sentence, such as "StringEquals on aws:SourceIp:
	// the request value 203.0.113.5 equals none of 10.0.0.1.".
	Message string `json:"message"`
	// For conditions: the operator as written, the key, the policy's values
	// and the request's values (absent when the key is missing).
	Operator      string   `json:"operator,omitempty"`
	Key           string   `json:"key,omitempty"`
	Values        []string `json:"values,omitempty"`
	RequestValues []string `json:"requestValues,omitempty"`
	// Range is where the failing element is in the policy text.
	Range policy.Range `json:"range"`
}

// StatementRef points at one statement of one policy.
type StatementRef struct {
	Source string        `json:"source"`
	Index  int           `json:"index"`
	Sid    string        `json:"sid,omitempty"`
	Effect policy.Effect `json:"effect"`
	Range  policy.Range  `json:"range"`
}
