package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stsplay/stsplay/engine/internal/condition"
)

// Condition returns a full sentence that explains what a condition found,
// for a learner: which operator and key, the request values and the policy
// values, and the rule that decided.
func Condition(d *condition.Detail) string {
	switch d.Cause {
	case condition.CauseNoCondition:
		return "There is no condition to evaluate."
	case "":
		return ""
	case condition.CauseUnknownOperator:
		return fmt.Sprintf("The condition operator %q is not one AWS defines, so the condition does not match.", d.Operator)
	}
	var b strings.Builder
	b.WriteString(d.Operator)
	b.WriteString(" on ")
	b.WriteString(d.Key)
	if d.Matched {
		b.WriteString(" matches: ")
	} else {
		b.WriteString(" does not match: ")
	}
	writeCause(&b, d)
	b.WriteString(".")
	writeUnresolved(&b, d)
	return b.String()
}

// writeCause writes the clause after "matches:" or "does not match:".
func writeCause(b *strings.Builder, d *condition.Detail) {
	key := d.Key
	switch d.Cause {
	case condition.CauseNull:
		where := "is in the request"
		if !d.KeyPresent {
			where = "is not in the request"
		} else if len(d.RequestValues) == 0 {
			where = "is in the request with no values, which counts as null"
		}
		asks := "true asks for the key to be absent"
		if d.PolicyIndex >= 0 && strings.EqualFold(d.PolicyValues[d.PolicyIndex], "false") {
			asks = "false asks for the key to be present"
		}
		if len(d.PolicyValues) == 0 {
			fmt.Fprintf(b, "the key %s %s, and the condition lists no value", key, where)
			return
		}
		fmt.Fprintf(b, "the key %s %s, and Null %s", key, where, asks)
	case condition.CauseBadNullValue:
		fmt.Fprintf(b, "the policy value %q is neither true nor false, which Null needs", d.PolicyValues[d.PolicyIndex])
	case condition.CauseBadPolicyValue:
		fmt.Fprintf(b, "the policy value %q is not %s", d.PolicyValues[d.PolicyIndex], typeName(d.Family))
	case condition.CauseBadRequestValue:
		what := typeName(d.Family)
		if d.Family == "IpAddress" {
			what = "an IP address (such as 203.0.113.5 or 2001:db8::1)"
		}
		fmt.Fprintf(b, "the request value %q is not %s", d.RequestValues[d.RequestIndex], what)
	case condition.CauseKeyMissing, condition.CauseNoValues:
		writeMissing(b, d)
	case condition.CauseMultivalued:
		fmt.Fprintf(b, "the key has %d values in the request (%s), and an operator without ForAnyValue: or ForAllValues: does not match a multivalued key", len(d.RequestValues), quoteList(d.RequestValues))
	case condition.CauseCompared:
		writeComparison(b, d)
	}
}

// writeMissing explains a key that is missing or has no values.
func writeMissing(b *strings.Builder, d *condition.Detail) {
	key := d.Key
	if d.Cause == condition.CauseKeyMissing {
		fmt.Fprintf(b, "the key %s is not in the request", key)
	} else if len(d.RequestValues) > 0 {
		fmt.Fprintf(b, "the key %s is in the request with only empty values, a null data set", key)
	} else {
		fmt.Fprintf(b, "the key %s is in the request with no values", key)
	}
	switch {
	case d.Set == "ForAllValues":
		b.WriteString(", and ForAllValues is true when there are no request values")
	case d.Set == "ForAnyValue" && d.Matched:
		b.WriteString(", and an …IfExists operator is true when the key is missing")
	case d.Set == "ForAnyValue":
		b.WriteString(", and ForAnyValue is false when there are no request values")
	case d.IfExists:
		b.WriteString(", and an …IfExists operator is true when the key is missing")
	case d.Negated:
		b.WriteString(", and a negated operator is true when its key is missing")
	}
}

// writeComparison explains a comparison of request and policy values.
func writeComparison(b *strings.Builder, d *condition.Detail) {
	rel := relation(d.Base)
	pols := policyList(d)
	if len(d.PolicyValues) == 0 {
		b.WriteString("the condition lists no policy value to compare the request values with")
		return
	}
	if d.RequestIndex >= 0 {
		v := strconv.Quote(d.RequestValues[d.RequestIndex])
		if d.PolicyIndex >= 0 {
			fmt.Fprintf(b, "the request value %s is %s %s", v, rel, policyValue(d, d.PolicyIndex))
		} else if len(d.PolicyValues) == 1 {
			fmt.Fprintf(b, "the request value %s is not %s %s", v, rel, pols)
		} else {
			fmt.Fprintf(b, "the request value %s is not %s any of %s", v, rel, pols)
		}
		return
	}
	reqs := quoteList(d.RequestValues)
	switch {
	case d.Set == "ForAllValues" && !d.Negated:
		fmt.Fprintf(b, "every request value (%s) is %s one of %s", reqs, rel, pols)
	case d.Set == "ForAllValues":
		fmt.Fprintf(b, "no request value (%s) is %s any of %s", reqs, rel, pols)
	case !d.Negated:
		fmt.Fprintf(b, "none of the request values (%s) is %s any of %s", reqs, rel, pols)
	default:
		fmt.Fprintf(b, "every request value (%s) is %s one of %s", reqs, rel, pols)
	}
}

// writeUnresolved adds a sentence for each policy value whose variable has
// no value.
func writeUnresolved(b *strings.Builder, d *condition.Detail) {
	if d.Substituted == nil || d.Cause != condition.CauseCompared && d.Cause != condition.CauseMultivalued {
		return
	}
	for i, s := range d.Substituted {
		if s.Variables && !s.Resolved {
			fmt.Fprintf(b, " The policy value %q uses a policy variable that has no value in this request, so it matches nothing.", d.PolicyValues[i])
		}
	}
}

// policyList lists the policy values, quoted and joined by commas.
func policyList(d *condition.Detail) string {
	parts := make([]string, len(d.PolicyValues))
	for i := range d.PolicyValues {
		parts[i] = policyValue(d, i)
	}
	return strings.Join(parts, ", ")
}

// policyValue quotes one policy value, with its substituted text when it
// holds policy variables.
func policyValue(d *condition.Detail, i int) string {
	q := strconv.Quote(d.PolicyValues[i])
	if d.Substituted == nil || !d.Substituted[i].Variables {
		return q
	}
	if !d.Substituted[i].Resolved {
		return q + " (its variable has no value)"
	}
	return fmt.Sprintf("%s (here %q)", q, d.Substituted[i].Value)
}

// quoteList quotes and joins values.
func quoteList(values []string) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = strconv.Quote(v)
	}
	return strings.Join(parts, ", ")
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

// typeName names what a value of a family must be.
func typeName(family string) string {
	switch family {
	case "Numeric":
		return "a number (an integer or a decimal such as 10 or 2.5)"
	case "Date":
		return "a date (ISO 8601 such as 2026-01-31T12:00:00Z, or epoch seconds)"
	case "Bool":
		return "a boolean (true or false)"
	case "Binary":
		return "base-64 encoded binary data"
	case "IpAddress":
		return "an IP address or CIDR range (such as 203.0.113.0/24 or 2001:db8::/32)"
	}
	return "valid for the operator"
}
