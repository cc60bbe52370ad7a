package stsserver

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/scenario"
)

// postRun posts a scenario document to /v1/run.
func postRun(t *testing.T, ts *testServer, doc []byte) (int, http.Header, string) {
	t.Helper()
	r, err := http.NewRequest(http.MethodPost, ts.URL+"/v1/run", bytes.NewReader(doc))
	require.NoError(t, err)
	return send(t, r)
}

// blockingRuns makes the handler's runs wait until release is closed; each
// run sends on started when it begins.
func blockingRuns(ts *testServer) (started chan struct{}, release chan struct{}) {
	started, release = make(chan struct{}, 100), make(chan struct{})
	ts.handler.runs.run = func(doc []byte) []byte {
		started <- struct{}{}
		<-release
		return []byte(`{"ok":true}` + "\n")
	}
	return started, release
}

// TestRunConcurrencyCap fills every run slot and checks that one more run
// is refused at once with 503 and Retry-After, and that runs are admitted
// again once the slots are free.
func TestRunConcurrencyCap(t *testing.T) {
	ts := newTestServer(t, nil)
	started, release := blockingRuns(ts)
	var wg sync.WaitGroup
	statuses := make(chan int, MaxConcurrentRuns)
	for range MaxConcurrentRuns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, _, _ := postRun(t, ts, []byte(`{}`))
			statuses <- status
		}()
	}
	for range MaxConcurrentRuns {
		<-started
	}
	status, h, body := postRun(t, ts, []byte(`{}`))
	assert.Equal(t, http.StatusServiceUnavailable, status, body)
	assert.Equal(t, "1", h.Get("Retry-After"))
	assert.Equal(t, codeTooManyRuns, gjson.Get(body, "error.code").String())
	assert.Contains(t, gjson.Get(body, "error.message").String(), fmt.Sprintf("already running %d scenarios", MaxConcurrentRuns))
	assertServing(t, ts) // the STS API is not limited by the runs
	close(release)
	wg.Wait()
	close(statuses)
	for s := range statuses {
		assert.Equal(t, http.StatusOK, s)
	}
	status, _, body = postRun(t, ts, []byte(`{}`))
	assert.Equal(t, http.StatusOK, status, body)
}

// TestRunDeadline checks that a run slower than the deadline is answered
// 503 RunTimedOut, and that it keeps its slot until it really ends.
func TestRunDeadline(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.handler.runs.size = 1
	ts.handler.runs.deadline = 50 * time.Millisecond
	started, release := blockingRuns(ts)
	status, h, body := postRun(t, ts, []byte(`{}`))
	<-started
	assert.Equal(t, http.StatusServiceUnavailable, status, body)
	assert.Equal(t, codeRunTimedOut, gjson.Get(body, "error.code").String())
	assert.Equal(t, "1", h.Get("Retry-After"))
	assert.Contains(t, gjson.Get(body, "error.message").String(), "did not finish within 50ms")
	status, _, body = postRun(t, ts, []byte(`{}`))
	assert.Equal(t, http.StatusServiceUnavailable, status, "the timed-out run still holds the only slot")
	assert.Equal(t, codeTooManyRuns, gjson.Get(body, "error.code").String())
	// The blocked run has read the field already (it sent on started).
	ts.handler.runs.run = func([]byte) []byte { return []byte("{}\n") }
	close(release)
	require.Eventually(t, func() bool {
		status, _, _ := postRun(t, ts, []byte(`{}`))
		return status == http.StatusOK
	}, 5*time.Second, 10*time.Millisecond)
}

// TestRunResponseCap checks the cap on the result /v1/run sends.
func TestRunResponseCap(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.handler.runs.maxResponse = 1000
	for _, n := range []int{1000, 1001} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			ts.handler.runs.run = func([]byte) []byte { return bytes.Repeat([]byte(" "), n) }
			status, _, body := postRun(t, ts, []byte(`{}`))
			if n <= 1000 {
				assert.Equal(t, http.StatusOK, status)
				assert.Len(t, body, n)
				return
			}
			assert.Equal(t, http.StatusInternalServerError, status)
			assert.Equal(t, codeResultTooLarge, gjson.Get(body, "error.code").String())
			assert.Equal(t, "The result is 1001 bytes, more than the 1000 bytes (0 MiB) this endpoint sends.", gjson.Get(body, "error.message").String())
		})
	}
}

// TestRunPanicIsContained checks that a run that panics (in its own
// goroutine) is a 500 and frees its slot.
func TestRunPanicIsContained(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.handler.runs.size = 1
	ts.handler.runs.run = func([]byte) []byte { panic("boom") }
	for range 3 {
		status, _, body := postRun(t, ts, []byte(`{}`))
		assert.Equal(t, http.StatusInternalServerError, status)
		assert.Equal(t, "InternalFailure", gjson.Get(body, "error.code").String())
	}
	assertServing(t, ts)
}

// TestRunEngineLimits sends documents over the engine's limits through
// the endpoint: each is answered at once with the engine's InvalidScenario
// naming the limit.
func TestRunEngineLimits(t *testing.T) {
	ts := newTestServer(t, nil)
	check := `{"action": "s3:GetObject", "resource": "*"}`
	checks := strings.Repeat(check+",\n", 2999) + check
	doc := `{"caller": {"name": "token-app"}, "request": {"Name": "Jean"}, "checks": [` + "\n" + checks + "]}"
	started := time.Now()
	status, _, body := postRun(t, ts, []byte(doc))
	require.Equal(t, http.StatusOK, status, body)
	t.Logf("3,000 checks answered in %s", time.Since(started))
	assert.Equal(t, scenario.CodeInvalidScenario, gjson.Get(body, "error.code").String())
	assert.Equal(t, "checks[200] (line 202, column 1): the scenario has 3,000 checks; the limit is 200 checks per scenario (this is check 201).", gjson.Get(body, "error.message").String())
	assert.Equal(t, scenario.CodeLimitChecks, gjson.Get(body, `diagnostics.#(code%"limit-*").code`).String())
	assert.Less(t, len(body), 64<<10, "the answer is small")
}
