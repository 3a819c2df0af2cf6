package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortFindingsPermutes checks the in-place permutation against a plain
// stable sort.
func TestSortFindingsPermutes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 40 {
		fs := make([]Finding, n)
		for i := range fs {
			fs[i] = Finding{Severity: Severity(r.IntN(4)), Type: Type([]string{"a", "b", "c"}[r.IntN(3)]), Explanation: string(rune('A' + i))}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int { return compareFindings(&a, &b) })
		SortFindings(fs)
		for i := range fs {
			if fs[i].Explanation != want[i].Explanation {
				t.Fatalf("n=%d: position %d holds %q, want %q", n, i, fs[i].Explanation, want[i].Explanation)
			}
		}
	}
}
