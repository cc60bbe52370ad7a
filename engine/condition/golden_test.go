package condition

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestMessagesGolden keeps every message of the test tables in
// testdata/messages.golden, so that a change of wording shows in review.
// Run with -update to accept a change.
func TestMessagesGolden(t *testing.T) {
	var b strings.Builder
	for _, tt := range allCases() {
		r := Evaluate(tt.c, tt.vars, context(tt.ctx...))
		b.WriteString(tt.name)
		b.WriteString("\n\t")
		b.WriteString(r.Message)
		b.WriteString("\n")
	}
	path := filepath.Join("testdata", "messages.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), b.String())
}
