package text

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

// The kind and scope of figures that count rather than transfer: tolls are
// running totals of what happened, crowds are estimates, and the words of
// the sentence make anything else an estimate.
func TestCountKind(t *testing.T) {
	runStage(t, []stageCase{
		{"a toll is a running total", pub + "The landslide has killed 48 people, the governor said.",
			[]row{{Q: "48", Kind: claims.Completed, Scope: claims.Total}}},
		{"a toll that rose", pub + "The number of dead from the cyclone rose to 311 on Tuesday.",
			[]row{{Q: "311", Kind: claims.Completed, Scope: claims.Total}}},
		{"injured and missing", pub + "Rescuers said 95 people were hurt and 14 remained unaccounted for.",
			[]row{{Q: "95", Kind: claims.Completed, Scope: claims.Total}, {Q: "14", Kind: claims.Completed, Scope: claims.Total}}},
		{"a part of a toll is no total", pub + "At least 70 people died, including 19 children.",
			[]row{{Q: "At least 70", Kind: claims.Completed, Scope: claims.Total}, {Q: "19", Kind: claims.Completed}}},
		{"an estimated toll", pub + "An estimated 2,400 people died in the heatwave, the institute said.",
			[]row{{Q: "An estimated 2,400", Kind: claims.Estimated, Scope: claims.Total}}},
		{"may have died", pub + "As many as 900 residents may have drowned, the mayor warned.",
			[]row{{Q: "As many as 900", Kind: claims.Estimated, Scope: claims.Total}}}, // drowned: a toll, as the estimated one above
		{"a study estimates, over the sentence", pub + "A university study estimates that the war killed 64,000 people, well above the official count.",
			[]row{{Q: "64,000", Kind: claims.Estimated, Scope: claims.Total}}},
		{"a modal stays in its clause", pub + "The storm could strengthen overnight, and 30 homes have already been destroyed.",
			[]row{{Q: "30", Kind: claims.Completed, Scope: claims.Total}}},
		{"a crowd is an estimate", pub + "Some 40,000 people marched through the port city on Saturday.",
			[]row{{Q: "Some 40,000", Kind: claims.Estimated, Scope: claims.Event}}},
		{"the month May is no modal", pub + "In May 214 people were arrested at the border.",
			[]row{{Q: "214", Kind: claims.Completed, Scope: claims.Total}}},
		{"a forecast share", pub + "Analysts had forecast a turnout of about 58 percent.",
			[]row{{Q: "about 58 percent", Kind: claims.Estimated}}},
		{"a count over the past days sums them", pub + "Over the past four days some 6,313 asylum seekers reached the islands.",
			[]row{{Q: "some 6,313", Kind: claims.Completed, Scope: claims.Total}}},
		{"a share of a month's vote is no sum", pub + "The mayor was re-elected in April 2021 with 61 percent of the ballots.",
			[]row{{Q: "61 percent", Kind: claims.Completed, Scope: claims.Event}}},
		{"a part of a month's count is no sum", pub + "The board signed 1,740 removal orders in April, 388 of which were enforced.",
			[]row{{Q: "1,740", Kind: claims.Completed, Scope: claims.Total}, {Q: "388", Kind: claims.Completed, Scope: claims.Event}}},
		{"the rescued add up as a toll does", pub + "Divers said 412 people were rescued from the flooded valley.",
			[]row{{Q: "412", Kind: claims.Completed, Scope: claims.Total}}},
		{"the affected add up as a toll does", pub + "The agency said 14 people drowned and 230,000 were affected by the floods.",
			[]row{{Q: "14", Kind: claims.Completed, Scope: claims.Total}, {Q: "230,000", Kind: claims.Completed, Scope: claims.Total}}},
		{"a deed to come is planned", pub + "A second train will also carry 950 bodies, the ministry said.",
			[]row{{Q: "950", Kind: claims.Offered}}},
		{"a level to come is projected", pub + "The final tally will be about 950 bodies, the ministry said.",
			[]row{{Q: "about 950", Kind: claims.Estimated}}},
		{"a toll to come is projected", pub + "Experts warned that 950 villagers will die without aid.",
			[]row{{Q: "950", Kind: claims.Estimated, Scope: claims.Total}}},
		{"a hedge over a count written to the unit", pub + "Some 317 asylum seekers landed on the island on Monday, the coastguard said.",
			[]row{{Q: "Some 317", Kind: claims.Completed, Scope: claims.Event}}},
		{"a hedge over a rounded count", pub + "Some 300 asylum seekers landed on the island on Monday, the coastguard said.",
			[]row{{Q: "Some 300", Kind: claims.Estimated, Scope: claims.Event}}},
		{"a small hedged count stays loose", pub + "About 45 families left the village on Monday.",
			[]row{{Q: "About 45", Kind: claims.Estimated, Scope: claims.Event}}},
		{"an approximate range is an estimate", pub + "Roughly 30 to 40 fishermen were arrested off the coast on Monday.",
			[]row{{Q: "Roughly 30 to 40", Kind: claims.Estimated, Scope: claims.Total}}},
	}, "kind", "scope")
}

// A count "as of" a day is what has added up by then: a running total, the
// day its date.
func TestAsOfDayTotal(t *testing.T) {
	runStage(t, []stageCase{
		{"as of a weekday, opening the sentence", pub + "As of Wednesday, 730 children had been treated for smoke inhalation, the health board said.",
			[]row{{Q: "730", Kind: claims.Completed, Scope: claims.Total, AsOf: "2025-06-18"}}},
		{"as at a date, after a verb of saying", pub + "The council said that as at June 12, about 2,300 households had registered for relief.",
			[]row{{Q: "about 2,300", Kind: claims.Estimated, Scope: claims.Total, AsOf: "2025-06-12"}}},
		{"a count over months sums them", pub + "The agency registered 1,980 asylum claims in April, its report shows.",
			[]row{{Q: "1,980", Kind: claims.Completed, Scope: claims.Total, AsOf: "2025-04-01/2025-04-30"}}},
		{"a count on a day is one event", pub + "On Wednesday, 730 children were treated for smoke inhalation, the health board said.",
			[]row{{Q: "730", Kind: claims.Completed, Scope: claims.Event, AsOf: "2025-06-18"}}},
	}, "kind", "scope", "as_of")
}

// Events and bodies that someone plans, schedules, proposes or invites
// others to set up are not yet there: the figure is offered, not a count
// of what happened.
func TestIntendedCount(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle of planning after the events", pub + "Farmers blocked roads on Monday, with some 180 rallies scheduled across the region.",
			[]row{{Q: "some 180", Kind: claims.Offered}}},
		{"events that are planned", pub + "The organisers said 90 marches were planned for the weekend.",
			[]row{{Q: "90", Kind: claims.Offered}}},
		{"people who planned something", pub + "Since March, over 12,000 patients scheduled visits through the new portal.",
			[]row{{Q: "over 12,000", Kind: claims.Completed}}},
		{"a verb of planning before the events", pub + "Student unions plan 40 sit-ins at universities next week.",
			[]row{{Q: "40", Kind: claims.Offered}}},
		{"invited to set up", pub + "The mediators invited both camps to create four joint commissions.",
			[]row{{Q: "four", Kind: claims.Offered}}},
		{"proposing to set up", pub + "Belgrade proposed setting up two liaison offices on the border.",
			[]row{{Q: "two", Kind: claims.Offered}}},
		{"the planned event drew a crowd that came", pub + "The planned sit-in drew 6,000 people on Sunday.",
			[]row{{Q: "6,000", Kind: claims.Completed}}},
		{"people who planned something were counted", pub + "Police detained 12 people who had planned the blockade.",
			[]row{{Q: "12", Kind: claims.Completed}}},
		{"people who plan to act are counted", pub + "Some 35 lawmakers have planned to vote against the bill.",
			[]row{{Q: "Some 35", Kind: claims.Estimated}}},
	}, "kind")
}

// A crowd aimed at is none counted: what organisers target or hope for is
// still to come; the crowd they count is an estimate.
func TestCrowdAimedAt(t *testing.T) {
	const march = "Protesters marched against the new tax on Saturday.\n\n"
	runStage(t, []stageCase{
		{"a target", pub + march + "Police put the crowd at 40,000, although organisers were targeting 500,000 people.",
			[]row{{Q: "40,000", Kind: claims.Estimated}, {Q: "500,000", Kind: claims.Offered}}},
		{"hoping for", pub + march + "The union was hoping for 80,000 marchers in the capital.",
			[]row{{Q: "80,000", Kind: claims.Offered}}},
		{"counted, not aimed at", pub + march + "Organisers counted 500,000 people in the square.",
			[]row{{Q: "500,000", Kind: claims.Estimated}}},
		{"a goal of", pub + march + "The unions set a goal of 300,000 for the next march.",
			[]row{{Q: "300,000", Kind: claims.Offered}}},
		{"they were aiming for", pub + march + "They were aiming for 60,000 marchers in the port.",
			[]row{{Q: "60,000", Kind: claims.Offered}}},
		{"the police targeting the crowd aim at none to come", pub + march + "Riot police were targeting 3,000 marchers with water cannon in the port.",
			[]row{{Q: "3,000", Kind: claims.Estimated}}},
		{"the past of targeting is a deed done", pub + march + "Riot police targeted 3,000 marchers with water cannon in the port.",
			[]row{{Q: "3,000", Kind: claims.Estimated}}},
		{"the goal the figure's people have is no aim at them", pub + march + "The aim of the 9,000 marchers in the port was to halt the tax.",
			[]row{{Q: "9,000", Kind: claims.Estimated}}},
	}, "kind")
}

// A transfer told in the past tense was done, whatever deal it was done
// under; one a deal covers is agreed.
func TestDoneUnderADeal(t *testing.T) {
	runStage(t, []stageCase{
		{"passive past with a deal after", pub + "On Monday 210 detainees were freed in a deal brokered by Qatar.",
			[]row{{Q: "210", Kind: "completed"}}},
		{"covered by the deal", pub + "\"Of the 500 prisoners covered by the deal we have freed 120,\" the rebel commander said.",
			[]row{{Q: "500", Kind: "agreed"}, {Q: "120", Kind: "completed"}}},
		{"brought home in a phase of a deal", pub + "The ministry said that 205 sailors were brought home in the second stage of the 600-for-600 deal agreed in Doha.",
			[]row{{Q: "205", Kind: "completed"}, {Q: "600-for-600", Kind: "agreed"}}},
		{"a participle after the people, then a deal", pub + "Yemen's parties completed an exchange on Sunday, with nearly 400 fighters from both camps freed in a deal overseen by Oman.",
			[]row{{Q: "nearly 400", Kind: "completed"}}},
		{"a release answering a deed under an agreement", pub + "Following the accord, Sudan freed 40 soldiers in exchange for Chad's release of six Sudanese guards.",
			[]row{{Q: "40", Kind: "completed"}, {Q: "six", Kind: "completed"}}},
		{"agreeing to exchange", pub + "Talks ended on Friday, with both delegations agreeing to exchange 500 detainees each.",
			[]row{{Q: "500", Kind: "agreed"}}},
		{"under the terms of a long-named truce", pub + "Under the terms of the five-day Gaza-Israel truce, 40 hostages are to be freed in stages.",
			[]row{{Q: "40", Kind: "agreed"}}},
		{"suggesting is offering", pub + "Kyiv also suggested returning 2,000 more bodies of Russian soldiers to Moscow.",
			[]row{{Q: "2,000", Kind: "offered"}}},
	}, "kind")
}

// A rounded figure or a speaker's verb of estimating makes an estimate; a
// verb of counting does not.
func TestEstimateCues(t *testing.T) {
	runStage(t, []stageCase{
		{"rounded", pub + "About 4,000 miners stayed at home on Monday.", []row{{Q: "About 4,000", Kind: "estimated"}}},
		{"put at", pub + "The charity put the number of people held at 2,300.", []row{{Q: "2,300", Kind: "estimated"}}},
		{"counted is a count", pub + "The commission said it had counted 9.1 million ballots.", []row{{Q: "9.1 million", Kind: "completed"}}},
	}, "kind")
}

// An amount of money is a claim, counted in its currency.
func TestMoney(t *testing.T) {
	runStage(t, []stageCase{
		{"dollars", pub + "The fund pledged $40 million in emergency aid.", []row{{Q: "$40 million", Measure: "money (USD)"}}},
		{"euros in words", pub + "Brussels released 2.5 billion euros for reconstruction.", []row{{Q: "2.5 billion", Measure: "money (EUR)"}}},
	}, "measure")
}

// A handover dated by a month or more is the sum of that period's
// handovers: a running total; one dated by a day is an event. An estimate
// told in the perfect is a running total too, a crowd's excepted.
func TestMonthOfHandovers(t *testing.T) {
	runStage(t, []stageCase{
		{"a month's handovers", pub + "In April, Kyiv handed 2,150 bodies of Russian soldiers over to Moscow.",
			[]row{{Q: "2,150", Kind: "completed", Scope: claims.Total}}},
		{"an estimate in the perfect is a running total", pub + "Officials said about 40 schools have been damaged by the storm.",
			[]row{{Q: "about 40", Kind: "estimated", Scope: claims.Total}}},
		{"a crowd in the perfect is no total", pub + "Police said about 5,000 people have gathered outside parliament.",
			[]row{{Q: "about 5,000", Kind: "estimated"}}},
		{"a day's handover", pub + "On April 3, Kyiv handed 150 bodies of Russian soldiers over to Moscow.",
			[]row{{Q: "150", Kind: "completed", Scope: claims.Event}}},
	}, "kind", "scope")
}

// One person of a crowd is no size of it: a picture of one marcher is not a
// claim, while a crowd of any size, and one person arrested or killed, is.
func TestCrowdOfOne(t *testing.T) {
	runStage(t, []stageCase{
		{"one marcher in a picture", pub + "Organisers said 20,000 people marched in Leeds. A photo from the day shows one marcher holding a banner.",
			[]row{{Q: "20,000", Measure: "protesters"}}},
		{"one person arrested is a count", pub + "Police said one protester was arrested in Leeds.",
			[]row{{Q: "one", Measure: "arrests"}}},
	}, "measure")
}

// "Since" and a date open the period a running total counts over, even in
// the simple past; after a superlative it compares with the past instead.
func TestSinceADate(t *testing.T) {
	runStage(t, []stageCase{
		{"since a date, through another", pub + "Since March 3 through the end of May, over 6,200 people booked slots on the ministry's website, officials said.",
			[]row{{Q: "over 6,200", Scope: claims.Total}}},
		{"the largest since a year", pub + "Police counted 30,000 marchers on Sunday, the largest crowd since 2019.",
			[]row{{Q: "30,000", Scope: claims.Event}}},
	}, "scope")
}

// Reported speech shifts a plain past back to a past perfect: a handover
// told with "had" and tied to one day is one event. The present perfect, and "had" over a long period, are
// still running totals.
func TestBackshiftedHandover(t *testing.T) {
	runStage(t, []stageCase{
		{"had, on one day", pub + "Kyiv said on Tuesday that 40 soldiers had come home, while Moscow said 35 of its men had been received.",
			[]row{{Q: "40", Kind: "completed", Scope: "event"}, {Q: "35", Kind: "completed", Scope: "event"}}},
		{"had, the day in its own clause", pub + "Moscow said 52 of its soldiers had been handed back by Ukraine on Sunday.",
			[]row{{Q: "52", Kind: "completed", Scope: "event"}}},
		{"has, on one day, stays a total", pub + "Kyiv said on Tuesday that 3,400 soldiers have come home from captivity.",
			[]row{{Q: "3,400", Kind: "completed", Scope: "total"}}},
		{"had, over a long period, stays a total", pub + "Kyiv said on Tuesday that 2,900 soldiers had been freed in the past year.",
			[]row{{Q: "2,900", Kind: "completed", Scope: "total"}}},
		{"handovers over several days are their sum", pub + "Between 3 and 8 June, Kyiv received 4,100 bodies from Moscow.",
			[]row{{Q: "4,100", Kind: "completed", Scope: "total"}}},
		{"one day's handover is one event", pub + "On 3 June, Kyiv received 1,100 bodies from Moscow.",
			[]row{{Q: "1,100", Kind: "completed", Scope: "event"}}},
	}, "kind", "scope")
}

func TestBackshiftedHandoverByADay(t *testing.T) {
	runStage(t, []stageCase{
		{"had, by a day, stays a total", pub + "By May 30 the remains of 2,600 soldiers had been brought back to Kyiv in three rounds.",
			[]row{{Q: "2,600", Kind: "completed", Scope: "total"}}},
	}, "kind", "scope")
}

// "Since" after a superlative compares with the past ("the biggest swap
// since the spring"); it does not make a running total.
func TestSinceAfterASuperlative(t *testing.T) {
	runStage(t, []stageCase{
		{"the biggest swap since", pub + "Russia and Ukraine held their biggest swap since the spring, trading 410 prisoners each.",
			[]row{{Q: "410"}}},
		{"the first handover since", pub + "Kyiv got back 212 bodies in the first handover since the talks stalled.",
			[]row{{Q: "212"}}},
		{"since alone sums", pub + "Ukraine has brought home 3,950 soldiers since the war began.",
			[]row{{Q: "3,950", Scope: "total"}}},
	}, "scope")
}

// A transfer told as the size of something begun ("launched a swap,
// trading 880 each", "began handing over 2,000 bodies") is the size agreed,
// not what is done yet; a participle of something done is done.
func TestBegunWhole(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle of a launched swap", pub + "Moscow and Kyiv have started their biggest swap since the winter, trading 880 prisoners each.",
			[]row{{Q: "880", Kind: "agreed"}}},
		{"began handing over", pub + "On Monday Russia began handing over 2,000 bodies of Ukrainian soldiers.",
			[]row{{Q: "2,000", Kind: "agreed"}}},
		{"a participle of a swap done", pub + "Moscow and Kyiv held their biggest swap on Friday, trading 880 prisoners each.",
			[]row{{Q: "880", Kind: "completed"}}},
		{"an exchange that began", pub + "A swap of nearly 600 detainees held by both factions began on Sunday, the mediators said.",
			[]row{{Q: "nearly 600", Kind: "agreed"}}},
		{"an exchange that took place", pub + "A swap of nearly 600 detainees held by both factions took place on Sunday, the mediators said.",
			[]row{{Q: "nearly 600", Kind: "completed"}}},
		{"a swap that took place after a war began", pub + "The envoy said 40 swaps of detainees had taken place since the rebels launched their revolt.",
			[]row{{Q: "40", Kind: "completed"}}},
		{"began an operation to hand over", pub + "The Red Crescent has started a three-day operation to repatriate some 640 detainees.",
			[]row{{Q: "some 640", Kind: "agreed"}}},
	}, "kind")
}

// A handover told in the present perfect is one event when its own clause
// ties it to one exchange: what came back for it, the swap it was part of,
// an ordinal of exchanges, or one day. With words of a total, over a long
// period, with the day only of the statement, or with no cue, it stays a
// running total.
func TestPerfectOfOneExchange(t *testing.T) {
	runStage(t, []stageCase{
		{"what came back for it", pub + "Kyiv has sent back 640 captured troops in exchange for 52 of its own, the ministry said.",
			[]row{{Q: "640", Kind: "completed", Scope: "event"}, {Q: "52", Kind: "completed", Scope: "event"}}},
		{"in return for people", pub + "The militia has released 17 aid workers in return for detained fighters.",
			[]row{{Q: "17", Kind: "completed", Scope: "event"}}},
		{"the latest swap", pub + "Moscow says 73 of its sailors have come home in the latest swap with Kyiv.",
			[]row{{Q: "73", Kind: "completed", Scope: "event"}}},
		{"this prisoner swap", pub + "Both governments confirmed that 210 men have been freed under this prisoner swap.",
			[]row{{Q: "210", Kind: "completed", Scope: "event"}}},
		{"a plural kind before the swap", pub + "The council says 48 fallen fighters have been returned in the latest bodies exchange.",
			[]row{{Q: "48", Kind: "completed", Scope: "event"}}},
		{"an abbreviated kind", pub + "Kyiv has welcomed back 96 marines in today's POW swap, its envoy said.",
			[]row{{Q: "96", Kind: "completed", Scope: "event"}}},
		{"an ordinal of exchanges", pub + "Ukraine has recovered 415 bodies in the ninth exchange of remains.",
			[]row{{Q: "415", Kind: "completed", Scope: "event"}}},
		{"one day in its clause", pub + "Officials said the army has received 26 bodies on Wednesday.",
			[]row{{Q: "26", Kind: "completed", Scope: "event"}}},
		{"a running total in words", pub + "Kyiv has sent back 9,300 prisoners in exchange for its own soldiers so far.",
			[]row{{Q: "9,300", Kind: "completed", Scope: "total"}}},
		{"since a date", pub + "Since the spring the army has received 4,100 bodies in the latest rounds of repatriation.",
			[]row{{Q: "4,100", Kind: "completed", Scope: "total"}}},
		{"over a long period", pub + "Ukraine has recovered 3,700 bodies in return for 180 over the past year.",
			[]row{{Q: "3,700", Kind: "completed", Scope: "total"}, {Q: "180", Kind: "completed", Scope: "total"}}},
		{"many days", pub + "In recent weeks the insurgents have set free 61 guards in return for 400 detainees.",
			[]row{{Q: "61", Kind: "completed", Scope: "total"}, {Q: "400", Kind: "completed", Scope: "total"}}},
		{"many days in figures", pub + "Over the past five weeks Kyiv has taken back 2,300 bodies in the latest round.",
			[]row{{Q: "2,300", Kind: "completed", Scope: "total"}}},
		{"altogether", pub + "Altogether, Moscow has handed back 8,800 bodies in a swap series that began in winter.",
			[]row{{Q: "8,800", Kind: "completed", Scope: "total"}}},
		{"the day of the statement only", pub + "The ombudsman said on Monday that 2,450 civilians have returned home.",
			[]row{{Q: "2,450", Kind: "completed", Scope: "total"}}},
		{"no cue", pub + "The rebels have freed 1,150 captives, according to the mediators.",
			[]row{{Q: "1,150", Kind: "completed", Scope: "total"}}},
		{"another clause's swap", pub + "Kyiv has brought home 5,200 soldiers, and 88 more came back in the latest swap.",
			[]row{{Q: "5,200", Kind: "completed", Scope: "total"}, {Q: "88", Kind: "completed"}}},
	}, "kind", "scope")
}

// Words that only add up ("a total of", "in all") make no running total
// of a vote's result, counted once when the vote closes; words that say
// the count goes on ("so far") do, and a toll's total stays one.
func TestTotalOfAResult(t *testing.T) {
	runStage(t, []stageCase{
		{"a total of votes", pub + "The monitors' count gave a total of 1.9 million votes to Sato and 2.3 million to Mori.",
			[]row{{Q: "1.9 million", Measure: "votes", Scope: ""}, {Q: "2.3 million", Measure: "votes", Scope: ""}}},
		{"seats in all", pub + "The Greens won 41 seats in all, the commission said.",
			[]row{{Q: "41", Measure: "seats", Scope: ""}}},
		{"votes counted so far", pub + "Sato has 1.2 million votes so far, the commission said.",
			[]row{{Q: "1.2 million", Measure: "votes", Scope: "total"}}},
		{"a toll's total", pub + "The storm killed a total of 85 people in Fiji.",
			[]row{{Q: "85", Measure: "deaths", Scope: "total"}}},
	}, "measure", "scope")
}

// People a side still holds are counted by whoever claims to know: a count
// of captives who remain held, or whom a side still holds, is an estimate
// as of its day. A count of captives who were taken, freed or counted one
// by one is not, nor are the missing or the injured of a toll, which are a
// running total.
func TestStillHeld(t *testing.T) {
	runStage(t, []stageCase{
		{"captives who remain in a place", pub + "The families' forum said 41 hostages remain in tunnels under the city.",
			[]row{{Q: "41", Kind: claims.Estimated}}},
		{"prisoners who remained behind bars, in a quotation", pub + "\"Some were freed, but 630 political prisoners remained behind bars,\" the activist said.",
			[]row{{Q: "630", Kind: claims.Estimated}}},
		{"a side that still holds people", pub + "The monitor said the militia still holds 214 prisoners in the north.",
			[]row{{Q: "214", Kind: claims.Estimated}}},
		{"still holding, after a verb of saying", pub + "The minister said the rebels were still holding 57 prisoners.",
			[]row{{Q: "57", Kind: claims.Estimated}}},
		{"prisoners counted as they were freed", pub + "The monitor said the militia freed 214 prisoners in the north.",
			[]row{{Q: "214", Kind: claims.Completed}}},
		{"the word in another clause", pub + "The talks remain stalled, and the army took 35 prisoners on Monday.",
			[]row{{Q: "35", Kind: claims.Completed}}},
		{"the missing of a toll stay a total", pub + "Officials said 19 fishermen were still missing after the storm.",
			[]row{{Q: "19", Kind: claims.Completed}}},
	}, "kind")
}

// A transfer told as a to-infinitive is agreed when a deal carries it: a
// deal noun right before it, or a verb of agreeing before "with" and the
// party the infinitive hangs on; what the parties agreed "will" happen is
// agreed too. An infinitive after a verb of doing was done, and a future
// with no agreement is offered.
func TestAgreedInfinitive(t *testing.T) {
	runStage(t, []stageCase{
		{"a deal noun before the infinitive", pub + "The envoys announced a deal to swap 300 captives from each camp.",
			[]row{{Q: "300", Kind: "agreed"}}},
		{"agreed, then with a party and an infinitive", pub + "Both governments agreed on a fresh swap at the talks, with each camp to release 800 detainees.",
			[]row{{Q: "800", Kind: "agreed"}}},
		{"agreed that there will be", pub + "\"We agreed that there will be a further swap of at least 900 captives from each camp,\" the negotiator said.",
			[]row{{Q: "at least 900", Kind: "agreed"}}},
		{"a verb of doing before the infinitive", pub + "Kyiv managed to bring home 140 soldiers on Friday.",
			[]row{{Q: "140", Kind: "completed"}}},
		{"a future with no agreement is offered", pub + "\"There will be a further swap of at least 900 captives from each camp,\" the negotiator said.",
			[]row{{Q: "at least 900", Kind: "offered"}}},
	}, "kind")
}

// What a party proposes, suggests, decides or is ready to do is offered:
// a verb of proposing before the verb or the noun of the transfer, past
// the party it is proposed to, and before the counted things past "that"
// and the party that is to set them up.
func TestProposedIsOffered(t *testing.T) {
	runStage(t, []stageCase{
		{"readiness to hand over", pub + "Kyiv voiced its readiness to return 500 more bodies of soldiers.",
			[]row{{Q: "500", Kind: "offered"}}},
		{"proposed to a party a swap", pub + "Belgrade proposed to Pristina a further swap involving at least 70 detainees.",
			[]row{{Q: "at least 70", Kind: "offered"}}},
		{"suggested setting up", pub + "The mediators suggested forming four joint commissions.",
			[]row{{Q: "four", Kind: "offered"}}},
		{"proposed that a party set up", pub + "Belgrade proposed that Pristina open two liaison offices.",
			[]row{{Q: "two", Kind: "offered"}}},
		{"a swap done is no proposal", pub + "Belgrade handed to Pristina a group of 70 detainees in a swap on Friday.",
			[]row{{Q: "70", Kind: "completed"}}},
	}, "kind")
}

// A count "through" a day or the first weeks of a year is what has added
// up by then: a running total, as of that day.
func TestThroughADayTotal(t *testing.T) {
	runStage(t, []stageCase{
		{"through a day, after the year", pub + "The agency counted 21,340 sea arrivals in 2025 through 15 June.",
			[]row{{Q: "21,340", Kind: claims.Completed, Scope: claims.Total, AsOf: "2025-06-15"}}},
		{"travel through a place is no total", pub + "About 900 migrants travelled through Libya on Monday, officials said.",
			[]row{{Q: "About 900", Kind: claims.Estimated, Scope: claims.Event, AsOf: "2025-06-16"}}},
	}, "kind", "scope", "as_of")
	runStage(t, []stageCase{
		{"through the first weeks of a year", pub + "Some 4,100 migrants reached the islands through the first five weeks of 2025, the agency said.",
			[]row{{Q: "Some 4,100", Kind: claims.Estimated, Scope: claims.Total}}},
	}, "kind", "scope")
}

// A readiness or willingness to hand over is an offer; releasing a list,
// a statement or a video hands over no one, so the transfer of the people
// it names is read from their own verb.
func TestOfferNounsAndDocumentsReleased(t *testing.T) {
	runStage(t, []stageCase{
		{"readiness to hand back", pub + "Moscow and Kyiv met again. Moscow also voiced its readiness to hand back 2,000 more bodies.",
			[]row{{Q: "2,000", Kind: claims.Offered}}},
		{"a list released is no release", pub + "Israel and Hamas began the pause. Hamas released a list of the 15 captives it intends to free on Monday.",
			[]row{{Q: "15", Kind: claims.Offered}}},
		{"a video released is no release", pub + "Israel and Hamas began the pause. Hamas released a video of 4 captives it plans to free.",
			[]row{{Q: "4", Kind: claims.Offered}}},
		{"people released are", pub + "Israel and Hamas began the pause. Hamas released 15 captives on Monday.",
			[]row{{Q: "15", Kind: claims.Completed}}},
		{"a total released is people", pub + "Israel and Hamas began the pause. By Monday Hamas had released a total of 50 captives.",
			[]row{{Q: "50", Kind: claims.Completed}}},
	}, "kind")
}

// A figure compared with an offer is what was done before it, unless its
// own words offer it too; the earlier level of a change still to come is
// the level now, of the day of the words.
func TestComparedWithAnOffer(t *testing.T) {
	runStage(t, []stageCase{
		{"a past handover beside an offer", pub + "Russia will hand over 1,200 bodies to Ukraine next week, compared with 900 on 2 June.",
			[]row{{Q: "1,200", Kind: claims.Offered, AsOf: "2025-06-20"}, {Q: "900", Kind: claims.Completed, AsOf: "2025-06-02"}}},
		{"an offer of its own", pub + "Russia is ready to return 1,200 bodies to Ukraine, up from 900 it offered last week.",
			[]row{{Q: "1,200", Kind: claims.Offered, AsOf: "2025-06-20"}, {Q: "900", Kind: claims.Offered, AsOf: "2025-06-09/2025-06-15"}}},
		{"a change still to come starts from now", pub + "Officials warned the toll could rise from 300 to 450 as rescuers reach remote villages.",
			[]row{{Q: "300", Kind: claims.Estimated, AsOf: "2025-06-20"}, {Q: "450", Kind: claims.Estimated, AsOf: "2025-06-20"}}},
	}, "kind", "as_of")
}

// People handed over are prisoners whatever their wounds: words of their
// hurt before the noun of people do not make the figure a toll. With no
// handover the hurt are counted as such.
func TestWoundedHandedOver(t *testing.T) {
	runStage(t, []stageCase{
		{"wounded or sick soldiers swapped", pub + "Both sides agreed to swap 300 wounded or sick soldiers.",
			[]row{{Q: "300", Measure: "prisoners", Mutual: true, Kind: "agreed"}}},
		{"wounded soldiers with no handover", pub + "The blast left 300 wounded soldiers in field hospitals.",
			[]row{{Q: "300", Measure: "injured", Kind: "completed"}}},
	}, "measure", "mutual", "kind")
}

// A list handed across names the people a side proposes to free: the
// figure that counts its entries is offered; people of a list who were
// freed themselves are a count of what happened.
func TestListHandedOver(t *testing.T) {
	runStage(t, []stageCase{
		{"a list handed over", pub + "Kyiv said the two sides met. Moscow has sent Kyiv a list of 420 names.",
			[]row{{Q: "420", Kind: claims.Offered}}},
		{"a list received", pub + "Kyiv said the two sides met. Kyiv has received a second list of 310 captives.",
			[]row{{Q: "310", Kind: claims.Offered}}},
		{"people of a list freed", pub + "Kyiv said the two sides met. A list of 310 captives were freed by Moscow on Friday.",
			[]row{{Q: "310", Kind: claims.Completed}}},
	}, "kind")
}

// A toll's figure is read as its running total, but what one witness saw
// is that or a part of it: the scope is then inferred, not stated, and a
// finding that stands on it goes to review.
func TestSightingScopeIsInferred(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]claims.Confidence // the scope's confidence per figure
	}{
		{"what a witness saw", pub + "A bus bomb struck the market of Tarsk. \"With my own eyes I saw seven dead people near the stalls,\" a trader said.",
			map[string]claims.Confidence{"seven": claims.Inferred}},
		{"bodies seen", pub + "Flooding swept the valley towns. A farmer said he had seen 12 dead people in the river.",
			map[string]claims.Confidence{"12": claims.Inferred}},
		// Negative: the toll itself, and a sighting verb that is no verb of the figure.
		{"the toll", pub + "A bus bomb struck the market of Tarsk. Officials said 40 people died in the blast.",
			map[string]claims.Confidence{"40": claims.Explicit}},
		{"the toll after a sighting", pub + "A bus bomb struck the market of Tarsk. Witnesses saw smoke; officials said 40 people died.",
			map[string]claims.Confidence{"40": claims.Explicit}},
		{"a person who saw them", pub + "Flooding swept the valley towns. A nurse saw 9 dead people in the river, the police said.",
			map[string]claims.Confidence{"9": claims.Inferred}},
		{"a time that saw deaths", pub + "Flooding swept the valley towns. The spring saw 90 deaths in the river towns, the police said.",
			map[string]claims.Confidence{"90": claims.Explicit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			got := map[string]claims.Confidence{}
			for _, c := range cs {
				require.Equal(t, claims.Total, c.Scope, c.Quantity.Text)
				got[c.Quantity.Text] = c.Confidence.Scope
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// A toll's figure dated by a window of a few days of its own ("over the
// weekend") may count those days alone: its running-total scope is then
// inferred. A window opened by "since" states a running total.
func TestFewDaysTollScopeIsInferred(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]claims.Confidence // the scope's confidence per figure
	}{
		{"over the weekend", pub + "Storms lashed the northern coast. Officials said 14 people drowned over the weekend.",
			map[string]claims.Confidence{"14": claims.Inferred}},
		{"last week", pub + "Storms lashed the northern coast. Officials said 23 people were killed last week when a ferry capsized.",
			map[string]claims.Confidence{"23": claims.Inferred}},
		// Negative: a running total since a day, and a toll of one day.
		{"since a day", pub + "Storms lashed the northern coast. Officials said 40 people have died since Monday.",
			map[string]claims.Confidence{"40": claims.Explicit}},
		{"one day", pub + "Storms lashed the northern coast. Officials said 9 people died on Wednesday.",
			map[string]claims.Confidence{"9": claims.Explicit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			got := map[string]claims.Confidence{}
			for _, c := range cs {
				got[c.Quantity.Text] = c.Confidence.Scope
			}
			require.Equal(t, tc.want, got)
		})
	}
}
