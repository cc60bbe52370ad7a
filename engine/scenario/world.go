package scenario

import (
	"fmt"
	"strings"
	"time"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
	"github.com/stsplay/stsplay/engine/sts"
)

// World is the AWS account a scenario describes, with its stored policies
// parsed once: the caller and its identity policies and boundary, the
// managed policies that PolicyArns may name, and the resource-based
// policies. Scenario runs and the HTTP endpoint both build the environment
// of a GetFederationToken call, and the session it creates, from a World,
// so that they agree byte for byte.
type World struct {
	// Doc is the document the world was built from.
	Doc *Document
	// Caller is the principal that calls GetFederationToken.
	Caller principal.Caller
	// Identity and Boundary are the caller's policies.
	Identity []eval.PolicyRef
	Boundary *eval.PolicyRef
	// Managed maps managed policy ARNs to their text.
	Managed map[string]string
	// Resources are the resource-based policies.
	Resources []eval.ResourcePolicy
	// Owned are the resources whose owner and tags the document states.
	Owned []eval.Resource
	// Org is the organization of the accounts, or nil.
	Org *eval.Organization
	// SCPs are the service control and resource control policies of the
	// organization, in document order.
	SCPs []eval.PolicyRef
	// Diagnostics are the findings on every stored policy.
	Diagnostics []Diagnostic
	// Invalid is set when a stored policy has errors: IAM refuses to save
	// such a policy, so the world cannot exist and must not be run. Its
	// Source names the first such policy; its Message lists every error of
	// every such policy, one per line.
	Invalid *Error
}

// NewWorld parses the stored policies of doc: identity policies and the
// boundary as IAM validates them when they are saved, managed policies as
// identity policies, resource-based policies as resource policies.
func NewWorld(doc *Document) *World {
	return newWorld(doc, policy.Parse)
}

// parseFunc parses one policy text as a kind: policy.Parse, or a cache of
// its results (Runner).
type parseFunc func(text string, kind policy.Kind) (*policy.Policy, []policy.Diagnostic)

// newWorld is NewWorld with the policies parsed by parse.
func newWorld(doc *Document, parsePolicy parseFunc) *World {
	w := &World{
		Doc: doc,
		Caller: principal.Caller{
			Type: principal.CallerType(doc.Caller.Type), Account: doc.Account, Partition: doc.Partition,
			UserName: doc.Caller.Name, Path: doc.Caller.Path, UserID: doc.Caller.UserID, Tags: doc.Caller.Tags,
		},
		Managed: map[string]string{},
	}
	if w.Caller.IsRoot() {
		w.Caller.UserName, w.Caller.Path = "", ""
	}
	parse := func(pt PolicyText, kind policy.Kind, name string) eval.PolicyRef {
		p, diags := parsePolicy(pt.Text, kind)
		for _, d := range diags {
			w.Diagnostics = append(w.Diagnostics, Diagnostic{Source: pt.Source, Diagnostic: d})
		}
		for _, d := range diags {
			if d.Severity != policy.SeverityError {
				continue
			}
			line := fmt.Sprintf("%s: IAM would refuse to save this policy: %s (line %d, column %d)", pt.Source, d.Message, d.Line, d.Column)
			if w.Invalid == nil {
				w.Invalid = &Error{Code: CodeInvalidScenario, Message: line, Source: pt.Source}
			} else {
				w.Invalid.Message += "\n" + line
			}
		}
		return eval.PolicyRef{Source: pt.Source, Name: name, Policy: p, Diagnostics: diags}
	}
	for _, pt := range doc.Caller.Policies {
		w.Identity = append(w.Identity, parse(pt, policy.Identity, ""))
	}
	if doc.Caller.Boundary != nil {
		b := parse(*doc.Caller.Boundary, policy.Boundary, "")
		w.Boundary = &b
	}
	for _, m := range doc.ManagedPolicies {
		parse(m.Policy, policy.Identity, m.ARN)
		w.Managed[m.ARN] = m.Policy.Text
	}
	for _, rp := range doc.ResourcePolicies {
		ref := parse(rp.Policy, policy.Resource, rp.Name)
		w.Resources = append(w.Resources, eval.ResourcePolicy{PolicyRef: ref, AttachedTo: rp.AttachedTo, Account: rp.Account})
	}
	if o := doc.Organization; o != nil {
		parents := map[string][]string{}
		for _, a := range o.Accounts {
			parents[a.ID] = a.Parents
		}
		w.Org = eval.NewOrganization(o.ID, o.Root, o.Management, parents)
		if o.HasSCPs {
			w.Org.EnableSCPs()
		}
		for _, a := range o.SCPs {
			var refs []eval.PolicyRef
			for _, p := range a.Policies {
				ref := parse(p.PolicyText, policy.Identity, p.Managed)
				refs = append(refs, ref)
				w.SCPs = append(w.SCPs, ref)
			}
			w.Org.AttachSCPs(a.Target, refs)
		}
		for _, a := range o.RCPs {
			var refs []eval.PolicyRef
			for _, p := range a.Policies {
				ref := parse(p.PolicyText, policy.Resource, "")
				w.refuseAllow(ref)
				refs = append(refs, ref)
				w.SCPs = append(w.SCPs, ref)
			}
			w.Org.AttachRCPs(a.Target, refs)
		}
	}
	for i, r := range doc.Resources {
		w.Owned = append(w.Owned, eval.Resource{Source: fmt.Sprintf("resources[%d]", i), ARN: r.ARN, Account: r.Account, Context: eval.ResourceContext(r.Tags)})
	}
	return w
}

// EvalCaller is the caller as the evaluator sees it at time now: its
// policies, boundary and request context (aws:PrincipalArn, aws:username,
// aws:PrincipalTag/…, aws:CurrentTime).
func (w *World) EvalCaller(now time.Time) *eval.Caller {
	ctx := eval.CallerContext(w.Caller, now, w.Doc.Region)
	eval.SetPrincipalOrg(ctx, w.Org, w.Caller.Account)
	return &eval.Caller{Caller: w.Caller, Identity: w.Identity, Boundary: w.Boundary, Context: ctx, Org: w.Org}
}

// Authorizer returns the sts.Authorizer of calls made at time now: the
// caller's sts:GetFederationToken and sts:TagSession permissions decided by
// the evaluator, with the request's tags as aws:RequestTag/… and
// aws:TagKeys. When record is not nil every check is explained and passed
// to it.
func (w *World) Authorizer(now time.Time, record func(AuthorizationResult)) sts.Authorizer {
	return w.authorizer(now, true, record)
}

// authorizer is Authorizer; the checks passed to record are explained only
// when explain is true.
func (w *World) authorizer(now time.Time, explain bool, record func(AuthorizationResult)) sts.Authorizer {
	caller := w.EvalCaller(now)
	return func(ar sts.AuthRequest) sts.AuthDecision {
		r := eval.Request{Action: ar.Action, Resource: ar.Resource, Context: eval.TagRequestContext(ar.Tags)}
		switch {
		case record == nil:
			return callerDecision(caller, r)
		case explain:
			d, decision, x := explainCaller(caller, r)
			record(AuthorizationResult{Action: ar.Action, Resource: ar.Resource, Decision: decision, Explanation: x})
			return d
		default:
			d := callerDecision(caller, r)
			decision := eval.Decision(eval.Allowed)
			if !d.Allowed {
				decision = decideCaller(caller, r)
			}
			record(AuthorizationResult{Action: ar.Action, Resource: ar.Resource, Decision: decision})
			return d
		}
	}
}

// callerDecision is the caller decision as STS needs it, explained only
// when a service control policy may have refused, so that AccessDenied can
// name it.
func callerDecision(c *eval.Caller, r eval.Request) sts.AuthDecision {
	if decideCaller(c, r) == eval.Allowed {
		return sts.AuthDecision{Allowed: true}
	}
	x := eval.ExplainCaller(c, r)
	return authDecision(&x)
}

// authDecision is the caller decision as STS needs it: allowed or not, and
// whether a service control policy refused (RULES.md#access-denied).
func authDecision(x *eval.Result) sts.AuthDecision {
	d := sts.AuthDecision{Allowed: x.Decision == eval.Allowed}
	switch {
	case x.Explanation.Rule == eval.RuleSCPNotAllowed:
		d.DeniedBy = "service control policy"
	case x.Explanation.Rule == eval.RuleExplicitDeny && len(x.Explanation.Deciding) > 0 && x.Explanation.Deciding[0].Set == eval.SetSCP:
		d.DeniedBy, d.Explicit = "service control policy", true
	}
	return d
}

// Session is the federated-user session a successful call created, as the
// evaluator sees it at time now: the caller's policies, the session
// policies, the resource-based policies and the session's request context.
func (w *World) Session(c *sts.TokenClaims, policies []sts.SessionPolicy, now time.Time) *eval.Session {
	ps := principal.Session{Partition: c.Partition, Account: c.Account, Name: c.Name, Caller: w.Caller, Tags: c.Tags, Issued: c.Issued}
	s := &eval.Session{
		Session:  ps,
		Identity: w.Identity, Boundary: w.Boundary, Resources: w.Resources, Owned: w.Owned, Org: w.Org,
		Context: eval.SessionContext(ps, now, w.Doc.Region),
	}
	eval.SetPrincipalOrg(s.Context, w.Org, ps.Account)
	for _, sp := range policies {
		s.SessionPolicies = append(s.SessionPolicies, eval.PolicyRef{Source: sp.Source, Name: sp.ARN, Policy: sp.Policy, Diagnostics: sp.Diagnostics})
	}
	return s
}

// principalTags reads the session's principal tags back from its context,
// where eval.SessionContext merged the user's and the session's tags.
func principalTags(c *reqctx.Context) map[string]string {
	out := map[string]string{}
	const prefix = "aws:principaltag/"
	for _, k := range c.Keys() {
		if len(k) > len(prefix) && strings.EqualFold(k[:len(prefix)], prefix) {
			v, _ := c.Get(k)
			out[k[len(prefix):]] = v[0]
		}
	}
	return out
}

// refuseAllow refuses an RCP with an Allow statement: RCPs may only Deny,
// and AWS refuses to save one that allows (RULES.md#resource-control-policies).
func (w *World) refuseAllow(ref eval.PolicyRef) {
	if ref.Policy == nil {
		return
	}
	for _, st := range ref.Policy.Statements {
		if st.Effect != policy.Allow {
			continue
		}
		d := Diagnostic{Source: ref.Source}
		d.Code, d.Severity, d.Pos, d.End = "rcp-allow", policy.SeverityError, st.Range.Start, st.Range.End
		d.Message = fmt.Sprintf("Statement[%d] has \"Effect\": \"Allow\"; resource control policies may only Deny (AWS's RCPFullAWSAccess already allows everything).", st.Index)
		w.Diagnostics = append(w.Diagnostics, d)
		line := fmt.Sprintf("%s: AWS Organizations would refuse this RCP: %s (line %d, column %d)", ref.Source, d.Message, d.Line, d.Column)
		if w.Invalid == nil {
			w.Invalid = &Error{Code: CodeInvalidScenario, Message: line, Source: ref.Source}
		} else {
			w.Invalid.Message += "\n" + line
		}
	}
}
