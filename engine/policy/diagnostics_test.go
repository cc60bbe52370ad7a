package policy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// diagCase is one policy with the diagnostic it must produce.
type diagCase struct {
	name string
	kind Kind
	text string
	code string
	sev  Severity
	line int
	col  int
	path string
	// msg is a part of the message that must appear (optional).
	msg string
}

// diagCases cover every diagnostic code, with its exact position.
var diagCases = []diagCase{
	// invalid JSON: the position is the fault.
	{"json missing comma", Identity, "{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}", CodeInvalidJSON, SeverityError, 3, 3, "", "Expected ',' or '}' after an object member"},
	{"json unterminated string", Identity, `{"Version": "2012-10-17}`, CodeInvalidJSON, SeverityError, 1, 13, "", "not closed"},
	{"json empty text", Session, "", CodeInvalidJSON, SeverityError, 1, 1, "", "The policy is not in the valid JSON format."},
	{"json blank text", Session, " \n ", CodeInvalidJSON, SeverityError, 2, 2, "", "empty"},
	{"json trailing comma", Identity, `{"Statement": [1,]}`, CodeInvalidJSON, SeverityError, 1, 18, "", "trailing comma"},
	{"json trailing text", Identity, `{} x`, CodeInvalidJSON, SeverityError, 1, 4, "", "after the end"},
	{"json bad literal", Identity, `{"a": tru}`, CodeInvalidJSON, SeverityError, 1, 7, "", "Expected a JSON value"},
	{"json single quotes", Identity, `{'Version': 1}`, CodeInvalidJSON, SeverityError, 1, 2, "", "member name in double quotes"},
	{"json bad escape", Identity, `{"a\q": 1}`, CodeInvalidJSON, SeverityError, 1, 4, "", "escape"},
	{"json leading zero", Identity, `{"a": 01}`, CodeInvalidJSON, SeverityError, 1, 8, "", "Invalid number"},
	{"json unclosed object", Identity, "{\"a\": 1", CodeInvalidJSON, SeverityError, 1, 8, "", "ends inside an object"},

	// structure of the document.
	{"not an object", Identity, `["x"]`, CodeWrongType, SeverityError, 1, 1, "", "must be a JSON object, but it is an array"},
	{"duplicate key in statement", Identity, stmt(allow, getObj, anyRes, `"Effect": "Deny"`), CodeDuplicateKey, SeverityError, 8, 7, "Statement[0].Effect", `repeats the element "Effect"`},
	{"duplicate key at top", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n}", CodeDuplicateKey, SeverityError, 3, 3, "Version", ""},
	{"duplicate operator", Identity, stmt(allow, getObj, anyRes, `"Condition": {"Bool": {"aws:SecureTransport": "true"}, "Bool": {"aws:SecureTransport": "false"}}`), CodeDuplicateKey, SeverityError, 8, 62, "Statement[0].Condition.Bool", ""},
	{"wrongly cased element", Identity, stmt(`"effect": "Allow"`, getObj, anyRes), CodeUnknownElement, SeverityError, 5, 7, "Statement[0].effect", `Did you mean "Effect"? Element names are case-sensitive.`},
	{"misspelt top element", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}", CodeUnknownElement, SeverityError, 3, 3, "Statment", `Did you mean "Statement"?`},
	{"missing version", Session, `{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}`, CodeMissingVersion, SeverityWarning, 1, 1, "", "treated as literal text"},
	{"invalid version", Identity, "{\n  \"Version\": \"2012-10-18\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n}", CodeInvalidVersion, SeverityError, 2, 14, "Version", `"2012-10-17"`},
	{"old version", Identity, "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n}", CodeOldVersion, SeverityWarning, 2, 14, "Version", "Do not use this version for any new policies"},
	{"version as number", Identity, "{\n  \"Version\": 2012,\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n}", CodeWrongType, SeverityError, 2, 14, "Version", "but it is a number"},
	{"id in identity policy", Identity, "{\n  \"Id\": \"abc\",\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n}", CodeIDNotAllowed, SeverityWarning, 2, 9, "Id", ""},
	{"missing statement", Identity, `{"Version": "2012-10-17"}`, CodeMissingStatement, SeverityError, 1, 1, "", ""},
	{"empty statement array", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}", CodeEmptyStatement, SeverityError, 3, 16, "Statement", ""},
	{"statement not an object", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\"Allow\"]\n}", CodeWrongType, SeverityError, 3, 17, "Statement[0]", "Each statement must be a JSON object, but it is a string."},
	{"statement a string", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": \"x\"\n}", CodeWrongType, SeverityError, 3, 16, "Statement", ""},

	// Effect.
	{"missing effect", Identity, stmt(getObj, anyRes), CodeMissingEffect, SeverityError, 4, 5, "Statement[0]", ""},
	{"lower-case effect", Identity, stmt(`"Effect": "allow"`, getObj, anyRes), CodeInvalidEffect, SeverityError, 5, 17, "Statement[0].Effect", `Did you mean "Allow"?`},
	{"effect as boolean", Identity, stmt(`"Effect": true`, getObj, anyRes), CodeWrongType, SeverityError, 5, 17, "Statement[0].Effect", "but it is a boolean"},

	// Action / NotAction.
	{"action and notaction", Identity, stmt(allow, getObj, `"NotAction": "s3:PutObject"`, anyRes), CodeActionAndNotAction, SeverityError, 7, 7, "Statement[0].NotAction", ""},
	{"missing action", Identity, stmt(allow, anyRes), CodeMissingAction, SeverityError, 4, 5, "Statement[0]", "Policy statement must contain actions."},
	{"empty action array", Identity, stmt(allow, `"Action": []`, anyRes), CodeEmptyArray, SeverityError, 6, 17, "Statement[0].Action", ""},
	{"action as number", Identity, stmt(allow, `"Action": 5`, anyRes), CodeWrongType, SeverityError, 6, 17, "Statement[0].Action", "a string or an array of strings"},
	{"action element as number", Identity, stmt(allow, `"Action": ["s3:GetObject", 5]`, anyRes), CodeWrongType, SeverityError, 6, 34, "Statement[0].Action[1]", ""},
	{"action without prefix", Identity, stmt(allow, `"Action": "GetObject"`, anyRes), CodeActionMissingPrefix, SeverityError, 6, 17, "Statement[0].Action", "Actions/Conditions must be prefaced by a vendor"},
	{"action without prefix in list", Identity, stmt(allow, `"Action": ["s3:GetObject", "PutObject"]`, anyRes), CodeActionMissingPrefix, SeverityError, 6, 34, "Statement[0].Action[1]", ""},
	{"action with empty prefix", Identity, stmt(allow, `"Action": ":GetObject"`, anyRes), CodeActionMissingPrefix, SeverityError, 6, 17, "Statement[0].Action", ""},
	{"action with a space", Identity, stmt(allow, `"Action": "s3:Get Object"`, anyRes), CodeInvalidAction, SeverityError, 6, 17, "Statement[0].Action", ""},
	{"action with wildcard prefix", Identity, stmt(allow, `"Action": "s3*:GetObject"`, anyRes), CodeInvalidAction, SeverityError, 6, 17, "Statement[0].Action", "Action vendors (e.g., aws, ec2, etc.) must not contain wildcards."},
	{"action with two colons", Identity, stmt(allow, `"Action": "s3:Get:Object"`, anyRes), CodeInvalidAction, SeverityError, 6, 17, "Statement[0].Action", "Actions/Condition can contain only one colon."},
	{"action with a bad vendor", Identity, stmt(allow, `"Action": "s_3:GetObject"`, anyRes), CodeInvalidAction, SeverityError, 6, 17, "Statement[0].Action", "Vendor s_3 is not valid."},
	{"action without name", Identity, stmt(allow, `"Action": "s3:"`, anyRes), CodeInvalidAction, SeverityError, 6, 17, "Statement[0].Action", `"s3:*"`},
	{"variable in notaction", Identity, stmt(allow, `"NotAction": "s3:${aws:username}"`, anyRes), CodeVariableInAction, SeverityError, 6, 20, "Statement[0].NotAction", ""},

	// Resource / NotResource.
	{"resource and notresource", Identity, stmt(allow, getObj, anyRes, `"NotResource": "*"`), CodeResourceAndNotResource, SeverityError, 8, 7, "Statement[0].NotResource", ""},
	{"missing resource", Identity, stmt(allow, getObj), CodeMissingResource, SeverityError, 4, 5, "Statement[0]", "Policy statement must contain resources."},
	{"missing resource in resource policy", Resource, stmt(bucketP, allow, getObj), CodeMissingResource, SeverityWarning, 4, 5, "Statement[0]", ""},
	{"empty resource array", Identity, stmt(allow, getObj, `"Resource": []`), CodeEmptyArray, SeverityError, 7, 19, "Statement[0].Resource", ""},
	{"resource not an arn", Identity, stmt(allow, getObj, `"Resource": "productionapp"`), CodeMalformedARN, SeverityError, 7, 19, "Statement[0].Resource", `Resource productionapp must be in ARN format or "*".`},
	{"resource with unknown partition", Identity, stmt(allow, getObj, `"Resource": "arn:amazon:s3:::b"`), CodeMalformedARN, SeverityError, 7, 19, "Statement[0].Resource", `Partition "amazon" is not valid`},
	{"resource arn too short", Identity, stmt(allow, getObj, `"Resource": "arn:aws:s3"`), CodeMalformedARN, SeverityError, 7, 19, "Statement[0].Resource", ""},
	{"resource arn without service", Identity, stmt(allow, getObj, `"Resource": "arn:aws::::x"`), CodeMalformedARN, SeverityError, 7, 19, "Statement[0].Resource", ""},
	{"wildcard in service", Identity, stmt(allow, getObj, `"Resource": "arn:aws:s*:::bucket"`), CodeWildcardInService, SeverityError, 7, 19, "Statement[0].Resource", "Resource vendor must be fully qualified and cannot contain regexes."},
	{"unterminated variable", Identity, stmt(allow, getObj, `"Resource": "arn:aws:s3:::b/${aws:username"`), CodeUnterminatedVariable, SeverityWarning, 7, 19, "Statement[0].Resource", ""},
	{"variable in region", Identity, stmt(allow, getObj, `"Resource": "arn:aws:s3:${aws:RequestedRegion}::b"`), CodeVariableNotSupported, SeverityWarning, 7, 19, "Statement[0].Resource", "fifth colon"},
	{"variable without version", Session, `{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username}/*"}}`, CodeVariableWithoutVersion, SeverityWarning, 1, 65, "Statement.Resource", "literal text"},
	{"variable under 2008 version", Session, `{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:userid}"}}`, CodeVariableWithoutVersion, SeverityWarning, 1, 90, "Statement.Resource", ""},

	// Principal / NotPrincipal.
	{"principal in session policy", Session, stmt(`"Principal": "*"`, allow, getObj, anyRes), CodePrincipalNotAllowed, SeverityError, 5, 7, "Statement[0].Principal", "Policy document should not specify a principal."},
	{"notprincipal in identity policy", Identity, stmt(`"NotPrincipal": {"AWS": "123456789012"}`, allow, getObj, anyRes), CodePrincipalNotAllowed, SeverityError, 5, 7, "Statement[0].NotPrincipal", ""},
	{"principal in boundary", Boundary, stmt(bucketP, allow, getObj, anyRes), CodePrincipalNotAllowed, SeverityError, 5, 7, "Statement[0].Principal", ""},
	{"missing principal", Resource, stmt(allow, getObj, objsRes), CodeMissingPrincipal, SeverityError, 4, 5, "Statement[0]", ""},
	{"principal and notprincipal", Resource, stmt(bucketP, `"NotPrincipal": {"AWS": "123456789012"}`, allow, getObj, objsRes), CodePrincipalAndNotPrincipal, SeverityError, 6, 7, "Statement[0].NotPrincipal", ""},
	{"principal string not star", Resource, stmt(`"Principal": "123456789012"`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 20, "Statement[0].Principal", `{"AWS": "123456789012"}`},
	{"principal partial wildcard", Resource, stmt(`"Principal": {"AWS": "arn:aws:iam::123456789012:user/*"}`, allow, getObj, objsRes), CodePartialWildcardPrincipal, SeverityWarning, 5, 28, "Statement[0].Principal.AWS", "wildcard"},
	{"principal list with a bad name", Resource, stmt(`"Principal": {"AWS": ["123456789012", "bob"]}`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 45, "Statement[0].Principal.AWS[1]", ""},
	{"principal arn with too few segments", Resource, stmt(`"Principal": {"AWS": "arn:aws:iam::123456789012"}`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 28, "Statement[0].Principal.AWS", "not a valid ARN"},
	{"principal arn without a service", Resource, stmt(`"Principal": {"AWS": "arn:aws:::123456789012:root"}`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 28, "Statement[0].Principal.AWS", "not a valid ARN"},
	{"principal arn without a resource", Resource, stmt(`"Principal": {"AWS": "arn:aws:iam::123456789012:"}`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 28, "Statement[0].Principal.AWS", "not a valid ARN"},
	{"principal with no keys", Resource, stmt(`"Principal": {}`, allow, getObj, objsRes), CodeInvalidPrincipal, SeverityError, 5, 20, "Statement[0].Principal", "names no principal"},
	{"principal type case", Resource, stmt(`"Principal": {"aws": "*"}`, allow, getObj, objsRes), CodeUnknownPrincipalType, SeverityError, 5, 21, "Statement[0].Principal.aws", `Did you mean "AWS"?`},
	{"empty principal list", Resource, stmt(`"Principal": {"AWS": []}`, allow, getObj, objsRes), CodeEmptyArray, SeverityError, 5, 28, "Statement[0].Principal.AWS", ""},
	{"principal as number", Resource, stmt(`"Principal": 5`, allow, getObj, objsRes), CodeWrongType, SeverityError, 5, 20, "Statement[0].Principal", ""},
	{"variable in principal", Resource, stmt(`"Principal": {"AWS": "arn:aws:iam::123456789012:user/${aws:username}"}`, allow, getObj, objsRes), CodeVariableNotSupported, SeverityWarning, 5, 28, "Statement[0].Principal.AWS", ""},
	{"notprincipal in bucket policy", Resource, stmt(`"NotPrincipal": {"AWS": "123456789012"}`, `"Effect": "Deny"`, getObj, objsRes), CodeNotPrincipalDiscouraged, SeveritySuggestion, 5, 7, "Statement[0].NotPrincipal", ""},

	// Sid.
	{"duplicate sid", Identity, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"One\", \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},\n    {\"Sid\": \"One\", \"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}", CodeDuplicateSid, SeverityError, 5, 13, "Statement[1].Sid", "Statement[0]"},
	{"sid with a space", Identity, stmt(`"Sid": "My Stmt"`, allow, getObj, anyRes), CodeInvalidSid, SeverityError, 5, 14, "Statement[0].Sid", "' '"},
	{"sid with a space in bucket policy", Resource, stmt(`"Sid": "My Stmt"`, bucketP, allow, getObj, objsRes), CodeInvalidSid, SeverityWarning, 5, 14, "Statement[0].Sid", ""},
	{"sid as number", Identity, stmt(`"Sid": 1`, allow, getObj, anyRes), CodeWrongType, SeverityError, 5, 14, "Statement[0].Sid", ""},

	// Condition.
	{"unknown operator", Identity, stmt(allow, getObj, anyRes, `"Condition": {"StringEqualz": {"aws:username": "x"}}`), CodeUnknownOperator, SeverityError, 8, 21, "Statement[0].Condition.StringEqualz", `Did you mean "StringEquals"?`},
	{"null with ifexists", Identity, stmt(allow, getObj, anyRes, `"Condition": {"NullIfExists": {"aws:TokenIssueTime": "true"}}`), CodeUnknownOperator, SeverityError, 8, 21, "Statement[0].Condition.NullIfExists", ""},
	{"set operator on null", Identity, stmt(allow, getObj, anyRes, `"Condition": {"ForAnyValue:Null": {"aws:TagKeys": "true"}}`), CodeSetOperatorOnNull, SeverityError, 8, 21, "Statement[0].Condition.ForAnyValue:Null", ""},
	{"operator in lower case", Identity, stmt(allow, getObj, anyRes, `"Condition": {"stringequals": {"aws:username": "x"}}`), CodeOperatorCase, SeverityError, 8, 21, "Statement[0].Condition.stringequals", `"StringEquals"`},
	{"set operator on a single-valued key", Identity, stmt(allow, getObj, anyRes, `"Condition": {"ForAnyValue:IpAddress": {"aws:SourceIP": "203.0.113.0/24"}}`), CodeSetOperatorSingleValued, SeverityWarning, 8, 47, "Statement[0].Condition.ForAnyValue:IpAddress.aws:SourceIP", "Do not use set operators with single-valued condition keys."},
	{"set operator on a tag key", Identity, stmt(allow, getObj, anyRes, `"Condition": {"ForAnyValue:StringEquals": {"aws:PrincipalTag/team": "blue"}}`), CodeSetOperatorSingleValued, SeverityWarning, 8, 50, "Statement[0].Condition.ForAnyValue:StringEquals.aws:PrincipalTag/team", ""},
	{"plain operator on aws:TagKeys", Identity, stmt(allow, getObj, anyRes, `"Condition": {"StringEquals": {"aws:TagKeys": ["a", "b"]}}`), CodeMultivaluedKeyWithoutSet, SeverityWarning, 8, 38, "Statement[0].Condition.StringEquals.aws:TagKeys", "ForAnyValue:StringEquals"},
	{"forallvalues with allow", Identity, stmt(allow, getObj, anyRes, `"Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"], "aws:CalledVia": "c"}}`), CodeForAllValuesWithAllow, SeverityWarning, 8, 21, "Statement[0].Condition.ForAllValues:StringEquals", "Null condition"},
	{"empty condition", Identity, stmt(allow, getObj, anyRes, `"Condition": {}`), CodeEmptyCondition, SeverityWarning, 8, 20, "Statement[0].Condition", ""},
	{"empty operator block", Identity, stmt(allow, getObj, anyRes, `"Condition": {"StringEquals": {}}`), CodeEmptyCondition, SeverityWarning, 8, 37, "Statement[0].Condition.StringEquals", ""},
	{"condition as array", Identity, stmt(allow, getObj, anyRes, `"Condition": []`), CodeWrongType, SeverityError, 8, 20, "Statement[0].Condition", ""},
	{"condition value null", Identity, stmt(allow, getObj, anyRes, `"Condition": {"StringEquals": {"aws:username": null}}`), CodeWrongType, SeverityError, 8, 54, "Statement[0].Condition.StringEquals.aws:username", "but it is null"},
	{"bool value yes", Identity, stmt(allow, getObj, anyRes, `"Condition": {"Bool": {"aws:SecureTransport": "yes"}}`), CodeInvalidConditionValue, SeverityWarning, 8, 53, "Statement[0].Condition.Bool.aws:SecureTransport", ""},
	{"numeric value ten", Identity, stmt(allow, getObj, anyRes, `"Condition": {"NumericLessThan": {"s3:max-keys": "ten"}}`), CodeInvalidConditionValue, SeverityWarning, 8, 56, "Statement[0].Condition.NumericLessThan.s3:max-keys", ""},
	{"ip value out of range", Identity, stmt(allow, getObj, anyRes, `"Condition": {"IpAddress": {"aws:SourceIp": "300.1.1.1/24"}}`), CodeInvalidConditionValue, SeverityWarning, 8, 51, "Statement[0].Condition.IpAddress.aws:SourceIp", ""},
	{"date value yesterday", Identity, stmt(allow, getObj, anyRes, `"Condition": {"DateGreaterThan": {"aws:CurrentTime": "yesterday"}}`), CodeInvalidConditionValue, SeverityError, 8, 60, "Statement[0].Condition.DateGreaterThan.aws:CurrentTime", "Syntax errors in policy."},
	{"null value maybe", Identity, stmt(allow, getObj, anyRes, `"Condition": {"Null": {"aws:TokenIssueTime": "maybe"}}`), CodeInvalidConditionValue, SeverityWarning, 8, 52, "Statement[0].Condition.Null.aws:TokenIssueTime", ""},
	{"condition key without prefix", Identity, stmt(allow, getObj, anyRes, `"Condition": {"IpAddress": {"SourceIp": "203.0.113.0/24"}}`), CodeConditionKeyMissingPrefix, SeverityError, 8, 35, "Statement[0].Condition.IpAddress.SourceIp", "Actions/Conditions must be prefaced by a vendor"},
	{"condition key with empty name", Identity, stmt(allow, getObj, anyRes, `"Condition": {"IpAddress": {"aws:": "203.0.113.0/24"}}`), CodeConditionKeyMissingPrefix, SeverityError, 8, 35, "Statement[0].Condition.IpAddress.aws:", ""},
	{"variable in numeric condition", Identity, stmt(allow, getObj, anyRes, `"Condition": {"NumericEquals": {"s3:max-keys": "${aws:username}"}}`), CodeVariableNotSupported, SeverityWarning, 8, 54, "Statement[0].Condition.NumericEquals.s3:max-keys", ""},

	// More than maxDiagnostics findings are counted in one more, placed at
	// the first one not listed (here missing-version, after 1,000 findings
	// about the keys "x"; then "y" and the empty Statement).
	{"too many diagnostics", Identity, "{\n" + strings.Repeat(`"x": 1,`, maxDiagnostics) + "\n" + `"y": 1, "Statement": []}`, CodeTooManyDiagnostics, SeverityError, 1, 1, "", "There are 3 more findings"},

	// Columns count code points, not bytes.
	{"column after non-ASCII text", Resource, `{"Id": "Ünïcödé", "Verzion": "2012-10-17", "Statement": []}`, CodeUnknownElement, SeverityError, 1, 19, "Verzion", `Did you mean "Version"?`},
}

func TestDiagnostics(t *testing.T) {
	for _, c := range diagCases {
		t.Run(c.name, func(t *testing.T) {
			pol, diags := Parse(c.text, c.kind)
			require.NotNil(t, pol)
			d := one(t, diags, c.code)
			assert.Equal(t, c.sev, d.Severity, "severity")
			assert.Equal(t, c.line, d.Line, "line")
			assert.Equal(t, c.col, d.Column, "column")
			assert.Equal(t, c.path, d.Path, "path")
			assert.Contains(t, d.Message, c.msg)
			assert.Regexp(t, `^[A-Z"].*[.?]$`, d.Message, "a message is a full sentence")
			assert.LessOrEqual(t, d.Offset, d.End.Offset)
			assert.LessOrEqual(t, d.End.Offset, len(c.text))
			assert.Equal(t, c.sev == SeverityError, HasErrors(withCode(diags, c.code)))
		})
	}
}

// TestCleanPolicies checks that valid policies produce no diagnostics.
func TestCleanPolicies(t *testing.T) {
	cases := []struct {
		name string
		kind Kind
		text string
	}{
		{"identity", Identity, stmt(allow, getObj, anyRes)},
		{"session with list values", Session, stmt(`"Sid": "ReadOnly1"`, allow, `"Action": ["s3:Get*", "s3:List?ucket"]`, `"NotResource": ["arn:aws:s3:::secret/*", "arn:aws:sqs:*"]`)},
		{"boundary with conditions", Boundary, stmt(allow, `"NotAction": "iam:*"`, anyRes,
			`"Condition": {"NumericLessThanEquals": {"s3:max-keys": 10}, "Bool": {"aws:SecureTransport": true}, "ForAnyValue:StringLike": {"aws:TagKeys": ["team*", "cost?"]}, "IpAddressIfExists": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", "198.51.100.7"]}, "DateLessThan": {"aws:CurrentTime": ["2030-01-01T00:00:00Z", "2030-01-01T12:00:00", "2030-01-01", "2030-01-01T12:00+02:00", 1893456000]}, "Null": {"aws:TokenIssueTime": "false"}, "StringEquals": {"s3:prefix": "home/${aws:userid}/"}}`)},
		{"bucket policy", Resource, stmt(`"Sid": "Carol"`, `"Principal": {"AWS": ["`+carolARN+`", "123456789012"], "Service": "s3.amazonaws.com"}`, allow, getObj, objsRes)},
		{"forallvalues with deny", Identity, stmt(`"Effect": "Deny"`, getObj, anyRes, `"Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}}`)},
		{"public bucket policy with id", Resource, `{"Version":"2012-10-17","Id":"Policy1","Statement":{"Principal":"*","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:userid}/*"}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := Parse(c.text, c.kind)
			assert.Empty(t, diags)
		})
	}
}

func TestMessagesQuoteLittle(t *testing.T) {
	long := strings.Repeat("x", 5000)
	_, diags := Parse(stmt(allow, getObj, anyRes, `"`+long+`": 1`, `"Sid": "`+long+`!"`), Identity)
	require.Len(t, diags, 2)
	for _, d := range diags {
		assert.Less(t, len(d.Message), 400, d.Code)
		assert.Contains(t, d.Message, "…")
	}
}
