package sts

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// violation is one failed model constraint, worded the way STS's request
// validation words it: "Value '<v>' at '<member>' failed to satisfy
// constraint: <constraint>" (RULES.md#validation-error, e.g. tenesys/awsconsole#2).
type violation struct {
	// value is the rendered value: 'text' in single quotes, or null.
	value string
	// member is the camelCase member path such as "name" or
	// "tags.1.member.key".
	member string
	// constraint is the constraint sentence such as "Member must have
	// length less than or equal to 32".
	constraint string
}

// String renders the violation as it appears in the message.
func (v violation) String() string {
	return "Value " + v.value + " at '" + v.member + "' failed to satisfy constraint: " + v.constraint
}

// quoted renders a present value for a violation: the text as given,
// between single quotes, without escaping (RULES.md#validation-error
// shows values verbatim). A value longer than MaxQuotedValueBytes is cut there (on a
// character boundary) and followed by its full size, so that a 200 KB
// Policy costs a bounded message: "Value 'AAA……' (204800 bytes; the first
// 4096 shown) at 'policy' …". Whether STS itself cuts such a value is
// UNCONFIRMED; this bound is the playground's own
// (RULES.md#query-protocol-errors).
func quoted(s string) string {
	if len(s) <= MaxQuotedValueBytes {
		return "'" + s + "'"
	}
	cut := MaxQuotedValueBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return "'" + s[:cut] + "…' (" + strconv.Itoa(len(s)) + " bytes; the first " + strconv.Itoa(cut) + " shown)"
}

// MaxQuotedValueBytes is the most bytes of a value a ValidationError
// repeats: 4,096, twice the longest member GetFederationToken allows
// (PolicyMaxLength), so every value within a limit is shown whole.
const MaxQuotedValueBytes = 4096

// nullValue is how a missing required member is shown.
const nullValue = "null"

// The constraint sentences of STS's model validation (RULES.md#validation-error).
const (
	mustNotBeNull = "Member must not be null"
)

func minLength(n int) string {
	return "Member must have length greater than or equal to " + strconv.Itoa(n)
}

func maxLength(n int) string {
	return "Member must have length less than or equal to " + strconv.Itoa(n)
}

func minValue(n int) string {
	return "Member must have value greater than or equal to " + strconv.Itoa(n)
}

func maxValue(n int) string {
	return "Member must have value less than or equal to " + strconv.Itoa(n)
}

func matchPattern(p string) string {
	return "Member must satisfy regular expression pattern: " + p
}

// The patterns of the STS model, written exactly as the model (and so the
// error messages) write them (RULES.md#validation-error; STS model).
const (
	patternName     = `[\w+=,.@-]*`
	patternPolicy   = `[\u0009\u000A\u000D\u0020-\u00FF]+`
	patternTagKey   = `[\p{L}\p{Z}\p{N}_.:/=+\-@]+`
	patternTagValue = `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`
	patternARN      = `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`
)

// validationError combines violations into STS's ValidationError: "1
// validation error detected: A" or "N validation errors detected: A; B"
// (RULES.md#validation-error; the plural form is UNCONFIRMED for STS but is how AWS's
// request validation words it in other services).
func validationError(vs []violation) *Error {
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(vs)))
	if len(vs) == 1 {
		b.WriteString(" validation error detected: ")
	} else {
		b.WriteString(" validation errors detected: ")
	}
	for i, v := range vs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.String())
	}
	return newError(statusBadRequest, CodeValidationError, b.String())
}

// javaLength is the length STS checks: the number of UTF-16 code units, as
// Java's String.length counts them (STS's validation runs on the JVM).
func javaLength(s string) int {
	n := 0
	for _, r := range s {
		// An invalid UTF-8 byte decodes to U+FFFD, one code unit.
		n += utf16.RuneLen(r)
	}
	return n
}

// isNameChar reports whether r matches [\w+=,.@-]; Java's \w without
// UNICODE_CHARACTER_CLASS is [a-zA-Z_0-9].
func isNameChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("_+=,.@-", r)
}

// isPolicyChar reports whether r matches [\u0009\u000A\u000D\u0020-\u00FF].
func isPolicyChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xFF && r != unicode.ReplacementChar)
}

// isTagChar reports whether r matches [\p{L}\p{Z}\p{N}_.:/=+\-@].
func isTagChar(r rune) bool {
	if r == unicode.ReplacementChar {
		return false
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Z) || unicode.IsNumber(r) ||
		strings.ContainsRune("_.:/=+-@", r)
}

// isARNChar reports whether r matches the arnType pattern.
func isARNChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0x7E, r == 0x85:
		return true
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD && r != unicode.ReplacementChar:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// all reports whether every rune of s satisfies ok. Bytes that are not
// valid UTF-8 decode to U+FFFD, which no predicate accepts.
func all(s string, ok func(rune) bool) bool {
	for _, r := range s {
		if !ok(r) {
			return false
		}
	}
	return true
}

// checkString appends the violations of a string member with the given
// length bounds and pattern: first the pattern, then the length, the order
// of the one STS answer on record that shows both for one member (an
// AssumeRoleWithSAML call with an empty roleArn, mmmorris1975/aws-runas#80:
// the pattern violation of roleArn, then its length violation). A pattern
// ending in "+" also fails on the empty string, as the regular expression
// does.
func checkString(vs []violation, member, s string, min, max int, pattern string, ok func(rune) bool) []violation {
	n := javaLength(s)
	if !all(s, ok) || n == 0 && strings.HasSuffix(pattern, "+") {
		vs = append(vs, violation{quoted(s), member, matchPattern(pattern)})
	}
	if n < min {
		vs = append(vs, violation{quoted(s), member, minLength(min)})
	}
	if n > max {
		vs = append(vs, violation{quoted(s), member, maxLength(max)})
	}
	return vs
}
