package policy

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/operator"
)

// The set-qualifier prefixes, as AWS spells them [RULES.md#condition-operators, RULES.md#set-operators].
const (
	prefixForAnyValue  = "ForAnyValue:"
	prefixForAllValues = "ForAllValues:"
	suffixIfExists     = "IfExists"
)

// ParseOperator parses a condition operator such as "StringEquals",
// "NumericLessThanIfExists" or "ForAllValues:StringLike". Every operator of
// [RULES.md#condition-operators] may carry the IfExists suffix except Null
// (RULES.md#if-exists), and a ForAnyValue: or ForAllValues:
// prefix [RULES.md#set-operators]. Letter case is ignored and the returned Operator holds the
// canonical spelling; AWS does not document whether operator names are
// case-sensitive (RULES.md#operator-names), and the validator warns about other spellings.
//
// ParseOperator returns false for an operator AWS does not define. A set
// qualifier on Null is returned as parsed (true), because it is a valid
// spelling of a meaningless operator; the validator reports it as
// set-operator-on-null.
func ParseOperator(name string) (Operator, bool) {
	var op Operator
	rest := name
	switch {
	case hasPrefixFold(rest, prefixForAnyValue):
		op.Set, rest = ForAnyValue, rest[len(prefixForAnyValue):]
	case hasPrefixFold(rest, prefixForAllValues):
		op.Set, rest = ForAllValues, rest[len(prefixForAllValues):]
	}
	in, ok := operator.LookupFold(rest)
	if !ok && len(rest) > len(suffixIfExists) && strings.EqualFold(rest[len(rest)-len(suffixIfExists):], suffixIfExists) {
		in, ok = operator.LookupFold(rest[:len(rest)-len(suffixIfExists)])
		if ok && !in.IfExists {
			// "NullIfExists" does not exist [RULES.md#if-exists: IfExists "except Null"].
			return Operator{}, false
		}
		op.IfExists = true
	}
	if !ok {
		return Operator{}, false
	}
	op.Base = in.Name
	return op, true
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Known reports whether the operator is one AWS defines.
func (o Operator) Known() bool { return o.Base != "" }

// Info returns the operator's entry in the operator table; the zero Info
// for an unknown operator.
func (o Operator) Info() operator.Info {
	in, _ := operator.Lookup(o.Base)
	return in
}

// Family returns the operator's family: "String", "Numeric", "Date",
// "Bool", "Binary", "IP", "Arn" or "Null"; "" for an unknown operator.
func (o Operator) Family() string { return operator.FamilyOf(o.Base).String() }

// Negated reports whether the operator is a negated one (StringNotEquals,
// StringNotEqualsIgnoreCase, StringNotLike, NumericNotEquals, DateNotEquals,
// NotIpAddress, ArnNotEquals, ArnNotLike): it matches when the request value
// matches none of the policy values, and a missing key makes it true
// [RULES.md#missing-keys, RULES.md#condition-block].
func (o Operator) Negated() bool { return o.Info().Negated }

// Wildcards reports whether the operator treats * and ? in policy values as
// wildcards: StringLike, StringNotLike and the Arn operators [RULES.md#arn-operators, RULES.md#condition-operators].
func (o Operator) Wildcards() bool { return o.Info().Wildcards }

// IgnoreCase reports whether the operator compares strings ignoring case
// (StringEqualsIgnoreCase and StringNotEqualsIgnoreCase) [RULES.md#string-operators].
func (o Operator) IgnoreCase() bool { return o.Info().Text == operator.Fold }

// AllowsVariables reports whether AWS substitutes policy variables in the
// operator's values: "any condition that involves the string operators or
// the ARN operators" [RULES.md#policy-variables]. Bool is included because the Condition
// operators page says "You can use a policy variable with the Boolean
// condition operator" (the Variables page disagrees; RULES.md#policy-variables
// says which the engine follows and why).
func (o Operator) AllowsVariables() bool { return o.Info().Variables }

// String returns the canonical spelling of the operator, such as
// "ForAnyValue:StringLikeIfExists", or "" for an unknown operator.
func (o Operator) String() string {
	if o.Base == "" {
		return ""
	}
	var b strings.Builder
	switch o.Set {
	case ForAnyValue:
		b.WriteString(prefixForAnyValue)
	case ForAllValues:
		b.WriteString(prefixForAllValues)
	}
	b.WriteString(o.Base)
	if o.IfExists {
		b.WriteString(suffixIfExists)
	}
	return b.String()
}

// String returns "ForAnyValue", "ForAllValues" or "" for NoSet.
func (s SetOperator) String() string {
	switch s {
	case ForAnyValue:
		return "ForAnyValue"
	case ForAllValues:
		return "ForAllValues"
	}
	return ""
}
