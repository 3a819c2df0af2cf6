package text

import "testing"

// TestAttributionHouseStyles reads articles written for these tests in the
// styles of other newsrooms: honorifics after the cue ("said Mr. Larkin"),
// the people a writer interviewed ("the economists I interviewed said"),
// shares of a group ("most of the analysts"), filings with a count before
// them ("a 30-count complaint filed by …"), and checks who is said to state
// each figure.
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
		{"the people the writer interviewed, and shares of a group", pub +
			"All the economists I interviewed this month said the toll plan would save $300 million. " +
			"The bankers we spoke to said rates would reach 6 percent.\n\n" +
			"Most of the analysts at Corran Securities said the deficit would top 4 percent. " +
			"Several of the pollsters we consulted said turnout could fall to 48 percent.\n",
			[]voice{{"$300 million", "All the economists"}, {"6 percent", "bankers"}, {"4 percent", "Most of the analysts at Corran Securities"},
				{"48 percent", "Several of the pollsters"}}},
		{"court filings that speak", pub +
			"According to a 30-count complaint filed by the state attorney general, the landlord overcharged tenants by $8 million.\n\n" +
			"According to a lawsuit filed by the residents, the company kept $2 million in deposits. " +
			"A 12-page memo by the city's auditors found 40 contracts without bids.\n",
			[]voice{{"$8 million", "30-count complaint filed by the state attorney general"}, {"$2 million", "lawsuit filed by the residents"},
				{"40", "memo by the city's auditors"}}},
		{"a poll story's shares over paragraphs", pub +
			"Mayor Ortiz and her rival Dan Kane are nearly even a month before the vote, according to a new Harlow University poll.\n\n" +
			"Of likely voters, 45 percent back Ortiz and 43 percent support Kane; 4 percent favour the Green candidate.\n\n" +
			"Counting all adults, Ortiz is ahead 47 percent to 41 percent.\n\n" +
			"Turnout in the last race was 38 percent.\n\n" +
			"Kane's campaign manager, Ruth Obi, said 60 percent of undecided voters lean his way. Only 30 percent back the transit levy.\n",
			[]voice{{"45 percent", "new Harlow University poll"}, {"43 percent", "new Harlow University poll"},
				{"4 percent", "new Harlow University poll"}, {"47 percent", "new Harlow University poll"},
				{"41 percent", "new Harlow University poll"}, {"38 percent", ""}, {"60 percent", "Ruth Obi"}, {"30 percent", "Ruth Obi"}}},
		{"a figure cited a few words on", pub +
			"Governor Lena Brandt cited backing from 140 county officials on Monday. " +
			"Her challenger cites 12 studies of the toll road.\n",
			[]voice{{"140", "Lena Brandt"}, {"12", "Lena Brandt's challenger"}}},
		{"an institution named before 'the group', and a report the speaker wrote in", pub +
			"The Marsh Fiscal Institute studied the first draft of the bill. " +
			"Households at the top would gain $9,000 a year, the group said, against $310 for a family on a middle income.\n\n" +
			"The Harlow Budget Office weighed in too. Renters paid 11 percent of the levy, the office said in its April report, " +
			"and farmers paid 2.5 percent.\n",
			[]voice{{"$9,000", "Marsh Fiscal Institute"}, {"$310", "Marsh Fiscal Institute"}, {"11 percent", "Harlow Budget Office"},
				{"2.5 percent", "Harlow Budget Office"}}},
		{"pronouns for people introduced before they speak", pub +
			"Senator Maria Lopez unveiled her housing plan on Monday. It would build 400,000 homes over five years, she said.\n\n" +
			"Her rival, Governor Tom Reyes, dismissed it. \"The plan would cost $90 billion that we do not have,\" he told reporters in Dayton.\n\n" +
			"\"We will pay for it by closing 12 loopholes,\" Lopez said. She added that 30 percent of the homes would go to teachers.\n\n" +
			"The plan's chief author, economist Dana Whitfield, said it would create 50,000 jobs.\n",
			[]voice{{"400,000", "Maria Lopez"}, {"$90 billion", "Tom Reyes"}, {"12", "Maria Lopez"}, {"30 percent", "Maria Lopez"},
				{"50,000", "Dana Whitfield"}}},
		{"a participle closing its clause", pub +
			"Mayor Ana Ortiz defended the bridge plan on Monday, saying it would cost $4 billion over a decade. " +
			"The finance director later raised the estimate, noting that steel prices had climbed 12 percent.\n\n" +
			"Lind played the losses down, explaining that only 3 percent of the 40,000 loans had failed.\n",
			[]voice{{"$4 billion", "Ana Ortiz"}, {"12 percent", "finance director"}, {"3 percent", "Lind"}}},
		{"rival counts in brackets along a list", pub +
			"Marchers numbered 180,000 in Varn according to the unions (40,000 according to the police), 90,000 in Ostel " +
			"(17,000 according to the police), 60,000 in Brask (22,000 according to the prefecture), " +
			"and 75,000 in Lorre, according to the unions.\n",
			[]voice{{"180,000", "unions"}, {"40,000", "police"}, {"90,000", "unions"}, {"17,000", "police"}, {"60,000", "unions"},
				{"22,000", "prefecture"}, {"75,000", "unions"}}},
		{"a document the speaker said it in, and that document named again", pub +
			"The relief agency said in a bulletin released overnight that 3,200 families had lost their homes. " +
			"The ministry said in its weekly report issued on Friday that 41 schools were damaged.\n\n" +
			"The death toll rose to 612, according to the newest bulletin from the civil protection office. " +
			"According to the bulletin, 1,950 people were hurt.\n",
			[]voice{{"3,200", "relief agency"}, {"41", "ministry"}, {"612", "civil protection office"}, {"1,950", "civil protection office"}}},
		{"an event that claims lives says nothing", pub +
			"The mudslides claimed 38 lives in the valley.\n\nThe cyclone has claimed the lives of 12 fishermen on the coast.\n\n" +
			"The flood claimed 9 more lives overnight, the disaster agency said.\n",
			[]voice{{"38", ""}, {"12", ""}, {"9", "disaster agency"}}},
		{"a breakdown detailed or outlined", pub +
			"The regional health office detailed the breakdown of the new hires: 140 nurses, 62 doctors and 18 midwives. " +
			"A more detailed plan is due in May.\n\n" +
			"The treasury outlined savings of $3 billion a year.\n",
			[]voice{{"140", "regional health office"}, {"62", "regional health office"}, {"18", "regional health office"},
				{"$3 billion", "treasury"}}},
		{"a pronoun after an abbreviated title, and after a surname that spoke before", pub +
			"\"We will not fund the wall,\" Rep. Nora Quist told a town hall on Monday, adding that 40 members agreed.\n\n" +
			"Gov. Ben Amato spoke next. \"The troopers will cost $300 million a year,\" he said.\n\n" +
			"Quist called on the governor to publish the costs. \"At least 12 counties have no trooper at night,\" she said.\n\n" +
			"Sen. Ivy Marsh (D-Ore.) pressed him: \"You asked for $9 million in helicopters,\" she said.\n",
			[]voice{{"40", "Nora Quist"}, {"$300 million", "Ben Amato"}, {"12", "Nora Quist"}, {"$9 million", "Ivy Marsh"}}},
		{"a question quoted inside a quotation", pub +
			"\"Two surveys came out this week,\" said Ruiz.\n\n" +
			"Ruiz continued:\n\n" +
			"\"The numbers are close. The survey asked: “Do you back the levy?” Forty-one said yes; forty-five said no. " +
			"The Harlow survey asked the same: forty said yes; forty-seven said no.\"\n\n" +
			"The vote is on Tuesday.\n",
			[]voice{{"Forty-one", "Ruiz"}, {"forty-five", "Ruiz"}, {"forty-seven", "Ruiz"}}},
		{"who spoke last beats who was named before; a quotation in a sentence its speaker opens", pub +
			"Tom Hale, the bank's chief executive, told the panel that its branches had hired 3,000 clerks this year. Hale sold shares worth $12 million in 2024.\n\n" +
			"\"The panel has heard enough,\" Senator Ruth Abel said. \"You cut corners,\" she said. \"Thousands of your clerks earn $15 an hour\" at most.\n\n" +
			"Mayor Ana Lind spoke in March. \"Our budget is short,\" Lind said.\n\n" +
			"\"We have had delays before,\" Deputy Mayor Joe Park said. \"Our goal is order.\"\n\n" +
			"Lind urged the council to \"find the money this year\" and to cut the fleet.\n\n" +
			"\"The fleet will cost $14 million to replace,\" she said.\n",
			[]voice{{"3,000", "Tom Hale"}, {"$15", "Ruth Abel"}, {"$14 million", "Ana Lind"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkVoices(t, tc.text, tc.want) })
	}
}
