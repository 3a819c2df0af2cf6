package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAttributionSourcesBeyondPeople checks who states each figure where
// the source is a poll, a study, a document, a body with a cue that is
// no plain speech verb, a noun cue or a relative clause. The articles are
// written for this test.
func TestAttributionSourcesBeyondPeople(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []voice
	}{
		{"no determiner speaks", pub +
			"The Harlow Daily survey ran from May 2 to 5. Its panel of registered voters numbered 612, and its error margin was 4 points.\n\n" +
			"Among registered voters, the two men are tied at 45 percent.\n",
			[]voice{{"612", ""}, {"45 percent", ""}}},
		{"a poll frames its sentence and the next", pub +
			"In the latest Harlow College poll, 44% of voters back the levy. Another 12% are undecided.\n\n" +
			"In the previous Ridgeway survey, conducted in early May, the mayor had 48% support.\n\n" +
			"In August, turnout was 39%.\n\n" +
			"In offering analysis of the race, the pollster Ana Ruiz told a radio host that 30% of voters were undecided.\n",
			[]voice{{"44%", "Harlow College poll"}, {"12%", "Harlow College poll"}, {"48%", "Ridgeway survey"}, {"39%", ""}, {"30%", "Ana Ruiz"}}},
		{"a poll with a relative clause", pub +
			"The Tidewater tracking poll, which follows the views of voters every day, showed that Ortiz leads Kane 47.1 percent to 41.7 percent.\n\n" +
			"The Sandford average of surveys from the last fortnight shows Kane at 44.4 percent.\n",
			[]voice{{"47.1 percent", "Tidewater tracking poll"}, {"44.4 percent", "Sandford average of surveys from the last fortnight"}}},
		{"cue verbs of bodies", pub +
			"The central bank expects that output will grow by 1.7 percent. Veritas Check rated 32% of the governor's claims false.\n\n" +
			"The court ruled that 1,200 ballots were invalid. The Ortiz campaign has pointed out that the plant hired 3,000 workers.\n\n" +
			"Governor Lena Kane called for cutting the sales tax to 5.5 percent. The county incorrectly stated that 12,000 voters had died.\n\n" +
			"The minister of trade, Ana Ruiz, argues that a 35 percent tariff would hurt both sides.\n\nPrices continued to rise by 4% in May.\n",
			[]voice{{"1.7 percent", "central bank"}, {"32%", "Veritas Check"}, {"1,200", "court"}, {"3,000", "Ortiz campaign"},
				{"5.5 percent", "Lena Kane"}, {"12,000", "county"}, {"35 percent", "Ana Ruiz"}, {"4%", ""}}},
		{"a colon leads in a quotation", pub +
			"Mayor Tom Ortiz spoke last.\n\nOrtiz continued:\n\n\"We built 4,000 homes this year.\"\n",
			[]voice{{"4,000", "Tom Ortiz"}}},
		{"noun cues", pub +
			"A fact-checker examined Senator Ana Ruiz's claim that 3,000 jobs were lost.\n\n" +
			"Under Governor Lena Kane's plan, families earning under $50,000 would pay no tax. " +
			"Kane's plan would also cap deductions at 28 percent.\n\n" +
			"Thousands marched against the government's plan to raise the pension age to 64.\n",
			[]voice{{"3,000", "Ana Ruiz"}, {"$50,000", "Lena Kane"}, {"28 percent", "Lena Kane"}, {"Thousands", ""}}},
		{"a coordinated finding", pub +
			"The authors of the report, who include two former regulators, combed through the filings of 500 firms and found that 73 percent held offshore accounts.\n\n" +
			"Lawmakers doubted the chief executive Ana Ruiz's repeated emphasis that only 2 percent of the staff had been involved.\n",
			[]voice{{"73 percent", "authors of the report"}, {"2 percent", "Ana Ruiz"}}},
		{"a document before a relative clause", pub +
			"A chart from a briefing that Dr. Ames and her staff hand out as they visit donors shows that a 35 percent tariff would cost 4,000 jobs.\n",
			[]voice{{"4,000", "chart from a briefing"}}},
		{"a poll's figures run on", pub +
			"Ortiz leads by 4 points among likely voters, according to a new Harlow University poll. She has 48 percent to Kane's 44 percent.\n\n" +
			"Turnout was 61% in the spring.\n\n" +
			"Forty died, police said. Another 12 were injured.\n",
			[]voice{{"48 percent", "new Harlow University poll"}, {"44 percent", "new Harlow University poll"}, {"61%", ""},
				{"Forty", "police"}, {"12", ""}}},
		{"an election's results run on", pub +
			"Mayor Dana Holt kept her seat with 58% of the ballots, according to the certified count. Her challenger, the \"Green Valley Alliance\" councillor Raul Ochoa, took 37% of the vote.\n\n" +
			"The provisional returns were released on Monday by the county board. Participation reached 49%, down from 55%.\n\n" +
			"Holt won 57 percent of the ballots in the certified count. Ochoa called it a fair race. He had 36 percent.\n\n" +
			"Holt took 59 percent, according to the official results. \"We lost 4 percent of our voters,\" a campaign aide conceded. Turnout was 48%.\n\n" +
			"The fire destroyed 120 homes, according to the county count. Another 30% were damaged.\n",
			[]voice{{"58%", "certified count"}, {"37%", "certified count"},
				{"49%", "county board"}, {"55%", "county board"},
				{"57 percent", "certified count"}, {"36 percent", ""},
				{"59 percent", "official results"}, {"4 percent", "campaign aide"}, {"48%", ""},
				{"120", "county count"}, {"30%", ""}}},
		{"a figure first reported by another", pub +
			"The count was corrected on Friday after the provisional returns announced by the regional electoral office drew appeals.\n\n" +
			"Judge Mara Lenz said participation fell to 52%, down from the originally announced 57%, and that 3,100 ballots were void.\n\n" +
			"Lenz said her court had received 40 appeals, up from 25 a week ago.\n",
			[]voice{{"52%", "Mara Lenz"}, {"57%", "regional electoral office"}, {"3,100", "Mara Lenz"},
				{"40", "Mara Lenz"}, {"25", "Mara Lenz"}}},
		{"a body that spoke first", pub +
			"The state statistics bureau published preliminary figures in March.\n\n" +
			"Auditors now say 41,000 farms were insured, not the first reported 46,000.\n",
			[]voice{{"41,000", "Auditors"}, {"46,000", "state statistics bureau"}}},
		{"a first report with no one named", pub +
			"Judge Mara Lenz said participation fell to 52%, down from the initially reported 57%.\n",
			[]voice{{"52%", "Mara Lenz"}, {"57%", "Mara Lenz"}}},
		{"the authors of a report", pub +
			"The authors of the report, who include former judges, found that 1,200 cases were delayed.\n",
			[]voice{{"1,200", "authors of the report"}}},
		{"videos and penalties", pub +
			"A web video by the Ortiz campaign references four cases the senator lost.\n\n" +
			"The lender owes a $40 million fine imposed by the banking regulator.\n",
			[]voice{{"four", "web video by the Ortiz campaign"}, {"$40 million", "banking regulator"}}},
		{"a slide says", pub + "Six million jobs depend on exports, one slide says.\n", []voice{{"Six million", "slide"}}},
		{"relative sources", pub +
			"The mayor cited the fire service, which reported 1,340 call-outs this year.\n",
			[]voice{{"1,340", "fire service"}}},
		{"a relative source set off by dashes", pub +
			"Yet the audit -- which finds that 31 agencies overspent by $6 billion -- drew little notice.\n",
			[]voice{{"$6 billion", "audit"}}},
		{"documents speak", pub +
			"\"Sales rose 90 percent last year,\" the article read.\n\n" +
			"Another slide shows that seven of 10 lemons come from abroad.\n\n" +
			"Gifts reached $2.3 billion by July, a Herald analysis of donor filings shows.\n\n" +
			"Leaked documents from her 2004 accounts show she booked a $58 million loss.\n\n" +
			"Senator Ana Ruiz, a Democrat from Vermont, said the program had issued 3,000 permits.\n\n" +
			"Videos on Telegram showed hundreds of marchers outside parliament.\n\n" +
			"Independent analyses agree that the top 5 percent would gain most.\n\nBoth sides agree to swap 1,200 prisoners.\n",
			[]voice{{"90 percent", "article"}, {"seven", "Another slide"},
				{"$2.3 billion", "Herald analysis of donor filings"},
				{"$58 million", "Leaked documents from her 2004 accounts"}, {"3,000", "Ana Ruiz"}, {"hundreds", ""},
				{"5 percent", "Independent analyses"}, {"1,200", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkVoices(t, tc.text, tc.want) })
	}
}

// TestAttributionRecordsBeyondPeople checks the records of the cues that
// are no plain speech verb: source, cue and content.
func TestAttributionRecordsBeyondPeople(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []rec
	}{
		{"a poll frames", pub + "In the latest Harlow poll, 44% of voters back the levy.",
			[]rec{{"according", "Harlow poll", "In", "44% of voters back the levy", "Harlow poll", false}}},
		{"a relative source", pub + "The mayor cited the fire service, which reported 1,340 call-outs.",
			[]rec{{"speech", "The mayor", "cited", "the fire service, which reported 1,340 call-outs", "mayor", false},
				{"speech", "the fire service", "reported", "1,340 call-outs", "fire service", true}}},
		{"under a plan", pub + "Under Governor Lena Kane's plan, families would pay 28 percent.",
			[]rec{{"according", "Governor Lena Kane's", "plan", "families would pay 28 percent", "Lena Kane", false}}},
		{"a particle cue", pub + "Rivera pointed out that 3,000 jobs were lost.",
			[]rec{{"speech", "Rivera", "pointed out", "3,000 jobs were lost", "Rivera", false}}},
		{"no particle, no cue", pub + "Rivera called 3,000 voters.", nil},
		{"a gerund frames nothing", pub + "In offering analysis of the race, the pollster Ana Ruiz told a radio host that 30% of voters were undecided.",
			[]rec{{"speech", "the pollster Ana Ruiz", "told", "a radio host that 30% of voters were undecided", "Ana Ruiz", false}}},
		{"a colon leads in", pub + "Ortiz continued:\n\n\"We built 4,000 homes.\"",
			[]rec{{"speech", "Ortiz", "continued", "Ortiz continued", "Ortiz", false},
				{"quote", "Ortiz", "continued", "\"We built 4,000 homes.\"", "Ortiz", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, recsOf(t, tc.text))
		})
	}
}
