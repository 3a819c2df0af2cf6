package compare_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// TestShortfallFromHandovers sets an agreement against the handovers
// reported since it, where no running total says what was done: a first
// phase of a swap told as two handovers of one day under a deal of more.
func TestShortfallFromHandovers(t *testing.T) {
	const deal, d10, d20 = "2025-06-02", "2025-06-10", "2025-06-20"
	agreed := func(q, date string) spec { return fig("x", q, date, "Mediator", "0").kindOf(claims.Agreed).both() }
	unstated := func(s spec) spec { s.scope = ""; return s }
	tests := []struct {
		name  string
		specs []spec
		want  []string // shortfall findings, and whether each is for review
	}{
		{"a first phase each way under a formula", []spec{agreed("600-for-600", deal),
			fig("a", "240", d10, "A", "1").event(), fig("b", "240", d10, "B", "2").back().event()},
			[]string{"shortfall: a,b,x"}},
		{"one way reported", []spec{agreed("600-for-600", deal), fig("a", "240", d10, "A", "1").event()},
			[]string{"shortfall: a,x"}},
		{"an exchange of 1,200 in all, 300 each way", []spec{agreed("1,200", deal),
			fig("a", "300", d10, "A", "1").event(), fig("b", "300", d10, "B", "2").back().event()},
			[]string{"shortfall: a,b,x"}},
		{"handovers that make the agreement", []spec{agreed("600-for-600", deal),
			fig("a", "300", d10, "A", "1").event(), fig("c", "300", d20, "A", "3").event(), fig("b", "600", d20, "B", "2").back().event()}, nil},
		{"handovers before the agreement", []spec{agreed("600-for-600", d20),
			fig("a", "240", d10, "A", "1").event(), fig("b", "240", d10, "B", "2").back().event()}, nil},
		{"a figure of no stated scope shows it done", []spec{agreed("600-for-600", deal),
			fig("a", "240", d10, "A", "1").event(), unstated(fig("c", "600", d20, "A", "3")), unstated(fig("b", "600", d20, "B", "2").back())}, nil},
		{"a running total since the agreement decides", []spec{agreed("600-for-600", deal),
			fig("a", "240", d10, "A", "1").event(), fig("c", "600", d20, "A", "3"), fig("b", "600", d20, "B", "2").back()}, nil},
		{"an event of another kind is no handover", []spec{agreed("600-for-600", deal),
			fig("a", "240", d10, "A", "1").kindOf(claims.Offered)}, nil},
		// One report, as the article reader gives it: a headline's "240
		// each way" of no stated scope, dated by the publication, beside the
		// body's handover of that day; the agreement told again in the
		// lead, dated by the publication too.
		{"the headline's repeat of a handover is listed with it", []spec{agreed("600-for-600", deal).in("1"),
			fig("a", "240", d10, "A", "1").event(), unstated(fig("h", "240", d10, "", "1")).doubted("as_of=defaulted"),
			unstated(fig("b", "240", d10, "", "1").back()).doubted("as_of=defaulted")},
			[]string{"shortfall: a,b,h,x"}},
		{"the agreement told again on a defaulted date is one agreement", []spec{agreed("600-for-600", deal).in("1"),
			fig("y", "600-for-600", d10, "", "1").kindOf(claims.Agreed).both().doubted("as_of=defaulted"),
			fig("a", "240", d10, "A", "1").event(), fig("b", "240", d10, "B", "1").back().event()},
			[]string{"shortfall: a,b,x,y"}},
		{"an agreement of its own date is another agreement", []spec{agreed("600-for-600", deal).in("1"),
			fig("y", "600-for-600", d10, "Mediator", "1").kindOf(claims.Agreed).both(),
			fig("a", "240", d20, "A", "1").event(), fig("b", "240", d20, "B", "1").back().event()},
			[]string{"shortfall: a,b,x", "shortfall: a,b,y"}},
		{"a repeat that differs is not listed", []spec{agreed("600-for-600", deal).in("1"),
			fig("a", "240", d10, "A", "1").event(), unstated(fig("h", "230", d10, "", "1")).doubted("as_of=defaulted"),
			fig("b", "240", d10, "B", "1").back().event()},
			[]string{"shortfall: a,b,x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checked(t, tt.specs, ofType(compare.Shortfall))
			for _, f := range got {
				if !f.ForReview() {
					t.Errorf("a shortfall from handovers is for review: %s", f.Explanation)
				}
			}
			if diff := cmp.Diff(tt.want, sortedSummary(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestShortfallFromHandoversWords checks what the finding says and why it
// is for review.
func TestShortfallFromHandoversWords(t *testing.T) {
	specs := []spec{fig("x", "600-for-600", "2025-06-02", "Mediator", "0").kindOf(claims.Agreed).both(),
		fig("a", "240", "2025-06-10", "Ministry", "1").event(), fig("b", "240", "2025-06-10", "Council", "2").back().event()}
	var got []compare.Finding
	for _, f := range compare.Check(build(t, specs), compare.Options{}) {
		if f.Type == compare.Shortfall {
			got = append(got, f)
		}
	}
	require.Len(t, got, 1)
	f := got[0]
	want := "Under an agreement of 600 for 600 (Mediator, 2 June 2025), the handovers reported since add up to " +
		"240 bodies from Russia to Ukraine (Ministry, 10 June 2025) and 240 bodies from Ukraine to Russia (Council, 10 June 2025): 40% of the agreement."
	if f.Explanation != want {
		t.Errorf("explanation\n got %q\nwant %q", f.Explanation, want)
	}
	if f.Severity != compare.Low || !strings.Contains(f.Review, "handovers reported since the agreement are all that was done under it") {
		t.Errorf("severity %v, review %q", f.Severity, f.Review)
	}
}

// TestShortfallToldAgainWords checks that a finding names who tells its
// figures again, and does not stand on those tellings: a headline's repeat
// dated by the publication does not add its date to the review.
func TestShortfallToldAgainWords(t *testing.T) {
	specs := []spec{fig("x", "600-for-600", "2025-06-02", "Mediator", "1").kindOf(claims.Agreed).both(),
		fig("y", "600-for-600", "2025-06-10", "", "1").kindOf(claims.Agreed).both().doubted("as_of=defaulted"),
		fig("a", "240", "2025-06-10", "Ministry", "1").event(), fig("b", "240", "2025-06-10", "Council", "1").back().event(),
		spec{id: "h", measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, qty: "240", asOf: "2025-06-10",
			doc: "1", outlet: "Outlet 1", confidence: "as_of=defaulted"}}
	got := checked(t, specs, ofType(compare.Shortfall))
	require.Len(t, got, 1)
	f := got[0]
	want := "Under an agreement of 600 for 600 (Mediator, 2 June 2025; also Outlet 1), the handovers reported since add up to " +
		"240 bodies from Russia to Ukraine (Ministry, 10 June 2025; also Outlet 1) and 240 bodies from Ukraine to Russia (Council, 10 June 2025): 40% of the agreement."
	require.Equal(t, want, f.Explanation)
	require.Equal(t, "a,b,h,x,y", sortedSummary(got)[0][len("shortfall: "):])
	require.NotContains(t, f.Review, "publication date", "the tellings listed are not stood on")
}
