package compare_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// held is a running total of people side A holds of side B, counted in
// the word a report uses for them.
func held(id, measure, qty, date, speaker, doc string) spec {
	return spec{id: id, measure: measure, from: "Eastland", to: "Westland", kind: claims.Completed, scope: claims.Total,
		qty: qty, asOf: date, speaker: speaker, doc: doc, outlet: "Outlet " + doc}
}

// Figures of one count told in kin words (kin.go) meet in one group; other
// measures stay apart.
func TestKinMeasures(t *testing.T) {
	const d1, d2 = "2026-03-02", "2026-03-09"
	tests := []struct {
		name  string
		specs []spec
		want  []string
	}{
		{"conflict: detainees and prisoners on one day", []spec{
			held("a", "detainees", "410", d1, "Ministry", "1"), held("b", "prisoners", "260", d1, "Monitor", "2")},
			[]string{"conflict: a,b"}},
		{"conflict: captives and detainees on one day", []spec{
			held("a", "captives", "410", d1, "Ministry", "1"), held("b", "detainees", "260", d1, "Monitor", "2")},
			[]string{"conflict: a,b"}},
		{"regression: prisoners, then fewer detainees", []spec{
			held("a", "prisoners", "410", d1, "Ministry", "1"), held("b", "detainees", "260", d2, "Monitor", "2")},
			[]string{"regression: a,b"}},
		{"regression: a part in either word", []spec{
			held("a", "detainees (women)", "90", d1, "Ministry", "1"), held("b", "prisoners (women)", "40", d2, "Monitor", "2")},
			[]string{"regression: a,b"}},
		{"no conflict: asylum seekers and refugees, two counts", []spec{
			held("a", "asylum seekers", "5,200", d1, "Agency", "1"), held("b", "refugees", "3,900", d1, "Monitor", "2")}, nil},
		{"arithmetic: parts in a kin word under a combined figure", []spec{
			held("a", "detainees or injured", "500", d1, "Ministry", "1"), held("b", "detainees", "300", d1, "Ministry", "1"),
			held("c", "injured", "400", d1, "Ministry", "1")},
			[]string{"arithmetic: a,b,c"}},
		{"arithmetic: the same in the head word", []spec{
			held("a", "prisoners or injured", "500", d1, "Ministry", "1"), held("b", "prisoners", "300", d1, "Ministry", "1"),
			held("c", "injured", "400", d1, "Ministry", "1")},
			[]string{"arithmetic: a,b,c"}},
		{"no conflict: asylum seekers and arrivals", []spec{
			held("a", "asylum seekers", "5,200", d1, "Agency", "1"), held("b", "arrivals", "3,900", d1, "Monitor", "2")}, nil},
		{"conflict: fighters and troops on one day", []spec{
			held("a", "fighters", "6,000", d1, "Ministry", "1"), held("b", "troops", "4,500", d1, "Monitor", "2")},
			[]string{"conflict: a,b"}},
		{"regression: rockets, then fewer missiles", []spec{
			held("a", "rockets", "1,200", d1, "Army", "1"), held("b", "missiles", "800", d2, "Monitor", "2")},
			[]string{"regression: a,b"}},
		{"regression: a part of rockets and of missiles", []spec{
			held("a", "missiles (intercepted)", "700", d1, "Army", "1"), held("b", "rockets (intercepted)", "300", d2, "Monitor", "2")},
			[]string{"regression: a,b"}},
		{"no conflict: rockets and drones", []spec{
			held("a", "rockets", "1,200", d1, "Army", "1"), held("b", "drones", "800", d1, "Monitor", "2")}, nil},
		{"no conflict: fighters and prisoners", []spec{
			held("a", "fighters", "6,000", d1, "Ministry", "1"), held("b", "prisoners", "400", d1, "Monitor", "2")}, nil},
		{"no conflict: detainees and hostages", []spec{
			held("a", "detainees", "410", d1, "Ministry", "1"), held("b", "hostages", "260", d1, "Monitor", "2")}, nil},
		{"no conflict: detainees and people detained at a protest", []spec{
			held("a", "detainees", "410", d1, "Ministry", "1"), held("b", "detained", "260", d1, "Monitor", "2")}, nil},
		{"no conflict: a part and its whole", []spec{
			held("a", "detainees (women)", "90", d1, "Ministry", "1"), held("b", "prisoners", "410", d1, "Monitor", "2")}, nil},
		{"no regression: a longer phrase is no kin", []spec{
			held("a", "detainees held abroad", "410", d1, "Ministry", "1"), held("b", "prisoners", "260", d2, "Monitor", "2")}, nil},
		{"no conflict: deaths and injured", []spec{
			held("a", "deaths", "410", d1, "Ministry", "1"), held("b", "injured", "260", d1, "Monitor", "2")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { findingsAre(t, tt.specs, tt.want) })
	}
}

// A group of kin measures is keyed under one of them, the same whichever
// word a claim uses, and Groups and KeyOf agree on it.
func TestKinMeasuresKey(t *testing.T) {
	cs := build(t, []spec{held("a", "detainees", "410", "2026-03-02", "Ministry", "1"),
		held("b", "prisoners", "260", "2026-03-02", "Monitor", "2"),
		held("c", "captives", "300", "2026-03-02", "Envoy", "3")})
	var groups []string
	for g := range compare.Groups(cs, compare.Options{}) {
		var xs []string
		for _, s := range g.Statements {
			for _, c := range s.Claims {
				xs = append(xs, c.ID)
				if k := compare.KeyOf(c); k != g.Key {
					t.Errorf("KeyOf(%s) = %v, in group %v", c.ID, k, g.Key)
				}
			}
		}
		slices.Sort(xs)
		groups = append(groups, g.Key.String()+": "+strings.Join(xs, ","))
	}
	if diff := cmp.Diff([]string{"prisoners: Eastland–Westland: a,b,c"}, groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
}

// A finding of kin measures names what it counts in its claims' words:
// the one word they share, or each word they use.
func TestKinMeasuresWording(t *testing.T) {
	const d1 = "2026-03-02"
	for _, tt := range []struct {
		name  string
		specs []spec
		want  string
	}{
		{"one word, the kin's", []spec{held("a", "detainees", "410", d1, "Ministry", "1"), held("b", "detainees", "260", d1, "Monitor", "2")},
			"detainees from Eastland to Westland"},
		{"two words", []spec{held("a", "detainees", "410", d1, "Ministry", "1"), held("b", "prisoners", "260", d1, "Monitor", "2")},
			"detainees / prisoners from Eastland to Westland"},
		{"the head word alone", []spec{held("a", "prisoners", "410", d1, "Ministry", "1"), held("b", "prisoners", "260", d1, "Monitor", "2")},
			"prisoners from Eastland to Westland"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := compare.Check(build(t, tt.specs), compare.Options{})
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if !strings.Contains(fs[0].Explanation, tt.want) {
				t.Errorf("explanation %q does not name %q", fs[0].Explanation, tt.want)
			}
		})
	}
}
