package main

import (
	"sort"

	"github.com/stsplay/stsplay/engine/catalog/embedded"
	"github.com/stsplay/stsplay/engine/lint"
	"github.com/stsplay/stsplay/engine/policy"
)

// catalogLint returns the embedded catalog's findings on a policy, in text
// order with the parser's; none when the catalog cannot be read.
func catalogLint(pol *policy.Policy) []policy.Diagnostic {
	cat, err := embedded.Catalog()
	if err != nil {
		return nil
	}
	return lint.Lint(cat, pol)
}

// sortDiagnostics orders diagnostics by position, keeping the order of
// those at the same place.
func sortDiagnostics(d []policy.Diagnostic) {
	sort.SliceStable(d, func(i, j int) bool { return d[i].Offset < d[j].Offset })
}
