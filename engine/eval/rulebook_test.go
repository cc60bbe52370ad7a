package eval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The rule book is engine/RULES.md. Its anchors are GitHub's heading slugs,
// and the anchor of a rule or step id is the id in kebab case
// (resourceGrantSession → resource-grant-session); the site links a step to
// its rule with the same transformation.
const rulebookPath = "../RULES.md"

// ruleAnchor is the anchor of a rule or step id in the rule book.
func ruleAnchor(id string) string {
	var b strings.Builder
	for _, r := range id {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('-')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// headingSlug is GitHub's anchor for a Markdown heading: lower case,
// characters other than letters, digits, spaces, hyphens and underscores
// dropped, spaces turned into hyphens.
func headingSlug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchorLine is a line that gives the next section a second anchor.
var anchorLine = regexp.MustCompile(`^<a id="([a-z0-9][a-z0-9-]*)"></a>$`)

// rulebookAnchors returns the anchors of the rule book's headings and of its
// anchor lines, and fails the test if two share one.
func rulebookAnchors(t *testing.T) map[string]bool {
	t.Helper()
	text, err := os.ReadFile(rulebookPath)
	require.NoError(t, err)
	anchors := map[string]bool{}
	inFence := false
	for _, line := range strings.Split(string(text), "\n") {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if m := anchorLine.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			assert.False(t, anchors[m[1]], "two anchors of RULES.md are #%s", m[1])
			anchors[m[1]] = true
			continue
		}
		if !strings.HasPrefix(line, "#") {
			continue
		}
		heading := strings.TrimLeft(line, "#")
		if !strings.HasPrefix(heading, " ") {
			continue
		}
		slug := headingSlug(heading)
		assert.False(t, anchors[slug], "two headings of RULES.md have the anchor #%s", slug)
		anchors[slug] = true
	}
	return anchors
}

// declaredIDs returns the values of the package's string constants named
// Rule… (rule ids) and Step… (step ids), read from its source so that a new
// constant cannot be forgotten here.
func declaredIDs(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	ids := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, id := range vs.Names {
				if i >= len(vs.Values) || !(strings.HasPrefix(id.Name, "Rule") || strings.HasPrefix(id.Name, "Step")) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				ids[id.Name] = v
			}
			return true
		})
	}
	return ids
}

func TestRuleAnchor(t *testing.T) {
	for id, want := range map[string]string{
		"getCallerIdentity":    "get-caller-identity",
		"explicitDeny":         "explicit-deny",
		"resourceGrantSession": "resource-grant-session",
		"notAllowed":           "not-allowed",
	} {
		assert.Equal(t, want, ruleAnchor(id), id)
	}
	assert.Equal(t, "get-caller-identity", headingSlug("Get caller identity"))
	assert.Equal(t, "how-aws-decides-the-rule-book-of-stsplay", headingSlug(" How AWS decides: the rule book of stsplay"))
	assert.Equal(t, []string{`<a id="summary-rule"></a>`, "summary-rule"}, anchorLine.FindStringSubmatch(`<a id="summary-rule"></a>`))
	assert.Nil(t, anchorLine.FindStringSubmatch(`<a id="x" onclick="y"></a>`))
}

// TestRulebookHasEveryRuleID checks that every rule id and step id the
// decision procedure declares, and every one it emits for the seed and rule
// cases, has its own section in the rule book.
func TestRulebookHasEveryRuleID(t *testing.T) {
	anchors := rulebookAnchors(t)
	ids := declaredIDs(t)
	require.Contains(t, ids, "RuleExplicitDeny", "the rule id constants were not found")
	require.Contains(t, ids, "StepResourceGrant", "the step id constants were not found")
	for name, id := range ids {
		assert.True(t, anchors[ruleAnchor(id)], "%s = %q has no section #%s in RULES.md", name, id, ruleAnchor(id))
	}

	emitted := map[string]bool{}
	for _, tc := range append(seedCases(), ruleCases()...) {
		res := Explain(tc.build(t), tc.req)
		emitted[res.Explanation.Rule] = true
		for _, s := range res.Explanation.Steps {
			emitted[s.ID] = true
		}
	}
	for id := range emitted {
		assert.True(t, anchors[ruleAnchor(id)], "the emitted id %q has no section #%s in RULES.md", id, ruleAnchor(id))
	}
}

// TestRulebookCitationsResolve checks that every citation of a rule-book anchor in
// the repository (code, tests, documentation, the site) names a section of
// the rule book, and that no file cites research notes kept outside the
// repository.
func TestRulebookCitationsResolve(t *testing.T) {
	anchors := rulebookAnchors(t)
	root := filepath.Join("..", "..")
	cite := regexp.MustCompile(`RULES\.md#([A-Za-z0-9_-]+)`)
	// Names of research notes that live outside the repository, spelt in
	// pieces so that this file does not cite them itself.
	outside := regexp.MustCompile(strings.Join([]string{"iam_" + "semantics", "sts_" + "wire", "shared/" + "reference", "shared/" + "seeds", `\.\./` + "shared"}, "|"))
	missing := map[string][]string{}
	cited := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules", "dist", "build", "artifacts", "test-results", "playwright-report":
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".js", ".mjs", ".json", ".html", ".css", ".toml", ".txt":
		default:
			if d.Name() != "Makefile" {
				return nil
			}
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if loc := outside.FindIndex(text); loc != nil {
			t.Errorf("%s refers to a file outside the repository: %q", path, text[loc[0]:loc[1]])
		}
		for _, m := range cite.FindAllStringSubmatch(string(text), -1) {
			cited++
			if !anchors[m[1]] {
				missing[m[1]] = append(missing[m[1]], path)
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, cited, 100, "the walk found too few citations; is the repository root %s?", root)
	keys := make([]string, 0, len(missing))
	for k := range missing {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("RULES.md#%s is cited in %s but RULES.md has no such section", k, strings.Join(missing[k], ", "))
	}
}
