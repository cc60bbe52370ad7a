package policy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deepNestingCase is a document of 100,000 nested brackets with the code of
// its first diagnostic.
type deepNestingCase struct {
	name string
	text string
	code string
}

// deepNesting returns the documents of TestDeepNesting.
func deepNesting() []deepNestingCase {
	const n = 100_000
	return []deepNestingCase{
		{"unclosed arrays", strings.Repeat("[", n), CodeInvalidJSON},
		{"closed arrays", strings.Repeat("[", n) + strings.Repeat("]", n), CodeWrongType},
		{"nested inside an unknown element", `{"Version":"2012-10-17","X":` + strings.Repeat(`{"a":`, n) + "1" + strings.Repeat("}", n) + `,"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}`, CodeUnknownElement},
		{"nested as a condition value", `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:k":` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}}}}`, CodeWrongType},
	}
}

// TestDeepNesting checks that 100,000 nested brackets do not overflow the
// stack, whether the JSON is broken or valid; BenchmarkDeepNesting measures
// how long they take.
func TestDeepNesting(t *testing.T) {
	for _, c := range deepNesting() {
		t.Run(c.name, func(t *testing.T) {
			_, diags := Parse(c.text, Identity)
			require.NotEmpty(t, diags)
			assert.Equal(t, c.code, diags[0].Code)
		})
	}
}

// largeInputs are policies of about 1 MB on one line and on many lines.
func largeInputs() map[string]string {
	var oneLine, manyLines strings.Builder
	oneLine.WriteString(`{"Version":"2012-10-17","Statement":[`)
	manyLines.WriteString("{\"Version\":\"2012-10-17\",\"Statement\":[\n")
	for i := 0; oneLine.Len() < 1<<20; i++ {
		if i > 0 {
			oneLine.WriteString(",")
			manyLines.WriteString(",\n")
		}
		// Non-ASCII text in the Sid makes columns count code points and
		// every statement reports invalid-sid.
		s := fmt.Sprintf(`{"Sid":"é%d","Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/%d/*","Condition":{"StringEquals":{"aws:username":"u%d"}}}`, i, i, i)
		oneLine.WriteString(s)
		manyLines.WriteString(s)
	}
	oneLine.WriteString("]}")
	manyLines.WriteString("]}")
	return map[string]string{"one line": oneLine.String(), "many lines": manyLines.String()}
}

// TestLargeInput parses policies of about 1 MB on one line and on many
// lines and checks the diagnostics and their positions; BenchmarkLargeInput
// measures the time, which grows linearly with the size.
func TestLargeInput(t *testing.T) {
	for name, text := range largeInputs() {
		t.Run(name, func(t *testing.T) {
			pol, diags := Parse(text, Identity)
			require.Greater(t, len(pol.Statements), 5000)
			// One invalid-sid per statement: the first maxDiagnostics are
			// listed, the rest are counted in the last diagnostic.
			require.Equal(t, maxDiagnostics+1, len(diags))
			summary := diags[len(diags)-1]
			assert.Equal(t, CodeTooManyDiagnostics, summary.Code)
			assert.Equal(t, SeverityError, summary.Severity)
			assert.Contains(t, summary.Message, fmt.Sprintf("There are %d more findings", len(pol.Statements)-maxDiagnostics))
			assert.Greater(t, summary.Offset, diags[len(diags)-2].Offset)
			for _, d := range diags[len(diags)-2:] {
				checkPos(t, text, d.Pos)
				checkPos(t, text, d.End)
			}
		})
	}
}

// manyKeys is a condition block of 50,000 keys, the last one repeating an
// earlier key.
func manyKeys() string {
	var b strings.Builder
	b.WriteString(`{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{`)
	for i := 0; i < 50_000; i++ {
		fmt.Fprintf(&b, `"aws:k%d":"v",`, i)
	}
	b.WriteString(`"aws:k7":"again"}}}}`)
	return b.String()
}

// TestManyKeys checks that duplicate detection finds the one repeated key
// among 50,000; BenchmarkManyKeys measures its time.
func TestManyKeys(t *testing.T) {
	pol, diags := Parse(manyKeys(), Identity)
	assert.Equal(t, []string{CodeDuplicateKey}, codes(diags))
	assert.Len(t, pol.Statements[0].Conditions, 50_000)
}

// checkPos checks p against positions computed naively from the text.
func checkPos(t *testing.T, text string, p Pos) {
	t.Helper()
	require.GreaterOrEqual(t, p.Offset, 0)
	require.LessOrEqual(t, p.Offset, len(text))
	before := text[:p.Offset]
	line := strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	col := countRunes(before[lineStart:]) + 1
	assert.Equal(t, Pos{Offset: p.Offset, Line: line, Column: col}, p)
}

func TestPositionIndex(t *testing.T) {
	text := "ab\ncdé\n\nx€y" + strings.Repeat("ü", 100) + "z"
	idx := newPositionIndex(text)
	for off := 0; off <= len(text); off++ {
		checkPos(t, text, idx.pos(off))
	}
	assert.Equal(t, Pos{Offset: 0, Line: 1, Column: 1}, idx.pos(-5), "clamped below")
	assert.Equal(t, idx.pos(len(text)), idx.pos(len(text)+9), "clamped above")
	// "x€y" starts line 4; y is the third code point.
	y := strings.Index(text, "y")
	assert.Equal(t, Pos{Offset: y, Line: 4, Column: 3}, idx.pos(y))
}

// manyFindings are 1 MB documents that produce a finding for almost every
// byte range (unknown elements, unknown operators, broken variables).
func manyFindings() []struct {
	name       string
	text       string
	wantErrors bool
} {
	build := func(head, item, tail string) string {
		var b strings.Builder
		b.WriteString(head)
		for i := 0; b.Len() < 1<<20; i++ {
			fmt.Fprintf(&b, item, i)
		}
		b.WriteString(tail)
		return b.String()
	}
	const stmtHead = `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*",`
	cases := []struct {
		name       string
		text       string
		wantErrors bool
	}{
		{"unknown elements", build(stmtHead, `"Conditoin%d":1,`, `"Sid":"x"}}`), true},
		{"unknown operators", build(stmtHead+`"Condition":{`, `"ForAnyValue:StringEqualsIgnoreCaseIfExistz%d":{"aws:a":"b"},`, `"Bool":{"aws:x":"true"}}}}`), true},
		{"broken variables", build(stmtHead+`"Condition":{"StringEquals":{"aws:x":[`, `"${a%d",`, `"x"]}}}}`), false},
	}
	return cases
}

// TestManyFindings checks that each of manyFindings reports at most
// maxDiagnostics+1 diagnostics; BenchmarkManyFindings measures the time.
func TestManyFindings(t *testing.T) {
	for _, c := range manyFindings() {
		t.Run(c.name, func(t *testing.T) {
			_, diags := Parse(c.text, Identity)
			require.Equal(t, maxDiagnostics+1, len(diags))
			assert.Equal(t, c.wantErrors, HasErrors(diags))
		})
	}
}
