package scenario

import (
	"fmt"
	"regexp"

	"github.com/tidwall/gjson"

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
	m := d.fields("organization", v, "id", "root", "managementAccount", "accounts")
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
	return o
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
