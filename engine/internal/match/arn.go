package match

// ARN reports whether arn matches pattern as the ArnLike and ArnEquals
// condition operators compare them: "Case-sensitive matching of the ARN.
// Each of the six colon-delimited components of the ARN is checked
// separately and each can include multi-character match wildcards (*) or
// single-character match wildcards (?)" (IAM JSON policy elements:
// Condition operators; RULES.md#condition-operators). A wildcard in one of the
// first five components never matches a colon, so, as the same page shows,
// "arn:aws:someservice:*:111122223333:finance/*" does not match
// "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt"
// although StringLike would (RULES.md#resource-matching). The sixth component is everything after
// the fifth colon, so a wildcard there matches colons and slashes.
//
// Both strings must have the six components (at least five colons);
// otherwise they are not ARNs and do not match. This is our reading of
// "each of the six components"; iam-simulate also rejects them. Unlike a
// Resource element, a trailing * does not run past a colon here: AWS states
// that rule only for Resource.
func ARN(pattern, arn string) bool {
	if !hasARNShape(pattern) || !hasARNShape(arn) {
		return false
	}
	return globString(pattern, arn, false, fifthColon(pattern))
}

// hasARNShape reports whether s has at least five colons, that is the six
// components of an ARN.
func hasARNShape(s string) bool { return fifthColon(s) >= 0 }

// fifthColon returns the index of the fifth colon of s, or -1.
func fifthColon(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			n++
			if n == 5 {
				return i
			}
		}
	}
	return -1
}
