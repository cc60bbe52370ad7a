package match

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
)

// CoversService reports whether a Resource pattern names every resource of
// a service: an ARN pattern arn:PARTITION:SERVICE:REGION:ACCOUNT:* whose
// service is service (ignoring case), whose partition is partition or "*",
// whose region and account are empty or "*", and whose resource part is
// "*" — such as arn:aws:s3:::* or arn:aws:ec2:*:*:*.
//
// The evaluator uses it for requests whose resource is "*", that is,
// actions without a resource type such as s3:ListAllMyBuckets. AWS's
// worked example grants that action with such a pattern: the statement
// AllowS3ListRead with "Resource": "arn:aws:s3:::*" "allows Carlos to view
// a list of all of the buckets in the account" (IAM User Guide, "Policy
// evaluation for requests within a single account"). That a pattern
// covering the whole service stands for "*" is our reading of the example
// [inferred]; a narrower pattern never grants such an action.
func CoversService(pattern, partition, service string) bool {
	a, ok := arn.Parse(pattern)
	if !ok || a.Resource != "*" {
		return false
	}
	if a.Partition != "*" && a.Partition != partition {
		return false
	}
	if !strings.EqualFold(a.Service, service) {
		return false
	}
	return (a.Region == "" || a.Region == "*") && (a.Account == "" || a.Account == "*")
}
