package sts

import (
	"encoding/base64"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

func issueJean(t *testing.T, mutate func(*Request)) *Session {
	t.Helper()
	req := jeanRequest()
	req.Tags = []Tag{NewTag("Project", "Pegasus")}
	req.PolicyArns = []string{"arn:aws:iam::123456789012:policy/S3Read"}
	if mutate != nil {
		mutate(&req)
	}
	env := seededEnv(tokenApp())
	env.ManagedPolicies = map[string]string{
		"arn:aws:iam::123456789012:policy/S3Read": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`,
	}
	out := Simulate(req, env)
	require.Nil(t, out.Err)
	return out.Session
}

func TestTokenRoundTrip(t *testing.T) {
	s := issueJean(t, nil)
	c, err := ParseToken(testKey, s.Credentials.SessionToken, fixedNow.Add(time.Minute))
	require.NoError(t, err)
	assert.Equal(t, TokenVersion, c.Version)
	assert.Equal(t, "aws", c.Partition)
	assert.Equal(t, testAccount, c.Account)
	assert.Equal(t, "Jean", c.Name)
	assert.Equal(t, principal.IAMUser, c.CallerType)
	assert.Equal(t, "token-app", c.CallerName)
	assert.Equal(t, []TokenPolicy{
		{Text: jeanPolicy},
		{ARN: "arn:aws:iam::123456789012:policy/S3Read", Text: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`},
	}, c.Policies)
	assert.Equal(t, []principal.Tag{{Key: "Project", Value: "Pegasus"}}, c.Tags)
	assert.True(t, c.Issued.Equal(fixedNow))
	assert.True(t, c.Expires.Equal(s.Credentials.Expiration))
	assert.Equal(t, s.Credentials.AccessKeyID, c.AccessKeyID)
	assert.Equal(t, s.Credentials.SecretAccessKey, c.SecretAccessKey, "the secret is recomputed from the token")
	assert.Regexp(t, regexp.MustCompile(`^[A-Za-z0-9+/]+={0,2}$`), s.Credentials.SessionToken)
	assert.Equal(t, s.FederatedUserARN, c.FederatedUserARN())
	assert.Equal(t, s.FederatedUserID, c.FederatedUserID())
	assert.Equal(t, tokenApp().ARN(), c.Caller().ARN())
}

func TestTokenRejects(t *testing.T) {
	s := issueJean(t, nil)
	token := s.Credentials.SessionToken
	raw, err := base64.StdEncoding.DecodeString(token)
	require.NoError(t, err)
	flip := func(i int) string {
		b := append([]byte(nil), raw...)
		b[i] ^= 1
		return base64.StdEncoding.EncodeToString(b)
	}
	within := fixedNow.Add(time.Minute)
	tests := []struct {
		name  string
		key   []byte
		token string
		now   time.Time
		want  error
	}{
		{"another key", []byte("other key"), token, within, ErrTokenInvalid},
		{"a flipped payload bit", testKey, flip(10), within, ErrTokenInvalid},
		{"a flipped MAC bit", testKey, flip(len(raw) - 1), within, ErrTokenInvalid},
		{"truncated", testKey, token[:len(token)-8], within, ErrTokenInvalid},
		{"not base64", testKey, "not a token!", within, ErrTokenInvalid},
		{"empty", testKey, "", within, ErrTokenInvalid},
		{"an AWS example token", testKey, "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==", within, ErrTokenInvalid},
		{"at the expiration instant", testKey, token, s.Credentials.Expiration, ErrTokenExpired},
		{"after expiration", testKey, token, s.Credentials.Expiration.Add(time.Hour), ErrTokenExpired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseToken(tc.key, tc.token, tc.now)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, tc.want)
		})
	}
	t.Run("one millisecond before expiration", func(t *testing.T) {
		_, err := ParseToken(testKey, token, s.Credentials.Expiration.Add(-time.Millisecond))
		assert.NoError(t, err)
	})
}

// TestTokenRejectsImpossibleSessions checks that a token with a valid MAC
// (as anyone holding the key, such as the public development key, can
// make) is refused when it describes a session STS cannot issue.
func TestTokenRejectsImpossibleSessions(t *testing.T) {
	tests := []struct {
		name            string
		issued, expires time.Time
		want            error
	}{
		{"a 100-year lifetime", fixedNow, fixedNow.AddDate(100, 0, 0), ErrTokenInvalid},
		{"one second over 129,600 s", fixedNow, fixedNow.Add((MaxDurationSeconds + 1) * time.Second), ErrTokenInvalid},
		{"issued one second in the future", fixedNow.Add(time.Second), fixedNow.Add(time.Hour), ErrTokenInvalid},
		{"issued at the zero time", time.Time{}, fixedNow.Add(time.Hour), ErrTokenInvalid},
		{"exactly 129,600 s", fixedNow, fixedNow.Add(MaxDurationSeconds * time.Second), nil},
		{"issued now", fixedNow, fixedNow.Add(MinDurationSeconds * time.Second), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims := &TokenClaims{Version: TokenVersion, Account: testAccount, Name: "Mallory", Issued: tc.issued, Expires: tc.expires, AccessKeyID: "ASIAFORGED"}
			token, _, err := IssueToken(testKey, claims, 0)
			require.NoError(t, err)
			c, err := ParseToken(testKey, token, fixedNow)
			if tc.want == nil {
				require.NoError(t, err)
				assert.Equal(t, "Mallory", c.Name)
				return
			}
			assert.Nil(t, c)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

func TestTokenError(t *testing.T) {
	e := TokenError(ErrTokenExpired)
	assert.Equal(t, &Error{Status: 403, Type: "Sender", Code: "ExpiredToken", Message: "The security token included in the request is expired"}, e)
	e = TokenError(ErrTokenInvalid)
	assert.Equal(t, &Error{Status: 403, Type: "Sender", Code: "InvalidClientTokenId", Message: "The security token included in the request is invalid."}, e)
}

func TestTokenMinimumSize(t *testing.T) {
	plain := issueJean(t, nil)
	for _, min := range []int32{0, 100, 1000, 1001, 1002, 1003, 4096} {
		t.Run(itoa(int(min)), func(t *testing.T) {
			s := issueJean(t, func(r *Request) { r.MinimumSessionTokenSize = Int32(min) })
			tok := s.Credentials.SessionToken
			assert.GreaterOrEqual(t, len(tok), int(min))
			assert.Less(t, len(tok), max(int(min), len(plain.Credentials.SessionToken))+4, "padding is minimal")
			c, err := ParseToken(testKey, tok, fixedNow)
			require.NoError(t, err)
			assert.Equal(t, s.Credentials.SecretAccessKey, c.SecretAccessKey)
		})
	}
}

func TestTokenRejectsNonZeroPadding(t *testing.T) {
	// A token whose padding is not zeros is not one IssueToken writes,
	// even with a valid MAC.
	claims := &TokenClaims{Version: TokenVersion, Account: testAccount, Name: "x", Issued: fixedNow, Expires: fixedNow.Add(time.Hour)}
	token, _, err := IssueToken(testKey, claims, 400)
	require.NoError(t, err)
	raw, _ := base64.StdEncoding.DecodeString(token)
	body := raw[:len(raw)-macSize]
	body[len(body)-1] = 7
	forged := base64.StdEncoding.EncodeToString(append(body, hmacSum(testKey, body)...))
	_, err = ParseToken(testKey, forged, fixedNow)
	assert.ErrorIs(t, err, ErrTokenInvalid)
}

func FuzzParseToken(f *testing.F) {
	claims := &TokenClaims{Version: TokenVersion, Account: testAccount, Name: "Jean", Issued: fixedNow, Expires: fixedNow.Add(time.Hour),
		Policies: []TokenPolicy{{Text: jeanPolicy}}, Tags: []principal.Tag{{Key: "a", Value: "b"}}}
	good, _, _ := IssueToken(testKey, claims, 0)
	f.Add(good)
	f.Add("")
	f.Add("c3Ax")
	f.Add("c3AxAAAA")
	f.Fuzz(func(t *testing.T, token string) {
		c, err := ParseToken(testKey, token, fixedNow)
		if err != nil {
			assert.Nil(t, c)
			return
		}
		// Anything accepted must re-encode to a token that parses alike.
		again, secret, err := IssueToken(testKey, c, 0)
		require.NoError(t, err)
		c2, err := ParseToken(testKey, again, fixedNow)
		require.NoError(t, err)
		assert.Equal(t, secret, c2.SecretAccessKey)
		assert.Equal(t, c.Name, c2.Name)
	})
}
