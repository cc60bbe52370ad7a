package match

import "strings"

// Part is a piece of an expanded pattern. The text of a literal part came
// from a policy variable (its value, its default, or one of ${*} ${?} ${$})
// and is compared as it is: a * or ? in it is not a wildcard. The text of
// any other part was written in the policy, where * and ? are wildcards when
// the comparison uses them.
type Part struct {
	Text    string
	Literal bool
}

// inlineParts is how many parts a Pattern holds without allocating; a
// typical "home/${aws:username}/*" needs three.
const inlineParts = 4

// Pattern is a policy value after policy-variable substitution: a sequence
// of parts in which substituted text is literal ("A substituted value is
// literal", RULES.md#variable-defaults-and-special-characters). Build one with Expand. Patterns with up to
// four parts live entirely in the Pattern value, so expanding and matching
// them does not allocate.
type Pattern struct {
	n      int
	inline [inlineParts]Part
	more   []Part
}

// Parts returns the parts of the pattern in order. Empty parts are never
// stored.
func (p *Pattern) Parts() []Part {
	if p.more != nil {
		return p.more
	}
	return p.inline[:p.n]
}

// add appends a part, skipping empty text.
func (p *Pattern) add(text string, literal bool) {
	if text == "" {
		return
	}
	part := Part{Text: text, Literal: literal}
	if p.more == nil && p.n < inlineParts {
		p.inline[p.n] = part
		p.n++
		return
	}
	if p.more == nil {
		p.more = make([]Part, p.n, 2*inlineParts)
		copy(p.more, p.inline[:p.n])
	}
	p.more = append(p.more, part)
}

// String returns the text of the pattern with the variables replaced, as
// it would be shown to a user.
func (p *Pattern) String() string {
	parts := p.Parts()
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0].Text
	}
	var b strings.Builder
	for _, x := range parts {
		b.WriteString(x.Text)
	}
	return b.String()
}

// Equal reports whether s equals the pattern's text exactly, without
// wildcards (StringEquals, "Exact matching, case sensitive", IAM JSON policy
// elements: Condition operators).
func (p *Pattern) Equal(s string) bool {
	for _, x := range p.Parts() {
		if !strings.HasPrefix(s, x.Text) {
			return false
		}
		s = s[len(x.Text):]
	}
	return s == ""
}

// EqualFold reports whether s equals the pattern's text ignoring case
// (StringEqualsIgnoreCase), with Unicode case folding as strings.EqualFold.
func (p *Pattern) EqualFold(s string) bool {
	if parts := p.Parts(); len(parts) == 1 {
		return strings.EqualFold(parts[0].Text, s)
	}
	return strings.EqualFold(p.String(), s)
}

// Match reports whether s matches the pattern as a case-sensitive glob in
// which * and ? of non-literal parts are wildcards (StringLike, "Case-
// sensitive matching. The values can include multi-character match
// wildcards (*) and single-character match wildcards (?) anywhere in the
// string", IAM JSON policy elements: Condition operators).
func (p *Pattern) Match(s string) bool {
	return globParts(p.Parts(), s, false, cursor{})
}

// MatchARN reports whether the ARN s matches the pattern component by
// component, as ArnLike does (see ARN).
func (p *Pattern) MatchARN(s string) bool {
	parts := p.Parts()
	if !hasARNShape(s) || !partsHaveARNShape(parts) {
		return false
	}
	return globParts(parts, s, false, fifthColonCursor(parts))
}

// partsHaveARNShape reports whether the parts' text holds at least five
// colons.
func partsHaveARNShape(parts []Part) bool {
	n := 0
	for _, x := range parts {
		n += strings.Count(x.Text, ":")
		if n >= 5 {
			return true
		}
	}
	return false
}

// fifthColonCursor returns the position of the fifth colon in the parts'
// text (colons in substituted text count too, because they are part of the
// ARN that the pattern spells), or maxCursor when there are fewer.
func fifthColonCursor(parts []Part) cursor {
	n := 0
	for i, x := range parts {
		for j := 0; j < len(x.Text); j++ {
			if x.Text[j] == ':' {
				n++
				if n == 5 {
					return cursor{i, j}
				}
			}
		}
	}
	return maxCursor
}
