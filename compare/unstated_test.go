package compare_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

// TestUnstatedNamesEveryPair: a day's figures read as its event (a
// ministry's rate for all teachers, and for two kinds of school) against a
// union's figure of no stated scope for the same day are one finding that
// names every figure that cannot hold with another, not only the two
// furthest apart; a figure that fits them all is left out.
func TestUnstatedNamesEveryPair(t *testing.T) {
	const d = "2025-03-11"
	rate := func(id, q, speaker, doc string, scope claims.Scope) spec {
		return spec{id: id, measure: "strikers", from: "Wessex", kind: claims.Completed, scope: scope,
			qty: q, asOf: d, speaker: speaker, doc: doc}
	}
	tests := []struct {
		name  string
		specs []spec
		want  []string
		text  string
	}{
		{"three event rates against one union figure", []spec{
			rate("all", "27.4%", "Ministry", "1", claims.Event), rate("lower", "31.9%", "Ministry", "1", claims.Event),
			rate("upper", "22.8%", "Ministry", "1", claims.Event), rate("union", "at least 55%", "Union", "1", "")},
			[]string{"conflict: all,lower,union,upper"},
			"Ministry and Union give 4 different figures for strikers (Wessex) as of 11 March 2025: 22.8% (Ministry), 27.4% (Ministry), 31.9% (Ministry) and at least 55% (Union), which cannot all hold if all count that day's event."},
		{"one event rate fits the union figure", []spec{
			rate("all", "27.4%", "Ministry", "1", claims.Event), rate("fits", "56%", "Teachers", "1", claims.Event),
			rate("union", "at least 55%", "Union", "1", "")},
			[]string{"conflict: all,union"},
			"Ministry and Union give different figures for strikers (Wessex) as of 11 March 2025: 27.4% against at least 55%, which cannot both hold if both count that day's event."},
		{"two voices give the same figure", []spec{
			rate("all", "27.4%", "Ministry", "1", claims.Event), rate("again", "27.4%", "Prefect", "1", claims.Event),
			rate("union", "at least 55%", "Union", "1", "")},
			[]string{"conflict: again,all,union"},
			"Ministry, Prefect and Union give different figures for strikers (Wessex) as of 11 March 2025: 27.4% (Ministry and Prefect) against at least 55% (Union), which cannot both hold if both count that day's event."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checked(t, tt.specs, ofRule("conflict-unstated"))
			if diff := cmp.Diff(tt.want, sortedSummary(got)); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			require.Equal(t, tt.text, got[0].Explanation)
			require.True(t, got[0].ForReview(), "a figure of no stated scope against an event is for review")
		})
	}
}
