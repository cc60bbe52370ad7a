package scenario

import (
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/principal"
)

// The limits of one scenario run. They bound the work and the size of the
// result wherever the engine runs (the CLI, the WebAssembly module of the
// site and the HTTP endpoint's /v1/run), and they are checked after the
// document and its policies are read (work linear in the document's size,
// which MaxDocumentSize caps) and before any request is evaluated. A
// document over a limit gets an InvalidScenario error whose diagnostic
// names the limit, the document's value and where it goes over.
//
// Every preset and every document of the test corpus is far below each
// limit (the largest has 43 statements, 12 checks, 86 policy values and 7
// condition values); BenchmarkRunAtLimits measures a document at the
// limits, and the README states what it costs.
const (
	// MaxResources is the most entries "resources" may have; each check
	// looks its resource up among them.
	MaxResources = 100
	// MaxResourceTags is the most tags one "resources" entry may have:
	// the 50 user-created tags per resource that most AWS services allow
	// (Tagging AWS Resources and Tag Editor, "Tag naming limits and
	// requirements").
	MaxResourceTags = 50
	// MaxOrgAccounts is the most accounts "organization.accounts" may
	// list.
	MaxOrgAccounts = 100
	// MaxChecks is the most checks a scenario may have. A workshop
	// exercise has a few dozen at most.
	MaxChecks = 200
	// MaxStatements is the most statements all the policies of a scenario
	// may have together (identity policies, boundary, managed and
	// resource-based policies, the session policy). IAM's largest policy
	// quotas hold about a hundred short statements each (a managed policy
	// is at most 6,144 characters, a user's inline policies 2,048
	// together).
	MaxStatements = 300
	// MaxPolicyValues is the most values all the statements of a scenario
	// may list together in Action, NotAction, Resource, NotResource,
	// Principal, NotPrincipal and Condition. Every check matches each of
	// them at most once.
	MaxPolicyValues = 5000
	// MaxConditionComparisons bounds condition values × context values:
	// for every request the scenario evaluates (each check, and the
	// caller's sts:GetFederationToken and sts:TagSession authorization),
	// and every condition of every statement, the number of values the
	// condition lists times the number of values its key has in that
	// request's context (at least 1), summed. A set operator such as
	// ForAnyValue:StringLike compares each pair once.
	MaxConditionComparisons = 100_000
	// MaxMatchWork bounds the cost of matching strings, in character
	// comparisons: a wildcard pattern of p characters costs at most p × s
	// steps against a string of s characters (engine/internal/match.Glob), so the
	// work is the sum, over every evaluated request, of p × s for each
	// Action, Resource and Principal value against the request's action,
	// resource and principal, and for each condition value against each
	// value of its key. Without it, one pair of long values (a 1 MiB
	// document holds values of hundreds of thousands of characters) could
	// cost p × s steps on its own; within it, matching costs at most what
	// BenchmarkRunAtLimits/match-work measures.
	MaxMatchWork = 100_000_000
	// MaxResultBytes bounds the size of the result JSON, as estimated
	// before the work: every evaluated request (each check, and the two
	// authorization requests) explains its verdict on every statement,
	// about resultBytesPerStatement bytes of JSON plus the statement's
	// values, which the explanations quote, and resultBytesPerRequest
	// bytes of its own.
	// The estimate is above the real size (TestResultEstimateIsAbove).
	MaxResultBytes = 8 << 20
)

// The diagnostic codes of the limits.
const (
	CodeLimitDocumentSize = "limit-document-size"
	CodeLimitChecks       = "limit-checks"
	CodeLimitResources    = "limit-resources"
	CodeLimitOrgAccounts  = "limit-org-accounts"
	CodeLimitStatements   = "limit-statements"
	CodeLimitValues       = "limit-policy-values"
	CodeLimitComparisons  = "limit-condition-comparisons"
	CodeLimitResult       = "limit-result-size"
	CodeLimitMatchWork    = "limit-match-work"
)

// The constants of the result size estimate: what one evaluated request
// costs besides its statements (summary, steps, the check itself), and
// what each statement verdict costs besides the values it quotes.
const (
	resultBytesPerRequest   = 4 << 10
	resultBytesPerStatement = 1400
)

// authorizationRequests is the number of requests the caller's
// authorization evaluates besides the checks (sts:GetFederationToken and
// sts:TagSession).
const authorizationRequests = 2

// sourcedPolicy is a parsed policy of the scenario with the name that
// diagnostics give it.
type sourcedPolicy struct {
	source string
	policy *policy.Policy
}

// limitError builds the InvalidScenario error and its diagnostic for a
// limit. source and pos locate the place: a policy of the scenario (pos in
// its text) or the document itself (source "scenario", pos in the
// document).
func limitError(code, source, path string, pos policy.Pos, msg string) (*Error, Diagnostic) {
	d := Diagnostic{Source: source}
	d.Code, d.Severity, d.Message, d.Path, d.Pos, d.End = code, policy.SeverityError, msg, path, pos, pos
	where := source
	if path != "" {
		if source == "scenario" {
			where = path
		} else {
			where += " " + path
		}
	}
	if pos.Line > 0 {
		where += fmt.Sprintf(" (line %d, column %d)", pos.Line, pos.Column)
	}
	return &Error{Code: CodeInvalidScenario, Message: where + ": " + msg, Source: source}, d
}

// scenarioPolicies lists the scenario's policies in document order: the
// caller's identity policies and boundary, the managed policies, the
// resource-based policies and the inline session policy (session may be
// nil).
func scenarioPolicies(doc *Document, w *World, session *policy.Policy) []sourcedPolicy {
	var out []sourcedPolicy
	for _, r := range w.Identity {
		out = append(out, sourcedPolicy{r.Source, r.Policy})
	}
	if w.Boundary != nil {
		out = append(out, sourcedPolicy{w.Boundary.Source, w.Boundary.Policy})
	}
	for _, m := range doc.ManagedPolicies {
		p, _ := policy.Parse(m.Policy.Text, policy.Identity)
		out = append(out, sourcedPolicy{m.Policy.Source, p})
	}
	for _, r := range w.Resources {
		out = append(out, sourcedPolicy{r.Source, r.Policy})
	}
	for _, r := range w.SCPs {
		out = append(out, sourcedPolicy{r.Source, r.Policy})
	}
	if session != nil {
		out = append(out, sourcedPolicy{"request.Policy", session})
	}
	return out
}

// checkLimits returns the error and diagnostic of the first limit the
// scenario goes over, or nil. Its own work is linear in the size of the
// document and the policies.
func checkLimits(doc *Document, w *World, session *policy.Policy) (*Error, *Diagnostic) {
	if n := len(doc.Checks); n > MaxChecks {
		e, d := limitError(CodeLimitChecks, "scenario", fmt.Sprintf("checks[%d]", MaxChecks), doc.checkPos(MaxChecks),
			fmt.Sprintf("the scenario has %s checks; the limit is %s checks per scenario (this is check %s).", count(n), count(MaxChecks), count(MaxChecks+1)))
		return e, &d
	}
	if n := len(doc.Resources); n > MaxResources {
		e, d := limitError(CodeLimitResources, "scenario", fmt.Sprintf("resources[%d]", MaxResources), doc.pos(doc.Resources[MaxResources].offset),
			fmt.Sprintf("the scenario lists %s resources; the limit is %s resources per scenario.", count(n), count(MaxResources)))
		return e, &d
	}
	for i, r := range doc.Resources {
		if n := len(r.Tags); n > MaxResourceTags {
			e, d := limitError(CodeLimitResources, "scenario", fmt.Sprintf("resources[%d].tags", i), doc.pos(r.offset),
				fmt.Sprintf("the resource %s has %s tags; the limit is %s tags per resource.", r.ARN, count(n), count(MaxResourceTags)))
			return e, &d
		}
	}
	if o := doc.Organization; o != nil && len(o.Accounts) > MaxOrgAccounts {
		e, d := limitError(CodeLimitOrgAccounts, "scenario", "organization.accounts", doc.pos(o.accountsOffset),
			fmt.Sprintf("the organization lists %s accounts; the limit is %s accounts per scenario.", count(len(o.Accounts)), count(MaxOrgAccounts)))
		return e, &d
	}
	policies := scenarioPolicies(doc, w, session)
	statements, values := 0, 0
	for _, p := range policies {
		statements += len(p.policy.Statements)
	}
	if statements > MaxStatements {
		src, s := nthStatement(policies, MaxStatements)
		e, d := limitError(CodeLimitStatements, src.source, fmt.Sprintf("Statement[%d]", s.Index), s.Range.Start,
			fmt.Sprintf("the scenario's policies have %s statements together; the limit is %s statements per scenario (this is statement %s).", count(statements), count(MaxStatements), count(MaxStatements+1)))
		return e, &d
	}
	for _, p := range policies {
		for _, s := range p.policy.Statements {
			values += statementValues(s)
		}
	}
	if values > MaxPolicyValues {
		src, s, most := largestStatement(policies)
		e, d := limitError(CodeLimitValues, src.source, fmt.Sprintf("Statement[%d]", s.Index), s.Range.Start,
			fmt.Sprintf("the scenario's statements list %s values together in Action, Resource, Principal and Condition (and their Not forms); the limit is %s values per scenario. This statement lists the most: %s.", count(values), count(MaxPolicyValues), count(most)))
		return e, &d
	}
	if e, d := resultLimit(doc, policies, statements); e != nil {
		return e, d
	}
	if e, d := comparisonLimit(doc, policies); e != nil {
		return e, d
	}
	return matchWorkLimit(doc, policies)
}

// checkPos is the position of check i in the document's text; the zero
// Pos when the document was not decoded from text.
func (doc *Document) checkPos(i int) policy.Pos {
	return doc.pos(doc.Checks[i].offset)
}

// pos is the position of a byte offset in the document's text; the zero
// Pos when the document was not decoded from text.
func (doc *Document) pos(offset int) policy.Pos {
	if doc.text == "" {
		return policy.Pos{}
	}
	return policy.Locate(doc.text, offset)
}

// statementValues counts the values a statement lists.
func statementValues(s *policy.Statement) int {
	n := len(s.Action.Values) + len(s.Resource.Values)
	if s.Principal != nil {
		n += max(len(s.Principal.Values), 1)
	}
	for _, c := range s.Conditions {
		n += len(c.Values)
	}
	return n
}

// nthStatement returns statement n (0-based) of the scenario's policies
// taken together; n is less than their number of statements.
func nthStatement(policies []sourcedPolicy, n int) (sourcedPolicy, *policy.Statement) {
	for _, p := range policies {
		if n < len(p.policy.Statements) {
			return p, p.policy.Statements[n]
		}
		n -= len(p.policy.Statements)
	}
	panic("scenario: nthStatement beyond the last statement")
}

// largestStatement returns the statement that lists the most values, and
// their number.
func largestStatement(policies []sourcedPolicy) (sourcedPolicy, *policy.Statement, int) {
	var (
		src  sourcedPolicy
		stmt *policy.Statement
		most = -1
	)
	for _, p := range policies {
		for _, s := range p.policy.Statements {
			if v := statementValues(s); v > most {
				src, stmt, most = p, s, v
			}
		}
	}
	return src, stmt, most
}

// keySize is the number of values a condition key has in one evaluated
// request, and their total length in bytes.
type keySize struct{ values, chars int }

// requestSize describes one request the scenario evaluates: its action,
// resource and principal lengths and the size of each condition key of
// its context (lower case); a key it does not give has one value of
// length ambient.
type requestSize struct {
	action, resource, principal int
	keys                        map[string]keySize
	ambient                     int
}

// key returns the size of key k (lower case) in the request.
func (r requestSize) key(k string) keySize {
	if s, ok := r.keys[k]; ok {
		return keySize{max(s.values, 1), max(s.chars, 1)}
	}
	return keySize{1, r.ambient}
}

// ambientLength bounds the length of a value the session's or the caller's
// own context gives a key (names, ARNs, tags): the longest of the
// scenario's names and tags, plus room for the ARN around them.
func ambientLength(doc *Document) int {
	n := len(doc.Caller.Name) + len(doc.Caller.Path) + len(doc.Caller.UserID) + len(doc.Account) + len(doc.Partition) + len(doc.Region)
	if doc.Request.Name != nil {
		n += len(*doc.Request.Name)
	}
	all := [][]principal.Tag{doc.Caller.Tags, doc.Request.Tags}
	for _, r := range doc.Resources {
		all = append(all, r.Tags)
		n = max(n, len(r.ARN)+len(r.Account))
	}
	for _, tags := range all {
		for _, t := range tags {
			n = max(n, len(t.Key)+len(t.Value))
		}
	}
	return n + 64
}

// requestSizes returns the sizes of every request the scenario evaluates:
// the two authorization requests, whose aws:TagKeys lists the request's
// tags, and each check, with the keys of its context.
func requestSizes(doc *Document) []requestSize {
	ambient := ambientLength(doc)
	tagKeys := keySize{values: len(doc.Request.Tags)}
	for _, t := range doc.Request.Tags {
		tagKeys.chars += len(t.Key)
	}
	out := make([]requestSize, 0, len(doc.Checks)+authorizationRequests)
	for _, action := range []string{"sts:GetFederationToken", "sts:TagSession"} {
		out = append(out, requestSize{action: len(action), resource: ambient, principal: ambient, ambient: ambient, keys: map[string]keySize{"aws:tagkeys": tagKeys}})
	}
	for _, c := range doc.Checks {
		r := requestSize{action: len(c.Action), resource: len(c.Resource), principal: ambient, ambient: ambient, keys: map[string]keySize{}}
		for _, k := range c.Context {
			s := keySize{values: len(k.Values)}
			for _, v := range k.Values {
				s.chars += len(v)
			}
			r.keys[strings.ToLower(k.Key)] = s
		}
		out = append(out, r)
	}
	return out
}

// valueLength is the length a policy value can have once its policy
// variables are replaced: each ${…} may become a value of the context.
func valueLength(v string, ambient int) int {
	return len(v) + strings.Count(v, "${")*ambient
}

// comparisonLimit checks MaxConditionComparisons. The diagnostic points at
// the condition that costs the most, and names the request whose context
// gives its key the most values.
func comparisonLimit(doc *Document, policies []sourcedPolicy) (*Error, *Diagnostic) {
	contexts := requestSizes(doc)
	total := 0
	var worst struct {
		cost, ctxValues, request int
		src                      sourcedPolicy
		stmt                     *policy.Statement
		cond                     *policy.Condition
	}
	for _, p := range policies {
		for _, s := range p.policy.Statements {
			for _, c := range s.Conditions {
				key := strings.ToLower(c.Key.Value)
				cost, most, at := 0, 0, 0
				for r, ctx := range contexts {
					n := ctx.key(key).values
					cost += len(c.Values) * n
					if n > most {
						most, at = n, r
					}
				}
				total += cost
				if cost > worst.cost {
					worst.cost, worst.ctxValues, worst.request = cost, most, at
					worst.src, worst.stmt, worst.cond = p, s, c
				}
			}
		}
	}
	if total <= MaxConditionComparisons {
		return nil, nil
	}
	c := worst.cond
	e, d := limitError(CodeLimitComparisons, worst.src.source, fmt.Sprintf("Statement[%d].Condition.%s.%s", worst.stmt.Index, c.OperatorText.Value, c.Key.Value), c.Key.Range.Start,
		fmt.Sprintf("evaluating the scenario would compare %s condition values with context values; the limit is %s comparisons per scenario. The condition on %s here costs the most: %s values, compared in each of the %s evaluated requests (up to %s values of the key, in %s).",
			count(total), count(MaxConditionComparisons), c.Key.Value, count(len(c.Values)), count(len(contexts)), count(worst.ctxValues), requestName(worst.request)))
	return e, &d
}

// requestName names evaluated request i of requestContexts.
func requestName(i int) string {
	if i < authorizationRequests {
		return "the caller's authorization, whose aws:TagKeys are the request's Tags"
	}
	return fmt.Sprintf("checks[%d].context", i-authorizationRequests)
}

// count writes n with thousands separators, as the messages show numbers.
func count(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + count(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// matchWorkLimit checks MaxMatchWork. The diagnostic points at the
// statement whose values cost the most.
func matchWorkLimit(doc *Document, policies []sourcedPolicy) (*Error, *Diagnostic) {
	requests := requestSizes(doc)
	ambient := ambientLength(doc)
	total := 0
	var worst struct {
		cost int
		src  sourcedPolicy
		stmt *policy.Statement
	}
	for _, p := range policies {
		for _, s := range p.policy.Statements {
			cost := statementWork(s, requests, ambient)
			total += cost
			if cost > worst.cost {
				worst.cost, worst.src, worst.stmt = cost, p, s
			}
		}
	}
	if total <= MaxMatchWork {
		return nil, nil
	}
	s := worst.stmt
	e, d := limitError(CodeLimitMatchWork, worst.src.source, fmt.Sprintf("Statement[%d]", s.Index), s.Range.Start,
		fmt.Sprintf("matching the scenario's policies against its %s evaluated requests could take %s character comparisons (a pattern of p characters against a string of s characters costs up to p × s); the limit is %s per scenario. This statement costs the most, %s: shorten its longest values or the check values they are matched against.",
			count(len(requests)), count(total), count(MaxMatchWork), count(worst.cost)))
	return e, &d
}

// statementWork is the matching work of one statement over the requests.
func statementWork(s *policy.Statement, requests []requestSize, ambient int) int {
	var action, resource, principal int
	for _, v := range s.Action.Values {
		action += valueLength(v.Value, ambient)
	}
	for _, v := range s.Resource.Values {
		resource += valueLength(v.Value, ambient)
	}
	if s.Principal != nil {
		for _, v := range s.Principal.Values {
			principal += len(v.Value.Value)
		}
	}
	work := 0
	for _, r := range requests {
		work += action*r.action + resource*r.resource + principal*r.principal
		for _, c := range s.Conditions {
			chars := 0
			for _, v := range c.Values {
				chars += valueLength(v.Value, ambient)
			}
			work += chars * r.key(strings.ToLower(c.Key.Value)).chars
		}
	}
	return work
}

// estimateResult returns the estimated size of the result JSON and, when
// it is over MaxResultBytes, the index of the first check that takes it
// over (-1 when the authorization requests alone do).
func estimateResult(doc *Document, policies []sourcedPolicy, statements int) (size, over int) {
	perRequest := resultBytesPerRequest + statements*resultBytesPerStatement
	for _, p := range policies {
		for _, s := range p.policy.Statements {
			perRequest += statementChars(s)
		}
	}
	size, over = authorizationRequests*perRequest, -1
	for i, c := range doc.Checks {
		size += perRequest + 4*(len(c.Action)+len(c.Resource))
		for _, k := range c.Context {
			for _, v := range k.Values {
				// The check shows its context, and condition reasons
				// quote it.
				size += 4 * (len(k.Key) + len(v) + 8)
			}
		}
		if size > MaxResultBytes && over < 0 {
			over = i
		}
	}
	return size, over
}

// statementChars is the length of the values a statement lists, which
// explanations may quote.
func statementChars(s *policy.Statement) int {
	n := 0
	for _, vs := range [][]policy.String{s.Action.Values, s.Resource.Values} {
		for _, v := range vs {
			n += len(v.Value) + 2
		}
	}
	if s.Principal != nil {
		for _, v := range s.Principal.Values {
			n += len(v.Value.Value) + 2
		}
	}
	for _, c := range s.Conditions {
		for _, v := range c.Values {
			// Condition reasons quote the values more than once.
			n += 3 * (len(v.Value) + 2)
		}
	}
	return n
}

// resultLimit checks MaxResultBytes.
func resultLimit(doc *Document, policies []sourcedPolicy, statements int) (*Error, *Diagnostic) {
	size, over := estimateResult(doc, policies, statements)
	if size <= MaxResultBytes {
		return nil, nil
	}
	msg := fmt.Sprintf("the result would be about %s (%s checks and %d authorization requests, each explaining its verdict on %s statements); the limit is %s per scenario.",
		megabytes(size), count(len(doc.Checks)), authorizationRequests, count(statements), megabytes(MaxResultBytes))
	if over < 0 {
		e, d := limitError(CodeLimitResult, "scenario", "", policy.Pos{}, msg+" Fewer or shorter statements make it smaller.")
		return e, &d
	}
	e, d := limitError(CodeLimitResult, "scenario", fmt.Sprintf("checks[%d]", over), doc.checkPos(over),
		msg+fmt.Sprintf(" It goes over at check %s: fewer checks or fewer statements make it smaller.", count(over+1)))
	return e, &d
}

// megabytes writes a size in MB (2^20 bytes) with one decimal.
func megabytes(n int) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
