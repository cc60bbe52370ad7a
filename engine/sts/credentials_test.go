package sts

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNewAccessKeyID(t *testing.T) {
	re := regexp.MustCompile(`^ASIA[A-Z2-7]{16}$`)
	r := NewRandom("")
	for range 100 {
		assert.Regexp(t, re, NewAccessKeyID(r))
	}
	assert.Equal(t, NewAccessKeyID(NewRandom("s")), NewAccessKeyID(NewRandom("s")))
	assert.NotEqual(t, NewAccessKeyID(NewRandom("s")), NewAccessKeyID(NewRandom("t")))
	assert.Equal(t, "ASIAAAAAAAAAAAAAAAAA", NewAccessKeyID(bytes.NewReader(nil)), "a failing source gives zeros, still well-formed")
}

func TestNewRequestID(t *testing.T) {
	re := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	r := NewRandom("")
	seen := map[string]bool{}
	for range 100 {
		id := NewRequestID(r)
		assert.Regexp(t, re, id)
		assert.False(t, seen[id])
		seen[id] = true
	}
	assert.Equal(t, "00000000-0000-4000-8000-000000000000", NewRequestID(bytes.NewReader(nil)))
	assert.Equal(t, NewRequestID(NewRandom("golden")), NewRequestID(NewRandom("golden")))
}

func TestSecretAccessKey(t *testing.T) {
	s := issueJean(t, nil)
	assert.Regexp(t, regexp.MustCompile(`^[A-Za-z0-9+/]{40}$`), s.Credentials.SecretAccessKey)
	assert.Len(t, s.Credentials.SecretAccessKey, SecretAccessKeyLength)
	other := issueJean(t, func(r *Request) { r.Name = String("Bob") })
	assert.NotEqual(t, s.Credentials.SecretAccessKey, other.Credentials.SecretAccessKey)
}

func TestFormatExpiration(t *testing.T) {
	assert.Equal(t, "2011-07-15T22:28:33.359Z", FormatExpiration(fixedNow))
	assert.Equal(t, "2011-07-15T22:28:33.000Z", FormatExpiration(fixedNow.Truncate(1e9)))
}
