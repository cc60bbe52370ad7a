package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stsplay/stsplay/engine/internal/arn"
)

func TestGoverns(t *testing.T) {
	cases := []struct {
		attached, resource string
		want               bool
	}{
		{bucket, bucket, true},
		{bucket, object, true},
		{bucket, "arn:aws:s3:::productionapp/dir/a.txt", true},
		{bucket, "arn:aws:s3:::productionapp2/a.txt", false},
		{bucket, "arn:aws:s3:::productionapp/", true},
		{object, object, true},
		{object, object + "/x", false},
		{"arn:aws:sqs:us-east-1:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q", true},
		{"arn:aws:sqs:us-east-1:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q/x", false},
		{"", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.attached+" "+tc.resource, func(t *testing.T) {
			assert.Equal(t, tc.want, Governs(tc.attached, tc.resource))
		})
	}
}

// FuzzPrincipalIDs checks that the piecewise comparisons agree with the
// ARNs they stand for, and that nothing panics on any input.
func FuzzPrincipalIDs(f *testing.F) {
	f.Add("arn:aws:sts::123456789012:federated-user/Carol", "aws", "123456789012", "Carol", "token-app")
	f.Add("arn:aws:iam::123456789012:user/token-app", "aws", "123456789012", "Carol", "token-app")
	f.Add("123456789012", "aws", "123456789012", "a", "")
	f.Add("arn:aws:iam::123456789012:root", "aws-cn", "1", "::", ":")
	f.Fuzz(func(t *testing.T, v, partition, account, name, user string) {
		ids := principalIDs{partition: partition, account: account, name: name, user: user}
		session := "arn:" + partition + ":sts::" + account + ":federated-user/" + name
		if ids.isSession(v) != (v == session) {
			t.Fatalf("isSession(%q) disagrees with %q", v, session)
		}
		userARN := "arn:" + partition + ":iam::" + account + ":user/" + user
		if ids.isUser(v) != (user != "" && v == userARN) {
			t.Fatalf("isUser(%q) disagrees with %q", v, userARN)
		}
		root := "arn:" + partition + ":iam::" + account + ":root"
		if ids.isAccount(v) != (v == account || v == root) {
			t.Fatalf("isAccount(%q) disagrees", v)
		}
		_ = Governs(v, session)
		_ = arn.Account(v)
		if a := arn.Account(v); a != "" && !strings.Contains(v, ":"+a+":") && !strings.HasSuffix(v, ":"+a+":") {
			t.Fatalf("arn.Account(%q) = %q is not a segment", v, a)
		}
	})
}
