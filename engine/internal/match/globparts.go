package match

import "math"

// cursor is a position in a sequence of parts: part index and byte offset.
type cursor struct{ part, off int }

// maxCursor is a position after every part; as a bound it makes every
// wildcard bounded.
var maxCursor = cursor{math.MaxInt, 0}

// before reports whether c comes before d.
func (c cursor) before(d cursor) bool {
	return c.part < d.part || c.part == d.part && c.off < d.off
}

// globParts is globString over a sequence of parts: the same greedy
// algorithm, in which * and ? are wildcards only in non-literal parts, and
// wildcards at positions strictly before bound never match a colon (so
// cursor{} bounds none of them). See globString for why a single remembered
// star is enough.
func globParts(parts []Part, s string, fold bool, bound cursor) bool {
	ok, _ := globPartsStar(parts, s, fold, bound)
	return ok
}

// globPartsStar is globParts that also reports whether the first star was
// reached (see globStar).
func globPartsStar(parts []Part, s string, fold bool, bound cursor) (ok, sawStar bool) {
	var pc cursor
	star, starS := cursor{-1, 0}, 0
	si := 0
	for si < len(s) {
		if pc.part < len(parts) {
			x := parts[pc.part]
			c := x.Text[pc.off]
			switch {
			case c == '*' && !x.Literal:
				if pc.part == len(parts)-1 && pc.off == len(x.Text)-1 {
					// A final star takes the rest of s (see globString).
					return !pc.before(bound) || !hasColon(s[si:]), true
				}
				star, starS = pc, si
				pc = nextCursor(parts, pc)
				continue
			case c == '?' && !x.Literal:
				if !pc.before(bound) || s[si] != ':' {
					pc = nextCursor(parts, pc)
					si += runeLen(s, si)
					continue
				}
			default:
				if c == s[si] || fold && lower(c) == lower(s[si]) {
					pc = nextCursor(parts, pc)
					si++
					continue
				}
			}
		}
		if star.part < 0 || star.before(bound) && s[starS] == ':' {
			return false, star.part >= 0
		}
		starS += runeLen(s, starS)
		si, pc = starS, nextCursor(parts, star)
	}
	for pc.part < len(parts) && !parts[pc.part].Literal && parts[pc.part].Text[pc.off] == '*' {
		star = pc
		pc = nextCursor(parts, pc)
	}
	return pc.part >= len(parts), star.part >= 0
}

// nextCursor returns the position after c. Parts are never empty.
func nextCursor(parts []Part, c cursor) cursor {
	c.off++
	if c.off == len(parts[c.part].Text) {
		c.part++
		c.off = 0
	}
	return c
}
