package eval

import "github.com/stsplay/stsplay/engine/policy"

// recorder collects the trace of an evaluation. The fast path passes a nil
// recorder; every method is safe to call on nil and then does nothing.
type recorder struct {
	sets []SetTrace
	// hits are the statements that matched, in evaluation order, from
	// which the deciding statements are picked.
	hits []hit
	// warnings are the policies with errors that were evaluated.
	warnings []Warning
	// nextAttachedTo is the resource the next recorded policy is attached
	// to (resource set only).
	nextAttachedTo string
}

// hit is one matching statement.
type hit struct {
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

// endSet closes the current set with its verdict, its note (a Note* code
// or "") and, for a resource set, the grants of its matching Allow
// statements.
func (r *recorder) endSet(v verdict, note string) {
	if r == nil {
		return
	}
	cur := &r.sets[len(r.sets)-1]
	cur.Verdict, cur.Note = v.word(), note
	for _, g := range [...]grant{grantAccount, grantUser, grantSession} {
		if v.has(g) {
			cur.Grants = append(cur.Grants, g.String())
		}
	}
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
		r.warnings = append(r.warnings, Warning{Source: ref.Source, Errors: n})
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
		if set == SetResource {
			t.GrantTo = o.grant.String()
		}
		r.hits = append(r.hits, hit{ref: refOf(set, ref, st), grant: o.grant})
	} else {
		t.Reason = e.reason(st, o, vars)
	}
	pt.Statements = append(pt.Statements, t)
}

// refOf points at a statement of a set.
func refOf(set string, ref *PolicyRef, st *policy.Statement) StatementRef {
	return StatementRef{Set: set, Source: ref.Source, Index: st.Index, Sid: st.Sid.Value, Effect: st.Effect, Range: st.Range}
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
