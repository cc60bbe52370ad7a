package advise

import (
	"fmt"
	"strings"

	"github.com/tidwall/gjson"
)

// The operations of an Edit.
const (
	// OpAddStatement appends Statement to the policy at Source (creating
	// the policy when Before is "").
	OpAddStatement = "addStatement"
	// OpRemoveStatement removes statement Index (0-based) of the policy.
	OpRemoveStatement = "removeStatement"
	// OpAddResourcePolicy adds a new resource-based policy attached to
	// AttachedTo, whose text is After; Source is the name it will have.
	OpAddResourcePolicy = "addResourcePolicy"
)

// Edit is one change to one policy of the scenario, in the form an editor
// can apply and undo: the whole text before and after.
type Edit struct {
	// Source names the policy as the scenario result does:
	// "request.Policy", "caller.policies[0]", "caller.permissionsBoundary",
	// "resourcePolicies[1].policy".
	Source string `json:"source"`
	Op     string `json:"op"`
	// Statement is the JSON text of the statement added.
	Statement string `json:"statement,omitempty"`
	// Index is the statement removed (OpRemoveStatement).
	Index int `json:"index,omitempty"`
	// AttachedTo is the resource of a new resource-based policy.
	AttachedTo string `json:"attachedTo,omitempty"`
	// Before is the policy text before the edit ("" for a new policy);
	// After is the text after it.
	Before string `json:"before"`
	After  string `json:"after"`
}

// statementJSON writes an Allow statement, indented as the presets are.
func statementJSON(action, resource, principal string) string {
	var b strings.Builder
	b.WriteString("{\n      \"Effect\": \"Allow\",\n")
	if principal != "" {
		fmt.Fprintf(&b, "      \"Principal\": {\"AWS\": %q},\n", principal)
	}
	fmt.Fprintf(&b, "      \"Action\": %q,\n      \"Resource\": %q\n    }", action, resource)
	return b.String()
}

// newPolicy returns a policy text with one statement.
func newPolicy(statement string) string {
	return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + statement + "\n  ]\n}"
}

// addStatement returns text with the statement appended to its Statement
// element, keeping the rest of the text as it is.
func addStatement(text, statement string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return newPolicy(statement), nil
	}
	if !gjson.Valid(text) {
		return "", fmt.Errorf("the policy is not valid JSON")
	}
	st := gjson.Get(text, "Statement")
	switch {
	case st.IsArray():
		end := st.Index + len(st.Raw) - 1 // the closing ]
		inner := strings.TrimRight(text[st.Index+1:end], " \t\r\n")
		sep := ",\n    "
		if strings.TrimSpace(inner) == "" {
			sep = "\n    "
		}
		return text[:st.Index+1] + inner + sep + statement + "\n  ]" + text[end+1:], nil
	case st.IsObject():
		return text[:st.Index] + "[\n    " + st.Raw + ",\n    " + statement + "\n  ]" + text[st.Index+len(st.Raw):], nil
	}
	return "", fmt.Errorf("the policy has no Statement element to add to")
}

// removeStatement returns text without statement i of its Statement array.
// A policy's only statement cannot be removed (a policy needs one).
func removeStatement(text string, i int) (string, error) {
	st := gjson.Get(text, "Statement")
	if !st.IsArray() {
		return "", fmt.Errorf("the policy's only statement cannot be removed")
	}
	items := st.Array()
	if len(items) < 2 || i < 0 || i >= len(items) {
		return "", fmt.Errorf("the policy's only statement cannot be removed")
	}
	// Element offsets are offsets into text.
	start := items[i].Index
	end := start + len(items[i].Raw)
	if i+1 < len(items) {
		end = items[i+1].Index
	} else {
		start = items[i-1].Index + len(items[i-1].Raw)
	}
	return text[:start] + text[end:], nil
}
