// Package sigv4 verifies AWS Signature Version 4 on incoming HTTP requests,
// as an AWS service endpoint does: it reads the Authorization header (or the
// X-Amz-* query parameters of a presigned URL), rebuilds the canonical
// request and the string to sign from what actually arrived, derives the
// signing key from the caller's secret, and compares signatures.
//
// The procedure follows the AWS General Reference, "Signature Version 4
// signing process" (tasks 1–4: canonical request, string to sign, signing
// key, signature) and "Authenticating requests: Using query parameters" for
// presigned URLs. The error codes and messages are the ones AWS services
// answer with (see errors.go for the source of each; RULES.md#signature-version-4).
//
// The package knows nothing about STS or about where secrets are kept: the
// caller passes a [SecretFunc] that maps the claimed access key (and session
// token, for temporary credentials) to the secret, or to the service's own
// error, which Verify returns unchanged.
package sigv4
