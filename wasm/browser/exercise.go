//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/stsplay/stsplay/wasm/browser/bridge"
)

// exerciseAPI returns the stsplay.exercise object of the site's exercise
// view:
//
//	stsplay.exercise.course(courseText)          // "" = built-in → {title, exercises: [view…]} or {error, problems}
//	stsplay.exercise.grade(courseText, id, doc)  // → grade JSON or {error[, problems]}
func exerciseAPI() js.Value {
	x := &bridge.Exercises{}
	api := js.Global().Get("Object").New()
	api.Set("course", js.FuncOf(func(_ js.Value, a []js.Value) any { return x.Course(stringArg(a, 0)) }))
	api.Set("grade", js.FuncOf(func(_ js.Value, a []js.Value) any {
		return x.Grade(stringArg(a, 0), stringArg(a, 1), stringArg(a, 2))
	}))
	return api
}
