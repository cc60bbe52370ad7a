package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

func TestResource(t *testing.T) {
	const bucket = "arn:aws:s3:::productionapp"
	tests := []struct {
		name     string
		pattern  string
		resource string
		want     bool
	}{
		{"star alone", "*", "arn:aws:s3:::anything/at/all", true},
		{"star alone matches non-ARN", "*", "whatever", true},
		{"exact bucket", bucket, bucket, true},
		{"bucket does not cover objects", bucket, bucket + "/key", false},
		// GFT seed: "arn:aws:s3:::productionapp/*" covers the objects.
		{"objects of the bucket", bucket + "/*", bucket + "/photos/cat.jpg", true},
		{"objects pattern does not cover the bucket", bucket + "/*", bucket, false},
		{"other bucket", bucket + "/*", "arn:aws:s3:::otherapp/key", false},
		// RULES.md#resource-matching: "productionapp/*/test/*" examples, word for word.
		{"RES deep", bucket + "/*/test/*", bucket + "/1/2/test/3/object.jpg", true},
		{"RES empty middle", bucket + "/*/test/*", bucket + "//test/object.jpg", true},
		{"RES empty tail", bucket + "/*/test/*", bucket + "/1/test/", true},
		{"RES no middle segment", bucket + "/*/test/*", bucket + "/test/object.jpg", false},
		// RULES.md#resource-matching, a consequence: "productionapp*" covers the objects and productionapp-x.
		{"bucket prefix covers objects", bucket + "*", bucket + "/key", true},
		{"bucket prefix covers other buckets", bucket + "*", bucket + "-x", true},
		// Case-sensitive ARNs (RULES.md#resource-matching).
		{"case-sensitive resource part", bucket + "/Key", bucket + "/key", false},
		{"case-sensitive service", "arn:aws:S3:::productionapp", bucket, false},
		// RULES.md#resource-matching: a trailing * runs past colons.
		{"sqs trailing star", "arn:aws:sqs:*", "arn:aws:sqs:us-east-1:123456789012:queue1", true},
		{"sqs trailing star other service", "arn:aws:sqs:*", "arn:aws:sns:us-east-1:123456789012:topic", false},
		{"region prefix trailing star", "arn:aws:sqs:us-*", "arn:aws:sqs:us-east-1:123456789012:q", true},
		{"region prefix trailing star wrong region", "arn:aws:sqs:us-*", "arn:aws:sqs:eu-west-1:123456789012:q", false},
		{"trailing star then more segments", "arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", true},
		{"middle star stays in its segment", "arn:aws:sqs:us-*-1:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q", true},
		{"middle star cannot cross a colon", "arn:aws:iam::1*2:user/x", "arn:aws:iam::1:2:user/x", false},
		{"question does not match a colon in a segment", "arn:aws:iam::1?2:user/x", "arn:aws:iam::1:2:user/x", false},
		{"trailing star swallows colons then later segments match", "arn:aws:someservice:*:111122223333:finance/*",
			"arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt", true},
		{"trailing star needs a later colon", "arn:aws:iam::*:user/x", "arn:aws:iam::123", false},
		{"resource part star crosses colons", "arn:aws:logs:us-east-1:123:log-group:*", "arn:aws:logs:us-east-1:123:log-group:g:log-stream:s", true},
		{"resource part question matches a colon", "arn:aws:x:::a?b", "arn:aws:x:::a:b", true},
		{"empty region must be empty", "arn:aws:s3:::b", "arn:aws:s3:us-east-1::b", false},
		// GFT seed: Manager* federated users.
		{"Manager prefix", "arn:aws:sts::123456789012:federated-user/Manager*", "arn:aws:sts::123456789012:federated-user/Manager-Bob", true},
		{"Manager prefix other name", "arn:aws:sts::123456789012:federated-user/Manager*", "arn:aws:sts::123456789012:federated-user/Carol", false},
		{"not an ARN", "arn:aws:s3:::b", "b", false},
		{"shorter resource", "arn:aws:s3:::b", "arn:aws:s3", false},
		{"pattern shorter without star", "arn:aws:s3", "arn:aws:s3:::b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Resource(tt.pattern, tt.resource, false, nil))
			assert.Equal(t, tt.want, Resource(tt.pattern, tt.resource, true, reqctx.New()), "with variables on")
			assert.Equal(t, tt.want, refResource(tt.pattern, tt.resource), "reference disagrees with the table")
		})
	}
}

func TestResourceVariables(t *testing.T) {
	ctx := reqctx.New()
	ctx.Set("aws:userid", "123456789012:Carol")
	ctx.Set("aws:PrincipalTag/team", "blue")
	ctx.Set("aws:PrincipalTag/star", "a*")
	ctx.SetMulti("aws:TagKeys", []string{"one"})
	tests := []struct {
		name     string
		pattern  string
		resource string
		vars     bool
		want     bool
	}{
		{"userid substituted", "arn:aws:s3:::bucket/${aws:userid}/*", "arn:aws:s3:::bucket/123456789012:Carol/doc", true, true},
		{"userid other user", "arn:aws:s3:::bucket/${aws:userid}/*", "arn:aws:s3:::bucket/123456789012:Bob/doc", true, false},
		{"variable names ignore case", "arn:aws:s3:::bucket/${AWS:UserID}/*", "arn:aws:s3:::bucket/123456789012:Carol/doc", true, true},
		{"principal tag", "arn:aws:s3:::bucket-${aws:PrincipalTag/team}", "arn:aws:s3:::bucket-blue", true, true},
		{"without Version 2012-10-17 the variable is literal text", "arn:aws:s3:::bucket-${aws:PrincipalTag/team}", "arn:aws:s3:::bucket-${aws:PrincipalTag/team}", false, true},
		{"without Version 2012-10-17 no substitution", "arn:aws:s3:::bucket-${aws:PrincipalTag/team}", "arn:aws:s3:::bucket-blue", false, false},
		// RULES.md#missing-variables: "A variable with no value … will not match any resource".
		{"missing variable matches nothing", "arn:aws:s3:::bucket/${aws:username}/*", "arn:aws:s3:::bucket/${aws:username}/x", true, false},
		{"missing variable does not make a wildcard", "arn:aws:s3:::bucket/${aws:username}*", "arn:aws:s3:::bucket/x", true, false},
		// The Variables page's default example, word for word
		// (RULES.md#variable-defaults-and-special-characters).
		{"default used", "arn:aws:s3:::DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/department, 'company-wide'}", "arn:aws:s3:::DOC-EXAMPLE-BUCKET-company-wide", true, true},
		{"default not used when the key has a value", "arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}", "arn:aws:s3:::b-blue", true, true},
		{"default ignored when the key has a value", "arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}", "arn:aws:s3:::b-company-wide", true, false},
		{"username default anonymous", "arn:aws:s3:::b/${aws:username, 'anonymous'}/*", "arn:aws:s3:::b/anonymous/f", true, true},
		// Substituted text is literal.
		{"substituted star is literal", "arn:aws:s3:::b/${aws:PrincipalTag/star}", "arn:aws:s3:::b/a*", true, true},
		{"substituted star is not a wildcard", "arn:aws:s3:::b/${aws:PrincipalTag/star}", "arn:aws:s3:::b/abc", true, false},
		{"literal star form", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/*", true, true},
		{"literal star form is not a wildcard", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/x", true, false},
		{"literal question and dollar", "arn:aws:s3:::b/${?}${$}", "arn:aws:s3:::b/?$", true, true},
		{"written wildcards still work around a variable", "arn:aws:s3:::b/*/${aws:PrincipalTag/team}/?", "arn:aws:s3:::b/x/y/blue/z", true, true},
		// RULES.md#policy-variables: only after the fifth colon.
		{"variable before the fifth colon is literal", "arn:aws:s3:${aws:PrincipalTag/team}::b", "arn:aws:s3:blue::b", true, false},
		// RULES.md#policy-variables: multivalued keys are not variables.
		{"multivalued key is no value", "arn:aws:s3:::b/${aws:TagKeys}", "arn:aws:s3:::b/one", true, false},
		{"multivalued key falls back to the default", "arn:aws:s3:::b/${aws:TagKeys, 'none'}", "arn:aws:s3:::b/none", true, true},
		{"malformed variable is text", "arn:aws:s3:::b/${aws:userid", "arn:aws:s3:::b/${aws:userid", true, true},
		{"many parts", "arn:aws:s3:::${aws:PrincipalTag/team}/${aws:PrincipalTag/team}/${aws:PrincipalTag/team}/${aws:PrincipalTag/team}/*", "arn:aws:s3:::blue/blue/blue/blue/x", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Resource(tt.pattern, tt.resource, tt.vars, ctx))
		})
	}
}

func TestResourceLayersMultivalued(t *testing.T) {
	session, request := reqctx.New(), reqctx.New()
	session.SetMulti("aws:TagKeys", []string{"one"})
	session.Set("aws:userid", "A:B")
	layers := reqctx.Layers{request, session}
	assert.False(t, Resource("arn:aws:s3:::b/${aws:TagKeys}", "arn:aws:s3:::b/one", true, layers))
	assert.True(t, Resource("arn:aws:s3:::b/${aws:userid}", "arn:aws:s3:::b/A:B", true, layers))
	assert.False(t, Resource("arn:aws:s3:::b/${aws:userid}", "arn:aws:s3:::b/A:B", true, nil), "a nil context has no values")
}

func TestARN(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		arn     string
		want    bool
	}{
		{"exact", "arn:aws:iam::123456789012:user/Bob", "arn:aws:iam::123456789012:user/Bob", true},
		{"case-sensitive", "arn:aws:iam::123456789012:user/bob", "arn:aws:iam::123456789012:user/Bob", false},
		{"wildcard account", "arn:aws:iam::*:user/Bob", "arn:aws:iam::123456789012:user/Bob", true},
		{"wildcard resource crosses colons", "arn:aws:sns:*:123456789012:*", "arn:aws:sns:us-east-1:123456789012:topic:sub", true},
		// RULES.md#arn-operators: the ArnLike vs StringLike example.
		{"Condition operators ArnLike example", "arn:aws:someservice:*:111122223333:finance/*",
			"arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt", false},
		{"trailing star does not run past colons", "arn:aws:sqs:*:*:*", "arn:aws:sqs:us-east-1:1:q", true},
		{"too few components in pattern", "arn:aws:sqs:*", "arn:aws:sqs:us-east-1:1:q", false},
		{"star alone is not an ARN", "*", "arn:aws:sqs:us-east-1:1:q", false},
		{"value not an ARN", "arn:aws:s3:::*", "bucket", false},
		{"question in region", "arn:aws:s3:us-east-?::b", "arn:aws:s3:us-east-1::b", true},
		{"question cannot be a colon", "arn:aws:s3:?::b", "arn:aws:s3:::b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ARN(tt.pattern, tt.arn))
			assert.Equal(t, tt.want, refARN(tt.pattern, tt.arn), "reference disagrees with the table")
			p, ok := Expand(tt.pattern, true, nil)
			assert.True(t, ok)
			assert.Equal(t, tt.want, p.MatchARN(tt.arn), "Pattern.MatchARN")
		})
	}
	// The same Condition operators example matches with StringLike.
	assert.True(t, Glob("arn:aws:someservice:*:111122223333:finance/*",
		"arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt", false))
}

func TestExpandResource(t *testing.T) {
	ctx := reqctx.New()
	ctx.Set("aws:userid", "123456789012:Carol")
	tests := []struct {
		name, pattern string
		vars          bool
		want          string
		ok            bool
	}{
		{"substituted in the resource part", "arn:aws:s3:::home/${aws:userid}/*", true, "arn:aws:s3:::home/123456789012:Carol/*", true},
		{"not before the fifth colon", "arn:aws:s3:${aws:userid}::b", true, "arn:aws:s3:${aws:userid}::b", true},
		{"variables off", "arn:aws:s3:::home/${aws:userid}", false, "arn:aws:s3:::home/${aws:userid}", true},
		{"no value", "arn:aws:s3:::home/${aws:username}", true, "", false},
		{"star", "*", true, "*", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ExpandResource(tt.pattern, tt.vars, ctx)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, p.String())
			}
		})
	}
}
