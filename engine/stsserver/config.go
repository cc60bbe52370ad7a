package stsserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/tidwall/gjson"
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

	// text is the document ParseConfig read, and account its decoding by
	// the scenario decoder; both are nil for a Config built in Go.
	text    string
	account *scenario.Account
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

// DefaultRegion is the endpoint's region when the configuration names
// none: us-east-1, the region of STS's global endpoint ("Global requests
// map to the US East (N. Virginia) Region", STS API Reference, Welcome,
// https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html).
const DefaultRegion = "us-east-1"

// RegionOrDefault returns the configured region, or DefaultRegion. Every
// request must be signed for this region (see sigv4.Verifier.Region).
func (c *Config) RegionOrDefault() string {
	if c.Region == "" {
		return DefaultRegion
	}
	return c.Region
}

// AccessKey is a long-term access key pair.
type AccessKey struct {
	AccessKeyID     string `json:"accessKeyId"`
	SecretAccessKey string `json:"secretAccessKey"`
}

// ConfigError is a configuration that cannot be used. Path names the field
// at fault ("users[0].accessKeys[1].accessKeyId"); Line and Column
// (1-based, Column in code points) locate it in the configuration
// document, and are 0 when there is no document (a Config built in Go).
type ConfigError struct {
	Path         string
	Message      string
	Line, Column int
}

// Error returns "config: PATH (line L, column C): MESSAGE".
func (e *ConfigError) Error() string {
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("config: %s (line %d, column %d): %s", e.Path, e.Line, e.Column, e.Message)
	case e.Line > 0:
		return fmt.Sprintf("config: line %d, column %d: %s", e.Line, e.Column, e.Message)
	case e.Path != "":
		return "config: " + e.Path + ": " + e.Message
	}
	return "config: " + e.Message
}

// accessKeyPattern is the shape of an access key id: 16–128 word
// characters (STS API Reference, Credentials.AccessKeyId; RULES.md#credentials).
var accessKeyPattern = regexp.MustCompile(`^\w{16,128}$`)

// ParseConfig reads a configuration with the scenario decoder itself
// (scenario.DecodeAccount): the users are scenario callers and the
// account's policies a scenario's, checked with the same messages, and
// every fault is reported with its field and its line and column in data.
// The access keys, which scenarios do not have, are read here, and every
// stored policy goes through the policy parser, so what the playground
// would refuse is refused here too.
func ParseConfig(data []byte) (*Config, error) {
	acct, err := scenario.DecodeAccount(data, "accessKeys")
	if err != nil {
		return nil, configDecodeError(err)
	}
	c := &Config{text: string(data), account: acct}
	if err := c.readAccessKeys(); err != nil {
		return nil, err
	}
	// The rest of the public struct, for callers that read it; the
	// decoder has checked every field's type, so this cannot fail.
	var fields Config
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, &ConfigError{Message: "not a valid configuration document: " + err.Error()}
	}
	keys := make([][]AccessKey, len(c.Users))
	for i := range c.Users {
		keys[i] = c.Users[i].AccessKeys
	}
	fields.text, fields.account = c.text, c.account
	for i := range fields.Users {
		fields.Users[i].AccessKeys = keys[i]
	}
	if err := fields.check(); err != nil {
		return nil, err
	}
	return &fields, nil
}

// readAccessKeys reads users[i].accessKeys of the document into c.Users,
// with the position of any fault: an array of {"accessKeyId",
// "secretAccessKey"} objects of strings.
func (c *Config) readAccessKeys() error {
	users := gjson.Get(c.text, "users").Array()
	c.Users = make([]User, len(users))
	for i, u := range users {
		path := fmt.Sprintf("users[%d].accessKeys", i)
		v := u.Get("accessKeys")
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		if !v.IsArray() {
			return c.errorAt(path, v.Index, "expected an array of {\"accessKeyId\", \"secretAccessKey\"} objects, found "+policy.JSONTypeName(v)+".")
		}
		for j, k := range v.Array() {
			kp := fmt.Sprintf("%s[%d]", path, j)
			if !k.IsObject() {
				return c.errorAt(kp, k.Index, "expected an {\"accessKeyId\", \"secretAccessKey\"} object, found "+policy.JSONTypeName(k)+".")
			}
			var key AccessKey
			var ferr error
			k.ForEach(func(name, val gjson.Result) bool {
				fp := kp + "." + name.String()
				var dst *string
				switch name.String() {
				case "accessKeyId":
					dst = &key.AccessKeyID
				case "secretAccessKey":
					dst = &key.SecretAccessKey
				default:
					ferr = c.errorAt(fp, name.Index, fmt.Sprintf("unknown field %q; an access key has \"accessKeyId\" and \"secretAccessKey\".", name.String()))
					return false
				}
				if val.Type != gjson.String {
					ferr = c.errorAt(fp, val.Index, "expected a string, found "+policy.JSONTypeName(val)+".")
					return false
				}
				*dst = val.Str
				return true
			})
			if ferr != nil {
				return ferr
			}
			c.Users[i].AccessKeys = append(c.Users[i].AccessKeys, key)
		}
	}
	return nil
}

// errorAt is a ConfigError at a byte offset of the document.
func (c *Config) errorAt(path string, offset int, msg string) *ConfigError {
	e := &ConfigError{Path: path, Message: msg}
	if c.text != "" {
		p := policy.Locate(c.text, offset)
		e.Line, e.Column = p.Line, p.Column
	}
	return e
}

// errorAtField is a ConfigError at a field given by its gjson path
// ("users.1.accessKeys.0.accessKeyId"), located when the document has it.
func (c *Config) errorAtField(path, gpath, msg string) *ConfigError {
	if c.text == "" {
		return &ConfigError{Path: path, Message: msg}
	}
	v := gjson.Get(c.text, gpath)
	if !v.Exists() {
		return &ConfigError{Path: path, Message: msg}
	}
	return c.errorAt(path, v.Index, msg)
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
			return c.errorAtField(path+".accessKeys", fmt.Sprintf("users.%d", i), "a user needs at least one access key to sign requests")
		}
		for j, k := range u.AccessKeys {
			kp := fmt.Sprintf("%s.accessKeys[%d]", path, j)
			gkp := fmt.Sprintf("users.%d.accessKeys.%d", i, j)
			switch {
			case !accessKeyPattern.MatchString(k.AccessKeyID):
				return c.errorAtField(kp+".accessKeyId", gkp+".accessKeyId", fmt.Sprintf("an access key id is 16 to 128 letters, digits or underscores; found %q", k.AccessKeyID))
			case strings.HasPrefix(k.AccessKeyID, "ASIA"):
				return c.errorAtField(kp+".accessKeyId", gkp+".accessKeyId", "ASIA is the prefix of temporary access keys; long-term keys start with AKIA (IAM User Guide, \"Unique ID prefixes\")")
			case k.SecretAccessKey == "":
				return c.errorAtField(kp+".secretAccessKey", gkp+".secretAccessKey", "the secret access key is empty")
			}
			if other, dup := seen[k.AccessKeyID]; dup {
				return c.errorAtField(kp+".accessKeyId", gkp+".accessKeyId", fmt.Sprintf("the access key %s is already used by %s", k.AccessKeyID, other))
			}
			seen[k.AccessKeyID] = kp
		}
		if _, err := newPrincipal(c, i); err != nil {
			return err
		}
	}
	return nil
}

// decoded returns the configuration as the scenario decoder read it: the
// account ParseConfig decoded, or, for a Config built in Go, its JSON
// decoded the same way (such a Config has no document to point into).
func (c *Config) decoded() (*scenario.Account, error) {
	if c.account != nil {
		return c.account, nil
	}
	data, err := json.Marshal(c)
	if err != nil {
		return nil, &ConfigError{Message: err.Error()}
	}
	acct, err := scenario.DecodeAccount(data, "accessKeys")
	if err != nil {
		return nil, configDecodeError(err)
	}
	return acct, nil
}

// configDecodeError restates a scenario decoding error as a ConfigError:
// the first fault with its path, line and column, and the others after it.
func configDecodeError(err error) error {
	var de *scenario.DecodeError
	if !errors.As(err, &de) || len(de.Fields) == 0 {
		return &ConfigError{Message: err.Error()}
	}
	f := de.Fields[0]
	msg := f.Message
	if len(de.Fields) > 1 {
		var more []string
		for _, g := range de.Fields[1:] {
			more = append(more, g.Error())
		}
		msg += " Also: " + strings.Join(more, "; ")
	}
	return &ConfigError{Path: f.Path, Message: msg, Line: f.Line, Column: f.Column}
}
