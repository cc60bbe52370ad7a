package condition

import (
	"net/netip"
	"strings"
	"time"

	"github.com/stsplay/stsplay/engine/match"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/reqctx"
)

// family is an operator family of [RULES.md#condition-operators].
type family uint8

// The families.
const (
	famUnknown family = iota
	famString
	famNumeric
	famDate
	famBool
	famBinary
	famIP
	famArn
	famNull
)

// familyOf returns the family of a canonical operator name (as
// policy.ParseOperator returns it in Operator.Base).
func familyOf(base string) family {
	switch base {
	case "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike":
		return famString
	case "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals":
		return famNumeric
	case "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals":
		return famDate
	case "Bool":
		return famBool
	case "BinaryEquals":
		return famBinary
	case "IpAddress", "NotIpAddress":
		return famIP
	case "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike":
		return famArn
	case "Null":
		return famNull
	}
	return famUnknown
}

// parseAll reads every policy value with parse, appending to dst. It
// returns the values read and the index of the first value that cannot be
// read, or -1.
func parseAll[T any](dst []T, values []policy.String, parse func(string) (T, bool)) ([]T, int) {
	for i := range values {
		x, ok := parse(values[i].Value)
		if !ok {
			return dst, i
		}
		dst = append(dst, x)
	}
	return dst, -1
}

// boolValue is a Bool policy value once read: ok is false for a value
// whose policy variable has no value, which matches nothing.
type boolValue struct {
	b, ok bool
}

// boolValues reads the values of a Bool condition. Policy variables are
// substituted first when vars is true: "You can use a policy variable with
// the Boolean condition operator" (IAM User Guide, "IAM JSON policy
// elements: Condition operators", Boolean condition operators; the
// "Variables and tags" page lists only string and ARN operators, and this
// engine follows the operator page, which is the more specific). A value
// that is not true or false after substitution is bad, as without
// variables; the index of the first bad value is returned, or -1.
func boolValues(dst []boolValue, values []policy.String, vars bool, ctx reqctx.Getter) ([]boolValue, int) {
	for i := range values {
		text := values[i].Value
		if vars && match.HasVariables(text) {
			pat, ok := match.Expand(text, true, ctx)
			if !ok {
				dst = append(dst, boolValue{})
				continue
			}
			text = pat.String()
		}
		b, ok := parseBool(text)
		if !ok {
			return dst, i
		}
		dst = append(dst, boolValue{b: b, ok: true})
	}
	return dst, -1
}

// firstBadBinary returns the index of the first policy value that is not
// base 64, or -1.
func firstBadBinary(values []policy.String) int {
	for i := range values {
		if _, ok := decodeBinary(values[i].Value); !ok {
			return i
		}
	}
	return -1
}

// matcher compares one request value with the policy values of a
// condition.
type matcher struct {
	f      family
	base   string
	vars   bool
	ctx    reqctx.Getter
	policy []policy.String
}

// typedValues are the policy values read for the typed families. They are
// kept apart from matcher so that they can stay on the stack (matcher's
// context escapes into policy-variable expansion).
type typedValues struct {
	nums  []number
	dates []time.Time
	bools []boolValue
	ips   []netip.Prefix
}

// first returns the index of the first policy value that the request value
// v matches (before negation), or -1; bad is true when v cannot be read for
// the family. tv holds the policy values of the typed families.
func (m *matcher) first(v string, tv *typedValues) (pol int, bad bool) {
	switch m.f {
	case famString, famArn:
		for i := range m.policy {
			if m.matchText(v, m.policy[i].Value) {
				return i, false
			}
		}
		return -1, false
	case famNumeric:
		x, ok := parseNumber(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.nums {
			if compareHolds(m.base, compareNumbers(x, y)) {
				return i, false
			}
		}
	case famDate:
		x, ok := parseDate(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.dates {
			if compareHolds(m.base, x.Compare(y)) {
				return i, false
			}
		}
	case famBool:
		x, ok := parseBool(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.bools {
			if y.ok && x == y.b {
				return i, false
			}
		}
	case famBinary:
		for i := range m.policy {
			if binaryEqual(v, m.policy[i].Value) {
				return i, false
			}
		}
	case famIP:
		x, ok := parseIP(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.ips {
			if y.Contains(x) {
				return i, false
			}
		}
	}
	return -1, false
}

// matchText compares a request value with one String or Arn policy value,
// substituting policy variables when enabled. A value whose variable has no
// value matches nothing: "There is no equal or like value" [RULES.md#policy-variables].
func (m *matcher) matchText(v, p string) bool {
	if m.vars && match.HasVariables(p) {
		pat, ok := match.Expand(p, true, m.ctx)
		if !ok {
			return false
		}
		switch m.base {
		case "StringEquals", "StringNotEquals":
			return pat.Equal(v)
		case "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase":
			return pat.EqualFold(v)
		case "StringLike", "StringNotLike":
			return pat.Match(v)
		}
		return pat.MatchARN(v)
	}
	switch m.base {
	case "StringEquals", "StringNotEquals":
		// "Exact matching, case sensitive" [RULES.md#string-operators].
		return v == p
	case "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase":
		// "Exact matching, ignoring case" [RULES.md#string-operators].
		return strings.EqualFold(v, p)
	case "StringLike", "StringNotLike":
		// "Case-sensitive matching. The values can include multi-character
		// match wildcards (*) and single-character match wildcards (?)
		// anywhere in the string" [RULES.md#string-operators].
		return match.Glob(p, v, false)
	}
	// ArnEquals and ArnLike "behave identically" [RULES.md#arn-operators].
	return match.ARN(p, v)
}

// compareHolds reports whether the ordering cmp (of request value against
// policy value: -1, 0, +1) satisfies the Numeric or Date operator, before
// negation (NumericNotEquals and DateNotEquals compare as Equals).
func compareHolds(base string, cmp int) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(base, "Numeric"), "Date") {
	case "Equals", "NotEquals":
		return cmp == 0
	case "LessThan":
		return cmp < 0
	case "LessThanEquals":
		return cmp <= 0
	case "GreaterThan":
		return cmp > 0
	case "GreaterThanEquals":
		return cmp >= 0
	}
	return false
}
