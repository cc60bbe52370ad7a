package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
)

// label names a statement for a learner: by its Sid when it has one,
// otherwise by its position counted from 1 as people count, and the policy
// it is in by what the policy is (see sourceLabel).
func label(ref eval.StatementRef) string {
	if ref.Sid != "" {
		return fmt.Sprintf("statement %q of %s", ref.Sid, sourceLabel(ref.Source))
	}
	return fmt.Sprintf("statement %d of %s", ref.Index+1, sourceLabel(ref.Source))
}

// sourceLabel names a policy of the scenario for a learner:
// "caller.policies[0]" is "identity policy 1", "request.Policy" is "the
// session policy (Policy)", "resourcePolicies[1].policy" is "resource-based
// policy 2". A source of another form is returned as it is.
func sourceLabel(source string) string {
	switch source {
	case "caller.permissionsBoundary":
		return "the permissions boundary"
	case "request.Policy":
		return "the session policy (Policy)"
	}
	if strings.HasPrefix(source, "organization.serviceControlPolicies[") {
		return "the service control policy " + source
	}
	if strings.HasPrefix(source, "organization.resourceControlPolicies[") {
		return "the resource control policy " + source
	}
	for _, f := range []struct{ prefix, name string }{
		{"caller.policies[", "identity policy %d"},
		{"request.PolicyArns[", "managed session policy %d (PolicyArns)"},
		{"resourcePolicies[", "resource-based policy %d"},
	} {
		rest, ok := strings.CutPrefix(source, f.prefix)
		if !ok {
			continue
		}
		digits, tail, ok := strings.Cut(rest, "]")
		n, err := strconv.Atoi(digits)
		if !ok || err != nil || (tail != "" && tail != ".policy") {
			break
		}
		return fmt.Sprintf(f.name, n+1)
	}
	return source
}

// firstIn returns the label of the first deciding statement of a set, or
// "" when none is.
func firstIn(x *eval.Explanation, set string) string {
	for _, d := range x.Deciding {
		if d.Set == set {
			return label(d)
		}
	}
	return ""
}

// request names the request in a sentence.
func request(x *eval.Explanation) string {
	return fmt.Sprintf("%s on %s", x.Action, x.Resource)
}

// callerName names who created the session.
func callerName(x *eval.Explanation) string {
	if x.Root {
		return "the root user"
	}
	return "the IAM user " + x.CallerName
}

// warning words a policy with errors.
func warning(w eval.Warning) string {
	return fmt.Sprintf("%s has %d error(s); AWS would have refused it, so the statements that could be read were evaluated only to show their effect.", w.Source, w.Errors)
}
