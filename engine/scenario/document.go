// Package scenario reads scenario documents, runs them through the engine
// (validate the GetFederationToken request as STS does, authorize the
// caller, issue the session, render the XML response, evaluate the checks)
// and produces the result document that the CLI, the site and the HTTP
// endpoint all show. The same document always gives the same result, byte
// for byte, wherever it runs.
//
// The document format (version 1) is described in the README ("Scenario
// documents"); keep it stable, since share links, presets and tests depend
// on it.
package scenario

import (
	"time"

	"github.com/stsplay/stsplay/engine/principal"
)

// FormatVersion is the version of the scenario document format this package
// reads.
const FormatVersion = 1

// Document is a decoded scenario document.
type Document struct {
	// Version is the format version; only 1 is known.
	Version int
	// Account is the 12-digit account of the caller.
	Account string
	// Region is the region the request is sent to (default us-east-1).
	Region string
	// Partition is the ARN partition (default "aws").
	Partition string
	// Caller is who calls GetFederationToken.
	Caller Caller
	// ManagedPolicies are the customer managed policies of the account, in
	// document order, that PolicyArns may name.
	ManagedPolicies []ManagedPolicy
	// ResourcePolicies are the resource-based policies of the scenario.
	ResourcePolicies []ResourcePolicy
	// Resources are the resources whose owner and tags the scenario
	// states, with or without a resource-based policy.
	Resources []Resource
	// Organization is the AWS Organizations organization of the accounts,
	// or nil.
	Organization *Organization
	// Request is the GetFederationToken request.
	Request Request
	// Clock is the time of the request; zero means the current time.
	Clock time.Time
	// Seed makes credentials and request ids deterministic when HasSeed.
	Seed    string
	HasSeed bool
	// Checks are the requests made with the session's credentials.
	Checks []Check
	// ExpectError, when set, is the STS error code the author expects the
	// call to fail with (for example "AccessDenied"); "" expects nothing
	// about the call itself.
	ExpectError string
	// Exercise, when the document is an exercise, says what the learner
	// is asked to do and may edit (exercise.go); nil otherwise.
	Exercise *Exercise
	// text is the document's text when it was decoded, for positions.
	text string
}

// PolicyText is a policy as written in the document: either a JSON string
// holding policy text (kept exactly) or a JSON object (its raw text is used).
type PolicyText struct {
	// Text is the policy text.
	Text string
	// Source names the policy in diagnostics, such as "caller.policies[0]".
	Source string
	// Offset is the byte offset in the document of the policy's JSON
	// value. When Verbatim (the policy is written as a JSON object), Text
	// is the document's own bytes from there, so a position in the policy
	// is Offset bytes further in the document.
	Offset   int
	Verbatim bool
}

// Caller is the principal that calls GetFederationToken.
type Caller struct {
	// Type is "IAMUser" or "Root".
	Type string
	// Name is the IAM user's name (ignored for Root).
	Name string
	// Path is the IAM user's path, such as "/division_abc/"; "" means "/".
	Path string
	// UserID is the IAM user's unique id (AIDA…), the value of aws:userid
	// for the caller; "" leaves aws:userid out of the caller's context.
	UserID string
	// Policies are the user's identity-based policies.
	Policies []PolicyText
	// Boundary is the user's permissions boundary, or nil.
	Boundary *PolicyText
	// Tags are the user's tags.
	Tags []principal.Tag
}

// Tag is a tag as the endpoint's configuration writes it, with IAM's "Key"
// and "Value"; scenario documents are decoded into principal.Tag.
type Tag struct {
	Key   string `json:"Key"`
	Value string `json:"Value"`
}

// ManagedPolicy is a customer managed policy of the account.
type ManagedPolicy struct {
	ARN    string
	Policy PolicyText
}

// ResourcePolicy is a resource-based policy attached to a resource.
type ResourcePolicy struct {
	// Name is a label for people.
	Name string
	// AttachedTo is the ARN of the resource.
	AttachedTo string
	// Account owns the resource; it defaults to the ARN's account field,
	// else the scenario's account.
	Account string
	Policy  PolicyText
}

// Resource is a resource whose owner the scenario states: a request for it
// (or, for an S3 bucket, for an object under it) goes to a resource of
// Account, and its Tags are the aws:ResourceTag/… keys
// (RULES.md#resource-owner).
type Resource struct {
	// ARN is the resource's ARN.
	ARN string
	// Account owns the resource; it defaults to the ARN's account field,
	// else the scenario's account.
	Account string
	// Tags are the resource's tags.
	Tags []principal.Tag
	// offset is the byte offset of the entry's object in the document.
	offset int
}

// Request is the GetFederationToken request. Pointer fields are nil when
// the parameter is absent, which STS distinguishes from empty.
type Request struct {
	Name            *string
	DurationSeconds *int64
	Policy          *string
	PolicyArns      []string
	Tags            []principal.Tag
	// HasPolicyArns and HasTags say whether the lists were given at all.
	HasPolicyArns bool
	HasTags       bool
}

// Check is one request made with the session's credentials, with the
// decision the author expects.
type Check struct {
	Action   string
	Resource string
	// Context holds the check's own condition keys, in document order.
	Context []ContextKey
	// Region is the region the request is sent to; "" takes the region of
	// the resource's ARN, else the scenario's (RULES.md#requested-region).
	Region string
	// At is when the request is made; zero means the scenario's clock
	// (RULES.md#request-time).
	At time.Time
	// Expect is "allowed", "explicitDeny", "implicitDeny", "ExpiredToken"
	// (met by ExpiredToken and ExpiredTokenException),
	// "ExpiredTokenException" or "" (no expectation).
	Expect string
	// offset is the byte offset of the check's object in the document;
	// regionOffset and atOffset those of its "region" and "at" values.
	offset, regionOffset, atOffset int
}

// ContextKey is one condition key supplied with a check. A key given as a
// JSON array is multivalued.
type ContextKey struct {
	Key    string
	Values []string
	Multi  bool
}
