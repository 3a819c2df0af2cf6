package sources

import (
	"context"
	"iter"

	"github.com/crosscheck/crosscheck/claims"
)

// A Source yields claims as a stream.
//
// Claims returns an iterator over (claim, nil) and (zero Claim, error)
// pairs. The package documentation states the contract every implementation
// keeps: how passes, retention, errors, cancellation and early break behave.
// Package sourcetest checks an implementation against it.
type Source interface {
	Claims(ctx context.Context) iter.Seq2[claims.Claim, error]
}

// Func adapts a function to a Source: Func(f).Claims(ctx) is f(ctx). The
// function must keep the Source contract itself. The zero Func is nil and
// must not be used.
type Func func(ctx context.Context) iter.Seq2[claims.Claim, error]

// Claims calls f(ctx). It is as safe for concurrent use as f is.
func (f Func) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] { return f(ctx) }

// Slice returns a Source that yields the given claims in order, each pass
// yielding a copy of each, with the Source contract's handling of
// cancellation and early break. It copies cs, so later changes to cs do not
// affect it; it is safe for concurrent use. A claim with no ID gets its
// ContentID.
func Slice(cs ...claims.Claim) Source {
	cs = append([]claims.Claim(nil), cs...)
	return Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			if err := ctx.Err(); err != nil {
				yield(claims.Claim{}, err)
				return
			}
			for _, c := range cs {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				if !yield(Own(c), nil) {
					return
				}
			}
		}
	})
}

// Own returns c with its slices copied and its ID filled in with
// c.ContentID() when empty: the claim a Source hands over, which shares no
// memory with c.
func Own(c claims.Claim) claims.Claim {
	if c.Source.Via != nil {
		c.Source.Via = append([]string(nil), c.Source.Via...)
	}
	if c.Reasons != nil {
		c.Reasons = append([]claims.Reason(nil), c.Reasons...)
	}
	if c.ID == "" {
		c.ID = c.ContentID()
	}
	return c
}
