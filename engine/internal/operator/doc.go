// Package operator defines the condition operators of AWS policies once, for
// both the policy validator (package policy) and the condition evaluator
// (package condition): the table of operators (family, negation, whether
// IfExists and the set qualifiers apply, whether policy variables are
// substituted) and, one file per family, how a value of that family is read
// and compared. A value the validator accepts is therefore one the
// evaluator can compare, and a value it refuses is refused by the evaluator
// in the same way.
//
// The rules are those of RULES.md#condition-operators and the sections
// after it (RULES.md#missing-keys, RULES.md#if-exists,
// RULES.md#set-operators, RULES.md#policy-variables), from the IAM User
// Guide page "IAM JSON policy elements: Condition operators",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
//
// The package depends only on the standard library and package match, so
// that policy and condition can both import it.
package operator
