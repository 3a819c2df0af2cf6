package sources_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

// figureLines is a single-pass source over r: one figure of "things" a
// line, as a user's format might be.
func figureLines(name string, r io.Reader) sources.Source {
	return sources.OnePass("figures", name, func() iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			sc := bufio.NewScanner(r)
			for n := 1; sc.Scan(); n++ {
				c := claims.Claim{Measure: "things", Kind: claims.Estimated, Source: claims.Source{Document: name}}
				var err error
				if c.Quantity, err = claims.ParseQuantity(sc.Text()); err != nil {
					c, err = claims.Claim{}, &sources.Error{Pkg: "figures", Name: name, Line: n, Err: err}
				} else {
					c = sources.Own(c)
				}
				if !yield(c, err) {
					return
				}
			}
			if err := sc.Err(); err != nil {
				yield(claims.Claim{}, &sources.Error{Pkg: "figures", Name: name, Err: err})
			}
		}
	})
}

func TestOnePassConformance(t *testing.T) {
	sourcetest.Run(t, func(*testing.T) sources.Source {
		return figureLines("in.txt", strings.NewReader("57\nlots\nabout 1,200\n"))
	}, sourcetest.OnePass())
}

func TestOnePassReadsOnce(t *testing.T) {
	calls := 0
	src := sources.OnePass("p", "in", func() iter.Seq2[claims.Claim, error] {
		calls++
		return sources.Slice().Claims(context.Background())
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var got []string
	for _, ctx := range []context.Context{ctx, context.Background(), context.Background()} {
		for _, err := range src.Claims(ctx) {
			got = append(got, err.Error())
		}
	}
	want := []string{"context canceled", "p: in: input already read by an earlier pass"}
	if fmt.Sprint(got) != fmt.Sprint(want) || calls != 1 {
		t.Errorf("passes gave %q with %d calls of read, want %q with 1", got, calls, want)
	}
}

// OnePass keeps the contract's passes and cancellation for a source that
// reads an io.Reader; the function it is given only reads the format.
func ExampleOnePass() {
	src := figureLines("figures.txt", strings.NewReader("57\nlots\n"))
	for range 2 {
		for c, err := range src.Claims(context.Background()) {
			if err != nil {
				fmt.Println("error:", err)
				continue
			}
			fmt.Println(c.Quantity, c.Measure)
		}
	}
	// Output:
	// 57 things
	// error: figures: figures.txt:2: claims: parsing quantity "lots": unexpected "l" at byte 1
	// error: figures: figures.txt: input already read by an earlier pass
}
