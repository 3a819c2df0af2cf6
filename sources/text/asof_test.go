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

// The report's own perfect is not the figure's, and a period runs no later
// than the day the story was published.
func TestReportedPerfectAndOpenPeriods(t *testing.T) {
	runStage(t, []stageCase{
		{"the perfect of the report", pub + "Thousands rallied in Leeds on Wednesday. Local media have reported that 12,000 people took part in the march.",
			[]row{{Q: "Thousands", AsOf: "2025-06-18"}, {Q: "12,000", AsOf: "2025-06-18"}}},
		{"so far this year", pub + "More than 4,000 migrants have landed on the island so far this year.",
			[]row{{Q: "More than 4,000", AsOf: "2025-01-01/2025-06-20"}}},
		{"the previous day", pub + "On Thursday the toll stood at 84, up from 61 deaths the previous day.",
			[]row{{Q: "84", AsOf: "2025-06-19"}, {Q: "61", AsOf: "2025-06-18"}}},
		{"this evening", pub + "Some 3,000 people were still without shelter this evening.",
			[]row{{Q: "Some 3,000", AsOf: "2025-06-20"}}},
		{"compared with the start of the year", pub + "The camp holds 9,500 people, compared with 2,100 at the start of the year.",
			[]row{{Q: "9,500", AsOf: "2025-06-20"}, {Q: "2,100", AsOf: "2025-01-01"}}},
		{"a participle's date is its noun's", pub + "On Friday 120 soldiers were returned home under the deal signed in Geneva on June 2.",
			[]row{{Q: "120", AsOf: "2025-06-20"}}},
		{"a headline participle keeps its date", pub + "Officials said 95 prisoners freed on Tuesday were back home.",
			[]row{{Q: "95", AsOf: "2025-06-17"}}},
		{"last year", pub + "The agency said 7,300 people crossed the border last year.",
			[]row{{Q: "7,300", AsOf: "2024-01-01/2024-12-31"}}},
		{"earlier this month", pub + "Earlier this month 310 families were moved to shelters.",
			[]row{{Q: "310", AsOf: "2025-06-01/2025-06-20"}}},
	}, "as_of")
}
