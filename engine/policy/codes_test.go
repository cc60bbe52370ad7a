package policy

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCodeTable checks that the table in the comment of codes.go lists
// exactly the Code constants, once each, and that every code is kebab-case
// and covered by TestDiagnostics.
func TestCodeTable(t *testing.T) {
	fset := token.NewFileSet()
	file, err := goparser.ParseFile(fset, "codes.go", nil, goparser.ParseComments)
	require.NoError(t, err)

	constants := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || !strings.HasPrefix(spec.Names[0].Name, "Code") {
			return true
		}
		lit := spec.Values[0].(*ast.BasicLit)
		value, err := strconv.Unquote(lit.Value)
		require.NoError(t, err)
		assert.False(t, constants[value], "code %s defined twice", value)
		constants[value] = true
		return true
	})

	row := regexp.MustCompile(`^//\t([a-z][a-z-]*)\s{2,}(error / warning|warning / error|error|warning|suggestion)\s{2,}\S`)
	documented := map[string]bool{}
	for _, c := range file.Comments {
		for _, line := range c.List {
			if m := row.FindStringSubmatch(line.Text); m != nil {
				assert.False(t, documented[m[1]], "code %s documented twice", m[1])
				documented[m[1]] = true
			}
		}
	}
	assert.Equal(t, constants, documented, "the table in codes.go must list every code")

	tested := map[string]bool{CodeInternalError: true} // a parser bug cannot be provoked on purpose
	for _, c := range diagCases {
		tested[c.code] = true
	}
	for code := range constants {
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, code)
		assert.True(t, tested[code], "no TestDiagnostics case for %s", code)
	}
}
