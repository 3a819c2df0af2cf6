package text

import "testing"

// TestAttributionHouseStyles reads articles written for these tests in the
// styles of other newsrooms: honorifics after the cue ("said Mr. Larkin"),
// and checks who is said to state each figure.
func TestAttributionHouseStyles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []voice
	}{
		{"honorifics after the cue", pub +
			"Peter Larkin, a budget analyst at the Calder Institute, has studied the governor's road plan for a year.\n\n" +
			"''It would cost at least $40 billion over a decade,'' said Mr. Larkin. The state would have to borrow 30 percent of it, said Mr. Larkin.\n\n" +
			"Rosa Ferro, who chairs the transit board, disagreed. The plan would pay for 12 new bridges, said Ms. Ferro.\n\n" +
			"\"We treated 500 patients in the county last week,\" said Dr. Alvarez, who runs the hospital.\n",
			[]voice{{"$40 billion", "Peter Larkin"}, {"30 percent", "Peter Larkin"}, {"12", "Rosa Ferro"}, {"500", "Alvarez"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkVoices(t, tc.text, tc.want) })
	}
}
