package scenario

import "testing"

// BenchmarkRunPreset runs whole presets: decode, parse every policy,
// simulate the call, render the XML and explain every check. It is the
// cost of one recompute in the playground.
func BenchmarkRunPreset(b *testing.B) {
	for _, name := range []string{"token-app-session-policy", "session-tags-principaltag", "manager-name-denied"} {
		p, ok := PresetByName(name)
		if !ok {
			b.Fatalf("no preset %s", name)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Run(p.Scenario)
			}
		})
	}
}

// BenchmarkRunAtLimits runs documents at the limits of limits.go, each one
// at the limit that makes it expensive, and renders the result JSON: the
// worst a scenario can cost the CLI, the site and the endpoint. result-B is
// the size of the result JSON.
func BenchmarkRunAtLimits(b *testing.B) {
	cases := []struct {
		name string
		doc  limitDoc
	}{
		// (200 checks + 2) × 24 statements = 4,848 verdicts.
		{"result-size", limitDoc{statements: 22, checks: MaxChecks}},
		// 5,000 policy values matched by 90 checks (95 would go over
		// MaxResultBytes, as the explanations quote the values).
		{"policy-values", limitDoc{statements: 1, actions: MaxPolicyValues - 5, checks: 90}},
		// 4,995 policy values in a statement that matches no check, so
		// that every explanation quotes them all, in as many checks as
		// MaxResultBytes allows.
		{"policy-values-quoted", limitDoc{statements: 1, actions: MaxPolicyValues - 5, checks: 88, unmatched: true}},
		// 200 patterns × (1 + 1 + 498) values = 100,000 comparisons.
		{"condition-comparisons", limitDoc{statements: 1, condValues: 200, checks: 1, ctxValues: 498}},
		// 2,000 × 49,000 ≈ 98,000,000 character comparisons.
		{"match-work", limitDoc{statements: 1, condValues: 1, condLength: 2000, checks: 1, ctxValues: 1, ctxLength: 49_000}},
	}
	for _, c := range cases {
		doc := []byte(c.doc.text())
		if res := Run(doc); res.Error != nil {
			b.Fatalf("%s: %s", c.name, res.Error.Message)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			size := 0
			for b.Loop() {
				size = len(Run(doc).JSON())
			}
			b.ReportMetric(float64(size), "result-B")
		})
	}
}
