// Package condition evaluates one (operator, key, values) entry of a policy
// Condition element against the request context.
//
// The rules come from the IAM User Guide pages "IAM JSON policy elements:
// Condition operators" [RULES.md#condition-operators], "IAM JSON policy elements: Condition" [RULES.md#condition-block],
// "Set operators for multivalued context keys" [RULES.md#multivalued-keys], "Single-valued vs.
// multivalued context keys" and "IAM policy elements: Variables and tags"
// [RULES.md#policy-variables]; the rule book summarises them (RULES.md#condition-block,
// RULES.md#condition-operators, RULES.md#policy-variables). The
// AND across the entries of a Condition element is the caller's.
//
// The operator table and the reading and comparing of each family's values
// are package operator's, shared with the policy validator, so that a value
// the validator accepts is one Check can compare. This package adds the
// rules around them: missing keys, …IfExists, set operators, policy
// variables and the explanation.
//
// Check is the fast path: it allocates nothing for policies without policy
// variables in string values. Result.Detail returns what it found as data;
// package render words it.
package condition
