package summary_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/summary"
)

// BenchmarkSummaryLargestPreset is the full-catalog summary of the preset
// whose summary does the most work (root-caller-capped: the root user may do
// everything, so every action of the catalog is evaluated). Goal: under
// 10 ms per summary natively.
func BenchmarkSummaryLargestPreset(b *testing.B) {
	for _, name := range []string{"root-caller-capped", "token-app-session-policy"} {
		b.Run(name, func(b *testing.B) {
			cat := load(b)
			p, _ := scenario.PresetByName(name)
			doc, err := scenario.Decode(p.Scenario)
			require.NoError(b, err)
			s, c, fail := summary.Session(doc)
			require.Nil(b, fail)
			b.ResetTimer()
			for b.Loop() {
				summary.Build(cat, s, c)
			}
		})
	}
}
