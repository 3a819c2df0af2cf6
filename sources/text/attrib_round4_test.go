package text

import "testing"

// A name set off by a role whose closing comma is left out ("NAME, the
// chair of the board said") speaks, the role its appositive; so does one
// after the figures' clause. A place or a day before the comma names no one.
func TestNameBeforeARoleWithoutClosingComma(t *testing.T) {
	checkSpeakers(t, pub+"Lena Roswell, the chair of the Varnian Poll Board (VPB) said the challenger had won 41.2 per cent of the vote.\n",
		[]spk{{"41.2 per cent", "Lena Roswell"}})
	checkSpeakers(t, pub+"The incumbent took 52.3 per cent, Lena Roswell, head of the poll board told reporters.\n",
		[]spk{{"52.3 per cent", "Lena Roswell"}})
	checkSpeakers(t, pub+"On Sunday, the head of the poll board said 61 per cent of voters turned out.\n",
		[]spk{{"61 per cent", "head of the poll board"}})
}
