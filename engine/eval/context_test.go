package eval

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/principal"
)

// value returns the single value of a key, or "<absent>".
func value(c *reqctx.Context, key string) string {
	v, ok := c.Get(key)
	if !ok {
		return "<absent>"
	}
	if len(v) != 1 {
		return "<multi>"
	}
	return v[0]
}

func TestSessionContext(t *testing.T) {
	c := SessionContext(principal.Session{
		Account: acct, Name: "Carol", Issued: fixedTime,
		Caller: principal.Caller{Type: principal.IAMUser, Account: acct, UserName: "token-app",
			Tags: []principal.Tag{{Key: "team", Value: "blue"}, {Key: "dept", Value: "eng"}}},
		Tags: []principal.Tag{{Key: "Team", Value: "red"}, {Key: "project", Value: "alpha"}},
	}, fixedTime.Add(90e9), "")
	cases := []struct{ key, want string }{
		{"aws:PrincipalArn", "arn:aws:sts::123456789012:federated-user/Carol"},
		{"aws:PrincipalAccount", acct},
		{"aws:PrincipalType", "FederatedUser"},
		{"aws:userid", "123456789012:Carol"},
		{"aws:username", "<absent>"},
		{"aws:MultiFactorAuthPresent", "false"},
		{"aws:MultiFactorAuthAge", "<absent>"},
		{"aws:PrincipalIsAWSService", "false"},
		{"aws:TokenIssueTime", "2026-11-22T01:00:00Z"},
		{"aws:CurrentTime", "2026-11-22T01:01:30Z"},
		{"aws:EpochTime", "1795309290"},
		{"aws:PrincipalTag/team", "red"},
		{"aws:PrincipalTag/TEAM", "red"},
		{"aws:PrincipalTag/dept", "eng"},
		{"aws:PrincipalTag/project", "alpha"},
	}
	for _, tc := range cases {
		t.Run(tc.key, func(t *testing.T) {
			assert.Equal(t, tc.want, value(c, tc.key))
		})
	}
	assert.Contains(t, c.Keys(), "aws:PrincipalTag/Team", "the session tag's spelling wins")
}

func TestSessionContextPartitionAndTimes(t *testing.T) {
	c := SessionContext(principal.Session{Account: acct, Partition: "aws-cn", Name: "Jean"}, time.Time{}, "")
	assert.Equal(t, "arn:aws-cn:sts::123456789012:federated-user/Jean", value(c, "aws:PrincipalArn"))
	assert.Equal(t, "<absent>", value(c, "aws:TokenIssueTime"))
	assert.Equal(t, "<absent>", value(c, "aws:CurrentTime"))
}

func TestCallerContext(t *testing.T) {
	cases := []struct {
		name   string
		caller principal.Caller
		want   map[string]string
	}{
		{"IAM user", principal.Caller{Account: acct, Type: principal.IAMUser, UserName: "token-app", UserID: "AIDAJQABLZS4A3QDU576Q", Tags: []principal.Tag{{Key: "team", Value: "blue"}}}, map[string]string{
			"aws:PrincipalArn": tokenAppARN, "aws:PrincipalType": "User", "aws:username": "token-app",
			"aws:userid": "AIDAJQABLZS4A3QDU576Q", "aws:PrincipalTag/team": "blue", "aws:PrincipalAccount": acct,
			"aws:TokenIssueTime": "<absent>", "aws:MultiFactorAuthPresent": "<absent>",
		}},
		{"IAM user with a path", principal.Caller{Account: acct, Type: principal.IAMUser, UserName: "token-app", Path: "/apps/"}, map[string]string{
			"aws:PrincipalArn": "arn:aws:iam::123456789012:user/apps/token-app", "aws:userid": "<absent>",
		}},
		{"root", principal.Caller{Account: acct, Type: principal.Root}, map[string]string{
			"aws:PrincipalArn": "arn:aws:iam::123456789012:root", "aws:PrincipalType": "Account",
			"aws:userid": acct, "aws:username": "<absent>",
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := CallerContext(tc.caller, time.Time{}, "")
			for k, want := range tc.want {
				assert.Equal(t, want, value(c, k), k)
			}
		})
	}
}

func TestTagRequestContext(t *testing.T) {
	c := TagRequestContext([]principal.Tag{{Key: "project", Value: "alpha"}, {Key: "cost", Value: "1"}})
	assert.Equal(t, "alpha", value(c, "aws:RequestTag/project"))
	keys, ok := c.Get("aws:TagKeys")
	require.True(t, ok)
	assert.Equal(t, []string{"project", "cost"}, keys)
	assert.True(t, c.IsMulti("aws:TagKeys"))
	empty := TagRequestContext(nil)
	_, ok = empty.Get("aws:TagKeys")
	assert.False(t, ok)
}
