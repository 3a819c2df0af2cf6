package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
)

// attributionJSON is one attribution record of `extract --attributions`.
type attributionJSON struct {
	Document string         `json:"document"`
	Kind     string         `json:"kind"`
	Source   spanJSON       `json:"source"`
	Cue      spanJSON       `json:"cue"`
	Content  spanJSON       `json:"content"`
	Speaker  claims.Speaker `json:"speaker"`
	Parent   int            `json:"parent"`
	Claims   []string       `json:"claims"`
}

// spanJSON is a byte span with its words.
type spanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// writeAttributions prints the attribution records of each article among
// files (or of the demo articles), one JSON object a line. Claim files are
// no articles and have none; directories are read for their articles.
func writeAttributions(files []string, stdin io.Reader, opts text.Options, stdout, stderr io.Writer) int {
	type doc struct {
		name string
		data []byte
	}
	var docs []doc
	status := 0
	if len(files) == 0 {
		for _, f := range demo.Files() {
			docs = append(docs, doc{f.Name, f.Data})
		}
	}
	for _, name := range files {
		if name == "-" {
			b, err := io.ReadAll(stdin)
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: stdin: %v\n", err)
				status = 1
				continue
			}
			docs = append(docs, doc{"stdin", b})
			continue
		}
		var paths []string
		err := filepath.WalkDir(name, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !e.IsDir() && (p == name || isArticle(p)) {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
			status = 1
		}
		slices.Sort(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
				status = 1
				continue
			}
			docs = append(docs, doc{p, b})
		}
	}
	x := text.New(opts)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		as, cs, err := x.Attributions(d.name, d.data)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: %s: %v\n", d.name, err)
			status = 1
			continue
		}
		span := func(s claims.Span) spanJSON { return spanJSON{s.Start, s.End, string(d.data[s.Start:s.End])} }
		for _, a := range as {
			ids := make([]string, 0, len(a.Claims))
			for _, i := range a.Claims {
				ids = append(ids, cs[i].ID)
			}
			rec := attributionJSON{Document: d.name, Kind: a.Kind, Source: span(a.Source), Cue: span(a.Cue),
				Content: span(a.Content), Speaker: a.Speaker, Parent: a.Parent, Claims: ids}
			if err := enc.Encode(rec); err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
				return 1
			}
		}
	}
	return status
}

// isArticle reports a file a directory walk reads as an article.
func isArticle(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".md":
		return true
	}
	return false
}
