package policy

import "fmt"

// kindNames are the words ParseKind accepts and Kind.String returns, indexed
// by Kind.
var kindNames = [...]string{
	Identity: "identity",
	Session:  "session",
	Boundary: "boundary",
	Resource: "resource",
}

// String returns "identity", "session", "boundary" or "resource", or
// "Kind(n)" for a value outside the defined kinds.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// ParseKind returns the Kind named by s, one of "identity", "session",
// "boundary" and "resource".
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if s == name {
			return Kind(k), nil
		}
	}
	return 0, fmt.Errorf("unknown policy kind %q: use identity, session, boundary or resource", s)
}

// resourceBased reports whether policies of kind k name principals, which
// decides whether Principal is required (resource-based) or forbidden
// (identity-based: identity, session and boundary policies) [RULES.md#policy-grammar].
func (k Kind) resourceBased() bool { return k == Resource }
