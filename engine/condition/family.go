package condition

import (
	"strings"

	"github.com/stsplay/stsplay/engine/match"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/reqctx"
)

// family is an operator family of [OPS].
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

// firstBadPolicyValue returns the index of the first policy value that
// cannot be read for the family, or -1. String and Arn values are always
// readable.
func firstBadPolicyValue(f family, values []policy.String) int {
	for i := range values {
		if !parses(f, values[i].Value) {
			return i
		}
	}
	return -1
}

// parses reports whether s can be read as a value of the family.
func parses(f family, s string) bool {
	switch f {
	case famNumeric:
		_, ok := parseNumber(s)
		return ok
	case famDate:
		_, ok := parseDate(s)
		return ok
	case famBool:
		_, ok := parseBool(s)
		return ok
	case famBinary:
		_, ok := decodeBinary(s)
		return ok
	case famIP:
		_, ok := parseIPRange(s)
		return ok
	}
	return true
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

// first returns the index of the first policy value that the request value
// v matches (before negation), or -1; bad is true when v cannot be read for
// the family.
func (m *matcher) first(v string) (pol int, bad bool) {
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
		for i := range m.policy {
			y, _ := parseNumber(m.policy[i].Value)
			if compareHolds(m.base, compareNumbers(x, y)) {
				return i, false
			}
		}
	case famDate:
		x, ok := parseDate(v)
		if !ok {
			return -1, true
		}
		for i := range m.policy {
			y, _ := parseDate(m.policy[i].Value)
			if compareHolds(m.base, x.Compare(y)) {
				return i, false
			}
		}
	case famBool:
		x, ok := parseBool(v)
		if !ok {
			return -1, true
		}
		for i := range m.policy {
			if y, _ := parseBool(m.policy[i].Value); x == y {
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
		for i := range m.policy {
			if y, _ := parseIPRange(m.policy[i].Value); y.Contains(x) {
				return i, false
			}
		}
	}
	return -1, false
}

// matchText compares a request value with one String or Arn policy value,
// substituting policy variables when enabled. A value whose variable has no
// value matches nothing: "There is no equal or like value" [VARS].
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
		// "Exact matching, case sensitive" [OPS].
		return v == p
	case "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase":
		// "Exact matching, ignoring case" [OPS].
		return strings.EqualFold(v, p)
	case "StringLike", "StringNotLike":
		// "Case-sensitive matching. The values can include multi-character
		// match wildcards (*) and single-character match wildcards (?)
		// anywhere in the string" [OPS].
		return match.Glob(p, v, false)
	}
	// ArnEquals and ArnLike "behave identically" [OPS].
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
