package scenario

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/arn"
	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// MaxDocumentSize is the largest scenario document Decode reads (1 MiB).
// Larger documents are refused at once, so that no input can make a run
// slow.
const MaxDocumentSize = 1 << 20

// FieldError is a problem with one field of a scenario document.
type FieldError struct {
	// Path is the field, such as "request.DurationSeconds" or
	// "checks[2].expect"; "" for the document as a whole.
	Path string
	// Message is a full sentence.
	Message string
	// Line and Column (1-based, Column in code points) and Offset (0-based
	// bytes) locate the field's value in the document; Line is 0 when
	// unknown.
	Line, Column, Offset int
}

// Error formats the error as "path (line L, column C): message".
func (e *FieldError) Error() string {
	where := e.Path
	if where == "" {
		where = "scenario"
	}
	if e.Line > 0 {
		where += fmt.Sprintf(" (line %d, column %d)", e.Line, e.Column)
	}
	return where + ": " + e.Message
}

// DecodeError lists every problem found in a scenario document.
type DecodeError struct {
	Fields []*FieldError
}

// Error lists every problem, one per line, in the order they were found.
func (e *DecodeError) Error() string {
	if len(e.Fields) == 0 {
		return "invalid scenario document"
	}
	lines := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		lines[i] = f.Error()
	}
	return strings.Join(lines, "\n")
}

type decoder struct {
	text string
	errs []*FieldError
}

// Decode reads a scenario document. It returns a *DecodeError that names
// every bad field (with its line and column) when the document is not valid
// JSON, has a field of the wrong type, or misses a required field.
func Decode(data []byte) (*Document, error) {
	d, root, err := newDecoder(data)
	if err != nil {
		return nil, err
	}
	doc := d.document(root)
	if len(d.errs) > 0 {
		return nil, &DecodeError{Fields: d.errs}
	}
	return doc, nil
}

// newDecoder checks that data is a JSON object of at most
// MaxDocumentSize bytes and returns a decoder over it and its root.
func newDecoder(data []byte) (*decoder, gjson.Result, error) {
	if len(data) > MaxDocumentSize {
		return nil, gjson.Result{}, &DecodeError{Fields: []*FieldError{{Message: fmt.Sprintf("the document is %d bytes; the largest accepted is %d bytes (1 MiB).", len(data), MaxDocumentSize)}}}
	}
	d := &decoder{text: string(data)}
	if fe := d.syntax(); fe != nil {
		return nil, gjson.Result{}, &DecodeError{Fields: []*FieldError{fe}}
	}
	root := gjson.Parse(d.text)
	if !root.IsObject() {
		d.fail("", root, "the document must be a JSON object.")
		return nil, gjson.Result{}, &DecodeError{Fields: d.errs}
	}
	return d, root, nil
}

// syntax checks that the text is one valid JSON value and says where the
// first fault is, with the policy parser's JSON checker (the same wording
// and positions as for policies).
func (d *decoder) syntax() *FieldError {
	if strings.TrimSpace(d.text) == "" {
		return d.at("", 0, "the document is empty; expected a JSON object.")
	}
	at, msg, ok := policy.CheckJSON(d.text)
	if ok {
		return nil
	}
	return &FieldError{Message: "the document is not valid JSON: " + msg, Line: at.Line, Column: at.Column, Offset: at.Offset}
}

// at builds a FieldError at a byte offset.
func (d *decoder) at(path string, offset int, msg string) *FieldError {
	p := policy.Locate(d.text, offset)
	return &FieldError{Path: path, Message: msg, Line: p.Line, Column: p.Column, Offset: p.Offset}
}

func (d *decoder) fail(path string, v gjson.Result, msg string) {
	d.errs = append(d.errs, d.at(path, v.Index, msg))
}

// fields visits the members of an object, reports keys that are not known
// and keys given twice, and returns the members by name.
func (d *decoder) fields(path string, obj gjson.Result, known ...string) map[string]gjson.Result {
	out := map[string]gjson.Result{}
	obj.ForEach(func(k, v gjson.Result) bool {
		name := k.String()
		p := join(path, name)
		if _, dup := out[name]; dup {
			d.errs = append(d.errs, d.at(p, k.Index, fmt.Sprintf("the field %q is given twice.", name)))
			return true
		}
		ok := false
		for _, kn := range known {
			if kn == name {
				ok = true
				break
			}
		}
		if !ok {
			msg := fmt.Sprintf("unknown field %q", name)
			for _, kn := range known {
				if strings.EqualFold(kn, name) {
					msg += fmt.Sprintf("; did you mean %q?", kn)
					d.errs = append(d.errs, d.at(p, k.Index, msg))
					return true
				}
			}
			d.errs = append(d.errs, d.at(p, k.Index, msg+fmt.Sprintf("; the known fields here are %s.", strings.Join(known, ", "))))
			return true
		}
		out[name] = v
		return true
	})
	return out
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func (d *decoder) str(path string, v gjson.Result) (string, bool) {
	if v.Type != gjson.String {
		d.fail(path, v, "expected a string, found "+policy.JSONTypeName(v)+".")
		return "", false
	}
	return v.Str, true
}

// optStr reads an optional string: absent or null is "".
func (d *decoder) optStr(path string, m map[string]gjson.Result, name string) string {
	v, ok := m[name]
	if !ok || v.Type == gjson.Null {
		return ""
	}
	s, _ := d.str(join(path, name), v)
	return s
}

func (d *decoder) document(root gjson.Result) *Document {
	m := d.fields("", root, "version", "account", "region", "partition", "caller", "managedPolicies",
		"resourcePolicies", "resources", "organization", "request", "clock", "seed", "checks", "expectError", "exercise")
	if v, ok := m["version"]; ok {
		if v.Type != gjson.Number || v.Num != FormatVersion {
			d.fail("version", v, fmt.Sprintf("the only known version is %d; found %s.", FormatVersion, v.Raw))
		}
	}
	doc := d.world(m)
	if v, ok := m["caller"]; ok {
		doc.Caller = d.caller("caller", v)
	} else {
		doc.Caller = Caller{Type: "IAMUser", Name: "token-app"}
		d.fail("caller", root, "the field \"caller\" is required: who calls GetFederationToken.")
	}
	d.accountPolicies(m, doc)
	if v, ok := m["request"]; ok {
		doc.Request = d.request(v)
	} else {
		d.fail("request", root, "the field \"request\" is required: the GetFederationToken parameters.")
	}
	if v, ok := m["clock"]; ok && v.Type != gjson.Null {
		if s, ok := d.str("clock", v); ok {
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				d.fail("clock", v, fmt.Sprintf("expected an RFC 3339 time such as 2026-01-01T00:00:00Z; found %q.", s))
			}
			doc.Clock = t.UTC()
		}
	}
	if v, ok := m["seed"]; ok && v.Type != gjson.Null {
		if s, ok := d.str("seed", v); ok {
			doc.Seed, doc.HasSeed = s, true
		}
	}
	if v, ok := m["checks"]; ok && v.Type != gjson.Null {
		doc.Checks = d.checks(v)
	}
	doc.ExpectError = d.optStr("", m, "expectError")
	if v, ok := m["exercise"]; ok && v.Type != gjson.Null {
		doc.Exercise = d.exercise(v, doc)
	}
	return doc
}

// world reads the account, region and partition of a document's fields m,
// with their defaults (123456789012, us-east-1, aws).
func (d *decoder) world(m map[string]gjson.Result) *Document {
	doc := &Document{Version: FormatVersion, Region: "us-east-1", Partition: "aws", text: d.text}
	doc.Account = d.optStr("", m, "account")
	if doc.Account == "" {
		doc.Account = "123456789012"
	} else if !isAccountID(doc.Account) {
		d.fail("account", m["account"], fmt.Sprintf("an account id is 12 digits; found %q.", doc.Account))
	}
	if r := d.optStr("", m, "region"); r != "" {
		doc.Region = r
	}
	if p := d.optStr("", m, "partition"); p != "" {
		doc.Partition = p
	}
	return doc
}

// accountPolicies reads the managed and resource-based policies of a
// document's fields m into doc.
func (d *decoder) accountPolicies(m map[string]gjson.Result, doc *Document) {
	if v, ok := m["managedPolicies"]; ok && v.Type != gjson.Null {
		doc.ManagedPolicies = d.managed(v)
	}
	if v, ok := m["resources"]; ok && v.Type != gjson.Null {
		doc.Resources = d.owned(v, doc.Account)
	}
	if v, ok := m["organization"]; ok && v.Type != gjson.Null {
		doc.Organization = d.organization(v, doc.Account)
	}
	if v, ok := m["resourcePolicies"]; ok && v.Type != gjson.Null {
		doc.ResourcePolicies = d.resources(v, doc)
	}
}

// owned reads the "resources" array: each entry's ARN, owner and tags. An
// account that contradicts the ARN's own account field, and an ARN given
// twice, are errors.
func (d *decoder) owned(v gjson.Result, account string) []Resource {
	var out []Resource
	seen := map[string]bool{}
	d.objects("resources", v, `objects with "arn", "account" and "tags"`, []string{"arn", "account", "tags"}, func(p string, rv gjson.Result, m map[string]gjson.Result) {
		r := Resource{ARN: d.optStr(p, m, "arn"), Account: d.optStr(p, m, "account"), offset: rv.Index}
		switch _, ok := arn.Parse(r.ARN); {
		case r.ARN == "":
			d.fail(p+".arn", rv, "a resource needs \"arn\": the ARN of the resource, such as arn:aws:s3:::partnerbucket.")
		case !ok:
			d.fail(p+".arn", m["arn"], fmt.Sprintf("expected a resource ARN such as arn:aws:s3:::partnerbucket; found %q.", r.ARN))
		case seen[r.ARN]:
			d.fail(p+".arn", m["arn"], fmt.Sprintf("the resource %s is listed twice; list it once with its owner and all its tags.", r.ARN))
		}
		seen[r.ARN] = true
		inARN := arn.Account(r.ARN)
		switch {
		case r.Account == "" && inARN != "":
			r.Account = inARN
		case r.Account == "":
			r.Account = account
		case !isAccountID(r.Account):
			d.fail(p+".account", m["account"], fmt.Sprintf("an account id is 12 digits; found %q.", r.Account))
		case inARN != "" && inARN != r.Account:
			d.fail(p+".account", m["account"], fmt.Sprintf("the ARN %s names account %s, so it cannot be owned by %s; leave \"account\" out or make them agree.", r.ARN, inARN, r.Account))
		}
		if tv, ok := m["tags"]; ok && tv.Type != gjson.Null {
			r.Tags = d.tags(p+".tags", tv)
		}
		out = append(out, r)
	})
	return out
}

// ownerOf returns the entry of resources that governs arn (the resource
// itself or, for an S3 bucket, an object under it), or nil.
func ownerOf(resources []Resource, resourceARN string) *Resource {
	for i := range resources {
		if eval.Governs(resources[i].ARN, resourceARN) {
			return &resources[i]
		}
	}
	return nil
}

func isAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// caller reads a caller object at path ("caller", or "users[i]" in an
// account); extra names fields the reader of path handles itself.
func (d *decoder) caller(path string, v gjson.Result, extra ...string) Caller {
	c := Caller{Type: "IAMUser"}
	if !v.IsObject() {
		d.fail(path, v, "expected an object, found "+policy.JSONTypeName(v)+".")
		return c
	}
	m := d.fields(path, v, append([]string{"type", "name", "path", "userId", "policies", "permissionsBoundary", "tags"}, extra...)...)
	if t := d.optStr(path, m, "type"); t != "" {
		if t != "IAMUser" && t != "Root" {
			d.fail(path+".type", m["type"], fmt.Sprintf("the caller type is \"IAMUser\" or \"Root\"; found %q.", t))
		}
		c.Type = t
	}
	c.Name = d.optStr(path, m, "name")
	c.Path = d.optStr(path, m, "path")
	if c.Path != "" && (!strings.HasPrefix(c.Path, "/") || !strings.HasSuffix(c.Path, "/")) {
		d.fail(path+".path", m["path"], fmt.Sprintf("an IAM path begins and ends with a slash, such as \"/division_abc/\"; found %q.", c.Path))
	}
	c.UserID = d.optStr(path, m, "userId")
	if c.Type == "IAMUser" && c.Name == "" {
		d.fail(path+".name", v, "an IAM user caller needs a name, such as \"token-app\".")
	}
	if pv, ok := m["policies"]; ok && pv.Type != gjson.Null {
		if !pv.IsArray() {
			d.fail(path+".policies", pv, "expected an array of policies, found "+policy.JSONTypeName(pv)+".")
		} else {
			for i, p := range pv.Array() {
				if pt, ok := d.policy(fmt.Sprintf("%s.policies[%d]", path, i), p); ok {
					c.Policies = append(c.Policies, pt)
				}
			}
		}
	}
	if bv, ok := m["permissionsBoundary"]; ok && bv.Type != gjson.Null {
		if pt, ok := d.policy(path+".permissionsBoundary", bv); ok {
			c.Boundary = &pt
		}
	}
	if tv, ok := m["tags"]; ok && tv.Type != gjson.Null {
		c.Tags = d.tags(path+".tags", tv)
	}
	return c
}

// policy reads a POLICY: a string holding policy text, or a JSON object.
func (d *decoder) policy(path string, v gjson.Result) (PolicyText, bool) {
	switch {
	case v.Type == gjson.String:
		return PolicyText{Text: v.Str, Source: path, Offset: v.Index}, true
	case v.IsObject():
		return PolicyText{Text: v.Raw, Source: path, Offset: v.Index, Verbatim: true}, true
	}
	d.fail(path, v, "expected a policy (a JSON object, or a string holding policy JSON), found "+policy.JSONTypeName(v)+".")
	return PolicyText{}, false
}

// objects walks an array of objects: it reports a value that is not an
// array, or an element that is not an object (what describes the
// expected element, such as "a check"), and calls each with the path and
// the known fields of every object element.
func (d *decoder) objects(path string, v gjson.Result, what string, known []string, each func(p string, obj gjson.Result, m map[string]gjson.Result)) {
	if !v.IsArray() {
		d.fail(path, v, "expected an array of "+what+", found "+policy.JSONTypeName(v)+".")
		return
	}
	for i, e := range v.Array() {
		p := fmt.Sprintf("%s[%d]", path, i)
		if !e.IsObject() {
			d.fail(p, e, "expected "+what+", found "+policy.JSONTypeName(e)+".")
			continue
		}
		each(p, e, d.fields(p, e, known...))
	}
}

func (d *decoder) tags(path string, v gjson.Result) []principal.Tag {
	var out []principal.Tag
	d.objects(path, v, `{"Key": …, "Value": …} objects`, []string{"Key", "Value"}, func(p string, t gjson.Result, m map[string]gjson.Result) {
		var tag principal.Tag
		if k, ok := m["Key"]; ok {
			tag.Key, _ = d.str(p+".Key", k)
		} else {
			d.fail(p+".Key", t, "a tag needs a \"Key\".")
		}
		if val, ok := m["Value"]; ok {
			tag.Value, _ = d.str(p+".Value", val)
		} else {
			d.fail(p+".Value", t, "a tag needs a \"Value\" (it may be \"\").")
		}
		out = append(out, tag)
	})
	return out
}

func (d *decoder) managed(v gjson.Result) []ManagedPolicy {
	if !v.IsObject() {
		d.fail("managedPolicies", v, "expected an object that maps policy ARNs to policies, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	var out []ManagedPolicy
	seen := map[string]bool{}
	v.ForEach(func(k, pv gjson.Result) bool {
		policyARN := k.String()
		path := fmt.Sprintf("managedPolicies[%q]", policyARN)
		if seen[policyARN] {
			d.errs = append(d.errs, d.at(path, k.Index, "this policy ARN is given twice."))
			return true
		}
		seen[policyARN] = true
		if a, ok := arn.Parse(policyARN); !ok || !strings.HasPrefix(a.Resource, "policy/") {
			d.errs = append(d.errs, d.at(path, k.Index, fmt.Sprintf("a managed policy is named by its ARN, such as arn:aws:iam::123456789012:policy/Name; found %q.", policyARN)))
		}
		if pt, ok := d.policy(path, pv); ok {
			out = append(out, ManagedPolicy{ARN: policyARN, Policy: pt})
		}
		return true
	})
	return out
}

func (d *decoder) resources(v gjson.Result, doc *Document) []ResourcePolicy {
	var out []ResourcePolicy
	d.objects("resourcePolicies", v, `objects with "attachedTo" and "policy"`, []string{"name", "attachedTo", "account", "policy"}, func(p string, rv gjson.Result, m map[string]gjson.Result) {
		rp := ResourcePolicy{Name: d.optStr(p, m, "name"), AttachedTo: d.optStr(p, m, "attachedTo"), Account: d.optStr(p, m, "account")}
		if rp.AttachedTo == "" {
			d.fail(p+".attachedTo", rv, "a resource policy needs \"attachedTo\": the ARN of the resource it is attached to.")
		} else if _, ok := arn.Parse(rp.AttachedTo); !ok {
			d.fail(p+".attachedTo", m["attachedTo"], fmt.Sprintf("expected a resource ARN such as arn:aws:s3:::productionapp; found %q.", rp.AttachedTo))
		}
		owner := ownerOf(doc.Resources, rp.AttachedTo)
		switch {
		case rp.Account == "" && owner != nil:
			rp.Account = owner.Account
		case rp.Account == "":
			rp.Account = arn.Account(rp.AttachedTo)
			if rp.Account == "" {
				rp.Account = doc.Account
			}
		case !isAccountID(rp.Account):
			d.fail(p+".account", m["account"], fmt.Sprintf("an account id is 12 digits; found %q.", rp.Account))
		case owner != nil && owner.Account != rp.Account:
			// RULES.md#resource-owner: one resource has one owner.
			d.fail(p+".account", m["account"], fmt.Sprintf("this policy says %s belongs to account %s, but the \"resources\" entry for %s says %s; a resource has one owner, so make them agree.", rp.AttachedTo, rp.Account, owner.ARN, owner.Account))
		}
		if pv, ok := m["policy"]; ok {
			if pt, ok := d.policy(p+".policy", pv); ok {
				rp.Policy = pt
			}
		} else {
			d.fail(p+".policy", rv, "a resource policy needs \"policy\".")
		}
		if rp.Name == "" {
			rp.Name = rp.AttachedTo
		}
		out = append(out, rp)
	})
	return out
}

func (d *decoder) request(v gjson.Result) Request {
	var r Request
	if !v.IsObject() {
		d.fail("request", v, "expected an object with the GetFederationToken parameters, found "+policy.JSONTypeName(v)+".")
		return r
	}
	m := d.fields("request", v, "Name", "DurationSeconds", "Policy", "PolicyArns", "Tags")
	if nv, ok := m["Name"]; ok && nv.Type != gjson.Null {
		if s, ok := d.str("request.Name", nv); ok {
			r.Name = &s
		}
	}
	if dv, ok := m["DurationSeconds"]; ok && dv.Type != gjson.Null {
		n, ok := d.integer("request.DurationSeconds", dv)
		if ok {
			r.DurationSeconds = &n
		}
	}
	if pv, ok := m["Policy"]; ok && pv.Type != gjson.Null {
		switch {
		case pv.Type == gjson.String:
			s := pv.Str
			r.Policy = &s
		case pv.IsObject():
			s := pv.Raw
			r.Policy = &s
		default:
			d.fail("request.Policy", pv, "expected the policy as a string (or a JSON object), found "+policy.JSONTypeName(pv)+".")
		}
	}
	if av, ok := m["PolicyArns"]; ok && av.Type != gjson.Null {
		r.HasPolicyArns = true
		if !av.IsArray() {
			d.fail("request.PolicyArns", av, "expected an array of policy ARNs, found "+policy.JSONTypeName(av)+".")
		} else {
			for i, a := range av.Array() {
				p := fmt.Sprintf("request.PolicyArns[%d]", i)
				if a.IsObject() {
					// The API's own shape is {"arn": "…"}; accept it too.
					a = a.Get("arn")
				}
				if s, ok := d.str(p, a); ok {
					r.PolicyArns = append(r.PolicyArns, s)
				}
			}
		}
	}
	if tv, ok := m["Tags"]; ok && tv.Type != gjson.Null {
		r.HasTags = true
		r.Tags = d.tags("request.Tags", tv)
	}
	return r
}

// integer reads a whole number (a JSON number, or a string of digits as the
// wire form sends it).
func (d *decoder) integer(path string, v gjson.Result) (int64, bool) {
	switch v.Type {
	case gjson.Number:
		if v.Num != math.Trunc(v.Num) || math.Abs(v.Num) > 1e15 {
			d.fail(path, v, fmt.Sprintf("expected a whole number of seconds, found %s.", v.Raw))
			return 0, false
		}
		return int64(v.Num), true
	case gjson.String:
		n, err := strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64)
		if err != nil {
			d.fail(path, v, fmt.Sprintf("expected a whole number of seconds, found %q.", v.Str))
			return 0, false
		}
		return n, true
	}
	d.fail(path, v, "expected a whole number of seconds, found "+policy.JSONTypeName(v)+".")
	return 0, false
}

// validExpect lists the decisions a check may expect.
var validExpect = []string{"allowed", "explicitDeny", "implicitDeny", eval.CodeExpiredToken, eval.CodeExpiredTokenException}

func (d *decoder) checks(v gjson.Result) []Check {
	var out []Check
	d.objects("checks", v, `objects with "action" and "resource"`, []string{"action", "resource", "region", "at", "context", "expect"}, func(p string, cv gjson.Result, m map[string]gjson.Result) {
		c := Check{Action: d.optStr(p, m, "action"), Resource: d.optStr(p, m, "resource"), Region: d.optStr(p, m, "region"), Expect: d.optStr(p, m, "expect")}
		c.offset, c.regionOffset = cv.Index, m["region"].Index
		if av, ok := m["at"]; ok && av.Type != gjson.Null {
			c.atOffset = av.Index
			if s, ok := d.str(p+".at", av); ok {
				t, err := time.Parse(time.RFC3339Nano, s)
				if err != nil {
					d.fail(p+".at", av, fmt.Sprintf("expected an RFC 3339 time such as 2026-01-01T01:00:00Z; found %q.", s))
				}
				c.At = t.UTC()
			}
		}
		if c.Action == "" {
			d.fail(p+".action", cv, "a check needs an \"action\", such as \"s3:GetObject\".")
		} else if !strings.Contains(c.Action, ":") {
			d.fail(p+".action", m["action"], fmt.Sprintf("an action is written service:Action, such as s3:GetObject; found %q.", c.Action))
		}
		if c.Resource == "" {
			d.fail(p+".resource", cv, "a check needs a \"resource\": an ARN, or \"*\" for actions without resources.")
		}
		if c.Expect != "" {
			ok := false
			for _, e := range validExpect {
				ok = ok || e == c.Expect
			}
			if !ok {
				d.fail(p+".expect", m["expect"], fmt.Sprintf("expect is one of allowed, explicitDeny, implicitDeny, ExpiredToken, ExpiredTokenException; found %q.", c.Expect))
			}
		}
		if ctx, ok := m["context"]; ok && ctx.Type != gjson.Null {
			c.Context = d.context(p+".context", ctx)
		}
		out = append(out, c)
	})
	return out
}

func (d *decoder) context(path string, v gjson.Result) []ContextKey {
	if !v.IsObject() {
		d.fail(path, v, "expected an object of condition keys, found "+policy.JSONTypeName(v)+".")
		return nil
	}
	var out []ContextKey
	seen := map[string]bool{}
	v.ForEach(func(k, val gjson.Result) bool {
		key := k.String()
		p := path + "." + key
		if seen[strings.ToLower(key)] {
			d.errs = append(d.errs, d.at(p, k.Index, "this condition key is given twice (keys are case-insensitive)."))
			return true
		}
		seen[strings.ToLower(key)] = true
		ck := ContextKey{Key: key}
		if val.IsArray() {
			ck.Multi = true
			ck.Values = []string{}
			for _, e := range val.Array() {
				if s, ok := d.scalar(p, e); ok {
					ck.Values = append(ck.Values, s)
				}
			}
		} else if s, ok := d.scalar(p, val); ok {
			ck.Values = []string{s}
		}
		out = append(out, ck)
		return true
	})
	return out
}

// scalar reads a condition value: a string, or a number or boolean taken as
// its JSON text.
func (d *decoder) scalar(path string, v gjson.Result) (string, bool) {
	switch v.Type {
	case gjson.String:
		return v.Str, true
	case gjson.Number, gjson.True, gjson.False:
		return v.Raw, true
	}
	d.fail(path, v, "expected a string, number or boolean, found "+policy.JSONTypeName(v)+".")
	return "", false
}
