package stsserver

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// BenchmarkGetFederationToken measures one SigV4-signed GetFederationToken
// through the handler (verify, decode, validate, authorize, issue, render),
// without the network.
func BenchmarkGetFederationToken(b *testing.B) {
	t := b
	h := goldenHandler(t)
	body := "Action=GetFederationToken&DurationSeconds=3600&Name=Jean&Policy=" + strings.ReplaceAll(jeanPolicy, `"`, "%22") + "&Version=2011-06-15"
	req := goldenRequest(t, body, &aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey})
	auth := req.Header.Clone()
	b.ReportAllocs()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/", strings.NewReader(body))
		r.Header = auth
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Body.String())
		}
	}
}

// BenchmarkGetCallerIdentitySession measures a GetCallerIdentity signed
// with session credentials: the token is authenticated and decoded on every
// request, since nothing is stored.
func BenchmarkGetCallerIdentitySession(b *testing.B) {
	t := b
	h := goldenHandler(t)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, goldenRequest(t, "Action=GetFederationToken&Name=Jean&Version=2011-06-15", &aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}))
	session := &aws.Credentials{
		AccessKeyID:     xmlText(t, rec.Body.String(), "AccessKeyId"),
		SecretAccessKey: xmlText(t, rec.Body.String(), "SecretAccessKey"),
		SessionToken:    xmlText(t, rec.Body.String(), "SessionToken"),
	}
	body := "Action=GetCallerIdentity&Version=2011-06-15"
	auth := goldenRequest(t, body, session).Header.Clone()
	b.ReportAllocs()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/", strings.NewReader(body))
		r.Header = auth
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Body.String())
		}
	}
}
