package condition_test

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/condition"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/reqctx"
)

func ExampleEvaluate() {
	ctx := reqctx.New()
	ctx.Set("aws:SourceIp", "203.0.113.5")
	c := &policy.Condition{
		OperatorText: policy.String{Value: "StringEquals"},
		Operator:     policy.Operator{Base: "StringEquals"},
		Key:          policy.String{Value: "aws:SourceIp"},
		Values:       []policy.String{{Value: "10.0.0.1"}, {Value: "10.0.0.2"}},
	}
	r := condition.Evaluate(c, true, ctx)
	fmt.Println(r.Matched)
	fmt.Println(r.Message)

	c.Key.Value = "aws:SourceVpce"
	fmt.Println(condition.Evaluate(c, true, ctx).Message)
	// Output:
	// false
	// StringEquals on aws:SourceIp does not match: the request value "203.0.113.5" is not equal to any of "10.0.0.1", "10.0.0.2".
	// StringEquals on aws:SourceVpce does not match: the key aws:SourceVpce is not in the request.
}
