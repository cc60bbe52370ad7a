package scenario

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/sts"
)

// TokenKey is the key that authenticates the session tokens of scenario
// runs. It is public on purpose: a scenario's credentials are for learning
// and must be the same in the CLI, the browser and the endpoint. The HTTP
// endpoint signs the tokens it issues with its own key.
var TokenKey = []byte("stsplay scenario token key (public, for playground sessions only)")

// Run simulates a scenario document and returns its full result, every
// check explained. It never panics: a document that cannot be read gives a
// result whose Error has Code InvalidScenario and whose Diagnostics locate
// every problem.
func Run(data []byte) *Result {
	return RunWith(data, Everything)
}

// RunWith is Run with the explanations opts asks for.
func RunWith(data []byte, opts Options) (res *Result) {
	res = newResult()
	defer func() {
		if p := recover(); p != nil {
			res = internalFailure(p)
		}
	}()
	doc, err := Decode(data)
	if err != nil {
		return invalid(res, err)
	}
	return RunDocumentWith(doc, opts)
}

// internalFailure is the result of a run that panicked with p: STS's code
// for an internal failure, and a message asking for a report.
func internalFailure(p any) *Result {
	res := newResult()
	res.Error = &Error{Code: sts.CodeInternalFailure, Message: fmt.Sprintf("the engine failed on this document (%v); this is a bug in stsplay, please report it with the document.", p)}
	return res
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

// RunDocument simulates a decoded scenario, every check explained.
func RunDocument(doc *Document) *Result {
	return RunDocumentWith(doc, Everything)
}

// RunDocumentWith simulates a decoded scenario with the explanations opts
// asks for.
func RunDocumentWith(doc *Document, opts Options) *Result {
	res, _ := runDocument(doc, opts, policy.Parse)
	return res
}

// runDocument simulates doc, its policies parsed by parse, and returns the
// result and the session the call created (nil when it failed).
func runDocument(doc *Document, opts Options, parse parseFunc) (*Result, *eval.Session) {
	res := newResult()
	clock := doc.Clock
	if clock.IsZero() {
		clock = time.Now().UTC()
	}
	w := newWorld(doc, parse)
	res.Diagnostics = append(res.Diagnostics, w.Diagnostics...)
	if doc.Organization != nil {
		for _, f := range doc.Organization.warnings {
			d := Diagnostic{Source: "scenario"}
			d.Code, d.Severity, d.Message, d.Path = "org-id-shape", policy.SeverityWarning, f.Message, f.Path
			d.Pos = policy.Pos{Offset: f.Offset, Line: f.Line, Column: f.Column}
			d.End = d.Pos
			res.Diagnostics = append(res.Diagnostics, d)
		}
	}
	// The inline session policy is shown with its diagnostics even when
	// the call fails before STS reads it.
	var sessionPolicy *policy.Policy
	if doc.Request.Policy != nil {
		var diags []policy.Diagnostic
		sessionPolicy, diags = parse(*doc.Request.Policy, policy.Session)
		res.addDiagnostics("request.Policy", diags)
	}
	req := stsRequest(doc.Request)
	res.Wire = sts.EncodeQuery(req)
	if e, d := checkLimits(doc, w, sessionPolicy); e != nil {
		res.Diagnostics = append(res.Diagnostics, *d)
		res.Error = e
		return res, nil
	}
	if w.Invalid != nil {
		res.Error = w.Invalid
		return res, nil
	}

	if e, d := checksBeforeIssue(doc, clock); e != nil {
		res.Diagnostics = append(res.Diagnostics, *d)
		res.Error = e
		return res, nil
	}

	random := sts.NewRandom(doc.Seed)
	out := sts.Simulate(req, sts.Env{
		Caller:          w.Caller,
		ManagedPolicies: w.Managed,
		Key:             TokenKey,
		Now:             clock,
		Random:          random,
		Authorize: w.authorizer(clock, opts.explainsAuthorization(), func(a AuthorizationResult) {
			res.Authorization = append(res.Authorization, a)
		}),
	})
	res.Response = &Response{Status: out.Status, Body: out.Body}
	if out.Err != nil {
		res.Error = &Error{Code: out.Err.Code, Message: out.Err.Message, Source: out.Err.Source}
		res.expect(doc)
		return res, nil
	}
	res.expect(doc)

	v, s := out.Validated, out.Session
	session := w.Session(&s.Claims, v.Policies, clock)
	res.Session = &Session{
		ARN: s.FederatedUserARN, FederatedUserID: s.FederatedUserID,
		AccessKeyID: s.Credentials.AccessKeyID, SecretAccessKey: s.Credentials.SecretAccessKey,
		SessionToken: s.Credentials.SessionToken, Expiration: sts.FormatExpiration(s.Credentials.Expiration),
		DurationSeconds: int64(v.DurationSeconds), DurationCapped: v.DurationCapped,
		PackedPolicySize: s.PackedPolicySize,
		PrincipalTags:    principalTags(session.Context),
		CallerIdentity:   sts.RenderGetCallerIdentity(&s.Claims, sts.NewRequestID(random)),
	}
	res.Checks = make([]CheckResult, 0, len(doc.Checks))
	for i, c := range doc.Checks {
		region, contradicts := eval.RequestedRegion(c.Region, c.Resource, doc.Region)
		if contradicts {
			res.Diagnostics = append(res.Diagnostics, regionWarning(doc, i, region))
		}
		res.Checks = append(res.Checks, runCheck(session, c, region, s.Credentials.Expiration, opts.explainsCheck(i)))
	}
	return res, session
}

// checksBeforeIssue refuses a check made before the session was issued at
// time issued: there are no credentials yet to make it with
// (RULES.md#request-time).
func checksBeforeIssue(doc *Document, issued time.Time) (*Error, *Diagnostic) {
	for i, c := range doc.Checks {
		if c.At.IsZero() || !c.At.Before(issued) {
			continue
		}
		path := fmt.Sprintf("checks[%d].at", i)
		d := Diagnostic{Source: "scenario"}
		d.Code, d.Severity, d.Path = "check-before-issue", policy.SeverityError, path
		d.Message = fmt.Sprintf("the check is made at %s, before the session was issued at %s; a check can only use credentials that exist.", c.At.Format(time.RFC3339), issued.UTC().Format(time.RFC3339))
		d.Pos = doc.pos(c.atOffset)
		d.End = d.Pos
		where := path
		if d.Pos.Line > 0 {
			where += fmt.Sprintf(" (line %d, column %d)", d.Pos.Line, d.Pos.Column)
		}
		return &Error{Code: CodeInvalidScenario, Message: where + ": " + d.Message, Source: "scenario"}, &d
	}
	return nil, nil
}

// regionWarning is the warning for check i, whose region contradicts the
// region of its resource's ARN (RULES.md#requested-region).
func regionWarning(doc *Document, i int, region string) Diagnostic {
	c := doc.Checks[i]
	a, _ := arn.Parse(c.Resource)
	d := Diagnostic{Source: "scenario"}
	d.Code, d.Severity, d.Path = "region-contradicts-arn", policy.SeverityWarning, fmt.Sprintf("checks[%d].region", i)
	d.Message = fmt.Sprintf("the check is sent to %s, but its resource's ARN is in %s; a regional resource is reached in its own region, so AWS would not find it there. The check is evaluated with aws:RequestedRegion = %s.", region, a.Region, region)
	d.Pos = doc.pos(c.regionOffset)
	d.End = d.Pos
	return d
}

// runCheck evaluates one check with the session's credentials, sent to
// region, for a session whose credentials expire at expires, with its
// explanation when explain is true. A check made at or after the
// expiration gets the service's error instead of a decision.
func runCheck(s *eval.Session, c Check, region string, expires time.Time, explain bool) CheckResult {
	res := CheckResult{Action: c.Action, Resource: c.Resource, Region: c.Region, Expect: c.Expect}
	if !c.At.IsZero() {
		res.At = c.At.Format(time.RFC3339Nano)
		if !c.At.Before(expires) {
			// RULES.md#expired-token: the service refuses the request
			// before any policy is read.
			e := eval.ExpiredToken(c.Action)
			res.Error = &e
			res.Pass = c.Expect == "" || c.Expect == e.Code || c.Expect == eval.CodeExpiredToken
			return res
		}
	}
	r, shown := checkRequest(c, region)
	res.Context = shown
	if explain {
		res.Decision, res.Explanation = explainSession(s, r)
	} else {
		res.Decision = decideSession(s, r)
	}
	res.Pass = c.Expect == "" || c.Expect == string(res.Decision)
	return res
}

// checkRequest is the evaluator's request of a check sent to region, and
// the context it shows in the result: aws:RequestedRegion and, with "at",
// aws:CurrentTime and aws:EpochTime, overridden by the check's own context.
func checkRequest(c Check, region string) (eval.Request, map[string]any) {
	r := eval.Request{Action: c.Action, Resource: c.Resource}
	var shown map[string]any
	if region != "" || !c.At.IsZero() || len(c.Context) > 0 {
		r.Context = reqctx.New()
		if region != "" {
			r.Context.Set("aws:RequestedRegion", region)
		}
		if !c.At.IsZero() {
			eval.RequestTimeContext(r.Context, c.At)
		}
	}
	if len(c.Context) > 0 {
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
	return r, shown
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
