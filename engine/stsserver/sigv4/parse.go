package sigv4

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
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

// maxPresignExpires is the longest X-Amz-Expires AWS accepts: seven days.
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
	expires       int64 // seconds; presigned only
}

// parseRequest finds the signature in the Authorization header or, failing
// that, in the query string. A request with neither is unauthenticated.
func parseRequest(r *http.Request, query url.Values) (*signature, *Error) {
	// In Cloudflare Workers the header arrives split at commas (one value
	// per comma-separated piece), so the values are joined back together.
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
func parseHeader(r *http.Request, auth string) (*signature, *Error) {
	alg, rest, _ := strings.Cut(strings.TrimSpace(auth), " ")
	if alg != Algorithm {
		return nil, errIncomplete("Unsupported AWS 'algorithm': '" + alg + "'. This endpoint accepts only " + Algorithm + " (Signature Version 4).")
	}
	fields := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok {
			fields[k] = strings.TrimSpace(v)
		}
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
		return nil, errIncomplete(strings.Join(missing, " ") + " Authorization=" + auth)
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
		return nil, errIncomplete("Date must be in ISO-8601 'basic format'. Got '" + rawDate + "'. See http://en.wikipedia.org/wiki/ISO_8601")
	}
	return sig, nil
}

// parsePresigned reads the X-Amz-* query parameters of a presigned URL.
func parsePresigned(q url.Values) (*signature, *Error) {
	var missing []string
	for _, name := range []string{qAlgorithm, qCredential, qSignature, qSignedHeaders, qDate, qExpires} {
		if q.Get(name) == "" {
			missing = append(missing, "AWS query-string parameters must include '"+name+"'.")
		}
	}
	if len(missing) > 0 {
		return nil, errIncomplete(strings.Join(missing, " ") + " Re-examine the query-string parameters.")
	}
	if alg := q.Get(qAlgorithm); alg != Algorithm {
		return nil, errIncomplete("X-Amz-Algorithm only supports \"" + Algorithm + "\"; got '" + alg + "'.")
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
		return nil, errIncomplete("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"; got '" + sig.rawDate + "'.")
	}
	sig.expires, err = strconv.ParseInt(q.Get(qExpires), 10, 64)
	if err != nil || sig.expires < 0 {
		return nil, errIncomplete("X-Amz-Expires must be a non-negative integer number of seconds; got '" + q.Get(qExpires) + "'.")
	}
	if sig.expires > maxPresignExpires {
		return nil, errIncomplete("X-Amz-Expires must be less than a week (in seconds) that is 604800; got " + q.Get(qExpires) + ".")
	}
	return sig, nil
}

// setCredential splits "AKID/YYYYMMDD/region/service/aws4_request".
func (s *signature) setCredential(cred string) *Error {
	parts := strings.Split(cred, "/")
	if len(parts) != 5 || parts[0] == "" || parts[4] != "aws4_request" {
		return errIncomplete("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term; got '" + cred + "'.")
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
