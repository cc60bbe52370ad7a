package course

import (
	"fmt"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/scenario"
)

// Apply returns the exercise document text with the patch's values in
// place of its editable parts. A part the document does not have is added
// to its object (the object itself must exist); the JSON null stands for
// "absent", which the scenario decoder reads as such. The other bytes of
// the document are kept as they are.
func Apply(text string, p scenario.Patch) (string, error) {
	for _, e := range p {
		var err error
		if text, err = set(text, e.Path, e.Value); err != nil {
			return "", err
		}
	}
	return text, nil
}

// set puts value at the editable path of text.
func set(text, path, value string) (string, error) {
	gp := scenario.GJSONPath(path)
	if v := gjson.Get(text, gp); v.Exists() {
		return text[:v.Index] + value + text[v.Index+len(v.Raw):], nil
	}
	dot := strings.LastIndexByte(gp, '.')
	parentPath, key := "", gp
	if dot >= 0 {
		parentPath, key = gp[:dot], gp[dot+1:]
	}
	parent := gjson.Parse(text)
	if parentPath != "" {
		parent = gjson.Get(text, parentPath)
	}
	if !parent.IsObject() || key == "" || (key[0] >= '0' && key[0] <= '9') {
		return "", fmt.Errorf("the exercise has no %s to change: its document needs the part (or the object around it) for a patch to fill", path)
	}
	open := parent.Index + strings.IndexByte(parent.Raw, '{') + 1
	member := fmt.Sprintf("%q: %s", key, value)
	if len(parent.Map()) > 0 {
		member += ", "
	}
	return text[:open] + member + text[open:], nil
}

// Answer reads the learner's values of the exercise's editable parts from
// a document the learner edited (usually the exercise's own document with
// changes): a part the document lacks is given as null, that is, absent.
// Only these parts are taken, so a learner cannot change the checks that
// grade the answer.
func Answer(ex *scenario.Exercise, learner string) scenario.Patch {
	var out scenario.Patch
	for _, p := range ex.Editable {
		v := gjson.Get(learner, scenario.GJSONPath(p))
		raw := "null"
		if v.Exists() {
			raw = v.Raw
		}
		out = append(out, scenario.PatchEntry{Path: p, Value: raw})
	}
	return out
}
