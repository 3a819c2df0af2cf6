package compare_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// Running totals over two windows: one counted since an earlier start,
// the other only since an agreement. The figures are made up; the shape is
// the one real reports give when one outlet keeps a count since the war
// began and others count the handovers of a deal.

// deal is an agreement on n bodies each way, made on day.
func deal(id, n, day string) spec {
	return fig(id, n, day, "Talks", "deal-"+id).kindOf(claims.Agreed).both()
}

func TestWindowsOfADeal(t *testing.T) {
	const may, jun3 = "2025-05-20", "2025-06-03"
	tests := []struct {
		name  string
		specs []spec
		typ   compare.Type
		want  []string
	}{
		{"no regression: a count since the start beside the deal's own tally", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "11,150", "2025-06-16", "Registry", "1"),
			fig("c", "some 5,600", "2025-07-20", "Negotiator", "4")},
			compare.Regression, nil},
		{"regression: one lower figure alone is a total that shrank", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "11,150", "2025-06-16", "Registry", "1")},
			compare.Regression, []string{"regression: b,old"}},
		{"regression: lower figures that fall among themselves", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "11,150", "2025-06-16", "Registry", "1"),
			fig("c", "3,900", "2025-06-20", "Negotiator", "4")},
			compare.Regression, []string{"regression: b,c,now,old"}},
		{"regression: lower figures that cannot both hold on one day", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("b2", "3,900", "2025-06-15", "Envoy", "5"),
			fig("now", "11,150", "2025-06-16", "Registry", "1"), fig("c", "5,400", "2025-06-20", "Negotiator", "4")},
			compare.Regression, []string{"regression: b,b2,c,now,old"}},
		{"regression: lower figures all from one voice", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "11,150", "2025-06-16", "Registry", "1"),
			fig("c", "5,400", "2025-06-20", "Minister", "4")},
			compare.Regression, []string{"regression: b,c,now,old"}},
		{"regression: no count before the deal to show two windows", []spec{
			deal("d", "5,000", jun3), fig("now", "11,150", "2025-06-12", "Registry", "1"),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("c", "5,400", "2025-06-20", "Negotiator", "4"),
			fig("later", "11,900", "2025-06-25", "Registry", "1")},
			compare.Regression, []string{"regression: b,c,now"}},
		{"regression: the higher count has not grown by as much since the deal", []spec{
			fig("old", "8,200", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "10,400", "2025-06-16", "Registry", "1"),
			fig("c", "5,400", "2025-06-20", "Negotiator", "4")},
			compare.Regression, []string{"regression: b,c,now,old"}},
		{"regression: figures far from the deal's size", []spec{
			fig("old", "6,100", may, "Registry", "1"), deal("d", "20,000", jun3),
			fig("b", "5,000", "2025-06-15", "Minister", "3"), fig("now", "11,150", "2025-06-16", "Registry", "1"),
			fig("c", "5,400", "2025-06-20", "Negotiator", "4")},
			compare.Regression, []string{"regression: b,c,now,old"}},
		{"regression: the higher count could itself be the deal's", []spec{
			fig("old", "3,500", may, "Registry", "1"), deal("d", "5,000", jun3),
			fig("b", "3,050", "2025-06-15", "Minister", "3"), fig("now", "6,600", "2025-06-16", "Registry", "1"),
			fig("c", "3,400", "2025-06-20", "Negotiator", "4"), fig("later", "11,000", "2025-06-25", "Registry", "1")},
			compare.Regression, []string{"regression: c,now"}},

		{"no regression: a count begun after the earlier total's day", []spec{
			fig("y15", "1,000,500", "2015-12-30", "Agency", "1"), fig("y23", "about 186,000", "2023-01-01/2023-09-28", "Agency", "2")},
			compare.Regression, nil},
		{"regression: a count begun before the earlier total's day", []spec{
			fig("mid", "10,500", "2023-06-30", "Agency", "1"), fig("late", "about 8,600", "2023-01-01/2023-09-28", "Agency", "2")},
			compare.Regression, []string{"regression: late,mid"}},

		{"no exceeds: a count since the start is not what the deal brought", []spec{
			fig("old", "4,100", may, "Registry", "1"), deal("d", "2,000", jun3),
			fig("now", "9,150", "2025-06-12", "Registry", "1"),
			fig("o", "500", "2025-06-14", "Negotiator", "2").kindOf(claims.Offered)},
			compare.Exceeds, nil},
		{"exceeds: the deal's own tally and an offer on top", []spec{
			fig("old", "4,100", may, "Registry", "1"), deal("d", "2,000", jun3),
			fig("now", "9,150", "2025-06-12", "Registry", "1"),
			fig("t", "2,100", "2025-06-13", "Negotiator", "2"),
			fig("o", "500", "2025-06-14", "Negotiator", "2").kindOf(claims.Offered)},
			compare.Exceeds, []string{"exceeds: d,o,t"}},
		{"exceeds: no count before the deal, so the total is read as the deal's", []spec{
			deal("d", "2,000", jun3), fig("now", "9,150", "2025-06-12", "Registry", "1"),
			fig("o", "500", "2025-06-14", "Negotiator", "2").kindOf(claims.Offered)},
			compare.Exceeds, []string{"exceeds: d,now,o"}},

		{"no jump: another report counts the handovers of the days between", []spec{
			fig("old", "4,100", "2025-05-01/2025-05-31", "", "1"), fig("now", "9,150", "2025-06-16", "", "1"),
			fig("w", "5,050", "2025-06-05/2025-06-16", "Headquarters", "2")},
			compare.Jump, nil},
		{"jump: the count of the days between falls short of the rise", []spec{
			fig("old", "4,100", "2025-05-01/2025-05-31", "", "1"), fig("now", "9,150", "2025-06-16", "", "1"),
			fig("w", "3,000", "2025-06-05/2025-06-16", "Headquarters", "2")},
			compare.Jump, []string{"jump: now,old"}},
		{"jump: a count that opens before the first total explains nothing", []spec{
			fig("old", "4,100", "2025-05-01/2025-05-31", "", "1"), fig("now", "9,150", "2025-06-16", "", "1"),
			fig("w", "5,050", "2025-05-10/2025-06-16", "Headquarters", "2")},
			compare.Jump, []string{"jump: now,old"}},

		{"no jump: a month's count and the next month's are two windows", []spec{
			fig("jan", "49", "2025-01-01/2025-01-31", "", "1"), fig("feb", "757", "2025-02-01/2025-02-28", "", "1")},
			compare.Jump, nil},
		{"no jump: one year's total and a later year's", []spec{
			fig("y20", "8,400", "2020-01-01/2020-12-31", "", "1"), fig("y22", "45,700", "2022-01-01/2022-12-31", "", "1")},
			compare.Jump, nil},
		{"jump: a month's count and a later total from the same start", []spec{
			fig("jan", "490", "2025-01-01/2025-01-31", "", "1"), fig("feb", "1,757", "2025-01-01/2025-02-28", "", "1")},
			compare.Jump, []string{"jump: feb,jan"}},

		{"no conflict: the handovers of some days beside the running total as they close", []spec{
			fig("w", "5,050", "2025-06-05/2025-06-16", "Headquarters", "2"), fig("now", "9,150", "2025-06-16", "Registry", "1")},
			compare.Conflict, nil},
		{"no conflict: a window that opens later counts less", []spec{
			fig("w", "5,050", "2025-06-05/2025-06-16", "Headquarters", "2"), fig("long", "9,150", "2025-05-01/2025-06-16", "Registry", "1")},
			compare.Conflict, nil},
		{"conflict: a window that opens earlier cannot count less", []spec{
			fig("w", "5,050", "2025-05-01/2025-06-16", "Headquarters", "2"), fig("short", "9,150", "2025-06-05/2025-06-16", "Registry", "1")},
			compare.Conflict, []string{"conflict: short,w"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sortedSummary(checked(t, tt.specs, ofType(tt.typ)))
			require.Equal(t, tt.want, got)
		})
	}
}

// TestJumpHundredfold: a rise to a hundred times a report's earlier figure
// is more likely two counts read as one (a toll and its cases) than a
// count that grew: the jump is for review.
func TestJumpHundredfold(t *testing.T) {
	specs := []spec{fig("few", "62", "2025-03-01/2025-03-31", "", "1"), fig("many", "between 21,000 and 40,000", "2025-05-25", "Agency", "1")}
	fs := checked(t, specs, ofType(compare.Jump))
	require.Len(t, fs, 1)
	require.True(t, fs[0].ForReview(), fs[0].Explanation)
	require.Contains(t, fs[0].Review, "less than a hundredth")

	specs = []spec{fig("few", "620", "2025-03-01/2025-03-31", "", "1"), fig("many", "between 21,000 and 40,000", "2025-05-25", "Agency", "1")}
	fs = checked(t, specs, ofType(compare.Jump))
	require.Len(t, fs, 1)
	require.False(t, fs[0].ForReview(), fs[0].Review)
}
