package sts

// FederatedUserID returns ACCT:NAME, the FederatedUserId and the
// GetCallerIdentity UserId of a federated user (RULES.md#credentials, RULES.md#caller-identity-document).
func FederatedUserID(account, name string) string { return account + ":" + name }
