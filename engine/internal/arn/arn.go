// Package arn reads and writes Amazon Resource Names, and builds the ARNs
// of the principals a GetFederationToken session involves. An ARN is
// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, and its resource part may
// itself contain colons (IAM User Guide, "IAM identifiers": ARNs).
package arn

import "strings"

// DefaultPartition is the partition of an ARN whose partition is not given.
const DefaultPartition = "aws"

// ARN is an Amazon Resource Name split into its six segments.
type ARN struct {
	Partition string
	Service   string
	Region    string
	Account   string
	Resource  string
}

// Parse splits s into its segments. It reports false when s does not start
// with "arn:" or has fewer than six segments. It does not allocate: the
// segments are substrings of s.
func Parse(s string) (ARN, bool) {
	rest, ok := strings.CutPrefix(s, "arn:")
	if !ok {
		return ARN{}, false
	}
	var seg [4]string
	for i := range seg {
		var found bool
		if seg[i], rest, found = strings.Cut(rest, ":"); !found {
			return ARN{}, false
		}
	}
	return ARN{Partition: seg[0], Service: seg[1], Region: seg[2], Account: seg[3], Resource: rest}, true
}

// String writes the ARN.
func (a ARN) String() string {
	return "arn:" + a.Partition + ":" + a.Service + ":" + a.Region + ":" + a.Account + ":" + a.Resource
}

// PartitionOr returns p, or DefaultPartition when p is empty.
func PartitionOr(p string) string {
	if p == "" {
		return DefaultPartition
	}
	return p
}

// Account returns the account segment of s, or "" when s is not an ARN
// (such as "*") or names no account (S3 bucket and object ARNs).
func Account(s string) string {
	a, _ := Parse(s)
	return a.Account
}

// IAMUser returns the ARN of an IAM user, arn:PARTITION:iam::ACCOUNT:user/PATH/NAME,
// with path "/" when empty (IAM identifiers: "arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob").
func IAMUser(partition, account, path, name string) string {
	if path == "" {
		path = "/"
	}
	return ARN{Partition: PartitionOr(partition), Service: "iam", Account: account, Resource: "user" + path + name}.String()
}

// Root returns the ARN of an account's root user, arn:PARTITION:iam::ACCOUNT:root.
func Root(partition, account string) string {
	return ARN{Partition: PartitionOr(partition), Service: "iam", Account: account, Resource: "root"}.String()
}

// FederatedUser returns the ARN of a federated-user session,
// arn:PARTITION:sts::ACCOUNT:federated-user/NAME (RULES.md#credentials,
// FederatedUser.Arn).
func FederatedUser(partition, account, name string) string {
	return ARN{Partition: PartitionOr(partition), Service: "sts", Account: account, Resource: "federated-user/" + name}.String()
}

// Is reports whether s is exactly arn:PARTITION:SERVICE::ACCOUNT:PREFIX+NAME
// (no region), comparing piece by piece so that no ARN is built.
func Is(s, partition, service, account, prefix, name string) bool {
	for _, part := range [...]string{"arn:", partition, ":", service, "::", account, ":", prefix} {
		var ok bool
		if s, ok = strings.CutPrefix(s, part); !ok {
			return false
		}
	}
	return s == name
}

// IsIAMUser reports whether s is exactly the ARN of an IAM user,
// arn:PARTITION:iam::ACCOUNT:user/PATH/NAME (path "/" when empty), comparing
// piece by piece so that no ARN is built.
func IsIAMUser(s, partition, account, path, name string) bool {
	if path == "" {
		path = "/"
	}
	for _, part := range [...]string{"arn:", partition, ":iam::", account, ":user", path} {
		var ok bool
		if s, ok = strings.CutPrefix(s, part); !ok {
			return false
		}
	}
	return s == name
}

// IsS3Bucket reports whether s names an S3 bucket: service s3 and a
// non-empty resource without "/" (a bucket ARN has no region or account,
// arn:PARTITION:s3:::BUCKET).
func IsS3Bucket(s string) bool {
	a, ok := Parse(s)
	return ok && a.Service == "s3" && a.Resource != "" && !strings.Contains(a.Resource, "/")
}
