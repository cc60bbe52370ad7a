package eval

// DecideRule is Decide that also returns the id of the rule that decided
// (one of the Rule* constants), still on the fast path: no trace is
// recorded. The effective-permissions summary uses it to say through which
// rule each action is allowed.
func DecideRule(s *Session, r Request) (Decision, string) {
	if s == nil {
		return ImplicitDeny, RuleNotAllowed
	}
	st := run(s, r, nil)
	return st.decision, st.rule
}
