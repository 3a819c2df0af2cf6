package sources

import (
	"context"
	"errors"
	"iter"

	"github.com/crosscheck/crosscheck/claims"
)

// Concat returns a Source that yields the pairs of each source in turn, in
// the order given. Its passes are independent when those of every source are,
// and it is safe for concurrent use when every source is. A fatal error of
// one source ends only that source's part of the stream; cancellation ends
// the whole stream.
func Concat(srcs ...Source) Source {
	srcs = append([]Source(nil), srcs...)
	return Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			if err := ctx.Err(); err != nil {
				yield(claims.Claim{}, err)
				return
			}
			for _, s := range srcs {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				var last error
				for c, err := range s.Claims(ctx) {
					last = err
					if !yield(c, err) {
						return
					}
				}
				if err := ctx.Err(); err != nil {
					if last == nil || !errors.Is(last, err) {
						yield(claims.Claim{}, err)
					}
					return
				}
			}
		}
	})
}

// Collect drains one pass of src: every claim it yields, in order, and every
// error. A nil error list means the pass was clean.
func Collect(ctx context.Context, src Source) ([]claims.Claim, []error) {
	var cs []claims.Claim
	var errs []error
	for c, err := range src.Claims(ctx) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cs = append(cs, c)
	}
	return cs, errs
}
