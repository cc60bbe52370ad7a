package sts

import (
	"io"
	"time"

	"github.com/stsplay/stsplay/engine/principal"
)

// Env is everything Simulate needs besides the request.
type Env struct {
	// Caller is whoever signed the request.
	Caller principal.Caller
	// ManagedPolicies maps managed policy ARNs to their JSON text.
	ManagedPolicies map[string]string
	// Authorize decides the caller's permissions; see Authorizer.
	Authorize Authorizer
	// Key authenticates session tokens.
	Key []byte
	// Now is the request time.
	Now time.Time
	// Random supplies the request id and the access key id, in that order;
	// nil means crypto/rand. See NewRandom.
	Random io.Reader
}

// Outcome is the result of Simulate: what STS answers, and what the
// playground shows about how it got there.
type Outcome struct {
	// Status is the HTTP status.
	Status int `json:"status"`
	// Body is the XML document.
	Body string `json:"body"`
	// RequestID is the response's RequestId (also x-amzn-RequestId).
	RequestID string `json:"requestId"`
	// Validated is the request after validation; nil when it failed.
	Validated *Validated `json:"validated,omitempty"`
	// Session is the issued session; nil on error.
	Session *Session `json:"session,omitempty"`
	// Err is the error answered; nil on success.
	Err *Error `json:"error,omitempty"`
}

// Simulate handles one GetFederationToken request end to end: Validate,
// Authorize, Issue, and the XML of the result. The request id is drawn
// first, so an error and a success with the same seed share it.
func Simulate(req Request, env Env) Outcome {
	random := env.Random
	if random == nil {
		random = NewRandom("")
	}
	out := Outcome{RequestID: NewRequestID(random)}
	v, err := Validate(req, env.Caller, env.ManagedPolicies)
	if err == nil {
		out.Validated = v
		err = Authorize(v, env.Caller, env.Authorize)
	}
	if err == nil {
		out.Session, err = Issue(v, env.Caller, IssueOptions{Key: env.Key, Now: env.Now, Random: random})
	}
	if err != nil {
		out.Err = err
		out.Status = err.Status
		out.Body = RenderError(err, out.RequestID)
		return out
	}
	out.Status = statusOK
	out.Body = RenderGetFederationToken(out.Session, out.RequestID)
	return out
}
