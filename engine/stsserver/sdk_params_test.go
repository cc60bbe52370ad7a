package stsserver

import (
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	stsapi "github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/aws-sdk-go-v2/service/sts/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	identity "github.com/stsplay/stsplay/engine/principal"
	"github.com/stsplay/stsplay/engine/sts"
)

// TestSDKEveryParameter sends every GetFederationToken parameter the Go SDK
// has (Name, DurationSeconds, Policy, PolicyArns.member.N.arn,
// Tags.member.N.Key/Value) and reads them back from the session token the
// endpoint issued: nothing was lost between the SDK's form and the engine.
func TestSDKEveryParameter(t *testing.T) {
	ts := newTestServer(t, testWorld(t))
	out, err := ts.client("AKIATAGGER0000000001", "tagger-secret", "").GetFederationToken(ctx(t), &stsapi.GetFederationTokenInput{
		Name:            aws.String("Susan"),
		DurationSeconds: aws.Int32(7200),
		Policy:          aws.String(jeanPolicy),
		PolicyArns:      []types.PolicyDescriptorType{{Arn: aws.String("arn:aws:iam::123456789012:policy/ReadOnlyS3")}},
		Tags: []types.Tag{
			{Key: aws.String("Project"), Value: aws.String("Pegasus")},
			{Key: aws.String("department"), Value: aws.String("engineering")},
		},
	})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:sts::123456789012:federated-user/Susan", aws.ToString(out.FederatedUser.Arn))

	claims, err := sts.ParseToken(testTokenKey, aws.ToString(out.Credentials.SessionToken), time.Now())
	require.NoError(t, err)
	assert.Equal(t, "Susan", claims.Name)
	assert.Equal(t, "tagger", claims.CallerName)
	assert.Equal(t, 2*time.Hour, claims.Expires.Sub(claims.Issued))
	require.Len(t, claims.Policies, 2)
	assert.Equal(t, jeanPolicy, claims.Policies[0].Text)
	assert.Equal(t, "arn:aws:iam::123456789012:policy/ReadOnlyS3", claims.Policies[1].ARN)
	assert.Equal(t, []identity.Tag{{Key: "Project", Value: "Pegasus"}, {Key: "department", Value: "engineering"}}, claims.Tags)
	assert.Equal(t, aws.ToString(out.Credentials.AccessKeyId), claims.AccessKeyID)
	assert.Equal(t, aws.ToString(out.Credentials.SecretAccessKey), claims.SecretAccessKey)
}
