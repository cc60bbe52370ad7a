package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/stsplay/stsplay/engine/policy"
)

// ValidatePolicy parses one policy text as the given kind ("identity",
// "session", "boundary" or "resource") and returns its diagnostics as a
// JSON array. A text over MaxDocumentSize is not parsed (one error,
// "limit-document-size"). An unknown kind gives a one-element array with the error
// "invalid-kind", so a caller always receives a JSON array.
func ValidatePolicy(text, kind string) []byte {
	k, err := policy.ParseKind(kind)
	var diags []policy.Diagnostic
	if len(text) > MaxDocumentSize {
		start := policy.Pos{Line: 1, Column: 1}
		diags = []policy.Diagnostic{{Code: CodeLimitDocumentSize, Severity: policy.SeverityError, Pos: start, End: start,
			Message: fmt.Sprintf("the policy is %s bytes; the largest accepted is %s bytes (1 MiB).", count(len(text)), count(MaxDocumentSize))}}
	} else if err != nil {
		diags = []policy.Diagnostic{{Code: "invalid-kind", Severity: policy.SeverityError, Message: err.Error(), Pos: policy.Pos{Line: 1, Column: 1}, End: policy.Pos{Line: 1, Column: 1}}}
	} else {
		_, diags = policy.Parse(text, k)
	}
	if diags == nil {
		diags = []policy.Diagnostic{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(diags); err != nil {
		panic(err) // plain values: cannot fail
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
