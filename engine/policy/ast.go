// Package policy parses and validates IAM policy documents.
//
// It reads the JSON text with github.com/tidwall/gjson and keeps the source
// position of every element it keeps, so that each diagnostic and each trace
// entry of the evaluator can point into the text the user typed. The grammar
// and the validation rules follow AWS's "Grammar of the IAM JSON policy
// language" and the element pages of the IAM User Guide; see
// RULES.md#policy-grammar for the quoted sources.
package policy

// Pos is a position in the policy text. Offset is the 0-based byte offset;
// Line and Column are 1-based, and Column counts Unicode code points (not
// bytes) from the start of the line, as editors show it.
type Pos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Range is the half-open span [Start, End) of an element in the policy text.
type Range struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// Kind says where a policy is attached, which decides the validation rules
// that apply to it (for example, whether a Principal is required or
// forbidden).
type Kind int

// The kinds of policy the playground knows.
const (
	// Identity is an identity-based policy attached to the IAM user.
	Identity Kind = iota
	// Session is a session policy passed to GetFederationToken (inline
	// Policy or a managed policy named in PolicyArns).
	Session
	// Boundary is a permissions boundary of the IAM user.
	Boundary
	// Resource is a resource-based policy such as an S3 bucket policy.
	Resource
)

// String is one JSON scalar of the policy with its position. Numbers and
// booleans (which AWS accepts as condition values) are normalised to their
// JSON text, so 10 and true become "10" and "true".
type String struct {
	Value string `json:"value"`
	Range Range  `json:"range"`
}

// Effect is the Effect of a statement: "Allow" or "Deny".
type Effect string

// The two effects a statement can have.
const (
	Allow Effect = "Allow"
	Deny  Effect = "Deny"
)

// Policy is a parsed policy document. A Policy is returned even when the
// text has errors, holding whatever could be read, so that callers can still
// show it; whether it may be evaluated is decided by its diagnostics.
type Policy struct {
	// Text is the source the policy was parsed from.
	Text string
	// Kind is the kind the policy was parsed and validated as.
	Kind Kind
	// Version is the Version element; Version.Value is "" when absent.
	Version String
	// ID is the Id element; ID.Value is "" when absent.
	ID String
	// Statements are the statements in source order.
	Statements []*Statement
}

// VariablesEnabled reports whether policy variables such as ${aws:userid}
// are substituted in this policy: only under Version 2012-10-17 (IAM User
// Guide, "Variables and tags": without it "variables like ${aws:username}
// are treated as literal strings").
func (p *Policy) VariablesEnabled() bool { return p.Version.Value == "2012-10-17" }

// Statement is one statement of a policy.
type Statement struct {
	// Index is the 0-based position of the statement in the policy.
	Index int
	// Sid is the statement id; Sid.Value is "" when absent.
	Sid String
	// Effect is Allow or Deny; EffectRange is where it was written.
	Effect      Effect
	EffectRange Range
	// Principal is the Principal or NotPrincipal element, nil when absent.
	Principal *Principal
	// Action is the Action or NotAction element.
	Action Block
	// Resource is the Resource or NotResource element. It is the zero Block
	// (no values) when the statement has neither.
	Resource Block
	// Conditions are the (operator, key) pairs of the Condition element, in
	// source order.
	Conditions []*Condition
	// Range spans the whole statement object.
	Range Range
}

// Block is an Action/NotAction or Resource/NotResource element.
type Block struct {
	// Not is true for NotAction or NotResource.
	Not bool
	// Values are the element's strings; a single string is a one-element list.
	Values []String
	// Range spans the element's value.
	Range Range
}

// Principal is a Principal or NotPrincipal element.
type Principal struct {
	// Not is true for NotPrincipal.
	Not bool
	// Wildcard is true for "Principal": "*".
	Wildcard bool
	// Values lists the principals of the {"AWS": …, "Service": …} form.
	Values []PrincipalValue
	// Range spans the element's value.
	Range Range
}

// PrincipalValue is one principal named in a Principal element.
type PrincipalValue struct {
	// Type is the key it was listed under: "AWS", "Federated", "Service" or
	// "CanonicalUser".
	Type string
	// Value is the principal: "*", an account id, or an ARN.
	Value String
}

// SetOperator is the ForAnyValue: or ForAllValues: qualifier of a
// condition operator.
type SetOperator int

// The set qualifiers.
const (
	NoSet SetOperator = iota
	ForAnyValue
	ForAllValues
)

// Operator is a parsed condition operator such as
// "ForAnyValue:StringLikeIfExists".
type Operator struct {
	// Set is the set qualifier, if any.
	Set SetOperator
	// Base is the canonical operator name without qualifier or IfExists,
	// for example "StringLike". It is "" when the operator is unknown.
	Base string
	// IfExists is true when the operator has the IfExists suffix.
	IfExists bool
}

// Condition is one (operator, key) pair of a Condition element, with the
// values listed for the key.
type Condition struct {
	// OperatorText is the operator as written, with its position.
	OperatorText String
	// Operator is the parsed operator.
	Operator Operator
	// Key is the condition key as written, with its position.
	Key String
	// Values are the values listed for the key (a single value is a
	// one-element list).
	Values []String
	// Range spans the key and its values.
	Range Range
}

// Severity is the severity of a diagnostic, named as IAM Access Analyzer's
// ValidatePolicy findings are.
type Severity string

// The severities.
const (
	SeverityError      Severity = "error"
	SeverityWarning    Severity = "warning"
	SeveritySuggestion Severity = "suggestion"
)

// Diagnostic is one finding of parsing or validation.
type Diagnostic struct {
	// Code is a stable identifier such as "invalid-json" or "duplicate-sid".
	Code string `json:"code"`
	// Severity is error, warning or suggestion.
	Severity Severity `json:"severity"`
	// Message is a full sentence for a person.
	Message string `json:"message"`
	// Path is the JSON path of the element, such as "Statement[1].Effect".
	Path string `json:"path"`
	// Pos is where the finding starts; End is where it ends.
	Pos
	End Pos `json:"end"`
}
