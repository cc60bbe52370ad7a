package summary

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/scenario"
)

// TestPresetsFarBelowMaxWork keeps every preset's summary under a
// hundredth of MaxWork, so the limit only stops documents made to be slow.
func TestPresetsFarBelowMaxWork(t *testing.T) {
	cat, err := embedded.Catalog()
	require.NoError(t, err)
	for _, p := range scenario.Presets() {
		t.Run(p.Name, func(t *testing.T) {
			doc, err := scenario.Decode(p.Scenario)
			require.NoError(t, err)
			s, c, fail := Session(doc)
			if fail != nil {
				return
			}
			w := newBuilder(cat, s, c).work()
			assert.Positive(t, w)
			assert.Less(t, w, MaxWork/10)
		})
	}
}

// heavyScenario is a scenario within every limit of a scenario run whose
// summary would match n statements of k resource patterns each against
// every action of the catalog: the IAM user allows "*" on each pattern.
func heavyScenario(t testing.TB, n, k int) []byte {
	t.Helper()
	var st []map[string]any
	for i := range n {
		var res []string
		for j := range k {
			res = append(res, fmt.Sprintf("arn:aws:s3:::b%d-%d/*a*xxxxxxxxxx", i, j))
		}
		st = append(st, map[string]any{"Effect": "Allow", "Action": "*", "Resource": res})
	}
	st = append(st, map[string]any{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"})
	identity, err := json.Marshal(map[string]any{"Version": "2012-10-17", "Statement": st})
	require.NoError(t, err)
	doc, err := json.Marshal(map[string]any{
		"version": 1,
		"caller":  map[string]any{"name": "token-app", "policies": []string{string(identity)}},
		"request": map[string]any{"Name": "Jean", "Policy": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`},
		"clock":   "2026-01-01T00:00:00Z",
	})
	require.NoError(t, err)
	require.Nil(t, scenario.Run(doc).Error, "the document is within the limits of a scenario run")
	return doc
}

func TestMaxWork(t *testing.T) {
	cat, err := embedded.Catalog()
	require.NoError(t, err)
	t.Run("over the limit", func(t *testing.T) {
		sum, err := FromScenario(cat, heavyScenario(t, 290, 16))
		require.NoError(t, err)
		require.NotNil(t, sum.Error)
		assert.Equal(t, CodeLimitWork, sum.Error.Code)
		assert.Contains(t, sum.Error.Message, "the limit is 200000 per summary")
		assert.Empty(t, sum.Services)
		assert.Len(t, sum.Resources, MaxResources)
		var b strings.Builder
		sum.WriteText(&b)
		assert.Contains(t, b.String(), "No summary (limit-summary-work): the summary would match 64 resource patterns")
	})
	t.Run("under the limit", func(t *testing.T) {
		sum, err := FromScenario(cat, heavyScenario(t, 2, 2))
		require.NoError(t, err)
		assert.Nil(t, sum.Error)
		assert.NotEmpty(t, sum.Services)
	})
}

// BenchmarkSummaryAtMaxWork is the summary of a session just under
// MaxWork: the slowest summary a document can ask for.
func BenchmarkSummaryAtMaxWork(b *testing.B) {
	cat, err := embedded.Catalog()
	require.NoError(b, err)
	doc, err := scenario.Decode(heavyScenario(b, 13, 1))
	require.NoError(b, err)
	s, c, fail := Session(doc)
	require.Nil(b, fail)
	w := newBuilder(cat, s, c).work()
	require.LessOrEqual(b, w, MaxWork)
	require.Greater(b, w, MaxWork*9/10)
	b.ResetTimer()
	for b.Loop() {
		Build(cat, s, c)
	}
}
