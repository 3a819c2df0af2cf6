package compare_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// TestRoundFigures checks how far a figure written with a trailing zero
// reaches when two sources give one figure for the same day: a count or a
// sum of money may be rounded at its own scale ("60" for 57), while a
// share in percent is written to the point, its zero a digit, so "about
// 10%" of a vote is not 7% (it widens by its hedge alone).
func TestRoundFigures(t *testing.T) {
	const day = "2026-05-10"
	money := func(id, qty, speaker string) spec {
		return spec{id: id, measure: "aid", from: "Valdoria", kind: "completed", qty: qty, asOf: day, speaker: speaker,
			doc: speaker, outlet: "Outlet " + speaker}
	}
	tests := []struct {
		name     string
		a, b     spec
		conflict bool
	}{
		// Shares of a vote, as two counts of one day give them.
		{"share: about 10% against about 7%", share("a", "Ilse Moren", "about 10%", day, "commission").in("1"),
			share("b", "Ilse Moren", "about 7%", day, "exit poll").in("2"), true},
		{"share: 80% and 79.7%", share("a", "Ilse Moren", "80%", day, "commission").in("1"),
			share("b", "Ilse Moren", "79.7%", day, "exit poll").in("2"), false},
		{"share: 80% against 76%", share("a", "Ilse Moren", "80%", day, "commission").in("1"),
			share("b", "Ilse Moren", "76%", day, "exit poll").in("2"), true},
		{"share: about 80% and 76%, within the hedge", share("a", "Ilse Moren", "about 80%", day, "commission").in("1"),
			share("b", "Ilse Moren", "76%", day, "exit poll").in("2"), false},
		{"share: 10% and 10.4%", share("a", "Ilse Moren", "10%", day, "commission").in("1"),
			share("b", "Ilse Moren", "10.4%", day, "exit poll").in("2"), false},
		{"share: 40% against 35%", share("a", "Ilse Moren", "40%", day, "commission").in("1"),
			share("b", "Ilse Moren", "35%", day, "exit poll").in("2"), true},
		{"share: more than 80% and 80%", share("a", "Ilse Moren", "more than 80%", day, "commission").in("1"),
			share("b", "Ilse Moren", "80%", day, "exit poll").in("2"), false},
		// Rates of change in percent too.
		{"change: up 10% against up 12%", money("a", "10%", "ministry").changeOf(claims.Up), money("b", "12%", "donor").changeOf(claims.Up), true},
		{"change: up 10% and up 9.6%", money("a", "10%", "ministry").changeOf(claims.Up), money("b", "9.6%", "donor").changeOf(claims.Up), false},
		// Counts keep the rounding of their scale.
		{"count: 60 and 57", toll("a", "deaths", "60", day, "ministry").in("1"), toll("b", "deaths", "57", day, "hospital").in("2"), false},
		{"count: 2,000 and 1,800", toll("a", "deaths", "2,000", day, "ministry").in("1"),
			toll("b", "deaths", "1,800", day, "hospital").in("2"), false},
		{"count: about 10,000 and 7,000", toll("a", "missing", "about 10,000", day, "ministry").in("1"),
			toll("b", "missing", "7,000", day, "hospital").in("2"), false},
		{"count: 2,000 against 1,400", toll("a", "deaths", "2,000", day, "ministry").in("1"),
			toll("b", "deaths", "1,400", day, "hospital").in("2"), true},
		{"count: 41 against 60", toll("a", "deaths", "41", day, "ministry").in("1"), toll("b", "deaths", "60", day, "hospital").in("2"), true},
		// Money too.
		{"money: $10 million and $8 million", money("a", "$10 million", "ministry"), money("b", "$8 million", "donor"), false},
		{"money: $20 million against $12 million", money("a", "$20 million", "ministry"), money("b", "$12 million", "donor"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checked(t, []spec{tt.a, tt.b}, ofType(compare.Conflict))
			require.Equal(t, tt.conflict, len(fs) == 1, "%v", summary(fs))
		})
	}
}
