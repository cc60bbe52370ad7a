package condition

import (
	"strings"
	"testing"

	"github.com/stsplay/stsplay/engine/policy"
)

// operatorNames are the operators the fuzz target picks from, with and
// without qualifiers.
var operatorNames = []string{
	"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
	"NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
	"DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
	"Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null", "Bogus",
}

// FuzzCondition evaluates random conditions against random contexts and
// checks the invariants that hold whatever the values: no panic, the
// detail names the rule that decided, a missing key follows the
// missing-key rules, and a negated operator on one value is the negation of
// its positive form when both values parse.
func FuzzCondition(f *testing.F) {
	f.Add(uint8(0), uint8(0), "10.0.0.1", "10.0.0.1\x00203.0.113.5", true, true)
	f.Add(uint8(21), uint8(1), "10.0.0.0/8", "10.1.2.3", true, false)
	f.Add(uint8(12), uint8(2), "2026-01-01T00:00:00Z", "1767225600", false, true)
	f.Add(uint8(4), uint8(3), "home/${aws:username}/*", "home/Bob/x\x00y", true, true)
	f.Add(uint8(8), uint8(4), "1e400", "-0.0", true, false)
	f.Fuzz(func(t *testing.T, opIdx, qual uint8, policyValues, requestValues string, present, vars bool) {
		name := operatorNames[int(opIdx)%len(operatorNames)]
		switch qual % 5 {
		case 1:
			name = "ForAnyValue:" + name
		case 2:
			name = "ForAllValues:" + name
		case 3:
			name += "IfExists"
		}
		c := cond(name, "k", strings.Split(policyValues, "\x00")...)
		var entries []kv
		if present {
			values := strings.Split(requestValues, "\x00")
			entries = append(entries, many("k", values...), one("aws:username", values[0]))
		}
		ctx := context(entries...)
		r := Check(c, vars, ctx)
		if d := r.Detail(); d.Cause == "" || d.Matched != r.Matched {
			t.Fatalf("the detail of %s does not say what was found: %+v", name, d)
		}
		if !present && familyOf(c.Operator.Base) != famNull && r.reason == reasonKeyMissing {
			set := c.Operator.Set
			want := set == policy.ForAllValues || c.Operator.IfExists || negated(c.Operator.Base) && set == policy.NoSet
			if r.Matched != want {
				t.Fatalf("%s on a missing key = %v, want %v", name, r.Matched, want)
			}
		}
		if qual%5 == 0 && present && negated(c.Operator.Base) && r.reason == reasonCompared {
			pos := *c
			pos.Operator.Base = positive(c.Operator.Base)
			if p := Check(&pos, vars, ctx); p.reason == reasonCompared && p.Matched == r.Matched {
				t.Fatalf("%s and %s agree (%v) on %q", c.Operator.Base, pos.Operator.Base, r.Matched, requestValues)
			}
		}
	})
}

// positive returns the positive operator of a negated one.
func positive(base string) string {
	switch base {
	case "NotIpAddress":
		return "IpAddress"
	case "StringNotEqualsIgnoreCase":
		return "StringEqualsIgnoreCase"
	}
	return strings.Replace(base, "Not", "", 1)
}
