package lint

import (
	"fmt"
	"github.com/stsplay/stsplay/engine/internal/editdist"
	"strings"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/policy"
)

// Limits of Lint: beyond them the statement's resource and condition-key
// checks are skipped (the action checks still run), so that a statement
// with "Action": "*" or a huge list stays fast.
const (
	// MaxExpanded is the most actions a statement's Action element may
	// cover for the resource and condition-key checks to run.
	MaxExpanded = 2000
	// MaxFindings is the most diagnostics Lint returns.
	MaxFindings = 500
)

// Lint returns the catalog findings on a parsed policy. A nil catalog or
// policy gives none.
func Lint(cat *catalog.Catalog, pol *policy.Policy) []policy.Diagnostic {
	if cat == nil || pol == nil {
		return nil
	}
	l := &linter{cat: cat, note: fmt.Sprintf(" (AWS action catalog: %s %s.)", cat.Source, cat.Version)}
	for _, st := range pol.Statements {
		l.statement(st)
		if len(l.diags) >= MaxFindings {
			return l.diags[:MaxFindings]
		}
	}
	return l.diags
}

type linter struct {
	cat   *catalog.Catalog
	note  string
	diags []policy.Diagnostic
}

func (l *linter) report(code string, sev policy.Severity, path string, r policy.Range, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	msg += l.note
	l.diags = append(l.diags, policy.Diagnostic{Code: code, Severity: sev, Message: msg, Path: path, Pos: r.Start, End: r.End})
}

// elementPath is the JSON path of value i of a statement's element.
func elementPath(st *policy.Statement, elem string, b *policy.Block, i int) string {
	p := fmt.Sprintf("Statement[%d].%s", st.Index, elem)
	if len(b.Values) > 1 {
		p += fmt.Sprintf("[%d]", i)
	}
	return p
}

func (l *linter) statement(st *policy.Statement) {
	elem := "Action"
	if st.Action.Not {
		elem = "NotAction"
	}
	var actions, named []*catalog.Action
	seen := map[*catalog.Action]bool{}
	for i, v := range st.Action.Values {
		got := l.action(v, elementPath(st, elem, &st.Action, i))
		if len(got) == 1 && !strings.ContainsAny(v.Value, "*?") {
			named = append(named, got[0])
		}
		for _, a := range got {
			if !seen[a] && len(actions) <= MaxExpanded {
				seen[a] = true
				actions = append(actions, a)
			}
		}
	}
	if st.Action.Not || len(actions) == 0 || len(actions) > MaxExpanded {
		return
	}
	if !st.Resource.Not {
		l.resources(st, actions, named)
	}
	l.conditions(st, actions)
}

// action checks one Action or NotAction value and returns the actions it
// covers.
func (l *linter) action(v policy.String, path string) []*catalog.Action {
	text := v.Value
	if text == "*" {
		return l.cat.Expand("*")
	}
	prefix, name, found := strings.Cut(text, ":")
	if !found || prefix == "" || name == "" {
		return nil // policy.Parse reports the shape
	}
	wild := strings.ContainsAny(text, "*?")
	if !strings.ContainsAny(prefix, "*?") {
		svc := l.cat.Service(prefix)
		if svc == nil {
			l.report(CodeUnknownService, policy.SeverityWarning, path, v.Range,
				"The service prefix %q is not in the AWS action catalog, so %q matches no request.%s", prefix, text, didYouMean(l.cat.SuggestService(prefix)))
			return nil
		}
		if !wild {
			if a := svc.Action(name); a != nil {
				return []*catalog.Action{a}
			}
			l.report(CodeUnknownAction, policy.SeverityWarning, path, v.Range,
				"%s has no action %q, so this entry matches no request.%s", svc.Name, text, didYouMean(svc.SuggestAction(name)))
			return nil
		}
	}
	got := l.cat.Expand(text)
	if len(got) == 0 {
		l.report(CodePatternMatchesNothing, policy.SeverityWarning, path, v.Range,
			"The action pattern %q matches no action in the AWS action catalog.", text)
		return nil
	}
	return got
}

// didYouMean returns " Did you mean "a" or "b"?" or "".
func didYouMean(names []string) string {
	if len(names) == 0 {
		return ""
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = `"` + n + `"`
	}
	return " Did you mean " + strings.Join(q, " or ") + "?"
}

// resources checks the statement's Resource values against the resource
// types of its actions. Only actions named without a wildcard (named) are
// expected to take a specific resource: "s3:*" on a bucket ARN is usual.
func (l *linter) resources(st *policy.Statement, actions, named []*catalog.Action) {
	var typed, untyped []*catalog.Action
	for _, a := range actions {
		if len(a.Resources) > 0 {
			typed = append(typed, a)
		}
	}
	for _, a := range named {
		if len(a.Resources) == 0 {
			untyped = append(untyped, a)
		}
	}
	hasStar := false
	for _, v := range st.Resource.Values {
		if v.Value == "*" {
			hasStar = true
		}
	}
	if len(st.Resource.Values) == 0 || hasStar {
		return
	}
	if len(untyped) > 0 {
		l.report(CodeResourceNeedsWildcard, policy.SeverityWarning, fmt.Sprintf("Statement[%d].Resource", st.Index), st.Resource.Range,
			"%s %s no resource type and %s only \"Resource\": \"*\", so this statement does not allow %s.",
			names(untyped), plural(len(untyped), "has", "have"), plural(len(untyped), "takes", "take"), plural(len(untyped), "it", "them"))
	}
	if len(typed) == 0 {
		return
	}
	for i, v := range st.Resource.Values {
		if !strings.HasPrefix(v.Value, "arn:") {
			continue // policy.Parse reports a malformed ARN
		}
		if fitsAny(typed, v.Value) {
			continue
		}
		l.report(CodeResourceTypeMismatch, policy.SeverityWarning, elementPath(st, "Resource", &st.Resource, i), v.Range,
			"%q fits none of the resource types of %s (%s), so this statement never applies to it.", v.Value, names(typed), typeNames(typed))
	}
}

// fitsAny reports whether the resource pattern fits a resource type of one
// of the actions.
func fitsAny(actions []*catalog.Action, pattern string) bool {
	for _, a := range actions {
		for _, r := range a.ResourceTypes() {
			if r.Fits(pattern) {
				return true
			}
		}
	}
	return false
}

// conditions checks the statement's service-specific condition keys.
func (l *linter) conditions(st *policy.Statement, actions []*catalog.Action) {
	for _, c := range st.Conditions {
		key := c.Key.Value
		prefix, _, ok := strings.Cut(key, ":")
		if !ok || strings.EqualFold(prefix, "aws") {
			continue
		}
		path := fmt.Sprintf("Statement[%d].Condition.%s.%s", st.Index, c.OperatorText.Value, key)
		svc := l.cat.Service(prefix)
		if !l.cat.KnownKey(key) {
			var sugg []string
			if svc != nil {
				sugg = suggestKey(svc, key)
			}
			l.report(CodeUnknownConditionKey, policy.SeverityWarning, path, c.Key.Range,
				"The condition key %q is not in the AWS action catalog, so a request never carries it.%s", key, didYouMean(sugg))
			continue
		}
		supported := false
		for _, a := range actions {
			if a.SupportsKey(key) {
				supported = true
				break
			}
		}
		if !supported {
			l.report(CodeConditionKeyNotSupported, policy.SeveritySuggestion, path, c.Key.Range,
				"None of the statement's actions (%s) lists the condition key %q, so it is absent from their requests.", names(actions), key)
		}
	}
}

// suggestKey returns the service's condition key closest to key, if any.
func suggestKey(svc *catalog.Service, key string) []string {
	k := strings.ToLower(key)
	bestName, bestD := "", 3
	for _, c := range svc.Keys {
		n := strings.ToLower(c.Name)
		if d := editDistance(k, n); d < bestD {
			bestName, bestD = c.Name, d
		}
	}
	if bestName == "" {
		return nil
	}
	return []string{bestName}
}

// editDistance is the Levenshtein distance of two short strings (longer
// ones are reported as far apart).
func editDistance(a, b string) int {
	if len(a) > 128 || len(b) > 128 {
		return 1 << 20
	}
	return editdist.Distance(a, b)
}

// names lists up to three actions by name, then how many more.
func names(actions []*catalog.Action) string {
	var b []string
	for i, a := range actions {
		if i == 3 {
			b = append(b, fmt.Sprintf("and %d more", len(actions)-3))
			break
		}
		b = append(b, a.FullName())
	}
	return strings.Join(b, ", ")
}

// typeNames lists the distinct resource types of the actions.
func typeNames(actions []*catalog.Action) string {
	var out []string
	seen := map[string]bool{}
	for _, a := range actions {
		for _, r := range a.ResourceTypes() {
			if !seen[r.Name] {
				seen[r.Name] = true
				out = append(out, r.Name)
			}
		}
	}
	if len(out) > 6 {
		out = append(out[:6], fmt.Sprintf("and %d more", len(out)-6))
	}
	return strings.Join(out, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
