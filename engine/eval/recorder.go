package eval

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
)

// recorder collects the trace of an evaluation. The fast path passes a nil
// recorder; every method is safe to call on nil and then does nothing.
type recorder struct {
	sets []SetTrace
	// hits are the statements that matched, in evaluation order, from
	// which the deciding statements are picked.
	hits []hit
	// warnings are sentences about doubtful inputs.
	warnings []string
	// nextAttachedTo is the resource the next recorded policy is attached
	// to (resource set only).
	nextAttachedTo string
}

// hit is one matching statement.
type hit struct {
	set   string
	ref   StatementRef
	grant grant
}

// beginSet starts the trace of a policy set.
func (r *recorder) beginSet(set string) {
	if r == nil {
		return
	}
	r.sets = append(r.sets, SetTrace{Set: set, Policies: []PolicyTrace{}})
}

// endSet closes the current set with its verdict and note.
func (r *recorder) endSet(v verdict, note string) {
	if r == nil {
		return
	}
	cur := &r.sets[len(r.sets)-1]
	cur.Verdict, cur.Note = v.word(), note
}

// attachedTo notes the resource the next policy is attached to.
func (r *recorder) attachedTo(arn string) {
	if r == nil {
		return
	}
	r.nextAttachedTo = arn
}

// beginPolicy starts the trace of one policy in the current set.
func (r *recorder) beginPolicy(ref *PolicyRef) {
	if r == nil {
		return
	}
	cur := &r.sets[len(r.sets)-1]
	pt := PolicyTrace{Source: ref.Source, Name: ref.Name, Statements: []StatementTrace{}, AttachedTo: r.nextAttachedTo}
	r.nextAttachedTo = ""
	if n := countErrors(ref.Diagnostics); n > 0 {
		pt.Errors = n
		r.warnings = append(r.warnings, fmt.Sprintf(
			"%s has %d error(s); AWS would have refused it, so the statements that could be read were evaluated only to show their effect.",
			ref.Source, n))
	}
	cur.Policies = append(cur.Policies, pt)
}

// current returns the trace of the policy being recorded.
func (r *recorder) current() *PolicyTrace {
	cur := &r.sets[len(r.sets)-1]
	return &cur.Policies[len(cur.Policies)-1]
}

// statement records the outcome of one statement.
func (r *recorder) statement(e *evaluator, set string, ref *PolicyRef, st *policy.Statement, o *outcome, vars bool) {
	pt := r.current()
	t := StatementTrace{Index: st.Index, Sid: st.Sid.Value, Effect: st.Effect, Matched: o.matched, Range: st.Range}
	if o.matched {
		if set == setResource {
			t.GrantTo = o.grant.String()
		}
		r.hits = append(r.hits, hit{set: set, ref: refOf(ref, st), grant: o.grant})
	} else {
		t.Reason = e.reason(st, o, vars)
	}
	pt.Statements = append(pt.Statements, t)
}

// refOf points at a statement.
func refOf(ref *PolicyRef, st *policy.Statement) StatementRef {
	return StatementRef{Source: ref.Source, Index: st.Index, Sid: st.Sid.Value, Effect: st.Effect, Range: st.Range}
}

// countErrors counts the diagnostics of severity error.
func countErrors(ds []policy.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == policy.SeverityError {
			n++
		}
	}
	return n
}

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
