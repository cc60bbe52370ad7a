package stsserver

import (
	"errors"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/sts"
)

// authError converts a failure of sigv4.Verify to the STS error to
// answer: the STS error of the SecretFunc as it is, a SigV4 failure in the
// STS error document's terms.
func authError(err error) *sts.Error {
	var se *sts.Error
	if errors.As(err, &se) {
		return se
	}
	var ae *sigv4.Error
	if errors.As(err, &ae) {
		return sts.AuthenticationError(ae.Status, ae.Code, ae.Message)
	}
	return sts.InternalFailureError(err.Error())
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
