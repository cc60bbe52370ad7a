package policy

import (
	"strings"

	"github.com/tidwall/gjson"
)

// statementElements are the elements a statement may contain [RULES.md#policy-grammar].
var statementElements = []string{"Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"}

// statement reads one statement object at index i of the Statement element.
func (p *parser) statement(v gjson.Result, i int, path jpath) {
	st := &Statement{Index: i, Range: p.span(v)}
	p.pol.Statements = append(p.pol.Statements, st)
	var keys keySet
	// action, resource and principal hold the key of the first element seen
	// of each pair of alternatives (Action/NotAction, Resource/NotResource,
	// Principal/NotPrincipal); a second one is reported and ignored.
	var action, resource, principal gjson.Result
	var hasEffect bool
	v.ForEach(func(k, val gjson.Result) bool {
		name := k.Str
		elPath := path.child(name)
		if !keys.add(name) {
			p.reportAt(k, CodeDuplicateKey, SeverityError, elPath, "The statement repeats the element %q; each element may appear only once, and only the first is used.", name)
			return true
		}
		switch name {
		case "Sid":
			p.sid(st, val, path)
		case "Effect":
			hasEffect = true
			p.effect(st, val, elPath)
		case "Action", "NotAction":
			if action.Exists() {
				p.reportAt(k, CodeActionAndNotAction, SeverityError, elPath,
					"A statement must contain either Action or NotAction, not both; %q is ignored.", name)
				return true
			}
			action = k
			st.Action = p.actions(val, elPath, name)
		case "Resource", "NotResource":
			if resource.Exists() {
				p.reportAt(k, CodeResourceAndNotResource, SeverityError, elPath,
					"A statement must contain either Resource or NotResource, not both; %q is ignored.", name)
				return true
			}
			resource = k
			st.Resource = p.resources(val, elPath, name)
		case "Principal", "NotPrincipal":
			if principal.Exists() {
				p.reportAt(k, CodePrincipalAndNotPrincipal, SeverityError, elPath,
					"A statement must contain either Principal or NotPrincipal, not both; %q is ignored.", name)
				return true
			}
			principal = k
			st.Principal = p.principal(k, val, elPath)
		case "Condition":
			st.Conditions = p.conditions(val, elPath)
		default:
			p.unknownElement(k, elPath, "a statement", statementElements)
		}
		return true
	})
	p.required(v, path, hasEffect, action.Exists(), resource.Exists(), principal.Exists())
	if st.Effect == Allow {
		p.forAllValuesWithAllow(st, path)
	}
}

// forAllValuesWithAllow warns about ForAllValues: operators in an Allow
// statement, once per operator: ForAllValues "also returns true if there are
// no keys in the request", so "Do not use ForAllValues with an Allow effect
// because it can be overly permissive." [RULES.md#set-operators, RULES.md#condition-operators].
func (p *parser) forAllValuesWithAllow(st *Statement, path jpath) {
	last := -1
	for _, c := range st.Conditions {
		// ForAllValues:Null is already an error (set-operator-on-null).
		if c.Operator.Set != ForAllValues || c.Operator.Base == "Null" || c.OperatorText.Range.Start.Offset == last {
			continue
		}
		last = c.OperatorText.Range.Start.Offset
		p.reportRange(c.OperatorText.Range, CodeForAllValuesWithAllow, SeverityWarning, path.child("Condition").child(c.OperatorText.Value),
			"%s in an Allow statement also matches a request that has no values for the key, which can allow more than intended; AWS advises against ForAllValues with Allow. Add a Null condition on the key or use ForAnyValue.", c.OperatorText.Value)
	}
}

// required reports the elements that the statement v lacks [RULES.md#policy-grammar]. The
// diagnostics point at the statement's opening brace.
func (p *parser) required(v gjson.Result, path jpath, effect, action, resource, principal bool) {
	open := gjson.Result{Index: v.Index, Raw: "{"}
	if !effect {
		p.reportAt(open, CodeMissingEffect, SeverityError, path, `The statement has no Effect element; it must contain "Effect": "Allow" or "Effect": "Deny".`)
	}
	if !action {
		// IAM's MalformedPolicyDocument text (aws/aws-cdk#7615).
		p.reportAt(open, CodeMissingAction, SeverityError, path, "Policy statement must contain actions.")
	}
	switch {
	case resource:
	case p.kind.resourceBased():
		// Some resource-based policies, such as role trust policies, omit
		// Resource (RULES.md#policy-grammar); without it the statement applies to no resource
		// in this playground.
		p.reportAt(open, CodeMissingResource, SeverityWarning, path,
			"The statement has no Resource or NotResource element, so it applies to no resource here; bucket and queue policies require one.")
	default:
		// IAM's MalformedPolicyDocument text
		// (trussworks/terraform-aws-s3-anti-virus#28).
		p.reportAt(open, CodeMissingResource, SeverityError, path, "Policy statement must contain resources.")
	}
	if !principal && p.kind.resourceBased() {
		// S3 answers a bucket policy statement without a principal with
		// MalformedPolicy "Missing required field Principal".
		p.reportAt(open, CodeMissingPrincipal, SeverityError, path,
			"Missing required field Principal. A statement of a resource-based policy must name whom it applies to with Principal (or NotPrincipal).")
	}
}

// sid reads a Sid element and checks its characters and uniqueness [RULES.md#statement-id].
func (p *parser) sid(st *Statement, v gjson.Result, stPath jpath) {
	path := stPath.child("Sid")
	if v.Type != gjson.String {
		p.wrongType(v, path, "Sid", "a string")
		return
	}
	st.Sid = p.str(v)
	if bad := strings.IndexFunc(v.Str, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}); bad >= 0 {
		// RULES.md#statement-id: IAM "supports ASCII uppercase letters (A-Z), lowercase letters
		// (a-z), and numbers (0-9)"; other services (for example S3 bucket
		// policies) allow more, hence only a warning in resource policies
		// [RULES.md#policy-grammar].
		sev := SeverityError
		if p.kind.resourceBased() {
			sev = SeverityWarning
		}
		p.reportAt(v, CodeInvalidSid, sev, path,
			"Sid %q contains %s; IAM allows only the letters A-Z and a-z and the digits 0-9 in a Sid.", v.Str, describe(v.Str, bad))
	}
	if v.Str == "" {
		return
	}
	if p.sids == nil {
		p.sids = make(map[string]jpath)
	}
	if first, dup := p.sids[v.Str]; dup {
		// RULES.md#statement-id: "In IAM, the Sid value must be unique within a JSON policy."
		p.reportAt(v, CodeDuplicateSid, SeverityError, path, "Sid %q is already used by %s; each Sid must be unique within a policy.", v.Str, first.String())
		return
	}
	p.sids[v.Str] = stPath
}

// effect reads an Effect element: exactly "Allow" or "Deny" [RULES.md#policy-grammar].
func (p *parser) effect(st *Statement, v gjson.Result, path jpath) {
	st.EffectRange = p.span(v)
	if v.Type != gjson.String {
		p.wrongType(v, path, "Effect", `the string "Allow" or "Deny"`)
		return
	}
	switch Effect(v.Str) {
	case Allow, Deny:
		st.Effect = Effect(v.Str)
	default:
		p.reportAt(v, CodeInvalidEffect, SeverityError, path,
			`Effect %q is not valid; it must be exactly "Allow" or "Deny".%s`, v.Str, didYouMean(p.suggest(v.Str, []string{"Allow", "Deny"})))
	}
}

// stringList reads an element that is a string or an array of strings (and,
// when scalars is true, numbers and booleans, as condition values may be
// [RULES.md#policy-grammar: "Quotation marks are optional for numeric and Boolean values"]).
// It reports wrong types, calls check (when not nil) for each value read
// with the value's path, and returns the values and whether v was an array.
func (p *parser) stringList(v gjson.Result, path jpath, what string, scalars bool, check func(s String, path jpath)) ([]String, bool) {
	want := "a string or an array of strings"
	if scalars {
		want = "a string, number or boolean, or an array of them"
	}
	ok := func(el gjson.Result) bool {
		return el.Type == gjson.String || scalars && (el.Type == gjson.Number || el.Type == gjson.True || el.Type == gjson.False)
	}
	if ok(v) {
		s := p.str(v)
		if check != nil {
			check(s, path)
		}
		return []String{s}, false
	}
	if !v.IsArray() {
		p.wrongType(v, path, what, want)
		return nil, false
	}
	// Most lists are short; one allocation covers them.
	out := make([]String, 0, 4)
	n := 0
	v.ForEach(func(_, el gjson.Result) bool {
		if ok(el) {
			s := p.str(el)
			out = append(out, s)
			if check != nil {
				check(s, path.item(n))
			}
		} else {
			elWant := "a string"
			if scalars {
				elWant = "a string, number or boolean"
			}
			p.wrongType(el, path.item(n), "Each value of "+what, elWant)
		}
		n++
		return true
	})
	return out, true
}
