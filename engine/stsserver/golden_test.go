package stsserver

import (
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/sts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenTime is the clock of the golden responses.
var goldenTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// goldenHandler is a handler whose responses are byte-for-byte
// reproducible: fixed clock, seeded randomness, fixed token key.
func goldenHandler(t testing.TB) *Handler {
	t.Helper()
	h, err := New(Options{TokenKey: testTokenKey, Now: func() time.Time { return goldenTime }, Random: sts.NewRandom("golden")})
	require.NoError(t, err)
	return h
}

// goldenRequest builds a form POST signed at goldenTime with creds (or
// unsigned when creds is nil).
func goldenRequest(t testing.TB, body string, creds *aws.Credentials) *http.Request {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	if creds != nil {
		require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), *creds, r, sigv4.PayloadHash([]byte(body)), "sts", "us-east-1", goldenTime))
	}
	return r
}

// dump renders a response as the golden file stores it: the status line,
// the headers STS sends, a blank line and the body.
func dump(rec *httptest.ResponseRecorder) string {
	var b strings.Builder
	b.WriteString(rec.Result().Status + "\n")
	var names []string
	for k := range rec.Header() {
		if !strings.HasPrefix(k, "Access-Control-") && k != "Vary" {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		b.WriteString(k + ": " + strings.Join(rec.Header()[k], ", ") + "\n")
	}
	b.WriteString("\n" + rec.Body.String())
	return b.String()
}

// TestGolden compares whole responses (status, headers, XML) with
// testdata/golden/*.http. Run with -update to rewrite them after a
// deliberate change.
func TestGolden(t *testing.T) {
	h := goldenHandler(t)
	example := &aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}
	jean := "Action=GetFederationToken&DurationSeconds=3600&Name=Jean&Policy=" + strings.ReplaceAll(jeanPolicy, `"`, "%22") + "&Version=2011-06-15"

	// The session of Jean, issued first, signs the session cases.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, goldenRequest(t, jean, example))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	first := dump(rec)
	session := &aws.Credentials{
		AccessKeyID:     xmlText(t, rec.Body.String(), "AccessKeyId"),
		SecretAccessKey: xmlText(t, rec.Body.String(), "SecretAccessKey"),
		SessionToken:    xmlText(t, rec.Body.String(), "SessionToken"),
	}
	cases := []struct {
		name string
		body string
		cred *aws.Credentials
	}{
		{name: "caller-identity-iam-user", body: "Action=GetCallerIdentity&Version=2011-06-15", cred: example},
		{name: "caller-identity-session", body: "Action=GetCallerIdentity&Version=2011-06-15", cred: session},
		{name: "federation-token-with-session-credentials", body: "Action=GetFederationToken&Name=Bob&Version=2011-06-15", cred: session},
		{name: "missing-authentication-token", body: "Action=GetCallerIdentity&Version=2011-06-15"},
		{name: "assume-role-not-simulated", body: "Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A123123123123%3Arole%2FUpdateAPP&RoleSessionName=s&Version=2011-06-15", cred: example},
		{name: "validation-error", body: "Action=GetFederationToken&Name=J&Version=2011-06-15", cred: example},
	}
	check(t, "federation-token-jean", first)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, goldenRequest(t, c.body, c.cred))
			check(t, c.name, dump(rec))
		})
	}
}

// check compares got with testdata/golden/NAME.http, or writes it with
// -update.
func check(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", "golden", name+".http")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test -update to create %s", file)
	assert.Equal(t, string(want), got, "response differs from %s (go test -update rewrites it)", file)
}

// xmlText returns the text of the first <name> element of an XML body.
func xmlText(t testing.TB, body, name string) string {
	t.Helper()
	_, rest, ok := strings.Cut(body, "<"+name+">")
	require.True(t, ok, "no <%s> in %s", name, body)
	text, _, ok := strings.Cut(rest, "</"+name+">")
	require.True(t, ok)
	return text
}
