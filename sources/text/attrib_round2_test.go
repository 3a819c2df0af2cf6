package text

import "testing"

// A broadcaster named by its medium speaks: "Kestrel radio reported …",
// "Harlow Television reported …".
func TestBroadcasterByItsMediumSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The storm reached the coast on Monday. Norland's private Kestrel radio reported a death toll of more than 2,000 in the north.\n",
		[]spk{{"2,000", "Norland's private Kestrel radio"}})
	checkSpeakers(t, pub+"Harlow Television reported that 40 people had drowned.\n",
		[]spk{{"40", "Harlow Television"}})
}
