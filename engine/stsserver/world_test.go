package stsserver

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// testWorldJSON is the account of the error tests: the seed's token-app
// with the documentation key, a broker that may federate only names
// starting with Manager (IAM User Guide, "Granting Permissions to Create
// Temporary Security Credentials"), and a broker that may also tag
// sessions.
const testWorldJSON = `{
  "account": "123456789012",
  "region": "us-east-1",
  "users": [
    { "name": "token-app",
      "accessKeys": [ { "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" } ],
      "policies": [ { "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*" }, { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } ] } ] },
    { "name": "manager-broker",
      "accessKeys": [ { "accessKeyId": "AKIAMANAGERONLY00001", "secretAccessKey": "manager-secret" } ],
      "policies": [ "{ \"Version\": \"2012-10-17\", \"Statement\": [{ \"Effect\": \"Allow\", \"Action\": \"sts:GetFederationToken\", \"Resource\": [\"arn:aws:sts::123456789012:federated-user/Manager*\"] }] }" ] },
    { "name": "tagger",
      "accessKeys": [ { "accessKeyId": "AKIATAGGER0000000001", "secretAccessKey": "tagger-secret" } ],
      "policies": [ { "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": ["sts:GetFederationToken", "sts:TagSession"], "Resource": "*" } ] } ],
      "tags": [ { "Key": "Department", "Value": "Marketing" } ] }
  ],
  "managedPolicies": {
    "arn:aws:iam::123456789012:policy/ReadOnlyS3": { "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:Get*", "Resource": "*" } ] }
  }
}`

// testWorld parses testWorldJSON.
func testWorld(t *testing.T) *Config {
	t.Helper()
	c, err := ParseConfig([]byte(testWorldJSON))
	require.NoError(t, err)
	return c
}
