package condition

import (
	"testing"

	"github.com/stsplay/stsplay/engine/reqctx"
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
