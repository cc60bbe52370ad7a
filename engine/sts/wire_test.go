package sts

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeQuery(t *testing.T) {
	// Jean's example request, in the SDK's key order.
	assert.Equal(t,
		"Action=GetFederationToken&DurationSeconds=3600&Name=Jean&Policy=%7B%22Statement%22%3A%5B%7B%22Sid%22%3A%22Stmt1%22%2C%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3A%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D&Version=2011-06-15",
		EncodeQuery(jeanRequest()))
	req := Request{Name: String("Bob"), PolicyArns: []string{"arn:a", "arn:b"}, Tags: []Tag{NewTag("Project", "Pegasus"), {Key: String("k")}},
		MinimumSessionTokenSize: Int32(1)}
	assert.Equal(t,
		"Action=GetFederationToken&MinimumSessionTokenSize=1&Name=Bob&PolicyArns.member.1.arn=arn%3Aa&PolicyArns.member.2.arn=arn%3Ab&Tags.member.1.Key=Project&Tags.member.1.Value=Pegasus&Tags.member.2.Key=k&Version=2011-06-15",
		EncodeQuery(req))
	assert.Equal(t, "Action=GetFederationToken&Version=2011-06-15", EncodeQuery(Request{}))
}

func TestDecodeQuery(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  Request
	}{
		{"Jean's example request", "Version=2011-06-15&Action=GetFederationToken&Name=Jean&Policy=%7B%22Statement%22%3A%5B%7B%22Sid%22%3A%22Stmt1%22%2C%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3A*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D&DurationSeconds=3600",
			jeanRequest()},
		{"empty", "", Request{}},
		{"empty Name is present", "Name=", Request{Name: String("")}},
		{"lists in index order with gaps closed", "Tags.member.3.Value=c&Tags.member.3.Key=C&Tags.member.1.Key=A&Tags.member.1.Value=a&PolicyArns.member.10.arn=y&PolicyArns.member.2.arn=x",
			Request{PolicyArns: []string{"x", "y"}, Tags: []Tag{NewTag("A", "a"), NewTag("C", "c")}}},
		{"a tag without Value", "Tags.member.1.Key=A", Request{Tags: []Tag{{Key: String("A")}}}},
		{"malformed member keys are ignored", "Tags.member.0.Key=A&Tags.member.01.Key=B&Tags.member.x.Key=C&Tags.member.+1.Key=D&Tags.member.1.key=E&Other=1", Request{}},
		{"negative and large durations are kept for validation", "DurationSeconds=-5&MinimumSessionTokenSize=2147483647",
			Request{DurationSeconds: Int32(-5), MinimumSessionTokenSize: Int32(2147483647)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			require.NoError(t, err)
			got, err := DecodeQuery(q)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestDecodeQueryErrors(t *testing.T) {
	tests := []struct{ query, message string }{
		{"DurationSeconds=abc", "1 validation error detected: Value 'abc' at 'durationSeconds' failed to satisfy constraint: Member must be a valid integer"},
		{"DurationSeconds=3600.0", "1 validation error detected: Value '3600.0' at 'durationSeconds' failed to satisfy constraint: Member must be a valid integer"},
		{"DurationSeconds=2147483648", "1 validation error detected: Value '2147483648' at 'durationSeconds' failed to satisfy constraint: Member must be a valid integer"},
		{"MinimumSessionTokenSize=x&DurationSeconds=", "2 validation errors detected: Value '' at 'durationSeconds' failed to satisfy constraint: Member must be a valid integer; Value 'x' at 'minimumSessionTokenSize' failed to satisfy constraint: Member must be a valid integer"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			q, _ := url.ParseQuery(tc.query)
			_, err := DecodeQuery(q)
			require.Error(t, err)
			e := DecodeError(err)
			assert.Equal(t, CodeValidationError, e.Code)
			assert.Equal(t, 400, e.Status)
			assert.Equal(t, tc.message, e.Message)
		})
	}
}

func TestQueryRoundTrip(t *testing.T) {
	reqs := []Request{
		jeanRequest(),
		{Name: String("a b&c=d"), Policy: String("{\n\t\"x\": \"é+%\"\r\n}"), PolicyArns: []string{"arn:aws:iam::aws:policy/ReadOnlyAccess"},
			DurationSeconds: Int32(900), Tags: []Tag{NewTag("Département", "a=b"), NewTag("k", "")}, MinimumSessionTokenSize: Int32(0)},
	}
	for _, req := range reqs {
		q, err := url.ParseQuery(EncodeQuery(req))
		require.NoError(t, err)
		got, err := DecodeQuery(q)
		require.NoError(t, err)
		assert.Equal(t, req, got)
	}
}

func FuzzDecodeQuery(f *testing.F) {
	f.Add(EncodeQuery(jeanRequest()))
	f.Add("Tags.member.1.Key=A&Tags.member.2.Value=b&PolicyArns.member.3.arn=x&DurationSeconds=99999999999")
	f.Add("Name=%00%ff&Policy=%7B")
	f.Fuzz(func(t *testing.T, query string) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		req, err := DecodeQuery(q)
		if err != nil {
			e := DecodeError(err)
			require.Equal(t, CodeValidationError, e.Code)
			requireWellFormed(t, RenderError(e, "r"))
			return
		}
		// Whatever decodes re-encodes to the same request, and the whole
		// pipeline answers it with a well-formed document.
		q2, err := url.ParseQuery(EncodeQuery(req))
		require.NoError(t, err)
		again, err := DecodeQuery(q2)
		require.NoError(t, err)
		require.Equal(t, req, again)
		out := Simulate(req, seededEnv(tokenApp()))
		require.NotZero(t, out.Status)
		requireWellFormed(t, out.Body)
	})
}
