package catalog

import (
	"sort"
	"strings"
	"unicode"
)

// maxSuggestions is the most names SuggestAction and SuggestService return.
const maxSuggestions = 3

// SuggestService returns the service prefixes a mistyped prefix was most
// likely meant to be (within two edits, closest first).
func (c *Catalog) SuggestService(prefix string) []string {
	if c == nil || len(prefix) > maxEdit {
		return nil
	}
	p := strings.ToLower(prefix)
	limit := 2
	if len(p) <= 3 {
		limit = 1
	}
	var cands []scored
	for _, s := range c.Services {
		if d := distance(p, strings.ToLower(s.Prefix), limit); d <= limit {
			cands = append(cands, scored{s.Prefix, d})
		}
	}
	return best(cands)
}

// SuggestAction returns the actions of the service that a mistyped action
// name was most likely meant to be: first the name without a plural s
// ("ListBuckets" → "ListBucket"), then names within a few edits, then names
// that start with the same verb and end with the same word
// ("ListBuckets" → "ListAllMyBuckets"). Each is "prefix:Name".
func (s *Service) SuggestAction(name string) []string {
	if len(name) > maxEdit {
		return nil
	}
	n := strings.ToLower(name)
	var out []string
	add := func(a *Action) {
		if a == nil || len(out) >= maxSuggestions {
			return
		}
		full := a.FullName()
		for _, o := range out {
			if o == full {
				return
			}
		}
		out = append(out, full)
	}
	for _, stem := range singulars(name) {
		add(s.Action(stem))
	}
	limit := 1 + len(n)/8
	limit = min(limit, 3)
	var cands []scored
	for i := range s.Actions {
		a := &s.Actions[i]
		if d := distance(n, strings.ToLower(a.Name), limit); d <= limit {
			cands = append(cands, scored{a.Name, d})
		}
	}
	for _, c := range best(cands) {
		add(s.Action(c))
	}
	words := splitWords(name)
	if len(words) >= 2 {
		first, last := strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
		lastOne := strings.TrimSuffix(last, "s")
		for i := range s.Actions {
			a := &s.Actions[i]
			w := splitWords(a.Name)
			if len(w) < 2 || !strings.EqualFold(w[0], first) {
				continue
			}
			l := strings.ToLower(w[len(w)-1])
			if l == last || strings.TrimSuffix(l, "s") == lastOne {
				add(a)
			}
		}
	}
	return out
}

// singulars returns the names a plural could come from: "ListBuckets" →
// "ListBucket", "ListPolicies" → "ListPolicy".
func singulars(name string) []string {
	var out []string
	l := strings.ToLower(name)
	if strings.HasSuffix(l, "ies") {
		out = append(out, name[:len(name)-3]+"y")
	}
	if strings.HasSuffix(l, "es") {
		out = append(out, name[:len(name)-2])
	}
	if strings.HasSuffix(l, "s") {
		out = append(out, name[:len(name)-1])
	}
	return out
}

// splitWords splits a CamelCase action name into its words.
func splitWords(name string) []string {
	var out []string
	start := 0
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			out = append(out, name[start:i])
			start = i
		}
	}
	return append(out, name[start:])
}

type scored struct {
	name string
	d    int
}

// best returns up to maxSuggestions names, closest first, then by name.
func best(c []scored) []string {
	sort.Slice(c, func(i, j int) bool {
		if c[i].d != c[j].d {
			return c[i].d < c[j].d
		}
		return c[i].name < c[j].name
	})
	var out []string
	for i := 0; i < len(c) && i < maxSuggestions; i++ {
		out = append(out, c[i].name)
	}
	return out
}

// maxEdit is the longest name the suggestions compare.
const maxEdit = 128

// distance is the Levenshtein distance between a and b, or limit+1 when it
// is larger than limit (names whose lengths differ by more are skipped).
func distance(a, b string, limit int) int {
	if len(a)-len(b) > limit || len(b)-len(a) > limit || len(b) > maxEdit {
		return limit + 1
	}
	var bufPrev, bufCur [maxEdit + 1]int
	prev, cur := bufPrev[:len(b)+1], bufCur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
