package synthetic_test

import (
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/synthetic"
)

// TestNews checks that the corpus is the same on every call and that every
// built-in rule finds something in it, so that tests over it exercise them
// all.
func TestNews(t *testing.T) {
	const n = 20_000
	cs := synthetic.News(n)
	if !reflect.DeepEqual(cs, synthetic.News(n)) {
		t.Fatal("two calls give different claims")
	}
	for i := range cs {
		if err := cs[i].Validate(); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
	}
	found := map[compare.Type]int{}
	for _, f := range compare.Check(cs, compare.Options{}) {
		found[f.Type]++
	}
	t.Logf("%d claims: %v", n, found)
	for _, typ := range []compare.Type{compare.Conflict, compare.Regression, compare.Jump, compare.Shortfall,
		compare.Imbalance, compare.Exceeds, compare.Arithmetic, compare.Echo, compare.Corroboration, compare.Withheld} {
		if found[typ] == 0 {
			t.Errorf("no %s finding in %d claims", typ, n)
		}
	}
}
