package stsserver

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/stsplay/stsplay/engine/scenario"
)

// The limits of POST /v1/run. The engine's own limits (engine/scenario,
// limits.go) bound the work and the result of one run; these bound what
// the endpoint gives all the runs of a room together.
const (
	// MaxConcurrentRuns is the most scenario runs the endpoint computes at
	// once; a run beyond them is answered 503 TooManyRuns with a
	// Retry-After header at once, without being read by the engine.
	MaxConcurrentRuns = 4
	// RunDeadline is how long a request waits for its run; a run that
	// takes longer is answered 503 RunTimedOut. The run itself is not
	// interrupted (the engine's limits keep it short) and keeps its slot
	// until it ends, so slow runs cannot pile up beyond
	// MaxConcurrentRuns.
	RunDeadline = 10 * time.Second
	// MaxRunResponseBytes caps the result JSON /v1/run sends: 16 MiB, twice
	// the engine's scenario.MaxResultBytes. A larger result is answered 500
	// ResultTooLarge instead of being sent.
	MaxRunResponseBytes = 16 << 20
	// RetryAfterSeconds is the Retry-After of a TooManyRuns answer.
	RetryAfterSeconds = 1
	// WriteTimeout is the native server's write timeout (http.Server's
	// WriteTimeout: from the end of the request headers to the end of the
	// response): the run deadline, plus time to send a result at the cap
	// to a slow client.
	WriteTimeout = RunDeadline + 20*time.Second
)

// The JSON API's error codes for the run limits.
const (
	codeTooManyRuns    = "TooManyRuns"
	codeRunTimedOut    = "RunTimedOut"
	codeResultTooLarge = "ResultTooLarge"
)

// runGate admits scenario runs: at most size at once, each waited for at
// most deadline, each result at most maxResponse bytes. Its zero value
// uses the limits above; tests may set the fields before the first run.
type runGate struct {
	once        sync.Once
	slots       chan struct{}
	size        int
	deadline    time.Duration
	maxResponse int
	// run computes a result; nil means scenario.Run and its JSON.
	run func(doc []byte) []byte
}

// init fills in the defaults once.
func (g *runGate) init() *runGate {
	g.once.Do(func() {
		if g.size <= 0 {
			g.size = MaxConcurrentRuns
		}
		if g.deadline <= 0 {
			g.deadline = RunDeadline
		}
		if g.maxResponse <= 0 {
			g.maxResponse = MaxRunResponseBytes
		}
		if g.run == nil {
			g.run = func(doc []byte) []byte { return scenario.Run(doc).JSON() }
		}
		g.slots = make(chan struct{}, g.size)
	})
	return g
}

// serveRun runs the scenario document body within the run limits and
// writes its result.
func (h *Handler) serveRun(w http.ResponseWriter, r *http.Request, body []byte) {
	g := h.runs.init()
	select {
	case g.slots <- struct{}{}:
	default:
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
		writeJSONError(w, http.StatusServiceUnavailable, codeTooManyRuns,
			fmt.Sprintf("This endpoint is already running %d scenarios, the most it runs at once; try again in %d second.", g.size, RetryAfterSeconds))
		return
	}
	// The run goes on in its own goroutine so that the request can stop
	// waiting at the deadline; a panic there would end the process, so it
	// is recovered and reported as a nil result.
	done := make(chan []byte, 1)
	go func() {
		defer func() { <-g.slots }()
		defer func() {
			if recover() != nil {
				done <- nil
			}
		}()
		done <- g.run(body)
	}()
	timer := time.NewTimer(g.deadline)
	defer timer.Stop()
	select {
	case out := <-done:
		switch {
		case out == nil:
			writeJSONError(w, http.StatusInternalServerError, "InternalFailure", "The engine failed on this scenario; please report it with the document.")
		case len(out) > g.maxResponse:
			writeJSONError(w, http.StatusInternalServerError, codeResultTooLarge,
				fmt.Sprintf("The result is %d bytes, more than the %d bytes (%d MiB) this endpoint sends.", len(out), g.maxResponse, g.maxResponse>>20))
		default:
			// A document that cannot be run still gets a result (with
			// error.code "InvalidScenario" naming the field or the
			// limit), so the status is 200 whenever the engine produced
			// one.
			writeJSON(w, http.StatusOK, out)
		}
	case <-timer.C:
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
		writeJSONError(w, http.StatusServiceUnavailable, codeRunTimedOut,
			fmt.Sprintf("The scenario did not finish within %s on this endpoint; run it in the playground or with the stsplay CLI instead.", g.deadline))
	case <-r.Context().Done():
		// The client went away; nobody reads the answer.
	}
}
