package scenario

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/policy"
)

// limitDoc describes a generated scenario whose size is set by its fields:
// the caller's one identity policy has an Allow for sts:GetFederationToken
// and then `statements` more statements, one per line; the first of them
// lists `actions` actions and a ForAnyValue:StringLike condition on
// aws:CalledVia with `condValues` patterns (it is the statement that
// matches the checks' action, so the condition is evaluated); the request passes a session
// policy that allows everything; and there are `checks` checks, one per
// line, whose aws:CalledVia has `ctxValues` values.
type limitDoc struct {
	statements, actions, condValues, checks, ctxValues int
	// padding lengthens each condition pattern and each context value to
	// at least that many characters.
	condLength, ctxLength int
	// unmatched keeps the checks' action out of the first statement, so
	// that every explanation quotes its Action values.
	unmatched bool
}

// The line of the document (1-based) where the caller policy's statement
// i, and where check i, start; both start at column 1.
func (l limitDoc) statementLine(i int) int { return 2 + i }
func (l limitDoc) checkLine(i int) int     { return 7 + l.statements + i }

// patterns returns n distinct StringLike patterns of at least length
// characters: a star and then a long literal of a's, the worst case of the
// glob matcher against the long strings of a's that values returns.
func patterns(n, length int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		tail := fmt.Sprintf("%dz", i)
		fmt.Fprintf(&b, `"*%s%s"`, strings.Repeat("a", max(length-len(tail)-1, 0)), tail)
	}
	return b.String()
}

// values returns n distinct context values of at least length characters,
// mostly a's.
func values(n, length int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		tail := fmt.Sprint(i)
		fmt.Fprintf(&b, `"%s%s"`, strings.Repeat("a", max(length-len(tail), 0)), tail)
	}
	return b.String()
}

func (l limitDoc) text() string {
	var b strings.Builder
	b.WriteString(`{"caller": {"name": "token-app", "policies": [{"Version": "2012-10-17", "Statement": [` + "\n")
	b.WriteString(`{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}`)
	for i := range l.statements {
		b.WriteString(",\n")
		actions := []string{fmt.Sprintf(`"s3:Get%d*"`, i)}
		if i == 0 && !l.unmatched {
			// The checks' action, so that the condition is evaluated.
			actions[0] = `"s3:GetObject"`
		}
		if i == 0 {
			for j := 1; j < l.actions; j++ {
				actions = append(actions, fmt.Sprintf(`"s3:Get%d*"`, j*1000))
			}
		}
		fmt.Fprintf(&b, `{"Effect": "Allow", "Action": [%s], "Resource": "arn:aws:s3:::bucket/*"`, strings.Join(actions, ", "))
		if i == 0 && l.condValues > 0 {
			fmt.Fprintf(&b, `, "Condition": {"ForAnyValue:StringLike": {"aws:CalledVia": [%s]}}`, patterns(l.condValues, l.condLength))
		}
		b.WriteString("}")
	}
	b.WriteString("\n]}]},\n")
	b.WriteString(`"request": {"Name": "Jean", "Policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"},` + "\n")
	b.WriteString(`"clock": "2026-01-01T00:00:00Z", "seed": "limits",` + "\n")
	b.WriteString(`"checks": [` + "\n")
	ctx := ""
	if l.ctxValues > 0 {
		ctx = fmt.Sprintf(`, "context": {"aws:CalledVia": [%s]}`, values(l.ctxValues, l.ctxLength))
	}
	for i := range l.checks {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key%d"%s}`, i, ctx)
	}
	b.WriteString("\n]}\n")
	return b.String()
}

// conditionKeyColumn is the column of "aws:CalledVia" in the statement
// line that has the condition.
var conditionKeyColumn = strings.Index(strings.Split(limitDoc{statements: 1, condValues: 1}.text(), "\n")[2], `"aws:CalledVia"`) + 1

// total is the scenario's statement count: the caller's policy and the
// session policy.
func (l limitDoc) total() int { return l.statements + 2 }

// TestLimits runs documents just within and just beyond each limit: the
// one within runs, the one beyond gets InvalidScenario with a diagnostic
// that names the limit, the document's value, and where.
func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		doc  limitDoc
		// code is the limit diagnostic expected; "" means the document
		// runs.
		code         string
		source, path string
		line, column int
		says         []string
	}{
		{name: "checks at the limit", doc: limitDoc{statements: 1, checks: MaxChecks}},
		{name: "checks over the limit", doc: limitDoc{statements: 1, checks: MaxChecks + 1}, code: CodeLimitChecks,
			source: "scenario", path: "checks[200]", line: limitDoc{statements: 1}.checkLine(200), column: 1,
			says: []string{"201 checks", "the limit is 200 checks"}},
		{name: "statements at the limit", doc: limitDoc{statements: MaxStatements - 2, checks: 1}},
		{name: "statements over the limit", doc: limitDoc{statements: MaxStatements - 1, checks: 1}, code: CodeLimitStatements,
			source: "request.Policy", path: "Statement[0]", line: 1, column: 15,
			says: []string{"301 statements", "the limit is 300 statements"}},
		{name: "statements far over the limit", doc: limitDoc{statements: 1500, checks: 1}, code: CodeLimitStatements,
			source: "caller.policies[0]", path: "Statement[300]", line: limitDoc{}.statementLine(300), column: 1,
			says: []string{"1,502 statements", "the limit is 300 statements", "this is statement 301"}},
		{name: "policy values at the limit", doc: limitDoc{statements: 1, actions: MaxPolicyValues - 5, checks: 1}},
		{name: "policy values over the limit", doc: limitDoc{statements: 1, actions: MaxPolicyValues - 4, checks: 1}, code: CodeLimitValues,
			source: "caller.policies[0]", path: "Statement[1]", line: limitDoc{}.statementLine(1), column: 1,
			says: []string{"5,001 values", "the limit is 5,000 values", "This statement lists the most: 4,997."}},
		{name: "result size within the limit", doc: limitDoc{statements: 48, checks: 100}},
		{name: "result size over the limit", doc: limitDoc{statements: 48, checks: 200}, code: CodeLimitResult,
			source: "scenario", path: "checks[108]", line: limitDoc{statements: 48}.checkLine(108), column: 1,
			says: []string{"the result would be about 14.6 MB", "200 checks and 2 authorization requests, each explaining its verdict on 50 statements", "the limit is 8.0 MB", "It goes over at check 109"}},
		// 3 evaluated requests (2 authorization requests and the check):
		// 200 values × (1 + 1 + 499) = 100,200.
		{name: "condition comparisons at the limit", doc: limitDoc{statements: 1, condValues: 200, checks: 1, ctxValues: 498}},
		{name: "condition comparisons over the limit", doc: limitDoc{statements: 1, condValues: 200, checks: 1, ctxValues: 499}, code: CodeLimitComparisons,
			source: "caller.policies[0]", path: "Statement[1].Condition.ForAnyValue:StringLike.aws:CalledVia", line: limitDoc{}.statementLine(1), column: conditionKeyColumn,
			says: []string{"100,200 condition values with context values", "the limit is 100,000", "200 values", "499 values of the key, in checks[0].context"}},
		// One pattern of 2,000 characters against one value of 40,000
		// (8 × 10⁷ comparisons) or 60,000 (1.2 × 10⁸).
		{name: "match work within the limit", doc: limitDoc{statements: 1, condValues: 1, condLength: 2000, checks: 1, ctxValues: 1, ctxLength: 40_000}},
		{name: "match work over the limit", doc: limitDoc{statements: 1, condValues: 1, condLength: 2000, checks: 1, ctxValues: 1, ctxLength: 60_000}, code: CodeLimitMatchWork,
			source: "caller.policies[0]", path: "Statement[1]", line: limitDoc{}.statementLine(1), column: 1,
			says: []string{"3 evaluated requests", "character comparisons", "the limit is 100,000,000", "This statement costs the most"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Run([]byte(tt.doc.text()))
			if tt.code == "" {
				require.Nil(t, res.Error, "the document runs")
				assert.Len(t, res.Checks, tt.doc.checks)
				for _, d := range res.Diagnostics {
					assert.NotContains(t, d.Code, "limit-")
				}
				return
			}
			require.NotNil(t, res.Error)
			assert.Equal(t, CodeInvalidScenario, res.Error.Code)
			assert.Equal(t, tt.source, res.Error.Source)
			assert.Empty(t, res.Checks, "nothing is evaluated")
			assert.Nil(t, res.Response, "no call is made")
			var lim []Diagnostic
			for _, d := range res.Diagnostics {
				if strings.HasPrefix(d.Code, "limit-") {
					lim = append(lim, d)
				}
			}
			require.Len(t, lim, 1)
			d := lim[0]
			assert.Equal(t, tt.code, d.Code)
			assert.Equal(t, policy.SeverityError, d.Severity)
			assert.Equal(t, tt.source, d.Source)
			assert.Equal(t, tt.path, d.Path)
			assert.Equal(t, tt.line, d.Line, "line")
			assert.Equal(t, tt.column, d.Column, "column")
			where := fmt.Sprintf("(line %d, column %d): ", tt.line, tt.column)
			assert.Contains(t, res.Error.Message, where)
			assert.True(t, strings.HasPrefix(res.Error.Message, tt.source) || strings.HasPrefix(res.Error.Message, tt.path), res.Error.Message)
			for _, s := range tt.says {
				assert.Contains(t, d.Message, s)
				assert.Contains(t, res.Error.Message, s)
			}
			assert.False(t, res.Passed())
		})
	}
}

// TestLimitsFitPresetsAndCorpus checks that every preset and corpus
// document stays well within every limit: at most a quarter of each.
func TestLimitsFitPresetsAndCorpus(t *testing.T) {
	docs := map[string][]byte{}
	for _, p := range Presets() {
		docs["preset "+p.Name] = p.Scenario
	}
	for _, c := range corpus {
		data, err := os.ReadFile(filepath.Join(corpusDir, c.file))
		require.NoError(t, err)
		docs["corpus "+c.file] = data
	}
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			doc, err := Decode(data)
			require.NoError(t, err)
			var session *policy.Policy
			if doc.Request.Policy != nil {
				session, _ = policy.Parse(*doc.Request.Policy, policy.Session)
			}
			policies := scenarioPolicies(doc, NewWorld(doc), session)
			statements, values, comparisons := 0, 0, 0
			contexts := requestSizes(doc)
			for _, p := range policies {
				statements += len(p.policy.Statements)
				for _, s := range p.policy.Statements {
					values += statementValues(s)
					for _, c := range s.Conditions {
						for _, ctx := range contexts {
							comparisons += len(c.Values) * ctx.key(strings.ToLower(c.Key.Value)).values
						}
					}
				}
			}
			assert.LessOrEqual(t, len(doc.Checks), MaxChecks/4)
			assert.LessOrEqual(t, statements, MaxStatements/4)
			assert.LessOrEqual(t, values, MaxPolicyValues/4)
			size, _ := estimateResult(doc, policies, statements)
			assert.LessOrEqual(t, size, MaxResultBytes/4)
			assert.LessOrEqual(t, comparisons, MaxConditionComparisons/4)
			work := 0
			for _, p := range policies {
				for _, s := range p.policy.Statements {
					work += statementWork(s, contexts, ambientLength(doc))
				}
			}
			assert.LessOrEqual(t, work, MaxMatchWork/4)
		})
	}
}

// TestResultEstimateIsAbove checks that the estimate of the result's size
// is above its real size, for documents shaped to make each part of the
// result large.
func TestResultEstimateIsAbove(t *testing.T) {
	docs := map[string]limitDoc{
		"many statements":    {statements: 22, checks: MaxChecks},
		"long values":        {statements: 1, actions: 4000, checks: 100},
		"long conditions":    {statements: 3, condValues: 200, condLength: 200, checks: 20, ctxValues: 2},
		"long contexts":      {statements: 3, condValues: 1, checks: 100, ctxValues: 100, ctxLength: 50},
		"one check":          {statements: 1, checks: 1},
		"values, no matches": {statements: 1, actions: 4990, checks: 60, unmatched: true},
	}
	for name, l := range docs {
		t.Run(name, func(t *testing.T) {
			data := []byte(l.text())
			res := Run(data)
			require.Nil(t, res.Error)
			doc, err := Decode(data)
			require.NoError(t, err)
			session, _ := policy.Parse(*doc.Request.Policy, policy.Session)
			policies := scenarioPolicies(doc, NewWorld(doc), session)
			size, _ := estimateResult(doc, policies, l.total())
			// The indented form the CLI prints is the largest.
			real := len(res.IndentedJSON())
			assert.Greater(t, size, real, "estimate above the real size")
			// Statements that match quote fewer of their values.
			assert.Less(t, size, 16*real, "estimate within 16 times the real size")
		})
	}
}

// TestCount writes numbers as the limit messages show them.
func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 100000: "100,000", 1234567: "1,234,567", -5000: "-5,000"} {
		assert.Equal(t, want, count(n))
	}
}
