// Package demo holds the example articles built into the crosscheck command
// and used by the examples: short news reports written for this project.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"slices"
)

//go:embed articles/*.txt
var articles embed.FS

// A File is one built-in article: its name (as a path, "demo/NAME.txt") and
// its bytes.
type File struct {
	Name string
	Data []byte
}

// Files returns the built-in articles, sorted by name.
func Files() []File {
	var out []File
	names, _ := fs.Glob(articles, "articles/*.txt")
	slices.Sort(names)
	for _, n := range names {
		b, err := articles.ReadFile(n)
		if err != nil {
			continue // cannot happen for an embedded file named by Glob
		}
		out = append(out, File{Name: path.Join("demo", path.Base(n)), Data: b})
	}
	return out
}
