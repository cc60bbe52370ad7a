package condition

import (
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// Result is the outcome of one condition.
type Result struct {
	// Matched is true when the condition holds.
	Matched bool
	// RequestValues are the key's values in the request context (nil when
	// the key is absent). The slice belongs to the context: do not modify.
	RequestValues []string
	// KeyPresent reports whether the key is in the request context.
	KeyPresent bool

	// The rest records why, for Detail.
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
