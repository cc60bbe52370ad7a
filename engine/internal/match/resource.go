package match

import "github.com/stsplay/stsplay/engine/internal/reqctx"

// Resource reports whether a resource ARN matches a pattern from a Resource
// or NotResource element (the Not inversion is the caller's). The rules, from
// "IAM JSON policy elements: Resource" (RULES.md#resource-matching):
//
//   - "*" alone matches every resource.
//   - The ARN is matched segment by segment: partition, service, region,
//     account and resource are separated by the first five colons, and
//     "You can use wildcard characters (* and ?) within ARN segments (the
//     parts separated by colons)". Matching is case-sensitive (RULES.md#resource-matching; "Resource
//     ARNs: case-sensitive").
//   - In the resource part (after the fifth colon) * also matches / and :
//     ("The asterisk (*) character can expand to replace everything within
//     a segment, including characters like a forward slash (/)"), so
//     "productionapp/*/test/*" matches "productionapp/1/2/test/3/object.jpg"
//     but not "productionapp/test/object.jpg".
//   - "If the wildcard (*) is the last character of a resource ARN segment,
//     it can expand to match beyond colon boundaries", so
//     "arn:aws:sqs:*" matches every SQS queue ARN. We apply it to every
//     segment that ends with *: that * may also swallow the following
//     colons and segments.
//
// With vars, the policy variables of the resource part are substituted as
// Expand does; "only in the resource portion of the ARN. This portion of
// the ARN appears after the fifth colon" (IAM policy elements: Variables and
// tags), so a ${…} before the fifth colon is plain text. A variable with no
// value and no default makes the pattern match nothing: "the resource that
// includes a policy variable with no value will not match any resource"
// (RULES.md#missing-variables).
//
// Resource does not allocate unless the pattern holds variables and vars is
// true, and then only for more than four parts. Its running time is
// O(len(pattern)·len(resource)) at worst.
func Resource(pattern, resource string, vars bool, ctx reqctx.Getter) bool {
	if pattern == "*" {
		return true
	}
	p5, wild := scanSegments(pattern)
	var exp *Pattern
	var buf Pattern
	if vars && p5 >= 0 && HasVariables(pattern[p5+1:]) {
		if !expandInto(&buf, pattern[p5+1:], ctx) {
			return false
		}
		exp = &buf
	}
	if p5 >= 0 && !wild {
		// Without wildcards in the first five segments, they must equal
		// the resource's, colons included.
		n := p5 + 1
		if len(resource) < n || resource[:n] != pattern[:n] {
			return false
		}
		if exp != nil {
			return globParts(exp.Parts(), resource[n:], false, cursor{})
		}
		return globString(pattern[n:], resource[n:], false, 0)
	}
	return matchSegments(pattern, resource, exp)
}

// scanSegments returns the index of the fifth colon of the pattern (-1 when
// it has fewer) and whether a * or ? comes before it (or anywhere, when
// there is no fifth colon).
func scanSegments(p string) (p5 int, wild bool) {
	colons := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case ':':
			colons++
			if colons == 5 {
				return i, wild
			}
		case '*', '?':
			wild = true
		}
	}
	return -1, wild
}

// matchSegments matches the pattern against the resource segment by
// segment. The first five segments of the pattern are each matched against
// one segment of the resource, except that a segment ending in * may also
// cover the colons and segments after it; the remainder after the pattern's
// fifth colon (or exp, its expansion) is a glob over the rest of the
// resource.
//
// Only the most recent segment that ends in * is remembered for
// backtracking: the segments between two such stars match one resource
// segment each, so placing them at the earliest colon leaves the later star
// every choice a later placement would (the argument of the greedy glob).
// Each resource segment is compared with at most five pattern segments over
// all the backtracking, and the resource part's glob is retried only until
// its first star is reached, so the total work stays
// O(len(pattern)·len(resource)).
func matchSegments(p, r string, exp *Pattern) bool {
	pi, ri, seg := 0, 0, 0
	backP, backR, backSeg := -1, 0, 0
	for {
		if seg == 5 {
			var ok, sawStar bool
			if exp != nil {
				ok, sawStar = globPartsStar(exp.Parts(), r[ri:], false, cursor{})
			} else {
				ok, sawStar = globStar(p[pi:], r[ri:], false, 0)
			}
			if ok {
				return true
			}
			if sawStar {
				// The resource part's first star was reached, so
				// starting it later cannot help: that star would absorb
				// the difference. Stopping here keeps the whole match
				// O(len(pattern)·len(resource)).
				return false
			}
		} else {
			pe := colonFrom(p, pi)
			re := colonFrom(r, ri)
			ps := p[pi:pe]
			if globString(ps, r[ri:re], false, 0) {
				trailing := ps != "" && ps[len(ps)-1] == '*'
				if pe == len(p) {
					// The pattern's last segment: it must cover the rest of
					// the resource, which a trailing * does.
					if trailing || re == len(r) {
						return true
					}
				} else if re < len(r) {
					if trailing {
						backP, backR, backSeg = pe+1, re, seg+1
					}
					pi, ri, seg = pe+1, re+1, seg+1
					continue
				}
			}
		}
		// Let the last trailing * swallow one more resource segment.
		if backP < 0 {
			return false
		}
		nc := colonFrom(r, backR+1)
		if nc == len(r) {
			return false
		}
		backR = nc
		pi, ri, seg = backP, nc+1, backSeg
	}
}

// colonFrom returns the index of the first colon of s at or after i, or
// len(s).
func colonFrom(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] == ':' {
			break
		}
	}
	return i
}

// ExpandResource substitutes the policy variables of a Resource pattern as
// Resource does, only after the fifth colon, so that an explanation can show
// the pattern that was compared (Pattern.String). ok is false when a
// variable has no value and no default, in which case the pattern matches
// no resource.
func ExpandResource(pattern string, vars bool, ctx reqctx.Getter) (p Pattern, ok bool) {
	p5 := fifthColon(pattern)
	if !vars || p5 < 0 || !HasVariables(pattern[p5+1:]) {
		p.add(pattern, false)
		return p, true
	}
	p.add(pattern[:p5+1], false)
	ok = expandInto(&p, pattern[p5+1:], ctx)
	return p, ok
}
