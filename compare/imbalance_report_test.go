package compare_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/compare"
)

// TestImbalanceOneReport: two ways of one day that one report gives from
// different voices, where nothing says they were one exchange, are an
// imbalance for review (two reports are not, as before); of the figures
// as high one way, the finding cites the one a named voice gives.
func TestImbalanceOneReport(t *testing.T) {
	const d = "2025-08-04"
	outlet := func(s spec) spec { s.speaker, s.confidence = "", "speaker=defaulted"; return s }
	tests := []struct {
		name   string
		specs  []spec
		want   []string
		review bool
		text   string
	}{
		{"one report, two voices", []spec{fig("a", "800", d, "Headquarters", "1"), fig("b", "25", d, "Negotiator", "1").back()},
			[]string{"imbalance: a,b"}, true, "Russia handed over 800 bodies to Ukraine (Headquarters, 4 August 2025) and received 25 in return (Negotiator, 4 August 2025)."},
		{"two reports, two voices", []spec{fig("a", "800", d, "Headquarters", "1"), fig("b", "25", d, "Negotiator", "2").back()},
			nil, false, ""},
		{"one report, as many each way", []spec{fig("a", "800", d, "Headquarters", "1"), fig("b", "800", d, "Negotiator", "1").back()},
			nil, false, ""},
		{"the named voice's figure is cited", []spec{outlet(fig("o", "800", d, "", "1")), fig("a", "800", d, "Headquarters", "1"),
			fig("b", "25", d, "Negotiator", "1").back()},
			[]string{"imbalance: a,b"}, true, "Russia handed over 800 bodies to Ukraine (Headquarters, 4 August 2025) and received 25 in return (Negotiator, 4 August 2025)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checked(t, tt.specs, ofType(compare.Imbalance))
			if diff := cmp.Diff(tt.want, sortedSummary(got)); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			if len(got) == 0 {
				return
			}
			f := got[0]
			if f.ForReview() != tt.review || !strings.Contains(f.Review, "he two ways were one exchange") {
				t.Errorf("review %v %q", f.ForReview(), f.Review)
			}
			if f.Explanation != tt.text {
				t.Errorf("explanation\n got %q\nwant %q", f.Explanation, tt.text)
			}
		})
	}
}
