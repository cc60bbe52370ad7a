package match

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file holds slow but obviously correct reference matchers built on
// regexp (RE2, linear time), against which the tests and fuzz targets check
// the real matchers.

// globRegexp translates a glob into a regular expression body.
func globRegexp(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// asciiLower lowers ASCII letters only, as Glob's foldCase does.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lower(c)
	}
	return string(b)
}

// refGlob is the reference for Glob. It needs valid UTF-8.
func refGlob(p, s string, fold bool) bool {
	if fold {
		p, s = asciiLower(p), asciiLower(s)
	}
	return regexp.MustCompile(`(?s)\A` + globRegexp(p) + `\z`).MatchString(s)
}

// refARN is the reference for ARN: split both into six components and
// match each separately.
func refARN(p, s string) bool {
	pp, ss := strings.SplitN(p, ":", 6), strings.SplitN(s, ":", 6)
	if len(pp) != 6 || len(ss) != 6 {
		return false
	}
	for i := range pp {
		if !refGlob(pp[i], ss[i], false) {
			return false
		}
	}
	return true
}

// refResource is the reference for Resource without variables: one regular
// expression over the whole ARN in which a * or ? of the first five
// segments does not match a colon unless the * ends its segment.
func refResource(p, s string) bool {
	if p == "*" {
		return true
	}
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	seg := 0
	for i, r := range p {
		switch {
		case r == ':' && seg < 5:
			seg++
			b.WriteString(":")
		case r == '*' && (seg == 5 || i+1 == len(p) || p[i+1] == ':'):
			b.WriteString(".*")
		case r == '*':
			b.WriteString("[^:]*")
		case r == '?' && seg == 5:
			b.WriteString(".")
		case r == '?':
			b.WriteString("[^:]")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String()).MatchString(s)
}

// validUTF8 reports whether all strings are valid UTF-8, which the regexp
// references need.
func validUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
