package eval

import "fmt"

// identityNote is the note of the identity set.
func (st *state) identityNote(s *Session) string {
	switch {
	case st.root:
		return "The account root user created this session; it has every permission and no identity-based policies, so only the session policies limit the session."
	case len(s.Identity) == 0:
		return "The IAM user has no identity-based policies, so the session gets nothing through them."
	}
	return ""
}

// boundaryNote is the note of the boundary set.
func (st *state) boundaryNote(s *Session) string {
	switch {
	case st.root && s.Boundary != nil:
		return "The root user cannot have a permissions boundary, so the boundary given is ignored."
	case st.root:
		return "The root user cannot have a permissions boundary, so nothing is limited by one."
	case !st.boundary.present:
		return "The IAM user has no permissions boundary, so nothing is limited by one."
	}
	return ""
}

// sessionNote is the note of the session set.
func (st *state) sessionNote() string {
	if !st.session.present {
		return "No session policy was passed to GetFederationToken, so the session policies allow nothing."
	}
	return ""
}

// resourceNote is the note of the resource set.
func (st *state) resourceNote(s *Session) string {
	switch {
	case !st.resource.present && len(s.Resources) > 0:
		return "None of the resource-based policies is attached to this resource (or, for objects, to their bucket), so none is consulted."
	case !st.resource.present:
		return "No resource-based policy governs this resource."
	case !st.sameAccount:
		return fmt.Sprintf("The resource is in account %s, another account than the session's, so this policy must allow the request and so must the session's own policies.", st.resourceAccount)
	case st.resource.has(grantAccount) && !st.resource.has(grantUser) && !st.resource.has(grantSession):
		return "The policy grants to the account, which only delegates to the account's own policies: it grants nothing by itself."
	}
	return ""
}
