package sts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"io"
	"time"
)

// AccessKeyIDPrefix starts every temporary access key id ("ASIA" for
// temporary keys; IAM User Guide, "Unique ID prefixes"; RULES.md#credentials).
const AccessKeyIDPrefix = "ASIA"

// SecretAccessKeyLength is the length of a secret access key as AWS issues
// them (40 characters in every example; RULES.md#credentials).
const SecretAccessKeyLength = 40

// ExpirationLayout is how Expiration is written: RFC 3339 in UTC with
// milliseconds, as in AWS's example "2011-07-15T23:28:33.359Z" (RULES.md#credentials).
const ExpirationLayout = "2006-01-02T15:04:05.000Z"

// Credentials are the temporary credentials of a session.
type Credentials struct {
	AccessKeyID     string    `json:"accessKeyId"`
	SecretAccessKey string    `json:"secretAccessKey"`
	SessionToken    string    `json:"sessionToken"`
	Expiration      time.Time `json:"expiration"`
}

// NewAccessKeyID draws an access key id from r: "ASIA" and 16 characters
// of [A-Z2-7], the base32 encoding of 10 random bytes.
func NewAccessKeyID(r io.Reader) string {
	var b [10]byte
	readFull(r, b[:])
	return AccessKeyIDPrefix + base32.StdEncoding.EncodeToString(b[:])
}

// deriveSecret computes the secret access key of a token body: the first 40
// characters of base64(HMAC-SHA256(key, "secret\x00" ‖ body)). Because it is
// a function of the engine key and the token, the endpoint can recompute it
// from the X-Amz-Security-Token header to verify a SigV4 signature, with no
// stored state.
func deriveSecret(key, body []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("secret\x00"))
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))[:SecretAccessKeyLength]
}

// FormatExpiration writes t as STS writes Expiration.
func FormatExpiration(t time.Time) string { return t.UTC().Format(ExpirationLayout) }
