// Package render writes the words of an explanation: it turns the decision
// data of package eval (rules, step findings, set notes, statement reasons
// and the condition details of package condition) into the sentences that
// the CLI, the site and the HTTP endpoint show. Evaluation decides; this
// package only words what it decided, so rewording a sentence changes
// nothing else.
package render

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/policy"
)

// Explanation is an explanation in words. Its JSON form is part of the
// scenario result document and is read by the site; keep it stable.
type Explanation struct {
	// Rule is the rule of the decision procedure that decided
	// (eval.Explanation.Rule).
	Rule string `json:"rule"`
	// Summary is one or two full sentences that state the decision and why.
	Summary string `json:"summary"`
	// Steps walks AWS's evaluation order, one entry per step, in order.
	Steps []Step `json:"steps"`
	// Sets gives the verdict of each policy set and the trace of each of
	// its statements.
	Sets []Set `json:"sets"`
	// Deciding lists the statements that decided.
	Deciding []StatementRef `json:"deciding"`
	// ResourceAccount is the account that owns the resource.
	ResourceAccount string `json:"resourceAccount,omitempty"`
	// ResourceOwner names the scenario's entry that gave the resource's
	// owner and tags (eval.Explanation.ResourceOwner), such as
	// "resources[0]".
	ResourceOwner string `json:"resourceOwner,omitempty"`
	// Warnings are full sentences about inputs that make the decision
	// doubtful, such as a policy with errors that AWS would have refused.
	Warnings []string `json:"warnings,omitempty"`
}

// Step is one step of AWS's evaluation order with its sentence.
type Step struct {
	ID      string `json:"id"`
	Outcome string `json:"outcome"`
	// Text is one full sentence about what this step found.
	Text string `json:"text"`
}

// Set is the verdict of one policy set and the trace of its policies.
type Set struct {
	Set      string   `json:"set"`
	Verdict  string   `json:"verdict"`
	Policies []Policy `json:"policies"`
	// Note is a full sentence about the set when its verdict needs one.
	Note string `json:"note,omitempty"`
	// Levels are, for the SCP set, the verdict of each level of the
	// account's path (eval.SetTrace.Levels).
	Levels []eval.LevelTrace `json:"levels,omitempty"`
}

// Policy is the trace of one policy.
type Policy struct {
	Source     string      `json:"source"`
	Name       string      `json:"name,omitempty"`
	Statements []Statement `json:"statements"`
	Errors     int         `json:"errors,omitempty"`
	AttachedTo string      `json:"attachedTo,omitempty"`
}

// Statement is the trace of one statement.
type Statement struct {
	Index   int           `json:"index"`
	Sid     string        `json:"sid,omitempty"`
	Effect  policy.Effect `json:"effect"`
	Matched bool          `json:"matched"`
	// Reason is nil when Matched is true.
	Reason  *Reason      `json:"reason"`
	Range   policy.Range `json:"range"`
	GrantTo string       `json:"grantTo,omitempty"`
}

// Reason is why a statement did not apply, in words.
type Reason struct {
	// Element is "action", "resource", "principal" or "condition".
	Element string `json:"element"`
	// Message is a full sentence, such as "IpAddress on aws:SourceIp does
	// not match: the request value "203.0.113.5" is not in any of
	// "10.0.0.0/8".".
	Message string `json:"message"`
	// For conditions: the operator as written, the key, the policy's values
	// and the request's values (absent when the key is missing).
	Operator      string   `json:"operator,omitempty"`
	Key           string   `json:"key,omitempty"`
	Values        []string `json:"values,omitempty"`
	RequestValues []string `json:"requestValues,omitempty"`
	// Range is where the failing element is in the policy text.
	Range policy.Range `json:"range"`
}

// StatementRef points at one statement of one policy.
type StatementRef struct {
	Source string        `json:"source"`
	Index  int           `json:"index"`
	Sid    string        `json:"sid,omitempty"`
	Effect policy.Effect `json:"effect"`
	Range  policy.Range  `json:"range"`
}

// Explain words an explanation.
func Explain(x *eval.Explanation) *Explanation {
	out := &Explanation{
		Rule:            x.Rule,
		Summary:         summary(x),
		Steps:           make([]Step, len(x.Steps)),
		Sets:            make([]Set, len(x.Sets)),
		Deciding:        make([]StatementRef, len(x.Deciding)),
		ResourceAccount: x.ResourceAccount,
		ResourceOwner:   x.ResourceOwner,
	}
	for i, s := range x.Steps {
		out.Steps[i] = Step{ID: s.ID, Outcome: s.Outcome, Text: stepText(x, s)}
	}
	for i := range x.Sets {
		out.Sets[i] = set(x, &x.Sets[i])
	}
	for i, d := range x.Deciding {
		out.Deciding[i] = StatementRef{Source: d.Source, Index: d.Index, Sid: d.Sid, Effect: d.Effect, Range: d.Range}
	}
	for _, w := range x.Warnings {
		out.Warnings = append(out.Warnings, warning(w))
	}
	return out
}

// set words one policy set.
func set(x *eval.Explanation, s *eval.SetTrace) Set {
	out := Set{Set: s.Set, Verdict: s.Verdict, Policies: make([]Policy, len(s.Policies)), Note: note(x, s.Note), Levels: s.Levels}
	if out.Note == "" && s.Set == eval.SetSCP {
		out.Note = scpNote(s)
	}
	if out.Note == "" && s.Set == eval.SetRCP {
		out.Note = "Resource control policies bound requests for the resources of the owner's account in the organization; AWS's RCPFullAWSAccess is attached at every level, so only their Deny statements can change the decision."
	}
	for i, p := range s.Policies {
		rp := Policy{Source: p.Source, Name: p.Name, Statements: make([]Statement, len(p.Statements)), Errors: p.Errors, AttachedTo: p.AttachedTo}
		for j, st := range p.Statements {
			rp.Statements[j] = Statement{Index: st.Index, Sid: st.Sid, Effect: st.Effect, Matched: st.Matched, Reason: reason(st.Reason), Range: st.Range, GrantTo: st.GrantTo}
		}
		out.Policies[i] = rp
	}
	return out
}

// scpNote says which levels of the account's path have no SCP entry and
// so AWS's default FullAWSAccess, or "" when every level has one.
func scpNote(s *eval.SetTrace) string {
	var defaults []string
	for _, l := range s.Levels {
		if l.Default {
			defaults = append(defaults, l.Target)
		}
	}
	if len(defaults) == 0 {
		return ""
	}
	return fmt.Sprintf("The scenario attaches no SCP to %s, so AWS's default FullAWSAccess (Allow * on *) applies there.", strings.Join(defaults, ", "))
}
