package compare

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"unsafe"

	"github.com/crosscheck/crosscheck/claims"
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

// TestCollectorSorts checks the collector's order against a plain stable
// sort, with findings added in key order (as Check adds them) and in any
// order (as a rule that sets its own keys may).
func TestCollectorSorts(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	keys := []Key{{Measure: "a"}, {Measure: "b", A: "X"}, {Measure: "b", A: "Y"}, {Measure: "c", A: "X", B: "Y"}}
	for _, inOrder := range []bool{true, false} {
		for n := range 3000 {
			if n > 60 && n%500 != 0 {
				continue
			}
			fs := make([]Finding, n)
			for i := range fs {
				fs[i] = Finding{Severity: Severity(r.IntN(4)), Key: keys[r.IntN(len(keys))], Type: Type([]string{"a", "b"}[r.IntN(2)]),
					Claims: []*claims.Claim{{ID: string(rune('a' + r.IntN(3)))}}, Explanation: strconv.Itoa(i)}
			}
			if inOrder {
				slices.SortStableFunc(fs, func(a, b Finding) int { return a.Key.Compare(b.Key) })
			}
			var c collector
			for _, f := range fs {
				c.add(f)
			}
			got := c.sorted()
			want := slices.Clone(fs)
			SortFindings(want)
			if len(got) != len(want) {
				t.Fatalf("n=%d: %d findings, want %d", n, len(got), len(want))
			}
			for i := range got {
				if got[i].Explanation != want[i].Explanation {
					t.Fatalf("n=%d, in order %v: position %d holds finding %s, want %s", n, inOrder, i, got[i].Explanation, want[i].Explanation)
				}
			}
		}
	}
}

// TestSortKeys checks that a group's items come out of sort in cmp's
// order, for groups of every size up to 200 with many ties in the packed
// keys (so that cmp decides) and kinds compared by name.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	e := newEngine(Options{})
	kinds := []claims.Kind{claims.Completed, claims.Estimated, "promised", "pledged"}
	for n := range 200 {
		cs := make([]claims.Claim, n)
		for i := range cs {
			cs[i] = claims.Claim{
				ID: strconv.Itoa(r.IntN(3)), Kind: kinds[r.IntN(len(kinds))], Measure: "bodies", Subject: "A", Recipient: "B",
				Quantity: claims.ExactQuantity(claims.DecimalOf(int64(r.IntN(4)))), AsOf: claims.On(claims.Date{Year: 2025, Month: 6, Day: 1 + r.IntN(3)}),
				Speaker: claims.Speaker{Name: []string{"x", "y", "speaker with a long name"}[r.IntN(3)]},
				Source:  claims.Source{Document: strconv.Itoa(r.IntN(3))}, QuantitySpan: claims.Span{Start: r.IntN(3)},
			}
		}
		tb := &table{cs: cs, items: make([]item, n)}
		var last hashes
		gi := make([]int32, n)
		for i := range cs {
			tb.items[i] = item{}
			e.fill(&tb.items[i], &cs[i], 0, None, nil, &last)
			gi[i] = int32(i)
		}
		r.Shuffle(n, func(i, j int) { gi[i], gi[j] = gi[j], gi[i] })
		tb.sort(gi, nil)
		for k := 1; k < n; k++ {
			if tb.cmp(gi[k-1], gi[k]) > 0 {
				t.Fatalf("n=%d: items %d and %d out of order", n, gi[k-1], gi[k])
			}
		}
	}
}

// TestItemSize checks that an item fits in two cache lines (see item).
func TestItemSize(t *testing.T) {
	if n := unsafe.Sizeof(item{}); n > 128 {
		t.Errorf("an item takes %d bytes, want at most 128", n)
	}
}

// TestPrefix checks prefix against its definition, the first eight bytes
// of s read as a big-endian number with zeros past its end, for strings
// shorter and longer than eight bytes.
func TestPrefix(t *testing.T) {
	s := "\xffabcdefgh\x80jk"
	for n := range len(s) + 1 {
		var want uint64
		for i := range 8 {
			want <<= 8
			if i < n {
				want |= uint64(s[i])
			}
		}
		if got := prefix(s[:n]); got != want {
			t.Errorf("prefix(%q) = %#x, want %#x", s[:n], got, want)
		}
	}
}
