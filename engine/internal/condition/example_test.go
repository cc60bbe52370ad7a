package condition_test

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/internal/condition"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

func ExampleCheck() {
	ctx := reqctx.New()
	ctx.Set("aws:SourceIp", "203.0.113.5")
	c := &policy.Condition{
		OperatorText: policy.String{Value: "StringEquals"},
		Operator:     policy.Operator{Base: "StringEquals"},
		Key:          policy.String{Value: "aws:SourceIp"},
		Values:       []policy.String{{Value: "10.0.0.1"}, {Value: "10.0.0.2"}},
	}
	r := condition.Check(c, true, ctx)
	d := r.Detail()
	fmt.Println(r.Matched, d.Cause, d.RequestValues, d.PolicyIndex)

	c.Key.Value = "aws:SourceVpce"
	fmt.Println(condition.Check(c, true, ctx).Detail().Cause)
	// Output:
	// false compared [203.0.113.5] -1
	// keyMissing
}
