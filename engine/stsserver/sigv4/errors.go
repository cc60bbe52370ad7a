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
// Statuses are those of the "Common Errors" page of the AWS API references (IncompleteSignature 400,
// InvalidClientTokenId 403, MissingAuthenticationToken 403, RequestExpired
// 400, ExpiredTokenException 403); SignatureDoesNotMatch is 403 as real STS
// answers it (e.g. "status code: 403" in terraform output quoted in
// QT-DevOps/DevOpsIssues#989).
const (
	CodeMissingAuthenticationToken = "MissingAuthenticationToken"
	CodeIncompleteSignature        = "IncompleteSignature"
	CodeInvalidClientTokenID       = "InvalidClientTokenId"
	CodeSignatureDoesNotMatch      = "SignatureDoesNotMatch"
	CodeRequestExpired             = "RequestExpired"
	CodeExpiredToken               = "ExpiredToken"
)

// Messages AWS uses word for word.
const (
	// MsgMissingAuthenticationToken is STS's text for an unsigned request.
	MsgMissingAuthenticationToken = "Request is missing Authentication Token"
	// MsgInvalidClientTokenID is the text for an unknown access key or a
	// security token that is not valid ("The security token included in the
	// request is invalid", RULES.md#invalid-client-token, aws/aws-cli#8918).
	MsgInvalidClientTokenID = "The security token included in the request is invalid."
	// MsgSignatureDoesNotMatch is the text for a wrong signature (AWS
	// General Reference, "Troubleshooting Signature Version 4 errors").
	MsgSignatureDoesNotMatch = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
	// MsgExpiredToken is the text for expired temporary credentials
	// ("The security token included in the request is expired", Common
	// Errors, ExpiredTokenException).
	MsgExpiredToken = "The security token included in the request is expired"
	// MsgRequestExpired is the text for a presigned URL used after its
	// X-Amz-Expires window.
	MsgRequestExpired = "Request has expired."
)

func newError(status int, code, msg string) *Error {
	return &Error{Status: status, Code: code, Message: msg}
}

// ErrInvalidClientTokenID is a ready-made error for a SecretFunc to return
// when the access key or the security token is not recognised.
func ErrInvalidClientTokenID() *Error {
	return newError(http.StatusForbidden, CodeInvalidClientTokenID, MsgInvalidClientTokenID)
}

// ErrExpiredToken is a ready-made error for a SecretFunc to return when the
// temporary credentials have expired.
func ErrExpiredToken() *Error {
	return newError(http.StatusForbidden, CodeExpiredToken, MsgExpiredToken)
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
