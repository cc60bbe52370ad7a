package policy

import (
	"fmt"

	"github.com/tidwall/gjson"
)

// HasErrors reports whether any diagnostic has severity error, which means
// AWS would reject the policy and it must not be evaluated.
func HasErrors(diags []Diagnostic) bool {
	for _, d := range diags {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// report adds a diagnostic for the bytes [start, end) of the text.
func (p *parser) report(code string, sev Severity, path string, start, end int, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	r := p.idx.span(start, end)
	p.diags = append(p.diags, Diagnostic{Code: code, Severity: sev, Message: msg, Path: path, Pos: r.Start, End: r.End})
}

// reportAt adds a diagnostic that spans the JSON value or key v.
func (p *parser) reportAt(v gjson.Result, code string, sev Severity, path string, format string, args ...any) {
	p.report(code, sev, path, v.Index, v.Index+len(v.Raw), format, args...)
}

// reportRange adds a diagnostic that spans r.
func (p *parser) reportRange(r Range, code string, sev Severity, path string, format string, args ...any) {
	p.report(code, sev, path, r.Start.Offset, r.End.Offset, format, args...)
}

// typeName names the JSON type of v with an article, for messages such as
// "Effect must be a string, but it is a number."
func typeName(v gjson.Result) string {
	switch v.Type {
	case gjson.String:
		return "a string"
	case gjson.Number:
		return "a number"
	case gjson.True, gjson.False:
		return "a boolean"
	case gjson.Null:
		return "null"
	}
	if v.IsArray() {
		return "an array"
	}
	return "an object"
}

// wrongType reports that the element v at path must be of the type named
// by want, such as "a string or an array of strings".
func (p *parser) wrongType(v gjson.Result, path, what, want string) {
	p.reportAt(v, CodeWrongType, SeverityError, path, "%s must be %s, but it is %s.", what, want, typeName(v))
}

// joinKey appends an object key to a JSON path.
func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// joinIndex appends an array index to a JSON path.
func joinIndex(path string, i int) string {
	return fmt.Sprintf("%s[%d]", path, i)
}

// isEmptyArray reports whether v is the JSON array [].
func isEmptyArray(v gjson.Result) bool {
	if !v.IsArray() {
		return false
	}
	i := skipSpace(v.Raw, 1)
	return i < len(v.Raw) && v.Raw[i] == ']'
}
