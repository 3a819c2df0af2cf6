package text

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

const pkg = "sources/text"

// A Document is one article to read: its name (a path, a URL) and its
// bytes. The zero Document is an empty article with no name.
type Document struct {
	Name string
	Text []byte
}

// Format returns the format of news articles for sources.Open: name
// "text", extensions .txt, .text and .md, read with the default Options.
func Format() sources.Format { return New(Options{}).Format() }

// Format returns the format of news articles read with x's options.
func (x *Extractor) Format() sources.Format {
	return sources.Format{Name: "text", Extensions: []string{".txt", ".text", ".md"}, Read: x.Reader}
}

// File returns a Source over the article in the file at path, read with the
// default Options. Each pass opens and reads the file anew; passes may run
// concurrently.
func File(path string) sources.Source { return sources.File(path, Format()) }

// Files returns a Source over the articles in the files at paths, in
// order, read with the default Options; each pass opens each file anew. A
// file that cannot be read yields one error naming it, and the others are
// read as usual.
func Files(paths ...string) sources.Source { return New(Options{}).Files(paths...) }

// Files is the package-level Files with x's options.
func (x *Extractor) Files(paths ...string) sources.Source {
	srcs := make([]sources.Source, len(paths))
	for i, p := range paths {
		srcs[i] = sources.File(p, x.Format())
	}
	return sources.Concat(srcs...)
}

// Documents returns a Source over the claims of docs, in order, read with
// the default Options. See Extractor.Documents.
func Documents(docs ...Document) sources.Source { return New(Options{}).Documents(docs...) }

// Documents returns a Source over the claims of docs, in order. It keeps
// the slice it is given (not a copy of the bytes): do not change the texts
// while the Source is in use. Every pass yields the same claims; passes may
// run concurrently. After the claims of a document it yields, as a
// *sources.Error naming the document, line and column, each problem of its
// bytes (an *InputError: not text, invalid UTF-8, a figure too long to be
// a quantity); otherwise no errors but the context's.
func (x *Extractor) Documents(docs ...Document) sources.Source {
	docs = append([]Document(nil), docs...)
	return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			for _, doc := range docs {
				if !x.yieldDoc(ctx, doc.Name, doc.Text, yield) {
					return
				}
			}
		}
	})
}

// yieldDoc yields the claims of one document; it reports whether to go on.
func (x *Extractor) yieldDoc(ctx context.Context, name string, text []byte, yield func(claims.Claim, error) bool) bool {
	if err := ctx.Err(); err != nil {
		yield(claims.Claim{}, err)
		return false
	}
	cs, err := x.Extract(name, text)
	for _, c := range cs {
		if err := ctx.Err(); err != nil {
			yield(claims.Claim{}, err)
			return false
		}
		if !yield(c, nil) {
			return false
		}
	}
	// The problems of the input, each at its place, after the claims read.
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else if err != nil {
		errs = []error{err}
	}
	for _, err := range errs {
		e := &sources.Error{Pkg: pkg, Name: name, Err: err}
		var ie *InputError
		if errors.As(err, &ie) {
			e.Line, e.Column = ie.Line, ie.Column
		}
		if !yield(claims.Claim{}, e) {
			return false
		}
	}
	return true
}

// Reader returns a single-pass Source over the article read from r, with
// the default Options; name is the article's name in claims and errors.
func Reader(name string, r io.Reader) sources.Source { return New(Options{}).Reader(name, r) }

// Reader returns a single-pass Source over the article read from r: its
// first pass reads r to the end and yields the claims; later passes yield
// one error wrapping sources.ErrConsumed. A read error is the pass's last
// pair. It is safe for concurrent use.
func (x *Extractor) Reader(name string, r io.Reader) sources.Source {
	return &reader{x: x, name: name, r: r}
}

type reader struct {
	x    *Extractor
	name string
	r    io.Reader
	used atomic.Bool
}

func (s *reader) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		if err := ctx.Err(); err != nil {
			yield(claims.Claim{}, err)
			return
		}
		if s.used.Swap(true) {
			yield(claims.Claim{}, &sources.Error{Pkg: pkg, Name: s.name, Err: sources.ErrConsumed})
			return
		}
		text, err := io.ReadAll(s.r)
		if err != nil {
			yield(claims.Claim{}, &sources.Error{Pkg: pkg, Name: s.name, Err: fmt.Errorf("reading: %w", err)})
			return
		}
		s.x.yieldDoc(ctx, s.name, text, yield)
	}
}
