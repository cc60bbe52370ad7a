package condition

import (
	"net/netip"
	"time"

	"github.com/stsplay/stsplay/engine/internal/operator"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// Check evaluates the condition c against the request context ctx. vars
// tells whether policy variables are substituted (the policy's Version is
// 2012-10-17); they are substituted only in the values of the String and Arn
// operators [RULES.md#policy-variables: "You can use policy variables … in string comparisons in
// the Condition element"; "You can't use a policy variable with other
// operators, such as Numeric, Date, Boolean, Binary, IP Address, or Null
// operators"]. It does not allocate; Result.Detail says what it found.
//
// The rules, in the order applied:
//   - An unknown operator never matches.
//   - Null is true when the key's presence is what its value asks for:
//     "true (the key doesn't exist — it is null) or false (the key exists and
//     its value is not null)" [RULES.md#null-operator]. A key present with no values counts as
//     null (our choice: its data set is empty, as RULES.md#set-operators calls it).
//   - A policy value that cannot be read for the operator (such as "abc"
//     for NumericEquals) makes the condition false; AWS would have refused
//     the policy.
//   - A missing key: "If the key that you specify in a policy condition is
//     not present in the request context, the values do not match and the
//     condition is false. If the policy condition requires that the key is
//     not matched, such as StringNotLike or ArnNotLike, and the right key is
//     not present, the condition is true" [RULES.md#missing-keys]; with …IfExists, "If the key
//     is not present, evaluate the condition element as true" [RULES.md#if-exists]. With a
//     set operator, ForAnyValue "For no matching key or a null dataset …
//     returns false" and ForAllValues "also returns true if there are no keys
//     in the request, or if the key values resolve to a null data set"
//     [RULES.md#set-operators]; ForAnyValue:…IfExists on a missing key is true by the IfExists
//     rule (RULES.md#set-operators marks this inferred; iam-simulate says
//     false).
//   - Several policy values are ORed; for a negated operator they are ANDed
//     ("When multiple values are listed in a policy for negated matching
//     condition operators … the effective permissions work like a logical
//     AND", RULES.md#condition-block), that is, the request value must match none of them.
//   - ForAnyValue: at least one request value passes; ForAllValues: every
//     request value passes [RULES.md#condition-block].
//   - An operator without a set qualifier against a key with several values
//     is false: "Multivalued context keys require a condition set operator"
//     (Single-valued vs. multivalued context keys); iam-simulate also
//     evaluates it to false (RULES.md#multivalued-keys). A key present with no values is treated as
//     missing (our choice), and a multivalued key with exactly one value is
//     compared like a single-valued one.
//
// From indexFrom comparisons on, the policy values are indexed once and
// each request value is looked up (see valueIndex and orderIndex), which
// finds the same first matching policy value as comparing every pair.
func Check(c *policy.Condition, vars bool, ctx reqctx.Getter) Result {
	r := Result{cond: c, vars: vars, ctx: ctx, req: -1, pol: -1}
	if c == nil {
		r.reason = reasonNoCondition
		return r
	}
	op := c.Operator
	in, known := operator.Lookup(op.Base)
	f := in.Family
	if !known {
		r.reason = reasonUnknownOperator
		return r
	}
	if ctx != nil {
		r.RequestValues, r.KeyPresent = ctx.Get(c.Key.Value)
	}
	if f == famNull {
		return checkNull(r)
	}
	// Read the policy values once; up to eight stay on the stack.
	m := matcher{f: f, in: in, vars: vars, ctx: ctx, policy: c.Values}
	var tv typedValues
	bad := -1
	switch f {
	case famNumeric:
		var buf [8]operator.Number
		tv.nums, bad = parseAll(buf[:0], c.Values, operator.ParseNumber)
	case famDate:
		var buf [8]time.Time
		tv.dates, bad = parseAll(buf[:0], c.Values, operator.ParseDate)
	case famBool:
		var buf [8]boolValue
		tv.bools, bad = boolValues(buf[:0], c.Values, vars, ctx)
	case famIP:
		var buf [8]netip.Prefix
		tv.ips, bad = parseAll(buf[:0], c.Values, operator.ParseIPRange)
	case famBinary:
		var buf [8][]byte
		tv.bins, bad = decodeAll(buf[:0], c.Values)
	}
	if bad >= 0 {
		r.reason, r.pol = reasonBadPolicyValue, bad
		return r
	}
	neg := in.Negated
	values := r.RequestValues
	switch {
	case !r.KeyPresent || len(values) == 0 || op.Set != policy.NoSet && nullData(values):
		if r.KeyPresent {
			r.reason = reasonNoValues
		} else {
			r.reason = reasonKeyMissing
		}
		switch op.Set {
		case policy.ForAnyValue:
			r.Matched = op.IfExists && !r.KeyPresent
		case policy.ForAllValues:
			r.Matched = true
		default:
			r.Matched = op.IfExists || neg
		}
		return r
	case op.Set == policy.NoSet && len(values) > 1:
		r.reason = reasonMultiPlain
		return r
	}
	r.reason = reasonCompared
	var idx *indexes
	if m.indexable(len(values)) {
		idx = newIndexes(m, &tv)
	}
	for i, v := range values {
		pol, bad := idx.first(&m, v, &tv)
		if bad {
			r.reason, r.req, r.Matched = reasonBadRequestValue, i, false
			return r
		}
		pass := (pol >= 0) != neg
		if op.Set == policy.ForAllValues {
			if !pass {
				r.req, r.pol = i, pol
				return r
			}
			continue
		}
		// A plain operator has one value here; ForAnyValue stops at the
		// first request value that passes.
		if pass || op.Set == policy.NoSet {
			r.Matched, r.req, r.pol = pass, i, pol
			return r
		}
	}
	// ForAllValues with every value passing, or ForAnyValue with none.
	r.Matched = op.Set == policy.ForAllValues
	return r
}

// checkNull evaluates the Null operator.
func checkNull(r Result) Result {
	r.reason = reasonNull
	null := !r.KeyPresent || nullData(r.RequestValues)
	for i, v := range r.cond.Values {
		want, ok := operator.ParseNull(v.Value)
		if !ok {
			r.reason, r.pol, r.Matched = reasonBadNullValue, i, false
			return r
		}
		if operator.NullHolds(want, null) && !r.Matched {
			r.Matched, r.pol = true, i
		}
	}
	if !r.Matched && len(r.cond.Values) > 0 {
		r.pol = 0
	}
	return r
}

// nullData reports whether request values "resolve to a null data set,
// such as an empty string" (Condition operators, ForAllValues): no values,
// or only empty strings. Set operators and Null treat such a key as null:
// ForAllValues is then true, ForAnyValue false, and Null "false" does not
// match ("to prevent missing context keys or context keys with empty values
// from evaluating to true", Multivalued context key examples). Operators
// without a set qualifier still compare an empty string as a value.
func nullData(values []string) bool {
	for _, v := range values {
		if v != "" {
			return false
		}
	}
	return true
}
