package scenario

import (
	"bytes"
	"encoding/json"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/render"
	"github.com/stsplay/stsplay/engine/policy"
)

// Version is the engine's version. It is stamped into every result and into
// share links, so that a reader can tell which engine produced an answer.
const Version = "0.1.0"

// Result is what running a scenario produces. Its JSON form is documented
// in the README ("Scenario results"); the site, the CLI and the HTTP
// endpoint all show it, so keep it stable.
type Result struct {
	// Engine is the engine version.
	Engine string `json:"engine"`
	// Wire is the request as it goes on the wire: the URL-encoded Query
	// form of the GetFederationToken call (without authentication).
	Wire string `json:"wire"`
	// Response is the HTTP status and XML body STS would answer with; nil
	// when the scenario itself could not be read.
	Response *Response `json:"response"`
	// Error is the STS error (or the scenario error), nil on success.
	Error *Error `json:"error"`
	// Session describes the session created; nil when the call failed.
	Session *Session `json:"session"`
	// Checks are the evaluated checks; empty when the call failed.
	Checks []CheckResult `json:"checks"`
	// Diagnostics are the findings on every policy and on the document.
	Diagnostics []Diagnostic `json:"diagnostics"`
	// Authorization lists the caller's permission checks for the call
	// (sts:GetFederationToken, and sts:TagSession when tags are passed),
	// with their explanations; empty when the call failed before them or
	// the caller is the root user.
	Authorization []AuthorizationResult `json:"authorization,omitempty"`
	// Expectation is the outcome of the document's expectError, when it has
	// one.
	Expectation *CallExpectation `json:"expectation,omitempty"`
}

// AuthorizationResult is one permission check of the caller.
type AuthorizationResult struct {
	Action      string              `json:"action"`
	Resource    string              `json:"resource"`
	Decision    eval.Decision       `json:"decision"`
	Explanation *render.Explanation `json:"explanation"`
}

// CallExpectation compares the call's outcome with the error the document
// expects.
type CallExpectation struct {
	// Error is the expected STS error code.
	Error string `json:"error"`
	// Pass is true when the call failed with exactly that code.
	Pass bool `json:"pass"`
}

// Response is an HTTP response of STS.
type Response struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}

// Error is an error answered by STS (Code is STS's error code) or a problem
// with the scenario itself (Code "InvalidScenario", with Source naming the
// field or policy).
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Source names the policy or field at fault, when there is one.
	Source string `json:"source,omitempty"`
}

// CodeInvalidScenario is the Error code for a document that cannot be run:
// not JSON, a field of the wrong type, or a stored policy (identity,
// boundary, managed or resource) that IAM would have refused to save.
const CodeInvalidScenario = "InvalidScenario"

// Session describes the federated-user session that was created.
type Session struct {
	ARN             string `json:"arn"`
	FederatedUserID string `json:"federatedUserId"`
	AccessKeyID     string `json:"accessKeyId"`
	SecretAccessKey string `json:"secretAccessKey"`
	SessionToken    string `json:"sessionToken"`
	Expiration      string `json:"expiration"`
	DurationSeconds int64  `json:"durationSeconds"`
	// DurationCapped is true when the root caller's one-hour cap shortened
	// the requested duration.
	DurationCapped   bool              `json:"durationCapped"`
	PackedPolicySize int               `json:"packedPolicySize"`
	PrincipalTags    map[string]string `json:"principalTags"`
	// CallerIdentity is the GetCallerIdentity response a client would get
	// with the session's credentials.
	CallerIdentity string `json:"callerIdentity"`
}

// CheckResult is one evaluated check.
type CheckResult struct {
	Action   string         `json:"action"`
	Resource string         `json:"resource"`
	Context  map[string]any `json:"context,omitempty"`
	// Region is aws:RequestedRegion of the request; At is when it was
	// made (RFC 3339), given only when the check says.
	Region string `json:"region,omitempty"`
	At     string `json:"at,omitempty"`
	// Decision is empty when the service answered with Error instead.
	Decision eval.Decision `json:"decision,omitempty"`
	// Error is the service's error for a request it refused before any
	// policy was read: credentials used at or after their expiration
	// (RULES.md#expired-token).
	Error       *eval.ServiceError  `json:"error,omitempty"`
	Expect      string              `json:"expect,omitempty"`
	Pass        bool                `json:"pass"`
	Explanation *render.Explanation `json:"explanation"`
}

// Diagnostic is a finding on one policy of the scenario (or on the document
// itself, with Source "scenario").
type Diagnostic struct {
	// Source names the policy: "caller.policies[0]", "request.Policy", ….
	Source string `json:"source"`
	policy.Diagnostic
}

// JSON returns the result as compact JSON followed by a newline, with <,
// > and & written as themselves so that the XML stays readable. Map keys
// are sorted, so equal results give equal bytes. The browser and the HTTP
// endpoint send this form; IndentedJSON is the same document for people.
func (r *Result) JSON() []byte {
	return r.appendJSON(make([]byte, 0, 4096))
}

// IndentedJSON returns the result as JSON indented by two spaces, followed
// by a newline: what the CLI prints.
func (r *Result) IndentedJSON() []byte {
	compact := r.JSON()
	var b bytes.Buffer
	b.Grow(len(compact) * 3 / 2)
	if err := json.Indent(&b, compact, "", "  "); err != nil {
		panic(err) // the encoder writes valid JSON
	}
	return b.Bytes()
}

// Passed reports whether every check with an expectation met it and the
// scenario could be run.
func (r *Result) Passed() bool {
	if r.Error != nil && r.Error.Code == CodeInvalidScenario {
		return false
	}
	if r.Expectation != nil && !r.Expectation.Pass {
		return false
	}
	for _, c := range r.Checks {
		if !c.Pass {
			return false
		}
	}
	return true
}
