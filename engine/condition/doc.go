// Package condition evaluates one (operator, key, values) entry of a policy
// Condition element against the request context.
//
// The rules come from the IAM User Guide pages "IAM JSON policy elements:
// Condition operators" [OPS], "IAM JSON policy elements: Condition" [COND],
// "Set operators for multivalued context keys" [MULTI], "Single-valued vs.
// multivalued context keys" and "IAM policy elements: Variables and tags"
// [VARS], as summarised in shared/reference/iam_semantics.md §3 and §4. The
// AND across the entries of a Condition element is the caller's.
//
// Check is the fast path: it allocates nothing for policies without policy
// variables in string values. Result.Detail returns what it found as data;
// package render words it.
package condition
