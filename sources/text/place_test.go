package text

import (
	"testing"

	"github.com/stretchr/testify/require"
)

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
		{"a titled person in the phrase after 'in' is no place", pub + "Kyrgyz voters went to the polls on Sunday. About 2,100 monitors watched the count in a race featuring incumbent President Tamerlan Osmonov.",
			[]row{{Q: "About 2,100", Subject: "Kyrgyzstan"}}},
		{"a central Asian capital's dateline stands for its country", "date: 2025-06-20\noutlet: Test Times\n\nBISHKEK, June 20 (AFP) - Some 1,900 polling stations opened on Sunday in a race featuring incumbent President Tamerlan Osmonov.\n",
			[]row{{Q: "Some 1,900", Subject: "Kyrgyzstan"}}},
		// Negative: a place the phrase names stays the count's.
		{"a town named after 'in' still wins", pub + "Kyrgyz voters went to the polls on Sunday. About 300 monitors watched the count in Osh.",
			[]row{{Q: "About 300", Subject: "Osh"}}},
		{"a place named wins", pub + "Floods hit Brazil this week. In Porto Alegre 31 people died.",
			[]row{{Q: "31", Subject: "Porto Alegre"}}},
		{"a district of the story's province", pub + "The cyclone has killed 64 people in Sindh, officials said.\n\n" +
			"Relief teams counted 2,310 homes flattened in Thatta district, Sindh province, and 41 injured.",
			[]row{{Q: "64", Subject: "Sindh"}, {Q: "2,310", Subject: "Sindh"}, {Q: "41", Subject: "Sindh"}}},
		{"a crowd stays the town's", pub + "Marches were held across Sindh on Friday, with 5,000 in Karachi.\n\n" +
			"Some 3,000 gathered in Hyderabad city, Sindh, organisers said.",
			[]row{{Q: "5,000", Subject: "Karachi"}, {Q: "Some 3,000", Subject: "Hyderabad"}}},
		{"the other figure's event", pub + "Storms have killed 4 people in Peru since Monday.\n\nThe Red Cross said it had so far recorded 11 deaths in Friday's storm and 30 people missing.",
			[]row{{Q: "4", Subject: "Peru"}, {Q: "11", Subject: "Peru"}, {Q: "30", Subject: "Peru"}}},
		{"the collapse that killed", pub + "Protesters blamed the mayor for the collapse of a footbridge over a canal in May that killed 9 people.",
			[]row{{Q: "9", Subject: "collapse"}}},
		{"a crowd in a district of the town", pub + "Thousands rallied in central Lyon on Saturday.\n\nPolice said about 9,000 people filled the streets of the Terreaux.",
			[]row{{Q: "Thousands", Subject: "Lyon"}, {Q: "about 9,000", Subject: "Lyon"}}},
		{"a figure set off as an aside", pub + "Police said 1,200 crates of rice, worth about $90,000, were stolen in Kisumu on Sunday.",
			[]row{{Q: "1,200", Subject: "Kisumu"}, {Q: "about $90,000", Subject: "Kisumu"}}},
		{"a place in a quoted slogan is none", pub + "Thousands of nurses marched in Quito on Sunday.\n\nThe march went under the slogan \"Lima stands with Quito\" and was backed by 31 unions, the organisers said.",
			[]row{{Q: "Thousands", Subject: "Quito"}, {Q: "31", Subject: "Quito"}}},
		{"a day's event is no named event", pub + "Thousands rallied across Portugal on Friday.\n\nToday’s strike closed most schools, while organisers expect more than 200,000 people on the streets.",
			[]row{{Q: "Thousands", Subject: "Portugal"}, {Q: "more than 200,000", Subject: "Portugal"}}},
		{"that figure is the count before", pub + "Border guards said 4,120 migrants have reached Lampedusa since January.\n\nThat figure is 22 per cent higher than at the same point last year.",
			[]row{{Q: "4,120", Subject: "Lampedusa"}, {Q: "22 per cent", Subject: "Lampedusa"}}},
		{"a share named by its holder is no place", pub + "The vote count in Chile went on for days.\n\nThree rivals contested the fall in Ortiz's share of the vote.",
			[]row{{Q: "Three", Subject: "Chile"}}},
		{"a name before a toll", pub + "Survey finds Darfur death toll 30 pct above official figures.",
			[]row{{Q: "30 pct", Subject: "Darfur"}}},
		{"the speaker's place, not the dateline's", "date: 2025-06-20\noutlet: Test Times\n\nNAIROBI\n\nFamine has spread across Darfur since the spring. " +
			"Through May, the health office in rebel-held Darfur recorded 4,310 deaths from hunger.",
			[]row{{Q: "4,310", Subject: "Darfur"}}},
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
		{"a list with no whole breaks down the story's count", pub + "A landslide buried hamlets near Trujillo on Sunday, killing 37 people.\n\n" +
			"Aid workers registered 410 families in Salpo, 96 families in Agallpampa and 58 families in Otuzco.\n",
			[]row{{Q: "37", Measure: "deaths", Subject: "Trujillo", Scope: "total"}, {Q: "410", Measure: "families (Salpo)", Subject: "Trujillo"},
				{Q: "96", Measure: "families (Agallpampa)", Subject: "Trujillo"}, {Q: "58", Measure: "families (Otuzco)", Subject: "Trujillo"}}},
		{"other countries ranked after a country are its peers", pub + "Canada received 52,300 visa requests last year, the ministry said.\n\n" +
			"Next came Mexico (31,200 visa requests), Chile (18,900) and Peru (12,050).\n",
			[]row{{Q: "52,300", Measure: "visa requests", Subject: "Canada", Scope: "total"}, {Q: "31,200", Measure: "visa requests", Subject: "Mexico"},
				{Q: "18,900", Measure: "visa requests", Subject: "Chile"}, {Q: "12,050", Measure: "visa requests", Subject: "Peru"}}},
		{"crowds town by town are each town's", pub + "Unions said 410,000 marched in Rome on Tuesday.\n\n" +
			"There were 90,000 in Turin, 60,000 in Genoa and 35,000 in Bari, the unions added.\n",
			[]row{{Q: "410,000", Measure: "protesters", Subject: "Rome", Scope: "event"}, {Q: "90,000", Measure: "protesters", Subject: "Turin"},
				{Q: "60,000", Measure: "protesters", Subject: "Genoa"}, {Q: "35,000", Measure: "protesters", Subject: "Bari"}}},
	}, "measure", "direction", "scope")
}

// A figure after "including" that names people of its own kind counts a
// part of the whole before it: its group goes into what it counts and it
// is no running total, so that it never meets the whole as a rival figure.
func TestGroupParts(t *testing.T) {
	runStage(t, []stageCase{
		{"parts of a toll, joined by and", pub + "Officials in Tarvia said 240 people had died since the fighting began, including 60 children and 35 women.",
			[]row{{Q: "240", Measure: "deaths", Scope: "total"}, {Q: "60", Measure: "deaths (children)"}, {Q: "35", Measure: "deaths (women)"}}},
		{"parts of a release named by a two-word noun", pub + "The rebels freed nine captives on Saturday, the church said.\n\n" +
			"The handover, including three police officers and six farmers, took place near the river.",
			[]row{{Q: "nine", Measure: "prisoners", Scope: "event"}, {Q: "three", Measure: "prisoners (police officers)", Scope: "event"}, {Q: "six", Measure: "prisoners (farmers)", Scope: "event"}}},
		// Negative: people who say nothing of who they are make no group,
		// and the whole's own people are the whole's.
		{"faceless people are no group", pub + "The ministry said 80 migrants were flown home, including 30 individuals from the coast.",
			[]row{{Q: "80", Measure: "migrants"}, {Q: "30", Measure: "migrants"}}},
		{"a figure with no part word stays", pub + "The ministry said 240 people had died and 60 children were hurt.",
			[]row{{Q: "240", Measure: "deaths", Scope: "total"}, {Q: "60", Measure: "injured", Scope: "total"}}},
	}, "measure", "scope")
}

// A share of the vote belongs to the clause's subject, past an apposition,
// a phrase that says which one it is, or the titles before the name.
func TestShareHolder(t *testing.T) {
	runStage(t, []stageCase{
		{"an ally named after a possessive", pub + "The Unity Bloc won 38 percent and its Farmers ally had 9 percent, the board said.",
			[]row{{Q: "38 percent", Subject: "Unity Bloc"}, {Q: "9 percent", Subject: "Farmers"}}},
		// Negative: an ally with no name is neither its own holder nor
		// the party "its" points back to.
		{"an ally with no name", pub + "The Unity Bloc won 38 percent, the board said. Its ally had 9 percent.",
			[]row{{Q: "38 percent", Subject: "Unity Bloc"}, {Q: "9 percent", Subject: ""}}},
		{"a share of the count is the election's", pub + "Peruvians voted for a president on Sunday. The incumbent had won with 96.1% of the ballots counted, the election board said.",
			[]row{{Q: "96.1%", Subject: "Peru"}}},
		{"a share of the count opening a sentence", pub + "Peruvians voted for a president on Sunday. With 82% of the votes for the presidency tallied, Ramos was at 51.3%.",
			[]row{{Q: "82%", Subject: "Peru"}, {Q: "51.3%", Subject: "Ramos"}}},
		// Negative: a share won stays its winner's.
		{"a share won is the winner's", pub + "Peruvians voted for a president on Sunday. The incumbent won 96.1% of the ballots cast.",
			[]row{{Q: "96.1%", Subject: "incumbent"}}},
		{"a standing before the name", pub + "Early returns show that incumbent Rosa Vidal has been returned to office with 61.4 percent of the vote.",
			[]row{{Q: "61.4 percent", Subject: "Rosa Vidal"}}},
		{"two standings before the name", pub + "The count shows that opposition candidate Ivo Brandt has taken 33.9 percent of the vote.",
			[]row{{Q: "33.9 percent", Subject: "Ivo Brandt"}}},
		// Negative: a standing before a party noun names that party.
		{"a standing before a party noun", pub + "The count shows that the opposition party has taken 33.9 percent of the vote.",
			[]row{{Q: "33.9 percent", Subject: "opposition"}}},
		{"the incumbent president is the president the story names", pub + "Sao Tome's President Rui Vaz was re-elected on Sunday.\n\nThe incumbent president received 81.3% of the votes cast, the commission said.",
			[]row{{Q: "81.3%", Subject: "Rui Vaz"}}},
		{"told by age, then restated as a share", pub + "Nobel laureate Ana Pires has won the presidential vote in Cape Verde.\n\n" +
			"The 70-year-old secured 310,200 votes, or 61.5%, against Tomas Lobo's 193,900, or 38.5%, the board said.",
			[]row{{Q: "310,200", Subject: "Ana Pires"}, {Q: "61.5%", Subject: "Ana Pires"}, {Q: "193,900", Subject: "Tomas Lobo"}, {Q: "38.5%", Subject: "Tomas Lobo"}}},
		{"seats in a bracket after a party's share", pub + "The Greens took 12.4 percent (19 seats), behind the Farmers' Union on 20.1 percent of the vote (33 seats).",
			[]row{{Q: "12.4 percent", Subject: "Greens"}, {Q: "19", Subject: "Greens"}, {Q: "20.1 percent", Subject: "Farmers' Union"}, {Q: "33", Subject: "Farmers' Union"}}},
		// Negative: a share after ", or" with no holder before it is nobody's.
		{"restated with no holder", pub + "Turnout rose sharply. Some 410,000 ballots were cast, or 71%, the board said.",
			[]row{{Q: "Some 410,000", Subject: ""}, {Q: "71%", Subject: ""}}},
		{"a possessive apostrophe after a final s", pub + "Ana Pires won 310,200 votes against Tomas Reis’ 193,900.",
			[]row{{Q: "310,200", Subject: "Ana Pires"}, {Q: "193,900", Subject: "Tomas Reis"}}},
		{"past a relative clause after the name", pub + "Tomas Grell, who had called the count unfair, finished second with 27.8 percent, the board added.",
			[]row{{Q: "27.8 percent", Subject: "Tomas Grell"}}},
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
		// A candidate named by role is the one the story names so.
		{"his rival, then the name", pub + "Observers counted 3.1 million votes for Petra Holm and 4.4 million votes for her rival, the former mayor Jonas Ek.",
			[]row{{Q: "3.1 million", Subject: "Petra Holm"}, {Q: "4.4 million", Subject: "Jonas Ek"}}},
		{"the incumbent is the story's president", pub + "The court said the incumbent kept his post by taking 71.5 percent of the ballots.\n\n" +
			"President Tomas Varga had sought a third term.",
			[]row{{Q: "71.5 percent", Subject: "Tomas Varga"}}},
		{"a role with another modifier is someone else", pub + "The board declared challenger Rosa Lind the winner with 52% against 46% for the governing party's candidate.",
			[]row{{Q: "52%", Subject: "Rosa Lind"}, {Q: "46%", Subject: "governing party's candidate"}}},
		{"a possessive far back in the clause's subject holds the result", pub + "Ana Lind's share of the vote in the northern districts of the capital slipped to 11.3 percent from 14.9 percent.",
			[]row{{Q: "11.3 percent", Subject: "Ana Lind"}, {Q: "14.9 percent", Subject: "Ana Lind"}}},
		{"a possessive holds the result", pub + "The court raised Ivan Sorel's victory margin to 62.4%.",
			[]row{{Q: "62.4%", Subject: "Ivan Sorel"}}},
		{"a result told again", pub + "The court confirmed that Nadia Rahal won 61.2% of the vote. This result marks a drop of about 12 percentage points from the count first announced by the National Election Commission.",
			[]row{{Q: "61.2%", Subject: "Nadia Rahal"}, {Q: "about 12 percentage points", Subject: "Nadia Rahal"}}},
		{"rather than the first figure", pub + "The court said Nadia Rahal won 61.2% of the vote, rather than the 70.4% announced on election night.",
			[]row{{Q: "61.2%", Subject: "Nadia Rahal"}, {Q: "70.4%", Subject: "Nadia Rahal"}}},
		{"a rate is no candidate's", pub + "Maria Ortiz was first elected in 2019 with 55 percent of the vote despite an abstention rate above 58 percent.",
			[]row{{Q: "55 percent", Subject: "Maria Ortiz"}, {Q: "above 58 percent", Subject: ""}}},
		{"a rate during a named event is the country's", pub + "Voters in Estonia go to the polls again on Sunday.\n\nMaria Ortiz won the last vote in 2021 with 55 percent amid an abstention rate above 61 percent during the mass Green Wave protests.",
			[]row{{Q: "55 percent", Subject: "Maria Ortiz"}, {Q: "above 61 percent", Subject: "Estonia"}}},
		{"a possessive standing for the share", pub + "The count gave Mira Holt 54.2 percent of the vote, while Ivo Sand's was about 9 percent.",
			[]row{{Q: "54.2 percent", Subject: "Mira Holt"}, {Q: "about 9 percent", Subject: "Ivo Sand"}}},
		{"a possessive standing for the share, parted from its verb by an aside", pub + "The count gave Mira Holt 54.2 percent of the vote, while Ivo Sand's, according to the same poll, was about 9 percent.",
			[]row{{Q: "54.2 percent", Subject: "Mira Holt"}, {Q: "about 9 percent", Subject: "Ivo Sand"}}},
		{"a possessive written apart, before an aside", pub + "The count gave Mira Holt 54.2 percent of the vote, while Sand 's, by its reckoning, was 9 percent.",
			[]row{{Q: "54.2 percent", Subject: "Mira Holt"}, {Q: "9 percent", Subject: "Sand"}}},
		{"a noun before an aside is no possessive", pub + "The count gave Mira Holt 54.2 percent of the vote, while turnout, according to the same poll, was about 61 percent.",
			[]row{{Q: "54.2 percent", Subject: "Mira Holt"}, {Q: "about 61 percent", Subject: ""}}},
		{"rivals no one names are those of the name before", pub + "The court lowered Ivan Sorel's share and determined that his two rivals had won 300,000 more votes than first announced.",
			[]row{{Q: "two", Subject: ""}, {Q: "300,000", Subject: "Ivan Sorel's two rivals"}}}, // the race, not a party, has the rivals
		{"rivals with no name before are nobody's", pub + "His two rivals had won 300,000 more votes, the court said.",
			[]row{{Q: "two", Subject: ""}, {Q: "300,000", Subject: ""}}},
		{"'it' in what a party says is the party", pub + "The Farmers Union said it had won 21 percent of the vote.",
			[]row{{Q: "21 percent", Subject: "Farmers Union"}}},
		{"'they' in what a body says is the body", pub + "The opposition said on Tuesday that they held only about 35 percent of the tally sheets.",
			[]row{{Q: "about 35 percent", Subject: "opposition"}}},
		{"a pronoun pointing to no name holds nothing", pub + "They said it had 40 percent of the vote.",
			[]row{{Q: "40 percent", Subject: ""}}},
		{"a share of a country's voters", pub + "Officials said 4% of Chilean voters cast blank ballots.",
			[]row{{Q: "4%", Subject: "Chile"}}},
		{"who won it, told after", pub + "Few believed the 3.8 million votes the commission said Orlov had won.",
			[]row{{Q: "3.8 million", Subject: "Orlov"}}},
	}, "direction")
}

// The noun phrase after a figure: a participle before its noun, and a
// noun past the quotation mark that closes the figure.
func TestNounPhraseAfterFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle before its noun", pub + "The ministry said 41.5% of retired nurses stayed away on Tuesday.",
			[]row{{Q: "41.5%", Measure: "retired nurses"}}},
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
			[]row{{Q: "70", Measure: "homes"}, {Q: "95", Measure: "missing"}, {Q: "40", Measure: "missing (men)"}, {Q: "55", Measure: "missing (women)"}}},
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

// A dateline may credit the newsroom's desk and unnamed agencies in its
// bracket; a nationality before an attack names who struck, not where the
// dead were counted.
func TestDeskDatelineAndAttacker(t *testing.T) {
	runStage(t, []stageCase{
		{"a desk credit in the dateline's bracket", "date: 2025-06-20\noutlet: Test Times\n\nRafah (News Desk/Agencies): Medics said 41 people died overnight.\n",
			[]row{{Q: "41", Subject: "Rafah"}}},
		{"a nationality before an attack is the attacker", "date: 2025-06-20\noutlet: Test Times\n\nKHARKIV, June 20 (Reuters) - Doctors gave the toll from Russian shelling, saying that the dead had reached 52.\n",
			[]row{{Q: "52", Subject: "Kharkiv"}}},
	}, "direction")
	// Negative: the desk is the outlet itself, no wire the story passes on.
	cs, err := Extract("t.txt", []byte("date: 2025-06-20\noutlet: Test Times\n\nRafah (News Desk/Agencies): Medics said 41 people died overnight.\n"), Options{})
	require.NoError(t, err)
	require.Len(t, cs, 1)
	require.Empty(t, cs[0].Source.Via)
}

// A crowd in a capital of two words is the city's, as one of one word is;
// a locative "there" points back to the place the sentence before names.
func TestCrowdCapitalAndThere(t *testing.T) {
	runStage(t, []stageCase{
		{"a capital of two words", pub + "Unions say 90,000 joined Mexico City march against the reform.",
			[]row{{Q: "90,000", Subject: "Mexico City"}}},
		{"there points back", pub + "Marches against the law drew 90,000 people in Spanish cities on Sunday.\n\n" +
			"In Valencia, students blocked the main bridge outside the Town Hall for hours. Police said 30,000 had marched there by noon.\n",
			[]row{{Q: "90,000", Subject: "Spain"}, {Q: "30,000", Subject: "Valencia"}}},
		{"the town of who counted, of two words", pub + "Marches drew 2 million across the country on Sunday.\n\nRally organizers in San Diego said 80,000 had marched.",
			[]row{{Q: "2 million", Subject: ""}, {Q: "80,000", Subject: "San Diego"}}},
		{"a crowd's event named by a common noun is no place", pub + "The Dutch government puts the marchers in the strike against the reform at 900,000.",
			[]row{{Q: "900,000", Subject: "Netherlands"}}},
		{"a channel after 'on' is no place", pub + "Protests in Lyon drew 20,000 people, the police said.\n\nIn total, nine arrests were made, according to the prefect on LCI.",
			[]row{{Q: "20,000", Subject: "Lyon"}, {Q: "nine", Subject: "Lyon"}}},
		{"the next item's place, linked to its figure", pub + "In Kassel the police put the crowd at around 9,000 and in Ulm at around 12,000.",
			[]row{{Q: "around 9,000", Subject: "Kassel"}, {Q: "around 12,000", Subject: "Ulm"}}},
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

// Tolls of an event abroad that a story breaks down by the people's
// country are parts of the event's toll: the country goes into what they
// count, so that two reports of one country's dead meet and neither meets
// the whole. One or two countries are no breakdown (they may be the sides
// of a war), nor are the dead of the place's own country.
func TestBreakdownByNationality(t *testing.T) {
	abroad := pub + "A fire on a ferry off Crete killed 95 passengers, the coastguard said.\n\n" +
		"At least 30 Germans died, the airline said. Berlin said on Monday that 26 German tourists had died.\n\n" +
		"The dead also included 12 people from Norway and 9 from Denmark.\n"
	runStage(t, []stageCase{
		{"parts by nationality", abroad, []row{
			{Q: "95", Measure: "deaths", Subject: "Crete"},
			{Q: "At least 30", Measure: "deaths (Germany)", Subject: "Crete"},
			{Q: "26", Measure: "deaths (Germany)", Subject: "Crete"},
			{Q: "12", Measure: "deaths (Norway)", Subject: "Crete"},
			{Q: "9", Measure: "deaths (Denmark)", Subject: "Crete"},
		}},
		{"the country counted before its people", pub + "A bus crash near Lyon killed 40 travellers on Sunday.\n\n" +
			"The number of Polish dead rose to 14, Warsaw said, and 11 of the dead were Czechs. Vienna said 6 Austrians were killed.\n",
			[]row{
				{Q: "40", Measure: "deaths", Subject: "Lyon"},
				{Q: "14", Measure: "deaths (Poland)", Subject: "Lyon"},
				{Q: "11", Measure: "deaths (Czech Republic)", Subject: "Lyon"},
				{Q: "6", Measure: "deaths (Austria)", Subject: "Lyon"},
			}},
		{"two nationalities are no breakdown", pub + "Shelling in Gaza killed 52 Palestinians on Monday, the ministry said.\n\n" +
			"Rockets fired the same day killed 3 Israelis in Sderot.\n",
			[]row{{Q: "52", Measure: "deaths", Subject: "Gaza"}, {Q: "3", Measure: "deaths", Subject: "Sderot"}}},
		{"a place's own people are its toll", pub + "Floods in Kenya killed 70 Kenyans, 12 Ugandans, 9 Somalis and 4 Ethiopians.\n",
			[]row{{Q: "70", Measure: "deaths", Subject: "Kenya"}, {Q: "12", Measure: "deaths (Uganda)", Subject: "Kenya"},
				{Q: "9", Measure: "deaths (Somalia)", Subject: "Kenya"}, {Q: "4", Measure: "deaths (Ethiopia)", Subject: "Kenya"}}},
	}, "measure", "direction")
}

// A toll story that gives its whole and then counts place by place, one
// sentence each, breaks the whole down as a list in one sentence does: each
// place's count is a part under the whole's party, its place in what it
// counts. Two places are not enough, a statistic of a calendar period is
// counted route by route, and a story of crowds counts town by town.
func TestPartsAcrossSentences(t *testing.T) {
	runStage(t, []stageCase{
		{"three places, one sentence each", pub + "A cyclone has killed 140 people in Myanmar, officials said.\n\n" +
			"In Rakhine, 80 people died. Another 25 were killed in Sagaing.\n\nFurther south in Magway, 9 people died.\n",
			[]row{
				{Q: "140", Measure: "deaths", Subject: "Myanmar", Scope: "total"},
				{Q: "80", Measure: "deaths (Rakhine)", Subject: "Myanmar", Scope: "total"},
				{Q: "25", Measure: "deaths (Sagaing)", Subject: "Myanmar", Scope: "total"},
				{Q: "9", Measure: "deaths (Magway)", Subject: "Myanmar", Scope: "total"},
			}},
		{"the places of a named storm", pub + "Hurricane Zeta death toll climbs to at least 60\n\n" +
			"Officials said 41 people died in Louisiana. Another 11 were killed in Alabama.\n\nIn Cuba, 8 people died.\n",
			[]row{
				{Q: "at least 60", Measure: "deaths", Subject: "Hurricane Zeta", Scope: "total"},
				{Q: "41", Measure: "deaths (Louisiana)", Subject: "Hurricane Zeta", Scope: "total"},
				{Q: "11", Measure: "deaths (Alabama)", Subject: "Hurricane Zeta", Scope: "total"},
				{Q: "8", Measure: "deaths (Cuba)", Subject: "Hurricane Zeta", Scope: "total"},
			}},
		{"another country's dead are its own", pub + "A hurricane has killed 30 people in Honduras, officials said.\n\n" +
			"In Guatemala, 12 people died. Another 8 were killed in Nicaragua.\n\nIn El Salvador, 5 people died.\n",
			[]row{
				{Q: "30", Measure: "deaths", Subject: "Honduras", Scope: "total"},
				{Q: "12", Measure: "deaths", Subject: "Guatemala", Scope: "total"},
				{Q: "8", Measure: "deaths", Subject: "Nicaragua", Scope: "total"},
				{Q: "5", Measure: "deaths", Subject: "El Salvador", Scope: "total"},
			}},
		{"a place's homes are its part too", pub + "Floods have destroyed 4,100 homes in Kenya, the Red Cross said.\n\n" +
			"In Garissa, 2,000 homes were destroyed. The floods destroyed 900 homes in Tana River.\n\nIn Mandera, 700 homes were destroyed.\n",
			[]row{
				{Q: "4,100", Measure: "homes", Subject: "Kenya", Scope: "total"},
				{Q: "2,000", Measure: "homes (Garissa)", Subject: "Kenya", Scope: "total"},
				{Q: "900", Measure: "homes (Tana River)", Subject: "Kenya", Scope: "total"},
				{Q: "700", Measure: "homes (Mandera)", Subject: "Kenya", Scope: "total"},
			}},
		{"two places stay their own", pub + "A cyclone has killed 140 people in Myanmar, officials said.\n\n" +
			"In Rakhine, 80 people died. Another 25 were killed in Sagaing.\n",
			[]row{
				{Q: "140", Measure: "deaths", Subject: "Myanmar", Scope: "total"},
				{Q: "80", Measure: "deaths", Subject: "Rakhine", Scope: "total"},
				{Q: "25", Measure: "deaths", Subject: "Sagaing", Scope: "total"},
			}},
		{"a year's dead are counted route by route", pub + "Since January, 2,900 migrants have died at sea off Libya, the agency said.\n\n" +
			"Since January, 800 migrants have died off Tunisia. Since January, 300 migrants have died off Greece.\n\n" +
			"Since January, 120 migrants have died off Malta.\n",
			[]row{
				{Q: "2,900", Measure: "deaths", Subject: "Libya", Scope: "total"},
				{Q: "800", Measure: "deaths", Subject: "Tunisia", Scope: "total"},
				{Q: "300", Measure: "deaths", Subject: "Greece", Scope: "total"},
				{Q: "120", Measure: "deaths", Subject: "Malta", Scope: "total"},
			}},
	}, "measure", "direction", "scope")
}

// A list of names with a count in brackets after each counts place by
// place when one item is a place or too large to be an age; a list of
// people with their ages keeps them ages.
func TestBracketedCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"one count too large to be an age", pub + "The floods injured 900 people. By district, the injured were in Gorkha (640), Dhading (31) and Lamjung (16).\n",
			[]row{{Q: "900"}, {Q: "640"}, {Q: "31"}, {Q: "16"}}},
		{"one item a known place", pub + "The storm killed 70 people. Deaths by district: Dhading (31), Lamjung (16) and Kathmandu (9).\n",
			[]row{{Q: "70"}, {Q: "31"}, {Q: "16"}, {Q: "9"}}},
		{"people with their ages", pub + "Two climbers, Ana Ruiz (34) and Tom Hale (41), were hurt in the fall.\n",
			[]row{{Q: "Two"}}},
		{"a long list of one-word names", pub + "Floods left 30 people dead in the valley. The rest: Arvo (3), Belmont (2), Cray (1) and Dunmere (4).\n",
			[]row{{Q: "30"}, {Q: "3"}, {Q: "2"}, {Q: "1"}, {Q: "4"}}},
		{"children by first name", pub + "The fire hurt a mother and her children, Lina (9), Omar (6) and Sami (3).\n",
			nil},
		{"people in full with their ages", pub + "The crash killed Ana Ruiz (34), Tom Hale (41) and Eva Berg (29).\n",
			nil},
	})
}

// A weekday after a place says when, not where: "in western Kenya Tuesday"
// is Kenya.
func TestWeekdayAfterPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a weekday after the place", pub + "Rescuers pulled 14 survivors from a collapsed hotel in northern Chile Monday, officials said.\n",
			[]row{{Q: "14", Subject: "Chile"}}},
		{"a weekday's possessive after the place", pub + "Crews found 6 bodies in Lower Dir Friday's search, police said.\n",
			[]row{{Q: "6", Subject: "Lower Dir"}}},
	}, "direction")
}

// A crowd is its town's: at a landmark, at a gathering the lead gives a
// town by its possessive, in a part of "the city", or, when the story
// names no country, in the place its address files it under.
func TestCrowdsTown(t *testing.T) {
	const addr = "url: https://example.org/world/san-lorenzo/item/4471\ndate: 2025-06-20\noutlet: Test Times\n\n"
	runStage(t, []stageCase{
		{"a landmark whose name holds a country", pub + "Some 40,000 people rallied outside the U.S. Capitol on Friday.",
			[]row{{Q: "Some 40,000", Subject: "Washington"}}},
		{"a landmark with no country in its name", pub + "Police said 9,000 demonstrators filled Trafalgar Square.",
			[]row{{Q: "9,000", Subject: "London"}}},
		{"the lead's gathering in a town's possessive", pub + "Unions joined Ostrava's yearly anti-austerity march on Saturday, and trams stopped in Ostrava for hours.\n\nThe organisers counted 31,000 marchers, police 12,000.",
			[]row{{Q: "31,000", Subject: "Ostrava"}, {Q: "12,000", Subject: "Ostrava"}}},
		{"a part of the city", pub + "Unions joined Ostrava's yearly anti-austerity march on Saturday, and trams stopped in Ostrava for hours.\n\nAbout 8,000 marchers walked through the city's Mlynska district.",
			[]row{{Q: "About 8,000", Subject: "Ostrava"}}},
		{"the place the address files the story under", addr + "How many came out on Sunday is disputed, a study from the University of San Lorenzo finds.\n\nThe organisers said 90,000 people marched. Ana Ruiz, a statistician, reckoned 45,000.",
			[]row{{Q: "90,000", Subject: "San Lorenzo"}, {Q: "45,000", Subject: "San Lorenzo"}}},
		{"a person the address files the story under is no place", "url: https://example.org/columns/ana-ruiz/item/4471\ndate: 2025-06-20\noutlet: Test Times\n\nHow many came out on Sunday is disputed, writes Ana Ruiz.\n\nThe organisers said 90,000 people marched. Ruiz reckons 45,000.",
			[]row{{Q: "90,000", Subject: ""}, {Q: "45,000", Subject: ""}}},
		// Negative: a country's possessive is no town, and the headline's
		// words in an address name no place.
		{"a person's gathering is no town", pub + "Unions joined Mayor Novak's yearly anti-austerity march on Saturday.\n\nThe organisers counted 31,000 marchers.",
			[]row{{Q: "31,000", Subject: ""}}},
		{"a country's gathering is no town", pub + "Unions joined Poland's yearly anti-austerity march on Saturday.\n\nThe organisers counted 31,000 marchers.",
			[]row{{Q: "31,000", Subject: ""}}},
	}, "direction")
}

// A headline's capitals name no place when they are the words of what the
// story counts; a place's possessive before a figure is its people's.
func TestHeadlineCapitalsAndPossessivePlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a title-cased line's common words", pub + "300 Protesters Detained in Protester Roundup\n\nPolice in Lima detained the 300 on Sunday.",
			[]row{{Q: "300", Subject: "Peru"}}},
		{"a place's people in the possessive", pub + "Aid trucks rolled into Tigray on Monday. Tigray's 5.5 million residents have gone without food for weeks.",
			[]row{{Q: "5.5 million", Subject: "Tigray"}}},
		{"a name after 'in' in the possessive is a person's", pub + "The count went in Ek's favour on Monday. Ek's 40 aides cheered.",
			[]row{{Q: "40", Subject: ""}}},
		// Negative: a person's possessive is no place.
		{"a person's possessive", pub + "Aid trucks rolled into Tigray on Monday. Dr Ek's 40 patients got food.",
			[]row{{Q: "40", Subject: ""}}},
	}, "direction")
}

func TestTheStorysWarIsItsCountrys(t *testing.T) {
	runStage(t, []stageCase{
		{"the war of the story", pub + "Talks in Sudan stalled again on Monday. Envoys have tried for months to end the war that has killed thousands.",
			[]row{{Q: "thousands", Subject: "Sudan"}}},
		{"the story's war with words that describe it", pub + "Talks in Sudan stalled again on Monday. The two-year-long bitter war has left 150,000 dead.",
			[]row{{Q: "150,000", Subject: "Sudan"}}},
		{"a war between two sides is no one country's", pub + "Talks in Sudan stalled again on Monday. The war between its generals has killed 150,000.",
			[]row{{Q: "150,000", Subject: "war"}}},
		// Negative: a past war told as an event of its own.
		{"a dated war of its own", pub + "Talks in Sudan stalled again on Monday. The neighbours fought a brief war in 1998 in which about 900 people died.",
			[]row{{Q: "about 900", Subject: "war"}}},
	}, "direction")
}

// A crowd keyed to a site, a feast or nothing at all is the town's: a
// dateline in capitals set off by a dash names the town when page
// furniture stands before it; a site named with no town is the
// dateline's town; a name the story also writes "a Fiesta" or counts in
// the plural is a recurring event, no place, and the lead after a
// headline names the town.
func TestCrowdTownBehindSitesAndFeasts(t *testing.T) {
	runStage(t, []stageCase{
		{"a dash dateline after furniture", pub + "Home > Region\n\nSome 40,000 join march against new tax\n\n" +
			"PORTO ALEGRE - The teachers' union said on Sunday that 40,000 people had joined its march against the new tax.\n\nPolice put the turnout at 12,000.",
			[]row{{Q: "Some 40,000", Subject: "Porto Alegre"}, {Q: "40,000", Subject: "Porto Alegre"}, {Q: "12,000", Subject: "Porto Alegre"}}},
		{"a site with no town is the dateline's", pub + "KALMAR — Tens of thousands gathered in Linnaeus Park on Sunday to oppose the closure of the port.\n\nPolice said 52,000 people stood in Linnaeus Park at noon.",
			[]row{{Q: "Tens of thousands", Subject: "Kalmar"}, {Q: "52,000", Subject: "Kalmar"}}},
		{"a feast the story writes with an article", pub + "Police count 300,000 marchers in the Merced, the smallest crowd in years\n\n" +
			"The march of the Merced wound through Valdora on Tuesday, called by the farmers' league.\n\nIt was the quietest turnout in a Merced since 2011, when 1.2 million came.",
			[]row{{Q: "300,000", Subject: "Valdora"}, {Q: "1.2 million", Subject: "Valdora"}}},
		// Negative: a quarter the story never writes as an event stays
		// the place, and a dateline in small letters is no dash dateline.
		{"a quarter after the", pub + "Police counted 3,000 marchers in the Marais on Sunday.",
			[]row{{Q: "3,000", Subject: "Marais"}}},
		{"no dateline in small letters", pub + "Kalmar - The union said on Sunday that 40,000 people had joined its march.",
			[]row{{Q: "40,000", Subject: ""}}},
		{"a label in capitals is no dateline", pub + "BREAKING — The union said on Sunday that 40,000 people had joined its march.",
			[]row{{Q: "40,000", Subject: ""}}},
		{"a name before the noun it qualifies is no feast", pub + "Police said 4,000 people marched in Lyon on Saturday against the reform.\n\nA Lyon court later fined two organisers.",
			[]row{{Q: "4,000", Subject: "Lyon"}, {Q: "two", Subject: "Lyon"}}},
	}, "direction")
}

// A people's adjective before a word for a territory ("the Sudanese
// capital", "the Palestinian enclave") describes the place its sentence
// has named: the count is that place's, not the people's.
func TestTerritoryDescribedByItsPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"the territory named before", pub + "The health office in the army-run Dabra Strip said on Monday that 1,240 people have been killed in the Sudanese territory since the fighting began.",
			[]row{{Q: "1,240", Subject: "Dabra Strip"}}},
		// Negative: with no place named before, the people's country stays.
		{"nothing named before", pub + "Officials said 40 people were killed in the Sudanese capital on Monday.",
			[]row{{Q: "40", Subject: "Sudan"}}},
	}, "direction")
}

// A story that names its country only by its people's adjective ("the
// Maldivian party") still counts in that country; a body's acronym in the
// possessive before what it says ("the EC's results") is no place, where
// a place's name so written is ("Kandor's health office says").
func TestStoryCountryByItsPeopleAndNoAcronymPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a country named by its people's adjective", pub + "The Maldivian Democratic Party claimed a landslide on Sunday.\n\nThe elections board said it had received 126 complaints.",
			[]row{{Q: "126", Subject: "Maldives"}}},
		{"a body's acronym in the possessive", pub + "Cambodians voted on Sunday.\n\nThe NEC's chief officer said the count of voters was 6.9 million.",
			[]row{{Q: "6.9 million", Subject: "Cambodia"}}},
		// Negative: a place's name in the possessive stays the place.
		{"a place in the possessive", pub + "Kandor's health office says 470 people have been killed.",
			[]row{{Q: "470", Subject: "Kandor"}}},
		{"a place's name in the possessive of a speaker", pub + "Cambodians voted on Sunday.\n\nKampot's chief officer said the count of voters was 69,000.",
			[]row{{Q: "69,000", Subject: "Kampot"}}},
	}, "subject")
}

// A sentence whose speaker is a pronoun goes on with the count of the
// sentence right before it, though a paragraph break stands between (as
// wire copy sets every sentence apart): its place is that count's, not the
// story's first.
func TestSaidAgainKeepsThePlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a pronoun speaker after a break", pub + "Storms across the Andes have killed 90 people this week.\n\n" +
			"The toll in Bolivia reached 41, the civil defence office said on Friday.\n\nIt said another 230 people were injured.",
			[]row{{Q: "90", Subject: "Andes"}, {Q: "41", Subject: "Bolivia"}, {Q: "230", Subject: "Bolivia"}}},
		// Negative: a named speaker after the break takes up no place.
		{"a named speaker after a break", pub + "Storms across the Andes have killed 90 people this week.\n\n" +
			"The toll in Bolivia reached 41, the civil defence office said on Friday.\n\nThe Red Cross said another 230 people were injured.",
			[]row{{Q: "90", Subject: "Andes"}, {Q: "41", Subject: "Bolivia"}, {Q: "230", Subject: "Andes"}}},
		{"a toll after a count of another kind", pub + "Some 9,000 migrants have landed in Spain this year, the agency said.\n\n" +
			"About 2,100 were registered in Ceuta, its director told reporters.\n\nShe said 310 people had died at sea.",
			[]row{{Q: "Some 9,000", Subject: "Spain"}, {Q: "About 2,100", Subject: "Ceuta"}, {Q: "310", Subject: "Spain"}}},
	}, "subject")
}

// A people's adjective before a word of attack names who struck, not
// where the dead and hurt were counted: the place is what the attack was
// aimed at, named right after it.
func TestAttackersAdjectiveIsNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"the target after 'on'", pub + "Officials said 140 people were hurt in Serbian shelling on Moldova.",
			[]row{{Q: "140", Subject: "Moldova"}}},
		{"the target after 'against'", pub + "Doctors treated 85 people injured in Chilean raids against Bolivia this week.",
			[]row{{Q: "85", Subject: "Bolivia"}}},
		{"the target after 'of'", pub + "At least 9 people were killed in Serbian shelling of Tarsk, the mayor said.",
			[]row{{Q: "At least 9", Subject: "Tarsk"}}},
		{"no target named: the story's place, not the attacker's", pub + "Sirens sounded across Moldova before dawn.\n\nOfficials said 14 people were killed in Serbian shelling overnight.",
			[]row{{Q: "14", Subject: "Moldova"}}},
		{"what struck between the adjective and the attack, with a target", pub + "Officials said 31 people were hurt in Serbian drone strikes on Moldova.",
			[]row{{Q: "31", Subject: "Moldova"}}},
		{"what struck between the adjective and the attack, no target", pub + "Sirens sounded across Moldova before dawn.\n\nOfficials said 16 people were killed in Serbian cruise missile attacks overnight.",
			[]row{{Q: "16", Subject: "Moldova"}}},
		{"an attack before the figure is no event of a place when its attacker is named", pub + "Sirens sounded across Moldova before dawn.\n\nThe number of people killed in Serbian drone strikes rose to 12, officials said.",
			[]row{{Q: "12", Subject: "Moldova"}}},
		// Negative: a disaster named by a people's adjective is that country's.
		{"a disaster keeps its country", pub + "Rescuers said 77 people died in the Peruvian floods on Monday.",
			[]row{{Q: "77", Subject: "Peru"}}},
		{"a disaster of two words keeps its country", pub + "Rescuers said 58 people died in the Peruvian flash floods on Monday.",
			[]row{{Q: "58", Subject: "Peru"}}},
	}, "subject")
}

// A hospital, clinic or morgue is a site in a town, as a square is: the
// dead counted at one are the town's. Names listed with a site's, by a
// site noun they share or as items after one, are sites too.
func TestHospitalsAreSitesOfTheTown(t *testing.T) {
	runStage(t, []stageCase{
		{"items after a hospital", pub + "Flooding has killed 30 people in Leeds since Monday.\n\n" +
			"Of those, nine died at Mercy Hospital, four at Grove and two at Linden, officials said.",
			[]row{{Q: "30", Subject: "Leeds"}, {Q: "nine", Subject: "Leeds"}, {Q: "four", Subject: "Leeds"}, {Q: "two", Subject: "Leeds"}}},
		{"names sharing a site noun", pub + "Flooding has killed 30 people in Leeds since Monday.\n\n" +
			"Another 12 people died at Carver, Hollis and Reed hospitals on Friday, doctors said.",
			[]row{{Q: "30", Subject: "Leeds"}, {Q: "12", Subject: "Leeds"}}},
		// Negative: a town named with the hospital is the count's.
		{"a hospital in a named town", pub + "Flooding has killed 30 people in Leeds since Monday.\n\n" +
			"Nine more died at Mercy Hospital in Hull, doctors said.",
			[]row{{Q: "30", Subject: "Leeds"}, {Q: "Nine", Subject: "Hull"}}},
		{"a hospital named after its town", pub + "Flooding has killed 30 people in Tarsk since Monday.\n\n" +
			"Of those, nine died at Tarsk Provincial Hospital, doctors said.",
			[]row{{Q: "30", Subject: "Tarsk"}, {Q: "nine", Subject: "Tarsk"}}},
		{"a square named with its capital", pub + "Some 4,000 people gathered in Oslo's Town Square on Sunday, organisers said.",
			[]row{{Q: "Some 4,000", Subject: "Oslo"}}},
		{"a known town after a hospital is a town", pub + "Flooding has killed 30 people across Norway since Monday.\n\n" +
			"Of those, nine died in Mercy Hospital, four in Oslo and two in Bergen, officials said.",
			[]row{{Q: "30", Subject: "Norway"}, {Q: "nine", Subject: "Norway"}, {Q: "four", Subject: "Norway"}, {Q: "two", Subject: "Norway"}}},
		{"a list of towns stays a list of places", pub + "Flooding has killed 30 people in Leeds since Monday.\n\n" +
			"Of those, nine died in Bradford and four in Halifax, officials said.",
			[]row{{Q: "30", Subject: "Leeds"}, {Q: "nine", Subject: "Bradford"}, {Q: "four", Subject: "Halifax"}}},
	}, "subject")
}

// A candidate told by words of standing and then named, set off by
// commas ("her rival, Tomas Berg", "the third contender, Ivo Ek"), holds
// the share the clause gives: the name, not the one the possessive
// names nor the subject of the clause before.
func TestShareHolderNamedInApposition(t *testing.T) {
	runStage(t, []stageCase{
		{"after 'for' and a possessive", pub + "Lind won 51.2 percent, against 40.3 percent for his main competitor, Tomas Berg.",
			[]row{{Q: "51.2 percent", Subject: "Lind"}, {Q: "40.3 percent", Subject: "Tomas Berg"}}},
		{"an ordinal's candidate after 'while'", pub + "The count showed Lind won 51.2 percent, while the third contender, Ivo Ek, took 8.5 percent of the vote.",
			[]row{{Q: "51.2 percent", Subject: "Lind"}, {Q: "8.5 percent", Subject: "Ivo Ek"}}},
		{"a name's rival as the subject", pub + "Karelians chose a president on Sunday.\n\nLind's rival, Tomas Berg, had won 40.3 percent, the chief of the board said.",
			[]row{{Q: "40.3 percent", Subject: "Tomas Berg"}}},
		// Negative: a name described after it keeps the share.
		{"a name described after", pub + "Karelians chose a president on Sunday.\n\nTomas Berg, the main challenger, had won 40.3 percent, the board said.",
			[]row{{Q: "40.3 percent", Subject: "Tomas Berg"}}},
		{"a name described after, past an opening phrase", pub + "In the first round on Sunday, Ivo Ek, the mayor of Ostra, took 41 per cent of the vote, officials said.",
			[]row{{Q: "41 per cent", Subject: "Ivo Ek"}}},
	}, "subject")
}

// The parts of a held whole, listed after "including", are held by the
// whole's holder, not counted where they were taken.
func TestPartsOfAHeldWhole(t *testing.T) {
	runStage(t, []stageCase{
		{"parts after including", pub + "Kyiv said 40 of its sailors were being held in Moscow, including 12 officers and 28 cadets seized in a spring raid on the port of Odesa.",
			[]row{{Q: "40", Subject: "Russia"}, {Q: "12", Subject: "Russia"}, {Q: "28", Subject: "Russia"}}},
		// Negative: a whole that nobody holds leaves the parts their place.
		{"parts of a whole nobody holds", pub + "Kyiv said 40 of its sailors were stranded in Moscow, including 12 officers and 28 cadets seized in a spring raid on the port of Odesa.",
			[]row{{Q: "40", Subject: "Moscow"}, {Q: "12", Subject: "Moscow"}, {Q: "28", Subject: "Odesa"}}},
	}, "direction")
}

// A party's name in the vocabulary may run on in lower case ("the
// Israeli side"): the place is the party, not the adjective alone.
func TestPartyNameRunningOnInLowerCase(t *testing.T) {
	runStage(t, []stageCase{
		{"a side named by the vocabulary", pub + "Shelling went on along the frontier overnight. At least 300 soldiers have died on the Israeli side, officials said.",
			[]row{{Q: "At least 300", Subject: "Israel"}}},
		// Negative: a people's adjective before a side is the country too.
		{"a people's side", pub + "Shelling went on along the frontier overnight. At least 300 soldiers have died on the Lebanese side, officials said.",
			[]row{{Q: "At least 300", Subject: "Lebanon"}}},
	}, "direction")
}

// The town of a crowd with no place named: the town whose site the lead
// says the crowd filled ("Lisbon's Commerce Square"), the town after "in"
// in the headline words of the story's address, the town a "city
// district of" is part of, and the lead after a headline with a deck.
func TestCrowdTownFromLeadAddressAndDistrict(t *testing.T) {
	const slug = "url: https://example.org/march-against-rents-in-leipzig-ends-early\ndate: 2025-06-20\noutlet: Test Times\n\n"
	runStage(t, []stageCase{
		{"a town's site in the possessive", pub + "Lisbon's Commerce Square was packed with demonstrators against the housing law on Sunday. According to police, some 40,000 protesters took part, though organisers had hoped for 200,000.",
			[]row{{Q: "some 40,000", Subject: "Lisbon"}, {Q: "200,000", Subject: "Lisbon"}}},
		{"the town after 'in' in the address", slug + "Organisers said about 6,000 protesters set off at noon.\n\nLeipzig police later spoke of 2,500.",
			[]row{{Q: "about 6,000", Subject: "Leipzig"}, {Q: "2,500", Subject: "Leipzig"}}},
		{"a city district of the address's town", slug + "Organisers said about 6,000 protesters set off at noon.\n\nLeipzig police later said 30 people were detained in the southern city district of Connewitz.",
			[]row{{Q: "about 6,000", Subject: "Leipzig"}, {Q: "30", Subject: "Leipzig"}}},
		{"a site named in Spanish or Portuguese before its town", pub + "Organisers speak of 20,000 protesters\n\nDrivers and cyclists rallied on Avenida Central, in San Isidro, on Saturday.",
			[]row{{Q: "20,000", Subject: "San Isidro"}}},
		{"the lead after a headline and its deck", pub + "Rally against toll roads. Organisers speak of 20,000 protesters\n\nDrivers blocked the ring road in Porto on Saturday, honking for hours.",
			[]row{{Q: "20,000", Subject: "Porto"}}},
		// Negative: a town's official in the possessive is no site; a word
		// after "in" the text writes in small letters is no town; a district
		// of a province is the place named; a first paragraph that ends on
		// a stop is the lead.
		{"a town's official", pub + "Lisbon's Mayor Rui Costa spoke against the housing law on Sunday. According to police, some 40,000 protesters took part.",
			[]row{{Q: "some 40,000", Subject: ""}}},
		{"a word after 'in' in the address the text writes in small letters", "url: https://example.org/nurses-march-in-support-of-pay-deal\ndate: 2025-06-20\noutlet: Test Times\n\n" +
			"Organisers said about 6,000 protesters marched in support of the pay deal.",
			[]row{{Q: "about 6,000", Subject: ""}}},
		{"a word after 'in' in the address that opens a sentence", "url: https://example.org/thousands-rally-in-defence-of-river-parks\ndate: 2025-06-20\noutlet: Test Times\n\n" +
			"Defence of the parks drew a crowd on Sunday. Organisers said about 6,000 people marched.",
			[]row{{Q: "about 6,000", Subject: ""}}},
		{"a town after 'in' in the address that the text names after a preposition", "url: https://example.org/thousands-rally-in-tarvel-for-river-parks\ndate: 2025-06-20\noutlet: Test Times\n\n" +
			"Organisers said about 6,000 people marched.\n\nThe march ended at noon without trouble, police in Tarvel said.",
			[]row{{Q: "about 6,000", Subject: "Tarvel"}}},
		{"a district of a province", pub + "Officials said 30 people were killed in the Shindand district of Herat.",
			[]row{{Q: "30", Subject: "Shindand"}}},
		{"a site with no town named", pub + "Organisers speak of 20,000 protesters\n\nDrivers and cyclists rallied on Avenida Central on Saturday.",
			[]row{{Q: "20,000", Subject: "Avenida Central"}}},
		{"a first paragraph with a stop is the lead", pub + "Rally against toll roads. Organisers speak of 20,000 protesters.\n\nDrivers blocked the ring road in Porto on Saturday, honking for hours.",
			[]row{{Q: "20,000", Subject: ""}}},
	}, "direction")
}

// Places listed after "from", each with its count in brackets, are where
// the people counted came from: the count stays the story's place.
func TestOriginsListedWithTheirCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"origins with their counts", pub + "Some 9,100 asylum seekers reached Austria in the spring, officials said. Most of them came from Syria (3,200), Iraq (1,900) and Somalia (800).",
			[]row{{Q: "Some 9,100", Subject: "Austria"}, {Q: "3,200", Subject: "Austria"}, {Q: "1,900", Subject: "Austria"}, {Q: "800", Subject: "Austria"}}},
		// Negative: places listed after "in" keep their counts.
		{"places with their counts", pub + "Unions marched across Austria on Sunday. Police counted protesters in Graz (3,200), Linz (1,900) and Salzburg (800).",
			[]row{{Q: "3,200", Subject: "Graz"}, {Q: "1,900", Subject: "Linz"}, {Q: "800", Subject: "Salzburg"}}},
	}, "direction")
}

// Who disputes a count ("the army disputed the toll of 50") and who led
// the strike that killed them ("the Saudi-led coalition") are sides, not
// the count's place.
func TestDisputerAndLeaderAreNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"the subject disputing the toll", pub + "Fighting flared again in Mali this week. The U.S. army disputed the toll of 50 villagers given by aid groups.",
			[]row{{Q: "50", Subject: "Mali"}}},
		{"the side that led the strike", pub + "Fighting flared again in Yemen this week. Officials said 12 fighters were killed in the Saudi-led coalition raid.",
			[]row{{Q: "12", Subject: "Yemen"}}},
		// Negative: a subject that gives the toll as its own count, and a
		// place after a hyphen that leads nothing.
		{"the subject counting its own losses", pub + "Fighting flared again in Mali this week. The U.S. army lost 50 soldiers.",
			[]row{{Q: "50", Subject: "United States"}}},
		{"a hyphened place", pub + "Fighting flared again in Yemen this week. Officials said 12 fighters were killed in Saudi-held Marib.",
			[]row{{Q: "12", Subject: "Saudi-held Marib"}}},
		{"the subject questioning a tally", pub + "Floods hit Kenya this week. Uganda questioned the tally of 80 dead on Tuesday.",
			[]row{{Q: "80", Subject: "Kenya"}}},
		{"a verb of doubt that takes the people is a deed of its subject", pub + "Floods hit Kenya this week. Poland rejected 300 migrants at its frontier with Belarus in May.",
			[]row{{Q: "300", Subject: "Poland"}}},
	}, "direction")
}
