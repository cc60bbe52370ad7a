package condition

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/internal/operator"
)

// indexFrom is the number of comparisons (policy values × request values)
// from which Check indexes the policy values of a String, Arn, Binary,
// Numeric or Date condition (valueIndex, orderIndex) instead of comparing
// every request value with every policy value. Below it the plain loop is
// faster and allocates nothing.
const indexFrom = 256

// valueIndex finds, for one request value, the first policy value (lowest
// index) that it matches, as matcher.first does, without trying every
// policy value:
//   - policy values compared for equality (StringEquals,
//     StringEqualsIgnoreCase, BinaryEquals, and patterns without wildcards)
//     are keys of a map, so that a request value costs one look-up;
//   - a wildcard pattern can only match a request value that starts with
//     the pattern's text before its first wildcard, or else ends with its
//     text after its last wildcard, so patterns are filed in a trie of those
//     prefixes (or, when the prefix is empty, of the reversed suffixes), and
//     a request value tries only the patterns on its own path;
//   - what is left (patterns that start and end with a wildcard, and values
//     with policy variables) is tried one by one.
//
// Its cost is linear in the number of values for the exact-match families;
// for patterns it is bounded by the patterns on each request value's path,
// at worst all of them (every pattern like "*x*"), which the document
// limits on condition values × context values bound.
type valueIndex struct {
	m matcher
	// keyed maps the key of each equality policy value to its first index.
	keyed map[string]int
	// prefixes and suffixes file the wildcard patterns.
	prefixes, suffixes trie
	// scan lists the policy values tried one by one, in index order.
	scan []int
	// expanded holds the substituted pattern of each scanned value with
	// policy variables; ok is false for one whose variable has no value.
	expanded map[int]expandedPattern
}

// expandedPattern is a policy value after policy-variable substitution.
type expandedPattern struct {
	p  match.Pattern
	ok bool
}

// trie is a byte trie of literal prefixes (or reversed suffixes) of
// patterns. Its edges live in one map keyed by (node, byte), so that
// building it allocates little; pats[n] are the policy indexes (in order)
// whose text ends at node n.
type trie struct {
	edges map[uint64]int32
	pats  [][]int
}

// add files policy index i under text, read backwards when reverse.
func (t *trie) add(text string, reverse bool, i int) {
	if t.edges == nil {
		t.edges = map[uint64]int32{}
		t.pats = make([][]int, 1)
	}
	node := int32(0)
	for k := 0; k < len(text); k++ {
		c := text[k]
		if reverse {
			c = text[len(text)-1-k]
		}
		e := uint64(node)<<8 | uint64(c)
		child, ok := t.edges[e]
		if !ok {
			child = int32(len(t.pats))
			t.pats = append(t.pats, nil)
			t.edges[e] = child
		}
		node = child
	}
	t.pats[node] = append(t.pats[node], i)
}

// walk calls visit with the policy indexes filed under each prefix (or
// suffix, when reverse) of v, shortest first.
func (t *trie) walk(v string, reverse bool, visit func([]int)) {
	if t.edges == nil {
		return
	}
	node := int32(0)
	for k := 0; k < len(v); k++ {
		c := v[k]
		if reverse {
			c = v[len(v)-1-k]
		}
		child, ok := t.edges[uint64(node)<<8|uint64(c)]
		if !ok {
			return
		}
		node = child
		if len(t.pats[node]) > 0 {
			visit(t.pats[node])
		}
	}
}

// indexable reports whether Check indexes the policy values of m when it
// compares them with n request values.
func (m *matcher) indexable(n int) bool {
	if n < 2 || n*len(m.policy) < indexFrom {
		return false
	}
	switch m.f {
	case famString, famArn, famBinary, famNumeric, famDate:
		return true
	}
	return false
}

// indexes holds the index Check built for a large set, if any.
type indexes struct {
	text    *valueIndex
	numbers *orderIndex[operator.Number]
	dates   *orderIndex[time.Time]
}

// newIndexes indexes the policy values of m, read into tv.
func newIndexes(m matcher, tv *typedValues) *indexes {
	switch m.f {
	case famNumeric:
		return &indexes{numbers: newOrderIndex(tv.nums, m.in.Order, operator.CompareNumbers, exactNumber, numberKey)}
	case famDate:
		return &indexes{dates: newOrderIndex(tv.dates, m.in.Order, operator.CompareDates, anyDate, dateKey)}
	}
	return &indexes{text: newValueIndex(m, tv.bins)}
}

// first is m.first, through the index when there is one (x may be nil).
func (x *indexes) first(m *matcher, v string, tv *typedValues) (pol int, bad bool) {
	switch {
	case x == nil:
	case x.text != nil:
		return x.text.first(v), false
	case x.numbers != nil:
		n, ok := operator.ParseNumber(v)
		if !ok {
			return -1, true
		}
		if pol, ok := x.numbers.first(n); ok {
			return pol, false
		}
	case x.dates != nil:
		t, ok := operator.ParseDate(v)
		if !ok {
			return -1, true
		}
		if pol, ok := x.dates.first(t); ok {
			return pol, false
		}
	}
	return m.first(v, tv)
}

// newValueIndex indexes the policy values of m; bins holds the decoded
// BinaryEquals values. It takes m by value so that Check's matcher stays
// on the stack.
func newValueIndex(m matcher, bins [][]byte) *valueIndex {
	x := &valueIndex{m: m, keyed: make(map[string]int, len(m.policy))}
	key := func(k string, i int) {
		if _, seen := x.keyed[k]; !seen {
			x.keyed[k] = i
		}
	}
	for i := range m.policy {
		p := m.policy[i].Value
		switch {
		case m.f == famBinary:
			key(string(bins[i]), i)
		case m.vars && match.HasVariables(p):
			pat, ok := match.Expand(p, true, m.ctx)
			if x.expanded == nil {
				x.expanded = map[int]expandedPattern{}
			}
			x.expanded[i] = expandedPattern{p: pat, ok: ok}
			x.scan = append(x.scan, i)
		case !m.wildcards() || !strings.ContainsAny(p, "*?"):
			if m.f == famArn && strings.Count(p, ":") < 5 {
				// Not an ARN: it matches nothing [match.ARN].
				continue
			}
			key(x.key(p), i)
		default:
			first, last := strings.IndexAny(p, "*?"), strings.LastIndexAny(p, "*?")
			switch {
			case first > 0:
				x.prefixes.add(p[:first], false, i)
			case last < len(p)-1:
				x.suffixes.add(p[last+1:], true, i)
			default:
				x.scan = append(x.scan, i)
			}
		}
	}
	return x
}

// wildcards reports whether * and ? are wildcards in m's policy values.
func (m *matcher) wildcards() bool { return m.in.Wildcards }

// key returns the map key of a value compared for equality: the value
// itself, its case-folded form for the IgnoreCase operators, or for
// BinaryEquals the bytes a request value stands for (see
// operator.BinaryEqual).
func (x *valueIndex) key(v string) string {
	switch {
	case x.m.f == famBinary:
		if b, ok := operator.DecodeBinary(v); ok {
			return string(b)
		}
		return v
	case x.m.in.Text == operator.Fold:
		return foldKey(v)
	}
	return v
}

// first returns the index of the first policy value that v matches, or -1.
func (x *valueIndex) first(v string) int {
	best := -1
	if i, ok := x.keyed[x.key(v)]; ok {
		best = i
	}
	try := func(pats []int) {
		for _, i := range pats {
			if best >= 0 && i > best {
				break
			}
			if x.matches(v, i) {
				best = i
				break
			}
		}
	}
	x.prefixes.walk(v, false, try)
	x.suffixes.walk(v, true, try)
	try(x.scan)
	return best
}

// matches compares v with policy value i.
func (x *valueIndex) matches(v string, i int) bool {
	if e, ok := x.expanded[i]; ok {
		if !e.ok {
			return false
		}
		if x.m.f == famArn {
			return operator.MatchARNPattern(v, &e.p)
		}
		return operator.MatchPattern(x.m.in.Text, v, &e.p)
	}
	return x.m.matchText(v, x.m.policy[i].Value)
}

// foldKey returns a form of s that is the same for two strings exactly
// when strings.EqualFold says they are equal: each rune is replaced by the
// smallest rune of its simple case-folding orbit, and each byte that is not
// UTF-8 by U+FFFD (which EqualFold compares them as).
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// The smallest rune of {A, a} is A, and of {K, k, U+212A KELVIN
		// SIGN} is K.
		return strings.ToUpper(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		low := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			low = min(low, f)
		}
		b = utf8.AppendRune(b, low)
	}
	return string(b)
}
