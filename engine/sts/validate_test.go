package sts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

func TestValidateModelConstraints(t *testing.T) {
	name33 := repeat("a", 33)
	longPolicy := `{"Statement":[]}` + repeat(" ", 2033)
	tests := []struct {
		name    string
		mutate  func(*Request)
		message string
	}{
		{"name absent", func(r *Request) { r.Name = nil },
			"1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"},
		{"name too short", func(r *Request) { r.Name = String("J") },
			"1 validation error detected: Value 'J' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2"},
		{"name empty", func(r *Request) { r.Name = String("") },
			"1 validation error detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2"},
		{"name too long", func(r *Request) { r.Name = String(name33) },
			"1 validation error detected: Value '" + name33 + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{"name too long as in tenesys/awsconsole#2", func(r *Request) { r.Name = String("x.dwornikowski@example-company.com") },
			"1 validation error detected: Value 'x.dwornikowski@example-company.com' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{"name with a space", func(r *Request) { r.Name = String("Jean Doe") },
			`1 validation error detected: Value 'Jean Doe' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
		{"name with a non-ASCII letter", func(r *Request) { r.Name = String("Jéan") },
			`1 validation error detected: Value 'Jéan' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
		{"name too long and a bad character", func(r *Request) { r.Name = String(name33 + "!") },
			"2 validation errors detected: Value '" + name33 + `!' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*; ` +
				"Value '" + name33 + "!' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{"policy empty", func(r *Request) { r.Policy = String("") },
			`2 validation errors detected: Value '' at 'policy' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+; Value '' at 'policy' failed to satisfy constraint: Member must have length greater than or equal to 1`},
		{"policy too long", func(r *Request) { r.Policy = String(longPolicy) },
			"1 validation error detected: Value '" + longPolicy + "' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048"},
		{"a 200 KB policy is echoed cut at 4096 bytes", func(r *Request) { r.Policy = String(repeat("A", 200<<10)) },
			"1 validation error detected: Value '" + repeat("A", 4096) + "…' (204800 bytes; the first 4096 shown) at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048"},
		{"an oversize name of three-byte characters is cut on a character boundary", func(r *Request) { r.Name = String(repeat("€", 2000)) },
			"2 validation errors detected: Value '" + repeat("€", 1365) + "…' (6000 bytes; the first 4095 shown) at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; " +
				"Value '" + repeat("€", 1365) + "…' (6000 bytes; the first 4095 shown) at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
		{"policy with a character above U+00FF", func(r *Request) { r.Policy = String(`{"Statement":"€"}`) },
			`1 validation error detected: Value '{"Statement":"€"}' at 'policy' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+`},
		{"policy with a control character", func(r *Request) { r.Policy = String("{\x01}") },
			"1 validation error detected: Value '{\x01}' at 'policy' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"},
		{"policy ARN too short", func(r *Request) { r.PolicyArns = []string{"arn:aws:iam::1:p"} },
			"1 validation error detected: Value 'arn:aws:iam::1:p' at 'policyArns.1.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20"},
		{"eleven policy ARNs", func(r *Request) {
			for range 11 {
				r.PolicyArns = append(r.PolicyArns, "arn:aws:iam::123456789012:policy/P")
			}
		}, "1 validation error detected: Value '[" + strings.Repeat("PolicyDescriptorType(arn=arn:aws:iam::123456789012:policy/P), ", 10) +
			"PolicyDescriptorType(arn=arn:aws:iam::123456789012:policy/P)]' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10"},
		{"duration 600 as in goldstack/goldstack#425", func(r *Request) { r.DurationSeconds = Int32(600) },
			"1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"},
		{"duration above 36 hours", func(r *Request) { r.DurationSeconds = Int32(129601) },
			"1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600"},
		{"tag key absent", func(r *Request) { r.Tags = []Tag{{Value: String("v")}} },
			"1 validation error detected: Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null"},
		{"tag value absent", func(r *Request) { r.Tags = []Tag{NewTag("a", "b"), {Key: String("k")}} },
			"1 validation error detected: Value null at 'tags.2.member.value' failed to satisfy constraint: Member must not be null"},
		{"tag key empty", func(r *Request) { r.Tags = []Tag{NewTag("", "v")} },
			`2 validation errors detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]+; Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1`},
		{"tag key too long", func(r *Request) { r.Tags = []Tag{NewTag(repeat("k", 129), "v")} },
			"1 validation error detected: Value '" + repeat("k", 129) + "' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128"},
		{"tag value too long", func(r *Request) { r.Tags = []Tag{NewTag("k", repeat("v", 257))} },
			"1 validation error detected: Value '" + repeat("v", 257) + "' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256"},
		{"tag value with a comma as in SWO-GS/auto-tag#90", func(r *Request) { r.Tags = []Tag{NewTag("a", "b"), NewTag("Creator", "X,Y")} },
			`1 validation error detected: Value 'X,Y' at 'tags.2.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]*`},
		{"tag key with an asterisk", func(r *Request) { r.Tags = []Tag{NewTag("a*", "b")} },
			`1 validation error detected: Value 'a*' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]+`},
		{"fifty-one tags", func(r *Request) {
			for i := range 51 {
				r.Tags = append(r.Tags, NewTag("k"+itoa(i), "v"))
			}
		}, "1 validation error detected: Value '[" + func() string {
			var parts []string
			for i := range 51 {
				parts = append(parts, "Tag(key=k"+itoa(i)+", value=v)")
			}
			return strings.Join(parts, ", ")
		}() + "]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"},
		{"minimum token size above 4096", func(r *Request) { r.MinimumSessionTokenSize = Int32(4097) },
			"1 validation error detected: Value '4097' at 'minimumSessionTokenSize' failed to satisfy constraint: Member must have value less than or equal to 4096"},
		{"several members in model order", func(r *Request) {
			r.Tags = []Tag{{Key: String("k")}}
			r.DurationSeconds = Int32(100)
			r.Policy = String("")
			r.Name = nil
		}, "5 validation errors detected: Value null at 'name' failed to satisfy constraint: Member must not be null; " +
			`Value '' at 'policy' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+; ` +
			"Value '' at 'policy' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
			"Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900; " +
			"Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			tc.mutate(&req)
			v, err := Validate(req, tokenApp(), nil)
			require.Nil(t, v)
			require.NotNil(t, err)
			assert.Equal(t, CodeValidationError, err.Code)
			assert.Equal(t, 400, err.Status)
			assert.Equal(t, "Sender", err.Type)
			assert.Equal(t, tc.message, err.Message)
		})
	}
}

func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Request)
	}{
		{"Jean's example", func(*Request) {}},
		{"name of 2 characters", func(r *Request) { r.Name = String("Jo") }},
		{"name of 32 characters with every punctuation allowed", func(r *Request) { r.Name = String("a_b+c=d,e.f@g-h" + repeat("x", 17)) }},
		{"no policy", func(r *Request) { r.Policy = nil }},
		{"policy of 2048 characters with Latin-1", func(r *Request) {
			p := `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::café"}]}`
			r.Policy = String(p + repeat(" ", 2048-javaLength(p)))
		}},
		{"duration 900", func(r *Request) { r.DurationSeconds = Int32(900) }},
		{"duration 129600", func(r *Request) { r.DurationSeconds = Int32(129600) }},
		{"fifty tags", func(r *Request) {
			for i := range 50 {
				r.Tags = append(r.Tags, NewTag("k"+itoa(i), ""))
			}
		}},
		{"tag with letters, spaces and numbers of any script", func(r *Request) { r.Tags = []Tag{NewTag("Département Ω", "১২৩ _.:/=+-@")} }},
		{"tag value of 256 and key of 128", func(r *Request) { r.Tags = []Tag{NewTag(repeat("k", 128), repeat("v", 256))} }},
		{"minimum token size 0", func(r *Request) { r.MinimumSessionTokenSize = Int32(0) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			tc.mutate(&req)
			v, err := Validate(req, tokenApp(), nil)
			require.Nil(t, err)
			require.NotNil(t, v)
		})
	}
}

func TestValidateDuration(t *testing.T) {
	tests := []struct {
		name      string
		caller    principal.Caller
		requested *int32
		want      int32
		capped    bool
	}{
		{"IAM user default", tokenApp(), nil, 43200, false},
		{"IAM user 36 hours", tokenApp(), Int32(129600), 129600, false},
		{"root default is capped to one hour", rootCaller(), nil, 3600, true},
		{"root 36 hours is capped, not rejected", rootCaller(), Int32(129600), 3600, true},
		{"root 3601 is capped", rootCaller(), Int32(3601), 3600, true},
		{"root one hour", rootCaller(), Int32(3600), 3600, false},
		{"root 900", rootCaller(), Int32(900), 900, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			req.DurationSeconds = tc.requested
			v, err := Validate(req, tc.caller, nil)
			require.Nil(t, err)
			assert.Equal(t, tc.want, v.DurationSeconds)
			assert.Equal(t, tc.capped, v.DurationCapped)
		})
	}
	t.Run("root below 900 is still rejected", func(t *testing.T) {
		req := jeanRequest()
		req.DurationSeconds = Int32(899)
		_, err := Validate(req, rootCaller(), nil)
		require.NotNil(t, err)
		assert.Equal(t, CodeValidationError, err.Code)
	})
}

func TestValidateSessionTags(t *testing.T) {
	tests := []struct {
		name    string
		tags    []Tag
		message string
	}{
		{"aws: prefix", []Tag{NewTag("aws:Project", "x")},
			"Tag keys cannot start with 'aws:'; the prefix is reserved for AWS use: 'aws:Project'"},
		{"AWS: prefix in another case", []Tag{NewTag("AWS:x", "x")},
			"Tag keys cannot start with 'aws:'; the prefix is reserved for AWS use: 'AWS:x'"},
		{"duplicate keys ignoring case", []Tag{NewTag("Department", "Marketing"), NewTag("department", "engineering")},
			"Duplicate tag keys found. Please note that Tag keys are case insensitive."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			req.Tags = tc.tags
			_, err := Validate(req, tokenApp(), nil)
			require.NotNil(t, err)
			assert.Equal(t, CodeValidationError, err.Code)
			assert.Equal(t, tc.message, err.Message)
		})
	}
	t.Run("aws in the middle is allowed and case is preserved", func(t *testing.T) {
		req := jeanRequest()
		req.Tags = []Tag{NewTag("my-aws:key", "V"), NewTag("Project", "Pegasus")}
		v, err := Validate(req, tokenApp(), nil)
		require.Nil(t, err)
		assert.Equal(t, []principal.Tag{{Key: "my-aws:key", Value: "V"}, {Key: "Project", Value: "Pegasus"}}, v.Tags)
	})
}

func TestValidatedFields(t *testing.T) {
	v, err := Validate(jeanRequest(), principal.Caller{Type: principal.IAMUser, Account: "111122223333", Partition: "aws-us-gov", UserName: "u"}, nil)
	require.Nil(t, err)
	assert.Equal(t, "Jean", v.Name)
	assert.Equal(t, "arn:aws-us-gov:sts::111122223333:federated-user/Jean", v.FederatedUserARN)
	assert.Equal(t, "111122223333:Jean", v.FederatedUserID)
	require.Len(t, v.Policies, 1)
	assert.Equal(t, "request.Policy", v.Policies[0].Source)
	assert.Equal(t, jeanPolicy, v.Policies[0].Text)
	assert.NotNil(t, v.Policies[0].Policy)
}
