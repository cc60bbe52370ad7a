// Package reqctx holds the request context of an AWS request: the condition
// keys and their values that conditions and policy variables read.
//
// Condition key names are case-insensitive ("aws:SourceIP … is equivalent
// to … AWS:SourceIp", IAM User Guide, "IAM JSON policy elements:
// Condition"), so keys are stored folded to lower case while the spelling
// first given is kept for display.
package reqctx

import (
	"sort"
	"strings"
)

// Context maps condition keys to their values. A key may be single-valued
// (one value) or multivalued (any number, including zero). The zero value is
// not usable; call New. A nil *Context behaves as an empty context for
// reading.
type Context struct {
	entries map[string]entry
}

type entry struct {
	name   string
	values []string
	multi  bool
}

// New returns an empty context.
func New() *Context { return &Context{entries: map[string]entry{}} }

// Set sets a single-valued key.
func (c *Context) Set(key, value string) {
	c.entries[strings.ToLower(key)] = entry{name: key, values: []string{value}}
}

// SetMulti sets a multivalued key (such as aws:TagKeys). An empty list is a
// key that is present with no values.
func (c *Context) SetMulti(key string, values []string) {
	c.entries[strings.ToLower(key)] = entry{name: key, values: append([]string(nil), values...), multi: true}
}

// Get returns the values of a key and whether it is present. The returned
// slice must not be modified.
func (c *Context) Get(key string) ([]string, bool) {
	if c == nil {
		return nil, false
	}
	var buf [64]byte
	if k, ok := foldKey(key, buf[:0]); ok {
		// Indexing with string(bytes) does not allocate.
		e, ok := c.entries[string(k)]
		return e.values, ok
	}
	e, ok := c.entries[strings.ToLower(key)]
	return e.values, ok
}

// foldKey lower-cases an ASCII key into dst. It reports false for a key
// that is not ASCII or does not fit, which the caller folds with
// strings.ToLower instead. Keys are looked up on every condition and
// variable, so this keeps the evaluator's fast path free of allocations.
func foldKey(key string, dst []byte) ([]byte, bool) {
	if len(key) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// IsMulti reports whether a present key was set as multivalued.
func (c *Context) IsMulti(key string) bool {
	if c == nil {
		return false
	}
	return c.entries[strings.ToLower(key)].multi
}

// Keys returns the keys as first spelled, sorted case-insensitively.
func (c *Context) Keys() []string {
	if c == nil {
		return nil
	}
	// The map's keys are the lowered names: sort by them, lowering nothing.
	lowered := make([]string, 0, len(c.entries))
	for k := range c.entries {
		lowered = append(lowered, k)
	}
	sort.Strings(lowered)
	keys := make([]string, len(lowered))
	for i, k := range lowered {
		keys[i] = c.entries[k].name
	}
	return keys
}

// Len returns the number of keys.
func (c *Context) Len() int {
	if c == nil {
		return 0
	}
	return len(c.entries)
}

// Getter reads condition keys. *Context and Layers implement it.
type Getter interface {
	Get(key string) ([]string, bool)
}

// Layers looks a key up in each context in turn and answers with the first
// that has it. It lets a request's own keys override the session's without
// copying either context.
type Layers []*Context

// Get returns the values of the first layer that has the key.
func (l Layers) Get(key string) ([]string, bool) {
	for _, c := range l {
		if v, ok := c.Get(key); ok {
			return v, true
		}
	}
	return nil, false
}
