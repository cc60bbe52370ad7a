package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

func TestExpand(t *testing.T) {
	ctx := reqctx.New()
	ctx.Set("aws:userid", "123456789012:Carol")
	ctx.Set("aws:PrincipalTag/team", "blue")
	ctx.Set("aws:PrincipalTag/odd", "x}y")
	ctx.SetMulti("aws:TagKeys", []string{"a", "b"})
	tests := []struct {
		name  string
		text  string
		vars  bool
		ok    bool
		parts []Part
	}{
		{"no variable", "home/*", true, true, []Part{{"home/*", false}}},
		{"empty text", "", true, true, nil},
		{"variables off", "home/${aws:userid}", false, true, []Part{{"home/${aws:userid}", false}}},
		{"one variable", "home/${aws:userid}/*", true, true, []Part{{"home/", false}, {"123456789012:Carol", true}, {"/*", false}}},
		{"case-insensitive key", "${AWS:USERID}", true, true, []Part{{"123456789012:Carol", true}}},
		{"literals", "${*}${?}${$}", true, true, []Part{{"*", true}, {"?", true}, {"$", true}}},
		{"default used", "${aws:username, 'anonymous'}", true, true, []Part{{"anonymous", true}}},
		{"default with brace and star", "${aws:username, 'a}*'}x", true, true, []Part{{"a}*", true}, {"x", false}}},
		{"empty default", "a${aws:username, ''}b", true, true, []Part{{"a", false}, {"b", false}}},
		{"value with brace", "${aws:PrincipalTag/odd}", true, true, []Part{{"x}y", true}}},
		{"missing without default", "home/${aws:username}", true, false, nil},
		{"multivalued key is no value", "${aws:TagKeys}", true, false, nil},
		{"default without space is not a variable", "${aws:username,'x'}", true, true, []Part{{"${aws:username,'x'}", false}}},
		{"unclosed", "a${aws:userid", true, true, []Part{{"a${aws:userid", false}}},
		{"empty key", "${}", true, true, []Part{{"${}", false}}},
		{"dollar alone", "$5 ${", true, true, []Part{{"$5 ${", false}}},
		{"nested start", "${${aws:userid}}", true, true, []Part{{"${", false}, {"123456789012:Carol", true}, {"}", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := Expand(tt.text, tt.vars, ctx)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, tt.parts, nilIfEmpty(p.Parts()))
		})
	}
}

func nilIfEmpty(p []Part) []Part {
	if len(p) == 0 {
		return nil
	}
	return p
}

func TestPatternMethods(t *testing.T) {
	ctx := reqctx.New()
	ctx.Set("aws:username", "Bob*")
	ctx.Set("aws:PrincipalTag/a", "1")
	p, ok := Expand("home/${aws:username}/?", true, ctx)
	require.True(t, ok)
	assert.Equal(t, "home/Bob*/?", p.String())
	assert.True(t, p.Equal("home/Bob*/?"))
	assert.False(t, p.Equal("home/Bob*/x"))
	assert.False(t, p.Equal("home/Bob*/?x"))
	assert.True(t, p.EqualFold("HOME/bob*/?"))
	assert.True(t, p.Match("home/Bob*/x"))
	assert.False(t, p.Match("home/Bobby/x"), "the substituted * is literal")
	assert.False(t, p.Match("home/Bob*/xy"))

	long, ok := Expand("${aws:PrincipalTag/a}-${aws:PrincipalTag/a}-${aws:PrincipalTag/a}-*", true, ctx)
	require.True(t, ok)
	assert.Len(t, long.Parts(), 6)
	assert.Equal(t, "1-1-1-*", long.String())
	assert.True(t, long.Match("1-1-1-anything"))
	assert.True(t, long.EqualFold("1-1-1-*"))

	arn, ok := Expand("arn:aws:iam::123456789012:user/${aws:username}", true, ctx)
	require.True(t, ok)
	assert.True(t, arn.MatchARN("arn:aws:iam::123456789012:user/Bob*"))
	assert.False(t, arn.MatchARN("arn:aws:iam::123456789012:user/Bobby"))
}
