package condition

import (
	"net/netip"
	"time"

	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/internal/operator"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// family is an operator family of [RULES.md#condition-operators]; the operator table of package
// operator assigns each operator its family.
type family = operator.Family

// The families, as this package's code and messages name them.
const (
	famUnknown = operator.Unknown
	famString  = operator.String
	famNumeric = operator.Numeric
	famDate    = operator.Date
	famBool    = operator.Bool
	famBinary  = operator.Binary
	famIP      = operator.IP
	famArn     = operator.Arn
	famNull    = operator.Null
)

// familyOf returns the family of a canonical operator name (as
// policy.ParseOperator returns it in Operator.Base).
func familyOf(base string) family { return operator.FamilyOf(base) }

// negated reports whether the operator is a negated one: it matches when
// the request value matches none of the policy values, and a missing key
// makes it true [RULES.md#missing-keys, RULES.md#set-operators]. The
// operator table decides it.
func negated(base string) bool {
	in, _ := operator.Lookup(base)
	return in.Negated
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
		b, ok := operator.ParseBool(text)
		if !ok {
			return dst, i
		}
		dst = append(dst, boolValue{b: b, ok: true})
	}
	return dst, -1
}

// decodeAll decodes the base-64 policy values of BinaryEquals, appending
// to dst; it returns the index of the first one that is not base 64, or -1.
func decodeAll(dst [][]byte, values []policy.String) ([][]byte, int) {
	return parseAll(dst, values, operator.DecodeBinary)
}

// matcher compares one request value with the policy values of a
// condition.
type matcher struct {
	f      family
	in     operator.Info
	vars   bool
	ctx    reqctx.Getter
	policy []policy.String
}

// typedValues are the policy values read for the typed families. They are
// kept apart from matcher so that they can stay on the stack (matcher's
// context escapes into policy-variable expansion).
type typedValues struct {
	nums  []operator.Number
	dates []time.Time
	bools []boolValue
	bins  [][]byte
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
		x, ok := operator.ParseNumber(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.nums {
			if m.in.Order.Holds(operator.CompareNumbers(x, y)) {
				return i, false
			}
		}
	case famDate:
		x, ok := operator.ParseDate(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.dates {
			if m.in.Order.Holds(operator.CompareDates(x, y)) {
				return i, false
			}
		}
	case famBool:
		x, ok := operator.ParseBool(v)
		if !ok {
			return -1, true
		}
		for i, y := range tv.bools {
			if y.ok && x == y.b {
				return i, false
			}
		}
	case famBinary:
		for i, want := range tv.bins {
			if operator.BinaryEqual(v, want) {
				return i, false
			}
		}
	case famIP:
		x, ok := operator.ParseIP(v)
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
		if m.f == famArn {
			return operator.MatchARNPattern(v, &pat)
		}
		return operator.MatchPattern(m.in.Text, v, &pat)
	}
	if m.f == famArn {
		return operator.MatchARN(v, p)
	}
	return operator.MatchText(m.in.Text, v, p)
}
