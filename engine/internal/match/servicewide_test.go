package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCoversService(t *testing.T) {
	tests := []struct {
		pattern, partition, service string
		want                        bool
	}{
		{"arn:aws:s3:::*", "aws", "s3", true},
		{"arn:aws:S3:::*", "aws", "s3", true},
		{"arn:*:s3:::*", "aws", "s3", true},
		{"arn:aws:ec2:*:*:*", "aws", "ec2", true},
		{"arn:aws:s3:::*", "aws", "ec2", false},
		{"arn:aws-cn:s3:::*", "aws", "s3", false},
		{"arn:aws:s3:::productionapp*", "aws", "s3", false},
		{"arn:aws:s3:::productionapp/*", "aws", "s3", false},
		{"arn:aws:ec2:us-east-1:*:*", "aws", "ec2", false},
		{"arn:aws:ec2:*:123456789012:*", "aws", "ec2", false},
		{"*", "aws", "s3", false},
		{"arn:aws:s3", "aws", "s3", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+"/"+tt.service, func(t *testing.T) {
			assert.Equal(t, tt.want, CoversService(tt.pattern, tt.partition, tt.service))
		})
	}
}
