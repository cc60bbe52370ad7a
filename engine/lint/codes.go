// Package lint checks a parsed policy against the AWS action catalog: it
// finds actions, service prefixes and condition keys that do not exist,
// action patterns that match nothing, and resources that no action of the
// statement takes. It returns the same policy.Diagnostic type as
// policy.Parse, with positions, so that editors show both alike.
//
// None of these findings is an error: IAM saves such a policy and STS
// accepts it (the action simply never matches a request), so the policy is
// still evaluated. Every message names the catalog version it comes from.
package lint

// The diagnostic codes of the catalog lint. Like policy's codes they are
// stable: a code is never renamed or reused for another finding.
//
//	code                           severity     finding
//	unknown-service                warning      an action's service prefix is not in the catalog
//	unknown-action                 warning      an action the service does not have (with "did you mean")
//	pattern-matches-nothing        warning      an action pattern with a wildcard that covers no action
//	resource-type-mismatch         warning      a resource that fits none of the statement's actions' resource types
//	resource-needs-wildcard        warning      actions that take only "Resource": "*" given specific ARNs
//	unknown-condition-key          warning      a service-specific condition key the catalog does not list
//	condition-key-not-supported    suggestion   a condition key that none of the statement's actions supports
const (
	CodeUnknownService           = "unknown-service"
	CodeUnknownAction            = "unknown-action"
	CodePatternMatchesNothing    = "pattern-matches-nothing"
	CodeResourceTypeMismatch     = "resource-type-mismatch"
	CodeResourceNeedsWildcard    = "resource-needs-wildcard"
	CodeUnknownConditionKey      = "unknown-condition-key"
	CodeConditionKeyNotSupported = "condition-key-not-supported"
)
