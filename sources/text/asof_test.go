package text

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/stretchr/testify/require"
)

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
		{"a quarter of last year", pub + "In the third quarter of last year, 410 people were sent back.",
			[]row{{Q: "410", AsOf: "2024-07-01/2024-09-30"}}},
		{"the first months of this year", pub + "Only 1,900 claims were lodged in the first five months of this year.",
			[]row{{Q: "1,900", AsOf: "2025-01-01/2025-05-31"}}},
		{"each figure of a list with its own period", pub + "There were 8,100 claims in 2023, 6,200 in 2024 and 1,900 in the first five months of this year.",
			[]row{{Q: "8,100", AsOf: "2023-01-01/2023-12-31"}, {Q: "6,200", AsOf: "2024-01-01/2024-12-31"}, {Q: "1,900", AsOf: "2025-01-01/2025-05-31"}}},
		{"the whole of a year", pub + "So far 640 people have been sent back, against 1,180 for the whole of 2024.",
			[]row{{Q: "640", AsOf: "2025-06-20"}, {Q: "1,180", AsOf: "2024-01-01/2024-12-31"}}},
		{"a total brought by an event is of the event's day", pub + "On Thursday, 310 people crossed in eight boats, bringing the total for 2025 to 12,400.",
			[]row{{Q: "310", AsOf: "2025-06-19"}, {Q: "eight", AsOf: "2025-06-19"}, {Q: "12,400", AsOf: "2025-01-01/2025-06-19"}}},
		{"a total brought by an event, undated", pub + "Yesterday 310 people crossed, bringing the total to 12,400.",
			[]row{{Q: "310", AsOf: "2025-06-19"}, {Q: "12,400", AsOf: "2025-06-19"}}},
		{"a total the next sentence says the event brings", pub + "The number who have reached the island by boat this year has passed 12,000.\n\n" +
			"According to coastguard figures, 310 migrants landed on Thursday in eight boats.\n\nThat raises the tally of landings this year to 12,400 migrants.",
			[]row{{Q: "12,000", AsOf: "2025-06-20"}, {Q: "310", AsOf: "2025-06-19"}, {Q: "eight", AsOf: "2025-06-19"}, {Q: "12,400", AsOf: "2025-01-01/2025-06-19"}}},
		{"a total the next sentence gives with no word of bringing", pub + "According to coastguard figures, 310 people crossed on Thursday in eight boats.\n\nThe tally of landings this year stands at 12,400.",
			[]row{{Q: "310", AsOf: "2025-06-19"}, {Q: "eight", AsOf: "2025-06-19"}, {Q: "12,400", AsOf: "2025-01-01/2025-06-20"}}},
		{"a toll so far this year runs to its telling, after a total brought", pub + "Yesterday 310 people crossed, bringing the total to 12,400.\n\nSo far this year, 41 deaths have been reported at sea.",
			[]row{{Q: "310", AsOf: "2025-06-19"}, {Q: "12,400", AsOf: "2025-06-19"}, {Q: "41", AsOf: "2025-01-01/2025-06-20"}}},
		{"a period since a month runs to the day of the words", pub + "Measles killed some 95 people since January, the health minister said on Wednesday.",
			[]row{{Q: "some 95", AsOf: "2025-01-01/2025-06-18"}}},
		{"days joined by a dash in one word", pub + "Between 3-8 June, the mission recovered 2,140 bodies.",
			[]row{{Q: "2,140", AsOf: "2025-06-03/2025-06-08"}}},
		{"from one day to another", pub + "From June 3 to June 8, 2,140 bodies were recovered.",
			[]row{{Q: "2,140", AsOf: "2025-06-03/2025-06-08"}}},
		{"between two days", pub + "Between 3 and 8 June, 2,140 bodies were recovered.",
			[]row{{Q: "2,140", AsOf: "2025-06-03/2025-06-08"}}},
		{"two days are no period", pub + "On 3 and 8 June, 2,140 bodies were recovered.",
			[]row{{Q: "2,140", AsOf: "2025-06-03"}}},
		{"months glued by a dash", pub + "In January-April 2024, 2,300 claims were lodged.",
			[]row{{Q: "2,300", AsOf: "2024-01-01/2024-04-30"}}},
		{"months from one to another", pub + "An earlier outbreak killed 66 people between January and August 2020.",
			[]row{{Q: "66", AsOf: "2020-01-01/2020-08-31"}}},
		{"the past days", pub + "Some 4,500 people have crossed over the past eight days, the agency said.",
			[]row{{Q: "Some 4,500", AsOf: "2025-06-12/2025-06-20"}}},
		{"the last months of a year are no days before the page", pub + "In the last three months of 2024, 900 people were sent back.",
			[]row{{Q: "900", AsOf: "2024-10-01/2024-12-31"}}},
		{"signed to the end of a month, and the year so far runs to it", pub + "In all, 751 orders were signed to the end of April.\n\nSome 142 people have been granted asylum so far this year.",
			[]row{{Q: "751", AsOf: "2025-04-30"}, {Q: "Some 142", AsOf: "2025-01-01/2025-04-30"}}},
		{"up to a day", pub + "Of the 1,400 claims lodged up to 30 April, 300 were granted.",
			[]row{{Q: "1,400", AsOf: "2025-04-30"}, {Q: "300", AsOf: "2025-04-30"}}},
		{"a toll of an event named by its day is of the day it is told", pub + "The toll of Tuesday's landslide has risen to 31, the governor said.",
			[]row{{Q: "31", AsOf: "2025-06-20"}}},
		{"those killed in an event named by its day are of that day", pub + "At least 31 people were killed in Tuesday's landslide, the governor said.",
			[]row{{Q: "At least 31", AsOf: "2025-06-17"}}},
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
		{"a participle after a later noun tells that noun's day", pub + "On Sunday, the army handed 640 bodies to the other side in return for 31 of its own dead under the accord reached on May 30 in Doha.",
			[]row{{Q: "640", AsOf: "2025-06-15"}, {Q: "31", AsOf: "2025-06-15"}}},
		{"a participle after a later noun, the figure undated", pub + "The guards freed 75 captives from the camp under terms settled on May 30.",
			[]row{{Q: "75", AsOf: "2025-06-20"}}},
		{"the figure's own participle keeps its date", pub + "The envoy confirmed 120 fighters of the militia freed on Tuesday.",
			[]row{{Q: "120", AsOf: "2025-06-17"}}},
		{"last year", pub + "The agency said 7,300 people crossed the border last year.",
			[]row{{Q: "7,300", AsOf: "2024-01-01/2024-12-31"}}},
		{"earlier this month", pub + "Earlier this month 310 families were moved to shelters.",
			[]row{{Q: "310", AsOf: "2025-06-01/2025-06-20"}}},
	}, "as_of")
}

// A count kept over a period the sentence names ("this year", "since
// May") and told on a day before the report runs from the period's start
// to the day of the words: a year's total, not a count since ever.
func TestPeriodToTheWords(t *testing.T) {
	runStage(t, []stageCase{
		{"this year, told on Thursday", pub + "Some 52,000 people have crossed into the country this year, the border agency said on Thursday.",
			[]row{{Q: "Some 52,000", AsOf: "2025-01-01/2025-06-19"}}},
		{"since a month, told on Wednesday", pub + "Floods have killed 230 people since May, the relief agency said on Wednesday.",
			[]row{{Q: "230", AsOf: "2025-05-01/2025-06-18"}}},
		{"a deal's day is not the count's", pub + "The ministry said on Thursday it has received 900 bodies under a deal signed earlier this month.",
			[]row{{Q: "900", AsOf: "2025-06-19"}}},
		{"a count marked as of the page's day ends the data day", pub + "Some 9,000 migrants landed in the first five months of the year. As of today, arrivals stand at 11,000. At least 300 have drowned since the start of the year, the agency said.",
			[]row{{Q: "Some 9,000", AsOf: "2025-01-01/2025-05-31"}, {Q: "11,000", AsOf: "2025-06-20"}, {Q: "At least 300", AsOf: "2025-01-01/2025-06-20"}}},
		{"the first weekend of a month", pub + "Coast guards picked up about 700 people during the first weekend of June.",
			[]row{{Q: "about 700", AsOf: "2025-06-07/2025-06-08"}}},
		{"the last weekend of a month", pub + "Coast guards picked up about 700 people over the last weekend of May.",
			[]row{{Q: "about 700", AsOf: "2025-05-31/2025-06-01"}}},
		{"last as a verb is no stretch of days", pub + "The truce is meant to last four days and will see 60 captives go home.",
			[]row{{Q: "60", AsOf: "2025-06-20"}}},
		{"nor after a modal, and the story keeps its day", pub + "The two sides swapped 80 captives on Wednesday. The calm could last two weeks. Among the freed were 12 medics.",
			[]row{{Q: "80", AsOf: "2025-06-18"}, {Q: "12", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// A period that a "since" phrase or clause opens runs to the report, and
// "the end of" a month is its last day.
func TestSincePeriods(t *testing.T) {
	runStage(t, []stageCase{
		{"since a clause with a year", pub + "There have been 41 prisoner exchanges since the fighting began in March 2023.",
			[]row{{Q: "41", AsOf: "2023-03-01/2025-06-20"}}},
		{"since a clause with ago", pub + "Officials said 18 prisoner exchanges had taken place since the ceasefire was signed three years ago.",
			[]row{{Q: "18", AsOf: "2022-06-21/2025-06-20"}}},
		{"since … through", pub + "Since Feb. 3 through the end of May, more than 12,000 families applied for help, the agency said.",
			[]row{{Q: "more than 12,000", AsOf: "2025-05-31"}}},
		{"as of the end of a month", pub + "The camp held 48,210 people as of the end of April.",
			[]row{{Q: "48,210", AsOf: "2025-04-30"}}},
		{"since as an adverb opens no period", pub + "Tables since put out by the statistics office show that in 2023 some 7,310 visas were refused.",
			[]row{{Q: "some 7,310", AsOf: "2023-01-01/2023-12-31"}}},
		{"has since been, then a date", pub + "The register has since been corrected to show that in 2024 it listed 415 farms.",
			[]row{{Q: "415", AsOf: "2024-01-01/2024-12-31"}}},
	}, "as_of")
}

// A date stated for an event governs the figures of that event across its
// sentence, unless a comparison takes the date for its own figure.
func TestEventDateInSentence(t *testing.T) {
	runStage(t, []stageCase{
		{"a while clause tells more of the same day", pub + "About 9,000 people marched in Lyon on Tuesday, while there were 4,500 in Grenoble, the prefecture said.",
			[]row{{Q: "About 9,000", AsOf: "2025-06-17"}, {Q: "4,500", AsOf: "2025-06-17"}}},
		{"a with clause tells more of the same handover", pub + "The last handover took place on May 27, with the other side sending back 23 bodies.",
			[]row{{Q: "23", AsOf: "2025-05-27"}}},
		{"a comparison keeps its date", pub + "The crowd reached 15,000, far above the 6,000 who came on March 8.",
			[]row{{Q: "15,000", AsOf: "2025-06-20"}, {Q: "6,000", AsOf: "2025-03-08"}}},
		{"figures in brackets after a date", pub + "Turnout fell well short of the record set on April 11 (640,000 for the unions, 92,000 for the police).",
			[]row{{Q: "640,000", AsOf: "2025-04-11"}, {Q: "92,000", AsOf: "2025-04-11"}}},
		{"a sentence glued after a date", pub + "Some 90 villagers were seized on Feb. 2.The council said 14 of them were freed on Monday.",
			[]row{{Q: "Some 90", AsOf: "2025-02-02"}, {Q: "14", AsOf: "2025-06-16"}}},
	}, "as_of")
}

// The day of the words and the day of what they tell: a crowd is counted
// on the day of its event, a toll as of the day it was told; a date before
// a figure is that figure's, not the day its speaker spoke.
func TestStatementDayAndEventDay(t *testing.T) {
	runStage(t, []stageCase{
		{"a weekday with its date", pub + "Police counted 8,000 marchers on Tuesday, June 3.",
			[]row{{Q: "8,000", AsOf: "2025-06-03"}}},
		{"a date in what was said is no day of speaking", pub + "The army gave back 300 captives in line with the pact sealed on May 30 in Doha, the ministry reported. It has so far taken back 40 of its own, the ministry added.",
			[]row{{Q: "300", AsOf: "2025-06-20"}, {Q: "40", AsOf: "2025-06-20"}}},
		{"a date after a closing attribution is the day of speaking", pub + "The army has taken back 40 of its own, the ministry said on Wednesday.",
			[]row{{Q: "40", AsOf: "2025-06-18"}}},
		{"a crowd on the day of its march", pub + "Organisers said Sunday that 40,000 people joined Saturday's march.",
			[]row{{Q: "40,000", AsOf: "2025-06-14"}}},
		{"a toll as of the day it was told", pub + "Officials said Thursday that 230 people died in Monday's landslide.",
			[]row{{Q: "230", AsOf: "2025-06-19"}}},
		{"a dated figure before its speaker is no day of speaking", pub + "Turnout fell short of the peak of May 2 (210,000 according to the unions). This time 95,000 marched across the country, according to the unions.",
			[]row{{Q: "210,000", AsOf: "2025-05-02"}, {Q: "95,000", AsOf: "2025-06-20"}}},
		{"the day of an earlier report in a relative clause is no day of speaking", pub + "The flood office said on Thursday that 61 people had died. It said 2,300 farms were under water, against some 400 farms it listed on Monday.",
			[]row{{Q: "61", AsOf: "2025-06-19"}, {Q: "2,300", AsOf: "2025-06-19"}, {Q: "some 400", AsOf: "2025-06-16"}}},
		{"nor in one opened by that", pub + "The flood office said on Thursday that 61 people had died. It said 2,300 farms were under water, against the 400 farms that it listed on Monday.",
			[]row{{Q: "61", AsOf: "2025-06-19"}, {Q: "2,300", AsOf: "2025-06-19"}, {Q: "400", AsOf: "2025-06-16"}}},
	}, "as_of")
}

// The day a story is at: its lead dates the statements it goes on to
// tell; a look back holds for its own paragraph only.
func TestStoryDay(t *testing.T) {
	runStage(t, []stageCase{
		{"undated statements are of the day the lead dates", pub + "The interior minister told reporters on Tuesday that the unrest was over.\n\nHe said 31 officers were hurt in the clashes. The ministry said 120 people had been detained.",
			[]row{{Q: "31", AsOf: "2025-06-17"}, {Q: "120", AsOf: "2025-06-17"}}},
		{"a statement in the present is of the report", pub + "The interior minister told reporters on Tuesday that the unrest was over.\n\nThe ministry says 120 people are still held.",
			[]row{{Q: "120", AsOf: "2025-06-20"}}},
		{"a look back holds for its paragraph", pub + "Fewer people marched across the country on Thursday, the ninth day of action.\n\nDuring the previous day of action on May 27, the unions had counted 420,000 in the capital, and the police 61,000.\n\nThis time the unions counted 150,000 marchers in the capital.",
			[]row{{Q: "420,000", AsOf: "2025-05-27"}, {Q: "61,000", AsOf: "2025-05-27"}, {Q: "150,000", AsOf: "2025-06-19"}}},
		{"the lead's day told in another voice, then a look back", pub + "Marchers were more numerous on Wednesday than a week before, according to the unions.\n\nIn the port, turnout stayed below the peaks of May 6 and May 14.\n\nSmaller towns such as Arles (2,000 to 4,500) also saw larger crowds.",
			[]row{{Q: "2,000 to 4,500", AsOf: "2025-06-18"}}},
		{"those held and hurt at a protest the day before", pub + "A march through the old town was broken up on Thursday.\n\nAbout 3,000 people took part in the march. More than 60 marchers were arrested, and nine officers were injured.",
			[]row{{Q: "About 3,000", AsOf: "2025-06-19"}, {Q: "More than 60", AsOf: "2025-06-19"}, {Q: "nine", AsOf: "2025-06-19"}}},
		{"a toll of another event in a protest story", pub + "A march through the old town was broken up on Thursday.\n\nAbout 3,000 people took part in the march, called over a bridge collapse that killed 15 people.",
			[]row{{Q: "About 3,000", AsOf: "2025-06-19"}, {Q: "15", AsOf: "2025-06-20"}}},
		{"a toll the outlet goes on to give after a dated statement", pub + "The relief agency said on Wednesday that 30 people were hurt in the floods. In the north, at least 12 people have been killed and 400 homes were flooded.",
			[]row{{Q: "30", AsOf: "2025-06-18"}, {Q: "at least 12", AsOf: "2025-06-18"}, {Q: "400", AsOf: "2025-06-18"}}},
		{"those held at a march told just before", pub + "As of Thursday evening, 2,600 residents had been moved to shelters, the agency said.\n\nIn the port, 8,000 people marched on Tuesday, according to the organisers. Police detained 15 people.",
			[]row{{Q: "2,600", AsOf: "2025-06-19"}, {Q: "8,000", AsOf: "2025-06-17"}, {Q: "15", AsOf: "2025-06-17"}}},
		{"a speaker's look back moves no day", pub + "The union said on Wednesday that the record was set on May 6.\n\nSmaller towns such as Arles (2,000 to 4,500) saw larger crowds.",
			[]row{{Q: "2,000 to 4,500", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A date in a relative clause set off after the figure is of the place or
// the people the clause tells of.
func TestAsideDate(t *testing.T) {
	runStage(t, []stageCase{
		{"where: the place's own day", pub + "Crowds grew in Tarbes (4,000 to 9,000) and Pau (3,500 to 8,000), where the marches stayed below the record of May 6.",
			[]row{{Q: "4,000 to 9,000", AsOf: "2025-06-20"}, {Q: "3,500 to 8,000", AsOf: "2025-06-20"}}},
		{"who: the people's own day", pub + "The militia released 26 villagers, who had been seized on June 2.",
			[]row{{Q: "26", AsOf: "2025-06-20"}}},
		{"which after the figure: the figure's own day", pub + "The panel's central estimate was 8,400 deaths, which would put the undercount at that point, the end of March, at 30 percent.",
			[]row{{Q: "8,400", AsOf: "2025-03-31"}, {Q: "30 percent", AsOf: "2025-03-31"}}},
	}, "as_of")
}

// A share of the vote, a turnout and the seats won are as of the count
// that gives them, not of polling day; who could vote is of polling day.
func TestVoteResultsDate(t *testing.T) {
	runStage(t, []stageCase{
		{"the court's final count", pub + "The supreme court confirmed on Thursday that the president won 71.2 percent of the votes in the June 8 election.",
			[]row{{Q: "71.2 percent", AsOf: "2025-06-19"}}},
		{"the result told in the report", pub + "In the June 8 presidential election, the incumbent is credited with 71.2 percent of the vote.",
			[]row{{Q: "71.2 percent", AsOf: "2025-06-20"}}},
		{"a count published after the vote", pub + "Turnout in Sunday's regional elections fell to 38.5%, according to a tally published on Wednesday.",
			[]row{{Q: "38.5%", AsOf: "2025-06-18"}}},
		{"the ballots of polling day, counted later", pub + "Figures released on Wednesday show the mayor took 58 percent of Sunday's ballots.",
			[]row{{Q: "58 percent", AsOf: "2025-06-18"}}},
		{"the voters of polling day", pub + "Turnout reached 52 percent in the June 8 ballot, in which 9.4 million people were registered to vote.",
			[]row{{Q: "52 percent", AsOf: "2025-06-20"}, {Q: "9.4 million", AsOf: "2025-06-08"}}},
		{"a vote years before is of its year", pub + "In the 2021 vote, which Ana Lind won with 51 percent, the count took a week.",
			[]row{{Q: "51 percent", AsOf: "2021-01-01/2021-12-31"}}},
		{"the vote of another year named by its month", pub + "She had taken 44 percent of the vote in the March 2023 election.",
			[]row{{Q: "44 percent", AsOf: "2023-03-01/2023-03-31"}}},
	}, "as_of")
}

// Dates that point back or name a day by its year: "by that time", "June
// 30 last year", "at the same point last year", "May's arrivals".
func TestDatesThatPointBack(t *testing.T) {
	runStage(t, []stageCase{
		{"a day of last year", pub + "Up to March 31 last year, the ministry had recorded 12,400 deaths.",
			[]row{{Q: "12,400", AsOf: "2024-03-31"}}},
		{"by that time", pub + "The ministry counted 3,100 deaths by April 30. A later survey found between 4,000 and 5,200 deaths in the region by that time.",
			[]row{{Q: "3,100", AsOf: "2025-04-30"}, {Q: "between 4,000 and 5,200", AsOf: "2025-04-30"}}},
		{"the same point last year, in a comparison", pub + "So far this year 2,300 migrants have landed. That is 12 percent more than the 2,050 who had landed at the same point last year.",
			[]row{{Q: "2,300", AsOf: "2025-01-01/2025-06-20"}, {Q: "12 percent", AsOf: "2025-06-20"}, {Q: "2,050", AsOf: "2024-06-20"}}},
		{"a month's possessive", pub + "May's arrivals reached 4,870 migrants, more than in any month this year.",
			[]row{{Q: "4,870", AsOf: "2025-05-01/2025-05-31"}}},
	}, "as_of")
}

// The day of an event named in another voice's sentence is a crowd's day;
// a day the outlet says figures came in is the day of the statements that
// follow.
func TestNamedEventAndReportDay(t *testing.T) {
	runStage(t, []stageCase{
		{"a march named by its day", pub + "Organisers said on Monday that 300,000 people joined Saturday's march.\n\n\"At least 280,000 people marched with us,\" one organiser said.",
			[]row{{Q: "300,000", AsOf: "2025-06-14"}, {Q: "At least 280,000", AsOf: "2025-06-14"}}},
		{"the day figures came in", pub + "Yesterday, the agency received new figures on the dead and the missing.\n\nThe governor said 420 people were confirmed dead. A rescue official told reporters that 1,100 people were still missing.",
			[]row{{Q: "420", AsOf: "2025-06-19"}, {Q: "1,100", AsOf: "2025-06-19"}}},
		{"until the narrative moves on", pub + "Yesterday, the agency received new figures on the dead.\n\nThe governor said 420 people were confirmed dead.\n\nThe army said 35 soldiers were hurt.\n\nA mayor warned that 900 homes were destroyed.\n\nRescuers reached the coast today.\n\nA doctor said 61 people were treated.",
			[]row{{Q: "420", AsOf: "2025-06-19"}, {Q: "35", AsOf: "2025-06-19"}, {Q: "900", AsOf: "2025-06-19"}, {Q: "61", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A period that runs to the day its sentence counts to, and a figure told
// as "that toll" after a dated one.
func TestPeriodEndAndFigureAnaphor(t *testing.T) {
	runStage(t, []stageCase{
		{"since … as of the end of a month", pub + "Since February, 8,250 new refugees were registered, bringing the number in the camps to 96,400 as of the end of May.",
			[]row{{Q: "8,250", AsOf: "2025-02-01/2025-05-31"}, {Q: "96,400", AsOf: "2025-05-31"}}},
		{"by the end of a month", pub + "By the end of April, 5,200 homes had been rebuilt.",
			[]row{{Q: "5,200", AsOf: "2025-04-30"}}},
		{"a part of the deaths told just before", pub + "A report issued on Monday estimated the deaths at 5,100 up to March 31. The researchers said 61 percent of the deaths were women and children.",
			[]row{{Q: "5,100", AsOf: "2025-03-31"}, {Q: "61 percent", AsOf: "2025-03-31"}}},
		{"of the dead, in the next paragraph", pub + "The coroner's office put the deaths at 812 by May 31.\n\nOf the dead, 130 were migrants, the office said.",
			[]row{{Q: "812", AsOf: "2025-05-31"}, {Q: "130", AsOf: "2025-05-31"}}},
		{"a part of something else keeps the report's day", pub + "The regional office counted 2,300 arrests by the end of April. The lawyers said 15 percent of the prisoners were minors.",
			[]row{{Q: "2,300", AsOf: "2025-04-30"}, {Q: "15 percent", AsOf: "2025-06-20"}}},
		{"that toll", pub + "The health office said on Tuesday that its survey was complete. It put the deaths at 14,900 by March 31.\n\nThat toll represented 1.2 percent of the region's population, the researchers said.",
			[]row{{Q: "14,900", AsOf: "2025-03-31"}, {Q: "1.2 percent", AsOf: "2025-03-31"}}},
	}, "as_of")
}

// An event the text dates elsewhere dates the figures of a sentence that
// points at it.
func TestEventDatedElsewhere(t *testing.T) {
	runStage(t, []stageCase{
		{"the raid told again with its day", pub + "Talks resumed weeks after the deadly raid on a prison camp where 212 prisoners were held.\n\nThe raid on the camp on May 30 was condemned abroad.",
			[]row{{Q: "212", AsOf: "2025-05-30"}}},
		{"the thing of an event told again", pub + "Officials said the ferry had been carrying 340 passengers.\n\nThe sinking of the ferry on June 12 was the worst in years.",
			[]row{{Q: "340", AsOf: "2025-06-12"}}},
		{"what is agreed about an event is not of its day", pub + "The exchange of the wounded on June 9 went ahead.\n\n\"We have agreed on the exchange of 800 prisoners,\" the minister said.",
			[]row{{Q: "800", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A relative clause after a figure dates its noun's own event, not the
// verb that counts the figure.
func TestRelativeClauseDate(t *testing.T) {
	runStage(t, []stageCase{
		{"freed, after being taken weeks before", pub + "Troops freed 64 villagers who had been kidnapped three weeks ago, the army said on Thursday.",
			[]row{{Q: "64", AsOf: "2025-06-19"}}},
		{"the only day told is still the crowd's", pub + "Police counted 8,000 people who marched on Sunday.",
			[]row{{Q: "8,000", AsOf: "2025-06-15"}}},
	}, "as_of")
}

// More of what a date belongs to: the weekend, a figure compared "from",
// a day still to come, "a day earlier" after a dated figure, a participle's
// and a relative clause's own event, and the content's date that is no day
// of speaking.
func TestWhatADateBelongsTo(t *testing.T) {
	runStage(t, []stageCase{
		{"over the weekend", pub + "More than 60,000 people took part in rallies over the weekend, the organisers said.",
			[]row{{Q: "More than 60,000", AsOf: "2025-06-14/2025-06-15"}}},
		{"from a figure of years ago", pub + "The party's share of the vote dropped to 28.1 percent from 39.4 percent five years ago, official results showed.",
			[]row{{Q: "28.1 percent", AsOf: "2025-06-20"}, {Q: "39.4 percent", AsOf: "2020-06-21"}}},
		{"a day still to come", pub + "Some 41 million people are registered for the referendum, which closes on June 29.",
			[]row{{Q: "Some 41 million", AsOf: "2025-06-20"}}},
		{"a day earlier after a dated figure", pub + "The toll stood at 310, up from 254 on Wednesday and 198 a day earlier.",
			[]row{{Q: "310", AsOf: "2025-06-20"}, {Q: "254", AsOf: "2025-06-18"}, {Q: "198", AsOf: "2025-06-17"}}},
		{"a participle's own event", pub + "Rebels freed four aid workers, who had been held for months, in exchange for a commander captured in March, the ministry said on Thursday.",
			[]row{{Q: "four", AsOf: "2025-06-19"}}},
		{"a relative clause before the figure", pub + "Officials on Thursday raised the toll of the storms that hit the coast at the weekend to 212.",
			[]row{{Q: "212", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// A participle's clause is of the event told just before it; a count of
// how things stand now takes no day the story was at; a since clause
// anywhere in the sentence dates no count.
func TestClauseOfTheEventBefore(t *testing.T) {
	runStage(t, []stageCase{
		{"prompting", pub + "The rivers burst their banks in 2019, and the valley flooded again in 2024, forcing more than 30,000 people from their homes.",
			[]row{{Q: "more than 30,000", AsOf: "2024-01-01/2024-12-31"}}},
		{"a count as it stands", pub + "Rescuers searched the hills on Tuesday.\n\nThe northern province alone accounts for about 2,400 of the missing.",
			[]row{{Q: "about 2,400", AsOf: "2025-06-20"}}},
		{"a since clause later in the sentence", pub + "More than 52,000 people are listed as missing, most of them since the fighting spread to the north in 2019.",
			[]row{{Q: "More than 52,000", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A figure counted by a past verb and a participle after its noun, and
// what there was on the day the story is at, told now.
func TestParticipleAndThereWere(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle after the counted noun", pub + "The minister said the handover included 12 sailors seized in the strait in 2021.",
			[]row{{Q: "12", AsOf: "2025-06-20"}}},
		{"there were, told now", pub + "The march filled the main square on Sunday afternoon.\n\nFrom aerial footage, Grant estimates there were about 3 to 4 people per square metre.",
			[]row{{Q: "about 3 to 4", AsOf: "2025-06-15"}}},
		{"there were, after a caption with a count", pub + "Thousands fill the main square on Sunday.\n\nFrom drone images, Marsh reckons there were about 2 to 3 people per square metre.",
			[]row{{Q: "Thousands", AsOf: "2025-06-15"}, {Q: "about 2 to 3", AsOf: "2025-06-15"}}},
		{"a name like an adverb", pub + "The march filled the main square on Sunday afternoon.\n\nFrom aerial footage, Still estimates there were about 3 to 4 people per square metre.",
			[]row{{Q: "about 3 to 4", AsOf: "2025-06-15"}}},
	}, "as_of")
}

// A difference set against a dated figure ("300,000 more than on April
// 4") is of the story's day: the date is the compared figure's.
func TestDifferenceAgainstADatedFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"more than a dated high", pub + "The unions put the turnout at 2.1 million. That count is 300,000 more marchers than the previous high of April 4.",
			[]row{{Q: "2.1 million", AsOf: "2025-06-20"}, {Q: "300,000", AsOf: "2025-06-20"}}},
		{"fewer than at a dated rally", pub + "Police counted 45,000, some 9,000 fewer protesters than at the rally of May 10.",
			[]row{{Q: "45,000", AsOf: "2025-06-20"}, {Q: "some 9,000", AsOf: "2025-06-20"}}},
		{"a hedge's than in another clause compares nothing", pub + "Turnout in Sunday's mayoral vote sank to 27.5%, the weakest in more than a decade, according to a tally released on Wednesday.",
			[]row{{Q: "27.5%", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// Those who take part in an event named by its day are counted on that
// day, whoever tells it and whenever: a strike as a march.
func TestStrikeNamedByItsDay(t *testing.T) {
	runStage(t, []stageCase{
		{"a strike's day across the story", pub + "Union leaders said Thursday that about 4 million workers joined Wednesday's national strike.\n\nThe walkout shut ports and schools. \"At least 4 million workers joined us,\" a union chief said.\n\nThe labour minister said no more than 15 percent of the workforce went on strike, or about 2 million people.",
			[]row{{Q: "about 4 million", AsOf: "2025-06-18"}, {Q: "At least 4 million", AsOf: "2025-06-18"}, {Q: "no more than 15 percent", AsOf: "2025-06-18"}, {Q: "about 2 million", AsOf: "2025-06-18"}}},
		{"a toll is still of the day it was told", pub + "Officials said Thursday that 230 people died in Wednesday's storm.\n\nThe mayor said 41 people were hurt.",
			[]row{{Q: "230", AsOf: "2025-06-19"}, {Q: "41", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// A toll told in a relative clause of a dated event is as of the day it
// is told, not of the event ("the collapse … in March that killed 27");
// what an event freed or drew is of its day.
func TestTollOfADatedEvent(t *testing.T) {
	runStage(t, []stageCase{
		{"that, after the event's month", pub + "The collapse of a bridge in March that killed 27 people set off the protests.",
			[]row{{Q: "27", AsOf: "2025-06-20"}}},
		{"which, set off by a comma", pub + "The quake in April, which left 230 people dead, was the worst in decades.",
			[]row{{Q: "230", AsOf: "2025-06-20"}}},
		{"said on a day that", pub + "Officials said on Monday that 40 people died in the floods.",
			[]row{{Q: "40", AsOf: "2025-06-16"}}},
		{"what a raid freed is of its day", pub + "The raid in March that freed 40 hostages was praised.",
			[]row{{Q: "40", AsOf: "2025-03-01/2025-03-31"}}},
		{"a part of a month glued to it is the month", pub + "The previous handover took place in mid-February, when 60 detainees were freed.",
			[]row{{Q: "60", AsOf: "2025-02-01/2025-02-28"}}},
		{"a part of the year is no month", pub + "The shelter closed in mid-year, when 60 families moved out.",
			[]row{{Q: "60", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A figure of the headline is of the day the story dates the same figure.
func TestHeadlineFigureDatedByTheStory(t *testing.T) {
	runStage(t, []stageCase{
		{"the lead's day", pub + "Russia and Ukraine swap 150 prisoners each\n\nRussia and Ukraine exchanged 150 prisoners of war each on Thursday, the defence ministry in Moscow said.",
			[]row{{Q: "150", AsOf: "2025-06-19"}, {Q: "150", AsOf: "2025-06-19"}}},
		{"a vague crowd", pub + "Tens of thousands rally in Porto against rents\n\nPORTO, June 18 (Reuters) - Tens of thousands of people marched through Porto on Wednesday against soaring rents.",
			[]row{{Q: "Tens of thousands", AsOf: "2025-06-18"}, {Q: "Tens of thousands", AsOf: "2025-06-18"}}},
		{"another figure of the lead is not it", pub + "Storm leaves 40 dead\n\nThe storm destroyed 300 homes on Tuesday, officials said.",
			[]row{{Q: "40", AsOf: "2025-06-20"}, {Q: "300", AsOf: "2025-06-17"}}},
		{"a hedge the headline drops", pub + "Rally draws 30,000 in Sofia\n\nSOFIA (AP) — About 30,000 people rallied in the capital on Wednesday, a monitoring group said.",
			[]row{{Q: "30,000", AsOf: "2025-06-18"}, {Q: "About 30,000", AsOf: "2025-06-18"}}},
		{"a figure of another kind is not it", pub + "Kyiv gets back 900 bodies of its soldiers\n\nMoscow agreed on June 2 to hand over 900 bodies of fallen soldiers.",
			[]row{{Q: "900", AsOf: "2025-06-20"}, {Q: "900", AsOf: "2025-06-02"}}},
		{"undated in the story too", pub + "Camp holds 9,000 refugees\n\nThe camp now holds 9,000 refugees, the agency said.",
			[]row{{Q: "9,000", AsOf: "2025-06-20"}, {Q: "9,000", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A dateline's day, with or without a wire, is the story's day when the
// page went out a day or a few later: relative dates count from it and
// undated figures hold on it.
func TestDatelineDay(t *testing.T) {
	runStage(t, []stageCase{
		{"today and yesterday from the dateline", "date: 2025-06-20\n\nMOSCOW, June 18. /TASS/. Russia handed over 84 prisoners of war today, the defence ministry said. Yesterday it received 90.",
			[]row{{Q: "84", AsOf: "2025-06-18"}, {Q: "90", AsOf: "2025-06-17"}}},
		{"an undated count", "date: 2025-06-20\n\nLILLE, June 19 – About 12,000 people marched through the city, the prefecture said. The unions counted 30,000.",
			[]row{{Q: "About 12,000", AsOf: "2025-06-19"}, {Q: "30,000", AsOf: "2025-06-19"}}},
		{"so far this week", "date: 2025-06-20\n\nLAMPEDUSA, Italy, June 18, 2025 (AP) - About 600 migrants landed on the island so far this week, officials said.",
			[]row{{Q: "About 600", AsOf: "2025-06-16/2025-06-18"}}},
		{"today's and yesterday's", pub + "Police said 12,000 people joined yesterday's march. The unions expect more at today's rally, where 3,000 had gathered by noon.",
			[]row{{Q: "12,000", AsOf: "2025-06-19"}, {Q: "3,000", AsOf: "2025-06-20"}}},
		{"the dateline's date is a label, not the figure's", "date: 2025-06-20\n\nKyiv/Moscow, June 20 (IANS) The two sides on Wednesday carried out another swap, each freeing 84 servicemen, the defence ministry said.",
			[]row{{Q: "84", AsOf: "2025-06-18"}}},
		{"a stale dateline is no story day", "date: 2025-06-20\n\nKYIV, March 4 — Ukraine said 84 soldiers came home.",
			[]row{{Q: "84", AsOf: "2025-03-04"}}},
	}, "as_of")
}

// A day told as an offset from the date named before it ("two days
// earlier", "a week earlier", "the day before", "the previous day"), or
// from the report's ("last night").
func TestOffsetDays(t *testing.T) {
	runStage(t, []stageCase{
		{"a month earlier", pub + "Police counted 42,000 in the square on Saturday. A month earlier, 30,000 had gathered there.",
			[]row{{Q: "42,000", AsOf: "2025-06-14"}, {Q: "30,000", AsOf: "2025-05-14"}}},
		{"last night", pub + "Police said 40 people were arrested in the city last night.",
			[]row{{Q: "40", AsOf: "2025-06-19"}}},
		{"two days earlier, in the next sentence", pub + "Officials on Monday put the toll at 140. Two days earlier, it was 90.",
			[]row{{Q: "140", AsOf: "2025-06-16"}, {Q: "90", AsOf: "2025-06-14"}}},
		{"a week earlier, compared", pub + "On Saturday, 250,000 people marched, the unions said, compared with 180,000 a week earlier.",
			[]row{{Q: "250,000", AsOf: "2025-06-14"}, {Q: "180,000", AsOf: "2025-06-07"}}},
		{"the day before", pub + "Protesters returned to the square on Sunday. The day before, police had counted 20,000 in the capital.",
			[]row{{Q: "20,000", AsOf: "2025-06-14"}}},
		{"the previous day, after the statement's day", pub + "The army said on Thursday it had freed 42 hostages the previous day.",
			[]row{{Q: "42", AsOf: "2025-06-18"}}},
		{"the previous day of action is a noun", pub + "Fewer marched on Thursday.\n\nDuring the previous day of action on May 27, the unions had counted 420,000.",
			[]row{{Q: "420,000", AsOf: "2025-05-27"}}},
		{"a date after the figure is not the statement's", pub + "The toll rose to 2,310, the agency said, up from 1,950 on Tuesday.\n\nIt said 400 people were still missing.",
			[]row{{Q: "2,310", AsOf: "2025-06-20"}, {Q: "1,950", AsOf: "2025-06-17"}, {Q: "400", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// The other side of a transfer ("In return, …") is of the day of the
// transfer it answers.
func TestCounterpartOfATransfer(t *testing.T) {
	runStage(t, []stageCase{
		{"in return", pub + "Ukraine handed over 84 bodies of soldiers to Russia, its coordination office said on Wednesday. In return, Ukraine received 1,200 bodies.",
			[]row{{Q: "84", AsOf: "2025-06-18"}, {Q: "1,200", AsOf: "2025-06-18"}}},
		{"a day of its own stands", pub + "Ukraine handed over 84 bodies of soldiers to Russia, its coordination office said on Wednesday. In return, Ukraine received 1,200 bodies on Thursday.",
			[]row{{Q: "84", AsOf: "2025-06-18"}, {Q: "1,200", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// The day of the words and the day of a handover told in them: those
// handed over are of the day the words give the handover.
func TestHandoverToldOnAnotherDay(t *testing.T) {
	runStage(t, []stageCase{
		{"had been freed on a day", pub + "The ministry said on Tuesday that 300 prisoners had been freed on Sunday.",
			[]row{{Q: "300", AsOf: "2025-06-15"}}},
		{"released, the day after", pub + "The group said on Thursday that it had handed over 24 hostages on Wednesday.",
			[]row{{Q: "24", AsOf: "2025-06-18"}}},
		{"a toll stays of the day it was told", pub + "The ministry said on Tuesday that 40 people had died in the fighting on Sunday.",
			[]row{{Q: "40", AsOf: "2025-06-17"}}},
		{"undated handover, the statement's day", pub + "The ministry said on Tuesday that 300 prisoners had been freed.",
			[]row{{Q: "300", AsOf: "2025-06-17"}}},
	}, "as_of")
}

// A day marked "as of" or "by" set off before the figure's clause is the
// figure's, not the day of the words that tell it.
func TestAsOfSetOffBeforeTheClause(t *testing.T) {
	runStage(t, []stageCase{
		{"as of, after the statement's day", pub + "The ministry said on Friday that as of Wednesday, 1,200 people had been evacuated.",
			[]row{{Q: "1,200", AsOf: "2025-06-18"}}},
		{"by, after the statement's day", pub + "Officials said on Thursday that by Tuesday night, 3,400 homes had lost power.",
			[]row{{Q: "3,400", AsOf: "2025-06-17"}}},
	}, "as_of")
}

// What a deal says is to happen is of no day the story has told: the
// figures of a clause in the future, and those that hang on it, are as of
// the report, not of the day a past event befell.
func TestTermsToComeAreNotOfTheStoryDay(t *testing.T) {
	runStage(t, []stageCase{
		{"a clause to come and the figure hung on it", pub + "On Tuesday gunmen seized the convoy near the border. Under the truce, 20 drivers are to be freed, in return for 35 fighters.",
			[]row{{Q: "20", AsOf: "2025-06-20"}, {Q: "35", AsOf: "2025-06-20"}}},
		{"a guess of the past keeps the story's day", pub + "On Tuesday the union called a general strike. Officials said a third of the staff stayed home, which would mean 9,000 strikers.",
			[]row{{Q: "9,000", AsOf: "2025-06-17"}}},
	}, "as_of")
}

// A weekday named for what is still to happen ("will vote on Monday",
// "set to reopen on Sunday", "due to resume on Tuesday") is no day the
// story is at: the next count in its paragraph keeps the day of the event
// told before.
func TestWeekdayToComeIsNoStoryDay(t *testing.T) {
	runStage(t, []stageCase{
		{"set to", pub + "Thousands of people marched in Lyon on Thursday, with parliament set to vote on the bill on Monday. Police counted 12,000 marchers.",
			[]row{{Q: "Thousands", AsOf: "2025-06-19"}, {Q: "12,000", AsOf: "2025-06-19"}}},
		{"will", pub + "Thousands of people marched in Lyon on Thursday, and the unions will meet the minister on Tuesday. Police counted 12,000 marchers.",
			[]row{{Q: "Thousands", AsOf: "2025-06-19"}, {Q: "12,000", AsOf: "2025-06-19"}}},
		{"a day in a clause of the past still moves the story", pub + "Thousands of people marched in Lyon on Tuesday, and the unions met the minister on Thursday. Police counted 12,000 marchers.",
			[]row{{Q: "Thousands", AsOf: "2025-06-17"}, {Q: "12,000", AsOf: "2025-06-19"}}},
		{"a noun of plans is no clause to come", pub + "Nurses marched in Lyon against plans to close the hospital on Monday. Police counted 12,000 marchers.",
			[]row{{Q: "12,000", AsOf: "2025-06-16"}}},
		{"a later past day moves the story", pub + "Thousands of people marched in Lyon on Wednesday. More marched on Thursday. Police counted 12,000 marchers.",
			[]row{{Q: "Thousands", AsOf: "2025-06-18"}, {Q: "12,000", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// A figure told again in other words ("…, or one in 60 residents") is of
// the day of the figure it restates, and leaves that figure as the one
// told before for the next sentence.
func TestInOtherWordsKeepsTheDay(t *testing.T) {
	runStage(t, []stageCase{
		{"a share in words after or", pub + "Up to March 31 the fighting had killed 3.2 percent of the valley's people, \"or about one in 30 residents,\" the study said. It found 55 percent of the deaths were women.",
			[]row{{Q: "3.2 percent", AsOf: "2025-03-31"}, {Q: "about one in 30", AsOf: "2025-03-31"}, {Q: "55 percent", AsOf: "2025-03-31"}}},
	}, "as_of")
}

// A heading over a paragraph that gives only a figure and a place ("12,000
// in Lyon") is the figure the paragraph under it tells again: what it
// counts, who counted it and when are the paragraph's.
func TestHeadingTakesItsParagraph(t *testing.T) {
	runStage(t, []stageCase{
		{"a crosshead of a figure and a place", pub + "Farmers rally across the south\n\n" +
			"Tractors blocked roads on Tuesday, the prefecture said.\n\n" +
			"12,000 in Lyon\n\n" +
			"On Tuesday, 12,000 people marched in Lyon according to the organisers, far more than last month.\n",
			[]row{{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"}}},
		{"a crosshead takes its day from the paragraph under it, not the story's", pub + "Farmers rally across the south\n" +
			"The clashes that broke out on Monday have left 14 people hurt. Police detained 9 people.\n\n" +
			"12,000 in Lyon\n\n" +
			"On Tuesday, 12,000 people marched in Lyon according to the organisers.\n",
			[]row{{Q: "14", Measure: "injured", Speaker: "Test Times", Role: "outlet", AsOf: "2025-06-16"},
				{Q: "9", Measure: "detained", Speaker: "Test Times", Role: "outlet", AsOf: "2025-06-20"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"}}},
		{"a crosshead with a day of its own keeps it", pub + "Farmers rally across the south\n" +
			"The clashes that broke out on Monday have left 14 people hurt. Police detained 9 people.\n\n" +
			"Wednesday: 12,000 in Lyon\n\n" +
			"In Lyon, 12,000 people marched according to the organisers.\n",
			[]row{{Q: "14", Measure: "injured", Speaker: "Test Times", Role: "outlet", AsOf: "2025-06-16"},
				{Q: "9", Measure: "detained", Speaker: "Test Times", Role: "outlet", AsOf: "2025-06-20"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-18"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-18"}}},
		{"a crosshead takes nothing from the paragraph above it", pub + "Farmers rally across the south\n\n" +
			"Police said 40 tractors blocked the ring road on Tuesday.\n\n" +
			"12,000 in Lyon\n\n" +
			"On Tuesday, 12,000 people marched in Lyon according to the organisers.\n",
			[]row{{Q: "40", Measure: "tractors", Speaker: "police", AsOf: "2025-06-17"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"},
				{Q: "12,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"}}},
		{"a heading the paragraph does not repeat keeps its own reading", pub + "Farmers rally across the south\n\n" +
			"Tractors blocked roads on Tuesday, the prefecture said.\n\n" +
			"12,000 in Lyon\n\n" +
			"On Tuesday, 9,000 people marched in Lyon according to the organisers.\n",
			[]row{{Q: "12,000", Measure: "", Speaker: "Test Times", Role: "outlet", AsOf: "2025-06-20"},
				{Q: "9,000", Measure: "protesters", Speaker: "organisers", AsOf: "2025-06-17"}}},
		{"a heading with a noun of its own keeps it", pub + "Farmers rally across the south\n\n" +
			"Tractors blocked roads on Tuesday, the prefecture said.\n\n" +
			"Police count 4,000 marchers in Nice\n\n" +
			"On Tuesday, 4,000 people were arrested in Nice, the prefecture said.\n",
			[]row{{Q: "4,000", Measure: "protesters", Speaker: "police", AsOf: "2025-06-20"},
				{Q: "4,000", Measure: "arrests", Speaker: "prefecture", AsOf: "2025-06-17"}}},
	}, "measure", "speaker", "as_of")
	runStage(t, []stageCase{
		{"lines under a sentence, with no blank line, go on counting", pub + "Police said 30,000 protesters marched in Paris on Tuesday.\n" +
			"12,000 in Lyon\n" +
			"8,000 in Nice\n\n" +
			"The unions called another strike.\n",
			[]row{{Q: "30,000", Measure: "protesters"}, {Q: "12,000", Measure: "protesters"}, {Q: "8,000", Measure: "protesters"}}},
		{"a list with no blank lines in a text with none goes on counting", pub + "Police said 30,000 protesters marched in Paris on Tuesday.\n" +
			"12,000 in Lyon\n" +
			"8,000 in Nice\n" +
			"The unions called another strike.\n",
			[]row{{Q: "30,000", Measure: "protesters"}, {Q: "12,000", Measure: "protesters"}, {Q: "8,000", Measure: "protesters"}}},
	}, "measure")
}

// A figure of the headline whose noun is left out counts what the same
// figure of the story's first sentences counts.
func TestHeadlineFigureNamedByTheStory(t *testing.T) {
	runStage(t, []stageCase{
		{"the lead names what the headline leaves out", pub + "Over 4,000 have reached the Canaries this year\n\nOver 4,000 migrants have reached the Canary Islands so far this year, the coast guard said.",
			[]row{{Q: "Over 4,000", Measure: "migrants"}, {Q: "Over 4,000", Measure: "migrants"}}},
		{"a figure in words, a hedge dropped", pub + "FIVE THOUSAND have left the island\n\nAbout 5,000 residents have left the island since the eruption began, officials said.",
			[]row{{Q: "FIVE THOUSAND", Measure: "residents"}, {Q: "About 5,000", Measure: "residents"}}},
		{"another figure of the lead names nothing", pub + "Over 4,000 have reached the Canaries this year\n\nSome 350 migrants landed on Monday, the coast guard said.",
			[]row{{Q: "Over 4,000", Measure: ""}, {Q: "Some 350", Measure: "migrants"}}},
		{"a headline noun stays", pub + "Storm leaves 40 dead\n\nForty people were hurt and 40 homes destroyed on Tuesday, officials said.",
			[]row{{Q: "40", Measure: "deaths"}, {Q: "Forty", Measure: "injured"}, {Q: "40", Measure: "homes"}}},
		{"a heading between paragraphs", pub + "Strikes spread across the country on Monday, the unions said.\n\n6,500 in Tarragona\n\nIn Tarragona, 6,500 dockers stayed away from work, according to the union.",
			[]row{{Q: "6,500", Measure: "dockers"}, {Q: "6,500", Measure: "dockers"}}},
		{"a sentence that ends its paragraph is no heading", pub + "Officials in Tarragona counted 6,500 on Monday.\n\nIn Tarragona, 6,500 dockers stayed away from work, according to the union.",
			[]row{{Q: "6,500", Measure: ""}, {Q: "6,500", Measure: "dockers"}}},
	}, "measure")
}

// The first months, half or quarter of a year are a period from its first
// day; a figure counted over them holds for that period. The months after
// "first" are those of the year named, not the story's.
func TestFirstPartOfAYear(t *testing.T) {
	runStage(t, []stageCase{
		{"the first months of a year", pub + "Some 3,140 migrants reached the islands in the first seven months of 2024, the ministry said.",
			[]row{{Q: "Some 3,140", AsOf: "2024-01-01/2024-07-31"}}},
		{"the first half of a year", pub + "The agency registered 912 new asylum claims in the first half of 2023.",
			[]row{{Q: "912", AsOf: "2023-01-01/2023-06-30"}}},
		{"the first quarter of a year", pub + "Police recorded 58 kidnappings in the first quarter of 2022.",
			[]row{{Q: "58", AsOf: "2022-01-01/2022-03-31"}}},
		{"the whole year stays the year", pub + "Police recorded 58 kidnappings in 2022.",
			[]row{{Q: "58", AsOf: "2022-01-01/2022-12-31"}}},
		{"the first months of the year", pub + "Customs seized 260 kilos of cocaine at the port in the first five months of the year.",
			[]row{{Q: "260", AsOf: "2025-01-01/2025-05-31"}}},
		{"the second quarter of the year", pub + "By the agency's count, 1,930 boats were stopped over the second quarter of the year.",
			[]row{{Q: "1,930", AsOf: "2025-04-01/2025-06-20"}}},
	}, "as_of")
}

// A statement the text places before the story's day ("Earlier, …") without
// a day of its own holds as of the report's day at the latest: that date is
// a default, and the claim says so, so that no finding stands on it unmarked.
func TestEarlierStatementDateIsDefault(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]claims.Confidence
	}{
		{"earlier, after the report's own dated account", pub + "ROME, June 20. /Test Times/. The army has sent back another 300 captives on Friday, a Test Times source reported.\n\n" +
			"Earlier, the envoy, who leads the talks, said that the army has sent back 250 captives and received 12.",
			map[string]claims.Confidence{"300": claims.Explicit, "250": claims.Defaulted, "12": claims.Defaulted}},
		{"earlier", pub + "On Friday the army freed 30 captives. Earlier, the envoy said that the army had freed 250 captives in all.",
			map[string]claims.Confidence{"30": claims.Explicit, "250": claims.Defaulted}},
		{"previously", pub + "On Friday the army freed 30 captives. Previously, the envoy said the army had handed over 250 captives.",
			map[string]claims.Confidence{"30": claims.Explicit, "250": claims.Defaulted}},
		{"a dated earlier statement keeps its day", pub + "Earlier, the envoy said on Monday that the army had freed 250 captives in all.",
			map[string]claims.Confidence{"250": claims.Explicit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			got := map[string]claims.Confidence{}
			for _, c := range cs {
				got[c.Quantity.Text] = c.Confidence.AsOf
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// The day said with a verb of speech a few words on, past the people
// told, the place and the occasion, dates what the speaker says; a date
// past another verb is that verb's ("a strike planned for June 24").
func TestSpeechDateAfterTheOccasion(t *testing.T) {
	runStage(t, []stageCase{
		{"told reporters somewhere after something on a day", pub + "Each side will free 600 captives, the mediator told reporters in Doha after the talks on Tuesday evening. The mediator said 4,000 bodies were also handed back.",
			[]row{{Q: "600", AsOf: "2025-06-17"}, {Q: "4,000", AsOf: "2025-06-17"}}},
		{"a date past another verb is the event's", pub + "The union told members in every region about the strike planned for June 24. It said that 300 schools had shut.",
			[]row{{Q: "300", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A year of background is no day the story is at: past its paragraph, a
// figure the text does not date holds on the story's own day.
func TestBackgroundYear(t *testing.T) {
	runStage(t, []stageCase{
		{"a year in a paragraph of background", pub + "The border dispute flared up in 2019 and has simmered since.\n\nThree joint commissions were set up.",
			[]row{{Q: "Three", AsOf: "2025-06-20"}}},
		{"the year holds in its own paragraph", pub + "The border dispute flared up in 2019, when three joint commissions were set up.",
			[]row{{Q: "three", AsOf: "2019-01-01/2019-12-31"}}},
	}, "as_of")
}

// A date in a participle that tells of the people a figure counts
// ("captured in 2021") is their capture's, not the figure's, when the
// figure's own verb comes after it; a participle that hands them over
// keeps its date.
func TestCaptureDateIsNotTheFigures(t *testing.T) {
	for _, tc := range []struct{ name, text, q, asOf string }{
		{"captured in a year, then crossed", pub + "Moscow and Kyiv swapped captives. Thirty sailors captured in 2021 and one medic captured in Crimea in September have crossed the border, Zelensky wrote.",
			"Thirty", "2025-06-20"},
		{"freed on a day keeps the day", pub + "Moscow and Kyiv swapped captives. Officials said 95 prisoners freed on Tuesday were back home.",
			"95", "2025-06-17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, r := range rows(t, tc.text, Options{}) {
				if r.Q != tc.q {
					continue
				}
				found = true
				if r.AsOf != tc.asOf {
					t.Errorf("%s: as of %s, want %s", tc.q, r.AsOf, tc.asOf)
				}
			}
			if !found {
				t.Errorf("no claim on %s", tc.q)
			}
		})
	}
}

// A figure a sentence compares another with (its head) is of a day of its
// own: one its own words give, an offset counted from the head's day (not
// from the last date the text named), the start of the period the change
// is told over, and else a day before the head's, inferred. Two counts of
// one day set side by side keep their day.
func TestComparedFigureDates(t *testing.T) {
	runStage(t, []stageCase{
		{"an offset counts from the head's day, not the date named before", pub + "Hundreds of thousands marched on Thursday against the reform. It was the fifth day of protest since 19 January. The union counted 1.2 million, up from 1 million a week earlier.",
			[]row{{Q: "Hundreds of thousands", AsOf: "2025-06-19"}, {Q: "1.2 million", AsOf: "2025-06-19"}, {Q: "1 million", AsOf: "2025-06-12"}}},
		{"an offset counts from the day of the statement the head is of", pub + "Floods struck the valley on 2 June. The toll now stands at 95, against 60 a week earlier, officials said on Thursday.",
			[]row{{Q: "95", AsOf: "2025-06-19"}, {Q: "60", AsOf: "2025-06-12"}}},
		{"the day before, after the head's own day", pub + "The toll climbed to 87 on Thursday from 64 the day before, the ministry said.",
			[]row{{Q: "87", AsOf: "2025-06-19"}, {Q: "64", AsOf: "2025-06-18"}}},
		{"the earlier level of a change, its date after the later", pub + "The death toll from the landslide rose from 300 to 450 on Monday, the governor said.",
			[]row{{Q: "300", AsOf: "2025-06-15"}, {Q: "450", AsOf: "2025-06-16"}}},
		{"the earlier level of a change the report does not date", pub + "The number of missing fell from 120 to 80, the agency said.",
			[]row{{Q: "120", AsOf: "2025-06-19"}, {Q: "80", AsOf: "2025-06-20"}}},
		{"in the previous count", pub + "At least 34 people were injured in the blast on Monday, against 21 in the previous count.",
			[]row{{Q: "At least 34", AsOf: "2025-06-16"}, {Q: "21", AsOf: "2025-06-15"}}},
		{"before the day of the event the head is of", pub + "Turnout in Sunday's election reached 68%, down from 72% in the previous election.",
			[]row{{Q: "68%", AsOf: "2025-06-20"}, {Q: "72%", AsOf: "2025-06-14"}}},
		{"a change over a period starts at its start", pub + "The number of people displaced has risen from 200,000 to 350,000 since March, the agency said.",
			[]row{{Q: "200,000", AsOf: "2025-03-01/2025-03-31"}, {Q: "350,000", AsOf: "2025-03-01/2025-06-20"}}},
		{"the same months of a year", pub + "Since January, 12,500 asylum seekers have registered, against 9,800 over the same months of 2024.",
			[]row{{Q: "12,500", AsOf: "2025-01-01/2025-06-20"}, {Q: "9,800", AsOf: "2024-01-01/2024-12-31"}}},
		{"two counts of one day side by side", pub + "The unions counted 550,000 marchers on Thursday, against 112,000 by the police count.",
			[]row{{Q: "550,000", AsOf: "2025-06-19"}, {Q: "112,000", AsOf: "2025-06-19"}}},
		{"its own day", pub + "Police said 80,000 people marched in Lyon on Saturday, against 65,000 on 19 January.",
			[]row{{Q: "80,000", AsOf: "2025-06-14"}, {Q: "65,000", AsOf: "2025-01-19"}}},
		{"a year earlier than a month is that month a year before", pub + "The agency counted 5,400 arrivals in May, up from 3,900 a year earlier.",
			[]row{{Q: "5,400", AsOf: "2025-05-01/2025-05-31"}, {Q: "3,900", AsOf: "2024-05-01/2024-05-31"}}},
		{"a month earlier", pub + "Police counted 42,000 marchers on Saturday, up from 30,000 a month earlier.",
			[]row{{Q: "42,000", AsOf: "2025-06-14"}, {Q: "30,000", AsOf: "2025-05-14"}}},
		{"the month before", pub + "Arrests reached 2,900 in May, nearly triple the 1,000 of the month before.",
			[]row{{Q: "2,900", AsOf: "2025-05-01/2025-05-31"}, {Q: "1,000", AsOf: "2025-04-01/2025-04-30"}}},
		{"a weekday of its own, before the head's day", pub + "The toll has doubled to 800 from 400 on Friday, the ministry said on Tuesday.",
			[]row{{Q: "800", AsOf: "2025-06-17"}, {Q: "400", AsOf: "2025-06-13"}}},
		{"a second compared figure after and", pub + "The toll stood at 230 on Sunday, compared with 198 a day earlier and 150 on Friday.",
			[]row{{Q: "230", AsOf: "2025-06-15"}, {Q: "198", AsOf: "2025-06-14"}, {Q: "150", AsOf: "2025-06-13"}}},
		{"the figure of a year", pub + "Deaths on the route this year are already double the 2023 figure of 410.",
			[]row{{Q: "410", AsOf: "2023-01-01/2023-12-31"}}},
		{"a change within one day", pub + "The crowd in the square grew from 40,000 to 65,000 as the evening wore on, police said of Saturday's rally.",
			[]row{{Q: "40,000", AsOf: "2025-06-14"}, {Q: "65,000", AsOf: "2025-06-14"}}},
		{"the hour of a statement is no change within a day", pub + "The governor said on Thursday morning that the toll had risen from 300 to 450.",
			[]row{{Q: "300", AsOf: "2025-06-18"}, {Q: "450", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// The day a compared figure is given a day before its head's is inferred,
// and says so.
func TestComparedFigureDateIsInferred(t *testing.T) {
	cs, err := Extract("test.txt", []byte(pub+"The number of missing fell from 120 to 80 on Monday, the agency said."), Options{Explain: true})
	require.NoError(t, err)
	require.Len(t, cs, 2)
	conf, _ := cs[0].Confidence.Get("as_of")
	require.Equal(t, claims.Inferred, conf)
	var why []string
	for _, r := range cs[0].Reasons {
		if r.Field == "as_of" {
			why = append(why, r.Words)
		}
	}
	require.Equal(t, []string{"a day before the figure it is compared with"}, why)
	require.Equal(t, cs[0].ContentID(), cs[0].ID)
}

// A figure no word dates, in a story whose lead tells its event on a day
// shortly before the page's, is of that day: not of the publication. What
// holds now, a toll as told and a story whose event is more than a few
// days old keep the story's own day.
func TestUndatedFigureOfTheStorysEvent(t *testing.T) {
	const march = "About 20,000 people joined yesterday's march in the port city, organisers said.\n\n"
	const harbour = "Hundreds of fishermen blocked the harbour on Wednesday over fuel prices.\n\n"
	runStage(t, []stageCase{
		{"a density of yesterday's crowd", pub + march + "According to a survey group, the square held up to three people per square metre at its fullest.",
			[]row{{Q: "About 20,000", AsOf: "2025-06-19"}, {Q: "up to three", AsOf: "2025-06-19"}}},
		{"ferries kept in on the blockade's day", pub + harbour + "According to the port authority, 14 ferries could not leave the quay.",
			[]row{{Q: "Hundreds", AsOf: "2025-06-18"}, {Q: "14", AsOf: "2025-06-18"}}},
		{"what holds now", pub + march + "According to a survey group, the square holds up to three people per square metre.",
			[]row{{Q: "About 20,000", AsOf: "2025-06-19"}, {Q: "up to three", AsOf: "2025-06-20"}}},
		{"a toll is of its telling", pub + harbour + "According to the port authority, a storm in the spring killed 6 fishermen.",
			[]row{{Q: "Hundreds", AsOf: "2025-06-18"}, {Q: "6", AsOf: "2025-06-20"}}},
		{"an event a week old", pub + "About 20,000 people joined the march in the port city on June 12, organisers said.\n\n" +
			"According to a survey group, the square held up to three people per square metre at its fullest.",
			[]row{{Q: "About 20,000", AsOf: "2025-06-12"}, {Q: "up to three", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A headline's figure that its lead does not tell again is of the day of
// the story's event, when the story tells it on a day shortly before the
// page's; not when that day is weeks old, nor for a toll.
func TestHeadlineFigureOfTheStorysEvent(t *testing.T) {
	runStage(t, []stageCase{
		{"a swap told on Wednesday", pub + "Dozens of captives, 12 guards freed in border swap\n\nThe two sides traded captives at a border crossing on Wednesday.",
			[]row{{Q: "Dozens", AsOf: "2025-06-18"}, {Q: "12", AsOf: "2025-06-18"}}},
		{"a swap told weeks before", pub + "Dozens of captives, 12 guards freed in border swap\n\nThe two sides traded captives at a border crossing on May 28.",
			[]row{{Q: "Dozens", AsOf: "2025-06-20"}, {Q: "12", AsOf: "2025-06-20"}}},
		{"a toll", pub + "14 killed in mountain bus crash\n\nA bus left the mountain road on Wednesday.",
			[]row{{Q: "14", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// What a speaker the text does not date tells, in the past, of the story's
// event on a day shortly before the page is of that day; not what is still
// to come, nor who is still held.
func TestUndatedSpeakerOfTheStorysEvent(t *testing.T) {
	const rally = "A farmers' convoy blocked the ring road on Wednesday.\n\n"
	runStage(t, []stageCase{
		{"a count the police gave", pub + rally + "Traffic police reported that some 900 tractors took part in the blockade.",
			[]row{{Q: "some 900", AsOf: "2025-06-18"}}},
		{"a number the organisers hoped for", pub + rally + "The union, which called the action, expected 1,500 tractors.",
			[]row{{Q: "1,500", AsOf: "2025-06-18"}}},
		{"what is still to come", pub + rally + "An organiser said the next convoy will bring more than 2,000 tractors.",
			[]row{{Q: "more than 2,000", AsOf: "2025-06-20"}}},
		{"in a speaker's own words", pub + rally + "\"We counted 700 tractors,\" an organiser said.",
			[]row{{Q: "700", AsOf: "2025-06-20"}}},
		{"who are still held", pub + rally + "The prosecutor said 14 drivers remained in custody.",
			[]row{{Q: "14", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// The rest of a week or month still to come ("later this week") is no day
// the story is at.
func TestLaterThisWeekIsAhead(t *testing.T) {
	runStage(t, []stageCase{
		{"budget talks later this week", pub + "Thousands of nurses marched through the capital on Wednesday, ahead of budget talks later this week.\n\nOrganisers put the crowd at 30,000.",
			[]row{{Q: "Thousands", AsOf: "2025-06-18"}, {Q: "30,000", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// A story whose figures are counted to a day before its page (a month's
// end, the day whose arrivals bring the year's total) dates the figures
// that follow it and no word dates on that day; not what holds now, nor a
// crowd, nor after a single month.
func TestStoryCountedToADay(t *testing.T) {
	runStage(t, []stageCase{
		{"the year to a month's end", pub + "In the first five months of 2025, 3,900 claims were lodged with the board.\n\nFigures from the tribunal show that it upheld 260 appeals.",
			[]row{{Q: "3,900", AsOf: "2025-01-01/2025-05-31"}, {Q: "260", AsOf: "2025-05-31"}}},
		{"a total brought by yesterday's arrivals", pub + "Yesterday 140 people landed on the beaches, bringing the total for 2025 to 9,870.\n\nSince the new minister took office, 2,310 people have made the trip.",
			[]row{{Q: "140", AsOf: "2025-06-19"}, {Q: "9,870", AsOf: "2025-01-01/2025-06-19"}, {Q: "2,310", AsOf: "2025-06-19"}}},
		{"what holds now", pub + "In the first five months of 2025, 3,900 claims were lodged with the board.\n\nThe camp holds 800 people.",
			[]row{{Q: "3,900", AsOf: "2025-01-01/2025-05-31"}, {Q: "800", AsOf: "2025-06-20"}}},
		{"a single month", pub + "In January, 3,900 claims were lodged with the board.\n\nThe tribunal said it upheld 260 appeals.",
			[]row{{Q: "3,900", AsOf: "2025-01-01/2025-01-31"}, {Q: "260", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A change told against a base ("up 12% from March", "a 30% fall on the
// same months of 2024") is not of the base's date: it is of the figure it
// changes, the one before when the sentence points back at it ("That's",
// "This marks"); and a date after another figure's base is that base's.
func TestChangeAgainstItsBase(t *testing.T) {
	runStage(t, []stageCase{
		{"a sentence pointing back at the figure before", pub + "Some 4,800 claims were filed in May. That's up 12% from 4,290 in April, and up 30% from March, the office said.",
			[]row{{Q: "Some 4,800", AsOf: "2025-05-01/2025-05-31"}, {Q: "12%", AsOf: "2025-05-01/2025-05-31"}, {Q: "4,290", AsOf: "2025-04-01/2025-04-30"}, {Q: "30%", AsOf: "2025-05-01/2025-05-31"}}},
		{"a drop on the same months of last year", pub + "Only 620 claims were filed in January-April 2025. This marks a 35% drop on the same months of 2024.",
			[]row{{Q: "620", AsOf: "2025-01-01/2025-04-30"}, {Q: "35%", AsOf: "2025-01-01/2025-04-30"}}},
		{"the day of a change told by a verb is its own", pub + "The toll of Monday's storm rose above 1,100 on Thursday, up 8% from Wednesday.",
			[]row{{Q: "above 1,100", AsOf: "2025-06-19"}, {Q: "8%", AsOf: "2025-06-19"}}},
		{"another figure's base", pub + "In the east, 2,100 crossings were detected, a 140% rise on January-April 2024.",
			[]row{{Q: "2,100", AsOf: "2025-06-20"}, {Q: "140%", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A toll dated to the day it reached its figure ("rose to 61 on
// Wednesday"), shortly before the page, dates the tally told after it in
// the past that no word dates; not a level it is compared with, a day
// that names the event, nor who are still in hospital.
func TestTallyGoesOnFromTheTollsDay(t *testing.T) {
	const lead = "The death toll from the landslide rose to 61 on Wednesday, officials said.\n\n"
	runStage(t, []stageCase{
		{"the tally after the toll", pub + lead + "The slide, which hit on Tuesday, injured 140 people. At least nine were killed in the next valley.",
			[]row{{Q: "61", AsOf: "2025-06-18"}, {Q: "140", AsOf: "2025-06-18"}, {Q: "At least nine", AsOf: "2025-06-18"}}},
		{"who are still in hospital", pub + lead + "Twelve people remained in hospital.",
			[]row{{Q: "61", AsOf: "2025-06-18"}, {Q: "Twelve", AsOf: "2025-06-20"}}},
		{"a look back", pub + "By then the council had put the death toll at 40 on Wednesday.\n\nAt least nine were killed in the next valley.",
			[]row{{Q: "40", AsOf: "2025-06-18"}, {Q: "At least nine", AsOf: "2025-06-20"}}},
		{"the event's day", pub + "At least 61 people died in Wednesday's landslide.\n\nAt least nine were killed in the next valley.",
			[]row{{Q: "At least 61", AsOf: "2025-06-18"}, {Q: "At least nine", AsOf: "2025-06-20"}}},
	}, "as_of")
}

// A day marked "as of" or "by" at an hour of it ("as of midnight on
// Thursday"), set off before the figure's clause, is the figure's, before
// a day a participle in the clause gives its noun.
func TestAsOfAnHourOfADay(t *testing.T) {
	runStage(t, []stageCase{
		{"by noon on a day", pub + "By noon on Wednesday, 300 people had been rescued.",
			[]row{{Q: "300", AsOf: "2025-06-18"}}},
		{"as of midnight, before a participle's day", pub + "As of midnight on Thursday, June 19, we had counts from about 40% of the rallies held on Wednesday.",
			[]row{{Q: "about 40%", AsOf: "2025-06-19"}}},
	}, "as_of")
}

// A stretch of time up to the story's day ("over the past month") is no
// calendar month and no day the story is at; a date named after a run of
// adjectives before "elections" is polling day; "this time last year" is
// the story's day a year before.
func TestWindowsElectionDaysAndTheSameDay(t *testing.T) {
	runStage(t, []stageCase{
		{"the past month runs up to the page", pub + "Over the past month, 2,300 people fled the fighting in the valley.",
			[]row{{Q: "2,300", AsOf: "2025-05-21/2025-06-20"}}},
		{"the last month is no day the story is at", pub + "Crowds filled the square on June 14 for the fourth large rally in the last month. Organisers said 80,000 people took part.",
			[]row{{Q: "80,000", AsOf: "2025-06-14"}}},
		{"last month without an article is the calendar month", pub + "Some 1,200 claims were lodged last month.",
			[]row{{Q: "Some 1,200", AsOf: "2025-05-01/2025-05-31"}}},
		{"the day of a vote is no day of the words", pub + "According to the commission, turnout in Sunday's vote was 64%.",
			[]row{{Q: "64%", AsOf: "2025-06-20"}}},
		{"this time last year", pub + "Some 900 claims have been lodged, against 700 at this time last year.",
			[]row{{Q: "Some 900", AsOf: "2025-06-20"}, {Q: "700", AsOf: "2024-06-20"}}},
		{"this stage of another year", pub + "That is well below the 1,100 claims lodged at this stage in 2023.",
			[]row{{Q: "1,100", AsOf: "2023-06-20"}}},
	}, "as_of")
}

// A day before a run of adjectives joined by "and" and a noun of voting
// is polling day; a day before an article and a noun is not.
func TestElectionDateBeforeAdjectives(t *testing.T) {
	x := New(Options{})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Turnout rose in Sunday's local and regional elections.", true},
		{"Turnout rose in Sunday's vote.", true},
		{"Counting went on Sunday and the vote count ended late.", false},
	} {
		d := x.read("t", pub+tc.text, new(scratch))
		j := -1
		for i := range d.toks {
			if strings.HasPrefix(d.toks[i].low, "sunday") {
				j = i
				break
			}
		}
		require.GreaterOrEqual(t, j, 0, tc.text)
		require.Equal(t, tc.want, d.electionDate(j), tc.text)
	}
}

// An aside that tells a name's past ("a port retaken … in 2022") is no day
// the story is at; a headline's figure "now" is of the page's day.
func TestAsideOfANameAndHeadlineNow(t *testing.T) {
	runStage(t, []stageCase{
		{"the date of a name's aside does not move the story", pub + "The ministry has confirmed the return of 210 bodies from the south.\n\nKherson, a port seized by the army in November 2022, has seen heavy shelling. Besides, a further 90 bodies were returned from morgues in the north.",
			[]row{{Q: "210", AsOf: "2025-06-20"}, {Q: "90", AsOf: "2025-06-20"}}},
		{"a headline's toll now is of the page", "date: 2025-06-20\noutlet: Test Times\n\nToll from mine blast now rises to 31\n\nA blast in a coal mine on Wednesday killed 31 workers, officials said.",
			[]row{{Q: "31", AsOf: "2025-06-20"}, {Q: "31", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// A list of nouns after the figure's noun ("students, farmers and
// workers") is one phrase: the clause runs on to its verb and date.
func TestDateAfterANounList(t *testing.T) {
	runStage(t, []stageCase{
		{"a list of nouns before the verb and its date", pub + "Thousands of nurses, porters and cleaners marched on 14 June through the old town to demand better pay.",
			[]row{{Q: "Thousands", AsOf: "2025-06-14"}}},
	}, "as_of")
}

// A relative clause that tells what befell people named after the
// figure's own verb dates that, not the figure; what a crowd did in a
// relative clause still dates the crowd.
func TestRelativeDateOfOtherPeople(t *testing.T) {
	runStage(t, []stageCase{
		{"those who were seized earlier", pub + "The envoy added that six of the 40 sailors freed by the navy were among those who were seized off the coast in March.",
			[]row{{Q: "six", AsOf: "2025-06-20"}, {Q: "40", AsOf: "2025-06-20"}}},
		{"what the crowd did still dates it", pub + "Thousands gathered in the old port, joining students who marched on Tuesday.",
			[]row{{Q: "Thousands", AsOf: "2025-06-17"}}},
	}, "as_of")
}

// Past levels of a series, each told with its own day ("drew 60 in
// December and 150 in January"), do not move the day the story is at.
func TestPastLevelsAreNoStoryDay(t *testing.T) {
	runStage(t, []stageCase{
		{"levels of earlier marches", "date: 2025-03-23\noutlet: Test Times\n\nA far-right march in the east of the city was stopped on Saturday.\nAbout 850 people took part in the march. Earlier marches drew around 60 people in December and 150 in January. The organiser had hoped for 2,500 attendees.",
			[]row{{Q: "About 850", AsOf: "2025-03-22"}, {Q: "around 60", AsOf: "2024-12-01/2024-12-31"}, {Q: "150", AsOf: "2025-01-01/2025-01-31"}, {Q: "2,500", AsOf: "2025-03-22"}}},
		{"days of steps are no past levels", pub + "The handovers went ahead in rounds: one on 10 June, the next two on 12 and 15 June, and the last on 18 June. Across those rounds some 2,400 bodies were sent back.",
			[]row{{Q: "some 2,400", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// A page that tells of the night of its own weekday ("Friday night" in a
// page of a Friday) ran to that day's end: the next weekday it names is
// the day after, not six days before. Without such a night, a weekday is
// the last one on or before the page.
func TestWeekdayAfterThePagesNight(t *testing.T) {
	runStage(t, []stageCase{
		{"the day after a night of the page's day", pub + "Rescue teams raised the toll to 31 on Friday night. On Saturday, the agency raised the number of injured to 230.",
			[]row{{Q: "31", AsOf: "2025-06-20"}, {Q: "230", AsOf: "2025-06-21"}}},
		{"an evening of the page's day, told after", pub + "On Saturday, the agency raised the number of injured to 230. Divers had found two more bodies by Friday evening.",
			[]row{{Q: "230", AsOf: "2025-06-21"}, {Q: "two", AsOf: "2025-06-20"}}},
		{"a change in the outlet's voice on the day after", pub + "The toll from the floods rose to 31 on Friday night.\n\nOn Saturday, the number of injured rose from 190 to 230 while the number of people missing fell from 12 to nine.",
			[]row{{Q: "31", AsOf: "2025-06-20"}, {Q: "190", AsOf: "2025-06-20"}, {Q: "230", AsOf: "2025-06-21"}, {Q: "12", AsOf: "2025-06-20"}, {Q: "nine", AsOf: "2025-06-21"}}},
		{"the page's day without its night", pub + "Rescue teams raised the toll to 31 on Friday. On Saturday, the agency raised the number of injured to 230.",
			[]row{{Q: "31", AsOf: "2025-06-20"}, {Q: "230", AsOf: "2025-06-14"}}},
		{"last before the weekday keeps the week before", pub + "Rescue teams raised the toll to 31 on Friday night. Last Saturday, the agency put the number of injured at 230.",
			[]row{{Q: "31", AsOf: "2025-06-20"}, {Q: "230", AsOf: "2025-06-14"}}},
	}, "as_of")
	// The day after the page's is the page's updating, not a word of the
	// text: inferred, so that a finding standing on it is for review.
	cs, err := Extract("test.txt", []byte(pub+"Rescue teams raised the toll to 31 on Friday night. On Saturday, the agency raised the number of injured to 230."), Options{})
	require.NoError(t, err)
	got := map[string]claims.Confidence{}
	for _, c := range cs {
		got[c.Quantity.Text] = c.Confidence.AsOf
	}
	require.Equal(t, map[string]claims.Confidence{"31": claims.Explicit, "230": claims.Inferred}, got)
}

// What the outlet goes on telling in the past, with no date of its own, in
// a story whose lead dates its statements to a day shortly before the page,
// is of that day, and a period since a month runs to it; not what holds
// now, a running figure, nor a toll (of the day it is told).
func TestOutletFigureOfTheLeadsStatement(t *testing.T) {
	const lead = "The national statistics office said on Wednesday that 52,000 work permits were issued in the spring.\n\n" +
		"Hospitals have long asked for more staff.\n\n"
	runStage(t, []stageCase{
		{"told in the past", pub + lead + "In the end, 1,300 requests from nurses were turned down.",
			[]row{{Q: "52,000", AsOf: "2025-06-18"}, {Q: "1,300", AsOf: "2025-06-18"}}},
		{"what holds now", pub + lead + "Some 1,300 requests from nurses are still pending.",
			[]row{{Q: "52,000", AsOf: "2025-06-18"}, {Q: "Some 1,300", AsOf: "2025-06-20"}}},
		{"a toll", pub + lead + "A fire at a hostel killed 9 workers.",
			[]row{{Q: "52,000", AsOf: "2025-06-18"}, {Q: "9", AsOf: "2025-06-20"}}},
		{"since a month, told in the past", pub + lead + "Since March, 700 requests from cooks were turned down.",
			[]row{{Q: "52,000", AsOf: "2025-06-18"}, {Q: "700", AsOf: "2025-03-01/2025-06-18"}}},
		{"since a month, a running figure", pub + lead + "Since March, 700 requests from cooks have been turned down.",
			[]row{{Q: "52,000", AsOf: "2025-06-18"}, {Q: "700", AsOf: "2025-03-01/2025-06-20"}}},
	}, "as_of")
}
