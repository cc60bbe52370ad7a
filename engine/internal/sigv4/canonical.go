package sigv4

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// UnsignedPayload is the payload hash a presigned request may declare.
const UnsignedPayload = "UNSIGNED-PAYLOAD"

// canonicalRequest builds task 1 of the signing process ("Create a
// canonical request for Signature Version 4"):
//
//	Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
//	SignedHeaders \n HashedPayload
//
// from what actually arrived. For a presigned request X-Amz-Signature is
// left out of the query string.
func canonicalRequest(r *http.Request, query url.Values, sig *signature, payloadHash string) string {
	var b strings.Builder
	b.WriteString(r.Method)
	b.WriteByte('\n')
	b.WriteString(canonicalURI(r.URL))
	b.WriteByte('\n')
	b.WriteString(canonicalQuery(query, sig.presigned))
	b.WriteByte('\n')
	for _, name := range sig.signedHeaders {
		b.WriteString(name)
		b.WriteByte(':')
		b.WriteString(canonicalHeaderValue(r, name))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(strings.Join(sig.signedHeaders, ";"))
	b.WriteByte('\n')
	b.WriteString(payloadHash)
	return b.String()
}

// canonicalURI URI-encodes the already escaped path once more: every
// service except S3 signs a doubly encoded path ("Each path segment must be
// URI-encoded twice", Signature Version 4 canonical request; the Go SDK's
// signer escapes the escaped path the same way).
func canonicalURI(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		return "/"
	}
	return uriEncode(p, false)
}

// canonicalQuery sorts the parameters by name, then by value, each name and
// value URI-encoded ("Create a canonical request", step 3).
func canonicalQuery(q url.Values, presigned bool) string {
	type pair struct{ k, v string }
	var pairs []pair
	for k, vs := range q {
		if presigned && k == qSignature {
			continue
		}
		ek := uriEncode(k, true)
		for _, v := range vs {
			pairs = append(pairs, pair{ek, uriEncode(v, true)})
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].k != pairs[j].k {
			return pairs[i].k < pairs[j].k
		}
		return pairs[i].v < pairs[j].v
	})
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		b.WriteByte('=')
		b.WriteString(p.v)
	}
	return b.String()
}

// canonicalHeaderValue returns a signed header's value with leading and
// trailing spaces removed and inner runs of spaces collapsed to one;
// several values are joined with commas. The Host header lives in
// Request.Host on a Go server, and Content-Length may live only in
// Request.ContentLength.
func canonicalHeaderValue(r *http.Request, name string) string {
	var v string
	switch name {
	case "host":
		v = r.Host
		if v == "" {
			v = r.Header.Get("Host")
		}
		if v == "" {
			v = r.URL.Host
		}
	default:
		v = strings.Join(r.Header.Values(name), ",")
		if v == "" && name == "content-length" && r.ContentLength >= 0 {
			v = strconv.FormatInt(r.ContentLength, 10)
		}
	}
	return collapseSpaces(v)
}

// collapseSpaces trims spaces and collapses inner runs of spaces to one.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// stringToSign builds task 2: algorithm, request date, credential scope and
// the hex SHA-256 of the canonical request, one per line.
func stringToSign(rawDate string, scope Scope, canonical string) string {
	sum := sha256.Sum256([]byte(canonical))
	return Algorithm + "\n" + rawDate + "\n" + scope.String() + "\n" + hex.EncodeToString(sum[:])
}

// signingKey derives task 3's key: HMAC chains of "AWS4"+secret over the
// date, region, service and "aws4_request".
func signingKey(secret string, scope Scope) []byte {
	k := hmacSHA256([]byte("AWS4"+secret), scope.Date)
	k = hmacSHA256(k, scope.Region)
	k = hmacSHA256(k, scope.Service)
	return hmacSHA256(k, "aws4_request")
}

// sign computes task 4: the hex HMAC-SHA256 of the string to sign.
func sign(key []byte, toSign string) string {
	return hex.EncodeToString(hmacSHA256(key, toSign))
}

func hmacSHA256(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

// PayloadHash returns the lower-case hex SHA-256 of a request body.
func PayloadHash(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// uriEncode percent-encodes every byte except the unreserved characters
// A–Z a–z 0–9 - _ . ~ ("URI-encode each parameter name and value", with
// upper-case hex and spaces as %20). '/' is kept unless encodeSlash.
func uriEncode(s string, encodeSlash bool) string {
	const hexdigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9',
			c == '-', c == '_', c == '.', c == '~':
			b.WriteByte(c)
		case c == '/' && !encodeSlash:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
		}
	}
	return b.String()
}
