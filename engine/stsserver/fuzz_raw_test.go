package stsserver

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/sts"
)

// rawSeed is one correctly signed request, as bytes on the wire.
type rawSeed struct {
	raw     []byte
	content string // signedContent of the request as signed
}

// rawSeeds signs the requests the fuzz target starts from: a form POST
// signed over its body, the same with x-amz-content-sha256 signed, a
// GetFederationToken, a GET with its parameters in the URL, and presigned
// GET and POST URLs. All are signed at goldenTime with the default
// configuration's key.
func rawSeeds(tb testing.TB) []rawSeed {
	tb.Helper()
	const host = "127.0.0.1:9900"
	gft := "Action=GetFederationToken&Version=2011-06-15&Name=Jean&DurationSeconds=900&Policy=" + url.QueryEscape(jeanPolicy)
	build := func(method, target, body, hash string, declare bool, presign bool) rawSeed {
		r, err := http.NewRequest(method, "http://"+host+target, strings.NewReader(body))
		if err != nil {
			tb.Fatal(err)
		}
		if body == "" {
			r.Body, r.ContentLength = http.NoBody, 0
		}
		if method == http.MethodPost {
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
		}
		if hash == "" {
			hash = sigv4.PayloadHash([]byte(body))
		}
		if declare {
			r.Header.Set("X-Amz-Content-Sha256", hash)
		}
		signer := v4.NewSigner()
		if presign {
			u, _, err := signer.PresignHTTP(context.Background(), exampleCreds, r, hash, "sts", "us-east-1", goldenTime)
			if err != nil {
				tb.Fatal(err)
			}
			header := r.Header
			if r, err = http.NewRequest(method, u, nil); err != nil {
				tb.Fatal(err)
			}
			r.Header = header
		} else if err := signer.SignHTTP(context.Background(), exampleCreds, r, hash, "sts", "us-east-1", goldenTime); err != nil {
			tb.Fatal(err)
		}
		var buf bytes.Buffer
		if err := r.Write(&buf); err != nil {
			tb.Fatal(err)
		}
		parsed, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(buf.Bytes())))
		if err != nil {
			tb.Fatal(err)
		}
		b, _ := io.ReadAll(parsed.Body)
		return rawSeed{raw: buf.Bytes(), content: signedContent(parsed, b)}
	}
	const gci = "Action=GetCallerIdentity&Version=2011-06-15"
	return []rawSeed{
		build(http.MethodPost, "/", gci, "", false, false),
		build(http.MethodPost, "/", gci, "", true, false),
		build(http.MethodPost, "/", gft, "", false, false),
		build(http.MethodGet, "/?"+gft, "", "", false, false),
		build(http.MethodGet, "/?"+gci, "", sigv4.UnsignedPayload, false, true),
		build(http.MethodPost, "/?"+gci, "", sigv4.UnsignedPayload, false, true),
		build(http.MethodPost, "/?"+gci, "", sigv4.UnsignedPayload, true, false),
	}
}

// signedContent is everything a request carries that decides what it
// does: the method, the path, its parameters (sorted as SigV4 sorts them),
// the body byte for byte, and the headers the endpoint reads. Two requests
// with the same signed content ask for the same thing.
func signedContent(r *http.Request, body []byte) string {
	q, _ := url.ParseQuery(r.URL.RawQuery)
	var params []string
	for k, vs := range q {
		for _, v := range vs {
			params = append(params, k+"="+v)
		}
	}
	slices.Sort(params)
	header := func(name string) string {
		return strings.Join(strings.Fields(strings.Join(r.Header.Values(name), ",")), " ")
	}
	return strings.Join([]string{r.Method, r.URL.EscapedPath(), strings.Join(params, "&"), r.Host,
		header("Content-Type"), header("X-Amz-Date"), header("X-Amz-Security-Token"), string(body)}, "\n")
}

// TestRawSeedsAreAccepted checks that every request FuzzRawRequests starts
// from is accepted as signed (except the header-signed UNSIGNED-PAYLOAD
// one, which STS refuses), so that the fuzz target's oracle is not empty.
func TestRawSeedsAreAccepted(t *testing.T) {
	h, err := New(Options{TokenKey: testTokenKey, Now: func() time.Time { return goldenTime }, Random: sts.NewRandom("fuzz-raw")})
	if err != nil {
		t.Fatal(err)
	}
	seeds := rawSeeds(t)
	for i, s := range seeds {
		r, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(s.raw)))
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		want := http.StatusOK
		if i == len(seeds)-1 {
			want = http.StatusForbidden
		}
		if rec.Code != want {
			t.Errorf("seed %d: status %d, want %d: %s\n%s", i, rec.Code, want, s.raw, rec.Body.String())
		}
	}
}

// FuzzRawRequests mutates whole raw HTTP requests (request line, headers
// and body) that start out correctly signed. The endpoint may answer 200
// only to a request whose signed content is exactly that of a request the
// test signed: any change to what a request carries that its signature does
// not cover (a new body, an extra parameter, another Authorization header,
// UNSIGNED-PAYLOAD, a body on a presigned URL) must be refused.
func FuzzRawRequests(f *testing.F) {
	seeds := rawSeeds(f)
	signed := map[string]bool{}
	for _, s := range seeds {
		f.Add(s.raw)
		signed[s.content] = true
	}
	// A few mutations worth starting from: the injected body under each
	// POST's headers, a second Authorization header, UNSIGNED-PAYLOAD
	// declared.
	for _, s := range seeds {
		head, _, _ := strings.Cut(string(s.raw), "\r\n\r\n")
		if !strings.HasPrefix(head, "POST ") {
			continue
		}
		var lines []string
		for _, l := range strings.Split(head, "\r\n") {
			if !strings.HasPrefix(l, "Content-Length:") {
				lines = append(lines, l)
			}
		}
		f.Add([]byte(strings.Join(lines, "\r\n") + "\r\nContent-Length: " + strconv.Itoa(len(malloryBody)) + "\r\n\r\n" + malloryBody))
	}
	first := string(seeds[0].raw)
	f.Add([]byte(strings.Replace(first, "\r\nAuthorization:", "\r\nAuthorization: junk\r\nAuthorization:", 1)))
	f.Add([]byte(strings.Replace(first, "\r\nAuthorization:", "\r\nX-Amz-Content-Sha256: UNSIGNED-PAYLOAD\r\nAuthorization:", 1)))

	h, err := New(Options{TokenKey: testTokenKey, Now: func() time.Time { return goldenTime }, Random: sts.NewRandom("fuzz-raw")})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(raw)))
		if err != nil {
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, DefaultMaxBodyBytes+1))
		if err != nil {
			return
		}
		content := signedContent(r, body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code == http.StatusOK && !signed[content] {
			t.Fatalf("200 for a request whose content was never signed:\n%q\n%s", raw, rec.Body.String())
		}
	})
}
