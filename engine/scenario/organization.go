package scenario

import (
	"fmt"
	"regexp"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/policy"
)

// Organization is the AWS Organizations organization of the scenario's
// accounts (RULES.md#organization-paths).
type Organization struct {
	// ID is the organization's id (o-…), Root its root's id (r-…) and
	// Management its management account.
	ID, Root, Management string
	// Accounts are the member accounts as listed, each with its OUs from
	// the root down; the scenario's account and the management account
	// are members whether listed or not (directly under the root unless
	// listed).
	Accounts []OrgAccount
	// warnings are ids that do not look like AWS's.
	warnings []*FieldError
	// accountsOffset is the byte offset of "accounts" in the document.
	accountsOffset int
	// SCPs are the service control policies attached at each target, in
	// document order; HasSCPs says whether "serviceControlPolicies" was
	// given (SCPs enabled).
	SCPs    []Attachment
	HasSCPs bool
	// RCPs are the resource control policies attached at each target
	// besides RCPFullAWSAccess, in document order.
	RCPs []Attachment
}

// Attachment is the list of policies attached at one target of the
// organization: its root, an OU or a member account.
type Attachment struct {
	Target string
	// Policies are the attached policies; a policy whose Text is
	// eval.FullAWSAccess and whose Managed is "FullAWSAccess" is AWS's
	// managed policy.
	Policies []AttachedPolicy
}

// AttachedPolicy is one policy of an Attachment.
type AttachedPolicy struct {
	PolicyText
	// Managed names an AWS managed policy ("FullAWSAccess"), or "".
	Managed string
}

// OrgAccount is one member account and its OUs, from the root down.
type OrgAccount struct {
	ID      string
	Parents []string
}

// MaxOUDepth is the deepest an account may sit under the root: AWS
// Organizations allows "five levels of OUs deep under a root" (AWS
// Organizations User Guide, "Quotas for AWS Organizations").
const MaxOUDepth = 5

// The shapes of AWS Organizations ids ("Organization ID", "Root ID" and
// "Organizational unit (OU) ID" patterns of the AWS Organizations API
// Reference). An id of another shape gets a warning, not an error.
var (
	orgIDShape  = regexp.MustCompile(`^o-[a-z0-9]{10,32}$`)
	rootIDShape = regexp.MustCompile(`^r-[0-9a-z]{4,32}$`)
	ouIDShape   = regexp.MustCompile(`^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`)
)

// organization reads the "organization" object.
func (d *decoder) organization(v gjson.Result, account string) *Organization {
	if !v.IsObject() {
		d.fail("organization", v, "expected an object with \"id\", \"root\", \"managementAccount\" and \"accounts\", found "+policy.JSONTypeName(v)+".")
		return nil
	}
	m := d.fields("organization", v, "id", "root", "managementAccount", "accounts", "serviceControlPolicies", "resourceControlPolicies")
	o := &Organization{ID: d.optStr("organization", m, "id"), Root: d.optStr("organization", m, "root"), Management: d.optStr("organization", m, "managementAccount")}
	required := func(name, value, what string) bool {
		if value == "" {
			d.fail("organization."+name, v, fmt.Sprintf("an organization needs %q: %s.", name, what))
			return false
		}
		return true
	}
	shape := func(path string, at gjson.Result, value string, re *regexp.Regexp, example string) {
		if !re.MatchString(value) {
			o.warnings = append(o.warnings, d.at(path, at.Index, fmt.Sprintf("%q does not look like an AWS id (such as %s); it is used as written.", value, example)))
		}
	}
	if required("id", o.ID, "the organization's id, such as o-a1b2c3d4e5") {
		shape("organization.id", m["id"], o.ID, orgIDShape, "o-a1b2c3d4e5")
	}
	if required("root", o.Root, "the id of its root, such as r-ab12") {
		shape("organization.root", m["root"], o.Root, rootIDShape, "r-ab12")
	}
	if required("managementAccount", o.Management, "the account that created the organization") && !isAccountID(o.Management) {
		d.fail("organization.managementAccount", m["managementAccount"], fmt.Sprintf("an account id is 12 digits; found %q.", o.Management))
	}
	seen := map[string]bool{}
	if av, ok := m["accounts"]; ok && av.Type != gjson.Null {
		o.accountsOffset = av.Index
		if !av.IsArray() {
			d.fail("organization.accounts", av, "expected an array of account ids, or {\"id\": …, \"parents\": [OU ids]} objects, found "+policy.JSONTypeName(av)+".")
			return o
		}
		for i, e := range av.Array() {
			p := fmt.Sprintf("organization.accounts[%d]", i)
			var a OrgAccount
			at := e
			switch {
			case e.Type == gjson.String:
				a.ID = e.Str
			case e.IsObject():
				em := d.fields(p, e, "id", "parents")
				a.ID = d.optStr(p, em, "id")
				at = em["id"]
				if pv, ok := em["parents"]; ok && pv.Type != gjson.Null {
					a.Parents = d.parents(p+".parents", pv)
				}
			default:
				d.fail(p, e, "expected an account id, or an object {\"id\": …, \"parents\": [OU ids]}, found "+policy.JSONTypeName(e)+".")
				continue
			}
			switch {
			case !isAccountID(a.ID):
				d.fail(p, at, fmt.Sprintf("an account id is 12 digits; found %q.", a.ID))
				continue
			case seen[a.ID]:
				d.fail(p, at, fmt.Sprintf("the account %s is listed twice; an account has one place in the organization.", a.ID))
				continue
			}
			seen[a.ID] = true
			for j, ou := range a.Parents {
				pv := e.Get("parents").Array()[j]
				shape(fmt.Sprintf("%s.parents[%d]", p, j), pv, ou, ouIDShape, "ou-ab12-11111111")
			}
			o.Accounts = append(o.Accounts, a)
		}
	}
	for _, a := range []string{o.Management, account} {
		if a != "" && !seen[a] {
			seen[a] = true
			o.Accounts = append(o.Accounts, OrgAccount{ID: a})
		}
	}
	if sv, ok := m["serviceControlPolicies"]; ok && sv.Type != gjson.Null {
		o.HasSCPs = true
		o.SCPs = d.attachments("organization.serviceControlPolicies", sv, o, true)
	}
	if rv, ok := m["resourceControlPolicies"]; ok && rv.Type != gjson.Null {
		o.RCPs = d.attachments("organization.resourceControlPolicies", rv, o, false)
	}
	return o
}

// attachments reads a list of {"target", "policies"} entries. A target
// must be the root, an OU on some member account's path or a member
// account, and is given once. For SCPs (scp true) every entry attaches at
// least one policy and "FullAWSAccess" names AWS's managed policy
// (RULES.md#service-control-policies); for RCPs an entry lists the RCPs
// besides RCPFullAWSAccess (RULES.md#resource-control-policies).
func (d *decoder) attachments(path string, v gjson.Result, o *Organization, scp bool) []Attachment {
	targets := map[string]bool{o.Root: true}
	for _, a := range o.Accounts {
		targets[a.ID] = true
		for _, ou := range a.Parents {
			targets[ou] = true
		}
	}
	var out []Attachment
	seen := map[string]bool{}
	d.objects(path, v, `objects with "target" and "policies"`, []string{"target", "policies"}, func(p string, ev gjson.Result, m map[string]gjson.Result) {
		a := Attachment{Target: d.optStr(p, m, "target")}
		switch {
		case a.Target == "":
			d.fail(p+".target", ev, "an entry needs \"target\": the root, an OU or a member account it is attached to.")
		case !targets[a.Target]:
			d.fail(p+".target", m["target"], fmt.Sprintf("%q is not the root (%s), an OU on a member account's path, or a member account of the organization.", a.Target, o.Root))
		case seen[a.Target]:
			d.fail(p+".target", m["target"], fmt.Sprintf("%s has two entries; list every policy attached there in one entry.", a.Target))
		}
		seen[a.Target] = true
		pv, ok := m["policies"]
		if !scp && ok && pv.IsArray() && len(pv.Array()) == 0 {
			out = append(out, a)
			return
		}
		if !scp && (!ok || !pv.IsArray()) {
			d.fail(p+".policies", ev, "an entry lists the RCPs attached at its target besides RCPFullAWSAccess, as an array.")
			out = append(out, a)
			return
		}
		if !ok || !pv.IsArray() || len(pv.Array()) == 0 {
			at := ev
			if ok {
				at = pv
			}
			d.fail(p+".policies", at, "an entry lists the policies attached at its target, at least one: AWS keeps at least one SCP attached to every root, OU and account (write \"FullAWSAccess\" for AWS's default).")
			out = append(out, a)
			return
		}
		for i, e := range pv.Array() {
			pp := fmt.Sprintf("%s.policies[%d]", p, i)
			if scp && e.Type == gjson.String && e.Str == "FullAWSAccess" {
				a.Policies = append(a.Policies, AttachedPolicy{PolicyText: PolicyText{Text: eval.FullAWSAccess, Source: pp}, Managed: "FullAWSAccess"})
				continue
			}
			if pt, ok := d.policy(pp, e); ok {
				a.Policies = append(a.Policies, AttachedPolicy{PolicyText: pt})
			}
		}
		out = append(out, a)
	})
	return out
}

// parents reads an account's OUs, from the root down, at most MaxOUDepth.
func (d *decoder) parents(path string, v gjson.Result) []string {
	if !v.IsArray() {
		d.fail(path, v, "expected an array of OU ids from the root down, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	var out []string
	for i, e := range v.Array() {
		p := fmt.Sprintf("%s[%d]", path, i)
		if i == MaxOUDepth {
			d.fail(p, e, fmt.Sprintf("AWS Organizations nests OUs at most %d levels deep under the root.", MaxOUDepth))
			break
		}
		if s, ok := d.str(p, e); ok {
			out = append(out, s)
		}
	}
	return out
}
