package sts

import (
	"testing"
)

func BenchmarkSimulateJean(b *testing.B) {
	env := seededEnv(tokenApp())
	req := jeanRequest()
	b.ReportAllocs()
	for b.Loop() {
		if out := Simulate(req, env); out.Err != nil {
			b.Fatal(out.Err)
		}
	}
}

func BenchmarkIssue(b *testing.B) {
	env := seededEnv(tokenApp())
	v, err := Validate(jeanRequest(), tokenApp(), nil)
	if err != nil {
		b.Fatal(err)
	}
	opt := IssueOptions{Key: testKey, Now: fixedNow, Random: env.Random}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Issue(v, tokenApp(), opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	req := jeanRequest()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Validate(req, tokenApp(), nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseToken(b *testing.B) {
	out := Simulate(jeanRequest(), seededEnv(tokenApp()))
	token := out.Session.Credentials.SessionToken
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseToken(testKey, token, fixedNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderGetFederationToken(b *testing.B) {
	out := Simulate(jeanRequest(), seededEnv(tokenApp()))
	b.ReportAllocs()
	for b.Loop() {
		_ = RenderGetFederationToken(out.Session, out.RequestID)
	}
}

func BenchmarkRenderError(b *testing.B) {
	e := AccessDeniedError(tokenApp().ARN(), ActionGetFederationToken, "arn:aws:sts::123456789012:federated-user/Jean")
	b.ReportAllocs()
	for b.Loop() {
		_ = RenderError(e, "c6104cbe-af31-11e0-8154-cbc7ccf896c7")
	}
}
