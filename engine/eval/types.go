// Package eval decides whether a GetFederationToken session (principal
// arn:aws:sts::ACCOUNT:federated-user/NAME) may perform an action on a
// resource, and says why as data: the rule that decided, what each step
// found, the verdict of each policy set and why each statement did or did
// not apply (package render words it).
//
// The procedure is the one of the rule book (RULES.md#decision-procedure),
// which quotes the AWS pages it comes from ("Policy evaluation logic", "Session
// policies", "Permissions for GetFederationToken", "Cross-account policy
// evaluation logic", and the STS API Reference for GetFederationToken).
package eval

import (
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// Decision is the outcome of an evaluation, in the words of IAM's
// SimulatePrincipalPolicy API.
type Decision string

// The three decisions.
const (
	Allowed      Decision = "allowed"
	ExplicitDeny Decision = "explicitDeny"
	ImplicitDeny Decision = "implicitDeny"
)

// PolicyRef is a parsed policy together with where it came from.
type PolicyRef struct {
	// Source names the policy in the scenario, for example
	// "caller.policies[0]", "caller.permissionsBoundary", "request.Policy",
	// "request.PolicyArns[1]" or "resourcePolicies[0]".
	Source string
	// Name is a short label for people (a policy ARN, a resource policy's
	// name); it may be empty.
	Name string
	// Policy is the parsed policy.
	Policy *policy.Policy
	// Diagnostics are the findings of parsing the policy, if the caller
	// kept them. A policy with errors is one AWS would have refused
	// (MalformedPolicyDocument); the scenario layer should not evaluate it.
	// When it is evaluated anyway, the engine uses the statements that
	// could be read and Explain marks the policy (PolicyTrace.Errors) and
	// says so in the summary.
	Diagnostics []policy.Diagnostic
}

// ResourcePolicy is a resource-based policy and the resource it governs.
type ResourcePolicy struct {
	PolicyRef
	// AttachedTo is the ARN of the resource the policy is attached to. For
	// an S3 bucket it also governs the objects under the bucket.
	AttachedTo string
	// Account is the account that owns the resource.
	Account string
}

// Resource is a resource whose owner the scenario states: a request for
// it (or, for an S3 bucket, for an object under it) is a request to a
// resource of Account, so the cross-account rules apply when Account is not
// the session's, even when no resource-based policy is attached to it
// (RULES.md#resource-owner).
type Resource struct {
	// Source names the entry in the scenario, such as "resources[0]".
	Source string
	// ARN is the resource's ARN.
	ARN string
	// Account is the account that owns the resource.
	Account string
	// Context holds the resource's aws:ResourceTag/KEY keys (see
	// ResourceContext); it may be nil.
	Context *reqctx.Context
}

// Session describes a federated-user session and every policy that bears on
// its requests.
type Session struct {
	// Session is the federated user, who created it (its Caller, whose
	// UserName and Path name the IAM user), its session tags and when it
	// was issued.
	principal.Session
	// Identity are the IAM user's identity-based policies.
	Identity []PolicyRef
	// Boundary is the IAM user's permissions boundary, or nil.
	Boundary *PolicyRef
	// SessionPolicies are the inline Policy and the managed PolicyArns,
	// treated as one set; empty when none were passed.
	SessionPolicies []PolicyRef
	// Resources are the resource-based policies known to the scenario.
	Resources []ResourcePolicy
	// Org is the organization of the accounts, or nil when the scenario
	// has none.
	Org *Organization
	// Owned are the resources whose owner (and tags) the scenario gives,
	// with or without a resource-based policy (RULES.md#resource-owner).
	Owned []Resource
	// Context is the session's request context (aws:PrincipalArn,
	// aws:userid, aws:PrincipalTag/…, times); see SessionContext.
	Context *reqctx.Context
}

// Request is one request made with the session's credentials.
type Request struct {
	// Action is "service:Action", such as "s3:GetObject".
	Action string
	// Resource is the ARN the action is performed on.
	Resource string
	// Context holds keys supplied with the request; they override or
	// extend the session's context. It may be nil.
	Context *reqctx.Context
}
