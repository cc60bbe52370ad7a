package policy

import (
	"strings"

	"github.com/stsplay/stsplay/engine/internal/operator"
	"github.com/tidwall/gjson"
)

// operatorNames lists every operator name (without qualifiers), for
// suggestions.
var operatorNames = operator.Names()

// conditions reads a Condition element: {operator: {key: value(s)}}
// [RULES.md#policy-grammar, RULES.md#condition-block].
func (p *parser) conditions(v gjson.Result, path jpath) []*Condition {
	if !v.IsObject() {
		p.wrongType(v, path, "Condition", `an object such as {"StringEquals": {"aws:PrincipalTag/team": "blue"}}`)
		return nil
	}
	out := make([]*Condition, 0, 4)
	var ops keySet
	v.ForEach(func(ok, ov gjson.Result) bool {
		opPath := path.child(ok.Str)
		if !ops.add(ok.Str) {
			p.reportAt(ok, CodeDuplicateKey, SeverityError, opPath, "The Condition element repeats the operator %q; each operator may appear only once, and only the first is used.", ok.Str)
			return true
		}
		op := p.operator(ok, opPath)
		if !ov.IsObject() {
			p.wrongType(ov, opPath, "The block of operator "+ok.Str, `an object of condition keys and values such as {"aws:SourceIp": "203.0.113.0/24"}`)
			return true
		}
		var keys keySet
		n := 0
		ov.ForEach(func(kk, kv gjson.Result) bool {
			n++
			if c := p.conditionKey(&keys, op, ok, kk, kv, opPath); c != nil {
				out = append(out, c)
			}
			return true
		})
		if n == 0 {
			p.reportAt(ov, CodeEmptyCondition, SeverityWarning, opPath, "The %s block lists no condition keys.", ok.Str)
		}
		return true
	})
	if len(out) == 0 && isEmptyObject(v) {
		p.reportAt(v, CodeEmptyCondition, SeverityWarning, path, "The Condition element is empty; remove it or add a condition.")
	}
	return out
}

// conditionKey reads the condition key kk with its values kv in the block of
// the operator key ok, which parsed as op. It returns nil for a repeated
// key.
func (p *parser) conditionKey(keys *keySet, op Operator, ok, kk, kv gjson.Result, opPath jpath) *Condition {
	keyPath := opPath.child(kk.Str)
	if !keys.add(kk.Str) {
		p.reportAt(kk, CodeDuplicateKey, SeverityError, keyPath, "The %s block repeats the condition key %q; each key may appear only once, and only the first is used.", ok.Str, kk.Str)
		return nil
	}
	if i := strings.IndexByte(kk.Str, ':'); i <= 0 || i == len(kk.Str)-1 {
		p.reportAt(kk, CodeConditionKeyMissingPrefix, SeverityError, keyPath,
			"Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. Condition key %q has no service prefix; global keys are written like \"aws:SourceIp\".", kk.Str)
	}
	p.checkKeyValuedness(op, kk, keyPath)
	c := &Condition{OperatorText: p.str(ok), Operator: op, Key: p.str(kk),
		Range: p.idx.span(kk.Index, kv.Index+len(kv.Raw))}
	c.Values, _ = p.stringList(kv, keyPath, "The value of condition key "+kk.Str, true, func(s String, vp jpath) {
		p.checkConditionValue(op, s, vp)
	})
	if isEmptyArray(kv) {
		p.reportAt(kv, CodeInvalidConditionValue, SeverityWarning, keyPath,
			"Condition key %s has an empty list of values, so the condition can never match.", kk.Str)
	}
	return c
}

// checkKeyValuedness warns when the set qualifier of op does not fit the
// condition key kk: a set operator on a single-valued key, or none on a
// multivalued key [RULES.md#multivalued-keys, RULES.md#condition-operators]. Only global keys whose
// kind is documented are checked; Null tests presence and takes no set
// qualifier either way.
func (p *parser) checkKeyValuedness(op Operator, kk gjson.Result, path jpath) {
	if !op.Known() || op.Base == "Null" {
		return
	}
	switch {
	case op.Set != NoSet && singleValued(kk.Str):
		p.reportAt(kk, CodeSetOperatorSingleValued, SeverityWarning, path,
			"The key %s is single-valued, and AWS says: \"Do not use set operators with single-valued condition keys.\" Use %s without %s:.", kk.Str, op.Base, op.Set)
	case op.Set == NoSet && multivalued(kk.Str):
		p.reportAt(kk, CodeMultivaluedKeyWithoutSet, SeverityWarning, path,
			"The key %s is multivalued (its value is a set); compare it with ForAnyValue:%s or ForAllValues:%s.", kk.Str, op.Base, op.Base)
	}
}

// operator parses and checks the operator key k.
func (p *parser) operator(k gjson.Result, path jpath) Operator {
	op, ok := ParseOperator(k.Str)
	switch {
	case !ok:
		p.reportAt(k, CodeUnknownOperator, SeverityError, path, "%q is not a condition operator.%s", k.Str, didYouMean(p.suggestOperator(k.Str)))
	case op.Set != NoSet && !op.Info().Sets:
		// RULES.md#null-operator: set operators compare sets of values; Null only tests
		// whether the key is present.
		p.reportAt(k, CodeSetOperatorOnNull, SeverityError, path,
			"%q cannot be used: the Null operator only tests whether a key is present and takes no %s: qualifier.", k.Str, op.Set)
	case op.String() != k.Str:
		// RULES.md#operator-names: AWS's documentation leaves operator-name case open, but IAM
		// refuses another spelling: "MalformedPolicyDocument: Invalid
		// Condition type : stringEquals" (a CreateRole error recorded in
		// ministryofjustice/modernisation-platform-environments#8893).
		p.reportAt(k, CodeOperatorCase, SeverityError, path,
			"Invalid Condition type : %s. Condition operators are case-sensitive: write %q.", k.Str, op.String())
	}
	return op
}

// suggestOperator suggests an operator for an unknown name, keeping the
// qualifier and IfExists parts that were written correctly.
func suggestOperator(name string) string {
	prefix, rest := "", name
	if i := strings.IndexByte(name, ':'); i >= 0 {
		prefix, rest = name[:i+1], name[i+1:]
		if s := suggest(strings.TrimSuffix(prefix, ":"), []string{"ForAnyValue", "ForAllValues"}); s != "" {
			prefix = s + ":"
		}
	}
	suffix := ""
	if len(rest) > len(suffixIfExists) && strings.EqualFold(rest[len(rest)-len(suffixIfExists):], suffixIfExists) {
		rest, suffix = rest[:len(rest)-len(suffixIfExists)], suffixIfExists
	}
	base := suggest(rest, operatorNames)
	if base == "" || base == "Null" && (suffix != "" || prefix != "") {
		return ""
	}
	return prefix + base + suffix
}

// isEmptyObject reports whether v is the JSON object {}.
func isEmptyObject(v gjson.Result) bool {
	i := skipSpace(v.Raw, 1)
	return v.IsObject() && i < len(v.Raw) && v.Raw[i] == '}'
}
