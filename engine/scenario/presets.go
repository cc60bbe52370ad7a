package scenario

import (
	"embed"
	"encoding/json"
	"fmt"
	"sync"
)

// The presets are scenario documents built from AWS's pages on
// GetFederationToken (the seeds), word for word where the pages give policy
// text. presets/index.json lists them in the order the site shows them,
// with a few sentences on what each teaches and the quote it comes from.
//
//go:embed presets/*.json
var presetFiles embed.FS

// Preset is an embedded example scenario.
type Preset struct {
	// Name is the preset's stable id, used in share and embed links.
	Name string `json:"name"`
	// Title is a short heading.
	Title string `json:"title"`
	// Teaches is two or three sentences on what the preset shows.
	Teaches string `json:"teaches"`
	// Quote is the sentence of AWS's documentation it comes from.
	Quote string `json:"quote"`
	// Source names the AWS page the quote is from.
	Source string `json:"source"`
	// Scenario is the scenario document.
	Scenario json.RawMessage `json:"scenario"`
}

var (
	presetsOnce sync.Once
	presetList  []Preset
	presetErr   error
)

// Presets returns the embedded presets in display order. The first is the
// one the playground opens with.
func Presets() []Preset {
	presetsOnce.Do(loadPresets)
	if presetErr != nil {
		// The presets are compiled into the binary and checked by tests, so
		// this cannot happen in a released build.
		panic(presetErr)
	}
	return presetList
}

// PresetByName returns the preset with the given name.
func PresetByName(name string) (Preset, bool) {
	for _, p := range Presets() {
		if p.Name == name {
			return p, true
		}
	}
	return Preset{}, false
}

func loadPresets() {
	index, err := presetFiles.ReadFile("presets/index.json")
	if err != nil {
		presetErr = err
		return
	}
	var list []Preset
	if err := json.Unmarshal(index, &list); err != nil {
		presetErr = fmt.Errorf("presets/index.json: %w", err)
		return
	}
	for i := range list {
		doc, err := presetFiles.ReadFile("presets/" + list[i].Name + ".json")
		if err != nil {
			presetErr = fmt.Errorf("preset %q: %w", list[i].Name, err)
			return
		}
		list[i].Scenario = json.RawMessage(doc)
	}
	presetList = list
}
