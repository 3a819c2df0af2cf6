// Package jsonl reads claims written in crosscheck's JSON contract, one
// object per line (JSON Lines, also called NDJSON): the output of
// `crosscheck extract`, or of any tool that writes the contract.
//
// Each line is read on its own: a line that is not valid UTF-8, not JSON, or
// not a claim yields one error that names the file, the line and, when
// known, the column, and the lines after it are read as usual. Blank lines
// are skipped. Fields that the contract does not know are ignored. The
// reading is claims.ReadJSONL's; this package adds the file's name to its
// errors (as a *sources.Error) and the sources.Source contract around it.
//
// It is for reading claims, not for writing them (claims.Claim marshals
// itself) and not for reading findings.
package jsonl

import (
	"io"
	"iter"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

const pkg = "sources/jsonl"

// MaxLine is the longest line read, in bytes: claims.MaxLineSize. A longer
// line yields an error and is skipped.
const MaxLine = claims.MaxLineSize

// Format returns the JSON Lines format for sources.Open: name "jsonl",
// extensions .jsonl, .ndjson and .jsonlines.
func Format() sources.Format {
	return sources.Format{Name: "jsonl", Extensions: []string{".jsonl", ".ndjson", ".jsonlines"}, Read: Reader}
}

// File returns a Source over the JSON Lines file at path. Each pass opens
// and reads the file anew; passes may run concurrently.
func File(path string) sources.Source { return sources.File(path, Format()) }

// Reader returns a single-pass Source over the JSON Lines read from r; name
// is the input's name in errors and claims (a file name, "stdin"). Its first
// pass reads r to the end or to an early break; later passes yield an error
// wrapping sources.ErrConsumed. It is safe for concurrent use.
func Reader(name string, r io.Reader) sources.Source {
	return sources.OnePass(pkg, name, func() iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			for c, err := range claims.ReadJSONL(r) {
				if se, ok := err.(*claims.SyntaxError); ok {
					err = &sources.Error{Pkg: pkg, Name: name, Line: se.Line, Column: se.Column, Err: se.Err}
				}
				if err == nil {
					c = sources.Own(c)
				}
				if !yield(c, err) {
					return
				}
			}
		}
	})
}
