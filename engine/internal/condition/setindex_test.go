package condition

import (
	"strings"
	"testing"

	"github.com/stsplay/stsplay/engine/internal/operator"
)

// FuzzValueIndex checks that the index Check builds for large sets finds,
// for every request value, the same policy value (the first one it
// matches) as comparing the value with every policy value in turn.
func FuzzValueIndex(f *testing.F) {
	f.Add(uint8(0), "a\x00b\x00a", "a\x00c", false)
	f.Add(uint8(2), "K\x00x", "\u212a\x00k\x00\xff", false)
	f.Add(uint8(4), "ab*\x00*cd\x00*\x00a?c\x00abc", "abcd\x00abc\x00xcd", false)
	f.Add(uint8(4), "home/${aws:username}/*\x00home/*", "home/Bob/x", true)
	f.Add(uint8(7), "arn:aws:s3:::b/*\x00arn:aws:s3:::b/x\x00arn:aws\x00*:b/x", "arn:aws:s3:::b/x", false)
	f.Add(uint8(10), "aGk=\x00aGk\x00aG8=", "aGk=\x00hi\x00x", false)
	f.Fuzz(func(t *testing.T, opIdx uint8, policyValues, requestValues string, vars bool) {
		names := []string{"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
			"ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "BinaryEquals"}
		name := names[int(opIdx)%len(names)]
		c := cond("ForAnyValue:"+name, "k", strings.Split(policyValues, "\x00")...)
		values := strings.Split(requestValues, "\x00")
		ctx := context(many("k", values...), one("aws:username", values[0]))
		r := Check(c, vars, ctx)
		if r.reason == reasonBadPolicyValue {
			return
		}
		in := c.Operator.Info()
		m := matcher{f: in.Family, in: in, vars: vars, ctx: ctx, policy: c.Values}
		var tv typedValues
		tv.bins, _ = decodeAll(nil, c.Values)
		idx := newValueIndex(m, tv.bins)
		for _, v := range values {
			want, _ := m.first(v, &tv)
			if got := idx.first(v); got != want {
				t.Fatalf("%s %q against %q: the index finds policy value %d, the loop %d", name, policyValues, v, got, want)
			}
		}
	})
}

// TestFoldKey checks foldKey against strings.EqualFold.
func TestFoldKey(t *testing.T) {
	words := []string{"k", "K", "\u212a", "s", "S", "\u017f", "ß", "ẞ", "σ", "Σ", "ς", "\xff", "\xfe", "\ufffd", "é", "É", "abc", "ABC", "aBc", ""}
	for _, a := range words {
		for _, b := range words {
			if (foldKey(a) == foldKey(b)) != strings.EqualFold(a, b) {
				t.Errorf("%q, %q: foldKey equal %v, EqualFold %v", a, b, foldKey(a) == foldKey(b), strings.EqualFold(a, b))
			}
		}
	}
}

// FuzzOrderIndex checks that the index of a large Numeric or Date set
// finds the same policy value as comparing the request value with every
// policy value in turn.
func FuzzOrderIndex(f *testing.F) {
	f.Add(uint8(0), "1\x002\x00-3\x001.50", "1.5\x000\x0010\x001e1")
	f.Add(uint8(2), "5\x003\x009\x001", "4\x000\x0010")
	f.Add(uint8(9), "2026-01-01T00:00:00Z\x001767225600\x002025-12-31", "2026-01-01\x001767225599")
	f.Add(uint8(5), "1e2\x002", "3")
	f.Fuzz(func(t *testing.T, opIdx uint8, policyValues, requestValues string) {
		names := []string{"NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
			"DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"}
		name := names[int(opIdx)%len(names)]
		c := cond("ForAnyValue:"+name, "k", strings.Split(policyValues, "\x00")...)
		values := strings.Split(requestValues, "\x00")
		ctx := context(many("k", values...))
		if r := Check(c, false, ctx); r.reason == reasonBadPolicyValue {
			return
		}
		in := c.Operator.Info()
		m := matcher{f: in.Family, in: in, ctx: ctx, policy: c.Values}
		var tv typedValues
		tv.nums, _ = parseAll(nil, c.Values, operator.ParseNumber)
		tv.dates, _ = parseAll(nil, c.Values, operator.ParseDate)
		idx := newIndexes(m, &tv)
		for _, v := range values {
			want, wantBad := m.first(v, &tv)
			if got, bad := idx.first(&m, v, &tv); got != want || bad != wantBad {
				t.Fatalf("%s %q against %q: the index finds policy value %d (bad %v), the loop %d (bad %v)", name, policyValues, v, got, bad, want, wantBad)
			}
		}
	})
}
