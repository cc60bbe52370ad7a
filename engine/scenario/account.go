package scenario

import (
	"fmt"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/policy"
)

// Account is an AWS account as the STS endpoint's configuration describes
// it: the world of a scenario document (account, region, partition,
// managed and resource-based policies) with any number of callers, its
// users, instead of one caller and a request.
type Account struct {
	Account          string
	Region           string
	Partition        string
	Users            []Caller
	ManagedPolicies  []ManagedPolicy
	ResourcePolicies []ResourcePolicy
}

// DecodeAccount reads an account document,
//
//	{"account", "region", "partition", "users": [CALLER…], "managedPolicies", "resourcePolicies"}
//
// with the scenario decoder: the same checks, defaults and messages as a
// scenario document, with paths such as "users[0].policies[1]" and the
// line and column of each fault in data. userFields names the extra fields
// of a user that the caller of DecodeAccount reads itself (the endpoint's
// "accessKeys"); they are accepted and not read here. A user's type
// defaults to "IAMUser", as a scenario's caller's does.
func DecodeAccount(data []byte, userFields ...string) (*Account, error) {
	d, root, err := newDecoder(data)
	if err != nil {
		return nil, err
	}
	m := d.fields("", root, "account", "region", "partition", "users", "managedPolicies", "resourcePolicies")
	// The world fields are read exactly as a scenario document's, in the
	// same order: account, region, partition, the callers, the policies.
	doc := d.world(m)
	a := &Account{Account: doc.Account, Region: doc.Region, Partition: doc.Partition}
	switch v, ok := m["users"]; {
	case !ok || v.Type == gjson.Null:
		d.fail("users", root, "the field \"users\" is required: at least one user with an access key.")
	case !v.IsArray():
		d.fail("users", v, "expected an array of users, found "+policy.JSONTypeName(v)+".")
	default:
		for i, u := range v.Array() {
			a.Users = append(a.Users, d.caller(fmt.Sprintf("users[%d]", i), u, userFields...))
		}
	}
	d.accountPolicies(m, doc)
	a.ManagedPolicies, a.ResourcePolicies = doc.ManagedPolicies, doc.ResourcePolicies
	if len(d.errs) > 0 {
		return nil, &DecodeError{Fields: d.errs}
	}
	return a, nil
}

// Document returns the scenario document of a GetFederationToken call by
// Users[i] in the account; its Request is empty.
func (a *Account) Document(i int) *Document {
	return &Document{Version: FormatVersion, Account: a.Account, Region: a.Region, Partition: a.Partition,
		Caller: a.Users[i], ManagedPolicies: a.ManagedPolicies, ResourcePolicies: a.ResourcePolicies}
}
