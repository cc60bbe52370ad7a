package stsserver

import (
	"net/http"

	"github.com/stsplay/stsplay/engine/sts"
	"github.com/stsplay/stsplay/engine/stsserver/sigv4"
)

// Error codes of the Query protocol layer ("Common Errors" of the AWS API
// references, with their statuses; RULES.md#query-protocol-errors).
const (
	codeInvalidAction         = "InvalidAction"         // 400
	codeMissingAction         = "MissingAction"         // 400
	codeMissingParameter      = "MissingParameter"      // 400
	codeInvalidQueryParameter = "InvalidQueryParameter" // 400
	// codeTooLarge is RequestEntityTooLargeException, 413: "There are
	// problems with the request at the HTTP level. The request entity is
	// too large." (Common Errors).
	codeTooLarge = "RequestEntityTooLargeException"
	// codeMethodNotAllowed answers methods other than GET, POST and
	// OPTIONS [inferred: STS's answer to, say, PUT is not documented].
	codeMethodNotAllowed = "MethodNotAllowed"
)

// senderError is a client-fault STS error (ErrorResponse/Error/Type
// "Sender").
func senderError(status int, code, msg string) *sts.Error {
	return &sts.Error{Status: status, Type: "Sender", Code: code, Message: msg}
}

// authError converts a SigV4 failure to the STS error document's terms.
func authError(e *sigv4.Error) *sts.Error {
	return senderError(e.Status, e.Code, e.Message)
}

// invalidAction answers an Action STS does not have: "Could not find
// operation NAME for version 2011-06-15" (the text AWS Query services give
// for an unknown Action [inferred wording]).
func invalidAction(action, version string) *sts.Error {
	return senderError(http.StatusBadRequest, codeInvalidAction,
		"Could not find operation "+action+" for version "+version)
}

// notSimulated answers a real STS action that this simulator does not
// implement. The code is InvalidAction, as the issue asks, with a message
// that says plainly why.
func notSimulated(action string) *sts.Error {
	return senderError(http.StatusBadRequest, codeInvalidAction,
		action+" is a real STS action, but this simulator (stsplay) does not implement it; it answers only GetFederationToken and GetCallerIdentity.")
}

// realActions are the operations of the STS API (service model
// 2011-06-15, as generated in aws-sdk-go-v2 service/sts).
var realActions = map[string]bool{
	"AssumeRole":                 true,
	"AssumeRoleWithSAML":         true,
	"AssumeRoleWithWebIdentity":  true,
	"AssumeRoot":                 true,
	"DecodeAuthorizationMessage": true,
	"GetAccessKeyInfo":           true,
	"GetCallerIdentity":          true,
	"GetDelegatedAccessToken":    true,
	"GetFederationToken":         true,
	"GetSessionToken":            true,
	"GetWebIdentityToken":        true,
}
