package sts

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/policy"
)

func TestSessionPolicyErrors(t *testing.T) {
	tests := []struct {
		name    string
		policy  string
		message string
		code    string
	}{
		{"not JSON", `{"Statement":[`, "The policy is not in the valid JSON format.", policy.CodeInvalidJSON},
		{"text", `Statement`, "The policy is not in the valid JSON format.", policy.CodeInvalidJSON},
		{"a Principal", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}`,
			"Policy document should not specify a principal.", policy.CodePrincipalNotAllowed},
		{"a NotPrincipal", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:*","Resource":"*"}]}`,
			"Policy document should not specify a principal.", policy.CodePrincipalNotAllowed},
		{"no Action", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}`,
			"Policy statement must contain actions.", policy.CodeMissingAction},
		{"no Resource", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}`,
			"Policy statement must contain resources.", policy.CodeMissingResource},
		{"duplicate Sid", `{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"}]}`,
			"Statement IDs (SID) in a single policy must be unique.", policy.CodeDuplicateSid},
		{"Sid with a space", `{"Version":"2012-10-17","Statement":[{"Sid":"A B","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`,
			"Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*", policy.CodeInvalidSid},
		{"action without a service", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"GetObject","Resource":"*"}]}`,
			"Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", policy.CodeActionMissingPrefix},
		{"action with two colons", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get:Object","Resource":"*"}]}`,
			"Actions/Condition can contain only one colon.", policy.CodeInvalidAction},
		{"action with two colons in a list", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:Get:Object"],"Resource":"*"}]}`,
			"Actions/Condition can contain only one colon.", policy.CodeInvalidAction},
		{"action with a wildcard service", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3*:GetObject","Resource":"*"}]}`,
			"Syntax errors in policy.", policy.CodeInvalidAction},
		{"unknown Version", `{"Version":"2020-01-01","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`,
			"The policy failed legacy parsing", policy.CodeInvalidVersion},
		{"resource not an ARN", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"productionapp"}]}`,
			`Resource productionapp must be in ARN format or "*".`, policy.CodeMalformedARN},
		{"unknown operator", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEqualz":{"aws:username":"x"}}}]}`,
			"Invalid Condition type : StringEqualz", policy.CodeUnknownOperator},
		{"bad Effect", `{"Version":"2012-10-17","Statement":[{"Effect":"Permit","Action":"s3:*","Resource":"*"}]}`,
			"Syntax errors in policy.", policy.CodeInvalidEffect},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			req.Policy = String(tc.policy)
			_, err := Validate(req, tokenApp(), nil)
			require.NotNil(t, err)
			assert.Equal(t, CodeMalformedPolicyDocument, err.Code)
			assert.Equal(t, 400, err.Status)
			assert.Equal(t, tc.message, err.Message)
			assert.Equal(t, "request.Policy", err.Source)
			require.True(t, policy.HasErrors(err.Diagnostics))
			var codes []string
			for _, d := range err.Diagnostics {
				codes = append(codes, d.Code)
			}
			assert.Contains(t, codes, tc.code)
		})
	}
}

func TestManagedSessionPolicies(t *testing.T) {
	const s3Read = "arn:aws:iam::123456789012:policy/S3Read"
	const awsManaged = "arn:aws:iam::aws:policy/ReadOnlyAccess"
	const other = "arn:aws:iam::999999999999:policy/S3Read"
	const broken = "arn:aws:iam::123456789012:policy/Broken"
	managed := map[string]string{
		s3Read:     `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`,
		awsManaged: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}`,
		other:      `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`,
		broken:     `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}`,
	}
	t.Run("the caller's and AWS's policies are accepted in order after the inline one", func(t *testing.T) {
		req := jeanRequest()
		req.PolicyArns = []string{awsManaged, s3Read}
		v, err := Validate(req, tokenApp(), managed)
		require.Nil(t, err)
		require.Len(t, v.Policies, 3)
		assert.Equal(t, []string{"request.Policy", "request.PolicyArns[0]", "request.PolicyArns[1]"},
			[]string{v.Policies[0].Source, v.Policies[1].Source, v.Policies[2].Source})
		assert.Equal(t, awsManaged, v.Policies[1].ARN)
		assert.Equal(t, managed[s3Read], v.Policies[2].Text)
	})
	errs := []struct {
		name, arn, message, source string
	}{
		{"unknown policy", "arn:aws:iam::123456789012:policy/Nope",
			"Policy arn:aws:iam::123456789012:policy/Nope does not exist or is not attachable.", "request.PolicyArns[1]"},
		{"another account's policy", other,
			"Policy " + other + " does not exist or is not attachable.", "request.PolicyArns[1]"},
		{"not a policy ARN", "arn:aws:iam::123456789012:role/S3Read",
			"Policy arn:aws:iam::123456789012:role/S3Read does not exist or is not attachable.", "request.PolicyArns[1]"},
		{"a managed policy with a Principal", broken,
			"Policy document should not specify a principal.", "request.PolicyArns[1]"},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			req.PolicyArns = []string{s3Read, tc.arn}
			_, err := Validate(req, tokenApp(), managed)
			require.NotNil(t, err)
			assert.Equal(t, CodeMalformedPolicyDocument, err.Code)
			assert.Equal(t, tc.message, err.Message)
			assert.Equal(t, tc.source, err.Source)
		})
	}
	t.Run("another partition's policy", func(t *testing.T) {
		req := jeanRequest()
		arn := "arn:aws-cn:iam::123456789012:policy/S3Read"
		req.PolicyArns = []string{arn}
		_, err := Validate(req, tokenApp(), map[string]string{arn: managed[s3Read]})
		require.NotNil(t, err)
		assert.Equal(t, CodeMalformedPolicyDocument, err.Code)
	})
}

func TestWarningsDoNotFail(t *testing.T) {
	// Jean's policy has no Version: a warning, not an error.
	v, err := Validate(jeanRequest(), tokenApp(), nil)
	require.Nil(t, err)
	require.NotEmpty(t, v.Policies[0].Diagnostics)
	assert.False(t, policy.HasErrors(v.Policies[0].Diagnostics))
}
