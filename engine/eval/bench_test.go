package eval

import "testing"

// BenchmarkDecideSeed is the seed scenario's decision: token-app's policy,
// the productionapp session policy, s3:GetObject on productionapp/a.txt.
func BenchmarkDecideSeed(b *testing.B) {
	s := newFixture(b, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	r := Request{Action: "s3:GetObject", Resource: object}
	b.ReportAllocs()
	for b.Loop() {
		if Decide(s, r) != Allowed {
			b.Fatal("not allowed")
		}
	}
}

// BenchmarkDecideSeedDenied is the seed scenario's denial of SQS.
func BenchmarkDecideSeedDenied(b *testing.B) {
	s := newFixture(b, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	r := Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}
	b.ReportAllocs()
	for b.Loop() {
		if Decide(s, r) != ImplicitDeny {
			b.Fatal("not denied")
		}
	}
}

// BenchmarkDecideCarol is Carol's bucket policy with a request context
// layered over the session's.
func BenchmarkDecideCarol(b *testing.B) {
	s := newFixture(b, "Carol").identity(tokenAppPolicy).resource(bucket, acct, carolBucketPolicy).build()
	r := Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:SourceIp", "203.0.113.5")}
	b.ReportAllocs()
	for b.Loop() {
		if Decide(s, r) != Allowed {
			b.Fatal("not allowed")
		}
	}
}

// BenchmarkExplainSeed is the seed scenario with the full trace.
func BenchmarkExplainSeed(b *testing.B) {
	s := newFixture(b, "Carol").identity(tokenAppPolicy).session(productionAppSession).build()
	r := Request{Action: "s3:GetObject", Resource: object}
	b.ReportAllocs()
	for b.Loop() {
		if Explain(s, r).Decision != Allowed {
			b.Fatal("not allowed")
		}
	}
}
