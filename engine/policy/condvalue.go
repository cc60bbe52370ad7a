package policy

import "github.com/stsplay/stsplay/engine/internal/operator"

// checkConditionValue checks one value of a condition with operator op
// against what the operator can compare [RULES.md#condition-operators]. Values that can never
// match are warnings: AWS accepts the policy and the condition is false.
func (p *parser) checkConditionValue(op Operator, s String, path jpath) {
	vars := p.checkVariables(s, path)
	if !op.Known() {
		return
	}
	v := s.Value
	if len(vars) > 0 && !op.AllowsVariables() {
		// RULES.md#policy-variables: "You can't use a policy variable with other operators, such
		// as Numeric, Date, Boolean, Binary, IP Address, or Null operators."
		p.reportRange(s.Range, CodeVariableNotSupported, SeverityWarning, path,
			"%s does not substitute policy variables, so %q is compared as literal text.", op.Base, clip(v, 60))
		return
	}
	fam := operator.FamilyOf(op.Base)
	if fam.Valid(v) || fam == operator.Bool && len(vars) > 0 {
		// A Bool value with a policy variable is read once the variable is
		// substituted.
		return
	}
	if fam == operator.Date {
		// IAM parses Date values when it accepts a policy and answers a bad
		// one with MalformedPolicyDocument "Syntax errors in policy." (as
		// getmoto/moto's IAM validator reproduces it), so this one is an error.
		p.reportRange(s.Range, CodeInvalidConditionValue, SeverityError, path,
			"Syntax errors in policy. %s expects an ISO 8601 date such as 2026-01-31T12:00:00Z or a UNIX epoch time, but the value is %q.", op.Base, clip(v, 60))
		return
	}
	p.reportRange(s.Range, CodeInvalidConditionValue, SeverityWarning, path,
		"%s expects %s, but the value is %q, so the condition can never match.", op.Base, expects[fam], clip(v, 60))
}

// expects names what a value of each family must be, for the invalid-value
// warning; the parsers behind Family.Valid decide it.
var expects = map[operator.Family]string{
	// RULES.md#null-operator: "use either true … or false".
	operator.Null:    `"true" (the key is absent) or "false" (the key is present)`,
	operator.Bool:    `"true" or "false"`,
	operator.Numeric: "an integer or decimal number",
	operator.IP:      "an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24",
	operator.Binary:  "a base-64 encoded value",
}
