package policy

// keySet remembers the keys of one JSON object to find duplicates. It scans
// a small inline array for the usual handful of keys and switches to a map
// when an object has many, so that a huge object stays linear.
type keySet struct {
	small [12]string
	n     int
	big   map[string]struct{}
}

// add records key and reports whether it was new.
func (s *keySet) add(key string) bool {
	if s.big != nil {
		if _, dup := s.big[key]; dup {
			return false
		}
		s.big[key] = struct{}{}
		return true
	}
	for _, k := range s.small[:s.n] {
		if k == key {
			return false
		}
	}
	if s.n < len(s.small) {
		s.small[s.n] = key
		s.n++
		return true
	}
	s.big = make(map[string]struct{}, 64)
	for _, k := range s.small {
		s.big[k] = struct{}{}
	}
	s.big[key] = struct{}{}
	return true
}

// empty reports whether no key was added.
func (s *keySet) empty() bool { return s.n == 0 }
