package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/render"
	"github.com/stsplay/stsplay/engine/policy"
)

// MaxCachedPolicies is the number of parsed policy texts a Runner keeps;
// past it the cache starts again empty.
const MaxCachedPolicies = 256

// Runner runs scenarios one after another, as the page does while someone
// edits one. It keeps the parsed form of every policy text it has seen
// (by kind and text), so a run after an edit parses only the policy that
// changed, and it keeps the last run's session, so that Explain evaluates
// only the check it is asked about. A Runner is not safe for concurrent
// use; its zero value is ready.
type Runner struct {
	policies map[policyKey]parsedPolicy
	last     struct {
		data    string
		doc     *Document
		session *eval.Session
		result  *Result
	}
}

type policyKey struct {
	kind policy.Kind
	text string
}

type parsedPolicy struct {
	policy *policy.Policy
	diags  []policy.Diagnostic
}

// parse is policy.Parse through the cache. Parsed policies are never
// modified after parsing, so one can serve many runs.
func (r *Runner) parse(text string, kind policy.Kind) (*policy.Policy, []policy.Diagnostic) {
	k := policyKey{kind, text}
	if p, ok := r.policies[k]; ok {
		return p.policy, p.diags
	}
	if r.policies == nil || len(r.policies) >= MaxCachedPolicies {
		r.policies = make(map[policyKey]parsedPolicy)
	}
	p, diags := policy.Parse(text, kind)
	r.policies[k] = parsedPolicy{p, diags}
	return p, diags
}

// Run is RunWith through the runner's caches: the same result.
func (r *Runner) Run(data []byte, opts Options) (res *Result) {
	r.last.data, r.last.doc, r.last.session, r.last.result = "", nil, nil, nil
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
	res, session := runDocument(doc, opts, r.parse)
	r.last.data, r.last.doc, r.last.session, r.last.result = string(data), doc, session, res
	return res
}

// Explain returns the explanation of check i of the scenario data as JSON
// ({"decision":…,"explanation":…}). When data is the document of the last
// Run, only that check is evaluated again; otherwise the document is run
// first. A document whose call fails, or an index out of range, gives an
// error.
func (r *Runner) Explain(data []byte, i int) ([]byte, error) {
	if r.last.doc == nil || r.last.data != string(data) {
		if res := r.Run(data, Options{}); res.Error != nil {
			return nil, fmt.Errorf("the scenario has no session to explain (%s: %s)", res.Error.Code, res.Error.Message)
		}
	}
	if r.last.session == nil {
		return nil, fmt.Errorf("the call failed, so no check was evaluated")
	}
	if i < 0 || i >= len(r.last.doc.Checks) {
		return nil, fmt.Errorf("check %d does not exist: the scenario has %d checks", i, len(r.last.doc.Checks))
	}
	if i < len(r.last.result.Checks) && r.last.result.Checks[i].Error != nil {
		e := r.last.result.Checks[i].Error
		return nil, fmt.Errorf("check %d has no decision to explain: the service answered %s (%s)", i, e.Code, e.Message)
	}
	c := r.last.doc.Checks[i]
	region, _ := eval.RequestedRegion(c.Region, c.Resource, r.last.doc.Region)
	req, _ := checkRequest(c, region)
	decision, x := explainSession(r.last.session, req)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		Decision    eval.Decision       `json:"decision"`
		Explanation *render.Explanation `json:"explanation"`
	}{decision, x})
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}
