package stsserver

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseConfigErrors checks that each kind of bad configuration is
// refused with the field at fault named.
func TestParseConfigErrors(t *testing.T) {
	key := `"accessKeys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "s"}]`
	tests := []struct {
		name string
		doc  string
		path string
		msg  string
	}{
		{name: "not JSON", doc: `{"account":`, msg: "config: line 1, column 12: the document is not valid JSON"},
		{name: "unknown field", doc: `{"acount": "123456789012"}`, msg: `unknown field "acount"`},
		{name: "two documents", doc: `{"account": "123456789012", "users": [{"name": "a", ` + key + `}]} {}`, msg: "after the end of the JSON document"},
		{name: "no users", doc: `{"account": "123456789012"}`, path: "users", msg: "at least one user"},
		{name: "user without keys", doc: `{"account": "123456789012", "users": [{"name": "a"}]}`, path: "users[0].accessKeys"},
		{name: "short access key id", doc: `{"account": "123456789012", "users": [{"name": "a", "accessKeys": [{"accessKeyId": "AKIA1", "secretAccessKey": "s"}]}]}`,
			path: "users[0].accessKeys[0].accessKeyId", msg: "16 to 128"},
		{name: "temporary key prefix", doc: `{"account": "123456789012", "users": [{"name": "a", "accessKeys": [{"accessKeyId": "ASIAIOSFODNN7EXAMPLE", "secretAccessKey": "s"}]}]}`,
			path: "users[0].accessKeys[0].accessKeyId", msg: "ASIA is the prefix of temporary access keys"},
		{name: "empty secret", doc: `{"account": "123456789012", "users": [{"name": "a", "accessKeys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": ""}]}]}`,
			path: "users[0].accessKeys[0].secretAccessKey"},
		{name: "key used twice", doc: `{"account": "123456789012", "users": [{"name": "a", ` + key + `}, {"name": "b", ` + key + `}]}`,
			path: "users[1].accessKeys[0].accessKeyId", msg: "already used by users[0].accessKeys[0]"},
		{name: "bad account", doc: `{"account": "12345", "users": [{"name": "a", ` + key + `}]}`, path: "account", msg: "12 digits"},
		{name: "IAM user without a name", doc: `{"account": "123456789012", "users": [{` + key + `}]}`, path: "users[0].name"},
		{name: "unknown user type", doc: `{"account": "123456789012", "users": [{"type": "Role", "name": "a", ` + key + `}]}`, path: "users[0].type"},
		{name: "policy with an error", doc: `{"account": "123456789012", "users": [{"name": "a", ` + key + `, "policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*"}]}]}]}`,
			path: "users[0].policies[0]", msg: "IAM would refuse to save this policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.doc))
			require.Error(t, err)
			var ce *ConfigError
			require.True(t, errors.As(err, &ce), "%T %v", err, err)
			if tt.path != "" {
				assert.Equal(t, tt.path, ce.Path, ce.Error())
			}
			assert.Contains(t, ce.Error(), tt.msg)
			assert.True(t, strings.HasPrefix(ce.Error(), "config: "))
		})
	}
}

// configLine14 is a configuration whose policy has a bad condition
// operator on its line 14.
const configLine14 = `{
  "account": "123456789012",
  "users": [
    {
      "name": "token-app",
      "accessKeys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "s"}],
      "policies": [
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*",
              "Condition": {
                "StringEqualz": {"aws:username": "token-app"}
              }
            }
          ]
        }
      ]
    }
  ]
}`

// TestParseConfigPositions checks that faults are reported at their line
// and column in the configuration, not in a re-encoded copy of it.
func TestParseConfigPositions(t *testing.T) {
	key := `"accessKeys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "s"}]`
	tests := []struct {
		name, doc, path, msg string
		line, column         int
	}{
		{name: "a bad operator on line 14", doc: configLine14, path: "users[0].policies[0]",
			msg: "IAM would refuse to save this policy", line: 14, column: 17},
		{name: "a policy given as a string", doc: "{\"users\": [{\"name\": \"a\", " + key + ",\n  \"policies\": [\"{\\\"Statement\\\": 1}\"]}]}",
			path: "users[0].policies[0]", msg: "of the policy text", line: 2, column: 16},
		{name: "a bad tag on line 3", doc: "{\"users\": [{\"name\": \"a\", " + key + ",\n  \"tags\": [\n    {\"Key\": \"k\"}]}]}",
			path: "users[0].tags[0].Value", msg: "a tag needs a \"Value\"", line: 3, column: 5},
		{name: "a short access key id on line 2", doc: "{\"users\": [{\"name\": \"a\",\n  \"accessKeys\": [{\"accessKeyId\": \"AKIA1\", \"secretAccessKey\": \"s\"}]}]}",
			path: "users[0].accessKeys[0].accessKeyId", msg: "16 to 128", line: 2, column: 34},
		{name: "an access key field of the wrong type", doc: "{\"users\": [{\"name\": \"a\",\n  \"accessKeys\": [{\"accessKeyId\": 7, \"secretAccessKey\": \"s\"}]}]}",
			path: "users[0].accessKeys[0].accessKeyId", msg: "expected a string, found a number.", line: 2, column: 34},
		{name: "an unknown access key field", doc: "{\"users\": [{\"name\": \"a\",\n  \"accessKeys\": [{\"accessKeyID\": \"x\"}]}]}",
			path: "users[0].accessKeys[0].accessKeyID", msg: `unknown field "accessKeyID"`, line: 2, column: 19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.doc))
			var ce *ConfigError
			require.True(t, errors.As(err, &ce), "%T %v", err, err)
			assert.Equal(t, tt.path, ce.Path, ce.Error())
			assert.Contains(t, ce.Message, tt.msg)
			assert.Equal(t, tt.line, ce.Line, ce.Error())
			assert.Equal(t, tt.column, ce.Column, ce.Error())
		})
	}
}

// TestParseConfigRoot accepts a root user, which GetCallerIdentity reports
// with the account id as UserId.
func TestParseConfigRoot(t *testing.T) {
	c, err := ParseConfig([]byte(`{"account": "111122223333", "users": [{"type": "Root", "accessKeys": [{"accessKeyId": "AKIAROOTEXAMPLE00001", "secretAccessKey": "s"}]}]}`))
	require.NoError(t, err)
	p, err := newPrincipal(c, 0)
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:iam::111122223333:root", p.arn())
	assert.Equal(t, "111122223333", p.userID())
}

// TestDefaultConfig checks the built-in configuration: the first preset's
// token-app with AWS's example key.
func TestDefaultConfig(t *testing.T) {
	c, err := DefaultConfig()
	require.NoError(t, err)
	require.Len(t, c.Users, 1)
	u := c.Users[0]
	assert.Equal(t, "token-app", u.Name)
	assert.Equal(t, []AccessKey{{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}}, u.AccessKeys)
	assert.NotEmpty(t, u.Policies, "token-app's policy from the seed")
	assert.Equal(t, "123456789012", c.Account)
}

// TestLoadSettings checks where the configuration and the token key come
// from, and the development-key warning.
func TestLoadSettings(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "world.json")
	require.NoError(t, os.WriteFile(file, []byte(testWorldJSON), 0o600))
	tests := []struct {
		name    string
		flag    string
		env     map[string]string
		users   int
		source  string
		warning bool
	}{
		{name: "default", users: 1, source: "the built-in default", warning: true},
		{name: "flag", flag: file, users: 3, source: "file " + file, warning: true},
		{name: "file from the environment", env: map[string]string{EnvConfigFile: file, EnvTokenKey: testServerKey}, users: 3, source: "file " + file},
		{name: "JSON in the environment", env: map[string]string{EnvConfig: testWorldJSON, EnvTokenKey: testServerKey}, users: 3, source: "environment variable " + EnvConfig},
		{name: "flag wins over the environment", flag: file, env: map[string]string{EnvConfig: `{}`}, users: 3, source: "file " + file, warning: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := LoadSettings(tt.flag, func(k string) string { return tt.env[k] }, os.ReadFile)
			require.NoError(t, err)
			assert.Len(t, s.Config.Users, tt.users)
			assert.True(t, strings.HasPrefix(s.ConfigSource, tt.source), s.ConfigSource)
			if tt.warning {
				assert.Equal(t, []byte(DevelopmentTokenKey), s.TokenKey)
				assert.True(t, s.DevelopmentKey)
				require.Len(t, s.Warnings, 1)
				assert.Contains(t, s.Warnings[0], "STSPLAY_TOKEN_KEY is not set")
			} else {
				assert.Equal(t, []byte(testServerKey), s.TokenKey)
				assert.False(t, s.DevelopmentKey)
				assert.Empty(t, s.Warnings)
			}
		})
	}
	t.Run("the development key's text", func(t *testing.T) {
		s, err := LoadSettings("", func(k string) string { return map[string]string{EnvTokenKey: DevelopmentTokenKey}[k] }, nil)
		require.NoError(t, err)
		assert.True(t, s.DevelopmentKey)
		require.Len(t, s.Warnings, 1)
		assert.Contains(t, s.Warnings[0], "STSPLAY_TOKEN_KEY is set to the public development key")
	})
	t.Run("file without a file system", func(t *testing.T) {
		_, err := LoadSettings(file, func(string) string { return "" }, nil)
		assert.ErrorContains(t, err, "there is no file system here")
	})
}

// TestNewRefusesEmptyKey checks that a handler cannot be built without a
// token key.
func TestNewRefusesEmptyKey(t *testing.T) {
	_, err := New(Options{})
	assert.ErrorContains(t, err, "the session-token key is empty")
}
