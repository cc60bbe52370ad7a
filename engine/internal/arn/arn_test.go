package arn

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		want ARN
		ok   bool
	}{
		{"arn:aws:s3:::productionapp/a.txt", ARN{"aws", "s3", "", "", "productionapp/a.txt"}, true},
		{"arn:aws:sqs:us-east-1:123456789012:queue1", ARN{"aws", "sqs", "us-east-1", "123456789012", "queue1"}, true},
		{"arn:aws:iam::123456789012:user/division_abc/Bob", ARN{"aws", "iam", "", "123456789012", "user/division_abc/Bob"}, true},
		{"arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/x", ARN{"aws", "someservice", "us-east-2", "999999999999", "store/abc:111122223333:finance/x"}, true},
		{"arn:aws-cn:sts::123456789012:federated-user/Jean", ARN{"aws-cn", "sts", "", "123456789012", "federated-user/Jean"}, true},
		{"arn:aws:s3::", ARN{}, false},
		{"arn:aws:s3:::", ARN{"aws", "s3", "", "", ""}, true},
		{"*", ARN{}, false},
		{"ARN:aws:s3:::b", ARN{}, false},
		{"", ARN{}, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := Parse(c.in)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
			if ok {
				assert.Equal(t, c.in, got.String(), "String writes back what Parse read")
			}
		})
	}
}

func TestBuilders(t *testing.T) {
	assert.Equal(t, "arn:aws:iam::123456789012:user/token-app", IAMUser("", "123456789012", "", "token-app"))
	assert.Equal(t, "arn:aws:iam::123456789012:user/division_abc/Bob", IAMUser("aws", "123456789012", "/division_abc/", "Bob"))
	assert.Equal(t, "arn:aws:iam::123456789012:root", Root("", "123456789012"))
	assert.Equal(t, "arn:aws-cn:sts::123456789012:federated-user/Jean", FederatedUser("aws-cn", "123456789012", "Jean"))
	assert.Equal(t, "123456789012", Account("arn:aws:sqs:us-east-1:123456789012:queue1"))
	assert.Equal(t, "", Account("arn:aws:s3:::b"))
	assert.Equal(t, "", Account("*"))
}

func TestIs(t *testing.T) {
	cases := []struct {
		v    string
		want bool
	}{
		{"arn:aws:sts::123456789012:federated-user/Carol", true},
		{"arn:aws:sts::123456789012:federated-user/carol", false},
		{"arn:aws:sts::123456789012:federated-user/Carol2", false},
		{"arn:aws:sts::123456789012:federated-user/Caro", false},
		{"arn:aws:sts::123456789012:federated-user/*", false},
		{"arn:aws:sts::111122223333:federated-user/Carol", false},
		{"arn:aws-cn:sts::123456789012:federated-user/Carol", false},
		{"arn:aws:sts:us-east-1:123456789012:federated-user/Carol", false},
		{"", false},
	}
	for _, tc := range cases {
		t.Run(tc.v, func(t *testing.T) {
			assert.Equal(t, tc.want, Is(tc.v, "aws", "sts", "123456789012", "federated-user/", "Carol"))
		})
	}
	assert.True(t, Is("arn:aws:iam::123456789012:root", "aws", "iam", "123456789012", "", "root"))
	assert.False(t, Is("123456789012", "aws", "iam", "123456789012", "", "root"))
}

func TestIsS3Bucket(t *testing.T) {
	for in, want := range map[string]bool{
		"arn:aws:s3:::productionapp":       true,
		"arn:aws:s3:::productionapp/a.txt": false,
		"arn:aws:s3:::":                    false,
		"arn:aws:sqs:us-east-1:1:q":        false,
		"productionapp":                    false,
	} {
		assert.Equal(t, want, IsS3Bucket(in), in)
	}
}

// FuzzParse checks that Parse never panics, that what it reads writes back
// to the same text, and that it accepts exactly the strings starting with
// "arn:" that have at least five colons.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"arn:aws:s3:::b/k", "arn:aws:sqs:us-east-1:1:q", "arn:::::", "arn:a:b", "*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := Parse(s)
		want := strings.HasPrefix(s, "arn:") && strings.Count(s, ":") >= 5
		if ok != want {
			t.Fatalf("Parse(%q) ok = %v, want %v", s, ok, want)
		}
		if ok && a.String() != s {
			t.Fatalf("Parse(%q).String() = %q", s, a.String())
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Parse("arn:aws:sts::123456789012:federated-user/Carol"); !ok {
			b.Fatal("not an ARN")
		}
	}
}
