package policy

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files: go test ./engine/policy -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenResult is what a golden file records for one input policy.
type goldenResult struct {
	Kind        string       `json:"kind"`
	Statements  int          `json:"statements"`
	HasErrors   bool         `json:"hasErrors"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// TestGolden parses each testdata/golden/<kind>-<name>.policy.json as a
// policy of that kind and compares the diagnostics with
// <kind>-<name>.diags.json.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.policy.json"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".policy.json")
		t.Run(name, func(t *testing.T) {
			kindName, _, _ := strings.Cut(name, "-")
			kind, err := ParseKind(kindName)
			require.NoError(t, err, "the file name must start with a policy kind")
			text, err := os.ReadFile(in)
			require.NoError(t, err)
			pol, diags := Parse(string(text), kind)
			if diags == nil {
				diags = []Diagnostic{}
			}
			for _, d := range diags {
				checkPos(t, string(text), d.Pos)
				checkPos(t, string(text), d.End)
			}
			got, err := json.MarshalIndent(goldenResult{kind.String(), len(pol.Statements), HasErrors(diags), diags}, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			out := strings.TrimSuffix(in, ".policy.json") + ".diags.json"
			if *update {
				require.NoError(t, os.WriteFile(out, got, 0o644))
			}
			want, err := os.ReadFile(out)
			require.NoError(t, err, "run with -update to create the golden file")
			assert.Equal(t, string(want), string(got))
		})
	}
}
