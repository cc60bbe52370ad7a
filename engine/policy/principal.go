package policy

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/tidwall/gjson"
)

// principalTypes are the keys of a Principal object [RULES.md#policy-grammar, RULES.md#principal-matching].
var principalTypes = []string{"AWS", "Federated", "Service", "CanonicalUser"}

// principal reads a Principal or NotPrincipal element whose key is k.
func (p *parser) principal(k, v gjson.Result, path jpath) *Principal {
	pr := &Principal{Not: k.Str == "NotPrincipal", Range: p.span(v)}
	switch {
	case !p.kind.resourceBased():
		// RULES.md#policy-grammar: principal_block "must not be included in identity-based
		// policies"; STS rejects a session policy with a Principal with
		// exactly this MalformedPolicyDocument message.
		p.reportAt(k, CodePrincipalNotAllowed, SeverityError, path, "Policy document should not specify a principal.")
	case pr.Not:
		p.reportAt(k, CodeNotPrincipalDiscouraged, SeveritySuggestion, path,
			`AWS recommends against NotPrincipal; use "Principal" with conditions such as aws:PrincipalArn instead.`)
	}
	switch {
	case v.Type == gjson.String:
		if v.Str == "*" {
			pr.Wildcard = true
		} else {
			p.reportAt(v, CodeInvalidPrincipal, SeverityError, path,
				`A Principal written as a string must be "*"; name an account, user or role as {"AWS": %q}.`, clip(v.Str, 80))
		}
	case v.IsObject():
		var keys keySet
		v.ForEach(func(tk, tv gjson.Result) bool {
			typ := tk.Str
			tPath := path.child(typ)
			if !keys.add(typ) {
				p.reportAt(tk, CodeDuplicateKey, SeverityError, tPath, "The principal repeats the key %q; each key may appear only once, and only the first is used.", typ)
				return true
			}
			known := false
			for _, t := range principalTypes {
				known = known || t == typ
			}
			if !known {
				p.reportAt(tk, CodeUnknownPrincipalType, SeverityError, tPath,
					"%q is not a principal type; use AWS, Federated, Service or CanonicalUser.%s", typ, didYouMean(p.suggest(typ, principalTypes)))
				return true
			}
			vals, _ := p.stringList(tv, tPath, "Principal "+typ, false, func(s String, vp jpath) {
				if typ == "AWS" {
					p.checkAWSPrincipal(s, vp)
				} else if s.Value == "" {
					p.reportRange(s.Range, CodeInvalidPrincipal, SeverityError, vp, "A %s principal must not be empty.", typ)
				}
			})
			if isEmptyArray(tv) {
				p.reportAt(tv, CodeEmptyArray, SeverityError, tPath, "Principal %s is an empty array; it must list at least one principal.", typ)
			}
			for _, s := range vals {
				pr.Values = append(pr.Values, PrincipalValue{Type: typ, Value: s})
			}
			return true
		})
		if keys.empty() {
			p.reportAt(v, CodeInvalidPrincipal, SeverityError, path, "The %s element names no principal; list at least one under AWS, Federated, Service or CanonicalUser.", k.Str)
		}
	default:
		p.wrongType(v, path, k.Str, `"*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}`)
	}
	return pr
}

// checkAWSPrincipal checks one value of an "AWS" principal: "*", a 12-digit
// account id, or an ARN without partial wildcards [RULES.md#principal-matching].
func (p *parser) checkAWSPrincipal(s String, path jpath) {
	v := s.Value
	if v == "*" {
		return
	}
	if strings.Contains(v, "${") {
		// The Variables page does not list Principal among the places for
		// variables (RULES.md#policy-variables).
		p.reportRange(s.Range, CodeVariableNotSupported, SeverityWarning, path,
			"Principal %q contains a policy variable; AWS does not substitute variables in a Principal, so it is literal text.", clip(v, 80))
		return
	}
	switch {
	case strings.ContainsAny(v, "*?"):
		// RULES.md#principal-matching: "You cannot use a wildcard to match part of a principal name
		// or ARN." RULES.md#resource-policy-principals reads this as "no match": the value is
		// compared as literal text, so it names no real principal. It is a
		// warning, not an error, so that the rest of the policy still runs;
		// services such as S3 refuse to save such a policy.
		p.reportRange(s.Range, CodePartialWildcardPrincipal, SeverityWarning, path,
			`Principal %q uses a wildcard in part of a name or ARN. AWS does not support that ("You cannot use a wildcard to match part of a principal name or ARN"): it matches no principal, and services such as S3 refuse to save the policy. Use "*" with a condition on aws:PrincipalArn instead.`, clip(v, 80))
	case len(v) == 12 && allBytes(v, isDigit):
	case strings.HasPrefix(v, "arn:"):
		if a, ok := arn.Parse(v); !ok || a.Service == "" || a.Resource == "" {
			p.reportRange(s.Range, CodeInvalidPrincipal, SeverityError, path,
				"Principal %q is not a valid ARN of the form arn:partition:service:region:account-id:resource.", clip(v, 80))
		}
	default:
		p.reportRange(s.Range, CodeInvalidPrincipal, SeverityError, path,
			`Principal %q is not valid; an AWS principal is "*", a 12-digit account id or an ARN such as arn:aws:iam::123456789012:user/Bob.`, clip(v, 80))
	}
}
