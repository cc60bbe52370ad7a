package eval

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// update rewrites the golden files: go test ./engine/eval -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenCases are the seed scenarios whose explanations are pinned.
func goldenCases() []struct {
	file string
	run  func(t testing.TB) Result
} {
	session := func(build func(t testing.TB) *Session, req Request) func(t testing.TB) Result {
		return func(t testing.TB) Result { return Explain(build(t), req) }
	}
	tokenApp := func(t testing.TB) *Session {
		return newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	}
	return []struct {
		file string
		run  func(t testing.TB) Result
	}{
		{"seed-productionapp-getobject.json", session(tokenApp, Request{Action: "s3:GetObject", Resource: object})},
		{"seed-productionapp-sqs.json", session(tokenApp, Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"})},
		{"seed-productionapp-other-bucket.json", session(tokenApp, Request{Action: "s3:GetObject", Resource: otherBucketObject})},
		{"seed-no-session-policy.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).build()
		}, Request{Action: "s3:GetObject", Resource: object})},
		{"seed-carol-bucket-policy.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).resource(bucket, acct, carolBucketPolicy).build()
		}, Request{Action: "s3:GetObject", Resource: object})},
		{"explicit-deny-condition.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).
				session(doc(`{"Sid":"OnlyFromVpce","Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}}`)).build()
		}, Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:SourceVpce", "vpce-99999999")})},
		{"cross-account-missing.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).
				resource("arn:aws:s3:::partnerbucket", other, doc(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:sts::123456789012:federated-user/Carol"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::partnerbucket/*"}`)).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::partnerbucket/a.txt"})},
		{"condition-not-met.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).
				session(doc(`{"Sid":"FromOffice","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/*","Condition":{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","192.0.2.0/24"]}}}`)).build()
		}, Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:SourceIp", "203.0.113.5")})},
		{"root-caller-session.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").root().session(productionAppSession).build()
		}, Request{Action: "s3:GetObject", Resource: object})},
		{"user-grant-boundary.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").boundary(doc(allowS3)).session(productionAppSession).
				resource(bucket, acct, doc(principalStmt("Allow", `{"AWS":"`+tokenAppARN+`"}`, "s3:GetObject"))).build()
		}, Request{Action: "s3:GetObject", Resource: object})},
		{"cross-account-allowed.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).session(jeanSession).
				resource("arn:aws:s3:::partnerbucket", other, doc(`{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::partnerbucket/*"}`)).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::partnerbucket/a.txt"})},
		{"cross-account-owner-no-policy.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(tokenAppPolicy).session(jeanSession).
				owned("arn:aws:s3:::partnerbucket", other, principal.Tag{Key: "stage", Value: "prod"}).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::partnerbucket/a.txt"})},
		{"scp-allow-list-forgot-action.json", session(func(t testing.TB) *Session {
			s := newFixture(t, "Carol").identity(tokenAppPolicy).session(jeanSession).build()
			s.Org = NewOrganization("o-a1b2c3d4e5", "r-ab12", "111111111111", map[string][]string{acct: {"ou-ab12-11111111"}})
			s.Org.AttachSCPs("ou-ab12-11111111", []PolicyRef{ref(t, "organization.serviceControlPolicies[0].policies[0]", doc(`{"Sid":"OnlyThese","Effect":"Allow","Action":["sts:GetFederationToken","dynamodb:*"],"Resource":"*"}`), policy.Identity)})
			return s
		}, Request{Action: "s3:GetObject", Resource: object})},
		{"kms-key-policy-no-account.json", session(func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(`{"Effect":"Allow","Action":"kms:*","Resource":"*"}`)).session(doc(`{"Effect":"Allow","Action":"kms:*","Resource":"*"}`)).
				resource("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", acct, doc(`{"Sid":"KeyAdmins","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/KeyAdmin"},"Action":"kms:*","Resource":"*"}`)).build()
		}, Request{Action: "kms:Decrypt", Resource: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"})},
		{"service-restriction.json", session(tokenApp, Request{Action: "iam:GetUser", Resource: tokenAppARN})},
		{"caller-manager-jean.json", func(t testing.TB) Result { return ExplainCaller(caller(t, []string{managerPolicy}, ""), gft("Jean")) }},
		{"caller-manager-ann.json", func(t testing.TB) Result {
			return ExplainCaller(caller(t, []string{managerPolicy}, ""), gft("Manager-Ann"))
		}},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases() {
		t.Run(tc.file, func(t *testing.T) {
			got, err := json.MarshalIndent(tc.run(t), "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", tc.file)
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to create the golden file")
			assert.Equal(t, string(want), string(got))
		})
	}
}
