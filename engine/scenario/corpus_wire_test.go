package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests pin down facts a corpus document's expectations cannot state:
// the HTTP status of each error code, XML escaping in messages, the order of
// violated constraints, the layout of the GetCallerIdentity answer and
// facts about the sessions of some documents.

// statusOfCode is the HTTP status STS answers each error code with
// (RULES.md#error-document: ValidationError, MalformedPolicyDocument and
// PackedPolicyTooLarge are 400; AccessDenied is 403).
var statusOfCode = map[string]int{
	"ValidationError":         400,
	"MalformedPolicyDocument": 400,
	"PackedPolicyTooLarge":    400,
	"AccessDenied":            403,
}

// TestCorpusErrorStatus checks that every failing corpus document answers
// with the status of its code, in an ErrorResponse whose RequestId is a
// sibling of Error (RULES.md#error-document).
func TestCorpusErrorStatus(t *testing.T) {
	for _, c := range corpus {
		t.Run(strings.TrimSuffix(c.file, ".json"), func(t *testing.T) {
			res := readCorpus(t, c.file)
			if res.Error == nil {
				return
			}
			want, ok := statusOfCode[res.Error.Code]
			require.True(t, ok, "unexpected code %s", res.Error.Code)
			assert.Equal(t, want, res.Response.Status)
			body := res.Response.Body
			assert.True(t, strings.HasPrefix(body, "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>"+res.Error.Code+"</Code>\n    <Message>"), body)
			assert.Regexp(t, `</Message>\n  </Error>\n  <RequestId>[0-9a-f-]{36}</RequestId>\n</ErrorResponse>\n$`, body)
		})
	}
}

// TestCorpusEscaping checks that a refused Name with XML's special
// characters is quoted in the message and escaped in the body: "<" and "&"
// as entities, quotes as they are (RULES.md#error-document).
func TestCorpusEscaping(t *testing.T) {
	res := readCorpus(t, "sts-name-xml-special.json")
	require.NotNil(t, res.Error)
	assert.Contains(t, res.Response.Body, "<Message>1 validation error detected: Value 'a&lt;&amp;b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*</Message>")
}

// TestCorpusConstraintOrder records the order of two violated constraints
// of one member. Real STS traffic lists the pattern before the length: an
// AssumeRoleWithSAML call with an empty roleArn was answered "4 validation
// errors detected", the pattern violation of roleArn first, then its
// "Member must have length greater than or equal to 20", then the same two
// for principalArn (mmmorris1975/aws-runas#80). RULES.md#validation-error marks
// the order UNCONFIRMED beyond that one capture; the engine follows it.
func TestCorpusConstraintOrder(t *testing.T) {
	res := readCorpus(t, "sts-name-1-and-bad-pattern.json")
	require.NotNil(t, res.Error)
	// Members come in the order of the API's input shape (Name, Policy,
	// PolicyArns, DurationSeconds, Tags), as in the capture above.
	assert.True(t, strings.HasPrefix(res.Error.Message, "2 validation errors detected: Value '<' at 'name' failed to satisfy constraint: "), res.Error.Message)
	want := "2 validation errors detected: Value '<' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value '<' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2"
	assert.Equal(t, want, res.Error.Message, "the pattern violation comes before the length violation")
}

// TestCorpusMoreSessionFacts checks facts about the sessions of documents
// that TestCorpusSessionFacts does not cover.
func TestCorpusMoreSessionFacts(t *testing.T) {
	session := func(t *testing.T, file string) *Session {
		res := readCorpus(t, file)
		require.Nil(t, res.Error, file)
		require.NotNil(t, res.Session, file)
		return res.Session
	}
	t.Run("special characters of the Name reach the ARN and the user id", func(t *testing.T) {
		// FederatedUser: Arn arn:aws:sts::ACCT:federated-user/NAME,
		// FederatedUserId ACCT:NAME (STS API Reference, GetFederationToken).
		s := session(t, "sts-name-special-chars-arn-userid.json")
		assert.Equal(t, "arn:aws:sts::123456789012:federated-user/a.b@c=d,e+f-g", s.ARN)
		assert.Equal(t, "123456789012:a.b@c=d,e+f-g", s.FederatedUserID)
	})
	t.Run("GetCallerIdentity lists Arn, UserId and Account in that order", func(t *testing.T) {
		// RULES.md#caller-identity-document: the real XML order is Arn, UserId, Account.
		id := session(t, "sts-name-special-chars-arn-userid.json").CallerIdentity
		a, u, c := strings.Index(id, "<Arn>"), strings.Index(id, "<UserId>"), strings.Index(id, "<Account>")
		assert.True(t, a >= 0 && a < u && u < c, id)
		assert.Contains(t, id, "<UserId>123456789012:a.b@c=d,e+f-g</UserId>")
		assert.True(t, strings.HasPrefix(id, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <GetCallerIdentityResult>\n"), id)
	})
	t.Run("session tags alone have a packed size", func(t *testing.T) {
		// PackedPolicySize: "the packed size of the session policies and
		// session tags combined passed in the request" (STS API Reference).
		s := session(t, "sts-tags-only-packed.json")
		assert.Positive(t, s.PackedPolicySize)
		assert.Equal(t, map[string]string{"project": "alpha"}, s.PrincipalTags)
	})
	t.Run("unicode tags are kept as sent", func(t *testing.T) {
		s := session(t, "sts-tags-unicode-letters.json")
		assert.Equal(t, map[string]string{"Größe": "Straße über 9"}, s.PrincipalTags)
	})
	t.Run("root caller asking for the maximum is capped to one hour", func(t *testing.T) {
		s := session(t, "sts-duration-root-129600.json")
		assert.EqualValues(t, 3600, s.DurationSeconds)
		assert.True(t, s.DurationCapped)
		assert.Equal(t, "2026-01-01T01:00:00.000Z", s.Expiration)
	})
	t.Run("root caller asking for exactly one hour is not capped", func(t *testing.T) {
		s := session(t, "sts-duration-root-3600.json")
		assert.EqualValues(t, 3600, s.DurationSeconds)
		assert.False(t, s.DurationCapped)
	})
	t.Run("12 hours, explicit or by default", func(t *testing.T) {
		for _, f := range []string{"sts-duration-43200-explicit.json", "sts-duration-absent-checks.json"} {
			s := session(t, f)
			assert.EqualValues(t, 43200, s.DurationSeconds, f)
			assert.Equal(t, "2026-01-01T12:00:00.000Z", s.Expiration, f)
		}
	})
}
