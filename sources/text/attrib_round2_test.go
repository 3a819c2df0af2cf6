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

// "according to the party" points back to the party named before, given
// with its acronym even when the brackets also say where it stands ("the
// Green Party (GP, left)"), so that the speaker's name holds both forms.
func TestThePartyIsTheOneNamedWithItsAcronym(t *testing.T) {
	checkSpeakers(t, pub+"Members of the Green Party (GP, left) and the Farmers League joined in. Rallies the GP called in 12 towns drew 40,000 people, according to the party, and 9,000 according to police.\n",
		[]spk{{"40,000", "Green Party (GP)"}, {"9,000", "police"}})
}
