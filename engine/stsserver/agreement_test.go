package stsserver

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	stsapi "github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/sts"
)

// TestAgreesWithScenario sends every preset's GetFederationToken request,
// signed by the preset's caller, to an endpoint configured with the
// preset's world, the scenario's token key, clock and seed, and checks that
// the endpoint answers byte for byte what scenario.Run answers: the
// endpoint and the playground share one pipeline.
func TestAgreesWithScenario(t *testing.T) {
	for _, p := range scenario.Presets() {
		t.Run(p.Name, func(t *testing.T) {
			want := scenario.Run(p.Scenario)
			require.NotNil(t, want.Response, "the preset runs: %s", want.JSON())
			clock, err := time.Parse(time.RFC3339, gjson.GetBytes(p.Scenario, "clock").String())
			require.NoError(t, err, "presets have a clock")
			cfg, err := configFromScenario(p.Scenario, ExampleAccessKeyID, ExampleSecretAccessKey)
			require.NoError(t, err)
			h, err := New(Options{Config: cfg, TokenKey: scenario.TokenKey, Now: func() time.Time { return clock },
				Random: sts.NewRandom(gjson.GetBytes(p.Scenario, "seed").String())})
			require.NoError(t, err)

			body := want.Wire
			r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/", strings.NewReader(body))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			creds := aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}
			require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), creds, r, sigv4.PayloadHash([]byte(body)), "sts", "us-east-1", clock))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			assert.Equal(t, want.Response.Status, rec.Code)
			assert.Equal(t, want.Response.Body, rec.Body.String())
		})
	}
}

// TestConcurrentClients runs SDK clients in parallel (run with -race): the
// handler shares its configuration, parsed policies and random source
// between requests.
func TestConcurrentClients(t *testing.T) {
	ts := newTestServer(t, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := "Manager" + string(rune('A'+i))
			out, err := ts.exampleClient().GetFederationToken(context.Background(), &stsapi.GetFederationTokenInput{Name: aws.String(name), Policy: aws.String(jeanPolicy)})
			if err != nil {
				errs <- err
				return
			}
			c := out.Credentials
			who, err := ts.client(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken).GetCallerIdentity(context.Background(), &stsapi.GetCallerIdentityInput{})
			if err != nil {
				errs <- err
				return
			}
			if got := aws.ToString(who.UserId); got != "123456789012:"+name {
				errs <- assert.AnError
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
