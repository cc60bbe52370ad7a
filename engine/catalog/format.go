package catalog

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// The catalog file (embedded/catalog.tsv, written by `make catalog`) is UTF-8
// text, one record per line, fields separated by tabs. Its first line is
//
//	stsplay-catalog	1	SOURCE	VERSION	DATE
//
// (format version 1, the npm package, its version and its publication
// date). Then each service is one s line followed by its k, r and a lines:
//
//	s	PREFIX	NAME                      a service, such as "s3  Amazon S3"
//	k	KEY	TYPE                          a condition key (String, ARN, …; may be empty)
//	r	NAME	ARN	KEYS                    a resource type with its ARN template
//	a	NAME	LEVEL	RESOURCES	KEYS        an action
//
// KEYS are comma-separated indices of the service's k lines (from 0),
// RESOURCES comma-separated indices of its r lines, each followed by * when
// the resource type is required. LEVEL is one letter: L(ist), R(ead),
// W(rite), P(ermissions management) or T(agging).
//
// The layout is a line-oriented table with per-service indices because
// brotli and gzip compress its repeated shapes well (1.0 MB raw, about
// 160 kB brotli for 22,000 actions), a diff of two catalog versions reads
// line by line, and it parses in one pass without a JSON reader. Action
// descriptions are left out: they would triple the size and no feature
// shows them.

// Limits of Parse: a larger input is refused before it is read.
const (
	// MaxSize is the largest catalog file Parse accepts, in bytes.
	MaxSize = 16 << 20
	// MaxLine is the longest line, in bytes.
	MaxLine = 64 << 10
)

// Parse reads a catalog file. It checks every line and index and returns an
// error naming the line of the first fault.
func Parse(data []byte) (*Catalog, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("catalog: the file has %d bytes, more than the limit of %d", len(data), MaxSize)
	}
	c := &Catalog{byPrefix: map[string]*Service{}}
	var svc *Service
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		if len(l) > MaxLine {
			return nil, fmt.Errorf("catalog: line %d is longer than %d bytes", line, MaxLine)
		}
		f := strings.Split(string(l), "\t")
		fail := func(format string, args ...any) error {
			return fmt.Errorf("catalog: line %d: %s", line, fmt.Sprintf(format, args...))
		}
		if line == 1 {
			if len(f) != 5 || f[0] != "stsplay-catalog" {
				return nil, fail("the file does not start with a stsplay-catalog header")
			}
			if f[1] != "1" {
				return nil, fail("format version %q is not supported (want 1)", f[1])
			}
			c.Source, c.Version, c.Date = f[2], f[3], f[4]
			continue
		}
		switch f[0] {
		case "s":
			if len(f) != 3 || f[1] == "" {
				return nil, fail("a service line has a prefix and a name")
			}
			key := strings.ToLower(f[1])
			if c.byPrefix[key] != nil {
				return nil, fail("service %q appears twice", f[1])
			}
			svc = &Service{Prefix: f[1], Name: f[2]}
			c.byPrefix[key] = svc
			c.Services = append(c.Services, svc)
		case "k", "r", "a":
			if svc == nil {
				return nil, fail("a %s line before the first service", f[0])
			}
			if err := svc.add(f); err != nil {
				return nil, fail("%v", err)
			}
			if f[0] == "a" {
				c.actions++
			}
		default:
			if len(l) == 0 {
				continue
			}
			return nil, fail("unknown record %q", f[0])
		}
	}
	if line == 0 {
		return nil, fmt.Errorf("catalog: the file is empty")
	}
	c.index()
	return c, nil
}

// add reads one k, r or a line of the service.
func (s *Service) add(f []string) error {
	switch f[0] {
	case "k":
		if len(f) != 3 || f[1] == "" {
			return fmt.Errorf("a condition key line has a key and a type")
		}
		s.Keys = append(s.Keys, ConditionKey{Name: f[1], Type: f[2]})
	case "r":
		if len(f) != 4 || f[1] == "" {
			return fmt.Errorf("a resource type line has a name, an ARN and keys")
		}
		keys, err := s.indices(f[3], len(s.Keys))
		if err != nil {
			return err
		}
		s.Resources = append(s.Resources, ResourceType{Name: f[1], ARN: f[2], Keys: keys, template: parseTemplate(f[2])})
	case "a":
		if len(f) != 5 || f[1] == "" {
			return fmt.Errorf("an action line has a name, a level, resources and keys")
		}
		lv, ok := levelOf[f[2]]
		if !ok {
			return fmt.Errorf("access level %q is not one of L, R, W, P, T", f[2])
		}
		a := Action{Service: s, Name: f[1], Level: lv}
		if f[3] != "" {
			for _, r := range strings.Split(f[3], ",") {
				req := strings.HasSuffix(r, "*")
				n, err := strconv.Atoi(strings.TrimSuffix(r, "*"))
				if err != nil || n < 0 || n >= len(s.Resources) {
					return fmt.Errorf("resource reference %q is not a resource type of the service", r)
				}
				a.Resources = append(a.Resources, ActionResource{Type: n, Required: req})
			}
		}
		keys, err := s.indices(f[4], len(s.Keys))
		if err != nil {
			return err
		}
		a.Keys = keys
		s.Actions = append(s.Actions, a)
	}
	return nil
}

// indices reads a comma-separated list of indices below n.
func (s *Service) indices(field string, n int) ([]int, error) {
	if field == "" {
		return nil, nil
	}
	parts := strings.Split(field, ",")
	out := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || v >= n {
			return nil, fmt.Errorf("condition key reference %q is not a key of the service", p)
		}
		out[i] = v
	}
	return out, nil
}

var levelOf = map[string]AccessLevel{"L": List, "R": Read, "W": Write, "P": PermissionsManagement, "T": Tagging}
