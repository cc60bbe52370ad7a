package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The AWS examples the playground must accept word for word.
const (
	// seedTokenApp is the identity policy of IAM user token-app in "Permissions
	// for GetFederationToken" (IAM User Guide).
	seedTokenApp = `{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*" }, { "Effect": "Allow", "Action": "dynamodb:*", "Resource": "*" }, { "Effect": "Allow", "Action": "sqs:*", "Resource": "*" }, { "Effect": "Allow", "Action": "s3:*", "Resource": "*" }, { "Effect": "Allow", "Action": "sns:*", "Resource": "*" } ] }`
	// seedProductionApp is the session policy of the same page.
	seedProductionApp = `{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::productionapp"] }, { "Effect": "Allow", "Action": [ "s3:GetObject", "s3:PutObject", "s3:DeleteObject" ], "Resource": ["arn:aws:s3:::productionapp/*"] } ] }`
	// seedCarolBucket is the bucket policy of the same page, with
	// ACCOUNT-ID-WITHOUT-HYPHENS replaced by 123456789012.
	seedCarolBucket = `{ "Version": "2012-10-17", "Statement": { "Principal": {"AWS": "arn:aws:sts::123456789012:federated-user/Carol"}, "Effect": "Allow", "Action": [ "s3:GetObject", "s3:PutObject", "s3:DeleteObject" ], "Resource": ["arn:aws:s3:::productionapp/*"] } }`
	// seedManager is the policy of "Granting Permissions to Create Temporary
	// Security Credentials" (IAM User Guide) that limits federated user names
	// to Manager*.
	seedManager = `{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": ["arn:aws:sts::123456789012:federated-user/Manager*"] }] }`
	// seedAssumeRole is the AssumeRole example of the same page.
	seedAssumeRole = `{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::123123123123:role/UpdateAPP" }] }`
	// seedJean is the session policy of the GetFederationToken example
	// request for Jean (STS API Reference, GetFederationToken); it has no
	// Version.
	seedJean = `{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`
)

func TestSeedPolicies(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		kind  Kind
		codes []string
		stmts int
	}{
		{"token-app identity policy", seedTokenApp, Identity, []string{}, 5},
		{"token-app policy as boundary", seedTokenApp, Boundary, []string{}, 5},
		{"productionapp session policy", seedProductionApp, Session, []string{}, 2},
		{"Carol's bucket policy", seedCarolBucket, Resource, []string{}, 1},
		{"Manager* policy", seedManager, Identity, []string{}, 1},
		{"AssumeRole policy", seedAssumeRole, Identity, []string{}, 1},
		{"Jean's session policy", seedJean, Session, []string{CodeMissingVersion}, 1},
		// The bucket policy is not a session policy: STS would reject it.
		{"Carol's bucket policy as session policy", seedCarolBucket, Session, []string{CodePrincipalNotAllowed}, 1},
		// A session policy lacks the Principal a bucket policy needs.
		{"productionapp policy as bucket policy", seedProductionApp, Resource, []string{CodeMissingPrincipal, CodeMissingPrincipal}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pol, diags := Parse(c.text, c.kind)
			assert.Equal(t, c.codes, codes(diags))
			assert.Len(t, pol.Statements, c.stmts)
		})
	}
}

func TestSeedDetails(t *testing.T) {
	t.Run("Jean's policy is usable: a warning only", func(t *testing.T) {
		pol, diags := Parse(seedJean, Session)
		assert.False(t, HasErrors(diags))
		assert.Equal(t, SeverityWarning, diags[0].Severity)
		assert.False(t, pol.VariablesEnabled())
		st := pol.Statements[0]
		assert.Equal(t, "Stmt1", st.Sid.Value)
		assert.Equal(t, Allow, st.Effect)
		assert.Equal(t, "s3:*", st.Action.Values[0].Value)
		assert.Equal(t, "*", st.Resource.Values[0].Value)
	})
	t.Run("Carol's principal", func(t *testing.T) {
		pol, _ := Parse(seedCarolBucket, Resource)
		st := pol.Statements[0]
		require.NotNil(t, st.Principal)
		require.Len(t, st.Principal.Values, 1)
		assert.Equal(t, PrincipalValue{Type: "AWS", Value: String{Value: carolARN, Range: st.Principal.Values[0].Value.Range}}, st.Principal.Values[0])
		assert.Equal(t, `"`+carolARN+`"`, slice(seedCarolBucket, st.Principal.Values[0].Value.Range))
	})
	t.Run("Carol's statement errors point at Statement", func(t *testing.T) {
		_, diags := Parse(seedCarolBucket, Session)
		assert.Equal(t, "Statement.Principal", diags[0].Path)
		assert.Equal(t, "Policy document should not specify a principal.", diags[0].Message)
		assert.Equal(t, 43, diags[0].Column)
	})
}
