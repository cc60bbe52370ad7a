package scenario

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/reqctx"
	"github.com/stsplay/stsplay/engine/sts"
)

// TokenKey is the key that authenticates the session tokens of scenario
// runs. It is public on purpose: a scenario's credentials are for learning
// and must be the same in the CLI, the browser and the endpoint. The HTTP
// endpoint signs the tokens it issues with its own key.
var TokenKey = []byte("stsplay scenario token key (public, for playground sessions only)")

// Run simulates a scenario document and returns its result. It never
// panics: a document that cannot be read gives a result whose Error has
// Code InvalidScenario and whose Diagnostics locate every problem.
func Run(data []byte) (res *Result) {
	res = newResult()
	defer func() {
		if p := recover(); p != nil {
			res = newResult()
			res.Error = &Error{Code: "InternalError", Message: fmt.Sprintf("the engine failed on this document (%v); this is a bug in stsplay, please report it with the document.", p)}
		}
	}()
	doc, err := Decode(data)
	if err != nil {
		return invalid(res, err)
	}
	return RunDocument(doc)
}

func newResult() *Result {
	return &Result{Engine: Version, Checks: []CheckResult{}, Diagnostics: []Diagnostic{}}
}

// invalid fills res for a document that could not be decoded.
func invalid(res *Result, err error) *Result {
	var de *DecodeError
	if errors.As(err, &de) {
		for _, f := range de.Fields {
			d := Diagnostic{Source: "scenario"}
			d.Code, d.Severity, d.Message, d.Path = "invalid-scenario", policy.SeverityError, f.Message, f.Path
			d.Pos = policy.Pos{Offset: f.Offset, Line: f.Line, Column: f.Column}
			d.End = d.Pos
			res.Diagnostics = append(res.Diagnostics, d)
		}
	}
	res.Error = &Error{Code: CodeInvalidScenario, Message: err.Error(), Source: "scenario"}
	return res
}

// stored is a parsed policy of the account (identity, boundary, managed or
// resource): IAM validates these when they are saved.
type stored struct {
	ref   eval.PolicyRef
	diags []policy.Diagnostic
}

// RunDocument simulates a decoded scenario.
func RunDocument(doc *Document) *Result {
	res := newResult()
	clock := doc.Clock
	if clock.IsZero() {
		clock = time.Now().UTC()
	}

	// Parse every stored policy. IAM refuses to save a policy with errors,
	// so a scenario whose stored policies have errors describes an account
	// that cannot exist: it is reported, not run.
	var firstBad *stored
	parse := func(pt PolicyText, kind policy.Kind, name string) *stored {
		p, diags := policy.Parse(pt.Text, kind)
		s := &stored{ref: eval.PolicyRef{Source: pt.Source, Name: name, Policy: p}, diags: diags}
		res.addDiagnostics(pt.Source, diags)
		if firstBad == nil && policy.HasErrors(diags) {
			firstBad = s
		}
		return s
	}
	var identity []eval.PolicyRef
	for _, pt := range doc.Caller.Policies {
		identity = append(identity, parse(pt, policy.Identity, "").ref)
	}
	var boundary *eval.PolicyRef
	if doc.Caller.Boundary != nil {
		b := parse(*doc.Caller.Boundary, policy.Boundary, "").ref
		boundary = &b
	}
	managed := map[string]string{}
	for _, m := range doc.ManagedPolicies {
		parse(m.Policy, policy.Identity, m.ARN)
		managed[m.ARN] = m.Policy.Text
	}
	var resources []eval.ResourcePolicy
	for _, rp := range doc.ResourcePolicies {
		s := parse(rp.Policy, policy.Resource, rp.Name)
		resources = append(resources, eval.ResourcePolicy{PolicyRef: s.ref, AttachedTo: rp.AttachedTo, Account: rp.Account})
	}
	// The inline session policy is shown with its diagnostics even when
	// the call fails before STS reads it.
	if doc.Request.Policy != nil {
		_, diags := policy.Parse(*doc.Request.Policy, policy.Session)
		res.addDiagnostics("request.Policy", diags)
	}

	req := stsRequest(doc.Request)
	res.Wire = sts.EncodeQuery(req)
	if firstBad != nil {
		d := firstError(firstBad.diags)
		res.Error = &Error{
			Code:    CodeInvalidScenario,
			Message: fmt.Sprintf("%s: IAM would refuse to save this policy: %s (line %d, column %d)", firstBad.ref.Source, d.Message, d.Line, d.Column),
			Source:  firstBad.ref.Source,
		}
		return res
	}

	caller := sts.Caller{Type: sts.CallerType(doc.Caller.Type), Account: doc.Account, Partition: doc.Partition, UserName: doc.Caller.Name}
	if caller.IsRoot() {
		caller.UserName = ""
	}
	evalCaller := &eval.Caller{
		Account: doc.Account, Partition: doc.Partition, Type: eval.CallerType(doc.Caller.Type), Name: caller.UserName,
		Identity: identity, Boundary: boundary,
		Context: eval.CallerContext(eval.CallerParams{
			Account: doc.Account, Partition: doc.Partition, Type: eval.CallerType(doc.Caller.Type),
			Name: caller.UserName, Tags: evalTags(doc.Caller.Tags), CurrentTime: clock,
		}),
	}
	var random = sts.NewRandom(doc.Seed)
	out := sts.Simulate(req, sts.Env{
		Caller:          caller,
		ManagedPolicies: managed,
		Key:             TokenKey,
		Now:             clock,
		Random:          random,
		Authorize: func(ar sts.AuthRequest) bool {
			r := eval.Request{Action: ar.Action, Resource: ar.Resource, Context: eval.TagRequestContext(evalSessionTags(ar.Tags))}
			x := eval.ExplainCaller(evalCaller, r)
			res.Authorization = append(res.Authorization, AuthorizationResult{Action: ar.Action, Resource: ar.Resource, Decision: x.Decision, Explanation: &x.Explanation})
			return x.Decision == eval.Allowed
		},
	})
	res.Response = &Response{Status: out.Status, Body: out.Body}
	if out.Err != nil {
		res.Error = &Error{Code: out.Err.Code, Message: out.Err.Message, Source: out.Err.Source}
		res.expect(doc)
		return res
	}
	res.expect(doc)

	v, s := out.Validated, out.Session
	session := &eval.Session{
		Account: doc.Account, Partition: doc.Partition, Name: v.Name,
		CallerType: eval.CallerType(doc.Caller.Type), CallerName: caller.UserName,
		Identity: identity, Boundary: boundary, Resources: resources,
		Context: eval.SessionContext(eval.SessionParams{
			Account: doc.Account, Partition: doc.Partition, Name: v.Name,
			CallerType: eval.CallerType(doc.Caller.Type), CallerName: caller.UserName,
			UserTags: evalTags(doc.Caller.Tags), SessionTags: evalSessionTags(v.Tags),
			IssueTime: s.Claims.Issued, CurrentTime: clock,
		}),
	}
	for _, sp := range v.Policies {
		session.SessionPolicies = append(session.SessionPolicies, eval.PolicyRef{Source: sp.Source, Name: sp.ARN, Policy: sp.Policy})
	}
	res.Session = &Session{
		ARN: s.FederatedUserARN, FederatedUserID: s.FederatedUserID,
		AccessKeyID: s.Credentials.AccessKeyID, SecretAccessKey: s.Credentials.SecretAccessKey,
		SessionToken: s.Credentials.SessionToken, Expiration: sts.FormatExpiration(s.Credentials.Expiration),
		DurationSeconds: int64(v.DurationSeconds), DurationCapped: v.DurationCapped,
		PackedPolicySize: s.PackedPolicySize,
		PrincipalTags:    principalTags(session.Context),
		CallerIdentity:   sts.RenderGetCallerIdentity(&s.Claims, sts.NewRequestID(random)),
	}
	for _, c := range doc.Checks {
		res.Checks = append(res.Checks, runCheck(session, c))
	}
	return res
}

// runCheck evaluates one check with the session's credentials.
func runCheck(s *eval.Session, c Check) CheckResult {
	r := eval.Request{Action: c.Action, Resource: c.Resource}
	var shown map[string]any
	if len(c.Context) > 0 {
		r.Context = reqctx.New()
		shown = map[string]any{}
		for _, k := range c.Context {
			if k.Multi {
				r.Context.SetMulti(k.Key, k.Values)
				shown[k.Key] = k.Values
			} else {
				r.Context.Set(k.Key, k.Values[0])
				shown[k.Key] = k.Values[0]
			}
		}
	}
	x := eval.Explain(s, r)
	return CheckResult{
		Action: c.Action, Resource: c.Resource, Context: shown,
		Decision: x.Decision, Expect: c.Expect, Pass: c.Expect == "" || c.Expect == string(x.Decision),
		Explanation: &x.Explanation,
	}
}

// expect compares the call's outcome with the document's expectError.
func (r *Result) expect(doc *Document) {
	if doc.ExpectError == "" {
		return
	}
	r.Expectation = &CallExpectation{Error: doc.ExpectError, Pass: r.Error != nil && r.Error.Code == doc.ExpectError}
}

func (r *Result) addDiagnostics(source string, diags []policy.Diagnostic) {
	for _, d := range diags {
		r.Diagnostics = append(r.Diagnostics, Diagnostic{Source: source, Diagnostic: d})
	}
}

func firstError(diags []policy.Diagnostic) policy.Diagnostic {
	for _, d := range diags {
		if d.Severity == policy.SeverityError {
			return d
		}
	}
	return policy.Diagnostic{}
}

// stsRequest converts the document's request into STS's parameters.
func stsRequest(r Request) sts.Request {
	out := sts.Request{Name: r.Name, Policy: r.Policy, PolicyArns: r.PolicyArns}
	if r.DurationSeconds != nil {
		// STS reads DurationSeconds as a 32-bit integer; values beyond it
		// are clamped so that the range check reports them.
		n := *r.DurationSeconds
		n = max(min(n, math.MaxInt32), math.MinInt32)
		out.DurationSeconds = sts.Int32(int32(n))
	}
	for _, t := range r.Tags {
		out.Tags = append(out.Tags, sts.NewTag(t.Key, t.Value))
	}
	return out
}

func evalTags(tags []Tag) []eval.Tag {
	out := make([]eval.Tag, 0, len(tags))
	for _, t := range tags {
		out = append(out, eval.Tag{Key: t.Key, Value: t.Value})
	}
	return out
}

func evalSessionTags(tags []sts.SessionTag) []eval.Tag {
	out := make([]eval.Tag, 0, len(tags))
	for _, t := range tags {
		out = append(out, eval.Tag{Key: t.Key, Value: t.Value})
	}
	return out
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
