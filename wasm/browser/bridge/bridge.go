// Package bridge holds the part of the browser bridge that does not need
// syscall/js: it calls the engine with strings in and strings out and turns
// a panic into an error result, so that one bad scenario never takes the
// WebAssembly module down with it. The js/wasm main package of wasm/browser
// wires these functions to the global stsplay object.
package bridge

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"

	"github.com/stsplay/stsplay/engine/sts"
)

// Engine is the set of engine entry points the bridge calls. In the
// browser build they are the functions of engine/scenario; tests use
// their own.
type Engine struct {
	// Version is the engine version, scenario.Version.
	Version string
	// RunDoc runs one scenario document and returns the result JSON, with
	// the explanations options asks for (see ParseOptions).
	RunDoc func(doc []byte, options string) []byte
	// ExplainCheck returns the explanation JSON of check i of a document.
	ExplainCheck func(doc []byte, i int) ([]byte, error)
	// ValidateText returns the diagnostics JSON array of one policy text.
	ValidateText func(text, kind string) []byte
	// PresetList returns the embedded presets; they are marshalled to JSON.
	PresetList func() any
}

// InternalErrorCode is the error code of a result the bridge made up
// because the engine failed: InternalFailure, the one code of a failure
// of the playground itself at every boundary (sts.CodeInternalFailure).
const InternalErrorCode = sts.CodeInternalFailure

// errorResult is the scenario result document the bridge returns when the
// engine could not produce one. It has the shape of a real result (the
// "Scenario result JSON" contract), so the page shows it with the same code.
type errorResult struct {
	Engine      string     `json:"engine"`
	Wire        string     `json:"wire"`
	Response    any        `json:"response"`
	Error       errorBody  `json:"error"`
	Session     any        `json:"session"`
	Checks      []struct{} `json:"checks"`
	Diagnostics []struct{} `json:"diagnostics"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ErrorResult returns a result JSON document that carries only an error
// with the given message.
func (e Engine) ErrorResult(message string) string {
	out, _ := json.Marshal(errorResult{ // only strings: cannot fail
		Engine:      e.Version,
		Error:       errorBody{Code: InternalErrorCode, Message: message},
		Checks:      []struct{}{},
		Diagnostics: []struct{}{},
	})
	return string(out)
}

// Run runs one scenario document with options (a JSON object, see
// ParseOptions; "" for decisions only). A panic inside the engine is
// recovered and reported as an error result that says it is a bug of the
// playground.
func (e Engine) Run(doc, options string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = e.ErrorResult(panicMessage(r))
		}
	}()
	if e.RunDoc == nil {
		return e.ErrorResult("The engine has no Run function.")
	}
	return string(e.RunDoc([]byte(doc), options))
}

// explainError is the answer of Explain when there is no explanation.
type explainError struct {
	Error errorBody `json:"error"`
}

// Explain returns the explanation of check i of a document as JSON
// ({"decision", "explanation"}), or {"error": {"code", "message"}} when
// the document has no such check or its call failed. A panic becomes such
// an error.
func (e Engine) Explain(doc string, i int) (out string) {
	fail := func(code, message string) string {
		b, _ := json.Marshal(explainError{Error: errorBody{Code: code, Message: message}}) // only strings: cannot fail
		return string(b)
	}
	defer func() {
		if r := recover(); r != nil {
			out = fail(InternalErrorCode, panicMessage(r))
		}
	}()
	if e.ExplainCheck == nil {
		return fail(InternalErrorCode, "The engine has no Explain function.")
	}
	b, err := e.ExplainCheck([]byte(doc), i)
	if err != nil {
		return fail("NoExplanation", err.Error())
	}
	return string(b)
}

// diagnostic is the shape of one diagnostic the bridge makes up when the
// validator fails; it follows policy.Diagnostic.
type diagnostic struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Path     string `json:"path"`
	Offset   int    `json:"offset"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

// Validate returns the diagnostics of one policy text as a JSON array. A
// panic becomes a single error diagnostic at the start of the text.
func (e Engine) Validate(text, kind string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			b, _ := json.Marshal([]diagnostic{{
				Code: "internal-error", Severity: "error", Message: panicMessage(r),
				Line: 1, Column: 1,
			}})
			out = string(b)
		}
	}()
	if e.ValidateText == nil {
		return "[]"
	}
	return string(e.ValidateText(text, kind))
}

// Presets returns the embedded presets as a JSON array; "[]" when they
// cannot be read.
func (e Engine) Presets() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "[]"
		}
	}()
	if e.PresetList == nil {
		return "[]"
	}
	b, err := json.Marshal(e.PresetList())
	if err != nil {
		return "[]"
	}
	return string(b)
}

// panicMessage turns a recovered value into a sentence for the page, with
// the first frames of the stack so that the bug can be reported.
func panicMessage(r any) string {
	buf := make([]byte, 8<<10)
	stack := strings.Split(string(buf[:runtime.Stack(buf, false)]), "\n")
	if len(stack) > 12 {
		stack = stack[:12]
	}
	return fmt.Sprintf("The engine failed on this scenario (a bug in the playground, please report it): %v\n%s",
		r, strings.Join(stack, "\n"))
}
