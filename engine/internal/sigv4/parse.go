package sigv4

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Algorithm is the only signing algorithm this package verifies.
const Algorithm = "AWS4-HMAC-SHA256"

// amzDateLayout is the ISO 8601 basic format of X-Amz-Date
// ("20150830T123600Z", AWS General Reference, "Handling dates in Signature
// Version 4").
const amzDateLayout = "20060102T150405Z"

// Query parameter names of a presigned URL ("Authenticating Requests: Using
// Query Parameters (AWS Signature Version 4)").
const (
	qAlgorithm     = "X-Amz-Algorithm"
	qCredential    = "X-Amz-Credential"
	qDate          = "X-Amz-Date"
	qExpires       = "X-Amz-Expires"
	qSignedHeaders = "X-Amz-SignedHeaders"
	qSignature     = "X-Amz-Signature"
	qSecurityToken = "X-Amz-Security-Token"
)

// maxPresignExpires is the longest X-Amz-Expires a SigV4 service accepts:
// seven days ("The minimum value you can set is 1, and the maximum is
// 604800 (seven days)", Amazon S3 API Reference, "Authenticating Requests:
// Using Query Parameters (AWS Signature Version 4)",
// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html).
// STS honours at most 15 minutes whatever the value says; see checkTime.
const maxPresignExpires = 7 * 24 * 60 * 60

// Scope is the credential scope of a signature: date, region, service and
// the terminator "aws4_request".
type Scope struct {
	Date    string // YYYYMMDD
	Region  string
	Service string
}

// String returns "date/region/service/aws4_request".
func (s Scope) String() string {
	return s.Date + "/" + s.Region + "/" + s.Service + "/aws4_request"
}

// signature is what a request claims about itself: the fields of the
// Authorization header or of the presigned query.
type signature struct {
	accessKeyID   string
	scope         Scope
	signedHeaders []string
	signature     string
	date          time.Time
	rawDate       string
	securityToken string
	presigned     bool
}

// parseRequest finds the signature in the Authorization header or, failing
// that, in the query string. A request with neither is unauthenticated.
func parseRequest(r *http.Request, query url.Values) (*signature, *Error) {
	// In Cloudflare Workers the header arrives split at commas (one value
	// per comma-separated piece), so the values are joined back together.
	// Two Authorization headers joined this way no longer parse as one
	// (parseHeader accepts exactly one algorithm and each element once),
	// so a request carrying two is refused on both runtimes.
	auth := strings.Join(r.Header.Values("Authorization"), ",")
	if auth != "" {
		return parseHeader(r, auth)
	}
	if query.Get(qAlgorithm) != "" || query.Get(qSignature) != "" || query.Get(qCredential) != "" {
		return parsePresigned(query)
	}
	return nil, errMissingAuth()
}

// parseHeader reads "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…,
// Signature=…". Missing parts are reported the way AWS reports them, one
// sentence per missing part followed by the header itself (the wording of
// AWS's IncompleteSignature responses, as seen from API Gateway and STS).
//
// The header must hold exactly one signature: one algorithm, then
// Credential, SignedHeaders and Signature, each once, and nothing else
// ("Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…,
// Signature=…", IAM User Guide, "Elements of an AWS API request
// signature", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html).
// A second Authorization header, or any element besides those three, is
// refused with IncompleteSignature (RULES.md#payload-integrity); the wording of that refusal is the
// endpoint's own [inferred: STS's answer to two Authorization headers is
// not documented].
func parseHeader(r *http.Request, auth string) (*signature, *Error) {
	if strings.Count(auth, Algorithm) > 1 {
		return nil, errIncomplete("The request carries more than one Authorization header; send exactly one. Authorization=" + echo(auth))
	}
	alg, rest, _ := strings.Cut(strings.TrimSpace(auth), " ")
	if alg != Algorithm {
		return nil, errIncomplete("Unsupported AWS 'algorithm': '" + echo(alg) + "'. This endpoint accepts only " + Algorithm + " (Signature Version 4).")
	}
	fields := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		part = strings.TrimSpace(part)
		k, v, ok := strings.Cut(part, "=")
		_, dup := fields[k]
		switch {
		case !ok || k != "Credential" && k != "SignedHeaders" && k != "Signature" || strings.ContainsAny(v, " \t"):
			return nil, errIncomplete("Authorization header has an element that is not Credential=…, SignedHeaders=… or Signature=…: '" + echo(part) + "'. Authorization=" + echo(auth))
		case dup:
			return nil, errIncomplete("Authorization header has '" + k + "' more than once. Authorization=" + echo(auth))
		}
		fields[k] = v
	}
	var missing []string
	for _, name := range []string{"Credential", "Signature", "SignedHeaders"} {
		if fields[name] == "" {
			missing = append(missing, "Authorization header requires '"+name+"' parameter.")
		}
	}
	rawDate := firstHeader(r, "X-Amz-Date")
	dateHeader := rawDate == ""
	if dateHeader {
		rawDate = firstHeader(r, "Date")
	}
	if rawDate == "" {
		missing = append(missing, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
	}
	if len(missing) > 0 {
		return nil, errIncomplete(strings.Join(missing, " ") + " Authorization=" + echo(auth))
	}
	sig := &signature{
		signature:     fields["Signature"],
		signedHeaders: strings.Split(fields["SignedHeaders"], ";"),
		securityToken: firstHeader(r, "X-Amz-Security-Token"),
		rawDate:       rawDate,
	}
	if err := sig.setCredential(fields["Credential"]); err != nil {
		return nil, err
	}
	var err error
	if dateHeader {
		sig.date, err = http.ParseTime(rawDate)
	} else {
		sig.date, err = time.Parse(amzDateLayout, rawDate)
	}
	if err != nil {
		return nil, errIncomplete("Date must be in ISO-8601 'basic format'. Got '" + echo(rawDate) + "'. See http://en.wikipedia.org/wiki/ISO_8601")
	}
	return sig, nil
}

// parsePresigned reads the X-Amz-* query parameters of a presigned URL.
func parsePresigned(q url.Values) (*signature, *Error) {
	var missing []string
	// X-Amz-Expires is optional: STS bounds a presigned request by its date
	// alone (see checkTime), and aws-sdk-go-v2's PresignGetCallerIdentity
	// sends none. The STS API Reference's Common Parameters list
	// X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Signature and
	// X-Amz-SignedHeaders as the query-string authentication parameters
	// (https://docs.aws.amazon.com/STS/latest/APIReference/CommonParameters.html).
	for _, name := range []string{qAlgorithm, qCredential, qSignature, qSignedHeaders, qDate} {
		if q.Get(name) == "" {
			missing = append(missing, "AWS query-string parameters must include '"+name+"'.")
		}
	}
	if len(missing) > 0 {
		return nil, errIncomplete(strings.Join(missing, " ") + " Re-examine the query-string parameters.")
	}
	if alg := q.Get(qAlgorithm); alg != Algorithm {
		return nil, errIncomplete("X-Amz-Algorithm only supports \"" + Algorithm + "\"; got '" + echo(alg) + "'.")
	}
	sig := &signature{
		signature:     q.Get(qSignature),
		signedHeaders: strings.Split(q.Get(qSignedHeaders), ";"),
		securityToken: q.Get(qSecurityToken),
		rawDate:       q.Get(qDate),
		presigned:     true,
	}
	if err := sig.setCredential(q.Get(qCredential)); err != nil {
		return nil, err
	}
	var err error
	if sig.date, err = time.Parse(amzDateLayout, sig.rawDate); err != nil {
		return nil, errIncomplete("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"; got '" + echo(sig.rawDate) + "'.")
	}
	if raw, ok := q[qExpires]; ok {
		expires, err := strconv.ParseInt(raw[0], 10, 64)
		if err != nil || expires < 0 {
			return nil, errIncomplete("X-Amz-Expires must be a non-negative integer number of seconds; got '" + echo(raw[0]) + "'.")
		}
		if expires > maxPresignExpires {
			return nil, errIncomplete("X-Amz-Expires must be less than a week (in seconds) that is 604800; got " + raw[0] + ".")
		}
	}
	return sig, nil
}

// setCredential splits "AKID/YYYYMMDD/region/service/aws4_request".
func (s *signature) setCredential(cred string) *Error {
	parts := strings.Split(cred, "/")
	if len(parts) != 5 || parts[0] == "" || parts[4] != "aws4_request" {
		return errIncomplete("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term; got '" + echo(cred) + "'.")
	}
	s.accessKeyID = parts[0]
	s.scope = Scope{Date: parts[1], Region: parts[2], Service: parts[3]}
	return nil
}

// firstHeader returns a header's value, joining the pieces a Workers runtime
// may have split at commas.
func firstHeader(r *http.Request, name string) string {
	return strings.TrimSpace(strings.Join(r.Header.Values(name), ","))
}

// maxEcho is the most bytes of a request's own text an error message
// repeats. AWS's messages quote the header or parameter at fault; a quote
// longer than this is cut, and says so, so that a megabyte header costs a
// bounded answer (the bound is the endpoint's own).
const maxEcho = 512

// echo returns s for quoting in a message, cut at maxEcho bytes (on a rune
// boundary) with "…(N bytes)" appended when longer.
func echo(s string) string {
	if len(s) <= maxEcho {
		return s
	}
	cut := maxEcho
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…(" + strconv.Itoa(len(s)) + " bytes)"
}
