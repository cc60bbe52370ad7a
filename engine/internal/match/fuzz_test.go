package match

import (
	"testing"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

// FuzzGlob checks Glob, and globParts on a one-part pattern, against the
// regexp reference. Inputs that are not valid UTF-8 are only checked for
// panics and agreement between the two implementations.
func FuzzGlob(f *testing.F) {
	f.Add("a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)
	f.Add("s3:Get*Tagging", "S3:GETOBJECTTAGGING", true)
	f.Add("?é*", "xé", false)
	f.Add("*?*?", "\xff\xfe", false)
	f.Fuzz(func(t *testing.T, pattern, s string, fold bool) {
		got := Glob(pattern, s, fold)
		var p Pattern
		p.add(pattern, false)
		if parts := globParts(p.Parts(), s, fold, cursor{}); parts != got {
			t.Fatalf("Glob(%q, %q, %v) = %v but globParts = %v", pattern, s, fold, got, parts)
		}
		if validUTF8(pattern, s) && small(pattern, s) {
			if want := refGlob(pattern, s, fold); got != want {
				t.Fatalf("Glob(%q, %q, %v) = %v, want %v", pattern, s, fold, got, want)
			}
		}
	})
}

// FuzzResource checks Resource and ARN against their regexp references, and
// checks that expansion with an empty context never panics.
func FuzzResource(f *testing.F) {
	f.Add("arn:aws:s3:::productionapp/*/test/*", "arn:aws:s3:::productionapp/1/2/test/3/object.jpg")
	f.Add("arn:aws:sqs:*", "arn:aws:sqs:us-east-1:123456789012:q")
	f.Add("arn:aws:someservice:*:111122223333:finance/*", "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt")
	f.Add("a*:*b:?*:*:c*", "aa:b:x::c:d:e")
	f.Add("arn:aws:s3:::${aws:userid, 'x*'}/${*}", "arn:aws:s3:::x*/*")
	ctx := reqctx.New()
	ctx.Set("aws:userid", "A:*")
	f.Fuzz(func(t *testing.T, pattern, resource string) {
		got := Resource(pattern, resource, false, nil)
		if validUTF8(pattern, resource) && small(pattern, resource) {
			if want := refResource(pattern, resource); got != want {
				t.Fatalf("Resource(%q, %q) = %v, want %v", pattern, resource, got, want)
			}
			if got, want := ARN(pattern, resource), refARN(pattern, resource); got != want {
				t.Fatalf("ARN(%q, %q) = %v, want %v", pattern, resource, got, want)
			}
		}
		Resource(pattern, resource, true, ctx)
		if p, ok := Expand(pattern, true, ctx); ok {
			p.Match(resource)
			p.MatchARN(resource)
			p.Equal(resource)
			p.EqualFold(resource)
		}
	})
}

// small reports whether the inputs are short enough for the regexp
// references, which are much slower than the matchers on long inputs.
func small(pattern, s string) bool { return len(pattern) <= 256 && len(s) <= 1024 }
