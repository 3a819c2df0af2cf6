package compare_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// toll is a count of one place (a quake's toll), a completed running total
// said by speaker in report r1 as of day.
func toll(id, measure, qty, day, speaker string) spec {
	return spec{id: id, measure: measure, from: "Valdoria", kind: claims.Completed, scope: claims.Total,
		qty: qty, asOf: day, speaker: speaker, doc: "r1", outlet: "Outlet r1"}
}

// share is a candidate's share of the vote, as a report of the count of
// day gives it.
func share(id, candidate, qty, day, speaker string) spec {
	return spec{id: id, measure: "votes", from: candidate, kind: claims.Completed, qty: qty, asOf: day, speaker: speaker,
		doc: "r1", outlet: "Outlet r1"}
}

func (s spec) in(doc string) spec           { s.doc = doc; return s }
func (s spec) doubted(conf string) spec     { s.confidence = conf; return s }
func (s spec) at(place string) spec         { s.from = place; return s }
func (s spec) towards(party string) spec    { s.to = party; return s }
func (s spec) measured(measure string) spec { s.measure = measure; return s }

// TestDocumentRules checks the rules over one report's claims, as articles
// give them: a combined toll beside its parts, the candidates' shares of a
// vote; misreads included (a date taken from the publication, a party
// filled in). Only the document rules run.
func TestDocumentRules(t *testing.T) {
	const day, next = "2024-03-02", "2024-03-03"
	tests := []struct {
		name   string
		specs  []spec
		want   []string // "severity type: ids" per finding, in Check's order
		review []bool
	}{
		{"combined above its parts", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"medium arithmetic: d,i,w"}, []bool{false}},
		{"combined agrees with its parts", []spec{
			toll("w", "deaths or injured", "about 2,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, nil, nil},
		{"parts beyond the combined", []spec{
			toll("w", "deaths or injured", "1,500", day, "Governor"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"high arithmetic: d,i,w"}, []bool{false}},
		{"one part alone beyond the combined", []spec{
			toll("w", "deaths or injured", "900", day, "Governor"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"high arithmetic: i,w"}, []bool{false}},
		{"one part alone below the combined says nothing", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency"),
		}, nil, nil},
		{"a combined measure of the table", []spec{
			toll("w", "casualties", "5,000", day, "Governor"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"medium arithmetic: d,i,w"}, []bool{false}},
		{"parts of another place or day", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency").at("Corvane"),
			toll("i", "injured", "1,204", next, "Relief agency"),
		}, nil, nil},
		{"parts of another report", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency").in("r2"),
			toll("i", "injured", "1,204", day, "Relief agency").in("r2"),
		}, nil, nil},
		{"a part read two ways is no reading", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("d2", "deaths", "250", day, "Hospital director"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, nil, nil},
		{"the surer of two combined figures", []spec{
			toll("w1", "deaths or injured", "3,000", day, "Interior ministry").doubted("as_of=inferred"),
			toll("w2", "deaths or injured", "at least 3,000", day, "Interior ministry"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"medium arithmetic: d,i,w2"}, []bool{false}},
		{"a combined figure dated by its publication is for review", []spec{
			toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry").doubted("as_of=defaulted"),
			toll("d", "deaths", "812", day, "Relief agency"),
			toll("i", "injured", "1,204", day, "Relief agency"),
		}, []string{"low arithmetic: d,i,w"}, []bool{true}},

		{"a breakdown by province beyond the toll", []spec{
			toll("w", "deaths", "587", day, "Interior ministry"),
			toll("p1", "deaths (Corvane)", "290", day, "Interior ministry"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry"),
			toll("p3", "deaths (Halm)", "95", day, "Interior ministry"),
		}, []string{"high arithmetic: p1,p2,p3,w"}, []bool{false}},
		{"a breakdown that adds up to the toll, or rounds to it", []spec{
			toll("w", "deaths", "615", day, "Interior ministry"),
			toll("w2", "deaths", "600", day, "Health ministry"),
			toll("p1", "deaths (Corvane)", "290", day, "Interior ministry"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry"),
			toll("p3", "deaths (Halm)", "95", day, "Interior ministry"),
		}, nil, nil},
		{"a breakdown below the toll: a part may be left out", []spec{
			toll("w", "deaths", "more than 2,000", day, "Interior ministry"),
			toll("p1", "deaths (Corvane)", "290", day, "Interior ministry"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry"),
		}, nil, nil},
		{"one part alone beyond the toll", []spec{
			toll("w", "deaths", "at most 500", day, "Consulate"),
			toll("p1", "deaths (Corvane)", "more than 600", day, "Diplomat"),
		}, []string{"high arithmetic: p1,w"}, []bool{false}},
		{"a whole the report gives as figures that disagree is no reading", []spec{
			toll("w1", "prisoners", "620", day, "Prison service"),
			toll("w2", "prisoners", "97", day, "Prison service"),
			toll("p1", "prisoners (Corvane)", "457", day, "Prison service"),
			toll("p2", "prisoners (Estrel)", "37", day, "Prison service"),
		}, nil, nil},
		{"parts of another day, another report or another place", []spec{
			toll("w", "deaths", "300", day, "Interior ministry"),
			toll("p1", "deaths (Corvane)", "290", next, "Interior ministry"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry").in("r2"),
			toll("p3", "deaths (Halm)", "195", day, "Interior ministry").at("Ostmark"),
			toll("p4", "deaths (Halm)", "110", day, "Interior ministry"),
		}, nil, nil},
		{"a day's deaths are no whole of the provinces' tolls", []spec{
			toll("w", "deaths", "12", day, "Interior ministry").event(),
			toll("p1", "deaths (Corvane)", "290", day, "Interior ministry"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry"),
		}, nil, nil},
		{"amounts in a unit and shares are no parts", []spec{
			toll("w", "distance", "20", day, "Rescue service"),
			toll("p1", "distance (km)", "35", day, "Rescue service"),
			toll("v", "voters", "1", day, "Rescue service"),
			toll("p2", "voters (share)", "1.5", day, "Rescue service"),
		}, nil, nil},
		{"a part dated by its publication is for review", []spec{
			toll("w", "deaths", "587", day, "Interior ministry"),
			toll("p1", "deaths (Corvane)", "290", day, "Interior ministry").doubted("as_of=defaulted"),
			toll("p2", "deaths (Estrel)", "230", day, "Interior ministry"),
			toll("p3", "deaths (Halm)", "95", day, "Interior ministry"),
		}, []string{"low arithmetic: p1,p2,p3,w"}, []bool{true}},
		{"the prisoners one side released, by where they went", []spec{
			toll("w", "prisoners", "401", day, "Prison service").at("Ostmark").towards("Valdoria"),
			toll("p1", "prisoners (Corvane)", "310", day, "Prison service").at("Ostmark").towards("Valdoria"),
			toll("p2", "prisoners (Estrel)", "120", day, "Prison service").at("Ostmark").towards("Valdoria"),
			toll("p3", "prisoners (Halm)", "90", day, "Prison service").at("Valdoria").towards("Ostmark"),
		}, []string{"high arithmetic: p1,p2,w"}, []bool{false}},

		{"groups of people may overlap: their sum says nothing", []spec{
			toll("w", "deaths", "241", day, "Health ministry"),
			toll("g1", "deaths (children)", "61", day, "Health ministry"),
			toll("g2", "deaths (civilians)", "203", day, "Health ministry"),
		}, nil, nil},
		{"a group of people alone beyond the whole", []spec{
			toll("w", "deaths", "240", day, "Health ministry"),
			toll("g1", "deaths (children)", "60", day, "Health ministry"),
			toll("g2", "deaths (civilians)", "300", day, "Health ministry"),
		}, []string{"high arithmetic: g2,w"}, []bool{false}},

		{"shares over 100%", []spec{
			share("a", "Ostrova", "more than 80%", day, "Election commission"),
			share("b", "Marel", "more than 80%", day, "Opposition tally"),
		}, []string{"high arithmetic: a,b"}, []bool{false}},
		{"shares a point over 100% beyond rounding", []spec{
			share("a", "Ostrova", "48.7%", day, "Election commission"),
			share("b", "Marel", "46.2%", day, "Election commission"),
			share("c", "Dunet", "6.1%", day, "Election commission"),
		}, []string{"high arithmetic: a,b,c"}, []bool{false}},
		{"shares at 100.1% are rounding", []spec{
			share("a", "Ostrova", "50.3%", day, "Election commission"),
			share("b", "Marel", "49.8%", day, "Election commission"),
		}, nil, nil},
		{"whole percents at 101% are rounding", []spec{
			share("a", "Ostrova", "34%", day, "Election commission"),
			share("b", "Marel", "33%", day, "Election commission"),
			share("c", "Dunet", "34%", day, "Election commission"),
		}, nil, nil},
		{"shares that agree", []spec{
			share("a", "Ostrova", "61.2%", day, "Election commission"),
			share("b", "Marel", "about 30%", day, "Election commission"),
		}, nil, nil},
		{"a preliminary and a final share of one candidate: the higher counts", []spec{
			share("a1", "Ostrova", "66.4%", day, "Election commission"),
			share("a2", "Ostrova", "58.9%", day, "Supreme court"),
			share("b", "Marel", "38.5%", day, "Supreme court"),
		}, []string{"high arithmetic: a1,b"}, []bool{false}},
		{"shares of different days or reports", []spec{
			share("a", "Ostrova", "66.4%", day, "Election commission"),
			share("b", "Marel", "38.5%", next, "Supreme court"),
			share("c", "Dunet", "38.5%", day, "Supreme court").in("r2"),
		}, nil, nil},
		{"counts of votes and shares of another measure are not shares of the vote", []spec{
			share("a", "Ostrova", "66.4%", day, "Election commission").measured("turnout"),
			share("b", "Marel", "38.5%", day, "Election commission").measured("turnout"),
			share("c", "Ostrova", "6.2 million", day, "Election commission"),
			share("d", "Marel", "5.9 million", day, "Election commission"),
		}, nil, nil},
		{"a candidate filled in from the story is for review", []spec{
			share("a", "Ostrova", "84.5%", day, "Election commission"),
			share("b", "Marel", "31.5%", day, "Opposition tally").doubted("subject=defaulted"),
		}, []string{"low arithmetic: a,b"}, []bool{true}},
		// A candidate's share against its count over the whole (for
		// review: whether the whole is the one the share is of).
		{"a share its count over the voters does not give", []spec{
			share("s", "Ostrova", "68%", day, "Election commission"),
			share("t", "Ostrova", "68%", day, "Court"),
			share("c", "Ostrova", "4,100,000", day, "Election commission"),
			share("b", "Valdoria", "5,000,000", day, "Election commission").measured("voters"),
		}, []string{"low arithmetic: b,c,s,t"}, []bool{true}},
		{"a share its count over the voters gives", []spec{
			share("s", "Ostrova", "68%", day, "Election commission"),
			share("c", "Ostrova", "3,400,000", day, "Election commission"),
			share("b", "Valdoria", "5,000,000", next, "Election commission").measured("voters"),
		}, nil, nil},
		{"a count of another day", []spec{
			share("s", "Ostrova", "68%", day, "Election commission"),
			share("c", "Ostrova", "4,100,000", next, "Election commission"),
			share("b", "Valdoria", "5,000,000", day, "Election commission").measured("voters"),
		}, nil, nil},
		{"two readings of the whole", []spec{
			share("s", "Ostrova", "68%", day, "Election commission"),
			share("c", "Ostrova", "4,100,000", day, "Election commission"),
			share("b", "Valdoria", "5,000,000", day, "Election commission").measured("voters"),
			share("r", "Valdoria", "9,000,000", day, "Election commission").measured("voters"),
		}, nil, nil},
		{"no whole given", []spec{
			share("s", "Ostrova", "68%", day, "Election commission"),
			share("c", "Ostrova", "4,100,000", day, "Election commission"),
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := compare.Check(build(t, tt.specs), compare.Options{Rules: []compare.Rule{}})
			var got []string
			var review []bool
			for _, f := range fs {
				var xs []string
				for _, c := range f.Claims {
					xs = append(xs, c.ID)
				}
				slices.Sort(xs)
				got = append(got, f.Severity.String()+" "+string(f.Type)+": "+strings.Join(xs, ","))
				review = append(review, f.ForReview())
				require.NotEmpty(t, f.Explanation)
				require.NotEqual(t, compare.Key{}, f.Key)
			}
			require.Equal(t, tt.want, got)
			require.Equal(t, tt.review, review)
		})
	}
}

// TestDocumentRulesWording checks the explanations: what is compared, the
// parts named with their sources, the sum.
func TestDocumentRulesWording(t *testing.T) {
	const day = "2024-03-02"
	fs := compare.Check(build(t, []spec{
		toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
		toll("d", "deaths", "812", day, "Relief agency"),
		share("a", "Ostrova", "more than 80%", day, "Election commission"),
		share("b", "Marel", "more than 80%", day, "Opposition tally"),
	}), compare.Options{Rules: []compare.Rule{}})
	var got []string
	for _, f := range fs {
		got = append(got, f.Explanation)
	}
	require.Equal(t, []string{
		"The shares of the vote that one report gives as of 2 March 2024 add up to more than all of it: " +
			"more than 80% for Ostrova (Election commission) and more than 80% for Marel (Opposition tally), 160% together.",
	}, got)
	fs = compare.Check(build(t, []spec{
		toll("w", "deaths or injured", "900", day, "Interior ministry"),
		toll("d", "deaths", "812", day, "Relief agency"),
		toll("i", "injured", "204", day, "Relief agency"),
	}), compare.Options{Rules: []compare.Rule{}})
	require.Len(t, fs, 1)
	require.Equal(t, "900 deaths or injured (Valdoria), as Interior ministry gives them as of 2 March 2024, do not match their parts "+
		"in the same report: 812 deaths (Relief agency) and 204 injured (Relief agency), 1,016 together.", fs[0].Explanation)
	require.True(t, strings.HasPrefix(fs[0].Rule, "combined"))
	fs = compare.Check(build(t, []spec{
		share("s", "Ostrova", "68%", day, "Election commission"),
		share("c", "Ostrova", "about 4.6 million", day, "Observers"),
		share("b", "Valdoria", "5,000,000", day, "Election commission").measured("voters"),
	}), compare.Options{Rules: []compare.Rule{}})
	require.Len(t, fs, 1)
	require.Equal(t, "About 4,600,000 votes for Ostrova (Observers) of 5,000,000 voters (Election commission) is 75% to 100%, "+
		"not the 68% of votes that Election commission gives as of 2 March 2024.", fs[0].Explanation)
	require.Equal(t, "share-of", fs[0].Rule)
	require.Contains(t, fs[0].Review, "5,000,000 voters is the whole that 68% is a share of")
}

// TestCheckDocumentsParity checks that the document pass on its own, one
// document at a time, gives what Check adds to the group rules' findings.
func TestCheckDocumentsParity(t *testing.T) {
	const day = "2024-03-02"
	cs := build(t, []spec{
		toll("w", "deaths or injured", "at least 3,000", day, "Interior ministry"),
		toll("d", "deaths", "812", day, "Relief agency"),
		toll("i", "injured", "1,204", day, "Relief agency"),
		toll("d2", "deaths", "790", day, "Red Cross").in("r3"),
		share("a", "Ostrova", "more than 80%", day, "Election commission").in("r2"),
		share("b", "Marel", "more than 80%", day, "Opposition tally").in("r2"),
	})
	all := compare.Check(cs, compare.Options{})
	var union []compare.Finding
	for g := range compare.Groups(cs, compare.Options{}) {
		union = append(union, compare.CheckGroup(g, compare.Options{})...)
	}
	union = append(union, compare.CheckDocuments(cs[:3], compare.Options{})...)
	union = append(union, compare.CheckDocuments(cs[3:4], compare.Options{})...)
	union = append(union, compare.CheckDocuments(cs[4:], compare.Options{})...)
	compare.SortFindings(union)
	require.Equal(t, summary(all), summary(union))
	require.Len(t, compare.CheckDocuments(cs, compare.Options{}), 2, "combined, shares")
	require.Greater(t, len(all), 2, "the group rules' findings too")
}
