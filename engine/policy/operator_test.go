package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseOperator(t *testing.T) {
	cases := []struct {
		name    string
		ok      bool
		base    string
		set     SetOperator
		ifEx    bool
		family  string
		negated bool
	}{
		{"StringEquals", true, "StringEquals", NoSet, false, "String", false},
		{"StringNotEqualsIgnoreCase", true, "StringNotEqualsIgnoreCase", NoSet, false, "String", true},
		{"StringLikeIfExists", true, "StringLike", NoSet, true, "String", false},
		{"ForAnyValue:StringLike", true, "StringLike", ForAnyValue, false, "String", false},
		{"ForAllValues:StringNotLikeIfExists", true, "StringNotLike", ForAllValues, true, "String", true},
		{"NumericLessThanEquals", true, "NumericLessThanEquals", NoSet, false, "Numeric", false},
		{"NumericNotEqualsIfExists", true, "NumericNotEquals", NoSet, true, "Numeric", true},
		{"DateGreaterThan", true, "DateGreaterThan", NoSet, false, "Date", false},
		{"DateNotEquals", true, "DateNotEquals", NoSet, false, "Date", true},
		{"Bool", true, "Bool", NoSet, false, "Bool", false},
		{"BoolIfExists", true, "Bool", NoSet, true, "Bool", false},
		{"BinaryEquals", true, "BinaryEquals", NoSet, false, "Binary", false},
		{"IpAddress", true, "IpAddress", NoSet, false, "IP", false},
		{"NotIpAddressIfExists", true, "NotIpAddress", NoSet, true, "IP", true},
		{"ArnEquals", true, "ArnEquals", NoSet, false, "Arn", false},
		{"ArnLike", true, "ArnLike", NoSet, false, "Arn", false},
		{"ArnNotEquals", true, "ArnNotEquals", NoSet, false, "Arn", true},
		{"ForAnyValue:ArnNotLike", true, "ArnNotLike", ForAnyValue, false, "Arn", true},
		{"Null", true, "Null", NoSet, false, "Null", false},
		{"ForAllValues:Null", true, "Null", ForAllValues, false, "Null", false},
		{"stringequals", true, "StringEquals", NoSet, false, "String", false},
		{"forAnyValue:STRINGLIKEifexists", true, "StringLike", ForAnyValue, true, "String", false},
		{"NullIfExists", false, "", NoSet, false, "", false},
		{"StringEqualz", false, "", NoSet, false, "", false},
		{"IfExists", false, "", NoSet, false, "", false},
		{"ForAnyValue:", false, "", NoSet, false, "", false},
		{"ForSomeValues:StringLike", false, "", NoSet, false, "", false},
		{"StringEqualsIfExistsIfExists", false, "", NoSet, false, "", false},
		{"", false, "", NoSet, false, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			op, ok := ParseOperator(c.name)
			require.Equal(t, c.ok, ok)
			assert.Equal(t, c.base, op.Base)
			assert.Equal(t, c.set, op.Set)
			assert.Equal(t, c.ifEx, op.IfExists)
			assert.Equal(t, c.family, op.Family())
			assert.Equal(t, c.negated, op.Negated())
			assert.Equal(t, ok, op.Known())
			if ok {
				again, ok2 := ParseOperator(op.String())
				require.True(t, ok2, "String() must parse back")
				assert.Equal(t, op, again)
			} else {
				assert.Equal(t, "", op.String())
			}
		})
	}
}

func TestOperatorProperties(t *testing.T) {
	cases := []struct {
		name                     string
		wildcards, fold, allowsV bool
	}{
		{"StringEquals", false, false, true},
		{"StringLike", true, false, true},
		{"StringNotLike", true, false, true},
		{"StringEqualsIgnoreCase", false, true, true},
		{"StringNotEqualsIgnoreCase", false, true, true},
		{"ArnLike", true, false, true},
		{"ArnEquals", true, false, true},
		{"Bool", false, false, true},
		{"NumericEquals", false, false, false},
		{"DateLessThan", false, false, false},
		{"IpAddress", false, false, false},
		{"BinaryEquals", false, false, false},
		{"Null", false, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			op, ok := ParseOperator(c.name)
			require.True(t, ok)
			assert.Equal(t, c.wildcards, op.Wildcards())
			assert.Equal(t, c.fold, op.IgnoreCase())
			assert.Equal(t, c.allowsV, op.AllowsVariables())
		})
	}
}

func TestOperatorString(t *testing.T) {
	op := Operator{Set: ForAllValues, Base: "StringLike", IfExists: true}
	assert.Equal(t, "ForAllValues:StringLikeIfExists", op.String())
	assert.Equal(t, "ForAnyValue", ForAnyValue.String())
	assert.Equal(t, "", NoSet.String())
	assert.Len(t, operatorNames, 27, "AWS defines 27 base operators [RULES.md#condition-operators]")
}

func TestKind(t *testing.T) {
	for _, k := range []Kind{Identity, Session, Boundary, Resource} {
		t.Run(k.String(), func(t *testing.T) {
			got, err := ParseKind(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, got)
		})
	}
	assert.Equal(t, []string{"identity", "session", "boundary", "resource"},
		[]string{Identity.String(), Session.String(), Boundary.String(), Resource.String()})
	_, err := ParseKind("Identity")
	assert.ErrorContains(t, err, `unknown policy kind "Identity"`)
	assert.Equal(t, "Kind(9)", Kind(9).String())
	assert.Equal(t, "Kind(-1)", Kind(-1).String())
}
