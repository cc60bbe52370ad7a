package stsserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/stsplay/stsplay/engine/scenario"
)

// Config is the world the endpoint simulates: one AWS account, its IAM
// users with their long-term access keys, policies, boundaries and tags,
// and the account's managed and resource-based policies. It is written in
// the style of a scenario document (README, "Scenario documents"): the
// fields of a user are those of a scenario's caller, plus its access keys.
//
//	{ "account": "123456789012", "region": "us-east-1",
//	  "users": [ { "type": "IAMUser", "name": "token-app",
//	               "accessKeys": [ { "accessKeyId": "AKIA…", "secretAccessKey": "…" } ],
//	               "policies": [POLICY…], "permissionsBoundary": POLICY, "tags": [{"Key": "…", "Value": "…"}] } ],
//	  "managedPolicies": { "arn:aws:iam::123456789012:policy/Name": POLICY },
//	  "resourcePolicies": [ { "name": "…", "attachedTo": "arn:…", "policy": POLICY } ] }
type Config struct {
	Account          string          `json:"account"`
	Region           string          `json:"region,omitempty"`
	Partition        string          `json:"partition,omitempty"`
	Users            []User          `json:"users"`
	ManagedPolicies  json.RawMessage `json:"managedPolicies,omitempty"`
	ResourcePolicies json.RawMessage `json:"resourcePolicies,omitempty"`
}

// User is an IAM user (or the account's root user) that may sign requests.
type User struct {
	// Type is "IAMUser" (the default) or "Root".
	Type string `json:"type,omitempty"`
	// Name is the IAM user's name; it is required for an IAM user.
	Name string `json:"name,omitempty"`
	// Path is the IAM user's path such as "/division_abc/"; "" means "/".
	Path string `json:"path,omitempty"`
	// UserID is the IAM user's unique id (AIDA…) that GetCallerIdentity
	// returns; when empty one is derived from the account and the name.
	UserID string `json:"userId,omitempty"`
	// AccessKeys are the user's long-term access keys.
	AccessKeys []AccessKey `json:"accessKeys"`
	// Policies, PermissionsBoundary and Tags are as in a scenario's caller.
	Policies            []json.RawMessage `json:"policies,omitempty"`
	PermissionsBoundary json.RawMessage   `json:"permissionsBoundary,omitempty"`
	Tags                []scenario.Tag    `json:"tags,omitempty"`
}

// AccessKey is a long-term access key pair.
type AccessKey struct {
	AccessKeyID     string `json:"accessKeyId"`
	SecretAccessKey string `json:"secretAccessKey"`
}

// ConfigError is a configuration that cannot be used. Path names the field
// at fault ("users[0].accessKeys[1].accessKeyId").
type ConfigError struct {
	Path    string
	Message string
}

// Error returns "config: PATH: MESSAGE".
func (e *ConfigError) Error() string {
	if e.Path == "" {
		return "config: " + e.Message
	}
	return "config: " + e.Path + ": " + e.Message
}

// accessKeyPattern is the shape of an access key id: 16–128 word
// characters (STS API Reference, Credentials.AccessKeyId; RULES.md#credentials).
var accessKeyPattern = regexp.MustCompile(`^\w{16,128}$`)

// ParseConfig reads a configuration, rejects unknown fields, and checks it:
// the users' world goes through the scenario decoder and every stored
// policy through the policy parser, so what the playground would refuse is
// refused here too, with the field named.
func ParseConfig(data []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, &ConfigError{Message: "not a valid configuration document: " + err.Error()}
	}
	if dec.More() {
		return nil, &ConfigError{Message: "unexpected data after the configuration object"}
	}
	if err := c.check(); err != nil {
		return nil, err
	}
	return &c, nil
}

// check validates the configuration as a whole.
func (c *Config) check() error {
	if len(c.Users) == 0 {
		return &ConfigError{Path: "users", Message: "at least one user with an access key is needed"}
	}
	seen := map[string]string{}
	for i := range c.Users {
		u := &c.Users[i]
		path := fmt.Sprintf("users[%d]", i)
		if u.Type == "" {
			u.Type = "IAMUser"
		}
		if len(u.AccessKeys) == 0 {
			return &ConfigError{Path: path + ".accessKeys", Message: "a user needs at least one access key to sign requests"}
		}
		for j, k := range u.AccessKeys {
			kp := fmt.Sprintf("%s.accessKeys[%d]", path, j)
			switch {
			case !accessKeyPattern.MatchString(k.AccessKeyID):
				return &ConfigError{Path: kp + ".accessKeyId", Message: fmt.Sprintf("an access key id is 16 to 128 letters, digits or underscores; found %q", k.AccessKeyID)}
			case strings.HasPrefix(k.AccessKeyID, "ASIA"):
				return &ConfigError{Path: kp + ".accessKeyId", Message: "ASIA is the prefix of temporary access keys; long-term keys start with AKIA (IAM User Guide, \"Unique ID prefixes\")"}
			case k.SecretAccessKey == "":
				return &ConfigError{Path: kp + ".secretAccessKey", Message: "the secret access key is empty"}
			}
			if other, dup := seen[k.AccessKeyID]; dup {
				return &ConfigError{Path: kp + ".accessKeyId", Message: fmt.Sprintf("the access key %s is already used by %s", k.AccessKeyID, other)}
			}
			seen[k.AccessKeyID] = kp
		}
		if _, err := newPrincipal(c, i); err != nil {
			return err
		}
	}
	return nil
}

// document builds the scenario document of a GetFederationToken call by
// users[i] and decodes it with the scenario package, which checks the
// account, the user and every policy. request is the scenario's request
// object; nil puts a placeholder there.
func (c *Config) document(i int, request json.RawMessage) (*scenario.Document, error) {
	u := c.Users[i]
	caller := map[string]any{"type": u.Type}
	if u.Name != "" {
		caller["name"] = u.Name
	}
	if u.Path != "" {
		caller["path"] = u.Path
	}
	if u.UserID != "" {
		caller["userId"] = u.UserID
	}
	if len(u.Policies) > 0 {
		caller["policies"] = u.Policies
	}
	if len(u.PermissionsBoundary) > 0 {
		caller["permissionsBoundary"] = u.PermissionsBoundary
	}
	if len(u.Tags) > 0 {
		caller["tags"] = u.Tags
	}
	if request == nil {
		request = json.RawMessage(`{"Name":"config-check"}`)
	}
	doc := map[string]any{"version": scenario.FormatVersion, "account": c.Account, "caller": caller, "request": request}
	if c.Region != "" {
		doc["region"] = c.Region
	}
	if c.Partition != "" {
		doc["partition"] = c.Partition
	}
	if len(c.ManagedPolicies) > 0 {
		doc["managedPolicies"] = c.ManagedPolicies
	}
	if len(c.ResourcePolicies) > 0 {
		doc["resourcePolicies"] = c.ResourcePolicies
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, &ConfigError{Path: fmt.Sprintf("users[%d]", i), Message: err.Error()}
	}
	d, err := scenario.Decode(data)
	if err != nil {
		return nil, configDecodeError(i, err)
	}
	return d, nil
}

// configDecodeError restates a scenario decoding error in the terms of the
// configuration: "caller.policies[0]" is "users[i].policies[0]".
func configDecodeError(i int, err error) error {
	var de *scenario.DecodeError
	if !errors.As(err, &de) || len(de.Fields) == 0 {
		return &ConfigError{Path: fmt.Sprintf("users[%d]", i), Message: err.Error()}
	}
	var msgs []string
	path := ""
	for _, f := range de.Fields {
		p := f.Path
		switch {
		case p == "caller":
			p = fmt.Sprintf("users[%d]", i)
		case strings.HasPrefix(p, "caller."):
			p = fmt.Sprintf("users[%d].", i) + strings.TrimPrefix(p, "caller.")
		}
		if path == "" {
			path = p
		}
		msgs = append(msgs, p+": "+f.Message)
	}
	if len(msgs) == 1 {
		return &ConfigError{Path: path, Message: de.Fields[0].Message}
	}
	return &ConfigError{Message: strings.Join(msgs, "; ")}
}
