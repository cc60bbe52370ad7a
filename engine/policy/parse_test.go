package policy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slice returns the text a range spans.
func slice(text string, r Range) string { return text[r.Start.Offset:r.End.Offset] }

func TestParseAST(t *testing.T) {
	text := `{
  "Version": "2012-10-17",
  "Id": "BucketPolicy",
  "Statement": [
    {
      "Sid": "AllowCarol",
      "Principal": {"AWS": ["` + carolARN + `", "123456789012"], "Service": "s3.amazonaws.com"},
      "Effect": "Allow",
      "NotAction": ["s3:DeleteBucket", "s3:Put*"],
      "Resource": "arn:aws:s3:::productionapp/*",
      "Condition": {
        "NumericLessThan": {"s3:max-keys": [10, 2.5e1]},
        "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": "team*"},
        "Bool": {"aws:SecureTransport": true}
      }
    },
    {"Effect": "Deny", "Principal": "*", "Action": "*", "NotResource": ["arn:aws:s3:::productionapp", "arn:aws:s3:::productionapp/*"]}
  ]
}`
	pol, diags := Parse(text, Resource)
	require.Empty(t, diags)
	assert.Equal(t, text, pol.Text)
	assert.Equal(t, Resource, pol.Kind)
	assert.Equal(t, "2012-10-17", pol.Version.Value)
	assert.Equal(t, `"2012-10-17"`, slice(text, pol.Version.Range))
	assert.Equal(t, Pos{Offset: 15, Line: 2, Column: 14}, pol.Version.Range.Start)
	assert.True(t, pol.VariablesEnabled())
	assert.Equal(t, "BucketPolicy", pol.ID.Value)
	require.Len(t, pol.Statements, 2)

	s := pol.Statements[0]
	assert.Equal(t, 0, s.Index)
	assert.Equal(t, "AllowCarol", s.Sid.Value)
	assert.Equal(t, Allow, s.Effect)
	assert.Equal(t, `"Allow"`, slice(text, s.EffectRange))
	assert.True(t, strings.HasPrefix(slice(text, s.Range), "{\n      \"Sid\""))
	assert.True(t, strings.HasSuffix(slice(text, s.Range), "}\n    }"))

	require.NotNil(t, s.Principal)
	assert.False(t, s.Principal.Not)
	assert.False(t, s.Principal.Wildcard)
	require.Len(t, s.Principal.Values, 3)
	assert.Equal(t, PrincipalValue{Type: "AWS", Value: s.Principal.Values[0].Value}, s.Principal.Values[0])
	assert.Equal(t, carolARN, s.Principal.Values[0].Value.Value)
	assert.Equal(t, "123456789012", s.Principal.Values[1].Value.Value)
	assert.Equal(t, "Service", s.Principal.Values[2].Type)
	assert.Equal(t, `"s3.amazonaws.com"`, slice(text, s.Principal.Values[2].Value.Range))
	assert.Equal(t, 7, s.Principal.Values[2].Value.Range.Start.Line)

	assert.True(t, s.Action.Not)
	require.Len(t, s.Action.Values, 2)
	assert.Equal(t, "s3:Put*", s.Action.Values[1].Value)
	assert.Equal(t, `["s3:DeleteBucket", "s3:Put*"]`, slice(text, s.Action.Range))
	assert.False(t, s.Resource.Not)
	assert.Equal(t, []string{"arn:aws:s3:::productionapp/*"}, values(s.Resource.Values))

	require.Len(t, s.Conditions, 3)
	c := s.Conditions[0]
	assert.Equal(t, "NumericLessThan", c.OperatorText.Value)
	assert.Equal(t, Operator{Base: "NumericLessThan"}, c.Operator)
	assert.Equal(t, "s3:max-keys", c.Key.Value)
	assert.Equal(t, []string{"10", "2.5e1"}, values(c.Values), "numbers keep their JSON text")
	assert.Equal(t, `"s3:max-keys": [10, 2.5e1]`, slice(text, c.Range))
	c = s.Conditions[1]
	assert.Equal(t, Operator{Set: ForAnyValue, Base: "StringLike", IfExists: true}, c.Operator)
	assert.Equal(t, []string{"team*"}, values(c.Values))
	assert.Equal(t, []string{"true"}, values(s.Conditions[2].Values), "booleans become their JSON text")

	s = pol.Statements[1]
	assert.Equal(t, 1, s.Index)
	assert.Equal(t, Deny, s.Effect)
	assert.True(t, s.Principal.Wildcard)
	assert.Equal(t, []string{"*"}, values(s.Action.Values))
	assert.True(t, s.Resource.Not)
	assert.Len(t, s.Resource.Values, 2)
	assert.Empty(t, s.Conditions)
}

// values returns the Value fields of ss.
func values(ss []String) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, s.Value)
	}
	return out
}

func TestParseKeepsWhatIsReadable(t *testing.T) {
	text := `{"Version": "2012-10-17", "Statement": [
  {"Sid": "Bad Sid", "Effect": "allow", "Action": ["s3:GetObject", 7, "GetObject"], "Resource": "productionapp"},
  "not a statement",
  {"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"StringEqualz": {"aws:username": "bob"}}}
]}`
	pol, diags := Parse(text, Identity)
	require.True(t, HasErrors(diags))
	require.Len(t, pol.Statements, 2)
	s := pol.Statements[0]
	assert.Equal(t, "Bad Sid", s.Sid.Value)
	assert.Equal(t, Effect(""), s.Effect, "an invalid effect is not kept")
	assert.Equal(t, `"allow"`, slice(text, s.EffectRange))
	assert.Equal(t, []string{"s3:GetObject", "GetObject"}, values(s.Action.Values))
	assert.Equal(t, []string{"productionapp"}, values(s.Resource.Values))
	s = pol.Statements[1]
	assert.Equal(t, 2, s.Index, "Index is the position in the Statement array")
	require.Len(t, s.Conditions, 1)
	assert.False(t, s.Conditions[0].Operator.Known())
	assert.Equal(t, "StringEqualz", s.Conditions[0].OperatorText.Value)
	assert.Equal(t, []string{CodeInvalidSid, CodeInvalidEffect, CodeWrongType, CodeActionMissingPrefix,
		CodeMalformedARN, CodeWrongType, CodeUnknownOperator}, codes(diags), "sorted by position")
}

func TestParseSingleStatementObject(t *testing.T) {
	pol, diags := Parse(`{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}`, Identity)
	require.Empty(t, diags)
	require.Len(t, pol.Statements, 1)
	assert.Equal(t, 0, pol.Statements[0].Index)
}

func TestParseFirstDuplicateWins(t *testing.T) {
	pol, diags := Parse(stmt(allow, getObj, anyRes, `"Effect": "Deny"`, `"Action": "s3:PutObject"`), Identity)
	assert.Equal(t, []string{CodeDuplicateKey, CodeDuplicateKey}, codes(diags))
	assert.Equal(t, Allow, pol.Statements[0].Effect)
	assert.Equal(t, []string{"s3:GetObject"}, values(pol.Statements[0].Action.Values))
}

func TestParseNonObjectInputs(t *testing.T) {
	for _, text := range []string{`"x"`, `1`, `null`, `true`, `[]`} {
		t.Run(text, func(t *testing.T) {
			pol, diags := Parse(text, Session)
			require.NotNil(t, pol)
			assert.Empty(t, pol.Statements)
			assert.Equal(t, []string{CodeWrongType}, codes(diags))
		})
	}
}

func TestParseEscapedStrings(t *testing.T) {
	text := `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:\u0047etObject","Resource":"arn:aws:s3:::b\/k"}}`
	pol, diags := Parse(text, Identity)
	require.Empty(t, diags)
	st := pol.Statements[0]
	assert.Equal(t, "s3:GetObject", st.Action.Values[0].Value)
	assert.Equal(t, `"s3:\u0047etObject"`, slice(text, st.Action.Values[0].Range))
	assert.Equal(t, "arn:aws:s3:::b/k", st.Resource.Values[0].Value)
}
