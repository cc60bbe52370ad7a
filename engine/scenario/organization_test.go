package scenario

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// orgDoc is a document whose "organization" is org, on line 2.
func orgDoc(org string) string {
	return `{"caller": {"name": "u"}, "request": {},
"organization": ` + org + `}`
}

// column is the 1-based column of the first needle on line 2 of orgDoc.
func column(org, needle string) int { return strings.Index(`"organization": `+org, needle) + 1 }

func TestOrganizationFieldErrors(t *testing.T) {
	tests := []struct {
		name, org, path, at, contains string
	}{
		{"not an object", `[]`, "organization", `[]`, "expected an object"},
		{"no id", `{"root": "r-ab12", "managementAccount": "111111111111"}`, "organization.id", `{`, "needs \"id\""},
		{"no root", `{"id": "o-a1b2c3d4e5", "managementAccount": "111111111111"}`, "organization.root", `{`, "needs \"root\""},
		{"no management account", `{"id": "o-a1b2c3d4e5", "root": "r-ab12"}`, "organization.managementAccount", `{`, "needs \"managementAccount\""},
		{"bad management account", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "1"}`, "organization.managementAccount", `"1"`, "12 digits"},
		{"bad member", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "accounts": ["12"]}`, "organization.accounts[0]", `"12"`, "12 digits"},
		{"member twice", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "accounts": ["999999999999", {"id": "999999999999"}]}`, "organization.accounts[1]", `"999999999999"}`, "listed twice"},
		{"member of another type", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "accounts": [7]}`, "organization.accounts[0]", `7`, "expected an account id"},
		{"too deep", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "accounts": [{"id": "999999999999", "parents": ["ou-ab12-11111111", "ou-ab12-22222222", "ou-ab12-33333333", "ou-ab12-44444444", "ou-ab12-55555555", "ou-ab12-66666666"]}]}`, "organization.accounts[0].parents[5]", `"ou-ab12-66666666"`, "at most 5 levels"},
		{"SCP target unknown", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "serviceControlPolicies": [{"target": "ou-zz", "policies": ["FullAWSAccess"]}]}`, "organization.serviceControlPolicies[0].target", `"ou-zz"`, "is not the root (r-ab12)"},
		{"SCP entry without policies", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "serviceControlPolicies": [{"target": "r-ab12", "policies": []}]}`, "organization.serviceControlPolicies[0].policies", `[]}]`, "at least one SCP attached"},
		{"SCP target twice", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "serviceControlPolicies": [{"target": "r-ab12", "policies": ["FullAWSAccess"]}, {"target": "r-ab12", "policies": ["FullAWSAccess"]}]}`, "organization.serviceControlPolicies[1].target", `"r-ab12", "policies": ["FullAWSAccess"]}]`, "two entries"},
		{"unknown field", `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "acounts": []}`, "organization.acounts", `"acounts"`, "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(orgDoc(tt.org)))
			require.Error(t, err)
			var found *FieldError
			for _, f := range err.(*DecodeError).Fields {
				if f.Path == tt.path {
					found = f
				}
			}
			require.NotNil(t, found, "no error at %s in %v", tt.path, err)
			assert.Contains(t, found.Message, tt.contains)
			assert.Equal(t, 2, found.Line)
			assert.Equal(t, column(tt.org, tt.at), found.Column)
		})
	}
}

func TestOrganizationMembersAndWarnings(t *testing.T) {
	org := `{"id": "o-a1b2c3d4e5", "root": "root1", "managementAccount": "111111111111", "accounts": ["999999999999", {"id": "222222222222", "parents": ["ou-ab12-11111111", "sales"]}]}`
	doc, err := Decode([]byte(orgDoc(org)))
	require.NoError(t, err)
	o := doc.Organization
	require.NotNil(t, o)
	var ids []string
	for _, a := range o.Accounts {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"999999999999", "222222222222", "111111111111", "123456789012"}, ids, "the management account and the scenario's account are members")
	assert.Equal(t, []string{"ou-ab12-11111111", "sales"}, o.Accounts[1].Parents)
	res := RunDocument(doc)
	var warned []string
	for _, d := range res.Diagnostics {
		if d.Code == "org-id-shape" {
			warned = append(warned, d.Path)
			assert.Equal(t, "warning", string(d.Severity))
		}
	}
	assert.Equal(t, []string{"organization.root", "organization.accounts[1].parents[1]"}, warned)
}

func TestOrganizationAccountsLimit(t *testing.T) {
	list := func(n int) string {
		var ids []string
		for i := range n {
			ids = append(ids, fmt.Sprintf(`"%012d"`, 200000000000+i))
		}
		return `{"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111", "accounts": [` + strings.Join(ids, ", ") + `]}`
	}
	// The management account and the scenario's account are added.
	res := Run([]byte(orgDoc(list(MaxOrgAccounts - 2))))
	if res.Error != nil {
		assert.NotEqual(t, CodeInvalidScenario, res.Error.Code, "a document at the limit runs: %s", res.Error.Message)
	}
	org := list(MaxOrgAccounts - 1)
	res = Run([]byte(orgDoc(org)))
	require.NotNil(t, res.Error)
	assert.Equal(t, CodeInvalidScenario, res.Error.Code)
	assert.Contains(t, res.Error.Message, "organization.accounts (line 2, column ")
	assert.Contains(t, res.Error.Message, "the organization lists 101 accounts; the limit is 100")
	var d *Diagnostic
	for i := range res.Diagnostics {
		if res.Diagnostics[i].Code == CodeLimitOrgAccounts {
			d = &res.Diagnostics[i]
		}
	}
	require.NotNil(t, d)
	assert.Equal(t, column(org, "["), d.Pos.Column)
}

func TestSCPExplicitDenyOfTheCaller(t *testing.T) {
	doc := `{"caller": {"name": "token-app", "policies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]},
"organization": {"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111",
  "serviceControlPolicies": [{"target": "r-ab12", "policies": ["FullAWSAccess", {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "sts:GetFederationToken", "Resource": "*"}}]}]},
"request": {"Name": "Carol"}}`
	res := Run([]byte(doc))
	require.NotNil(t, res.Error)
	assert.Equal(t, "AccessDenied", res.Error.Code)
	assert.Equal(t, "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Carol with an explicit deny in a service control policy", res.Error.Message)
	require.NotEmpty(t, res.Authorization)
	assert.Equal(t, "explicitDeny", string(res.Authorization[0].Decision))
}

func TestRCPMayOnlyDeny(t *testing.T) {
	doc := `{"caller": {"name": "token-app"}, "request": {"Name": "Carol"},
"organization": {"id": "o-a1b2c3d4e5", "root": "r-ab12", "managementAccount": "111111111111",
  "resourceControlPolicies": [{"target": "r-ab12", "policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}, {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}]}]}}`
	res := Run([]byte(doc))
	require.NotNil(t, res.Error)
	assert.Equal(t, CodeInvalidScenario, res.Error.Code)
	assert.Contains(t, res.Error.Message, "organization.resourceControlPolicies[0].policies[0]: AWS Organizations would refuse this RCP: Statement[1] has \"Effect\": \"Allow\"")
	var found bool
	for _, d := range res.Diagnostics {
		if d.Code == "rcp-allow" {
			found = true
			assert.Equal(t, "organization.resourceControlPolicies[0].policies[0]", d.Source)
			assert.Equal(t, 1, d.Line)
			assert.Greater(t, d.Column, 40, "the Allow statement, not the first one")
		}
	}
	assert.True(t, found)
}
