package compare_test

import (
	"path/filepath"

	"fmt"
	"github.com/google/go-cmp/cmp"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// TestKeyOfIsGroupKey checks what lets groups be gathered apart (on other
// machines, by KeyOf) and checked with CheckGroup: every claim Groups puts
// in a group has KeyOf equal to the group's Key, for transfers either way,
// mutual figures, counts of one party, figures naming only the recipient
// and figures naming no party; and the union of CheckGroup's findings, in
// group order and then sorted, is Check's.
func TestKeyOfIsGroupKey(t *testing.T) {
	var cs []claims.Claim
	parties := [][2]string{{"Russia", "Ukraine"}, {"Ukraine", "Russia"}, {"Gaza", ""}, {"", "Ukraine"}, {"", ""}}
	for i, p := range parties {
		for j, mutual := range []bool{false, true} {
			for d := range 3 {
				c := claims.Claim{
					ID: fmt.Sprintf("c%d-%d-%d", i, j, d), Measure: "bodies", Subject: p[0], Recipient: p[1], Mutual: mutual,
					Kind: claims.Completed, Scope: claims.Total, Quantity: claims.ExactQuantity(claims.DecimalOf(int64(100 + 10*d + i))),
					AsOf:    claims.On(claims.Date{Year: 2025, Month: 6, Day: 10 + d}),
					Speaker: claims.Speaker{Name: fmt.Sprintf("Speaker %d", d%2)},
					Source:  claims.Source{Document: fmt.Sprintf("doc%d", d), Outlet: fmt.Sprintf("Outlet %d", d)},
				}
				cs = append(cs, c)
			}
		}
	}
	var union []compare.Finding
	for g := range compare.Groups(cs, compare.Options{}) {
		for _, s := range g.Statements {
			for _, c := range s.Claims {
				if k := compare.KeyOf(c); k != g.Key {
					t.Errorf("claim %s: KeyOf %v, in group %v", c.ID, k, g.Key)
				}
			}
		}
		union = append(union, compare.CheckGroup(g, compare.Options{})...)
	}
	compare.SortFindings(union)
	want := compare.Check(cs, compare.Options{})
	if got, want := summary(union), summary(want); fmt.Sprint(got) != fmt.Sprint(want) || len(want) == 0 {
		t.Errorf("CheckGroup's findings, sorted:\n%v\nCheck's:\n%v", got, want)
	}
}

// TestShardsWithPairs checks Options.Pairs: the claims of real articles,
// split by KeyOf into shards as a distributed runner splits them and each
// shard checked on its own with the corpus's explicit pairs, give Check's
// findings over the whole corpus, review marks included; without the pairs
// some shard reads a filled-in party as less sure than Check does (which
// is what makes the option needed, and this test able to fail).
func TestShardsWithPairs(t *testing.T) {
	for _, name := range []string{"exchanges-2025", "tolls-crowds"} {
		t.Run(name, func(t *testing.T) {
			cs := readClaims(t, filepath.Join("testdata", "real", name+".jsonl"))
			shards := map[compare.Key][]claims.Claim{}
			var keys []compare.Key
			var pairs []compare.Pair
			for _, c := range cs {
				k := compare.KeyOf(&c)
				if _, ok := shards[k]; !ok {
					keys = append(keys, k)
				}
				shards[k] = append(shards[k], c)
				if p, ok := compare.PairOf(&c); ok {
					pairs = append(pairs, p)
				}
			}
			check := func(opts compare.Options) []string {
				var union []compare.Finding
				for _, k := range keys {
					for g := range compare.Groups(shards[k], opts) {
						union = append(union, compare.CheckGroup(g, opts)...)
					}
				}
				compare.SortFindings(union)
				return reviewSummary(union)
			}
			want := reviewSummary(compare.Check(cs, compare.Options{}))
			if diff := cmp.Diff(want, check(compare.Options{Pairs: pairs})); diff != "" {
				t.Errorf("shards checked with the corpus's pairs (-Check +shards):\n%s", diff)
			}
			if name == "exchanges-2025" && cmp.Equal(want, check(compare.Options{})) {
				t.Errorf("shards checked without the pairs gave Check's findings: the test no longer needs Options.Pairs")
			}
		})
	}
}
