package summary

import (
	"time"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/sts"
)

// FromScenario decodes a scenario document, simulates its GetFederationToken
// call as scenario.Run does, and summarises the session it creates. A
// document that cannot be read gives an error; a call that fails gives a
// Summary whose Error says why there is no session.
func FromScenario(cat *catalog.Catalog, data []byte) (*Summary, error) {
	doc, err := scenario.Decode(data)
	if err != nil {
		return nil, err
	}
	s, c, fail := Session(doc)
	sum := Build(cat, s, c)
	if fail != nil {
		sum.Error = fail
	}
	return sum, nil
}

// Session returns the federated session a scenario's call creates and its
// caller, or the error that prevented it.
func Session(doc *scenario.Document) (*eval.Session, *eval.Caller, *Error) {
	clock := doc.Clock
	if clock.IsZero() {
		clock = time.Now().UTC()
	}
	w := scenario.NewWorld(doc)
	if w.Invalid != nil {
		return nil, nil, &Error{Code: w.Invalid.Code, Message: w.Invalid.Message}
	}
	req := sts.Request{Name: doc.Request.Name, Policy: doc.Request.Policy, PolicyArns: doc.Request.PolicyArns}
	if doc.Request.DurationSeconds != nil {
		n := max(min(*doc.Request.DurationSeconds, 1<<31-1), -1<<31)
		req.DurationSeconds = sts.Int32(int32(n))
	}
	for _, t := range doc.Request.Tags {
		req.Tags = append(req.Tags, sts.NewTag(t.Key, t.Value))
	}
	out := sts.Simulate(req, sts.Env{
		Caller: w.Caller, ManagedPolicies: w.Managed, Key: scenario.TokenKey, Now: clock,
		Random: sts.NewRandom(doc.Seed), Authorize: w.Authorizer(clock, nil),
	})
	if out.Err != nil {
		return nil, nil, &Error{Code: out.Err.Code, Message: out.Err.Message}
	}
	return w.Session(&out.Session.Claims, out.Validated.Policies, clock), w.EvalCaller(clock), nil
}
