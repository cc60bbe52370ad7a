package scenario

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

func TestDecodeFieldErrors(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		path      string
		line, col int
		contains  string
	}{
		{"not json", "{\n  \"version\": 1,\n  \"account\" \"123\"\n}", "", 3, 13, "not valid JSON"},
		{"empty", "  ", "", 1, 1, "empty"},
		{"array root", "[1]", "", 1, 1, "must be a JSON object"},
		{"wrong version", `{"version": 2, "caller": {"name": "u"}, "request": {}}`, "version", 1, 13, "only known version is 1"},
		{"bad account", `{"account": "12", "caller": {"name": "u"}, "request": {}}`, "account", 1, 13, "12 digits"},
		{"unknown field", "{\"caller\": {\"name\": \"u\"}, \"request\": {},\n \"chekcs\": []}", "chekcs", 2, 2, "unknown field \"chekcs\""},
		{"case hint", `{"caller": {"name": "u"}, "Request": {}}`, "Request", 1, 27, "did you mean \"request\""},
		{"duration type", "{\"caller\": {\"name\": \"u\"},\n\"request\": {\"DurationSeconds\": true}}", "request.DurationSeconds", 2, 32, "whole number"},
		{"duration fraction", `{"caller": {"name": "u"}, "request": {"DurationSeconds": 1.5}}`, "request.DurationSeconds", 1, 58, "whole number"},
		{"name type", `{"caller": {"name": "u"}, "request": {"Name": 7}}`, "request.Name", 1, 47, "expected a string, found a number"},
		{"caller type", `{"caller": {"type": "Role", "name": "u"}, "request": {}}`, "caller.type", 1, 21, "\"IAMUser\" or \"Root\""},
		{"missing caller", `{"request": {}}`, "caller", 1, 1, "required"},
		{"policy type", `{"caller": {"name": "u", "policies": [42]}, "request": {}}`, "caller.policies[0]", 1, 39, "expected a policy"},
		{"tag without value", `{"caller": {"name": "u"}, "request": {"Tags": [{"Key": "a"}]}}`, "request.Tags[0].Value", 1, 48, "needs a \"Value\""},
		{"bad expect", `{"caller": {"name": "u"}, "request": {}, "checks": [{"action": "s3:GetObject", "resource": "*", "expect": "deny"}]}`, "checks[0].expect", 1, 107, "one of allowed"},
		{"action without prefix", `{"caller": {"name": "u"}, "request": {}, "checks": [{"action": "GetObject", "resource": "*"}]}`, "checks[0].action", 1, 64, "service:Action"},
		{"bad clock", `{"caller": {"name": "u"}, "request": {}, "clock": "yesterday"}`, "clock", 1, 51, "RFC 3339"},
		{"resource attachedTo", `{"caller": {"name": "u"}, "request": {}, "resourcePolicies": [{"attachedTo": "bucket", "policy": {}}]}`, "resourcePolicies[0].attachedTo", 1, 78, "resource ARN"},
		{"context value", `{"caller": {"name": "u"}, "request": {}, "checks": [{"action": "s3:GetObject", "resource": "*", "context": {"k": {}}}]}`, "checks[0].context.k", 1, 114, "string, number or boolean"},
		{"duplicate field", `{"caller": {"name": "u"}, "request": {}, "request": {}}`, "request", 1, 42, "given twice"},
		{"resource without arn", `{"caller": {"name": "u"}, "request": {}, "resources": [{"account": "999999999999"}]}`, "resources[0].arn", 1, 56, "needs \"arn\""},
		{"resource bad arn", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "bucket"}]}`, "resources[0].arn", 1, 64, "resource ARN"},
		{"resource bad account", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "arn:aws:s3:::b", "account": "99"}]}`, "resources[0].account", 1, 93, "12 digits"},
		{"resource account against its ARN", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "arn:aws:sqs:us-east-1:111122223333:q", "account": "999999999999"}]}`, "resources[0].account", 1, 115, "names account 111122223333"},
		{"resource twice", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "arn:aws:s3:::b"}, {"arn": "arn:aws:s3:::b"}]}`, "resources[1].arn", 1, 91, "listed twice"},
		{"resource tag without key", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "arn:aws:s3:::b", "tags": [{"Value": "x"}]}]}`, "resources[0].tags[0].Key", 1, 91, "needs a \"Key\""},
		{"resource policy owner disagrees", `{"caller": {"name": "u"}, "request": {}, "resources": [{"arn": "arn:aws:s3:::b", "account": "999999999999"}], "resourcePolicies": [{"attachedTo": "arn:aws:s3:::b", "account": "111122223333", "policy": {}}]}`, "resourcePolicies[0].account", 1, 176, "a resource has one owner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.doc))
			require.Error(t, err)
			var de *DecodeError
			require.True(t, errors.As(err, &de))
			var found *FieldError
			for _, f := range de.Fields {
				if f.Path == tt.path && strings.Contains(f.Message, tt.contains) {
					found = f
				}
			}
			require.NotNil(t, found, "no error at %q containing %q in %v", tt.path, tt.contains, err)
			assert.Equal(t, tt.line, found.Line, "line")
			assert.Equal(t, tt.col, found.Column, "column")
		})
	}
}

func TestDecodeTooLarge(t *testing.T) {
	_, err := Decode([]byte(strings.Repeat(" ", MaxDocumentSize+1)))
	require.ErrorContains(t, err, "1 MiB")
}

func TestDecodeDefaultsAndValues(t *testing.T) {
	doc, err := Decode([]byte(`{
  "caller": {"type": "IAMUser", "name": "token-app", "policies": [{"Version": "2012-10-17", "Statement": []}], "tags": [{"Key": "team", "Value": "red"}]},
  "managedPolicies": {"arn:aws:iam::123456789012:policy/Read": "{}"},
  "resourcePolicies": [{"attachedTo": "arn:aws:sqs:us-east-1:444455556666:q", "policy": "{}"}, {"attachedTo": "arn:aws:s3:::b", "policy": "{}"}],
  "request": {"Name": "Jean", "DurationSeconds": "3600", "PolicyArns": [{"arn": "arn:aws:iam::123456789012:policy/Read"}]},
  "seed": "s",
  "checks": [{"action": "s3:GetObject", "resource": "*", "context": {"aws:TagKeys": ["a", "b"], "n": 5, "b": true}}]
}`))
	require.NoError(t, err)
	assert.Equal(t, "123456789012", doc.Account)
	assert.Equal(t, "us-east-1", doc.Region)
	assert.Equal(t, "aws", doc.Partition)
	assert.Equal(t, `{"Version": "2012-10-17", "Statement": []}`, doc.Caller.Policies[0].Text)
	assert.Equal(t, "caller.policies[0]", doc.Caller.Policies[0].Source)
	assert.Equal(t, []principal.Tag{{Key: "team", Value: "red"}}, doc.Caller.Tags)
	assert.Equal(t, "444455556666", doc.ResourcePolicies[0].Account, "account from the ARN")
	assert.Equal(t, "123456789012", doc.ResourcePolicies[1].Account, "S3 ARNs have no account: the scenario's")
	assert.Equal(t, int64(3600), *doc.Request.DurationSeconds)
	assert.Equal(t, []string{"arn:aws:iam::123456789012:policy/Read"}, doc.Request.PolicyArns)
	assert.Nil(t, doc.Request.Policy)
	assert.True(t, doc.HasSeed)
	assert.True(t, doc.Clock.IsZero())
	assert.Equal(t, []ContextKey{{Key: "aws:TagKeys", Values: []string{"a", "b"}, Multi: true}, {Key: "n", Values: []string{"5"}}, {Key: "b", Values: []string{"true"}}}, doc.Checks[0].Context)
}

func FuzzDecode(f *testing.F) {
	for _, p := range Presets() {
		f.Add([]byte(p.Scenario))
	}
	f.Add([]byte(`{"caller": {"name": "u"}, "request": {"Tags": [{"Key": 1}]}}`))
	f.Add([]byte(`[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Decode(data)
		if err == nil {
			require.NotNil(t, doc)
			return
		}
		var de *DecodeError
		require.True(t, errors.As(err, &de))
		for _, fe := range de.Fields {
			require.NotEmpty(t, fe.Message)
			require.LessOrEqual(t, fe.Offset, len(data))
		}
	})
}
