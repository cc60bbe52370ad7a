package scenario

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The corpus is a set of scenario documents under testdata/corpus, each one
// a behaviour that AWS documents (or, where AWS's pages are ambiguous, the
// choice the rule book documents). Every expectation in every
// document must hold, and no document is skipped: a disagreement with the
// documented behaviour fails the suite.

// corpusDir holds the corpus documents.
const corpusDir = "testdata/corpus"

// corpusCase is one corpus document with the AWS source of the behaviour it
// pins down.
type corpusCase struct {
	// file is the document's name under corpusDir.
	file string
	// source cites the AWS page (and the passage) the behaviour comes from.
	source string
	// behaviour says in one sentence what the document checks.
	behaviour string
}

// corpus indexes every document under corpusDir.
var corpus = []corpusCase{
	{"rcp-bucket-inside-organization.json", "AWS KMS Developer Guide, \"Resource control policies in AWS KMS\" (RCPEnforceIdentityPerimeter example) + AWS Control Tower, \"Controls implemented with RCPs\" (S3; RULES.md#resource-control-policies)", "An RCP on the bucket owner's OU keeps the bucket inside the organization: a session of a member account is allowed by the bucket policy, the same request from a principal of another organization (aws:PrincipalOrgID overridden) is explicitly denied."},
	{"kms-key-policy.json", "AWS KMS Developer Guide, \"Key policies in AWS KMS\" (\"Unless the key policy explicitly allows it, you cannot use IAM policies to allow access to a KMS key\"; RULES.md#key-policy)", "A key policy without the account makes IAM policies useless for that key; one that allows the account root lets them decide; a key with no key policy given has the default one."},
	{"scp-deny-region.json", "AWS Organizations User Guide, \"SCP evaluation\" (\"there must be an explicit Allow statement at every level\"; RULES.md#service-control-policies)", "A deny-region SCP at the root explicitly denies requests to other regions, whatever the account's policies allow; the allowed region still works."},
	{"scp-allow-list-forgot-action.json", "AWS Organizations User Guide, \"SCP evaluation\" (\"there must be an explicit Allow statement at every level\"; RULES.md#service-control-policies)", "An allow-list SCP at the OU that forgot dynamodb:* leaves DynamoDB implicitly denied, though every IAM policy allows it."},
	{"scp-caller-and-management.json", "AWS Organizations User Guide, \"Service control policies (SCPs)\" (SCPs do not affect the management account; RULES.md#service-control-policies)", "A Deny-everything SCP at the root does not affect the management account's users or their sessions."},
	{"scp-caller-denied.json", "AWS Organizations User Guide, \"SCP evaluation\" (\"there must be an explicit Allow statement at every level\"; RULES.md#service-control-policies)", "SCPs bound the IAM user's own GetFederationToken call: an account-level SCP that allows only s3:* refuses it."},
	{"organization-principal-org-id.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalOrgID, aws:PrincipalOrgPaths; RULES.md#organization-paths) + \"Cross-account policy evaluation logic\"", "A bucket of another member account that allows the organization by aws:PrincipalOrgID grants a session of a member account; aws:PrincipalOrgPaths holds the account's OU path."},
	{"check-region-and-time.json", "IAM User Guide, \"AWS global condition context keys\" (aws:RequestedRegion, aws:CurrentTime; RULES.md#requested-region, RULES.md#request-time) + \"Common Errors\" of the S3 and DynamoDB API References (RULES.md#expired-token)", "aws:RequestedRegion follows the check, else the regional ARN, else the scenario; aws:CurrentTime follows \"at\"; at or after the expiration S3 answers ExpiredToken and DynamoDB ExpiredTokenException, and \"ExpiredToken\" expects either."},
	{"resources-cross-account-bucket-no-policy.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"the resource-based policy in AccountB must allow the requester\"; RULES.md#resource-owner)", "A bucket that \"resources\" gives to another account is cross-account: with no bucket policy it is denied; aws:ResourceTag comes from the entry unless a check overrides it."},
	{"seed-token-app-no-session-policy.json", "IAM User Guide, \"Permissions for GetFederationToken\" (token-app example: \"the resulting federated user has no effective permissions\")", "token-app's broad policy grants a session without a session policy nothing; only GetCallerIdentity works."},
	{"seed-token-app-session-policy.json", "IAM User Guide, \"Permissions for GetFederationToken\" (session policy example: \"The federated user would have permission to perform only these actions\")", "The session may only list productionapp and get/put/delete its objects; SNS, SQS, DynamoDB and other buckets are refused."},
	{"seed-carol-bucket-policy.json", "IAM User Guide, \"Permissions for GetFederationToken\" (Carol example: \"This is true even when no session policy is passed\")", "A same-account bucket policy naming federated-user/Carol grants exactly its actions with no session policy."},
	{"seed-carol-bucket-policy-other-name.json", "IAM User Guide, \"Permissions for GetFederationToken\" (Carol example) + IAM User Guide, \"AWS JSON policy elements: Principal\" (\"You cannot use a wildcard to match part of a principal name\")", "The same bucket policy does not grant a session named Bob anything."},
	{"seed-susan-111122223333.json", "IAM User Guide, \"GetFederationToken—Federation through a custom identity broker\" (Susan in 111122223333)", "A bucket policy whose principal is Susan's session ARN grants Susan access without a session policy."},
	{"seed-jean-request.json", "IAM User Guide, \"GetFederationToken—Federation through a custom identity broker\" (Jean example request)", "Jean's version-less s3:* session policy allows S3 (where token-app allows it) and nothing else."},
	{"seed-manager-name-denied.json", "IAM User Guide, \"Granting permissions to create temporary security credentials\" (Manager* example)", "A caller allowed sts:GetFederationToken only on federated-user/Manager* cannot federate Jean."},
	{"seed-manager-name-allowed.json", "IAM User Guide, \"Granting permissions to create temporary security credentials\" (Manager* example)", "The same caller may federate ManagerAnn; the session still has no permissions."},
	{"seed-manager-name-case.json", "IAM User Guide, \"Granting permissions to create temporary security credentials\" (Manager* example) + IAM User Guide, \"IAM JSON policy elements: Resource\" (resource ARNs are case sensitive)", "federated-user/Manager* does not match the name managerann (ARN matching is case sensitive)."},
	{"principal-session-arn-same-account-no-session-policy.json", "IAM User Guide, \"Permissions for GetFederationToken\"; IAM User Guide, \"Policy evaluation logic\" (IAM federated user sessions bullet)", "A same-account grant to the session ARN is not limited by identity policy, boundary or absent session policy."},
	{"principal-session-arn-same-account-session-policy-denies.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"The resource-based policy permissions are not limited by the session policy\")", "A same-account grant to the session ARN is not limited by a session policy that does not allow the action."},
	{"principal-session-arn-same-account-boundary.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"a permissions boundary does not limit permissions granted by a resource-based policy that specifies the ARN of the resulting session\")", "A same-account grant to the session ARN is not limited by a boundary that does not allow the action."},
	{"principal-session-arn-string-form.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (a single principal may be given as a string)", "Principal {\"AWS\": \"<session ARN>\"} and {\"AWS\": [\"<session ARN>\"]} are the same."},
	{"principal-session-arn-cross-account-no-session-policy.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (exemption stated \"Within the same account\"; RULES.md#cross-account)", "A cross-account grant to the session ARN needs identity and session policies too: with no session policy it is denied."},
	{"principal-session-arn-cross-account-allowed.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"The request is allowed only if both evaluations return a decision of Allow\")", "A cross-account grant to the session ARN is allowed when identity and session policies allow too."},
	{"principal-session-arn-cross-account-identity-missing.json", "IAM User Guide, \"Cross-account policy evaluation logic\"", "A cross-account grant to the session ARN is denied when the IAM user's identity policy does not allow the action."},
	{"principal-session-arn-cross-account-boundary-missing.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"it checks the identity-based policy and any policies that can limit an identity-based policy\")", "A cross-account grant is denied when the caller's boundary does not allow the action."},
	{"principal-star-same-account.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"*\": \"For IAM users and role principals within your account, no other permissions are required\"); RULES.md#resource-grant-session (documented choice)", "Principal \"*\" in a same-account resource policy grants the session directly, without a session policy."},
	{"principal-aws-star-same-account.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" ({\"AWS\":\"*\"} is equivalent to \"*\"); RULES.md#resource-grant-session", "Principal {\"AWS\":\"*\"} behaves as \"*\"."},
	{"principal-star-cross-account.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"For principals in other accounts, they must also have identity-based permissions in their account\")", "Principal \"*\" in another account's policy needs identity and session policies to allow."},
	{"principal-star-cross-account-allowed.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"*\") + IAM User Guide, \"Cross-account policy evaluation logic\"", "Principal \"*\" in another account's policy plus identity and session allow → allowed."},
	{"principal-user-same-account-no-session-policy.json", "IAM User Guide, \"Policy evaluation logic\" (\"if a resource-based policy grants permission to the ARN of the IAM user who federated, then requests made by the federated user during the session are limited by an implicit deny in a permission boundary or session policy\")", "A same-account grant to the IAM user is limited by the absent session policy."},
	{"principal-user-same-account-session-allows.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"(S∩R) + (S∩I)\"); IAM User Guide, \"Policy evaluation logic\"", "A same-account grant to the IAM user plus a session policy that allows → allowed even though the identity policy does not allow."},
	{"principal-user-same-account-session-not-allowing.json", "IAM User Guide, \"Policy evaluation logic\" (IAM federated user sessions bullet)", "A same-account grant to the IAM user is limited by a session policy that does not allow the action."},
	{"principal-user-same-account-boundary-not-allowing.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" (federated sessions: \"limited by an implicit deny in a permission boundary\")", "A same-account grant to the IAM user is limited by a boundary that does not allow the action."},
	{"principal-user-same-account-boundary-allows.json", "IAM User Guide, \"Permissions boundaries for IAM entities\"; IAM User Guide, \"Policies and permissions in IAM\" (Session policies)", "A same-account grant to the IAM user with a boundary and session policy that allow → allowed."},
	{"principal-user-cross-account.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (RULES.md#cross-account)", "A cross-account grant to the IAM user needs identity and session policies to allow."},
	{"principal-user-cross-account-allowed.json", "IAM User Guide, \"Cross-account policy evaluation logic\"", "A cross-account grant to the IAM user with identity and session allow → allowed."},
	{"principal-account-id-same-account.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"This delegates authority to the account\"); RULES.md#account-principal (documented choice)", "A same-account grant to the account id adds nothing: identity and session policies must allow."},
	{"principal-account-id-same-account-allowed.json", "IAM User Guide, \"AWS JSON policy elements: Principal\"; RULES.md#account-principal", "With a same-account account grant, identity ∧ session decides: allowed when both allow."},
	{"principal-account-root-same-account-no-session.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (account ARN arn:aws:iam::ACCT:root); RULES.md#account-principal", "A same-account grant to :root gives a session without a session policy nothing."},
	{"principal-account-root-cross-account.json", "IAM User Guide, \"Cross-account policy evaluation logic\" + IAM User Guide, \"AWS JSON policy elements: Principal\"", "A cross-account grant to the caller's account (:root) plus identity and session allow → allowed."},
	{"principal-account-id-cross-account.json", "IAM User Guide, \"Cross-account policy evaluation logic\" + IAM User Guide, \"AWS JSON policy elements: Principal\"", "A cross-account grant to the caller's account id plus identity and session allow → allowed."},
	{"principal-other-account-cross-account.json", "IAM User Guide, \"Cross-account policy evaluation logic\"", "A cross-account policy granting a third account does not grant this session."},
	{"principal-other-federated-user.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"You cannot use a wildcard to match part of a principal name or ARN\"); RULES.md#resource-policy-principals", "A grant to another federated user does not grant this session."},
	{"principal-federated-user-wildcard.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"You cannot use a wildcard to match part of a principal name or ARN\"); RULES.md#resource-policy-principals (such principals are \"no match\")", "A principal ARN with a partial wildcard (federated-user/*) does not match the session."},
	{"principal-service.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (service principals); RULES.md#resource-policy-principals", "A Service principal does not match the federated session."},
	{"principal-federated-key.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (Federated is for identity providers); RULES.md#resource-policy-principals", "A {\"Federated\": <session ARN>} principal does not match the federated session."},
	{"principal-list-or.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (several principals: any one matches)", "A principal list containing the session ARN among others grants the session."},
	{"principal-star-principalarn-condition.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (use Principal \"*\" with aws:PrincipalArn) + IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn for federated sessions)", "Principal \"*\" narrowed by ArnLike aws:PrincipalArn federated-user/* grants the session."},
	{"principal-star-principalarn-condition-user.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn of a federated session is the session ARN, not the IAM user)", "Principal \"*\" narrowed to aws:PrincipalArn = the IAM user's ARN does not grant the session."},
	{"cross-account-no-resource-policy.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"the resource-based policy in AccountB must allow the requester\")", "A resource in another account with no resource policy is denied even when identity and session allow."},
	{"cross-account-sqs-queue-policy.json", "IAM User Guide, \"Cross-account policy evaluation logic\"", "A queue policy in another account naming the caller's account, with identity and session allow → allowed."},
	{"deny-identity-overrides-session-grant.json", "IAM User Guide, \"Policy evaluation logic\" (\"An explicit deny in any policy overrides any allows\")", "A Deny in the IAM user's identity policy overrides a same-account resource grant to the session."},
	{"deny-boundary.json", "IAM User Guide, \"Policy evaluation logic\"; IAM User Guide, \"Permissions boundaries for IAM entities\"", "A Deny in the permissions boundary overrides the session policy and a resource grant to the session."},
	{"deny-session-policy.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"An explicit deny in any of these policies overrides the allow\")", "A Deny in the session policy overrides a resource grant to the session."},
	{"deny-managed-session-policy.json", "STS API Reference, \"GetFederationToken\" (PolicyArns are session policies) + IAM User Guide, \"Policy evaluation logic\"", "A Deny in a managed session policy (PolicyArns) overrides the inline session policy's allow."},
	{"deny-resource-policy-session-arn.json", "IAM User Guide, \"Policy evaluation logic\"", "A Deny in a resource policy whose Principal is session-arn overrides identity ∧ session allows."},
	{"deny-resource-policy-star.json", "IAM User Guide, \"Policy evaluation logic\" + IAM User Guide, \"AWS JSON policy elements: Principal\"", "A Deny in a resource policy whose Principal is star overrides identity ∧ session allows."},
	{"deny-resource-policy-account.json", "IAM User Guide, \"Policy evaluation logic\" + RULES.md#resource-policy-deny (a Deny naming the account covers its principals [inferred])", "A Deny in a resource policy whose Principal is account overrides identity ∧ session allows."},
	{"deny-resource-policy-user.json", "IAM User Guide, \"Policy evaluation logic\" + RULES.md#resource-policy-deny (a Deny naming user/U applies to U's session [inferred])", "A Deny in a resource policy whose Principal is user overrides identity ∧ session allows."},
	{"deny-resource-policy-other-principal.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (a statement applies only to its principals); RULES.md#resource-policy-deny", "A resource-policy Deny naming a different principal does not apply to the session."},
	{"deny-resource-policy-cross-account.json", "IAM User Guide, \"Policy evaluation logic\" + IAM User Guide, \"Cross-account policy evaluation logic\"", "A Deny in another account's resource policy naming \"*\" overrides its own allow to the session."},
	{"notprincipal-deny-excludes-session.json", "IAM User Guide, \"AWS JSON policy elements: NotPrincipal\" (Deny with NotPrincipal denies everyone except the listed principals)", "Deny with NotPrincipal listing the session ARN (and the account) does not deny the session; it denies others."},
	{"notprincipal-deny-other.json", "IAM User Guide, \"AWS JSON policy elements: NotPrincipal\"", "Deny with NotPrincipal listing only another principal denies the session."},
	{"deny-with-condition-not-met.json", "IAM User Guide, \"Policy evaluation logic\" (a Deny applies only when its conditions match) + IAM User Guide, \"IAM JSON policy elements: Condition operators\"", "A Deny whose condition does not match does not apply."},
	{"getcalleridentity-explicit-deny.json", "IAM User Guide, \"Requesting temporary security credentials\" (footnote on GetCallerIdentity) (\"If an administrator adds a policy … that explicitly denies access to the sts:GetCallerIdentity action, you can still perform this operation\")", "sts:GetCallerIdentity is allowed even with explicit Denies in identity, boundary and session policies."},
	{"iam-actions-denied.json", "STS API Reference, \"GetFederationToken\" (\"You cannot call any IAM operations using the CLI or the Amazon Web Services API\"); RULES.md#service-restriction (implicit)", "IAM actions are refused even when every policy allows iam:*."},
	{"sts-actions-denied.json", "STS API Reference, \"GetFederationToken\" (\"You cannot call any STS operations except GetCallerIdentity\")", "STS actions other than GetCallerIdentity are refused even when allowed everywhere."},
	{"iam-action-explicit-deny.json", "IAM User Guide, \"Policy evaluation logic\" (explicit deny is evaluated first)", "An IAM action with a matching explicit Deny is an explicit deny."},
	{"iam-resource-policy-session-grant.json", "STS API Reference, \"GetFederationToken\" (IAM/STS restriction) + RULES.md#service-restriction (restriction applies before resource grants)", "A resource policy granting the session sts:AssumeRole does not lift the STS restriction."},
	{"boundary-allows.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" (\"the resulting session's permissions are the intersection of the session policy, the permissions boundary, and the identity-based policy\")", "Identity ∧ boundary ∧ session all allow → allowed; boundary not allowing → denied."},
	{"identity-session-intersection.json", "IAM User Guide, \"Permissions for GetFederationToken\" (\"the resulting session's permissions are the intersection of the user's identity-based policy and the session policies\")", "A session policy cannot grant more than the IAM user's identity policy."},
	{"managed-session-policies-only.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: managed session policies)", "Managed session policies alone (no inline Policy) scope the session."},
	{"session-policies-union.json", "STS API Reference, \"GetFederationToken\"; RULES.md#session-policies (session policies are one set; documented choice)", "An allow in either the inline or a managed session policy allows (within the identity policy)."},
	{"multiple-identity-policies.json", "IAM User Guide, \"Policy evaluation logic\" (all identity-based policies are evaluated together)", "Allows from two separate identity policies both count."},
	{"root-caller-session.json", "STS API Reference, \"GetFederationToken\" (root may call GetFederationToken) + RULES.md#session-policies", "A session created by the root user is limited by its session policy only; IAM calls are refused."},
	{"root-caller-no-session-policy.json", "STS API Reference, \"GetFederationToken\" (\"if you do not pass a policy, then the resulting federated user session has no permissions\")", "A session created by the root user without a session policy has no permissions."},
	{"action-case-insensitive.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (\"The prefix and the action name are case insensitive\")", "Action names match regardless of case, in the policy and in the request."},
	{"action-star.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (\"*\" matches all actions)", "Action \"*\" matches every action."},
	{"action-wildcard-middle.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (e.g. \"s3:Get*Tagging\"; wildcards as part of the action name)", "s3:Get*Tagging matches GetObjectTagging and GetBucketTagging but not GetObject."},
	{"action-question-mark.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (\"single-character match wildcards (?)\")", "? matches exactly one character of the action name."},
	{"action-prefix-star.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (e.g. \"iam:*AccessKey*\", \"s3:Get*\")", "s3:Get* matches every S3 action that starts with Get and nothing in another service."},
	{"action-service-must-match.json", "IAM User Guide, \"IAM JSON policy elements: Action\"", "sqs:* does not match an sns action; the service prefix is part of the match."},
	{"action-list.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (a list of actions: any one matches)", "An Action list allows each listed action."},
	{"notaction-allow.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" (NotAction with Allow \"explicitly matches everything except the specified list of actions\")", "Allow NotAction iam:* allows s3 and sqs but not IAM."},
	{"notaction-allow-with-resource.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" (\"limiting the allowed actions to the actions that can be performed on the specified resource\")", "Allow NotAction s3:DeleteObject on productionapp/* allows other actions only on that resource."},
	{"notaction-deny.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" (NotAction with Deny \"explicitly denies the actions not listed. You must still allow actions that you want to allow\")", "Deny NotAction s3:* denies every non-S3 action; S3 still needs an allow."},
	{"notaction-deny-iam-and-gci.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" + IAM User Guide, \"Requesting temporary security credentials\" (footnote on GetCallerIdentity)", "Deny NotAction s3:* does not stop sts:GetCallerIdentity."},
	{"resource-productionapp-test-examples.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (productionapp/*/test/* examples: \"*\" can expand to replace everything within a segment, including \"/\")", "productionapp/*/test/* matches 1/2/test/3/object.jpg, //test/object.jpg and 1/test/, not test/object.jpg."},
	{"resource-star-crosses-slash.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"The asterisk (*) character can expand to replace everything within a segment, including characters like a forward slash (/)\")", "arn:aws:s3:::productionapp* matches the bucket, its nested objects and productionapp-x."},
	{"resource-trailing-star-colons.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"If the wildcard (*) is the last character of a resource ARN segment, it can expand to match beyond colon boundaries\")", "arn:aws:sqs:* matches every SQS queue ARN in any region and account segment."},
	{"resource-segment-wildcards.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (wildcards \"within ARN segments (the parts separated by colons)\")", "Region and account segments may hold * and ?; each segment is matched separately."},
	{"resource-case-sensitive.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (resource ARNs are case sensitive: \"In the Resource element, the IAM user name is case sensitive\")", "arn:aws:s3:::ProductionApp/* does not match productionapp objects."},
	{"resource-question-mark.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"any single character with a question mark (?)\")", "file?.txt matches file1.txt, not file10.txt or file.txt."},
	{"resource-exact-bucket-vs-objects.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (a bucket ARN does not match its objects without a wildcard)", "Resource arn:aws:s3:::productionapp covers the bucket only, not its objects."},
	{"resource-star.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (Resource \"*\")", "Resource \"*\" matches any resource, including \"*\"."},
	{"resource-list.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (a list of resources: any one matches)", "A Resource list matches each of its entries."},
	{"notresource-allow.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (NotResource with Allow allows everything not listed)", "Allow s3:* NotResource productionapp/secret/* allows other objects but not secret ones."},
	{"notresource-deny.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (NotResource with Deny denies every resource not listed)", "Deny s3:* NotResource productionapp/* denies other buckets; productionapp objects stay allowed."},
	{"resource-iam-user-case.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"In the Resource element, the IAM user name is case sensitive\") + IAM User Guide, \"Granting permissions to create temporary security credentials\"", "sts:GetFederationToken on federated-user/Jean does not cover the name jean."},
	{"cond-stringequals-case-sensitive.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringEquals: exact matching, case sensitive)", "StringEquals matches the exact value only; case matters; a missing key does not match."},
	{"cond-stringequalsignorecase.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringEqualsIgnoreCase)", "StringEqualsIgnoreCase ignores case."},
	{"cond-stringnotequalsignorecase.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringNotEqualsIgnoreCase)", "StringNotEqualsIgnoreCase matches when the value differs ignoring case."},
	{"cond-multiple-values-or.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (\"If a single condition operator includes multiple values for one key, that condition operator is evaluated using a logical OR\")", "Any one of the listed values matches."},
	{"cond-negated-multiple-values-and.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (\"When multiple values are listed in a policy for negated matching condition operators such as StringNotEquals … the effective permissions work like a logical AND\")", "StringNotEquals with two values matches only when the request value equals neither."},
	{"cond-multiple-keys-and.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (\"multiple keys attached to a single condition operator … evaluated using a logical AND\")", "Two keys under one operator must both match."},
	{"cond-multiple-operators-and.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (\"If your policy has multiple condition operators … evaluated using a logical AND\")", "Two operators in one Condition must both match."},
	{"cond-missing-key-negated.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (\"If the policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true\")", "Negated operators (StringNotEquals, StringNotLike, ArnNotLike) are true when the key is absent."},
	{"cond-key-name-case-insensitive.json", "IAM User Guide, \"IAM JSON policy elements: Condition\" (condition key names are not case sensitive: \"aws:SourceIP … is equivalent to … AWS:SourceIp\")", "A condition on AWS:SourceIP reads the request key aws:SourceIp."},
	{"cond-stringlike.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringLike: \"case-sensitive matching … can include a multi-character match wildcard (*) and a single-character match wildcard (?) anywhere in the string\")", "StringLike globs with * and ?, case-sensitively."},
	{"cond-stringnotlike.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringNotLike)", "StringNotLike matches values that match none of the patterns."},
	{"cond-numeric.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Numeric operators; example \"NumericLessThanEquals\": {\"s3:max-keys\": \"10\"})", "NumericLessThanEquals s3:max-keys 10 matches 10 and 9, not 11 or a missing key."},
	{"cond-numeric-family.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (NumericEquals, NumericNotEquals, NumericLessThan, NumericGreaterThan, NumericGreaterThanEquals)", "Each numeric operator compares numbers, not strings (9 < 10)."},
	{"cond-numeric-equals-decimal.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Numeric: \"integer or decimal\")", "NumericEquals compares numeric values: 10 equals 10.0 in the request; a JSON number in the policy is accepted."},
	{"cond-date-iso.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Date operators, \"W3C implementations of the ISO 8601 date formats\"; example DateGreaterThan aws:CurrentTime)", "DateGreaterThan/DateLessThan on aws:CurrentTime (the scenario's clock, 2026-01-01) with ISO 8601 values."},
	{"cond-date-epoch.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Date values \"in epoch (UNIX) time\")", "Date operators accept epoch seconds in the policy: 1577836800 = 2020-01-01T00:00:00Z."},
	{"cond-date-equals.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (DateEquals / DateNotEquals, DateLessThanEquals, DateGreaterThanEquals)", "DateEquals compares instants: the same instant in ISO and epoch form is equal."},
	{"cond-date-tokenissuetime.json", "IAM User Guide, \"AWS global condition context keys\" (aws:TokenIssueTime is present for temporary credentials) + IAM User Guide, \"IAM JSON policy elements: Condition operators\"", "aws:TokenIssueTime is set for the session; DateGreaterThan on it works."},
	{"cond-date-missing-key.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (\"If the key that you specify in a policy condition is not present in the request context, the values do not match\")", "A Date condition on an absent key (aws:MultiFactorAuthAge, absent for GFT sessions) does not match."},
	{"cond-bool.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Bool; example \"Bool\": {\"aws:SecureTransport\": \"true\"})", "Bool aws:SecureTransport true matches true only."},
	{"cond-bool-json-boolean.json", "IAM User Guide, \"Grammar of the IAM JSON policy language\" (\"Quotation marks are optional for numeric and Boolean values\")", "A JSON boolean true in a Bool condition equals \"true\"."},
	{"cond-mfa-present-false.json", "IAM User Guide, \"AWS global condition context keys\" (aws:MultiFactorAuthPresent for temporary credentials); RULES.md#request-context (false for GFT, documented choice)", "Bool aws:MultiFactorAuthPresent true does not match a GetFederationToken session."},
	{"cond-mfa-boolifexists-deny.json", "IAM User Guide, \"AWS global condition context keys\" (aws:MultiFactorAuthPresent: deny with \"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}) + IAM User Guide, \"IAM JSON policy elements: Condition operators\"", "The documented Deny BoolIfExists aws:MultiFactorAuthPresent false denies a GFT session (no MFA)."},
	{"cond-binaryequals.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (BinaryEquals: \"compares the value of the specified key byte for byte against a base-64 encoded representation\")", "BinaryEquals matches the same bytes and not others."},
	{"cond-ipaddress-v4.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (IpAddress example \"203.0.113.0/24\"; \"If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32\")", "IpAddress matches addresses inside the CIDR; a bare address means /32."},
	{"cond-ipaddress-v6.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (IpAddress example \"2001:DB8:1234:5678::/64\")", "IpAddress matches IPv6 addresses in the prefix, in any letter case."},
	{"cond-notipaddress.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (NotIpAddress; negated operators are true when the key is absent)", "NotIpAddress matches addresses outside every listed range, and a missing aws:SourceIp."},
	{"cond-notipaddress-deny.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (the documented Deny NotIpAddress pattern)", "Deny NotIpAddress denies requests from outside the range."},
	{"cond-arnlike-segments.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike example: \"arn:aws:someservice:*:111122223333:finance/*\" does not match \"…:us-east-2:999999999999:store/abc:111122223333:finance/document.txt\" with ArnLike but does with StringLike)", "ArnLike compares colon segments separately; StringLike globs the whole string."},
	{"cond-stringlike-colons.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike example, StringLike half)", "The same pattern under StringLike matches across colons."},
	{"cond-arnequals-arnlike-identical.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnEquals and ArnLike \"behave identically\")", "ArnEquals accepts wildcards like ArnLike; ArnNotEquals negates."},
	{"cond-arnlike-case-sensitive.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike: \"Case-sensitive matching of the ARN\")", "ArnLike is case sensitive."},
	{"cond-null.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Null: \"true (the key doesn't exist — it is null) or false (the key exists and its value is not null)\")", "Null true matches an absent key; Null false matches a present key."},
	{"cond-null-false-session-keys.json", "IAM User Guide, \"AWS global condition context keys\" (aws:TokenIssueTime present for temporary credentials) + IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Null)", "Null false on aws:TokenIssueTime matches a session; Null true on it does not."},
	{"cond-ifexists-missing.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (…IfExists: \"If the key is not present, evaluate the condition element as true\"; ec2:InstanceType example)", "StringLikeIfExists is true when the key is absent and applies the test when present."},
	{"cond-ifexists-negated-deny.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (\"If you are using an \"Effect\": \"Deny\" element with a negated condition operator like StringNotEqualsIfExists, the request is still denied even if the tag is missing\")", "Deny StringNotEqualsIfExists denies when the key is absent and when it differs."},
	{"cond-numeric-ifexists.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (…IfExists applies to Numeric operators)", "NumericLessThanIfExists is true when the key is absent."},
	{"cond-forallvalues.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ForAllValues: \"returns true if every key value in the request matches at least one value in the policy. It also returns true if there are no keys in the request\"); IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\"", "ForAllValues:StringEquals on aws:TagKeys: subset → true, extra key → false, missing key or empty list → true."},
	{"cond-foranyvalue.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ForAnyValue: \"at least one member of the set of request values matches … For no matching key or a null dataset, the condition returns false\"); IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\"", "ForAnyValue:StringEquals: one overlap → true; none, missing key or empty list → false."},
	{"cond-forallvalues-stringlike.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (set operators combine with any string operator)", "ForAllValues:StringLike requires each request value to match some pattern."},
	{"cond-foranyvalue-deny.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (ForAnyValue in a Deny statement)", "Deny ForAnyValue:StringEquals denies when any requested tag key is forbidden."},
	{"var-userid-federated.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (\"The value for the aws:userid variable must be ACCOUNTNUMBER:caller-specified-name\") + IAM User Guide, \"IAM policy elements: Variables and tags\"", "${aws:userid} is 123456789012:Carol for the session."},
	{"var-username-absent.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (\"the variable ${aws:userName} isn't present if the principal is a federated user\") + IAM User Guide, \"IAM policy elements: Variables and tags\" (\"the resource that includes a policy variable with no value will not match any resource\")", "${aws:username} has no value for a federated session, so the resource matches nothing."},
	{"var-username-absent-condition.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"StringEquals or StringLike do not match\"; \"Inverted condition operators like StringNotEquals or StringNotLike do match against a null value\")", "A condition comparing with ${aws:username} does not match with StringEquals and does with StringNotEquals."},
	{"var-principaltag.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (${aws:PrincipalTag/key}) + IAM User Guide, \"Passing session tags in AWS STS\"", "${aws:PrincipalTag/team} resolves to the IAM user's tag."},
	{"var-principaltag-missing.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"the resource that includes a policy variable with no value will not match any resource\")", "An unset ${aws:PrincipalTag/team} matches nothing."},
	{"var-default-value.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (default values: \"DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/team, 'company-wide'}\")", "With no team tag the default company-wide is used."},
	{"var-default-value-tag-present.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (default values are used only when the key is absent)", "With team=blue the tag value is used, not the default."},
	{"var-default-username.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (default values) + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (aws:username absent for federated users)", "${aws:username, 'anonymous'} resolves to anonymous for a federated session."},
	{"var-special-star.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"${*} - use where you need an * (asterisk) character\")", "${*} is a literal asterisk, not a wildcard."},
	{"var-special-question-dollar.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"${?} - use where you need a ? (question mark) character\"; \"${$} - use where you need a $ (dollar sign) character\")", "${?} and ${$} are literal characters."},
	{"var-substituted-star-literal.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (special characters: a value is not a wildcard) ; RULES.md#policy-variables (\"A substituted value is literal\")", "A tag value * substituted into a Resource matches only a literal *."},
	{"var-version-2008-literal.json", "IAM User Guide, \"IAM JSON policy elements: Version\" (with 2008-10-17 \"variables such as ${aws:username} aren't recognized as variables and are instead treated as literal strings\")", "In a 2008-10-17 policy ${aws:userid} is literal text."},
	{"var-no-version-literal.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"If you don't include the Version element … variables like ${aws:username} are treated as literal strings\")", "In a policy without Version ${aws:userid} is literal text."},
	{"var-in-condition-stringlike.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (variables \"in string comparisons in the Condition element\"; s3:prefix home/${aws:username}/ example)", "StringLike s3:prefix home/${aws:userid}/* uses the session's userid."},
	{"var-key-case-insensitive.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"Key names are case-insensitive. For example, aws:CurrentTime is equivalent to AWS:currenttime\")", "${AWS:UserID} resolves like ${aws:userid}."},
	{"var-principaltag-session-override.json", "IAM User Guide, \"Passing session tags in AWS STS\" (\"New session tags override existing … federated user tags with the same tag key, regardless of case\"); STS API Reference, \"GetFederationToken\" (Department=Marketing / department=engineering)", "User tag Department=Marketing is overridden by session tag department=engineering."},
	{"var-principalarn-resource.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" + IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn is the session ARN)", "A condition value built with ${aws:PrincipalAccount} equals the session's aws:PrincipalArn."},
	{"ctx-principalarn.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn for \"AWS STS federated user sessions\": arn:aws:sts::123456789012:federated-user/user-name)", "aws:PrincipalArn is the federated-user ARN."},
	{"ctx-principalarn-not-user.json", "IAM User Guide, \"AWS global condition context keys\"", "aws:PrincipalArn is not the IAM user's ARN."},
	{"ctx-principaltype.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (Principal key values: FederatedUser) + IAM User Guide, \"AWS global condition context keys\"", "aws:PrincipalType is FederatedUser."},
	{"ctx-principaltype-not-user.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (Principal key values)", "aws:PrincipalType is not User."},
	{"ctx-principalaccount.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalAccount is included for all requests)", "aws:PrincipalAccount is the caller's account."},
	{"ctx-userid.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\"; STS API Reference, \"GetFederationToken\" (FederatedUserId 123456789012:Bob)", "aws:userid is ACCOUNT:NAME."},
	{"ctx-username-null.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" + IAM User Guide, \"AWS global condition context keys\" (aws:username only for IAM users)", "aws:username is absent for a federated session (Null true)."},
	{"ctx-tokenissuetime-present.json", "IAM User Guide, \"AWS global condition context keys\" (aws:TokenIssueTime \"included in the request context only when the principal uses temporary credentials\")", "aws:TokenIssueTime is present (Null false)."},
	{"ctx-mfa-present-false.json", "IAM User Guide, \"AWS global condition context keys\"; RULES.md#request-context (documented choice: present, false)", "aws:MultiFactorAuthPresent is present and false."},
	{"ctx-principaltag-override-case.json", "IAM User Guide, \"Passing session tags in AWS STS\" (\"regardless of case\"); STS API Reference, \"GetFederationToken\" (\"the session tag passed in the request takes precedence over the user tag\")", "aws:PrincipalTag/Department equals engineering when the session passes department=engineering over Department=Marketing."},
	{"ctx-principaltag-override-not-marketing.json", "IAM User Guide, \"Passing session tags in AWS STS\"; STS API Reference, \"GetFederationToken\"", "The overridden user tag value Marketing is gone."},
	{"ctx-principaltag-user-tag.json", "IAM User Guide, \"Passing session tags in AWS STS\" (\"the session principal tags include the user tags and the passed session tags\")", "User tags not overridden stay as principal tags alongside session tags."},
	{"ctx-principaltag-key-case.json", "IAM User Guide, \"IAM JSON policy elements: Condition\" (tag key names are not case sensitive)", "aws:PrincipalTag/costcenter reads the tag CostCenter."},
	{"ctx-principalisawsservice.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalIsAWSService false for requests signed by a principal)", "aws:PrincipalIsAWSService is false."},
	{"ctx-currenttime.json", "IAM User Guide, \"AWS global condition context keys\" (aws:CurrentTime and aws:EpochTime always included)", "aws:EpochTime is the request time in epoch seconds."},
	{"sts-name-length-1.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A one-character Name is a ValidationError."},
	{"sts-name-length-2.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A two-character Name is accepted."},
	{"sts-name-length-32.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A 32-character Name is accepted."},
	{"sts-name-length-33.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A 33-character Name is a ValidationError."},
	{"sts-name-space.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A Name with a space is a ValidationError."},
	{"sts-name-slash.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A Name with / is a ValidationError."},
	{"sts-name-allowed-chars.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "Name may contain letters, digits and + = , . @ - _."},
	{"sts-name-missing.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name (Name is required)", "A request without Name is a ValidationError."},
	{"sts-duration-899.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "DurationSeconds 899 is a ValidationError."},
	{"sts-duration-900.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "DurationSeconds 900 is accepted."},
	{"sts-duration-129600.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "DurationSeconds 129600 is accepted."},
	{"sts-duration-129601.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "DurationSeconds 129601 is a ValidationError."},
	{"sts-duration-default.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "Without DurationSeconds the session lasts 43200 seconds."},
	{"sts-duration-root-capped.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600) (root: longer is capped to one hour, not rejected)", "A root caller asking for 3601 seconds gets 3600."},
	{"sts-duration-root-default.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "A root caller without DurationSeconds gets 3600 seconds."},
	{"sts-duration-root-899.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "A root caller asking for 899 seconds still gets a ValidationError."},
	{"sts-policy-2049.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)", "A 2049-character Policy is a ValidationError."},
	{"sts-policy-2048.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)", "A 2048-character Policy is accepted."},
	{"sts-policy-bad-char.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)", "A Policy with a character above U+00FF is a ValidationError."},
	{"sts-policy-empty.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)", "An empty Policy is a ValidationError."},
	{"sts-policy-principal.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document (\"Policy document should not specify a principal.\")", "A session policy with Principal is MalformedPolicyDocument."},
	{"sts-policy-invalid-json.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document (\"The policy is not in the valid JSON format.\")", "A session policy that is not JSON is MalformedPolicyDocument."},
	{"sts-policy-bad-effect.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (Effect is Allow or Deny)", "A session policy with Effect Permit is MalformedPolicyDocument."},
	{"sts-policy-no-action.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (Action or NotAction required)", "A session policy statement without Action is MalformedPolicyDocument."},
	{"sts-policyarns-11.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: up to 10 managed policies in the caller's account)", "Eleven PolicyArns are a ValidationError."},
	{"sts-policyarns-10.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: up to 10 managed policies in the caller's account)", "Ten PolicyArns are accepted."},
	{"sts-policyarns-unknown.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: up to 10 managed policies in the caller's account); engine choice per sts package (message \"Policy … does not exist or is not attachable.\" UNCONFIRMED)", "A PolicyArn naming no managed policy fails with MalformedPolicyDocument."},
	{"sts-tags-51.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "51 session tags are a ValidationError."},
	{"sts-tags-50.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "50 session tags are accepted (within the packed size)."},
	{"sts-tag-key-129.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "A 129-character tag key is a ValidationError."},
	{"sts-tag-key-128.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "A 128-character tag key is accepted."},
	{"sts-tag-value-257.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "A 257-character tag value is a ValidationError."},
	{"sts-tag-value-empty.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive)", "An empty tag value is accepted."},
	{"sts-tag-aws-prefix.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive); IAM User Guide, \"Tagging IAM resources\" (\"You can't create tag keys or values that begin with aws:\")", "A tag key starting with aws: is refused."},
	{"sts-tag-duplicate-case.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive) (\"you cannot have separate Department and department tag keys\"); code per RULES.md#tags (UNCONFIRMED for STS)", "Two tag keys differing only in case are refused."},
	{"sts-tag-bad-char.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive) (pattern [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", "A tag value with a comma is a ValidationError."},
	{"sts-tagsession-missing.json", "IAM User Guide, \"Passing session tags in AWS STS\" (the caller needs sts:TagSession to pass session tags)", "Passing Tags without sts:TagSession permission is AccessDenied."},
	{"sts-tagsession-allowed.json", "IAM User Guide, \"Passing session tags in AWS STS\"", "With sts:TagSession the tags become principal tags."},
	{"caller-no-permission.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME)", "An IAM user with no sts:GetFederationToken permission gets AccessDenied."},
	{"caller-explicit-deny.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) (explicit deny wins)", "An explicit Deny on sts:GetFederationToken beats an allow."},
	{"caller-boundary-not-allowing.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"Permissions boundaries for IAM entities\" (boundary limits the user's permissions)", "A boundary that does not allow sts:GetFederationToken makes the call AccessDenied."},
	{"caller-boundary-allowing.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"Permissions boundaries for IAM entities\"", "A boundary that allows sts:GetFederationToken lets the call succeed."},
	{"caller-notresource.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: NotResource\"", "Allow sts:GetFederationToken NotResource federated-user/Carol refuses Carol."},
	{"caller-notresource-other.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: NotResource\"", "The same NotResource policy allows the name Bob."},
	{"caller-condition-not-met.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: Condition operators\"", "An allow conditioned on aws:MultiFactorAuthPresent true does not cover a call without MFA."},
	{"caller-root.json", "STS API Reference, \"GetFederationToken\" (root user may call GetFederationToken)", "The root user needs no policy to call GetFederationToken."},
	{"caller-notaction.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: NotAction\"", "Allow NotAction iam:* covers sts:GetFederationToken."},
	{"caller-tagsession-condition.json", "IAM User Guide, \"Passing session tags in AWS STS\" (aws:RequestTag / aws:TagKeys on sts:TagSession)", "sts:TagSession allowed only for aws:TagKeys ⊆ {project} refuses a team tag."},
	{"caller-tagsession-condition-ok.json", "IAM User Guide, \"Passing session tags in AWS STS\" (aws:RequestTag / aws:TagKeys on sts:TagSession)", "sts:TagSession allowed for aws:RequestTag/project=alpha accepts project=alpha."},
	{"sts-policy-duplicate-sid.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Sid\" (\"supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)\"; \"must be unique within a JSON policy\")", "A session policy with two statements sharing a Sid is MalformedPolicyDocument."},
	{"sts-policy-sid-space.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Sid\" (\"supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)\"; \"must be unique within a JSON policy\")", "A session policy whose Sid has a space is MalformedPolicyDocument."},
	{"sts-policy-unknown-element.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (the statement's elements)", "A session policy statement with an unknown element is MalformedPolicyDocument."},
	{"sts-policy-resource-not-arn.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Resource\" (a resource is an ARN or \"*\")", "A session policy with Resource productionapp/* is MalformedPolicyDocument."},
	{"sts-policy-action-no-vendor.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Action\" (actions are service:action)", "A session policy with Action GetObject (no service prefix) is MalformedPolicyDocument."},
	{"sts-policy-bad-version.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Version\" (only 2008-10-17 and 2012-10-17)", "A session policy with Version 2012-10-18 is MalformedPolicyDocument."},
	{"sts-policy-statement-object.json", "IAM User Guide, \"IAM JSON policy elements: Statement\" (\"can contain a single statement or an array\")", "A session policy whose Statement is a single object works."},
	{"sts-tags-packed-too-large.json", "IAM User Guide, \"Passing session tags in AWS STS\" (\"The plaintext session tag keys can't exceed 128 characters and the values can't exceed 256 characters\" and are packed with a separate limit) + STS API Reference, \"GetFederationToken\" (PackedPolicyTooLarge); RULES.md#packed-policy-size (\"Packed size of session tags consumes 498% of allotted space.\")", "50 session tags of 128-character keys and 256-character random values exceed the packed limit."},
	{"sts-policy-2048-latin1.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+) (the limit counts characters, not UTF-8 bytes)", "A 2048-character Policy with Latin-1 letters (2056 UTF-8 bytes) is accepted."},
	{"sts-tag-value-256-latin1.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive) (length in characters; \\p{L} letters allowed)", "A 256-character tag value of accented letters is accepted."},
	{"sts-root-tags-no-tagsession-policy.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the root user has full access to its account)", "The root user may pass session tags without any policy."},
	{"caller-boundary-denies-tagsession.json", "IAM User Guide, \"Passing session tags in AWS STS\" + IAM User Guide, \"Permissions boundaries for IAM entities\" + IAM User Guide, \"Policy evaluation logic\"", "A boundary Deny on sts:TagSession makes a call with tags AccessDenied."},
	{"notprincipal-deny-boundary.json", "IAM User Guide, \"AWS JSON policy elements: NotPrincipal\" (\"The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions boundary policy attached, regardless of the values specified in the NotPrincipal element\") + IAM User Guide, \"Permissions boundaries for IAM entities\" (the boundary applies to the user's federated sessions)", "Deny with NotPrincipal listing the session and its account still denies a session whose IAM user has a boundary."},
	{"resource-policy-other-resource.json", "IAM User Guide, \"Policy evaluation logic\" (a resource-based policy governs only the resource it is attached to)", "A bucket policy on otherbucket neither grants nor denies objects of productionapp."},
	{"resource-policy-notaction-session.json", "IAM User Guide, \"Permissions for GetFederationToken\" + IAM User Guide, \"IAM JSON policy elements: NotAction\"", "A same-account bucket policy Allow with NotAction s3:DeleteObject for the session grants everything else on its resources."},
	{"restriction-only-iam-and-sts.json", "STS API Reference, \"GetFederationToken\" (the restriction names IAM and STS operations only)", "Services whose prefix merely starts with iam or sts (iamrolesanywhere) are not restricted."},
	{"resource-account-segment-trailing-star.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"If the wildcard (*) is the last character of a resource ARN segment, it can expand to match beyond colon boundaries\")", "arn:aws:sqs:us-east-1:* matches queues of that region only."},
	{"resource-colons-in-resource-part.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (the resource part may contain colons; e.g. CloudWatch Logs log-stream ARNs)", "log-group:app:* matches the log streams of log group app and not of app2."},
	{"cond-foranyvalue-negated.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (ForAnyValue with a negated operator: at least one request value matches none of the policy values)", "ForAnyValue:StringNotEquals [a] is true for [a,b] and false for [a] or a missing key."},
	{"cond-forallvalues-negated.json", "IAM User Guide, \"Set operators for multivalued context keys\" / \"Creating a condition with multiple keys or values\" (ForAllValues with a negated operator: every request value matches none of the policy values)", "ForAllValues:StringNotEquals [a,b] is true for [x,y] and a missing key, false for [a,x]."},
	{"cond-forallvalues-empty-string.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ForAllValues \"also returns true if there are no keys in the request, or if the key values resolve to a null data set, such as an empty string\")", "ForAllValues is true when the request key's value is an empty string."},
	{"cond-foranyvalue-empty-string.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ForAnyValue: \"For no matching key or a null dataset, the condition returns false\")", "ForAnyValue is false when the request key's value is an empty string."},
	{"cond-date-w3c-forms.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Date values in \"W3C implementations of the ISO 8601 date formats\": date only, fractional seconds, time-zone offsets)", "2025-12-31 (date only), 2026-01-01T00:30:00+01:00 (offset) and 2026-01-01T00:00:00.500Z (fraction) compare as instants."},
	{"cond-date-signed-epoch-refused.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) (Date values \"in epoch (UNIX) time\": whole seconds since 1970, no sign; inferred)", "A session policy comparing aws:CurrentTime with -1700000000 is refused as malformed, never evaluated."},
	{"cond-date-fraction-epoch-refused.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) (Date values \"in epoch (UNIX) time\": whole seconds; inferred)", "A session policy comparing aws:CurrentTime with 1700000000.25 is refused as malformed."},
	{"cond-date-zone-without-colon-refused.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) (\"W3C implementations of the ISO 8601 date formats\") + W3C, \"Date and Time Formats\" (https://www.w3.org/TR/NOTE-datetime) (TZD is \"Z or +hh:mm or -hh:mm\")", "A time-zone offset written +0100 is not W3C's form: the session policy is refused as malformed."},
	{"cond-date-lowercase-t-refused.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) (\"W3C implementations of the ISO 8601 date formats\") + W3C, \"Date and Time Formats\" (https://www.w3.org/TR/NOTE-datetime) (the letter T separates date and time)", "A date written with a lowercase t is not W3C's form: the session policy is refused as malformed."},
	{"cond-numeric-not-decimal-never-matches.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) (Numeric operators compare \"an integer or decimal value\")", "Inf, NaN, 0x1p-2 and 1_000 are not integers or decimals, so NumericLessThan with only those values never matches."},
	{"cond-numeric-decimal.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Numeric operators compare \"integer or decimal\" values)", "NumericLessThan 10.5 is true for 10 and false for 11."},
	{"cond-null-false-missing.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Null false: the key exists)", "Null false is false for an absent key and true for a present one."},
	{"cond-stringlike-star-empty.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringLike: * matches any sequence, including none; a missing key never matches)", "StringLike * matches an empty value but not a missing key."},
	{"cond-ipaddress-v6-bare.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (an address without a prefix is a single address)", "IpAddress 2001:db8::1 matches only that IPv6 address."},
	{"cond-mfa-age-absent.json", "IAM User Guide, \"AWS global condition context keys\" (aws:MultiFactorAuthAge is present only when MFA was used); RULES.md#request-context", "A Numeric condition on aws:MultiFactorAuthAge does not match a GetFederationToken session."},
	{"cond-date-tokenissuetime-epoch.json", "IAM User Guide, \"AWS global condition context keys\" + IAM User Guide, \"IAM JSON policy elements: Condition operators\" (epoch values)", "aws:TokenIssueTime (2026-01-01T00:00:00Z) is later than epoch 1767225599."},
	{"sts-policy-2049-xml-special.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+); RULES.md#error-document (the message travels in the XML ErrorResponse)", "A 2049-character Policy holding < & > and quotes is a ValidationError whose message quotes the policy and survives XML escaping."},
	{"cond-null-false-empty-value.json", "IAM User Guide, \"Multivalued context key examples\" (\"To prevent missing context keys or context keys with empty values from evaluating to true, include the Null condition operator in your policy with a value of false\")", "Null false does not match a key whose value is an empty string."},
	{"mvx-deny-forallvalues-null.json", "IAM User Guide, \"Multivalued context key examples\" (DenyRestrictedTags: Null false + ForAllValues:StringLike key1*, key2*, key3*)", "The documented Deny applies only when tag keys are present and all match a listed prefix."},
	{"mvx-deny-foranyvalue.json", "IAM User Guide, \"Multivalued context key examples\" (Deny with ForAnyValue:StringEquals aws:TagKeys [environment, webserver] on ec2:CreateSnapshot)", "The Deny applies when any requested tag key is environment or webserver."},
	{"ops-stringlike-prefix-username.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringLike s3:prefix [\"\", \"home/\", \"home/${aws:username}/\"] example) + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\"", "For a federated session the ${aws:username} value matches nothing while \"\" and home/ still match."},
	{"ops-null-tokenissuetime.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Null example: \"Null\":{\"aws:TokenIssueTime\":\"true\"} is true only for long-term credentials) + IAM User Guide, \"AWS global condition context keys\"", "A Deny for requests without temporary credentials does not apply to a GetFederationToken session."},
	{"ops-securetransport-deny.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Bool example: deny when \"aws:SecureTransport\": \"false\")", "Deny Bool aws:SecureTransport false denies plain HTTP requests only."},
	{"ops-ip-mixed-v4-v6.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (IpAddress example mixing \"203.0.113.0/24\" and \"2001:DB8:1234:5678::/64\")", "One IpAddress condition can list IPv4 and IPv6 ranges; either matches."},
	{"ops-currenttime-window.json", "IAM User Guide, \"AWS global condition context keys\" (aws:CurrentTime example: allow only within a date range with DateGreaterThan and DateLessThan)", "Access is allowed only between 2025-06-01 and 2026-06-01 (the clock is 2026-01-01)."},
	{"ctx-principalorgid-absent.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalOrgID is included only when the account is a member of an organization; the scenario has none)", "A condition on aws:PrincipalOrgID does not match; its negation does."},
	{"ctx-federatedprovider-absent.json", "IAM User Guide, \"AWS global condition context keys\" (aws:FederatedProvider is for web identity and SAML sessions); RULES.md#request-context", "aws:FederatedProvider is absent for a GetFederationToken session (Null true)."},
	{"notaction-mfa-deny.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" (Deny NotAction … with \"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}) + IAM User Guide, \"Requesting temporary security credentials\" (footnote on GetCallerIdentity)", "The documented MFA-enforcing Deny denies everything but the listed actions for a session without MFA; GetCallerIdentity still works."},
	{"keys-requestedregion-deny.json", "IAM User Guide, \"AWS global condition context keys\" (aws:RequestedRegion example: Deny NotAction global services when aws:RequestedRegion is not an allowed Region)", "A Deny with StringNotEquals aws:RequestedRegion [eu-central-1, eu-west-1] denies other Regions."},
	{"resource-ec2-wildcards.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (e.g. \"arn:aws:ec2:*:*:instance/*\")", "Wildcards in the region and account segments match any instance ARN."},
	{"caller-principaltag-condition.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalTag of the calling IAM user)", "sts:GetFederationToken allowed when the caller is tagged role=broker."},
	{"caller-principaltag-condition-denied.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"AWS global condition context keys\"", "The same policy refuses a caller tagged role=reader."},
	{"caller-username-variable.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM policy elements: Variables and tags\" + IAM User Guide, \"AWS global condition context keys\" (aws:username is \"always included in the request context for IAM users\")", "A caller policy on federated-user/${aws:username}-* lets token-app federate token-app-Jean."},
	{"caller-username-variable-denied.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM policy elements: Variables and tags\"", "The same policy refuses the name Jean."},
	{"caller-federated-user-star.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: Resource\"", "sts:GetFederationToken on federated-user/* allows any name."},
	{"caller-other-account-resource.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM JSON policy elements: Resource\"", "sts:GetFederationToken allowed only on another account's federated users refuses the call."},
	{"var-notresource-missing.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"If a variable that has no value … is used as part of the Resource or NotResource element of a policy, the resource that includes a policy variable with no value will not match any resource\")", "A NotResource entry built on ${aws:username} matches nothing, so Deny NotResource applies to every resource of the session."},
	{"var-principaltag-key-case.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"Key names are case-insensitive\") + IAM User Guide, \"IAM JSON policy elements: Condition\"", "${aws:PrincipalTag/TEAM} reads the tag team."},
	{"var-2008-condition-literal.json", "IAM User Guide, \"IAM JSON policy elements: Version\" (2008-10-17: variables are literal strings, in conditions too)", "In a 2008-10-17 policy StringEquals \"${aws:userid}\" compares with the literal text."},
	{"var-in-arnlike.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (variables work with \"the string operators or the ARN operators\")", "ArnLike with ${aws:PrincipalAccount} in the account segment matches the session's account."},
	{"principal-star-same-account-boundary.json", "IAM User Guide, \"AWS JSON policy elements: Principal\" (\"*\") + RULES.md#resource-grant-session (behaves like a grant to the session: not limited by a boundary)", "Principal \"*\" in a same-account policy is not limited by the caller's boundary."},
	{"principal-session-condition-session-tag.json", "IAM User Guide, \"Permissions for GetFederationToken\" + IAM User Guide, \"Passing session tags in AWS STS\" (session tags are the session's aws:PrincipalTag in every policy)", "A bucket policy granting the session on aws:PrincipalTag/team = blue is met by the session tag team=blue."},
	{"root-session-resource-grant.json", "IAM User Guide, \"Permissions for GetFederationToken\" (a resource policy naming the session grants it without a session policy) + STS API Reference, \"GetFederationToken\" (root may call GetFederationToken)", "A session created by the root user is granted by a same-account bucket policy naming it."},
	{"action-suffix-star.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (wildcards anywhere in the action name)", "s3:*Object matches GetObject and PutObject, not GetObjectAcl."},
	{"notaction-wildcard.json", "IAM User Guide, \"IAM JSON policy elements: NotAction\" (NotAction values may use wildcards)", "Allow NotAction s3:Get* allows PutObject but not GetObject."},
	{"resource-s3-star-forms.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (S3 ARNs: arn:aws:s3:::* and arn:aws:s3:::*/*)", "arn:aws:s3:::*/* matches objects only; arn:aws:s3:::* matches buckets and objects."},
	{"resource-question-slash.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"any single character with a question mark (?)\"; \"/\" is an ordinary character of the resource segment)", "productionapp/a?b matches a/b and axb but not ab."},
	{"resource-empty-region.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (each segment is matched separately; an empty segment matches only an empty one)", "arn:aws:sqs::ACCT:q (no region) does not match a queue ARN with a region."},
	{"cond-stringequals-json-number.json", "IAM User Guide, \"Grammar of the IAM JSON policy language\" (\"Quotation marks are optional for numeric and Boolean values\")", "StringEquals with the JSON number 10 equals the request value \"10\"."},
	{"cond-date-epochtime-iso.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (Date operators compare aws:EpochTime with ISO 8601 policy values) + IAM User Guide, \"AWS global condition context keys\"", "DateLessThan aws:EpochTime 2030-01-01T00:00:00Z is true in 2026."},
	{"cond-arnlike-fewer-segments.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike: \"Each of the six colon-delimited components of the ARN is checked separately\")", "ArnLike arn:aws:s3:::bucket does not match arn:aws:s3:::bucket/key."},
	{"sts-policy-whitespace-chars.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+) (tab, line feed and carriage return are allowed)", "A session policy laid out with tabs and CRLF line ends is accepted."},
	{"sts-policy-control-char.json", "STS API Reference, \"GetFederationToken\" (Policy: length 1–2048, pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)", "A session policy with the control character U+0001 is a ValidationError."},
	{"sts-policy-whitespace-only.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document (text that is not JSON)", "A Policy of spaces passes the length and pattern rules and is MalformedPolicyDocument."},
	{"sts-policyarn-short.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: up to 10 managed policies in the caller's account) (arnType length 20–2048)", "A PolicyArn shorter than 20 characters is a ValidationError."},
	{"sts-tag-key-allowed-chars.json", "STS API Reference, \"GetFederationToken\" (Tags: at most 50; Key 1–128, Value 0–256; aws: reserved; keys case-insensitive) (pattern [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)", "A tag key with space, : / = + - @ _ . is accepted."},
	{"ctx-always-present-principal-time.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn, aws:PrincipalAccount, aws:CurrentTime and aws:EpochTime are \"always included in the request context\")", "Null false holds for the keys AWS always includes."},
	{"ctx-always-present-transport-region.json", "IAM User Guide, \"AWS global condition context keys\" (aws:SecureTransport and aws:RequestedRegion: \"This key is always included in the request context\"); RULES.md#request-context table", "Null false holds for aws:SecureTransport and aws:RequestedRegion even when the check supplies no value for them."},
	{"caller-mfa-boolifexists-deny.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"AWS global condition context keys\" (aws:MultiFactorAuthPresent: \"not present\" for long-term IAM user access keys; \"BoolIfExists\" denies them, \"Bool\" does not)", "Deny * with BoolIfExists aws:MultiFactorAuthPresent false refuses GetFederationToken called with the user's access keys."},
	{"caller-mfa-bool-deny-not-applied.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"AWS global condition context keys\" (aws:MultiFactorAuthPresent: \"not present\" for long-term IAM user access keys; \"BoolIfExists\" denies them, \"Bool\" does not)", "Deny * with Bool (no IfExists) aws:MultiFactorAuthPresent false does not apply to long-term keys, so the call succeeds."},
	{"caller-tokenissuetime-absent.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"AWS global condition context keys\" (aws:TokenIssueTime is \"included in the request context only when the principal uses temporary credentials\")", "A Deny on requests made with temporary credentials (Null aws:TokenIssueTime false) does not stop the IAM user's call."},
	{"caller-principaltype-user.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Policy evaluation logic\" (the caller needs sts:GetFederationToken on arn:aws:sts::ACCT:federated-user/NAME) + IAM User Guide, \"IAM policy elements: Variables and tags\" (Principal key values: User) + IAM User Guide, \"AWS global condition context keys\"", "The caller's aws:PrincipalType is User and aws:PrincipalArn its user ARN."},
	{"sts-two-validation-errors.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name + STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600); RULES.md#duration-seconds (\"N validation errors detected: …; …\", UNCONFIRMED order)", "A request with a bad Name and a bad DurationSeconds is one ValidationError that counts both."},
	{"sts-duration-root-900.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600, default 43200; root maximum 3600)", "A root caller asking for 900 seconds gets 900 (the cap only shortens)."},
	{"identity-username-variable-in-session.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (\"the variable ${aws:userName} isn't present if the principal is a federated user\") + IAM User Guide, \"IAM policy elements: Variables and tags\"", "token-app's own policy on home/${aws:username}/* does not match during the federated session, even for home/token-app/."},
	{"identity-principaltype-condition-in-session.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalType is FederatedUser for the session) + IAM User Guide, \"Permissions for GetFederationToken\"", "A statement of token-app's policy conditioned on aws:PrincipalType User does not apply to the session; one on FederatedUser does."},
	{"resource-policy-userid-variable.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (variables in resource-based policies) + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (aws:userid ACCOUNT:NAME)", "A bucket policy granting the session home/${aws:userid}/* allows Carol's own prefix only."},
	{"resource-policy-username-variable.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\"", "A bucket policy granting the session home/${aws:username}/* matches nothing for a federated session."},
	{"cond-arnlike-resource-segment-colons.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike: the sixth component is the rest of the ARN, so * in it spans colons)", "ArnLike arn:aws:logs:*:*:log-group:* matches a log-stream ARN whose resource part has colons."},
	{"principal-session-name-special-chars.json", "IAM User Guide, \"Permissions for GetFederationToken\" + STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name", "A session named jean.doe@example.com is matched by a bucket policy naming that exact federated-user ARN."},
	{"ctx-root-created-session.json", "IAM User Guide, \"AWS global condition context keys\" + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (a session created by the root user has the same federated-user principal)", "A session created by the root user has aws:PrincipalArn federated-user/Carol, aws:userid ACCOUNT:Carol and type FederatedUser."},
	{"seed-sdk-example-testfedusersession.json", "STS API Reference / SDK examples, \"To get temporary credentials for a role by using GetFederationToken\" (botocore sts examples-1.json; response PackedPolicySize 8)", "The SDK example request (s3:ListAllMyBuckets policy, tags Project=Pegasus and Cost-Center=98765) succeeds and the session may list buckets only."},
	{"var-username-absent-deny-negated.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"Inverted condition operators like StringNotEquals or StringNotLike do match against a null value\")", "A Deny with StringNotEquals against ${aws:username} applies to a federated session."},
	{"var-principaltype-resource.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"You can use any single-valued condition key as a variable\")", "${aws:PrincipalType} and ${aws:PrincipalAccount} substitute FederatedUser and the account."},
	{"resource-multiple-wildcards.json", "IAM User Guide, \"IAM JSON policy elements: Resource\" (\"You can use multiple * or ? characters in each segment\")", "productionapp/*a*b* matches xaxbx and ab but not xbxa; *? needs at least one character."},
	{"cond-stringlike-multiple-wildcards.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringLike: wildcards anywhere in the string, several of them)", "StringLike */*/* matches a/b/c and //, not a/b."},
	{"cond-arnlike-question-mark.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (ArnLike: \"each can include * or ?\"; * may match an empty component)", "ArnLike arn:aws:sns:us-east-?:*:t? matches us-east-1 topic t1, not us-east-10 or t12; arn:aws:s3:*:*:bucket matches arn:aws:s3:::bucket."},
	{"action-multiple-wildcards.json", "IAM User Guide, \"IAM JSON policy elements: Action\" (several wildcards in one action name)", "s3:*Object* matches GetObjectTagging and PutObject, not ListBucket."},
	{"sts-policy-operator-case.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument); RULES.md#malformed-policy-document; condition operator names are case sensitive: IAM answered \"MalformedPolicyDocument: Invalid Condition type : stringEquals\" (recorded in ministryofjustice/modernisation-platform-environments#8893; RULES.md#operator-names has no AWS statement)", "A session policy spelling the operator stringEquals is MalformedPolicyDocument."},
	{"identity-allow-and-deny-notresource.json", "IAM User Guide, \"Policy evaluation logic\" (\"An explicit deny in any policy overrides any allows\"; all identity-based policies are evaluated together) + IAM User Guide, \"IAM JSON policy elements: NotResource\" (NotResource with Deny denies every resource not listed)", "An Allow s3:* in one identity policy and a Deny s3:* NotResource productionapp in another leave only productionapp usable."},
	{"boundary-notaction-allow.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" (\"allows it to perform only the actions that are allowed by both its identity-based policies and its permissions boundaries\") + IAM User Guide, \"IAM JSON policy elements: NotAction\" (Allow NotAction matches everything except the listed actions)", "A boundary Allow NotAction sqs:* lets the session use S3 but not SQS, though identity and session policies allow both."},
	{"boundary-deny-notaction.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" + IAM User Guide, \"IAM JSON policy elements: NotAction\" (Deny NotAction \"explicitly denies the actions not listed\")", "A boundary that allows * but denies NotAction [s3:*, sts:*] makes SQS an explicit deny for the session."},
	{"boundary-shirley-no-sts.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" (ShirleyRodriguez example: a boundary allowing only s3:*, cloudwatch:* and ec2:* means the user \"can't perform operations in any other service, including IAM, even if she has a permissions policy that allows it\") + STS API Reference, \"GetFederationToken\" (the caller needs sts:GetFederationToken)", "A caller whose boundary allows only S3, CloudWatch and EC2 cannot call GetFederationToken even though its identity policy allows it."},
	{"boundary-shirley-session.json", "IAM User Guide, \"Permissions boundaries for IAM entities\" (ShirleyRodriguez example boundary s3:*, cloudwatch:*, ec2:*) + IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"the intersection of the session policy, the permissions boundary, and the identity-based policy\")", "With the example boundary plus sts:GetFederationToken, the session gets S3 and CloudWatch (allowed everywhere), not SQS (boundary) nor EC2 (identity)."},
	{"session-notaction-allow.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) + IAM User Guide, \"IAM JSON policy elements: NotAction\" (Allow NotAction in the session policy) + STS API Reference, \"GetFederationToken\" (no IAM operations)", "A session policy Allow NotAction s3:DeleteObject grants what the identity policy allows except DeleteObject; IAM stays refused."},
	{"managed-two-policyarns-union.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: \"the session permissions are the intersection of the IAM user policies and the session policies that you pass\") ; RULES.md#session-policies (session policies are one set; documented choice)", "Two managed session policies and no inline Policy: each one's allow counts; an action neither allows is denied."},
	{"managed-beyond-identity.json", "IAM User Guide, \"Permissions for GetFederationToken\" (\"You cannot use the session policy to grant more permissions than those allowed by the identity-based policy\") + STS API Reference, \"GetFederationToken\" (PolicyArns)", "A managed session policy allowing sns:* grants nothing the IAM user's identity policy does not allow."},
	{"managed-deny-notresource.json", "STS API Reference, \"GetFederationToken\" (PolicyArns are session policies) + IAM User Guide, \"Policy evaluation logic\" + IAM User Guide, \"IAM JSON policy elements: NotResource\"", "A managed session policy Deny s3:* NotResource productionapp/* limits the inline policy's s3:* to productionapp objects."},
	{"managed-deny-overrides-session-arn-grant.json", "IAM User Guide, \"Policy evaluation logic\" (\"An explicit deny in any policy overrides any allows\") + STS API Reference, \"GetFederationToken\" (PolicyArns are session policies) + IAM User Guide, \"Permissions for GetFederationToken\" (Carol bucket policy)", "A Deny in a managed session policy overrides a same-account bucket policy that names the session."},
	{"inline-deny-managed-allow.json", "IAM User Guide, \"Policies and permissions in IAM\" (Session policies) (\"An explicit deny in any of these policies overrides the allow\") + STS API Reference, \"GetFederationToken\" (PolicyArns)", "A Deny in the inline session policy beats an Allow of the same action in a managed session policy."},
	{"managed-not-passed-ignored.json", "STS API Reference, \"GetFederationToken\" (only the policies named in PolicyArns become session policies)", "A managed policy of the account that the request does not name in PolicyArns neither allows nor denies."},
	{"gci-deny-managed.json", "IAM User Guide, \"Requesting temporary security credentials\" (footnote on GetCallerIdentity: \"you can still perform this operation\") + STS API Reference, \"GetFederationToken\" (PolicyArns)", "sts:GetCallerIdentity stays allowed when a managed session policy denies everything."},
	{"bucket-policy-governs-objects.json", "IAM User Guide, \"Permissions for GetFederationToken\" (Carol example: a bucket policy on productionapp grants s3:GetObject on its objects) + IAM User Guide, \"Policy evaluation logic\"", "A bucket policy attached to productionapp grants the session its objects, not objects of the look-alike bucket productionapp-logs."},
	{"queue-policy-other-queue.json", "IAM User Guide, \"Policy evaluation logic\" (a resource-based policy applies to the resource it is attached to) + IAM User Guide, \"Permissions for GetFederationToken\"", "A queue policy on q1 whose Resource is * grants the session q1 only; q2 is not governed by it."},
	{"queue-deny-other-queue.json", "IAM User Guide, \"Policy evaluation logic\" (a resource-based policy applies to the resource it is attached to)", "A Deny * in the policy of queue q1 does not deny requests on queue q2."},
	{"bucket-policy-deny-objects.json", "IAM User Guide, \"Policy evaluation logic\" + IAM User Guide, \"AWS JSON policy elements: Principal\" (\"*\") ", "A bucket policy Deny * s3:DeleteObject on productionapp/* denies the session there and nowhere else."},
	{"two-bucket-policies-same-bucket.json", "IAM User Guide, \"Policy evaluation logic\" (all applicable policies are evaluated; an explicit deny overrides) + IAM User Guide, \"Permissions for GetFederationToken\"", "Two resource policies on the same bucket: one grants the session, the other denies one action."},
	{"xacct-bucket-allow-and-deny.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"The request is allowed only if both evaluations return a decision of Allow\") + IAM User Guide, \"Policy evaluation logic\" (explicit deny overrides)", "A partner-account bucket policy that grants the session and denies DeleteObject: GetObject allowed, DeleteObject explicitly denied."},
	{"xacct-session-policy-narrower.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (the trusted account evaluates \"the identity-based policy and any policies that can limit an identity-based policy\") + IAM User Guide, \"Policies and permissions in IAM\" (Session policies)", "A partner bucket granting the session ARN is not enough when the session policy does not allow the action."},
	{"xacct-other-resource-policy.json", "IAM User Guide, \"Cross-account policy evaluation logic\" (\"the resource-based policy in AccountB must allow the requester\") + IAM User Guide, \"Policy evaluation logic\" (a resource-based policy applies to its resource)", "A grant on another bucket of the partner account does not open partnerbucket, whose own policy grants only its account."},
	{"xacct-boundary-and-account-grant.json", "IAM User Guide, \"Cross-account policy evaluation logic\" + IAM User Guide, \"Permissions boundaries for IAM entities\" + IAM User Guide, \"AWS JSON policy elements: Principal\" (account principal)", "A partner bucket granting the caller's account, with identity, boundary and session policies all allowing, is allowed; an action outside the boundary is not."},
	{"xacct-identity-deny-notresource.json", "IAM User Guide, \"Cross-account policy evaluation logic\" + IAM User Guide, \"Policy evaluation logic\" (explicit deny) + IAM User Guide, \"IAM JSON policy elements: NotResource\"", "An identity policy Deny s3:* NotResource own buckets blocks a partner bucket that grants the session."},
	{"sts-name-special-chars-arn-userid.json", "STS API Reference, \"GetFederationToken\" (Name pattern [\\w+=,.@-]*; FederatedUser Arn and FederatedUserId ACCOUNT:NAME) + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (aws:userid is ACCOUNTNUMBER:caller-specified-name) + IAM User Guide, \"Permissions for GetFederationToken\"", "A Name using every allowed punctuation character appears unchanged in the session ARN (bucket-policy principal) and in ${aws:userid}."},
	{"sts-name-special-chars-principalarn.json", "IAM User Guide, \"AWS global condition context keys\" (aws:PrincipalArn of a federated user session: arn:aws:sts::ACCT:federated-user/user-name) + STS API Reference, \"GetFederationToken\"", "aws:PrincipalArn and aws:userid carry a Name with special characters verbatim."},
	{"sts-name-32-special.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*)", "A 32-character Name made of allowed punctuation, digits and _ is accepted and named in the bucket policy principal."},
	{"sts-name-two-chars-userid.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32) + re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\"", "A two-character Name works in ${aws:userid}."},
	{"sts-name-xml-special.json", "STS API Reference, \"GetFederationToken\" (Name pattern [\\w+=,.@-]*); RULES.md#validation-error (message form) and RULES.md#error-document (the message travels in the XML ErrorResponse)", "A Name holding < and & is a ValidationError whose message quotes the Name (escaped in the XML)."},
	{"sts-name-colon.json", "STS API Reference, \"GetFederationToken\" (Name pattern [\\w+=,.@-]*); RULES.md#name (the same constraint on roleSessionName refuses 'a:b', JuliaCloud/AWSCore.jl#38)", "A Name with a colon is a ValidationError."},
	{"sts-name-empty.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32); RULES.md#name (UNCONFIRMED wording)", "An empty Name is a ValidationError (too short), not a missing member."},
	{"sts-name-non-ascii-letter.json", "STS API Reference, \"GetFederationToken\" (Name pattern [\\w+=,.@-]*: \\w is [a-zA-Z_0-9] in the Java regular expressions AWS's models use; UNCONFIRMED against live STS)", "A Name with the letter é does not satisfy the pattern."},
	{"sts-name-1-and-bad-pattern.json", "STS API Reference, \"GetFederationToken\" (Name: length 2–32, pattern [\\w+=,.@-]*); RULES.md#name (\"N validation errors detected: …; …\", UNCONFIRMED)", "A one-character Name that also breaks the pattern is a ValidationError counting two violations."},
	{"sts-duration-absent-checks.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds: \"The default is 43,200 seconds (12 hours)\")", "Without DurationSeconds the session is created (12 hours) and works."},
	{"sts-duration-root-3600.json", "STS API Reference, \"GetFederationToken\" (root: \"maximum duration of 3,600 seconds (1 hour)\")", "A root caller asking for exactly 3600 seconds gets a session."},
	{"sts-duration-root-129600.json", "STS API Reference, \"GetFederationToken\" (root: longer durations are capped to one hour, not rejected; RULES.md#duration-seconds)", "A root caller asking for 129600 seconds still gets a session (capped)."},
	{"sts-duration-root-129601.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600: the range applies before the root cap)", "A root caller asking for 129601 seconds gets a ValidationError."},
	{"sts-duration-43200-explicit.json", "STS API Reference, \"GetFederationToken\" (DurationSeconds 900–129600)", "DurationSeconds 43200 given explicitly is accepted."},
	{"sts-tags-unicode-letters.json", "STS API Reference, \"GetFederationToken\" (Tags: Key pattern [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+, Value [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*) + IAM User Guide, \"Passing session tags in AWS STS\" (session tags are aws:PrincipalTag)", "A tag key and value with non-ASCII letters and a space are accepted and readable as aws:PrincipalTag."},
	{"sts-tag-key-empty.json", "STS API Reference, \"GetFederationToken\" (Tags: Key length 1–128, pattern [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)", "An empty tag key is a ValidationError."},
	{"sts-tag-key-comma.json", "STS API Reference, \"GetFederationToken\" (Tags: Key pattern [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)", "A tag key with a comma is a ValidationError."},
	{"sts-tags-only-packed.json", "STS API Reference, \"GetFederationToken\" (PackedPolicySize: \"the packed size of the session policies and session tags combined passed in the request\") + IAM User Guide, \"Passing session tags in AWS STS\"", "Session tags without any session policy give a session with no permissions but the tags."},
	{"sts-tags-without-tagsession-root.json", "STS API Reference, \"GetFederationToken\" + IAM User Guide, \"Passing session tags in AWS STS\" (the caller needs sts:TagSession; the root user has every permission)", "The root user passes session tags and they are usable as aws:PrincipalTag in the session policy."},
	{"sts-policy-notprincipal.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument) + IAM User Guide, \"AWS JSON policy elements: NotPrincipal\" (not allowed in identity-based policies; session policies use that grammar)", "A session policy with NotPrincipal is MalformedPolicyDocument."},
	{"sts-packed-managed-policy-large-document.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: \"An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format\"; a customer managed policy may be up to 6,144 characters, IAM User Guide, \"IAM and AWS STS quotas\")", "A 4,800-character customer managed policy passed by ARN does not count its document toward the 2,048-character plaintext or the packed size: the call succeeds."},
	{"sts-packed-inline-plus-managed-over-2048.json", "STS API Reference, \"GetFederationToken\" (PolicyArns: \"You can provide up to 10 managed policy ARNs. However, the plaintext that you use for both inline and managed session policies can't exceed 2,048 characters\"; the packed format holds the inline policy and the managed policy ARNs)", "An inline policy under 2,048 characters plus one managed policy whose document would take the sum over 2,048 characters is accepted: only the ARN is passed."},
	{"example-carlos-deny-logs.json", "IAM User Guide, \"Policy evaluation for requests within a single account\" (Example identity-based and resource-based policy evaluation: carlossalazar's policy with AllowS3ListRead, AllowS3Self and DenyS3Logs; a bucket policy on the -logs bucket allowing him is overridden by the explicit deny) + IAM User Guide, \"Permissions for GetFederationToken\" (the IAM user's policies apply to the federated session)", "The documented Carlos policy on the federating user: a bucket policy granting the session PutObject on the -logs bucket is overridden by DenyS3Logs; his own bucket stays usable."},
	{"example-kc-userid-folder.json", "re:Post Knowledge Center, \"How do I use IAM policy variables with federated users?\" (the example policy with TESTBUCKET/${aws:userid}/*; \"if you specify the friendly name Bob, then the correct format is 123456789102:Bob\")", "The Knowledge Center policy, passed as the session policy for Bob, allows Bob's folder (ACCOUNT:Bob) and its listing, not another user's folder."},
	{"example-carlos-list-all-buckets.json", "IAM User Guide, \"Policy evaluation for requests within a single account\" (Carlos example: \"The AllowS3ListRead statement in this policy allows Carlos to view a list of all of the buckets in the account\", with \"Resource\": \"arn:aws:s3:::*\") + IAM User Guide, \"Permissions for GetFederationToken\"; s3:ListAllMyBuckets has no resource type, so the check names the resource \"*\" (README, checks[].resource)", "The documented AllowS3ListRead statement (Resource arn:aws:s3:::*) lets the session list all buckets."},
	{"example-hrpayroll-notresource.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (HRPayroll example: the Deny s3:* NotResource [HRBucket/Payroll, HRBucket/Payroll/*] \"explicitly denies access to all Amazon S3 resources other than the listed resources. Note, however, that this policy does not grant the user access to any resources\") + IAM User Guide, \"Permissions for GetFederationToken\"", "With the HRPayroll Deny among the IAM user's policies, the session reaches only HRBucket/Payroll in S3; non-S3 actions are untouched."},
	{"example-hrpayroll-grants-nothing.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (HRPayroll example: the Deny s3:* NotResource [HRBucket/Payroll, HRBucket/Payroll/*] \"explicitly denies access to all Amazon S3 resources other than the listed resources. Note, however, that this policy does not grant the user access to any resources\")", "The HRPayroll Deny as the only session policy grants nothing, not even on HRBucket/Payroll."},
	{"example-notresource-ec2.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (\"If the Action element also included Amazon EC2 actions, the policy would deny access to any EC2 resources not specified in the NotResource element\")", "A Deny [s3:*, ec2:*] NotResource HRBucket/Payroll also denies every EC2 resource."},
	{"example-allow-notresource-hrbucket.json", "IAM User Guide, \"IAM JSON policy elements: NotResource\" (\"Effect\": \"Allow\", \"Action\": \"*\", \"NotResource\": \"arn:aws:s3:::HRBucket\" \"allows all actions in AWS on all resources except the HRBucket S3 bucket\") + STS API Reference, \"GetFederationToken\" (no IAM operations with these credentials)", "As the session policy, Allow * NotResource HRBucket allows what the user may do except on the bucket itself; IAM stays refused."},
	{"sts-policy-resource-missing.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (a statement needs Resource or NotResource); IAM answers \"Policy statement must contain resources.\" (trussworks/terraform-aws-s3-anti-virus#28, terraform-aws-modules/terraform-aws-iam#557)", "A session policy statement without Resource or NotResource is MalformedPolicyDocument."},
	{"sts-policy-sid-dash.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Sid\" (\"supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)\"); the Sid autogenerated-id is refused with \"Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*\" (Wolox/carthage_cache#22)", "A session policy whose Sid has a dash is MalformedPolicyDocument."},
	{"sts-policy-sid-spaces-kms.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Sid\"; IAM refused this Sid with the alpha-numeric message (aws-cloudformation/cfn-lint#708, #1376)", "The Sid \"Allow use of KMS key in Operations Production Account\" is MalformedPolicyDocument in a session policy."},
	{"sts-policy-effect-lowercase-value.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Effect\" (\"Valid values for Effect are Allow and Deny. The Effect value is case sensitive.\")", "A session policy with \"Effect\": \"allow\" is MalformedPolicyDocument."},
	{"sts-policy-element-name-lowercase.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (element names are the grammar's literals); RULES.md#policy-grammar (element names case-sensitive: the reference's choice, no AWS sentence)", "A session policy statement spelling the element \"effect\" is MalformedPolicyDocument."},
	{"sts-policy-version-trailing-space.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Version\" (the only values are 2012-10-17 and 2008-10-17)", "A session policy with Version \"2012-10-17 \" (trailing space) is MalformedPolicyDocument."},
	{"sts-policy-version-2008.json", "IAM User Guide, \"IAM JSON policy elements: Version\" (2008-10-17 is a valid, older version; only policy variables differ)", "A session policy with Version 2008-10-17 is accepted and grants its action."},
	{"sts-policy-id-element.json", "IAM User Guide, \"IAM JSON policy elements: Id\" (example {\"Version\", \"Id\": \"cd3ad3d9-2776-4ef1-a904-4c229d1642ee\", \"Statement\"}) + RULES.md#policy-grammar (policy = Version?, Id?, Statement). AMBIGUOUS: the Id page and the grammar notes also say \"ID is allowed in resource-based policies, but not in identity-based policies\"; whether STS refuses an Id in a session policy is on record nowhere, so this follows the reference", "A session policy with an Id element is accepted."},
	{"sts-policy-condition-unknown-operator.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Condition operators\" (the operator list); IAM answers \"Invalid Condition type : <name>\" (ministryofjustice/modernisation-platform-environments#8893)", "A session policy with the condition operator StringEqualz is MalformedPolicyDocument."},
	{"sts-policy-condition-json-number.json", "IAM User Guide, \"Grammar of the IAM JSON policy language\" (\"Quotation marks are optional for numeric and Boolean values\") + \"IAM JSON policy elements: Condition operators\" (NumericLessThanEquals s3:max-keys example)", "NumericLessThanEquals with the JSON number 10 allows max-keys 10 and 5, not 11 or a missing key."},
	{"sts-policy-json-null.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document; IAM answered the policy document null with \"Syntax errors in policy.\" (99designs/iamy#74)", "A Policy of the JSON literal null is MalformedPolicyDocument."},
	{"sts-policy-statement-empty-array.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document; IAM refuses a policy with 0 statements with MalformedPolicyDocument (otterize/intents-operator#481; cloudposse/terraform-aws-iam-policy#23: \"Syntax errors in policy.\")", "A session policy with \"Statement\": [] is MalformedPolicyDocument."},
	{"sts-policy-action-two-colons.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Action\" (service:action); IAM answers \"Actions/Condition can contain only one colon.\" (garnaat/kappa#111)", "A session policy with the action logs:*:*:* is MalformedPolicyDocument."},
	{"sts-policy-char-above-latin1.json", "STS API Reference, \"GetFederationToken\" (Policy pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+); RULES.md#policy", "A session policy holding the character U+20AC (euro sign) is a ValidationError."},
	{"sts-policy-char-above-latin1-escaped.json", "STS API Reference, \"GetFederationToken\" (the Policy pattern applies to the parameter's characters) + RFC 8259 (\\u20ac is a JSON escape)", "The same policy writing the euro sign as the JSON escape \\u20ac is accepted and matches the object key with the euro sign."},
	{"sts-policy-byte-order-mark.json", "STS API Reference, \"GetFederationToken\" (Policy pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+: U+FEFF is outside it); RULES.md#policy", "A session policy starting with a byte order mark is a ValidationError."},
	{"sts-policy-action-resource-string-or-list.json", "IAM User Guide, \"Grammar of the IAM JSON policy language\" (<action_block> and <resource_block> take a string or a list) + \"IAM JSON policy elements: Action\"", "Action and Resource as a string and as one-element lists grant the same."},
	{"mvx-deny-forallvalues-stringnotlike.json", "IAM User Guide, \"Multivalued context key examples\" (DenyRestrictedTags with \"ForAllValues:StringNotLike\": {\"aws:TagKeys\": \"key1*\"} and its table: key1:legal no match, key1:hr+key1:personnel no match, key2:audit match, no aws:TagKeys match)", "The documented Deny applies to key2:audit and to a request without tag keys, not to key1 tags (IAM actions are otherwise refused for the session)."},
	{"ops-stringlike-instancetype-missing.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (...IfExists: the THISPOLICYDOESNOTWORK example: \"These additional resources do not have the ec2:InstanceType condition key, so the StringLike check fails\")", "StringLike ec2:InstanceType allows a t2 instance but not a request without the key."},
	{"ops-stringlikeifexists-instancetype.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (...IfExists: \"If the key is not present, evaluate the condition element as true\")", "StringLikeIfExists ec2:InstanceType allows t2, refuses m4 and allows a request without the key."},
	{"ops-principaltag-job-category.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringEquals example: \"aws:PrincipalTag/job-category\": \"iamuser-admin\") + STS API Reference, \"GetFederationToken\" (Tags: session tags are principal tags)", "A session tagged job-category=iamuser-admin meets the example condition."},
	{"ops-principaltag-job-category-other.json", "IAM User Guide, \"IAM JSON policy elements: Condition operators\" (StringEquals: \"Exact matching, case sensitive\")", "A session tagged job-category=IAMUser-Admin does not meet StringEquals iamuser-admin."},
	{"sdk-example-bob.json", "botocore sts examples-1.json, GetFederationToken (input tags Project=Pegasus, Cost-Center=98765 and the ListAllMyBuckets policy; output federated-user/Bob, \"PackedPolicySize\": 8)", "The SDK example's request with the name of its response (Bob) packs to 8 percent and allows only s3:ListAllMyBuckets."},
	{"sts-policy-element-order.json", "IAM User Guide, \"IAM JSON policy element reference\" (\"The order of the elements doesn't matter—for example, the Resource element can come before the Action element\") + \"IAM policy elements: Variables and tags\" (Version 2012-10-17 enables variables)", "Version after Statement and Resource before Effect still make a 2012-10-17 policy whose ${aws:PrincipalType} resolves to FederatedUser."},
	{"sts-policy-action-and-notaction.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy element reference\" (\"you cannot use both Action and NotAction in the same policy statement\")", "A session policy statement with both Action and NotAction is MalformedPolicyDocument."},
	{"sts-policy-resource-and-notresource.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy element reference\" (Resource/NotResource are mutually exclusive)", "A session policy statement with both Resource and NotResource is MalformedPolicyDocument."},
	{"sts-policy-resource-empty.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Resource\"; IAM answers an empty resource with \"Resource  must be in ARN format or \\\"*\\\".\" (felipefrizzo/terraform-aws-transfer-server#6)", "A session policy with \"Resource\": \"\" is MalformedPolicyDocument."},
	{"var-principaltag-matches-resourcetag.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (variables in string comparisons in the Condition element) + IAM tutorial \"Define permissions to access AWS resources based on tags\" (\"aws:ResourceTag/access-project\": \"${aws:PrincipalTag/access-project}\")", "A session tagged access-project=peg may start instances tagged peg, not instances tagged uni or untagged."},
	{"var-principaltag-absent-condition.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"If there is no value … StringEquals or StringLike do not match, and the policy statement does not take effect\")", "Without an access-project session tag the ABAC condition matches neither an empty nor a set resource tag."},
	{"var-sourceip-resource.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (\"You can use any single-valued condition key as a variable\"; aws:SourceIp is single-valued)", "${aws:SourceIp} in a Resource substitutes the request's address."},
	{"sts-policy-nullifexists.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"IAM JSON policy elements: Condition operators\" (\"You can add IfExists to the end of any condition operator name except the Null condition\")", "A session policy with the operator NullIfExists is MalformedPolicyDocument."},
	{"sts-policy-condition-nested-array.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (a condition value is a string, number or Boolean, or a list of them); no AWS answer on record", "A condition value that is a list inside a list is MalformedPolicyDocument."},
	{"sts-policy-condition-null-value.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (a condition value is a string, number or Boolean); no AWS answer on record", "A condition value that is JSON null is MalformedPolicyDocument."},
	{"single-valued-createtags.json", "IAM User Guide, \"Single-valued context key policy examples\" (Multiple condition blocks: CreateVolume, CreateTags on volume/* with StringLike aws:RequestTag/project \"*\", CreateTags on */* with StringNotEquals aws:ResourceTag/environment production; project Feature3 + environment QA succeeds) + \"Policy evaluation logic\" (separate Allow statements are alternatives)", "The documented volume (project Feature3, environment QA) is allowed; a production resource without a project tag is not."},
	{"keys-viaawsservice-deny-ip.json", "IAM User Guide, \"AWS: Denies access to AWS based on the source IP\" (Deny * with NotIpAddress 192.0.2.0/24, 203.0.113.0/24 AND \"Bool\": {\"aws:ViaAWSService\": \"false\"}: \"When a principal makes a request from outside the IP range, the request is denied\") + \"AWS global condition context keys\" (aws:ViaAWSService: \"Availability – This key is always included in the request context\"; \"returns false when the principal makes the call directly\")", "A direct request from 198.51.100.7 is explicitly denied; one from 192.0.2.10 or made by a service on the session's behalf is allowed."},
	{"keys-resourceaccount.json", "IAM User Guide, \"AWS global condition context keys\" (aws:ResourceAccount: \"the requested resource owner's AWS account ID\"; \"Availability – This key is always included in the request context for most service actions\") + \"IAM policy elements: Variables and tags\" (${aws:PrincipalAccount})", "StringEquals aws:ResourceAccount ${aws:PrincipalAccount} allows a queue of the session's own account."},
	{"var-no-value-team-deny.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (Policy variables with no value: Deny s3:GetObject with StringNotEquals s3:ExistingObjectTag/Team ${aws:PrincipalTag/Team}: \"Access is specifically denied when aws:principaltag/Team is not set\"; \"Inverted condition operators like StringNotEquals … do match against a null value\"); the page's resource arn:aws:s3:::/example-bucket/* is written without the stray slash", "A session without a Team tag is explicitly denied an object tagged Team=blue."},
	{"var-team-tag-equal.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (the same Team example: aws:principaltag/Team \"must be equal to s3:ExistingObjectTag/Team to allow access\")", "A session tagged Team=blue reads objects tagged blue; objects tagged red or untagged are explicitly denied."},
	{"var-username-queue.json", "IAM User Guide, \"IAM policy elements: Variables and tags\" (ListForConsole + AllQueueActions on arn:aws:sqs:us-east-2:*:${aws:username}-queue) + \"Principal key values\" (aws:username is not present for a federated user: \"any attempt to match it fails\")", "The session may list queues but matches no ${aws:username}-queue, neither Carol-queue nor the literal text."},
	{"sts-policy-duplicate-effect-key.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (\"Individual elements must not contain multiple instances of the same key. For example, you cannot include the Effect block twice in the same statement.\")", "A session policy statement with Effect twice is MalformedPolicyDocument."},
	{"mvc-dynamodb-forallvalues-getitem.json", "IAM User Guide, \"Creating a condition with multiple context keys or values\" (ForAllValues:StringEquals dynamodb:Attributes [ID, Message, Tags] on GetItem: Message+Tags \"is allowed\"; \"if the user's request includes the UserName attribute, the request fails\")", "GetItem with attributes inside the allowed list is allowed; with UserName it is not."},
	{"mvc-dynamodb-forallvalues-eval.json", "IAM User Guide, \"Creating a condition with multiple context keys or values\" (Evaluation logic: ForAllValues [PostDateTime, Message, Tags] and a request for PostDateTime and UserName: \"the condition operator returns false, and the policy does not allow the request\")", "PostDateTime+UserName is not allowed; PostDateTime alone is."},
	{"mvc-dynamodb-foranyvalue-deny.json", "IAM User Guide, \"Creating a condition with multiple context keys or values\" (Deny PutItem with ForAnyValue:StringEquals [ID, PostDateTime]: PostDateTime+Message \"the request is denied\"; UserName alone \"is not denied by this policy\"; UserName, Message, PostDateTime denied)", "The Deny applies when any requested attribute is ID or PostDateTime."},
	{"mvc-principaltag-and-account.json", "IAM User Guide, \"Creating a condition with multiple context keys or values\" (condition block StringEqualsIgnoreCase department [finance, hr, legal] and role [audit, security] AND StringEquals aws:PrincipalAccount 123456789012: \"The user making the request must have both principal tag keys\")", "A session tagged department=HR, role=Security in account 123456789012 meets every condition (case ignored)."},
	{"mvc-principaltag-and-missing-role.json", "IAM User Guide, \"Creating a condition with multiple context keys or values\" (the same block: both principal tag keys are required; keys are ANDed)", "A session tagged only department=finance does not meet the block."},
	{"session-tags-my-fed-user.json", "IAM User Guide, \"Passing session tags in AWS STS\" (Passing session tags using GetFederationToken: aws sts get-federation-token --name my-fed-user --tags key=Project,value=Automation key=Department,value=Engineering; \"the session principal tags include the user tags and the passed session tags\") + STS API Reference, \"GetFederationToken\" (no session policy: no permissions)", "The page's request without a policy creates my-fed-user with the user's and the session's tags and no permissions beyond GetCallerIdentity."},
	{"sts-policy-action-empty-array.json", "STS API Reference, \"GetFederationToken\" (MalformedPolicyDocument: \"The request was rejected because the policy document was malformed\"); RULES.md#malformed-policy-document + IAM User Guide, \"Grammar of the IAM JSON policy language\" (\"Arrays can take one or more values\"; a statement needs Action or NotAction). pulumi/pulumi-aws#5737 reports the console accepting actions: [] — no API answer on record", "A session policy statement with \"Action\": [] is MalformedPolicyDocument."},
	{"tagsession-requesttag-allowed.json", "IAM User Guide, \"Passing session tags in AWS STS\" (Permissions required to add session tags: sts:TagSession with aws:RequestTag and aws:TagKeys; the AllowPassSessionTagsAndTransitive example: StringLike Project/CostCenter \"*\", StringEquals Department [Engineering, Marketing]) adapted to GetFederationToken (the TagSession permission is the caller's, \"Resource\": \"*\"), + ForAllValues:StringEquals aws:TagKeys (\"This condition key limits the maximum set of session tags that can be passed\")", "Project, CostCenter and Department=Engineering meet every TagSession condition: the session is issued."},
	{"tagsession-requesttag-bad-value.json", "IAM User Guide, \"Passing session tags in AWS STS\" (Permissions required to add session tags: sts:TagSession with aws:RequestTag and aws:TagKeys; the AllowPassSessionTagsAndTransitive example: StringLike Project/CostCenter \"*\", StringEquals Department [Engineering, Marketing]) adapted to GetFederationToken (the TagSession permission is the caller's, \"Resource\": \"*\"), + ForAllValues:StringEquals aws:TagKeys (\"This condition key limits the maximum set of session tags that can be passed\")", "Department=Sales is not an allowed value: AccessDenied on sts:TagSession."},
	{"tagsession-requesttag-missing.json", "IAM User Guide, \"Passing session tags in AWS STS\" (Permissions required to add session tags: sts:TagSession with aws:RequestTag and aws:TagKeys; the AllowPassSessionTagsAndTransitive example: StringLike Project/CostCenter \"*\", StringEquals Department [Engineering, Marketing]) adapted to GetFederationToken (the TagSession permission is the caller's, \"Resource\": \"*\"), + ForAllValues:StringEquals aws:TagKeys (\"This condition key limits the maximum set of session tags that can be passed\")", "Without a CostCenter tag the StringLike aws:RequestTag/CostCenter condition fails: AccessDenied."},
	{"tagsession-tagkeys-extra.json", "IAM User Guide, \"Passing session tags in AWS STS\" (Permissions required to add session tags: sts:TagSession with aws:RequestTag and aws:TagKeys; the AllowPassSessionTagsAndTransitive example: StringLike Project/CostCenter \"*\", StringEquals Department [Engineering, Marketing]) adapted to GetFederationToken (the TagSession permission is the caller's, \"Resource\": \"*\"), + ForAllValues:StringEquals aws:TagKeys (\"This condition key limits the maximum set of session tags that can be passed\")", "An extra Team tag is outside the ForAllValues aws:TagKeys set: AccessDenied."},
}

// readCorpus runs one corpus document.
func readCorpus(t *testing.T, file string) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, file))
	require.NoError(t, err)
	return Run(data)
}

// TestCorpusIndex checks that every document in the corpus directory is
// indexed with its source, and that every indexed document exists.
func TestCorpusIndex(t *testing.T) {
	indexed := map[string]bool{}
	for _, c := range corpus {
		require.False(t, indexed[c.file], "%s is indexed twice", c.file)
		indexed[c.file] = true
		assert.NotEmpty(t, c.source, c.file)
		assert.NotEmpty(t, c.behaviour, c.file)
	}
	var onDisk []string
	err := filepath.WalkDir(corpusDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		rel, err := filepath.Rel(corpusDir, path)
		onDisk = append(onDisk, filepath.ToSlash(rel))
		return err
	})
	require.NoError(t, err)
	sort.Strings(onDisk)
	for _, f := range onDisk {
		assert.True(t, indexed[f], "%s is in %s but not in the corpus index", f, corpusDir)
	}
	for f := range indexed {
		assert.Contains(t, onDisk, f, "the corpus index names %s, which does not exist", f)
	}
}

// corpusExpectations are what a corpus document states, read from its
// text with encoding/json rather than by the scenario decoder, so that
// TestCorpus compares the engine's answers with the document itself and not
// with the engine's own verdict (Result.Expectation.Pass, Check.Pass).
type corpusExpectations struct {
	// ExpectError is the error code the call must fail with; "" for success.
	ExpectError string `json:"expectError"`
	// Checks are the decisions the document expects, in order.
	Checks []struct {
		Action   string `json:"action"`
		Resource string `json:"resource"`
		Expect   string `json:"expect"`
	} `json:"checks"`
}

// readExpectations reads the expectations of one corpus document.
func readExpectations(t *testing.T, file string) corpusExpectations {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, file))
	require.NoError(t, err)
	var e corpusExpectations
	require.NoError(t, json.Unmarshal(data, &e), file)
	return e
}

// TestCorpus runs every corpus document through Run and requires each of
// its expectations to hold: the call's expected error code (or success when
// the document expects none) and every check's decision, as the document's
// text states them.
func TestCorpus(t *testing.T) {
	for _, c := range corpus {
		t.Run(strings.TrimSuffix(c.file, ".json"), func(t *testing.T) {
			want := readExpectations(t, c.file)
			res := readCorpus(t, c.file)
			why := func(format string, args ...any) string {
				return c.file + ": " + c.behaviour + "\n  source: " + c.source + "\n  " + fmt.Sprintf(format, args...)
			}
			if res.Error != nil {
				require.NotEqual(t, CodeInvalidScenario, res.Error.Code, why("the document cannot be run: %s", res.Error.Message))
			}
			got := "success"
			if res.Error != nil {
				got = res.Error.Code
			}
			wantCall := "success"
			if want.ExpectError != "" {
				wantCall = want.ExpectError
			}
			msg := ""
			if res.Error != nil {
				msg = res.Error.Message
			}
			assert.Equal(t, wantCall, got, why("GetFederationToken answered %s %s", got, msg))
			require.Len(t, res.Checks, len(want.Checks), why("every check of the document is run"))
			for i, w := range want.Checks {
				ck := res.Checks[i]
				require.NotEmpty(t, w.Expect, why("every check in the corpus states what AWS decides"))
				require.Equal(t, w.Action, ck.Action, why("check %d is run in the document's order", i))
				require.Equal(t, w.Resource, ck.Resource, why("check %d is run in the document's order", i))
				if w.Expect == "ExpiredToken" || w.Expect == "ExpiredTokenException" {
					require.NotNil(t, ck.Error, why("%s on %s at %s: the service refuses expired credentials", ck.Action, ck.Resource, ck.At))
					assert.Contains(t, []string{w.Expect, w.Expect + "Exception"}, ck.Error.Code, why("%s on %s: the error code", ck.Action, ck.Resource))
					assert.Empty(t, ck.Decision, why("a refused request has no decision"))
					continue
				}
				require.Nil(t, ck.Error, why("%s on %s: the service answers with a decision", ck.Action, ck.Resource))
				assert.Equal(t, w.Expect, string(ck.Decision), why("%s on %s (context %v): %s",
					ck.Action, ck.Resource, ck.Context, ck.Explanation.Summary))
			}
			assert.Positive(t, len(want.Checks)+len(want.ExpectError), why("a corpus document must state at least one expectation"))
		})
	}
}

// corpusErrors are the exact STS answers of corpus documents whose call
// fails: the HTTP status and the error message. The messages follow the
// form recorded from real STS traffic (RULES.md#validation-error); where
// the rule book marks a wording UNCONFIRMED the case says so.
var corpusErrors = []struct {
	file    string
	status  int
	code    string
	message string
}{
	{"sts-name-length-33.json", 400, "ValidationError", "1 validation error detected: Value 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32"},
	// UNCONFIRMED wording (by analogy with the maximum), RULES.md#validation-error.
	{"sts-name-length-1.json", 400, "ValidationError", "1 validation error detected: Value 'J' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2"},
	{"sts-name-space.json", 400, "ValidationError", `1 validation error detected: Value 'Jean Doe' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
	{"sts-name-slash.json", 400, "ValidationError", `1 validation error detected: Value 'a/b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
	// UNCONFIRMED wording for a missing member, RULES.md#validation-error.
	{"sts-name-missing.json", 400, "ValidationError", "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"},
	{"sts-duration-899.json", 400, "ValidationError", "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"},
	{"sts-duration-root-899.json", 400, "ValidationError", "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"},
	{"sts-duration-129601.json", 400, "ValidationError", "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600"},
	{"sts-policy-invalid-json.json", 400, "MalformedPolicyDocument", "The policy is not in the valid JSON format."},
	{"sts-policy-principal.json", 400, "MalformedPolicyDocument", "Policy document should not specify a principal."},
	{"sts-tag-key-129.json", 400, "ValidationError", "1 validation error detected: Value '" + strings.Repeat("k", 129) + "' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128"},
	{"sts-tag-value-257.json", 400, "ValidationError", "1 validation error detected: Value '" + strings.Repeat("v", 257) + "' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256"},
	{"sts-tag-bad-char.json", 400, "ValidationError", `1 validation error detected: Value 'a,b' at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]*`},
	{"seed-manager-name-denied.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Jean"},
	{"caller-explicit-deny.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Carol"},
	{"caller-boundary-not-allowing.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Carol"},
	{"sts-tagsession-missing.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:TagSession on resource: arn:aws:sts::123456789012:federated-user/Carol"},
	{"sts-name-xml-special.json", 400, "ValidationError", `1 validation error detected: Value 'a<&b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
	{"sts-name-colon.json", 400, "ValidationError", `1 validation error detected: Value 'a:b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`},
	{"sts-tag-key-comma.json", 400, "ValidationError", `1 validation error detected: Value 'a,b' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]+`},
	{"sts-duration-root-129601.json", 400, "ValidationError", "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600"},
	// UNCONFIRMED that STS adds the SCP clause, RULES.md#access-denied.
	{"scp-caller-denied.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Carol because no service control policy allows the sts:GetFederationToken action"},
	{"boundary-shirley-no-sts.json", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Carol"},
}

// TestCorpusErrors checks the exact status and message of failing calls.
func TestCorpusErrors(t *testing.T) {
	for _, tc := range corpusErrors {
		t.Run(strings.TrimSuffix(tc.file, ".json"), func(t *testing.T) {
			res := readCorpus(t, tc.file)
			require.NotNil(t, res.Error, tc.file)
			assert.Equal(t, tc.code, res.Error.Code, tc.file)
			assert.Equal(t, tc.message, res.Error.Message, tc.file)
			require.NotNil(t, res.Response, tc.file)
			assert.Equal(t, tc.status, res.Response.Status, tc.file)
		})
	}
	t.Run("policy length quotes the policy", func(t *testing.T) {
		res := readCorpus(t, "sts-policy-2049.json")
		require.NotNil(t, res.Error)
		assert.True(t, strings.HasPrefix(res.Error.Message, `1 validation error detected: Value '{"Version":"2012-10-17",`), res.Error.Message)
		assert.True(t, strings.HasSuffix(res.Error.Message, "' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048"), res.Error.Message)
	})
	t.Run("several validation errors", func(t *testing.T) {
		res := readCorpus(t, "sts-two-validation-errors.json")
		require.NotNil(t, res.Error)
		assert.True(t, strings.HasPrefix(res.Error.Message, "2 validation errors detected: "), res.Error.Message)
		assert.Contains(t, res.Error.Message, "Value 'J' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2")
		assert.Contains(t, res.Error.Message, "Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900")
	})
	t.Run("packed session tags", func(t *testing.T) {
		// "Packed size of session tags consumes 498% of allotted space."
		// (RULES.md#packed-policy-size, aws-actions/configure-aws-credentials#1898).
		res := readCorpus(t, "sts-tags-packed-too-large.json")
		require.NotNil(t, res.Error)
		assert.Equal(t, 400, res.Response.Status)
		assert.Regexp(t, `^Packed size of session tags consumes [0-9]+% of allotted space\.$`, res.Error.Message)
	})
}

// xmlError is STS's ErrorResponse (RULES.md#error-document).
type xmlError struct {
	XMLName xml.Name `xml:"https://sts.amazonaws.com/doc/2011-06-15/ ErrorResponse"`
	Type    string   `xml:"Error>Type"`
	Code    string   `xml:"Error>Code"`
	Message string   `xml:"Error>Message"`
	ID      string   `xml:"RequestId"`
}

// xmlToken is STS's GetFederationTokenResponse (RULES.md#response-document).
type xmlToken struct {
	XMLName         xml.Name `xml:"https://sts.amazonaws.com/doc/2011-06-15/ GetFederationTokenResponse"`
	SessionToken    string   `xml:"GetFederationTokenResult>Credentials>SessionToken"`
	SecretAccessKey string   `xml:"GetFederationTokenResult>Credentials>SecretAccessKey"`
	Expiration      string   `xml:"GetFederationTokenResult>Credentials>Expiration"`
	AccessKeyID     string   `xml:"GetFederationTokenResult>Credentials>AccessKeyId"`
	Arn             string   `xml:"GetFederationTokenResult>FederatedUser>Arn"`
	FederatedUserID string   `xml:"GetFederationTokenResult>FederatedUser>FederatedUserId"`
	PackedSize      int      `xml:"GetFederationTokenResult>PackedPolicySize"`
	ID              string   `xml:"ResponseMetadata>RequestId"`
}

// xmlIdentity is STS's GetCallerIdentityResponse.
type xmlIdentity struct {
	XMLName xml.Name `xml:"https://sts.amazonaws.com/doc/2011-06-15/ GetCallerIdentityResponse"`
	Arn     string   `xml:"GetCallerIdentityResult>Arn"`
	UserID  string   `xml:"GetCallerIdentityResult>UserId"`
	Account string   `xml:"GetCallerIdentityResult>Account"`
}

// TestCorpusXML parses the XML answer of every corpus document and checks
// that it says what the result says: an ErrorResponse of type Sender with
// the same code and message (so that escaping is right), or a
// GetFederationTokenResponse whose federated user, expiration and
// credentials match the session (STS API Reference, GetFederationToken;
// RULES.md#response-document and RULES.md#caller-identity-document).
func TestCorpusXML(t *testing.T) {
	uuid := `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`
	for _, c := range corpus {
		t.Run(strings.TrimSuffix(c.file, ".json"), func(t *testing.T) {
			res := readCorpus(t, c.file)
			require.NotNil(t, res.Response, c.file)
			body := []byte(res.Response.Body)
			// Real STS bodies: no XML declaration, two-space indentation and a
			// trailing newline (RULES.md#response-document).
			assert.False(t, strings.HasPrefix(res.Response.Body, "<?xml"))
			assert.True(t, strings.HasSuffix(res.Response.Body, ">\n"))
			assert.Contains(t, res.Response.Body, ">\n  <")
			if res.Error != nil {
				var e xmlError
				require.NoError(t, xml.Unmarshal(body, &e), "%s: %s", c.file, body)
				assert.Equal(t, "Sender", e.Type)
				assert.Equal(t, res.Error.Code, e.Code)
				// Characters XML 1.0 cannot carry (such as U+0001 quoted
				// from a refused policy) arrive as U+FFFD.
				assert.Equal(t, xmlSafe(res.Error.Message), e.Message)
				assert.Regexp(t, uuid, e.ID)
				return
			}
			assert.Equal(t, 200, res.Response.Status)
			var x xmlToken
			require.NoError(t, xml.Unmarshal(body, &x), "%s: %s", c.file, body)
			s := res.Session
			require.NotNil(t, s)
			assert.Equal(t, s.ARN, x.Arn)
			assert.Equal(t, s.FederatedUserID, x.FederatedUserID)
			acct := strings.Split(strings.TrimPrefix(x.Arn, "arn:aws:sts::"), ":")[0]
			name := x.Arn[strings.LastIndex(x.Arn, "/")+1:]
			assert.Equal(t, "arn:aws:sts::"+acct+":federated-user/"+name, x.Arn)
			assert.Equal(t, acct+":"+name, x.FederatedUserID, "FederatedUserId is ACCOUNT:NAME")
			assert.Regexp(t, `^ASIA[A-Z0-9]{16}$`, x.AccessKeyID, "temporary keys start with ASIA")
			assert.Len(t, x.SecretAccessKey, 40)
			assert.NotEmpty(t, x.SessionToken)
			assert.Equal(t, s.Expiration, x.Expiration)
			assert.True(t, x.PackedSize >= 0 && x.PackedSize <= 100, "PackedPolicySize %d", x.PackedSize)
			assert.Regexp(t, uuid, x.ID)
			exp, err := time.Parse(time.RFC3339, x.Expiration)
			require.NoError(t, err)
			assert.Equal(t, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(s.DurationSeconds)*time.Second), exp, "Expiration = clock + duration")
			var id xmlIdentity
			require.NoError(t, xml.Unmarshal([]byte(s.CallerIdentity), &id))
			assert.Equal(t, x.Arn, id.Arn)
			assert.Equal(t, x.FederatedUserID, id.UserID)
			assert.Equal(t, acct, id.Account)
		})
	}
}

// TestCorpusSessionFacts checks documented facts about the sessions that
// corpus documents create.
func TestCorpusSessionFacts(t *testing.T) {
	session := func(t *testing.T, file string) *Session {
		res := readCorpus(t, file)
		require.Nil(t, res.Error, file)
		require.NotNil(t, res.Session, file)
		return res.Session
	}
	t.Run("default duration is 43200 seconds", func(t *testing.T) {
		// "The default session duration is 43,200 seconds (12 hours)." (STS API Reference)
		s := session(t, "sts-duration-default.json")
		assert.EqualValues(t, 43200, s.DurationSeconds)
		assert.Equal(t, "2026-01-01T12:00:00.000Z", s.Expiration)
	})
	t.Run("root caller below the cap keeps its duration", func(t *testing.T) {
		s := session(t, "sts-duration-root-900.json")
		assert.EqualValues(t, 900, s.DurationSeconds)
		assert.False(t, s.DurationCapped)
	})
	t.Run("Query form of PolicyArns and Tags", func(t *testing.T) {
		// Tags.member.N.Key/Value and PolicyArns.member.N.arn, sorted as
		// the Go SDK sends them (RULES.md#query-protocol).
		res := readCorpus(t, "session-policies-union.json")
		assert.Regexp(t, `^Action=GetFederationToken&DurationSeconds=3600&Name=Carol&Policy=[^&]+&PolicyArns\.member\.1\.arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2FReadReports&Version=2011-06-15$`, res.Wire)
		res = readCorpus(t, "var-principaltag-session-override.json")
		assert.Contains(t, res.Wire, "&Tags.member.1.Key=department&Tags.member.1.Value=engineering&Version=2011-06-15")
	})
	t.Run("SDK example packs to 8 percent", func(t *testing.T) {
		// botocore sts examples-1.json, GetFederationToken: the response has
		// "PackedPolicySize": 8 (RULES.md#packed-policy-size).
		s := session(t, "seed-sdk-example-testfedusersession.json")
		assert.Equal(t, 8, s.PackedPolicySize)
		assert.Equal(t, map[string]string{"Project": "Pegasus", "Cost-Center": "98765"}, s.PrincipalTags)
	})
	t.Run("bounds are accepted", func(t *testing.T) {
		assert.EqualValues(t, 900, session(t, "sts-duration-900.json").DurationSeconds)
		assert.EqualValues(t, 129600, session(t, "sts-duration-129600.json").DurationSeconds)
	})
	t.Run("root caller is capped to one hour", func(t *testing.T) {
		// "Temporary credentials obtained by using the … root user credentials
		// have a maximum duration of 3,600 seconds (1 hour)." (STS API Reference)
		for _, f := range []string{"sts-duration-root-capped.json", "sts-duration-root-default.json"} {
			s := session(t, f)
			assert.EqualValues(t, 3600, s.DurationSeconds, f)
			assert.True(t, s.DurationCapped, f)
			assert.Equal(t, "2026-01-01T01:00:00.000Z", s.Expiration, f)
		}
	})
	t.Run("session tag overrides user tag regardless of case", func(t *testing.T) {
		// "Department and department are not saved as separate tags, and the
		// session tag passed in the request takes precedence over the user
		// tag." (STS API Reference, Tags). Which spelling survives is
		// UNCONFIRMED (RULES.md#session-tags), so only the value is checked.
		s := session(t, "ctx-principaltag-override-case.json")
		var keys []string
		for k, v := range s.PrincipalTags {
			if strings.EqualFold(k, "department") {
				keys = append(keys, k)
				assert.Equal(t, "engineering", v)
			}
		}
		assert.Len(t, keys, 1, "one Department tag: %v", s.PrincipalTags)
	})
	t.Run("user and session tags are both principal tags", func(t *testing.T) {
		s := session(t, "ctx-principaltag-user-tag.json")
		assert.Equal(t, map[string]string{"CostCenter": "123", "project": "alpha"}, s.PrincipalTags)
	})
	t.Run("wire form of Jean's request", func(t *testing.T) {
		// The Query request of the API example (IAM User Guide,
		// "GetFederationToken—Federation through a custom identity broker").
		res := readCorpus(t, "seed-jean-request.json")
		assert.Contains(t, res.Wire, "Action=GetFederationToken")
		assert.Contains(t, res.Wire, "Version=2011-06-15")
		assert.Contains(t, res.Wire, "Name=Jean")
		assert.Contains(t, res.Wire, "DurationSeconds=3600")
		assert.Contains(t, res.Wire, "Policy=%7B%22Statement%22%3A%5B%7B%22Sid%22%3A%22Stmt1%22")
		// The example response has <PackedPolicySize>6</PackedPolicySize>.
		require.NotNil(t, res.Session)
		assert.Equal(t, 6, res.Session.PackedPolicySize)
	})
}

// xmlSafe replaces the characters XML 1.0 cannot hold with U+FFFD, as an
// XML text encoder must.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
}
