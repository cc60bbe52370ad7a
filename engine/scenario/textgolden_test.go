package scenario

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/internal/render"
)

// splitText separates the words of a result's explanations from its
// structure: it returns a copy of the result whose explanations have no
// sentences, and the sentences, one per line with where they are. The
// preset goldens pin the two separately, so that rewording an explanation
// changes only the text golden.
func splitText(res *Result) (*Result, string) {
	out := *res
	var b strings.Builder
	out.Checks = make([]CheckResult, len(res.Checks))
	for i, c := range res.Checks {
		c.Explanation = textless(&b, fmt.Sprintf("checks[%d]", i), c.Explanation)
		out.Checks[i] = c
	}
	if res.Authorization != nil {
		out.Authorization = make([]AuthorizationResult, len(res.Authorization))
		for i, a := range res.Authorization {
			a.Explanation = textless(&b, fmt.Sprintf("authorization[%d]", i), a.Explanation)
			out.Authorization[i] = a
		}
	}
	return &out, b.String()
}

// textless writes the sentences of x to b and returns a copy of x without
// them.
func textless(b *strings.Builder, where string, x *render.Explanation) *render.Explanation {
	if x == nil {
		return nil
	}
	y := *x
	fmt.Fprintf(b, "%s summary: %s\n", where, x.Summary)
	y.Summary = ""
	y.Steps = make([]render.Step, len(x.Steps))
	for i, s := range x.Steps {
		fmt.Fprintf(b, "%s steps[%d] %s: %s\n", where, i, s.ID, s.Text)
		s.Text = ""
		y.Steps[i] = s
	}
	y.Sets = make([]render.Set, len(x.Sets))
	for i, s := range x.Sets {
		if s.Note != "" {
			fmt.Fprintf(b, "%s sets[%d] note: %s\n", where, i, s.Note)
			s.Note = ""
		}
		pols := make([]render.Policy, len(s.Policies))
		for j, p := range s.Policies {
			sts := make([]render.Statement, len(p.Statements))
			for k, st := range p.Statements {
				if st.Reason != nil {
					fmt.Fprintf(b, "%s sets[%d].policies[%d].statements[%d]: %s\n", where, i, j, k, st.Reason.Message)
					r := *st.Reason
					r.Message = ""
					st.Reason = &r
				}
				sts[k] = st
			}
			p.Statements = sts
			pols[j] = p
		}
		s.Policies = pols
		y.Sets[i] = s
	}
	for i, w := range x.Warnings {
		fmt.Fprintf(b, "%s warnings[%d]: %s\n", where, i, w)
	}
	y.Warnings = nil
	return &y
}
