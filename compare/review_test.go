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

// reviewSummary is "type: ids" per finding, ids sorted, with "review " in
// front of the findings for review; findings sorted.
func reviewSummary(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		var xs []string
		for _, c := range f.Claims {
			xs = append(xs, c.ID)
		}
		slices.Sort(xs)
		s := string(f.Type) + ": " + strings.Join(xs, ",")
		if f.ForReview() {
			s = "review " + s
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func (s spec) scopeOf(sc claims.Scope) spec { s.scope = sc; return s }

// conf returns s with the confidence its source gives, as
// "subject=defaulted; as_of=inferred".
func (s spec) conf(fields string) spec { s.confidence = fields; return s }

// TestLikeWithLike checks that findings compare like with like and that a
// finding standing on a field its source inferred or defaulted is for
// review, never a serious finding.
func TestLikeWithLike(t *testing.T) {
	const d16, d18, d19 = "2025-06-16", "2025-06-18", "2025-06-19"
	tests := []struct {
		name  string
		specs []spec
		want  []string
	}{
		// Running-total rules only over figures read as totals.
		{"a shrinking total across outlets and speakers", []spec{fig("a", "6,060", d16, "Medinsky", "tass"), fig("b", "5,990", d18, "Lubinets", "pravda")},
			[]string{"regression: a,b"}},
		{"a handover read as a total, for review", []spec{fig("a", "6,060", d16, "Medinsky", "tass"),
			fig("b", "1,000", d19, "HQ", "ki").conf("scope=inferred")}, []string{"review regression: a,b"}},
		{"an estimate of no stated scope is no running total", []spec{fig("a", "300,000", d16, "CGT", "1").kindOf(claims.Estimated),
			fig("b", "31,000", d19, "Police", "2").kindOf(claims.Estimated)}, nil},
		{"a completed figure of no stated scope, for review", []spec{fig("a", "78", d16, "Medinsky", "tass").back(),
			fig("b", "57", d19, "Putin", "ria").back().scopeOf("")}, []string{"review regression: a,b"}},
		{"a percentage is no running total", []spec{fig("a", "84%", d16, "A", "1"), fig("b", "46%", d19, "B", "2")}, nil},
		{"an offer read as done, for review", []spec{fig("a", "6,060", d16, "Medinsky", "tass"),
			fig("b", "3,000", d19, "TASS", "tass2").conf("kind=inferred")}, []string{"review regression: a,b"}},
		// A total that another report gives as the handover of its day.
		{"a total that is the day's handover in another report, for review", []spec{
			fig("a", "4,120", "2025-05-03", "Desk", "1").event(), fig("b", "800", "2025-08-09", "Desk", "2").event(),
			fig("c", "800", "2025-08-09", "Bureau", "3")},
			[]string{"review arithmetic: a,b,c"}},
		{"a running total that falls to the day's handover of another report, for review", []spec{
			fig("a", "4,120", "2025-05-03", "Desk", "1"), fig("b", "800", "2025-08-09", "Wire", "2").event(),
			fig("c", "800", "2025-08-09", "Bureau", "3")},
			[]string{"review regression: a,c"}},
		{"a total the same report gives as an event too is no twin", []spec{
			fig("a", "4,120", "2025-05-03", "Desk", "1"), fig("b", "800", "2025-08-09", "Bureau", "3").event(),
			fig("c", "800", "2025-08-09", "Bureau", "3")},
			[]string{"regression: a,c"}},
		{"a hedged total is no twin of an exact event", []spec{
			fig("a", "4,120", "2025-05-03", "Desk", "1"), fig("b", "800", "2025-08-09", "Wire", "2").event(),
			fig("c", "about 800", "2025-08-09", "Bureau", "3")},
			[]string{"regression: a,c"}},
		// One dated handover against the figure for the period it lies in.
		{"one handover a little short of its month's figure, for review", []spec{
			fig("a", "4,215", "2025-04-01/2025-04-30", "Desk", "1").event(), fig("b", "4,190", "2025-04-22", "Bureau", "2").event()},
			[]string{"review arithmetic: a,b"}},
		{"one handover beyond its month's figure", []spec{
			fig("a", "2,310", "2025-04-01/2025-04-30", "Desk", "1").event(), fig("b", "2,705", "2025-04-22", "Bureau", "2").event()},
			[]string{"arithmetic: a,b"}},
		{"one handover far short of its month's figure is a part of it", []spec{
			fig("a", "4,215", "2025-04-01/2025-04-30", "Desk", "1").event(), fig("b", "900", "2025-04-22", "Bureau", "2").event()},
			nil},
		{"one handover a little short of its month's total, for review", []spec{
			fig("a", "4,215", "2025-04-01/2025-04-30", "Desk", "1"), fig("b", "4,190", "2025-04-22", "Bureau", "2").event()},
			[]string{"review arithmetic: a,b"}},
		// A figure for a period up to the day of its report ("since
		// Monday", published Thursday) may count that day's events or not.
		{"an event of the day a period's figure was told, above it, for review", []spec{
			fig("a", "2", "2025-04-06/2025-04-09", "Desk", "1").event().told("2025-04-09"),
			fig("b", "3", "2025-04-09", "Bureau", "2").event()},
			[]string{"review arithmetic: a,b"}},
		{"an event of the last day of a period told later, above it", []spec{
			fig("a", "2", "2025-04-06/2025-04-09", "Desk", "1").event().told("2025-04-10"),
			fig("b", "3", "2025-04-09", "Bureau", "2").event()},
			[]string{"arithmetic: a,b"}},
		{"an event before the day a period's figure was told, above it", []spec{
			fig("a", "2", "2025-04-06/2025-04-09", "Desk", "1").event().told("2025-04-09"),
			fig("b", "3", "2025-04-08", "Bureau", "2").event()},
			[]string{"arithmetic: a,b"}},
		{"a total since a date counts no event before it", []spec{
			fig("a", "more than 2,400", "2023-05-01/2025-04-30", "Desk", "1"),
			fig("b", "3,150", "2023-02-10", "Bureau", "2").event(), fig("c", "700", "2025-04-22", "Bureau", "3").event()},
			nil},
		// Figures a hundred times apart count different things more likely
		// than they estimate one.
		{"a crowd of dozens against one of a million, for review", []spec{
			{id: "a", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "38", asOf: d16, speaker: "Union", doc: "1"},
			{id: "b", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "1.1 million", asOf: d16, speaker: "Prefecture", doc: "2"}},
			[]string{"review conflict: a,b"}},
		{"one figure far below two rival estimates", []spec{
			{id: "a", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "about 21", asOf: d16, speaker: "Outlet", doc: "1"},
			{id: "b", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "between 60,000 and 72,000", asOf: d16, speaker: "Police", doc: "2"},
			{id: "c", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "between 190,000 and 230,000", asOf: d16, speaker: "Organisers", doc: "3"}},
			[]string{"conflict: b,c", "review conflict: a,b"}},
		{"rival estimates ninety times apart", []spec{
			{id: "a", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "1,000", asOf: d16, speaker: "Police", doc: "1"},
			{id: "b", measure: "protesters", from: "Lyon", kind: claims.Estimated, qty: "90,000", asOf: d16, speaker: "Organisers", doc: "2"}},
			[]string{"conflict: a,b"}},
		// A change is no level.
		{"a rise is no running total that fell", []spec{fig("a", "211", d16, "A", "1"), fig("b", "11", d19, "B", "2").changeOf(claims.Up)}, nil},
		{"a rise is no level that conflicts", []spec{fig("a", "211", d16, "A", "1"), fig("b", "11", d16, "B", "2").changeOf(claims.Up)}, nil},
		{"two rises of one day that cannot both hold", []spec{fig("a", "11", d16, "A", "1").changeOf(claims.Up),
			fig("b", "40", d16, "B", "2").changeOf(claims.Up)}, []string{"conflict: a,b"}},
		// Events are never totals.
		{"an event against a total", []spec{fig("a", "1,245", d16, "A", "1").event(), fig("b", "6,057", d16, "B", "2")}, nil},
		// Agreed and offered figures meet completed ones only in shortfall and exceeds.
		{"an agreement is no running total: only a shortfall", []spec{fig("a", "6,057", d16, "A", "1").kindOf(claims.Agreed), fig("b", "1,000", d19, "B", "2")},
			[]string{"shortfall: a,b"}},
		{"no shortfall against a total that counts from before the deal", []spec{
			fig("x", "1,000", "2025-05-16", "A", "1").kindOf(claims.Agreed).both(),
			fig("a", "more than 5,000", "2022-03-01/2025-07-17", "B", "2")}, nil},
		// Figures that name no party or place.
		{"shares of no named party", []spec{
			{id: "a", measure: "votes", kind: claims.Estimated, qty: "58%", asOf: d16, speaker: "A", doc: "1"},
			{id: "b", measure: "votes", kind: claims.Estimated, qty: "94%", asOf: d16, speaker: "B", doc: "2"}}, nil},
		// Dates.
		{"a conflict on publication dates, for review", []spec{fig("a", "6,057", d16, "A", "1").conf("as_of=defaulted"), fig("b", "6,060", d16, "B", "2")},
			[]string{"review conflict: a,b"}},
		{"a conflict on stated dates", []spec{fig("a", "6,057", d16, "A", "1"), fig("b", "6,060", d16, "B", "2")},
			[]string{"conflict: a,b"}},
		{"two voices of one report, both dated by its publication, share that date", []spec{
			fig("a", "245,000", d16, "Unions", "1").conf("as_of=defaulted"), fig("b", "32,000", d16, "Police", "1").conf("as_of=defaulted")},
			[]string{"conflict: a,b"}},
		{"two reports dated by their publications do not", []spec{
			fig("a", "245,000", d16, "Unions", "1").conf("as_of=defaulted"), fig("b", "32,000", d16, "Police", "2").conf("as_of=defaulted")},
			[]string{"review conflict: a,b"}},
		{"one report, one figure dated by the publication and one by its text", []spec{
			fig("a", "245,000", d16, "Unions", "1").conf("as_of=defaulted"), fig("b", "32,000", d16, "Police", "1")},
			[]string{"review conflict: a,b"}},
		{"one voice's two directions share its date, whatever it is", []spec{
			fig("a", "6,000", d19, "Putin", "1").conf("as_of=defaulted"), fig("b", "57", d19, "Putin", "1").back().conf("as_of=defaulted")},
			[]string{"imbalance: a,b"}},
		{"two voices' directions on publication dates, for review", []spec{fig("x", "1,000-for-1,000", "2025-06-02", "", "0").kindOf(claims.Agreed).both(),
			fig("a", "1,000", d19, "A", "1").conf("as_of=defaulted"), fig("b", "19", d19, "B", "2").back()},
			[]string{"review imbalance: a,b", "shortfall: b,x"}},
		// Parties.
		{"the other party a default, the pair named in the same report", []spec{
			fig("a", "6,000", d19, "Putin", "1"), fig("b", "57", d19, "Putin", "1").back().conf("subject=defaulted"),
			fig("c", "78", d16, "Medinsky", "2").back()},
			[]string{"imbalance: a,b", "regression: b,c"}},
		{"the other party a default, the pair named nowhere in the report", []spec{
			fig("b", "57", d19, "Putin", "1").back().conf("subject=defaulted"), fig("c", "78", d16, "Medinsky", "2").back()},
			[]string{"review regression: b,c"}},
		{"a direction read backwards, for review", []spec{fig("x", "1,000-for-1,000", "2025-06-02", "", "0").kindOf(claims.Agreed).both(),
			fig("a", "1,000", d19, "Medinsky", "1").event(), fig("b", "31", d19, "Medinsky", "1").event().conf("subject=inferred; recipient=inferred")},
			[]string{"review conflict: a,b"}},
		// One voice giving two figures for one count at one time.
		{"one voice, one report: a breakdown, not a conflict", []spec{
			{id: "a", measure: "deaths", from: "Al Haouz", kind: claims.Estimated, qty: "290", asOf: d16, speaker: "Ministry", doc: "1"},
			{id: "b", measure: "deaths", from: "Al Haouz", kind: claims.Estimated, qty: "190", asOf: d16, speaker: "Ministry", doc: "1"}},
			[]string{"review conflict: a,b"}},
		{"one voice, two reports: a conflict", []spec{fig("a", "6,060", d16, "Medinsky", "1"), fig("b", "6,057", d16, "Medinsky", "2")},
			[]string{"conflict: a,b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := compare.Check(build(t, tt.specs), compare.Options{})
			for _, f := range fs {
				if f.ForReview() {
					require.LessOrEqual(t, f.Severity, compare.Low, f.Explanation)
					require.NotEmpty(t, f.Review)
				}
			}
			var got []string
			for _, s := range reviewSummary(fs) {
				if !strings.Contains(s, "corroboration") && !strings.Contains(s, "echo") {
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				for _, f := range fs {
					t.Log(f.Explanation, f.Review)
				}
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOneFindingPerDiscrepancy checks that a running total that falls
// below its peak in several later reports is one regression listing them
// all, and that the figures of one count and date that disagree are one
// conflict.
func TestOneFindingPerDiscrepancy(t *testing.T) {
	specs := []spec{fig("peak", "6,060", "2025-06-16", "Medinsky", "0")}
	for i, d := range []string{"17", "18", "19", "20", "21", "22", "23", "24"} {
		specs = append(specs, fig("low"+d, []string{"5,990", "5,991", "5,992", "5,993", "5,994", "5,995", "5,996", "5,997"}[i], "2025-06-"+d, "Speaker "+d, d))
	}
	fs := compare.Check(build(t, specs), compare.Options{})
	require.Len(t, fs, 1, reviewSummary(fs))
	f := fs[0]
	require.Equal(t, compare.Regression, f.Type)
	require.Len(t, f.Claims, 9)
	require.Len(t, f.Instances, 8)
	for _, in := range f.Instances {
		require.Equal(t, "peak", f.Claims[in.Claims[0]].ID)
		require.True(t, strings.HasPrefix(f.Claims[in.Claims[1]].ID, "low"))
	}
	require.Contains(t, f.Explanation, "falls from 6,060 (Medinsky, 16 June 2025) to 5,990 (Speaker 17, 17 June 2025), 5,991")
	require.Equal(t, "70", f.Arithmetic.Gap.String(), "the arithmetic is that of the largest fall")

	fs = compare.Check(build(t, []spec{
		fig("a", "112,000", "2023-05-01", "Police", "1").kindOf(claims.Estimated),
		fig("b", "550,000", "2023-05-01", "CGT", "2").kindOf(claims.Estimated),
		fig("c", "800,000", "2023-05-01", "Organisers", "3").kindOf(claims.Estimated),
	}), compare.Options{})
	require.Len(t, fs, 1, reviewSummary(fs))
	require.Equal(t, compare.Conflict, fs[0].Type)
	require.Len(t, fs[0].Instances, 2)
	require.Contains(t, fs[0].Explanation, "Police, CGT and Organisers give 3 different figures")
}

// TestPeriodArithmetic checks the handovers dated within a period against
// the figure stated for the period.
func TestPeriodArithmetic(t *testing.T) {
	specs := []spec{fig("june", "6,060", "2025-06-01/2025-06-30", "TASS", "t").event()}
	for i, d := range []string{"11", "13", "14", "15", "16"} {
		specs = append(specs, fig("h"+d, []string{"1,212", "1,200", "1,200", "1,200", "1,245"}[i], "2025-06-"+d, "HQ", "u").event())
	}
	fs := compare.Check(build(t, specs), compare.Options{})
	require.Equal(t, []string{"arithmetic: h11,h13,h14,h15,h16,june"}, reviewSummary(fs))
	require.Contains(t, fs[0].Explanation, "dated within 1–30 June 2025 add up to 6,057 (1,212 + 1,200 + 1,200 + 1,200 + 1,245), not the 6,060 stated by TASS (1–30 June 2025) for the period")

	// A day whose figures disagree gives no exact sum.
	specs = append(specs, fig("h16b", "1,100", "2025-06-16", "Kyiv", "k").event())
	require.NotContains(t, strings.Join(reviewSummary(compare.Check(build(t, specs), compare.Options{})), "\n"), "arithmetic")
}

// TestDirectionAsTheClaimsHaveIt checks that a figure whose text names
// only who received it is explained as received.
func TestDirectionAsTheClaimsHaveIt(t *testing.T) {
	fs := compare.Check(build(t, []spec{
		fig("x", "6,000-for-6,000", "2025-06-02", "Medinsky", "0").kindOf(claims.Agreed).both(),
		fig("r", "78", "2025-06-16", "Medinsky", "1").back().conf("subject=defaulted"),
		fig("g", "6,060", "2025-06-16", "Medinsky", "1"),
	}), compare.Options{})
	var texts []string
	for _, f := range fs {
		if f.Type == compare.Shortfall {
			texts = append(texts, f.Explanation)
		}
	}
	require.Contains(t, texts, "Under an agreement of 6,000 for 6,000 (Medinsky, 2 June 2025), Russia has received 78 bodies from Ukraine (Medinsky, 16 June 2025): 1.3% of Ukraine's part.")
}

// TestReviewReason checks the reason given for review.
func TestReviewReason(t *testing.T) {
	fs := compare.Check(build(t, []spec{
		fig("a", "78", "2025-06-16", "Medinsky", "1").back(),
		fig("b", "57", "2025-06-19", "Putin", "2").back().conf("subject=defaulted; as_of=defaulted"),
	}), compare.Options{})
	require.Len(t, fs, 1)
	require.True(t, fs[0].ForReview())
	require.Equal(t, claims.Defaulted, fs[0].Confidence)
	require.Equal(t, "Stands on readings the text does not state: who gives and who receives 57 (Putin), filled in from the story's parties; the date of 57 (Putin), taken from the publication date.", fs[0].Review)
}

// TestToReportExplained checks why an event of the day a period's figure
// was told is for review.
func TestToReportExplained(t *testing.T) {
	fs := compare.Check(build(t, []spec{
		fig("a", "2", "2025-04-06/2025-04-09", "Desk", "1").event().told("2025-04-09"),
		fig("b", "3", "2025-04-09", "Bureau", "2").event()}), compare.Options{})
	require.Len(t, fs, 1)
	require.Equal(t, "Whether 2 (Desk, 6–9 April 2025), told for a period up to the day of its report, counts that day's figures or only those before it, which the figures do not say.", fs[0].Review)
	require.Equal(t, compare.Low, fs[0].Severity)
}

// TestLoneHandoverExplained checks the sentences of a single handover set
// against the figure for its month: what differs, and why it is for review.
func TestLoneHandoverExplained(t *testing.T) {
	fs := compare.Check(build(t, []spec{
		fig("a", "4,215", "2025-04-01/2025-04-30", "Desk", "1").event(), fig("b", "4,190", "2025-04-22", "Bureau", "2").event()}), compare.Options{})
	var got []string
	for _, f := range fs {
		if f.Type == compare.Arithmetic {
			got = append(got, f.Explanation, f.Review)
		}
	}
	want := []string{
		"The only single-day figure for bodies from Russia to Ukraine dated within 1–30 April 2025, 4,190 (Bureau, 22 April 2025), is not the 4,215 stated by Desk (1–30 April 2025) for the period.",
		"Whether 4,190 (Bureau, 22 April 2025) is all that was done in its period, which the figures do not say.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("explanations (-want +got):\n%s", diff)
	}
}
