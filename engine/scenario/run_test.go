package scenario

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/sts"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'go test ./engine/scenario -update' to create the golden files")
	assert.Equal(t, string(want), string(got))
}

// TestPresets runs every embedded preset: each must be a valid document,
// meet every expectation it states, and produce exactly its golden result
// and golden XML (the presets all have a fixed clock and seed). The result
// golden pins its structure and the text golden the words of its
// explanations (see splitText).
func TestPresets(t *testing.T) {
	presets := Presets()
	require.NotEmpty(t, presets)
	for _, p := range presets {
		t.Run(p.Name, func(t *testing.T) {
			assert.NotEmpty(t, p.Title)
			assert.NotEmpty(t, p.Teaches)
			assert.NotEmpty(t, p.Quote)
			res := Run(p.Scenario)
			if res.Error != nil {
				require.NotEqual(t, CodeInvalidScenario, res.Error.Code, res.Error.Message)
			}
			assert.True(t, res.Passed(), "preset %s fails its own expectations:\n%s", p.Name, res.JSON())
			for _, c := range res.Checks {
				assert.True(t, c.Pass, "%s %s: got %s, expected %s", c.Action, c.Resource, c.Decision, c.Expect)
			}
			structure, text := splitText(res)
			golden(t, "presets/"+p.Name+".result.json", structure.IndentedJSON())
			golden(t, "presets/"+p.Name+".text", []byte(text))
			golden(t, "presets/"+p.Name+".xml", []byte(res.Response.Body))
			// The same document gives the same bytes every time.
			assert.Equal(t, string(res.JSON()), string(Run(p.Scenario).JSON()))
		})
	}
}

func TestPresetSeedFacts(t *testing.T) {
	run := func(name string) *Result {
		p, ok := PresetByName(name)
		require.True(t, ok, name)
		return Run(p.Scenario)
	}
	t.Run("Jean's response matches AWS's example", func(t *testing.T) {
		res := run("jean-api-example")
		require.Nil(t, res.Error)
		body := res.Response.Body
		assert.Contains(t, body, `<GetFederationTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">`)
		assert.Contains(t, body, "<Arn>arn:aws:sts::123456789012:federated-user/Jean</Arn>")
		assert.Contains(t, body, "<FederatedUserId>123456789012:Jean</FederatedUserId>")
		assert.Contains(t, body, "<Expiration>2011-07-15T23:28:33.359Z</Expiration>")
		assert.Contains(t, res.Wire, "Name=Jean")
		assert.Contains(t, res.Wire, "DurationSeconds=3600")
	})
	t.Run("Manager* denies Jean with STS's message", func(t *testing.T) {
		res := run("manager-name-denied")
		require.NotNil(t, res.Error)
		assert.Equal(t, "AccessDenied", res.Error.Code)
		assert.Equal(t, "User: arn:aws:iam::123456789012:user/broker is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Jean", res.Error.Message)
		assert.Equal(t, 403, res.Response.Status)
		assert.Nil(t, res.Session)
		assert.Empty(t, res.Checks)
		require.Len(t, res.Authorization, 1)
		assert.Equal(t, "implicitDeny", string(res.Authorization[0].Decision))
	})
	t.Run("Manager* allows Manager-Ann", func(t *testing.T) {
		res := run("manager-name-allowed")
		require.Nil(t, res.Error)
		assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Manager-Ann", res.Session.ARN)
	})
	t.Run("root caller is capped to one hour", func(t *testing.T) {
		res := run("root-caller-capped")
		require.Nil(t, res.Error)
		assert.Equal(t, int64(3600), res.Session.DurationSeconds)
		assert.True(t, res.Session.DurationCapped)
		assert.Equal(t, "2026-01-01T01:00:00.000Z", res.Session.Expiration)
	})
	t.Run("session tag overrides the user tag regardless of case", func(t *testing.T) {
		res := run("session-tags-principaltag")
		require.Nil(t, res.Error)
		assert.Equal(t, map[string]string{"department": "engineering"}, res.Session.PrincipalTags)
	})
}

func TestRunErrors(t *testing.T) {
	base := func(request string) string {
		return `{"version": 1, "caller": {"name": "token-app", "policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:GetFederationToken", "s3:*"], "Resource": "*"}]}]}, "request": ` + request + `, "clock": "2026-01-01T00:00:00Z", "seed": "t", "checks": [{"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}]}`
	}
	tests := []struct {
		name, doc, code, message string
		status                   int
	}{
		{"name too long", base(`{"Name": "abcdefghijklmnopqrstuvwxyz0123456789"}`), "ValidationError",
			"1 validation error detected: Value 'abcdefghijklmnopqrstuvwxyz0123456789' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32", 400},
		{"name missing", base(`{}`), "ValidationError", "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null", 400},
		{"principal in session policy", base(`{"Name": "Jean", "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"}`),
			"MalformedPolicyDocument", "Policy document should not specify a principal.", 400},
		{"policy not json", base(`{"Name": "Jean", "Policy": "{not json"}`), "MalformedPolicyDocument", "", 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Run([]byte(tt.doc))
			require.NotNil(t, res.Error, "%s", res.JSON())
			assert.Equal(t, tt.code, res.Error.Code)
			if tt.message != "" {
				assert.Equal(t, tt.message, res.Error.Message)
			}
			assert.Equal(t, tt.status, res.Response.Status)
			assert.Contains(t, res.Response.Body, "<Code>"+tt.code+"</Code>")
			assert.Nil(t, res.Session)
			assert.Empty(t, res.Checks)
		})
	}
}

func TestRunInvalidScenario(t *testing.T) {
	t.Run("bad JSON names line and column", func(t *testing.T) {
		res := Run([]byte("{\n  \"caller\": {\n    \"name\": \"u\",,\n  }\n}"))
		require.NotNil(t, res.Error)
		assert.Equal(t, CodeInvalidScenario, res.Error.Code)
		require.NotEmpty(t, res.Diagnostics)
		assert.Equal(t, "scenario", res.Diagnostics[0].Source)
		assert.Equal(t, 3, res.Diagnostics[0].Line)
		assert.Nil(t, res.Response)
		assert.False(t, res.Passed())
	})
	t.Run("identity policy with errors is refused, with its diagnostics", func(t *testing.T) {
		res := Run([]byte(`{"caller": {"name": "u", "policies": ["{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Alow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"]}, "request": {"Name": "Jean"}}`))
		require.NotNil(t, res.Error)
		assert.Equal(t, CodeInvalidScenario, res.Error.Code)
		assert.Equal(t, "caller.policies[0]", res.Error.Source)
		assert.True(t, strings.HasPrefix(res.Error.Message, "caller.policies[0]: IAM would refuse to save this policy"), res.Error.Message)
		var found bool
		for _, d := range res.Diagnostics {
			found = found || (d.Source == "caller.policies[0]" && d.Severity == "error")
		}
		assert.True(t, found)
	})
	t.Run("wrong field type", func(t *testing.T) {
		res := Run([]byte(`{"caller": {"name": "u"}, "request": {"Name": ["Jean"]}}`))
		require.NotNil(t, res.Error)
		assert.Contains(t, res.Error.Message, "request.Name")
	})
	t.Run("a 1 MB document is refused at once", func(t *testing.T) {
		big := `{"caller": {"name": "u"}, "request": {"Name": "` + strings.Repeat("a", 1<<20) + `"}}`
		res := Run([]byte(big))
		require.NotNil(t, res.Error)
		assert.Contains(t, res.Error.Message, "1 MiB")
	})
}

func TestResultJSONShape(t *testing.T) {
	p, _ := PresetByName("token-app-session-policy")
	var m map[string]any
	require.NoError(t, json.Unmarshal(Run(p.Scenario).JSON(), &m))
	for _, k := range []string{"engine", "wire", "response", "error", "session", "checks", "diagnostics"} {
		assert.Contains(t, m, k)
	}
	assert.Nil(t, m["error"])
}

func FuzzRun(f *testing.F) {
	for _, p := range Presets() {
		f.Add([]byte(p.Scenario))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := Run(data)
		require.NotNil(t, res)
		if res.Error != nil {
			require.NotEqual(t, sts.CodeInternalFailure, res.Error.Code, res.Error.Message)
		}
	})
}
