package crosscheck

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/claimreview"
	"github.com/crosscheck/crosscheck/sources/csv"
	"github.com/crosscheck/crosscheck/sources/jsonl"
	"github.com/crosscheck/crosscheck/sources/text"
)

// Options says how Open reads inputs and how Run compares their claims. The
// zero value means the defaults: every file read by its extension, the
// figures compared by compare's default policy and rules, explanations in
// English. Options is a plain value, safe to copy.
type Options struct {
	// Compare says how figures are compared: the tolerance for hedged and
	// round figures, the reader's language, the rules.
	Compare compare.Options
	// Text says how news articles are read: the vocabulary, the language
	// of their figures, whether to explain each reading.
	Text text.Options
	// ClaimReview says how ClaimReview JSON-LD is read.
	ClaimReview claimreview.Parser
	// Type, when set, names the format every file is read as ("text",
	// "jsonl", "csv", "claimreview", or the Name of one of Formats),
	// whatever its extension.
	Type string
	// Formats are formats of the caller's own, tried before the built-in
	// ones (see Formats) when a file's extension or Type is matched.
	Formats []sources.Format
}

// Formats returns the formats Open reads, in the order they are tried:
// opts.Formats, then the built-in ones: news articles ("text": .txt, .text,
// .md) read with opts.Text, JSON Lines ("jsonl": .jsonl, .ndjson,
// .jsonlines), CSV ("csv": .csv) and ClaimReview JSON-LD ("claimreview":
// .jsonld, .json) read with opts.ClaimReview.
func Formats(opts Options) []sources.Format {
	out := slices.Clone(opts.Formats)
	return append(out,
		text.New(opts.Text).Format(),
		jsonl.Format(),
		csv.Format(),
		opts.ClaimReview.Format(),
	)
}

// format picks the format for the file called name: the one opts.Type names,
// else the one its extension selects.
func format(name, typ string, formats []sources.Format) (sources.Format, error) {
	if typ != "" {
		if f, ok := sources.Lookup(typ, formats...); ok {
			return f, nil
		}
		return sources.Format{}, &sources.Error{Pkg: "crosscheck", Name: name,
			Err: fmt.Errorf("%w: type %q is none of %s", sources.ErrUnknownFormat, typ, formatNames(formats))}
	}
	if f, ok := sources.Detect(name, formats...); ok {
		return f, nil
	}
	return sources.Format{}, &sources.Error{Pkg: "crosscheck", Name: name,
		Err: fmt.Errorf("%w: extension %q is none of %s (choose one with Options.Type)",
			sources.ErrUnknownFormat, filepath.Ext(name), formatExtensions(formats))}
}

func formatNames(formats []sources.Format) string {
	var names []string
	for _, f := range formats {
		if !slices.Contains(names, f.Name) {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

func formatExtensions(formats []sources.Format) string {
	var exts []string
	for _, f := range formats {
		for _, e := range f.Extensions {
			if !slices.Contains(exts, e) {
				exts = append(exts, e)
			}
		}
	}
	return strings.Join(exts, " ")
}

// Open returns a Source over the file or directory at path.
//
// A file is read by the format its extension selects among Formats(opts), or
// by the one opts.Type names. A directory yields the claims of every file in
// it and in its subdirectories whose extension a format claims (or, with
// opts.Type, of every file), in lexical order of their paths; files and
// directories whose names start with "." are skipped, and so are files no
// format claims. Each pass reads the files anew, so passes are independent;
// a file or directory that cannot be read yields an error naming it, and the
// other files still come through.
//
// Open returns an error, wrapping a *sources.Error, when path does not exist
// or no format can read the file.
func Open(path string, opts Options) (sources.Source, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, &sources.Error{Pkg: "crosscheck", Name: path, Err: pathErr(err)}
	}
	formats := Formats(opts)
	if !fi.IsDir() {
		f, err := format(path, opts.Type, formats)
		if err != nil {
			return nil, err
		}
		return sources.File(path, f), nil
	}
	if opts.Type != "" {
		f, err := format(path, opts.Type, formats)
		if err != nil {
			return nil, err
		}
		formats = []sources.Format{f}
	}
	return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return dir(ctx, path, opts.Type != "", formats)
	}), nil
}

// dir is one pass over the directory root: the files formats claim, or
// with all every file read by formats[0].
func dir(ctx context.Context, root string, all bool, formats []sources.Format) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		// cancelled ends the pass with the context's error, unless the
		// last pair already was that error.
		var last error
		cancelled := func() error {
			if err := ctx.Err(); last == nil || !errors.Is(last, err) {
				yield(claims.Claim{}, err)
			}
			return fs.SkipAll
		}
		emit := func(c claims.Claim, err error) bool {
			last = err
			return yield(c, err)
		}
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return cancelled()
			}
			if err != nil {
				if !emit(claims.Claim{}, &sources.Error{Pkg: "crosscheck", Name: p, Err: pathErr(err)}) {
					return fs.SkipAll
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			f, ok := sources.Detect(p, formats...)
			if all {
				f, ok = formats[0], true
			}
			if !ok {
				return nil
			}
			for c, err := range sources.File(p, f).Claims(ctx) {
				if !emit(c, err) {
					return fs.SkipAll
				}
			}
			if ctx.Err() != nil {
				return cancelled()
			}
			return nil
		})
	}
}

// pathErr drops the *fs.PathError around err, whose path the caller names.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// Read returns a single-pass Source over the input r called name (a file
// name, "stdin"): read by the format opts.Type names, else by the one name's
// extension selects, else as a text article. It reads r during the Source's
// first pass only.
func Read(name string, r io.Reader, opts Options) (sources.Source, error) {
	formats := Formats(opts)
	f, err := format(name, opts.Type, formats)
	if err != nil {
		if opts.Type != "" {
			return nil, err
		}
		if f, err = format(name, "text", formats); err != nil {
			return nil, err
		}
	}
	return f.Read(name, r), nil
}

// A Report is what Run found: every claim read, the findings over them, and
// every error met on the way, each saying where.
//
// The zero Report is empty. A Report is a plain value; it is safe to share
// once Run has returned it.
type Report struct {
	// Claims are the claims read, in the order the sources yielded them.
	Claims []claims.Claim
	// Findings are compare.Check's findings over Claims, in its order.
	Findings []compare.Finding
	// Errors are the errors the sources yielded (bad records, unreadable
	// files), in order; each is or wraps a *sources.Error.
	Errors []error
}

// Err returns the report's errors joined, or nil when every input was read
// cleanly.
func (r *Report) Err() error { return errors.Join(r.Errors...) }

// Run reads every claim of srcs, in order, and checks them together with
// compare.Check under opts.Compare: sources in, report out.
//
// A source's errors (a malformed record, a file that cannot be read) do not
// stop Run: they are collected in the Report's Errors, and the claims that
// could be read are still checked. Run returns a non-nil error only when ctx
// is done before all sources are read; the error wraps ctx.Err() and the
// Report holds what was read until then, unchecked.
//
// Run is safe for concurrent use when the sources are.
func Run(ctx context.Context, opts Options, srcs ...sources.Source) (*Report, error) {
	r := &Report{}
	for c, err := range sources.Concat(srcs...).Claims(ctx) {
		if err != nil {
			if cerr := ctx.Err(); cerr != nil && errors.Is(err, cerr) {
				return r, fmt.Errorf("crosscheck: %w", err)
			}
			r.Errors = append(r.Errors, err)
			continue
		}
		if len(r.Claims) == cap(r.Claims) && len(r.Claims) >= 1024 {
			// Double, rather than let append grow a large slice by a
			// quarter at a time: a million claims are then copied about
			// once, not five times over.
			r.Claims = slices.Grow(r.Claims, len(r.Claims))
		}
		r.Claims = append(r.Claims, c)
	}
	if err := ctx.Err(); err != nil {
		return r, fmt.Errorf("crosscheck: %w", err)
	}
	r.Findings = compare.Check(r.Claims, opts.Compare)
	return r, nil
}
