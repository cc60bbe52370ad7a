// Package operator defines the condition operators of AWS policies once, for
// both the policy validator (package policy) and the condition evaluator
// (package condition): the table of operators (family, negation, whether
// IfExists and the set qualifiers apply, whether policy variables are
// substituted) and, one file per family, how a value of that family is read
// and compared. A value the validator accepts is therefore one the
// evaluator can compare, and a value it refuses is refused by the evaluator
// in the same words.
//
// The rules come from the IAM User Guide, "IAM JSON policy elements:
// Condition operators",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// (cited below as OPS), "Set operators for multivalued context keys",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// (MULTI), and "IAM policy elements: Variables and tags",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
// (VARS).
//
// The package depends only on the standard library and package match, so
// that policy and condition can both import it.
package operator
