package policy

import (
	"sort"
	"strings"

	"github.com/tidwall/gjson"
)

// parser holds the state of one Parse call.
type parser struct {
	text  string
	kind  Kind
	idx   *positionIndex
	pol   *Policy
	diags []Diagnostic
	// dropped counts the diagnostics beyond maxDiagnostics, droppedAt is
	// the smallest offset among them and droppedError tells whether one was
	// an error.
	dropped      int
	droppedAt    int
	droppedError bool
	// suggestions counts the spelling suggestions computed (suggestBudget).
	suggestions int
	// sids maps each Sid seen to the path of its first statement.
	sids map[string]jpath
}

// rootElements are the top-level elements of the grammar [RULES.md#policy-grammar].
var rootElements = []string{"Version", "Id", "Statement"}

// Parse parses and validates the policy text as a policy of the given kind.
// It never panics and always returns a non-nil Policy holding what could be
// read: statements with errors are kept with the elements that were
// readable. The diagnostics are sorted by position; HasErrors tells whether
// AWS would reject the policy.
func Parse(text string, kind Kind) (pol *Policy, diags []Diagnostic) {
	p := &parser{text: text, kind: kind, idx: newPositionIndex(text), pol: &Policy{Text: text, Kind: kind}}
	defer func() {
		// Parse must never panic; a bug here becomes a diagnostic instead.
		if r := recover(); r != nil {
			pol = p.pol
			p.report(CodeInternalError, SeverityError, at(""), 0, 0, "The policy could not be read because of an internal error in the parser: %v.", r)
			diags = p.diags
		}
	}()
	if err := checkJSON(text); err != nil {
		// STS's message for such a policy (RULES.md#malformed-policy-document).
		end := err.offset
		if end < len(text) {
			end++
		}
		p.report(CodeInvalidJSON, SeverityError, at(""), err.offset, end, "The policy is not in the valid JSON format. %s", err.msg)
		return p.pol, p.diags
	}
	start := skipSpace(text, 0)
	end := len(strings.TrimRight(text, " \t\r\n"))
	root := gjson.Parse(text[start:end])
	root.Index = start
	p.root(root)
	p.finish()
	sort.SliceStable(p.diags, func(i, j int) bool { return p.diags[i].Offset < p.diags[j].Offset })
	return p.pol, p.diags
}

// span returns the range of the JSON value (or key) v.
func (p *parser) span(v gjson.Result) Range { return p.idx.span(v.Index, v.Index+len(v.Raw)) }

// str returns v as a String with its range; numbers and booleans keep their
// JSON text.
func (p *parser) str(v gjson.Result) String {
	s := v.Raw
	if v.Type == gjson.String {
		s = v.Str
	}
	return String{Value: s, Range: p.span(v)}
}

// root reads the policy object.
func (p *parser) root(v gjson.Result) {
	if !v.IsObject() {
		p.wrongType(v, at(""), "The policy document", "a JSON object")
		return
	}
	var keys keySet
	var version, id, statement gjson.Result
	v.ForEach(func(k, val gjson.Result) bool {
		if !keys.add(k.Str) {
			p.reportAt(k, CodeDuplicateKey, SeverityError, at(k.Str), "The policy repeats the element %q; each element may appear only once, and only the first is used.", k.Str)
			return true
		}
		switch k.Str {
		case "Version":
			version = val
		case "Id":
			id = val
		case "Statement":
			statement = val
		default:
			p.unknownElement(k, at(k.Str), "the policy", rootElements)
		}
		return true
	})
	p.version(v, version)
	p.id(id)
	if !statement.Exists() {
		p.reportAt(gjson.Result{Index: v.Index, Raw: "{"}, CodeMissingStatement, SeverityError, at(""), "The policy has no Statement element; it must contain at least one statement.")
		return
	}
	p.statements(statement)
}

// unknownElement reports the key k, which is not one of known.
func (p *parser) unknownElement(k gjson.Result, path jpath, where string, known []string) {
	hint := p.suggest(k.Str, known)
	extra := ""
	if hint != "" && strings.EqualFold(hint, k.Str) {
		extra = " Element names are case-sensitive."
	}
	p.reportAt(k, CodeUnknownElement, SeverityError, path, "%q is not a valid element of %s.%s%s", k.Str, where, didYouMean(hint), extra)
}

// version reads the Version element [RULES.md#policy-grammar, RULES.md#policy-version, RULES.md#policy-variables]. A missing
// Version is only a warning: STS accepts an inline session policy without
// one (the Jean example of the STS API Reference has none).
func (p *parser) version(root, v gjson.Result) {
	switch {
	case !v.Exists():
		p.reportAt(gjson.Result{Index: root.Index, Raw: "{"}, CodeMissingVersion, SeverityWarning, at(""),
			`The policy has no Version element. Add "Version": "2012-10-17": without it policy variables such as ${aws:username} are treated as literal text, and IAM rejects a managed policy without it ("Policy document must be version 2012-10-17 or greater.").`)
	case v.Type != gjson.String:
		p.wrongType(v, at("Version"), "Version", `the string "2012-10-17" or "2008-10-17"`)
	default:
		p.pol.Version = p.str(v)
		switch v.Str {
		case "2012-10-17":
		case "2008-10-17":
			// Valid, but variables are literal text [RULES.md#policy-version] (reported where a
			// variable is used, as variable-without-version), and IAM rejects
			// it in managed policies ("Policy document must be version
			// 2012-10-17 or greater.", as public reports of CreatePolicy
			// show).
			p.reportAt(v, CodeOldVersion, SeverityWarning, at("Version"),
				`Version 2008-10-17 is an earlier version of the policy language: AWS says "Do not use this version for any new policies", it does not support policy variables, and IAM rejects it in managed policies. Use "2012-10-17".`)
		default:
			p.reportAt(v, CodeInvalidVersion, SeverityError, at("Version"),
				`Version %q is not valid; it must be "2012-10-17" (current) or "2008-10-17".`, v.Str)
		}
	}
}

// id reads the Id element [RULES.md#policy-grammar].
func (p *parser) id(v gjson.Result) {
	if !v.Exists() {
		return
	}
	if v.Type != gjson.String {
		p.wrongType(v, at("Id"), "Id", "a string")
		return
	}
	p.pol.ID = p.str(v)
	if !p.kind.resourceBased() {
		// RULES.md#policy-grammar: id_block "must not be included in identity-based policies".
		// A warning, not an error: the Id element page calls Id an optional
		// identifier that IAM does not use, and AWS's own identity-policy
		// examples are accepted with it, so rejecting it would reject what
		// AWS accepts.
		p.reportAt(v, CodeIDNotAllowed, SeverityWarning, at("Id"),
			"The Id element should not be included in %s policies; AWS's grammar reserves it for resource-based policies, and IAM ignores it.", p.kind)
	}
}

// statements reads the Statement element: one statement object or an array
// of them [RULES.md#policy-grammar: "can contain a single statement or an array"].
func (p *parser) statements(v gjson.Result) {
	switch {
	case v.IsObject():
		p.statement(v, 0, at("Statement"))
	case v.IsArray():
		n := 0
		v.ForEach(func(_, el gjson.Result) bool {
			path := at("Statement").item(n)
			if el.IsObject() {
				p.statement(el, n, path)
			} else {
				p.wrongType(el, path, "Each statement", "a JSON object")
			}
			n++
			return true
		})
		if n == 0 {
			p.reportAt(v, CodeEmptyStatement, SeverityError, at("Statement"), "The Statement array is empty; a policy must contain at least one statement.")
		}
	default:
		p.wrongType(v, at("Statement"), "Statement", "an object or an array of objects")
	}
}
