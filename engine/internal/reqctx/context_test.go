package reqctx

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestContextKeysAreCaseInsensitive(t *testing.T) {
	c := New()
	c.Set("aws:SourceIp", "203.0.113.5")
	v, ok := c.Get("AWS:sourceip")
	assert.True(t, ok)
	assert.Equal(t, []string{"203.0.113.5"}, v)
	assert.False(t, c.IsMulti("aws:sourceip"))

	// Setting the same key in another case replaces it, and the newest
	// spelling is kept for display.
	c.Set("aws:SOURCEIP", "198.51.100.1")
	assert.Equal(t, []string{"aws:SOURCEIP"}, c.Keys())
	assert.Equal(t, 1, c.Len())
}

func TestMultivaluedKeys(t *testing.T) {
	c := New()
	in := []string{"a", "b"}
	c.SetMulti("aws:TagKeys", in)
	in[0] = "changed"
	v, ok := c.Get("aws:tagkeys")
	assert.True(t, ok)
	assert.Equal(t, []string{"a", "b"}, v, "SetMulti copies its input")
	assert.True(t, c.IsMulti("aws:TagKeys"))

	c.SetMulti("empty", nil)
	v, ok = c.Get("empty")
	assert.True(t, ok, "a multivalued key with no values is present")
	assert.Empty(t, v)
}

func TestNilContextReadsAsEmpty(t *testing.T) {
	var c *Context
	_, ok := c.Get("k")
	assert.False(t, ok)
	assert.False(t, c.IsMulti("k"))
	assert.Nil(t, c.Keys())
	assert.Zero(t, c.Len())
}

func TestLayersLookUpInOrder(t *testing.T) {
	req := New()
	req.Set("aws:SourceIp", "10.0.0.1")
	sess := New()
	sess.Set("aws:SourceIp", "192.0.2.1")
	sess.Set("aws:PrincipalType", "FederatedUser")
	l := Layers{req, sess}
	v, ok := l.Get("aws:sourceip")
	assert.True(t, ok)
	assert.Equal(t, []string{"10.0.0.1"}, v, "the first layer wins")
	v, ok = l.Get("aws:PrincipalType")
	assert.True(t, ok)
	assert.Equal(t, []string{"FederatedUser"}, v)
	_, ok = l.Get("missing")
	assert.False(t, ok)
	_, ok = Layers{nil, sess}.Get("aws:PrincipalType")
	assert.True(t, ok, "a nil layer is skipped")
}

func TestGetFoldsLongAndNonASCIIKeys(t *testing.T) {
	c := New()
	long := "aws:PrincipalTag/" + "AVeryLongTagKeyThatDoesNotFitInTheStackBufferOfSixtyFourBytes"
	c.Set(long, "v")
	v, ok := c.Get("AWS:principaltag/averylongtagkeythatdoesnotfitinthestackbufferofsixtyfourbytes")
	assert.True(t, ok)
	assert.Equal(t, []string{"v"}, v)
	c.Set("aws:PrincipalTag/Ärger", "ü")
	v, ok = c.Get("AWS:PRINCIPALTAG/äRGER")
	assert.True(t, ok)
	assert.Equal(t, []string{"ü"}, v)
}

func BenchmarkGetMixedCase(b *testing.B) {
	c := New()
	c.Set("aws:SourceIp", "203.0.113.5")
	b.ReportAllocs()
	for b.Loop() {
		c.Get("aws:SourceIp")
	}
}
