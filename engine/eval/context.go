package eval

import (
	"strconv"
	"time"

	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/principal"
)

// SessionContext builds the request context of every request made with
// the session's credentials (RULES.md#request-context, from "AWS global
// condition context keys", "IAM policy elements: Variables and tags",
// "Passing session tags in AWS STS" and the re:Post Knowledge Center
// article on policy variables for federated users):
//
//   - aws:PrincipalArn is the federated-user ARN, not the IAM user's.
//   - aws:PrincipalAccount is the account; aws:PrincipalType is
//     "FederatedUser".
//   - aws:userid is "ACCOUNT:NAME"; aws:username is absent ("the variable
//     ${aws:userName} isn't present if the principal is a federated user").
//   - aws:PrincipalTag/KEY holds the IAM user's tags overridden by session
//     tags with the same key regardless of case ("New session tags
//     override existing … federated user tags with the same tag key,
//     regardless of case").
//   - aws:TokenIssueTime, aws:CurrentTime, aws:EpochTime and
//     aws:MultiFactorAuthPresent = "false" (GetFederationToken has no MFA
//     support; RULES.md#request-context). aws:PrincipalIsAWSService = "false",
//     as for every signed request that is not made by a service.
//
// Keys supplied with a request override or extend these (Request.Context,
// looked up first through reqctx.Layers). The user's tags are those of
// s.Caller; now is the time of the request (the
// time keys are left out when it is zero, aws:TokenIssueTime when s.Issued
// is) and region the region the requests are sent to (aws:RequestedRegion;
// left out when empty).
func SessionContext(s principal.Session, now time.Time, region string) *reqctx.Context {
	c := reqctx.New()
	c.Set("aws:PrincipalArn", s.ARN())
	c.Set("aws:PrincipalAccount", s.Account)
	c.Set("aws:PrincipalType", "FederatedUser")
	c.Set("aws:userid", s.UserID())
	c.Set("aws:PrincipalIsAWSService", "false")
	c.Set("aws:MultiFactorAuthPresent", "false")
	setPrincipalTags(c, s.Caller.Tags, s.Tags)
	if !s.Issued.IsZero() {
		c.Set("aws:TokenIssueTime", formatTime(s.Issued))
	}
	setTimes(c, now)
	setTransport(c, region)
	return c
}

// ResourceContext builds the context a resource brings to every request
// for it: aws:ResourceTag/KEY for each of its tags (the key compares "the
// tag key-value pair that's specified in the IAM policy with the key-value
// pair that's attached to the AWS resource", RULES.md#resource-owner). Keys are case-insensitive, so of two tags
// whose keys differ only in case the later wins. It returns nil when the
// resource has no tags.
func ResourceContext(tags []principal.Tag) *reqctx.Context {
	if len(tags) == 0 {
		return nil
	}
	c := reqctx.New()
	for _, t := range tags {
		c.Set("aws:ResourceTag/"+t.Key, t.Value)
	}
	return c
}

// RequestedRegion is the region a request goes to
// (RULES.md#requested-region): the check's own region when it gives one,
// else the region of the resource's ARN when it has one (a request for
// arn:aws:sqs:us-west-2:… goes to us-west-2), else the scenario's region.
// contradicts is true when a given region differs from the ARN's.
func RequestedRegion(given, resource, scenario string) (region string, contradicts bool) {
	inARN := ""
	if a, ok := arn.Parse(resource); ok {
		inARN = a.Region
	}
	switch {
	case given != "":
		return given, inARN != "" && inARN != given
	case inARN != "":
		return inARN, false
	}
	return scenario, false
}

// RequestTimeContext sets, in c, the time keys of a request made at time
// at: aws:CurrentTime and aws:EpochTime (RULES.md#request-time).
func RequestTimeContext(c *reqctx.Context, at time.Time) { setTimes(c, at) }

// setPrincipalTags sets aws:PrincipalTag/KEY for the user's tags, then for
// the session tags. Context keys are case-insensitive, so a session tag
// replaces a user tag whose key differs only in case, and the key is then
// spelled as the session tag spells it.
func setPrincipalTags(c *reqctx.Context, user, session []principal.Tag) {
	for _, t := range user {
		c.Set("aws:PrincipalTag/"+t.Key, t.Value)
	}
	for _, t := range session {
		c.Set("aws:PrincipalTag/"+t.Key, t.Value)
	}
}

// setTimes sets aws:CurrentTime and aws:EpochTime ("always included in the
// request context", AWS global condition context keys).
func setTimes(c *reqctx.Context, now time.Time) {
	if now.IsZero() {
		return
	}
	c.Set("aws:CurrentTime", formatTime(now))
	c.Set("aws:EpochTime", strconv.FormatInt(now.Unix(), 10))
}

// setTransport sets the keys that "AWS global condition context keys"
// says are always included in the request context: aws:SecureTransport
// (true: the AWS SDKs and CLI send requests over TLS), aws:ViaAWSService
// and aws:RequestedRegion (the region called; left out when unknown). A check
// may override either with its own context.
func setTransport(c *reqctx.Context, region string) {
	c.Set("aws:SecureTransport", "true")
	// aws:ViaAWSService is "always included in the request context"; it is
	// false "when the principal makes the call directly" (AWS global
	// condition context keys), as every call of the playground is.
	c.Set("aws:ViaAWSService", "false")
	if region != "" {
		c.Set("aws:RequestedRegion", region)
	}
}

// formatTime writes a time in the ISO 8601 form AWS uses for date keys,
// such as 2026-11-22T01:40:07Z.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }
