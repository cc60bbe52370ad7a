package policy

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// syntaxError is the first fault that checkJSON finds: its byte offset and a
// sentence that says what was expected.
type syntaxError struct {
	offset int
	msg    string
}

// The states of checkJSON's machine.
const (
	scanValue      = iota // a value is expected
	scanFirstValue        // after '[': a value or ']'
	scanAfterValue        // a value ended: ',', a closing bracket, or the end
	scanKey               // after ',' in an object: a key
	scanFirstKey          // after '{': a key or '}'
)

// checkJSON checks that text is exactly one JSON value (RFC 8259) with
// optional white space around it, and returns the first fault or nil.
// It is iterative, with an explicit stack of open brackets, so deep nesting
// cannot overflow the goroutine stack, and it reads each byte a bounded
// number of times, so its time is linear in the text.
//
// The walker relies on it: gjson itself is lenient and reads some invalid
// documents without complaint.
func checkJSON(text string) *syntaxError {
	var stack []byte
	i := 0
	state := scanValue
	for {
		i = skipSpace(text, i)
		if i >= len(text) {
			switch {
			case state == scanAfterValue && len(stack) == 0:
				return nil
			case len(text) == 0 || isBlank(text):
				return &syntaxError{i, "The document is empty; a JSON object is expected."}
			case state == scanAfterValue && stack[len(stack)-1] == '{':
				return &syntaxError{i, "The text ends inside an object; a ',' or '}' is missing."}
			case state == scanAfterValue:
				return &syntaxError{i, "The text ends inside an array; a ',' or ']' is missing."}
			case state == scanKey || state == scanFirstKey:
				return &syntaxError{i, "The text ends where a quoted member name was expected."}
			default:
				return &syntaxError{i, "The text ends where a value was expected."}
			}
		}
		c := text[i]
		switch state {
		case scanFirstKey, scanKey:
			if c == '}' && state == scanFirstKey {
				stack = stack[:len(stack)-1]
				i++
				state = scanAfterValue
				continue
			}
			if c == '}' {
				return &syntaxError{i, "A trailing comma before '}' is not allowed in JSON."}
			}
			if c != '"' {
				return &syntaxError{i, fmt.Sprintf("Expected a member name in double quotes, but found %s.", describe(text, i))}
			}
			end, err := scanString(text, i)
			if err != nil {
				return err
			}
			i = skipSpace(text, end)
			if i >= len(text) {
				return &syntaxError{i, "The text ends where ':' after a member name was expected."}
			}
			if text[i] != ':' {
				return &syntaxError{i, fmt.Sprintf("Expected ':' after the member name, but found %s.", describe(text, i))}
			}
			i++
			state = scanValue
		case scanAfterValue:
			if len(stack) == 0 {
				return &syntaxError{i, fmt.Sprintf("Unexpected %s after the end of the JSON document.", describe(text, i))}
			}
			top := stack[len(stack)-1]
			switch {
			case c == ',' && top == '{':
				i++
				state = scanKey
			case c == ',':
				i++
				state = scanValue
			case c == '}' && top == '{', c == ']' && top == '[':
				stack = stack[:len(stack)-1]
				i++
			case top == '{':
				return &syntaxError{i, fmt.Sprintf("Expected ',' or '}' after an object member, but found %s.%s", describe(text, i), missingComma(text, i))}
			default:
				return &syntaxError{i, fmt.Sprintf("Expected ',' or ']' after an array element, but found %s.%s", describe(text, i), missingComma(text, i))}
			}
		default: // scanValue, scanFirstValue
			if c == ']' && state == scanFirstValue {
				stack = stack[:len(stack)-1]
				i++
				state = scanAfterValue
				continue
			}
			if c == ']' && len(stack) > 0 && stack[len(stack)-1] == '[' {
				return &syntaxError{i, "A trailing comma before ']' is not allowed in JSON."}
			}
			switch {
			case c == '{':
				stack = append(stack, '{')
				i++
				state = scanFirstKey
			case c == '[':
				stack = append(stack, '[')
				i++
				state = scanFirstValue
			case c == '"':
				end, err := scanString(text, i)
				if err != nil {
					return err
				}
				i = end
				state = scanAfterValue
			case c == '-' || c >= '0' && c <= '9':
				end, err := scanNumber(text, i)
				if err != nil {
					return err
				}
				i = end
				state = scanAfterValue
			default:
				end, ok := scanLiteral(text, i)
				if !ok {
					return &syntaxError{i, fmt.Sprintf("Expected a JSON value (object, array, string, number, true, false or null), but found %s.", describe(text, i))}
				}
				i = end
				state = scanAfterValue
			}
		}
	}
}

// skipSpace returns the offset of the first byte at or after i that is not
// JSON white space (space, tab, line feed, carriage return).
func skipSpace(text string, i int) int {
	for i < len(text) {
		switch text[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// isBlank reports whether text holds only JSON white space.
func isBlank(text string) bool { return skipSpace(text, 0) == len(text) }

// scanString checks the string starting with the quote at i and returns
// the offset just after its closing quote.
func scanString(text string, i int) (int, *syntaxError) {
	start := i
	i++
	for i < len(text) {
		c := text[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c == '\\':
			if i+1 >= len(text) {
				return 0, &syntaxError{start, "The string starting here is not closed with a double quote."}
			}
			switch text[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				for k := 2; k < 6; k++ {
					if i+k >= len(text) || !isHex(text[i+k]) {
						return 0, &syntaxError{i, "A \\u escape must be followed by four hexadecimal digits."}
					}
				}
				i += 6
			default:
				return 0, &syntaxError{i, fmt.Sprintf("Invalid escape sequence \\%s in a string.", string(text[i+1]))}
			}
		case c < 0x20:
			if c == '\n' {
				return 0, &syntaxError{start, "The string starting here is not closed with a double quote before the end of the line."}
			}
			return 0, &syntaxError{i, "A control character must be escaped inside a JSON string."}
		default:
			i++
		}
	}
	return 0, &syntaxError{start, "The string starting here is not closed with a double quote."}
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// isDigit reports whether c is a decimal digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber checks the number starting at i (RFC 8259 §6) and returns the
// offset just after it.
func scanNumber(text string, i int) (int, *syntaxError) {
	start := i
	bad := func(at int) (int, *syntaxError) {
		return 0, &syntaxError{at, fmt.Sprintf("Invalid number starting at %q.", clip(text[start:], 20))}
	}
	if text[i] == '-' {
		i++
	}
	switch {
	case i < len(text) && text[i] == '0':
		i++
	case i < len(text) && isDigit(text[i]):
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	default:
		return bad(i)
	}
	if i < len(text) && text[i] == '.' {
		i++
		if i >= len(text) || !isDigit(text[i]) {
			return bad(i)
		}
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		i++
		if i < len(text) && (text[i] == '+' || text[i] == '-') {
			i++
		}
		if i >= len(text) || !isDigit(text[i]) {
			return bad(i)
		}
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && isDigit(text[i]) {
		return bad(i) // a leading zero such as 01
	}
	return i, nil
}

// scanLiteral checks for true, false or null at i.
func scanLiteral(text string, i int) (int, bool) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(text)-i >= len(lit) && text[i:i+len(lit)] == lit {
			end := i + len(lit)
			if end < len(text) && isWordByte(text[end]) {
				return 0, false
			}
			return end, true
		}
	}
	return 0, false
}

// isWordByte reports whether c would continue a bare word such as "truex".
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_'
}

// describe names the character at i for a message, such as "'}'" or
// "the character U+00A0".
// missingComma adds a hint when the previous value ended on an earlier
// line than the unexpected character at i: the fault is reported where the
// parser stops, but the comma is usually missing at the end of that line.
func missingComma(text string, i int) string {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j--
	}
	if j < 0 || !strings.ContainsRune(text[j:i], '\n') {
		return ""
	}
	return fmt.Sprintf(" Is a comma missing at the end of line %d?", strings.Count(text[:j], "\n")+1)
}

func describe(text string, i int) string {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError:
		return fmt.Sprintf("the byte 0x%02X", text[i])
	case r < 0x20 || r > 0x7E:
		return fmt.Sprintf("the character %U", r)
	case r == '\'':
		return `"'"`
	}
	return "'" + string(r) + "'"
}

// clip shortens s to at most n bytes for a message, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
