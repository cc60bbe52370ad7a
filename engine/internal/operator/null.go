package operator

// ParseNull reads a value of the Null operator: "true (the key doesn't
// exist — it is null) or false (the key exists and its value is not null)"
// [RULES.md#null-operator], in any letter case, as ParseBool reads it. absent is what the
// value asks for: true asks for the key to be absent.
func ParseNull(s string) (absent, ok bool) { return ParseBool(s) }

// NullHolds reports whether a Null value asking for absent is met by a key
// whose null state is null (absent, or present with a null data set).
func NullHolds(absent, null bool) bool { return absent == null }
