package sts

// The errors of the Query protocol layer, answered before an action runs
// ("Common Errors" of the STS API Reference,
// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html,
// with their statuses).
const (
	CodeInvalidAction         = "InvalidAction"         // 400
	CodeMissingAction         = "MissingAction"         // 400
	CodeMissingParameter      = "MissingParameter"      // 400
	CodeInvalidQueryParameter = "InvalidQueryParameter" // 400
	// CodeRequestEntityTooLarge is RequestEntityTooLargeException, 413:
	// "There are problems with the request at the HTTP level. The request
	// entity is too large." (Common Errors).
	CodeRequestEntityTooLarge = "RequestEntityTooLargeException"
	// CodeMethodNotAllowed answers methods other than GET, POST and
	// OPTIONS [inferred: STS's answer to, say, PUT is not documented].
	CodeMethodNotAllowed = "MethodNotAllowed"
)

// InvalidActionError answers an Action STS does not have: "Could not find
// operation NAME for version 2011-06-15" (the text AWS Query services give
// for an unknown Action [inferred wording]).
func InvalidActionError(action, version string) *Error {
	return newError(statusBadRequest, CodeInvalidAction, "Could not find operation "+action+" for version "+version)
}

// NotSimulatedError answers a real STS action that the playground does not
// implement, with InvalidAction and a message that says plainly why.
func NotSimulatedError(action string) *Error {
	return newError(statusBadRequest, CodeInvalidAction,
		action+" is a real STS action, but this simulator (stsplay) does not implement it; it answers only GetFederationToken and GetCallerIdentity.")
}

// MissingActionError answers a request without Action.
func MissingActionError() *Error {
	return newError(statusBadRequest, CodeMissingAction,
		"The request is missing an action or a required parameter: add Action=GetFederationToken or Action=GetCallerIdentity.")
}

// MissingVersionError answers a request without Version.
func MissingVersionError() *Error {
	return newError(statusBadRequest, CodeMissingParameter, "The request must contain the parameter Version (2011-06-15 for STS).")
}

// InvalidQueryParameterError answers a query string or form body that
// cannot be read; message says what is wrong with it.
func InvalidQueryParameterError(message string) *Error {
	return newError(statusBadRequest, CodeInvalidQueryParameter, message)
}

// RequestEntityTooLargeError answers a body over the endpoint's cap;
// message gives the cap.
func RequestEntityTooLargeError(message string) *Error {
	return newError(statusRequestEntityTooLarge, CodeRequestEntityTooLarge, message)
}

// MethodNotAllowedError answers an HTTP method the Query API does not take.
func MethodNotAllowedError(method string) *Error {
	return newError(statusMethodNotAllowed, CodeMethodNotAllowed,
		"The STS Query API takes GET or POST requests; "+method+" is not supported.")
}

// AuthenticationError carries a SigV4 authentication failure (such as
// SignatureDoesNotMatch or IncompleteSignature, whose codes, statuses and
// messages the verifier chose) into STS's error document as a client
// fault.
func AuthenticationError(status int, code, message string) *Error {
	return newError(status, code, message)
}
