package policy

import (
	"strings"

	"github.com/tidwall/gjson"
)

// resources reads a Resource or NotResource element and checks each value.
func (p *parser) resources(v gjson.Result, path jpath, name string) Block {
	return p.block(v, path, name, "resource", p.checkResource)
}

// checkResource checks one resource: "*" or an ARN
// arn:partition:service:region:account-id:resource [RULES.md#resource-matching].
func (p *parser) checkResource(s String, path jpath) {
	vars := p.checkVariables(s, path)
	r := s.Value
	if r == "*" {
		return
	}
	// The quoted sentences are IAM's MalformedPolicyDocument messages as
	// getmoto/moto's IAM policy validator reproduces them.
	if !strings.Contains(r, ":") {
		p.reportRange(s.Range, CodeMalformedARN, SeverityError, path,
			"Resource %s must be in ARN format or \"*\". An ARN has the form arn:partition:service:region:account-id:resource.", clip(r, 80))
		return
	}
	service, ok := arnService(r)
	if !ok {
		p.reportRange(s.Range, CodeMalformedARN, SeverityError, path,
			"Resource %q is not \"*\" or an ARN of the form arn:partition:service:region:account-id:resource.", clip(r, 80))
		return
	}
	if part := r[4:nthColon(r, 2)]; part != "*" && !knownPartitions[part] {
		p.reportRange(s.Range, CodeMalformedARN, SeverityError, path,
			"Partition %q is not valid for resource %q. Use aws, aws-cn, aws-us-gov or another AWS partition.", clip(part, 40), clip(r, 80))
	}
	if strings.ContainsAny(service, "*?") {
		// RULES.md#resource-matching: "You can't use a wildcard in the service segment".
		p.reportRange(s.Range, CodeWildcardInService, SeverityError, path,
			"Resource vendor must be fully qualified and cannot contain regexes. Resource %q has a wildcard in the service segment of its ARN.", clip(r, 80))
	}
	if len(vars) > 0 && p.pol.VariablesEnabled() {
		// RULES.md#policy-variables: variables only "in the resource portion of the ARN. This
		// portion of the ARN appears after the fifth colon (:)".
		if fifth := nthColon(r, 5); fifth < 0 || vars[0] < fifth {
			p.reportRange(s.Range, CodeVariableNotSupported, SeverityWarning, path,
				"Resource %q has a policy variable before the resource part of its ARN; AWS substitutes variables only after the fifth colon, so it is literal text there.", clip(r, 80))
		}
	}
}

// knownPartitions are the AWS partitions an ARN may name ("Identify AWS
// resources with Amazon Resource Names (ARNs)", AWS General Reference; the
// European Sovereign Cloud partition added in 2025).
var knownPartitions = map[string]bool{
	"aws": true, "aws-cn": true, "aws-us-gov": true, "aws-iso": true, "aws-iso-b": true,
	"aws-iso-e": true, "aws-iso-f": true, "aws-eusc": true,
}

// arnService returns the service segment of an ARN pattern
// arn:partition:service:region:account-id:resource (the resource part may
// itself contain colons). A pattern with fewer than six segments is accepted
// when it ends with *, which "can expand to match beyond colon boundaries"
// [RULES.md#resource-matching], as in "arn:aws:sqs:*". The service segment must not
// be empty.
func arnService(r string) (string, bool) {
	if !strings.HasPrefix(r, "arn:") {
		return "", false
	}
	second, third := nthColon(r, 2), nthColon(r, 3)
	if second < 0 {
		return "", false
	}
	var service string
	if third < 0 {
		service = r[second+1:]
	} else {
		service = r[second+1 : third]
	}
	if service == "" || nthColon(r, 5) < 0 && !strings.HasSuffix(r, "*") {
		return "", false
	}
	return service, true
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
