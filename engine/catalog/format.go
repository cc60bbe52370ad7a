package catalog

import (
	"fmt"
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
// error naming the line of the first fault. Its strings share the memory of
// one copy of data, so it allocates little beyond the tables themselves.
func Parse(data []byte) (*Catalog, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("catalog: the file has %d bytes, more than the limit of %d", len(data), MaxSize)
	}
	text := string(data)
	c := &Catalog{byPrefix: map[string]*Service{}}
	var svc *Service
	line := 0
	var f [6]string
	for len(text) > 0 {
		line++
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			l, text = text, ""
		}
		if len(l) > MaxLine {
			return nil, fmt.Errorf("catalog: line %d is longer than %d bytes", line, MaxLine)
		}
		n := split(l, &f)
		fields := f[:n]
		fail := func(format string, args ...any) error {
			return fmt.Errorf("catalog: line %d: %s", line, fmt.Sprintf(format, args...))
		}
		if line == 1 {
			if n != 5 || fields[0] != "stsplay-catalog" {
				return nil, fail("the file does not start with a stsplay-catalog header")
			}
			if fields[1] != "1" {
				return nil, fail("format version %q is not supported (want 1)", fields[1])
			}
			c.Source, c.Version, c.Date = fields[2], fields[3], fields[4]
			continue
		}
		switch fields[0] {
		case "s":
			if n != 3 || fields[1] == "" {
				return nil, fail("a service line has a prefix and a name")
			}
			key := strings.ToLower(fields[1])
			if c.byPrefix[key] != nil {
				return nil, fail("service %q appears twice", fields[1])
			}
			svc = &Service{Prefix: fields[1], Name: fields[2]}
			svc.reserve(text)
			c.byPrefix[key] = svc
			c.Services = append(c.Services, svc)
		case "k", "r", "a":
			if svc == nil {
				return nil, fail("a %s line before the first service", fields[0])
			}
			if err := svc.add(fields); err != nil {
				return nil, fail("%v", err)
			}
			if fields[0] == "a" {
				c.actions++
			}
		default:
			if len(l) == 0 {
				continue
			}
			return nil, fail("unknown record %q", fields[0])
		}
	}
	if line == 0 {
		return nil, fmt.Errorf("catalog: the file is empty")
	}
	c.index()
	return c, nil
}

// split cuts a line at its tabs into f and returns the number of fields;
// a line with more fields than f holds reports len(f) (which no record
// accepts).
func split(l string, f *[6]string) int {
	n := 0
	for n < len(f) {
		i := strings.IndexByte(l, '\t')
		if i < 0 {
			f[n] = l
			return n + 1
		}
		f[n], l = l[:i], l[i+1:]
		n++
	}
	return n
}

// reserve sizes the service's tables from its lines (the text up to the
// next service), so that reading them does not grow slices step by step.
func (s *Service) reserve(text string) {
	seg := text
	if i := strings.Index(text, "\ns\t"); i >= 0 {
		seg = text[:i+1]
	}
	count := func(rec string) int {
		return strings.Count(seg, "\n"+rec+"\t") + boolInt(strings.HasPrefix(seg, rec+"\t"))
	}
	na, nr, nk := count("a"), count("r"), count("k")
	s.Actions = make([]Action, 0, na)
	s.Resources = make([]ResourceType, 0, nr)
	s.Keys = make([]ConditionKey, 0, nk)
	commas := strings.Count(seg, ",")
	s.intPool = make([]int, 0, commas+na+nr)
	s.resPool = make([]ActionResource, 0, na+na/2)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
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
		lv, ok := levelOf(f[2])
		if !ok {
			return fmt.Errorf("access level %q is not one of L, R, W, P, T", f[2])
		}
		a := Action{Name: f[1], Level: lv}
		for r := f[3]; r != ""; {
			var item string
			item, r, _ = strings.Cut(r, ",")
			req := strings.HasSuffix(item, "*")
			n, ok := atoi(strings.TrimSuffix(item, "*"))
			if !ok || n >= len(s.Resources) {
				return fmt.Errorf("resource reference %q is not a resource type of the service", item)
			}
			if a.Resources == nil {
				a.Resources = s.resPool[len(s.resPool):len(s.resPool)]
			}
			s.resPool = append(s.resPool, ActionResource{Type: n, Required: req})
			a.Resources = s.resPool[len(s.resPool)-len(a.Resources)-1 : len(s.resPool) : len(s.resPool)]
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

// indices reads a comma-separated list of indices below n into the
// service's shared pool.
func (s *Service) indices(field string, n int) ([]int, error) {
	if field == "" {
		return nil, nil
	}
	start := len(s.intPool)
	for field != "" {
		var p string
		p, field, _ = strings.Cut(field, ",")
		v, ok := atoi(p)
		if !ok || v >= n {
			return nil, fmt.Errorf("condition key reference %q is not a key of the service", p)
		}
		s.intPool = append(s.intPool, v)
	}
	return s.intPool[start:len(s.intPool):len(s.intPool)], nil
}

// atoi reads a non-negative decimal number of up to six digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func levelOf(s string) (AccessLevel, bool) {
	switch s {
	case "L":
		return List, true
	case "R":
		return Read, true
	case "W":
		return Write, true
	case "P":
		return PermissionsManagement, true
	case "T":
		return Tagging, true
	}
	return 0, false
}
