package sigv4

import (
	"crypto/hmac"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// MaxSkew is how far the request time may be from the service's clock:
// "more than 15 minutes after the date stamp on the request … or the date
// stamp on the request is more than 15 minutes in the future" (Common
// Errors, RequestExpired).
const MaxSkew = 15 * time.Minute

// Claim is who a request says signed it.
type Claim struct {
	AccessKeyID  string
	SessionToken string // X-Amz-Security-Token; empty for long-term keys
	Scope        Scope
}

// SecretFunc returns the secret access key behind a claim, or the error to
// answer when the key or token is not recognised (the service's own error,
// such as STS's InvalidClientTokenId; Verify returns it unchanged).
type SecretFunc func(c Claim) (secret string, err error)

// Verifier checks SigV4 signatures for one service.
type Verifier struct {
	// Service is the signing name the credential scope must carry ("sts").
	Service string
	// Region is the region the credential scope must carry: the region of
	// the endpoint, such as "us-east-1" for STS's global endpoint.
	Region string
	// Now returns the service's current time.
	Now func() time.Time
	// Secret finds the secret access key of a claim.
	Secret SecretFunc
}

// Result describes a request whose signature checked out.
type Result struct {
	Claim
	Time      time.Time // the request's signing time
	Presigned bool
}

// Verify authenticates r. query is r's parsed query string and body the
// request body exactly as received. The first failure is returned: an
// *Error that carries AWS's code, status and message, or the error of the
// SecretFunc.
//
// The signature must cover everything the request carries (IAM User
// Guide, "Create a signed AWS API request",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html):
// the method, path, query string and signed headers, and, as the last line
// of the canonical request, the HashedPayload, "the payload in the body of
// the HTTP request" hashed with SHA-256. See checkPayload for the body.
func (v *Verifier) Verify(r *http.Request, query url.Values, body []byte) (Result, error) {
	sig, hashes, err := v.check(r, query, body)
	if err != nil {
		return Result{}, err
	}
	claim := Claim{AccessKeyID: sig.accessKeyID, SessionToken: sig.securityToken, Scope: sig.scope}
	secret, serr := v.Secret(claim)
	if serr != nil {
		return Result{}, serr
	}
	if err := checkTime(sig, v.Now()); err != nil {
		return Result{}, err
	}
	key := signingKey(secret, sig.scope)
	for _, hash := range hashes {
		want := sign(key, stringToSign(sig.rawDate, sig.scope, canonicalRequest(r, query, sig, hash)))
		if hmac.Equal([]byte(want), []byte(strings.ToLower(sig.signature))) {
			return Result{Claim: claim, Time: sig.date, Presigned: sig.presigned}, nil
		}
	}
	return Result{}, errMismatch(MsgSignatureDoesNotMatch)
}

// check parses r's signature and checks everything that needs no secret:
// the signed headers, the credential scope and the payload. It returns the
// payload hashes the signature may have used.
func (v *Verifier) check(r *http.Request, query url.Values, body []byte) (*signature, []string, *Error) {
	sig, err := parseRequest(r, query)
	if err != nil {
		return nil, nil, err
	}
	if !slices.Contains(sig.signedHeaders, "host") {
		return nil, nil, errIncomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
	}
	if sig.scope.Service != v.Service {
		return nil, nil, errMismatch("Credential should be scoped to correct service: '" + v.Service + "'. ")
	}
	// RULES.md#credential-scope. The credential scope names "the region
	// you are targeting" (STS API
	// Reference, Common Parameters, X-Amz-Credential); a service that
	// uses a global endpoint is signed for us-east-1 (IAM User Guide,
	// "Elements of an AWS API request signature"). STS answers any other
	// region with SignatureDoesNotMatch "Credential should be scoped to a
	// valid region, not 'ap-southeast-2'. " (cognitect-labs/aws-api#27,
	// cloud-custodian/cloud-custodian#4900, both from STS).
	if sig.scope.Region != v.Region {
		return nil, nil, errMismatch("Credential should be scoped to a valid region, not '" + echo(sig.scope.Region) + "'. ")
	}
	if day := sig.date.UTC().Format("20060102"); sig.scope.Date != day {
		return nil, nil, errMismatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" +
			echo(sig.scope.Date) + "' != '" + day + "', from '" + sig.rawDate + "'.")
	}
	hashes, err := checkPayload(r, sig, body)
	if err != nil {
		return nil, nil, err
	}
	return sig, hashes, nil
}

// checkPayload returns the payload hashes a valid signature of r may have
// used, or the error for a body the signature cannot cover
// (RULES.md#payload-integrity).
//
//   - A header-signed request is signed over the SHA-256 of its body and
//     nothing else. UNSIGNED-PAYLOAD is an Amazon S3 option ("Unsigned
//     payload option – You include the literal string UNSIGNED-PAYLOAD
//     when constructing a canonical request, and set the same value as the
//     x-amz-content-sha256 header value when sending the request to Amazon
//     S3", Amazon S3 API Reference, "Signature Calculations for the
//     Authorization Header: Transferring Payload in a Single Chunk",
//     https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html);
//     STS, which hashes the body it received, cannot match a signature
//     made over it. An x-amz-content-sha256 header, when present, must be
//     one of the signed headers and equal the body's hash: it is the hash
//     the signer says it used.
//   - A presigned request carries its whole signature in the URL, and the
//     URL's signature covers no body ("Using query parameters to
//     authenticate requests is useful when you want to express a request
//     entirely in a URL", S3 API Reference, "Authenticating Requests: Using
//     Query Parameters"); presigners sign UNSIGNED-PAYLOAD or the hash of
//     the empty body. A presigned request with a non-empty body is
//     refused, so no parameter can ride along unsigned in a form body.
//
// Each refusal is SignatureDoesNotMatch with STS's message, since that is
// what STS's own computation over the body it received ends in [inferred:
// STS does not document these cases one by one].
func checkPayload(r *http.Request, sig *signature, body []byte) ([]string, *Error) {
	hash := PayloadHash(body)
	if sig.presigned {
		if len(body) > 0 {
			return nil, errMismatch(MsgSignatureDoesNotMatch)
		}
		return []string{hash, UnsignedPayload}, nil
	}
	if declared := r.Header.Values("X-Amz-Content-Sha256"); len(declared) > 0 {
		if len(declared) > 1 || !slices.Contains(sig.signedHeaders, "x-amz-content-sha256") ||
			strings.ToLower(strings.TrimSpace(declared[0])) != hash {
			return nil, errMismatch(MsgSignatureDoesNotMatch)
		}
	}
	return []string{hash}, nil
}

// checkTime enforces the clock-skew window: a request is good from 15
// minutes before its signing time until 15 minutes after it. The messages
// are AWS's, e.g. "Signature expired: 20220127T001427Z is now earlier than
// 20220127T014428Z (20220127T015928Z - 15 min.)" (aws/aws-cli#6676, from
// STS GetCallerIdentity) and "Signature not yet current: 20210112T194419Z
// is still later than 20210112T072625Z (20210112T071125Z + 15 min.)"
// (QT-DevOps/DevOpsIssues#989, from STS with status 403).
//
// A presigned request gets the same window whatever its X-Amz-Expires
// says (RULES.md#presigned-requests): STS presigned URLs "expire after 15 minutes, and are not
// configurable" (kubernetes-sigs/aws-iam-authenticator#160, whose
// maintainers found that an X-Amz-Expires of 900 or 60 made no
// difference; UNCONFIRMED: AWS's documentation does not state it).
func checkTime(sig *signature, now time.Time) *Error {
	now = now.UTC()
	at := sig.date.UTC()
	f := func(t time.Time) string { return t.Format(amzDateLayout) }
	if at.After(now.Add(MaxSkew)) {
		return errMismatch("Signature not yet current: " + f(at) + " is still later than " +
			f(now.Add(MaxSkew)) + " (" + f(now) + " + 15 min.)")
	}
	if at.Before(now.Add(-MaxSkew)) {
		return errMismatch("Signature expired: " + f(at) + " is now earlier than " +
			f(now.Add(-MaxSkew)) + " (" + f(now) + " - 15 min.)")
	}
	return nil
}
