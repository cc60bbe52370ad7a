package sts

// The HTTP statuses STS answers with (RULES.md#error-document: ValidationError,
// MalformedPolicyDocument and PackedPolicyTooLarge are 400; AccessDenied,
// InvalidClientTokenId and ExpiredToken 403). They are declared here rather
// than taken from net/http, which would add about 1.6 MB (net/http and
// crypto/tls) to the WebAssembly engine that never serves HTTP.
const (
	statusOK                    = 200
	statusBadRequest            = 400
	statusForbidden             = 403
	statusMethodNotAllowed      = 405
	statusRequestEntityTooLarge = 413
	statusInternalServerError   = 500
	statusServiceUnavailable    = 503
)
