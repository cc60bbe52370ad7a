package catalog

import (
	"sort"
	"strings"
)

// Completion is one autocomplete proposal for a policy editor.
type Completion struct {
	// Label is the text to insert; Detail says what it is (a service's
	// name, an action's access level, a key's type).
	Label  string `json:"label"`
	Detail string `json:"detail,omitempty"`
	// Type is "service", "action", "resource" or "conditionKey".
	Type string `json:"type"`
}

// MaxCompletions is the most proposals Complete returns.
const MaxCompletions = 200

// globalKeys are the global condition keys proposed for every statement
// (IAM User Guide, "AWS global condition context keys").
var globalKeys = []string{
	"aws:CalledVia", "aws:CurrentTime", "aws:EpochTime", "aws:MultiFactorAuthAge", "aws:MultiFactorAuthPresent",
	"aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalOrgID", "aws:PrincipalTag/", "aws:PrincipalType",
	"aws:RequestTag/", "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceTag/", "aws:SecureTransport",
	"aws:SourceAccount", "aws:SourceArn", "aws:SourceIp", "aws:SourceVpc", "aws:SourceVpce", "aws:TagKeys",
	"aws:TokenIssueTime", "aws:UserAgent", "aws:ViaAWSService", "aws:userid", "aws:username",
}

// Complete returns the proposals for the text typed so far (prefix) in a
// policy element: what is "action" (Action/NotAction values: service
// prefixes, then the service's actions with their access level),
// "resource" (the ARN templates of the resource types of the statement's
// actions) or "conditionKey" (the keys the statement's actions support and
// the global keys). actions are the statement's Action values (patterns).
func (c *Catalog) Complete(what, prefix string, actions []string) []Completion {
	if c == nil {
		return []Completion{}
	}
	lp := strings.ToLower(prefix)
	out := []Completion{}
	add := func(x Completion) bool {
		if len(out) >= MaxCompletions {
			return false
		}
		out = append(out, x)
		return true
	}
	switch what {
	case "action":
		svc, name, found := strings.Cut(prefix, ":")
		if !found {
			for _, s := range c.Services {
				if strings.HasPrefix(s.Prefix, lp) && !add(Completion{Label: s.Prefix + ":", Detail: s.Name, Type: "service"}) {
					break
				}
			}
			return out
		}
		s := c.Service(svc)
		if s == nil {
			return out
		}
		ln := strings.ToLower(name)
		for i := range s.Actions {
			a := &s.Actions[i]
			if strings.HasPrefix(strings.ToLower(a.Name), ln) && !add(Completion{Label: a.FullName(), Detail: a.Level.String(), Type: "action"}) {
				break
			}
		}
	case "resource":
		seen := map[string]bool{}
		for _, a := range c.expandAll(actions) {
			for _, rt := range a.ResourceTypes() {
				arn := strings.ReplaceAll(rt.ARN, "${Partition}", "aws")
				if seen[arn] || !strings.HasPrefix(strings.ToLower(arn), lp) {
					continue
				}
				seen[arn] = true
				if !add(Completion{Label: arn, Detail: a.Service.Prefix + " " + rt.Name, Type: "resource"}) {
					return out
				}
			}
		}
		if len(seen) == 0 && strings.HasPrefix("*", lp) {
			add(Completion{Label: "*", Detail: "every resource", Type: "resource"})
		}
	case "conditionKey":
		seen := map[string]bool{}
		var keys []Completion
		for _, a := range c.expandAll(actions) {
			for _, k := range a.keyList() {
				l := strings.ToLower(k.Name)
				if seen[l] || !strings.HasPrefix(l, lp) {
					continue
				}
				seen[l] = true
				keys = append(keys, Completion{Label: k.Name, Detail: k.Type, Type: "conditionKey"})
			}
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i].Label < keys[j].Label })
		for _, k := range keys {
			if !add(k) {
				return out
			}
		}
		for _, g := range globalKeys {
			if !seen[strings.ToLower(g)] && strings.HasPrefix(strings.ToLower(g), lp) && !add(Completion{Label: g, Detail: "global", Type: "conditionKey"}) {
				break
			}
		}
	}
	return out
}

// expandAll returns the actions the patterns cover, at most a few hundred
// (a statement with "*" proposes nothing specific).
func (c *Catalog) expandAll(patterns []string) []*Action {
	var out []*Action
	for _, p := range patterns {
		if p == "*" {
			continue
		}
		out = append(out, c.Expand(p)...)
		if len(out) > 500 {
			return out[:500]
		}
	}
	return out
}

// keyList returns the condition keys the action lists, with those of its
// resource types.
func (a *Action) keyList() []ConditionKey {
	var out []ConditionKey
	for _, i := range a.Keys {
		out = append(out, a.Service.Keys[i])
	}
	for _, r := range a.Resources {
		for _, i := range a.Service.Resources[r.Type].Keys {
			out = append(out, a.Service.Keys[i])
		}
	}
	return out
}
