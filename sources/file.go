package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// A Format is one kind of input file: its name, the file extensions that
// select it, and how to read it. Each built-in format package exports one
// (jsonl.Format, csv.Format, claimreview.Format, and the text articles'), and
// a caller passes the ones it wants to Open: this package imports none of
// them, and there is no registry.
//
// The zero Format has no Read function and is not usable. A Format is a
// plain value, safe for concurrent use when its Read function is.
type Format struct {
	// Name is the short name a user picks the format by ("csv", "jsonl").
	Name string
	// Extensions are the file name suffixes that select the format,
	// lower-case and with the dot (".csv").
	Extensions []string
	// Read returns a single-pass Source over the data r of the input called
	// name. The Source must not read r after its pass ends, and need not
	// close it.
	Read func(name string, r io.Reader) Source
}

// ErrUnknownFormat reports a file whose extension no format claims (see
// Open); callers that look a format up by name (Lookup) may wrap it too.
var ErrUnknownFormat = errors.New("unknown format")

// Detect returns the format among formats that claims path's extension
// (compared without regard to case). When several claim it the first wins.
func Detect(path string, formats ...Format) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if slices.Contains(f.Extensions, ext) {
			return f, true
		}
	}
	return Format{}, false
}

// Lookup returns the format among formats called name (compared without
// regard to case): the way to honour a user's explicit choice, such as a
// --format flag.
func Lookup(name string, formats ...Format) (Format, bool) {
	for _, f := range formats {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Format{}, false
}

// Open returns a Source over the file at path, read by the format its
// extension selects among formats. It does not touch the file: each pass
// opens it anew (see File). It returns an *Error wrapping ErrUnknownFormat
// when no format claims the extension.
func Open(path string, formats ...Format) (Source, error) {
	f, ok := Detect(path, formats...)
	if !ok {
		names := make([]string, 0, len(formats))
		for _, f := range formats {
			names = append(names, strings.Join(f.Extensions, ", "))
		}
		return nil, &Error{Pkg: "sources", Name: path, Err: fmt.Errorf("%w: extension %q is none of %s",
			ErrUnknownFormat, filepath.Ext(path), strings.Join(names, "; "))}
	}
	return File(path, f), nil
}

// File returns a Source over the file at path in format f. Each pass opens
// the file, reads it with f.Read and closes it, so passes are independent
// and may run concurrently. A file that cannot be opened yields one *Error
// naming it as the whole pass.
func File(path string, f Format) Source {
	return Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			if err := ctx.Err(); err != nil {
				yield(claims.Claim{}, err)
				return
			}
			if f.Read == nil {
				yield(claims.Claim{}, &Error{Pkg: "sources", Name: path, Err: fmt.Errorf("format %q has no Read function", f.Name)})
				return
			}
			file, err := os.Open(path)
			if err != nil {
				yield(claims.Claim{}, &Error{Pkg: "sources", Name: path, Err: unwrapPath(err)})
				return
			}
			defer file.Close()
			if fi, err := file.Stat(); err == nil && fi.IsDir() {
				yield(claims.Claim{}, &Error{Pkg: "sources", Name: path, Err: errors.New("is a directory, not a file")})
				return
			}
			for c, err := range f.Read(path, file).Claims(ctx) {
				if !yield(c, err) {
					return
				}
			}
		}
	})
}

// unwrapPath drops the *os.PathError around err, whose path the Error
// already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
