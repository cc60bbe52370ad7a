package sts

// FederatedUserID returns ACCT:NAME, the FederatedUserId and the
// GetCallerIdentity UserId of a federated user (sts_wire §2, §3).
func FederatedUserID(account, name string) string { return account + ":" + name }
