package match

import "unicode/utf8"

// Glob reports whether s matches pattern, where * matches any run of
// characters (including none) and ? matches exactly one character. No other
// character is special: there is no escape and no character class, as in
// IAM ("multi-character match wildcards (*) and single-character match
// wildcards (?)", IAM JSON policy elements: Action and Resource;
// RULES.md#action-matching, RULES.md#resource-matching). With foldCase, ASCII letters match
// regardless of case (action names are ASCII: "The prefix and the action
// name are case insensitive", IAM JSON policy elements: Action); other bytes
// must be equal.
//
// Glob uses the greedy two-pointer algorithm that remembers only the last
// star, so its running time is O(len(pattern)·len(s)) at worst, even for
// patterns like "a*a*a*a*b". It does not allocate.
func Glob(pattern, s string, foldCase bool) bool {
	return globString(pattern, s, foldCase, 0)
}

// globString is Glob with one more rule for ARN components: a wildcard at a
// pattern index below bound never matches a colon. Because the bounded
// wildcards all come before the unbounded ones and a colon cannot be
// matched by a bounded wildcard, a bounded star that reaches a colon can
// never be helped by an earlier star (every earlier star is bounded by the
// same colon), so the algorithm stays greedy and linear in backtracking.
func globString(p, s string, fold bool, bound int) bool {
	ok, _ := globStar(p, s, fold, bound)
	return ok
}

// globStar is globString that also reports whether the pattern's first
// star was reached. A failure after that point is final for every later
// start in s as well (the star could have absorbed the difference), which
// lets matchSegments stop backtracking.
func globStar(p, s string, fold bool, bound int) (ok, sawStar bool) {
	pi, si := 0, 0
	star, starS := -1, 0
	for si < len(s) {
		if pi < len(p) {
			switch c := p[pi]; c {
			case '*':
				if pi+1 == len(p) {
					// A final star takes the rest of s, colons
					// included unless it is bounded.
					return pi >= bound || !hasColon(s[si:]), true
				}
				star, starS = pi, si
				pi++
				continue
			case '?':
				if pi >= bound || s[si] != ':' {
					pi++
					si += runeLen(s, si)
					continue
				}
			default:
				if c == s[si] || fold && lower(c) == lower(s[si]) {
					pi++
					si++
					continue
				}
			}
		}
		if star < 0 || star < bound && s[starS] == ':' {
			return false, star >= 0
		}
		starS += runeLen(s, starS)
		si, pi = starS, star+1
	}
	for pi < len(p) && p[pi] == '*' {
		star = pi
		pi++
	}
	return pi == len(p), star >= 0
}

// runeLen returns the length in bytes of the character at s[i], so that ?
// and * step over whole UTF-8 characters. An invalid byte counts as one
// character.
func runeLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	return multiByteLen(s[i:])
}

// multiByteLen is the slow path of runeLen, kept apart so that runeLen is
// inlined.
func multiByteLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// hasColon reports whether s holds a colon.
func hasColon(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return true
		}
	}
	return false
}

// lower folds an ASCII upper-case letter to lower case.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
