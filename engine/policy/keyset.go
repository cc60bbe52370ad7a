package policy

// keySet remembers the keys of one JSON object to find duplicates. It scans
// a short slice for the usual handful of keys and switches to a map when an
// object has many, so that a huge object stays linear.
type keySet struct {
	small []string
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
	for _, k := range s.small {
		if k == key {
			return false
		}
	}
	if len(s.small) < 16 {
		s.small = append(s.small, key)
		return true
	}
	s.big = make(map[string]struct{}, 64)
	for _, k := range s.small {
		s.big[k] = struct{}{}
	}
	s.big[key] = struct{}{}
	return true
}
