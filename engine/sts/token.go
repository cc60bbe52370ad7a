package sts

import (
	"bytes"
	"compress/flate"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/principal"
)

// TokenClaims is what a session token carries: enough to recognise a later
// request signed with the session's credentials and to recover its
// policies, with no storage.
type TokenClaims struct {
	// Version is the claims format version, TokenVersion.
	Version int `json:"v"`
	// Partition, Account and Name identify the federated user.
	Partition string `json:"p"`
	Account   string `json:"a"`
	Name      string `json:"n"`
	// CallerType, CallerName and CallerPath identify who called
	// GetFederationToken; the session's permissions are bounded by that
	// IAM user's policies.
	CallerType principal.CallerType `json:"ct"`
	CallerName string               `json:"cn,omitempty"`
	CallerPath string               `json:"cp,omitempty"`
	// Policies are the session policies' texts (inline first, then managed
	// with their ARNs).
	Policies []TokenPolicy `json:"sp,omitempty"`
	// Tags are the session tags.
	Tags []principal.Tag `json:"t,omitempty"`
	// Issued and Expires bound the session's validity.
	Issued  time.Time `json:"i"`
	Expires time.Time `json:"e"`
	// AccessKeyID is the access key id issued with the token.
	AccessKeyID string `json:"k"`
	// SecretAccessKey is recomputed by ParseToken from the token and the
	// key; it is never part of the token.
	SecretAccessKey string `json:"-"`
}

// TokenPolicy is a session policy inside a token.
type TokenPolicy struct {
	ARN  string `json:"arn,omitempty"`
	Text string `json:"text"`
}

// TokenVersion is the version of the claims format this package writes.
const TokenVersion = 1

// The token layout, before base64 (standard alphabet, padded):
//
//	magic "sp1" (3 bytes)
//	uvarint n, then n bytes: DEFLATE(JSON(TokenClaims))
//	zero bytes of padding (only for MinimumSessionTokenSize)
//	HMAC-SHA256(key, everything above) (32 bytes)
//
// The MAC is checked before anything is decompressed, so a forged token
// costs one HMAC; the decompressed claims are limited to maxClaimsSize.
const (
	tokenMagic    = "sp1"
	macSize       = sha256.Size
	maxClaimsSize = 256 << 10
)

// The errors of ParseToken.
var (
	// ErrTokenInvalid means the token was not issued under this key, or is
	// not a token at all; STS answers InvalidClientTokenId.
	ErrTokenInvalid = errors.New("sts: the session token is invalid")
	// ErrTokenExpired means the token is authentic but past its
	// expiration; STS answers ExpiredToken.
	ErrTokenExpired = errors.New("sts: the session token is expired")
)

// TokenError maps an error of ParseToken to the STS error a request signed
// with that token receives.
func TokenError(err error) *Error {
	if errors.Is(err, ErrTokenExpired) {
		return ExpiredTokenError()
	}
	return InvalidClientTokenIDError()
}

// IssueToken encodes claims into a session token authenticated under key,
// padded to at least minSize base64 characters, and returns the token and
// the secret access key that belongs to it.
func IssueToken(key []byte, claims *TokenClaims, minSize int) (token, secret string, err error) {
	js, err := json.Marshal(claims)
	if err != nil {
		return "", "", err
	}
	packed := deflate(js)
	body := make([]byte, 0, len(tokenMagic)+binary.MaxVarintLen64+len(packed)+macSize)
	body = append(body, tokenMagic...)
	body = binary.AppendUvarint(body, uint64(len(packed)))
	body = append(body, packed...)
	if need := (minSize+3)/4*3 - len(body) - macSize; need > 0 {
		body = append(body, make([]byte, need)...)
	}
	secret = deriveSecret(key, body)
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(body)), secret, nil
}

// ParseToken authenticates token under key and returns its claims, with
// SecretAccessKey recomputed. It returns ErrTokenInvalid for anything this
// key did not issue and ErrTokenExpired once now is at or past Expires.
//
// A valid MAC proves only that the token was made with the key, and a key
// can leak (the development key is public), so the claims must also
// describe a session GetFederationToken can issue: issued no later than
// now, and lasting no longer than MaxDurationSeconds (129,600 s, 36 hours,
// the longest DurationSeconds STS accepts). Anything else is
// ErrTokenInvalid (RULES.md#token-keys).
func ParseToken(key []byte, token string, now time.Time) (*TokenClaims, error) {
	raw, err := base64.StdEncoding.DecodeString(token)
	if err != nil || len(raw) < len(tokenMagic)+1+macSize || string(raw[:len(tokenMagic)]) != tokenMagic {
		return nil, ErrTokenInvalid
	}
	body, mac := raw[:len(raw)-macSize], raw[len(raw)-macSize:]
	m := hmac.New(sha256.New, key)
	m.Write(body)
	if !hmac.Equal(m.Sum(nil), mac) {
		return nil, ErrTokenInvalid
	}
	rest := body[len(tokenMagic):]
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > uint64(len(rest)-k) {
		return nil, ErrTokenInvalid
	}
	packed, pad := rest[k:k+int(n)], rest[k+int(n):]
	if len(bytes.Trim(pad, "\x00")) != 0 {
		return nil, ErrTokenInvalid
	}
	js, err := inflate(packed)
	if err != nil {
		return nil, ErrTokenInvalid
	}
	var c TokenClaims
	if err := json.Unmarshal(js, &c); err != nil || c.Version != TokenVersion {
		return nil, ErrTokenInvalid
	}
	if c.Issued.After(now) || c.Expires.Sub(c.Issued) > MaxDurationSeconds*time.Second {
		return nil, ErrTokenInvalid
	}
	if !now.Before(c.Expires) {
		return nil, ErrTokenExpired
	}
	c.SecretAccessKey = deriveSecret(key, body)
	return &c, nil
}

// flateReaders reuses DEFLATE decompressors, which are large to allocate.
var flateReaders = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// inflate decompresses packed, failing beyond maxClaimsSize bytes.
func inflate(packed []byte) ([]byte, error) {
	r := flateReaders.Get().(io.ReadCloser)
	defer flateReaders.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(packed), nil); err != nil {
		return nil, err
	}
	js, err := io.ReadAll(io.LimitReader(r, maxClaimsSize+1))
	if err != nil {
		return nil, err
	}
	if len(js) > maxClaimsSize {
		return nil, errors.New("sts: token claims too large")
	}
	return js, nil
}

// FederatedUserARN returns the session's ARN,
// arn:PARTITION:sts::ACCT:federated-user/NAME.
func (c *TokenClaims) FederatedUserARN() string {
	return arn.FederatedUser(c.Partition, c.Account, c.Name)
}

// FederatedUserID returns the session's user id, ACCT:NAME.
func (c *TokenClaims) FederatedUserID() string { return FederatedUserID(c.Account, c.Name) }

// Caller returns the principal that created the session.
func (c *TokenClaims) Caller() principal.Caller {
	return principal.Caller{Type: c.CallerType, Account: c.Account, Partition: c.Partition, UserName: c.CallerName, Path: c.CallerPath}
}
