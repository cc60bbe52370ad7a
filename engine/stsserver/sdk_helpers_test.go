package stsserver

import (
	"context"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/require"
)

// testServer is the endpoint behind a real HTTP listener on loopback, with
// a clock the test can move.
type testServer struct {
	*httptest.Server
	handler *Handler
	offset  atomic.Int64 // nanoseconds added to the real time
}

// testServerKey is a token key long enough for LoadSettings.
const testServerKey = "native-server-test-token-key-0123456789"

// testTokenKey is the session-token key of the handler tests (New takes
// any non-empty key; the 32-byte rule is LoadSettings').
var testTokenKey = []byte("test token key")

// newTestServer starts the endpoint with cfg (nil: the default
// configuration).
func newTestServer(t *testing.T, cfg *Config) *testServer {
	t.Helper()
	ts := &testServer{}
	h, err := New(Options{
		Config:   cfg,
		TokenKey: testTokenKey,
		Now:      func() time.Time { return time.Now().Add(time.Duration(ts.offset.Load())) },
	})
	require.NoError(t, err)
	ts.handler = h
	ts.Server = httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

// advance moves the endpoint's clock.
func (ts *testServer) advance(d time.Duration) { ts.offset.Add(int64(d)) }

// client returns an STS client of the AWS SDK for Go v2 that talks to the
// server with the given credentials, exactly as the Go SDK's guide
// configures a custom endpoint: BaseEndpoint and static credentials, no
// retries (so that each error is the server's first answer).
func (ts *testServer) client(keyID, secret, token string) *sts.Client {
	return sts.New(sts.Options{
		Region:           "us-east-1",
		BaseEndpoint:     aws.String(ts.URL),
		Credentials:      credentials.NewStaticCredentialsProvider(keyID, secret, token),
		RetryMaxAttempts: 1,
	})
}

// exampleClient signs with the default configuration's token-app key.
func (ts *testServer) exampleClient() *sts.Client {
	return ts.client(ExampleAccessKeyID, ExampleSecretAccessKey, "")
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return c
}
