package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stsplay/stsplay/engine/eval"
)

// evalCodes reads the values of package eval's constants whose names start
// with prefix, from its source, so that a code added there without a
// sentence here fails TestEveryCodeHasASentence.
func evalCodes(t *testing.T, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "eval", "*.go"))
	require.NoError(t, err)
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(file, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, prefix) || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					out = append(out, v)
				}
			}
			return true
		})
	}
	require.NotEmpty(t, out, prefix)
	return out
}

// sentence is a full sentence: a capital or a quoted word first, a period
// last.
const sentence = `^[A-Z"s].*\.$`

func TestEveryCodeHasASentence(t *testing.T) {
	for _, principal := range []string{eval.PrincipalSession, eval.PrincipalCaller} {
		x := &eval.Explanation{Principal: principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/k", Account: "123456789012",
			CallerName: "token-app", ResourceAccount: "444455556666", NotAllowedBy: []string{eval.NotAllowedByIdentity}}
		for _, f := range evalCodes(t, "Finding") {
			assert.Regexp(t, sentence, stepText(x, eval.Step{Finding: f}), "finding %s", f)
		}
		for _, n := range evalCodes(t, "Note") {
			assert.Regexp(t, sentence, note(x, n), "note %s", n)
		}
	}
	for _, code := range evalCodes(t, "Reason") {
		if code == eval.ReasonCondition {
			continue
		}
		for _, elem := range []string{"action", "resource", "principal"} {
			r := reason(&eval.Reason{Element: elem, Code: code, Value: "s3:GetObject", Values: []string{"s3:Put*"}, Session: "arn:aws:sts::123456789012:federated-user/Carol", Account: "123456789012"})
			assert.Regexp(t, sentence, r.Message, "reason %s of %s", code, elem)
		}
	}
	for _, part := range evalCodes(t, "NotAllowedBy") {
		x := &eval.Explanation{NotAllowedBy: []string{part}, CallerName: "token-app"}
		assert.NotEqual(t, missing(&eval.Explanation{CallerName: "token-app"}), missing(x), "part %s has its own clause", part)
	}
}

func TestSourceLabel(t *testing.T) {
	cases := []struct{ source, want string }{
		{"caller.policies[0]", "identity policy 1"},
		{"caller.policies[11]", "identity policy 12"},
		{"caller.permissionsBoundary", "the permissions boundary"},
		{"request.Policy", "the session policy (Policy)"},
		{"request.PolicyArns[1]", "managed session policy 2 (PolicyArns)"},
		{"resourcePolicies[0].policy", "resource-based policy 1"},
		{"resourcePolicies[x]", "resourcePolicies[x]"},
		{"resourcePolicies[0].other", "resourcePolicies[0].other"},
		{"elsewhere", "elsewhere"},
	}
	for _, c := range cases {
		t.Run(c.source, func(t *testing.T) {
			assert.Equal(t, c.want, sourceLabel(c.source))
		})
	}
}
