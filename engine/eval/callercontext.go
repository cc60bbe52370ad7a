package eval

import (
	"time"

	"github.com/stsplay/stsplay/engine/arn"
	"github.com/stsplay/stsplay/engine/reqctx"
)

// CallerParams describes the caller for CallerContext.
type CallerParams struct {
	Account   string
	Partition string
	Type      CallerType
	// Name is the IAM user's name (empty for the root user).
	Name string
	// Path is the IAM user's path, "/" when empty.
	Path string
	// UserID is the IAM user's unique id (such as AIDAJQABLZS4A3QDU576Q);
	// aws:userid is left out when it is empty, since it cannot be derived.
	UserID string
	// Tags are the IAM user's tags.
	Tags []Tag
	// CurrentTime is the time of the request; the time keys are left out
	// when it is zero.
	CurrentTime time.Time
	// Region is the region the call is sent to (aws:RequestedRegion).
	Region string
}

// ARN returns the caller's ARN: arn:PARTITION:iam::ACCOUNT:user/PATH/NAME
// for an IAM user, arn:PARTITION:iam::ACCOUNT:root for the root user.
func (p CallerParams) ARN() string {
	if p.Type == Root {
		return arn.Root(p.Partition, p.Account)
	}
	return arn.IAMUser(p.Partition, p.Account, p.Path, p.Name)
}

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
// Request's context (see TagRequestContext).
func CallerContext(p CallerParams) *reqctx.Context {
	c := reqctx.New()
	c.Set("aws:PrincipalArn", p.ARN())
	c.Set("aws:PrincipalAccount", p.Account)
	c.Set("aws:PrincipalIsAWSService", "false")
	if p.Type == Root {
		c.Set("aws:PrincipalType", "Account")
		c.Set("aws:userid", p.Account)
	} else {
		c.Set("aws:PrincipalType", "User")
		c.Set("aws:username", p.Name)
		if p.UserID != "" {
			c.Set("aws:userid", p.UserID)
		}
		setPrincipalTags(c, p.Tags, nil)
	}
	setTimes(c, p.CurrentTime)
	setTransport(c, p.Region)
	return c
}

// TagRequestContext returns the request keys of tags passed in a request
// (Passing session tags in AWS STS; AWS global condition context keys):
// aws:RequestTag/KEY for each tag and the multivalued aws:TagKeys. It is
// the context of the sts:TagSession check of GetFederationToken. With no
// tags the context is empty: a request without tags has no aws:TagKeys.
func TagRequestContext(tags []Tag) *reqctx.Context {
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
