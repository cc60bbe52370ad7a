//go:build js && wasm

// Command browser is the stsplay engine compiled to WebAssembly for web
// pages, Web Workers and Node. It defines one global object, stsplay:
//
//	stsplay.version                     // engine version
//	stsplay.run(scenarioJSON[, options]) // → scenario result JSON (compact)
//	stsplay.explain(scenarioJSON, i)    // → {"decision", "explanation"} of check i
//	stsplay.validate(policyText, kind)  // → diagnostics JSON array
//	stsplay.presets()                   // → presets JSON array
//	stsplay.decode(scenarioJSON)        // → {"errors": […]} from the engine's decoder
//	stsplay.catalog.load(text)          // AWS action catalog file → {source, version, actions}
//	stsplay.catalog.lint(text, kind)    // → catalog diagnostics JSON array
//	stsplay.catalog.lintScenario(doc)   // → [{source, …diagnostic}] for every policy
//	stsplay.catalog.expand(pattern)     // → {catalog, actions: [{action, accessLevel}]}
//	stsplay.catalog.summary(doc)        // → effective-permissions summary JSON
//	stsplay.catalog.suggest(doc, index) // → "what would allow this?" JSON
//	stsplay.catalog.complete(what, prefix, actionsJSON) // → [{label, detail, type}]
//
// run gives every decision and no explanation unless options (a JSON
// string, see bridge.ParseOptions) asks: '{"explain":"all"}' for every
// one, '{"explain":[0],"authorization":true}' for check 0 and the caller's
// authorization checks. explain reuses the last run's session when the
// document is the same.
//
// Strings go in and strings come out. A panic in the engine is recovered
// and returned as an error result; the module stays alive. The loader in
// site/src/engine/stsplay.mjs instantiates it.
package main

import (
	"syscall/js"

	"github.com/stsplay/stsplay/wasm/browser/bridge"
)

func main() {
	engine := bridge.Default()
	api := js.Global().Get("Object").New()
	api.Set("version", engine.Version)
	api.Set("run", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return engine.Run(stringArg(args, 0), stringArg(args, 1))
	}))
	api.Set("explain", js.FuncOf(func(_ js.Value, args []js.Value) any {
		i := -1
		if len(args) > 1 && args[1].Type() == js.TypeNumber {
			i = args[1].Int()
		}
		return engine.Explain(stringArg(args, 0), i)
	}))
	api.Set("validate", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return engine.Validate(stringArg(args, 0), stringArg(args, 1))
	}))
	api.Set("presets", js.FuncOf(func(_ js.Value, _ []js.Value) any {
		return engine.Presets()
	}))
	api.Set("decode", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return engine.Decode(stringArg(args, 0))
	}))
	api.Set("catalog", catalogAPI())
	js.Global().Set("stsplay", api)
	// Tell a loader that is waiting that the object is there.
	if ready := js.Global().Get("__stsplayReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the module alive for later calls
}

// stringArg returns argument i as a string, or "" when it is missing or
// not a string (a number or an object is not silently converted).
func stringArg(args []js.Value, i int) string {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return ""
	}
	return args[i].String()
}
