package sts

// CallerType says whose long-term credentials call GetFederationToken. The
// values are the same words as eval.CallerType so the two convert directly.
type CallerType string

// The two kinds of caller GetFederationToken accepts (STS API Reference,
// "GetFederationToken": "must be called by using the long-term AWS security
// credentials of an IAM user" or of the account's root user).
const (
	CallerIAMUser CallerType = "IAMUser"
	CallerRoot    CallerType = "Root"
)

// Caller is the principal whose credentials sign the request.
type Caller struct {
	// Type is CallerIAMUser or CallerRoot.
	Type CallerType `json:"type"`
	// Account is the 12-digit account id of the caller.
	Account string `json:"account"`
	// Partition is the ARN partition; "" means "aws".
	Partition string `json:"partition,omitempty"`
	// UserName is the IAM user's name; empty for the root user.
	UserName string `json:"userName,omitempty"`
	// Path is the IAM user's path such as "/engineering/"; "" means "/".
	Path string `json:"path,omitempty"`
}

// IsRoot reports whether the caller is the account's root user.
func (c Caller) IsRoot() bool { return c.Type == CallerRoot }

// PartitionOrDefault returns the caller's partition, "aws" when unset.
func (c Caller) PartitionOrDefault() string {
	if c.Partition == "" {
		return "aws"
	}
	return c.Partition
}

// ARN returns the caller's ARN as STS names it in AccessDenied messages:
// arn:aws:iam::ACCT:user/PATH/NAME for an IAM user and arn:aws:iam::ACCT:root
// for the root user (RULES.md#access-denied).
func (c Caller) ARN() string {
	prefix := "arn:" + c.PartitionOrDefault() + ":iam::" + c.Account + ":"
	if c.IsRoot() {
		return prefix + "root"
	}
	path := c.Path
	if path == "" {
		path = "/"
	}
	return prefix + "user" + path + c.UserName
}

// FederatedUserARN returns arn:PARTITION:sts::ACCT:federated-user/NAME, the
// ARN of the session GetFederationToken creates for name (RULES.md#credentials,
// FederatedUser.Arn).
func FederatedUserARN(partition, account, name string) string {
	if partition == "" {
		partition = "aws"
	}
	return "arn:" + partition + ":sts::" + account + ":federated-user/" + name
}

// FederatedUserID returns ACCT:NAME, the FederatedUserId and the
// GetCallerIdentity UserId of a federated user (RULES.md#credentials, RULES.md#caller-identity-document).
func FederatedUserID(account, name string) string { return account + ":" + name }
