package scenario

import (
	"bytes"
	"encoding/json"
)

// appendJSON appends the compact JSON form of r and a newline to b. It is
// encoding/json's output for Result, with HTML escaping off.
func (r *Result) appendJSON(b []byte) []byte {
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		// Every field is a plain value; encoding cannot fail.
		panic(err)
	}
	return buf.Bytes()
}
