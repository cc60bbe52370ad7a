package condition

import (
	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/policy"
)

// Detail is what a Result found, as data for a renderer: the rule that
// decided (Cause), the operator and key, the policy values (with the text
// their policy variables stand for) and the request values, and which of
// them the outcome is about.
type Detail struct {
	// Cause is the rule that decided, one of the Cause* constants.
	Cause string `json:"cause"`
	// Matched is true when the condition holds.
	Matched bool `json:"matched"`
	// Operator is the operator as written (its canonical spelling when it
	// was not written); Base, Set ("ForAnyValue", "ForAllValues" or "") and
	// IfExists are its parts, Family its
	// family ("String", "Numeric", "Date", "Bool", "Binary", "IpAddress",
	// "Arn", "Null", or "" for an unknown operator) and Negated whether it
	// is a negated operator.
	Operator string `json:"operator"`
	Base     string `json:"base"`
	Set      string `json:"set,omitempty"`
	IfExists bool   `json:"ifExists,omitempty"`
	Family   string `json:"family"`
	Negated  bool   `json:"negated,omitempty"`
	// Key is the condition key; KeyPresent whether the request has it.
	Key        string `json:"key"`
	KeyPresent bool   `json:"keyPresent"`
	// PolicyValues are the condition's values as written.
	PolicyValues []string `json:"policyValues,omitempty"`
	// Substituted has one entry per policy value when policy variables are
	// substituted in this family and the policy's Version enables them;
	// it is nil otherwise.
	Substituted []Substitution `json:"substituted,omitempty"`
	// RequestValues are the key's values in the request.
	RequestValues []string `json:"requestValues,omitempty"`
	// PolicyIndex and RequestIndex point at the values the outcome is
	// about, or are -1 (see Result.PolicyIndex and Result.RequestIndex).
	PolicyIndex  int `json:"policyIndex"`
	RequestIndex int `json:"requestIndex"`
}

// Substitution is a policy value with policy variables replaced.
type Substitution struct {
	// Variables is true when the value holds a policy variable.
	Variables bool `json:"variables,omitempty"`
	// Resolved is true when every variable has a value in the request;
	// Value is then the value with the variables replaced.
	Resolved bool   `json:"resolved,omitempty"`
	Value    string `json:"value,omitempty"`
}

// The causes of a Detail.
const (
	CauseNoCondition     = "noCondition"     // there was no condition to evaluate
	CauseUnknownOperator = "unknownOperator" // the operator is not one AWS defines
	CauseNull            = "null"            // Null compared the key's presence with its value
	CauseBadNullValue    = "badNullValue"    // a Null value is neither true nor false
	CauseBadPolicyValue  = "badPolicyValue"  // a policy value cannot be read for the operator
	CauseBadRequestValue = "badRequestValue" // a request value cannot be read for the operator
	CauseKeyMissing      = "keyMissing"      // the key is not in the request
	CauseNoValues        = "noValues"        // the key has no (or only empty) values
	CauseMultivalued     = "multivalued"     // a multivalued key without a set operator
	CauseCompared        = "compared"        // request and policy values were compared
)

// causes maps the reasons of a Result to their Cause.
var causes = [...]string{
	reasonNone:            "",
	reasonNoCondition:     CauseNoCondition,
	reasonUnknownOperator: CauseUnknownOperator,
	reasonNull:            CauseNull,
	reasonBadNullValue:    CauseBadNullValue,
	reasonBadPolicyValue:  CauseBadPolicyValue,
	reasonBadRequestValue: CauseBadRequestValue,
	reasonKeyMissing:      CauseKeyMissing,
	reasonNoValues:        CauseNoValues,
	reasonMultiPlain:      CauseMultivalued,
	reasonCompared:        CauseCompared,
}

// familyNames are the names Detail.Family uses.
var familyNames = [...]string{
	famUnknown: "",
	famString:  "String",
	famNumeric: "Numeric",
	famDate:    "Date",
	famBool:    "Bool",
	famBinary:  "Binary",
	famIP:      "IpAddress",
	famArn:     "Arn",
	famNull:    "Null",
}

// Detail returns what the Result found. Policy variables are read from the
// context given to Check.
func (r Result) Detail() Detail {
	d := Detail{Cause: causes[r.reason], Matched: r.Matched, KeyPresent: r.KeyPresent, RequestValues: r.RequestValues, PolicyIndex: r.pol, RequestIndex: r.req}
	c := r.cond
	if c == nil {
		return d
	}
	op := c.Operator
	f := familyOf(op.Base)
	d.Operator, d.Base, d.Set, d.IfExists = opName(c), op.Base, op.Set.String(), op.IfExists
	d.Family, d.Negated, d.Key = familyNames[f], negated(op.Base), c.Key.Value
	for _, v := range c.Values {
		d.PolicyValues = append(d.PolicyValues, v.Value)
	}
	if !r.vars || !substitutes(f) {
		return d
	}
	d.Substituted = make([]Substitution, len(c.Values))
	for i, v := range c.Values {
		if !match.HasVariables(v.Value) {
			continue
		}
		s := Substitution{Variables: true}
		if p, ok := match.Expand(v.Value, true, r.ctx); ok {
			s.Resolved, s.Value = true, p.String()
		}
		d.Substituted[i] = s
	}
	return d
}

// opName returns the operator as written, or its canonical spelling.
func opName(c *policy.Condition) string {
	if c.OperatorText.Value != "" {
		return c.OperatorText.Value
	}
	return c.Operator.String()
}

// substitutes reports whether policy variables are substituted in the
// values of a family: String and Arn [RULES.md#policy-variables], and Bool [RULES.md#policy-variables] (see
// boolValues).
func substitutes(f family) bool { return f == famString || f == famArn || f == famBool }
