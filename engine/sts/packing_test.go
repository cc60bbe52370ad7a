package sts

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

// botocorePolicy and botocoreTags are the GetFederationToken example of
// botocore's examples-1.json, whose documented PackedPolicySize is 8.
const botocorePolicy = `{"Version":"2012-10-17","Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}`

var botocoreTags = []principal.Tag{{Key: "Project", Value: "Pegasus"}, {Key: "Cost-Center", Value: "98765"}}

func TestPackingCalibration(t *testing.T) {
	jean := Pack([]SessionPolicy{{Text: jeanPolicy}}, nil)
	assert.Equal(t, Packing{PolicyPlaintext: 79, PolicyBytes: 82, PolicyPercent: 6, PackedPolicySize: 6}, jean)

	boto := Pack([]SessionPolicy{{Text: botocorePolicy}}, botocoreTags)
	assert.Equal(t, Packing{PolicyPlaintext: 117, PolicyBytes: 112, PolicyPercent: 8, TagBytes: 40, TagPercent: 3, PackedPolicySize: 8}, boto)

	// Whitespace is not packed: the pretty-printed policy packs like the
	// minified one, though its plaintext is longer.
	pretty := Pack([]SessionPolicy{{Text: "{\n  \"Statement\": [\n    {\"Sid\": \"Stmt1\", \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}\n"}}, nil)
	assert.Equal(t, 82, pretty.PolicyBytes)
	assert.Equal(t, 6, pretty.PackedPolicySize)
}

// TestPackingMeasurements pins the measurements quoted in packing.go.
func TestPackingMeasurements(t *testing.T) {
	realistic := realisticPolicy()
	p := Pack([]SessionPolicy{{Text: realistic}}, nil)
	assert.Equal(t, 1875, p.PolicyPlaintext)
	assert.Equal(t, 529, p.PolicyBytes)
	assert.Equal(t, 92, p.PackedPolicySize)
	random := randomPolicy("p", 2000)
	p = Pack([]SessionPolicy{{Text: random}}, nil)
	assert.Equal(t, 1994, p.PolicyPlaintext)
	assert.Equal(t, 1122, p.PolicyBytes)
	assert.Equal(t, 98, p.PackedPolicySize)
	_, err := Validate(Request{Name: String("Jean"), Policy: String(realistic)}, tokenApp(), nil)
	require.Nil(t, err, "the realistic policy is a valid session policy")
	_, err = Validate(Request{Name: String("Jean"), Policy: String(random)}, tokenApp(), nil)
	require.Nil(t, err, "the random policy is a valid session policy")
}

// realisticPolicy is a ten-statement policy of ordinary actions, ARNs and
// conditions, just under the 2,048-character limit.
func realisticPolicy() string {
	actions := []string{"s3:GetObject", "dynamodb:PutItem", "sqs:SendMessage", "sns:Publish", "ec2:DescribeInstances",
		"lambda:InvokeFunction", "kms:Decrypt", "logs:PutLogEvents", "cloudwatch:PutMetricData", "secretsmanager:GetSecretValue"}
	resources := []string{"arn:aws:s3:::productionapp/reports/2026/*", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders",
		"arn:aws:sqs:eu-west-1:123456789012:billing-events", "arn:aws:sns:us-west-2:123456789012:alerts", "*",
		"arn:aws:lambda:ap-south-1:123456789012:function:thumbnailer",
		"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
		"arn:aws:logs:us-east-1:123456789012:log-group:/aws/app/web:*", "*",
		"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-AbCdEf"}
	s := `{"Version":"2012-10-17","Statement":[`
	for i := range actions {
		if i > 0 {
			s += ","
		}
		s += `{"Sid":"S` + itoa(i) + `","Effect":"Allow","Action":"` + actions[i] + `","Resource":"` + resources[i] +
			`","Condition":{"StringEquals":{"aws:RequestedRegion":"us-east-` + itoa(i) + `"}}}`
	}
	return s + "]}"
}

func TestPackingLimits(t *testing.T) {
	tests := []struct {
		name     string
		policies []SessionPolicy
		tags     []principal.Tag
		size     int // PackedPolicySize
		message  string
	}{
		{"nothing packs to 0", nil, nil, 0, ""},
		{"a 2,000-character random policy stays under", []SessionPolicy{{Text: randomPolicy("p", 2000)}}, nil, 98, ""},
		{"policy plaintext over 2,048 characters",
			[]SessionPolicy{{Text: randomPolicy("a", 1500)}, {Text: randomPolicy("b", 1000)}}, nil, 122,
			"Packed policy consumes 122% of allotted space"},
		{"a managed policy packs as its ARN, not its document",
			[]SessionPolicy{{Text: `{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`},
				{ARN: "arn:aws:iam::123456789012:policy/Large", Text: randomPolicy("m", 6000)}}, nil, 9, ""},
		{"inline policy and managed ARNs over 2,048 characters",
			[]SessionPolicy{{Text: padPolicy(randomPolicy("a", 2000), 2040)}, {ARN: "arn:aws:iam::123456789012:policy/Managed", Text: "{}"}}, nil, 102,
			"Packed policy consumes 102% of allotted space"},
		{"50 long random tags", nil, randomTags(50, 120), 241,
			"Packed size of session tags consumes 241% of allotted space."},
		{"10 short tags", nil, randomTags(10, 8), 8, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Pack(tc.policies, tc.tags)
			assert.Equal(t, tc.size, p.PackedPolicySize)
			err := p.Err()
			if tc.message == "" {
				require.Nil(t, err)
				return
			}
			require.NotNil(t, err)
			assert.Equal(t, CodePackedPolicyTooLarge, err.Code)
			assert.Equal(t, 400, err.Status)
			assert.Equal(t, tc.message, err.Message)
		})
	}
	t.Run("policies are reported before tags", func(t *testing.T) {
		p := Pack([]SessionPolicy{{Text: randomPolicy("a", 1500)}, {Text: randomPolicy("b", 1000)}}, randomTags(50, 120))
		assert.Equal(t, "Packed policy consumes 122% of allotted space", p.Err().Message)
		assert.Equal(t, 241, p.PackedPolicySize)
	})
}

// randomTags returns n tags whose values are size random characters.
func randomTags(n, size int) []principal.Tag {
	r := NewRandom("tags")
	tags := make([]principal.Tag, n)
	for i := range tags {
		v := ""
		for len(v) < size {
			v += NewRequestID(r)
		}
		tags[i] = principal.Tag{Key: "Key" + itoa(i), Value: v[:size]}
	}
	return tags
}

func TestCompressedSizeIsRememberedByContent(t *testing.T) {
	inputs := [][]byte{
		[]byte(`{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`),
		[]byte("Project=Pegasus\nCost-Center=98765\n"),
		bytes.Repeat([]byte("incompressible? no: repeated "), 1000), // over maxCachedInput: never cached
	}
	for _, in := range inputs {
		want := len(deflate(in))
		assert.Equal(t, want, compressedSize(in), "first call")
		assert.Equal(t, want, compressedSize(in), "second call")
		packedSizes.Lock()
		_, cached := packedSizes.m[string(in)]
		packedSizes.Unlock()
		assert.Equal(t, len(in) <= maxCachedInput, cached)
	}
	assert.Equal(t, 0, compressedSize(nil))
}
