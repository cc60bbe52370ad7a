package stsserver

import (
	"encoding/json"
	"fmt"

	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/tidwall/gjson"
)

// The AWS documentation's example access key pair (IAM User Guide,
// "Managing access keys for IAM users": AKIAIOSFODNN7EXAMPLE and
// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). The default configuration
// gives it to token-app so that a workshop can start with no set-up.
const (
	ExampleAccessKeyID     = "AKIAIOSFODNN7EXAMPLE"
	ExampleSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

// DefaultConfig returns the configuration built from the playground's first
// preset (the seed's token-app, "Permissions for GetFederationToken"): its
// account, region, caller with the caller's policies, boundary and tags,
// and the preset's managed and resource-based policies, with the caller
// holding the documentation's example access key.
func DefaultConfig() (*Config, error) {
	presets := scenario.Presets()
	if len(presets) == 0 {
		return nil, &ConfigError{Message: "the engine has no presets to build the default configuration from"}
	}
	return configFromScenario(presets[0].Scenario, ExampleAccessKeyID, ExampleSecretAccessKey)
}

// configFromScenario turns a scenario document's world into a
// configuration whose only user is the scenario's caller, holding the
// given access key.
func configFromScenario(doc []byte, keyID, secret string) (*Config, error) {
	root := gjson.ParseBytes(doc)
	caller := root.Get("caller")
	u := User{
		Type:       caller.Get("type").String(),
		Name:       caller.Get("name").String(),
		AccessKeys: []AccessKey{{AccessKeyID: keyID, SecretAccessKey: secret}},
	}
	for _, p := range caller.Get("policies").Array() {
		u.Policies = append(u.Policies, json.RawMessage(p.Raw))
	}
	if b := caller.Get("permissionsBoundary"); b.Exists() && b.Type != gjson.Null {
		u.PermissionsBoundary = json.RawMessage(b.Raw)
	}
	for _, t := range caller.Get("tags").Array() {
		u.Tags = append(u.Tags, scenario.Tag{Key: t.Get("Key").String(), Value: t.Get("Value").String()})
	}
	c := Config{
		Account:   root.Get("account").String(),
		Region:    root.Get("region").String(),
		Partition: root.Get("partition").String(),
		Users:     []User{u},
	}
	if m := root.Get("managedPolicies"); m.IsObject() {
		c.ManagedPolicies = json.RawMessage(m.Raw)
	}
	if r := root.Get("resourcePolicies"); r.IsArray() {
		c.ResourcePolicies = json.RawMessage(r.Raw)
	}
	data, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	out, err := ParseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("the default configuration (from the first preset): %w", err)
	}
	return out, nil
}
