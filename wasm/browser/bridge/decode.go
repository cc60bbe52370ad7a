package bridge

import (
	"encoding/json"
	"errors"

	"github.com/stsplay/stsplay/engine/scenario"
)

// fieldError is one problem the engine's decoder found in a scenario
// document, in the shape the page reads: the field's path, a sentence, and
// where the field's value is in the document (1-based line and column,
// 0-based byte offset; line 0 when unknown).
type fieldError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Offset  int    `json:"offset"`
}

// decodeResult is what Decode returns: every problem of the document, none
// when the engine can run it.
type decodeResult struct {
	Errors []fieldError `json:"errors"`
}

// Decode reads one scenario document with the engine's own decoder
// (scenario.Decode, the CLI's) and returns {"errors": […]}: every field
// that is not JSON, of the wrong type, unknown or missing, with its line
// and column in doc. It runs nothing. A panic becomes a single error.
func (e Engine) Decode(doc string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = encodeDecode([]fieldError{{Message: panicMessage(r)}})
		}
	}()
	_, err := scenario.Decode([]byte(doc))
	if err == nil {
		return encodeDecode([]fieldError{})
	}
	var de *scenario.DecodeError
	if !errors.As(err, &de) {
		return encodeDecode([]fieldError{{Message: err.Error()}})
	}
	list := make([]fieldError, 0, len(de.Fields))
	for _, f := range de.Fields {
		list = append(list, fieldError{Path: f.Path, Message: f.Message, Line: f.Line, Column: f.Column, Offset: f.Offset})
	}
	return encodeDecode(list)
}

func encodeDecode(list []fieldError) string {
	b, _ := json.Marshal(decodeResult{Errors: list}) // strings and ints only: cannot fail
	return string(b)
}
