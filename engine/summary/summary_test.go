package summary_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/summary"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func load(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := embedded.Catalog()
	require.NoError(t, err)
	return c
}

func presetSummary(t testing.TB, name string) *summary.Summary {
	t.Helper()
	p, ok := scenario.PresetByName(name)
	require.True(t, ok, name)
	s, err := summary.FromScenario(load(t), p.Scenario)
	require.NoError(t, err)
	return s
}

func TestGoldenPresets(t *testing.T) {
	for _, p := range scenario.Presets() {
		t.Run(p.Name, func(t *testing.T) {
			s := presetSummary(t, p.Name)
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(s))
			path := filepath.Join("testdata", p.Name+".json")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./engine/summary -update")
			assert.Equal(t, string(want), b.String())
		})
	}
}

func service(t *testing.T, s *summary.Summary, prefix string) summary.Service {
	t.Helper()
	for _, svc := range s.Services {
		if svc.Service == prefix {
			return svc
		}
	}
	t.Fatalf("no service %s in the summary", prefix)
	return summary.Service{}
}

func TestTokenAppSessionPolicy(t *testing.T) {
	s := presetSummary(t, "token-app-session-policy")
	s3 := service(t, s, "s3")
	assert.Equal(t, 4, s3.Session.Allowed)
	assert.Equal(t, s3.Actions, s3.User.Allowed, "token-app may use all of S3")
	assert.Equal(t, map[string]int{"List": 1, "Read": 1, "Write": 2}, s3.Session.ByAccessLevel)
	assert.Equal(t, "narrowed", s3.Change)
	for _, e := range s3.Session.Entries {
		require.Len(t, e.Resources, 1)
		assert.Contains(t, e.Resources[0], "arn:aws:s3:::productionapp")
		assert.False(t, e.Conditional)
		assert.Equal(t, eval.RuleIdentitySession, e.Rule)
	}
	for _, p := range []string{"sqs", "sns", "dynamodb"} {
		svc := service(t, s, p)
		assert.Equal(t, 0, svc.Session.Allowed, p)
		assert.Equal(t, svc.Actions, svc.User.Allowed, p)
		assert.Equal(t, "removed", svc.Change, p)
	}
	sts := service(t, s, "sts")
	require.Len(t, sts.Session.Entries, 1)
	assert.Equal(t, "sts:GetCallerIdentity", sts.Session.Entries[0].Action)
	require.Len(t, sts.Session.Denied, 1)
	assert.Equal(t, summary.Denied{Action: "sts:GetFederationToken", AccessLevel: "Write", Resources: []string{"*"}, Rule: eval.RuleServiceRestriction}, sts.Session.Denied[0])
}

func TestCarolBucketPolicyGrantsTheSession(t *testing.T) {
	s := presetSummary(t, "carol-bucket-policy")
	s3 := service(t, s, "s3")
	require.NotEmpty(t, s3.Session.Entries)
	for _, e := range s3.Session.Entries {
		assert.Equal(t, eval.RuleResourceGrantSession, e.Rule, e.Action)
	}
}

func TestNoSessionWhenTheCallFails(t *testing.T) {
	s := presetSummary(t, "manager-name-denied")
	require.NotNil(t, s.Error)
	assert.Equal(t, "AccessDenied", s.Error.Code)
	assert.Empty(t, s.Services)
}

// TestEntriesAgreeWithExplain re-evaluates every entry of every preset
// with the full explanation path, which the summary does not use.
func TestEntriesAgreeWithExplain(t *testing.T) {
	for _, p := range scenario.Presets() {
		t.Run(p.Name, func(t *testing.T) {
			doc, err := scenario.Decode(p.Scenario)
			require.NoError(t, err)
			sess, _, fail := summary.Session(doc)
			if fail != nil {
				return
			}
			s := summary.Build(load(t), sess, nil)
			assert.Empty(t, s.Services, "no caller, no summary")
			s = presetSummary(t, p.Name)
			for _, svc := range s.Services {
				for _, e := range svc.Session.Entries {
					if e.Conditional {
						continue
					}
					for _, r := range e.Resources {
						x := eval.Explain(sess, eval.Request{Action: e.Action, Resource: r})
						assert.Equal(t, eval.Allowed, x.Decision, "%s on %s", e.Action, r)
						assert.Equal(t, e.Rule, x.Explanation.Rule, "%s on %s", e.Action, r)
					}
				}
				for _, d := range svc.Session.Denied {
					x := eval.Explain(sess, eval.Request{Action: d.Action, Resource: d.Resources[0]})
					assert.NotEqual(t, eval.Allowed, x.Decision)
					assert.Equal(t, d.Rule, x.Explanation.Rule)
				}
			}
		})
	}
}

func TestConditionalEntry(t *testing.T) {
	doc := `{"version":1,"account":"123456789012","caller":{"type":"IAMUser","name":"app","policies":[
	  "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sts:GetFederationToken\",\"s3:GetObject\"],\"Resource\":\"*\"}]}"]},
	  "request":{"Name":"Ann","Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}]}"}}`
	s, err := summary.FromScenario(load(t), []byte(doc))
	require.NoError(t, err)
	require.Nil(t, s.Error)
	s3 := service(t, s, "s3")
	require.Len(t, s3.Session.Entries, 1)
	e := s3.Session.Entries[0]
	assert.True(t, e.Conditional)
	assert.Equal(t, []string{"aws:SourceIp"}, e.ConditionKeys)
	assert.Equal(t, []string{"arn:aws:s3:::b/*"}, e.Resources)
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	presetSummary(t, "token-app-session-policy").WriteText(&b)
	out := b.String()
	assert.Regexp(t, `(?m)^s3 +4 of 180 +180 +narrowed by the session policy$`, out)
	assert.Regexp(t, `Removed by the session policy .*: dynamodb \(\d+\), sns \(\d+\), sqs \(\d+\)\.`, out)
	assert.Contains(t, out, "sts:GetFederationToken")
	assert.Contains(t, out, "denied: serviceRestriction")
}
