package text

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

// A percentage counts what it is a share of: the noun of a rate that
// governs it, the noun phrase after "of", or the share of a figure before
// it in the same sentence when its own noun is left out.
func TestShareMeasure(t *testing.T) {
	runStage(t, []stageCase{
		{"a rate of a noun phrase", pub + "Officials reported a mean rate of absent nurses of 18.4% on Monday.",
			[]row{{Q: "18.4%", Measure: "absent nurses"}}},
		{"a rate named by the noun before it", pub + "The board saw a record absence rate above 40 percent.",
			[]row{{Q: "above 40 percent", Measure: "absence rate"}}},
		{"a rate of a vocabulary noun, parts after it", pub + "The rate of strikers among drivers peaked on Monday, with 51% in the north and 38% in the south, the operator said.",
			[]row{{Q: "51%", Measure: "strikers"}, {Q: "38%", Measure: "strikers"}}},
		{"a share whose noun is left out", pub + "Unions counted 44% of striking dockers, the port authority 21%.",
			[]row{{Q: "44%", Measure: "strikers"}, {Q: "21%", Measure: "strikers"}}},
		{"a share of something singular", pub + "Farming makes up about 27% of the region's output.",
			[]row{{Q: "about 27%", Measure: "output"}}},
		{"a share of a workforce that went on strike", pub + "The minister said under 15 percent of the workforce went on strike.",
			[]row{{Q: "under 15 percent", Measure: "strikers"}}},
		{"a possessive before a share names its holder, not a measure", pub + "The court lowered the challenger's share to 12.5%.",
			[]row{{Q: "12.5%", Measure: ""}}},
		{"won, then a share of the next candidate left out", pub + "The mayor won 58%, and her rival 39%.",
			[]row{{Q: "58%", Measure: "votes"}, {Q: "39%", Measure: "votes"}}},
		{"a possessive's share in a story of a vote is of the vote", pub + "Mira Holt won the runoff on Sunday. Her allies said the recount left her 56.4 percent share intact.",
			[]row{{Q: "56.4 percent", Measure: "votes"}}},
		{"a possessive's share in a story of no vote is not", pub + "The miner said the sale left its 12 percent share intact.",
			[]row{{Q: "12 percent", Measure: ""}}},
		{"support in a story of a vote is votes", pub + "The bill passed the chamber with 64 percent support after a long debate.\n\nThe vote came late on Thursday.",
			[]row{{Q: "64 percent", Measure: "votes"}}},
		{"support in a story of no vote is what it is", pub + "Dockers began a walkout at the port on Monday. Union leaders expected 70 percent backing among the crews.",
			[]row{{Q: "70 percent", Measure: "backing"}}},
	}, "measure")
}

// A strike is counted in strikers, not in marchers: by the verb, or by
// the event the figure's people joined.
func TestStrikers(t *testing.T) {
	runStage(t, []stageCase{
		{"joined an event", pub + "Union leaders said 3 million workers joined Tuesday's general strike.",
			[]row{{Q: "3 million", Measure: "strikers"}}},
		{"went on strike", pub + "About 12,000 miners went on strike in the north.",
			[]row{{Q: "About 12,000", Measure: "strikers"}}},
		{"a share of strikers", pub + "The union said it had counted 70% of strikers in primary schools.",
			[]row{{Q: "70%", Measure: "strikers"}}},
		{"took part in marches stays a crowd", pub + "Police said 20,000 people took part in marches across the city.",
			[]row{{Q: "20,000", Measure: "protesters"}}},
		// One measure across articles, whoever walked out: "striking
		// pilots" in one story meet "strikers" in the next.
		{"a participle before people says what they did", pub + "The airline said 38% of striking pilots stayed home, down from 52% a week ago.",
			[]row{{Q: "38%", Measure: "strikers"}, {Q: "52%", Measure: "strikers"}}},
		{"a rate of people named by a participle", pub + "The ministry gave an average rate of striking nurses of 27.5% on Thursday.",
			[]row{{Q: "27.5%", Measure: "strikers"}}},
		{"a participle before a count of people", pub + "Roughly 4,000 striking bus drivers rallied outside the depot.",
			[]row{{Q: "Roughly 4,000", Measure: "strikers"}}},
	}, "measure")
}

// What befell people, written as a participle before their noun, is what
// is counted: "missing hikers" are missing, as "hikers missing" are.
func TestParticipleBeforePeople(t *testing.T) {
	runStage(t, []stageCase{
		{"missing before a noun of people", pub + "Rescuers were still searching for 17 missing fishermen on Friday.",
			[]row{{Q: "17", Measure: "missing"}}},
		{"before a noun of things it stays in the phrase", pub + "Auditors traced 30 missing files to the annex.",
			[]row{{Q: "30", Measure: "missing files"}}},
	}, "measure")
}

// People who showed up, turned up or participated at a rally are its
// crowd; people who took part in a survey are not.
func TestVerbsOfTurningUp(t *testing.T) {
	runStage(t, []stageCase{
		{"showed up", pub + "The march in Leeds was stopped early after some 20,000 people showed up, the police said.",
			[]row{{Q: "some 20,000", Measure: "protesters"}}},
		{"turned up", pub + "About 4,000 people turned up outside the town hall in Derby.",
			[]row{{Q: "About 4,000", Measure: "protesters"}}},
		{"participated in rallies", pub + "Organisers said more than two million people participated in 900 rallies.",
			[]row{{Q: "more than two million", Measure: "protesters"}, {Q: "900", Measure: "protests"}}},
		{"participated in a survey", pub + "About 1,200 people participated in the survey by the institute.",
			[]row{{Q: "About 1,200", Measure: ""}}},
	}, "measure")
}

// A figure right before a plural noun of gatherings counts the
// gatherings; the same noun elsewhere names the crowd counted.
func TestGatheringsCounted(t *testing.T) {
	runStage(t, []stageCase{
		{"rallies counted", pub + "Organisers listed more than 140 rallies in towns across the country on Saturday.",
			[]row{{Q: "more than 140", Measure: "protests"}}},
		{"an adjective between", pub + "Unions had planned about 90 regional demonstrations for the day.",
			[]row{{Q: "about 90", Measure: "protests"}}},
		{"of before the noun", pub + "Dozens of vigils were held in the north on Sunday, the organisers said.",
			[]row{{Q: "Dozens", Measure: "protests"}}},
		{"people drawn to rallies are a crowd", pub + "The call to strike drew 30,000 to rallies in the capital, police said.",
			[]row{{Q: "30,000", Measure: "protesters"}}},
		{"a rally's crowd", pub + "The rally drew about 6,000, the police said.",
			[]row{{Q: "about 6,000", Measure: "protesters"}}},
	}, "measure")
}

// A noun beyond the vocabulary is kept with the words that say what it
// is: a compound, adjectives joined by "and"; things that end like nouns
// of people are still things.
func TestOwnNounPhrase(t *testing.T) {
	runStage(t, []stageCase{
		{"a compound noun of things", pub + "Seven trade union centres called the walkout.",
			[]row{{Q: "Seven", Measure: "trade union centres"}}},
		{"adjectives joined before one noun", pub + "Rallies were held in more than 200 big and small Italian towns.",
			[]row{{Q: "more than 200", Measure: "small towns"}}},
		{"people named by a compound", pub + "A line of about 30 riot officers stood by the gate.",
			[]row{{Q: "about 30", Measure: "riot officers"}}},
		{"people named by their own words, not the toll before", pub + "The quake killed 310 people. More than 8,000 local and foreign rescue workers were on site on Tuesday.",
			[]row{{Q: "310", Measure: "deaths"}, {Q: "More than 8,000", Measure: "foreign rescue workers"}}},
		{"a part keeps the whole's measure", pub + "Rebels said they still held 40 captives, including nine former mayors of the province.",
			[]row{{Q: "40", Measure: "prisoners"}, {Q: "nine", Measure: "prisoners (former mayors)"}}},
		{"the first of a list is not the whole list", pub + "Some 9,000 police officers, soldiers and medics were sent to the coast.",
			[]row{{Q: "Some 9,000", Measure: ""}}},
	}, "measure")
}

// The places a toll covers are counted with it: a running total too.
func TestPlacesOfAToll(t *testing.T) {
	runStage(t, []stageCase{
		{"places of a toll", pub + "The ministry said about 3,500 houses were flattened in 41 villages.",
			[]row{{Q: "about 3,500", Measure: "homes", Scope: "total"}, {Q: "41", Measure: "villages", Scope: "total"}}},
		{"places with no toll", pub + "Organisers held marches in 41 towns on Thursday.",
			[]row{{Q: "41", Measure: "towns", Scope: "event"}}},
	}, "measure", "scope")
}

// A figure linked to a noun before it counts what that noun names: the
// noun a number is of, the subject of the linking verb, past words of
// comparison.
func TestLinkedNoun(t *testing.T) {
	runStage(t, []stageCase{
		{"the noun a number is of", pub + "The overall number of asylum claims lodged in the region since January is 12,480.",
			[]row{{Q: "12,480", Measure: "asylum claims"}}},
		{"the number of a vocabulary noun", pub + "The number of people injured in the blast rose to 64.",
			[]row{{Q: "64", Measure: "injured"}}},
		{"the subject of the linking verb", pub + "In May, returns totalled at least 4,210, the agency said.",
			[]row{{Q: "at least 4,210", Measure: "returns"}}},
		{"a singular subject", pub + "The nation's total workforce is 41 million.",
			[]row{{Q: "41 million", Measure: "workforce"}}},
		{"a noun that closes a phrase of to is no subject", pub + "Some 80 asylum seekers landed on Friday. The provisional tally for 2024 to date is 3,940.",
			[]row{{Q: "Some 80", Measure: "asylum seekers"}, {Q: "3,940", Measure: "asylum seekers"}}},
		{"past words of comparison", pub + "Unofficial counts suggested the death toll was as high as 1,300.",
			[]row{{Q: "1,300", Measure: "deaths"}}},
		{"people a verb of bringing links to a noun before", pub + "Some 9,800 newcomers were enrolled, bringing the active caseload in the district to 402,115 individuals by the end of May.",
			[]row{{Q: "Some 9,800", Measure: "newcomers"}, {Q: "402,115", Measure: "active caseload"}}},
		{"people pushed to, past a possessive", pub + "The new arrivals pushed the camp's registered population to 61,300 persons.",
			[]row{{Q: "61,300", Measure: "registered population"}}},
		{"people raised to, a vocabulary noun", pub + "The flooding raised the displaced population of the province to 86,000 people, officials said.",
			[]row{{Q: "86,000", Measure: "displaced"}}},
		{"people of their own after a verb of bringing", pub + "The charity brought the children to 40 families in the hills.",
			[]row{{Q: "40", Measure: "families"}}},
	}, "measure")
}

// Who the people of a figure are: the verb they are the object of stops
// the measure of the figure before; people named after "of" or by a
// compound are counted as what they are, and a part of them ("of them")
// carries it on.
func TestPeopleOfTheirOwn(t *testing.T) {
	runStage(t, []stageCase{
		{"the object of a verb is no part of the toll before", pub + "Shelling killed 44 people last week. The militia is accused of abducting over 2,300 teenagers.",
			[]row{{Q: "44", Measure: "deaths"}, {Q: "over 2,300", Measure: "teenagers"}}},
		{"hundreds of people of a kind", pub + "Hundreds of miners were trapped underground.",
			[]row{{Q: "Hundreds", Measure: "miners"}}},
		{"a part of a named group", pub + "About 9,500 volunteer firefighters were on duty, 1,200 of them from abroad, the minister said.",
			[]row{{Q: "About 9,500", Measure: "volunteer firefighters"}, {Q: "1,200", Measure: "volunteer firefighters"}}},
		{"people in the streets of a protest", pub + "Police said 20,000 marched in Lyon. Unions counted 80,000 opponents of the law in the streets of the city.",
			[]row{{Q: "20,000", Measure: "protesters"}, {Q: "80,000", Measure: "protesters"}}},
		{"people in the streets after a quake", pub + "The quake killed 120 people. Thousands of residents spent the night in the streets.",
			[]row{{Q: "120", Measure: "deaths"}, {Q: "Thousands", Measure: "residents"}}},
	}, "measure")
}

// People counted by a noun that says nothing of them are named by what
// they lack, past the place they are in: "people in the valley without
// running water", "persons unable to see a doctor".
func TestPeopleByWhatTheyLack(t *testing.T) {
	runStage(t, []stageCase{
		{"without, past a place", pub + "The survey found 310,000 people in the province without a family doctor.",
			[]row{{Q: "310,000", Measure: "people without a family doctor"}}},
		{"unable to, past a place with its article", pub + "Roughly 45,000 persons in the valley unable to reach a clinic were counted.",
			[]row{{Q: "Roughly 45,000", Measure: "people unable to reach a clinic"}}},
		{"without, then a verb of staying is no captivity", pub + "About 12,000 people without power remained in the north on Friday.",
			[]row{{Q: "About 12,000", Measure: "people without power"}}},
		{"a noun of its own keeps its name", pub + "The survey found 310,000 pensioners without a family doctor.",
			[]row{{Q: "310,000", Measure: "pensioners"}}},
	}, "measure")
}

func TestPredicatePastOf(t *testing.T) {
	runStage(t, []stageCase{
		{"people of a place and their verb", pub + "At least 35 residents of the old town were killed.",
			[]row{{Q: "At least 35", Measure: "deaths"}}},
	}, "measure")
}

// What makes a count an estimate: a vague handful is a loose count, a
// vague multitude an estimate; an estimating verb reaches over the
// clauses after it, not past a semicolon.
func TestLooseCountsAndEstimates(t *testing.T) {
	runStage(t, []stageCase{
		{"a handful is no estimate", pub + "Police said dozens were arrested near the stadium.",
			[]row{{Q: "dozens", Measure: "arrests", Kind: "completed"}}},
		{"thousands are an estimate", pub + "Officials said thousands were injured across the province.",
			[]row{{Q: "thousands", Measure: "injured", Kind: "estimated"}}},
		{"an estimating verb stops at a semicolon", pub + "Organisers estimate 40,000 at the rally in Haifa; 7 detained as marchers block a bridge.",
			[]row{{Q: "40,000", Measure: "protesters", Kind: "estimated"}, {Q: "7", Measure: "detained", Kind: "completed"}}},
	}, "measure", "kind")
}

// Word knowledge of what is counted: a share named by the vote,
// candidates, border apprehensions.
func TestMeasureWords(t *testing.T) {
	runStage(t, []stageCase{
		{"a score is a share of the vote", pub + "State television gave the incumbent a score of 71.2 percent, while his challenger's, it said, was about 9 percent.",
			[]row{{Q: "71.2 percent", Measure: "votes"}, {Q: "about 9 percent", Measure: "votes"}}},
		{"a victory percentage", pub + "The court revised the governor's election victory percentage to 62.9%.",
			[]row{{Q: "62.9%", Measure: "votes"}}},
		{"rivals in an election", pub + "The president's three challengers rejected the count.",
			[]row{{Q: "three", Measure: "candidates"}}},
		{"apprehensions at a border", pub + "Agents apprehended 98,310 migrants at the southern border in June, and encounters were up 4% from May.",
			[]row{{Q: "98,310", Measure: "apprehensions"}, {Q: "4%", Measure: "apprehensions"}}},
	}, "measure")
}

// A figure whose noun is left out, told against the figure before it in
// the same sentence; a verb before a linked figure is no subject.
func TestElidedAgainst(t *testing.T) {
	runStage(t, []stageCase{
		{"the figure another source gave", pub + "A rescuer said 4,000 people were still missing, fewer than the 7,000 a colleague gave on Monday.",
			[]row{{Q: "4,000", Measure: "missing"}, {Q: "7,000", Measure: "missing"}}},
		{"bringing to N the number", pub + "Kyiv freed 40 prisoners on Friday, bringing to more than 900 the number of prisoners freed this year.",
			[]row{{Q: "40", Measure: "prisoners"}, {Q: "more than 900", Measure: "prisoners"}}},
		{"up from, past a noun named nearer", pub + "The Greens took 54 seats in the vote on Sunday, up from 31 four years ago.",
			[]row{{Q: "54", Measure: "seats"}, {Q: "31", Measure: "seats"}}},
		{"a noun of its own", pub + "The unions counted 550,000 marchers, against 112,000 police officers on duty.",
			[]row{{Q: "550,000", Measure: "protesters"}, {Q: "112,000", Measure: "police officers"}}},
	}, "measure")
}

// People who "joined in" with no object joined the event told before; a
// partitive of those who did something takes the verb; scare quotes do
// not hide a verb's state; a rate per unit keeps its unit; a combined
// toll is a running total like its parts.
func TestContextOfPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"joined in the strike told before", pub + "\"It was the longest strike the port has seen, and at least 8,000 dockers joined in,\" the union leader said.",
			[]row{{Q: "at least 8,000", Measure: "strikers"}}},
		{"of those who died", pub + "Officials said 31 of those who drowned have not been named.",
			[]row{{Q: "31", Measure: "deaths"}}},
		{"a rate per unit", pub + "Surveyors counted about 3 people per square metre near the stage.",
			[]row{{Q: "about 3", Measure: "people per square metre"}}},
	}, "measure")
	runStage(t, []stageCase{
		{"a state in scare quotes", pub + "Rebels say 900 people ‘dead or wounded’ after the raid.",
			[]row{{Q: "900", Measure: "deaths or injured", Scope: "total"}}},
	}, "measure", "scope")
}

// In a story of protests, people quoted with no word of who they are are
// its protesters; people of a trade are what they are.
func TestQuotedPeopleOfAProtest(t *testing.T) {
	runStage(t, []stageCase{
		{"people in a quote are the crowd", pub + "Police said 30,000 marched in Porto. \"Forty thousand people are telling the minister to go,\" an organiser said.",
			[]row{{Q: "30,000", Measure: "protesters"}, {Q: "Forty thousand", Measure: "protesters"}}},
		{"people of a trade are no crowd", pub + "Police said 30,000 marched in Porto. \"Six nurses are doing the work of twelve,\" an organiser said.",
			[]row{{Q: "30,000", Measure: "protesters"}, {Q: "Six", Measure: "nurses"}, {Q: "twelve", Measure: "nurses"}}},
	}, "measure")
}

// A percentage of change measures what changed: the noun it compares,
// the object of the verb of change, or that verb's subject.
func TestChangeMeasure(t *testing.T) {
	runStage(t, []stageCase{
		{"a comparison after the noun", pub + "A new survey puts the flood toll 25 percent higher than the official count.",
			[]row{{Q: "25 percent", Measure: "deaths"}}},
		{"the object of a verb of change, past a list", pub + "In March the government raised tariffs on bread, rice, cooking oil and sugar by up to 40 percent.",
			[]row{{Q: "up to 40 percent", Measure: "tariffs"}}},
		{"the subject when there is no object", pub + "Officials said exports fell by 6% in the quarter.",
			[]row{{Q: "6%", Measure: "exports"}}},
		{"the noun a noun of number frames", pub + "The number of asylum applications in Norland dropped 14% over the winter.",
			[]row{{Q: "14%", Measure: "asylum applications"}}},
		{"a subject a past participle opens", pub + "Recorded sea crossings to the southern islands fell 31% in the spring.",
			[]row{{Q: "31%", Measure: "recorded sea crossings"}}},
	}, "measure")
}

// Money pledged or to be given is offered; money given is given.
func TestOfferedCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"pledging, and its conversion in brackets", pub + "The premier said so, pledging 2.1 billion euros ($2.3 billion) to rebuild the valley.",
			[]row{{Q: "2.1 billion", Measure: "money (EUR)", Kind: "offered"}, {Q: "$2.3 billion", Measure: "money (USD)", Kind: "offered"}}},
		{"a modal before a verb of giving", pub + "Japan would provide $12 million in relief, its embassy said.",
			[]row{{Q: "$12 million", Measure: "money (USD)", Kind: "offered"}}},
		{"given, with no modal", pub + "Japan provided $12 million in relief last year.",
			[]row{{Q: "$12 million", Measure: "money (USD)", Kind: "completed"}}},
	}, "measure", "kind")
}

// A share linked to the subject of its verb, past a prepositional phrase
// and the capital that only opens the sentence; a vocabulary noun in the
// sentence comes first.
func TestShareOfTheSubject(t *testing.T) {
	runStage(t, []stageCase{
		{"the subject of a verb of change", pub + "Inflation eased to 4.2% in May, the bank said.",
			[]row{{Q: "4.2%", Measure: "inflation"}}},
		{"past a prepositional phrase", pub + "Arrivals at the southern ports were down 18% on the year.",
			[]row{{Q: "18%", Measure: "arrivals"}}},
		{"a vocabulary noun before a phrase", pub + "Turnout in Sunday's mayoral runoff reached 47.5 percent.",
			[]row{{Q: "47.5 percent", Measure: "turnout"}}},
		{"a name is no subject of a share", pub + "Ukraine saw exports rise, and Poland's fell to 40%.",
			[]row{{Q: "40%", Measure: ""}}},
	}, "measure")
}

func TestOfferStaysInItsClause(t *testing.T) {
	runStage(t, []stageCase{
		{"a pledge and a team that arrived", pub + "Japan has pledged 30 million yen in aid, and a team of 64 medics arrived on Friday.",
			[]row{{Q: "30 million", Kind: "offered"}, {Q: "64", Kind: "completed"}}},
	}, "kind")
}

// A vocabulary noun before a plural noun modifies it.
func TestModifierNoun(t *testing.T) {
	runStage(t, []stageCase{
		{"drone attacks are no drones", pub + "The army said it repelled 140 missile and drone attacks overnight.",
			[]row{{Q: "140", Measure: "drone attacks"}}},
		{"body bags", pub + "The agency delivered 300 body bags to the morgue.",
			[]row{{Q: "300", Measure: "body bags"}}},
		{"a plural vocabulary noun stays", pub + "Russia launched 140 drones overnight.",
			[]row{{Q: "140", Measure: "drones"}}},
	}, "measure")
}

// "Bringing the total to N" is a running total even when the sentence
// has a date.
func TestBringingTheTotalWithADate(t *testing.T) {
	runStage(t, []stageCase{
		{"a total with a date", pub + "Some 700 migrants crossed in small boats on Monday, bringing the total this year to 11,250.",
			[]row{{Q: "Some 700", Measure: "migrants", Scope: "event"}, {Q: "11,250", Measure: "migrants", Scope: "total"}}},
		{"took the tally to", pub + "Another 310 migrants arrived on Tuesday. Those arrivals took the tally for the year to 9,120.",
			[]row{{Q: "310", Measure: "migrants", Scope: "event"}, {Q: "9,120", Measure: "migrants", Scope: "total"}}},
	}, "measure", "scope")
}

// People freed in a swap are prisoners, unless their noun says they are
// civilians: a part of the swap counted as what it is, with the swap's
// parties. Left homeless is not displaced.
func TestCiviliansAndHomeless(t *testing.T) {
	runStage(t, []stageCase{
		{"soldiers and civilians of one swap", pub + "Moscow said it had handed over 84 soldiers and 16 civilians to Kyiv.",
			[]row{{Q: "84", Measure: "prisoners"}, {Q: "16", Measure: "civilians"}}},
		{"civilians with a demonym", pub + "The exchange freed 230 servicemen and three Ukrainian civilians held since 2022.",
			[]row{{Q: "230", Measure: "prisoners"}, {Q: "three", Measure: "civilians"}}},
		{"fighters are prisoners", pub + "The rebels released 41 fighters on Sunday.",
			[]row{{Q: "41", Measure: "prisoners"}}},
		{"people let across a border stay what they are", pub + "Last month the border agency released into the country some 6,400 migrants and handed back 900 immigrants.\n\n" +
			"In the swap, Minsk also released 14 foreign nationals.",
			[]row{{Q: "some 6,400", Measure: "migrants"}, {Q: "900", Measure: "immigrants"}, {Q: "14", Measure: "prisoners"}}},
		{"a share handed out is no prisoner", pub + "An early tally handed the incumbent 54 percent.",
			[]row{{Q: "54 percent", Measure: ""}}},
		{"left homeless", pub + "Officials said the floods had left about 12,000 people homeless and displaced 40,000 more.",
			[]row{{Q: "about 12,000", Measure: "homeless"}, {Q: "40,000", Measure: "displaced"}}},
		{"people left homeless", pub + "Some 2,300 people were left homeless by the fire.",
			[]row{{Q: "Some 2,300", Measure: "homeless"}}},
	}, "measure")
}

// People who came somewhere to do something are counted by what they
// came to do: "came out to protest" are protesters, "flocked to vote"
// voters; a verb of motion alone says nothing.
func TestPurposeAfterMotion(t *testing.T) {
	runStage(t, []stageCase{
		{"came out to protest", pub + "The federation said 2.1 million residents came out to protest on Monday.",
			[]row{{Q: "2.1 million", Measure: "protesters"}}},
		{"past an aside in brackets", pub + "Unions expect 800,000 people (perhaps more) to take part on Thursday.",
			[]row{{Q: "800,000", Measure: "protesters"}}},
		{"a place reached is no purpose", pub + "About 40 people went to hospital after the storm, officials said.",
			[]row{{Q: "About 40", Measure: ""}}},
	}, "measure")
}

// Some figures count nothing a claim is about: the hour of a tally ("as of
// eight in the evening") and the number of people who speak ("three
// officials said").
func TestFiguresThatCountNothing(t *testing.T) {
	runStage(t, []stageCase{
		{"an hour before a part of the day", pub + "The civil defence put the toll at 41 dead by eight in the evening.",
			[]row{{Q: "41", Measure: "deaths"}}},
		{"an hour before a word of the clock", pub + "By 6 p.m. the count had reached 130 injured, the ministry said.",
			[]row{{Q: "130", Measure: "injured"}}},
		{"an hour at night", pub + "Rescuers had pulled 12 survivors from the mud by eleven at night.",
			[]row{{Q: "12", Measure: "survivors"}}},
		{"the number of speakers", pub + "At least 75 people drowned when the boat capsized, three police officials told reporters.",
			[]row{{Q: "At least 75", Measure: "deaths"}}},
		{"the number of speakers behind a determiner", pub + "Some 300 homes were swept away, the two local officials said.",
			[]row{{Q: "Some 300", Measure: "homes"}}},
	}, "measure")
}

// A bare figure handed over counts prisoners only in a story that names
// captives somewhere; in a flood story a hospital that "received more than
// 200" received no prisoners.
func TestBareFigureHandedOver(t *testing.T) {
	runStage(t, []stageCase{
		{"no captives in the story", pub + "The governor said the flood had killed 31 people in the valley. The regional hospital received more than 200 overnight, he added.",
			[]row{{Q: "31", Measure: "deaths"}, {Q: "more than 200", Measure: ""}}},
		{"captives named elsewhere in the story", pub + "The two sides traded detainees on Monday. The army said it received 64 at the border crossing.",
			[]row{{Q: "64", Measure: "prisoners"}}},
	}, "measure")
}

// A part of a toll told by how badly ("of them seriously") counts what the
// group before it counts, and is no running total of its own; nor is one
// place's share of a wider toll ("in Chile alone").
func TestPartsOfAToll(t *testing.T) {
	runStage(t, []stageCase{
		{"a part by how badly, a speaker after it", pub + "Nearly 3,000 people were hurt in the blasts, 260 of them seriously, hospital staff said.",
			[]row{{Q: "Nearly 3,000", Measure: "injured", Scope: claims.Total}, {Q: "260", Measure: "injured"}}},
		{"a part after of whom", pub + "The storm left 310 people injured, 41 of whom critically.",
			[]row{{Q: "310", Measure: "injured", Scope: claims.Total}, {Q: "41", Measure: "injured"}}},
		{"one place's share of a wider toll", pub + "The floods have killed 900 people across three countries, 610 of them in Peru alone.",
			[]row{{Q: "900", Measure: "deaths", Scope: claims.Total}, {Q: "610", Measure: "deaths"}}},
		{"a place alone in its own clause", pub + "Officials said more than 1,400 people died in Chile alone.",
			[]row{{Q: "more than 1,400", Measure: "deaths"}}},
	}, "measure", "scope")
}

// The dead that a passive verb carries somewhere are counted as bodies;
// a toll that no one carries stays deaths.
func TestDeadCarriedAreBodies(t *testing.T) {
	runStage(t, []stageCase{
		{"taken to a morgue", pub + "Some 90 dead were taken to the city morgue overnight, a coroner said.",
			[]row{{Q: "Some 90", Measure: "bodies"}}},
		{"flown to the capital", pub + "The 40 dead have been flown to the capital for burial.",
			[]row{{Q: "40", Measure: "bodies"}}},
		{"a toll not carried anywhere", pub + "At least 130 people were killed in the landslide, officials said.",
			[]row{{Q: "At least 130", Measure: "deaths"}}},
	}, "measure")
}

// A measurement is a claim when its sentence makes it a fact about a place
// or an event: a distance from a named place, the size of a place, a
// temperature. Its measure is the quantity and the unit's code; a distance
// is between the place it places and the place it is measured from.
func TestPhysicalMeasures(t *testing.T) {
	runStage(t, []stageCase{
		{"a distance that places a town from a named city", pub + "Some 8,000 marched in Lyon, about 390 kilometres south-east of Paris, police said.",
			[]row{{Q: "Some 8,000", Measure: "protesters", Subject: "Lyon"}, {Q: "about 390", Measure: "distance (km)", Subject: "Lyon", Recipient: "Paris"}}},
		{"a distance from the city of a name", pub + "The first tremor struck 20 km south-east of the town of Bam.",
			[]row{{Q: "20", Measure: "distance (km)", Subject: "Bam"}}},
		{"a distance away from a place, in miles", pub + "The camp lies 12 miles away from Tulle.",
			[]row{{Q: "12", Measure: "distance (mi)", Subject: "Tulle"}}},
		{"a distance from the capital the dateline names", "date: 2025-06-20\noutlet: Test Times\n\nLIMA - The landslide buried a village some 60 km east of the capital.",
			[]row{{Q: "some 60", Measure: "distance (km)", Subject: "landslide", Recipient: "Lima"}}},
		{"the size of a place", pub + "Freedom Square is about 9,000 square metres, the planner said. The park covers 3 hectares.",
			[]row{{Q: "about 9,000", Measure: "area (m2)"}, {Q: "3", Measure: "area (ha)"}}},
		{"a temperature in its unit, or in degrees in a sentence of heat", pub + "On Tuesday the temperature hit 48 degrees. The mercury reached 46C in Seville.",
			[]row{{Q: "48", Measure: "temperature (deg)"}, {Q: "46", Measure: "temperature (degC)", Subject: "Seville"}}},
		{"a distance that places nothing named, its unit glued or apart", pub + "The raft went down 80m out from the beach. The bus stopped 300 m short of the gate. The camp lies 12km from the coast.",
			nil},
		{"an area, a volume, a temperature glued to its unit or apart, placing nothing", pub + "The blaze spread over 40ha of scrub. Crews pumped 300L out of the cellar. The air cooled to 12C overnight. Some 20 hectares burned, and 300 litres were lost.",
			nil},
		{"a weight is an amount claimed, its unit glued or apart", pub + "Customs seized 14kg of heroin and 9 kg of cocaine, and lorries carried 250 tonnes of grain across the border.",
			[]row{{Q: "14", Measure: "weight (kg)"}, {Q: "9", Measure: "weight (kg)"}, {Q: "250", Measure: "weight (t)"}}},
		{"a weight joined by a hyphen describes a thing, no claim", pub + "A 7.5-tonne truck hit the barrier, and a 12-kg parcel and a 40-ton crane were found near the port.",
			nil},
		{"a distance one way from a capital the story does not name", pub + "Looters emptied a depot some 150 km south of the capital.",
			[]row{{Q: "some 150", Measure: "distance (km)"}}},
		{"measurements of nothing a claim is about", pub + "The car turned 180 degrees. The quake struck at a depth of 10 km. The hut lies 12 miles from the coast. The river rose to 4.8 metres. Temperatures rose by 3 degrees. The fires have burned about 40,000 acres.",
			nil},
	}, "measure", "direction")
}

// A share in words ("a third", "one in 50") is a claim when it is a share
// of a group named by its plural noun, or of the group told before ("half
// of those freed"); a share of a place or of no group is none.
func TestSharesInWords(t *testing.T) {
	runStage(t, []stageCase{
		{"a share of a group after of", pub + "About a quarter of the registered voters were women, officials said.",
			[]row{{Q: "About a quarter", Measure: "voters (share)"}}},
		{"a share of the group told before", pub + "Kyiv said 140 soldiers came home on Friday. Nearly half of those freed were marines.",
			[]row{{Q: "140", Measure: "prisoners"}, {Q: "Nearly half", Measure: "prisoners (share)"}}},
		{"one in N of a group", pub + "The flood displaced roughly one in 50 residents of the province.",
			[]row{{Q: "roughly one in 50", Measure: "residents (share)"}}},
		{"a share of all of a group, and of them after it", pub + "Nearly half of all deaths were in the north. Two-thirds of voters backed the plan. Half of them were women.",
			[]row{{Q: "Nearly half", Measure: "deaths (share)"}, {Q: "Two-thirds", Measure: "voters (share)"}, {Q: "Half", Measure: "voters (share)"}}},
		{"a share of them set off after a count", pub + "Some 90 people drowned in the valley, two-thirds of them women and children, the council said.",
			[]row{{Q: "Some 90", Measure: "deaths"}, {Q: "two-thirds", Measure: "deaths (share)"}}},
		{"a share of them right after a count, the verb behind", pub + "About 70 people died, two-thirds of them women and girls, the mayor said.",
			[]row{{Q: "About 70", Measure: "deaths"}, {Q: "two-thirds", Measure: "deaths (share)"}}},
		{"a share of them set in between a count and its verb", pub + "More than 6,000 villagers, a third of them children, have been killed since spring.",
			[]row{{Q: "More than 6,000", Measure: "deaths"}, {Q: "a third", Measure: "deaths (share)"}}},
		{"a share of them in the next sentence of the paragraph", pub + "At least 400 people were injured in the blasts. Half of them were children.",
			[]row{{Q: "At least 400", Measure: "injured"}, {Q: "Half", Measure: "injured (share)"}}},
		{"a share of those after a count", pub + "The army freed 240 captives on Monday, half of those teenagers.",
			[]row{{Q: "240", Measure: "prisoners"}, {Q: "half", Measure: "prisoners (share)"}}},
		{"a majority that comes with a result named a few words before", pub + "Counts point to a landslide victory for the People Unity Party with about a two-thirds majority in the 90-member chamber.",
			[]row{{Q: "two-thirds", Measure: "seats (share)"}, {Q: "90", Measure: "seats"}}},
		{"a change by a share of what the subject counts", pub + "The number of detainees dropped by a third, the agency said.",
			[]row{{Q: "a third", Measure: "detainees (share)"}}},
		{"a change by a share of a thing that grows or shrinks", pub + "The river rose by a third in a day. He cut his speech by half. Prices went up by a quarter. The meeting ran over by half an hour. The team won by a third of a second. Hospitals will hire 800 nurses this year, but nurses say rents have cut their pay by a third.",
			[]row{{Q: "800", Measure: "nurses"}}},
		{"a share of a population is of no plural group", pub + "About a quarter of the country's population lives in the delta.",
			nil},
		{"a share of them with no count told before is of no group", pub + "The council met in the town hall on Monday. Half of them left early. He won half of the city and a third round looms.",
			nil},
		{"a share of a place, of what is said, of no group", pub + "Power was back in about two thirds of the region. That is not even a third of what they claim. He sought a third term. The bill needs a two-thirds majority. Roughly one train in three ran.",
			nil},
	}, "measure")
}

// A share of a majority won or held is a share of the seats, its party's
// (of the votes when the words say so); a majority needed or sought is a
// threshold and no claim.
func TestMajorityShares(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb of winning before the majority", pub + "The Greens appear likely to win a two-thirds majority in the new assembly.",
			[]row{{Q: "two-thirds", Measure: "seats (share)", Subject: "Greens"}}},
		{"a result with the majority", pub + "The Civic Alliance won a sweeping victory with almost a two-thirds majority across the chamber.",
			[]row{{Q: "two-thirds", Measure: "seats (share)", Subject: "Civic Alliance"}}},
		{"a majority of the vote", pub + "The Labour Front won a two-thirds majority of the vote in the capital.",
			[]row{{Q: "two-thirds", Measure: "votes (share)", Subject: "Labour Front"}}},
		{"a majority sought, needed, or with no result before it", pub + "The Greens sought a two-thirds majority. With a two-thirds majority required, the reform stalled. The speech won a third round of applause.",
			nil},
	}, "measure", "subject")
}

// After a possessive a count is of someone's own ("her three
// grandchildren") and no claim, but a share its holder has and the rivals
// a candidate faces are facts of the story.
func TestPossessiveCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"a share its holder has, of what follows", pub + "Mayor Lind kept his 62% share of the vote after the recount.",
			[]row{{Q: "62%", Measure: "votes"}}},
		{"the rivals of a race", pub + "The court found that his two opponents had won more votes than first reported. Her three main rivals conceded on Monday.",
			[]row{{Q: "two", Measure: "opponents"}, {Q: "three", Measure: "main rivals"}}},
		{"someone's own people and a possessive's other figures stay out", pub + "He fled with his three grandchildren. Their two sons were at home. Workers won their 5% pay rise.",
			nil},
	}, "measure")
}

// A noun of people that says nothing of who they are ("people",
// "individuals") is named by what the sentence says of them: the verb of
// a relative clause, the state a participle gives, the event they came
// for, where they are; never by the bare noun, and not by a verb that
// they do themselves.
func TestFacelessPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"a passive participle and its complement", pub + "By the close of the audit, 48,200 individuals had been confirmed as resident, the agency said.",
			[]row{{Q: "48,200", Measure: "people confirmed as resident"}}},
		{"a relative clause on whose", pub + "Officials listed 3,100 persons whose homes are beyond repair as of Monday.",
			[]row{{Q: "3,100", Measure: "people whose homes are beyond repair"}}},
		{"still being treated are patients", pub + "About 120 people are still being treated at the regional clinic, the ministry said.",
			[]row{{Q: "About 120", Measure: "patients"}}},
		{"people who came by a route are arrivals", pub + "Border officials counted 6,140 people who arrived on the islands in May, against the 2,300 who came in April.",
			[]row{{Q: "6,140", Measure: "arrivals"}, {Q: "2,300", Measure: "arrivals"}}},
		{"people seen arriving, and those who touched down or made landfall", pub + "The agency said 9,400 people had been counted arriving by boat, most of them in Malta where 6,020 people touched down, while 1,150 made landfall in Crete.",
			[]row{{Q: "9,400", Measure: "arrivals"}, {Q: "6,020", Measure: "arrivals"}, {Q: "1,150", Measure: "arrivals"}}},
		{"a share of people named by how they moved", pub + "Some 30,000 migrants reached Europe by sea this year, with about 41 percent arriving in Spain and the rest split between Italy (35%) and Greece (24%).",
			[]row{{Q: "Some 30,000", Measure: "migrants"}, {Q: "about 41 percent", Measure: "migrants"}, {Q: "35%", Measure: "migrants"}, {Q: "24%", Measure: "migrants"}}},
		{"a share of people named by how they moved, in a story of no migrants", pub + "Some 30,000 visitors reached the islands this year, with about 41 percent arriving by ferry.",
			[]row{{Q: "Some 30,000", Measure: "visitors"}, {Q: "about 41 percent", Measure: "arrivals"}}},
		{"a share that came out to vote is no arrivals", pub + "Voters chose a new parliament on Sunday, and 54 percent came out to vote.",
			[]row{{Q: "54 percent", Measure: "turnout"}}},
		{"people sent back are deportations", pub + "The agency said 1,870 people were deported last year, and a further 410 were forcibly returned to their home countries.",
			[]row{{Q: "1,870", Measure: "deportations"}, {Q: "410", Measure: "deportations"}}},
		{"a verb before the people deported", pub + "In 2009 the ministry deported 15,300 people.",
			[]row{{Q: "15,300", Measure: "deportations"}}},
		// Negatives: a noun that names a measure keeps it; a toll that
		// comes to a figure stays a toll.
		{"troops who arrived stay troops", pub + "About 800 troops arrived in the border town on Monday.",
			[]row{{Q: "About 800", Measure: "troops"}}},
		{"captives who came home are no arrivals", pub + "The two sides swapped prisoners on Friday. Today 140 soldiers came home, and 12 others who had been deported were freed too.",
			[]row{{Q: "140", Measure: "prisoners"}, {Q: "12", Measure: "prisoners"}}},
		{"things that arrived are no arrivals of people", pub + "Two more fishing boats arrived at the harbour on Friday.",
			[]row{{Q: "Two", Measure: "fishing boats"}}},
		{"a toll that came to a figure", pub + "By nightfall the toll came to 52.",
			[]row{{Q: "52", Measure: "deaths"}}},
		{"a group pulled out alive after a place", pub + "Rescuers said a family of five in western Nepal who were pulled from the rubble late on Monday were recovering.",
			[]row{{Q: "five", Measure: "rescued"}}},
		{"people who came for an event are its participants", pub + "Nearly 3 million people who travelled to Karbala for the pilgrimage faced record heat.",
			[]row{{Q: "Nearly 3 million", Measure: "pilgrims"}}},
		// (The 35 count the shelters themselves: placeOfPeople.)
		{"past a count inside the place", pub + "After the storm some 4,000 people were in 35 shelters across the province.",
			[]row{{Q: "some 4,000", Measure: "evacuees"}, {Q: "35", Measure: "shelters"}}},
		{"past a noun of place to the verb", pub + "Some 900 people in the capital were left homeless by the storm.",
			[]row{{Q: "Some 900", Measure: "homeless"}}},
		{"past a name to a verb in the past", pub + "The union said 3,000 workers in Lyon joined the strike.",
			[]row{{Q: "3,000", Measure: "strikers"}}},
		{"a name that qualifies a noun is no place passed", pub + "Militants freed 9 hostages in May. Another 31 remain in Hamas captivity.",
			[]row{{Q: "9", Measure: "hostages"}, {Q: "31", Measure: "hostages"}}},
		{"past a place to the verb", pub + "Officials said 40 people in southern Chile were killed by the landslide.",
			[]row{{Q: "40", Measure: "deaths"}}},
		{"people in the streets after a quake", pub + "The tremor struck at dawn. Footage showed hundreds of people in the streets of the old town.",
			[]row{{Q: "hundreds", Measure: "people in the streets"}}},
		{"in a story of protests they are its protesters", pub + "Some 2,000 protesters rallied on Friday. On Saturday police saw 40,000 people in the streets of the capital.",
			[]row{{Q: "Some 2,000", Measure: "protesters"}, {Q: "40,000", Measure: "protesters"}}},
		{"people present at a protest are its protesters", pub + "Some 2,000 protesters rallied on Friday.\n\nPolice said 40 people were arrested.\n\nA monitoring group said about 9,000 people were present on Saturday.",
			[]row{{Q: "Some 2,000", Measure: "protesters"}, {Q: "40", Measure: "arrests"}, {Q: "about 9,000", Measure: "protesters"}}},
		{"an estimate is no state of theirs", pub + "Some 50 persons were believed to be inside the hall.",
			[]row{{Q: "Some 50", Measure: "persons"}}},
		{"expected to do what names them", pub + "Organisers said 10,000 people were expected to march on Sunday.",
			[]row{{Q: "10,000", Measure: "protesters"}}},
		{"a verb they do themselves names nothing", pub + "Some 300 individuals cleared the road by hand on Sunday.",
			[]row{{Q: "Some 300", Measure: "individuals"}}},
		{"a transfer's people are the transfer's", pub + "Militants handed 9 hostages to the army on Monday. Aides said 4 persons were handed to medics.",
			[]row{{Q: "9", Measure: "hostages"}, {Q: "4", Measure: "hostages"}}},
	}, "measure")
}

// A figure with a unit of measure glued to it measures what its unit
// measures, never what the figure before it counted; a bare figure after
// money still counts money.
func TestUnitsAreNoCarriedMeasure(t *testing.T) {
	runStage(t, []stageCase{
		{"a distance after money", pub + "Looters took 900 sacks of rice worth about $40,000 from a depot some 150km south of the capital.",
			[]row{{Q: "900", Measure: "sacks"}, {Q: "about $40,000", Measure: "money (USD)"}, {Q: "some 150", Measure: "distance (km)"}}},
		{"a weight", pub + "Police seized 12kg of cocaine and 3,000 bullets.",
			[]row{{Q: "12", Measure: "weight (kg)"}, {Q: "3,000", Measure: "bullets"}}},
		{"what a weight measures is carried to no count after it", pub + "Customs officers found 40kg of cocaine in the hold. Four others were in the cab.",
			[]row{{Q: "40", Measure: "weight (kg)"}, {Q: "Four"}}},
	}, "measure")
}

// A change linked to a noun of number ("that figure is 18% higher")
// changes what the figure it refers to counts; a change whose subject
// names its measure keeps it, and with no figure before, nothing says.
func TestChangeOfTheFigureBefore(t *testing.T) {
	runStage(t, []stageCase{
		{"that figure", pub + "So far this year 4,120 asylum seekers have landed on the island. That figure is 18 per cent higher than at the same point last year.",
			[]row{{Q: "4,120", Measure: "asylum seekers"}, {Q: "18 per cent", Measure: "asylum seekers"}}},
		{"a subject that names it", pub + "Police made 300 arrests in May. Arrests were up 9% from April.",
			[]row{{Q: "300", Measure: "arrests"}, {Q: "9%", Measure: "arrests"}}},
		{"no figure before", pub + "The number is 12% higher than the year before, the board said.",
			[]row{{Q: "12%", Measure: ""}}},
	}, "measure")
}

// "N of the casualties" is a part of the toll the story counted before it:
// it counts what the whole counts; with no toll before, it stays
// casualties.
func TestPartOfALooseToll(t *testing.T) {
	runStage(t, []stageCase{
		{"the dead told before", pub + "At least 210 people died when the stadium roof fell. At least 90 of the casualties were women, officials said.",
			[]row{{Q: "At least 210", Measure: "deaths"}, {Q: "At least 90", Measure: "deaths"}}},
		{"no toll before", pub + "The ministry said 60 of the casualties were children.",
			[]row{{Q: "60", Measure: "casualties"}}},
		{"a crowd before is no whole of a toll", pub + "About 5,000 protesters marched on Monday. Medics said 12 of the casualties were teenagers.",
			[]row{{Q: "About 5,000", Measure: "protesters"}, {Q: "12", Measure: "casualties"}}},
	}, "measure")
}

// A share of a whole body of people ("the workforce", "the staff") told
// beside a count of them in its sentence is that count's share; with no
// count of people beside it, it stays a share of what it names.
func TestShareOfAWholeBody(t *testing.T) {
	runStage(t, []stageCase{
		{"a share beside a count of strikers", pub + "By noon 40,000 teachers were on strike, or 31% of the staff, against 9% at the last walkout.",
			[]row{{Q: "40,000", Measure: "strikers"}, {Q: "31%", Measure: "strikers"}, {Q: "9%", Measure: "strikers"}}},
		{"no count beside it", pub + "The plan would cut 12% of the workforce by 2027.",
			[]row{{Q: "12%", Measure: "workforce"}}},
		{"a count of things beside it", pub + "The firm shut 30 plants, and 14% of the workforce lost their jobs.",
			[]row{{Q: "30", Measure: "plants"}, {Q: "14%", Measure: "workforce"}}},
	}, "measure")
}

// People told as a part of a whole named after "among" count what the
// whole counts; a whole the vocabulary does not know leaves them as they
// are.
func TestAmongAWhole(t *testing.T) {
	runStage(t, []stageCase{
		{"a part of the dead", pub + "Rescuers said 12 children among the dead were found in a school.",
			[]row{{Q: "12", Measure: "deaths"}}},
		{"past a coordinated noun", pub + "Medics said 9 nurses and doctors among the injured were back at work.",
			[]row{{Q: "9", Measure: "injured"}}},
		{"a whole the vocabulary does not know", pub + "Some 25 volunteers among the organisers handed out water.",
			[]row{{Q: "Some 25", Measure: "volunteers"}}},
	}, "measure")
}

// The figure right after "among" is the whole a part belongs to, not a
// part of the transfer told before it; one after "among them" is a part.
func TestAmongWholeIsNoPart(t *testing.T) {
	runStage(t, []stageCase{
		{"the whole after among", pub + "Militants freed 50 hostages on Friday. Farmers were among some 300 hostages taken in May.",
			[]row{{Q: "50", Kind: "completed"}, {Q: "some 300", Kind: "estimated"}}},
		{"a part after among them", pub + "Militants freed 50 hostages on Friday, among them 12 women.",
			[]row{{Q: "50", Kind: "completed"}, {Q: "12", Kind: "completed"}}},
	}, "kind")
}

// A share set against "X out of Y" with no noun of its own is a share of
// X: the whole after "out of" is not what it counts.
func TestShareAgainstAPartOutOfAWhole(t *testing.T) {
	runStage(t, []stageCase{
		{"a share of the votes, not of the voters", pub + "The court said Mensah won 3.1 million votes out of 5.6 million registered voters, not the 71.2% first announced.",
			[]row{{Q: "3.1 million", Measure: "votes"}, {Q: "5.6 million", Measure: "voters"}, {Q: "71.2%", Measure: "votes"}}},
		{"a share of the votes, a whole in other words", pub + "Okafor polled 96,000 votes out of some 150,000 voters in the district, against 81% on the first count.",
			[]row{{Q: "96,000", Measure: "votes"}, {Q: "some 150,000", Measure: "voters"}, {Q: "81%", Measure: "votes"}}},
		{"a whole with no out is still the nearest noun", pub + "Officials counted 5.6 million registered voters, and a turnout above 48%.",
			[]row{{Q: "5.6 million", Measure: "voters"}, {Q: "above 48%", Measure: "turnout"}}},
	}, "measure")
}

// A heading's figure with no noun counts what the same figure counts in
// the paragraphs after it; another figure below, or a sentence that is no
// heading, gives it nothing.
func TestHeadingFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"a heading over its figure", pub + "Teachers marched across Spain on Thursday.\n\n90,000 in Seville\n\n" +
			"In the south, the marchers were 90,000 in Seville, the union said.\n",
			[]row{{Q: "90,000", Measure: "protesters"}, {Q: "90,000", Measure: "protesters"}}},
		{"another figure below", pub + "Teachers marched across Spain on Thursday.\n\n90,000 in Seville\n\n" +
			"In the south, the marchers were 85,000 in Seville, the union said.\n",
			[]row{{Q: "90,000", Measure: ""}, {Q: "85,000", Measure: "protesters"}}},
	}, "measure")
}

// Words of the vocabulary for what people went through or are: people
// taken to hospital are injured, a crowd that celebrates is a crowd, and
// the roll of a vote counts its voters. Those taken elsewhere are not
// injured.
func TestMeasureOfWhatPeopleWentThrough(t *testing.T) {
	runStage(t, []stageCase{
		{"taken to hospital after an arrest count", pub + "Police said six people were detained and 14 were taken to hospital with cuts.",
			[]row{{Q: "six", Measure: "detained"}, {Q: "14", Measure: "injured"}}},
		{"taken to a police station stays arrested", pub + "Police said six people were detained and 14 were taken to a police station.",
			[]row{{Q: "six", Measure: "detained"}, {Q: "14", Measure: "detained"}}},
		{"a crowd that celebrated", pub + "Tens of thousands of people celebrated in the main square after the verdict.",
			[]row{{Q: "Tens of thousands", Measure: "protesters"}}},
		{"the roll of a vote", pub + "The commission said 3.9 million people voted, from a roll of 9.2 million.",
			[]row{{Q: "3.9 million", Measure: "votes"}, {Q: "9.2 million", Measure: "voters"}}},
	}, "measure")
}

// A toll named right before its figure (a headline's "death toll above
// 900") or the subject of a verb that passes a level ("climbs past 120",
// "rises beyond 60") says what the figure counts.
func TestTollPassingALevel(t *testing.T) {
	runStage(t, []stageCase{
		{"a headline's toll above", pub + "Cyclone death toll above 900\n\nRescuers reached the delta on Sunday.\n",
			[]row{{Q: "above 900", Measure: "deaths"}}},
		{"climbs past", pub + "The number of dead climbs past 120 in the delta.\n", []row{{Q: "120", Measure: "deaths"}}},
		{"rises beyond", pub + "The number of injured rises beyond 60, the hospital said.\n", []row{{Q: "beyond 60", Measure: "injured"}}},
		{"a crowd is no toll", pub + "Marchers past 2,000 filled the square.\n", []row{{Q: "2,000", Measure: "protesters"}}},
	}, "measure")
}

// Animals a disaster kills are counted as livestock, not as people's
// deaths or bodies.
func TestLivestockToll(t *testing.T) {
	runStage(t, []stageCase{
		{"killed", pub + "The storm killed 9 people and 2,300 livestock in the hills.\n",
			[]row{{Q: "9", Measure: "deaths"}, {Q: "2,300", Measure: "livestock"}}},
		{"swept away, by the head", pub + "Floodwater swept away 640 head of cattle, and 1,200 livestock have also died.\n",
			[]row{{Q: "640", Measure: "livestock"}, {Q: "1,200", Measure: "livestock"}}},
	}, "measure")
}

// What was found of people after their noun says what they count, past
// "also" and "found": "have also been found injured".
func TestFoundInjured(t *testing.T) {
	runStage(t, []stageCase{
		{"also found injured", pub + "Some 600 people were also found injured in the valley.\n", []row{{Q: "Some 600", Measure: "injured"}}},
		{"found dead", pub + "Divers said 14 people were found dead near the pier.\n", []row{{Q: "14", Measure: "deaths"}}},
	}, "measure")
}

// A percentage of change counts what changed: the noun after a noun of
// change ("a 40% fall in X"), the subject of its clause past the places
// it names, or the count before it that it compares with the year before.
func TestWhatAChangeChanges(t *testing.T) {
	runStage(t, []stageCase{
		{"the noun after a noun of change", pub + "The agency recorded a 41% fall in sea arrivals from Libya.",
			[]row{{Q: "41%", Measure: "sea arrivals"}}},
		{"a noun of change with its own adjective", pub + "Officials noted a 58% year-on-year decline in irregular entries along the eastern route.",
			[]row{{Q: "58%", Measure: "irregular entries"}}},
		{"a noun of change before, and the level after", pub + "There was a steep rise in visa applications from the region, up 120% to 8,400.",
			[]row{{Q: "120%", Measure: "visa applications"}, {Q: "8,400", Measure: "visa applications"}}},
		{"the subject past a named place", pub + "Removals from the Netherlands increased by 17% to 5,300, the ministry said.",
			[]row{{Q: "17%", Measure: "removals"}, {Q: "5,300", Measure: "removals"}}},
		{"the subject of a verb of change without by", pub + "Asylum applications rose 22% in the first half, according to the office.",
			[]row{{Q: "22%", Measure: "asylum applications"}}},
		{"a comparison with the count before", pub + "The office registered 31,200 work permits in 2023, 14% more than the year before.",
			[]row{{Q: "31,200", Measure: "work permits"}, {Q: "14%", Measure: "work permits"}}},
		{"a share that is no change keeps to its own noun", pub + "Applications from Syrians rose to 18% of all claims.",
			[]row{{Q: "18%", Measure: "claims"}}},
		{"a pronoun subject names nothing", pub + "They rose 9% last year.",
			[]row{{Q: "9%"}}},
	}, "measure")
}

func TestWhatAChangeChangesIsNoSpeaker(t *testing.T) {
	runStage(t, []stageCase{
		{"the speaker before reported speech is no subject", pub + "UNHCR said overall arrivals in May were up 7% from April.",
			[]row{{Q: "7%"}}},
		{"a name as the subject", pub + "Frontex reported 9% more on the eastern route.",
			[]row{{Q: "9%"}}},
	}, "measure")
}

// A plain number right after a noun of a sequence labels which part it is
// ("day two", "stage 3") and counts nothing; a number followed by its own
// noun still counts.
func TestSequenceLabel(t *testing.T) {
	runStage(t, []stageCase{
		{"day two and stage 3", pub + "Dozens of detainees were freed on day two of the swap. Officials said stage 3 would follow.",
			[]row{{Q: "Dozens", Measure: "detainees"}}},
		{"a count after the same noun", pub + "On the day 40 detainees were freed, the talks resumed.",
			[]row{{Q: "40", Measure: "detainees"}}},
	}, "measure")
}

// An adverb of manner right after a figure heads no noun phrase: the noun
// is left out and the items count what the whole before them counts. An
// adverb before a participle that qualifies a noun is the noun's.
func TestAdverbAfterFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"parts by how badly", pub + "The quake damaged 5,200 homes, of which 3,100 partially and 2,100 completely.\n",
			[]row{{Q: "5,200", Measure: "homes"}, {Q: "3,100", Measure: "homes"}, {Q: "2,100", Measure: "homes"}}},
		{"a participle after the adverb", pub + "The storm hit 900 homes, of which 600 were partly flooded and 300 totally swept away.\n",
			[]row{{Q: "900", Measure: "homes"}, {Q: "600", Measure: "homes"}, {Q: "300", Measure: "homes"}}},
		{"an adverb of the noun's participle", pub + "The agency registered 40 newly displaced families. The army said 12 seriously injured soldiers were flown out.\n",
			[]row{{Q: "40", Measure: "displaced"}, {Q: "12", Measure: "injured"}}},
	}, "measure")
}

// A toll that opens its clause says what the figure it rises to counts,
// whatever the phrase after it names of the event: "The death toll from
// the missile strike on the port has risen to 12" counts the dead.
func TestTollSubjectOverTheEvent(t *testing.T) {
	runStage(t, []stageCase{
		{"the toll of a strike", pub + "The death toll from the missile strike on the port has risen to 12, the mayor said.\n",
			[]row{{Q: "12", Measure: "deaths"}}},
		{"the toll of a drone attack", pub + "The number of injured in the drone attack on the depot rose to 31.\n",
			[]row{{Q: "31", Measure: "injured"}}},
		{"no toll opens the clause", pub + "Air defences over the port have shot down 12 missiles, the army said.\n",
			[]row{{Q: "12", Measure: "missiles"}}},
	}, "measure")
}

// A bare figure in brackets after a place counts what its own clause
// names before it, never the measure of the sentence before, nor the
// places the clause counts ("rallies in 40 towns").
func TestBracketAfterAPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"the clause's own measure over the sentence before", pub + "Floods killed 210 people across the country, officials said. The number of injured residents is largest in Oranmore (412), ahead of Dunleary (97).",
			[]row{{Q: "210", Measure: "deaths"}, {Q: "412", Measure: "injured"}, {Q: "97", Measure: "injured"}}},
		{"a crowd in brackets after places counted", pub + "Marches were held in over 40 towns alongside big rallies in Verona (some 12,000 by police count) and Parma (9,000).",
			[]row{{Q: "over 40", Measure: "towns"}, {Q: "some 12,000", Measure: "protesters"}, {Q: "9,000", Measure: "protesters"}}},
		{"places counted before the brackets are not what they count", pub + "Some 20,000 protesters marched in the capital on Saturday. The unrest spread to 12 cities, among them Lille (3,000) and Metz (1,500).",
			[]row{{Q: "Some 20,000", Measure: "protesters"}, {Q: "12", Measure: "cities"}, {Q: "3,000", Measure: "protesters"}, {Q: "1,500", Measure: "protesters"}}},
		// Negatives: the measure named before in the sentence stays; a
		// count of places is still a count of places.
		{"the sentence's own measure stays", pub + "Police counted marchers in several towns: Lyon (4,500) and Sete (1,200).",
			[]row{{Q: "4,500", Measure: "protesters"}, {Q: "1,200", Measure: "protesters"}}},
		{"a toll in brackets after places", pub + "Storms killed 440 people across the west on Monday: Leinster (300), Munster (90) and Ulster (50).",
			[]row{{Q: "440", Measure: "deaths"}, {Q: "300", Measure: "deaths"}, {Q: "90", Measure: "deaths"}, {Q: "50", Measure: "deaths"}}},
	}, "measure")
}

// A verb with its particle right before a count says what befell the
// people it counts ("rounded up 300 people" are arrests), over the
// measure of the figure before.
func TestVerbAndParticleBefore(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb of killing with its particle", pub + "Rebels still hold 90 hostages in the hills. Army shelling has wiped out nearly 2,000 people in the valley, the health office said.",
			[]row{{Q: "90", Measure: "hostages"}, {Q: "nearly 2,000", Measure: "deaths"}}},
		{"gunned down", pub + "Rebels still hold 90 hostages in the hills. Their fighters gunned down 14 villagers on Sunday.",
			[]row{{Q: "90", Measure: "hostages"}, {Q: "14", Measure: "deaths"}}},
		{"a verb of arrest with its particle", pub + "Some 5,000 protesters marched on Friday. Police rounded up about 300 people after the march.",
			[]row{{Q: "Some 5,000", Measure: "protesters"}, {Q: "about 300", Measure: "arrests"}}},
		// Negatives: a noun the vocabulary knows stays; a verb and
		// particle of no measure names nothing.
		{"a known noun after the verb stays", pub + "Rebels still hold 90 hostages. The flood wiped out 40 homes in the valley.",
			[]row{{Q: "90", Measure: "hostages"}, {Q: "40", Measure: "homes"}}},
		{"a single verb before still reads", pub + "Rebels still hold 90 hostages. Their fighters killed 14 villagers on Sunday.",
			[]row{{Q: "90", Measure: "hostages"}, {Q: "14", Measure: "deaths"}}},
	}, "measure")
}

// People a disaster "affected" are counted as affected, not as the toll
// told before, past the places they live in ("in 12 districts").
func TestPeopleAffected(t *testing.T) {
	runStage(t, []stageCase{
		{"affected past a count of places", pub + "The quake injured 300 people. An estimated 2 million people in 12 districts have been affected, the agency said.",
			[]row{{Q: "300", Measure: "injured"}, {Q: "An estimated 2 million", Measure: "affected"}, {Q: "12", Measure: "districts"}}},
		{"affected right after the noun", pub + "The storm killed 12 people. Some 80,000 residents were affected, officials said.",
			[]row{{Q: "12", Measure: "deaths"}, {Q: "Some 80,000", Measure: "affected"}}},
		// The toll's own verb past the places; a count of places is still
		// one.
		{"the toll's own verb past places", pub + "The storm hit the coast on Monday. About 40 people in 3 villages were killed.",
			[]row{{Q: "About 40", Measure: "deaths"}, {Q: "3", Measure: "villages"}}},
	}, "measure")
}

// "the murder of 14 people" counts the dead, as "the killing of" does,
// not the arrests told before.
func TestMurderOf(t *testing.T) {
	runStage(t, []stageCase{
		{"the murder of", pub + "Police arrested 30 people on Friday. The suspects are charged over the murder of nine miners.",
			[]row{{Q: "30", Measure: "arrests"}, {Q: "nine", Measure: "deaths"}}},
		// Negative: the killing of, as before.
		{"the killing of", pub + "Police arrested 30 people on Friday. The suspects are charged over the killing of nine miners.",
			[]row{{Q: "30", Measure: "arrests"}, {Q: "nine", Measure: "deaths"}}},
	}, "measure")
}

// A figure whose own noun names things counts them, never the measure of a
// noun before it in its clause; people are prisoners only when they are
// what the transfer hands over, not when they receive it or when a verb of
// their own clause tells of them.
func TestOwnNounOverTransfer(t *testing.T) {
	runStage(t, []stageCase{
		{"things named after a link word", pub + "The rebels freed 12 soldiers and handed over charts of 4,000 buried mines.",
			[]row{{Q: "12", Measure: "prisoners"}, {Q: "4,000", Measure: "buried mines"}}},
		{"things after a verb", pub + "About 3,000 marchers rallied in the square and voiced three demands.",
			[]row{{Q: "About 3,000", Measure: "protesters"}, {Q: "three", Measure: "demands"}}},
		{"people who receive what is sent", pub + "Talks on the captives went on. The agency plans to send food parcels to 80,000 people by June.",
			[]row{{Q: "80,000", Measure: ""}}},
		{"people given something", pub + "Talks on the captives went on. Some 120 people have been given asylum this year.",
			[]row{{Q: "Some 120", Measure: "refugees"}}}, // what they were given names them, not the transfer
		{"people given something the vocabulary has no word for", pub + "Talks on the captives went on. Some 120 people have been given vouchers this year.",
			[]row{{Q: "Some 120", Measure: ""}}},
		{"a verb of their own clause", pub + "Talks on the captives went on, and the capital returned to calm for a concert, which drew 60 thousand people.",
			[]row{{Q: "60 thousand", Measure: ""}}},
		// Negatives: people handed over stay prisoners.
		{"people handed over", pub + "Talks on the captives went on. Some 120 people have been handed over to the Red Cross.",
			[]row{{Q: "Some 120", Measure: "prisoners"}}},
		{"people sent home", pub + "Talks on the captives went on. The army sent 40 people home to their families.",
			[]row{{Q: "40", Measure: "prisoners"}}},
	}, "measure")
}

// What a clause says of its own people wins over the toll of the clause
// before it: "12 have gone missing" after "40 were hurt" are missing.
func TestOwnStateOverCarried(t *testing.T) {
	runStage(t, []stageCase{
		{"gone missing after the hurt", pub + "The storm hurt 40 people in the hills, and 12 have gone missing.",
			[]row{{Q: "40", Measure: "injured"}, {Q: "12", Measure: "missing"}}},
		{"went missing", pub + "Mudslides injured 16 residents, while 9 went missing overnight.",
			[]row{{Q: "16", Measure: "injured"}, {Q: "9", Measure: "missing"}}},
		{"unaccounted-for after the dead", pub + "Four miners died in the blast. Crews still search for 23 other miners unaccounted-for below ground.",
			[]row{{Q: "Four", Measure: "deaths"}, {Q: "23", Measure: "missing"}}},
		{"hurt as a state after the rescued", pub + "Some 18 workers were pulled from the rubble, with at least 7 of them suffering serious injuries.",
			[]row{{Q: "Some 18", Measure: "rescued"}, {Q: "at least 7", Measure: "injured"}}},
	}, "measure")
}

// A verb of killing or hurting right before a count says what it counts,
// over the noun of the people and over a transfer told elsewhere in the
// sentence; and figures after a part set in with "including" count the
// whole again, not the part.
func TestVerbOverTransferAndPart(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb of killing before people", pub + "The rebels handed back 40 bodies and killed 9 guards.",
			[]row{{Q: "40", Measure: "bodies"}, {Q: "9", Measure: "deaths"}}},
		{"the dead of a war beside a swap", pub + "The sides swapped 300 prisoners, closing a conflict that killed about 9,000 people.",
			[]row{{Q: "300", Measure: "prisoners"}, {Q: "about 9,000", Measure: "deaths"}}},
		{"after a part, the whole", pub + "Officials said 12 captives, including three teenagers, were moved to Lyon, 5 to Nice and two to Metz.",
			[]row{{Q: "12", Measure: "prisoners"}, {Q: "three", Measure: "teenagers"}, {Q: "5", Measure: "prisoners"}, {Q: "two", Measure: "prisoners"}}},
	}, "measure")
}

// A bare figure whose own sentence names a crowd or a toll before it
// counts that, not what the sentence before counted.
func TestOwnSentenceOverCarried(t *testing.T) {
	runStage(t, []stageCase{
		{"a crowd named in the sentence", pub + "Police said 40 people were arrested at the main rally. Rallies were also held in several towns, with organisers claiming thousands in some of them.",
			[]row{{Q: "40", Measure: "arrests"}, {Q: "thousands", Measure: "protesters"}}},
		// Negative: with nothing named in its sentence the figure goes on
		// counting what the sentence before counted.
		{"nothing named: carried", pub + "Police said 40 people were arrested at the main rally. There were 12 more in Lyon.",
			[]row{{Q: "40", Measure: "arrests"}, {Q: "12", Measure: "arrests"}}},
	}, "measure")
}

// People told as a part of a whole that a verb of inclusion takes ("the
// dead included …") count what the whole counts; a loose noun of a toll
// as the whole counts the story's dead, else what its last toll counted.
func TestIncludedInAWhole(t *testing.T) {
	runStage(t, []stageCase{
		{"the whole is a measure", pub + "Medics said the injured included at least 14 people from the harbour district.",
			[]row{{Q: "at least 14", Measure: "injured"}}},
		{"victims after a count of the dead", pub + "Thirty people lost their lives in the clashes and 200 more were hurt.\n\nA monitor said the victims included nine people from the coast.",
			[]row{{Q: "Thirty", Measure: "deaths"}, {Q: "200", Measure: "injured"}, {Q: "nine", Measure: "deaths"}}},
		{"casualties after a count of the injured alone", pub + "Doctors treated 80 people hurt in the crush.\n\nThe casualties include 11 people from abroad.",
			[]row{{Q: "80", Measure: "injured"}, {Q: "11", Measure: "injured"}}},
		{"a convoy's own things stay what they are", pub + "Officials said the camp included 40 clinics run by volunteers.",
			[]row{{Q: "40", Measure: "clinics"}}},
	}, "measure")
}

// A percentage that compares a level with another ("12% less than",
// "up 20% from") after a pronoun that stands for the figure before
// ("this is", "that's") changes what that figure counts; a noun of
// change counts the noun after "in" past a word of quantity.
func TestChangeOfAFigureByPronoun(t *testing.T) {
	runStage(t, []stageCase{
		{"this is less than", pub + "The office issued 4,200 work permits in the spring.\n\nThis is 12% less than in the same quarter a year earlier and 3% less than in the winter.",
			[]row{{Q: "4,200", Measure: "work permits"}, {Q: "12%", Measure: "work permits"}, {Q: "3%", Measure: "work permits"}}},
		{"that's up from", pub + "The port logged 51,000 containers in May. That's up almost 20% from 42,000 in April.",
			[]row{{Q: "51,000", Measure: "containers"}, {Q: "almost 20%", Measure: "containers"}, {Q: "42,000", Measure: "containers"}}},
		{"a share is no change", pub + "The port logged 51,000 containers in May. That's 30% of the yearly goal.",
			[]row{{Q: "51,000", Measure: "containers"}, {Q: "30%", Measure: "yearly goal"}}},
		{"a noun of change past all", pub + "The agency reported a 9% rise in all voluntary departures in the autumn.",
			[]row{{Q: "9%", Measure: "voluntary departures"}}},
	}, "measure")
}

// A relative clause counts what the noun it stands for counts: the head
// of the noun phrase before it, not a noun of its phrases of
// prepositions, also past an aside set off between the relative word
// and its verb.
func TestRelativeClauseAntecedent(t *testing.T) {
	runStage(t, []stageCase{
		{"an aside after which", pub + "Farmers staged on Friday a rally against new fuel duties, which, according to the organisers, drew 8,000 people.",
			[]row{{Q: "8,000", Measure: "protesters"}}},
		{"the head over a noun of its phrase", pub + "Students held a march against the sentencing of detained activists, which attracted 4,000 people.",
			[]row{{Q: "4,000", Measure: "protesters"}}},
	}, "measure")
}

// A figure before a noun of places or things that the vocabulary reads as
// the people in them ("camps", "shelters") counts the places, also past
// a word of people before that noun; the people in them stay people.
func TestPlacesOfPeopleCounted(t *testing.T) {
	runStage(t, []stageCase{
		{"camps after a word of displaced people", pub + "Since the storm the province has opened 85 IDP camps on high ground.",
			[]row{{Q: "85", Measure: "camps"}}},
		{"shelters built", pub + "Engineers put up 16 shelters beside the stadium.",
			[]row{{Q: "16", Measure: "shelters"}}},
		{"people in shelters", pub + "About 2,500 people were still in shelters on Monday.",
			[]row{{Q: "About 2,500", Measure: "evacuees"}}},
	}, "measure")
}

// Marching said in other words ("hit the streets", "beaten the
// pavement") and a crowd named by those present ("the numbers
// attending") count protesters.
func TestCrowdInOtherWords(t *testing.T) {
	runStage(t, []stageCase{
		{"beaten the pavement", pub + "By Saturday some 400,000 people had beaten the pavement, organisers said.",
			[]row{{Q: "some 400,000", Measure: "protesters"}}},
		{"the numbers attending", pub + "Police put the numbers attending at 9,500 people on Sunday.",
			[]row{{Q: "9,500", Measure: "protesters"}}},
	}, "measure")
}

// A figure linked to a noun of number ("the number of the injured …
// stands at") counts what the noun of number is of, past the
// preposition that ends its phrase, not the nearest noun before it.
func TestNumberOfOverNearestNoun(t *testing.T) {
	runStage(t, []stageCase{
		{"past a phrase naming a crowd", pub + "The number of the injured during the protests across the country stands at 212.",
			[]row{{Q: "212", Measure: "injured"}}},
	}, "measure")
}

// Two nouns of people joined by "and" before the word that says what
// befell them are counted by that word, as one noun would be.
func TestJoinedNounsBeforeTheirState(t *testing.T) {
	runStage(t, []stageCase{
		{"two nouns then a participle", pub + "Sixty fans were detained at the ground and 25 stewards and medics hurt, the club said.",
			[]row{{Q: "Sixty", Measure: "detained"}, {Q: "25", Measure: "injured"}}},
		{"one noun then a participle", pub + "Sixty fans were detained at the ground and 25 stewards hurt, the club said.",
			[]row{{Q: "Sixty", Measure: "detained"}, {Q: "25", Measure: "injured"}}},
	}, "measure")
}

// A crowd is guessed at, its gatherings counted: a figure given as an
// estimate after a count of rallies, or as the estimate of a number of
// people in a story of protests, counts the crowd; a figure linked to
// the crowd through a quotation mark is the crowd's.
func TestCrowdGuessedAt(t *testing.T) {
	runStage(t, []stageCase{
		{"an estimate after a count of gatherings", pub + "Tens of thousands marched in Hull on Sunday at four rallies. The police estimate put the overall figure at 70,000.",
			[]row{{Q: "Tens of thousands", Measure: "protesters"}, {Q: "four", Measure: "protests"}, {Q: "70,000", Measure: "protesters"}}},
		{"an estimate of people in brackets", pub + "Thousands marched in Hull on Sunday.\n\nThe weather was cold.\n\nSmaller towns held vigils as well (the union's guess: 12,000 people).",
			[]row{{Q: "Thousands", Measure: "protesters"}, {Q: "12,000", Measure: "protesters"}}},
		{"a link to the crowd outside a quotation", pub + "A march wound through Hull on Sunday. The local weekly reported the crowd size at “several thousand people”.",
			[]row{{Q: "several thousand", Measure: "protesters"}}},
	}, "measure")
}

// Those a legal action is brought against are the charged, neither the
// arrests counted before nor a figure set against another.
func TestChargedAgainst(t *testing.T) {
	runStage(t, []stageCase{
		{"charges and proceedings against", pub + "Officers detained 64 fans after the match. The prosecutor says charges will be brought against 19, and proceedings will be opened against 12 persons.",
			[]row{{Q: "64", Measure: "detained", Kind: claims.Completed}, {Q: "19", Measure: "charged", Kind: claims.Offered}, {Q: "12", Measure: "charged", Kind: claims.Offered}}},
		{"a vote against is no charge", pub + "The motion passed by 40 votes against 12.",
			[]row{{Q: "40", Measure: "votes", Kind: claims.Completed}, {Q: "12", Measure: "votes", Kind: claims.Completed}}},
	}, "measure", "kind")
}

// People a state grants protection to are counted as refugees, by what
// they were given, not as the applications or the people of the figure
// before.
func TestGrantedProtection(t *testing.T) {
	runStage(t, []stageCase{
		{"people given the status", pub + "The board says about 95 people have been given refugee status since March.",
			[]row{{Q: "about 95", Measure: "refugees"}}},
		{"a part of applications granted", pub + "Of the 700 claims it heard, the board granted none in May, and 180 were granted asylum in June.",
			[]row{{Q: "700", Measure: "claims"}, {Q: "180", Measure: "refugees"}}},
	}, "measure")
}

// An event held on a day holds no one captive; people still held are
// held, whatever the day. Those who take part in a vote are its voters,
// no crowd.
func TestHeldEventsAndVotesTakenPartIn(t *testing.T) {
	runStage(t, []stageCase{
		{"councils elected at polls held on a day", pub + "Turnout was low in the polls for 31 District Boards held on Sunday.",
			[]row{{Q: "31", Measure: ""}}},
		{"people still held on a day", pub + "The ministry said 14 were still held on Sunday.",
			[]row{{Q: "14", Measure: "prisoners"}}},
		{"taking part in a vote", pub + "The board said 2.3 million people took part in the municipal elections on Sunday.",
			[]row{{Q: "2.3 million", Measure: "voters"}}},
		{"taking part in a march", pub + "The board said 2,300 people took part in the march on Sunday.",
			[]row{{Q: "2,300", Measure: "protesters"}}},
	}, "measure")
}

// People moved to a hospital are the hurt, whatever the verb of moving:
// neither the dead of the toll before them nor captives handed over.
func TestMovedToHospital(t *testing.T) {
	runStage(t, []stageCase{
		{"after a toll", pub + "The toll from the blast at the depot climbed to five, with dozens more transferred to hospital overnight.",
			[]row{{Q: "five", Measure: "deaths"}, {Q: "dozens", Measure: "injured"}}},
		{"with a noun of people", pub + "Medics said 14 people were rushed to hospital after the fire.",
			[]row{{Q: "14", Measure: "injured"}}},
	}, "measure")
}

// People who say nothing of themselves, among a group the clause names
// first, are of that group, whatever befell them, and not what an aside
// after them tells of one of them.
func TestAmongAGroupOfPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"among a named group", pub + "Among the released sailors were nine people, including a captain, seized at sea in 2023, and his son.",
			[]row{{Q: "nine", Measure: "sailors"}}},
		{"among a group of the vocabulary", pub + "Among the dead were nine people from the valley.",
			[]row{{Q: "nine", Measure: "deaths"}}},
	}, "measure")
}

// People caught alive under rubble are the trapped, neither dead nor
// missing; an aside between dashes after a noun of people does not hide
// the verb that says what befell them.
func TestTrappedAndDashAsides(t *testing.T) {
	runStage(t, []stageCase{
		{"buried alive", pub + "Crews have found 9 people buried alive under the collapsed mall.",
			[]row{{Q: "9", Measure: "people trapped"}}},
		{"still trapped", pub + "At least 30 miners remain trapped in the flooded shaft.",
			[]row{{Q: "At least 30", Measure: "people trapped"}}},
		{"an aside between dashes", pub + "Officials said 2,700 people - nearly the whole town - were evacuated on Monday.",
			[]row{{Q: "2,700", Measure: "evacuees"}}},
	}, "measure")
}

// In a story of crowds, people that nothing else names are the crowd: the
// open ground their verb fills, a verb of gathering, or no word of theirs
// at all; people with a verb of their own, or words of their own, are not.
func TestCrowdOfAStory(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb that fills the streets", pub + "Nearly 80,000 people packed the streets of the old port on Sunday.",
			[]row{{Q: "Nearly 80,000", Measure: "protesters"}}},
		{"a verb that fills a square past an adjective", pub + "Some 6,000 people thronged the central square before noon.",
			[]row{{Q: "Some 6,000", Measure: "protesters"}}},
		{"coming together is gathering, not arriving", pub + "Police said about 4,500 people came together outside the town hall.",
			[]row{{Q: "about 4,500", Measure: "protesters"}}},
		{"a crowd expected to demonstrate", pub + "The march set off from the park. Thousands more people were expected to demonstrate in the evening.",
			[]row{{Q: "Thousands", Measure: "protesters"}}},
		{"those at the event", pub + "The organisers counted 12,000 attendees at the vigil.",
			[]row{{Q: "12,000", Measure: "protesters"}}},
		{"people a day of action brings together", pub + "The union's march was long. Its day of action drew in 25,000 people throughout the province, the prefect said, and the union 60,000 marchers.",
			[]row{{Q: "25,000", Measure: "protesters"}, {Q: "60,000", Measure: "protesters"}}},
		{"people in an aside on rallies", pub + "Marchers filled the capital. Other rallies, numbering hundreds of people, went ahead in the south.",
			[]row{{Q: "hundreds", Measure: "protesters"}}},
		{"people with a verb of their own stay unnamed", pub + "The rally was calm. Police said 14 people sought first aid.",
			[]row{{Q: "14", Measure: ""}}},
		{"people in a story of no crowd stay unnamed", pub + "The council said 3,000 people live near the river.",
			[]row{{Q: "3,000", Measure: ""}}},
	}, "measure")
}

// A bare count "of" a noun of place, or the people a named place has
// "with" it in an aside, is the place's population, whatever the story
// counts around it.
func TestPopulationOfAPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a city of a bare count", pub + "The flood killed 12 people and cut the water supply of a city of 3 million.",
			[]row{{Q: "12", Measure: "deaths"}, {Q: "3 million", Measure: "population"}}},
		{"a population of a count", pub + "The storm destroyed 90 homes in Varn, a port with a population of 22,000.",
			[]row{{Q: "90", Measure: "homes"}, {Q: "22,000", Measure: "population"}}},
		{"a named place with its people in an aside", pub + "The landslide buried 30 homes, and Ostra, with 150,000 people, has no road open.",
			[]row{{Q: "30", Measure: "homes"}, {Q: "150,000", Measure: "population"}}},
		{"a place of things counted is no population", pub + "Officials said the province of 14 districts lost 70 homes.",
			[]row{{Q: "14", Measure: "districts"}, {Q: "70", Measure: "homes"}}},
	}, "measure")
}

// A word before a noun of people that says they are dead makes them the
// dead, and a handover makes the dead bodies; before a noun of things it
// does not.
func TestDeadBeforeTheirNoun(t *testing.T) {
	runStage(t, []stageCase{
		{"the fallen handed over are bodies", pub + "Kyiv said it had received 320 fallen Ukrainian servicemen from Moscow.",
			[]row{{Q: "320", Measure: "bodies"}}},
		{"the slain of a toll are the dead", pub + "The ministry listed 45 slain soldiers after the raid.",
			[]row{{Q: "45", Measure: "deaths"}}},
		{"fallen things are things", pub + "Crews cleared 60 fallen trees from the roads.",
			[]row{{Q: "60", Measure: "fallen trees"}}},
	}, "measure")
}

// Bare figures listed in brackets, as many as a count told before them,
// say which ones were counted: labels, no claims of their own.
func TestListedLabels(t *testing.T) {
	runStage(t, []stageCase{
		{"numbers of the wards counted", pub + "The hospital said four wards stayed shut (3, 6, 9 and 12) through the week.",
			[]row{{Q: "four", Measure: "wards"}}},
		{"numbers after a plural noun of things name them", pub + "Marchers blocked the ring road, and only tram routes 3 and 17 kept running.",
			nil},
		{"large figures in brackets are counts of each", pub + "Police counted marchers in two towns (4,000 and 7,500) on Sunday.",
			[]row{{Q: "two", Measure: "towns"}, {Q: "4,000", Measure: "towns"}, {Q: "7,500", Measure: "towns"}}},
	}, "measure")
}

// A noun of number frames the people it is "of", whoever they are, but
// for people no word names; a measure's word that names a body with the
// noun after it ("the refugee agency") counts nothing.
func TestNumberOfPeopleNamed(t *testing.T) {
	runStage(t, []stageCase{
		{"the number of migrants", pub + "The number of migrants who reached the islands this year passed 40,000.",
			[]row{{Q: "40,000", Measure: "migrants"}}},
		{"a body's name is no measure", pub + "The refugee agency said on Monday that the number of migrants on the islands this spring now tops 9,000.",
			[]row{{Q: "9,000", Measure: "migrants"}}},
		{"a body's name before a bare figure", pub + "A spokesman for the refugee agency said the count stood at 2,300 on Monday.",
			[]row{{Q: "2,300", Measure: ""}}},
		{"a measure named before stays", pub + "Refugees crossed all week, and their number passed 7,000 on Friday.",
			[]row{{Q: "7,000", Measure: "refugees"}}},
	}, "measure")
}

// What a verb did to people reaches its figure past a word that adds it
// to those counted before; a measure's word that names an event's weapon
// ("the drone strike") counts nothing; the number of people in a story of
// crowds is the crowd's.
func TestVerbPastAddedAndWeaponOfAnEvent(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb past another", pub + "Strikes on the port wounded another 85 people overnight, medics said.",
			[]row{{Q: "85", Measure: "injured"}}},
		{"a toll past the event's weapon", pub + "By Tuesday the harbour's death toll after a Syrian rocket attack near the old customs house of Varn had grown to 19, rescuers said.",
			[]row{{Q: "19", Measure: "deaths"}}},
		{"the number of people at a rally", pub + "The rally filled the park and marchers sang for hours. Police put the number of people at about 90,000.",
			[]row{{Q: "about 90,000", Measure: "protesters"}}},
	}, "measure")
}

// Voters who turn up or turn out went to vote: their share is the
// turnout and their count the voters, not a crowd.
func TestVotersTurningUp(t *testing.T) {
	runStage(t, []stageCase{
		{"a share of voters who turned up", pub + "Officials said just over 61% of voters turned up for the runoff.",
			[]row{{Q: "just over 61%", Measure: "turnout"}}},
		{"a count of voters who turned out", pub + "Some 2,400 voters turned out in the hamlet.",
			[]row{{Q: "Some 2,400", Measure: "voters"}}},
		{"marchers who turned out stay a crowd", pub + "Some 2,400 marchers turned out in the square.",
			[]row{{Q: "Some 2,400", Measure: "protesters"}}},
	}, "measure")
}

// A count in the thousands after a count of gatherings, with no noun of
// its own, is the crowd at them; a small one is more gatherings.
func TestCrowdAfterGatheringsCounted(t *testing.T) {
	runStage(t, []stageCase{
		{"a total in the thousands", pub + "Crowds went to the two rallies in Tula and Leon. Police put the combined total at 90,000.",
			[]row{{Q: "two", Measure: "protests"}, {Q: "90,000", Measure: "protesters"}}},
		{"a small figure stays gatherings", pub + "Organisers held 12 rallies on Saturday and 9 on Sunday.",
			[]row{{Q: "12", Measure: "protests"}, {Q: "9", Measure: "protests"}}},
	}, "measure")
}

// In a story of crowds, a bare figure in the thousands that nothing else
// names is a crowd's size; in another story it stays unnamed.
func TestBareCountOfACrowd(t *testing.T) {
	runStage(t, []stageCase{
		{"a bare estimate in a story of crowds", pub + "The march crossed the city and marchers sang. A local paper gave a rough estimate of over 60,000 (from drone pictures).",
			[]row{{Q: "over 60,000", Measure: "protesters"}}},
		{"a bare estimate in a story of no crowd", pub + "The levee held overnight. A local paper gave a rough estimate of over 60,000 (from drone pictures).",
			[]row{{Q: "over 60,000", Measure: ""}}},
	}, "measure")
}

// A crowd's turnout, the speakers a figure counts, people who say nothing
// of themselves in a series, those who made a crossing, and shares a
// candidate scored.
func TestTurnoutSpeakersSeriesAndMovers(t *testing.T) {
	runStage(t, []stageCase{
		{"a crowd's turnout is its protesters", pub + "The march drew a vast crowd to the harbour. Organisers put the turnout at 90,000, while police counted 30,000 marchers.",
			[]row{{Q: "90,000", Measure: "protesters"}, {Q: "30,000", Measure: "protesters"}}},
		{"the figure that counts who estimated is no claim", pub + "Thousands marched on the harbour. Three surveyors from the city university estimated the crowd was 45,000.",
			[]row{{Q: "Thousands", Measure: "protesters"}, {Q: "45,000", Measure: "protesters"}}},
		{"people who say nothing of themselves go on with the series", pub + "In 2021 some 400 migrants landed, a number that doubled to 800 in 2022 before tripling to 2,400 individuals in 2023.",
			[]row{{Q: "some 400", Measure: "migrants"}, {Q: "800", Measure: "migrants"}, {Q: "2,400", Measure: "migrants"}}},
		{"those who made the crossing arrived", pub + "On Tuesday 95 people made the crossing in three dinghies.",
			[]row{{Q: "95", Measure: "arrivals"}, {Q: "three", Measure: "dinghies"}}},
		{"arrivals in a story of migrants are its migrants", pub + "Some 4,000 migrants crossed the strait last month. On Tuesday 95 people made the journey, and 60 people in two boats arrived on Wednesday.",
			[]row{{Q: "Some 4,000", Measure: "migrants"}, {Q: "95", Measure: "migrants"}, {Q: "60", Measure: "migrants"}, {Q: "two", Measure: "boats"}}},
		{"a candidate scored a share of the vote", pub + "The president scored 49.5% while his rival received 44.9% after a tense election.",
			[]row{{Q: "49.5%", Measure: "votes"}, {Q: "44.9%", Measure: "votes"}}},
	}, "measure")
}

// A part of the dead told just before ("40 of the soldiers") counts what
// they count; a toll a figure is set to ("pushed the death toll to …")
// says what it counts, not the subject that moved it.
func TestPartOfTheDeadAndTollSetTo(t *testing.T) {
	runStage(t, []stageCase{
		{"a part of the bodies told before", pub + "Officials said 300 bodies were handed back from the east, with 40 of the soldiers having died near the river.",
			[]row{{Q: "300", Measure: "bodies"}, {Q: "40", Measure: "bodies"}}},
		{"a part of the bodies told in the paragraph before", pub + "The army took back 95 bodies on Friday.\n\nThe ministry named 70 of the soldiers as men who fell near the river, 20 in the hills and five in the south.",
			[]row{{Q: "95", Measure: "bodies"}, {Q: "70", Measure: "bodies"}, {Q: "20", Measure: "bodies"}, {Q: "five", Measure: "bodies"}}},
		{"the toll a figure is set to", pub + "Fresh casualty reports pushed the death toll to more than 2,000 on Thursday.",
			[]row{{Q: "more than 2,000", Measure: "deaths"}}},
	}, "measure")
}

// A noun of a number worked out from counts ("their average was") says
// nothing of what is counted; in a story of crowds, thousands after a
// count of things are the crowd, not more of the things.
func TestAverageAndThousandsAfterThings(t *testing.T) {
	runStage(t, []stageCase{
		{"an average after a count of teams in a story of crowds", pub + "Marchers filled the avenue on Sunday, and the rally ran late. The union said it had placed four teams of stewards at the bridges. Their overall average was about 61,000. That gave a final figure of about 122,000.",
			[]row{{Q: "four", Measure: "teams"}, {Q: "about 61,000", Measure: "protesters"}, {Q: "about 122,000", Measure: "protesters"}}},
	}, "measure")
}

// People set after a dash that follows a measure are what it names; the
// people of a place in its possessive are its population; those who may
// vote are the voters.
func TestDashPartPopulationAndElectorate(t *testing.T) {
	runStage(t, []stageCase{
		{"people after a dash are of the measure before it", pub + "The militia freed 20 hostages on Friday. Their release was followed by the freeing of the jailed detainees — 30 women, some held for years.",
			[]row{{Q: "20", Measure: "hostages"}, {Q: "30", Measure: "detainees"}}},
		{"a place's people in its possessive", pub + "With the truce, Tigray's 5.5 million Ethiopians saw calm for the first time in weeks.",
			[]row{{Q: "5.5 million", Measure: "population"}}},
		{"those who may vote", pub + "Some 61 million people had the right to vote, and 2.1 million people abroad were eligible to vote.",
			[]row{{Q: "Some 61 million", Measure: "voters"}, {Q: "2.1 million", Measure: "voters"}}},
	}, "measure")
}

// A step of a numbered scale ("force nine", "category 4") counts nothing.
func TestStepOfAScale(t *testing.T) {
	runStage(t, []stageCase{
		{"a gale's force and a storm's category", pub + "Winds reached force nine off the cape as the category 4 storm came ashore, and 12 boats stayed in port.",
			[]row{{Q: "12", Measure: "boats"}}},
	}, "measure")
}

// A figure of change right after "the number of X" ("raised the number of
// clinics shut from 4 to 11") counts X, not what the figure before
// counted, and the tally it revises is a running total.
func TestNumberOfBeforeAChange(t *testing.T) {
	runStage(t, []stageCase{
		{"a vocabulary-less noun, raised from one level to another", pub + "The agency counted 4,000 homes flooded. It later raised the number of bridges washed away from 12 to 40.",
			[]row{{Q: "4,000", Measure: "homes", Scope: "total"}, {Q: "from 12 to 40", Measure: "bridges washed away", Scope: "total"}}},
		{"a vocabulary noun, cut by an amount", pub + "Officials said 300 homes were damaged, and cut the number of people missing by 14.",
			[]row{{Q: "300", Measure: "homes", Scope: "total"}, {Q: "14", Measure: "missing"}}}, // the amount of a cut, no tally
		// Negative: a range is no change, and an estimate of a crowd no
		// revised tally.
		{"a range put on the number is no change", pub + "The mayor said the police estimated the number of marchers at between 40,000 and 52,000.",
			[]row{{Q: "between 40,000 and 52,000", Measure: "protesters"}}},
	}, "measure", "scope")
}

// Each form of a verb the lexicon knows people by says what they are:
// the participle in -ing as the past does ("people attending the vigil",
// "families taking refuge in a gym").
func TestVerbFormsOfPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"people attending a gathering", pub + "Organisers counted some 15,000 people attending the vigil in the port on Sunday.",
			[]row{{Q: "some 15,000", Measure: "protesters"}}},
		{"people taking refuge", pub + "After the floods, 2,300 people were taking refuge in a sports hall, the mayor said.",
			[]row{{Q: "2,300", Measure: "evacuees"}}},
	}, "measure")
}

// People that a figure's own noun names as a kind ("three of the
// builders") take the toll the story counted in a sentence before, but
// that measure is inferred: nothing in their sentence says they were hurt.
func TestPeopleCarriedIntoATollAreInferred(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]claims.Confidence // the measure's confidence per figure
	}{
		{"builders after the injured", pub + "A crane fell onto a building site in Tarsk. At least 9 people were injured, the council said. Three of the builders are still in the basement, a fire chief said.",
			map[string]claims.Confidence{"At least 9": claims.Explicit, "Three": claims.Inferred}},
		// Negative: people carried into a transfer, which their verb tells.
		{"a handover's people", pub + "The militia freed 20 hostages on Friday, mediators said. Local radio said that 8 women and children had been handed to the Red Cross.",
			map[string]claims.Confidence{"20": claims.Explicit, "8": claims.Explicit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			got := map[string]claims.Confidence{}
			for _, c := range cs {
				got[c.Quantity.Text] = c.Confidence.Measure
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// People who ask for asylum are counted in the word the report gives
// them, not folded into refugees; people said to have applied for it are
// asylum seekers by what they did, and those granted it stay refugees.
func TestAsylumSeekersKeepTheirWord(t *testing.T) {
	runStage(t, []stageCase{
		{"the noun the report uses", pub + "About 2,300 asylum-seekers reached the coast in May.",
			[]row{{Q: "About 2,300", Measure: "asylum seekers"}}},
		{"people who applied", pub + "Some 4,700 people applied for asylum in the first quarter, the office said.",
			[]row{{Q: "Some 4,700", Measure: "asylum seekers"}}},
		{"a nationality that has applied", pub + "In all, 610 Eritreans have applied for asylum since January.",
			[]row{{Q: "610", Measure: "asylum seekers"}}},
		{"those granted it are refugees", pub + "Some 230 people were granted asylum last year.",
			[]row{{Q: "Some 230", Measure: "refugees"}}},
		{"people who applied for a permit are none", pub + "About 880 people applied for a work permit in April.",
			[]row{{Q: "About 880", Measure: ""}}},
	}, "measure")
}

// People who fill open ground named by a place ("the Alder Park area")
// are a crowd, as those who fill "the streets" are; people who leave it
// are none. People who gather in the present, as a plan or a condition,
// are a crowd as those who gathered are.
func TestCrowdGroundAndGather(t *testing.T) {
	runStage(t, []stageCase{
		{"ground after a name", pub + "Unions marched against the reform on Sunday. Organisers said some 90,000 people filled the Alder Park area.",
			[]row{{Q: "some 90,000", Measure: "protesters"}}},
		{"an avenue", pub + "Unions marched against the reform on Sunday. About 40,000 people packed the main avenue by noon.",
			[]row{{Q: "About 40,000", Measure: "protesters"}}},
		{"leaving the area is no crowd", pub + "The river burst its banks on Sunday. About 4,000 people fled the area overnight.",
			[]row{{Q: "About 4,000", Measure: "displaced"}}},
		{"left the park", pub + "The concert ended early. About 6,000 people left the park before midnight.",
			[]row{{Q: "About 6,000", Measure: ""}}},
		{"a gathering planned", pub + "The party called a rally for May. If 300,000 people gather in the capital, the cabinet will fall, its leader said.",
			[]row{{Q: "300,000", Measure: "protesters"}}},
		{"a bare figure that gathers", pub + "The union called a rally for Sunday. It hopes up to 50,000 gather outside parliament.",
			[]row{{Q: "up to 50,000", Measure: "protesters"}}},
		{"people with a noun of their own who gather keep it", pub + "The union called a rally for Sunday. About 300 engineers gather in Oslo each spring for a fair.",
			[]row{{Q: "About 300", Measure: "engineers"}}},
		{"people who gather something are no crowd", pub + "The union called a rally for Sunday. Each autumn about 8,000 people gather grapes in the valley.",
			[]row{{Q: "about 8,000", Measure: ""}}},
		{"people with a noun of their own keep it on ground they fill", pub + "Unions marched against the reform on Sunday. Nearly 900 soldiers occupied the main square overnight.",
			[]row{{Q: "Nearly 900", Measure: "troops"}}},
		{"searching the streets is no filling", pub + "The storm passed at dawn. About 50 people searched the streets for survivors.",
			[]row{{Q: "About 50", Measure: ""}}},
		{"a bare area is any site's", pub + "The fair closed at dusk. Some 70 volunteers swept the area before midnight.",
			[]row{{Q: "Some 70", Measure: "volunteers"}}},
		{"a bare park filled is no crowd without its name", pub + "The fair closed at dusk. Some 70 people packed the park with litter bins.",
			[]row{{Q: "Some 70", Measure: ""}}},
	}, "measure")
}

// What befalls people is read past a short phrase on them ("from the
// barge", "in the hall") to their verb; and people a verb of leaving takes
// are named by the state it leaves them in.
func TestPeoplePastTheirPhraseAndLeftInAState(t *testing.T) {
	runStage(t, []stageCase{
		{"past a phrase of place", pub + "Two boats capsized on Monday. Two other people from the barge are reported missing.",
			[]row{{Q: "Two", Measure: "boats"}, {Q: "Two", Measure: "missing"}}},
		{"past a phrase, a passive", pub + "The roof gave way during the meeting. Some 40 people in the hall were hurt.",
			[]row{{Q: "Some 40", Measure: "injured"}}},
		{"a verb after the phrase is theirs only when it says a state", pub + "The roof gave way during the meeting. Some 40 people in the hall began to sing.",
			[]row{{Q: "Some 40", Measure: ""}}},
		{"left in a state", pub + "Heavy snow closed the pass on Friday, leaving about 600 people stranded for two days.",
			[]row{{Q: "about 600", Measure: "people stranded"}}},
		{"no verb of leaving, no state", pub + "Heavy snow closed the pass on Friday. Rescuers reached about 600 people stranded for two days.",
			[]row{{Q: "about 600", Measure: ""}}},
	}, "measure")
}

// Fighters and rockets are counted in the word the report gives them, not
// folded into troops and missiles (compare keys them with their kin);
// fighters freed in a swap are still prisoners, and those a side lost the
// dead, as troops are.
func TestFightersAndRocketsKeepTheirWord(t *testing.T) {
	runStage(t, []stageCase{
		{"an armed group's fighters", pub + "The militia is thought to field about 3,400 fighters in the hills.",
			[]row{{Q: "about 3,400", Measure: "fighters"}}},
		{"soldiers stay troops", pub + "About 1,200 soldiers guard the border town, the ministry said.",
			[]row{{Q: "About 1,200", Measure: "troops"}}},
		{"rockets fired", pub + "Gunmen fired some 140 rockets at the valley overnight, the army said.",
			[]row{{Q: "some 140", Measure: "rockets"}}},
		{"missiles stay missiles", pub + "The navy launched 12 missiles at the port on Sunday.",
			[]row{{Q: "12", Measure: "missiles"}}},
		{"fighters freed are prisoners", pub + "Under the accord the council will free 260 rebel fighters next week.",
			[]row{{Q: "260", Measure: "prisoners"}}},
		{"fighters a side lost are the dead", pub + "The rebels said they lost 35 fighters in the raid.",
			[]row{{Q: "35", Measure: "deaths"}}},
	}, "measure")
}

// People a generic noun counts are named by a verb of crossing that takes
// them over a border or a sea: they got across, as those who made the
// crossing; in a story of migrants, its migrants. A line or a bridge
// crossed is no border.
func TestPeopleWhoCrossed(t *testing.T) {
	runStage(t, []stageCase{
		{"over a strait", pub + "Some 610 people crossed the strait to the island on Tuesday.",
			[]row{{Q: "Some 610", Measure: "arrivals"}}},
		{"over a named border in a story of migrants", pub + "Migrants keep coming north. On Monday 380 people crossed the eastern border near the river town.",
			[]row{{Q: "380", Measure: "migrants"}}},
		{"with nothing after the verb", pub + "Migrants came in record numbers. In 2021, 12,400 people crossed.",
			[]row{{Q: "12,400", Measure: "migrants"}}},
		{"into a country", pub + "About 2,200 people crossed into the neighbouring state overnight.",
			[]row{{Q: "About 2,200", Measure: "arrivals"}}},
		{"with no object, on foot", pub + "On Friday, 800 people crossed on foot near the town.",
			[]row{{Q: "800", Measure: "arrivals"}}},
		{"over a border", pub + "Some 300 people crossed over the border at dawn.",
			[]row{{Q: "Some 300", Measure: "arrivals"}}},
		{"over a bridge is no border", pub + "Some 300 people crossed over the bridge at dawn.",
			[]row{{Q: "Some 300", Measure: ""}}},
		{"a finish line is no border", pub + "Some 1,900 people crossed the finish line before noon.",
			[]row{{Q: "Some 1,900", Measure: ""}}},
		{"a bridge is no border", pub + "About 70 people crossed the old bridge to watch the parade.",
			[]row{{Q: "About 70", Measure: ""}}},
	}, "measure")
}

// A figure with no noun of its own that crosses keeps what its sentence
// carries: people who fled and crossed are not arrivals.
func TestCrossedWithNoNounKeepsItsCarry(t *testing.T) {
	runStage(t, []stageCase{
		{"fled, and another crossed", pub + "Officials said about 4,000 residents had fled to camps near the hills, and another 250 had crossed into the next country.",
			[]row{{Q: "about 4,000", Measure: "displaced"}, {Q: "250", Measure: "displaced"}}},
	}, "measure")
}
