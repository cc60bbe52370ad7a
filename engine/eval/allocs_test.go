//go:build !race

package eval

import "testing"

// TestDecideAllocatesNothing counts the allocations of the fast path: the
// seed decisions, a resource-based policy with a request context, and a
// condition. The race detector makes sync.Pool drop entries at random, so
// this count is taken only without it.
func TestDecideAllocatesNothing(t *testing.T) {
	const conditioned = `{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:SourceIp": "203.0.113.5" } } } ] }`
	cases := []struct {
		name string
		s    *Session
		r    Request
		want Decision
	}{
		{"seed allowed", newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).build(),
			Request{Action: "s3:GetObject", Resource: object}, Allowed},
		{"seed denied", newFixture(t, "Carol").identity(tokenAppPolicy).session(productionAppSession).build(),
			Request{Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:123456789012:queue1"}, ImplicitDeny},
		{"bucket policy", newFixture(t, "Carol").identity(tokenAppPolicy).resource(bucket, acct, carolBucketPolicy).build(),
			Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:SourceIp", "203.0.113.5")}, Allowed},
		{"condition", newFixture(t, "Carol").identity(tokenAppPolicy).session(conditioned).build(),
			Request{Action: "s3:GetObject", Resource: object, Context: kv("aws:SourceIp", "203.0.113.5")}, Allowed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Decide(c.s, c.r); got != c.want {
				t.Fatalf("Decide = %s, want %s", got, c.want)
			}
			if n := testing.AllocsPerRun(100, func() { Decide(c.s, c.r) }); n != 0 {
				t.Errorf("Decide allocates %v times per call, want 0", n)
			}
		})
	}
}
