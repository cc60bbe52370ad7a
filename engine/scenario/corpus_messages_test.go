package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests pin down which session policies STS refuses and with which
// words. The messages are the
// ones AWS answered in public bug reports (IAM's policy validator; STS
// validates session policies with the same grammar,
// RULES.md#malformed-policy-document), so
// each case names the thread that records it.

// policyMessages are the exact MalformedPolicyDocument messages on record.
var policyMessages = []struct {
	file    string
	message string
	thread  string
}{
	{"sts-policy-resource-missing.json", "Policy statement must contain resources.", "trussworks/terraform-aws-s3-anti-virus#28"},
	{"sts-policy-no-action.json", "Policy statement must contain actions.", "aws/aws-cdk#7615"},
	{"sts-policy-sid-dash.json", "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*", "Wolox/carthage_cache#22"},
	{"sts-policy-sid-spaces-kms.json", "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*", "aws-cloudformation/cfn-lint#708"},
	{"sts-policy-duplicate-sid.json", "Statement IDs (SID) in a single policy must be unique.", "kubernetes/kops#4951, aws-cloudformation/cfn-lint#3973"},
	{"sts-policy-condition-unknown-operator.json", "Invalid Condition type : StringEqualz", "ministryofjustice/modernisation-platform-environments#8893"},
	{"sts-policy-json-null.json", "Syntax errors in policy.", "99designs/iamy#74"},
	{"sts-policy-resource-empty.json", `Resource  must be in ARN format or "*".`, "felipefrizzo/terraform-aws-transfer-server#6"},
	{"sts-policy-action-two-colons.json", "Actions/Condition can contain only one colon.", "garnaat/kappa#111"},
}

// TestCorpusPolicyMessages checks the message of each refused session
// policy whose AWS wording is on record.
func TestCorpusPolicyMessages(t *testing.T) {
	for _, tc := range policyMessages {
		t.Run(strings.TrimSuffix(tc.file, ".json"), func(t *testing.T) {
			res := readCorpus(t, tc.file)
			require.NotNil(t, res.Error, tc.file)
			assert.Equal(t, "MalformedPolicyDocument", res.Error.Code, tc.file)
			assert.Equal(t, tc.message, res.Error.Message, "%s (AWS's answer recorded in %s)", tc.file, tc.thread)
			require.NotNil(t, res.Response)
			assert.Equal(t, 400, res.Response.Status)
		})
	}
}

// TestCorpusPolicyPattern checks that a policy with a character outside
// [\u0009\u000A\u000D\u0020-\u00FF] is refused by the model's pattern
// (STS API Reference, GetFederationToken, Policy), quoting the policy in the
// validation-error form of RULES.md#policy (wording for 'policy' UNCONFIRMED,
// by analogy with 'name').
func TestCorpusPolicyPattern(t *testing.T) {
	for _, file := range []string{"sts-policy-char-above-latin1.json", "sts-policy-byte-order-mark.json"} {
		t.Run(strings.TrimSuffix(file, ".json"), func(t *testing.T) {
			res := readCorpus(t, file)
			require.NotNil(t, res.Error)
			assert.Equal(t, "ValidationError", res.Error.Code)
			assert.True(t, strings.HasPrefix(res.Error.Message, "1 validation error detected: Value '"), res.Error.Message)
			assert.True(t, strings.HasSuffix(res.Error.Message, `' at 'policy' failed to satisfy constraint: Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+`), res.Error.Message)
		})
	}
}

// TestCorpusSDKExample checks the botocore GetFederationToken example with
// the name its response shows: federated-user/Bob, FederatedUserId
// 123456789012:Bob and "PackedPolicySize": 8 (botocore sts examples-1.json).
func TestCorpusSDKExample(t *testing.T) {
	res := readCorpus(t, "sdk-example-bob.json")
	require.Nil(t, res.Error)
	require.NotNil(t, res.Session)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Bob", res.Session.ARN)
	assert.Equal(t, "123456789012:Bob", res.Session.FederatedUserID)
	assert.Equal(t, 8, res.Session.PackedPolicySize)
	assert.Equal(t, map[string]string{"Project": "Pegasus", "Cost-Center": "98765"}, res.Session.PrincipalTags)
	assert.Contains(t, res.Response.Body, "<PackedPolicySize>8</PackedPolicySize>")
	assert.Contains(t, res.Response.Body, "<Arn>arn:aws:sts::123456789012:federated-user/Bob</Arn>")
}

// TestCorpusSessionTagsExample checks the GetFederationToken request of
// "Passing session tags in AWS STS": "the session principal tags include
// the user tags and the passed session tags".
func TestCorpusSessionTagsExample(t *testing.T) {
	res := readCorpus(t, "session-tags-my-fed-user.json")
	require.Nil(t, res.Error)
	require.NotNil(t, res.Session)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/my-fed-user", res.Session.ARN)
	assert.Equal(t, map[string]string{"CostCenter": "12345", "Project": "Automation", "Department": "Engineering"}, res.Session.PrincipalTags)
	assert.Contains(t, res.Wire, "Name=my-fed-user")
	assert.Contains(t, res.Wire, "Tags.member.1.Key=Project&Tags.member.1.Value=Automation&Tags.member.2.Key=Department&Tags.member.2.Value=Engineering")
	assert.NotContains(t, res.Wire, "Policy=")
}
