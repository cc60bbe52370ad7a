package policy

import (
	"encoding/base64"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

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
	bad := func(want string) {
		p.reportRange(s.Range, CodeInvalidConditionValue, SeverityWarning, path,
			"%s expects %s, but the value is %q, so the condition can never match.", op.Base, want, clip(v, 60))
	}
	if op.Family() == "Date" && !validDate(v) {
		// IAM parses Date values when it accepts a policy and answers a bad
		// one with MalformedPolicyDocument "Syntax errors in policy." (as
		// getmoto/moto's IAM validator reproduces it), so this one is an error.
		p.reportRange(s.Range, CodeInvalidConditionValue, SeverityError, path,
			"Syntax errors in policy. %s expects an ISO 8601 date such as 2026-01-31T12:00:00Z or a UNIX epoch time, but the value is %q.", op.Base, clip(v, 60))
		return
	}
	switch op.Family() {
	case "Bool":
		if !strings.EqualFold(v, "true") && !strings.EqualFold(v, "false") && len(vars) == 0 {
			bad(`"true" or "false"`)
		}
	case "Null":
		// RULES.md#null-operator: "use either true … or false".
		if !strings.EqualFold(v, "true") && !strings.EqualFold(v, "false") {
			bad(`"true" (the key is absent) or "false" (the key is present)`)
		}
	case "Numeric":
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			bad("an integer or decimal number")
		}
	case "IP":
		if !validIP(v) {
			bad("an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24")
		}
	case "Binary":
		if _, err := base64.StdEncoding.DecodeString(v); err != nil {
			bad("a base-64 encoded value")
		}
	}
}

// dateLayouts are the W3C profiles of ISO 8601 that Date operators accept
// [RULES.md#date-operators: "W3C implementations of the ISO 8601 date formats"].
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02",
	"2006-01",
	"2006",
}

// validDate reports whether v is an ISO 8601 date (W3C profile) or an epoch
// time in seconds [RULES.md#date-operators].
func validDate(v string) bool {
	if v != "" && allBytes(v, isDigit) {
		return true
	}
	for _, l := range dateLayouts {
		if _, err := time.Parse(l, v); err == nil {
			return true
		}
	}
	return false
}

// validIP reports whether v is an IP address or CIDR prefix [RULES.md#ip-address-operators: "If you
// specify an IP address without the associated routing prefix, IAM uses the
// default prefix value of /32"].
func validIP(v string) bool {
	if strings.Contains(v, "/") {
		_, err := netip.ParsePrefix(v)
		return err == nil
	}
	_, err := netip.ParseAddr(v)
	return err == nil
}
