package policy

import "strings"

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
		if d := editDistance(lower, strings.ToLower(c)); d <= limit && d < bestDist {
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

// editDistance is the Levenshtein distance between a and b, in bytes. It
// works on the stack for names up to maxEditLen bytes.
func editDistance(a, b string) int {
	var bufPrev, bufCur [maxEditLen + 1]int
	prev, cur := bufPrev[:0], bufCur[:0]
	if len(b) > maxEditLen {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// didYouMean returns " Did you mean \"X\"?" for a suggestion, or "".
func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return ` Did you mean "` + s + `"?`
}
