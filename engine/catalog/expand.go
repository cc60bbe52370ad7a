package catalog

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/match"
)

// Expand returns the actions an Action or NotAction pattern such as
// "s3:Get*" covers, in catalog order (by service prefix, then by name),
// matched as the evaluator matches them (package match: a case-insensitive
// glob with * and ?). "*" covers every action.
func (c *Catalog) Expand(pattern string) []*Action {
	if c == nil {
		return nil
	}
	var out []*Action
	prefix, _, ok := strings.Cut(pattern, ":")
	if ok && !strings.ContainsAny(prefix, "*?") {
		s := c.Service(prefix)
		if s == nil {
			return nil
		}
		return s.expand(pattern, out)
	}
	for _, s := range c.Services {
		if ok && !match.Glob(prefix, s.Prefix, true) {
			continue
		}
		out = s.expand(pattern, out)
	}
	return out
}

// expand appends the service's actions that match the pattern.
func (s *Service) expand(pattern string, out []*Action) []*Action {
	if !strings.ContainsAny(pattern, "*?") {
		_, name, _ := strings.Cut(pattern, ":")
		if a := s.Action(name); a != nil {
			out = append(out, a)
		}
		return out
	}
	for i := range s.Actions {
		a := &s.Actions[i]
		if match.Action(pattern, a.FullName()) {
			out = append(out, a)
		}
	}
	return out
}

// Entry is one action of an expansion, in the form the CLI's --json output
// and the browser bridge give it.
type Entry struct {
	Action      string `json:"action"`
	AccessLevel string `json:"accessLevel"`
}

// Entries returns the expansion of the pattern as entries (an empty, not
// nil, list when it covers nothing).
func (c *Catalog) Entries(pattern string) []Entry {
	as := c.Expand(pattern)
	out := make([]Entry, len(as))
	for i, a := range as {
		out[i] = Entry{Action: a.FullName(), AccessLevel: a.Level.String()}
	}
	return out
}
