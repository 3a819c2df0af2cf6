package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

// TestOriginOf: a figure comes from its speaker, except that an outlet
// speaking in its own voice passes on the wire story it carries.
func TestOriginOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    claims.Claim
		want string
	}{
		{"speaker", claims.Claim{Speaker: claims.Speaker{Name: "Vladimir Medinsky"}, Source: claims.Source{Outlet: "Coastal Courier", Via: []string{"Reuters"}}}, "Vladimir Medinsky"},
		{"outlet voice of a wire story", claims.Claim{Speaker: claims.Speaker{Name: "Coastal Courier", Role: "outlet"}, Source: claims.Source{Outlet: "Coastal Courier", Via: []string{"Reuters"}}}, "Reuters"},
		{"outlet voice of its own story", claims.Claim{Speaker: claims.Speaker{Name: "Coastal Courier", Role: "outlet"}, Source: claims.Source{Outlet: "Coastal Courier"}}, "Coastal Courier"},
		{"no speaker", claims.Claim{Source: claims.Source{Outlet: "Lakeside Gazette", Via: []string{"TASS"}}}, "TASS"},
		{"nothing but a document", claims.Claim{Source: claims.Source{Document: "a.txt"}}, "a.txt"},
	} {
		if got := originOf(&tc.c); got != tc.want {
			t.Errorf("%s: originOf = %q, want %q", tc.name, got, tc.want)
		}
	}
}
