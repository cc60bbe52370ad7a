package policy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// stmt returns an identity-style policy whose single statement has the
// given elements, one per line. The layout is fixed so that positions are
// easy to state: the statement's '{' is at line 4, column 5, and element k
// (0-based) starts at line 5+k, column 7.
func stmt(elements ...string) string {
	return "{\n" +
		"  \"Version\": \"2012-10-17\",\n" +
		"  \"Statement\": [\n" +
		"    {\n" +
		"      " + strings.Join(elements, ",\n      ") + "\n" +
		"    }\n" +
		"  ]\n" +
		"}"
}

// The elements of a statement that has everything an identity policy needs.
const (
	allow    = `"Effect": "Allow"`
	getObj   = `"Action": "s3:GetObject"`
	anyRes   = `"Resource": "*"`
	bucketP  = `"Principal": {"AWS": "arn:aws:iam::123456789012:root"}`
	objsRes  = `"Resource": "arn:aws:s3:::productionapp/*"`
	carolARN = "arn:aws:sts::123456789012:federated-user/Carol"
)

// withCode returns the diagnostics that have the given code.
func withCode(diags []Diagnostic, code string) []Diagnostic {
	var out []Diagnostic
	for _, d := range diags {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

// codes returns the codes of diags in order.
func codes(diags []Diagnostic) []string {
	out := []string{}
	for _, d := range diags {
		out = append(out, d.Code)
	}
	return out
}

// one returns the single diagnostic with the given code, failing the test
// when there is not exactly one.
func one(t *testing.T, diags []Diagnostic, code string) Diagnostic {
	t.Helper()
	found := withCode(diags, code)
	require.Len(t, found, 1, "want exactly one %s diagnostic, got %+v", code, diags)
	return found[0]
}
