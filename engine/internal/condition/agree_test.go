package condition

import (
	"encoding/json"
	"testing"

	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/policy"
)

// valueVerdict is what the policy validator says about one condition value.
type valueVerdict uint8

const (
	// accepted: no finding about the value.
	accepted valueVerdict = iota
	// refusedWarning: a warning that the condition can never match.
	refusedWarning
	// refusedError: an error, so the policy is refused before any
	// evaluation (MalformedPolicyDocument for a session policy,
	// InvalidScenario for a stored one).
	refusedError
)

// validate parses a policy whose only condition is operator name on the key
// aws:k with the one value v, and returns the condition as parsed and what
// the validator says about the value.
func validate(t *testing.T, name, v string) (*policy.Condition, valueVerdict, []policy.Diagnostic) {
	t.Helper()
	doc, err := json.Marshal(map[string]any{
		"Version": "2012-10-17",
		"Statement": map[string]any{
			"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
			"Condition": map[string]any{name: map[string]string{"aws:k": v}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	pol, diags := policy.Parse(string(doc), policy.Identity)
	if len(pol.Statements) != 1 || len(pol.Statements[0].Conditions) != 1 {
		t.Fatalf("%s: the policy %s did not parse to one condition: %v", name, doc, diags)
	}
	verdict := accepted
	for _, d := range diags {
		if d.Code != policy.CodeInvalidConditionValue && d.Code != policy.CodeVariableNotSupported {
			continue
		}
		switch d.Severity {
		case policy.SeverityError:
			verdict = refusedError
		case policy.SeverityWarning:
			if verdict == accepted {
				verdict = refusedWarning
			}
		}
	}
	return pol.Statements[0].Conditions[0], verdict, diags
}

// FuzzValidatorAndEvaluatorAgree checks that the validator and the
// evaluator read condition values alike: a value the validator accepts is
// one the evaluator can compare (it never answers "the policy value is not
// a number" and the like), and a value the validator refuses is never
// compared: a refusal with an error makes the whole policy refused
// (policy.HasErrors, so the scenario never evaluates it), and with a
// warning ("the condition can never match") the evaluator refuses the
// value too and the condition does not match.
func FuzzValidatorAndEvaluatorAgree(f *testing.F) {
	seeds := []struct {
		op      uint8
		value   string
		request string
	}{
		{12, "-1700000000", "2026-01-01T00:00:00Z"},
		{12, "1700000000.25", "2026-01-01T00:00:00Z"},
		{12, "2026-01-31T12:30:45+0100", "2026-01-01T00:00:00Z"},
		{12, "2026-01-31t12:30:45Z", "1767225600"},
		{12, "2026-01-31T12:30:45Z", "1767225600"},
		{6, "Inf", "10"},
		{6, "NaN", "10"},
		{6, "0x1p-2", "0.25"},
		{6, "1_000", "1000"},
		{6, "1e3", "1000"},
		{20, "fe80::1%eth0", "fe80::1"},
		{20, "10.0.0.0/8", "10.1.2.3"},
		{19, "QmluYXJ5VmFsdWVJbkJhc2U2NA", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="},
		{18, "TRUE", "true"},
		{26, "false", "x"},
		{0, "${aws:username}", "Bob"},
		{6, "${aws:username}", "10"},
	}
	for _, s := range seeds {
		f.Add(s.op, s.value, s.request)
	}
	names := operatorNames[:len(operatorNames)-1] // without "Bogus"
	f.Fuzz(func(t *testing.T, opIdx uint8, value, request string) {
		name := names[int(opIdx)%len(names)]
		c, verdict, diags := validate(t, name, value)
		v := c.Values[0].Value // as the parser read it
		if name == "Bool" && match.HasVariables(v) {
			// Read only after substitution, which depends on the request.
			return
		}
		r := Check(c, true, context(one("aws:k", request), one("aws:username", request)))
		badValue := r.reason == reasonBadPolicyValue || r.reason == reasonBadNullValue
		switch verdict {
		case accepted:
			if badValue {
				t.Fatalf("%s %q: the validator accepts the value, but the evaluator cannot read it: %+v", name, v, r.Detail())
			}
		case refusedWarning:
			if !badValue || r.Matched {
				t.Fatalf("%s %q: the validator says the condition can never match (%v), but the evaluator compared it: %+v", name, v, diags, r.Detail())
			}
		case refusedError:
			if !policy.HasErrors(diags) {
				t.Fatalf("%s %q: an error finding that does not refuse the policy", name, v)
			}
			if !badValue || r.Matched {
				t.Fatalf("%s %q: the validator refuses the value, but the evaluator compared it: %+v", name, v, r.Detail())
			}
		}
	})
}
