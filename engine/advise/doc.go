package advise

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/scenario"
)

// policyText returns the text of the named policy of the document. The
// session policy and the user's first policy may be absent: their text is
// then "" and an edit creates them.
func policyText(doc *scenario.Document, source string) (string, bool) {
	switch source {
	case "request.Policy":
		if doc.Request.Policy == nil {
			return "", true
		}
		return *doc.Request.Policy, true
	case "caller.permissionsBoundary":
		if doc.Caller.Boundary == nil {
			return "", false
		}
		return doc.Caller.Boundary.Text, true
	case "caller.policies[0]":
		if len(doc.Caller.Policies) == 0 {
			return "", doc.Caller.Type != "Root"
		}
	}
	for _, p := range doc.Caller.Policies {
		if p.Source == source {
			return p.Text, true
		}
	}
	for _, rp := range doc.ResourcePolicies {
		if rp.Policy.Source == source {
			return rp.Policy.Text, true
		}
	}
	return "", false
}

// apply returns a copy of the document with the edits applied.
func apply(doc *scenario.Document, edits []Edit) (*scenario.Document, error) {
	d := *doc
	d.Caller.Policies = append([]scenario.PolicyText(nil), doc.Caller.Policies...)
	d.ResourcePolicies = append([]scenario.ResourcePolicy(nil), doc.ResourcePolicies...)
	if doc.Caller.Boundary != nil {
		b := *doc.Caller.Boundary
		d.Caller.Boundary = &b
	}
	for _, e := range edits {
		if e.Op == OpAddResourcePolicy {
			d.ResourcePolicies = append(d.ResourcePolicies, scenario.ResourcePolicy{
				Name: e.AttachedTo, AttachedTo: e.AttachedTo, Account: d.Account,
				Policy: scenario.PolicyText{Text: e.After, Source: e.Source},
			})
			continue
		}
		if !set(&d, e.Source, e.After) {
			return nil, fmt.Errorf("%s: no such policy", e.Source)
		}
	}
	return &d, nil
}

// set replaces the text of the named policy.
func set(d *scenario.Document, source, text string) bool {
	switch source {
	case "request.Policy":
		d.Request.Policy = &text
		return true
	case "caller.permissionsBoundary":
		if d.Caller.Boundary == nil {
			return false
		}
		d.Caller.Boundary.Text = text
		return true
	}
	for i := range d.Caller.Policies {
		if d.Caller.Policies[i].Source == source {
			d.Caller.Policies[i].Text = text
			return true
		}
	}
	if source == "caller.policies[0]" && len(d.Caller.Policies) == 0 {
		d.Caller.Policies = []scenario.PolicyText{{Text: text, Source: source}}
		return true
	}
	for i := range d.ResourcePolicies {
		if d.ResourcePolicies[i].Policy.Source == source {
			d.ResourcePolicies[i].Policy.Text = text
			return true
		}
	}
	return false
}
