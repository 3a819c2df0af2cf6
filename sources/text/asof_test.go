package text

import "testing"

// The day a figure holds on, when its date stands outside its clause.
func TestSentenceDate(t *testing.T) {
	runStage(t, []stageCase{
		{"a date in another clause of the sentence", pub + "About 30,000 people joined the rally in the old town, a turnout the organisers called their best, as marchers crossed the river on Sunday.",
			[]row{{Q: "About 30,000", AsOf: "2025-06-15"}}},
		{"a compared figure keeps its own date", pub + "Police counted 52,000 marchers on Thursday, against 61,000 on March 4.",
			[]row{{Q: "52,000", AsOf: "2025-06-19"}, {Q: "61,000", AsOf: "2025-03-04"}}},
		{"a date in a relative clause before the figure is the noun's", pub + "The death toll from the flood, which struck on Tuesday, rose to 96.",
			[]row{{Q: "96", AsOf: "2025-06-20"}}},
		{"since a month: the period up to the report", pub + "Since January, 4,100 migrants have landed on the island, the coastguard said.",
			[]row{{Q: "4,100", AsOf: "2025-01-01/2025-06-20"}}},
	}, "as_of")
}
