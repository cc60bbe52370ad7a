// Package advise answers "what would allow this?" for a denied check: it
// reads the check's structured trace (which policy sets allowed, which Deny
// statements decided), proposes the smallest policy edits that could allow
// the request, applies each to a copy of the scenario and runs the engine
// again, and returns only the edits that turn the check allowed.
package advise

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/render"
	"github.com/stsplay/stsplay/engine/scenario"
)

// Kinds of suggestion.
const (
	// KindSessionPolicy adds the action to the session policy (the IAM
	// user's side already allows it).
	KindSessionPolicy = "sessionPolicy"
	// KindUserAndSession adds it to the session policy and to the IAM
	// user's policy (and boundary), since a session policy cannot grant
	// more than the user has.
	KindUserAndSession = "userAndSession"
	// KindResourcePolicy grants the federated user directly in a
	// resource-based policy of the resource.
	KindResourcePolicy = "resourcePolicy"
	// KindRemoveDeny removes the Deny statements that decided.
	KindRemoveDeny = "removeDeny"
)

// Advice is the answer for one check.
type Advice struct {
	Action   string        `json:"action"`
	Resource string        `json:"resource"`
	Decision eval.Decision `json:"decision"`
	Rule     string        `json:"rule"`
	// Suggestions are the verified edits, fewest edits first.
	Suggestions []Suggestion `json:"suggestions"`
	// Notes say why no edit can allow the request, when that is so.
	Notes []string `json:"notes,omitempty"`
}

// Suggestion is one set of edits that, applied together, allows the check.
type Suggestion struct {
	Kind string `json:"kind"`
	// Text is one or two full sentences for a person.
	Text  string `json:"text"`
	Edits []Edit `json:"edits"`
	// Decision and Rule are what the engine decided with the edits applied
	// (always "allowed").
	Decision eval.Decision `json:"decision"`
	Rule     string        `json:"rule"`
}

// MaxCandidates bounds the edits tried (each is one scenario run).
const MaxCandidates = 8

// Advise returns the suggestions for check number index (0-based) of the
// scenario document. A check that is allowed gets none.
func Advise(data []byte, index int) (*Advice, error) {
	doc, err := scenario.Decode(data)
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= len(doc.Checks) {
		return nil, fmt.Errorf("checks[%d]: the scenario has %d checks", index, len(doc.Checks))
	}
	return AdviseCheck(doc, doc.Checks[index])
}

// AdviseCheck returns the suggestions for one check of a decoded scenario.
func AdviseCheck(doc *scenario.Document, c scenario.Check) (*Advice, error) {
	res := runOne(doc, c)
	if res.Error != nil {
		return nil, fmt.Errorf("the GetFederationToken call fails with %s, so there is no session to allow anything: %s", res.Error.Code, res.Error.Message)
	}
	cr := res.Checks[0]
	if cr.Error != nil {
		return nil, fmt.Errorf("the service answers %s (%s) before reading any policy, so no policy edit changes this check: the session's credentials have expired at that time", cr.Error.Code, cr.Error.Message)
	}
	a := &Advice{Action: c.Action, Resource: c.Resource, Decision: cr.Decision, Rule: cr.Explanation.Rule, Suggestions: []Suggestion{}}
	if cr.Decision == eval.Allowed {
		return a, nil
	}
	x := cr.Explanation
	switch x.Rule {
	case eval.RuleServiceRestriction:
		a.Notes = append(a.Notes, restrictionNote)
		return a, nil
	case eval.RuleExplicitDeny:
		a.try(doc, c, removeDenies(doc, x))
		return a, nil
	}
	adv := &advisor{doc: doc, c: c, x: x, sessionARN: res.Session.ARN}
	for _, cand := range adv.candidates() {
		if len(a.Suggestions) >= 3 {
			break
		}
		a.try(doc, c, cand)
	}
	if len(a.Suggestions) == 0 {
		a.Notes = append(a.Notes, "No single policy edit the playground tried allows this request; see the explanation for every statement that did not apply.")
	}
	return a, nil
}

// restrictionNote explains the IAM/STS restriction.
const restrictionNote = "No policy can allow this: credentials from GetFederationToken cannot call IAM, or STS except GetCallerIdentity (STS API Reference, GetFederationToken). Use AssumeRole credentials for it."

// candidate is a suggestion before it is verified.
type candidate struct {
	kind  string
	text  string
	edits []Edit
}

// try applies a candidate to a copy of the document, runs the check again
// and keeps the candidate when the check is then allowed.
func (a *Advice) try(doc *scenario.Document, c scenario.Check, cand *candidate) {
	if cand == nil || len(cand.edits) == 0 {
		return
	}
	d, err := apply(doc, cand.edits)
	if err != nil {
		return
	}
	res := runOne(d, c)
	if res.Error != nil || len(res.Checks) != 1 || res.Checks[0].Decision != eval.Allowed {
		return
	}
	a.Suggestions = append(a.Suggestions, Suggestion{Kind: cand.kind, Text: cand.text, Edits: cand.edits,
		Decision: res.Checks[0].Decision, Rule: res.Checks[0].Explanation.Rule})
}

// runOne runs the scenario with only the one check.
func runOne(doc *scenario.Document, c scenario.Check) *scenario.Result {
	d := *doc
	d.Checks = []scenario.Check{c}
	d.ExpectError = ""
	return scenario.RunDocument(&d)
}

// advisor proposes the edits for an implicit deny.
type advisor struct {
	doc        *scenario.Document
	c          scenario.Check
	x          *render.Explanation
	sessionARN string
}

// verdict returns the verdict of a policy set in the trace.
func (ad *advisor) verdict(set string) string {
	for _, s := range ad.x.Sets {
		if s.Set == set {
			return s.Verdict
		}
	}
	return "absent"
}

// candidates lists the edits to try, smallest first.
func (ad *advisor) candidates() []*candidate {
	var out []*candidate
	root := ad.doc.Caller.Type == "Root"
	userAllows := root || ad.verdict("identity") == "allow"
	boundaryOK := root || ad.doc.Caller.Boundary == nil || ad.verdict("boundary") == "allow"
	for _, res := range resourceChoices(ad.c.Resource) {
		stmt := statementJSON(ad.c.Action, res, "")
		session, err := ad.addTo("request.Policy", stmt)
		if err != nil {
			continue
		}
		if userAllows && boundaryOK {
			out = append(out, &candidate{KindSessionPolicy,
				fmt.Sprintf("Add %s on %s to the session policy: the IAM user already allows it.", ad.c.Action, res),
				[]Edit{session}})
			continue
		}
		edits := []Edit{session}
		var needs []string
		if !userAllows {
			user, err := ad.addTo("caller.policies[0]", stmt)
			if err != nil {
				continue
			}
			edits = append(edits, user)
			needs = append(needs, "the IAM user's policy")
		}
		if !boundaryOK {
			b, err := ad.addTo("caller.permissionsBoundary", stmt)
			if err != nil {
				continue
			}
			edits = append(edits, b)
			needs = append(needs, "the permissions boundary")
		}
		out = append(out, &candidate{KindUserAndSession,
			fmt.Sprintf("Add %s on %s to the session policy and to %s: a session policy cannot grant more than the IAM user has.", ad.c.Action, res, strings.Join(needs, " and ")),
			edits})
	}
	if rp := ad.resourcePolicy(); rp != nil {
		out = append(out, rp)
	}
	if len(out) > MaxCandidates {
		out = out[:MaxCandidates]
	}
	return out
}

// addTo returns the edit that appends a statement to the named policy.
func (ad *advisor) addTo(source, stmt string) (Edit, error) {
	before, ok := policyText(ad.doc, source)
	if !ok {
		return Edit{}, fmt.Errorf("%s: no such policy", source)
	}
	after, err := addStatement(before, stmt)
	if err != nil {
		return Edit{}, err
	}
	return Edit{Source: source, Op: OpAddStatement, Statement: stmt, Before: before, After: after}, nil
}

// resourcePolicy proposes a statement naming the federated user in the
// resource-based policy of the resource (a new one if there is none), for
// the services whose resources have such policies.
func (ad *advisor) resourcePolicy() *candidate {
	target, ok := policyHolder(ad.c.Resource)
	if !ok || ad.sessionARN == "" {
		return nil
	}
	res := resourceChoices(ad.c.Resource)[0]
	stmt := statementJSON(ad.c.Action, res, ad.sessionARN)
	for _, rp := range ad.doc.ResourcePolicies {
		if rp.AttachedTo == target {
			source := rp.Policy.Source
			after, err := addStatement(rp.Policy.Text, stmt)
			if err != nil {
				return nil
			}
			return &candidate{KindResourcePolicy,
				fmt.Sprintf("Add a statement naming %s to the resource-based policy of %s: it would allow %s without the session policy.", ad.sessionARN, target, ad.c.Action),
				[]Edit{{Source: source, Op: OpAddStatement, Statement: stmt, Before: rp.Policy.Text, After: after}}}
		}
	}
	source := fmt.Sprintf("resourcePolicies[%d].policy", len(ad.doc.ResourcePolicies))
	return &candidate{KindResourcePolicy,
		fmt.Sprintf("Attach a resource-based policy to %s that names %s: it would allow %s without a session policy.", target, ad.sessionARN, ad.c.Action),
		[]Edit{{Source: source, Op: OpAddResourcePolicy, AttachedTo: target, Statement: stmt, After: newPolicy(stmt)}}}
}

// removeDenies proposes removing every Deny statement that decided.
func removeDenies(doc *scenario.Document, x *render.Explanation) *candidate {
	var edits []Edit
	var names []string
	// Remove from the end so that earlier indices stay valid within a
	// policy; edits of one policy are chained.
	texts := map[string]string{}
	for i := len(x.Deciding) - 1; i >= 0; i-- {
		ref := x.Deciding[i]
		if ref.Effect != "Deny" {
			continue
		}
		before, ok := texts[ref.Source]
		if !ok {
			before, ok = policyText(doc, ref.Source)
			if !ok {
				return nil
			}
		}
		after, err := removeStatement(before, ref.Index)
		if err != nil {
			return nil
		}
		texts[ref.Source] = after
		edits = append(edits, Edit{Source: ref.Source, Op: OpRemoveStatement, Index: ref.Index, Before: before, After: after})
		names = append(names, fmt.Sprintf("statement %d of %s", ref.Index+1, ref.Source))
	}
	if len(edits) == 0 {
		return nil
	}
	return &candidate{KindRemoveDeny,
		fmt.Sprintf("Remove the Deny that decided (%s): an explicit Deny overrides every Allow.", strings.Join(names, ", ")),
		edits}
}

// resourceChoices returns the resources a new statement could name: for
// an S3 object, its bucket's objects (bucket/*) and then the object itself;
// else the resource itself.
func resourceChoices(resource string) []string {
	if rest, ok := strings.CutPrefix(resource, "arn:aws:s3:::"); ok {
		if bucket, _, ok := strings.Cut(rest, "/"); ok && bucket != "" {
			return []string{"arn:aws:s3:::" + bucket + "/*", resource}
		}
	}
	return []string{resource}
}

// policyHolder returns the resource whose resource-based policy governs
// the resource: the bucket of an S3 object, the queue, topic, key, secret
// or function itself. Other services are left out (UNCONFIRMED which of
// their resources take a policy).
func policyHolder(resource string) (string, bool) {
	if rest, ok := strings.CutPrefix(resource, "arn:aws:s3:::"); ok {
		bucket, _, _ := strings.Cut(rest, "/")
		if bucket == "" || strings.ContainsAny(bucket, "*?") {
			return "", false
		}
		return "arn:aws:s3:::" + bucket, true
	}
	for _, svc := range []string{":sqs:", ":sns:", ":kms:", ":secretsmanager:", ":lambda:"} {
		if strings.HasPrefix(resource, "arn:") && strings.Contains(resource, svc) && !strings.ContainsAny(resource, "*?") {
			return resource, true
		}
	}
	return "", false
}
