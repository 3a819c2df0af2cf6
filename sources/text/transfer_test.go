package text

import "testing"

// Who gives and who receives when the verb follows the people handed over,
// or welcomes them.
func TestTransferParticiple(t *testing.T) {
	runStage(t, []stageCase{
		{"a reduced participle ending the sentence", pub + "Armenia and Azerbaijan went on with their exchange. The second stage saw 270 Azerbaijanis repatriated.",
			[]row{{Q: "270", Subject: "Armenia", Recipient: "Azerbaijan"}}},
		{"coordinated figures share the participle", pub + "Armenia and Azerbaijan talked for hours. Overnight, 32 Armenians and 2 Azerbaijanis freed.",
			[]row{{Q: "32", Subject: "Azerbaijan", Recipient: "Armenia"}, {Q: "2", Subject: "Armenia", Recipient: "Azerbaijan"}}},
		{"welcoming people home is receiving them", pub + "Ukrainian President Zelensky welcomed 95 Ukrainians home from Russia.",
			[]row{{Q: "95", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a name that is no party does not receive", pub + "Russia and Ukraine swapped prisoners on Friday. Zelensky welcomed 95 Ukrainians home.",
			[]row{{Q: "95", Subject: "Russia", Recipient: "Ukraine"}}},
		{"each side of an exchange goes home", pub + "Moscow and Kyiv met in Istanbul. On Friday 800 bodies of Ukrainian soldiers were exchanged for 25 bodies of Russian soldiers.",
			[]row{{Q: "800", Subject: "Russia", Recipient: "Ukraine"}, {Q: "25", Subject: "Ukraine", Recipient: "Russia"}}},
	}, "direction")
}
