package operator

import (
	"bytes"
	"encoding/base64"
)

// DecodeBinary decodes a base-64 value: BinaryEquals "compares the value of
// the specified key byte for byte against a base-64 encoded representation
// of the binary value in the policy" [RULES.md#binary-operator]. AWS does not say whether the
// padding (=) may be left out; both forms are read (UNCONFIRMED: the
// validator does not warn about a value without its padding).
func DecodeBinary(s string) ([]byte, bool) {
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, true
	}
	if b, err := base64.RawStdEncoding.DecodeString(s); err == nil {
		return b, true
	}
	return nil, false
}

// BinaryEqual compares a request value with a policy value already decoded
// by DecodeBinary, byte for byte. The request context holds binary values
// base-64 encoded too (it holds only text); a request value that is not
// valid base 64 is compared as its raw bytes.
func BinaryEqual(v string, want []byte) bool {
	if got, ok := DecodeBinary(v); ok {
		return bytes.Equal(got, want)
	}
	return v == string(want)
}
