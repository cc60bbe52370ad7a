package sts

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

func TestAuthorize(t *testing.T) {
	const fedJean = "arn:aws:sts::123456789012:federated-user/Jean"
	denyTagSession := func(r AuthRequest) AuthDecision { return AuthDecision{Allowed: r.Action != ActionTagSession} }
	denyAll := func(AuthRequest) AuthDecision { return AuthDecision{} }
	tests := []struct {
		name      string
		caller    principal.Caller
		tags      []Tag
		authorize Authorizer
		want      string // "" for allowed
		calls     []string
	}{
		{"allowed without tags checks only GetFederationToken", tokenApp(), nil, allowAll, "",
			[]string{ActionGetFederationToken}},
		{"allowed with tags checks TagSession too", tokenApp(), []Tag{NewTag("Project", "Pegasus")}, allowAll, "",
			[]string{ActionGetFederationToken, ActionTagSession}},
		{"GetFederationToken denied", tokenApp(), nil, denyAll,
			"User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: " + fedJean,
			[]string{ActionGetFederationToken}},
		{"GetFederationToken denied stops before TagSession", tokenApp(), []Tag{NewTag("a", "b")}, denyAll,
			"User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:GetFederationToken on resource: " + fedJean,
			[]string{ActionGetFederationToken}},
		{"TagSession denied when tags are passed", tokenApp(), []Tag{NewTag("a", "b")}, denyTagSession,
			"User: arn:aws:iam::123456789012:user/token-app is not authorized to perform: sts:TagSession on resource: " + fedJean,
			[]string{ActionGetFederationToken, ActionTagSession}},
		{"TagSession not needed without tags", tokenApp(), nil, denyTagSession, "",
			[]string{ActionGetFederationToken}},
		{"user with a path", principal.Caller{Type: principal.IAMUser, Account: testAccount, UserName: "u", Path: "/brokers/"}, nil, denyAll,
			"User: arn:aws:iam::123456789012:user/brokers/u is not authorized to perform: sts:GetFederationToken on resource: " + fedJean,
			[]string{ActionGetFederationToken}},
		{"root is always allowed and not evaluated", rootCaller(), []Tag{NewTag("a", "b")}, denyAll, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			req.Tags = tc.tags
			v, verr := Validate(req, tc.caller, nil)
			require.Nil(t, verr)
			var calls []string
			err := Authorize(v, tc.caller, func(r AuthRequest) AuthDecision {
				calls = append(calls, r.Action)
				assert.Equal(t, fedJean, r.Resource)
				assert.Equal(t, v.Tags, r.Tags)
				return tc.authorize(r)
			})
			assert.Equal(t, tc.calls, calls)
			if tc.want == "" {
				require.Nil(t, err)
				return
			}
			require.NotNil(t, err)
			assert.Equal(t, CodeAccessDenied, err.Code)
			assert.Equal(t, 403, err.Status)
			assert.Equal(t, tc.want, err.Message)
		})
	}
	t.Run("nil authorizer denies an IAM user", func(t *testing.T) {
		v, _ := Validate(jeanRequest(), tokenApp(), nil)
		err := Authorize(v, tokenApp(), nil)
		require.NotNil(t, err)
		assert.Equal(t, CodeAccessDenied, err.Code)
	})
}

func TestCallerARN(t *testing.T) {
	assert.Equal(t, "arn:aws:iam::123456789012:root", rootCaller().ARN())
	assert.Equal(t, "arn:aws-cn:iam::123456789012:user/a/b/u",
		principal.Caller{Type: principal.IAMUser, Account: testAccount, Partition: "aws-cn", UserName: "u", Path: "/a/b/"}.ARN())
}

func TestAccessDeniedNamesTheSCP(t *testing.T) {
	const user, fed = "arn:aws:iam::123456789012:user/token-app", "arn:aws:sts::123456789012:federated-user/Jean"
	prefix := "User: " + user + " is not authorized to perform: sts:GetFederationToken on resource: " + fed
	tests := []struct {
		name string
		d    AuthDecision
		want string
	}{
		{"policy type unknown", AuthDecision{}, prefix},
		{"no SCP allows", AuthDecision{DeniedBy: "service control policy"}, prefix + " because no service control policy allows the sts:GetFederationToken action"},
		{"an SCP denies", AuthDecision{DeniedBy: "service control policy", Explicit: true}, prefix + " with an explicit deny in a service control policy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := accessDeniedBy(user, ActionGetFederationToken, fed, tc.d)
			assert.Equal(t, CodeAccessDenied, e.Code)
			assert.Equal(t, tc.want, e.Message)
		})
	}
}
