package text

import "testing"

// A count whose sentence names no place is about the story's country; a
// crowd is not, since a town's rally would then meet the national count.
func TestStoryPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a rate with no place", pub + "Chileans voted for a new constitution on Sunday. Officials put turnout at 61 percent.",
			[]row{{Q: "61 percent", Subject: "Chile"}}},
		{"a toll with no place", pub + "A strong tremor shook Peru on Monday. Rescuers said 23 people had died.",
			[]row{{Q: "23", Subject: "Peru"}}},
		{"an organisation is no place", pub + "The United Nations appealed for aid to Nepal. The UN said 140 people had died.",
			[]row{{Q: "140", Subject: "Nepal"}}},
		{"a crowd with no place stays open", pub + "Hungarian unions marched on Saturday. Organisers said 12,000 took part.",
			[]row{{Q: "12,000", Subject: ""}}},
		{"a place named wins", pub + "Floods hit Brazil this week. In Porto Alegre 31 people died.",
			[]row{{Q: "31", Subject: "Porto Alegre"}}},
	}, "direction")
}

// A month is no march: "up 12% from March" counts nothing a protest does.
func TestMonthIsNoMarch(t *testing.T) {
	runStage(t, []stageCase{
		{"from March", pub + "Crossings at the northern border were up 12% from March.", []row{{Q: "12%", Measure: "crossings"}}}, // the subject, not a march
		{"a march counts marchers", pub + "The march drew 8,000 people to the harbour.", []row{{Q: "8,000", Measure: "protesters"}}},
	}, "measure")
}

// A sentence listing figures place by place breaks down the whole told
// before it: each item is a part of the whole's parties, counted by place.
func TestBreakdown(t *testing.T) {
	text := pub + "The earthquake in Peru has killed 412 people, the ministry said.\n\n" +
		"Officials said 200 people died in Cusco, 150 in Arequipa and 62 in Puno.\n"
	runStage(t, []stageCase{
		{"parts by place", text, []row{
			{Q: "412", Measure: "deaths", Subject: "Peru", Scope: "total"},
			{Q: "200", Measure: "deaths (Cusco)", Subject: "Peru"},
			{Q: "150", Measure: "deaths (Arequipa)", Subject: "Peru"},
			{Q: "62", Measure: "deaths (Puno)", Subject: "Peru"},
		}},
		{"two places are no breakdown", pub + "The earthquake in Peru has killed 412 people.\n\nOfficials said 200 people died in Cusco and 150 in Arequipa.\n",
			[]row{{Q: "412", Measure: "deaths", Subject: "Peru", Scope: "total"}, {Q: "200", Measure: "deaths", Subject: "Cusco", Scope: "total"},
				{Q: "150", Measure: "deaths", Subject: "Arequipa", Scope: "total"}}},
	}, "measure", "direction", "scope")
}

// A share of the vote belongs to the clause's subject, past an apposition,
// a phrase that says which one it is, or the titles before the name.
func TestShareHolder(t *testing.T) {
	runStage(t, []stageCase{
		{"past an apposition", pub + "Marta Kovac, head of the small Unity Bloc (UB), managed to take 7.2% of the vote.",
			[]row{{Q: "7.2%", Subject: "Marta Kovac"}}},
		{"past a phrase naming the party", pub + "Retired general Ivo Petrov from the nationalist Homeland Front polled 12.5% of the votes.",
			[]row{{Q: "12.5%", Subject: "Ivo Petrov"}}},
		{"in reported speech", pub + "The commission announced that Maria Ortiz has won a second term with 57.9% of the vote.",
			[]row{{Q: "57.9%", Subject: "Maria Ortiz"}}},
		{"a progressive verb of winning", pub + "Incumbent Lena Hart is securing 58 percent of the vote, early returns show.",
			[]row{{Q: "58 percent", Subject: "Lena Hart"}}},
		// The clause layer reads the relative clause as set inside the
		// subject: the one who took the share is the main clause's subject.
		{"a relative clause inside the subject", pub + "Sara Lund, who has led the party since 2019, took 31%.",
			[]row{{Q: "31%", Subject: "Sara Lund"}}},
	}, "direction")
}

// The noun phrase after a figure: a participle before its noun, and a
// noun past the quotation mark that closes the figure.
func TestNounPhraseAfterFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle before its noun", pub + "The ministry said 41.5% of striking nurses stayed away on Tuesday.",
			[]row{{Q: "41.5%", Measure: "striking nurses"}}},
		{"past the closing quotation mark", pub + "Organisers counted \"well over 60,000\" anti-war marchers in the capital.",
			[]row{{Q: "well over 60,000", Measure: "protesters"}}},
	}, "measure")
}

// Coordinated nouns: one noun phrase counted by its last noun, and a
// combined measure named by both.
func TestCoordinatedMeasure(t *testing.T) {
	runStage(t, []stageCase{
		{"one noun phrase", pub + "Under the accord, 30 women and children hostages will go free.", []row{{Q: "30", Measure: "hostages"}}},
		{"dead or injured", pub + "Officials said 1,200 people were either dead or injured.", []row{{Q: "1,200", Measure: "deaths or injured"}}},
	}, "measure")
}

// A number in brackets after a person's name is an age; after a town, a
// count.
func TestBracketedAge(t *testing.T) {
	runStage(t, []stageCase{
		{"an age", pub + "The freed hostages included Dana Levi (34) and Amir Cohen (61).", nil},
		{"a town's count", pub + "Police counted marchers in several towns: Lyon (4,500), Paris (12,000).",
			[]row{{Q: "4,500"}, {Q: "12,000"}}},
	})
	runStage(t, []stageCase{
		{"a bracketed count takes the measure named before it", pub + "Police counted marchers in several towns: Lyon (4,500), Paris (12,000).",
			[]row{{Q: "4,500", Measure: "protesters"}, {Q: "12,000", Measure: "protesters"}}},
	}, "measure")
}

// The verb of a whole reaches past the parts it includes, and people are
// never counted as the things counted before them.
func TestWholeAndParts(t *testing.T) {
	runStage(t, []stageCase{
		{"past the parts to the verb", pub + "The storm flattened 70 homes. Officials said 95 people including 40 men and 55 women were reported missing.",
			[]row{{Q: "70", Measure: "homes"}, {Q: "95", Measure: "missing"}, {Q: "40", Measure: "missing"}, {Q: "55", Measure: "missing"}}},
		{"people are no homes", pub + "The storm flattened 70 homes. Rescuers reached 30 men on the hillside.",
			[]row{{Q: "70", Measure: "homes"}, {Q: "30", Measure: ""}}},
	}, "measure")
}

// Where a figure was said is not where it is counted, and a capital the
// story is filed from stands for its country.
func TestPlaceOfSaying(t *testing.T) {
	runStage(t, []stageCase{
		{"said in a city", pub + "Flooding hit Pakistan's north. \"We have lost 140 people in the valleys,\" the minister told reporters in Islamabad.",
			[]row{{Q: "140", Subject: "Pakistan"}}},
		{"a capital dateline stands for its country", "date: 2025-06-20\noutlet: Test Times\n\nKABUL, June 20 (AFP) - Rescuers said 310 people had died in the landslide.\n",
			[]row{{Q: "310", Subject: "Afghanistan"}}},
	}, "direction")
}

// A general strike is the whole country's; a judicial body is no corpse.
func TestGeneralStrikeAndBody(t *testing.T) {
	runStage(t, []stageCase{
		{"a general strike", pub + "Unions in Portugal called the walkout. They said 2 million workers joined the general strike on Thursday.",
			[]row{{Q: "2 million", Subject: "Portugal"}}},
	}, "direction")
	runStage(t, []stageCase{
		{"a body that is no corpse", pub + "The country's top electoral body raised the winner's share to 61.2%.",
			[]row{{Q: "61.2%", Measure: ""}}},
	}, "measure")
}
