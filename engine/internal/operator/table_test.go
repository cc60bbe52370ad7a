package operator

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTable checks the operator table against the rules it encodes
// (RULES.md#condition-operators and the sections after it).
func TestTable(t *testing.T) {
	require.Len(t, Names(), 27, "AWS defines 27 base operators")
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			in, ok := Lookup(name)
			require.True(t, ok)
			assert.Equal(t, name, in.Name)
			assert.NotEqual(t, Unknown, in.Family)
			assert.True(t, strings.HasPrefix(name, in.Family.String()) || in.Family == IP, "the name starts with its family")
			// The negated operators are exactly those with "Not" in the name.
			assert.Equal(t, strings.Contains(name, "Not"), in.Negated)
			// "… to the end of any condition operator name except the Null
			// condition"; set qualifiers do not apply to Null either.
			assert.Equal(t, name != "Null", in.IfExists)
			assert.Equal(t, name != "Null", in.Sets)
			assert.Equal(t, in.Family == String || in.Family == Arn || in.Family == Bool, in.Variables)
			assert.Equal(t, strings.Contains(name, "Like") || in.Family == Arn, in.Wildcards)
			assert.Equal(t, in.Family == Numeric || in.Family == Date, in.Order != NoOrder)
			assert.Equal(t, in.Family == String, in.Text != NoText)
			folded, ok := LookupFold(strings.ToUpper(name))
			require.True(t, ok)
			assert.Equal(t, in, folded)
			assert.Equal(t, in.Family, FamilyOf(name))
		})
	}
	_, ok := Lookup("stringequals")
	assert.False(t, ok, "Lookup wants the canonical spelling")
	_, ok = LookupFold("StringEqualz")
	assert.False(t, ok)
	assert.Equal(t, Unknown, FamilyOf("Bogus"))
	assert.Equal(t, "", Unknown.String())
}

// TestOrder checks each order against the comparisons.
func TestOrder(t *testing.T) {
	for _, tt := range []struct {
		o    Order
		want [3]bool // for cmp = -1, 0, +1
	}{
		{Equal, [3]bool{false, true, false}},
		{Less, [3]bool{true, false, false}},
		{LessOrEqual, [3]bool{true, true, false}},
		{Greater, [3]bool{false, false, true}},
		{GreaterOrEqual, [3]bool{false, true, true}},
		{NoOrder, [3]bool{false, false, false}},
	} {
		for i, cmp := range []int{-1, 0, 1} {
			assert.Equal(t, tt.want[i], tt.o.Holds(cmp), "order %d, cmp %d", tt.o, cmp)
		}
	}
}
