package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// seedSpecs are the figures of one news report of 20 June 2025 on the
// Russia–Ukraine exchanges (a wire story credited to Xinhua), built by hand:
// President Putin's figures of 19 June, the agreement of 2 June and the
// outlet's own total for the stages up to 14 June.
func seedSpecs() []spec {
	putin := func(id, measure, from, to string, mutual bool, kind claims.Kind, qty string) spec {
		return spec{id: id, measure: measure, from: from, to: to, mutual: mutual, kind: kind, scope: claims.Total, qty: qty,
			asOf: "2025-06-19", speaker: "Vladimir Putin", aff: "Russia", doc: "seed.txt", outlet: "IANS", via: "Xinhua", published: "2025-06-20"}
	}
	return []spec{
		putin("E1", "bodies", "Russia", "Ukraine", false, claims.Offered, "3,000"),
		putin("E2", "bodies", "Russia", "Ukraine", false, claims.Completed, "6,000"),
		putin("E3", "bodies", "Russia", "Ukraine", false, claims.Offered, "nearly 3,000"),
		putin("E4", "prisoners", "Russia", "Ukraine", true, claims.Agreed, "1,200"),
		putin("E5", "prisoners", "Russia", "Ukraine", false, claims.Completed, "500"),
		putin("E6", "prisoners", "Ukraine", "Russia", false, claims.Completed, "400"),
		putin("E7", "bodies", "Russia", "Ukraine", false, claims.Completed, "more than 6,000"),
		putin("E8", "bodies", "Ukraine", "Russia", false, claims.Completed, "57"),
		putin("E9", "bodies", "Russia", "Ukraine", false, claims.Offered, "3,000"),
		{id: "E10", measure: "bodies", from: "Russia", to: "Ukraine", mutual: true, kind: claims.Agreed, qty: "6,000-for-6,000",
			asOf: "2025-06-02", doc: "seed.txt", outlet: "IANS", published: "2025-06-20"},
		{id: "E11", measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: claims.Total, qty: "3,600",
			asOf: "2025-06-09/2025-06-14", doc: "seed.txt", outlet: "IANS", published: "2025-06-20"},
		{id: "W1", measure: "prisoners", from: "Ukraine", to: "Russia", kind: claims.Withheld, scope: claims.Event,
			asOf: "2025-06-20", speaker: "Russian defence ministry", aff: "Russia", doc: "seed.txt", outlet: "IANS", via: "Xinhua", published: "2025-06-20"},
	}
}

// want is a finding the seed must yield: one of types, involving each of
// the sets of claims (one claim of each set).
type want struct {
	name  string
	types []compare.Type // nil: any type
	needs [][]string
}

type quiet struct {
	claims []string
	types  []compare.Type
}

func checkExpectations(t *testing.T, fs []compare.Finding, wants []want, quiets []quiet) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, f := range fs {
			ok := w.types == nil
			for _, ty := range w.types {
				ok = ok || f.Type == ty
			}
			for _, need := range w.needs {
				ok = ok && hasAny(f, need...)
			}
			found = found || ok
		}
		if !found {
			t.Errorf("%s: no finding of %v involving %v; got:\n%v", w.name, w.types, w.needs, summary(fs))
		}
	}
	for _, q := range quiets {
		for _, f := range fs {
			for _, ty := range q.types {
				if f.Type == ty && len(f.Claims) >= 2 && onlyAmong(f, q.claims...) {
					t.Errorf("%s between %v, which agree: %s", f.Type, q.claims, f.Explanation)
				}
			}
		}
	}
}

var seedWants = []want{
	{"F1", []compare.Type{compare.Imbalance}, [][]string{{"E8"}, {"E2", "E7"}}},
	{"F2", []compare.Type{compare.Shortfall}, [][]string{{"E4"}, {"E5", "E6"}}},
	{"F3", []compare.Type{compare.Imbalance}, [][]string{{"E5"}, {"E6"}}},
	{"F4", nil, [][]string{{"E11"}, {"E2", "E7"}}},
	{"F5", []compare.Type{compare.Exceeds}, [][]string{{"E10"}, {"E1", "E3", "E9"}}},
}

var seedQuiets = []quiet{
	{[]string{"E1", "E3", "E9"}, []compare.Type{compare.Conflict, compare.Regression}},
	{[]string{"E2", "E7"}, []compare.Type{compare.Conflict, compare.Regression}},
}

func TestSeed(t *testing.T) {
	fs := compare.Check(build(t, seedSpecs()), compare.Options{})
	for _, f := range fs {
		t.Logf("%s %s [%s]: %s", f.Severity, f.Type, ids(f), f.Explanation)
	}
	checkExpectations(t, fs, seedWants, seedQuiets)
}

// TestSeedDatedAtPublication reads the outlet's 3,600 as of the day it was
// published, which turns the jump into a total that shrinks.
func TestSeedDatedAtPublication(t *testing.T) {
	specs := seedSpecs()
	for i := range specs {
		if specs[i].id == "E11" {
			specs[i].asOf = "2025-06-20"
		}
	}
	fs := compare.Check(build(t, specs), compare.Options{})
	checkExpectations(t, fs, append(seedWants[:3:3], want{"F4", []compare.Type{compare.Regression}, [][]string{{"E11"}, {"E2", "E7"}}}, seedWants[4]), seedQuiets)
}
