package policy

import (
	"strings"

	"github.com/tidwall/gjson"
)

// resources reads a Resource or NotResource element and checks each value.
func (p *parser) resources(v gjson.Result, path, name string) Block {
	b := Block{Not: name == "NotResource", Range: p.span(v)}
	b.Values, _ = p.stringList(v, path, name, false, p.checkResource)
	if isEmptyArray(v) {
		p.reportAt(v, CodeEmptyArray, SeverityError, path, "%s is an empty array; it must list at least one resource.", name)
	}
	return b
}

// checkResource checks one resource: "*" or an ARN
// arn:partition:service:region:account-id:resource [RES; §2.2].
func (p *parser) checkResource(s String, path string) {
	vars := p.checkVariables(s, path)
	r := s.Value
	if r == "*" {
		return
	}
	segs, ok := splitARN(r)
	if !ok {
		p.reportRange(s.Range, CodeMalformedARN, SeverityError, path,
			"Resource %q is not \"*\" or an ARN of the form arn:partition:service:region:account-id:resource.", clip(r, 80))
		return
	}
	if strings.ContainsAny(segs[2], "*?") {
		// RES: "You can't use a wildcard in the service segment".
		p.reportRange(s.Range, CodeWildcardInService, SeverityError, path,
			"Resource %q has a wildcard in the service segment of its ARN (%q); AWS does not allow wildcards there.", clip(r, 80), segs[2])
	}
	if len(vars) > 0 && p.pol.VariablesEnabled() {
		// VARS: variables only "in the resource portion of the ARN. This
		// portion of the ARN appears after the fifth colon (:)".
		if fifth := nthColon(r, 5); fifth < 0 || vars[0] < fifth {
			p.reportRange(s.Range, CodeVariableNotSupported, SeverityWarning, path,
				"Resource %q has a policy variable before the resource part of its ARN; AWS substitutes variables only after the fifth colon, so it is literal text there.", clip(r, 80))
		}
	}
}

// splitARN splits an ARN pattern into its first six colon-separated
// segments (the sixth keeps any further colons). A pattern with fewer
// segments is accepted when its last segment ends with *, which "can expand
// to match beyond colon boundaries" [RES current; §2.2], as in
// "arn:aws:sqs:*". The service segment must not be empty.
func splitARN(r string) ([]string, bool) {
	if !strings.HasPrefix(r, "arn:") {
		return nil, false
	}
	segs := strings.SplitN(r, ":", 6)
	if len(segs) < 3 || segs[2] == "" {
		return nil, false
	}
	if len(segs) == 6 || strings.HasSuffix(r, "*") {
		return segs, true
	}
	return nil, false
}

// nthColon returns the byte offset of the n-th colon of s, or -1.
func nthColon(s string, n int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			n--
			if n == 0 {
				return i
			}
		}
	}
	return -1
}
