package eval

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/policy"
)

// The codes of Reason.Code.
const (
	// Action and resource reasons.
	ReasonNoElement = "noElement" // the statement has no Action (Resource) element
	ReasonExcluded  = "excluded"  // a NotAction (NotResource) value matches the request
	ReasonNoMatch   = "noMatch"   // no Action (Resource) value matches the request

	// Principal reasons.
	ReasonPrincipalMissing      = "principalMissing"      // a resource-based policy statement without Principal
	ReasonNotPrincipalWithAllow = "notPrincipalWithAllow" // NotPrincipal with "Effect": "Allow" grants nothing
	ReasonNotPrincipalExcludes  = "notPrincipalExcludes"  // NotPrincipal lists the session and its account
	ReasonPrincipalOther        = "principalOther"        // the Principal names someone else

	// ReasonCondition is a condition that does not hold (Reason.Condition).
	ReasonCondition = "condition"
)

// reason says why a statement did not match.
func (e *evaluator) reason(st *policy.Statement, o *outcome, vars bool) *Reason {
	switch o.fail {
	case elemAction:
		return e.blockReason(st, &st.Action, elemAction, e.action, vars)
	case elemResource:
		return e.blockReason(st, &st.Resource, elemResource, e.resource, vars)
	case elemPrincipal:
		return e.principalReason(st, o.principal)
	case elemCondition:
		return conditionReason(o)
	}
	return nil
}

// blockReason says why an Action/NotAction or Resource/NotResource did not
// match.
func (e *evaluator) blockReason(st *policy.Statement, b *policy.Block, elem element, value string, vars bool) *Reason {
	rs := &Reason{Element: elem.String(), Value: value, Range: b.Range}
	switch {
	case len(b.Values) == 0 && !b.Not:
		rs.Code, rs.Range = ReasonNoElement, st.Range
	case b.Not:
		v, _ := e.firstMatching(b, elem == elemAction, vars)
		rs.Code, rs.Range, rs.Values = ReasonExcluded, v.Range, []string{v.Value}
	default:
		rs.Code = ReasonNoMatch
		for _, v := range b.Values {
			rs.Values = append(rs.Values, v.Value)
		}
		rs.Variables = vars && hasVariable(b.Values)
	}
	return rs
}

// principalReason says why a Principal or NotPrincipal does not apply to
// the session.
func (e *evaluator) principalReason(st *policy.Statement, po principalOutcome) *Reason {
	rs := &Reason{Element: elemPrincipal.String(), Range: st.Range}
	if st.Principal != nil {
		rs.Range = st.Principal.Range
	}
	ids := &e.ids
	rs.Session = arn.FederatedUser(ids.partition, ids.account, ids.name)
	rs.Account = ids.account
	switch po {
	case principalMissing:
		rs.Code = ReasonPrincipalMissing
	case principalNotAllowEffect:
		rs.Code = ReasonNotPrincipalWithAllow
	case principalNotListed:
		rs.Code = ReasonNotPrincipalExcludes
	default:
		rs.Code = ReasonPrincipalOther
		if ids.user != "" {
			rs.User = e.userARN()
		}
	}
	return rs
}

// userARN returns the ARN of the IAM user who federated.
func (e *evaluator) userARN() string {
	return arn.IAMUser(e.ids.partition, e.ids.account, e.ids.path, e.ids.user)
}

// conditionReason records the first condition that did not hold.
func conditionReason(o *outcome) *Reason {
	d := o.condResult.Detail()
	return &Reason{Element: elemCondition.String(), Code: ReasonCondition, Condition: &d, Range: o.cond.Range}
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
