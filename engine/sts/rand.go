package sts

import (
	"crypto/rand"
	"crypto/sha256"
	"io"
	mrand "math/rand/v2"
)

// NewRandom returns the source of the random parts of a response (request
// id, access key id). With a non-empty seed it is a ChaCha8 stream keyed by
// SHA-256(seed), so a scenario with a seed produces the same bytes on every
// run and platform; with an empty seed it is crypto/rand.
func NewRandom(seed string) io.Reader {
	if seed == "" {
		return rand.Reader
	}
	return mrand.NewChaCha8(sha256.Sum256([]byte(seed)))
}

// readFull fills p from r. A failing source (crypto/rand never fails on
// supported platforms) leaves zero bytes, which still give well-formed
// identifiers.
func readFull(r io.Reader, p []byte) {
	if _, err := io.ReadFull(r, p); err != nil {
		clear(p)
	}
}

// NewRequestID draws a UUID version 4 (RFC 9562 §5.4) from r, the form of
// STS's RequestId and x-amzn-RequestId (RULES.md#request-id).
func NewRequestID(r io.Reader) string {
	var u [16]byte
	readFull(r, u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	const hex = "0123456789abcdef"
	b := make([]byte, 0, 36)
	for i, x := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hex[x>>4], hex[x&0x0f])
	}
	return string(b)
}
