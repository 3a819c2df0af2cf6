package compare_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// result is a candidate's share of the vote as the article reader gives
// it: a level of no stated scope, said by speaker in document doc.
func result(id, qty, date, speaker, doc string) spec {
	return share(id, "Ansel Varro", qty, date, speaker).in(doc)
}

func TestRevision(t *testing.T) {
	const sun, sat = "2026-03-01", "2026-03-07"
	tests := []struct {
		name   string
		specs  []spec
		want   []string
		review bool
		words  string // in the explanation
	}{
		{"a preliminary share cut by the final count", []spec{
			result("pre", "nearly 95%", sun, "electoral commission", "1").kindOf(claims.Estimated),
			result("fin", "84.3%", sat, "constitutional court", "2")},
			[]string{"revision: fin,pre"}, false, "revised down from about 95%"},
		{"a final share above the preliminary one", []spec{
			result("pre", "3.2%", sun, "electoral commission", "1"), result("fin", "9.6%", sat, "constitutional court", "2")},
			[]string{"revision: fin,pre"}, false, "revised up from 3.2%"},
		{"the final count's date taken from the publication", []spec{
			result("pre", "94.65%", sun, "electoral commission", "1"),
			result("fin", "84.3%", sat, "constitutional court", "2").doubted("as_of=defaulted")},
			[]string{"revision: fin,pre"}, true, "revised down"},
		{"what the share is of, inferred", []spec{
			result("pre", "48%", sun, "electoral commission", "1").measured("turnout"),
			result("fin", "46.1%", sat, "constitutional court", "2").measured("turnout").doubted("measure=inferred")},
			[]string{"revision: fin,pre"}, true, "turnout (Ansel Varro)"},
		{"no revision: the final share within the hedge of the preliminary one", []spec{
			result("pre", "about 52%", sun, "electoral commission", "1"), result("fin", "51.4%", sat, "constitutional court", "2")},
			nil, false, ""},
		{"no revision: a runoff two weeks later", []spec{
			result("r1", "27.8%", "2026-04-12", "interior ministry", "1"), result("r2", "58.5%", "2026-04-26", "interior ministry", "2")},
			nil, false, ""},
		{"no revision: the last election, years before", []spec{
			result("old", "58%", "2019-12-12", "electoral commission", "1"), result("new", "84.3%", sat, "constitutional court", "1")},
			nil, false, ""},
		{"no revision: the later day also gives the first figure", []spec{
			result("pre", "94.65%", sun, "electoral commission", "1"), result("again", "94.65%", sat, "electoral commission", "2"),
			result("fin", "84.3%", sat, "constitutional court", "3")},
			[]string{"conflict: again,fin"}, false, ""},
		{"no revision: the turnout of polling day, then the final one", []spec{
			result("noon", "38%", sun, "electoral commission", "1").measured("turnout"),
			result("fin", "61.2%", "2026-03-02", "electoral commission", "2").measured("turnout")},
			nil, false, ""},
		{"a turnout that falls", []spec{
			result("pre", "66%", sun, "electoral commission", "1").measured("turnout"),
			result("fin", "61.2%", "2026-03-02", "constitutional court", "2").measured("turnout")},
			[]string{"revision: fin,pre"}, false, "revised down from 66%"},
		{"no revision: a count of votes, not a share", []spec{
			result("pre", "5.1 million", sun, "electoral commission", "1"), result("fin", "5.4 million", sat, "electoral commission", "2")},
			nil, false, ""},
		{"no revision: the shares of a crowd's count", []spec{
			result("a", "30%", sun, "ministry", "1").measured("strikers"), result("b", "60%", sat, "unions", "2").measured("strikers")},
			nil, false, ""},
		{"the revision to the closest of the later day's figures; the other is that day's conflict", []spec{
			result("poll", "about 7%", sun, "exit poll", "1").kindOf(claims.Estimated),
			result("pre", "about 10%", "2026-03-02", "electoral commission", "1").kindOf(claims.Estimated),
			result("alt", "more than 80%", "2026-03-02", "opposition count", "1")},
			[]string{"conflict: alt,pre", "revision: poll,pre"}, false, "revised up from about 7%"},
		{"one revision of a day's figures that meet", []spec{
			result("pre", "nearly 95%", sun, "electoral commission", "1"), result("pre2", "94.65%", sun, "state television", "2"),
			result("fin", "84.3%", sat, "constitutional court", "3")},
			[]string{"corroboration: pre,pre2", "revision: fin,pre"}, false, "revised down"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checked(t, tt.specs, func(f *compare.Finding) bool { return f.Type != compare.Echo })
			if diff := cmp.Diff(tt.want, sortedSummary(fs)); diff != "" {
				t.Fatalf("findings (-want +got):\n%s\n%v", diff, summary(fs))
			}
			for _, f := range fs {
				if f.Type != compare.Revision {
					continue
				}
				require.Equal(t, tt.review, f.ForReview(), f.Review)
				require.Contains(t, f.Explanation, tt.words)
				if f.ForReview() {
					require.LessOrEqual(t, f.Severity, compare.Low)
				} else {
					require.Equal(t, compare.Medium, f.Severity)
				}
			}
		})
	}
}

// TestRevisionInstances checks that a result revised twice is one finding,
// each revision (a day's figure against the day before's) an instance, in
// the order of the days.
func TestRevisionInstances(t *testing.T) {
	fs := checked(t, []spec{
		result("d1", "93%", "2026-03-01", "electoral commission", "1"),
		result("d3", "88.5%", "2026-03-03", "electoral commission", "2"),
		result("d6", "84.3%", "2026-03-06", "constitutional court", "3"),
	}, ofType(compare.Revision))
	require.Len(t, fs, 1)
	f := fs[0]
	require.Len(t, f.Instances, 2, "93 → 88.5 and 88.5 → 84.3, each day against the day before")
	require.Equal(t, "The result for votes (Ansel Varro) is revised down from 93% (electoral commission, 1 March 2026) to 88.5% (electoral commission, 3 March 2026), 2 days later, "+
		"and revised down from 88.5% (electoral commission, 3 March 2026) to 84.3% (constitutional court, 6 March 2026), 3 days later.", f.Explanation)
}
