package policy_test

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/policy"
)

// ExampleParse parses a session policy that wrongly names a principal and
// prints each diagnostic with its position.
func ExampleParse() {
	text := `{
  "Version": "2012-10-17",
  "Statement": {
    "Principal": "*",
    "Effect": "Allow",
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::productionapp/*"
  }
}`
	pol, diags := policy.Parse(text, policy.Session)
	for _, d := range diags {
		fmt.Printf("%d:%d %s %s (%s): %s\n", d.Line, d.Column, d.Severity, d.Code, d.Path, d.Message)
	}
	fmt.Println("rejected:", policy.HasErrors(diags))
	fmt.Println("actions:", pol.Statements[0].Action.Values[0].Value)
	// Output:
	// 4:5 error principal-not-allowed (Statement.Principal): Policy document should not specify a principal.
	// rejected: true
	// actions: s3:GetObject
}

// ExampleParseOperator shows how a condition operator is taken apart.
func ExampleParseOperator() {
	op, ok := policy.ParseOperator("ForAnyValue:StringNotLikeIfExists")
	fmt.Println(ok, op.Set, op.Base, op.IfExists, op.Family(), op.Negated(), op.Wildcards())
	_, ok = policy.ParseOperator("NullIfExists")
	fmt.Println(ok)
	// Output:
	// true ForAnyValue StringNotLike true String true true
	// false
}
