package policy

// The diagnostic codes below are a public, stable table: tools, tests and the
// site may rely on them, so a code is never renamed or reused for another
// finding. Each constant's comment gives the severity Parse reports it with
// and the AWS source of the rule. References such as "RULES.md#policy-grammar" name
// rules of the rule book, engine/RULES.md, which gives each rule's AWS page.
//
//	code                           severity          finding
//	invalid-json                   error             the text is not JSON (position of the fault)
//	wrong-type                     error             an element has the wrong JSON type
//	duplicate-key                  error             an object repeats a key
//	unknown-element                error             a key that is not a grammar element
//	missing-version                warning           no Version element
//	invalid-version                error             Version is not 2008-10-17 or 2012-10-17
//	old-version                    warning           Version 2008-10-17 (no variables; rejected in managed policies)
//	id-not-allowed                 warning           Id in an identity, session or boundary policy
//	missing-statement              error             no Statement element
//	empty-statement                error             Statement is an empty array
//	missing-effect                 error             a statement without Effect
//	invalid-effect                 error             Effect is not "Allow" or "Deny"
//	missing-action                 error             neither Action nor NotAction
//	action-and-notaction           error             both Action and NotAction
//	missing-resource               error / warning   neither Resource nor NotResource (warning in resource policies)
//	resource-and-notresource       error             both Resource and NotResource
//	empty-array                    error             an Action, Resource or Principal list with no values
//	principal-not-allowed          error             Principal or NotPrincipal outside a resource-based policy
//	missing-principal              error             a resource-based policy statement without Principal
//	principal-and-notprincipal     error             both Principal and NotPrincipal
//	invalid-principal              error             a Principal value AWS rejects
//	partial-wildcard-principal     warning           a wildcard in part of a principal ARN (it matches nothing)
//	unknown-principal-type         error             a Principal key other than AWS, Federated, Service, CanonicalUser
//	notprincipal-discouraged       suggestion        NotPrincipal in a resource-based policy
//	invalid-sid                    error / warning   Sid with characters other than A-Z a-z 0-9 (warning in resource policies)
//	duplicate-sid                  error             two statements with the same Sid
//	action-missing-prefix          error             an action without "service:"
//	invalid-action                 error             an action with invalid characters or shape
//	variable-in-action             error             a policy variable in Action or NotAction
//	malformed-arn                  error             a Resource that is neither "*" nor an ARN
//	wildcard-in-service            error             a wildcard in an ARN's service segment
//	unknown-operator               error             a condition operator AWS does not define
//	set-operator-on-null           error             ForAnyValue:/ForAllValues: on Null
//	operator-case                  error             an operator written in another letter case ("Invalid Condition type")
//	empty-condition                warning           a Condition or operator block without keys
//	set-operator-single-valued     warning           ForAnyValue:/ForAllValues: on a single-valued global key
//	multivalued-key-without-set    warning           a plain operator on a multivalued global key such as aws:TagKeys
//	forallvalues-with-allow        warning           ForAllValues: in an Allow statement (overly permissive)
//	condition-key-missing-prefix   error             a condition key without "service:" (such as "SourceIp")
//	invalid-condition-value        warning / error   a value the operator can never match (error for dates)
//	unterminated-variable          warning           "${" without a closing "}"
//	variable-without-version       warning           "${" in a policy whose Version is not 2012-10-17
//	variable-not-supported         warning           a policy variable where AWS does not substitute it
//	too-many-diagnostics           error / warning   more than 1,000 findings; the rest are counted (error if any was)
//	internal-error                 error             a bug in this parser (it never panics; please report it)
const (
	// CodeInvalidJSON: the text is not valid JSON; the position is the fault.
	// Severity error. STS answers such a policy with "The policy is not in
	// the valid JSON format." (RULES.md#malformed-policy-document).
	CodeInvalidJSON = "invalid-json"
	// CodeWrongType: an element has the wrong JSON type, for example a
	// number as Effect. Severity error [RULES.md#policy-grammar].
	CodeWrongType = "wrong-type"
	// CodeDuplicateKey: an object has the same key twice. The first one is
	// kept. Severity error [RULES.md#policy-grammar: no duplicate keys].
	CodeDuplicateKey = "duplicate-key"
	// CodeUnknownElement: a key that is not an element of the grammar at
	// that place, including wrongly cased names such as "effect". Severity
	// error [RULES.md#policy-grammar].
	CodeUnknownElement = "unknown-element"
	// CodeMissingVersion: the policy has no Version; policy variables are
	// then literal text, and IAM rejects a managed policy without one.
	// Severity warning, because STS accepts an inline session policy
	// without it [RULES.md#policy-variables, RULES.md#policy-version; STS API Reference Jean example].
	CodeMissingVersion = "missing-version"
	// CodeInvalidVersion: Version is not "2008-10-17" or "2012-10-17".
	// Severity error [RULES.md#policy-grammar, RULES.md#policy-version].
	CodeInvalidVersion = "invalid-version"
	// CodeOldVersion: Version is "2008-10-17". Severity warning [RULES.md#policy-version: "Do
	// not use this version for any new policies"; IAM rejects it in managed
	// policies with "Policy document must be version 2012-10-17 or
	// greater."].
	CodeOldVersion = "old-version"
	// CodeIDNotAllowed: Id in a policy that is not resource-based. Severity
	// warning [RULES.md#policy-grammar: id_block "must not be included in identity-based
	// policies"].
	CodeIDNotAllowed = "id-not-allowed"
	// CodeMissingStatement: the policy has no Statement. Severity error
	// [RULES.md#policy-grammar].
	CodeMissingStatement = "missing-statement"
	// CodeEmptyStatement: Statement is an empty array. Severity error
	// [RULES.md#policy-grammar: statement = one statement or an array of statements].
	CodeEmptyStatement = "empty-statement"
	// CodeMissingEffect: a statement has no Effect. Severity error [RULES.md#policy-grammar].
	CodeMissingEffect = "missing-effect"
	// CodeInvalidEffect: Effect is not exactly "Allow" or "Deny". Severity
	// error [RULES.md#policy-grammar].
	CodeInvalidEffect = "invalid-effect"
	// CodeMissingAction: a statement has neither Action nor NotAction.
	// Severity error [RULES.md#policy-grammar].
	CodeMissingAction = "missing-action"
	// CodeActionAndNotAction: a statement has both Action and NotAction.
	// Severity error [RULES.md#policy-grammar].
	CodeActionAndNotAction = "action-and-notaction"
	// CodeMissingResource: a statement has neither Resource nor NotResource.
	// Severity error, warning in resource-based policies (some of them, such
	// as role trust policies, omit it) [RULES.md#policy-grammar].
	CodeMissingResource = "missing-resource"
	// CodeResourceAndNotResource: a statement has both Resource and
	// NotResource. Severity error [RULES.md#policy-grammar].
	CodeResourceAndNotResource = "resource-and-notresource"
	// CodeEmptyArray: an Action, NotAction, Resource, NotResource or
	// Principal list is empty. Severity error [RULES.md#policy-grammar: "[string, ...]"].
	CodeEmptyArray = "empty-array"
	// CodePrincipalNotAllowed: Principal or NotPrincipal in an identity,
	// session or boundary policy. Severity error [RULES.md#policy-grammar, RULES.md#principal-matching].
	CodePrincipalNotAllowed = "principal-not-allowed"
	// CodeMissingPrincipal: a resource-based policy statement has neither
	// Principal nor NotPrincipal. Severity error [RULES.md#policy-grammar].
	CodeMissingPrincipal = "missing-principal"
	// CodePrincipalAndNotPrincipal: a statement has both Principal and
	// NotPrincipal. Severity error [RULES.md#policy-grammar].
	CodePrincipalAndNotPrincipal = "principal-and-notprincipal"
	// CodeInvalidPrincipal: a Principal value AWS rejects, such as a string
	// other than "*". Severity error [RULES.md#principal-matching].
	CodeInvalidPrincipal = "invalid-principal"
	// CodePartialWildcardPrincipal: a wildcard in part of a principal name
	// or ARN, such as federated-user/Car*. "You cannot use a wildcard to
	// match part of a principal name or ARN" [RULES.md#principal-matching]; the value is literal
	// text and matches no principal (RULES.md#resource-policy-principals). Severity warning, so that the
	// rest of the policy still runs.
	CodePartialWildcardPrincipal = "partial-wildcard-principal"
	// CodeUnknownPrincipalType: a Principal key other than AWS, Federated,
	// Service or CanonicalUser. Severity error [RULES.md#policy-grammar].
	CodeUnknownPrincipalType = "unknown-principal-type"
	// CodeNotPrincipalDiscouraged: NotPrincipal in a resource-based policy.
	// Severity suggestion [RULES.md#principal-matching: AWS recommends against it].
	CodeNotPrincipalDiscouraged = "notprincipal-discouraged"
	// CodeInvalidSid: a Sid with characters other than A-Z, a-z and 0-9.
	// Severity error; warning in resource-based policies, whose services may
	// allow more characters [RULES.md#statement-id, RULES.md#policy-grammar].
	CodeInvalidSid = "invalid-sid"
	// CodeDuplicateSid: two statements have the same Sid. Severity error
	// [RULES.md#statement-id: "must be unique within a JSON policy"].
	CodeDuplicateSid = "duplicate-sid"
	// CodeActionMissingPrefix: an action has no "service:" prefix. Severity
	// error [RULES.md#action-matching].
	CodeActionMissingPrefix = "action-missing-prefix"
	// CodeInvalidAction: an action has invalid characters or shape, such as
	// "s3:Get Object" or "s3:". Severity error [RULES.md#action-matching].
	CodeInvalidAction = "invalid-action"
	// CodeVariableInAction: a policy variable in Action or NotAction, where
	// AWS never substitutes one. Severity error [RULES.md#policy-variables].
	CodeVariableInAction = "variable-in-action"
	// CodeMalformedARN: a Resource that is neither "*" nor
	// arn:partition:service:region:account:resource. Severity error [RULES.md#resource-matching].
	CodeMalformedARN = "malformed-arn"
	// CodeWildcardInService: a wildcard in an ARN's service segment.
	// Severity error [RULES.md#resource-matching: "You can't use a wildcard in the service
	// segment"].
	CodeWildcardInService = "wildcard-in-service"
	// CodeUnknownOperator: a condition operator AWS does not define,
	// including NullIfExists. Severity error [RULES.md#if-exists, RULES.md#condition-operators].
	CodeUnknownOperator = "unknown-operator"
	// CodeSetOperatorOnNull: ForAnyValue: or ForAllValues: on Null.
	// Severity error [RULES.md#null-operator, RULES.md#set-operators].
	CodeSetOperatorOnNull = "set-operator-on-null"
	// CodeOperatorCase: a condition operator written in another letter case
	// than AWS documents it. Severity error: IAM answers
	// "MalformedPolicyDocument: Invalid Condition type : stringEquals"
	// (recorded CreateRole error, ministryofjustice/
	// modernisation-platform-environments#8893); the documentation itself is
	// silent (RULES.md#operator-names).
	CodeOperatorCase = "operator-case"
	// CodeEmptyCondition: a Condition element or an operator block with no
	// keys. Severity warning.
	CodeEmptyCondition = "empty-condition"
	// CodeSetOperatorSingleValued: ForAnyValue: or ForAllValues: on a
	// global key that is single-valued, such as aws:SourceIp. Severity
	// warning [RULES.md#multivalued-keys: "Do not use set operators with single-valued condition
	// keys"].
	CodeSetOperatorSingleValued = "set-operator-single-valued"
	// CodeMultivaluedKeyWithoutSet: an operator without ForAnyValue: or
	// ForAllValues: on a multivalued global key such as aws:TagKeys.
	// Severity warning [RULES.md#multivalued-keys: set operators are for multivalued keys; how
	// AWS evaluates a plain operator there is not documented].
	CodeMultivaluedKeyWithoutSet = "multivalued-key-without-set"
	// CodeForAllValuesWithAllow: a ForAllValues: operator in an Allow
	// statement, which is also true when the request has no values for the
	// key. Severity warning [RULES.md#set-operators: "Do not use ForAllValues with an Allow
	// effect because it can be overly permissive."].
	CodeForAllValuesWithAllow = "forallvalues-with-allow"
	// CodeConditionKeyMissingPrefix: a condition key without a service
	// prefix, such as "SourceIp" instead of "aws:SourceIp". Severity error:
	// IAM rejects it with "Actions/Conditions must be prefaced by a vendor,
	// e.g., iam, sdb, ec2, etc." [RULES.md#condition-block: keys are "aws:…" or "service:…"].
	CodeConditionKeyMissingPrefix = "condition-key-missing-prefix"
	// CodeInvalidConditionValue: a condition value the operator can never
	// match, such as "yes" for Bool or "abc" for NumericEquals, or an empty
	// list of values. Severity warning [RULES.md#condition-operators]; error for a Date value, which
	// IAM rejects with "Syntax errors in policy." (moto's emulation).
	CodeInvalidConditionValue = "invalid-condition-value"
	// CodeUnterminatedVariable: "${" without a closing "}"; the text is
	// literal. Severity warning [RULES.md#policy-variables].
	CodeUnterminatedVariable = "unterminated-variable"
	// CodeVariableWithoutVersion: "${" in a policy whose Version is not
	// 2012-10-17, where it is literal text. Severity warning [RULES.md#policy-variables, RULES.md#policy-version].
	CodeVariableWithoutVersion = "variable-without-version"
	// CodeVariableNotSupported: a policy variable where AWS does not
	// substitute it: in a Principal, in an ARN before the fifth colon, or in
	// a value of a Numeric, Date, Binary, IP address or Null condition.
	// Severity warning [RULES.md#policy-variables].
	CodeVariableNotSupported = "variable-not-supported"
	// CodeTooManyDiagnostics: Parse lists at most 1,000 diagnostics and
	// counts the rest in this one, which is an error when any of them was.
	CodeTooManyDiagnostics = "too-many-diagnostics"
	// CodeInternalError: the parser hit a bug; Parse recovers instead of
	// panicking and reports it so that the policy is not evaluated.
	// Severity error.
	CodeInternalError = "internal-error"
)
