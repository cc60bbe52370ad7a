package principal

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCallerARN(t *testing.T) {
	cases := []struct {
		c    Caller
		want string
	}{
		{Caller{Type: IAMUser, Account: "123456789012", UserName: "token-app"}, "arn:aws:iam::123456789012:user/token-app"},
		{Caller{Type: IAMUser, Account: "123456789012", UserName: "Bob", Path: "/division_abc/"}, "arn:aws:iam::123456789012:user/division_abc/Bob"},
		{Caller{Type: Root, Account: "123456789012", UserName: "ignored"}, "arn:aws:iam::123456789012:root"},
		{Caller{Type: IAMUser, Account: "123456789012", Partition: "aws-cn", UserName: "u"}, "arn:aws-cn:iam::123456789012:user/u"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			assert.Equal(t, c.want, c.c.ARN())
		})
	}
}

func TestSession(t *testing.T) {
	s := Session{Account: "123456789012", Name: "Jean"}
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", s.ARN())
	assert.Equal(t, "123456789012:Jean", s.UserID())
	assert.True(t, Caller{Type: Root}.IsRoot())
	assert.Equal(t, "aws", Caller{}.PartitionOrDefault())
}
