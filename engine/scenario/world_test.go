package scenario

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWorldCallerPathAndUserID(t *testing.T) {
	doc, err := Decode([]byte(`{
  "caller": {"name": "broker", "path": "/division_abc/", "userId": "AIDAEXAMPLEUSERID1234",
             "policies": ["{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:GetFederationToken\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:userid\":\"AIDAEXAMPLEUSERID1234\"}}}]}"]},
  "request": {"Name": "Jean"}, "clock": "2026-01-01T00:00:00Z", "seed": "w"}`))
	require.NoError(t, err)
	w := NewWorld(doc)
	require.Nil(t, w.Invalid)
	assert.Equal(t, "arn:aws:iam::123456789012:user/division_abc/broker", w.Caller.ARN())
	res := RunDocument(doc)
	require.Nil(t, res.Error, "the caller's aws:userid comes from caller.userId")

	doc.Caller.UserID = "AIDAOTHER"
	res = RunDocument(doc)
	require.NotNil(t, res.Error)
	assert.Equal(t, "User: arn:aws:iam::123456789012:user/division_abc/broker is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::123456789012:federated-user/Jean", res.Error.Message)
}

func TestWorldInvalidNamesTheFirstBadPolicy(t *testing.T) {
	doc, err := Decode([]byte(`{"caller": {"name": "u", "policies": ["{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"]},
  "resourcePolicies": [{"attachedTo": "arn:aws:s3:::b", "policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"}],
  "request": {"Name": "Jean"}}`))
	require.NoError(t, err)
	w := NewWorld(doc)
	require.NotNil(t, w.Invalid)
	assert.Equal(t, "resourcePolicies[0].policy", w.Invalid.Source, "a resource policy without Principal is refused")
}

func TestDecodeRejectsBadPath(t *testing.T) {
	_, err := Decode([]byte(`{"caller": {"name": "u", "path": "division"}, "request": {}}`))
	require.ErrorContains(t, err, "caller.path")
}
