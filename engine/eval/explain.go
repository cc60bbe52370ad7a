package eval

import (
	"github.com/stsplay/stsplay/engine/internal/condition"
	"github.com/stsplay/stsplay/engine/policy"
)

// Result is a decision with its explanation.
type Result struct {
	Decision    Decision    `json:"decision"`
	Explanation Explanation `json:"explanation"`
}

// Explanation says why a decision was reached, as data: the rule that
// decided, what each step of AWS's evaluation order found, the verdict of
// each policy set, the trace of every statement and the statements that
// decided. It holds no sentences; package render writes them.
type Explanation struct {
	// Rule is the stable id of the rule of the decision procedure that
	// decided, one of the Rule* constants.
	Rule string `json:"rule"`
	// Principal is PrincipalSession for a request made with the session's
	// credentials (Explain) and PrincipalCaller for a permission check of
	// the caller of GetFederationToken (ExplainCaller).
	Principal string `json:"principal"`
	// Action and Resource are the request's.
	Action   string `json:"action"`
	Resource string `json:"resource"`
	// Account is the account of the session or of the caller.
	Account string `json:"account"`
	// Root is true when the account root user created the session (or is
	// the caller); CallerName is the IAM user's name otherwise.
	Root       bool   `json:"root"`
	CallerName string `json:"callerName,omitempty"`
	// Steps walks AWS's evaluation order, one entry per step, in order.
	Steps []Step `json:"steps"`
	// Sets gives the verdict of each policy set and the trace of each of
	// its statements.
	Sets []SetTrace `json:"sets"`
	// Deciding lists the statements that decided (the matching explicit
	// Deny statements, or the Allow statements that granted). Empty for an
	// implicit deny.
	Deciding []StatementRef `json:"deciding"`
	// NotAllowedBy lists, in order, the parts of identity ∧ boundary ∧
	// session that do not allow the request, as NotAllowed* codes; it is
	// empty when all of them allow.
	NotAllowedBy []string `json:"notAllowedBy,omitempty"`
	// ResourceAccount is the account that owns the resource, which decides
	// between the same-account and the cross-account rules. It is empty in
	// the explanation of a caller decision.
	ResourceAccount string `json:"resourceAccount,omitempty"`
	// ResourceOwner is the Source of the Session.Owned entry that gave
	// ResourceAccount (and the aws:ResourceTag/… keys), such as
	// "resources[0]"; empty when the scenario does not describe the
	// resource.
	ResourceOwner string `json:"resourceOwner,omitempty"`
	// Warnings are the inputs that make the decision doubtful: policies
	// with errors that AWS would have refused.
	Warnings []Warning `json:"warnings,omitempty"`
}

// The principals of an explanation.
const (
	PrincipalSession = "session"
	PrincipalCaller  = "caller"
)

// The parts of identity ∧ boundary ∧ session named in
// Explanation.NotAllowedBy.
const (
	NotAllowedByIdentity        = "identity"        // no identity-based policy allows
	NotAllowedByBoundary        = "boundary"        // the permissions boundary does not allow
	NotAllowedByNoSessionPolicy = "noSessionPolicy" // no session policy was passed
	NotAllowedBySession         = "session"         // no session policy allows
)

// Warning is a policy with errors that was evaluated anyway.
type Warning struct {
	// Source names the policy; Errors is its number of error diagnostics.
	Source string `json:"source"`
	Errors int    `json:"errors"`
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
	RuleSCPNotAllowed        = "scpNotAllowed"        // implicit deny: a level of the account's path has no SCP that allows
	RuleKeyPolicyNoAccount   = "keyPolicyNoAccount"   // implicit deny: a KMS key policy does not let IAM policies work

	// Rules of the caller decision (DecideCaller).
	RuleRootCaller       = "rootCaller"       // the account root user is allowed
	RuleIdentityBoundary = "identityBoundary" // identity ∧ boundary allow
)

// Step is one step of AWS's evaluation order as the request went through it.
type Step struct {
	// ID is one of the Step* constants: StepGetCallerIdentity,
	// StepExplicitDeny, StepServiceRestriction, StepResourceGrant,
	// StepIdentitySession for a session decision, and StepRootCaller,
	// StepExplicitDeny, StepIdentityBoundary for a caller decision.
	ID string `json:"id"`
	// Outcome is "passed" (the request went on to the next step),
	// "decided" (this step gave the final decision) or "skipped" (not
	// reached).
	Outcome string `json:"outcome"`
	// Finding is what the step found, one of the Finding* constants.
	Finding string `json:"finding"`
}

// SetTrace is the verdict of one policy set and the trace of its policies.
type SetTrace struct {
	// Set is "scp", "identity", "boundary", "session" or "resource".
	Set string `json:"set"`
	// Verdict is "allow" (an Allow matched and no Deny), "deny" (a Deny
	// matched), "noMatch" (nothing matched) or "absent" (no policy in the
	// set: for the boundary it means no limit, for session policies it
	// means nothing is allowed).
	Verdict  string        `json:"verdict"`
	Policies []PolicyTrace `json:"policies"`
	// Note is, when the verdict needs one, a Note* code for a remark about
	// the set (a root caller, an absent boundary, a resource policy that
	// only delegates to the account).
	Note string `json:"note,omitempty"`
	// Grants are, for the resource set, whom the matching Allow statements
	// name ("account", "user", "session"), in that order.
	Grants []string `json:"grants,omitempty"`
	// Levels are, for the SCP set, the verdict of each level of the
	// account's path, from the root down.
	Levels []LevelTrace `json:"levels,omitempty"`
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

// Reason is why a statement did not apply, as data.
type Reason struct {
	// Element is "action", "resource", "principal" or "condition".
	Element string `json:"element"`
	// Code is one of the Reason* constants.
	Code string `json:"code"`
	// Value is the request's action or resource (action and resource
	// reasons).
	Value string `json:"value,omitempty"`
	// Values are the element's values as written (ReasonNoMatch), or the
	// one value that excluded the request (ReasonExcluded).
	Values []string `json:"values,omitempty"`
	// Variables is true when policy variables in the values were replaced
	// by the request's values (ReasonNoMatch).
	Variables bool `json:"variables,omitempty"`
	// Session, User and Account are the principals a resource-based policy
	// could have named (principal reasons); User is empty for a session
	// of the root user.
	Session string `json:"session,omitempty"`
	User    string `json:"user,omitempty"`
	Account string `json:"account,omitempty"`
	// Condition is what the first failing condition found (condition
	// reasons).
	Condition *condition.Detail `json:"condition,omitempty"`
	// Range is where the failing element is in the policy text.
	Range policy.Range `json:"range"`
}

// StatementRef points at one statement of one policy.
type StatementRef struct {
	// Set is the policy set of the statement.
	Set    string        `json:"set"`
	Source string        `json:"source"`
	Index  int           `json:"index"`
	Sid    string        `json:"sid,omitempty"`
	Effect policy.Effect `json:"effect"`
	Range  policy.Range  `json:"range"`
}
