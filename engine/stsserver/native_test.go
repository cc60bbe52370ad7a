//go:build !js

package stsserver

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestMainServes starts the native server on a free loopback port, calls
// it with the Go SDK, and shuts it down.
func TestMainServes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	var stderr syncBuffer
	env := map[string]string{}
	code := make(chan int, 1)
	go func() {
		code <- Main(ctx, []string{"-port", "0"}, outW, &stderr, func(k string) string { return env[k] })
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	require.NoError(t, err, stderr.String())
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "stsplay STS endpoint listening on ")
	require.True(t, ok, line)
	assert.Regexp(t, `^http://127\.0\.0\.1:\d+$`, url, "listens on loopback by default")
	go io.Copy(io.Discard, outR)

	client := sts.New(sts.Options{Region: "us-east-1", BaseEndpoint: aws.String(url),
		Credentials: credentials.NewStaticCredentialsProvider(ExampleAccessKeyID, ExampleSecretAccessKey, ""), RetryMaxAttempts: 1})
	who, err := client.GetCallerIdentity(context.Background(), &sts.GetCallerIdentityInput{})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:iam::123456789012:user/token-app", aws.ToString(who.Arn))

	cancel()
	select {
	case c := <-code:
		assert.Equal(t, 0, c)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop")
	}
	assert.Contains(t, stderr.String(), "WARNING: STSPLAY_TOKEN_KEY is not set")
}

// TestMainInsecureDevKey checks that -insecure-dev-key lets the server
// listen beyond loopback with the development key, and that the warning is
// printed once.
func TestMainInsecureDevKey(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	var stderr syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- Main(ctx, []string{"-addr", "0.0.0.0", "-port", "0", "-insecure-dev-key"}, outW, &stderr, func(string) string { return "" })
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	require.NoError(t, err, stderr.String())
	assert.Contains(t, line, "stsplay STS endpoint listening on http://")
	go io.Copy(io.Discard, outR)
	cancel()
	assert.Equal(t, 0, <-code)
	assert.Equal(t, 1, strings.Count(stderr.String(), "WARNING: STSPLAY_TOKEN_KEY is not set"), stderr.String())
}

// TestIsLoopback lists the addresses the development key may serve on.
func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1": true, "127.0.0.2": true, "::1": true, "localhost": true,
		"": false, "0.0.0.0": false, "::": false, "192.168.1.10": false, "example.com": false} {
		assert.Equal(t, want, isLoopback(addr), addr)
	}
}

// TestMainRefuses checks the exit codes and messages of bad starts.
func TestMainRefuses(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"account": "123456789012", "users": []}`), 0o600))
	tests := []struct {
		name string
		args []string
		env  map[string]string
		code int
		msg  string
	}{
		{name: "unknown flag", args: []string{"-bogus"}, code: 2, msg: "flag provided but not defined: -bogus"},
		{name: "stray argument", args: []string{"serve"}, code: 2, msg: `unexpected argument "serve"`},
		{name: "a port in -addr", args: []string{"-addr", "127.0.0.1:9911"}, env: map[string]string{EnvTokenKey: testServerKey}, code: 2,
			msg: `-addr "127.0.0.1:9911" includes a port; give the host alone and the port with -port (-addr 127.0.0.1 -port 9911)`},
		{name: "a port in an IPv6 -addr", args: []string{"-addr", "[::1]:80"}, code: 2, msg: "-addr ::1 -port 80"},
		{name: "-port out of range", args: []string{"-port", "70000"}, env: map[string]string{EnvTokenKey: testServerKey}, code: 2, msg: "-port 70000 is not a port number"},
		{name: "PORT not a number", env: map[string]string{"PORT": "http"}, code: 2, msg: `PORT="http" is not a port number`},
		{name: "missing config file", args: []string{"-config", filepath.Join(dir, "none.json")}, code: 1, msg: "no such file"},
		{name: "config without users", args: []string{"-config", bad}, code: 1, msg: "config: users: at least one user with an access key is needed"},
		{name: "config from the environment", env: map[string]string{EnvConfig: `{"users": [{}]}`}, code: 1, msg: "config: users[0].name (line 1, column 12): an IAM user caller needs a name"},
		{name: "port in use or invalid address", args: []string{"-addr", "256.0.0.1", "-port", "0"}, env: map[string]string{EnvTokenKey: testServerKey}, code: 1, msg: "stsplay-server:"},
		{name: "a one-byte token key", env: map[string]string{EnvTokenKey: "x"}, code: 1,
			msg: "STSPLAY_TOKEN_KEY is too short (1 bytes); a session-token key must be at least 32 bytes of secret: make one with `openssl rand -base64 32`"},
		{name: "a 31-byte token key", env: map[string]string{EnvTokenKey: strings.Repeat("k", 31)}, code: 1, msg: "at least 32 bytes"},
		{name: "the development key on all interfaces", args: []string{"-addr", "0.0.0.0", "-port", "0"}, code: 1,
			msg: "refusing to listen on 0.0.0.0 with the public development token key"},
		{name: "the development key, set by its text, on all interfaces", args: []string{"-addr", "0.0.0.0", "-port", "0"},
			env: map[string]string{EnvTokenKey: DevelopmentTokenKey}, code: 1, msg: "refusing to listen on 0.0.0.0"},
		{name: "the development key on the empty address", args: []string{"-addr", "", "-port", "0"}, code: 1, msg: "refusing to listen on  with"},
		{name: "the development key on a LAN address", args: []string{"-addr", "192.168.1.10", "-port", "0"}, code: 1, msg: "-insecure-dev-key to accept the risk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr syncBuffer
			got := Main(context.Background(), tt.args, &stdout, &stderr, func(k string) string { return tt.env[k] })
			assert.Equal(t, tt.code, got)
			assert.Contains(t, stderr.String(), tt.msg)
			assert.Empty(t, stdout.String())
		})
	}
}
