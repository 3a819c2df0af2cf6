package sources

import (
	"context"
	"errors"
	"io/fs"
	"iter"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Dir returns a Source over the files under the directory root whose
// extension one of formats claims (see Detect), read in lexical order of
// their paths, each as File reads it. Files and directories whose names
// start with "." are skipped, and so are files no format claims. Each pass
// walks the tree anew, so passes are independent and may run concurrently.
//
// A directory or file that cannot be read yields an *Error naming it, and
// the walk goes on with the rest: an unreadable file never loses the
// readable ones. A root that does not exist, or is not a directory, yields
// one error as the whole pass.
func Dir(root string, formats ...Format) Source {
	formats = append([]Format(nil), formats...)
	return Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			if err := ctx.Err(); err != nil {
				yield(claims.Claim{}, err)
				return
			}
			stopped := false
			walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					if path == root {
						return err
					}
					if !yield(claims.Claim{}, &Error{Pkg: "sources", Name: path, Err: unwrapPath(err)}) {
						stopped = true
						return fs.SkipAll
					}
					return nil // WalkDir skips a directory it cannot read
				}
				if path != root && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if path == root && !d.IsDir() {
					return &fs.PathError{Op: "open", Path: path, Err: errors.New("not a directory")}
				}
				if d.IsDir() {
					return nil
				}
				f, ok := Detect(path, formats...)
				if !ok {
					return nil
				}
				var last error
				for c, err := range File(path, f).Claims(ctx) {
					last = err
					if !yield(c, err) {
						stopped = true
						return fs.SkipAll
					}
				}
				if err := ctx.Err(); err != nil {
					if last == nil || !errors.Is(last, err) {
						yield(claims.Claim{}, err)
					}
					stopped = true
					return fs.SkipAll
				}
				return nil
			})
			if walkErr != nil && !stopped {
				yield(claims.Claim{}, &Error{Pkg: "sources", Name: root, Err: unwrapPath(walkErr)})
			}
		}
	})
}
