package bridge

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// result is the part of the scenario result document the page relies on.
type result struct {
	Engine   string `json:"engine"`
	Response *struct {
		Status int    `json:"status"`
		Body   string `json:"body"`
	} `json:"response"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	Checks      []json.RawMessage `json:"checks"`
	Diagnostics []json.RawMessage `json:"diagnostics"`
}

func TestDefaultRunsEveryPreset(t *testing.T) {
	e := Default()
	var presets []struct {
		Name     string          `json:"name"`
		Scenario json.RawMessage `json:"scenario"`
	}
	require.NoError(t, json.Unmarshal([]byte(e.Presets()), &presets))
	require.NotEmpty(t, presets)
	for _, p := range presets {
		t.Run(p.Name, func(t *testing.T) {
			var r result
			require.NoError(t, json.Unmarshal([]byte(e.Run(string(p.Scenario), "")), &r))
			assert.Equal(t, e.Version, r.Engine)
			require.NotNil(t, r.Response, "every preset gets an HTTP response")
			assert.NotEmpty(t, r.Response.Body)
		})
	}
}

func TestDefaultBadInput(t *testing.T) {
	tests := []struct {
		name string
		doc  string
	}{
		{name: "not JSON", doc: "{"},
		{name: "empty", doc: ""},
		{name: "wrong type", doc: `{"version": "one"}`},
		{name: "array", doc: `[1, 2]`},
	}
	e := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r result
			require.NoError(t, json.Unmarshal([]byte(e.Run(tt.doc, "")), &r))
			require.NotNil(t, r.Error, "bad input is an error result")
			assert.NotEmpty(t, r.Error.Code)
			assert.NotEmpty(t, r.Error.Message)
		})
	}
}

func TestDefaultValidate(t *testing.T) {
	e := Default()
	var diags []diagnostic
	require.NoError(t, json.Unmarshal([]byte(e.Validate(`{"Version": "2012-10-17", "Statement": [`, "identity")), &diags))
	require.NotEmpty(t, diags)
	assert.Equal(t, "error", diags[0].Severity)
	assert.GreaterOrEqual(t, diags[0].Line, 1)
}

// FuzzRun checks that whatever the page sends, the bridge answers with a
// result document (JSON object with the engine version), never a panic.
func FuzzRun(f *testing.F) {
	e := Default()
	var presets []struct {
		Scenario json.RawMessage `json:"scenario"`
	}
	require.NoError(f, json.Unmarshal([]byte(e.Presets()), &presets))
	for _, p := range presets {
		f.Add(string(p.Scenario))
	}
	f.Add(`{"version":1,"request":{"Name":"\u0000"}}`)
	f.Fuzz(func(t *testing.T, doc string) {
		var r result
		require.NoError(t, json.Unmarshal([]byte(e.Run(doc, "")), &r))
		assert.Equal(t, e.Version, r.Engine)
	})
}

func TestParseOptions(t *testing.T) {
	tests := []struct {
		name, options string
		all, auth     bool
		checks        []int
	}{
		{name: "empty is decisions only", options: ""},
		{name: "empty object", options: "{}"},
		{name: "not JSON is decisions only", options: "{"},
		{name: "all", options: `{"explain":"all"}`, all: true},
		{name: "some checks", options: `{"explain":[0,2]}`, checks: []int{0, 2}},
		{name: "non-integers are skipped", options: `{"explain":[1.5,"1",3]}`, checks: []int{3}},
		{name: "checks and authorization", options: `{"explain":[1],"authorization":true}`, checks: []int{1}, auth: true},
		{name: "unknown fields are ignored", options: `{"future":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := ParseOptions(tt.options)
			assert.Equal(t, tt.all, o.ExplainAll)
			assert.Equal(t, tt.auth, o.ExplainAuthorization)
			assert.Equal(t, tt.checks, o.ExplainChecks)
		})
	}
}

func TestDefaultExplainsOnRequest(t *testing.T) {
	e := Default()
	var presets []struct {
		Scenario json.RawMessage `json:"scenario"`
	}
	require.NoError(t, json.Unmarshal([]byte(e.Presets()), &presets))
	doc := string(presets[0].Scenario)
	type check struct {
		Decision    string          `json:"decision"`
		Explanation json.RawMessage `json:"explanation"`
	}
	var lean, full struct{ Checks []check }
	require.NoError(t, json.Unmarshal([]byte(e.Run(doc, "")), &lean))
	require.NoError(t, json.Unmarshal([]byte(e.Run(doc, `{"explain":"all"}`)), &full))
	require.NotEmpty(t, lean.Checks)
	require.Len(t, full.Checks, len(lean.Checks))
	for i := range lean.Checks {
		assert.Equal(t, "null", string(lean.Checks[i].Explanation), "a plain run explains nothing")
		assert.NotEqual(t, "null", string(full.Checks[i].Explanation))
		var one check
		require.NoError(t, json.Unmarshal([]byte(e.Explain(doc, i)), &one))
		assert.Equal(t, full.Checks[i].Decision, one.Decision)
		assert.JSONEq(t, string(full.Checks[i].Explanation), string(one.Explanation))
	}
	var bad struct {
		Error struct{ Code, Message string }
	}
	require.NoError(t, json.Unmarshal([]byte(e.Explain(doc, len(lean.Checks))), &bad))
	assert.Equal(t, "NoExplanation", bad.Error.Code)
	assert.Contains(t, bad.Error.Message, "does not exist")
}

func TestExplainRecoversPanics(t *testing.T) {
	e := Engine{ExplainCheck: func([]byte, int) ([]byte, error) { panic("boom") }}
	assert.Contains(t, e.Explain("{}", 0), InternalErrorCode)
	assert.Contains(t, Engine{}.Explain("{}", 0), InternalErrorCode)
}

// TestDefaultRefusesOverLimits checks that the page's engine applies the
// engine's limits: a scenario over one gets InvalidScenario and no checks.
func TestDefaultRefusesOverLimits(t *testing.T) {
	checks := make([]map[string]string, 201)
	for i := range checks {
		checks[i] = map[string]string{"action": "s3:GetObject", "resource": "*"}
	}
	doc, err := json.Marshal(map[string]any{"caller": map[string]any{"name": "token-app"}, "request": map[string]any{"Name": "Jean"}, "checks": checks})
	require.NoError(t, err)
	var r result
	require.NoError(t, json.Unmarshal([]byte(Default().Run(string(doc), "")), &r))
	require.NotNil(t, r.Error)
	assert.Equal(t, "InvalidScenario", r.Error.Code)
	assert.Contains(t, r.Error.Message, "the scenario has 201 checks; the limit is 200 checks per scenario")
	assert.Empty(t, r.Checks)
}
