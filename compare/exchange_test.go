package compare_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// TestExchange sets a figure for an exchange as a whole (a mutual claim)
// against the figures each way of its day, as articles give them: a
// spokesman's figure for the swap told as mutual beside the other side's
// figure for its own handover, a swap told in all beside each side's
// part, a swap told per side.
func TestExchange(t *testing.T) {
	const d17, d18 = "2025-07-17", "2025-07-18"
	tests := []struct {
		name  string
		specs []spec
		want  []string // findings of the exchange rule
	}{
		{"one way alone above the whole", []spec{fig("x", "19", d17, "Negotiator", "1").both(), fig("a", "1,000", d17, "Headquarters", "2")},
			[]string{"arithmetic: a,x"}},
		{"the other way alone above the whole", []spec{fig("x", "25", d17, "Negotiator", "1").both(), fig("b", "40", d17, "Ministry", "2").back()},
			[]string{"arithmetic: b,x"}},
		{"two ways that add up to something else", []spec{fig("x", "312", d17, "Mediator", "1").both(),
			fig("a", "150", d17, "A", "2"), fig("b", "101", d17, "B", "3").back()},
			[]string{"arithmetic: a,b,x"}},
		{"told in all: 150 each way make 300", []spec{fig("x", "300", d17, "Mediator", "1").both(),
			fig("a", "150", d17, "A", "2"), fig("b", "150", d17, "B", "3").back()}, nil},
		{"told per side: 1,000 for 19, the swap of 1,000", []spec{fig("x", "1,000", d17, "Mediator", "1").both(),
			fig("a", "1,000", d17, "A", "2"), fig("b", "19", d17, "B", "3").back()}, nil},
		{"one way below the whole: a part, the other way not given", []spec{fig("x", "more than 300", d17, "Officials", "1").both(),
			fig("a", "189", d17, "A", "2")}, nil},
		{"a round whole that the sum rounds to", []spec{fig("x", "about 300", d17, "Mediator", "1").both(),
			fig("a", "150", d17, "A", "2"), fig("b", "143", d17, "B", "3").back()}, nil},
		{"another day", []spec{fig("x", "19", d17, "Negotiator", "1").both(), fig("a", "1,000", d18, "Headquarters", "2")}, nil},
		{"an event against a running total", []spec{fig("x", "19", d17, "Negotiator", "1").both().event(), fig("a", "1,000", d17, "Headquarters", "2")}, nil},
		{"an agreement is not an exchange done", []spec{fig("x", "19", d17, "Negotiator", "1").both().kindOf(claims.Agreed),
			fig("a", "1,000", d17, "Headquarters", "2")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checked(t, tt.specs, ofRule("exchange"))
			if diff := cmp.Diff(tt.want, sortedSummary(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestExchangeWords checks what the finding says, and that it goes to
// review when it stands on a figure that does not say whether it is one
// event or a running total, from another voice than the stated total.
func TestExchangeWords(t *testing.T) {
	x := fig("x", "19", "2025-07-17", "Negotiator", "1").both()
	x.scope = "" // "the swap of 19", no scope stated
	specs := []spec{x, fig("a", "1,000", "2025-07-17", "Headquarters", "2")}
	var got []compare.Finding
	for _, f := range compare.Check(build(t, specs), compare.Options{}) {
		if f.Rule == "exchange" {
			got = append(got, f)
		}
	}
	require.Len(t, got, 1)
	f := got[0]
	want := "19 bodies exchanged between Russia and Ukraine (Negotiator, 17 July 2025) is neither what each side handed over nor both ways together: Russia alone handed over 1,000 to Ukraine (Headquarters, 17 July 2025)."
	if f.Explanation != want {
		t.Errorf("explanation\n got %q\nwant %q", f.Explanation, want)
	}
	if !f.ForReview() || !strings.Contains(f.Review, "whether 19 (Negotiator) is one event or a running total, which it does not say") {
		t.Errorf("want a finding for review on the unstated scope of 19, got review %q", f.Review)
	}
	// The gap is under the tolerance: a round 1,000 stands for what rounds to it.
	if f.Arithmetic.Left.String() != "19" || f.Arithmetic.Right.String() != "1000" || f.Arithmetic.Gap.String() != "481" {
		t.Errorf("arithmetic %+v", f.Arithmetic)
	}
}

// TestImbalanceOnce: one voice tells the same day's figures each way in a
// headline that gives no scope and in a body that tells them as one
// handover. The imbalance is one discrepancy, found once with both pairs as
// its instances; figures that differ between the two tellings stay apart.
func TestImbalanceOnce(t *testing.T) {
	const day = "2025-10-23"
	unscoped := func(s spec) spec { s.scope = ""; return s }
	tests := []struct {
		name      string
		specs     []spec
		want      []string
		instances []int
	}{
		{"headline and body, the same figures", []spec{
			unscoped(fig("h1", "1,000", day, "Envoy", "1")), unscoped(fig("h2", "31", day, "Envoy", "1").back()),
			fig("b1", "1,000", day, "Envoy", "2").event(), fig("b2", "31", day, "Envoy", "2").back().event()},
			[]string{"imbalance: b1,b2,h1,h2"}, []int{2}},
		{"headline and body, other figures", []spec{
			unscoped(fig("h1", "1,000", day, "Envoy", "1")), unscoped(fig("h2", "31", day, "Envoy", "1").back()),
			fig("b1", "1,000", day, "Envoy", "2").event(), fig("b2", "19", day, "Envoy", "2").back().event()},
			[]string{"imbalance: b1,b2", "imbalance: h1,h2"}, []int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checked(t, tt.specs, ofType(compare.Imbalance))
			var instances []int
			for _, f := range got {
				instances = append(instances, len(f.Instances))
			}
			if diff := cmp.Diff(tt.want, sortedSummary(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.instances, instances); diff != "" {
				t.Errorf("instances (-want +got):\n%s", diff)
			}
		})
	}
}
