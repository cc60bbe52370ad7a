package sts

import (
	"io"
	"time"

	"github.com/stsplay/stsplay/engine/principal"
)

// IssueOptions are the engine-side inputs of Issue.
type IssueOptions struct {
	// Key authenticates session tokens; the endpoint must use the same key
	// with ParseToken. An empty key works but protects nothing.
	Key []byte
	// Now is the request time; Expiration is Now plus the duration.
	Now time.Time
	// Random supplies the access key id; see NewRandom.
	Random io.Reader
}

// Session is a federated-user session as GetFederationToken returns it.
type Session struct {
	// Credentials are the temporary credentials.
	Credentials Credentials `json:"credentials"`
	// FederatedUserARN is arn:PARTITION:sts::ACCT:federated-user/NAME.
	FederatedUserARN string `json:"arn"`
	// FederatedUserID is ACCT:NAME.
	FederatedUserID string `json:"federatedUserId"`
	// PackedPolicySize is the percentage the response reports.
	PackedPolicySize int `json:"packedPolicySize"`
	// Packing details how PackedPolicySize was computed.
	Packing Packing `json:"packing"`
	// Claims are the contents of the session token.
	Claims TokenClaims `json:"-"`
}

// Issue packs v's session policies and tags, failing with
// PackedPolicyTooLarge above 100% (the packing limit is checked after
// authorization: UNCONFIRMED order), and otherwise creates the session: an
// access key id from opt.Random, a session token carrying the session, the
// secret derived from it, and Expiration = Now + DurationSeconds, both
// truncated to milliseconds as STS writes them.
func Issue(v *Validated, caller principal.Caller, opt IssueOptions) (*Session, *Error) {
	packing := Pack(v.Policies, v.Tags)
	if err := packing.Err(); err != nil {
		return nil, err
	}
	issued := opt.Now.UTC().Truncate(time.Millisecond)
	claims := TokenClaims{
		Version:     TokenVersion,
		Partition:   caller.PartitionOrDefault(),
		Account:     caller.Account,
		Name:        v.Name,
		CallerType:  caller.Type,
		CallerName:  caller.UserName,
		CallerPath:  caller.Path,
		Tags:        v.Tags,
		Issued:      issued,
		Expires:     issued.Add(time.Duration(v.DurationSeconds) * time.Second),
		AccessKeyID: NewAccessKeyID(opt.Random),
	}
	for _, p := range v.Policies {
		claims.Policies = append(claims.Policies, TokenPolicy{ARN: p.ARN, Text: p.Text})
	}
	token, secret, err := IssueToken(opt.Key, &claims, int(v.MinimumSessionTokenSize))
	if err != nil {
		// json.Marshal cannot fail on TokenClaims; this is defensive.
		return nil, InternalFailureError(err.Error())
	}
	claims.SecretAccessKey = secret
	return &Session{
		Credentials: Credentials{
			AccessKeyID:     claims.AccessKeyID,
			SecretAccessKey: secret,
			SessionToken:    token,
			Expiration:      claims.Expires,
		},
		FederatedUserARN: v.FederatedUserARN,
		FederatedUserID:  v.FederatedUserID,
		PackedPolicySize: packing.PackedPolicySize,
		Packing:          packing,
		Claims:           claims,
	}, nil
}
