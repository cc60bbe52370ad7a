// Package match implements the string matching of IAM policies: the
// case-insensitive action glob, ARN and resource matching segment by
// segment, and the substitution of policy variables such as
// ${aws:username}.
//
// Every matcher runs in O(len(pattern)·len(text)) time at worst (there is no
// exponential backtracking, whatever the pattern), never panics, and does not
// allocate when the pattern holds no policy variable. The AWS rules each
// function follows are quoted next to the code; the sources are the IAM User
// Guide pages "IAM JSON policy elements: Action", "… Resource", "… Condition
// operators" and "IAM policy elements: Variables and tags" (see
// RULES.md#action-matching, RULES.md#resource-matching,
// RULES.md#arn-operators and RULES.md#policy-variables).
package match
