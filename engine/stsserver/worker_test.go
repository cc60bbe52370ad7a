package stsserver

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awssts "github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorkerWithoutSecret builds the handler the Worker builds from its
// environment without STSPLAY_TOKEN_KEY (or with the development key's
// text): GetFederationToken answers 503 naming the secret, and the rest of
// the endpoint still works.
func TestWorkerWithoutSecret(t *testing.T) {
	for name, env := range map[string]map[string]string{
		"secret unset":                 {},
		"secret set to the public key": {EnvTokenKey: DevelopmentTokenKey},
	} {
		t.Run(name, func(t *testing.T) {
			s, err := LoadSettings("", func(k string) string { return env[k] }, nil)
			require.NoError(t, err)
			h, err := New(WorkerOptions(s))
			require.NoError(t, err)
			srv := httptest.NewServer(h)
			defer srv.Close()

			status, _, body := send(t, signedPost(t, srv.URL+"/", "Action=GetFederationToken&Version=2011-06-15&Name=Jean"))
			require.Equal(t, http.StatusServiceUnavailable, status, body)
			var doc stsErrorDoc
			require.NoError(t, xml.Unmarshal([]byte(body), &doc))
			assert.Equal(t, "Receiver", doc.Type)
			assert.Equal(t, "ServiceUnavailable", doc.Code)
			assert.Contains(t, doc.Message, "wrangler secret put STSPLAY_TOKEN_KEY")
			assert.NotContains(t, body, "<SessionToken>")

			status, _, body = send(t, signedPost(t, srv.URL+"/", "Action=GetCallerIdentity&Version=2011-06-15"))
			assert.Equal(t, http.StatusOK, status, body)

			r, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/presets", nil)
			status, _, _ = send(t, r)
			assert.Equal(t, http.StatusOK, status)
		})
	}
	t.Run("secret set", func(t *testing.T) {
		s, err := LoadSettings("", func(k string) string { return map[string]string{EnvTokenKey: testServerKey}[k] }, nil)
		require.NoError(t, err)
		h, err := New(WorkerOptions(s))
		require.NoError(t, err)
		srv := httptest.NewServer(h)
		defer srv.Close()
		status, _, body := send(t, signedPost(t, srv.URL+"/", "Action=GetFederationToken&Version=2011-06-15&Name=Jean"))
		require.Equal(t, http.StatusOK, status, body)
		assert.True(t, strings.Contains(body, "<SessionToken>"))
	})
}

// TestWorkerWithoutSecretRefusesSessionTokens checks that credentials
// issued under the development key are not accepted by a Worker without a
// secret.
func TestWorkerWithoutSecretRefusesSessionTokens(t *testing.T) {
	dev, err := New(Options{TokenKey: []byte(DevelopmentTokenKey)})
	require.NoError(t, err)
	devSrv := httptest.NewServer(dev)
	defer devSrv.Close()
	issuer := &testServer{Server: devSrv}
	out, err := issuer.exampleClient().GetFederationToken(ctx(t), &awssts.GetFederationTokenInput{Name: aws.String("Jean")})
	require.NoError(t, err)

	s, err := LoadSettings("", func(string) string { return "" }, nil)
	require.NoError(t, err)
	h, err := New(WorkerOptions(s))
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	worker := &testServer{Server: srv}
	c := out.Credentials
	_, err = worker.client(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken).GetCallerIdentity(ctx(t), &awssts.GetCallerIdentityInput{})
	assertAPIError(t, err, 403, "InvalidClientTokenId", "The security token included in the request is invalid.")
}
