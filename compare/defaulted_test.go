package compare_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// TestDefaultedChange checks two figures for one count in one report, one
// dated by the report's words ("on Tuesday"), the other dated only by the
// publication, as the article reader gives them: a rise between them stands
// on a date the text does not give, so it is a conflict for review.
func TestDefaultedChange(t *testing.T) {
	const tue, sun = "2026-06-16", "2026-06-21"
	// dead is a count of one country's dead of no stated scope, as a report
	// gives it ("41 of its citizens died"), from r1 unless moved.
	dead := func(id, qty, day, speaker string) spec {
		return toll(id, "deaths", qty, day, speaker).scopeOf("")
	}
	undated := func(s spec) spec { return s.doubted("as_of=defaulted") }
	tests := []struct {
		name  string
		specs []spec
		want  []string
	}{
		{"a country's own count on Tuesday, diplomats' higher one undated", []spec{
			dead("own", "41", tue, "foreign ministry"), undated(dead("dip", "at least 60", sun, "diplomats"))},
			[]string{"conflict: dip,own"}},
		{"the higher figure with no date at all, dated by compare from the publication", []spec{
			dead("own", "41", tue, "foreign ministry"), dead("dip", "at least 60", "", "diplomats").undated(sun)},
			[]string{"conflict: dip,own"}},
		{"the same with a hedge that meets: no finding", []spec{
			dead("own", "about 55", tue, "foreign ministry"), undated(dead("dip", "at least 60", sun, "diplomats"))},
			nil},
		{"one voice's two figures: its own update", []spec{
			dead("own", "41", tue, "foreign ministry"), undated(dead("own2", "60", sun, "foreign ministry"))},
			nil},
		{"the higher figure dated by the text: a rise the report states", []spec{
			dead("own", "41", tue, "foreign ministry"), dead("dip", "at least 60", sun, "diplomats")},
			nil},
		{"the dated figure more than a week before", []spec{
			dead("own", "41", "2026-06-10", "foreign ministry"), undated(dead("dip", "at least 60", sun, "diplomats"))},
			nil},
		{"two reports: each dated by its own publication", []spec{
			dead("own", "41", tue, "foreign ministry"), undated(dead("dip", "at least 60", sun, "diplomats")).in("r2")},
			nil},
		{"a part read as the count, a hundred times apart", []spec{
			dead("one", "3", tue, "a diplomat"), undated(dead("all", "5,000", sun, "news agency"))},
			nil},
		{"a fall is not this rule's", []spec{
			dead("own", "60", tue, "foreign ministry"), undated(dead("dip", "41", sun, "diplomats"))},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checked(t, tt.specs, ofType(compare.Conflict))
			if diff := cmp.Diff(tt.want, sortedSummary(fs)); diff != "" {
				t.Fatalf("findings (-want +got):\n%s", diff)
			}
			// Group by group, as the Beam pipeline checks them: the same.
			var shards []compare.Finding
			for g := range compare.Groups(build(t, tt.specs), compare.Options{}) {
				for _, f := range compare.CheckGroup(g, compare.Options{}) {
					if f.Type == compare.Conflict {
						shards = append(shards, f)
					}
				}
			}
			require.Equal(t, sortedSummary(fs), sortedSummary(shards))
			for _, f := range fs {
				require.True(t, f.ForReview(), "a rise across a defaulted date is for review")
				require.Equal(t, claims.Defaulted, f.Confidence)
				require.LessOrEqual(t, f.Severity, compare.Low)
				require.Contains(t, f.Explanation, "no date given")
			}
		})
	}
}
