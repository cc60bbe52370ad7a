package render

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/eval"
)

// update rewrites the golden files: go test ./engine/internal/render -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestExplanationTextGolden renders the explanations that package eval
// pins as structure (engine/eval/testdata/*.json) and pins their words in
// testdata/*.txt. Rewording a sentence changes only these text files; a
// change of the decision data changes eval's structure files.
func TestExplanationTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "eval", "testdata", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			var r eval.Result
			require.NoError(t, json.Unmarshal(data, &r))
			got := textOf(Explain(&r.Explanation))
			checkGolden(t, filepath.Join("testdata", name+".txt"), got)
		})
	}
}

// textOf lists every sentence of a rendered explanation with where it is,
// one per line.
func textOf(x *Explanation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "summary: %s\n", x.Summary)
	for i, s := range x.Steps {
		fmt.Fprintf(&b, "steps[%d] %s %s: %s\n", i, s.ID, s.Outcome, s.Text)
	}
	for i, s := range x.Sets {
		if s.Note != "" {
			fmt.Fprintf(&b, "sets[%d] %s note: %s\n", i, s.Set, s.Note)
		}
		for j, p := range s.Policies {
			for k, st := range p.Statements {
				if st.Reason != nil {
					fmt.Fprintf(&b, "sets[%d].policies[%d].statements[%d] %s: %s\n", i, j, k, st.Reason.Element, st.Reason.Message)
				}
			}
		}
	}
	for i, w := range x.Warnings {
		fmt.Fprintf(&b, "warnings[%d]: %s\n", i, w)
	}
	return b.String()
}

// checkGolden compares got with the golden file at path, rewriting it
// with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to create the golden file")
	assert.Equal(t, string(want), got)
}
