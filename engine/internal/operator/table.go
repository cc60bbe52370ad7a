package operator

import (
	"sort"
	"strings"
)

// Family is an operator family [RULES.md#condition-operators]: the kind of
// value its operators compare.
type Family uint8

// The families.
const (
	Unknown Family = iota
	String
	Numeric
	Date
	Bool
	Binary
	IP
	Arn
	Null
)

// String returns the family's name: "String",
// "Numeric", "Date", "Bool", "Binary", "IP", "Arn" or "Null"; "" for Unknown.
func (f Family) String() string {
	switch f {
	case String:
		return "String"
	case Numeric:
		return "Numeric"
	case Date:
		return "Date"
	case Bool:
		return "Bool"
	case Binary:
		return "Binary"
	case IP:
		return "IP"
	case Arn:
		return "Arn"
	case Null:
		return "Null"
	}
	return ""
}

// Order is the relation a Numeric or Date operator asks of the request
// value against a policy value.
type Order uint8

// The orders. NoOrder is that of the families that do not order values.
const (
	NoOrder Order = iota
	Equal
	Less
	LessOrEqual
	Greater
	GreaterOrEqual
)

// Holds reports whether cmp, the comparison of the request value with a
// policy value (-1, 0 or +1), satisfies the order.
func (o Order) Holds(cmp int) bool {
	switch o {
	case Equal:
		return cmp == 0
	case Less:
		return cmp < 0
	case LessOrEqual:
		return cmp <= 0
	case Greater:
		return cmp > 0
	case GreaterOrEqual:
		return cmp >= 0
	}
	return false
}

// Text is how a String operator compares text.
type Text uint8

// The ways of comparing text.
const (
	// NoText is that of the families other than String.
	NoText Text = iota
	// Exact is "Exact matching, case sensitive" (StringEquals) [RULES.md#string-operators].
	Exact
	// Fold is "Exact matching, ignoring case" (StringEqualsIgnoreCase)
	// [RULES.md#string-operators].
	Fold
	// Like is "Case-sensitive matching. The values can include
	// multi-character match wildcards (*) and single-character match
	// wildcards (?) anywhere in the string" (StringLike)
	// [RULES.md#string-operators].
	Like
)

// Info describes one base operator (without set qualifier or IfExists).
type Info struct {
	// Name is the operator's canonical spelling, such as "StringNotLike".
	Name string
	// Family is the kind of value it compares.
	Family Family
	// Negated operators match when the request value matches none of the
	// policy values, and are true for a missing key: "If the policy
	// condition requires that the key is not matched, such as StringNotLike
	// or ArnNotLike, and the right key is not present, the condition is
	// true" [RULES.md#missing-keys]; "When multiple values are listed in a policy for negated
	// matching condition operators … the effective permissions work like a
	// logical AND" [RULES.md#condition-block].
	Negated bool
	// Order is the relation of a Numeric or Date operator (before
	// negation: NumericNotEquals has Equal).
	Order Order
	// Text is how a String operator compares (before negation).
	Text Text
	// IfExists tells whether the …IfExists suffix applies: "You can add
	// IfExists to the end of any condition operator name except the Null
	// condition" [RULES.md#if-exists].
	IfExists bool
	// Sets tells whether the ForAnyValue: and ForAllValues: qualifiers
	// apply. They compare sets of request values with the policy values
	// [RULES.md#set-operators]; Null only tests whether the key is present, so they do not
	// apply to it.
	Sets bool
	// Variables tells whether policy variables are substituted in the
	// operator's values: "any condition that involves the string operators
	// or the ARN operators" [RULES.md#policy-variables], and Bool, since the
	// Condition operators page says "You can use a policy variable with the
	// Boolean condition operator" (the Variables page lists only the string
	// and ARN operators; RULES.md#policy-variables says which the engine
	// follows and why).
	Variables bool
	// Wildcards tells whether * and ? in policy values are wildcards:
	// StringLike, StringNotLike and the Arn operators [RULES.md#string-operators,
	// RULES.md#arn-operators].
	Wildcards bool
}

// table lists every base operator AWS defines, 27 in all
// [RULES.md#condition-operators].
var table = []Info{
	{Name: "StringEquals", Family: String, Text: Exact},
	{Name: "StringNotEquals", Family: String, Text: Exact, Negated: true},
	{Name: "StringEqualsIgnoreCase", Family: String, Text: Fold},
	{Name: "StringNotEqualsIgnoreCase", Family: String, Text: Fold, Negated: true},
	{Name: "StringLike", Family: String, Text: Like, Wildcards: true},
	{Name: "StringNotLike", Family: String, Text: Like, Negated: true, Wildcards: true},
	{Name: "NumericEquals", Family: Numeric, Order: Equal},
	{Name: "NumericNotEquals", Family: Numeric, Order: Equal, Negated: true},
	{Name: "NumericLessThan", Family: Numeric, Order: Less},
	{Name: "NumericLessThanEquals", Family: Numeric, Order: LessOrEqual},
	{Name: "NumericGreaterThan", Family: Numeric, Order: Greater},
	{Name: "NumericGreaterThanEquals", Family: Numeric, Order: GreaterOrEqual},
	{Name: "DateEquals", Family: Date, Order: Equal},
	{Name: "DateNotEquals", Family: Date, Order: Equal, Negated: true},
	{Name: "DateLessThan", Family: Date, Order: Less},
	{Name: "DateLessThanEquals", Family: Date, Order: LessOrEqual},
	{Name: "DateGreaterThan", Family: Date, Order: Greater},
	{Name: "DateGreaterThanEquals", Family: Date, Order: GreaterOrEqual},
	{Name: "Bool", Family: Bool},
	{Name: "BinaryEquals", Family: Binary},
	{Name: "IpAddress", Family: IP},
	{Name: "NotIpAddress", Family: IP, Negated: true},
	// "ArnEquals and ArnLike behave identically" [RULES.md#arn-operators].
	{Name: "ArnEquals", Family: Arn, Wildcards: true},
	{Name: "ArnLike", Family: Arn, Wildcards: true},
	{Name: "ArnNotEquals", Family: Arn, Negated: true, Wildcards: true},
	{Name: "ArnNotLike", Family: Arn, Negated: true, Wildcards: true},
	{Name: "Null", Family: Null},
}

// byName and byFold index table by canonical and by lower-case name.
var byName, byFold = func() (map[string]*Info, map[string]*Info) {
	names := make(map[string]*Info, len(table))
	folded := make(map[string]*Info, len(table))
	for i := range table {
		in := &table[i]
		in.IfExists = in.Family != Null
		in.Sets = in.Family != Null
		in.Variables = in.Family == String || in.Family == Arn || in.Family == Bool
		names[in.Name] = in
		folded[strings.ToLower(in.Name)] = in
	}
	return names, folded
}()

// Lookup returns the operator whose canonical name is base, such as
// "StringLike"; ok is false for a name AWS does not define.
func Lookup(base string) (in Info, ok bool) {
	p, ok := byName[base]
	if !ok {
		return Info{}, false
	}
	return *p, true
}

// LookupFold is Lookup ignoring letter case: "stringlike" finds StringLike.
func LookupFold(name string) (in Info, ok bool) {
	p, ok := byFold[strings.ToLower(name)]
	if !ok {
		return Info{}, false
	}
	return *p, true
}

// FamilyOf returns the family of the operator named base, or Unknown.
func FamilyOf(base string) Family {
	if p, ok := byName[base]; ok {
		return p.Family
	}
	return Unknown
}

// Names returns the canonical names of every base operator, sorted.
func Names() []string {
	names := make([]string, len(table))
	for i := range table {
		names[i] = table[i].Name
	}
	sort.Strings(names)
	return names
}

// Valid reports whether s is a value the family can compare: what the
// validator accepts and the evaluator reads. String and Arn values are any
// text; each other family reads s with its own parser (ParseNumber,
// ParseDate, ParseBool, DecodeBinary, ParseIPRange, ParseNull).
func (f Family) Valid(s string) bool {
	var ok bool
	switch f {
	case String, Arn:
		ok = true
	case Numeric:
		_, ok = ParseNumber(s)
	case Date:
		_, ok = ParseDate(s)
	case Bool:
		_, ok = ParseBool(s)
	case Binary:
		_, ok = DecodeBinary(s)
	case IP:
		_, ok = ParseIPRange(s)
	case Null:
		_, ok = ParseNull(s)
	}
	return ok
}
