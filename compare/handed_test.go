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
