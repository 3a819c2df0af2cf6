package compare_test

import (
	"fmt"
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
