package condition

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// benchContext is a typical federated-session request context.
func benchContext() reqctx.Getter {
	c := reqctx.New()
	c.Set("aws:sourceip", "203.0.113.5")
	c.Set("aws:currenttime", "2026-11-22T01:00:00Z")
	c.Set("aws:username", "Bob")
	c.Set("s3:prefix", "home/Bob/docs")
	c.SetMulti("aws:tagkeys", []string{"Environment", "CostCenter"})
	return c
}

func benchCheck(b *testing.B, name, key string, vars bool, values ...string) {
	c := cond(name, key, values...)
	ctx := benchContext()
	b.ReportAllocs()
	for b.Loop() {
		Check(c, vars, ctx)
	}
}

func BenchmarkStringEquals(b *testing.B) {
	benchCheck(b, "StringEquals", "aws:sourceip", true, "10.0.0.1", "203.0.113.5")
}

func BenchmarkStringLikeVariable(b *testing.B) {
	benchCheck(b, "StringLike", "s3:prefix", true, "home/${aws:username}/*")
}

func BenchmarkIpAddress(b *testing.B) {
	benchCheck(b, "IpAddress", "aws:sourceip", false, "10.0.0.0/8", "203.0.113.0/24")
}

func BenchmarkDateLessThan(b *testing.B) {
	benchCheck(b, "DateLessThan", "aws:currenttime", false, "2026-12-31T23:59:59Z")
}

func BenchmarkNumericLessThan(b *testing.B) {
	benchCheck(b, "NumericLessThan", "aws:username", false, "10")
}

func BenchmarkForAllValues(b *testing.B) {
	benchCheck(b, "ForAllValues:StringEquals", "aws:tagkeys", false, "Environment", "CostCenter", "Owner")
}

func BenchmarkMissingKey(b *testing.B) {
	benchCheck(b, "StringEquals", "aws:sourcevpce", false, "vpce-1")
}

// largeSet builds a condition of n policy values against a request key of
// n values, none of which any policy value matches: the case where a set
// operator compares every request value with every policy value.
func largeSet(name string, n int, policyValue, requestValue func(i int) string) (*policy.Condition, reqctx.Getter) {
	pol := make([]string, n)
	req := make([]string, n)
	for i := range n {
		pol[i], req[i] = policyValue(i), requestValue(i)
	}
	c := cond(name, "aws:tagkeys", pol...)
	ctx := reqctx.New()
	ctx.SetMulti("aws:tagkeys", req)
	return c, ctx
}

// BenchmarkLargeSet compares 6,000 policy values with 6,000 request values
// under the set operators, none matching (or, for ForAllValues, every one
// passing), which makes a plain loop compare every pair: equality values
// are looked up in a map, wildcard patterns are tried only where their
// literal prefix or suffix fits, and ordered values are found by binary
// search over running extremes.
func BenchmarkLargeSet(b *testing.B) {
	const n = 6000
	tag := func(i int) string { return fmt.Sprintf("team-%d-member", i) }
	cases := []struct {
		name        string
		op          string
		pol, req    func(int) string
		wantMatched bool
	}{
		{"ForAnyValue:StringEquals", "ForAnyValue:StringEquals", func(i int) string { return fmt.Sprintf("project-%d", i) }, tag, false},
		{"ForAnyValue:StringEqualsIgnoreCase", "ForAnyValue:StringEqualsIgnoreCase", func(i int) string { return fmt.Sprintf("PROJECT-%d", i) }, tag, false},
		{"ForAllValues:StringNotEquals", "ForAllValues:StringNotEquals", func(i int) string { return fmt.Sprintf("project-%d", i) }, tag, true},
		{"ForAnyValue:StringLike prefix patterns", "ForAnyValue:StringLike", func(i int) string { return fmt.Sprintf("project-%d-*", i) }, tag, false},
		{"ForAllValues:StringNotLike prefix patterns", "ForAllValues:StringNotLike", func(i int) string { return fmt.Sprintf("project-%d-*", i) }, tag, true},
		{"ForAnyValue:StringLike leading star", "ForAnyValue:StringLike", func(i int) string { return fmt.Sprintf("*-project-%d", i) }, tag, false},
		{"ForAnyValue:NumericEquals", "ForAnyValue:NumericEquals", func(i int) string { return strconv.Itoa(-i - 1) }, func(i int) string { return strconv.Itoa(i) }, false},
		{"ForAnyValue:NumericLessThan", "ForAnyValue:NumericLessThan", func(i int) string { return strconv.Itoa(-i) }, func(i int) string { return strconv.Itoa(i) }, false},
		{"ForAnyValue:DateLessThan", "ForAnyValue:DateLessThan", func(i int) string { return strconv.Itoa(1767225600 - i) }, func(i int) string { return strconv.Itoa(1800000000 + i) }, false},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			c, ctx := largeSet(tc.op, n, tc.pol, tc.req)
			if r := Check(c, false, ctx); r.Matched != tc.wantMatched || r.reason != reasonCompared {
				b.Fatalf("Matched = %v (%+v)", r.Matched, r.Detail())
			}
			b.ReportAllocs()
			for b.Loop() {
				Check(c, false, ctx)
			}
		})
	}
}
