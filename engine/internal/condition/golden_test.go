package condition

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCase is one entry of testdata/details.golden: a case of the test
// tables and what Check found, as data only. Package render words these
// details and pins the sentences in its own testdata, so rewording a
// sentence never changes this file.
type goldenCase struct {
	Name   string `json:"name"`
	Detail Detail `json:"detail"`
}

// TestDetailsGolden keeps what Check finds for every case of the test
// tables in testdata/details.golden, one JSON object per line. Run with
// -update to accept a change.
func TestDetailsGolden(t *testing.T) {
	var b []byte
	for _, tt := range allCases() {
		r := Check(tt.c, tt.vars, context(tt.ctx...))
		line, err := json.Marshal(goldenCase{Name: tt.name, Detail: r.Detail()})
		require.NoError(t, err)
		b = append(append(b, line...), '\n')
	}
	path := filepath.Join("testdata", "details.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, b, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), string(b))
}
