package sts

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/principal"
)

// The limits of GetFederationToken's parameters (RULES.md#getfederationtoken-on-the-wire: the STS
// service model and the API Reference).
const (
	NameMinLength           = 2
	NameMaxLength           = 32
	PolicyMinLength         = 1
	PolicyMaxLength         = 2048
	ARNMinLength            = 20
	ARNMaxLength            = 2048
	MaxPolicyArns           = 10
	MaxTags                 = 50
	TagKeyMaxLength         = 128
	TagValueMaxLength       = 256
	MinDurationSeconds      = 900
	MaxDurationSeconds      = 129600
	DefaultDurationSeconds  = 43200
	RootMaxDurationSeconds  = 3600
	MaxMinimumTokenSize     = 4096
	reservedTagPrefix       = "aws:"
	sessionPolicySourceBase = "request."
)

// Validated is a request that passed validation, with its defaults applied
// and its session policies parsed. Issue turns it into a session.
type Validated struct {
	// Name is the federated user's name.
	Name string `json:"name"`
	// FederatedUserARN is arn:PARTITION:sts::ACCT:federated-user/NAME.
	FederatedUserARN string `json:"federatedUserArn"`
	// FederatedUserID is ACCT:NAME.
	FederatedUserID string `json:"federatedUserId"`
	// RequestedDurationSeconds is DurationSeconds as asked, or the default
	// 43,200 when absent.
	RequestedDurationSeconds int32 `json:"requestedDurationSeconds"`
	// DurationSeconds is the lifetime the session gets: the requested one,
	// capped at 3,600 for a root caller.
	DurationSeconds int32 `json:"durationSeconds"`
	// DurationCapped is true when the root-caller cap shortened the session.
	DurationCapped bool `json:"durationCapped"`
	// Policies are the session policies: the inline Policy first (Source
	// "request.Policy"), then the managed ones in request order (Source
	// "request.PolicyArns[i]").
	Policies []SessionPolicy `json:"policies"`
	// Tags are the session tags in request order.
	Tags []principal.Tag `json:"tags"`
	// MinimumSessionTokenSize is the requested minimum token length, 0 when
	// absent.
	MinimumSessionTokenSize int32 `json:"minimumSessionTokenSize"`
}

// Validate checks req the way STS does before it authorizes the caller, in
// this order (UNCONFIRMED as a whole: AWS does not document the order; it is
// the order of its layers as far as public errors show):
//
//  1. The model's constraints on every member, in the model's member order
//     Name, Policy, PolicyArns, DurationSeconds, Tags (botocore
//     service-2.json GetFederationTokenRequest), then MinimumSessionTokenSize;
//     all failures are combined into one ValidationError.
//  2. The session-tag rules that are not model constraints: no "aws:"
//     prefix and no two keys equal ignoring case (IAM User Guide, "Passing
//     session tags in AWS STS"; RULES.md#tags).
//  3. The session policies: each managed ARN must name a policy of the
//     caller's account (or an AWS managed policy, account "aws") that
//     managed holds, and every policy text must parse as a session policy;
//     failures are MalformedPolicyDocument.
//
// managed maps policy ARNs to their JSON text. On success the returned
// Validated has the default duration applied and, for a root caller, the
// duration capped at one hour rather than rejected (RULES.md#duration-seconds: "longer
// than 3600 is capped to 1 h, not rejected").
func Validate(req Request, caller principal.Caller, managed map[string]string) (*Validated, *Error) {
	if vs := modelViolations(req); len(vs) > 0 {
		return nil, validationError(vs)
	}
	tags, err := sessionTags(req.Tags)
	if err != nil {
		return nil, err
	}
	policies, err := sessionPolicies(req, caller, managed)
	if err != nil {
		return nil, err
	}
	v := &Validated{
		Name:                     *req.Name,
		FederatedUserARN:         arn.FederatedUser(caller.Partition, caller.Account, *req.Name),
		FederatedUserID:          FederatedUserID(caller.Account, *req.Name),
		RequestedDurationSeconds: DefaultDurationSeconds,
		Policies:                 policies,
		Tags:                     tags,
	}
	if req.DurationSeconds != nil {
		v.RequestedDurationSeconds = *req.DurationSeconds
	}
	v.DurationSeconds = v.RequestedDurationSeconds
	// STS API Reference, "GetFederationToken": "Temporary credentials
	// obtained by using the root user credentials have a maximum duration
	// of 3,600 seconds (1 hour)."
	if caller.IsRoot() && v.DurationSeconds > RootMaxDurationSeconds {
		v.DurationSeconds = RootMaxDurationSeconds
		v.DurationCapped = true
	}
	if req.MinimumSessionTokenSize != nil {
		v.MinimumSessionTokenSize = *req.MinimumSessionTokenSize
	}
	return v, nil
}

// modelViolations returns the failed model constraints of req in the
// model's member order.
func modelViolations(req Request) []violation {
	var vs []violation
	if req.Name == nil {
		vs = append(vs, violation{nullValue, "name", mustNotBeNull})
	} else {
		vs = checkString(vs, "name", *req.Name, NameMinLength, NameMaxLength, patternName, isNameChar)
	}
	if req.Policy != nil {
		vs = checkString(vs, "policy", *req.Policy, PolicyMinLength, PolicyMaxLength, patternPolicy, isPolicyChar)
	}
	// The model gives policyDescriptorListType no maximum; the API
	// Reference says "up to 10 managed policies". Reporting an 11th as a
	// list-length violation is UNCONFIRMED.
	if len(req.PolicyArns) > MaxPolicyArns {
		vs = append(vs, violation{renderPolicyArns(req.PolicyArns), "policyArns", maxLength(MaxPolicyArns)})
	}
	for i, arn := range req.PolicyArns {
		vs = checkString(vs, "policyArns."+itoa(i+1)+".member.arn", arn, ARNMinLength, ARNMaxLength, patternARN, isARNChar)
	}
	if d := req.DurationSeconds; d != nil {
		if *d < MinDurationSeconds {
			vs = append(vs, violation{quoted(itoa(int(*d))), "durationSeconds", minValue(MinDurationSeconds)})
		}
		if *d > MaxDurationSeconds {
			vs = append(vs, violation{quoted(itoa(int(*d))), "durationSeconds", maxValue(MaxDurationSeconds)})
		}
	}
	// tagListType has max 50 in the STS model (RULES.md#tags); the list is checked before its members
	// (UNCONFIRMED order).
	if len(req.Tags) > MaxTags {
		vs = append(vs, violation{renderTags(req.Tags), "tags", maxLength(MaxTags)})
	}
	for i, t := range req.Tags {
		prefix := "tags." + itoa(i+1) + ".member."
		if t.Key == nil {
			vs = append(vs, violation{nullValue, prefix + "key", mustNotBeNull})
		} else {
			vs = checkString(vs, prefix+"key", *t.Key, 1, TagKeyMaxLength, patternTagKey, isTagChar)
		}
		if t.Value == nil {
			vs = append(vs, violation{nullValue, prefix + "value", mustNotBeNull})
		} else {
			vs = checkString(vs, prefix+"value", *t.Value, 0, TagValueMaxLength, patternTagValue, isTagChar)
		}
	}
	// MinimumSessionTokenSize: int 0–4096 (RULES.md#minimum-session-token-size, API Reference, September
	// 2026); the member name in the message is UNCONFIRMED.
	if m := req.MinimumSessionTokenSize; m != nil {
		if *m < 0 {
			vs = append(vs, violation{quoted(itoa(int(*m))), "minimumSessionTokenSize", minValue(0)})
		}
		if *m > MaxMinimumTokenSize {
			vs = append(vs, violation{quoted(itoa(int(*m))), "minimumSessionTokenSize", maxValue(MaxMinimumTokenSize)})
		}
	}
	return vs
}

// renderPolicyArns shows a PolicyArns list in a violation the way a Java
// list of structures prints (UNCONFIRMED: no capture of this message).
func renderPolicyArns(arns []string) string {
	parts := make([]string, len(arns))
	for i, a := range arns {
		parts[i] = "PolicyDescriptorType(arn=" + a + ")"
	}
	return quoted("[" + strings.Join(parts, ", ") + "]")
}

// renderTags shows a Tags list in a violation the way a Java list of
// structures prints (UNCONFIRMED: no capture of this message).
func renderTags(tags []Tag) string {
	parts := make([]string, len(tags))
	for i, t := range tags {
		parts[i] = "Tag(key=" + deref(t.Key) + ", value=" + deref(t.Value) + ")"
	}
	return quoted("[" + strings.Join(parts, ", ") + "]")
}

// deref returns *p, or "null" as Java prints a missing member.
func deref(p *string) string {
	if p == nil {
		return nullValue
	}
	return *p
}

// sessionTags applies the session-tag rules that are not model constraints
// and returns the tags. "You cannot create a tag key or value that begins
// with aws:" and "Tag key–value pairs are not case sensitive … you cannot
// have separate Department and department tag keys" (IAM User Guide,
// "Tagging IAM resources" and "Passing session tags in AWS STS"; STS API
// Reference, "GetFederationToken"). STS's code and wording for both are
// UNCONFIRMED; this uses ValidationError with IAM's sentence for duplicates
// (serverless/serverless#7885) and a sentence in the same style for the
// prefix. The prefix is compared ignoring case, as tag keys are.
func sessionTags(in []Tag) ([]principal.Tag, *Error) {
	tags := make([]principal.Tag, 0, len(in))
	seen := make(map[string]bool, len(in))
	for _, t := range in {
		key, value := *t.Key, *t.Value
		if len(key) >= len(reservedTagPrefix) && strings.EqualFold(key[:len(reservedTagPrefix)], reservedTagPrefix) {
			return nil, newError(statusBadRequest, CodeValidationError,
				"Tag keys cannot start with 'aws:'; the prefix is reserved for AWS use: '"+key+"'")
		}
		folded := strings.ToLower(key)
		if seen[folded] {
			return nil, newError(statusBadRequest, CodeValidationError,
				"Duplicate tag keys found. Please note that Tag keys are case insensitive.")
		}
		seen[folded] = true
		tags = append(tags, principal.Tag{Key: key, Value: value})
	}
	return tags, nil
}
