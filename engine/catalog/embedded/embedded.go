// Package embedded holds the AWS action catalog compiled into the program
// (the CLI embeds it; the browser build does not and fetches the file
// instead). Importing it adds about 1 MB to a binary.
package embedded

import (
	_ "embed"
	"sync"

	"github.com/stsplay/stsplay/engine/catalog"
)

//go:embed catalog.tsv
var data []byte

var (
	once   sync.Once
	loaded *catalog.Catalog
	err    error
)

// Catalog returns the embedded catalog, parsed on first use.
func Catalog() (*catalog.Catalog, error) {
	once.Do(func() { loaded, err = catalog.Parse(data) })
	return loaded, err
}

// Data returns the embedded catalog file.
func Data() []byte { return data }
