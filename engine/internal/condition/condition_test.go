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
		{"equals one of several", cond("StringEquals", "aws:SourceIp", "10.0.0.1", "203.0.113.5"), []kv{ip}, false, true},
		{"equals none", cond("StringEquals", "aws:SourceIp", "10.0.0.1", "10.0.0.2"), []kv{ip}, false, false},
		{"equals is case-sensitive", cond("StringEquals", "s3:prefix", "Home"), []kv{one("s3:prefix", "home")}, false, false},
		{"key names ignore case", cond("StringEquals", "AWS:SOURCEIP", "203.0.113.5"), []kv{ip}, false, true},
		{"missing key", cond("StringEquals", "aws:SourceIp", "10.0.0.1"), nil, false, false},
		{"ignore case equal", cond("StringEqualsIgnoreCase", "k", "HeLLo"), []kv{one("k", "hello")}, false, true},
		{"ignore case unicode", cond("StringEqualsIgnoreCase", "k", "ÉTÉ"), []kv{one("k", "été")}, false, true},
		{"not equals ignore case", cond("StringNotEqualsIgnoreCase", "k", "HELLO"), []kv{one("k", "hello")}, false, false},
		{"not equals matches none", cond("StringNotEquals", "k", "a", "b"), []kv{one("k", "c")}, false, true},
		{"not equals is AND over values", cond("StringNotEquals", "k", "a", "b"), []kv{one("k", "b")}, false, false},
		{"not equals missing key is true", cond("StringNotEquals", "k", "a"), nil, false, true},
		{"like", cond("StringLike", "s3:prefix", "home/*"), []kv{one("s3:prefix", "home/bob/x")}, false, true},
		{"like question", cond("StringLike", "k", "a?c"), []kv{one("k", "abc")}, false, true},
		{"like is case-sensitive", cond("StringLike", "k", "Home/*"), []kv{one("k", "home/x")}, false, false},
		{"not like", cond("StringNotLike", "k", "home/*", "tmp/*"), []kv{one("k", "var/x")}, false, true},
		{"not like hit", cond("StringNotLike", "k", "home/*", "tmp/*"), []kv{one("k", "tmp/x")}, false, false},
		{"not like missing key", cond("StringNotLike", "k", "x"), nil, false, true},
		{"if exists missing", cond("StringEqualsIfExists", "k", "x"), nil, false, true},
		{"if exists present", cond("StringEqualsIfExists", "k", "x"), []kv{one("k", "y")}, false, false},
		{"negated if exists present", cond("StringNotEqualsIfExists", "k", "x"), []kv{one("k", "x")}, false, false},
		{"empty string value", cond("StringEquals", "k", ""), []kv{one("k", "")}, false, true},
		{"plain operator on a multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "a", "b")}, false, false},
		{"negated plain operator on a multivalued key", cond("StringNotEquals", "aws:TagKeys", "z"), []kv{many("aws:TagKeys", "a", "b")}, false, false},
		{"plain operator on a one-value multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "a")}, false, true},
		{"plain operator on an empty multivalued key", cond("StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys")}, false, false},
		{"no policy values", cond("StringEquals", "k"), []kv{one("k", "a")}, false, false},
		{"no policy values negated", cond("StringNotEquals", "k"), []kv{one("k", "a")}, false, true},
	}
}

// variableCases are the table of TestVariables.
func variableCases() []evalCase {
	user := one("aws:username", "Bob")
	return []evalCase{
		{"variable substituted", cond("StringLike", "s3:prefix", "home/${aws:username}/*"), []kv{user, one("s3:prefix", "home/Bob/x")}, true, true},
		{"variable literal without 2012-10-17", cond("StringEquals", "k", "${aws:username}"), []kv{user, one("k", "${aws:username}")}, false, true},
		{"variable not substituted without 2012-10-17", cond("StringEquals", "k", "${aws:username}"), []kv{user, one("k", "Bob")}, false, false},
		{"substituted star is literal", cond("StringLike", "k", "${aws:PrincipalTag/p}"), []kv{one("aws:PrincipalTag/p", "a*"), one("k", "abc")}, true, false},
		{"substituted star equals itself", cond("StringLike", "k", "${aws:PrincipalTag/p}"), []kv{one("aws:PrincipalTag/p", "a*"), one("k", "a*")}, true, true},
		{"literal forms", cond("StringEquals", "k", "${*}${?}${$}"), []kv{one("k", "*?$")}, true, true},
		{"default", cond("StringEquals", "k", "${aws:username, 'anonymous'}"), []kv{one("k", "anonymous")}, true, true},
		// RULES.md#policy-variables: "StringEquals or StringLike do not match" a variable without value.
		{"missing variable does not match", cond("StringEquals", "k", "${aws:username}"), []kv{one("k", "")}, true, false},
		// RULES.md#policy-variables: "Inverted condition operators … do match against a null value".
		{"missing variable with negated operator", cond("StringNotLike", "k", "${aws:username}"), []kv{one("k", "x")}, true, true},
		{"ignore case with variable", cond("StringEqualsIgnoreCase", "k", "${aws:username}-x"), []kv{user, one("k", "BOB-X")}, true, true},
		{"arn with variable", cond("ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:user/${aws:username}"), []kv{user, one("aws:PrincipalArn", "arn:aws:iam::1:user/Bob")}, true, true},
		{"numeric values take no variables", cond("NumericEquals", "k", "${aws:username}"), []kv{one("aws:username", "5"), one("k", "5")}, true, false},
	}
}

// numericCases are the table of TestNumeric.
func numericCases() []evalCase {
	n := func(v string) []kv { return []kv{one("s3:max-keys", v)} }
	return []evalCase{
		{"equals", cond("NumericEquals", "s3:max-keys", "10"), n("10"), false, true},
		{"equals decimal forms", cond("NumericEquals", "s3:max-keys", "10.50"), n("010.5"), false, true},
		{"negative zero", cond("NumericEquals", "s3:max-keys", "-0"), n("0.0"), false, true},
		{"exact beyond float64", cond("NumericEquals", "s3:max-keys", "9007199254740993"), n("9007199254740992"), false, false},
		{"not equals", cond("NumericNotEquals", "s3:max-keys", "10", "20"), n("15"), false, true},
		{"less than", cond("NumericLessThan", "s3:max-keys", "10"), n("9.99"), false, true},
		{"less than equal fails", cond("NumericLessThan", "s3:max-keys", "10"), n("10"), false, false},
		{"less than equals", cond("NumericLessThanEquals", "s3:max-keys", "10"), n("10"), false, true},
		{"greater than negative", cond("NumericGreaterThan", "s3:max-keys", "-5"), n("-4.5"), false, true},
		{"greater than fails", cond("NumericGreaterThan", "s3:max-keys", "-5"), n("-5.5"), false, false},
		{"greater than equals", cond("NumericGreaterThanEquals", "s3:max-keys", "1e1"), n("10"), false, true},
		{"policy value not a number", cond("NumericEquals", "s3:max-keys", "abc"), n("10"), false, false},
		{"request value not a number", cond("NumericEquals", "s3:max-keys", "10"), n("ten"), false, false},
		{"bad policy value with negated operator", cond("NumericNotEquals", "s3:max-keys", "x"), n("10"), false, false},
		{"if exists missing", cond("NumericLessThanIfExists", "s3:max-keys", "10"), nil, false, true},
		{"hex is not a number", cond("NumericEquals", "s3:max-keys", "0x10"), n("16"), false, false},
	}
}

// dateCases are the table of TestDate.
func dateCases() []evalCase {
	now := func(v string) []kv { return []kv{one("aws:CurrentTime", v)} }
	return []evalCase{
		{"less than", cond("DateLessThan", "aws:CurrentTime", "2026-12-31T23:59:59Z"), now("2026-11-22T01:00:00Z"), false, true},
		{"greater than fails", cond("DateGreaterThan", "aws:CurrentTime", "2026-12-31T23:59:59Z"), now("2026-11-22T01:00:00Z"), false, false},
		{"equals across offsets", cond("DateEquals", "aws:CurrentTime", "2026-01-01T02:00:00+02:00"), now("2026-01-01T00:00:00Z"), false, true},
		{"date only is midnight UTC", cond("DateEquals", "aws:CurrentTime", "2026-01-01"), now("2026-01-01T00:00:00Z"), false, true},
		{"without seconds", cond("DateEquals", "aws:CurrentTime", "2026-01-01T10:30Z"), now("2026-01-01T10:30:00Z"), false, true},
		{"fractional seconds", cond("DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:00.5Z"), now("2026-01-01T00:00:00.25Z"), false, true},
		{"epoch seconds in policy", cond("DateEquals", "aws:CurrentTime", "1767225600"), now("2026-01-01T00:00:00Z"), false, true},
		{"epoch request value", cond("DateGreaterThanEquals", "aws:EpochTime", "2026-01-01T00:00:00Z"), []kv{one("aws:EpochTime", "1767225600")}, false, true},
		{"less than equals", cond("DateLessThanEquals", "aws:CurrentTime", "2026-01-01T00:00:00Z"), now("2026-01-01T00:00:00Z"), false, true},
		{"not equals", cond("DateNotEquals", "aws:CurrentTime", "2026-01-01"), now("2026-01-02"), false, true},
		{"bad policy date", cond("DateLessThan", "aws:CurrentTime", "2026-13-01"), now("2026-01-01"), false, false},
		{"bad request date", cond("DateLessThan", "aws:CurrentTime", "2026-01-01"), now("yesterday"), false, false},
		{"february 29 of a non-leap year", cond("DateLessThan", "aws:CurrentTime", "2026-02-29"), now("2026-01-01"), false, false},
		{"missing key", cond("DateLessThan", "aws:CurrentTime", "2026-01-01"), nil, false, false},
	}
}

// boolBinaryIPCases are the table of TestBoolBinaryIP.
func boolBinaryIPCases() []evalCase {
	return []evalCase{
		{"bool true", cond("Bool", "aws:SecureTransport", "true"), []kv{one("aws:SecureTransport", "TRUE")}, false, true},
		{"bool false", cond("Bool", "aws:MultiFactorAuthPresent", "true"), []kv{one("aws:MultiFactorAuthPresent", "false")}, false, false},
		{"bool missing key", cond("Bool", "aws:MultiFactorAuthPresent", "false"), nil, false, false},
		{"bool if exists missing key", cond("BoolIfExists", "aws:MultiFactorAuthPresent", "false"), nil, false, true},
		{"bool bad policy value", cond("Bool", "aws:SecureTransport", "yes"), []kv{one("aws:SecureTransport", "true")}, false, false},
		{"bool bad request value", cond("Bool", "aws:SecureTransport", "true"), []kv{one("aws:SecureTransport", "1")}, false, false},
		{"forallvalues on an empty string is a null data set", cond("ForAllValues:StringEquals", "aws:TagKeys", "a"), []kv{one("aws:TagKeys", "")}, false, true},
		{"forallvalues on empty strings is a null data set", cond("ForAllValues:StringEquals", "aws:TagKeys", "a"), []kv{many("aws:TagKeys", "", "")}, false, true},
		{"foranyvalue on an empty string is false", cond("ForAnyValue:StringEquals", "aws:TagKeys", ""), []kv{one("aws:TagKeys", "")}, false, false},
		{"null false on an empty value does not match", cond("Null", "aws:TagKeys", "false"), []kv{one("aws:TagKeys", "")}, false, false},
		{"null true on an empty value matches", cond("Null", "aws:TagKeys", "true"), []kv{one("aws:TagKeys", "")}, false, true},
		{"plain operator compares an empty string", cond("StringEquals", "s3:prefix", ""), []kv{one("s3:prefix", "")}, false, true},
		{"bool with a variable", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true"), one("aws:PrincipalTag/secure", "true")}, true, true},
		{"bool variable not substituted without vars", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true"), one("aws:PrincipalTag/secure", "true")}, false, false},
		{"bool variable with no value matches nothing", cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure}"), []kv{one("aws:SecureTransport", "true")}, true, false},
		{"binary equal", cond("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="), []kv{one("k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")}, false, true},
		{"binary equal unpadded", cond("BinaryEquals", "k", "QmluYXJ5VmFsdWVJbkJhc2U2NA"), []kv{one("k", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")}, false, true},
		{"binary raw request value", cond("BinaryEquals", "k", "aGk/"), []kv{one("k", "hi?")}, false, true},
		{"binary differs", cond("BinaryEquals", "k", "aGk="), []kv{one("k", "aG8=")}, false, false},
		{"binary bad policy value", cond("BinaryEquals", "k", "!!"), []kv{one("k", "aGk=")}, false, false},
		{"ip in range", cond("IpAddress", "aws:SourceIp", "203.0.113.0/24"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true},
		{"ip outside", cond("IpAddress", "aws:SourceIp", "203.0.113.0/24", "10.0.0.0/8"), []kv{one("aws:SourceIp", "198.51.100.1")}, false, false},
		{"bare address is /32", cond("IpAddress", "aws:SourceIp", "203.0.113.5"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true},
		{"bare address is not a range", cond("IpAddress", "aws:SourceIp", "203.0.113.5"), []kv{one("aws:SourceIp", "203.0.113.6")}, false, false},
		{"host bits in the range", cond("IpAddress", "aws:SourceIp", "10.1.2.3/8"), []kv{one("aws:SourceIp", "10.200.0.1")}, false, true},
		{"ipv6 range", cond("IpAddress", "aws:SourceIp", "2001:db8::/32"), []kv{one("aws:SourceIp", "2001:db8:1::5")}, false, true},
		{"ipv6 outside", cond("IpAddress", "aws:SourceIp", "2001:db8::/32"), []kv{one("aws:SourceIp", "2001:db9::5")}, false, false},
		{"ipv6 bare is /128", cond("IpAddress", "aws:SourceIp", "2001:DB8::1"), []kv{one("aws:SourceIp", "2001:db8::1")}, false, true},
		{"ipv4 mapped request", cond("IpAddress", "aws:SourceIp", "10.0.0.0/8"), []kv{one("aws:SourceIp", "::ffff:10.1.1.1")}, false, true},
		{"ipv4 not in ipv6 range", cond("IpAddress", "aws:SourceIp", "::/0"), []kv{one("aws:SourceIp", "10.1.1.1")}, false, false},
		{"not ip address", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8", "192.168.0.0/16"), []kv{one("aws:SourceIp", "203.0.113.5")}, false, true},
		{"not ip address inside", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8", "192.168.0.0/16"), []kv{one("aws:SourceIp", "192.168.1.1")}, false, false},
		{"not ip address missing key", cond("NotIpAddress", "aws:SourceIp", "10.0.0.0/8"), nil, false, true},
		{"bad cidr", cond("IpAddress", "aws:SourceIp", "10.0.0.0/33"), []kv{one("aws:SourceIp", "10.0.0.1")}, false, false},
		{"bad request ip", cond("IpAddress", "aws:SourceIp", "10.0.0.0/8"), []kv{one("aws:SourceIp", "localhost")}, false, false},
	}
}

// arnCases are the table of TestArn.
func arnCases() []evalCase {
	arn := one("aws:SourceArn", "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt")
	return []evalCase{
		// RULES.md#arn-operators: the ArnLike vs StringLike example.
		{"ArnLike per component", cond("ArnLike", "aws:SourceArn", "arn:aws:someservice:*:111122223333:finance/*"), []kv{arn}, false, false},
		{"StringLike across colons", cond("StringLike", "aws:SourceArn", "arn:aws:someservice:*:111122223333:finance/*"), []kv{arn}, false, true},
		{"ArnEquals behaves as ArnLike", cond("ArnEquals", "aws:SourceArn", "arn:aws:someservice:*:999999999999:store/*"), []kv{arn}, false, true},
		{"ArnNotLike", cond("ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::*:role/Admin*"), []kv{one("aws:PrincipalArn", "arn:aws:sts::123456789012:federated-user/Carol")}, false, true},
		{"ArnNotEquals hit", cond("ArnNotEquals", "aws:PrincipalArn", "arn:aws:sts::*:federated-user/*"), []kv{one("aws:PrincipalArn", "arn:aws:sts::123456789012:federated-user/Carol")}, false, false},
		{"ArnLike non-ARN request value", cond("ArnLike", "k", "arn:aws:s3:::*"), []kv{one("k", "bucket")}, false, false},
		{"ArnNotLike missing key", cond("ArnNotLike", "k", "arn:aws:s3:::*"), nil, false, true},
	}
}

// nullCases are the table of TestNull.
func nullCases() []evalCase {
	return []evalCase{
		{"true and absent", cond("Null", "aws:TokenIssueTime", "true"), nil, false, true},
		{"true and present", cond("Null", "aws:TokenIssueTime", "true"), []kv{one("aws:TokenIssueTime", "x")}, false, false},
		{"false and present", cond("Null", "aws:TokenIssueTime", "false"), []kv{one("aws:TokenIssueTime", "x")}, false, true},
		{"false and absent", cond("Null", "aws:TokenIssueTime", "false"), nil, false, false},
		{"case-insensitive value", cond("Null", "k", "TRUE"), nil, false, true},
		{"both values", cond("Null", "k", "true", "false"), []kv{one("k", "x")}, false, true},
		{"empty set is null", cond("Null", "aws:TagKeys", "true"), []kv{many("aws:TagKeys")}, false, true},
		{"bad value", cond("Null", "k", "maybe"), nil, false, false},
		{"no values", cond("Null", "k"), nil, false, false},
	}
}

// setCases are the table of TestSetOperators.
func setCases() []evalCase {
	tags := many("aws:TagKeys", "Environment", "CostCenter")
	return []evalCase{
		{"any value hit", cond("ForAnyValue:StringEquals", "aws:TagKeys", "CostCenter", "Owner"), []kv{tags}, false, true},
		{"any value miss", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), []kv{tags}, false, false},
		{"any value missing key", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), nil, false, false},
		{"any value empty set", cond("ForAnyValue:StringEquals", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, false},
		{"any value if exists missing key", cond("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", "Owner"), nil, false, true},
		{"any value if exists empty set", cond("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, false},
		{"any value negated", cond("ForAnyValue:StringNotEquals", "aws:TagKeys", "Environment"), []kv{tags}, false, true},
		{"any value negated all equal", cond("ForAnyValue:StringNotEquals", "aws:TagKeys", "Environment", "CostCenter"), []kv{tags}, false, false},
		{"all values hit", cond("ForAllValues:StringEquals", "aws:TagKeys", "Environment", "CostCenter", "Owner"), []kv{tags}, false, true},
		{"all values miss", cond("ForAllValues:StringEquals", "aws:TagKeys", "Environment"), []kv{tags}, false, false},
		{"all values missing key", cond("ForAllValues:StringEquals", "aws:TagKeys", "Owner"), nil, false, true},
		{"all values empty set", cond("ForAllValues:StringEquals", "aws:TagKeys", "Owner"), []kv{many("aws:TagKeys")}, false, true},
		{"all values negated", cond("ForAllValues:StringNotLike", "aws:TagKeys", "Secret*"), []kv{tags}, false, true},
		{"all values negated hit", cond("ForAllValues:StringNotLike", "aws:TagKeys", "Cost*"), []kv{tags}, false, false},
		{"all values like", cond("ForAllValues:StringLike", "aws:TagKeys", "*n*"), []kv{tags}, false, true},
		{"set operator on a single value", cond("ForAnyValue:StringEquals", "k", "a"), []kv{one("k", "a")}, false, true},
		{"all values numeric bad request value", cond("ForAllValues:NumericLessThan", "k", "5"), []kv{many("k", "1", "x")}, false, false},
		{"all values ip", cond("ForAllValues:IpAddress", "k", "10.0.0.0/8"), []kv{many("k", "10.0.0.1", "10.2.2.2")}, false, true},
		{"any value arn", cond("ForAnyValue:ArnLike", "aws:CalledVia", "arn:aws:cloudformation:*:*:*"), []kv{many("aws:CalledVia", "arn:aws:x:::y", "arn:aws:cloudformation:us-east-1:1:stack/s")}, false, true},
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
