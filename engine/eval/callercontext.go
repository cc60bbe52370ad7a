package eval

import (
	"time"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/principal"
)

// CallerContext builds the request context of the GetFederationToken call
// (AWS global condition context keys; IAM policy elements: Variables and
// tags, "Principal key values"): for an IAM user aws:PrincipalArn is the
// user's ARN, aws:PrincipalType "User", aws:username the user's name,
// aws:userid its unique id and aws:PrincipalTag/KEY its tags; for the root
// user aws:PrincipalType is "Account", aws:userid the account id and there
// is no aws:username ("requests that are made using the AWS account root
// user … do not include this key"). Long-term credentials have no
// aws:TokenIssueTime; aws:MultiFactorAuthPresent is absent for them too
// (the key "is not present when … using long-term credentials").
// Request keys such as aws:RequestTag/KEY and aws:TagKeys belong in the
// Request's context (see TagRequestContext). now is the time of the call
// (the time keys are left out when it is zero) and region the region it is
// sent to (aws:RequestedRegion; left out when empty). aws:userid is left out
// for an IAM user without a UserID, since it cannot be derived.
func CallerContext(p principal.Caller, now time.Time, region string) *reqctx.Context {
	c := reqctx.New()
	c.Set("aws:PrincipalArn", p.ARN())
	c.Set("aws:PrincipalAccount", p.Account)
	c.Set("aws:PrincipalIsAWSService", "false")
	if p.IsRoot() {
		c.Set("aws:PrincipalType", "Account")
		c.Set("aws:userid", p.Account)
	} else {
		c.Set("aws:PrincipalType", "User")
		c.Set("aws:username", p.UserName)
		if p.UserID != "" {
			c.Set("aws:userid", p.UserID)
		}
		setPrincipalTags(c, p.Tags, nil)
	}
	setTimes(c, now)
	setTransport(c, region)
	return c
}

// TagRequestContext returns the request keys of tags passed in a request
// (Passing session tags in AWS STS; AWS global condition context keys):
// aws:RequestTag/KEY for each tag and the multivalued aws:TagKeys. It is
// the context of the sts:TagSession check of GetFederationToken. With no
// tags the context is empty: a request without tags has no aws:TagKeys.
func TagRequestContext(tags []principal.Tag) *reqctx.Context {
	c := reqctx.New()
	if len(tags) == 0 {
		return c
	}
	keys := make([]string, 0, len(tags))
	for _, t := range tags {
		c.Set("aws:RequestTag/"+t.Key, t.Value)
		keys = append(keys, t.Key)
	}
	c.SetMulti("aws:TagKeys", keys)
	return c
}
