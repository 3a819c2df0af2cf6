package sourcetest_test

import (
	"context"
	"fmt"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/jsonl"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

const line = `{"id": "a", "measure": "prisoners", "kind": "completed", "quantity": {"text": "57", "value": 57}}`

// Run checks a source inside a test, one subtest per rule of the contract.
// (This example is compiled, not run: it needs the *testing.T of a test.)
func ExampleRun() {
	_ = func(t *testing.T) { // func TestConformance(t *testing.T) in a _test.go file
		sourcetest.Run(t, func(*testing.T) sources.Source { return jsonl.File("testdata/claims.jsonl") })
	}
}

// A source over an io.Reader can be read only once: OnePass says so, and
// the checks then build a fresh source for each pass.
func ExampleOnePass() {
	newSource := func() sources.Source { return jsonl.Reader("in.jsonl", strings.NewReader(line)) }
	err := sourcetest.TestSource(newSource)
	fmt.Println(err != nil && strings.Contains(err.Error(), "input already read by an earlier pass"))
	fmt.Println(sourcetest.TestSource(newSource, sourcetest.OnePass()))
	// Output:
	// true
	// <nil>
}

// Document lets the checks compare each claim's evidence with the text of
// its document.
func ExampleDocument() {
	q, _ := claims.ParseQuantity("57")
	c := claims.Claim{
		ID: "a", Measure: "prisoners", Kind: claims.Completed, Quantity: q,
		QuantitySpan: claims.Span{Start: 10, End: 12},
		Source:       claims.Source{Document: "doc.txt"},
		Evidence:     claims.Evidence{Span: claims.Span{Start: 0, End: 23}, Text: "Kyiv said 57 came home."},
	}
	newSource := func() sources.Source { return sources.Slice(c) }
	fmt.Println(sourcetest.TestSource(newSource, sourcetest.Document("doc.txt", []byte("Kyiv said 57 came home."))))
	fmt.Println(sourcetest.TestSource(newSource, sourcetest.Document("doc.txt", []byte("Kyiv said 75 came home."))) != nil)
	// Output:
	// <nil>
	// true
}

// By default a source must yield a claim; AllowEmpty accepts one that has
// none to give.
func ExampleAllowEmpty() {
	empty := func() sources.Source { return sources.Slice() }
	fmt.Println(sourcetest.TestSource(empty) != nil)
	fmt.Println(sourcetest.TestSource(empty, sourcetest.AllowEmpty()))
	// Output:
	// true
	// <nil>
}

// Timeout bounds how long one pass may take; a source that hangs fails
// instead of hanging the test.
func ExampleTimeout() {
	hangs := func() sources.Source {
		return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
			return func(yield func(claims.Claim, error) bool) {
				select {
				case <-ctx.Done():
					yield(claims.Claim{}, ctx.Err())
				case <-time.After(time.Second):
				}
			}
		})
	}
	err := sourcetest.TestSource(hangs, sourcetest.Timeout(20*time.Millisecond))
	fmt.Println(strings.Contains(fmt.Sprint(err), "did not end within 20ms"))
	// Output:
	// true
}
