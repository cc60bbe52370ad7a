package scenario

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"unicode/utf8"
)

// appendJSON appends the compact JSON form of r and a newline to b: the
// bytes encoding/json writes for Result with HTML escaping off
// (TestEncoderMatchesEncodingJSON holds it to that), without reflection
// for the parts every run has. Diagnostics, explanations and context
// values other than strings are rare or large, and their types belong to
// other packages, so they go through encoding/json.
func (r *Result) appendJSON(b []byte) []byte {
	b = append(b, `{"engine":`...)
	b = appendString(b, r.Engine)
	b = append(b, `,"wire":`...)
	b = appendString(b, r.Wire)
	b = append(b, `,"response":`...)
	if r.Response == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"status":`...)
		b = strconv.AppendInt(b, int64(r.Response.Status), 10)
		b = append(b, `,"body":`...)
		b = appendString(b, r.Response.Body)
		b = append(b, '}')
	}
	b = append(b, `,"error":`...)
	b = appendError(b, r.Error)
	b = append(b, `,"session":`...)
	b = appendSession(b, r.Session)
	b = append(b, `,"checks":`...)
	if r.Checks == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Checks {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendCheck(b, &r.Checks[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"diagnostics":`...)
	b = appendMarshal(b, r.Diagnostics)
	if len(r.Authorization) > 0 {
		b = append(b, `,"authorization":[`...)
		for i, a := range r.Authorization {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"action":`...)
			b = appendString(b, a.Action)
			b = append(b, `,"resource":`...)
			b = appendString(b, a.Resource)
			b = append(b, `,"decision":`...)
			b = appendString(b, string(a.Decision))
			b = append(b, `,"explanation":`...)
			b = appendMarshal(b, a.Explanation)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if r.Expectation != nil {
		b = append(b, `,"expectation":{"error":`...)
		b = appendString(b, r.Expectation.Error)
		b = append(b, `,"pass":`...)
		b = strconv.AppendBool(b, r.Expectation.Pass)
		b = append(b, '}')
	}
	return append(b, "}\n"...)
}

func appendError(b []byte, e *Error) []byte {
	if e == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"code":`...)
	b = appendString(b, e.Code)
	b = append(b, `,"message":`...)
	b = appendString(b, e.Message)
	if e.Source != "" {
		b = append(b, `,"source":`...)
		b = appendString(b, e.Source)
	}
	return append(b, '}')
}

func appendSession(b []byte, s *Session) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	for _, f := range [...]struct{ name, value string }{
		{`{"arn":`, s.ARN}, {`,"federatedUserId":`, s.FederatedUserID}, {`,"accessKeyId":`, s.AccessKeyID},
		{`,"secretAccessKey":`, s.SecretAccessKey}, {`,"sessionToken":`, s.SessionToken}, {`,"expiration":`, s.Expiration},
	} {
		b = append(b, f.name...)
		b = appendString(b, f.value)
	}
	b = append(b, `,"durationSeconds":`...)
	b = strconv.AppendInt(b, s.DurationSeconds, 10)
	b = append(b, `,"durationCapped":`...)
	b = strconv.AppendBool(b, s.DurationCapped)
	b = append(b, `,"packedPolicySize":`...)
	b = strconv.AppendInt(b, int64(s.PackedPolicySize), 10)
	b = append(b, `,"principalTags":`...)
	if s.PrincipalTags == nil {
		b = append(b, "null"...)
	} else {
		keys := make([]string, 0, len(s.PrincipalTags))
		for k := range s.PrincipalTags {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = appendString(b, s.PrincipalTags[k])
		}
		b = append(b, '}')
	}
	b = append(b, `,"callerIdentity":`...)
	b = appendString(b, s.CallerIdentity)
	return append(b, '}')
}

func appendCheck(b []byte, c *CheckResult) []byte {
	b = append(b, `{"action":`...)
	b = appendString(b, c.Action)
	b = append(b, `,"resource":`...)
	b = appendString(b, c.Resource)
	if len(c.Context) > 0 {
		keys := make([]string, 0, len(c.Context))
		for k := range c.Context {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, `,"context":{`...)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			switch v := c.Context[k].(type) {
			case string:
				b = appendString(b, v)
			default:
				b = appendMarshal(b, v)
			}
		}
		b = append(b, '}')
	}
	if c.Region != "" {
		b = append(b, `,"region":`...)
		b = appendString(b, c.Region)
	}
	if c.At != "" {
		b = append(b, `,"at":`...)
		b = appendString(b, c.At)
	}
	if c.Decision != "" {
		b = append(b, `,"decision":`...)
		b = appendString(b, string(c.Decision))
	}
	if c.Error != nil {
		b = append(b, `,"error":`...)
		b = appendMarshal(b, c.Error)
	}
	if c.Expect != "" {
		b = append(b, `,"expect":`...)
		b = appendString(b, c.Expect)
	}
	b = append(b, `,"pass":`...)
	b = strconv.AppendBool(b, c.Pass)
	b = append(b, `,"explanation":`...)
	b = appendMarshal(b, c.Explanation)
	return append(b, '}')
}

// appendMarshal appends encoding/json's form of v (HTML escaping off).
func appendMarshal(b []byte, v any) []byte {
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Every value of a result is a plain value; encoding cannot fail.
		panic(err)
	}
	out := buf.Bytes()
	return out[:len(out)-1] // Encode ends with a newline
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string exactly as encoding/json writes
// it with HTML escaping off: \" \\ \b \f \n \r \t, other control
// characters as \u00XX, U+2028 and U+2029 escaped, invalid UTF-8 as
// \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
