package sts

import "github.com/stsplay/stsplay/engine/principal"

// The actions the caller of GetFederationToken needs.
const (
	// ActionGetFederationToken is needed on the federated user's ARN
	// (IAM User Guide, "Permissions for GetFederationToken"; the Manager*
	// example names arn:aws:sts::123456789012:federated-user/Manager*).
	ActionGetFederationToken = "sts:GetFederationToken"
	// ActionTagSession is needed as well when the request passes session
	// tags (IAM User Guide, "Passing session tags in AWS STS"; RULES.md#session-tags).
	ActionTagSession = "sts:TagSession"
)

// AuthRequest is one permission check of the caller: may it perform Action
// on Resource with these request tags? The authorizer evaluates it against
// the caller's identity policies and permissions boundary, with
// aws:RequestTag/<key> and aws:TagKeys taken from Tags.
type AuthRequest struct {
	// Action is ActionGetFederationToken or ActionTagSession.
	Action string
	// Resource is the federated user's ARN.
	Resource string
	// Tags are the session tags of the request, in order.
	Tags []principal.Tag
	// Validated is the request being authorized.
	Validated *Validated
}

// Authorizer decides whether the caller may perform one action. The
// scenario package wires it to eval.DecideCaller; it is a callback so that
// this package does not depend on the evaluator.
type Authorizer func(AuthRequest) AuthDecision

// AuthDecision is an Authorizer's answer: whether the action is allowed
// and, when it is not and the kind of policy that refused it is known, that
// kind, so that AccessDenied can say so (RULES.md#access-denied).
type AuthDecision struct {
	Allowed bool
	// DeniedBy is the policy type that refused, as AWS's access-denied
	// messages name it ("service control policy"), or "".
	DeniedBy string
	// Explicit is true when a Deny statement of that type refused, false
	// when none of its policies allows the action.
	Explicit bool
}

// Authorize checks that caller may create the session v describes: it
// needs sts:GetFederationToken on the federated user's ARN and, when tags
// are passed, sts:TagSession on the same ARN (the resource of TagSession
// for GetFederationToken is UNCONFIRMED; AssumeRole checks it on the role).
// The root user is always allowed and authorize is not called (IAM User
// Guide, "Policy evaluation logic": the root user has full access to its
// account). A nil authorize denies every IAM user. The first denial is
// returned as AccessDenied naming the caller, the action and the resource.
func Authorize(v *Validated, caller principal.Caller, authorize Authorizer) *Error {
	if caller.IsRoot() {
		return nil
	}
	actions := []string{ActionGetFederationToken}
	if len(v.Tags) > 0 {
		actions = append(actions, ActionTagSession)
	}
	for _, action := range actions {
		r := AuthRequest{Action: action, Resource: v.FederatedUserARN, Tags: v.Tags, Validated: v}
		if authorize == nil {
			return AccessDeniedError(caller.ARN(), action, v.FederatedUserARN)
		}
		if d := authorize(r); !d.Allowed {
			return accessDeniedBy(caller.ARN(), action, v.FederatedUserARN, d)
		}
	}
	return nil
}

// accessDeniedBy is AccessDeniedError followed, when the authorizer knows
// the type of the policy that refused, by the clause of AWS's access-denied
// message format: " with an explicit deny in a service control policy" or
// " because no service control policy allows the sts:GetFederationToken
// action" (RULES.md#access-denied; that STS appends it to this message is
// UNCONFIRMED).
func accessDeniedBy(callerARN, action, resource string, d AuthDecision) *Error {
	e := AccessDeniedError(callerARN, action, resource)
	switch {
	case d.DeniedBy == "":
	case d.Explicit:
		e.Message += " with an explicit deny in a " + d.DeniedBy
	default:
		e.Message += " because no " + d.DeniedBy + " allows the " + action + " action"
	}
	return e
}
