package condition

import (
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/reqctx"
)

// Result is the outcome of one condition.
type Result struct {
	// Matched is true when the condition holds.
	Matched bool
	// Message is a full sentence explaining the outcome for a learner. It
	// is set by Evaluate and empty after Check (call Explain).
	Message string
	// RequestValues are the key's values in the request context (nil when
	// the key is absent). The slice belongs to the context: do not modify.
	RequestValues []string
	// KeyPresent reports whether the key is in the request context.
	KeyPresent bool

	// The rest records why, so that Explain can write Message later.
	cond   *policy.Condition
	vars   bool
	ctx    reqctx.Getter
	reason reason
	req    int // index of the request value the message is about, or -1
	pol    int // index of the policy value the message is about, or -1
}

// reason says which rule decided a Result.
type reason uint8

// The reasons.
const (
	// reasonNone is the zero Result's: nothing was evaluated.
	reasonNone reason = iota
	reasonNoCondition
	reasonUnknownOperator
	reasonNull
	reasonBadNullValue
	reasonBadPolicyValue
	reasonBadRequestValue
	reasonKeyMissing
	reasonNoValues
	reasonMultiPlain
	reasonCompared
)

// Evaluate evaluates the condition c against the request context ctx and
// explains the outcome in Result.Message. vars tells whether policy
// variables are substituted (the policy's Version is 2012-10-17); they are
// substituted only in the values of the String and Arn operators [RULES.md#policy-variables: "You
// can use policy variables … in string comparisons in the Condition
// element"; "You can't use a policy variable with other operators, such as
// Numeric, Date, Boolean, Binary, IP Address, or Null operators"].
func Evaluate(c *policy.Condition, vars bool, ctx reqctx.Getter) Result {
	r := Check(c, vars, ctx)
	r.Message = r.Explain()
	return r
}

// PolicyIndex returns the index in the condition's Values of the policy
// value the outcome is about (the one that matched, or for a negated
// operator the one that was equal; or the one that could not be read), or -1
// when no single policy value decided. A caller can use it to point at the
// value in the policy text.
func (r Result) PolicyIndex() int { return r.pol }

// RequestIndex returns the index in RequestValues of the request value the
// outcome is about, or -1 when no single request value decided (a missing
// key, or a set operator decided by all the values).
func (r Result) RequestIndex() int { return r.req }
