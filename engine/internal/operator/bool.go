package operator

import "strings"

// ParseBool reads a value of the Bool operator: "true" or "false" in any
// letter case (RULES.md#bool-operator; JSON booleans in a policy arrive as
// this text).
func ParseBool(s string) (b, ok bool) {
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}
