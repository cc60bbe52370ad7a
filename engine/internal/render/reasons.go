package render

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/eval"
)

// reason words why a statement did not apply; nil stays nil.
func reason(r *eval.Reason) *Reason {
	if r == nil {
		return nil
	}
	out := &Reason{Element: r.Element, Range: r.Range}
	switch r.Element {
	case "action", "resource":
		out.Message = blockMessage(r)
	case "principal":
		out.Message = principalMessage(r)
	case "condition":
		if d := r.Condition; d != nil {
			out.Message = Condition(d)
			out.Operator, out.Key, out.Values, out.RequestValues = d.Operator, d.Key, d.PolicyValues, d.RequestValues
			if out.Message == "" {
				out.Message = fmt.Sprintf("%s on %s is not met.", d.Operator, d.Key)
			}
		}
	}
	return out
}

// blockMessage explains an Action/NotAction or Resource/NotResource that
// did not match.
func blockMessage(r *eval.Reason) string {
	elem := r.Element
	name := "Action"
	if elem == "resource" {
		name = "Resource"
	}
	switch r.Code {
	case eval.ReasonNoElement:
		return fmt.Sprintf("The statement has no %s element, so it matches no %s.", name, elem)
	case eval.ReasonExcluded:
		v := ""
		if len(r.Values) > 0 {
			v = r.Values[0]
		}
		return fmt.Sprintf("The %s %s is excluded by the Not%s value %s, so the statement does not apply to it.", elem, r.Value, name, v)
	}
	msg := fmt.Sprintf("The %s %s matches none of the %s values: %s.", elem, r.Value, name, strings.Join(r.Values, ", "))
	if r.Variables {
		msg += " Policy variables were replaced by the request's values; a variable with no value matches nothing."
	}
	return msg
}

// principalMessage explains a Principal or NotPrincipal that does not apply
// to the session.
func principalMessage(r *eval.Reason) string {
	switch r.Code {
	case eval.ReasonPrincipalMissing:
		return "The statement has no Principal element, which a resource-based policy needs, so it applies to no one."
	case eval.ReasonNotPrincipalWithAllow:
		return "NotPrincipal can only be used with \"Effect\": \"Deny\" (AWS JSON policy elements: NotPrincipal), so this Allow grants nothing."
	case eval.ReasonNotPrincipalExcludes:
		return fmt.Sprintf("NotPrincipal lists both the session %s and its account %s, so this Deny does not apply to the session.", r.Session, r.Account)
	}
	who := "the session " + r.Session
	if r.User != "" {
		who += ", the IAM user " + r.User
	}
	return fmt.Sprintf("The Principal names neither %s, the account %s nor everyone (\"*\"), and a principal is matched exactly (no partial wildcards).", who, r.Account)
}
