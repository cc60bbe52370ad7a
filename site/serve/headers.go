package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

// MaxHeadersSize is the largest _headers file the server reads.
const MaxHeadersSize = 1 << 20

// Rule is one rule of a _headers file: the headers of the paths For
// matches, in the file's order.
type Rule struct {
	// For is the path pattern as written ("/assets/*").
	For string
	// Line is the line of For in the file.
	Line    int
	pattern *regexp.Regexp
	// Values are the rule's headers as [name, value] pairs.
	Values [][2]string
}

// Matches reports whether the rule applies to the URL path p.
func (r Rule) Matches(p string) bool { return r.pattern.MatchString(p) }

// ParseHeaders reads a file in Netlify's _headers format: a line that
// starts with "/" begins a rule for that path, the indented "Name: value"
// lines after it are its headers, and lines starting with "#" are
// comments. An error names the line.
func ParseHeaders(text string) ([]Rule, error) {
	if len(text) > MaxHeadersSize {
		return nil, fmt.Errorf("_headers: %d bytes, more than the %d this server reads", len(text), MaxHeadersSize)
	}
	var rules []Rule
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), MaxHeadersSize)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case strings.HasPrefix(line, "/"):
			rules = append(rules, Rule{For: trimmed, Line: n, pattern: PathPattern(trimmed)})
		case line != trimmed && len(rules) > 0:
			name, value, ok := strings.Cut(trimmed, ":")
			name, value = strings.TrimSpace(name), strings.TrimSpace(value)
			if !ok || name == "" || strings.ContainsAny(name, " \t") {
				return nil, fmt.Errorf("_headers, line %d: %q is not a \"Name: value\" header", n, trimmed)
			}
			r := &rules[len(rules)-1]
			r.Values = append(r.Values, [2]string{name, value})
		default:
			return nil, fmt.Errorf("_headers, line %d: %q is neither a path starting with \"/\" nor an indented header", n, trimmed)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("_headers: %w", err)
	}
	return rules, nil
}

// PathPattern turns a Netlify header path into the regular expression that
// request paths are matched with (as e2e/lib/server.mjs does, after
// Netlify's path matcher): a part that is only "*" matches the rest of the
// path, a "*" inside a part matches any text, ":name" one segment; a
// trailing slash is optional and case does not matter.
func PathPattern(forPath string) *regexp.Regexp {
	var parts []string
	for _, p := range strings.Split(forPath, "/") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return regexp.MustCompile(`(?i)^/$`)
	}
	re := "^"
	for _, part := range parts {
		switch {
		case strings.HasPrefix(part, ":"):
			re += `/([^/]+)/?`
		case part == "*":
			if re == "^" {
				re = `^/?(.*)/?`
			} else {
				re = strings.TrimSuffix(re, `/?`) + `(?:|/|/(.*)/?)`
			}
		case strings.Contains(part, "*"):
			pieces := strings.Split(part, "*")
			for i, s := range pieces {
				pieces[i] = regexp.QuoteMeta(s)
			}
			re += "/" + strings.Join(pieces, "(.*)")
		default:
			re += "/" + regexp.QuoteMeta(part) + `/?`
		}
	}
	return regexp.MustCompile("(?i)" + re + "$")
}

// HeadersFor returns the headers of every rule that matches the URL path
// p. A header that two rules both set is joined with ", ", as HTTP joins
// repeated headers.
func HeadersFor(rules []Rule, p string) [][2]string {
	var out [][2]string
	index := map[string]int{}
	for _, r := range rules {
		if !r.Matches(p) {
			continue
		}
		for _, kv := range r.Values {
			key := strings.ToLower(kv[0])
			if i, ok := index[key]; ok {
				out[i][1] += ", " + kv[1]
				continue
			}
			index[key] = len(out)
			out = append(out, kv)
		}
	}
	return out
}
