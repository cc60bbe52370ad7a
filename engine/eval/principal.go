package eval

import (
	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/policy"
)

// grant says whom a resource-based policy's Principal names, as seen from
// the federated session (RULES.md#resource-policy-principals). The order matters: a
// higher value is a stronger grant.
type grant uint8

// The principal forms of RULES.md#resource-policy-principals.
const (
	// grantNone: the Principal names someone else.
	grantNone grant = iota
	// grantAccount: the account id or arn:…:iam::ACCOUNT:root. "This
	// delegates authority to the account" (AWS JSON policy elements:
	// Principal); it grants nothing by itself in the same account
	// (RULES.md#account-principal).
	grantAccount
	// grantUser: the IAM user who called GetFederationToken. Within the
	// account it is "limited by an implicit deny in a permission boundary
	// or session policy" (Policy evaluation logic, federated user sessions).
	grantUser
	// grantSession: the federated-user ARN, or "*" (everyone). Within the
	// account it is "not limited by an implicit deny in an identity-based
	// policy, a permissions boundary, or session policy" (same source;
	// "*": RULES.md#resource-grant-session).
	grantSession
)

// String returns the word used in StatementTrace.GrantTo.
func (g grant) String() string {
	switch g {
	case grantAccount:
		return "account"
	case grantUser:
		return "user"
	case grantSession:
		return "session"
	}
	return ""
}

// principalIDs are the identities of the federated session that a
// resource-based policy can name. The methods compare a principal value
// with each identity piece by piece, so that no ARN is built per decision.
type principalIDs struct {
	partition string
	account   string
	name      string
	// user is the IAM user's name, empty for a session of the root user;
	// path is its path ("/" when empty).
	user, path string
}

// idsOf returns the identities of a session.
func idsOf(s *Session) principalIDs {
	ids := principalIDs{partition: arn.PartitionOr(s.Partition), account: s.Account, name: s.Name}
	if !s.Caller.IsRoot() {
		ids.user, ids.path = s.Caller.UserName, s.Caller.Path
	}
	return ids
}

// isSession reports whether v is arn:PARTITION:sts::ACCOUNT:federated-user/NAME.
// Principals are matched exactly: "You cannot use a wildcard to match part
// of a principal name or ARN" (AWS JSON policy elements: Principal).
func (p *principalIDs) isSession(v string) bool {
	return arn.Is(v, p.partition, "sts", p.account, "federated-user/", p.name)
}

// isUser reports whether v is the ARN of the IAM user who federated.
func (p *principalIDs) isUser(v string) bool {
	if p.user == "" {
		return false
	}
	return arn.IsIAMUser(v, p.partition, p.account, p.path, p.user)
}

// isAccount reports whether v names the account: its id or
// arn:PARTITION:iam::ACCOUNT:root, which are equivalent (AWS JSON policy
// elements: Principal, "AWS account principals").
func (p *principalIDs) isAccount(v string) bool {
	return v == p.account || arn.Is(v, p.partition, "iam", p.account, "", "root")
}

// classify returns whom one principal value names. Only the "AWS" key can
// name an IAM user, a federated user or an account; "Federated" is for
// identity providers, "Service" for AWS services and "CanonicalUser" for S3
// canonical ids, so they never name the session.
func (p *principalIDs) classify(v policy.PrincipalValue) grant {
	if v.Type != "AWS" {
		return grantNone
	}
	switch s := v.Value.Value; {
	case s == "*" || p.isSession(s):
		return grantSession
	case p.isUser(s):
		return grantUser
	case p.isAccount(s):
		return grantAccount
	}
	return grantNone
}

// principalOutcome is how a statement's Principal or NotPrincipal bears on
// the session.
type principalOutcome uint8

// The outcomes of matchPrincipal.
const (
	principalMatch          principalOutcome = iota // the statement applies
	principalMissing                                // no Principal element
	principalOther                                  // it names someone else
	principalNotListed                              // NotPrincipal lists the session and its account
	principalNotAllowEffect                         // NotPrincipal with Allow
)

// matchPrincipal decides whether a resource-policy statement's Principal
// applies to the session and, if so, how strong the grant is
// (RULES.md#resource-policy-principals, RULES.md#not-principal).
//
//   - Principal: the strongest of its values' grants (values are OR).
//     "*" and {"AWS":"*"} both mean everyone.
//   - NotPrincipal with Allow: "Using it with "Effect":"Allow" is not
//     supported" (AWS JSON policy elements: NotPrincipal), so it grants
//     nothing.
//   - NotPrincipal with Deny: it denies everyone except those listed; "you
//     must also specify the account ARN of the not-denied principal.
//     Otherwise, the policy might deny access to the entire account", so the
//     session escapes it only when both the session ARN and the account are
//     listed; and it "will always deny any IAM principal that has a
//     permissions boundary policy attached, regardless of the values", so a
//     session of a user with a boundary never escapes it (same page).
func (p *principalIDs) matchPrincipal(st *policy.Statement, hasBoundary bool) (principalOutcome, grant) {
	pr := st.Principal
	if pr == nil {
		return principalMissing, grantNone
	}
	if pr.Not {
		if st.Effect != policy.Deny {
			return principalNotAllowEffect, grantNone
		}
		if hasBoundary || !p.excludedBy(pr) {
			return principalMatch, grantSession
		}
		return principalNotListed, grantNone
	}
	if pr.Wildcard {
		return principalMatch, grantSession
	}
	best := grantNone
	for _, v := range pr.Values {
		if g := p.classify(v); g > best {
			best = g
		}
	}
	if best == grantNone {
		return principalOther, grantNone
	}
	return principalMatch, best
}

// excludedBy reports whether a NotPrincipal lists both the session (or
// everyone) and the session's account.
func (p *principalIDs) excludedBy(pr *policy.Principal) bool {
	if pr.Wildcard {
		return true
	}
	session, account := false, false
	for _, v := range pr.Values {
		if v.Type != "AWS" {
			continue
		}
		s := v.Value.Value
		session = session || s == "*" || p.isSession(s)
		account = account || s == "*" || p.isAccount(s)
	}
	return session && account
}
