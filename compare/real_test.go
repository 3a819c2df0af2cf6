package compare_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/golden"
)

// The claim sets of testdata/real are claims as the article reader gives
// them for real reporting (the sentences written for these tests), misreads
// included, each with the confidence the reader would give its fields: a
// claim whose ID starts with "misread-" has a field read wrong, and says
// that field was inferred. A misread must never make a finding that is not
// for review.

// realWant is a finding a claim set must yield: of a type, involving one
// claim of each set, for review or not.
type realWant struct {
	name   string
	typ    compare.Type
	needs  [][]string
	review bool
}

var realWants = map[string][]realWant{
	"exchanges-2025": {
		{"a running total that shrinks across outlets and speakers", compare.Regression, [][]string{{"tass16-6060"}, {"up18-5990"}}, false},
		{"handovers that do not sum to the total for their period", compare.Arithmetic, [][]string{{"tass724-june"}, {"ukr17-h11"}, {"ukr17-h16"}}, false},
		{"handovers that do not sum to a running total", compare.Arithmetic, [][]string{{"tass16-6060"}, {"ukr17-h11"}}, false},
		{"two sides' counts of one day", compare.Conflict, [][]string{{"tass16-6060"}, {"ukr17-6057"}}, false},
		{"one voice: 6,000 and 57", compare.Imbalance, [][]string{{"rt19-6000"}, {"rt19-57"}}, false},
		{"under the agreement the parties made", compare.Shortfall, [][]string{{"tass02-deal"}, {"ifx21-79"}}, false},
		{"78 then 57, the 57 not said to be a total", compare.Regression, [][]string{{"tass16-78"}, {"rt19-57"}}, true},
		{"a handover and an offer read as totals", compare.Regression, [][]string{{"misread-1000-total"}, {"misread-offer-3000"}}, true},
	},
	"deal-windows": {
		// One outlet's count since the fighting began beside the deal's own
		// tally, told as it grows by several voices: two windows, no
		// regression; the other way, a figure weeks old told again is one.
		{"a stale figure told again weeks later", compare.Regression, [][]string{{"st-78"}, {"late-27"}}, false},
		{"the deal's tally and the offer on top", compare.Exceeds, [][]string{{"deal"}, {"neg-7000"}, {"neg-offer"}}, true},
	},
	"crowd-rivals": {
		// A third source's wide range meets both rival counts, which still
		// cannot both hold; "just over 40,000" meets 40,000 and 400,000.
		{"police and organisers, a range of both between them", compare.Conflict, [][]string{{"br-police"}, {"br-organisers"}}, false},
		{"prefecture and union, an open figure between them", compare.Conflict, [][]string{{"vm-prefecture"}, {"vm-union"}}, false},
	},
	"exchange-mutual": {
		// A one-way figure read as the swap's, beside the other way's
		// handover of that day, which alone is more than it.
		{"one way alone above the swap", compare.Arithmetic, [][]string{{"misread-19-mutual"}, {"ex-hq-1000"}}, true},
		{"two ways that do not make the swap", compare.Arithmetic, [][]string{{"ex-dec-312"}, {"ex-dec-150"}, {"ex-dec-101"}}, false},
	},
	"vague-lead": {
		// The lead's "thousands" against the report's own 240,000.
		{"a vague lead an order of magnitude below the report's figure", compare.Drift, [][]string{{"vl-lead"}, {"vl-organisers"}}, false},
	},
	"hedge-drift": {
		// The headline drops the body's "at least": a bound read as the count.
		{"a headline that drops the hedge", compare.Drift, [][]string{{"rv-headline"}, {"rv-body"}}, true},
	},
	"strike-scope": {
		// A day's strike against a reckoning of no stated scope: a
		// conflict if both count that day, which one does not say.
		{"the unions' strike against the minister's reckoning", compare.Conflict, [][]string{{"st-unions"}, {"st-reckoning"}}, true},
	},
	"rival-rounds": {
		// Round figures a step apart: 35,000, halfway, rounds up to 40,000.
		{"two spokespeople's round figures", compare.Conflict, [][]string{{"ph-darrow"}, {"ph-colleague"}}, false},
	},
	"breakdown-places": {
		// The destinations of one release add up to more than it; a
		// misread part of a toll only for review.
		{"a release broken down beyond its total", compare.Arithmetic, [][]string{{"rel-total"}, {"rel-corvane"}, {"rel-halm"}}, false},
	},
	"vote-revised": {
		// A provisional share and the certified one, days apart; a rival's
		// share revised up; the last election's share is no revision.
		{"a share cut by the certified count", compare.Revision, [][]string{{"vr-prelim"}, {"vr-final", "vr-final-2"}}, false},
		{"a rival's share revised up", compare.Revision, [][]string{{"vr-rival-prelim"}, {"vr-rival-final"}}, false},
		{"turnout revised, its place filled in", compare.Revision, [][]string{{"vr-turnout-prelim"}, {"vr-turnout-final"}}, true},
	},
	"imbalance-voices": {
		// Two voices of one report and a second outlet give the same pair of
		// figures; a wire's figure the other way goes with the one told
		// beside it, not with its older total in another story.
		{"one pair told by two voices and another outlet", compare.Imbalance, [][]string{{"hv-min-840"}, {"hv-env-840"}, {"hv-ledger-31"}}, false},
		{"the other way's figure with the one told beside it", compare.Imbalance, [][]string{{"hv-wire-900"}, {"hv-wire-40"}}, false},
	},
	"tolls-crowds": {
		{"two authorities, one day", compare.Conflict, [][]string{{"af-2053"}, {"af-500"}}, false},
		{"police and union", compare.Conflict, [][]string{{"cr-police"}, {"cr-cgt"}}, false},
		{"one ministry's breakdown", compare.Conflict, [][]string{{"moi-290"}, {"misread-moi-190"}}, true},
	},
	"toll-part-same-day": {
		// A toll of 19, then 33; a second report's 25 a day later is a
		// running total that shrank.
		{"a later report's lower toll", compare.Regression, [][]string{{"tp-sun-33"}, {"tp-mon-25"}}, false},
	},
	"year-windows": {
		// Two counts of one year by two voices, the later below the
		// earlier: a running total that shrank.
		{"a year's count that falls", compare.Regression, [][]string{{"yr23-sep"}, {"yr23-oct"}}, false},
	},
}

func readClaims(t *testing.T, path string) []claims.Claim {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var cs []claims.Claim
	for c, err := range claims.ReadJSONL(f) {
		require.NoError(t, err, path)
		cs = append(cs, c)
	}
	return cs
}

func TestRealCorpora(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "real", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".jsonl")
		t.Run(name, func(t *testing.T) {
			fs := compare.Check(readClaims(t, path), compare.Options{})
			for _, f := range fs {
				t.Logf("%s %s review=%v [%s]: %s", f.Severity, f.Type, f.ForReview(), ids(f), f.Explanation)
				if !f.ForReview() {
					require.Equal(t, claims.Explicit, f.Confidence, f.Explanation)
					for _, c := range f.Claims {
						require.False(t, strings.HasPrefix(c.ID, "misread-"),
							"%s %s stands on the misread claim %s and is not for review: %s", f.Severity, f.Type, c.ID, f.Explanation)
					}
					continue
				}
				require.LessOrEqual(t, f.Severity, compare.Low, "a finding for review is not serious: %s", f.Explanation)
				require.NotEqual(t, claims.Explicit, f.Confidence)
				require.NotEmpty(t, f.Review)
			}
			for _, w := range realWants[name] {
				found := false
				for _, f := range fs {
					ok := f.Type == w.typ && f.ForReview() == w.review
					for _, need := range w.needs {
						ok = ok && hasAny(f, need...)
					}
					found = found || ok
				}
				if !found {
					t.Errorf("%s: no %s (review %v) involving %v; got:\n%s", w.name, w.typ, w.review, w.needs, strings.Join(summary(fs), "\n"))
				}
			}
			for ext, write := range map[string]func(io.Writer, []compare.Finding) error{
				"txt": compare.WriteText, "md": compare.WriteMarkdown, "json": compare.WriteJSON,
			} {
				var buf bytes.Buffer
				require.NoError(t, write(&buf, fs))
				golden.Check(t, filepath.Join("testdata", "real", name+"."+ext+".golden"), buf.Bytes(), *update)
			}
		})
	}
}

// TestRealCorporaFloor checks that AtLeast leaves out the findings for
// review and keeps the others as they were.
func TestRealCorporaFloor(t *testing.T) {
	fs := compare.Check(readClaims(t, filepath.Join("testdata", "real", "exchanges-2025.jsonl")), compare.Options{})
	var sure int
	for _, f := range fs {
		if !f.ForReview() {
			sure++
		}
	}
	require.Less(t, sure, len(fs), "the set has findings for review")
	all := len(fs)
	require.Len(t, compare.AtLeast(append([]compare.Finding(nil), fs...), claims.Defaulted), all)
	got := compare.AtLeast(fs, claims.Explicit)
	require.Len(t, got, sure)
	for _, f := range got {
		require.False(t, f.ForReview())
	}
}

// TestRealOnePairOnce checks that an imbalance is one finding however many
// voices and outlets tell its pair of figures: no two imbalances of the same
// standing set the same figures of the same day against each other, and no
// figure is set against the other way's figure of a report that does not
// give it beside that one.
func TestRealOnePairOnce(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "real", "*.jsonl"))
	require.NoError(t, err)
	for _, path := range paths {
		fs := compare.Check(readClaims(t, path), compare.Options{})
		seen := map[string]string{}
		for _, f := range fs {
			if f.Type != compare.Imbalance {
				continue
			}
			at := f.Claims[0].AsOf.String()
			k := fmt.Sprintf("%v %s %v %v", f.ForReview(), at, f.Arithmetic.Left, f.Arithmetic.Right)
			require.NotContains(t, seen, k, "%s: %s\nand %s", path, seen[k], f.Explanation)
			seen[k] = f.Explanation
			if strings.HasSuffix(path, "imbalance-voices.jsonl") {
				require.False(t, hasAny(f, "hv-wire-500"), "the older total set against a figure another story gives: %s", f.Explanation)
			}
		}
	}
}

// TestRealYearWindows checks that counts over windows of their own are not
// one running total: a year's count below a total told in an earlier year
// is no regression, and one report's count of a month and of the next no
// jump.
func TestRealYearWindows(t *testing.T) {
	fs := compare.Check(readClaims(t, filepath.Join("testdata", "real", "year-windows.jsonl")), compare.Options{})
	for _, f := range fs {
		require.False(t, hasAny(f, "yr15-total") && hasAny(f, "yr23-sep", "yr23-oct"), "%s %s: %s", f.Severity, f.Type, f.Explanation)
		require.False(t, f.Type == compare.Jump && hasAny(f, "m24-jan") && hasAny(f, "m24-feb"), "%s %s: %s", f.Severity, f.Type, f.Explanation)
	}
}

// TestRealDealWindows checks that the count since the fighting began is set
// against the deal's own tally by no finding: neither its later level
// against the lower figures that count only the deal's handovers, nor
// against the handovers of the days before it.
func TestRealDealWindows(t *testing.T) {
	fs := compare.Check(readClaims(t, filepath.Join("testdata", "real", "deal-windows.jsonl")), compare.Options{})
	for _, f := range fs {
		if f.Type == compare.Regression || f.Type == compare.Conflict || f.Type == compare.Exceeds || f.Type == compare.Jump {
			require.False(t, hasAny(f, "reg-may", "reg-jun") && hasAny(f, "st-5000", "pres-6000", "neg-7000", "wk-window"),
				"%s %s: %s", f.Severity, f.Type, f.Explanation)
		}
	}
}

// TestRealPartSameDay checks that a figure a report gives beside its own
// higher total of the same day, read as the total though it counts a part
// of the dead, makes no regression against an earlier total: the report's
// total has not fallen.
func TestRealPartSameDay(t *testing.T) {
	fs := compare.Check(readClaims(t, filepath.Join("testdata", "real", "toll-part-same-day.jsonl")), compare.Options{})
	for _, f := range fs {
		require.False(t, f.Type == compare.Regression && hasAny(f, "tp-sun-part-4"), "%s %s: %s", f.Severity, f.Type, f.Explanation)
	}
}
