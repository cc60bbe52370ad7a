package sts

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// The Query-protocol constants of GetFederationToken (RULES.md#query-protocol).
const (
	ActionName = "GetFederationToken"
	APIVersion = "2011-06-15"
)

// EncodeQuery returns the application/x-www-form-urlencoded body the AWS
// SDK for Go v2 sends for req: keys sorted, values escaped with
// url.QueryEscape, lists as PolicyArns.member.N.arn and
// Tags.member.N.Key/Value (aws/protocol/query Encoder; the request snapshot
// GetFederationToken.request.snap, RULES.md#query-protocol).
func EncodeQuery(req Request) string {
	v := url.Values{}
	v.Set("Action", ActionName)
	v.Set("Version", APIVersion)
	if req.Name != nil {
		v.Set("Name", *req.Name)
	}
	if req.Policy != nil {
		v.Set("Policy", *req.Policy)
	}
	for i, arn := range req.PolicyArns {
		v.Set("PolicyArns.member."+itoa(i+1)+".arn", arn)
	}
	if req.DurationSeconds != nil {
		v.Set("DurationSeconds", itoa(int(*req.DurationSeconds)))
	}
	for i, t := range req.Tags {
		prefix := "Tags.member." + itoa(i+1) + "."
		if t.Key != nil {
			v.Set(prefix+"Key", *t.Key)
		}
		if t.Value != nil {
			v.Set(prefix+"Value", *t.Value)
		}
	}
	if req.MinimumSessionTokenSize != nil {
		v.Set("MinimumSessionTokenSize", itoa(int(*req.MinimumSessionTokenSize)))
	}
	return v.Encode()
}

// DecodeQuery reads a GetFederationToken request from Query parameters in
// any order. Action, Version and parameters it does not know are ignored
// (the endpoint dispatches on Action). List members are ordered by their
// index N; gaps are closed. A tag whose Key or Value parameter is missing
// keeps it nil, so validation reports "Member must not be null". An integer
// parameter that is not a 32-bit integer is a ValidationError: "1 validation
// error detected: Value 'abc' at 'durationSeconds' failed to satisfy
// constraint: Member must be a valid integer" (UNCONFIRMED wording; STS's
// answer to a malformed number has not been captured).
func DecodeQuery(q url.Values) (Request, error) {
	var req Request
	arns := map[int]string{}
	tags := map[int]*Tag{}
	var bad []violation
	for key, values := range q {
		if len(values) == 0 {
			continue
		}
		value := values[0]
		switch key {
		case "Name":
			req.Name = String(value)
		case "Policy":
			req.Policy = String(value)
		case "DurationSeconds":
			if n, ok := parseInt32(value); ok {
				req.DurationSeconds = Int32(n)
			} else {
				bad = append(bad, violation{quoted(value), "durationSeconds", "Member must be a valid integer"})
			}
		case "MinimumSessionTokenSize":
			if n, ok := parseInt32(value); ok {
				req.MinimumSessionTokenSize = Int32(n)
			} else {
				bad = append(bad, violation{quoted(value), "minimumSessionTokenSize", "Member must be a valid integer"})
			}
		default:
			if n, ok := memberIndex(key, "PolicyArns.member.", ".arn"); ok {
				arns[n] = value
			} else if n, ok := memberIndex(key, "Tags.member.", ".Key"); ok {
				tagAt(tags, n).Key = String(value)
			} else if n, ok := memberIndex(key, "Tags.member.", ".Value"); ok {
				tagAt(tags, n).Value = String(value)
			}
		}
	}
	if len(bad) > 0 {
		sort.Slice(bad, func(i, j int) bool { return bad[i].member < bad[j].member })
		return Request{}, validationError(bad)
	}
	for _, n := range sortedKeys(arns) {
		req.PolicyArns = append(req.PolicyArns, arns[n])
	}
	for _, n := range sortedKeys(tags) {
		req.Tags = append(req.Tags, *tags[n])
	}
	return req, nil
}

// DecodeError converts an error of DecodeQuery to the STS error to answer
// with.
func DecodeError(err error) *Error {
	if e, ok := err.(*Error); ok {
		return e
	}
	return newError(statusBadRequest, CodeValidationError, err.Error())
}

// parseInt32 parses a decimal 32-bit integer with an optional sign.
func parseInt32(s string) (int32, bool) {
	n, err := strconv.ParseInt(s, 10, 32)
	return int32(n), err == nil
}

// memberIndex parses "<prefix>N<suffix>" with N a positive decimal integer
// without leading zeros.
func memberIndex(key, prefix, suffix string) (int, bool) {
	if !strings.HasPrefix(key, prefix) || !strings.HasSuffix(key, suffix) || len(key) <= len(prefix)+len(suffix) {
		return 0, false
	}
	digits := key[len(prefix) : len(key)-len(suffix)]
	if digits[0] == '0' || len(digits) > 9 || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 {
		return 0, false
	}
	return n, true
}

// tagAt returns the tag at index n, creating it.
func tagAt(tags map[int]*Tag, n int) *Tag {
	t, ok := tags[n]
	if !ok {
		t = &Tag{}
		tags[n] = t
	}
	return t
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}
