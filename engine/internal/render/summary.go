package render

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
)

// summary states the decision and why in one or two sentences.
func summary(x *eval.Explanation) string {
	var s string
	if x.Principal == eval.PrincipalCaller {
		s = callerSummary(x)
	} else {
		s = sessionSummary(x)
	}
	if len(x.Warnings) > 0 {
		s += " Warning: a policy has errors, so AWS would not have evaluated it (see warnings)."
	}
	return s
}

// sessionSummary is the summary of a request made with the session's
// credentials.
func sessionSummary(x *eval.Explanation) string {
	req := request(x)
	switch x.Rule {
	case eval.RuleGetCallerIdentity:
		return "Allowed: sts:GetCallerIdentity is always allowed; it needs no permission and a Deny cannot stop it."
	case eval.RuleExplicitDeny:
		return fmt.Sprintf("Explicitly denied: %s denies %s, and an explicit Deny overrides every Allow.", label(x.Deciding[0]), req)
	case eval.RuleServiceRestriction:
		return fmt.Sprintf("Implicitly denied: credentials from GetFederationToken cannot call %s, because federated sessions cannot call IAM operations, nor STS operations other than GetCallerIdentity.", x.Action)
	case eval.RuleResourceGrantSession:
		return fmt.Sprintf("Allowed: %s names the federated session (or everyone) directly, so it grants %s without any identity, boundary or session policy.", firstIn(x, eval.SetResource), req)
	case eval.RuleResourceGrantUser:
		return fmt.Sprintf("Allowed: %s grants %s to the IAM user %s, and the session policies (%s) and the permissions boundary also allow it.", firstIn(x, eval.SetResource), req, x.CallerName, firstIn(x, eval.SetSession))
	case eval.RuleIdentitySession:
		if x.Root {
			return fmt.Sprintf("Allowed: the session was created by the root user, which has every permission, and %s allows %s for the session; no Deny applies.", firstIn(x, eval.SetSession), req)
		}
		return fmt.Sprintf("Allowed: %s allows %s for %s, and %s allows it for the session; no Deny applies.", identityLabel(x), req, callerName(x), firstIn(x, eval.SetSession))
	case eval.RuleCrossAccount:
		return fmt.Sprintf("Allowed: the resource is in account %s, and both sides allow %s: %s on the resource and %s with the session policy %s.", x.ResourceAccount, req, firstIn(x, eval.SetResource), identityLabel(x), firstIn(x, eval.SetSession))
	case eval.RuleNoSessionPolicy:
		return fmt.Sprintf("Implicitly denied: no session policy was passed to GetFederationToken, so the session has no permissions of its own, and no resource-based policy names the session for %s.", req)
	case eval.RuleSCPNotAllowed:
		return fmt.Sprintf("Implicitly denied: %s is outside what the organization's service control policies allow for account %s: %s.", req, x.Account, scpMissing(x))
	case eval.RuleKeyPolicyNoAccount:
		return fmt.Sprintf("Implicitly denied: the key policy of this KMS key does not allow the account, so IAM policies cannot allow %s, and the key policy does not name the session or its IAM user either.", req)
	case eval.RuleCrossAccountMissing:
		return fmt.Sprintf("Implicitly denied: the resource is in account %s, so both its resource-based policy and the session's own policies must allow %s; %s.", x.ResourceAccount, req, crossMissing(x))
	}
	if x.Root {
		return fmt.Sprintf("Implicitly denied: %s is not allowed because %s; a session of the root user gets only what the session policies allow.", req, missing(x))
	}
	return fmt.Sprintf("Implicitly denied: %s is not allowed because %s; a federated session gets only what the IAM user's policies, its permissions boundary and the session policies all allow.", req, missing(x))
}

// callerSummary is the summary of a permission check of the caller.
func callerSummary(x *eval.Explanation) string {
	req := request(x)
	switch x.Rule {
	case eval.RuleSCPNotAllowed:
		return fmt.Sprintf("Implicitly denied: %s is outside what the organization's service control policies allow for account %s: %s.", req, x.Account, scpMissing(x))
	case eval.RuleRootCaller:
		return fmt.Sprintf("Allowed: the account root user may perform %s; identity policies and boundaries do not apply to it.", req)
	case eval.RuleExplicitDeny:
		return fmt.Sprintf("Explicitly denied: %s denies %s to the IAM user %s, and an explicit Deny overrides every Allow.", label(x.Deciding[0]), req, x.CallerName)
	case eval.RuleIdentityBoundary:
		return fmt.Sprintf("Allowed: %s allows %s for the IAM user %s, and no Deny applies.", label(x.Deciding[0]), req, x.CallerName)
	}
	return fmt.Sprintf("Implicitly denied: the IAM user %s may not perform %s because %s.", x.CallerName, req, callerMissing(x))
}

// identityLabel names the identity policy that allowed, or the root user.
func identityLabel(x *eval.Explanation) string {
	if x.Root {
		return "the root user (who has every permission)"
	}
	return firstIn(x, eval.SetIdentity)
}

// crossMissing says which side of a cross-account request does not allow.
func crossMissing(x *eval.Explanation) string {
	rs := resourceSet(x)
	if rs == nil || len(rs.Grants) == 0 {
		if rs == nil || rs.Verdict == "absent" {
			return "no resource-based policy governs the resource"
		}
		return "the resource-based policy does not allow the session, its IAM user or its account"
	}
	return missing(x)
}

// resourceSet returns the resource set of a session explanation, or nil.
func resourceSet(x *eval.Explanation) *eval.SetTrace {
	for i := range x.Sets {
		if x.Sets[i].Set == eval.SetResource {
			return &x.Sets[i]
		}
	}
	return nil
}

// missing lists which side of identity ∧ boundary ∧ session does not
// allow, as clauses joined for a sentence.
func missing(x *eval.Explanation) string {
	var parts []string
	for _, p := range x.NotAllowedBy {
		switch p {
		case eval.NotAllowedByIdentity:
			parts = append(parts, fmt.Sprintf("no identity-based policy of %s allows it", callerName(x)))
		case eval.NotAllowedByBoundary:
			parts = append(parts, "the permissions boundary does not allow it")
		case eval.NotAllowedByNoSessionPolicy:
			parts = append(parts, "no session policy was passed, so the session policies allow nothing")
		case eval.NotAllowedBySession:
			parts = append(parts, "no session policy allows it")
		}
	}
	if len(parts) == 0 {
		return "the resource-based policy of the other account does not allow it"
	}
	return strings.Join(parts, "; ")
}

// callerMissing lists why a caller's identity policies and boundary do not
// allow.
func callerMissing(x *eval.Explanation) string {
	var parts []string
	for _, p := range x.NotAllowedBy {
		switch p {
		case eval.NotAllowedByIdentity:
			parts = append(parts, "none of its identity-based policies allows it")
		case eval.NotAllowedByBoundary:
			parts = append(parts, "the permissions boundary does not allow it")
		}
	}
	return strings.Join(parts, "; ")
}
