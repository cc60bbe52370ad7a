package policy

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/editdist"
)

// suggest returns the candidate that name was most likely meant to be: one
// that differs only in letter case, or else one within two edits (one for
// names of up to four letters). It returns "" when there is none.
func suggest(name string, candidates []string) string {
	for _, c := range candidates {
		if strings.EqualFold(name, c) {
			return c
		}
	}
	if len(name) > maxEditLen {
		return ""
	}
	best, bestDist := "", 3
	limit := 2
	if len(name) <= 4 {
		limit = 1
	}
	lower := strings.ToLower(name)
	for _, c := range candidates {
		// Names whose lengths differ by more than the limit cannot be
		// within it; skipping them keeps unknown names cheap.
		if len(c)-len(name) > limit || len(name)-len(c) > limit {
			continue
		}
		if d := editdist.Distance(lower, strings.ToLower(c)); d <= limit && d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// maxEditLen is the longest name suggest compares.
const maxEditLen = 64

// suggestBudget is how many suggestions one Parse computes; later unknown
// names get none, so that a document made of thousands of unknown keys
// stays fast.
const suggestBudget = 64

// suggest is the package-level suggest with the parser's budget applied.
func (p *parser) suggest(name string, candidates []string) string {
	if p.suggestions >= suggestBudget {
		return ""
	}
	p.suggestions++
	return suggest(name, candidates)
}

// suggestOperator is the package-level suggestOperator with the parser's
// budget applied.
func (p *parser) suggestOperator(name string) string {
	if p.suggestions >= suggestBudget {
		return ""
	}
	p.suggestions++
	return suggestOperator(name)
}

// didYouMean returns " Did you mean \"X\"?" for a suggestion, or "".
func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return ` Did you mean "` + s + `"?`
}
