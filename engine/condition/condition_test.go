package condition

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/policy"
)

type evalCase struct {
	name string
	c    *policy.Condition
	ctx  []kv
	vars bool
	want bool
	msg  string // a part the sentence must contain (testdata/details.golden)
}

func runCases(t *testing.T, cases []evalCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context(tt.ctx...)
			r := Check(tt.c, tt.vars, ctx)
			assert.Equal(t, tt.want, r.Matched, "%+v", r.Detail())
			_, present := ctx.Get(tt.c.Key.Value)
			assert.Equal(t, present, r.KeyPresent)
		})
	}
}

// stringCases are the table of TestString.
func stringCases() []evalCase {
	ip := one("aws:SourceIp", "203.0.113.5")
	return []evalCase{
		{"equals one of several", cond("StringEquals", "aws:SourceIp", "10.0.0.1", "203.0.113.5"), []kv{ip}, false, true,
			`StringEquals on aws:SourceIp matches: the request value "203.0.113.5" is equal to "203.0.113.5".`},
		{"equals none", cond("StringEquals", "aws:SourceIp", "10.0.0.1", "10.0.0.2"), []kv{ip}, false, false,
			`StringEquals on aws:SourceIp does not match: the request value "203.0.113.5" is not equal to any of "10.0.0.1", "10.0.0.2".`},
		{"equals is case-sensitive", cond("StringEquals", "s3:prefix", "Home"), []kv{one("s3:prefix", "home")}, false, false, `is not equal to "Home"`},
		{"key names ignore case", cond("StringEquals", "AWS:SOURCEIP", "203.0.113.5"), []kv{ip}, false, true, "AWS:SOURCEIP matches"},
		{"missing key", cond("StringEquals", "aws:SourceIp", "10.0.0.1"), nil, false, false,
			"the key aws:SourceIp is not in the request."},
		{"ignore case equal", cond("StringEqualsIgnoreCase", "k", "HeLLo"), []kv{one("k", "hello")}, false, true, "equal (ignoring case) to"},
		{"ignore case unicode", cond("StringEqualsIgnoreCase", "k", "ÉTÉ"), []kv{one("k", "été")}, false, true, "matches"},
		{"not equals ignore case", cond("StringNotEqualsIgnoreCase", "k", "HELLO"), []kv{one("k", "hello")}, false, false, `is equal (ignoring case) to "HELLO"`},
		{"not equals matches none", cond("StringNotEquals", "k", "a", "b"), []kv{one("k", "c")}, false, true, `is not equal to any of "a", "b"`},
		{"not equals is AND over values", cond("StringNotEquals", "k", "a", "b"), []kv{one("k", "b")}, false, false, `is equal to "b"`},
		{"not equals missing key is true", cond("StringNotEquals", "k", "a"), nil, false, true, "a negated operator is true when its key is missing"},
		{"like", cond("StringLike", "s3:prefix", "home/*"), []kv{one("s3:prefix", "home/bob/x")}, false, true, "matched by"},
		{"like question", cond("StringLike", "k", "a?c"), []kv{one("k", "abc")}, false, true, "matches"},
		{"like is case-sensitive", cond("StringLike", "k", "Home/*"), []kv{one("k", "home/x")}, false, false, "does not match"},
		{"not like", cond("StringNotLike", "k", "home/*", "tmp/*"), []kv{one("k", "var/x")}, false, true, "is not matched by any of"},
		{"not like hit", cond("StringNotLike", "k", "home/*", "tmp/*"), []kv{one("k", "tmp/x")}, false, false, `is matched by "tmp/*"`},
		{"not like missing key", cond("StringNotLike", "k", "x"), nil, false, true, "negated"},
		{"if exists missing", cond("StringEqualsIfExists", "k", "x"), nil, false, true, "IfExists operator is true when the key is missing"},
		{"if exists present", cond("StringEqualsIfExists", "k", "x"), []kv{one("k", "y")}, false, false, "is not equal to"},
		{"negated if exists present", cond("StringNotEqualsIfExists", "k", "x"), []kv{one("k", "x")}, false, false, "is equal to"},
		{"empty string value", cond("StringEquals", "k", ""), []kv{one("k", "")}, false, true, "matches"},
		{"plain operator on a multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "a", "b")}, false, false,
			"the key has 2 values in the request"},
		{"negated plain operator on a multivalued key", cond("StringNotEquals", "aws:TagKeys", "z"), []kv{many("aws:TagKeys", "a", "b")}, false, false, "multivalued"},
		{"plain operator on a one-value multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "a")}, false, true, "matches"},
		{"plain operator on an empty multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys")}, false, false, "with no values"},
		{"no policy values", cond("StringEquals", "k"), []kv{one("k", "a")}, false, false, "lists no policy value"},
		{"no policy values negated", cond("StringNotEquals", "k"), []kv{one("k", "a")}, false, true, "lists no policy value"},
	}
}

// variableCases are the table of TestVariables.
func variableCases() []evalCase {
	user := one("aws:username", "Bob")
	return []evalCase{
		{"variable substituted", cond("StringLike", "s3:prefix", "home/${aws:username}/*"), []kv{user, one("s3:prefix", "home/Bob/x")}, true, true,
			`"home/${aws:username}/*" (here "home/Bob/*")`},
		{"variable literal without 2012-10-17", cond("StringEquals", "k", "${aws:username}"), []kv{user, one("k", "${aws:username}")}, false, true, "matches"},
		{"variable not substituted without 2012-10-17", cond("StringEquals", "k", "${aws:username}"), []kv{user, one("k", "Bob")}, false, false, "does not match"},
		{"substituted star is literal", cond("StringLike", "k", "${aws:PrincipalTag/p}"), []kv{one("aws:PrincipalTag/p", "a*"), one("k", "abc")}, true, false, "does not match"},
		{"substituted star equals itself", cond("StringLike", "k", "${aws:PrincipalTag/p}"), []kv{one("aws:PrincipalTag/p", "a*"), one("k", "a*")}, true, true, "matches"},
		{"literal forms", cond("StringEquals", "k", "${*}${?}${$}"), []kv{one("k", "*?$")}, true, true, "matches"},
		{"default", cond("StringEquals", "k", "${aws:username, 'anonymous'}"), []kv{one("k", "anonymous")}, true, true, "matches"},
		// RULES.md#policy-variables: "StringEquals or StringLike do not match" a variable without value.
		{"missing variable does not match", cond("StringEquals", "k", "${aws:username}"), []kv{one("k", "")}, true, false,
			`The policy value "${aws:username}" uses a policy variable that has no value in this request, so it matches nothing.`},
		// RULES.md#policy-variables: "Inverted condition operators … do match against a null value".
		{"missing variable with negated operator", cond("StringNotLike", "k", "${aws:username}"), []kv{one("k", "x")}, true, true, "no value"},
		{"ignore case with variable", cond("StringEqualsIgnoreCase", "k", "${aws:username}-x"), []kv{user, one("k", "BOB-X")}, true, true, "matches"},
		{"arn with variable", cond("ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:user/${aws:username}"), []kv{user, one("aws:PrincipalArn", "arn:aws:iam::1:user/Bob")}, true, true, "matches"},
		{"numeric values take no variables", cond("NumericEquals", "k", "${aws:username}"), []kv{one("aws:username", "5"), one("k", "5")}, true, false, "is not a number"},
	}
}

// numericCases are the table of TestNumeric.
func numericCases() []evalCase {
	n := func(v string) []kv { return []kv{one("s3:max-keys", v)} }
	return []evalCase{
		{"equals", cond("NumericEquals", "s3:max-keys", "10"), n("10"), false, true, "equal to"},
		{"equals decimal forms", cond("NumericEquals", "s3:max-keys", "10.50"), n("010.5"), false, true, "matches"},
		{"negative zero", cond("NumericEquals", "s3:max-keys", "-0"), n("0.0"), false, true, "matches"},
		{"exact beyond float64", cond("NumericEquals", "s3:max-keys", "9007199254740993"), n("9007199254740992"), false, false, "does not match"},
		{"not equals", cond("NumericNotEquals", "s3:max-keys", "10", "20"), n("15"), false, true, "not equal to any of"},
		{"less than", cond("NumericLessThan", "s3:max-keys", "10"), n("9.99"), false, true, "less than"},
		{"less than equal fails", cond("NumericLessThan", "s3:max-keys", "10"), n("10"), false, false, `is not less than "10"`},
		{"less than equals", cond("NumericLessThanEquals", "s3:max-keys", "10"), n("10"), false, true, "less than or equal to"},
		{"greater than negative", cond("NumericGreaterThan", "s3:max-keys", "-5"), n("-4.5"), false, true, "greater than"},
		{"greater than fails", cond("NumericGreaterThan", "s3:max-keys", "-5"), n("-5.5"), false, false, "does not match"},
		{"greater than equals", cond("NumericGreaterThanEquals", "s3:max-keys", "1e1"), n("10"), false, true, "matches"},
		{"policy value not a number", cond("NumericEquals", "s3:max-keys", "abc"), n("10"), false, false, `the policy value "abc" is not a number`},
		{"request value not a number", cond("NumericEquals", "s3:max-keys", "10"), n("ten"), false, false, `the request value "ten" is not a number`},
		{"bad policy value with negated operator", cond("NumericNotEquals", "s3:max-keys", "x"), n("10"), false, false, "is not a number"},
		{"if exists missing", cond("NumericLessThanIfExists", "s3:max-keys", "10"), nil, false, true, "IfExists"},
		{"hex is not a number", cond("NumericEquals", "s3:max-keys", "0x10"), n("16"), false, false, "is not a number"},
	}
}

// dateCases are the table of TestDate.
func dateCases() []evalCase {
	now := func(v string) []kv { return []kv{one("aws:CurrentTime", v)} }
	return []evalCase{
		{"less than", cond("DateLessThan", "aws:CurrentTime", "2026-12-31T23:59:59Z"), now("2026-11-22T01:00:00Z"), false, true, "before"},
		{"greater than fails", cond("DateGreaterThan", "aws:CurrentTime", "2026-12-31T23:59:59Z"), now("2026-11-22T01:00:00Z"), false, false, "is not after"},
		{"equals across offsets", cond("DateEquals", "aws:CurrentTime", "2026-01-01T02:00:00+02:00"), now("2026-01-01T00:00:00Z"), false, true, "the same time as"},
		{"date only is midnight UTC", cond("DateEquals", "aws:CurrentTime", "2026-01-01"), now("2026-01-01T00:00:00Z"), false, true, "matches"},
		{"without seconds", cond("DateEquals", "aws:CurrentTime", "2026-01-01T10:30Z"), now("2026-01-01T10:30:00Z"), false, true, "matches"},
		{"fractional seconds", cond("DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:00.5Z"), now("2026-01-01T00:00:00.25Z"), false, true, "matches"},
		{"epoch seconds in policy", cond("DateEquals", "aws:CurrentTime", "1767225600"), now("2026-01-01T00:00:00Z"), false, true, "matches"},
		{"epoch request value", cond("DateGreaterThanEquals", "aws:EpochTime", "2026-01-01T00:00:00Z"), []kv{one("aws:EpochTime", "1767225600")}, false, true, "at or after"},
		{"less than equals", cond("DateLessThanEquals", "aws:CurrentTime", "2026-01-01T00:00:00Z"), now("2026-01-01T00:00:00Z"), false, true, "at or before"},
		{"not equals", cond("DateNotEquals", "aws:CurrentTime", "2026-01-01"), now("2026-01-02"), false, true, "matches"},
		{"bad policy date", cond("DateLessThan", "aws:CurrentTime", "2026-13-01"), now("2026-01-01"), false, false, `"2026-13-01" is not a date`},
		{"bad request date", cond("DateLessThan", "aws:CurrentTime", "2026-01-01"), now("yesterday"), false, false, `the request value "yesterday" is not a date`},
		{"february 29 of a non-leap year", cond("DateLessThan", "aws:CurrentTime", "2026-02-29"), now("2026-01-01"), false, false, "is not a date"},
		{"missing key", cond("DateLessThan", "aws:CurrentTime", "2026-01-01"), nil, false, false, "not in the request"},
	}
}

// boolBinaryIPCases are the table of TestBoolBinaryIP.
func boolBinaryIPCases() []evalCase {
	return []evalCase{
		{"bool true", cond("Bool", "aws:SecureTransport", "true"), []kv{one("aws:SecureTransport", "TRUE")}, false, true, "equal to"},
		{"bool false", cond("Bool", "aws:MultiFactorAuthPresent", "true"), []kv{one("aws:MultiFactorAuthPresent", "false")}, false, false, `is not equal to "true"`},
		{"bool missing key", cond("Bool", "aws:MultiFactorAuthPresent", "false"), nil, false, false, "not in the request"},
		{"bool if exists missing key", cond("BoolIfExists", "aws:MultiFactorAuthPresent", "false"), nil, false, true, "IfExists"},
		{"bool bad policy value", cond("Bool", "aws:SecureTransport", "yes"), []kv{one("aws:SecureTransport", "true")}, false, false, "is not a boolean"},
		{"bool bad request value", cond("Bool", "aws:SecureTransport", "true"), []kv{one("aws:SecureTransport", "1")}, false, false, `the request value "1" is not a boolean`},
		{"forallvalues on an empty string is a null data set", cond("ForAllValues:StringEquals", "aws:TagKeys", "a"), []kv{one("aws:TagKeys", "")}, false, true, "null data set"},
		{"forallvalues on empty strings is a null data set", cond("ForAllValues:StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "", "")}, false, true, "null data set"},
		{"foranyvalue on an empty string is false", cond("ForAnyValue:StringEquals", "aws:TagKeys", ""), []kv{one("aws:TagKeys", "")}, false, false, "null data set"},
		{"null false on an empty value does not match", cond("Null", "aws:TagKeys", "false"), []kv{one("aws:TagKeys", "")}, false, false, ""},
		{"null true on an empty value matches", cond("Null", "aws:TagKeys", "true"), []kv{one("aws:TagKeys", "")}, false, true, ""},
		{"plain operator compares an empty string", cond("StringEquals", "s3:prefix", ""), []kv{one("s3:prefix", "")}, false, true, "equal to"},
		{"bool with a variable", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true"), one("aws:PrincipalTag/secure", "true")}, true, true, "equal to"},
		{"bool variable not substituted without vars", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true"), one("aws:PrincipalTag/secure", "true")}, false, false, "is not a boolean"},
		{"bool variable with no value matches nothing", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true")}, true, false, ""},
		{"binary equal", cond("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="), []kv{one("k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")}, false, true, "matches"},
		{"binary equal unpadded", cond("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA"), []kv{one("k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")}, false, true, "matches"},
		{"binary raw request value", cond("BinaryEquals", "k", "aGk/"), []kv{one("k", "hi?")}, false, true, "matches"},
		{"binary differs", cond("BinaryEquals", "k", "aGk="), []kv{one("k", "aG8=")}, false, false, "is not equal to"},
		{"binary bad policy value", cond("BinaryEquals", "k", "!!"), []kv{one("k", "aGk=")}, false, false, "is not base-64"},
		{"ip in range", cond("IpAddress", "aws:SourceIp", "203.0.113.0/24"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true, `is in "203.0.113.0/24"`},
		{"ip outside", cond("IpAddress", "aws:SourceIp", "203.0.113.0/24", "10.0.0.0/8"), []kv{one("aws:SourceIp", "198.51.100.1")}, false, false, "is not in any of"},
		{"bare address is /32", cond("IpAddress", "aws:SourceIp", "203.0.113.5"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true, "matches"},
		{"bare address is not a range", cond("IpAddress", "aws:SourceIp", "203.0.113.5"), []kv{one("aws:SourceIp", "203.0.113.6")}, false, false, "does not match"},
		{"host bits in the range", cond("IpAddress", "aws:SourceIp", "10.1.2.3/8"), []kv{one("aws:SourceIp", "10.200.0.1")}, false, true, "matches"},
		{"ipv6 range", cond("IpAddress", "aws:SourceIp", "2001:db8::/32"), []kv{one("aws:SourceIp", "2001:db8:1::5")}, false, true, "matches"},
		{"ipv6 outside", cond("IpAddress", "aws:SourceIp", "2001:db8::/32"), []kv{one("aws:SourceIp", "2001:db9::5")}, false, false, "does not match"},
		{"ipv6 bare is /128", cond("IpAddress", "aws:SourceIp", "2001:DB8::1"), []kv{one("aws:SourceIp", "2001:db8::1")}, false, true, "matches"},
		{"ipv4 mapped request", cond("IpAddress", "aws:SourceIp", "10.0.0.0/8"), []kv{one("aws:SourceIp", "::ffff:10.1.1.1")}, false, true, "matches"},
		{"ipv4 not in ipv6 range", cond("IpAddress", "aws:SourceIp", "::/0"), []kv{one("aws:SourceIp", "10.1.1.1")}, false, false, "does not match"},
		{"not ip address", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8", "192.168.0.0/16"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true, "is not in any of"},
		{"not ip address inside", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8", "192.168.0.0/16"), []kv{one("aws:SourceIp", "192.168.1.1")}, false, false, `is in "192.168.0.0/16"`},
		{"not ip address missing key", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8"), nil, false, true, "negated"},
		{"bad cidr", cond("IpAddress", "aws:SourceIp", "10.0.0.0/33"), []kv{one("aws:SourceIp", "10.0.0.1")}, false, false, "is not an IP address or CIDR range"},
		{"bad request ip", cond("IpAddress", "aws:SourceIp", "10.0.0.0/8"), []kv{one("aws:SourceIp", "localhost")}, false, false, `the request value "localhost" is not an IP address`},
	}
}

// arnCases are the table of TestArn.
func arnCases() []evalCase {
	arn := one("aws:SourceArn", "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt")
	return []evalCase{
		// RULES.md#arn-operators: the ArnLike vs StringLike example.
		{"ArnLike per component", cond("ArnLike", "aws:SourceArn", "arn:aws:someservice:*:111122223333:finance/*"), []kv{arn}, false, false, "is not matched (component by component) by"},
		{"StringLike across colons", cond("StringLike", "aws:SourceArn", "arn:aws:someservice:*:111122223333:finance/*"), []kv{arn}, false, true, "matches"},
		{"ArnEquals behaves as ArnLike", cond("ArnEquals", "aws:SourceArn", "arn:aws:someservice:*:999999999999:store/*"), []kv{arn}, false, true, "matches"},
		{"ArnNotLike", cond("ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::*:role/Admin*"), []kv{one("aws:PrincipalArn", "arn:aws:sts::123456789012:federated-user/Carol")}, false, true, "matches"},
		{"ArnNotEquals hit", cond("ArnNotEquals", "aws:PrincipalArn", "arn:aws:sts::*:federated-user/*"), []kv{one("aws:PrincipalArn", "arn:aws:sts::123456789012:federated-user/Carol")}, false, false, "does not match"},
		{"ArnLike non-ARN request value", cond("ArnLike", "k", "arn:aws:s3:::*"), []kv{one("k", "bucket")}, false, false, "does not match"},
		{"ArnNotLike missing key", cond("ArnNotLike", "k", "arn:aws:s3:::*"), nil, false, true, "negated"},
	}
}

// nullCases are the table of TestNull.
func nullCases() []evalCase {
	return []evalCase{
		{"true and absent", cond("Null", "aws:TokenIssueTime", "true"), nil, false, true, "is not in the request, and Null true asks for the key to be absent"},
		{"true and present", cond("Null", "aws:TokenIssueTime", "true"), []kv{one("aws:TokenIssueTime", "x")}, false, false, "is in the request"},
		{"false and present", cond("Null", "aws:TokenIssueTime", "false"), []kv{one("aws:TokenIssueTime", "x")}, false, true, "false asks for the key to be present"},
		{"false and absent", cond("Null", "aws:TokenIssueTime", "false"), nil, false, false, "does not match"},
		{"case-insensitive value", cond("Null", "k", "TRUE"), nil, false, true, "matches"},
		{"both values", cond("Null", "k", "true", "false"), []kv{one("k", "x")}, false, true, "matches"},
		{"empty set is null", cond("Null", "aws:TagKeys", "true"), []kv{many("aws:TagKeys")}, false, true, "counts as null"},
		{"bad value", cond("Null", "k", "maybe"), nil, false, false, "is neither true nor false"},
		{"no values", cond("Null", "k"), nil, false, false, "lists no value"},
	}
}

// setCases are the table of TestSetOperators.
func setCases() []evalCase {
	tags := many("aws:TagKeys", "Environment", "CostCenter")
	return []evalCase{
		{"any value hit", cond("ForAnyValue:StringEquals", "aws:TagKeys", "CostCenter", "Owner"), []kv{tags}, false, true, `the request value "CostCenter" is equal to "CostCenter"`},
		{"any value miss", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), []kv{tags}, false, false, `none of the request values ("Environment", "CostCenter") is equal to any of "Owner"`},
		{"any value missing key", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), nil, false, false, "ForAnyValue is false when there are no request values"},
		{"any value empty set", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, false, "with no values, and ForAnyValue is false"},
		{"any value if exists missing key", cond("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", "Owner"), nil, false, true, "IfExists"},
		{"any value if exists empty set", cond("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, false, "ForAnyValue is false"},
		{"any value negated", cond("ForAnyValue:StringNotEquals", "aws:TagKeys", "Environment"), []kv{tags}, false, true, `"CostCenter" is not equal to "Environment"`},
		{"any value negated all equal", cond("ForAnyValue:StringNotEquals", "aws:TagKeys", "Environment", "CostCenter"), []kv{tags}, false, false, "every request value"},
		{"all values hit", cond("ForAllValues:StringEquals", "aws:TagKeys", "Environment", "CostCenter", "Owner"), []kv{tags}, false, true, `every request value ("Environment", "CostCenter") is equal to one of`},
		{"all values miss", cond("ForAllValues:StringEquals", "aws:TagKeys", "Environment"), []kv{tags}, false, false, `the request value "CostCenter" is not equal to "Environment"`},
		{"all values missing key", cond("ForAllValues:StringEquals", "aws:TagKeys", "Owner"), nil, false, true, "ForAllValues is true when there are no request values"},
		{"all values empty set", cond("ForAllValues:StringEquals", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, true, "ForAllValues is true"},
		{"all values negated", cond("ForAllValues:StringNotLike", "aws:TagKeys", "Secret*"), []kv{tags}, false, true, "no request value"},
		{"all values negated hit", cond("ForAllValues:StringNotLike", "aws:TagKeys", "Cost*"), []kv{tags}, false, false, `"CostCenter" is matched by "Cost*"`},
		{"all values like", cond("ForAllValues:StringLike", "aws:TagKeys", "*n*"), []kv{tags}, false, true, "matches"},
		{"set operator on a single value", cond("ForAnyValue:StringEquals", "k", "a"), []kv{one("k", "a")}, false, true, "matches"},
		{"all values numeric bad request value", cond("ForAllValues:NumericLessThan", "k", "5"), []kv{many("k", "1", "x")}, false, false, `"x" is not a number`},
		{"all values ip", cond("ForAllValues:IpAddress", "k", "10.0.0.0/8"), []kv{many("k", "10.0.0.1", "10.2.2.2")}, false, true, "matches"},
		{"any value arn", cond("ForAnyValue:ArnLike", "aws:CalledVia", "arn:aws:cloudformation:*:*:*"), []kv{many("aws:CalledVia", "arn:aws:x:::y", "arn:aws:cloudformation:us-east-1:1:stack/s")}, false, true, "matches"},
	}
}

func TestUnknownOperator(t *testing.T) {
	r := Check(cond("StringSortOf", "k", "a"), false, context(one("k", "a")))
	assert.False(t, r.Matched)
	d := r.Detail()
	assert.Equal(t, CauseUnknownOperator, d.Cause)
	assert.Equal(t, "StringSortOf", d.Operator)
	assert.Equal(t, "", d.Family)
}

func TestNilContext(t *testing.T) {
	r := Check(cond("StringNotEquals", "k", "a"), true, nil)
	assert.True(t, r.Matched)
	assert.False(t, r.KeyPresent)
	assert.Nil(t, r.RequestValues)
}

func TestRequestValuesReturned(t *testing.T) {
	r := Check(cond("ForAnyValue:StringEquals", "aws:TagKeys", "b"), false, context(many("aws:TagKeys", "a", "b")))
	require.True(t, r.Matched)
	assert.Equal(t, []string{"a", "b"}, r.RequestValues)
	assert.True(t, r.KeyPresent)
	assert.Equal(t, "", Result{}.Detail().Cause, "a zero Result found nothing")
}

func TestNilCondition(t *testing.T) {
	r := Check(nil, true, nil)
	assert.False(t, r.Matched)
	assert.Equal(t, CauseNoCondition, r.Detail().Cause)
}

func TestIndexes(t *testing.T) {
	tests := []struct {
		name     string
		c        *policy.Condition
		ctx      []kv
		req, pol int
	}{
		{"matched second policy value", cond("StringEquals", "k", "a", "b"), []kv{one("k", "b")}, 0, 1},
		{"no policy value matched", cond("StringEquals", "k", "a", "b"), []kv{one("k", "c")}, 0, -1},
		{"negated operator hit", cond("StringNotEquals", "k", "a", "b"), []kv{one("k", "b")}, 0, 1},
		{"bad policy value", cond("NumericEquals", "k", "1", "x"), []kv{one("k", "1")}, -1, 1},
		{"bad request value", cond("ForAllValues:NumericEquals", "k", "1"), []kv{many("k", "1", "y")}, 1, -1},
		{"any value second request value", cond("ForAnyValue:StringEquals", "k", "z"), []kv{many("k", "y", "z")}, 1, 0},
		{"missing key", cond("StringEquals", "k", "z"), nil, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(tt.c, false, context(tt.ctx...))
			assert.Equal(t, tt.req, r.RequestIndex())
			assert.Equal(t, tt.pol, r.PolicyIndex())
		})
	}
}

func TestString(t *testing.T) { runCases(t, stringCases()) }

func TestVariables(t *testing.T) { runCases(t, variableCases()) }

func TestNumeric(t *testing.T) { runCases(t, numericCases()) }

func TestDate(t *testing.T) { runCases(t, dateCases()) }

func TestBoolBinaryIP(t *testing.T) { runCases(t, boolBinaryIPCases()) }

func TestArn(t *testing.T) { runCases(t, arnCases()) }

func TestNull(t *testing.T) { runCases(t, nullCases()) }

func TestSetOperators(t *testing.T) { runCases(t, setCases()) }

// allCases lists every table, for the golden file of messages.
func allCases() []evalCase {
	var all []evalCase
	for _, f := range []func() []evalCase{stringCases, variableCases, numericCases, dateCases, boolBinaryIPCases, arnCases, nullCases, setCases} {
		all = append(all, f()...)
	}
	return all
}
