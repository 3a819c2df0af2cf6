package sourcetest_test

import (
	"context"
	"errors"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

const doc = "Officials said 57 prisoners came home on Monday."

func claim(id string) claims.Claim {
	q, err := claims.ParseQuantity("57")
	if err != nil {
		panic(err)
	}
	return claims.Claim{
		ID: id, Measure: "prisoners", Kind: claims.Completed, Quantity: q,
		QuantitySpan: claims.Span{Start: 15, End: 17},
		Source:       claims.Source{Document: "doc.txt"},
		Evidence:     claims.Evidence{Span: claims.Span{Start: 0, End: len(doc)}, Text: doc},
	}
}

// broken builds a Source from a pass function that takes the context and
// yield, so that each test can break one rule.
func broken(pass func(ctx context.Context, yield func(claims.Claim, error) bool)) sources.Source {
	return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) { pass(ctx, yield) }
	})
}

var where = &sources.Error{Pkg: "test", Name: "in", Line: 2, Err: errors.New("bad record")}

func TestGoodSources(t *testing.T) {
	tests := []struct {
		name string
		src  func() sources.Source
		opts []sourcetest.Option
	}{
		{"Slice", func() sources.Source { return sources.Slice(claim("a"), claim("b")) }, nil},
		{"SliceWithDocument", func() sources.Source { return sources.Slice(claim("a")) },
			[]sourcetest.Option{sourcetest.Document("doc.txt", []byte(doc))}},
		{"WithErrors", func() sources.Source {
			return sources.Concat(sources.Slice(claim("a")), broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				yield(claims.Claim{}, where)
			}))
		}, nil},
		{"Empty", func() sources.Source { return sources.Slice() }, []sourcetest.Option{sourcetest.AllowEmpty()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sourcetest.Run(t, func(*testing.T) sources.Source { return tt.src() }, tt.opts...)
			require.NoError(t, sourcetest.TestSource(tt.src, tt.opts...))
		})
	}
}

func TestBrokenSources(t *testing.T) {
	tests := []struct {
		name string
		src  func() sources.Source
		opts []sourcetest.Option
		want []string // substrings of the failure
	}{
		{
			name: "empty",
			src:  func() sources.Source { return sources.Slice() },
			want: []string{"Ends: the source yielded no claims"},
		},
		{
			name: "ignores cancellation",
			src: func() sources.Source {
				return broken(func(_ context.Context, yield func(claims.Claim, error) bool) {
					_ = yield(claim("a"), nil) && yield(claim("b"), nil)
				})
			},
			want: []string{"Cancelled: with a cancelled context", "CancelMidway: after cancelling at the first pair"},
		},
		{
			name: "ignores early break",
			src: func() sources.Source {
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					yield(claim("a"), nil)
					yield(claim("b"), nil)
				})
			},
			want: []string{"EarlyBreak: after a break at pair 1 the source yielded 1 more pairs"},
		},
		{
			name: "leaks a goroutine",
			src: func() sources.Source {
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					ch := make(chan claims.Claim)
					go func() {
						ch <- claim("a")
						ch <- claim("b")
						close(ch)
					}()
					for c := range ch {
						if ctx.Err() != nil {
							yield(claims.Claim{}, ctx.Err())
							return
						}
						if !yield(c, nil) {
							return // the sender is left blocked
						}
					}
				})
			},
			opts: []sourcetest.Option{sourcetest.OnePass()}, // each pass a fresh source
			want: []string{"EarlyBreak: goroutines grew"},
		},
		{
			name: "claim and error together, error without place",
			src: func() sources.Source {
				return sources.Concat(sources.Slice(claim("a")), broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					yield(claim("x"), errors.New("oops"))
				}))
			},
			want: []string{"Pairs: pair 1: error \"oops\" comes with a claim", "does not wrap a *sources.Error"},
		},
		{
			name: "invalid claim",
			src: func() sources.Source {
				c := claim("a")
				c.Evidence.Text = "shorter"
				d := claim("b")
				d.Quantity = claims.Quantity{}
				return sources.Slice(c, d)
			},
			want: []string{"Claims: pair 0: claim a", "evidence text \"shorter\" is 7 bytes", "pair 1: claim b", "quantity: is missing"},
		},
		{
			name: "evidence differs from the document",
			src:  func() sources.Source { return sources.Slice(claim("a")) },
			opts: []sourcetest.Option{sourcetest.Document("doc.txt", []byte(strings.ToUpper(doc)))},
			want: []string{"differs from the document's"},
		},
		{
			name: "not deterministic",
			src: func() sources.Source {
				var n atomic.Int64
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					c := claim("a")
					if n.Add(1)%2 == 0 {
						c.Measure = "bodies"
					}
					yield(c, nil)
				})
			},
			want: []string{"Deterministic: two passes differ: pair 0 differs between passes", "Concurrent: two concurrent passes differ"},
		},
		{
			name: "single pass that says nothing on the second",
			src: func() sources.Source {
				var used atomic.Bool
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					if !used.Swap(true) {
						yield(claim("a"), nil)
					}
				})
			},
			opts: []sourcetest.Option{sourcetest.OnePass()},
			want: []string{"Concurrent: a second pass over a single-pass source: want one error wrapping sources.ErrConsumed, got no pairs"},
		},
		{
			name: "shares its slices",
			src: func() sources.Source {
				shared := claim("a")
				shared.Source.Via = []string{"Wire"}
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					yield(shared, nil)
				})
			},
			want: []string{"Retention: a consumer's change to the claims of one pass shows in the next"},
		},
		{
			name: "never ends",
			src: func() sources.Source {
				return broken(func(ctx context.Context, yield func(claims.Claim, error) bool) {
					for ctx.Err() == nil {
						if !yield(claim("a"), nil) {
							return
						}
					}
					yield(claims.Claim{}, ctx.Err())
				})
			},
			opts: []sourcetest.Option{sourcetest.Timeout(50 * time.Millisecond)},
			want: []string{"Ends: a pass did not end within 50ms"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := sourcetest.TestSource(tt.src, tt.opts...)
			require.Error(t, err)
			for _, w := range tt.want {
				require.Contains(t, err.Error(), w)
			}
		})
	}
}
