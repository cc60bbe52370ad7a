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
