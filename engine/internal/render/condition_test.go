package render

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/internal/condition"
	"github.com/stsplay/stsplay/engine/internal/operator"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// conditionParts reads testdata/condition_parts.json: for each case of
// engine/internal/condition/testdata/details.golden, by name and operator, a part
// its sentence must contain.
func conditionParts(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "condition_parts.json"))
	require.NoError(t, err)
	parts := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var p struct{ Name, Operator, Contains string }
		require.NoError(t, json.Unmarshal([]byte(line), &p))
		parts[p.Name+" "+p.Operator] = p.Contains
	}
	return parts
}

// TestConditionTextGolden words what package condition pins as data
// (engine/internal/condition/testdata/details.golden): every sentence must be a
// full sentence containing the part testdata/condition_parts.json names
// for its case, and all of them are pinned in testdata/conditions.txt.
func TestConditionTextGolden(t *testing.T) {
	parts := conditionParts(t)
	f, err := os.Open(filepath.Join("..", "condition", "testdata", "details.golden"))
	require.NoError(t, err)
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c struct {
			Name   string           `json:"name"`
			Detail condition.Detail `json:"detail"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		msg := Condition(&c.Detail)
		part, ok := parts[c.Name+" "+c.Detail.Operator]
		require.True(t, ok, "%s: no part in testdata/condition_parts.json", c.Name)
		assert.Contains(t, msg, part, c.Name)
		assert.Regexp(t, `^[A-Z].*\.$`, msg, "%s: a full sentence", c.Name)
		b.WriteString(c.Name + "\n\t" + msg + "\n")
		n++
	}
	require.NoError(t, sc.Err())
	require.NotZero(t, n)
	checkGolden(t, filepath.Join("testdata", "conditions.txt"), b.String())
}

func TestConditionNothingToSay(t *testing.T) {
	assert.Equal(t, "", Condition(&condition.Detail{}), "a zero Detail found nothing")
	assert.Equal(t, "There is no condition to evaluate.", Condition(&condition.Detail{Cause: condition.CauseNoCondition}))
}

// FuzzConditionSentence words random conditions evaluated against random
// contexts: whatever the values, the words are one full sentence (or more)
// and writing them does not panic.
func FuzzConditionSentence(f *testing.F) {
	f.Add("StringEquals", "10.0.0.1", "10.0.0.1\x00203.0.113.5", true, true)
	f.Add("ForAllValues:NotIpAddress", "10.0.0.0/8", "10.1.2.3", true, false)
	f.Add("DateLessThanIfExists", "2026-01-01T00:00:00Z", "1767225600", false, true)
	f.Add("ForAnyValue:StringLike", "home/${aws:username}/*", "home/Bob/x\x00y", true, true)
	f.Add("Null", "maybe", "", true, false)
	f.Add("Bogus", "1e400", "-0.0", true, false)
	f.Fuzz(func(t *testing.T, operator, policyValues, requestValues string, present, vars bool) {
		op, _ := policy.ParseOperator(operator)
		c := &policy.Condition{OperatorText: policy.String{Value: operator}, Operator: op, Key: policy.String{Value: "k"}}
		for _, v := range strings.Split(policyValues, "\x00") {
			c.Values = append(c.Values, policy.String{Value: v})
		}
		ctx := reqctx.New()
		if present {
			values := strings.Split(requestValues, "\x00")
			ctx.SetMulti("k", values)
			ctx.Set("aws:username", values[0])
		}
		d := condition.Check(c, vars, ctx).Detail()
		msg := Condition(&d)
		if msg == "" || !strings.HasSuffix(msg, ".") {
			t.Fatalf("%s: %q is not a sentence", operator, msg)
		}
	})
}

// TestEveryOperatorHasARelation: each base operator of the operator table,
// except Null (which only asks whether the key is present), has its own
// words in relation, so an operator added to the table is not explained as
// "compared with".
func TestEveryOperatorHasARelation(t *testing.T) {
	names := operator.Names()
	require.NotEmpty(t, names)
	for _, name := range names {
		if name == "Null" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			assert.NotEqual(t, "compared with", relation(name))
		})
	}
}
