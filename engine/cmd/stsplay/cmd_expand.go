package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/stsplay/stsplay/engine/catalog/embedded"
)

// maxExpandPatterns is the most patterns one expand command takes.
const maxExpandPatterns = 100

func cmdExpand(args []string, e *env) int {
	fs := e.flags("expand", "[--json] PATTERN...", "Lists the actions that each action pattern (such as 's3:Get*') covers, with their access\nlevels, from the embedded AWS action catalog. Exits 1 when a pattern covers no action.")
	asJSON := fs.Bool("json", false, "print a JSON object mapping each pattern to its actions")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		return e.fail("expand takes one or more action patterns, such as 's3:Get*'")
	}
	if fs.NArg() > maxExpandPatterns {
		return e.fail("expand takes at most %d patterns", maxExpandPatterns)
	}
	for _, p := range fs.Args() {
		if p != "*" && !strings.Contains(p, ":") {
			return e.fail("expand: %q is not an action pattern; write SERVICE:ACTION, such as 's3:Get*', or \"*\"", p)
		}
	}
	cat, err := embedded.Catalog()
	if err != nil {
		return e.fail("%v", err)
	}
	code := exitOK
	if *asJSON {
		out := map[string]any{"catalog": map[string]any{"source": cat.Source, "version": cat.Version}}
		patterns := map[string]any{}
		for _, p := range fs.Args() {
			entries := cat.Entries(p)
			if len(entries) == 0 {
				code = exitFailed
			}
			patterns[p] = entries
		}
		out["patterns"] = patterns
		b, _ := json.MarshalIndent(out, "", "  ")
		fmt.Fprintln(e.stdout, string(b))
		return code
	}
	for i, p := range fs.Args() {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		entries := cat.Entries(p)
		fmt.Fprintf(e.stdout, "%s covers %d %s (catalog %s %s):\n", p, len(entries), plural(len(entries), "action", "actions"), cat.Source, cat.Version)
		if len(entries) == 0 {
			code = exitFailed
		}
		for _, en := range entries {
			fmt.Fprintf(e.stdout, "  %s%s\n", pad(en.Action, 48), en.AccessLevel)
		}
	}
	return code
}

// plural returns one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
