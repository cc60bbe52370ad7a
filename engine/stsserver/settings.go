package stsserver

import "fmt"

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
// prove nothing; the endpoint warns at start when it is in use.
const DevelopmentTokenKey = "stsplay-DEVELOPMENT-ONLY-token-key-set-STSPLAY_TOKEN_KEY"

// Settings are the configuration and the token key, resolved from flags and
// the environment.
type Settings struct {
	Config   *Config
	TokenKey []byte
	// Warnings are sentences to print at start, such as the notice that
	// the development token key is in use.
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
	if key := getenv(EnvTokenKey); key != "" {
		s.TokenKey = []byte(key)
	} else {
		s.TokenKey = []byte(DevelopmentTokenKey)
		s.Warnings = append(s.Warnings, "WARNING: "+EnvTokenKey+" is not set; session tokens are signed with the public development key "+
			fmt.Sprintf("%q", DevelopmentTokenKey)+", so anyone can forge credentials this endpoint accepts. Set "+EnvTokenKey+" to a long random secret outside development.")
	}
	return s, nil
}
