// Package principal describes the principals of a GetFederationToken call:
// the caller whose long-term credentials sign it (an IAM user or the
// account root user), the federated-user session it creates, and their
// tags. The STS simulation, the evaluator, scenarios and the endpoint all
// use these types.
package principal

import (
	"time"

	"github.com/stsplay/stsplay/engine/internal/arn"
)

// Tag is one tag: an IAM user's tag or a session tag of GetFederationToken.
// Its JSON form is part of the session token; keep it stable.
type Tag struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// CallerType says whose long-term credentials call GetFederationToken.
type CallerType string

// The two kinds of caller GetFederationToken accepts (STS API Reference,
// "GetFederationToken": "must be called by using the long-term AWS security
// credentials of an IAM user" or of the account's root user).
const (
	IAMUser CallerType = "IAMUser"
	Root    CallerType = "Root"
)

// Caller is the principal whose long-term credentials sign a
// GetFederationToken request.
type Caller struct {
	// Type is IAMUser or Root.
	Type CallerType
	// Account is the 12-digit account id of the caller.
	Account string
	// Partition is the ARN partition; "" means "aws".
	Partition string
	// UserName is the IAM user's name; empty for the root user.
	UserName string
	// Path is the IAM user's path such as "/engineering/"; "" means "/".
	Path string
	// UserID is the IAM user's unique id (such as AIDAJQABLZS4A3QDU576Q);
	// it may be empty, since it cannot be derived.
	UserID string
	// Tags are the IAM user's tags (none for the root user).
	Tags []Tag
}

// IsRoot reports whether the caller is the account's root user.
func (c Caller) IsRoot() bool { return c.Type == Root }

// PartitionOrDefault returns the caller's partition, "aws" when unset.
func (c Caller) PartitionOrDefault() string { return arn.PartitionOr(c.Partition) }

// ARN returns the caller's ARN, arn:PARTITION:iam::ACCOUNT:user/PATH/NAME
// for an IAM user and arn:PARTITION:iam::ACCOUNT:root for the root user, as
// STS names it in AccessDenied messages (RULES.md#access-denied) and as
// aws:PrincipalArn holds it.
func (c Caller) ARN() string {
	if c.IsRoot() {
		return arn.Root(c.Partition, c.Account)
	}
	return arn.IAMUser(c.Partition, c.Account, c.Path, c.UserName)
}

// Session describes a federated-user session: the federated user, who
// created it, its session tags and when it was issued.
type Session struct {
	// Partition ("" means "aws"), Account and Name identify the federated
	// user (Name is the Name parameter of GetFederationToken).
	Partition string
	Account   string
	Name      string
	// Caller is who called GetFederationToken.
	Caller Caller
	// Tags are the Tags parameter of GetFederationToken.
	Tags []Tag
	// Issued is when the credentials were issued; it may be zero.
	Issued time.Time
}

// ARN returns the session's principal ARN,
// arn:PARTITION:sts::ACCOUNT:federated-user/NAME (STS API Reference,
// GetFederationToken: FederatedUser.Arn).
func (s Session) ARN() string { return arn.FederatedUser(s.Partition, s.Account, s.Name) }

// UserID returns ACCOUNT:NAME, the session's FederatedUserId, its
// GetCallerIdentity UserId and its aws:userid.
func (s Session) UserID() string { return s.Account + ":" + s.Name }
