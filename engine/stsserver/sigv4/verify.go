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

// SecretFunc returns the secret access key behind a claim, or an *Error
// (typically [ErrInvalidClientTokenID] or [ErrExpiredToken]) when the key or
// token is not recognised.
type SecretFunc func(c Claim) (secret string, err *Error)

// Verifier checks SigV4 signatures for one service.
type Verifier struct {
	// Service is the signing name the credential scope must carry ("sts").
	Service string
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
// request body exactly as received. The first failure is returned as an
// *Error that carries AWS's code, status and message.
func (v *Verifier) Verify(r *http.Request, query url.Values, body []byte) (Result, *Error) {
	sig, err := parseRequest(r, query)
	if err != nil {
		return Result{}, err
	}
	if !slices.Contains(sig.signedHeaders, "host") {
		return Result{}, errIncomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
	}
	if sig.scope.Service != v.Service {
		return Result{}, errMismatch("Credential should be scoped to correct service: '" + v.Service + "'. ")
	}
	if day := sig.date.UTC().Format("20060102"); sig.scope.Date != day {
		return Result{}, errMismatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" +
			sig.scope.Date + "' != '" + day + "', from '" + sig.rawDate + "'.")
	}
	claim := Claim{AccessKeyID: sig.accessKeyID, SessionToken: sig.securityToken, Scope: sig.scope}
	secret, err := v.Secret(claim)
	if err != nil {
		return Result{}, err
	}
	if err := checkTime(sig, v.Now()); err != nil {
		return Result{}, err
	}
	key := signingKey(secret, sig.scope)
	for _, hash := range payloadHashes(r, query, sig, body) {
		want := sign(key, stringToSign(sig.rawDate, sig.scope, canonicalRequest(r, query, sig, hash)))
		if hmac.Equal([]byte(want), []byte(strings.ToLower(sig.signature))) {
			return Result{Claim: claim, Time: sig.date, Presigned: sig.presigned}, nil
		}
	}
	return Result{}, errMismatch(MsgSignatureDoesNotMatch)
}

// payloadHashes lists the payload hashes a valid signature may have used:
// the SHA-256 of the body as received, or UNSIGNED-PAYLOAD when the request
// declares it (presigned URLs may always use it).
func payloadHashes(r *http.Request, query url.Values, sig *signature, body []byte) []string {
	hashes := []string{PayloadHash(body)}
	declared := r.Header.Get("X-Amz-Content-Sha256")
	if declared == "" {
		declared = query.Get("X-Amz-Content-Sha256")
	}
	if declared == UnsignedPayload || sig.presigned {
		hashes = append(hashes, UnsignedPayload)
	}
	return hashes
}

// checkTime enforces the clock-skew window of header signatures and the
// expiry of presigned URLs. The messages are AWS's, e.g. "Signature
// expired: 20220127T001427Z is now earlier than 20220127T014428Z
// (20220127T015928Z - 15 min.)" (aws/aws-cli#6676, from STS
// GetCallerIdentity) and "Signature not yet current: 20210112T194419Z is
// still later than 20210112T072625Z (20210112T071125Z + 15 min.)"
// (QT-DevOps/DevOpsIssues#989, from STS with status 403).
func checkTime(sig *signature, now time.Time) *Error {
	now = now.UTC()
	at := sig.date.UTC()
	f := func(t time.Time) string { return t.Format(amzDateLayout) }
	if at.After(now.Add(MaxSkew)) {
		return errMismatch("Signature not yet current: " + f(at) + " is still later than " +
			f(now.Add(MaxSkew)) + " (" + f(now) + " + 15 min.)")
	}
	if sig.presigned {
		// A presigned URL is good for X-Amz-Expires seconds from its date;
		// after that AWS answers RequestExpired (Common Errors: "more than 15
		// minutes after the request expiration date (such as for pre-signed
		// URLs)"). The 15-minute grace is not applied here [inferred: the
		// exact grace STS applies to presigned URLs is not documented].
		if now.After(at.Add(time.Duration(sig.expires) * time.Second)) {
			return newError(http.StatusBadRequest, CodeRequestExpired, MsgRequestExpired)
		}
		return nil
	}
	if at.Before(now.Add(-MaxSkew)) {
		return errMismatch("Signature expired: " + f(at) + " is now earlier than " +
			f(now.Add(-MaxSkew)) + " (" + f(now) + " - 15 min.)")
	}
	return nil
}
