package policy

import (
	"fmt"
	"strconv"
	"strings"

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

// maxDiagnostics is the most diagnostics Parse reports one by one; a
// document with more (such as a generated megabyte of unknown keys) gets one
// more diagnostic that counts the rest, so that its time stays small.
const maxDiagnostics = 1000

// finish adds the too-many-diagnostics summary when diagnostics were
// dropped. It is an error when any dropped one was, so that HasErrors stays
// true to the document.
func (p *parser) finish() {
	if p.dropped == 0 {
		return
	}
	sev := SeverityWarning
	if p.droppedError {
		sev = SeverityError
	}
	r := p.idx.span(p.droppedAt, p.droppedAt)
	p.diags = append(p.diags, Diagnostic{Code: CodeTooManyDiagnostics, Severity: sev, Path: "", Pos: r.Start, End: r.End,
		Message: fmt.Sprintf("There are %d more findings that are not listed (the first of them is here); fix the listed ones and validate again.", p.dropped)})
}

// maxQuoted is the longest text, in bytes, that a message quotes from the
// policy; longer text is cut and ends with "…".
const maxQuoted = 100

// report adds a diagnostic for the bytes [start, end) of the text.
func (p *parser) report(code string, sev Severity, path jpath, start, end int, format string, args ...any) {
	if len(p.diags) >= maxDiagnostics {
		// Count the rest instead of formatting them (see finish).
		if p.dropped == 0 || start < p.droppedAt {
			p.droppedAt = start
		}
		p.dropped++
		if sev == SeverityError {
			p.droppedError = true
		}
		return
	}
	msg := format
	if len(args) > 0 {
		// Text from the policy can be huge; messages quote at most a line.
		for i, a := range args {
			if str, ok := a.(string); ok && len(str) > maxQuoted {
				args[i] = clip(str, maxQuoted)
			}
		}
		msg = fmt.Sprintf(format, args...)
	}
	r := p.idx.span(start, end)
	p.diags = append(p.diags, Diagnostic{Code: code, Severity: sev, Message: msg, Path: path.String(), Pos: r.Start, End: r.End})
}

// reportAt adds a diagnostic that spans the JSON value or key v.
func (p *parser) reportAt(v gjson.Result, code string, sev Severity, path jpath, format string, args ...any) {
	p.report(code, sev, path, v.Index, v.Index+len(v.Raw), format, args...)
}

// reportRange adds a diagnostic that spans r.
func (p *parser) reportRange(r Range, code string, sev Severity, path jpath, format string, args ...any) {
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
func (p *parser) wrongType(v gjson.Result, path jpath, what, want string) {
	p.reportAt(v, CodeWrongType, SeverityError, path, "%s must be %s, but it is %s.", what, want, typeName(v))
}

// isEmptyArray reports whether v is the JSON array [].
func isEmptyArray(v gjson.Result) bool {
	if !v.IsArray() {
		return false
	}
	i := skipSpace(v.Raw, 1)
	return i < len(v.Raw) && v.Raw[i] == ']'
}

// jpath is a JSON path such as Statement[0].Condition.StringEquals.aws:SourceIp[1]
// that is turned into text only when a diagnostic needs it, so that reading a
// valid policy builds no path strings. It holds up to four segments inline
// (the deepest path of the grammar has four); a longer path folds its
// segments into the first one.
type jpath struct {
	segs [4]jseg
	n    int
}

// jseg is one segment of a jpath: a member key (may be "") and an array
// index (-1 when none).
type jseg struct {
	key   string
	index int
}

// at returns the path base ("" for the document itself).
func at(base string) jpath {
	var p jpath
	if base != "" {
		p.segs[0] = jseg{base, -1}
		p.n = 1
	}
	return p
}

// push appends a segment, folding the path when it is full.
func (p jpath) push(s jseg) jpath {
	if p.n == len(p.segs) {
		p = jpath{segs: [4]jseg{{p.String(), -1}}, n: 1}
	}
	p.segs[p.n] = s
	p.n++
	return p
}

// child returns the path of member key of p.
func (p jpath) child(key string) jpath { return p.push(jseg{key, -1}) }

// item returns the path of element i of p.
func (p jpath) item(i int) jpath {
	if p.n > 0 && p.segs[p.n-1].index < 0 {
		p.segs[p.n-1].index = i
		return p
	}
	return p.push(jseg{"", i})
}

// String returns the path as text.
func (p jpath) String() string {
	var b strings.Builder
	for _, s := range p.segs[:p.n] {
		if s.key != "" {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		}
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		}
	}
	return b.String()
}
