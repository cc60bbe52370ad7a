package sts

// Request is a GetFederationToken request as its parameters arrive. Pointer
// fields distinguish a parameter that is absent (nil) from one that is
// present but empty, because STS words the two differently: an absent Name
// is "Value null at 'name' … Member must not be null", an empty one fails
// the length constraint (RULES.md#validation-error).
type Request struct {
	// Name is the federated user's name (required, 2–32 characters of
	// [\w+=,.@-]).
	Name *string `json:"name,omitempty"`
	// Policy is the inline session policy (optional, 1–2,048 characters).
	Policy *string `json:"policy,omitempty"`
	// PolicyArns are the ARNs of managed session policies, in order.
	PolicyArns []string `json:"policyArns,omitempty"`
	// DurationSeconds is the requested lifetime (900–129,600; default
	// 43,200).
	DurationSeconds *int32 `json:"durationSeconds,omitempty"`
	// Tags are the session tags, in order.
	Tags []Tag `json:"tags,omitempty"`
	// MinimumSessionTokenSize is the September 2026 parameter (0–4,096)
	// asking STS for a session token of at least that many characters
	// (RULES.md#minimum-session-token-size).
	MinimumSessionTokenSize *int32 `json:"minimumSessionTokenSize,omitempty"`
}

// Tag is one session tag of a request. Key and Value are required by the
// model; nil means the parameter was absent.
type Tag struct {
	Key   *string `json:"key,omitempty"`
	Value *string `json:"value,omitempty"`
}

// String returns a pointer to s; it makes Request literals short.
func String(s string) *string { return &s }

// Int32 returns a pointer to n; it makes Request literals short.
func Int32(n int32) *int32 { return &n }

// NewTag returns a Tag with both Key and Value present.
func NewTag(key, value string) Tag { return Tag{Key: &key, Value: &value} }
