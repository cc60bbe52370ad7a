package policy

import (
	"strings"

	"github.com/tidwall/gjson"
)

// actions reads an Action or NotAction element and checks each action.
func (p *parser) actions(v gjson.Result, path jpath, name string) Block {
	return p.block(v, path, name, "action", p.checkAction)
}

// block reads an Action/NotAction or Resource/NotResource element: a
// string or a non-empty list of strings ("Arrays can take one or more
// values" [RULES.md#policy-grammar]), each checked by check. what names one value in the
// message for an empty list.
func (p *parser) block(v gjson.Result, path jpath, name, what string, check func(String, jpath)) Block {
	b := Block{Not: strings.HasPrefix(name, "Not"), Range: p.span(v)}
	b.Values, _ = p.stringList(v, path, name, false, check)
	if isEmptyArray(v) {
		p.reportAt(v, CodeEmptyArray, SeverityError, path, "%s is an empty array; it must list at least one %s.", name, what)
	}
	return b
}

// checkAction checks one action: "*" or "service:action", where the action
// name may contain the wildcards * and ? [RULES.md#action-matching].
func (p *parser) checkAction(s String, path jpath) {
	a := s.Value
	if a == "*" {
		return
	}
	if strings.Contains(a, "${") {
		// The Variables page lists only Resource and Condition as places for variables
		// (RULES.md#policy-variables); AWS never substitutes them in Action or NotAction.
		p.reportRange(s.Range, CodeVariableInAction, SeverityError, path,
			"Action %q contains a policy variable; policy variables cannot be used in Action or NotAction.", a)
		return
	}
	// The quoted sentences are IAM's MalformedPolicyDocument messages as
	// public reports show them: "Actions/Conditions must be prefaced by a
	// vendor, …" (serverless and moto issue logs), "Actions/Condition can
	// contain only one colon." (garnaat/kappa#111, eksctl-io/eksctl#2794),
	// "Action vendors (e.g., aws, ec2, etc.) must not contain wildcards"
	// (boogy/iam-policy-validator#172).
	prefix, action, found := strings.Cut(a, ":")
	switch {
	case !found || prefix == "":
		p.reportRange(s.Range, CodeActionMissingPrefix, SeverityError, path,
			"Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. Action %q has no service prefix; write it as \"service:action\", for example \"s3:GetObject\".", clip(a, 80))
	case strings.Contains(action, ":"):
		p.reportRange(s.Range, CodeInvalidAction, SeverityError, path,
			"Actions/Condition can contain only one colon. Action %q has more than one.", clip(a, 80))
	case strings.ContainsAny(prefix, "*?"):
		p.reportRange(s.Range, CodeInvalidAction, SeverityError, path,
			"Action vendors (e.g., aws, ec2, etc.) must not contain wildcards. Only the action name after the colon of %q may contain * or ?.", clip(a, 80))
	case !allBytes(prefix, isServiceByte):
		p.reportRange(s.Range, CodeInvalidAction, SeverityError, path,
			"Vendor %s is not valid. A service prefix may contain only letters, digits, hyphens and dots.", clip(prefix, 40))
	case action == "":
		p.reportRange(s.Range, CodeInvalidAction, SeverityError, path,
			"Action %q has no action name after the colon; use \"%s:*\" for all actions of the service.", clip(a, 80), prefix)
	case !allBytes(action, isActionByte):
		p.reportRange(s.Range, CodeInvalidAction, SeverityError, path,
			"Action name %q of %q is not valid; it may contain only letters, digits and the wildcards * and ?.", clip(action, 40), clip(a, 80))
	}
}

// isServiceByte reports whether c may appear in a service prefix such as
// "s3" or "execute-api" (IAM also accepts dots, as moto's emulation of its
// vendor check shows).
func isServiceByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-' || c == '.'
}

// isActionByte reports whether c may appear in an action name: letters,
// digits and the wildcards * and ? [RULES.md#action-matching].
func isActionByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '*' || c == '?'
}

// allBytes reports whether every byte of s satisfies ok.
func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}
