package eval

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

// Organization is the AWS Organizations organization of the scenario's
// accounts (RULES.md#organization-paths): its id, its root, its management
// account and, for each member account, the OUs from the root down.
type Organization struct {
	ID, Root, Management string
	members              map[string]*orgMember
	id                   [1]string
	// scps maps a target to the SCPs attached to it; nil when SCPs are
	// not enabled.
	scps map[string][]PolicyRef
	// rcps maps a target to the RCPs attached to it besides
	// RCPFullAWSAccess; nil when RCPs are not enabled.
	rcps map[string][]PolicyRef
}

// orgMember is one member account with its path, kept as a one-value
// slice so that the request context can return it without allocating.
type orgMember struct {
	parents []string
	path    [1]string
}

// NewOrganization builds an organization. parents maps every member
// account to its OUs, from the root down (nil or empty for an account
// directly under the root); the management account is a member whether it
// is listed or not.
func NewOrganization(id, root, management string, parents map[string][]string) *Organization {
	o := &Organization{ID: id, Root: root, Management: management, members: map[string]*orgMember{}, id: [1]string{id}}
	add := func(account string, ous []string) {
		path := id + "/" + root + "/"
		for _, ou := range ous {
			path += ou + "/"
		}
		o.members[account] = &orgMember{parents: ous, path: [1]string{path}}
	}
	if management != "" {
		add(management, nil)
	}
	for a, ous := range parents {
		add(a, ous)
	}
	return o
}

// Member reports whether account belongs to the organization.
func (o *Organization) Member(account string) bool {
	return o != nil && o.members[account] != nil
}

// Path is the organization path of a member account as the condition
// keys aws:PrincipalOrgPaths and aws:ResourceOrgPaths give it:
// "o-…/r-…/ou-…/", the organization, the root and the account's OUs, each
// followed by a slash. It is "" for an account that is not a member.
func (o *Organization) Path(account string) string {
	if m := o.member(account); m != nil {
		return m.path[0]
	}
	return ""
}

// Levels lists the nodes of a member account's path from the root down:
// the root, its OUs, then the account. It is nil for a non-member.
func (o *Organization) Levels(account string) []string {
	m := o.member(account)
	if m == nil {
		return nil
	}
	out := append([]string{o.Root}, m.parents...)
	return append(out, account)
}

func (o *Organization) member(account string) *orgMember {
	if o == nil {
		return nil
	}
	return o.members[account]
}

// SetPrincipalOrg sets, in c, the organization keys of a principal of
// account: aws:PrincipalOrgID and the multivalued aws:PrincipalOrgPaths
// (RULES.md#organization-paths). It sets nothing when account is not a
// member.
func SetPrincipalOrg(c *reqctx.Context, o *Organization, account string) {
	if m := o.member(account); m != nil {
		c.Set("aws:PrincipalOrgID", o.ID)
		c.SetMulti("aws:PrincipalOrgPaths", m.path[:])
	}
}

// resourceOrg looks up aws:ResourceOrgID and aws:ResourceOrgPaths for a
// resource of account: the organization's id and the account's path when
// the account is a member.
func (o *Organization) resourceOrg(key, account string) ([]string, bool) {
	m := o.member(account)
	if m == nil {
		return nil, false
	}
	switch {
	case strings.EqualFold(key, "aws:ResourceOrgID"):
		return o.id[:], true
	case strings.EqualFold(key, "aws:ResourceOrgPaths"):
		return m.path[:], true
	}
	return nil, false
}
