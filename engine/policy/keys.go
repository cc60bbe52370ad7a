package policy

import "strings"

// multivaluedKeys are the global condition keys whose values are sets
// (ArrayOf… types) [RULES.md#multivalued-keys, RULES.md#condition-operators]. Keys are compared
// in lower case: condition key names are "not case-sensitive" [RULES.md#condition-block].
var multivaluedKeys = map[string]bool{
	"aws:tagkeys":                   true,
	"aws:calledvia":                 true,
	"aws:principalservicenameslist": true,
	"aws:principalorgpaths":         true,
	"aws:resourceorgpaths":          true,
	"aws:sourceorgpaths":            true,
}

// singleValuedKeys are global condition keys documented as single-valued
// [RULES.md#request-context]. Tag keys (aws:PrincipalTag/…, aws:RequestTag/…, aws:ResourceTag/…)
// are single-valued too and are matched by prefix in singleValued.
var singleValuedKeys = map[string]bool{
	"aws:sourceip": true, "aws:username": true, "aws:userid": true, "aws:principalarn": true,
	"aws:principalaccount": true, "aws:principaltype": true, "aws:securetransport": true,
	"aws:currenttime": true, "aws:epochtime": true, "aws:requestedregion": true, "aws:sourcevpc": true,
	"aws:sourcevpce": true, "aws:principalorgid": true, "aws:multifactorauthpresent": true,
	"aws:multifactorauthage": true, "aws:tokenissuetime": true, "aws:sourceaccount": true,
	"aws:sourcearn": true, "aws:resourceaccount": true, "aws:resourceorgid": true,
	"aws:referer": true, "aws:useragent": true, "aws:viaawsservice": true, "aws:principalisawsservice": true,
}

// multivalued reports whether key is a known multivalued global key.
func multivalued(key string) bool { return multivaluedKeys[strings.ToLower(key)] }

// singleValued reports whether key is a known single-valued global key.
func singleValued(key string) bool {
	k := strings.ToLower(key)
	return singleValuedKeys[k] || strings.HasPrefix(k, "aws:principaltag/") ||
		strings.HasPrefix(k, "aws:requesttag/") || strings.HasPrefix(k, "aws:resourcetag/")
}
