package scenario

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// documents are the presets and the corpus: every one has a fixed clock
// and seed, so equal runs give equal bytes.
func documents(t *testing.T) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	for _, p := range Presets() {
		docs["preset/"+p.Name] = p.Scenario
	}
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		docs["corpus/"+filepath.Base(f)] = b
	}
	require.Greater(t, len(docs), 100)
	return docs
}

func TestRunnerGivesRunsResult(t *testing.T) {
	var r Runner
	for name, doc := range documents(t) {
		want := string(Run(doc).JSON())
		// Twice: the second run takes every policy from the cache.
		assert.Equal(t, want, string(r.Run(doc, Everything).JSON()), name)
		assert.Equal(t, want, string(r.Run(doc, Everything).JSON()), name+" (cached)")
	}
}

func TestLeanResultHasDecisionsWithoutExplanations(t *testing.T) {
	var r Runner
	explained := 0
	for name, doc := range documents(t) {
		full := Run(doc)
		lean := r.Run(doc, Options{})
		require.Len(t, lean.Checks, len(full.Checks), name)
		for i, c := range lean.Checks {
			assert.Equal(t, full.Checks[i].Decision, c.Decision, "%s check %d", name, i)
			assert.Equal(t, full.Checks[i].Pass, c.Pass, "%s check %d", name, i)
			assert.Nil(t, c.Explanation, "%s check %d", name, i)
		}
		require.Len(t, lean.Authorization, len(full.Authorization), name)
		for i, a := range lean.Authorization {
			assert.Equal(t, full.Authorization[i].Decision, a.Decision, name)
			assert.Nil(t, a.Explanation, name)
		}
		// Without explanations, the rest of the result is the same.
		for i := range full.Checks {
			full.Checks[i].Explanation = nil
		}
		for i := range full.Authorization {
			full.Authorization[i].Explanation = nil
		}
		assert.Equal(t, string(full.JSON()), string(lean.JSON()), name)

		// Explain gives, check by check, the full result's explanation.
		want := Run(doc)
		for i, c := range want.Checks {
			got, err := r.Explain(doc, i)
			if c.Error != nil {
				// The service refused the request: there is no decision
				// to explain (RULES.md#expired-token).
				require.Error(t, err, name)
				assert.Contains(t, err.Error(), c.Error.Code, name)
				continue
			}
			require.NoError(t, err, name)
			wantJSON, err := json.Marshal(map[string]any{"decision": c.Decision, "explanation": c.Explanation})
			require.NoError(t, err)
			assert.JSONEq(t, string(wantJSON), string(got), "%s check %d", name, i)
			explained++
		}
	}
	assert.Greater(t, explained, 300)
}

func TestOptionsChooseTheExplainedChecks(t *testing.T) {
	p, ok := PresetByName(Presets()[0].Name)
	require.True(t, ok)
	full := Run(p.Scenario)
	require.Greater(t, len(full.Checks), 1)
	res := RunWith(p.Scenario, Options{ExplainChecks: []int{1, 99, -1}, ExplainAuthorization: true})
	for i, c := range res.Checks {
		if i == 1 {
			assert.Equal(t, full.Checks[1].Explanation, c.Explanation)
		} else {
			assert.Nil(t, c.Explanation, "check %d", i)
		}
	}
	for i, a := range res.Authorization {
		assert.Equal(t, full.Authorization[i].Explanation, a.Explanation)
	}
}

func TestRunnerExplainErrors(t *testing.T) {
	var r Runner
	p := Presets()[0]
	_, err := r.Explain(p.Scenario, 1000)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "check 1000 does not exist")
	_, err = r.Explain(p.Scenario, -1)
	require.Error(t, err)
	_, err = r.Explain([]byte(`{"version":1,`), 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), CodeInvalidScenario)
}

func TestRunnerReparsesOnlyTheEditedPolicy(t *testing.T) {
	var r Runner
	doc := string(Presets()[0].Scenario)
	r.Run([]byte(doc), Options{})
	before := len(r.policies)
	require.Greater(t, before, 0)
	r.Run([]byte(doc), Options{})
	assert.Equal(t, before, len(r.policies), "an unchanged document parses nothing")
	// Edit one policy: one more text is parsed and cached.
	edited := strings.Replace(doc, `2012-10-17`, `2008-10-17`, 1)
	require.NotEqual(t, doc, edited)
	r.Run([]byte(edited), Options{})
	assert.Equal(t, before+1, len(r.policies))
}
