package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// Statements used by the table below.
const (
	allowAll          = `{"Effect":"Allow","Action":"*","Resource":"*"}`
	allowS3           = `{"Effect":"Allow","Action":"s3:*","Resource":"*"}`
	allowIAM          = `{"Effect":"Allow","Action":["iam:*","sts:*"],"Resource":"*"}`
	allowGFT          = `{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"*"}`
	allowSQS          = `{"Effect":"Allow","Action":"sqs:*","Resource":"*"}`
	denyGetObject     = `{"Sid":"NoGet","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}`
	denyAll           = `{"Effect":"Deny","Action":"*","Resource":"*"}`
	bucket            = "arn:aws:s3:::productionapp"
	object            = "arn:aws:s3:::productionapp/a.txt"
	carolARN          = "arn:aws:sts::123456789012:federated-user/Carol"
	tokenAppARN       = "arn:aws:iam::123456789012:user/token-app"
	otherBucket       = "arn:aws:s3:::examplebucket"
	otherBucketObject = "arn:aws:s3:::examplebucket/a.txt"
)

// principalStmt returns a resource-policy statement with the given
// principal JSON, effect and actions on the productionapp objects.
func principalStmt(effect, principal, action string) string {
	return `{"Effect":"` + effect + `","Principal":` + principal + `,"Action":"` + action + `","Resource":["arn:aws:s3:::productionapp","arn:aws:s3:::productionapp/*"]}`
}

type decideCase struct {
	name  string
	build func(t testing.TB) *Session
	req   Request
	want  Decision
	rule  string
}

// seedCases are the examples of AWS's pages on GetFederationToken.
func seedCases() []decideCase {
	tokenApp := func(t testing.TB) *Session {
		return newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	}
	noSession := func(t testing.TB) *Session { return newFixture(t, "Carol").identity(tokenAppPolicy).build() }
	carol := func(t testing.TB) *Session {
		return newFixture(t, "Carol").identity(tokenAppPolicy).resource(bucket, acct, carolBucketPolicy).build()
	}
	return []decideCase{
		{"seed productionapp GetObject", tokenApp, Request{Action: "s3:GetObject", Resource: object}, Allowed, RuleIdentitySession},
		{"seed productionapp PutObject", tokenApp, Request{Action: "s3:PutObject", Resource: object}, Allowed, RuleIdentitySession},
		{"seed productionapp DeleteObject", tokenApp, Request{Action: "s3:DeleteObject", Resource: object}, Allowed, RuleIdentitySession},
		{"seed productionapp ListBucket", tokenApp, Request{Action: "s3:ListBucket", Resource: bucket}, Allowed, RuleIdentitySession},
		{"seed productionapp action names ignore case", tokenApp, Request{Action: "S3:getobject", Resource: object}, Allowed, RuleIdentitySession},
		{"seed productionapp ListBucket on objects", tokenApp, Request{Action: "s3:ListBucket", Resource: object}, ImplicitDeny, RuleNotAllowed},
		{"seed productionapp sqs denied", tokenApp, Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}, ImplicitDeny, RuleNotAllowed},
		{"seed productionapp sns denied", tokenApp, Request{Action: "sns:Publish", Resource: "arn:aws:sns:us-east-1:123456789012:topic1"}, ImplicitDeny, RuleNotAllowed},
		{"seed productionapp dynamodb denied", tokenApp, Request{Action: "dynamodb:GetItem", Resource: "arn:aws:dynamodb:us-east-1:123456789012:table/Books"}, ImplicitDeny, RuleNotAllowed},
		{"seed productionapp other bucket denied", tokenApp, Request{Action: "s3:GetObject", Resource: otherBucketObject}, ImplicitDeny, RuleNotAllowed},
		{"seed productionapp prefix bucket denied", tokenApp, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::productionapp2/a.txt"}, ImplicitDeny, RuleNotAllowed},
		{"seed no session policy GetObject", noSession, Request{Action: "s3:GetObject", Resource: object}, ImplicitDeny, RuleNoSessionPolicy},
		{"seed no session policy sqs", noSession, Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}, ImplicitDeny, RuleNoSessionPolicy},
		{"seed no session policy ListBucket", noSession, Request{Action: "s3:ListBucket", Resource: bucket}, ImplicitDeny, RuleNoSessionPolicy},
		{"seed Carol bucket policy GetObject", carol, Request{Action: "s3:GetObject", Resource: object}, Allowed, RuleResourceGrantSession},
		{"seed Carol bucket policy PutObject", carol, Request{Action: "s3:PutObject", Resource: object}, Allowed, RuleResourceGrantSession},
		{"seed Carol bucket policy DeleteObject", carol, Request{Action: "s3:DeleteObject", Resource: object}, Allowed, RuleResourceGrantSession},
		{"seed Carol bucket policy ListBucket not granted", carol, Request{Action: "s3:ListBucket", Resource: bucket}, ImplicitDeny, RuleNoSessionPolicy},
		{
			"seed Carol bucket policy does not name Bob",
			func(t testing.TB) *Session {
				return newFixture(t, "Bob").identity(tokenAppPolicy).resource(bucket, acct, carolBucketPolicy).build()
			},
			Request{Action: "s3:GetObject", Resource: object}, ImplicitDeny, RuleNoSessionPolicy,
		},
		{
			"seed Susan bucket policy in 111122223333",
			func(t testing.TB) *Session {
				f := newFixture(t, "Susan").identity(tokenAppPolicy)
				f.s.Account, f.s.Caller.Account = other, other
				return f.resource("arn:aws:s3:::susanbucket", other, doc(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:sts::111122223333:federated-user/Susan"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::susanbucket/*"}`)).build()
			},
			Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::susanbucket/report.txt"}, Allowed, RuleResourceGrantSession,
		},
		{
			"seed Jean s3:* session policy without Version",
			func(t testing.TB) *Session {
				return newFixture(t, "Jean").identity(tokenAppPolicy).session(jeanSession).build()
			},
			Request{Action: "s3:GetObject", Resource: otherBucketObject}, Allowed, RuleIdentitySession,
		},
	}
}

// ruleCases cover every branch of the decision procedure.
func ruleCases() []decideCase {
	get := Request{Action: "s3:GetObject", Resource: object}
	withBoundary := func(b string) func(t testing.TB) *Session {
		return func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).boundary(b).session(doc(allowS3)).build()
		}
	}
	resourceOnly := func(principal string) func(t testing.TB) *Session {
		return func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowGFT)).resource(bucket, acct, doc(principalStmt("Allow", principal, "s3:GetObject"))).build()
		}
	}
	userGrant := func(session, boundary string) func(t testing.TB) *Session {
		return func(t testing.TB) *Session {
			f := newFixture(t, "Carol").identity(doc(allowGFT)).resource(bucket, acct, doc(principalStmt("Allow", `{"AWS":"`+tokenAppARN+`"}`, "s3:GetObject")))
			if session != "" {
				f.session(session)
			}
			if boundary != "" {
				f.boundary(boundary)
			}
			return f.build()
		}
	}
	denyIn := func(principal string) func(t testing.TB) *Session {
		return func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
				resource(bucket, acct, doc(principalStmt("Deny", principal, "s3:GetObject"))).build()
		}
	}
	crossAccount := func(principal string, session bool) func(t testing.TB) *Session {
		return func(t testing.TB) *Session {
			f := newFixture(t, "Carol").identity(doc(allowS3))
			if session {
				f.session(doc(allowS3))
			}
			if principal != "" {
				f.resource("arn:aws:s3:::partnerbucket", other, doc(`{"Effect":"Allow","Principal":`+principal+`,"Action":"s3:GetObject","Resource":"arn:aws:s3:::partnerbucket/*"}`))
			}
			return f.build()
		}
	}
	partner := Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::partnerbucket/a.txt"}
	return []decideCase{
		// sts:GetCallerIdentity.
		{"GetCallerIdentity with no policies", func(t testing.TB) *Session { return newFixture(t, "Carol").build() }, Request{Action: "sts:GetCallerIdentity", Resource: "*"}, Allowed, RuleGetCallerIdentity},
		{"GetCallerIdentity despite explicit deny", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(denyAll)).session(doc(denyAll)).build()
		}, Request{Action: "sts:getcalleridentity", Resource: "*"}, Allowed, RuleGetCallerIdentity},

		// Explicit deny in each set.
		{"explicit deny in identity", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3, denyGetObject)).session(doc(allowS3)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"explicit deny in boundary", withBoundary(doc(allowS3, denyGetObject)), get, ExplicitDeny, RuleExplicitDeny},
		{"explicit deny in session policy", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).session(doc(denyGetObject)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"explicit deny in identity overrides direct resource grant", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(denyGetObject)).resource(bucket, acct, carolBucketPolicy).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"explicit deny without session policy", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(denyGetObject)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming the session", denyIn(`{"AWS":"` + carolARN + `"}`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming everyone", denyIn(`"*"`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming AWS everyone", denyIn(`{"AWS":"*"}`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming the account id", denyIn(`{"AWS":"123456789012"}`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming the account root", denyIn(`{"AWS":"arn:aws:iam::123456789012:root"}`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming the federating user", denyIn(`{"AWS":"` + tokenAppARN + `"}`), get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny naming another session does not apply", denyIn(`{"AWS":"arn:aws:sts::123456789012:federated-user/Bob"}`), get, Allowed, RuleIdentitySession},
		{"resource deny naming another account does not apply", denyIn(`{"AWS":"111122223333"}`), get, Allowed, RuleIdentitySession},
		{"resource deny with partial wildcard principal does not apply", func(t testing.TB) *Session {
			// The parser reports invalid-principal; the evaluator still
			// never matches a principal partially.
			s := newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).build()
			p, _ := policy.Parse(doc(principalStmt("Deny", `{"AWS":"arn:aws:sts::123456789012:federated-user/*"}`, "s3:GetObject")), policy.Resource)
			s.Resources = []ResourcePolicy{{PolicyRef: PolicyRef{Source: "resourcePolicies[0]", Policy: p}, AttachedTo: bucket, Account: acct}}
			return s
		}, get, Allowed, RuleIdentitySession},
		{"resource deny naming a service does not apply", denyIn(`{"Service":"s3.amazonaws.com"}`), get, Allowed, RuleIdentitySession},
		{"NotPrincipal deny listing session and account does not apply", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
				resource(bucket, acct, doc(`{"Effect":"Deny","NotPrincipal":{"AWS":["`+carolARN+`","arn:aws:iam::123456789012:root"]},"Action":"s3:*","Resource":"arn:aws:s3:::productionapp/*"}`)).build()
		}, get, Allowed, RuleIdentitySession},
		{"NotPrincipal deny listing only the session applies", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
				resource(bucket, acct, doc(`{"Effect":"Deny","NotPrincipal":{"AWS":"`+carolARN+`"},"Action":"s3:*","Resource":"arn:aws:s3:::productionapp/*"}`)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"NotPrincipal deny always applies with a boundary", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).boundary(doc(allowS3)).session(doc(allowS3)).
				resource(bucket, acct, doc(`{"Effect":"Deny","NotPrincipal":{"AWS":["`+carolARN+`","123456789012"]},"Action":"s3:*","Resource":"arn:aws:s3:::productionapp/*"}`)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"resource deny on another bucket is not consulted", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
				resource("arn:aws:s3:::examplebucket", acct, doc(`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}`)).build()
		}, get, Allowed, RuleIdentitySession},
		{"NotAction deny applies to unlisted actions", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowAll)).session(doc(allowAll, `{"Effect":"Deny","NotAction":"s3:List*","Resource":"*"}`)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},
		{"NotResource deny applies to unlisted resources", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowAll)).session(doc(allowAll, `{"Effect":"Deny","Action":"*","NotResource":"arn:aws:s3:::examplebucket/*"}`)).build()
		}, get, ExplicitDeny, RuleExplicitDeny},

		// Service restriction.
		{"IAM action refused", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowIAM)).session(doc(allowIAM)).build()
		}, Request{Action: "iam:GetUser", Resource: tokenAppARN}, ImplicitDeny, RuleServiceRestriction},
		{"STS action other than GetCallerIdentity refused", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowIAM)).session(doc(allowIAM)).build()
		}, Request{Action: "sts:GetFederationToken", Resource: "arn:aws:sts::123456789012:federated-user/Bob"}, ImplicitDeny, RuleServiceRestriction},
		{"IAM action refused even with a direct resource grant", func(t testing.TB) *Session {
			return newFixture(t, "Carol").resource("arn:aws:iam::123456789012:role/R", acct,
				doc(`{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}`)).build()
		}, Request{Action: "sts:AssumeRole", Resource: "arn:aws:iam::123456789012:role/R"}, ImplicitDeny, RuleServiceRestriction},
		{"explicit deny of IAM action wins over restriction", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(`{"Effect":"Deny","Action":"iam:*","Resource":"*"}`)).build()
		}, Request{Action: "IAM:ListUsers", Resource: "*"}, ExplicitDeny, RuleExplicitDeny},

		// Same account: direct grant to the session or "*".
		{"direct grant to the session ignores identity and session", resourceOnly(`{"AWS":"` + carolARN + `"}`), get, Allowed, RuleResourceGrantSession},
		{"direct grant to everyone", resourceOnly(`"*"`), get, Allowed, RuleResourceGrantSession},
		{"direct grant to AWS everyone", resourceOnly(`{"AWS":["arn:aws:iam::999999999999:root","*"]}`), get, Allowed, RuleResourceGrantSession},
		{"direct grant not limited by a boundary", func(t testing.TB) *Session {
			return newFixture(t, "Carol").boundary(doc(allowSQS)).resource(bucket, acct, carolBucketPolicy).build()
		}, get, Allowed, RuleResourceGrantSession},
		{"direct grant not limited by a session policy", func(t testing.TB) *Session {
			return newFixture(t, "Carol").session(doc(allowSQS)).resource(bucket, acct, carolBucketPolicy).build()
		}, get, Allowed, RuleResourceGrantSession},
		{"direct grant with a matching principal-tag condition", func(t testing.TB) *Session {
			return newFixture(t, "Carol").tags([]principal.Tag{{Key: "team", Value: "blue"}}, []principal.Tag{{Key: "Team", Value: "red"}}).
				resource(bucket, acct, doc(`{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}}`)).build()
		}, get, Allowed, RuleResourceGrantSession},
		{"direct grant whose condition reads the overridden user tag", func(t testing.TB) *Session {
			return newFixture(t, "Carol").tags([]principal.Tag{{Key: "team", Value: "blue"}}, []principal.Tag{{Key: "Team", Value: "red"}}).
				resource(bucket, acct, doc(`{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}`)).build()
		}, get, ImplicitDeny, RuleNoSessionPolicy},
		{"NotPrincipal allow grants nothing", func(t testing.TB) *Session {
			return newFixture(t, "Carol").resource(bucket, acct, doc(`{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::999999999999:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/*"}`)).build()
		}, get, ImplicitDeny, RuleNoSessionPolicy},
		{"grant to another federated user", resourceOnly(`{"AWS":"arn:aws:sts::123456789012:federated-user/Bob"}`), get, ImplicitDeny, RuleNoSessionPolicy},
		{"grant to the session under Federated key", resourceOnly(`{"Federated":"` + carolARN + `"}`), get, ImplicitDeny, RuleNoSessionPolicy},

		// Same account: grant to the IAM user who federated.
		{"user grant with session policy allowing", userGrant(doc(allowS3), ""), get, Allowed, RuleResourceGrantUser},
		{"user grant with session policy and boundary allowing", userGrant(doc(allowS3), doc(allowS3)), get, Allowed, RuleResourceGrantUser},
		{"user grant without session policy", userGrant("", ""), get, ImplicitDeny, RuleNoSessionPolicy},
		{"user grant with session policy not allowing", userGrant(doc(allowSQS), ""), get, ImplicitDeny, RuleNotAllowed},
		{"user grant limited by the boundary", userGrant(doc(allowS3), doc(allowSQS)), get, ImplicitDeny, RuleNotAllowed},
		{"user grant with a path ARN", func(t testing.TB) *Session {
			f := newFixture(t, "Carol").session(doc(allowS3)).resource(bucket, acct, doc(principalStmt("Allow", `{"AWS":"arn:aws:iam::123456789012:user/apps/token-app"}`, "s3:GetObject")))
			f.s.Caller.Path = "/apps/"
			return f.build()
		}, get, Allowed, RuleResourceGrantUser},

		// Same account: grant to the account only delegates.
		{"account grant alone delegates only", resourceOnly(`{"AWS":"123456789012"}`), get, ImplicitDeny, RuleNoSessionPolicy},
		{"account root grant alone delegates only", func(t testing.TB) *Session {
			return newFixture(t, "Carol").session(doc(allowS3)).resource(bucket, acct, doc(principalStmt("Allow", `{"AWS":"arn:aws:iam::123456789012:root"}`, "s3:GetObject"))).build()
		}, get, ImplicitDeny, RuleNotAllowed},
		{"account grant with identity and session allowing", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).resource(bucket, acct, doc(principalStmt("Allow", `{"AWS":"123456789012"}`, "s3:GetObject"))).build()
		}, get, Allowed, RuleIdentitySession},

		// Same account: identity ∧ boundary ∧ session.
		{"identity boundary and session allow", withBoundary(doc(allowS3)), get, Allowed, RuleIdentitySession},
		{"boundary does not allow", withBoundary(doc(allowSQS)), get, ImplicitDeny, RuleNotAllowed},
		{"identity does not allow", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowSQS)).session(doc(allowS3)).build()
		}, get, ImplicitDeny, RuleNotAllowed},
		{"no identity policy", func(t testing.TB) *Session { return newFixture(t, "Carol").session(doc(allowS3)).build() }, get, ImplicitDeny, RuleNotAllowed},
		{"managed session policy allows", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowSQS)).session(doc(allowS3)).build()
		}, get, Allowed, RuleIdentitySession},
		{"allow split across identity policies", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowSQS)).identity(doc(allowS3)).session(doc(allowS3)).build()
		}, get, Allowed, RuleIdentitySession},
		{"policy variable aws:userid in the session policy", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/${aws:userid}/*"}`)).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::productionapp/123456789012:Carol/a.txt"}, Allowed, RuleIdentitySession},
		{"policy variable aws:username is absent for the session", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/${aws:username}/*"}`)).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::productionapp/Carol/a.txt"}, ImplicitDeny, RuleNotAllowed},
		{"policy variable is literal without Version", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(`{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/${aws:userid}/*"}]}`).build()
		}, Request{Action: "s3:GetObject", Resource: "arn:aws:s3:::productionapp/123456789012:Carol/a.txt"}, ImplicitDeny, RuleNotAllowed},
		{"condition on the principal type", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalType":"FederatedUser"}}}`)).build()
		}, get, Allowed, RuleIdentitySession},
		{"condition on MFA fails for the session", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}`)).build()
		}, get, ImplicitDeny, RuleNotAllowed},
		{"request key overrides the session context", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}}`)).build()
		}, Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:PrincipalTag/Team", "red")}, Allowed, RuleIdentitySession},

		// Root caller.
		{"root caller with session policy", func(t testing.TB) *Session { return newFixture(t, "Carol").root().session(doc(allowS3)).build() }, get, Allowed, RuleIdentitySession},
		{"root caller without session policy", func(t testing.TB) *Session { return newFixture(t, "Carol").root().build() }, get, ImplicitDeny, RuleNoSessionPolicy},
		{"root caller boundary is ignored", func(t testing.TB) *Session {
			return newFixture(t, "Carol").root().boundary(doc(allowSQS)).session(doc(allowS3)).build()
		}, get, Allowed, RuleIdentitySession},
		{"root caller session policy not allowing", func(t testing.TB) *Session { return newFixture(t, "Carol").root().session(doc(allowSQS)).build() }, get, ImplicitDeny, RuleNotAllowed},

		// Cross account.
		{"cross account session grant with identity side", crossAccount(`{"AWS":"`+carolARN+`"}`, true), partner, Allowed, RuleCrossAccount},
		{"cross account user grant with identity side", crossAccount(`{"AWS":"`+tokenAppARN+`"}`, true), partner, Allowed, RuleCrossAccount},
		{"cross account account grant with identity side", crossAccount(`{"AWS":"123456789012"}`, true), partner, Allowed, RuleCrossAccount},
		{"cross account everyone grant with identity side", crossAccount(`"*"`, true), partner, Allowed, RuleCrossAccount},
		{"cross account session grant without session policy", crossAccount(`{"AWS":"`+carolARN+`"}`, false), partner, ImplicitDeny, RuleCrossAccountMissing},
		{"S3 resource without policy is in the session's account", crossAccount("", true), partner, Allowed, RuleIdentitySession},
		{"cross account resource policy without grant", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
				resource("arn:aws:s3:::partnerbucket", other, doc(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::partnerbucket/*"}`)).build()
		}, partner, ImplicitDeny, RuleCrossAccountMissing},
		{"cross account grant to someone else", crossAccount(`{"AWS":"arn:aws:iam::111122223333:root"}`, true), partner, ImplicitDeny, RuleCrossAccountMissing},
		{"cross account by resource ARN", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowSQS)).session(doc(allowSQS)).build()
		}, Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:111122223333:queue1"}, ImplicitDeny, RuleCrossAccountMissing},
		{"same account by resource ARN", func(t testing.TB) *Session {
			return newFixture(t, "Carol").identity(doc(allowSQS)).session(doc(allowSQS)).build()
		}, Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}, Allowed, RuleIdentitySession},
	}
}

func TestDecide(t *testing.T) {
	cases := append(seedCases(), ruleCases()...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.build(t)
			assert.Equal(t, tc.want, Decide(s, tc.req), "Decide")
			res := Explain(s, tc.req)
			assert.Equal(t, tc.want, res.Decision, "Explain decision")
			assert.Equal(t, tc.rule, res.Explanation.Rule, "rule")
			checkExplanation(t, res)
		})
	}
}

// checkExplanation checks the invariants every explanation keeps.
func checkExplanation(t *testing.T, res Result) {
	t.Helper()
	x := res.Explanation
	require.Len(t, x.Sets, 4)
	for i, name := range []string{SetIdentity, SetBoundary, SetSession, SetResource} {
		assert.Equal(t, name, x.Sets[i].Set)
		assert.Contains(t, []string{"allow", "deny", "noMatch", "absent"}, x.Sets[i].Verdict)
		for _, p := range x.Sets[i].Policies {
			for _, st := range p.Statements {
				if st.Matched {
					assert.Nil(t, st.Reason)
				} else if assert.NotNil(t, st.Reason) {
					assert.NotEmpty(t, st.Reason.Code)
					assert.Contains(t, []string{"action", "resource", "principal", "condition"}, st.Reason.Element)
				}
			}
		}
	}
	require.Len(t, x.Steps, 5)
	decided := 0
	for _, s := range x.Steps {
		assert.NotEmpty(t, s.Finding)
		if s.Outcome == OutcomeDecided {
			decided++
		}
	}
	assert.Equal(t, 1, decided, "exactly one step decides")
	switch {
	case res.Decision == ExplicitDeny:
		assert.NotEmpty(t, x.Deciding)
		for _, d := range x.Deciding {
			assert.Equal(t, "Deny", string(d.Effect))
		}
	case res.Decision == Allowed && x.Rule != RuleGetCallerIdentity:
		assert.NotEmpty(t, x.Deciding)
	case res.Decision == ImplicitDeny:
		assert.Empty(t, x.Deciding)
	}
}

func TestDecideNilSession(t *testing.T) {
	assert.Equal(t, ImplicitDeny, Decide(nil, Request{Action: "s3:GetObject", Resource: object}))
	res := Explain(nil, Request{Action: "s3:GetObject", Resource: object})
	assert.Equal(t, ImplicitDeny, res.Decision)
}

func TestExplainMarksPolicyWithErrors(t *testing.T) {
	s := newFixture(t, "Carol").identity(doc(allowS3)).build()
	bad := ref(t, "request.Policy", doc(allowS3), policy.Session)
	bad.Diagnostics = append(bad.Diagnostics, policy.Diagnostic{Code: policy.CodeInvalidJSON, Severity: policy.SeverityError, Message: "x"})
	s.SessionPolicies = []PolicyRef{bad}
	res := Explain(s, Request{Action: "s3:GetObject", Resource: object})
	assert.Equal(t, Allowed, res.Decision)
	assert.Equal(t, []Warning{{Source: "request.Policy", Errors: 1}}, res.Explanation.Warnings)
	assert.Equal(t, 1, res.Explanation.Sets[2].Policies[0].Errors)
}

func TestExplainTracesEveryStatement(t *testing.T) {
	s := newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	res := Explain(s, Request{Action: "s3:GetObject", Resource: object})
	identity := res.Explanation.Sets[0].Policies[0].Statements
	require.Len(t, identity, 5)
	for i, st := range identity {
		assert.Equal(t, i, st.Index)
		assert.Equal(t, i == 3, st.Matched, "statement %d", i)
	}
	assert.Equal(t, "action", identity[0].Reason.Element)
	assert.Equal(t, ReasonNoMatch, identity[0].Reason.Code)
	assert.Equal(t, []string{"sts:GetFederationToken"}, identity[0].Reason.Values)
	assert.Equal(t, "s3:GetObject", identity[0].Reason.Value)
	session := res.Explanation.Sets[2].Policies[0].Statements
	require.Len(t, session, 2)
	assert.False(t, session[0].Matched)
	assert.True(t, session[1].Matched)
	require.Len(t, res.Explanation.Deciding, 2)
	assert.Equal(t, "caller.policies[0]", res.Explanation.Deciding[0].Source)
	assert.Equal(t, 3, res.Explanation.Deciding[0].Index)
	assert.Equal(t, "request.Policy", res.Explanation.Deciding[1].Source)
	assert.Equal(t, 1, res.Explanation.Deciding[1].Index)
}

func TestExplainResourceReasons(t *testing.T) {
	s := newFixture(t, "Carol").identity(doc(allowS3)).session(doc(allowS3)).
		resource(bucket, acct, doc(
			principalStmt("Deny", `{"AWS":"arn:aws:sts::123456789012:federated-user/Bob"}`, "s3:GetObject"),
			`{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}}`,
			principalStmt("Allow", `{"AWS":"123456789012"}`, "s3:GetObject"))).
		resource(otherBucket, acct, carolBucketPolicy).build()
	res := Explain(s, Request{Action: "s3:GetObject", Resource: object})
	assert.Equal(t, Allowed, res.Decision)
	rs := res.Explanation.Sets[3]
	require.Len(t, rs.Policies, 1, "only the governing policy is listed")
	assert.Equal(t, bucket, rs.Policies[0].AttachedTo)
	sts := rs.Policies[0].Statements
	require.Len(t, sts, 3)
	assert.Equal(t, "principal", sts[0].Reason.Element)
	assert.Equal(t, ReasonPrincipalOther, sts[0].Reason.Code)
	assert.Equal(t, carolARN, sts[0].Reason.Session)
	assert.Equal(t, "condition", sts[1].Reason.Element)
	require.NotNil(t, sts[1].Reason.Condition)
	assert.Equal(t, "aws:SourceVpce", sts[1].Reason.Condition.Key)
	assert.Equal(t, "StringEquals", sts[1].Reason.Condition.Operator)
	assert.Equal(t, []string{"vpce-1a2b3c4d"}, sts[1].Reason.Condition.PolicyValues)
	assert.True(t, sts[2].Matched)
	assert.Equal(t, "account", sts[2].GrantTo)
	assert.Equal(t, acct, res.Explanation.ResourceAccount)
}

func TestRequestContextLayers(t *testing.T) {
	s := newFixture(t, "Carol").build()
	g := &requestContext{session: s.Context, resourceAccount: [1]string{"444455556666"}}
	v, ok := g.Get("aws:userid")
	require.True(t, ok)
	assert.Equal(t, []string{"123456789012:Carol"}, v)
	v, ok = g.Get("AWS:resourceaccount")
	require.True(t, ok)
	assert.Equal(t, []string{"444455556666"}, v)
	g.request = kv("aws:userid", "x")
	v, _ = g.Get("AWS:UserId")
	assert.Equal(t, []string{"x"}, v, "the request's keys come first")
	g.request = kv("aws:ResourceAccount", "111122223333")
	v, _ = g.Get("aws:ResourceAccount")
	assert.Equal(t, []string{"111122223333"}, v, "a check may override the resource account")
}
