package compare_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// foldSpecs are five handovers of bodies that add up to 6,060, the running
// total a negotiator gives for the day of the last one, and the figures
// given with them.
func foldSpecs(more ...spec) []spec {
	handover := func(id, date, qty string) spec {
		return spec{id: id, measure: "bodies", from: "North", to: "South", kind: claims.Completed, scope: claims.Event, qty: qty,
			asOf: date, speaker: "Liaison Office", aff: "South", doc: "office-" + date, outlet: "South Wire", published: date}
	}
	total := func(id, qty, date, who, outlet string) spec {
		return spec{id: id, measure: "bodies", from: "North", to: "South", kind: claims.Completed, scope: claims.Total, qty: qty,
			asOf: date, speaker: who, doc: outlet + "-" + date, outlet: outlet, published: date}
	}
	return append([]spec{
		handover("h1", "2025-03-03", "1,212"),
		handover("h2", "2025-03-04", "1,203"),
		handover("h3", "2025-03-05", "1,201"),
		handover("h4", "2025-03-06", "1,199"),
		handover("h5", "2025-03-07", "1,245"),
		total("n6060", "6,060", "2025-03-07", "Chief Negotiator", "North Post"),
	}, more...)
}

// stale is a running total a daily goes on printing: 3,600, as of the day of
// the last handover and as of the day after.
func stale(id, date string) spec {
	return spec{id: id, measure: "bodies", from: "North", to: "South", kind: claims.Completed, scope: claims.Total, qty: "3,600",
		asOf: date, doc: "daily-" + date, outlet: "The Daily", published: "2025-03-08"}
}

// folds is "type: ids" for each serious finding, followed by " (also
// type: ids; …)" for the findings folded into it.
func folds(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.ForReview() || f.Severity == compare.Info {
			continue
		}
		s := string(f.Type) + ": " + ids(f)
		if len(f.Also) > 0 {
			var ts []string
			for _, r := range f.Also {
				ts = append(ts, string(r.Type)+": "+ids(compare.Finding{Claims: r.Claims}))
			}
			s += " (also " + strings.Join(ts, "; ") + ")"
		}
		out = append(out, s)
	}
	return out
}

// oneRuleAtATime is what Check finds when each rule runs alone: no finding
// has another of another type to fold with.
func oneRuleAtATime(t *testing.T, cs []claims.Claim) []compare.Finding {
	var out []compare.Finding
	for _, r := range compare.DefaultRules() {
		out = append(out, compare.Check(cs, compare.Options{Rules: []compare.Rule{r}, DocRules: []compare.DocRule{}})...)
	}
	compare.SortFindings(out)
	return out
}

func TestFold(t *testing.T) {
	for _, tt := range []struct {
		name     string
		specs    []spec
		unfolded []string // the serious findings, each rule on its own
		want     []string
	}{
		{
			// The 3,600 is the one wrong figure: below the handovers' sum,
			// below the negotiator's total of the same day, and below it
			// the day after. The arithmetic finding holds the claims of
			// both others, and each of its two totals missed is one of
			// theirs: one discrepancy, told as the regression.
			name:  "a stale running total",
			specs: foldSpecs(stale("d7", "2025-03-07"), stale("d8", "2025-03-08")),
			unfolded: []string{
				"arithmetic: d7,h1,h2,h3,h4,h5,n6060,d8",
				"conflict: d7,n6060",
				"regression: n6060,d8",
			},
			want: []string{"regression: n6060,d8 (also conflict: d7,n6060; arithmetic: d7,h1,h2,h3,h4,h5,n6060,d8)"},
		},
		{
			// Two findings over the same claims.
			name:     "the same claims",
			specs:    foldSpecs(stale("d7", "2025-03-07")),
			unfolded: []string{"arithmetic: d7,h1,h2,h3,h4,h5,n6060", "conflict: d7,n6060"},
			want:     []string{"conflict: d7,n6060 (also arithmetic: d7,h1,h2,h3,h4,h5,n6060)"},
		},
		{
			// A conflict of one day and a fall two days later share the
			// negotiator's total and nothing else: two discrepancies.
			name: "two findings that share one claim",
			specs: []spec{
				foldSpecs()[5], stale("d7", "2025-03-07"),
				{id: "o5990", measure: "bodies", from: "North", to: "South", kind: claims.Completed, scope: claims.Total, qty: "5,990",
					asOf: "2025-03-09", speaker: "Ombudsman", doc: "south-news-2025-03-09", outlet: "South News", published: "2025-03-09"},
			},
			unfolded: []string{"conflict: d7,n6060", "regression: n6060,o5990"},
			want:     []string{"conflict: d7,n6060", "regression: n6060,o5990"},
		},
		{
			// The handovers also miss a figure for the whole month that no
			// other finding tells: the arithmetic finding reports a
			// discrepancy of its own and folds with neither, and the
			// conflict and the regression share one claim.
			name: "an arithmetic finding with a total of its own",
			specs: foldSpecs(stale("d7", "2025-03-07"), stale("d8", "2025-03-08"),
				spec{id: "month", measure: "bodies", from: "North", to: "South", kind: claims.Completed, scope: claims.Event, qty: "6,120",
					asOf: "2025-03-01/2025-03-31", speaker: "Liaison Office", aff: "South", doc: "office-2025-04-02", outlet: "South Wire", published: "2025-04-02"}),
			unfolded: []string{
				"arithmetic: d7,h1,h2,h3,h4,h5,n6060,d8,month",
				"conflict: d7,n6060",
				"regression: n6060,d8",
			},
			want: []string{
				"arithmetic: d7,h1,h2,h3,h4,h5,n6060,d8,month",
				"conflict: d7,n6060",
				"regression: n6060,d8",
			},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cs := build(t, tt.specs)
			require.ElementsMatch(t, tt.unfolded, folds(oneRuleAtATime(t, cs)), "each rule on its own")
			fs := compare.Check(cs, compare.Options{})
			require.ElementsMatch(t, tt.want, folds(fs))
			for _, f := range fs {
				if len(f.Also) == 0 {
					continue
				}
				require.Equal(t, compare.High, f.Severity)
				for _, r := range f.Also {
					require.NotEmpty(t, r.Explanation)
				}
			}
		})
	}
}
