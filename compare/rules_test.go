package compare_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// fig is a figure for the rule tables: bodies from Russia to Ukraine (or
// back, when back is set), a completed running total unless kind or scope
// say otherwise, said by speaker in document doc as of date.
func fig(id, qty, date, speaker, doc string) spec {
	return spec{id: id, measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: claims.Total,
		qty: qty, asOf: date, speaker: speaker, doc: doc, outlet: "Outlet " + doc}
}

func (s spec) back() spec                       { s.from, s.to = s.to, s.from; return s }
func (s spec) event() spec                      { s.scope = claims.Event; return s }
func (s spec) kindOf(k claims.Kind) spec        { s.kind, s.scope = k, ""; return s }
func (s spec) both() spec                       { s.mutual = true; return s }
func (s spec) changeOf(d claims.Direction) spec { s.change = d; return s }
func (s spec) undated(pub string) spec {
	s.asOf, s.published = "", pub
	return s
}
func (s spec) wire(outlet, via string) spec { s.outlet, s.via, s.speaker = outlet, via, ""; return s }
func (s spec) told(day string) spec         { s.published = day; return s }
func (s spec) said(start, end int) spec     { s.sentence = claims.Span{Start: start, End: end}; return s }

// findingsAre checks specs with the default options and reports an error,
// with each finding's explanation, unless the findings are want (as
// sortedSummary writes them); it returns the findings.
func findingsAre(t *testing.T, specs []spec, want []string) []compare.Finding {
	t.Helper()
	fs := compare.Check(build(t, specs), compare.Options{})
	if diff := cmp.Diff(want, sortedSummary(fs)); diff != "" {
		for _, f := range fs {
			t.Log(f.Explanation)
		}
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	return fs
}

// sortedSummary is "type: id,id" per finding, ids sorted, findings sorted.
func sortedSummary(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		var xs []string
		for _, c := range f.Claims {
			xs = append(xs, c.ID)
		}
		slices.Sort(xs)
		out = append(out, string(f.Type)+": "+strings.Join(xs, ","))
	}
	slices.Sort(out)
	return out
}

func TestRules(t *testing.T) {
	const d16, d19 = "2025-06-16", "2025-06-19"
	tests := []struct {
		name  string
		specs []spec
		want  []string
	}{
		// conflict
		{"conflict: two figures for one day", []spec{fig("a", "78", d16, "A", "1").back(), fig("b", "57", d16, "B", "2").back()},
			[]string{"conflict: a,b"}},
		{"conflict: one speaker, two figures for one day", []spec{fig("a", "78", d16, "A", "1"), fig("b", "57", d16, "A", "1")},
			[]string{"conflict: a,b"}},
		{"no conflict: 6,000 and more than 6,000", []spec{fig("a", "6,000", d19, "A", "1"), fig("b", "more than 6,000", d19, "B", "2")},
			[]string{"corroboration: a,b"}},
		{"no corroboration: just over 80,000 beside 700,000", []spec{fig("a", "just over 80,000", d19, "A", "1"), fig("b", "700,000", d19, "B", "2")},
			nil},
		{"corroboration: more than 2,000 twice, not more than 500", []spec{fig("a", "more than 2,000", d19, "A", "1"),
			fig("b", "more than 2,000", d19, "B", "2"), fig("c", "more than 500", d19, "C", "3")},
			[]string{"corroboration: a,b"}},
		{"corroboration: a round figure and one just above, not the far one", []spec{fig("a", "6,000", d19, "A", "1"),
			fig("b", "more than 6,000", d19, "B", "2"), fig("c", "at least 1,000", d19, "C", "3")},
			[]string{"corroboration: a,b"}},
		{"no conflict: 6,060 and 6,000 of another day", []spec{fig("a", "6,060", d16, "A", "1"), fig("b", "6,000", d19, "B", "2")},
			nil},
		{"no conflict: one offer said three times", []spec{
			fig("a", "3,000", d19, "A", "1").kindOf(claims.Offered), fig("b", "nearly 3,000", d19, "A", "1").kindOf(claims.Offered),
			fig("c", "3,000", d19, "A", "1").kindOf(claims.Offered)}, nil},
		{"conflict: undated figures, as of publication", []spec{fig("a", "6,057", "", "A", "1").undated(d16), fig("b", "6,060", "", "B", "2").undated(d16)},
			[]string{"conflict: a,b"}},
		{"no conflict: an event and a total", []spec{fig("a", "1,245", d16, "A", "1").event(), fig("b", "6,057", d16, "B", "2")}, nil},
		{"no conflict: figures that do not say what they count", []spec{
			{id: "a", qty: "25", asOf: d16, speaker: "A", doc: "1"}, {id: "b", qty: "3", asOf: d16, speaker: "B", doc: "2"}}, nil},
		{"conflict: a total over a period and one as of its last day", []spec{fig("a", "3,600", "2025-06-09/2025-06-14", "A", "1"),
			fig("b", "2,400", "2025-06-14", "B", "2")}, []string{"conflict: a,b"}},
		{"no conflict: a lower figure of no stated scope may be an event", []spec{func() spec { s := fig("a", "1,245", d16, "A", "1"); s.scope = ""; return s }(),
			fig("b", "6,057", d16, "B", "2")}, nil},
		{"conflict: a higher figure of no stated scope", []spec{fig("a", "1,245", d16, "A", "1"),
			func() spec { s := fig("b", "6,057", d16, "B", "2"); s.scope = ""; return s }()}, []string{"conflict: a,b"}},
		{"no conflict: who gives and who receives are different counts", []spec{
			{id: "a", measure: "bodies", to: "Ukraine", kind: claims.Completed, qty: "6,057", asOf: d16, speaker: "A", doc: "1"},
			{id: "b", measure: "bodies", from: "Ukraine", kind: claims.Completed, qty: "78", asOf: d16, speaker: "B", doc: "2"}}, nil},
		{"no conflict: a confirmed count under an estimate", []spec{fig("a", "50", d16, "A", "1"), fig("b", "about 120", d16, "B", "2").kindOf(claims.Estimated)},
			nil},
		// A share is no floor under an estimate: a final share of a vote
		// below the preliminary estimate of it cannot both hold.
		{"conflict: a confirmed share under an estimated one", []spec{
			{id: "a", measure: "votes", from: "Okafor", kind: claims.Completed, qty: "71.2%", asOf: d16, speaker: "Court", doc: "1"},
			{id: "b", measure: "votes", from: "Okafor", kind: claims.Estimated, qty: "almost 88%", asOf: d16, speaker: "Commission", doc: "2"}},
			[]string{"conflict: a,b"}},
		{"no conflict: a confirmed share within the estimate", []spec{
			{id: "a", measure: "votes", from: "Okafor", kind: claims.Completed, qty: "71.2%", asOf: d16, speaker: "Court", doc: "1"},
			{id: "b", measure: "votes", from: "Okafor", kind: claims.Estimated, qty: "about 71%", asOf: d16, speaker: "Commission", doc: "2"}},
			[]string{"corroboration: a,b"}},
		{"conflict: two estimates", []spec{fig("a", "81,000", d16, "A", "1").kindOf(claims.Estimated), fig("b", "700,000", d16, "B", "2").kindOf(claims.Estimated)},
			[]string{"conflict: a,b"}},
		{"no conflict: no dates at all, two reports", []spec{fig("a", "78", "", "A", "1"), fig("b", "57", "", "B", "2")}, nil},
		{"conflict: no dates at all, one report", []spec{fig("a", "78", "", "A", "1"), fig("b", "57", "", "B", "1")},
			[]string{"conflict: a,b"}},
		// regression
		{"regression: 78 then 57", []spec{fig("a", "78", d16, "A", "1").back(), fig("b", "57", d19, "B", "2").back()},
			[]string{"regression: a,b"}},
		{"no regression: 57 then 78", []spec{fig("a", "57", d16, "A", "1").back(), fig("b", "78", d19, "B", "2").back()}, nil},
		{"no regression: events", []spec{fig("a", "1,245", d16, "A", "1").event(), fig("b", "1,200", d19, "B", "2").event()}, nil},
		{"no regression: a round figure", []spec{fig("a", "6,060", d16, "A", "1"), fig("b", "6,000", d19, "B", "2")}, nil},
		// jump
		{"jump: one report, 3,600 then more than 6,000", []spec{fig("a", "3,600", "2025-06-09/2025-06-14", "", "1"), fig("b", "more than 6,000", d19, "B", "1")},
			[]string{"jump: a,b"}},
		{"no jump: two reports", []spec{fig("a", "3,600", "2025-06-14", "A", "1"), fig("b", "more than 6,000", d19, "B", "2")}, nil},
		{"no jump: a modest rise", []spec{fig("a", "100", "2025-06-14", "A", "1"), fig("b", "120", d19, "B", "1")}, nil},
		{"no jump: the report's own events explain the rise", []spec{fig("a", "1,212", "2025-06-11", "H", "1"), fig("e", "1,200", "2025-06-13", "H", "1").event(), fig("b", "2,412", "2025-06-13", "H", "1")}, nil},
		{"jump: the report's other figures of the later day rise too", []spec{fig("a", "320", "2025-06-14", "A", "1"),
			fig("b", "2,053", "2025-06-15", "B", "1"), fig("c", "more than 2,000", "2025-06-15", "C", "1"), fig("d", "more than 200", "2025-06-15", "D", "1")},
			[]string{"jump: a,b,c"}},
		{"jump: the report's events explain only part of the rise", []spec{fig("a", "1,212", "2025-06-11", "H", "1"), fig("e", "300", "2025-06-13", "H", "1").event(), fig("b", "2,412", "2025-06-13", "H", "1")},
			[]string{"jump: a,b"}},
		{"jump: another report's events do not explain this one's rise", []spec{fig("a", "1,212", "2025-06-11", "H", "1"), fig("e", "1,200", "2025-06-13", "K", "2").event(), fig("b", "2,412", "2025-06-13", "H", "1")},
			[]string{"jump: a,b"}},
		// imbalance
		{"imbalance: 500 released, 400 back", []spec{fig("a", "500", d19, "A", "1"), fig("b", "400", d19, "A", "1").back()},
			[]string{"imbalance: a,b"}},
		{"no imbalance: two voices, nothing says it was an exchange", []spec{fig("a", "500", d19, "A", "1"), fig("b", "400", d19, "B", "2").back()}, nil},
		{"imbalance: two voices under an exchange", []spec{fig("x", "1,000-for-1,000", "2025-06-02", "", "0").kindOf(claims.Agreed).both(),
			fig("a", "1,000", d19, "A", "1"), fig("b", "400", d19, "B", "2").back()},
			[]string{"imbalance: a,b", "shortfall: b,x"}},
		{"no imbalance: 500 each way", []spec{fig("a", "500", d19, "A", "1"), fig("b", "500", d19, "A", "1").back()}, nil},
		{"no imbalance: different days", []spec{fig("a", "500", d16, "A", "1"), fig("b", "400", d19, "A", "1").back()}, nil},
		// shortfall
		{"shortfall: an exchange of 1,200, 500 and 400 done", []spec{fig("x", "1,200", d16, "A", "1").kindOf(claims.Agreed).both(),
			fig("a", "500", d19, "A", "1"), fig("b", "500", d19, "A", "1").back()},
			[]string{"shortfall: a,b,x"}},
		{"no shortfall: 100 for 100, done", []spec{fig("x", "100-for-100", d16, "A", "1").kindOf(claims.Agreed).both(),
			fig("a", "100", d19, "A", "1"), fig("b", "100", d19, "A", "1").back()}, nil},
		{"no shortfall: done before the agreement", []spec{fig("x", "100-for-100", d19, "A", "1").kindOf(claims.Agreed).both(),
			fig("a", "40", d16, "A", "1")}, nil},
		// exceeds
		{"exceeds: more than 6,000 and 3,000 more against 6,000", []spec{fig("x", "6,000-for-6,000", "2025-06-02", "", "1").kindOf(claims.Agreed).both(),
			fig("a", "more than 6,000", d19, "A", "1"), fig("o", "3,000", d19, "A", "1").kindOf(claims.Offered)},
			[]string{"exceeds: a,o,x"}},
		{"no exceeds: 2,000 and 3,000 more against 6,000", []spec{fig("x", "6,000-for-6,000", "2025-06-02", "", "1").kindOf(claims.Agreed).both(),
			fig("a", "2,000", d19, "A", "1"), fig("o", "3,000", d19, "A", "1").kindOf(claims.Offered)},
			[]string{"shortfall: a,x"}},
		// arithmetic
		{"arithmetic: five handovers against 6,060", handovers("6,060"), []string{"arithmetic: b,e1,e2,e3,e4,e5"}},
		{"no arithmetic: five handovers against 6,057", handovers("6,057"), nil},
		{"arithmetic: events beyond the total", []spec{fig("e1", "300", "2025-06-11", "A", "1").event(), fig("e2", "300", "2025-06-12", "A", "2").event(),
			fig("b", "500", d16, "B", "3")}, []string{"arithmetic: b,e1,e2"}},
		{"no arithmetic: events well short of the total", []spec{fig("e1", "100", "2025-06-11", "A", "1").event(), fig("e2", "100", "2025-06-12", "A", "2").event(),
			fig("b", "6,057", d16, "B", "3")}, nil},
		{"no arithmetic: one event", []spec{fig("e1", "1,212", "2025-06-11", "A", "1").event(), fig("b", "6,057", d16, "B", "3")}, nil},
		// echo and corroboration
		{"echo: one wire story in three outlets", []spec{fig("a", "6,057", d16, "", "1").wire("Kyiv Post", "Reuters"),
			fig("b", "6,057", d16, "", "2").wire("Al Jazeera", "Reuters"), fig("c", "6,057", d16, "", "3").wire("The Moscow Times", "Reuters")},
			[]string{"echo: a,b,c"}},
		{"no echo: one outlet repeating itself", []spec{fig("a", "6,057", d16, "A", "1"), fig("b", "6,057", d16, "A", "1")}, nil},
		{"corroboration: a speaker and a wire", []spec{fig("a", "6,057", d16, "", "1").wire("Kyiv Post", "Reuters"), fig("b", "6,057", d16, "HQ", "2")},
			[]string{"corroboration: a,b"}},
		// withheld
		{"withheld", []spec{fig("w", "", "2025-06-20", "Ministry", "1").kindOf(claims.Withheld)}, []string{"withheld: w"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := findingsAre(t, tt.specs, tt.want)
			for _, f := range fs {
				if f.Explanation == "" || !strings.HasSuffix(f.Explanation, ".") {
					t.Errorf("%s: explanation %q is not a sentence", f.Type, f.Explanation)
				}
			}
		})
	}
}

// handovers are five single-day handovers summing to 6,057 and a total.
func handovers(total string) []spec {
	return []spec{
		fig("e1", "1,212", "2025-06-11", "HQ", "1").event(), fig("e2", "1,200", "2025-06-13", "HQ", "2").event(),
		fig("e3", "1,200", "2025-06-14", "HQ", "3").event(), fig("e4", "1,200", "2025-06-15", "HQ", "4").event(),
		fig("e5", "1,245", "2025-06-16", "HQ", "5").event(), fig("b", total, "2025-06-16", "B", "6"),
	}
}

func TestUndatedSaysSo(t *testing.T) {
	fs := compare.Check(build(t, []spec{fig("a", "6,057", "", "A", "1").undated("2025-06-16"), fig("b", "6,060", "", "B", "2").undated("2025-06-16")}), compare.Options{})
	// The publication date stands in for the as-of date: a default, so the
	// conflict is for review, and says why.
	if len(fs) != 1 || !strings.Contains(fs[0].Explanation, "neither gives a date; both are taken as of publication") ||
		!fs[0].ForReview() || fs[0].Confidence != claims.Defaulted || fs[0].Severity != compare.Low ||
		!strings.Contains(fs[0].Review, "the dates of 6,057 (A) and 6,060 (B), taken from the publication date") {
		t.Fatalf("want one conflict for review that says the figures are undated, got %v", fs)
	}
}

func TestOrderDoesNotMatter(t *testing.T) {
	cs := build(t, crossSpecs())
	want := compare.Check(cs, compare.Options{})
	rev := slices.Clone(cs)
	slices.Reverse(rev)
	got := compare.Check(rev, compare.Options{})
	if diff := cmp.Diff(summary(want), summary(got)); diff != "" {
		t.Errorf("reversed input (-want +got):\n%s", diff)
	}
}

func TestTolerancePolicy(t *testing.T) {
	specs := []spec{fig("a", "6,060", "2025-06-16", "A", "1"), fig("b", "6,057", "2025-06-16", "B", "2")}
	for _, tt := range []struct {
		name string
		opts compare.Options
		want []string
	}{
		{"default: 6,060 is exact", compare.Options{}, []string{"conflict: a,b"}},
		{"every zero rounds", compare.Options{ExactDigits: -1}, []string{"corroboration: a,b"}},
		{"literal", compare.Options{Tolerance: &claims.Tolerance{}}, []string{"conflict: a,b"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sortedSummary(compare.Check(build(t, specs), tt.opts))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestExplanationGrammar checks the words that depend on a count: one
// source "gives" the sum where several "give" it, and a rise is "in 1 day".
func TestExplanationGrammar(t *testing.T) {
	tests := []struct {
		name  string
		specs []spec
		typ   compare.Type
		want  string
	}{
		{"one source gives the sum", append(handovers("6,060"), fig("c", "6,057", "2025-06-16", "C", "7")),
			compare.Arithmetic, ", while C gives the sum."},
		{"two sources give the sum", append(handovers("6,060"), fig("c", "6,057", "2025-06-16", "C", "7"), fig("d", "6,057", "2025-06-16", "D", "8")),
			compare.Arithmetic, ", while C and D give the sum."},
		{"a rise in one day", []spec{fig("a", "100", "2025-06-14", "A", "1"), fig("b", "300", "2025-06-15", "A", "1")},
			compare.Jump, " in 1 day that it does not explain."},
		{"a rise in five days", []spec{fig("a", "100", "2025-06-14", "A", "1"), fig("b", "300", "2025-06-19", "A", "1")},
			compare.Jump, " in 5 days that it does not explain."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range compare.Check(build(t, tt.specs), compare.Options{}) {
				if f.Type == tt.typ {
					got = append(got, f.Explanation)
				}
				for _, r := range f.Also { // folded into a finding of another type
					if r.Type == tt.typ {
						got = append(got, r.Explanation)
					}
				}
			}
			require.Len(t, got, 1, "want one %s finding", tt.typ)
			if !strings.HasSuffix(got[0], tt.want) {
				t.Errorf("explanation %q does not end %q", got[0], tt.want)
			}
		})
	}
}

// A rise or a fall that one sentence of a report tells, the figure and the
// one it is compared with ("rose from 100 to 300 on Sunday", "fell from
// 120 to 80"), is the report's own account: no jump, no regression. Told
// in two sentences, it is one.
func TestChangeToldInOneSentence(t *testing.T) {
	for _, tt := range []struct {
		name  string
		specs []spec
		want  []string
	}{
		{"a rise in one sentence", []spec{fig("a", "100", "2025-06-14", "A", "1").said(10, 80), fig("b", "300", "2025-06-15", "A", "1").said(10, 80)}, nil},
		{"a rise in two sentences", []spec{fig("a", "100", "2025-06-14", "A", "1").said(10, 80), fig("b", "300", "2025-06-15", "A", "1").said(81, 140)},
			[]string{"jump: a,b"}},
		{"a fall in one sentence", []spec{fig("a", "120", "2025-06-14", "A", "1").said(10, 80), fig("b", "80", "2025-06-15", "A", "1").said(10, 80)}, nil},
		{"a fall in two sentences", []spec{fig("a", "120", "2025-06-14", "A", "1").said(10, 80), fig("b", "80", "2025-06-15", "A", "1").said(81, 140)},
			[]string{"regression: a,b"}},
		{"one span in two documents", []spec{fig("a", "120", "2025-06-14", "A", "1").said(10, 80), fig("b", "80", "2025-06-15", "A", "2").said(10, 80)},
			[]string{"regression: a,b"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sortedSummary(compare.Check(build(t, tt.specs), compare.Options{}))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
