package sigv4

import "net/http"

// Error is an authentication failure as an AWS service reports it: an HTTP
// status, an error code and a message. Its Code and Message go into the
// service's error document unchanged.
type Error struct {
	Status  int
	Code    string
	Message string
}

// Error returns "Code: Message".
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Error codes of SigV4 authentication (RULES.md#signature-version-4).
// Statuses are those of the "Common Errors" page of the AWS API references
// (IncompleteSignature 400, MissingAuthenticationToken 403);
// SignatureDoesNotMatch is 403 as real STS
// answers it (e.g. "status code: 403" in terraform output quoted in
// QT-DevOps/DevOpsIssues#989).
const (
	CodeMissingAuthenticationToken = "MissingAuthenticationToken"
	CodeIncompleteSignature        = "IncompleteSignature"
	CodeSignatureDoesNotMatch      = "SignatureDoesNotMatch"
)

// Messages AWS uses word for word.
const (
	// MsgMissingAuthenticationToken is STS's text for an unsigned request.
	MsgMissingAuthenticationToken = "Request is missing Authentication Token"
	// MsgSignatureDoesNotMatch is the text for a wrong signature (AWS
	// General Reference, "Troubleshooting Signature Version 4 errors").
	MsgSignatureDoesNotMatch = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
)

func newError(status int, code, msg string) *Error {
	return &Error{Status: status, Code: code, Message: msg}
}

func errMissingAuth() *Error {
	return newError(http.StatusForbidden, CodeMissingAuthenticationToken, MsgMissingAuthenticationToken)
}

func errIncomplete(msg string) *Error {
	return newError(http.StatusBadRequest, CodeIncompleteSignature, msg)
}

func errMismatch(msg string) *Error {
	return newError(http.StatusForbidden, CodeSignatureDoesNotMatch, msg)
}
