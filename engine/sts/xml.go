package sts

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Namespace is the XML namespace of every STS response (RULES.md#response-document).
const Namespace = "https://sts.amazonaws.com/doc/2011-06-15/"

// ContentType is the Content-Type of STS's XML responses (RULES.md#response-document).
const ContentType = "text/xml"

// The documents below are written by hand in the exact form of real STS
// traffic: no <?xml?> declaration, two-space indentation, a trailing
// newline (RULES.md#response-document, "Real traffic"), elements in the order of AWS's
// example response. Every text value goes through escapeText.

// RenderGetFederationToken renders the success response of
// GetFederationToken: Credentials (SessionToken, SecretAccessKey,
// Expiration, AccessKeyId), FederatedUser (Arn, FederatedUserId) and
// PackedPolicySize, then ResponseMetadata/RequestId, as in the STS API
// Reference's example (RULES.md#response-document). The September 2026 fields
// SessionTokenSize and SessionTokenUtilization are not written: their
// position is UNCONFIRMED and SDKs do not require them.
func RenderGetFederationToken(s *Session, requestID string) string {
	var b strings.Builder
	b.Grow(len(s.Credentials.SessionToken) + 800)
	b.WriteString(`<GetFederationTokenResponse xmlns="` + Namespace + `">` + "\n")
	b.WriteString("  <GetFederationTokenResult>\n")
	b.WriteString("    <Credentials>\n")
	element(&b, 6, "SessionToken", s.Credentials.SessionToken)
	element(&b, 6, "SecretAccessKey", s.Credentials.SecretAccessKey)
	element(&b, 6, "Expiration", FormatExpiration(s.Credentials.Expiration))
	element(&b, 6, "AccessKeyId", s.Credentials.AccessKeyID)
	b.WriteString("    </Credentials>\n")
	b.WriteString("    <FederatedUser>\n")
	element(&b, 6, "Arn", s.FederatedUserARN)
	element(&b, 6, "FederatedUserId", s.FederatedUserID)
	b.WriteString("    </FederatedUser>\n")
	element(&b, 4, "PackedPolicySize", strconv.Itoa(s.PackedPolicySize))
	b.WriteString("  </GetFederationTokenResult>\n")
	responseMetadata(&b, requestID)
	b.WriteString("</GetFederationTokenResponse>\n")
	return b.String()
}

// RenderGetCallerIdentity renders GetCallerIdentity's response for a
// federated-user session: its ARN, UserId ACCT:NAME and account
// (RULES.md#caller-identity-document; botocore examples-1.json).
func RenderGetCallerIdentity(c *TokenClaims, requestID string) string {
	return RenderCallerIdentity(c.FederatedUserARN(), c.FederatedUserID(), c.Account, requestID)
}

// RenderCallerIdentity renders GetCallerIdentityResponse for any caller
// (an IAM user, the root user, a federated user), in the order of real
// traffic: Arn, UserId, Account, then ResponseMetadata/RequestId
// (RULES.md#caller-identity-document).
func RenderCallerIdentity(arn, userID, account, requestID string) string {
	var b strings.Builder
	b.WriteString(`<GetCallerIdentityResponse xmlns="` + Namespace + `">` + "\n")
	b.WriteString("  <GetCallerIdentityResult>\n")
	element(&b, 4, "Arn", arn)
	element(&b, 4, "UserId", userID)
	element(&b, 4, "Account", account)
	b.WriteString("  </GetCallerIdentityResult>\n")
	responseMetadata(&b, requestID)
	b.WriteString("</GetCallerIdentityResponse>\n")
	return b.String()
}

// RenderError renders STS's ErrorResponse: Error (Type, Code, Message) and
// a sibling RequestId (RULES.md#error-document, real STS capture).
func RenderError(e *Error, requestID string) string {
	var b strings.Builder
	b.WriteString(`<ErrorResponse xmlns="` + Namespace + `">` + "\n")
	b.WriteString("  <Error>\n")
	element(&b, 4, "Type", e.Type)
	element(&b, 4, "Code", e.Code)
	element(&b, 4, "Message", e.Message)
	b.WriteString("  </Error>\n")
	element(&b, 2, "RequestId", requestID)
	b.WriteString("</ErrorResponse>\n")
	return b.String()
}

// responseMetadata writes ResponseMetadata/RequestId at depth one.
func responseMetadata(b *strings.Builder, requestID string) {
	b.WriteString("  <ResponseMetadata>\n")
	element(b, 4, "RequestId", requestID)
	b.WriteString("  </ResponseMetadata>\n")
}

// spaces holds the indentation of the deepest element.
const spaces = "        "

// element writes <name>text</name> indented by indent spaces.
func element(b *strings.Builder, indent int, name, text string) {
	b.WriteString(spaces[:indent])
	b.WriteByte('<')
	b.WriteString(name)
	b.WriteByte('>')
	escapeText(b, text)
	b.WriteString("</")
	b.WriteString(name)
	b.WriteString(">\n")
}

// escapeText writes s as XML character data: & < > become entity
// references (quotes need none in character data, XML 1.0 §2.4, and AWS's
// messages show them plainly: "Value 'x' at 'name'"); a carriage return becomes &#xD; so that XML end-of-line
// normalisation does not turn it into a newline; characters XML 1.0 cannot
// carry at all (other control characters, invalid UTF-8, U+FFFE/U+FFFF)
// become U+FFFD. Messages echo user input verbatim, so all of this can occur.
func escapeText(b *strings.Builder, s string) {
	if plainText(s) {
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == utf8.RuneError && size == 1, !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
}

// plainText reports whether s is ASCII that needs no escaping, the common
// case (tokens, keys, ARNs), which is then copied as is.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < 0x20 && c != '\t' && c != '\n' || c == '&' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// xmlChar reports whether r is a Char of XML 1.0 (§2.2).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
