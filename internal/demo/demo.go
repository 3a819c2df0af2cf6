// Package demo holds the example articles built into the crosscheck command
// and used by the examples: short news reports written for this project.
//
// The articles are plain text: a header of "key: value" lines (date, outlet,
// and optionally url and title), a blank line, then the body. They are
// demonstration material, not a test corpus for any one package.
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
func Files() []File { return Glob("*") }

// Names returns the base names of the built-in articles ("prisonerswap.txt",
// …), sorted.
func Names() []string {
	var out []string
	for _, f := range Files() {
		out = append(out, path.Base(f.Name))
	}
	return out
}

// Glob returns the built-in articles whose base name without ".txt"
// matches pattern (path.Match syntax), sorted by name. For example
// Glob("exchanges-*") returns the cross-source reports on the June 2025
// exchanges. A malformed pattern matches nothing.
func Glob(pattern string) []File {
	var out []File
	names, _ := fs.Glob(articles, "articles/*.txt")
	slices.Sort(names)
	for _, n := range names {
		base := path.Base(n)
		if ok, _ := path.Match(pattern, base[:len(base)-len(".txt")]); !ok {
			continue
		}
		b, err := articles.ReadFile(n)
		if err != nil {
			continue // cannot happen for an embedded file named by Glob
		}
		out = append(out, File{Name: path.Join("demo", base), Data: b})
	}
	return out
}

// FS returns the built-in articles as a read-only file system whose root
// holds the .txt files.
func FS() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic("demo: embedded articles missing: " + err.Error()) // cannot happen: the directory is embedded
	}
	return sub
}
