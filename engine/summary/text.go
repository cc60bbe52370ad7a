package summary

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the summary as a readable table: one row per service
// with the session's and the user's counts and how the session policy
// changed them, then the session's entries and denials under it.
func (s *Summary) WriteText(w io.Writer) {
	fmt.Fprintf(w, "Effective permissions (AWS action catalog %s %s, %d actions)\n", s.Catalog.Source, s.Catalog.Version, s.Catalog.Actions)
	if s.Error != nil && s.Error.Code == CodeLimitWork {
		fmt.Fprintf(w, "No summary (%s): %s\n", s.Error.Code, s.Error.Message)
		return
	}
	if s.Error != nil {
		fmt.Fprintf(w, "No session: the call fails with %s: %s\n", s.Error.Code, s.Error.Message)
		return
	}
	fmt.Fprintf(w, "Session: %s\nCaller: %s\nEvaluated on: %s\n\n", s.Session, s.User, strings.Join(s.Resources, ", "))
	fmt.Fprintf(w, "%-22s %-18s %-10s %s\n", "SERVICE", "SESSION", "CALLER", "CHANGE")
	var removed []string
	for _, svc := range s.Services {
		if svc.Change == "removed" && len(svc.Session.Denied) == 0 {
			removed = append(removed, fmt.Sprintf("%s (%d)", svc.Service, svc.User.Allowed))
			continue
		}
		fmt.Fprintf(w, "%-22s %-18s %-10s %s\n", svc.Service,
			fmt.Sprintf("%d of %d", svc.Session.Allowed, svc.Actions), fmt.Sprint(svc.User.Allowed), changeText(svc))
		for _, e := range svc.Session.Entries {
			cond := ""
			if e.Conditional {
				cond = " if " + strings.Join(e.ConditionKeys, ", ")
			}
			fmt.Fprintf(w, "    %-44s %-24s %s  (%s%s)\n", e.Action, e.AccessLevel, strings.Join(e.Resources, ", "), e.Rule, cond)
		}
		if len(svc.Session.Denied) > maxDeniedShown {
			fmt.Fprintf(w, "    %d actions the caller may perform are denied (%s)\n", len(svc.Session.Denied), deniedRules(svc.Session.Denied))
			continue
		}
		for _, d := range svc.Session.Denied {
			fmt.Fprintf(w, "    %-44s %-24s %s  (denied: %s)\n", d.Action, d.AccessLevel, strings.Join(d.Resources, ", "), d.Rule)
		}
	}
	if len(removed) > 0 {
		more := ""
		if len(removed) > maxRemovedShown {
			more = fmt.Sprintf(" and %d more services", len(removed)-maxRemovedShown)
			removed = removed[:maxRemovedShown]
		}
		fmt.Fprintf(w, "\nRemoved by the session policy (the caller's allowed actions in brackets): %s%s.\n", strings.Join(removed, ", "), more)
	}
}

// maxDeniedShown is the most denied actions the table lists one by one.
const maxDeniedShown = 8

// deniedRules lists the rules of the denials.
func deniedRules(ds []Denied) string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds {
		if !seen[d.Rule] {
			seen[d.Rule] = true
			out = append(out, d.Rule)
		}
	}
	return strings.Join(out, ", ")
}

// maxRemovedShown is the most removed services the table names.
const maxRemovedShown = 20

// changeText says in words how the session compares with the user.
func changeText(s Service) string {
	switch s.Change {
	case "restricted":
		return "refused to federated sessions (no IAM; no STS but GetCallerIdentity)"
	case "removed":
		return "removed by the session policy"
	case "narrowed":
		return "narrowed by the session policy"
	case "added":
		return "granted to the session by a resource-based policy"
	case "widened":
		return "widened by a resource-based policy"
	}
	return "unchanged"
}
