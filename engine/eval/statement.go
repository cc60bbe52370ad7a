package eval

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/internal/condition"
	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// element names the part of a statement that did not match.
type element uint8

// The elements, in the order they are checked.
const (
	elemNone element = iota
	elemAction
	elemResource
	elemPrincipal
	elemCondition
)

// String returns the word used in Reason.Element.
func (e element) String() string {
	switch e {
	case elemAction:
		return "action"
	case elemResource:
		return "resource"
	case elemPrincipal:
		return "principal"
	case elemCondition:
		return "condition"
	}
	return ""
}

// outcome is the result of matching one statement against the request. It
// is a plain value so that the fast path allocates nothing for it.
type outcome struct {
	matched bool
	// grant is, for a matching statement of a resource-based policy, whom
	// its Principal names.
	grant grant
	// fail is the first element that did not match.
	fail element
	// principal is the Principal outcome when fail is elemPrincipal.
	principal principalOutcome
	// cond and condResult are the first failing condition.
	cond       *policy.Condition
	condResult condition.Result
}

// evaluator matches statements against one request. It is built on the
// stack for every decision.
type evaluator struct {
	action   string
	resource string
	// partition is the principal's partition, for resourceMatches.
	partition string
	ctx       reqctx.Getter
	// ids and hasBoundary are used for resource-based policies only.
	ids         principalIDs
	hasBoundary bool
}

// statement matches one statement (RULES.md#decision-procedure,
// "anyMatchingAllow"): Action/NotAction, then Resource/NotResource, then,
// in a resource-based policy, Principal/NotPrincipal, then every condition
// (all must hold: "the conditions are evaluated using a logical AND",
// Creating a condition with multiple keys or values). It stops at the first
// element that does not match, which is the reason the trace shows.
func (e *evaluator) statement(st *policy.Statement, vars, resourcePolicy bool) outcome {
	if !e.actionMatches(&st.Action) {
		return outcome{fail: elemAction}
	}
	if !e.resourceMatches(&st.Resource, vars, resourcePolicy) {
		return outcome{fail: elemResource}
	}
	g := grantNone
	if resourcePolicy {
		po, pg := e.ids.matchPrincipal(st, e.hasBoundary)
		if po != principalMatch {
			return outcome{fail: elemPrincipal, principal: po}
		}
		g = pg
	}
	for _, c := range st.Conditions {
		// Check allocates nothing; the recorder asks the Result for its
		// Detail only when it explains.
		if r := condition.Check(c, vars, e.ctx); !r.Matched {
			return outcome{fail: elemCondition, cond: c, condResult: r}
		}
	}
	return outcome{matched: true, grant: g}
}

// actionMatches applies Action (any value matches) or NotAction (no value
// matches: "explicitly matches everything except the specified list of
// actions", IAM JSON policy elements: NotAction). Action names are matched
// by match.Action, case-insensitively with * and ?.
func (e *evaluator) actionMatches(b *policy.Block) bool {
	hit := false
	for i := range b.Values {
		if match.Action(b.Values[i].Value, e.action) {
			hit = true
			break
		}
	}
	return hit != b.Not
}

// resourceMatches applies Resource (any value matches) or NotResource (no
// value matches). A statement of a resource-based policy without either
// element applies to the resource the policy is attached to (the parser
// warns about it: missing-resource); in other policies it matches nothing.
// Policy variables are substituted only when the policy's Version enables
// them (IAM policy elements: Variables and tags).
func (e *evaluator) resourceMatches(b *policy.Block, vars, resourcePolicy bool) bool {
	if len(b.Values) == 0 && !b.Not {
		return resourcePolicy
	}
	hit := false
	for i := range b.Values {
		if e.resourceValue(b.Values[i].Value, vars) {
			hit = true
			break
		}
	}
	return hit != b.Not
}

// resourceValue matches one Resource or NotResource value. A request whose
// resource is "*" (an action without a resource type, such as
// s3:ListAllMyBuckets) is also matched by a pattern that covers every
// resource of the action's service, such as arn:aws:s3:::* (see
// match.CoversService for the AWS example this follows).
func (e *evaluator) resourceValue(pattern string, vars bool) bool {
	if match.Resource(pattern, e.resource, vars, e.ctx) {
		return true
	}
	if e.resource != "*" {
		return false
	}
	service, _, _ := strings.Cut(e.action, ":")
	return match.CoversService(pattern, arn.PartitionOr(e.partition), service)
}

// firstMatching returns the first value of a block that matches, for the
// explanation of a NotAction or NotResource that excluded the request.
func (e *evaluator) firstMatching(b *policy.Block, isAction, vars bool) (policy.String, bool) {
	for _, v := range b.Values {
		ok := false
		if isAction {
			ok = match.Action(v.Value, e.action)
		} else {
			ok = e.resourceValue(v.Value, vars)
		}
		if ok {
			return v, true
		}
	}
	return policy.String{}, false
}
