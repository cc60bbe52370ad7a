package sts

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSimulateOrderOfChecks(t *testing.T) {
	// The inline policy and the managed policy's ARN together exceed 2,048
	// characters.
	const bigARN = "arn:aws:iam::123456789012:policy/Big"
	bigPolicy := padPolicy(randomPolicy("big", 2000), 2040)
	managed := map[string]string{bigARN: randomPolicy("managed", 1000)}
	denyAll := func(AuthRequest) AuthDecision { return AuthDecision{} }
	tests := []struct {
		name   string
		mutate func(*Request)
		auth   Authorizer
		code   string
	}{
		{"validation before policy", func(r *Request) { r.Name = nil; r.Policy = String("{") }, denyAll, CodeValidationError},
		{"policy before authorization", func(r *Request) { r.Policy = String("{") }, denyAll, CodeMalformedPolicyDocument},
		{"authorization before packing", func(r *Request) { r.Policy = String(bigPolicy); r.PolicyArns = []string{bigARN} }, denyAll, CodeAccessDenied},
		{"packing last", func(r *Request) { r.Policy = String(bigPolicy); r.PolicyArns = []string{bigARN} }, allowAll, CodePackedPolicyTooLarge},
		{"success", func(*Request) {}, allowAll, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := jeanRequest()
			tc.mutate(&req)
			env := seededEnv(tokenApp())
			env.Authorize = tc.auth
			env.ManagedPolicies = managed
			out := Simulate(req, env)
			if tc.code == "" {
				require.Nil(t, out.Err)
				assert.Equal(t, 200, out.Status)
				require.NotNil(t, out.Session)
				return
			}
			require.NotNil(t, out.Err)
			assert.Equal(t, tc.code, out.Err.Code)
			assert.Equal(t, out.Err.Status, out.Status)
			assert.Contains(t, out.Body, "<Code>"+tc.code+"</Code>")
			assert.Contains(t, out.Body, "<RequestId>"+out.RequestID+"</RequestId>")
		})
	}
}

func TestSimulateJean(t *testing.T) {
	out := Simulate(jeanRequest(), seededEnv(tokenApp()))
	require.Nil(t, out.Err)
	s := out.Session
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Jean", s.FederatedUserARN)
	assert.Equal(t, "123456789012:Jean", s.FederatedUserID)
	assert.Equal(t, 6, s.PackedPolicySize, "the PackedPolicySize of AWS's example response")
	assert.Equal(t, "2011-07-15T23:28:33.359Z", FormatExpiration(s.Credentials.Expiration), "the Expiration of AWS's example response")

	again := Simulate(jeanRequest(), seededEnv(tokenApp()))
	assert.Equal(t, out.Body, again.Body, "a seed makes the response deterministic")

	env := seededEnv(tokenApp())
	env.Random = nil
	r1, r2 := Simulate(jeanRequest(), env), Simulate(jeanRequest(), env)
	assert.NotEqual(t, r1.RequestID, r2.RequestID, "without a seed the randomness is crypto/rand")
	assert.NotEqual(t, r1.Session.Credentials.AccessKeyID, r2.Session.Credentials.AccessKeyID)
}

func TestSimulateRootDuration(t *testing.T) {
	req := jeanRequest()
	req.DurationSeconds = Int32(129600)
	out := Simulate(req, seededEnv(rootCaller()))
	require.Nil(t, out.Err)
	assert.Equal(t, fixedNow.Add(3600e9), out.Session.Credentials.Expiration)
	assert.True(t, out.Validated.DurationCapped)
}
