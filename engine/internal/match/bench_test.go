package match

import (
	"strings"
	"testing"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

func BenchmarkAction(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Action("s3:Get*Tagging", "s3:GetObjectTagging")
		Action("S3:GETOBJECT", "s3:GetObject")
	}
}

func BenchmarkResource(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Resource("arn:aws:s3:::productionapp/*", "arn:aws:s3:::productionapp/photos/cat.jpg", true, nil)
	}
}

func BenchmarkResourceTrailingStar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Resource("arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc", true, nil)
	}
}

func BenchmarkResourceVariable(b *testing.B) {
	ctx := reqctx.New()
	ctx.Set("aws:userid", "123456789012:Carol")
	b.ReportAllocs()
	for b.Loop() {
		Resource("arn:aws:s3:::bucket/${aws:userid}/*", "arn:aws:s3:::bucket/123456789012:Carol/doc.txt", true, ctx)
	}
}

func BenchmarkARN(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ARN("arn:aws:iam::*:user/Manager*", "arn:aws:iam::123456789012:user/Manager-Bob")
	}
}

func BenchmarkGlobPathological(b *testing.B) {
	pattern := "a*a*a*a*a*a*a*b"
	s := strings.Repeat("a", 1000)
	b.ReportAllocs()
	for b.Loop() {
		Glob(pattern, s, false)
	}
}

// BenchmarkGlobPathological20 matches the 20-star pattern of
// TestGlobPathological against 4,000 letters.
func BenchmarkGlobPathological20(b *testing.B) {
	pattern, s := pathological()
	b.ReportAllocs()
	for b.Loop() {
		Glob(pattern, s, false)
	}
}
