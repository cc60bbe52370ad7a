package eval

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/arn"
)

// Protocols of AWS services, as the AWS SDKs name them; the protocol
// decides how a service spells its errors.
const (
	ProtocolQuery   = "query"    // the Query protocol (STS, IAM, SNS)
	ProtocolRESTXML = "rest-xml" // REST with XML bodies (S3)
	ProtocolJSON    = "json"     // the AWS JSON protocol (DynamoDB, KMS)
)

// Service is what the engine knows of one AWS service beyond the policies:
// one row of the table of service rules (RULES.md#service-rules), each
// with the AWS page it comes from.
type Service struct {
	// Prefix is the service prefix of its actions, such as "s3".
	Prefix string
	// Protocol is one of the Protocol* constants.
	Protocol string
	// KeyPolicy is true for a service whose resource policy must let IAM
	// policies work (KMS: "Unless the key policy explicitly allows it, you
	// cannot use IAM policies to allow access to a KMS key";
	// RULES.md#key-policy). Its resources are those whose ARN has
	// KeyResource as its resource type prefix.
	KeyPolicy   bool
	KeyResource string
	// RCP is true for a service that supports resource control policies
	// (RULES.md#resource-control-policies lists them with the date the
	// list was read).
	RCP bool
	// Source is the page that gives the row's facts (title and URL).
	Source string
}

// services is the table of service rules. A service not listed here gets
// the Query protocol's spelling of errors (RULES.md#expired-token marks
// that inferred).
var services = []Service{
	{Prefix: "s3", RCP: true, Protocol: ProtocolRESTXML, Source: `Amazon S3 API Reference, "Error responses", https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html`},
	{Prefix: "sqs", RCP: true, Protocol: ProtocolQuery, Source: `Amazon SQS API Reference, "Common Errors", https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html`},
	{Prefix: "sns", Protocol: ProtocolQuery, Source: `Amazon SNS API Reference, "Common Errors", https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html`},
	{Prefix: "sts", RCP: true, Protocol: ProtocolQuery, Source: `AWS STS API Reference, "Common Errors", https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html`},
	{Prefix: "iam", Protocol: ProtocolQuery, Source: `IAM API Reference, "Common Errors", https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html`},
	{Prefix: "secretsmanager", Protocol: ProtocolJSON, RCP: true, Source: `AWS Secrets Manager API Reference, "Common Errors", https://docs.aws.amazon.com/secretsmanager/latest/apireference/CommonErrors.html`},
	{Prefix: "dynamodb", Protocol: ProtocolJSON, Source: `Amazon DynamoDB API Reference, "Common Errors", https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html`},
	{Prefix: "kms", RCP: true, Protocol: ProtocolJSON, KeyPolicy: true, KeyResource: "key/", Source: `AWS KMS API Reference, "Common Errors", https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html; AWS KMS Developer Guide, "Key policies in AWS KMS", https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html`},
}

// ServiceOf returns the row of the service of action ("service:Action",
// the prefix compared without regard to case), and false when the table
// has none.
func ServiceOf(action string) (Service, bool) {
	prefix, _, _ := strings.Cut(action, ":")
	for _, s := range services {
		if strings.EqualFold(s.Prefix, prefix) {
			return s, true
		}
	}
	return Service{}, false
}

// ServiceError is an error a service answers instead of a decision.
type ServiceError struct {
	// Code and Message are the service's own.
	Code    string `json:"code"`
	Message string `json:"message"`
	// Source is where the code and message come from.
	Source string `json:"source"`
}

// The codes of an expired session token.
const (
	CodeExpiredToken          = "ExpiredToken"
	CodeExpiredTokenException = "ExpiredTokenException"
)

// ExpiredToken is the error a request made with the session's credentials
// at or after their expiration gets from the service of action
// (RULES.md#expired-token): ExpiredTokenException from a service of the
// AWS JSON protocol, ExpiredToken from the others.
func ExpiredToken(action string) ServiceError {
	s, known := ServiceOf(action)
	switch {
	case known && s.Protocol == ProtocolJSON:
		return ServiceError{Code: CodeExpiredTokenException, Message: "The security token included in the request is expired", Source: s.Source}
	case known && s.Protocol == ProtocolRESTXML:
		return ServiceError{Code: CodeExpiredToken, Message: "The provided token has expired.", Source: s.Source}
	case known:
		return ServiceError{Code: CodeExpiredToken, Message: "The security token included in the request is expired", Source: s.Source}
	}
	return ServiceError{Code: CodeExpiredToken, Message: "The security token included in the request is expired", Source: "RULES.md#expired-token (inferred for a service the playground does not list)"}
}

// keyPolicyApplies reports whether resource is a key of a service whose
// key policy must allow the account before IAM policies count
// (RULES.md#key-policy).
func keyPolicyApplies(action, resource string) bool {
	s, ok := ServiceOf(action)
	if !ok || !s.KeyPolicy {
		return false
	}
	a, ok := arn.Parse(resource)
	return ok && strings.EqualFold(a.Service, s.Prefix) && strings.HasPrefix(a.Resource, s.KeyResource)
}
