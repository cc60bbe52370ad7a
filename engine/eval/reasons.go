package eval

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
)

// reason explains why a statement did not match, for a learner.
func (e *evaluator) reason(st *policy.Statement, o *outcome, vars bool) *Reason {
	switch o.fail {
	case elemAction:
		return e.blockReason(st, &st.Action, "action", "Action", e.action, vars)
	case elemResource:
		return e.blockReason(st, &st.Resource, "resource", "Resource", e.resource, vars)
	case elemPrincipal:
		return e.principalReason(st, o.principal)
	case elemCondition:
		return conditionReason(o)
	}
	return nil
}

// blockReason explains an Action/NotAction or Resource/NotResource that did
// not match.
func (e *evaluator) blockReason(st *policy.Statement, b *policy.Block, elem, name, value string, vars bool) *Reason {
	rs := &Reason{Element: elem, Range: b.Range}
	switch {
	case len(b.Values) == 0 && !b.Not:
		rs.Range = st.Range
		rs.Message = fmt.Sprintf("The statement has no %s element, so it matches no %s.", name, elem)
	case b.Not:
		v, _ := e.firstMatching(b, elem == "action", vars)
		rs.Range = v.Range
		rs.Message = fmt.Sprintf("The %s %s is excluded by the Not%s value %s, so the statement does not apply to it.", elem, value, name, v.Value)
	default:
		rs.Message = fmt.Sprintf("The %s %s matches none of the %s values: %s.", elem, value, name, joinValues(b.Values))
		if vars && hasVariable(b.Values) {
			rs.Message += " Policy variables were replaced by the request's values; a variable with no value matches nothing."
		}
	}
	return rs
}

// principalReason explains a Principal or NotPrincipal that does not apply
// to the session.
func (e *evaluator) principalReason(st *policy.Statement, po principalOutcome) *Reason {
	rs := &Reason{Element: "principal", Range: st.Range}
	if st.Principal != nil {
		rs.Range = st.Principal.Range
	}
	ids := &e.ids
	session := "arn:" + ids.partition + ":sts::" + ids.account + ":federated-user/" + ids.name
	switch po {
	case principalMissing:
		rs.Message = "The statement has no Principal element, which a resource-based policy needs, so it applies to no one."
	case principalNotAllowEffect:
		rs.Message = "NotPrincipal can only be used with \"Effect\": \"Deny\" (AWS JSON policy elements: NotPrincipal), so this Allow grants nothing."
	case principalNotListed:
		rs.Message = fmt.Sprintf("NotPrincipal lists both the session %s and its account %s, so this Deny does not apply to the session.", session, ids.account)
	default:
		who := "the session " + session
		if ids.user != "" {
			who += ", the IAM user " + e.userARN()
		}
		rs.Message = fmt.Sprintf("The Principal names neither %s, the account %s nor everyone (\"*\"), and a principal is matched exactly (no partial wildcards).", who, ids.account)
	}
	return rs
}

// userARN returns the ARN of the IAM user who federated.
func (e *evaluator) userARN() string {
	if e.ids.userARN != "" {
		return e.ids.userARN
	}
	return "arn:" + e.ids.partition + ":iam::" + e.ids.account + ":user/" + e.ids.user
}

// conditionReason explains the first condition that did not hold.
func conditionReason(o *outcome) *Reason {
	c := o.cond
	rs := &Reason{
		Element:       "condition",
		Message:       o.condResult.Explain(),
		Operator:      c.OperatorText.Value,
		Key:           c.Key.Value,
		RequestValues: o.condResult.RequestValues,
		Range:         c.Range,
	}
	for _, v := range c.Values {
		rs.Values = append(rs.Values, v.Value)
	}
	if rs.Message == "" {
		rs.Message = fmt.Sprintf("%s on %s is not met.", c.OperatorText.Value, c.Key.Value)
	}
	return rs
}

// joinValues lists an element's values for a message.
func joinValues(vs []policy.String) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.Value
	}
	return strings.Join(parts, ", ")
}

// hasVariable reports whether a value contains a policy variable.
func hasVariable(vs []policy.String) bool {
	for _, v := range vs {
		if strings.Contains(v.Value, "${") {
			return true
		}
	}
	return false
}
