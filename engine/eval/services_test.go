package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRequestedRegion(t *testing.T) {
	tests := []struct {
		name, given, resource, scenario string
		want                            string
		contradicts                     bool
	}{
		{"the check's region", "eu-west-1", "*", "us-east-1", "eu-west-1", false},
		{"the regional ARN's region", "", "arn:aws:sqs:us-west-2:123456789012:q", "us-east-1", "us-west-2", false},
		{"an S3 ARN has no region: the scenario's", "", "arn:aws:s3:::b/k", "us-east-1", "us-east-1", false},
		{"no ARN: the scenario's", "", "*", "ap-south-1", "ap-south-1", false},
		{"the check's region wins over the ARN's, with a contradiction", "eu-west-1", "arn:aws:sqs:us-west-2:123456789012:q", "us-east-1", "eu-west-1", true},
		{"agreeing with the ARN is no contradiction", "us-west-2", "arn:aws:sqs:us-west-2:123456789012:q", "us-east-1", "us-west-2", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, contradicts := RequestedRegion(tc.given, tc.resource, tc.scenario)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.contradicts, contradicts)
		})
	}
}

func TestExpiredToken(t *testing.T) {
	tests := []struct{ action, code, message string }{
		{"s3:GetObject", CodeExpiredToken, "The provided token has expired."},
		{"sqs:SendMessage", CodeExpiredToken, "The security token included in the request is expired"},
		{"SNS:Publish", CodeExpiredToken, "The security token included in the request is expired"},
		{"dynamodb:GetItem", CodeExpiredTokenException, "The security token included in the request is expired"},
		{"kms:Decrypt", CodeExpiredTokenException, "The security token included in the request is expired"},
		{"lambda:InvokeFunction", CodeExpiredToken, "The security token included in the request is expired"},
	}
	for _, tc := range tests {
		t.Run(tc.action, func(t *testing.T) {
			e := ExpiredToken(tc.action)
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.message, e.Message)
			assert.NotEmpty(t, e.Source)
		})
	}
}
