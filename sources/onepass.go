package sources

import (
	"context"
	"iter"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/claims"
)

// OnePass returns a single-pass Source over the pairs that read yields, for
// a source that reads an io.Reader, which cannot be read twice. It keeps the
// parts of the Source contract that do not depend on the format: a pass
// with a cancelled context yields ctx.Err() and reads nothing; the first
// pass calls read once and yields its pairs, and stops with ctx.Err() as
// soon as the context is cancelled between two of them; every later pass
// yields one *Error{Pkg: pkg, Name: name} wrapping ErrConsumed. read keeps
// the rest: errors that say where, claims that are the consumer's own (see
// Own), and no reading after a break.
//
// The Source is safe for concurrent use: of passes that run at once, one
// reads and the others yield the ErrConsumed error.
func OnePass(pkg, name string, read func() iter.Seq2[claims.Claim, error]) Source {
	return &onePass{pkg: pkg, name: name, read: read}
}

type onePass struct {
	pkg, name string
	read      func() iter.Seq2[claims.Claim, error]
	used      atomic.Bool
}

func (s *onePass) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		if err := ctx.Err(); err != nil {
			yield(claims.Claim{}, err)
			return
		}
		if s.used.Swap(true) {
			yield(claims.Claim{}, &Error{Pkg: s.pkg, Name: s.name, Err: ErrConsumed})
			return
		}
		for c, err := range s.read() {
			if ctxErr := ctx.Err(); ctxErr != nil {
				yield(claims.Claim{}, ctxErr)
				return
			}
			if !yield(c, err) {
				return
			}
		}
	}
}
