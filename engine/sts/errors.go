package sts

import (
	"github.com/stsplay/stsplay/engine/policy"
)

// The error codes this package produces, as STS writes them in
// ErrorResponse/Error/Code (RULES.md#error-document).
const (
	CodeValidationError         = "ValidationError"
	CodeMalformedPolicyDocument = "MalformedPolicyDocument"
	CodePackedPolicyTooLarge    = "PackedPolicyTooLarge"
	CodeAccessDenied            = "AccessDenied"
	CodeInvalidClientTokenID    = "InvalidClientTokenId"
	CodeExpiredToken            = "ExpiredToken"
	CodeRegionDisabled          = "RegionDisabledException"
	// CodeInternalFailure is the one code of a failure inside the
	// playground itself, at every boundary (endpoint, browser bridge,
	// scenario runner, CLI): InternalFailure, 500, "The request processing
	// has failed because of an unknown error, exception or failure" (STS
	// API Reference, Common Errors,
	// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html).
	CodeInternalFailure = "InternalFailure"
	// CodeServiceUnavailable is ServiceUnavailable, 503: "The request has
	// failed due to a temporary failure of the server" (Common Errors).
	CodeServiceUnavailable = "ServiceUnavailable"
)

// Error is an STS error response: the HTTP status and the Type, Code and
// Message of ErrorResponse/Error. Source and Diagnostics are extras for the
// playground (they are not rendered in the XML): which policy a
// MalformedPolicyDocument came from ("request.Policy",
// "request.PolicyArns[0]") and the parser's findings with line and column.
type Error struct {
	Status      int                 `json:"status"`
	Type        string              `json:"type"`
	Code        string              `json:"code"`
	Message     string              `json:"message"`
	Source      string              `json:"source,omitempty"`
	Diagnostics []policy.Diagnostic `json:"diagnostics,omitempty"`
}

// Error returns "Code: Message", the way the AWS CLI prints it.
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// newError builds a Sender error. Every error GetFederationToken returns is
// a client fault, so Type is always "Sender" (RULES.md#error-document, error body).
func newError(status int, code, message string) *Error {
	return &Error{Status: status, Type: "Sender", Code: code, Message: message}
}

// MalformedPolicyDocumentError returns the 400 MalformedPolicyDocument error
// with message (RULES.md#malformed-policy-document).
func MalformedPolicyDocumentError(message string) *Error {
	return newError(statusBadRequest, CodeMalformedPolicyDocument, message)
}

// PackedPolicyTooLargeError returns the 400 PackedPolicyTooLarge error for
// session policies that pack to percent of the allotted space: "Packed
// policy consumes 157% of allotted space" (RULES.md#packed-policy-size, seen without a final
// period).
func PackedPolicyTooLargeError(percent int) *Error {
	return newError(statusBadRequest, CodePackedPolicyTooLarge,
		"Packed policy consumes "+itoa(percent)+"% of allotted space")
}

// PackedTagsTooLargeError returns the 400 PackedPolicyTooLarge error for
// session tags that pack to percent of their allotted space: "Packed size of
// session tags consumes 498% of allotted space." (RULES.md#packed-policy-size, seen with a
// final period; aws-actions/configure-aws-credentials#1898).
func PackedTagsTooLargeError(percent int) *Error {
	return newError(statusBadRequest, CodePackedPolicyTooLarge,
		"Packed size of session tags consumes "+itoa(percent)+"% of allotted space.")
}

// AccessDeniedError returns the 403 AccessDenied error for a caller that may
// not perform action on resource: "User: arn:aws:iam::ACCT:user/U is not
// authorized to perform: sts:GetFederationToken on resource:
// arn:aws:sts::ACCT:federated-user/NAME" (RULES.md#access-denied,
// ryanto/next-s3-upload#182). The same wording is used for sts:TagSession
// (UNCONFIRMED: no public capture of the TagSession denial for
// GetFederationToken was found).
func AccessDeniedError(callerARN, action, resource string) *Error {
	return newError(statusForbidden, CodeAccessDenied,
		"User: "+callerARN+" is not authorized to perform: "+action+" on resource: "+resource)
}

// SessionCredentialsError returns the 403 AccessDenied error STS gives when
// GetFederationToken is signed with temporary credentials: "Cannot call
// GetFederationToken with session credentials" (RULES.md#session-credentials,
// hashicorp/vault#4108).
func SessionCredentialsError() *Error {
	return newError(statusForbidden, CodeAccessDenied,
		"Cannot call GetFederationToken with session credentials")
}

// InvalidClientTokenIDError returns the 403 InvalidClientTokenId error for a
// session token that is not one this engine issued: "The security token
// included in the request is invalid." (RULES.md#invalid-client-token; the AWS CLI prints it
// with a final period).
func InvalidClientTokenIDError() *Error {
	return newError(statusForbidden, CodeInvalidClientTokenID,
		"The security token included in the request is invalid.")
}

// ExpiredTokenError returns the ExpiredToken error for a session token past
// its expiration: "The security token included in the request is expired"
// (no final period, as the AWS CLI prints it). The status 403 is
// UNCONFIRMED; the STS model's ExpiredTokenException (400) is the error of
// the AssumeRoleWith* operations, not of request authentication.
func ExpiredTokenError() *Error {
	return newError(statusForbidden, CodeExpiredToken,
		"The security token included in the request is expired")
}

// InternalFailureError returns the 500 InternalFailure error for a failure
// of the playground itself. It is a server fault, so Type is "Receiver".
func InternalFailureError(message string) *Error {
	return &Error{Status: statusInternalServerError, Type: "Receiver", Code: CodeInternalFailure, Message: message}
}

// ServiceUnavailableError returns the 503 ServiceUnavailable error of an
// endpoint that cannot serve the request as deployed, with message saying
// what to change. It is a server fault, so Type is "Receiver".
func ServiceUnavailableError(message string) *Error {
	return &Error{Status: statusServiceUnavailable, Type: "Receiver", Code: CodeServiceUnavailable, Message: message}
}

// ValidationError returns a 400 ValidationError with message, for a request
// the Query layer refuses before GetFederationToken's own validation (such
// as one with too many parameters).
func ValidationError(message string) *Error {
	return newError(statusBadRequest, CodeValidationError, message)
}
