package bridge

import (
	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/scenario"
)

// Default returns the bridge wired to the engine's scenario package; it is
// what the browser build exposes as the global stsplay object. Its runs go
// through one scenario.Runner, so that policies unchanged since the last
// run are not parsed again and Explain reuses the last run's session.
func Default() Engine {
	runner := &scenario.Runner{}
	return Engine{
		Version:      scenario.Version,
		RunDoc:       func(doc []byte, options string) []byte { return runner.Run(doc, ParseOptions(options)).JSON() },
		ExplainCheck: runner.Explain,
		ValidateText: scenario.ValidatePolicy,
		PresetList:   func() any { return scenario.Presets() },
	}
}

// ParseOptions reads the options of a run, a JSON object:
//
//	{}                                  decisions only (also "")
//	{"explain": "all"}                  every check and authorization check explained
//	{"explain": [0, 2]}                 checks 0 and 2 explained
//	{"explain": [0], "authorization": true}   and the caller's authorization checks
//
// Anything else in it is ignored, so an older engine reads a newer page's
// options as "decisions only" plus what it knows.
func ParseOptions(options string) scenario.Options {
	var o scenario.Options
	if options == "" || !gjson.Valid(options) {
		return o
	}
	v := gjson.Parse(options)
	explain := v.Get("explain")
	switch {
	case explain.Type == gjson.String && explain.Str == "all":
		o.ExplainAll = true
	case explain.IsArray():
		for _, i := range explain.Array() {
			if i.Type == gjson.Number && i.Num == float64(int(i.Num)) {
				o.ExplainChecks = append(o.ExplainChecks, int(i.Num))
			}
		}
	}
	o.ExplainAuthorization = v.Get("authorization").Type == gjson.True
	return o
}
