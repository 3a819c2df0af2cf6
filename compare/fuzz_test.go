package compare_test

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// FuzzCheck builds claims from fuzzed bytes (figures, hedges, directions,
// kinds, scopes, dates, speakers and documents) and checks that Check and
// the report writers neither panic nor depend on the claims' order.
func FuzzCheck(f *testing.F) {
	f.Add([]byte{78, 0, 1, 0, 0, 16, 0, 0, 57, 0, 1, 0, 0, 19, 1, 1})
	f.Add([]byte{60, 3, 0, 2, 0, 2, 0, 0, 60, 2, 0, 0, 1, 19, 0, 0, 30, 1, 0, 3, 0, 19, 0, 0})
	f.Add([]byte{255, 6, 3, 4, 2, 0, 3, 2, 1, 5, 2, 1, 1, 31, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		var cs []claims.Claim
		for i := 0; i+8 <= len(data) && len(cs) < 64; i += 8 {
			b := data[i : i+8]
			v := claims.DecimalOf(int64(b[0]) * 100 / int64(1+b[1]%7))
			c := claims.Claim{
				ID: string(rune('a' + len(cs))), Measure: []string{"bodies", "prisoners", ""}[b[2]%3],
				Subject: "Russia", Recipient: "Ukraine",
				Kind:    []claims.Kind{claims.Completed, claims.Agreed, claims.Offered, claims.Withheld, claims.Estimated, "other"}[b[3]%6],
				Scope:   []claims.Scope{claims.Total, claims.Event, ""}[b[4]%3],
				Speaker: claims.Speaker{Name: []string{"A", "B", ""}[b[6]%3]},
				Source:  claims.Source{Document: []string{"d1", "d2", ""}[b[7]%3], Outlet: []string{"X", "Y", ""}[b[6]%3]},
			}
			switch b[1] % 4 {
			case 1:
				c.Subject, c.Recipient = c.Recipient, c.Subject
			case 2:
				c.Mutual = true
			case 3:
				c.Recipient = ""
			}
			if b[5]%32 != 0 {
				c.AsOf = claims.On(claims.Date{Year: 2025, Month: 6, Day: int(b[5]%30) + 1})
			}
			if c.Kind != claims.Withheld {
				switch b[7] % 5 {
				case 0:
					c.Quantity = claims.ExactQuantity(v)
				case 1:
					c.Quantity = claims.NewQuantity("more than", claims.MoreThan, v)
				case 2:
					c.Quantity = claims.NewQuantity("about", claims.Approx, v)
				case 3:
					c.Quantity = claims.NewQuantity("up to", claims.AtMost, v)
				case 4:
					c.Quantity = claims.RangeQuantity("between", v, claims.DecimalOf(int64(b[0])*200+1))
				}
			}
			cs = append(cs, c)
		}
		fs := compare.Check(cs, compare.Options{})
		for _, w := range []func(io.Writer, []compare.Finding) error{compare.WriteText, compare.WriteMarkdown, compare.WriteJSON} {
			if err := w(io.Discard, fs); err != nil {
				t.Fatal(err)
			}
		}
		rev := make([]claims.Claim, len(cs))
		for i := range cs {
			rev[len(cs)-1-i] = cs[i]
		}
		if a, b := summary(fs), summary(compare.Check(rev, compare.Options{})); len(a) != len(b) {
			t.Fatalf("order changes the findings:\n%v\n%v", a, b)
		}
	})
}

// FuzzFindingJSON checks that reading any JSON as a Finding does not panic
// and that what reads back writes again.
func FuzzFindingJSON(f *testing.F) {
	f.Add(`{"type":"conflict","severity":"high","key":{"measure":"bodies","parties":["Russia","Ukraine"]},"explanation":"x","claims":[],"arithmetic":{"left":6060,"right":6057,"ratio":0.9995}}`)
	f.Add(`{"severity":"bad"}`)
	f.Add(`{"arithmetic":{"terms":[1,"2"]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var fd compare.Finding
		if json.Unmarshal([]byte(s), &fd) != nil {
			return
		}
		if _, err := json.Marshal(fd); err != nil {
			t.Fatalf("read %q but cannot write it back: %v", s, err)
		}
	})
}
