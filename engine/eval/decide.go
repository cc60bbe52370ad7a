package eval

import (
	"strings"
	"sync"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

// state is everything the decision procedure found. Decide keeps only the
// decision; Explain turns the rest into an Explanation.
type state struct {
	decision Decision
	rule     string
	// principal is PrincipalSession or PrincipalCaller.
	principal string
	// gci is true for sts:GetCallerIdentity; restricted for any other
	// iam: or sts: action.
	gci, restricted bool
	identity        verdict
	boundary        verdict
	session         verdict
	resource        verdict
	// root is true when the account root user created the session.
	root bool
	// resourceAccount owns the resource; sameAccount compares it with the
	// session's account.
	resourceAccount string
	sameAccount     bool
	// owner is the Source of the Session.Owned entry that gave the
	// resource's owner, or "".
	owner string
	// scpApplies is true when SCPs bound the account; scp is their
	// verdict (RULES.md#service-control-policies).
	scpApplies bool
	scp        verdict
	// rcpApplies is true when RCPs bound the resource; rcp is their
	// verdict (RULES.md#resource-control-policies).
	rcpApplies bool
	rcp        verdict
	// keyPolicy is true for a KMS key, whose key policy must allow the
	// account before IAM policies count (RULES.md#key-policy).
	keyPolicy bool
}

// Decide returns the decision for one request made with the session's
// credentials. It is the fast path: no trace is recorded and, for a policy
// without policy variables in its resources, nothing is allocated
// (BenchmarkDecideSeed, BenchmarkDecideSeedDenied and BenchmarkDecideCarol
// report 0 allocs/op). It never panics; a nil session is denied.
//
// A policy with errors (policy.HasErrors) is one AWS would have refused, so
// callers should not get this far with one (the scenario layer reports it
// instead of running). If one is passed anyway, the statements that could be
// read are evaluated, and Explain marks the policy (PolicyTrace.Errors,
// Explanation.Warnings) so that the result is never silently trusted.
func Decide(s *Session, r Request) Decision {
	if s == nil {
		return ImplicitDeny
	}
	st := run(s, r, nil)
	return st.decision
}

// Explain returns the same decision as Decide together with its full
// explanation: every statement of every policy set is evaluated and traced.
func Explain(s *Session, r Request) Result {
	if s == nil {
		s = &Session{}
	}
	rec := &recorder{}
	st := run(s, r, rec)
	return Result{Decision: st.decision, Explanation: rec.explanation(s, r, &st)}
}

// run is the decision procedure for a GetFederationToken session, exactly
// as the rule book derives it from AWS's pages (RULES.md#decision-procedure: ("Permissions for
// GetFederationToken", "Policy evaluation logic", "Session policies",
// "Cross-account policy evaluation logic", STS API Reference
// "GetFederationToken")). With rec == nil it is the fast path; otherwise
// every statement is evaluated and recorded.
func run(s *Session, r Request, rec *recorder) state {
	st := state{root: s.Caller.IsRoot(), principal: PrincipalSession}
	// "No permissions are required to perform this operation. If an
	// administrator adds a policy … that explicitly denies access to the
	// sts:GetCallerIdentity action, you can still perform this operation."
	// (Requesting temporary security credentials, footnote 4.)
	st.gci = strings.EqualFold(r.Action, "sts:GetCallerIdentity")
	if st.gci && rec == nil {
		st.decision, st.rule = Allowed, RuleGetCallerIdentity
		return st
	}
	st.restricted = !st.gci && restrictedService(r.Action)
	st.keyPolicy = keyPolicyApplies(r.Action, r.Resource)

	owned := ownedResource(s, r.Resource)
	st.resourceAccount = resourceAccount(s, owned, r.Resource)
	st.sameAccount = st.resourceAccount == s.Account
	if owned != nil {
		st.owner = owned.Source
	}
	ctx := contexts.Get().(*requestContext)
	*ctx = requestContext{request: r.Context, session: s.Context, resourceAccount: [1]string{st.resourceAccount}, org: s.Org}
	if owned != nil {
		ctx.resource = owned.Context
	}
	e := evaluator{action: r.Action, resource: r.Resource, partition: s.Partition, ctx: ctx, ids: idsOf(s), hasBoundary: s.Boundary != nil && !st.root}
	if st.scpApplies = s.Org.scpsApply(s.Account); st.scpApplies {
		e.scp(&st.scp, s.Org, s.Account, rec)
	}
	if st.rcpApplies = s.Org.rcpsApply(st.resourceAccount, r.Action); st.rcpApplies {
		e.rcp(&st.rcp, s.Org, st.resourceAccount, rec)
	}
	st.evaluateSets(s, &e, rec)
	st.decision, st.rule = st.decide()
	if rec == nil {
		// The fast path keeps no reference to the context once decided;
		// a recorded trace may (a condition's Result reads it when it
		// explains itself), so it is left to the garbage collector.
		*ctx = requestContext{}
		contexts.Put(ctx)
	}
	return st
}

// contexts reuses request contexts: the evaluator reads the context through
// the reqctx.Getter interface, so a context built on the stack would escape
// to the heap on every decision.
var contexts = sync.Pool{New: func() any { return new(requestContext) }}

// evaluateSets evaluates the identity, boundary, session and resource sets,
// in that order.
func (st *state) evaluateSets(s *Session, e *evaluator, rec *recorder) {
	rec.beginSet(SetIdentity)
	if st.root {
		// The root user has every permission and no identity-based
		// policies or boundary of its own (SCPs are out of scope), so its
		// session is limited only by the session policies.
		st.identity = verdict{present: true, allow: true}
	} else {
		for i := range s.Identity {
			e.policy(&st.identity, &s.Identity[i], SetIdentity, false, rec)
		}
	}
	if rec != nil {
		rec.endSet(st.identity, st.identityNote(len(s.Identity)))
	}

	rec.beginSet(SetBoundary)
	if s.Boundary != nil && !st.root {
		e.policy(&st.boundary, s.Boundary, SetBoundary, false, rec)
	}
	if rec != nil {
		rec.endSet(st.boundary, st.boundaryNote(s.Boundary != nil))
	}

	rec.beginSet(SetSession)
	for i := range s.SessionPolicies {
		e.policy(&st.session, &s.SessionPolicies[i], SetSession, false, rec)
	}
	if rec != nil {
		rec.endSet(st.session, st.sessionNote())
	}

	rec.beginSet(SetResource)
	for i := range s.Resources {
		rp := &s.Resources[i]
		if !Governs(rp.AttachedTo, e.resource) {
			continue
		}
		rec.attachedTo(rp.AttachedTo)
		e.policy(&st.resource, &rp.PolicyRef, SetResource, true, rec)
	}
	if rec != nil {
		rec.endSet(st.resource, st.resourceNote(s))
	}
}

// decide applies the rules of RULES.md#decision-procedure to the verdicts.
func (st *state) decide() (Decision, string) {
	if st.gci {
		return Allowed, RuleGetCallerIdentity
	}
	// "An explicit deny in any policy overrides any allows." (Policy
	// evaluation logic.)
	if st.scp.deny || st.rcp.deny || st.identity.deny || st.boundary.deny || st.session.deny || st.resource.deny {
		return ExplicitDeny, RuleExplicitDeny
	}
	// Every level of the account's path must allow the action
	// (RULES.md#service-control-policies).
	if st.scpApplies && !st.scp.allow {
		return ImplicitDeny, RuleSCPNotAllowed
	}
	// "You cannot call any IAM operations using the CLI or the Amazon Web
	// Services API … You cannot call any STS operations except
	// GetCallerIdentity." (STS API Reference, GetFederationToken,
	// Permissions.) Modelled as an implicit deny (RULES.md#service-restriction).
	if st.restricted {
		return ImplicitDeny, RuleServiceRestriction
	}
	// "if you do not pass a policy, then the resulting federated user
	// session has no permissions" (STS API Reference): with no session
	// policy, S allows nothing.
	sAllow := st.session.allow
	bAllow := !st.boundary.present || st.boundary.allow
	idSide := st.identity.allow && bAllow && sAllow
	// "Unless the key policy explicitly allows it, you cannot use IAM
	// policies to allow access to a KMS key" (AWS KMS Developer Guide, Key
	// policies; RULES.md#key-policy). With no key policy given, the default
	// key policy allows the account, so IAM policies count.
	iamCounts := !st.keyPolicy || !st.resource.present || st.resource.has(grantAccount)
	if st.sameAccount && !iamCounts {
		switch {
		case st.resource.has(grantSession):
			return Allowed, RuleResourceGrantSession
		case st.resource.has(grantUser) && sAllow && bAllow:
			return Allowed, RuleResourceGrantUser
		}
		return ImplicitDeny, RuleKeyPolicyNoAccount
	}
	if st.sameAccount {
		// "Within the same account, resource-based policies that grant
		// permissions to a federated user ARN grant permissions directly
		// to the session. Permissions granted directly to a session are
		// not limited by an implicit deny in an identity-based policy, a
		// permissions boundary, or session policy. However, if a
		// resource-based policy grants permission to the ARN of the IAM
		// user who federated, then requests made by the federated user
		// during the session are limited by an implicit deny in a
		// permission boundary or session policy." (Policy evaluation
		// logic; Permissions boundaries for IAM entities.)
		switch {
		case st.resource.has(grantSession):
			return Allowed, RuleResourceGrantSession
		case st.resource.has(grantUser) && sAllow && bAllow:
			return Allowed, RuleResourceGrantUser
		case idSide:
			return Allowed, RuleIdentitySession
		case !st.session.present:
			return ImplicitDeny, RuleNoSessionPolicy
		}
		return ImplicitDeny, RuleNotAllowed
	}
	// "The request is allowed only if both evaluations return a decision
	// of Allow." (Cross-account policy evaluation logic.)
	if idSide && st.resource.anyGrant() {
		return Allowed, RuleCrossAccount
	}
	return ImplicitDeny, RuleCrossAccountMissing
}

// restrictedService reports whether an action belongs to IAM or STS, which
// GetFederationToken credentials cannot call (service prefixes are
// case-insensitive: IAM JSON policy elements: Action).
func restrictedService(action string) bool {
	svc, _, _ := strings.Cut(action, ":")
	return strings.EqualFold(svc, "iam") || strings.EqualFold(svc, "sts")
}

// ownedResource returns the entry of s.Owned that governs resource (the
// resource itself or, for an S3 bucket, an object under it), or nil.
func ownedResource(s *Session, resource string) *Resource {
	for i := range s.Owned {
		if Governs(s.Owned[i].ARN, resource) {
			return &s.Owned[i]
		}
	}
	return nil
}

// resourceAccount returns the account that owns a resource
// (RULES.md#resource-owner): the Account of its Session.Owned entry, else
// of the first governing resource-based policy that names one, else the
// account in the resource ARN, else (S3 ARNs have no account, "*" is no
// ARN) the session's account. The scenario layer refuses an owner and a
// resource policy that disagree, so the order of the first two does not
// change the answer.
func resourceAccount(s *Session, owned *Resource, resource string) string {
	if owned != nil && owned.Account != "" {
		return owned.Account
	}
	for i := range s.Resources {
		rp := &s.Resources[i]
		if rp.Account != "" && Governs(rp.AttachedTo, resource) {
			return rp.Account
		}
	}
	if a := arn.Account(resource); a != "" {
		return a
	}
	return s.Account
}

// requestContext is the context the policies read for one request: the
// request's own keys first, then aws:ResourceAccount, then the resource's
// aws:ResourceTag/… keys, then aws:ResourceOrgID and aws:ResourceOrgPaths,
// then the session's keys, without copying any context. aws:ResourceAccount is "the
// requested resource owner's AWS account ID" and is "always included in
// the request context for most service actions" (AWS global condition
// context keys); it is the account resourceAccount finds.
type requestContext struct {
	request, resource, session *reqctx.Context
	resourceAccount            [1]string
	// org gives aws:ResourceOrgID and aws:ResourceOrgPaths when the
	// resource's account is a member (RULES.md#organization-paths).
	org *Organization
}

// Get looks a key up in the request, then the resource account, then the
// session.
func (c *requestContext) Get(key string) ([]string, bool) {
	if v, ok := c.request.Get(key); ok {
		return v, true
	}
	if c.resourceAccount[0] != "" && strings.EqualFold(key, "aws:ResourceAccount") {
		return c.resourceAccount[:], true
	}
	if v, ok := c.resource.Get(key); ok {
		return v, true
	}
	if v, ok := c.org.resourceOrg(key, c.resourceAccount[0]); ok {
		return v, true
	}
	return c.session.Get(key)
}
