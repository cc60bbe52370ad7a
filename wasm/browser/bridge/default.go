package bridge

import "github.com/stsplay/stsplay/engine/scenario"

// Default returns the bridge wired to the engine's scenario package; it is
// what the browser build exposes as the global stsplay object.
func Default() Engine {
	return Engine{
		Version:      scenario.Version,
		RunDoc:       func(doc []byte) []byte { return scenario.Run(doc).JSON() },
		ValidateText: scenario.ValidatePolicy,
		PresetList:   func() any { return scenario.Presets() },
	}
}
