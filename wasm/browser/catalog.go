//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/stsplay/stsplay/wasm/browser/bridge"
)

// catalogAPI returns the stsplay.catalog object: the functions that use
// the AWS action catalog, which the page loads after its first result.
func catalogAPI() js.Value {
	c := &bridge.Catalog{}
	api := js.Global().Get("Object").New()
	fn := func(name string, f func(args []js.Value) string) {
		api.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any { return f(args) }))
	}
	fn("load", func(a []js.Value) string { return c.Load(stringArg(a, 0)) })
	fn("lint", func(a []js.Value) string { return c.Lint(stringArg(a, 0), stringArg(a, 1)) })
	fn("lintScenario", func(a []js.Value) string { return c.LintScenario(stringArg(a, 0)) })
	fn("expand", func(a []js.Value) string { return c.Expand(stringArg(a, 0)) })
	fn("summary", func(a []js.Value) string { return c.Summary(stringArg(a, 0)) })
	fn("suggest", func(a []js.Value) string { return c.Suggest(stringArg(a, 0), stringArg(a, 1)) })
	fn("complete", func(a []js.Value) string { return c.Complete(stringArg(a, 0), stringArg(a, 1), stringArg(a, 2)) })
	return api
}
