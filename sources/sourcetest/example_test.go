package sourcetest_test

import (
	"context"
	"fmt"
	"iter"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

// TestSource checks a source outside a test; here a source that forgets to
// check its context.
func ExampleTestSource() {
	q, _ := claims.ParseQuantity("57")
	careless := sources.Func(func(context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			yield(claims.Claim{ID: "a", Measure: "prisoners", Kind: claims.Completed, Quantity: q}, nil)
		}
	})
	fmt.Println(sourcetest.TestSource(func() sources.Source { return careless }))
	fmt.Println(sourcetest.TestSource(func() sources.Source {
		return sources.Slice(claims.Claim{ID: "a", Measure: "prisoners", Kind: claims.Completed, Quantity: q})
	}))
	// Output:
	// sources/sourcetest: Cancelled: with a cancelled context, want one pair with an error wrapping context.Canceled, got 1 pairs: [claim "57"]
	// <nil>
}

func ExampleValidate() {
	q, _ := claims.ParseQuantity("57")
	c := claims.Claim{
		ID: "a", Measure: "prisoners", Kind: claims.Completed, Quantity: q,
		QuantitySpan: claims.Span{Start: 10, End: 12},
		Source:       claims.Source{Document: "doc.txt"},
		Evidence:     claims.Evidence{Span: claims.Span{Start: 0, End: 23}, Text: "Kyiv said 57 came home."},
	}
	fmt.Println(sourcetest.Validate(c, map[string][]byte{"doc.txt": []byte("Kyiv said 57 came home.")}))
	fmt.Println(sourcetest.Validate(c, map[string][]byte{"doc.txt": []byte("Kyiv said 75 came home.")}))
	// Output:
	// <nil>
	// sources/sourcetest: claim a ("57"): evidence text "Kyiv said 57 came home." differs from the document's "Kyiv said 75 came home."
}
