package scenario

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timedDoc is a one-hour session issued at 2026-01-01T00:00:00Z whose
// policies allow everything, with one check per line after line 3.
func timedDoc(checks ...string) string {
	return `{"clock": "2026-01-01T00:00:00Z", "seed": "t",
"caller": {"name": "u", "policies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]},
"request": {"Name": "Carol", "DurationSeconds": 3600, "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}"},
"checks": [
` + strings.Join(checks, ",\n") + "\n]}"
}

func TestCheckTime(t *testing.T) {
	tests := []struct {
		name     string
		check    string
		code     string // the check's error code, "" for a decision
		decision string
		pass     bool
	}{
		{"before expiration: a decision", `{"action": "s3:GetObject", "resource": "*", "at": "2026-01-01T00:59:59Z", "expect": "allowed"}`, "", "allowed", true},
		{"at expiration: S3's ExpiredToken", `{"action": "s3:GetObject", "resource": "*", "at": "2026-01-01T01:00:00Z", "expect": "ExpiredToken"}`, "ExpiredToken", "", true},
		{"after expiration: DynamoDB's ExpiredTokenException meets ExpiredToken", `{"action": "dynamodb:GetItem", "resource": "*", "at": "2026-01-02T00:00:00Z", "expect": "ExpiredToken"}`, "ExpiredTokenException", "", true},
		{"ExpiredTokenException is not S3's code", `{"action": "s3:GetObject", "resource": "*", "at": "2026-01-02T00:00:00Z", "expect": "ExpiredTokenException"}`, "ExpiredToken", "", false},
		{"an expired check expecting a decision fails", `{"action": "kms:Decrypt", "resource": "*", "at": "2026-01-02T00:00:00Z", "expect": "allowed"}`, "ExpiredTokenException", "", false},
		{"a valid check expecting ExpiredToken fails", `{"action": "s3:GetObject", "resource": "*", "expect": "ExpiredToken"}`, "", "allowed", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Run([]byte(timedDoc(tc.check)))
			require.Nil(t, res.Error)
			require.Len(t, res.Checks, 1)
			ck := res.Checks[0]
			if tc.code == "" {
				assert.Nil(t, ck.Error)
			} else {
				require.NotNil(t, ck.Error)
				assert.Equal(t, tc.code, ck.Error.Code)
				assert.NotEmpty(t, ck.Error.Message)
				assert.NotEmpty(t, ck.Error.Source)
				assert.Nil(t, ck.Explanation)
			}
			assert.Equal(t, tc.decision, string(ck.Decision))
			assert.Equal(t, tc.pass, ck.Pass)
		})
	}
}

func TestCheckBeforeIssueRefused(t *testing.T) {
	res := Run([]byte(timedDoc(`{"action": "s3:GetObject", "resource": "*"}`, `{"action": "s3:GetObject", "resource": "*", "at": "2025-12-31T23:59:59Z"}`)))
	require.NotNil(t, res.Error)
	assert.Equal(t, CodeInvalidScenario, res.Error.Code)
	assert.Contains(t, res.Error.Message, "checks[1].at (line 6, column 51)")
	assert.Contains(t, res.Error.Message, "before the session was issued at 2026-01-01T00:00:00Z")
	assert.Empty(t, res.Checks)
}

func TestCheckRegion(t *testing.T) {
	const queue = "arn:aws:sqs:us-west-2:123456789012:q"
	res := Run([]byte(timedDoc(
		fmt.Sprintf(`{"action": "sqs:SendMessage", "resource": %q}`, queue),
		fmt.Sprintf(`{"action": "sqs:SendMessage", "resource": %q, "region": "eu-west-1"}`, queue),
		`{"action": "s3:GetObject", "resource": "*", "region": "eu-west-1"}`,
	)))
	require.Nil(t, res.Error)
	require.Len(t, res.Checks, 3)
	var warnings []Diagnostic
	for _, d := range res.Diagnostics {
		if d.Code == "region-contradicts-arn" {
			warnings = append(warnings, d)
		}
	}
	require.Len(t, warnings, 1, "only the check whose region contradicts its ARN is warned about")
	w := warnings[0]
	assert.Equal(t, "checks[1].region", w.Path)
	assert.Equal(t, "warning", string(w.Severity))
	assert.Equal(t, 6, w.Pos.Line)
	assert.Equal(t, strings.Index(strings.Split(timedDoc("", fmt.Sprintf(`{"action": "sqs:SendMessage", "resource": %q, "region": "eu-west-1"}`, queue)), "\n")[5], `"eu-west-1"`)+1, w.Pos.Column)
	assert.Contains(t, w.Message, "us-west-2")
}
