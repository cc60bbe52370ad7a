package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGlob(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		s       string
		fold    bool
		want    bool
	}{
		{"empty matches empty", "", "", false, true},
		{"empty does not match text", "", "a", false, false},
		{"star matches empty", "*", "", false, true},
		{"star matches anything", "*", "abc/def:ghi", false, true},
		{"literal equal", "abc", "abc", false, true},
		{"literal differs", "abc", "abd", false, false},
		{"literal is a prefix only", "ab", "abc", false, false},
		{"question matches one", "a?c", "abc", false, true},
		{"question needs one", "a?c", "ac", false, false},
		{"question is one character not one byte", "a?c", "aéc", false, true},
		{"two questions do not fit one multibyte character", "a??c", "aéc", false, false},
		{"star in the middle", "a*c", "abbbc", false, true},
		{"star then literal not found", "a*d", "abbbc", false, false},
		{"several stars", "*a*b*c*", "xxaxxbxxcxx", false, true},
		{"several stars out of order", "*a*b*c*", "xxcxxbxxaxx", false, false},
		{"trailing stars", "abc***", "abc", false, true},
		{"case matters without fold", "S3:GetObject", "s3:getobject", false, false},
		{"case ignored with fold", "S3:GetObject", "s3:getobject", true, true},
		{"fold only for ASCII", "É", "é", true, false},
		{"backtracking needed", "*ab", "aab", false, true},
		{"backtracking across repeats", "a*a*b", "aaaaab", false, true},
		{"pathological pattern fails fast", "a*a*a*a*a*a*a*b", strings.Repeat("a", 60), false, false},
		{"pathological pattern matches", "a*a*a*a*a*a*a*b", strings.Repeat("a", 60) + "b", false, true},
		{"invalid utf-8 byte is one character", "a?b", "a\xffb", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Glob(tt.pattern, tt.s, tt.fold))
			if validUTF8(tt.pattern, tt.s) {
				assert.Equal(t, tt.want, refGlob(tt.pattern, tt.s, tt.fold), "reference disagrees with the table")
			}
			var p Pattern
			p.add(tt.pattern, false)
			assert.Equal(t, tt.want, globParts(p.Parts(), tt.s, tt.fold, cursor{}), "globParts")
		})
	}
}

// TestGlobPathological checks the answers for patterns which make a
// backtracking matcher exponential. An exponential matcher would need about
// C(2000, 20) steps here; ours needs about 20·4000, which
// BenchmarkGlobPathological20 measures.
func TestGlobPathological(t *testing.T) {
	pattern, s := pathological()
	{
		assert.False(t, Glob(pattern, s, false))
		assert.False(t, Resource("arn:aws:s3:::"+pattern, "arn:aws:s3:::"+s, false, nil))
		assert.False(t, ARN("arn:aws:s3:::"+pattern, "arn:aws:s3:::"+s))
		// Trailing stars that run past colons, against many colons.
		assert.False(t, Resource(strings.Repeat("*:", 5)+pattern, strings.Repeat("a:", 2000), false, nil))
		assert.False(t, Resource(strings.Repeat("*:", 5)+strings.Repeat("a?", 20)+"b", strings.Repeat("a:", 2000), false, nil))
	}
}

// pathological returns a pattern of 20 stars and a text of 4,000 letters
// that it does not match.
func pathological() (pattern, s string) {
	return strings.Repeat("a*", 20) + "b", strings.Repeat("a", 4000)
}

func TestAction(t *testing.T) {
	tests := []struct {
		pattern, action string
		want            bool
	}{
		{"*", "s3:GetObject", true},
		{"s3:*", "s3:GetObject", true},
		{"s3:*", "sqs:SendMessage", false},
		{"s3:GetObject", "s3:GetObject", true},
		// "iam:ListAccessKeys is the same as IAM:listaccesskeys" [RULES.md#action-matching].
		{"IAM:listaccesskeys", "iam:ListAccessKeys", true},
		// RULES.md#action-matching: s3:Get*Tagging matches s3:GetObjectTagging, not s3:GetObject.
		{"s3:Get*Tagging", "s3:GetObjectTagging", true},
		{"s3:Get*Tagging", "s3:GetObject", false},
		{"s3:Get?bject", "s3:GetObject", true},
		{"sts:GetFederationToken", "sts:GetFederationTokens", false},
		{"s3:Get*", "s3:PutObject", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+" vs "+tt.action, func(t *testing.T) {
			assert.Equal(t, tt.want, Action(tt.pattern, tt.action))
		})
	}
}
