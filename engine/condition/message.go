package condition

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stsplay/stsplay/engine/match"
	"github.com/stsplay/stsplay/engine/policy"
)

// Explain returns a full sentence that explains the Result for a learner:
// which operator and key, the request values and the policy values, and the
// rule that decided. Evaluate stores it in Message; after Check it is built
// on demand, reading policy variables from the context given to Check.
func (r Result) Explain() string {
	if r.Message != "" {
		return r.Message
	}
	c := r.cond
	switch {
	case r.reason == reasonNoCondition:
		return "There is no condition to evaluate."
	case c == nil:
		return ""
	}
	if r.reason == reasonUnknownOperator {
		return fmt.Sprintf("The condition operator %q is not one AWS defines, so the condition does not match.", opName(c))
	}
	var b strings.Builder
	b.WriteString(opName(c))
	b.WriteString(" on ")
	b.WriteString(c.Key.Value)
	if r.Matched {
		b.WriteString(" matches: ")
	} else {
		b.WriteString(" does not match: ")
	}
	r.writeReason(&b)
	b.WriteString(".")
	r.writeUnresolved(&b)
	return b.String()
}

// writeReason writes the clause after "matches:" or "does not match:".
func (r Result) writeReason(b *strings.Builder) {
	c, op, key := r.cond, r.cond.Operator, r.cond.Key.Value
	switch r.reason {
	case reasonNull:
		where := "is in the request"
		if !r.KeyPresent {
			where = "is not in the request"
		} else if len(r.RequestValues) == 0 {
			where = "is in the request with no values, which counts as null"
		}
		asks := "true asks for the key to be absent"
		if r.pol >= 0 && strings.EqualFold(c.Values[r.pol].Value, "false") {
			asks = "false asks for the key to be present"
		}
		if len(c.Values) == 0 {
			fmt.Fprintf(b, "the key %s %s, and the condition lists no value", key, where)
			return
		}
		fmt.Fprintf(b, "the key %s %s, and Null %s", key, where, asks)
	case reasonBadNullValue:
		fmt.Fprintf(b, "the policy value %q is neither true nor false, which Null needs", c.Values[r.pol].Value)
	case reasonBadPolicyValue:
		fmt.Fprintf(b, "the policy value %q is not %s", c.Values[r.pol].Value, typeName(familyOf(op.Base)))
	case reasonBadRequestValue:
		what := typeName(familyOf(op.Base))
		if familyOf(op.Base) == famIP {
			what = "an IP address (such as 203.0.113.5 or 2001:db8::1)"
		}
		fmt.Fprintf(b, "the request value %q is not %s", r.RequestValues[r.req], what)
	case reasonKeyMissing, reasonNoValues:
		if r.reason == reasonKeyMissing {
			fmt.Fprintf(b, "the key %s is not in the request", key)
		} else if len(r.RequestValues) > 0 {
			fmt.Fprintf(b, "the key %s is in the request with only empty values, a null data set", key)
		} else {
			fmt.Fprintf(b, "the key %s is in the request with no values", key)
		}
		switch {
		case op.Set == policy.ForAllValues:
			b.WriteString(", and ForAllValues is true when there are no request values")
		case op.Set == policy.ForAnyValue && r.Matched:
			b.WriteString(", and an …IfExists operator is true when the key is missing")
		case op.Set == policy.ForAnyValue:
			b.WriteString(", and ForAnyValue is false when there are no request values")
		case op.IfExists:
			b.WriteString(", and an …IfExists operator is true when the key is missing")
		case negated(op.Base):
			b.WriteString(", and a negated operator is true when its key is missing")
		}
	case reasonMultiPlain:
		fmt.Fprintf(b, "the key has %d values in the request (%s), and an operator without ForAnyValue: or ForAllValues: does not match a multivalued key", len(r.RequestValues), quoteList(r.RequestValues))
	case reasonCompared:
		r.writeComparison(b)
	}
}

// writeComparison explains a comparison of request and policy values.
func (r Result) writeComparison(b *strings.Builder) {
	op := r.cond.Operator
	rel := relation(op.Base)
	neg := negated(op.Base)
	pols := r.policyList()
	if len(r.cond.Values) == 0 {
		b.WriteString("the condition lists no policy value to compare the request values with")
		return
	}
	if r.req >= 0 {
		v := strconv.Quote(r.RequestValues[r.req])
		if r.pol >= 0 {
			fmt.Fprintf(b, "the request value %s is %s %s", v, rel, r.policyValue(r.pol))
		} else if len(r.cond.Values) == 1 {
			fmt.Fprintf(b, "the request value %s is not %s %s", v, rel, pols)
		} else {
			fmt.Fprintf(b, "the request value %s is not %s any of %s", v, rel, pols)
		}
		return
	}
	reqs := quoteList(r.RequestValues)
	switch {
	case op.Set == policy.ForAllValues && !neg:
		fmt.Fprintf(b, "every request value (%s) is %s one of %s", reqs, rel, pols)
	case op.Set == policy.ForAllValues:
		fmt.Fprintf(b, "no request value (%s) is %s any of %s", reqs, rel, pols)
	case !neg:
		fmt.Fprintf(b, "none of the request values (%s) is %s any of %s", reqs, rel, pols)
	default:
		fmt.Fprintf(b, "every request value (%s) is %s one of %s", reqs, rel, pols)
	}
}

// writeUnresolved adds a sentence for each policy value whose variable has
// no value.
func (r Result) writeUnresolved(b *strings.Builder) {
	if !r.vars || !substitutes(familyOf(r.cond.Operator.Base)) || r.reason != reasonCompared && r.reason != reasonMultiPlain {
		return
	}
	for _, v := range r.cond.Values {
		if !match.HasVariables(v.Value) {
			continue
		}
		if _, ok := match.Expand(v.Value, true, r.ctx); !ok {
			fmt.Fprintf(b, " The policy value %q uses a policy variable that has no value in this request, so it matches nothing.", v.Value)
		}
	}
}

// substitutes reports whether policy variables are substituted in the
// values of a family: String and Arn [RULES.md#policy-variables], and Bool [RULES.md#policy-variables] (see
// boolValues).
func substitutes(f family) bool { return f == famString || f == famArn || f == famBool }

// policyList lists the policy values, quoted and joined by commas.
func (r Result) policyList() string {
	parts := make([]string, len(r.cond.Values))
	for i := range r.cond.Values {
		parts[i] = r.policyValue(i)
	}
	return strings.Join(parts, ", ")
}

// policyValue quotes one policy value, with its substituted text when it
// holds policy variables.
func (r Result) policyValue(i int) string {
	v := r.cond.Values[i].Value
	q := strconv.Quote(v)
	if !r.vars || !substitutes(familyOf(r.cond.Operator.Base)) || !match.HasVariables(v) {
		return q
	}
	p, ok := match.Expand(v, true, r.ctx)
	if !ok {
		return q + " (its variable has no value)"
	}
	return fmt.Sprintf("%s (here %q)", q, p.String())
}

// quoteList quotes and joins values.
func quoteList(values []string) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = strconv.Quote(v)
	}
	return strings.Join(parts, ", ")
}

// opName returns the operator as written, or its canonical spelling.
func opName(c *policy.Condition) string {
	if c.OperatorText.Value != "" {
		return c.OperatorText.Value
	}
	return c.Operator.String()
}

// relation returns the words that complete "the request value X is … Y" for
// the positive form of the operator.
func relation(base string) string {
	switch base {
	case "StringEquals", "StringNotEquals", "NumericEquals", "NumericNotEquals", "Bool", "BinaryEquals":
		return "equal to"
	case "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase":
		return "equal (ignoring case) to"
	case "StringLike", "StringNotLike":
		return "matched by"
	case "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike":
		return "matched (component by component) by"
	case "NumericLessThan":
		return "less than"
	case "NumericLessThanEquals":
		return "less than or equal to"
	case "NumericGreaterThan":
		return "greater than"
	case "NumericGreaterThanEquals":
		return "greater than or equal to"
	case "DateEquals", "DateNotEquals":
		return "the same time as"
	case "DateLessThan":
		return "before"
	case "DateLessThanEquals":
		return "at or before"
	case "DateGreaterThan":
		return "after"
	case "DateGreaterThanEquals":
		return "at or after"
	case "IpAddress", "NotIpAddress":
		return "in"
	}
	return "compared with"
}

// typeName names what a value of the family must be.
func typeName(f family) string {
	switch f {
	case famNumeric:
		return "a number (an integer or a decimal such as 10 or 2.5)"
	case famDate:
		return "a date (ISO 8601 such as 2026-01-31T12:00:00Z, or epoch seconds)"
	case famBool:
		return "a boolean (true or false)"
	case famBinary:
		return "base-64 encoded binary data"
	case famIP:
		return "an IP address or CIDR range (such as 203.0.113.0/24 or 2001:db8::/32)"
	}
	return "valid for the operator"
}
