package catalog

import "strings"

// token is one element of an ARN template or of a resource pattern: a
// literal byte, or a placeholder.
type token struct {
	kind tokenKind
	c    byte
}

type tokenKind uint8

const (
	lit     tokenKind = iota // the byte c
	one                      // ? in a pattern: any one byte
	star                     // * in a pattern, or a ${…} placeholder at the end of a template: any bytes
	segment                  // a ${…} placeholder inside a template: any bytes but / and :
)

// parseTemplate reads an ARN template such as
// "arn:${Partition}:s3:::${BucketName}/${ObjectName}". A placeholder at the
// end may hold any text (object keys and paths have slashes); one inside the
// template, and ${BucketName} anywhere (S3 bucket names have no slash),
// holds no / or :. This is inferred from the templates' shapes, not a rule
// AWS states.
func parseTemplate(t string) []token {
	var out []token
	for i := 0; i < len(t); {
		if strings.HasPrefix(t[i:], "${") {
			if j := strings.IndexByte(t[i:], '}'); j > 0 {
				name := t[i+2 : i+j]
				i += j + 1
				k := segment
				if i == len(t) && name != "BucketName" {
					k = star
				}
				out = append(out, token{kind: k})
				continue
			}
		}
		out = append(out, token{kind: lit, c: t[i]})
		i++
	}
	return out
}

// parsePattern reads a Resource value: * and ? are wildcards and a policy
// variable such as ${aws:username} may be any text.
func parsePattern(p string) []token {
	var out []token
	for i := 0; i < len(p); {
		switch {
		case p[i] == '*':
			out = append(out, token{kind: star})
		case p[i] == '?':
			out = append(out, token{kind: one})
		case strings.HasPrefix(p[i:], "${"):
			if j := strings.IndexByte(p[i:], '}'); j > 0 {
				out = append(out, token{kind: star})
				i += j + 1
				continue
			}
			out = append(out, token{kind: lit, c: p[i]})
		default:
			out = append(out, token{kind: lit, c: p[i]})
		}
		i++
	}
	return out
}

// maxFitTokens bounds the work of Fits: longer patterns are assumed to fit.
const maxFitTokens = 2048

// Fits reports whether some ARN could match both the resource pattern from
// a policy and the resource type's ARN template, so that the statement can
// apply to this type. It runs in O(len(pattern)·len(template)) time.
func (r *ResourceType) Fits(pattern string) bool {
	return r.FitsPattern(CompilePattern(pattern))
}

// ResourcePattern is a Resource value read once for many Fits checks.
type ResourcePattern struct {
	tokens     []token
	service    string
	hasService bool
}

// CompilePattern reads a Resource value for FitsPattern.
func CompilePattern(pattern string) *ResourcePattern {
	p := &ResourcePattern{tokens: parsePattern(pattern)}
	p.service, p.hasService = serviceSegment(pattern)
	return p
}

// FitsPattern is Fits for a compiled pattern.
func (r *ResourceType) FitsPattern(p *ResourcePattern) bool {
	if p.hasService {
		if ts, ok := serviceSegment(r.ARN); ok && p.service != ts {
			return false
		}
	}
	if len(p.tokens) > maxFitTokens {
		return true
	}
	return intersects(p.tokens, r.template)
}

// intersects reports whether the languages of two token lists share a
// string. It walks the product of the two automata: a state (i, j) means
// that a prefix of the string has been read by a[:i] and b[:j].
func intersects(a, b []token) bool {
	n, m := len(a), len(b)
	var seenBuf [4096]bool
	var stackBuf [256]int
	var seen []bool
	if (n+1)*(m+1) <= len(seenBuf) {
		seen = seenBuf[:(n+1)*(m+1)]
	} else {
		seen = make([]bool, (n+1)*(m+1))
	}
	stack := append(stackBuf[:0], 0)
	seen[0] = true
	push := func(i, j int) {
		k := i*(m+1) + j
		if !seen[k] {
			seen[k] = true
			stack = append(stack, k)
		}
	}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := k/(m+1), k%(m+1)
		if i == n && j == m {
			return true
		}
		// A repeating token may end without reading more.
		if i < n && a[i].kind == star {
			push(i+1, j)
		}
		if j < m && (b[j].kind == star || b[j].kind == segment) {
			push(i, j+1)
		}
		if i == n || j == m || !compatible(a[i], b[j]) {
			continue
		}
		// Read one byte that both tokens accept.
		ni, nj := i+1, j+1
		if a[i].kind == star || a[i].kind == segment {
			ni = i
		}
		if b[j].kind == star || b[j].kind == segment {
			nj = j
		}
		push(ni, nj)
		if ni == i && nj == j {
			// Both repeat: one of them must end eventually, which the
			// ε-moves above cover.
			continue
		}
	}
	return false
}

// compatible reports whether some byte is accepted by both tokens.
func compatible(x, y token) bool {
	if x.kind == lit && y.kind == lit {
		return x.c == y.c
	}
	if x.kind == lit {
		return accepts(y, x.c)
	}
	if y.kind == lit {
		return accepts(x, y.c)
	}
	return true
}

// accepts reports whether a placeholder token accepts the byte c.
func accepts(t token, c byte) bool {
	if t.kind == segment {
		return c != '/' && c != ':'
	}
	return true
}

// serviceSegment returns the third segment of an ARN ("s3" in
// "arn:aws:s3:::b") when the text up to it holds no wildcard or
// placeholder in that segment.
func serviceSegment(arn string) (string, bool) {
	if !strings.HasPrefix(arn, "arn:") {
		return "", false
	}
	rest := arn[4:]
	i := strings.IndexByte(rest, ':')
	if i < 0 || strings.ContainsAny(rest[:i], "*?") {
		// A wildcard in the partition may stand for colons too.
		return "", false
	}
	rest = rest[i+1:]
	j := strings.IndexByte(rest, ':')
	if j < 0 {
		return "", false
	}
	seg := rest[:j]
	if strings.ContainsAny(seg, "*?$") {
		return "", false
	}
	return seg, true
}
