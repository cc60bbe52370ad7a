package bridge

import (
	"encoding/json"
	"strconv"
	"sync"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/advise"
	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/lint"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/summary"
)

// Catalog is the part of the bridge that needs the AWS action catalog. The
// page fetches the catalog file after its first result and passes its text
// to Load; until then every call answers as if there were no catalog (no
// lint findings, no expansion) or with an error object saying so.
type Catalog struct {
	mu  sync.Mutex
	cat *catalog.Catalog
}

// errorJSON is {"error": message}.
func errorJSON(message string) string {
	b, _ := json.Marshal(map[string]string{"error": message})
	return string(b)
}

// marshal encodes v, or an error object when that fails.
func marshal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return errorJSON(err.Error())
	}
	return string(b)
}

func (c *Catalog) get() *catalog.Catalog {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cat
}

// Load parses the catalog file. It returns {"source", "version",
// "actions"} or {"error"}; a catalog already loaded is kept on error.
func (c *Catalog) Load(text string) (out string) {
	defer recoverTo(&out)
	cat, err := catalog.Parse([]byte(text))
	if err != nil {
		return errorJSON(err.Error())
	}
	c.mu.Lock()
	c.cat = cat
	c.mu.Unlock()
	return marshal(map[string]any{"source": cat.Source, "version": cat.Version, "actions": cat.Actions()})
}

// Lint returns the catalog findings on one policy text as a JSON array of
// diagnostics ("[]" without a catalog or when the kind is unknown).
func (c *Catalog) Lint(text, kind string) (out string) {
	defer recoverTo(&out)
	k, err := policy.ParseKind(kind)
	cat := c.get()
	if err != nil || cat == nil {
		return "[]"
	}
	pol, _ := policy.Parse(text, k)
	return marshal(nonNil(lint.Lint(cat, pol)))
}

// sourced is a diagnostic with the policy it is about, as in the scenario
// result's diagnostics.
type sourced struct {
	Source string `json:"source"`
	policy.Diagnostic
}

// LintScenario returns the catalog findings on every policy of a scenario
// document, each with its source ("caller.policies[0]", "request.Policy",
// …), as a JSON array; "[]" without a catalog or for a document that
// cannot be read (the run reports that).
func (c *Catalog) LintScenario(doc string) (out string) {
	defer recoverTo(&out)
	cat := c.get()
	if cat == nil {
		return "[]"
	}
	d, err := scenario.Decode([]byte(doc))
	if err != nil {
		return "[]"
	}
	all := []sourced{}
	add := func(pt scenario.PolicyText, kind policy.Kind) {
		pol, _ := policy.Parse(pt.Text, kind)
		for _, x := range lint.Lint(cat, pol) {
			all = append(all, sourced{Source: pt.Source, Diagnostic: x})
		}
	}
	for _, p := range d.Caller.Policies {
		add(p, policy.Identity)
	}
	if d.Caller.Boundary != nil {
		add(*d.Caller.Boundary, policy.Boundary)
	}
	for _, m := range d.ManagedPolicies {
		add(m.Policy, policy.Session)
	}
	if d.Request.Policy != nil {
		add(scenario.PolicyText{Text: *d.Request.Policy, Source: "request.Policy"}, policy.Session)
	}
	for _, r := range d.ResourcePolicies {
		add(r.Policy, policy.Resource)
	}
	return marshal(all)
}

// Expand returns the actions an action pattern covers, with their access
// levels, as {"catalog": version, "actions": [{action, accessLevel}]}.
func (c *Catalog) Expand(pattern string) (out string) {
	defer recoverTo(&out)
	cat := c.get()
	if cat == nil {
		return errorJSON("The AWS action catalog is not loaded yet.")
	}
	return marshal(map[string]any{"catalog": cat.Source + " " + cat.Version, "actions": cat.Entries(pattern)})
}

// Summary returns the effective-permissions summary of a scenario (the
// JSON of `stsplay summary --json`), or {"error"}.
func (c *Catalog) Summary(doc string) (out string) {
	defer recoverTo(&out)
	cat := c.get()
	if cat == nil {
		return errorJSON("The AWS action catalog is not loaded yet.")
	}
	s, err := summary.FromScenario(cat, []byte(doc))
	if err != nil {
		return errorJSON(err.Error())
	}
	return marshal(s)
}

// Suggest returns the verified "what would allow this?" edits for check
// number index of a scenario (the JSON of `stsplay suggest --json`), or
// {"error"}. It does not need the catalog.
func (c *Catalog) Suggest(doc, index string) (out string) {
	defer recoverTo(&out)
	i, err := strconv.Atoi(index)
	if err != nil {
		return errorJSON("the check index must be a number")
	}
	a, err := advise.Advise([]byte(doc), i)
	if err != nil {
		return errorJSON(err.Error())
	}
	return marshal(a)
}

// Complete returns autocomplete proposals as a JSON array; actions is a
// JSON array of the statement's Action values.
func (c *Catalog) Complete(what, prefix, actions string) (out string) {
	defer recoverTo(&out)
	cat := c.get()
	if cat == nil {
		return "[]"
	}
	var list []string
	for _, a := range gjson.Parse(actions).Array() {
		if a.Type == gjson.String {
			list = append(list, a.Str)
		}
	}
	return marshal(cat.Complete(what, prefix, list))
}

// recoverTo turns a panic into an error object.
func recoverTo(out *string) {
	if r := recover(); r != nil {
		*out = errorJSON(panicMessage(r))
	}
}

func nonNil(d []policy.Diagnostic) []policy.Diagnostic {
	if d == nil {
		return []policy.Diagnostic{}
	}
	return d
}
