package condition

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// cond builds a condition by hand, as the parser would: operator text such
// as "ForAnyValue:StringLikeIfExists", key and values.
func cond(opText, key string, values ...string) *policy.Condition {
	var op policy.Operator
	rest := opText
	switch {
	case strings.HasPrefix(rest, "ForAnyValue:"):
		op.Set, rest = policy.ForAnyValue, strings.TrimPrefix(rest, "ForAnyValue:")
	case strings.HasPrefix(rest, "ForAllValues:"):
		op.Set, rest = policy.ForAllValues, strings.TrimPrefix(rest, "ForAllValues:")
	}
	if familyOf(rest) == famUnknown && strings.HasSuffix(rest, "IfExists") {
		rest, op.IfExists = strings.TrimSuffix(rest, "IfExists"), true
	}
	if familyOf(rest) != famUnknown {
		op.Base = rest
	}
	c := &policy.Condition{OperatorText: policy.String{Value: opText}, Operator: op, Key: policy.String{Value: key}}
	for _, v := range values {
		c.Values = append(c.Values, policy.String{Value: v})
	}
	return c
}

// kv is a context entry for the tests: a single value, or several (or none)
// when multi is set.
type kv struct {
	key    string
	values []string
	multi  bool
}

func one(key, value string) kv             { return kv{key: key, values: []string{value}} }
func many(key string, values ...string) kv { return kv{key: key, values: values, multi: true} }

// context builds a request context from entries.
func context(entries ...kv) *reqctx.Context {
	c := reqctx.New()
	for _, e := range entries {
		if e.multi {
			c.SetMulti(e.key, e.values)
		} else {
			c.Set(e.key, e.values[0])
		}
	}
	return c
}
