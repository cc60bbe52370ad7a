package main

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/scenario"
)

func cmdPresets(args []string, e *env) int {
	fs := e.flags("presets", "", "Lists the embedded presets: name and title, one per line.")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 0 {
		return e.fail("presets takes no arguments")
	}
	for _, p := range scenario.Presets() {
		fmt.Fprintf(e.stdout, "%-28s %s\n", p.Name, p.Title)
	}
	return exitOK
}

func cmdPreset(args []string, e *env) int {
	fs := e.flags("preset", "NAME", "Prints the scenario document of one embedded preset (see 'stsplay presets').")
	if code, done := e.parse(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.fail("preset takes one preset name; run 'stsplay presets' for the list")
	}
	p, ok := scenario.PresetByName(fs.Arg(0))
	if !ok {
		return e.fail("no preset named %q; run 'stsplay presets' for the list", fs.Arg(0))
	}
	e.stdout.Write(p.Scenario)
	return exitOK
}

func cmdVersion(args []string, e *env) int {
	fs := e.flags("version", "", "Prints the engine version.")
	if code, done := e.parse(fs, args); done {
		return code
	}
	fmt.Fprintln(e.stdout, "stsplay "+scenario.Version)
	return exitOK
}
