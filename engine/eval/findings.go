package eval

import "github.com/stsplay/stsplay/engine/policy"

// The step ids of Explanation.Steps.
const (
	StepGetCallerIdentity  = "getCallerIdentity"
	StepExplicitDeny       = "explicitDeny"
	StepServiceRestriction = "serviceRestriction"
	StepResourceGrant      = "resourceGrant"
	StepIdentitySession    = "identitySession"
	// StepServiceControlPolicies is reached only when SCPs bound the
	// account (RULES.md#service-control-policies), in a session and in a
	// caller decision alike.
	StepServiceControlPolicies = "serviceControlPolicies"
	// The steps of a caller decision (ExplainCaller) are StepRootCaller,
	// StepExplicitDeny and StepIdentityBoundary.
	StepRootCaller       = "rootCaller"
	StepIdentityBoundary = "identityBoundary"
)

// The outcomes of a step.
const (
	OutcomePassed  = "passed"
	OutcomeDecided = "decided"
	OutcomeSkipped = "skipped"
)

// The findings of the steps (Step.Finding).
const (
	FindingNotReached = "notReached" // a skipped step: an earlier step decided

	FindingGetCallerIdentity = "getCallerIdentity" // the action is sts:GetCallerIdentity
	FindingOtherAction       = "otherAction"       // it is not, so the policies decide

	FindingDenyApplies = "denyApplies" // a Deny statement applies
	FindingNoDeny      = "noDeny"      // no Deny statement applies

	FindingSCPAllows     = "scpAllows"     // every level of the account's path has an SCP that allows
	FindingSCPNotAllowed = "scpNotAllowed" // some level has none (SetTrace.Levels)

	FindingRestrictedService   = "restrictedService"   // an IAM or STS action
	FindingUnrestrictedService = "unrestrictedService" // any other action

	FindingNoResourcePolicy     = "noResourcePolicy"     // no resource-based policy governs the resource
	FindingCrossAccountNoPolicy = "crossAccountNoPolicy" // another account's resource, and no policy of it allows
	FindingCrossAccountGrant    = "crossAccountGrant"    // another account's policy allows, which is needed but not enough
	FindingCrossAccountNoGrant  = "crossAccountNoGrant"  // another account's policy does not allow
	FindingSessionGrant         = "sessionGrant"         // the policy names the session (or everyone): it grants
	FindingUserGrant            = "userGrant"            // it names the IAM user, and S and B allow: it grants
	FindingUserGrantLimited     = "userGrantLimited"     // it names the IAM user, but S or B does not allow
	FindingAccountDelegates     = "accountDelegates"     // it names only the account, which delegates
	FindingNoGrant              = "noGrant"              // it names none of them
	FindingKeyPolicyNoAccount   = "keyPolicyNoAccount"   // a KMS key policy that does not allow the account: IAM policies do not count

	FindingCrossAccountAllowed = "crossAccountAllowed" // both sides of a cross-account request allow
	FindingAllAllow            = "allAllow"            // identity, boundary and session policies allow
	FindingNotAllAllow         = "notAllAllow"         // one of them does not (Explanation.NotAllowedBy)

	FindingRootCaller            = "rootCaller"            // the caller is the root user, who may do anything
	FindingIAMUser               = "iamUser"               // the caller is an IAM user, whose policies decide
	FindingIdentityBoundaryAllow = "identityBoundaryAllow" // an identity policy and the boundary allow
	FindingNotAllowed            = "notAllowed"            // they do not (Explanation.NotAllowedBy)
)

// The notes of the policy sets (SetTrace.Note).
const (
	NoteRootCaller          = "rootCaller"          // identity: the root user has every permission
	NoteNoIdentityPolicies  = "noIdentityPolicies"  // identity: the IAM user has none
	NoteRootBoundaryIgnored = "rootBoundaryIgnored" // boundary: the root user cannot have one; it is ignored
	NoteRootNoBoundary      = "rootNoBoundary"      // boundary: the root user cannot have one
	NoteNoBoundary          = "noBoundary"          // boundary: the IAM user has none
	NoteNoSessionPolicy     = "noSessionPolicy"     // session: none was passed, so nothing is allowed
	NoteNotAttached         = "notAttached"         // resource: no policy is attached to this resource
	NoteNoResourcePolicy    = "noResourcePolicy"    // resource: the scenario has none
	NoteCrossAccount        = "crossAccount"        // resource: it is in another account
	NoteAccountDelegates    = "accountDelegates"    // resource: the policy only names the account
	NoteDefaultKeyPolicy    = "defaultKeyPolicy"    // resource: a KMS key with no key policy given has the default one
	NoteKeyPolicyNoAccount  = "keyPolicyNoAccount"  // resource: the key policy does not allow the account, so IAM policies do not count
)

// explanation turns the recorded trace and the state into an Explanation.
func (r *recorder) explanation(s *Session, req Request, st *state) Explanation {
	x := Explanation{
		Rule:            st.rule,
		Principal:       PrincipalSession,
		Action:          req.Action,
		Resource:        req.Resource,
		Account:         s.Account,
		Root:            st.root,
		Sets:            r.sets,
		Deciding:        r.deciding(st),
		ResourceAccount: st.resourceAccount,
		ResourceOwner:   st.owner,
		Warnings:        r.warnings,
	}
	if !st.root {
		x.CallerName = s.Caller.UserName
	}
	if x.Sets == nil {
		x.Sets = []SetTrace{}
	}
	x.Steps = st.steps()
	x.NotAllowedBy = st.notAllowedBy()
	return x
}

// deciding picks the statements that decided, following the rule.
func (r *recorder) deciding(st *state) []StatementRef {
	out := []StatementRef{}
	for _, h := range r.hits {
		if decides(st, h) {
			out = append(out, h.ref)
		}
	}
	return out
}

// decides reports whether a matching statement is one of those that made
// the decision.
func decides(st *state, h hit) bool {
	allowIn := func(sets ...string) bool {
		if h.ref.Effect != policy.Allow {
			return false
		}
		for _, s := range sets {
			if h.ref.Set == s {
				return true
			}
		}
		return false
	}
	switch st.rule {
	case RuleExplicitDeny:
		return h.ref.Effect == policy.Deny
	case RuleResourceGrantSession:
		return allowIn(SetResource) && h.grant == grantSession
	case RuleResourceGrantUser:
		return (allowIn(SetResource) && h.grant == grantUser) || allowIn(SetSession, SetBoundary)
	case RuleIdentitySession, RuleIdentityBoundary:
		return allowIn(SetIdentity, SetBoundary, SetSession)
	case RuleCrossAccount:
		return allowIn(SetIdentity, SetBoundary, SetSession, SetResource)
	}
	return false
}

// steps walks the evaluation order and says what each step found.
func (st *state) steps() []Step {
	order := []string{StepGetCallerIdentity, StepExplicitDeny, StepServiceRestriction, StepResourceGrant, StepIdentitySession}
	if st.scpApplies {
		order = []string{StepGetCallerIdentity, StepExplicitDeny, StepServiceControlPolicies, StepServiceRestriction, StepResourceGrant, StepIdentitySession}
	}
	decidedAt := StepIdentitySession
	switch st.rule {
	case RuleGetCallerIdentity:
		decidedAt = StepGetCallerIdentity
	case RuleExplicitDeny:
		decidedAt = StepExplicitDeny
	case RuleSCPNotAllowed:
		decidedAt = StepServiceControlPolicies
	case RuleServiceRestriction:
		decidedAt = StepServiceRestriction
	case RuleResourceGrantSession, RuleResourceGrantUser, RuleKeyPolicyNoAccount:
		decidedAt = StepResourceGrant
	}
	steps := make([]Step, 0, len(order))
	reached := true
	for _, id := range order {
		outcome := OutcomePassed
		switch {
		case !reached:
			outcome = OutcomeSkipped
		case id == decidedAt:
			outcome = OutcomeDecided
			reached = false
		}
		steps = append(steps, Step{ID: id, Outcome: outcome, Finding: st.finding(id, outcome)})
	}
	return steps
}

// finding is what one step found.
func (st *state) finding(id, outcome string) string {
	if outcome == OutcomeSkipped {
		return FindingNotReached
	}
	switch id {
	case StepGetCallerIdentity:
		if st.gci {
			return FindingGetCallerIdentity
		}
		return FindingOtherAction
	case StepExplicitDeny:
		if st.rule == RuleExplicitDeny {
			return FindingDenyApplies
		}
		return FindingNoDeny
	case StepServiceControlPolicies:
		if st.rule == RuleSCPNotAllowed {
			return FindingSCPNotAllowed
		}
		return FindingSCPAllows
	case StepServiceRestriction:
		if st.restricted {
			return FindingRestrictedService
		}
		return FindingUnrestrictedService
	case StepResourceGrant:
		return st.resourceFinding(outcome)
	}
	switch st.rule {
	case RuleCrossAccount:
		return FindingCrossAccountAllowed
	case RuleIdentitySession:
		return FindingAllAllow
	}
	return FindingNotAllAllow
}

// resourceFinding is what the resource-based policy step found.
func (st *state) resourceFinding(outcome string) string {
	switch {
	case st.rule == RuleKeyPolicyNoAccount:
		return FindingKeyPolicyNoAccount
	case !st.resource.present && !st.sameAccount:
		return FindingCrossAccountNoPolicy
	case !st.resource.present:
		return FindingNoResourcePolicy
	case !st.sameAccount && st.resource.anyGrant():
		return FindingCrossAccountGrant
	case !st.sameAccount:
		return FindingCrossAccountNoGrant
	case outcome == OutcomeDecided && st.rule == RuleResourceGrantSession:
		return FindingSessionGrant
	case outcome == OutcomeDecided:
		return FindingUserGrant
	case st.resource.has(grantUser):
		return FindingUserGrantLimited
	case st.resource.has(grantAccount):
		return FindingAccountDelegates
	}
	return FindingNoGrant
}

// notAllowedBy lists which parts of identity ∧ boundary ∧ session do not
// allow the request.
func (st *state) notAllowedBy() []string {
	var parts []string
	if !st.identity.allow {
		parts = append(parts, NotAllowedByIdentity)
	}
	if st.boundary.present && !st.boundary.allow {
		parts = append(parts, NotAllowedByBoundary)
	}
	if st.principal == PrincipalCaller {
		return parts
	}
	switch {
	case !st.session.present:
		parts = append(parts, NotAllowedByNoSessionPolicy)
	case !st.session.allow:
		parts = append(parts, NotAllowedBySession)
	}
	return parts
}

// identityNote is the note of the identity set.
func (st *state) identityNote(identities int) string {
	switch {
	case st.root:
		return NoteRootCaller
	case identities == 0:
		return NoteNoIdentityPolicies
	}
	return ""
}

// boundaryNote is the note of the boundary set.
func (st *state) boundaryNote(given bool) string {
	switch {
	case st.root && given:
		return NoteRootBoundaryIgnored
	case st.root:
		return NoteRootNoBoundary
	case !st.boundary.present:
		return NoteNoBoundary
	}
	return ""
}

// sessionNote is the note of the session set.
func (st *state) sessionNote() string {
	if !st.session.present {
		return NoteNoSessionPolicy
	}
	return ""
}

// resourceNote is the note of the resource set.
func (st *state) resourceNote(s *Session) string {
	switch {
	case st.keyPolicy && !st.resource.present && st.sameAccount:
		return NoteDefaultKeyPolicy
	case st.keyPolicy && st.sameAccount && !st.resource.has(grantAccount):
		return NoteKeyPolicyNoAccount
	case !st.resource.present && len(s.Resources) > 0:
		return NoteNotAttached
	case !st.resource.present:
		return NoteNoResourcePolicy
	case !st.sameAccount:
		return NoteCrossAccount
	case st.resource.has(grantAccount) && !st.resource.has(grantUser) && !st.resource.has(grantSession):
		return NoteAccountDelegates
	}
	return ""
}
