package operator

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/match"
)

// MatchText compares a request value v with one literal String policy
// value p the way t says (before negation): Exact, Fold or Like
// [RULES.md#string-operators].
func MatchText(t Text, v, p string) bool {
	switch t {
	case Exact:
		return v == p
	case Fold:
		return strings.EqualFold(v, p)
	case Like:
		return match.Glob(p, v, false)
	}
	return false
}

// MatchPattern compares a request value v with a String policy value
// whose policy variables have been substituted (see match.Expand).
func MatchPattern(t Text, v string, p *match.Pattern) bool {
	switch t {
	case Exact:
		return p.Equal(v)
	case Fold:
		return p.EqualFold(v)
	case Like:
		return p.Match(v)
	}
	return false
}
