package sts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// jeanPolicy is the policy of Jean's example request (IAM User Guide,
// "GetFederationToken—Federation Through a Custom Identity Broker").
const jeanPolicy = `{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`

// testAccount is the account of AWS's example response.
const testAccount = "123456789012"

// fixedNow is the request time that gives the example's Expiration
// 2011-07-15T23:28:33.359Z with DurationSeconds 3600.
var fixedNow = time.Date(2011, 7, 15, 22, 28, 33, 359_000_000, time.UTC)

var testKey = []byte("stsplay test key")

// tokenApp is the IAM user of the seed pages.
func tokenApp() principal.Caller {
	return principal.Caller{Type: principal.IAMUser, Account: testAccount, UserName: "token-app"}
}

func rootCaller() principal.Caller {
	return principal.Caller{Type: principal.Root, Account: testAccount}
}

func allowAll(AuthRequest) AuthDecision { return AuthDecision{Allowed: true} }

// jeanRequest is Jean's example request.
func jeanRequest() Request {
	return Request{Name: String("Jean"), Policy: String(jeanPolicy), DurationSeconds: Int32(3600)}
}

// seededEnv is a deterministic environment for caller.
func seededEnv(caller principal.Caller) Env {
	return Env{Caller: caller, Authorize: allowAll, Key: testKey, Now: fixedNow, Random: NewRandom("golden")}
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	require.Equal(t, string(want), got)
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for range n {
		b = append(b, s...)
	}
	return string(b)
}

// randomPolicy returns a valid session policy of about size characters
// whose resource names are random base64, text that hardly compresses.
func randomPolicy(seed string, size int) string {
	r := NewRandom(seed)
	s := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":[`
	for i := 0; ; i++ {
		var b [24]byte
		readFull(r, b[:])
		item := `"arn:aws:s3:::b/` + base64.RawURLEncoding.EncodeToString(b[:]) + `"`
		if len(s)+len(item)+6 > size {
			break
		}
		if i > 0 {
			s += ","
		}
		s += item
	}
	return s + `]}]}`
}

// padPolicy pads a policy with spaces before its last brace to exactly
// size characters: white space counts toward the plaintext limit but packs
// to nothing.
func padPolicy(p string, size int) string {
	return p[:len(p)-1] + strings.Repeat(" ", size-len(p)) + "}"
}

// hmacSum is HMAC-SHA256(key, data).
func hmacSum(key, data []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return m.Sum(nil)
}
