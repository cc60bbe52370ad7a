package eval

import (
	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/policy"
)

// The names of the policy sets, as used in SetTrace.Set and in texts.
const (
	SetIdentity = "identity"
	SetBoundary = "boundary"
	SetSession  = "session"
	SetResource = "resource"
)

// verdict is what one policy set says about a request.
type verdict struct {
	// present is true when the set has at least one policy.
	present bool
	// allow and deny are true when a matching Allow or Deny statement was
	// found.
	allow, deny bool
	// grants has bit 1<<g set for every grant g of a matching Allow
	// statement of a resource-based policy.
	grants uint8
}

// has reports whether a matching Allow statement of a resource-based policy
// made grant g.
func (v verdict) has(g grant) bool { return v.grants&(1<<g) != 0 }

// anyGrant reports whether a resource-based policy allows the request for
// the session, its user or its account.
func (v verdict) anyGrant() bool { return v.grants&^1 != 0 }

// word returns the verdict as SetTrace.Verdict spells it.
func (v verdict) word() string {
	switch {
	case !v.present:
		return "absent"
	case v.deny:
		return "deny"
	case v.allow:
		return "allow"
	}
	return "noMatch"
}

// allowSettled reports whether more Allow statements cannot change the
// verdict, so the fast path may skip them (Deny statements are always
// evaluated).
func (v verdict) allowSettled(resourcePolicy bool) bool {
	if resourcePolicy {
		return v.has(grantSession)
	}
	return v.allow
}

// policy evaluates every statement of one policy into v. With a recorder
// every statement is evaluated and traced; without one, Allow statements
// are skipped once the set's Allow is settled, which cannot change the
// decision.
func (e *evaluator) policy(v *verdict, ref *PolicyRef, set string, resourcePolicy bool, rec *recorder) {
	p := ref.Policy
	if p == nil {
		return
	}
	v.present = true
	rec.beginPolicy(ref)
	vars := p.VariablesEnabled()
	for _, st := range p.Statements {
		if rec == nil && st.Effect == policy.Allow && v.allowSettled(resourcePolicy) {
			continue
		}
		o := e.statement(st, vars, resourcePolicy)
		if rec != nil {
			rec.statement(e, set, ref, st, &o, vars)
		}
		if !o.matched {
			continue
		}
		switch st.Effect {
		case policy.Deny:
			v.deny = true
		case policy.Allow:
			v.allow = true
			if resourcePolicy {
				v.grants |= 1 << o.grant
			}
		}
	}
}

// Governs reports whether a resource-based policy attached to attachedTo
// applies to resource: the resource itself, or, for an S3 bucket
// (arn:PARTITION:s3:::bucket), any object under it (ARN
// arn:PARTITION:s3:::bucket/key), since a bucket policy's statements name
// both the bucket and its objects.
func Governs(attachedTo, resource string) bool {
	if attachedTo == resource {
		return true
	}
	if !arn.IsS3Bucket(attachedTo) || len(resource) <= len(attachedTo) {
		return false
	}
	return resource[:len(attachedTo)] == attachedTo && resource[len(attachedTo)] == '/'
}
