package render

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
)

// stepText is the sentence of one step.
func stepText(x *eval.Explanation, s eval.Step) string {
	caller := x.Principal == eval.PrincipalCaller
	switch s.Finding {
	case eval.FindingNotReached:
		return "Not reached: an earlier step decided."
	case eval.FindingGetCallerIdentity:
		return "sts:GetCallerIdentity needs no permission and is always allowed, even when a policy denies it."
	case eval.FindingOtherAction:
		return fmt.Sprintf("The action %s is not sts:GetCallerIdentity, so the policies decide.", x.Action)
	case eval.FindingDenyApplies:
		if caller {
			return "A Deny statement applies to the request, and an explicit Deny overrides every Allow."
		}
		return "A Deny statement applies to the request, and an explicit Deny in any policy overrides every Allow."
	case eval.FindingNoDeny:
		if caller {
			return "No Deny statement applies to the request."
		}
		return "No Deny statement applies to the request in any policy."
	case eval.FindingKeyPolicyNoAccount:
		return "The key policy of this KMS key neither allows the account (arn:aws:iam::ACCOUNT:root or the account id) nor names the session or its IAM user, so IAM policies cannot allow access to the key, and nothing else does."
	case eval.FindingSCPAllows:
		return "Every level of the account's path in the organization, from the root down to the account, has a service control policy that allows the request."
	case eval.FindingSCPNotAllowed:
		return fmt.Sprintf("Service control policies bound every request of an account in the organization: %s, so the request is denied whatever the account's own policies allow.", scpMissing(x))
	case eval.FindingRestrictedService:
		return "Credentials from GetFederationToken cannot call IAM operations, nor STS operations other than GetCallerIdentity, whatever the policies allow."
	case eval.FindingUnrestrictedService:
		return "The action is neither an IAM nor an STS operation, so the session may perform it if its policies allow."
	case eval.FindingNoResourcePolicy:
		return fmt.Sprintf("No resource-based policy governs %s.", x.Resource)
	case eval.FindingCrossAccountNoPolicy:
		return fmt.Sprintf("The resource belongs to account %s, not %s%s, and no resource-based policy of that account is known to allow the request; a request to another account's resource needs one, whatever the session's own policies allow.", x.ResourceAccount, x.Account, ownerNote(x))
	case eval.FindingCrossAccountGrant:
		return fmt.Sprintf("The resource belongs to account %s, not %s; its resource-based policy allows the request, which is needed but not enough: the identity side must allow too.", x.ResourceAccount, x.Account)
	case eval.FindingCrossAccountNoGrant:
		return fmt.Sprintf("The resource belongs to account %s, not %s, and its resource-based policy does not allow the request for the session, its IAM user or its account.", x.ResourceAccount, x.Account)
	case eval.FindingSessionGrant:
		return "A resource-based policy in the same account names the federated session (or everyone) directly, which grants the request without identity, boundary or session policies."
	case eval.FindingUserGrant:
		return "A resource-based policy in the same account grants to the IAM user who federated, and the session policies and the permissions boundary also allow the request."
	case eval.FindingUserGrantLimited:
		return "A resource-based policy grants to the IAM user who federated, but such a grant is still limited by the session policies and the permissions boundary, and they do not allow the request."
	case eval.FindingAccountDelegates:
		return "A resource-based policy names the account, which only delegates to the account's own policies: it grants nothing by itself."
	case eval.FindingNoGrant:
		return "The resource-based policies do not allow the request for the session, its IAM user or its account."
	case eval.FindingCrossAccountAllowed:
		return "The identity policies, the permissions boundary and the session policies all allow the request, and so does the resource-based policy of the other account."
	case eval.FindingAllAllow:
		return "The identity policies, the permissions boundary (if any) and the session policies all allow the request."
	case eval.FindingNotAllAllow:
		return "Not every one of the identity policies, the permissions boundary and the session policies allows the request: " + missing(x) + "."
	case eval.FindingRootCaller:
		return "The account root user calls GetFederationToken; it has every permission (SCPs are not simulated)."
	case eval.FindingIAMUser:
		return fmt.Sprintf("The caller is the IAM user %s, so its policies decide.", x.CallerName)
	case eval.FindingIdentityBoundaryAllow:
		return "An identity policy allows the request, and the permissions boundary (if any) allows it too."
	case eval.FindingNotAllowed:
		return "The request is not allowed: " + callerMissing(x) + "."
	}
	return ""
}

// note is the sentence of a set's note, or "" for none.
func note(x *eval.Explanation, code string) string {
	switch code {
	case eval.NoteRootCaller:
		return "The account root user created this session; it has every permission and no identity-based policies, so only the session policies limit the session."
	case eval.NoteNoIdentityPolicies:
		if x.Principal == eval.PrincipalCaller {
			return "The IAM user has no identity-based policies, so nothing allows the request."
		}
		return "The IAM user has no identity-based policies, so the session gets nothing through them."
	case eval.NoteRootBoundaryIgnored:
		return "The root user cannot have a permissions boundary, so the boundary given is ignored."
	case eval.NoteRootNoBoundary:
		return "The root user cannot have a permissions boundary, so nothing is limited by one."
	case eval.NoteNoBoundary:
		return "The IAM user has no permissions boundary, so nothing is limited by one."
	case eval.NoteNoSessionPolicy:
		return "No session policy was passed to GetFederationToken, so the session policies allow nothing."
	case eval.NoteNotAttached:
		return "None of the resource-based policies is attached to this resource (or, for objects, to their bucket), so none is consulted."
	case eval.NoteNoResourcePolicy:
		return "No resource-based policy governs this resource."
	case eval.NoteCrossAccount:
		return fmt.Sprintf("The resource is in account %s, another account than the session's, so this policy must allow the request and so must the session's own policies.", x.ResourceAccount)
	case eval.NoteDefaultKeyPolicy:
		return "The scenario gives no key policy for this KMS key, so the default key policy applies: it allows the account root all of kms:*, which lets the account's IAM policies decide."
	case eval.NoteKeyPolicyNoAccount:
		return "The key policy does not allow the account, so the IAM user's policies and the session policies cannot grant access to this KMS key."
	case eval.NoteAccountDelegates:
		return "The policy grants to the account, which only delegates to the account's own policies: it grants nothing by itself."
	}
	return ""
}

// ownerNote says where the scenario gave the resource's owner, as a clause
// to append after the account ("" when the ARN or a policy gave it).
func ownerNote(x *eval.Explanation) string {
	if x.ResourceOwner == "" {
		return ""
	}
	return fmt.Sprintf(" (%s says so)", x.ResourceOwner)
}

// scpMissing names the levels of the account's path whose SCPs do not
// allow the request, as a clause.
func scpMissing(x *eval.Explanation) string {
	var missing []string
	for _, s := range x.Sets {
		if s.Set != eval.SetSCP {
			continue
		}
		for _, l := range s.Levels {
			if l.Verdict != "allow" {
				missing = append(missing, l.Target)
			}
		}
	}
	if len(missing) == 0 {
		return "a level of the account's path has no service control policy that allows the request"
	}
	return "no service control policy attached to " + strings.Join(missing, ", ") + " allows the request, and every level of the path must allow it"
}
