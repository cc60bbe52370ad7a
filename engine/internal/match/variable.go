package match

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

// HasVariables reports whether text holds "${", the start of a policy
// variable. Text without it expands to itself, so callers can skip Expand.
func HasVariables(text string) bool { return strings.Contains(text, "${") }

// Expand substitutes the policy variables of text and returns the result as
// a Pattern in which substituted text is literal. When vars is false (the
// policy's Version is not 2012-10-17) the text is returned unchanged:
// "variables like ${aws:username} are treated as literal strings in the
// policy" (IAM policy elements: Variables and tags; RULES.md#policy-grammar, RULES.md#policy-variables).
//
// The forms, all from "IAM policy elements: Variables and tags" (RULES.md#policy-variables):
//   - ${key} is the value of a single-valued key of the request context. Key
//     names are case-insensitive ("aws:CurrentTime is equivalent to
//     AWS:currenttime"), which ctx provides. A multivalued key is never a
//     variable ("You can't use a multivalued condition key as a variable"),
//     so it counts as having no value.
//   - ${key, 'default'} uses default when the key has no value; the syntax
//     is exactly a comma, one space and the default in single quotes
//     ("separate the variable text and the default value with a comma and
//     space").
//   - ${*}, ${?} and ${$} are the literal characters *, ? and $.
//
// A substituted value, a default and the three literals are literal text: a
// * in them is not a wildcard (iam-simulate escapes them the same way). A
// "${" that does not start one of these forms (no closing brace, an empty
// key, a malformed default) is kept as ordinary text.
//
// ok is false when a variable has no value and no default: "the value is
// effectively null. There is no equal or like value", so the caller must
// treat the whole value as matching nothing (RULES.md#missing-variables).
func Expand(text string, vars bool, ctx reqctx.Getter) (p Pattern, ok bool) {
	if !vars || !HasVariables(text) {
		p.add(text, false)
		return p, true
	}
	ok = expandInto(&p, text, ctx)
	return p, ok
}

// expandInto appends the parts of text with its variables substituted to p.
func expandInto(p *Pattern, text string, ctx reqctx.Getter) bool {
	plain := 0 // start of the text not yet added
	for i := 0; i+1 < len(text); {
		if text[i] != '$' || text[i+1] != '{' {
			i++
			continue
		}
		v, n := parseVariable(text[i:])
		if n == 0 {
			i += 2
			continue
		}
		p.add(text[plain:i], false)
		value, found := v.literal, v.isLiteral
		if !found {
			value, found = lookupSingle(ctx, v.key)
		}
		if !found && v.hasDefault {
			value, found = v.def, true
		}
		if !found {
			return false
		}
		p.add(value, true)
		i += n
		plain = i
	}
	p.add(text[plain:], false)
	return true
}

// variable is one parsed ${…} form.
type variable struct {
	key        string
	def        string
	hasDefault bool
	literal    string
	isLiteral  bool
}

// parseVariable parses the variable at the start of s, which begins with
// "${". It returns the variable and its length in bytes, or n == 0 when s
// does not start with a well-formed variable.
func parseVariable(s string) (v variable, n int) {
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return v, 0
	}
	inner := s[2:end]
	switch inner {
	case "*", "?", "$":
		// "${*} … ${?} … ${$}" (IAM policy elements: Variables and tags,
		// "Special characters").
		return variable{literal: inner, isLiteral: true}, end + 1
	}
	comma := strings.IndexByte(inner, ',')
	if comma < 0 {
		if !validKey(inner) {
			return v, 0
		}
		return variable{key: inner}, end + 1
	}
	key := inner[:comma]
	if !validKey(key) || !strings.HasPrefix(s[2+comma:], ", '") {
		return v, 0
	}
	// The default may itself hold "}", so it ends at the first "'}".
	start := 2 + comma + len(", '")
	close := strings.Index(s[start:], "'}")
	if close < 0 {
		return v, 0
	}
	return variable{key: key, def: s[start : start+close], hasDefault: true}, start + close + 2
}

// validKey reports whether k can be a condition key name in a variable: not
// empty and without the characters that delimit variables and defaults.
func validKey(k string) bool {
	return k != "" && !strings.ContainsAny(k, "${}' ")
}

// lookupSingle returns the value of a single-valued key, or false when the
// key is absent, multivalued or has several values (RULES.md#policy-variables: "You can use any
// single-valued condition key as a variable. You can't use a multivalued
// condition key as a variable").
func lookupSingle(ctx reqctx.Getter, key string) (string, bool) {
	if ctx == nil {
		return "", false
	}
	values, ok := ctx.Get(key)
	if !ok || len(values) != 1 || isMulti(ctx, key) {
		return "", false
	}
	return values[0], true
}

// isMulti reports whether the context marks the key as multivalued, for the
// context types that record it.
func isMulti(ctx reqctx.Getter, key string) bool {
	switch c := ctx.(type) {
	case *reqctx.Context:
		return c.IsMulti(key)
	case reqctx.Layers:
		for _, l := range c {
			if _, ok := l.Get(key); ok {
				return l.IsMulti(key)
			}
		}
	case interface{ IsMulti(string) bool }:
		return c.IsMulti(key)
	}
	return false
}
