package stsserver

import (
	"fmt"
	"strconv"
)

// The environment variables the endpoint reads (natively from the process
// environment, on Cloudflare Workers from the Worker's vars and secrets).
const (
	// EnvConfig holds the configuration JSON itself.
	EnvConfig = "STSPLAY_CONFIG"
	// EnvConfigFile names a file holding the configuration JSON (native
	// server only).
	EnvConfigFile = "STSPLAY_CONFIG_FILE"
	// EnvTokenKey is the HMAC key that signs and authenticates session
	// tokens. Anyone who knows it can mint credentials this endpoint
	// accepts, so a deployment must set its own secret value.
	EnvTokenKey = "STSPLAY_TOKEN_KEY"
)

// DevelopmentTokenKey is the session-token key used when EnvTokenKey is not
// set. It is public (it is in this source file), so tokens signed with it
// prove nothing: the native server uses it on loopback only (unless
// -insecure-dev-key), warns once at start, and a Worker never uses it.
const DevelopmentTokenKey = "stsplay-DEVELOPMENT-ONLY-token-key-set-STSPLAY_TOKEN_KEY"

// MinTokenKeyBytes is the shortest session-token key the endpoint accepts
// (RULES.md#token-keys):
// 32 bytes, the size of the HMAC-SHA256 output (RFC 2104, section 3,
// recommends a key no shorter than the hash output).
const MinTokenKeyBytes = 32

// makeKeyHint says how to make a key.
const makeKeyHint = "make one with `openssl rand -base64 32` (or `head -c 32 /dev/urandom | base64`)"

// Settings are the configuration and the token key, resolved from flags and
// the environment.
type Settings struct {
	Config   *Config
	TokenKey []byte
	// DevelopmentKey is true when TokenKey is the public
	// DevelopmentTokenKey: EnvTokenKey is unset or set to its text.
	DevelopmentKey bool
	// Warnings are sentences to print once at start, such as the notice
	// that the development token key is in use.
	Warnings []string
	// ConfigSource says where the configuration came from, for the start
	// message.
	ConfigSource string
}

// LoadSettings resolves the settings. configFile (a flag) wins over
// EnvConfigFile, which wins over EnvConfig; with none of them the default
// configuration is used. getenv reads the environment (os.Getenv natively,
// the Worker's env on Cloudflare); readFile reads a file and may be nil
// where there is no file system.
func LoadSettings(configFile string, getenv func(string) string, readFile func(string) ([]byte, error)) (*Settings, error) {
	s := &Settings{}
	if configFile == "" {
		configFile = getenv(EnvConfigFile)
	}
	var err error
	switch {
	case configFile != "":
		if readFile == nil {
			return nil, fmt.Errorf("config: cannot read %s: there is no file system here; put the configuration in %s", configFile, EnvConfig)
		}
		data, rerr := readFile(configFile)
		if rerr != nil {
			return nil, fmt.Errorf("config: %w", rerr)
		}
		s.ConfigSource = "file " + configFile
		s.Config, err = ParseConfig(data)
	case getenv(EnvConfig) != "":
		s.ConfigSource = "environment variable " + EnvConfig
		s.Config, err = ParseConfig([]byte(getenv(EnvConfig)))
	default:
		s.ConfigSource = "the built-in default (the seed's token-app with AWS's example key " + ExampleAccessKeyID + ")"
		s.Config, err = DefaultConfig()
	}
	if err != nil {
		return nil, err
	}
	switch key := getenv(EnvTokenKey); {
	case key == "" || key == DevelopmentTokenKey:
		s.TokenKey = []byte(DevelopmentTokenKey)
		s.DevelopmentKey = true
		why := EnvTokenKey + " is not set"
		if key != "" {
			why = EnvTokenKey + " is set to the public development key"
		}
		s.Warnings = append(s.Warnings, "WARNING: "+why+"; session tokens are signed with the public development key "+
			strconv.Quote(DevelopmentTokenKey)+", so anyone can forge credentials this endpoint accepts. Set "+EnvTokenKey+
			" to a secret of at least "+strconv.Itoa(MinTokenKeyBytes)+" bytes outside development; "+makeKeyHint+".")
	case len(key) < MinTokenKeyBytes:
		return nil, fmt.Errorf("%s is too short (%d bytes); a session-token key must be at least %d bytes of secret: %s", EnvTokenKey, len(key), MinTokenKeyBytes, makeKeyHint)
	default:
		s.TokenKey = []byte(key)
	}
	return s, nil
}

// WorkerOptions returns the Options of a handler built from s on
// Cloudflare Workers. A deployed Worker is public by nature, so the
// development key is never used there: without a key of its own the
// Worker serves everything except GetFederationToken, which answers an
// error naming the secret to set.
func WorkerOptions(s *Settings) Options {
	if !s.DevelopmentKey {
		return Options{Config: s.Config, TokenKey: s.TokenKey}
	}
	return Options{Config: s.Config, NoTokenKey: "This endpoint issues no credentials: it has no session-token key. Set the Worker secret " + EnvTokenKey +
		" (`wrangler secret put " + EnvTokenKey + "`) to a random value of at least " + strconv.Itoa(MinTokenKeyBytes) + " bytes; " + makeKeyHint + "."}
}
