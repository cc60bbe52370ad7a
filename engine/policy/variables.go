package policy

import "strings"

// checkVariables looks for policy variables (${…}) in s and reports
// unterminated ones, and variables that are literal text because the
// policy's Version is not 2012-10-17 [RULES.md#policy-variables, RULES.md#policy-version]. It returns the byte
// offsets (within s.Value) of the "${" of each well-formed variable, so that
// callers can check where variables are allowed; nil when there are none.
func (p *parser) checkVariables(s String, path jpath) []int {
	v := s.Value
	if !strings.Contains(v, "${") {
		return nil
	}
	var starts []int
	for i := 0; i < len(v); {
		j := strings.Index(v[i:], "${")
		if j < 0 {
			break
		}
		start := i + j
		end := strings.IndexByte(v[start+2:], '}')
		if end < 0 {
			p.reportRange(s.Range, CodeUnterminatedVariable, SeverityWarning, path,
				`The text %q has "${" without a closing "}", so it is not a policy variable and is matched literally.`, clip(v[start:], 40))
			break
		}
		starts = append(starts, start)
		i = start + 2 + end + 1
	}
	if len(starts) > 0 && !p.pol.VariablesEnabled() {
		// RULES.md#policy-variables: "If you don't include the Version element and set it to an
		// appropriate version date, variables like ${aws:username} are
		// treated as literal strings in the policy"; VER: the same for
		// 2008-10-17.
		p.reportRange(s.Range, CodeVariableWithoutVersion, SeverityWarning, path,
			`The value %q contains a policy variable, but variables are only substituted when the policy has "Version": "2012-10-17"; here it is literal text.`, clip(v, 60))
	}
	return starts
}
