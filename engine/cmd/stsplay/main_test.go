package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/scenario"
)

// cli runs the command with args and stdin, returning its exit code and
// outputs.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func preset(t *testing.T, name string) string {
	p, ok := scenario.PresetByName(name)
	require.True(t, ok)
	return string(p.Scenario)
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"run", "--help"}, {"check", "--help"}, {"validate", "--help"}, {"presets", "--help"}, {"preset", "--help"}, {"course", "--help"}, {"exercise", "--help"}, {"version", "--help"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, _ := cli(t, "", args...)
			assert.Equal(t, 0, code)
			assert.Contains(t, out, "Usage: stsplay")
		})
	}
}

func TestBadInputExitsTwoWithOneLine(t *testing.T) {
	big := writeFile(t, "big.json", strings.Repeat(" ", scenario.MaxDocumentSize+10))
	check := `{"action": "s3:GetObject", "resource": "*"}`
	tooManyChecks := `{"caller": {"name": "token-app"}, "request": {"Name": "Jean"}, "checks": [` + "\n" + strings.Repeat(check+",\n", 3000) + check + "]}"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"no command", "", nil, ""},
		{"unknown command", "", []string{"frobnicate"}, "unknown command"},
		{"bad flag", "", []string{"run", "--nope", "x"}, "flag provided but not defined"},
		{"missing file", "", []string{"run", "does-not-exist.json"}, "no such file"},
		{"malformed scenario", "{\"caller\": ", []string{"run", "-"}, "standard input: scenario (line 1, column 12): the document is not valid JSON"},
		{"wrong type", `{"caller": {"name": "u"}, "request": {"Name": 5}}`, []string{"check", "-"}, "1 of 1 documents could not be run"},
		{"too large", "", []string{"run", big}, "larger than 1048576 bytes"},
		{"over a limit", tooManyChecks, []string{"run", "-"}, "standard input: checks[200] (line 202, column 1): the scenario has 3,001 checks; the limit is 200 checks per scenario (this is check 201)."},
		{"bad kind", "{}", []string{"validate", "--kind", "role", "-"}, "--kind"},
		{"unknown preset", "", []string{"preset", "nope"}, "no preset named"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := cli(t, tt.stdin, tt.args...)
			assert.Equal(t, 2, code)
			if tt.want != "" {
				assert.Contains(t, errOut, tt.want)
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			}
		})
	}
}

func TestEveryProblemOnItsOwnLine(t *testing.T) {
	t.Run("stored policies IAM would refuse", func(t *testing.T) {
		doc := `{"caller": {"name": "u", "policies": ["{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Maybe\", \"Action\": \"*\", \"Resource\": \"*\"}}", "{\"Statement\": 5}"]}, "request": {"Name": "Carol"}}`
		code, _, errOut := cli(t, doc, "run", "-")
		assert.Equal(t, 2, code)
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		require.Len(t, lines, 2, errOut)
		assert.Contains(t, lines[0], "caller.policies[0]: IAM would refuse to save this policy")
		assert.Contains(t, lines[1], "caller.policies[1]: IAM would refuse to save this policy")
		assert.Regexp(t, `\(line \d+, column \d+\)$`, lines[1])
	})
}

func TestRunPrintsResultAndXML(t *testing.T) {
	file := writeFile(t, "jean.json", preset(t, "jean-api-example"))
	code, out, _ := cli(t, "", "run", file)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"engine": "`+scenario.Version+`"`)
	assert.Contains(t, out, `"decision": "allowed"`)

	code, out, _ = cli(t, "", "run", "--xml", file)
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, `<GetFederationTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">`), out)
	assert.Contains(t, out, "<Expiration>2011-07-15T23:28:33.359Z</Expiration>")

	code, out, _ = cli(t, preset(t, "manager-name-denied"), "run", "--xml", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "<Code>AccessDenied</Code>")
}

func TestCheck(t *testing.T) {
	t.Run("every preset passes", func(t *testing.T) {
		code, out, errOut := cli(t, "", "check", "--presets")
		assert.Equal(t, 0, code, out+errOut)
		assert.NotContains(t, out, "FAIL")
		assert.Regexp(t, `(?m)^\d+ passed, 0 failed$`, out)
	})
	t.Run("a failed expectation exits 1", func(t *testing.T) {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(preset(t, "token-app-no-session-policy")), &m))
		first := m["checks"].([]any)[0].(map[string]any)
		require.Equal(t, "arn:aws:s3:::productionapp/a.txt", first["resource"])
		first["expect"] = "allowed"
		data, err := json.Marshal(m)
		require.NoError(t, err)
		doc := string(data)
		code, out, _ := cli(t, doc, "check", "-")
		assert.Equal(t, 1, code)
		assert.Contains(t, out, "FAIL standard input: s3:GetObject arn:aws:s3:::productionapp/a.txt → implicitDeny (expected allowed)")
		assert.Contains(t, out, "1 failed")
	})
	t.Run("a failed call with checks fails", func(t *testing.T) {
		doc := strings.Replace(preset(t, "manager-name-allowed"), `"Manager-Ann"`, `"Jean"`, 1)
		code, out, _ := cli(t, doc, "check", "-")
		assert.Equal(t, 1, code)
		assert.Contains(t, out, "FAIL standard input: GetFederationToken → AccessDenied")
	})
	t.Run("an expired check shows the service's error code", func(t *testing.T) {
		doc := `{"clock": "2026-01-01T00:00:00Z", "caller": {"name": "u", "policies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]},
"request": {"Name": "Carol", "DurationSeconds": 900},
"checks": [{"action": "dynamodb:GetItem", "resource": "*", "at": "2026-01-01T00:15:00Z", "expect": "ExpiredToken"},
           {"action": "s3:GetObject", "resource": "*", "at": "2026-01-01T00:15:00Z", "expect": "allowed"}]}`
		code, out, _ := cli(t, doc, "check", "-")
		assert.Equal(t, 1, code)
		assert.Contains(t, out, "PASS standard input: dynamodb:GetItem * → ExpiredTokenException")
		assert.Contains(t, out, "FAIL standard input: s3:GetObject * → ExpiredToken (expected allowed)")
	})
}

func TestCheckGoesOnPastUnusableDocuments(t *testing.T) {
	bad := writeFile(t, "bad.json", `{"caller": {"name": "u"}, "request": {"Name": 5}}`)
	good := writeFile(t, "good.json", preset(t, "carol-bucket-policy"))
	code, out, errOut := cli(t, "", "check", bad, "missing.json", good)
	assert.Equal(t, 2, code)
	assert.Contains(t, out, "ERROR "+bad+": request.Name (line 1, column 47): expected a string, found a number.")
	assert.Contains(t, out, "ERROR missing.json: open missing.json")
	assert.Contains(t, out, "PASS "+good+": s3:GetObject arn:aws:s3:::productionapp/a.txt → allowed")
	assert.Regexp(t, `(?m)^6 passed, 0 failed$`, out)
	assert.Contains(t, errOut, "2 of 3 documents could not be run")
}

func TestValidate(t *testing.T) {
	code, out, _ := cli(t, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`, "validate", "--kind", "session", "-")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "valid session policy")

	code, out, _ = cli(t, "{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}", "validate", "--kind", "session", "-")
	assert.Equal(t, 1, code)
	assert.Regexp(t, `standard input:2:\d+: error principal-not-allowed: Policy document should not specify a principal\.`, out)
}

func TestPresetsCommand(t *testing.T) {
	code, out, _ := cli(t, "", "presets")
	require.Equal(t, 0, code)
	for _, p := range scenario.Presets() {
		assert.Contains(t, out, p.Name)
	}
	code, out, _ = cli(t, "", "preset", "carol-bucket-policy")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "federated-user/Carol")
}

// TestRunNamesEveryProblem: a document with several problems gets one line
// per problem, each with its field, line and column, up to
// maxReportedProblems and a count of the rest.
func TestRunNamesEveryProblem(t *testing.T) {
	code, out, errOut := cli(t, "{\"version\": 1,\n \"request\": {\"Name\": 5},\n \"checks\": [{\"action\": 5, \"resource\": \"*\"}]}", "run", "-")
	assert.Equal(t, exitBadInput, code)
	assert.Empty(t, out)
	assert.Equal(t, "stsplay: standard input: caller (line 1, column 1): the field \"caller\" is required: who calls GetFederationToken.\n"+
		"stsplay: standard input: request.Name (line 2, column 22): expected a string, found a number.\n"+
		"stsplay: standard input: checks[0].action (line 3, column 24): expected a string, found a number.\n"+
		"stsplay: standard input: checks[0].action (line 3, column 13): a check needs an \"action\", such as \"s3:GetObject\".\n", errOut)

	var b strings.Builder
	b.WriteString(`{"caller": {"name": "u"}, "request": {"Name": "Jean"}, "checks": [`)
	for i := range 30 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"action": 5, "resource": "*"}`)
	}
	b.WriteString("]}")
	code, _, errOut = cli(t, b.String(), "run", "-")
	assert.Equal(t, exitBadInput, code)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, lines, maxReportedProblems+1)
	assert.Regexp(t, `^stsplay: standard input: and \d+ more problems$`, lines[maxReportedProblems])
}

// TestCheckNamesEveryProblem: check prints an ERROR line per problem of a
// document that cannot be run.
func TestCheckNamesEveryProblem(t *testing.T) {
	code, out, _ := cli(t, "{\"reqest\": {},\n \"caller\": {\"name\": 5}}", "check", "-")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, out, "ERROR standard input: reqest (line 1, column 2): unknown field \"reqest\"")
	assert.Contains(t, out, "ERROR standard input: caller.name (line 2, column 21): expected a string, found a number.\n")
	assert.Contains(t, out, "ERROR standard input: request (line 1, column 1): the field \"request\" is required")
	assert.NotContains(t, out, "more)")
}
