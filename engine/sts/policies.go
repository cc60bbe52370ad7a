package sts

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// SessionPolicy is one session policy of a validated request.
type SessionPolicy struct {
	// Source names the policy: "request.Policy" or "request.PolicyArns[i]".
	Source string `json:"source"`
	// ARN is the managed policy's ARN; empty for the inline policy.
	ARN string `json:"arn,omitempty"`
	// Text is the policy's JSON text as given.
	Text string `json:"text"`
	// Policy is the parsed policy.
	Policy *policy.Policy `json:"-"`
	// Diagnostics are the parser's findings; none of them is an error.
	Diagnostics []policy.Diagnostic `json:"diagnostics,omitempty"`
}

// sessionPolicies parses the inline policy and looks up and parses the
// managed ones.
func sessionPolicies(req Request, caller principal.Caller, managed map[string]string) ([]SessionPolicy, *Error) {
	var out []SessionPolicy
	if req.Policy != nil {
		sp, err := parseSessionPolicy("request.Policy", "", *req.Policy)
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	for i, arn := range req.PolicyArns {
		source := "request.PolicyArns[" + itoa(i) + "]"
		text, ok := managed[arn]
		if !ok || !policyInAccount(arn, caller) {
			e := MalformedPolicyDocumentError("Policy " + arn + " does not exist or is not attachable.")
			e.Source = source
			return nil, e
		}
		sp, err := parseSessionPolicy(source, arn, text)
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, nil
}

// policyInAccount reports whether arn is a managed policy the caller may
// pass: one of the caller's account, or an AWS managed policy (account
// "aws"). STS API Reference, "GetFederationToken", PolicyArns: the policies
// must be in the caller's account (RULES.md#policy-arns). What STS answers for an
// ARN of another account or one that does not exist is UNCONFIRMED; this
// package answers MalformedPolicyDocument with IAM's sentence for a policy
// it cannot find ("Policy ARN does not exist or is not attachable."), since
// MalformedPolicyDocument is the only policy error the model lists for the
// operation.
func policyInAccount(policyARN string, caller principal.Caller) bool {
	a, ok := arn.Parse(policyARN)
	if !ok || a.Service != "iam" || !strings.HasPrefix(a.Resource, "policy/") || a.Partition != caller.PartitionOrDefault() {
		return false
	}
	return a.Account == caller.Account || a.Account == "aws"
}

// parseSessionPolicy parses text as a session policy and turns its first
// error into MalformedPolicyDocument.
func parseSessionPolicy(source, arn, text string) (SessionPolicy, *Error) {
	p, diags := policy.Parse(text, policy.Session)
	if policy.HasErrors(diags) {
		e := MalformedPolicyDocumentError(malformedMessage(text, diags))
		e.Source = source
		e.Diagnostics = diags
		return SessionPolicy{}, e
	}
	return SessionPolicy{Source: source, ARN: arn, Text: text, Policy: p, Diagnostics: diags}, nil
}

// malformedMessage words a MalformedPolicyDocument for the first error of
// diags. Where AWS's sentence for that fault is known it is used verbatim:
//
//   - invalid JSON: "The policy is not in the valid JSON format."
//     (RULES.md#malformed-policy-document, hashicorp/vault#1113);
//   - a Principal: "Policy document should not specify a principal."
//     (RULES.md#malformed-policy-document, localstack/localstack#10746).
//
// The other sentences are IAM's MalformedPolicyDocument messages for the
// same faults (IAM CreatePolicy; UNCONFIRMED that STS words them alike), and
// "Syntax errors in policy." — IAM's catch-all — for the rest. The
// playground shows the exact line and column from Error.Diagnostics rather
// than in the message, because AWS's messages carry no position.
func malformedMessage(text string, diags []policy.Diagnostic) string {
	var d policy.Diagnostic
	for _, x := range diags {
		if x.Severity == policy.SeverityError {
			d = x
			break
		}
	}
	switch d.Code {
	case policy.CodeInvalidJSON:
		return "The policy is not in the valid JSON format."
	case policy.CodePrincipalNotAllowed:
		return "Policy document should not specify a principal."
	case policy.CodeMissingAction:
		return "Policy statement must contain actions."
	case policy.CodeMissingResource:
		return "Policy statement must contain resources."
	case policy.CodeInvalidSid:
		return "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"
	case policy.CodeDuplicateSid:
		return "Statement IDs (SID) in a single policy must be unique."
	case policy.CodeActionMissingPrefix:
		return "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
	case policy.CodeInvalidAction:
		// IAM's wording for an action with two colons (garnaat/kappa#111),
		// decided from the action the diagnostic points at.
		if s, ok := spanString(text, d); ok && strings.Count(s, ":") > 1 {
			return "Actions/Condition can contain only one colon."
		}
	case policy.CodeInvalidVersion:
		return "The policy failed legacy parsing"
	case policy.CodeMalformedARN:
		if s, ok := spanString(text, d); ok {
			return "Resource " + s + " must be in ARN format or \"*\"."
		}
	case policy.CodeUnknownOperator, policy.CodeOperatorCase:
		if s, ok := spanString(text, d); ok {
			return "Invalid Condition type : " + s
		}
	}
	return "Syntax errors in policy."
}

// spanString returns the JSON string the diagnostic points at, without its
// quotes, when the span is one.
func spanString(text string, d policy.Diagnostic) (string, bool) {
	if d.Offset < 0 || d.End.Offset > len(text) || d.End.Offset-d.Offset < 2 {
		return "", false
	}
	s := text[d.Offset:d.End.Offset]
	if s[0] != '"' || s[len(s)-1] != '"' || strings.ContainsAny(s[1:len(s)-1], "\"\\\n") {
		return "", false
	}
	return s[1 : len(s)-1], true
}
