package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

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

// What a side gives or takes "for" the people named before goes the other
// way, and a side that brings its own dead home still receives them when
// it gives others' in exchange.
func TestTransferForTheOtherWay(t *testing.T) {
	runStage(t, []stageCase{
		{"brought home in exchange", pub + "Ukraine repatriated the bodies of 40 of its soldiers in exchange for 55 fallen Russian troops.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Ukraine"}, {Q: "55", Subject: "Ukraine", Recipient: "Russia"}}},
		{"freed for others", pub + "Armenia agreed to free 12 Azerbaijani soldiers and 5 civilians for 30 more Armenian detainees.",
			[]row{{Q: "12", Subject: "Armenia", Recipient: "Azerbaijan"}, {Q: "5", Subject: "Armenia", Recipient: "Azerbaijan"},
				{Q: "30", Subject: "Azerbaijan", Recipient: "Armenia"}}},
		// Negative: "for" before no figure of the clause is no exchange.
		{"for a length of time", pub + "Armenia agreed to free 12 Azerbaijani soldiers held for 30 months.",
			[]row{{Q: "12", Subject: "Armenia", Recipient: "Azerbaijan"}}},
	}, "direction")
}

// A state body in the possessive of its country acts for the country; a
// group so named stays the group.
func TestStateBodyActsForItsCountry(t *testing.T) {
	runStage(t, []stageCase{
		{"a ministry named with of", pub + "Russia and Ukraine traded remains again on Friday.\n\nRussia's Ministry of Defense returned 500 Ukrainian bodies.",
			[]row{{Q: "500", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a ministry named before its head", pub + "Russia and Ukraine traded remains again on Friday.\n\nRussia's Defense Ministry returned 500 Ukrainian bodies.",
			[]row{{Q: "500", Subject: "Russia", Recipient: "Ukraine"}}},
		// Negative: a group of the country is no state body.
		{"a group stays the group", pub + "Lebanon's Hezbollah handed over 5 bodies to Israel.",
			[]row{{Q: "5", Subject: "Hezbollah", Recipient: "Israel"}}},
	}, "direction")
}

// A passive that names no agent: the giver is the one who gave in the
// transfer just told, and go-betweens do not receive.
func TestTransferPassiveNoAgent(t *testing.T) {
	runStage(t, []stageCase{
		{"freed with no agent, after a release", pub + "Hamas handed 9 hostages to Israel on Tuesday evening. " +
			"Manila said that 3 Filipino caregivers had also been freed.",
			[]row{{Q: "9", Subject: "Hamas", Recipient: "Israel"}, {Q: "3", Subject: "Hamas", Recipient: "Philippines"}}},
		{"handed to go-betweens", pub + "Hamas handed 9 hostages to Israel on Tuesday evening. " +
			"Witnesses said 6 women were handed to the Red Cross, then to an Egyptian convoy.",
			[]row{{Q: "9", Subject: "Hamas", Recipient: "Israel"}, {Q: "6", Subject: "Hamas", Recipient: "Israel"}}},
	}, "direction")
}

// People a vehicle was carrying are aboard, not handed over: they belong
// to what befell it.
func TestAboard(t *testing.T) {
	runStage(t, []stageCase{
		{"a plane carrying prisoners in a swap story", pub + "Russia and Ukraine swapped 90 prisoners on Monday, a week after the crash of a transport plane that Kyiv said was carrying 40 Russian soldiers.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine", Mutual: true}, {Q: "40", Subject: "crash"}}},
		{"the story's crash", pub + "The crash near the border killed everyone aboard. Officials said the helicopter was ferrying 14 wounded Ukrainian soldiers.",
			[]row{{Q: "14", Subject: "crash"}}},
	}, "direction")
}

// The items of a list opened by "including" are parts of the transfer
// they follow, whatever commas stand between.
func TestTransferListedParts(t *testing.T) {
	runStage(t, []stageCase{
		{"the last item of a list", pub + "Kyiv said that 120 Ukrainians were freed by Russia, including medics, sailors, two priests, and four journalists.",
			[]row{{Q: "120", Subject: "Russia", Recipient: "Ukraine"}, {Q: "two", Subject: "Russia", Recipient: "Ukraine"},
				{Q: "four", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// People who remain held are counted where they are held, not handed
// over.
func TestHeldCount(t *testing.T) {
	runStage(t, []stageCase{
		{"remain in captivity after a swap", pub + "Russia and Ukraine swapped 90 prisoners on Monday. Kyiv says 41 Ukrainian medics remain in Russian captivity after the swap.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine", Mutual: true}, {Q: "41", Subject: "Russia"}}},
		{"held in jails, beside a release", pub + "Israel will free 30 Palestinians, out of thousands of detainees in Israeli prisons.",
			[]row{{Q: "30", Subject: "Israel", Recipient: "Palestinians"}, {Q: "thousands", Subject: "Israel"}}},
		{"freed from custody is handed over", pub + "Russia freed 12 Ukrainians in its custody on Monday.",
			[]row{{Q: "12", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// A transfer that names neither side is given by the one side the story
// has seen give such people, to its counterpart; not when both sides have
// given them.
func TestSoleGiver(t *testing.T) {
	runStage(t, []stageCase{
		{"one side gives hostages", pub + "Hamas handed 4 hostages to Israel on Sunday.\n\nThe talks took place in Cairo.\n\nThe sides met again later.\n\nAnother 9 hostages are due to be freed next week.",
			[]row{{Q: "4", Subject: "Hamas", Recipient: "Israel"}, {Q: "9", Subject: "Hamas", Recipient: "Israel"}}},
		{"both sides gave prisoners", pub + "Russia handed 50 prisoners to Ukraine, and Ukraine handed 50 prisoners to Russia.\n\nThe talks took place in Ankara.\n\nThe sides met again later.\n\nAnother 30 prisoners are due to be freed.",
			[]row{{Q: "50", Subject: "Russia", Recipient: "Ukraine"}, {Q: "50", Subject: "Ukraine", Recipient: "Russia"}, {Q: "30"}}},
	}, "direction")
}

// "Another" after a part of a transfer is the next part.
func TestAnotherPart(t *testing.T) {
	runStage(t, []stageCase{
		{"another after a part", pub + "Israel has freed 300 Palestinian prisoners. Of them, 40 were serving life terms, while another 25 had long sentences.",
			[]row{{Q: "300", Subject: "Israel", Recipient: "Palestinians"}, {Q: "40", Subject: "Israel", Recipient: "Palestinians"},
				{Q: "25", Subject: "Israel", Recipient: "Palestinians"}}},
	}, "direction")
}

// The items of one list under one verb of transfer go the same way, even
// when an item names people the vocabulary does not count as prisoners.
func TestListUnderOneVerb(t *testing.T) {
	runStage(t, []stageCase{
		{"a list after a colon", pub + "Russia handed 140 captives to Ukraine on Friday.\n\nThe staff listed those returning: 61 soldiers, 17 coast guards and 9 medics.",
			[]row{{Q: "140", Subject: "Russia", Recipient: "Ukraine"}, {Q: "61", Subject: "Russia", Recipient: "Ukraine"},
				{Q: "17", Subject: "Russia", Recipient: "Ukraine"}, {Q: "9", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// A swap that only names the exchange a one-way handover was part of does
// not make the handover mutual; an exchange verb, "each", both sides as the
// subject, or the swap's own count do.
func TestOneSideOfAnExchange(t *testing.T) {
	runStage(t, []stageCase{
		{"one side's handover, part of the swap", pub + "Moscow and Kyiv met on Monday. Moscow said it had returned 27 bodies of Ukrainian troops to Kyiv as part of the swap.",
			[]row{{Q: "27", Subject: "Russia", Recipient: "Ukraine"}}},
		{"people of one side freed in the exchange, passive", pub + "Moscow and Kyiv met on Monday. Just 60 Russian servicemen were freed during the exchange, Moscow's defence ministry said.",
			[]row{{Q: "60", Subject: "Ukraine", Recipient: "Russia"}}},
		{"the swap's own count is mutual", pub + "Moscow and Kyiv met on Monday. Kyiv freed 30 soldiers in a swap of 60 prisoners.",
			[]row{{Q: "30", Subject: "Ukraine", Recipient: "Russia"}, {Q: "60", Subject: "Ukraine", Recipient: "Russia", Mutual: true}}},
	}, "direction")
	runStage(t, []stageCase{
		{"both sides as the subject keep it mutual", pub + "Russia and Ukraine freed 44 detainees in a swap on Tuesday.",
			[]row{{Q: "44", Mutual: true}}},
	}, "mutual")
}

// A figure whose own noun is an exchange in the plural counts exchanges,
// not the people exchanged.
func TestCountOfExchanges(t *testing.T) {
	runStage(t, []stageCase{
		{"a count of swaps", pub + "Kyiv said 48 prisoner swaps had been held since the invasion began.",
			[]row{{Q: "48", Measure: "exchanges"}}},
		{"a count of exchanges with an adjective", pub + "There have been 37 separate body exchanges since 2022.",
			[]row{{Q: "37", Measure: "exchanges"}}},
		{"people in swaps stay people", pub + "Russia freed 40 soldiers in the swaps of that month.",
			[]row{{Q: "40", Measure: "prisoners"}}},
		{"people swapped stay people", pub + "Moscow and Kyiv swapped 95 prisoners each.",
			[]row{{Q: "95", Measure: "prisoners"}}},
		{"swaps counted under a verb of bringing home", pub + "The country has brought home 2,310 soldiers in 41 swaps, officials said.",
			[]row{{Q: "2,310", Measure: "prisoners"}, {Q: "41", Measure: "exchanges"}}},
		{"exchanges counted under a verb of freeing", pub + "Kyiv freed 600 captives in 19 exchanges this year.",
			[]row{{Q: "600", Measure: "prisoners"}, {Q: "19", Measure: "exchanges"}}},
	}, "measure")
}

// A figure with no verb of its own that repeats the exact figure of a
// transfer just told is that transfer told again.
func TestSameFigureToldAgain(t *testing.T) {
	runStage(t, []stageCase{
		{"a quoted fragment repeats the handover", pub + "Kyiv said on Sunday that 146 Ukrainian soldiers had been handed back by Russia.\n\n" +
			"\"They are with us again. 146 heroes,\" the president wrote.",
			[]row{{Q: "146", Subject: "Russia", Recipient: "Ukraine"}, {Q: "146", Subject: "Russia", Recipient: "Ukraine"}}},
		{"another figure in a fragment is no repeat", pub + "Kyiv said on Sunday that 146 Ukrainian soldiers had been handed back by Russia.\n\n" +
			"\"A long wait. 300 families,\" the president wrote.",
			[]row{{Q: "146", Subject: "Russia", Recipient: "Ukraine"}, {Q: "300", Subject: "Ukraine"}}},
	}, "direction")
}

func TestRecipientAfterTo(t *testing.T) {
	runStage(t, []stageCase{
		{"a place the vocabulary does not know receives what is sent", pub + "The Red Cross said it sent 20 ambulances to the Kunar district.",
			[]row{{Q: "20", Subject: "ICRC", Recipient: "Kunar"}}},
		{"money pledged to two countries goes to both", pub + "Norway pledged $20 million in aid to Chile and Peru.",
			[]row{{Q: "$20 million", Subject: "Norway", Recipient: "Chile and Peru"}}},
		{"a verb the lists do not know after a modal", pub + "Japan will provide 40 tents to the Kunar district.",
			[]row{{Q: "40", Subject: "Japan", Recipient: "Kunar"}}},
		{"the 'to' of another phrase is not the recipient", pub + "Norway granted $5 million as a supplement to the Sendai Framework.",
			[]row{{Q: "$5 million", Subject: "Norway"}}},
		{"the 'to' after another figure is that figure's", pub + "Norway pledged $5 million for shelters, 300 tents and more food to the Andes region.",
			[]row{{Q: "$5 million", Subject: "Norway"}, {Q: "300", Subject: "Norway", Recipient: "Andes"}}},
		{"a demonym is no place", pub + "Norway pledged $20 million to the Chilean relief effort.",
			[]row{{Q: "$20 million", Subject: "Norway"}}},
	}, "direction")
}

// A count of givers who send, pledge or grant something to a place: the
// counted give, the place named after "to" receives.
func TestCountedGivers(t *testing.T) {
	runStage(t, []stageCase{
		{"countries that have sent something to a country", pub + "So far 64 countries have sent rescue teams to Chile, the foreign ministry said.",
			[]row{{Q: "64", Subject: "countries", Recipient: "Chile"}}},
		{"nations that pledged help to a country", pub + "The quake struck on Sunday. On Monday, more than 20 nations pledged emergency help to Peru.",
			[]row{{Q: "more than 20", Subject: "nations", Recipient: "Peru"}}},
		{"givers of a noun the vocabulary does not know", pub + "About 40 charities have delivered blankets to Nepal.",
			[]row{{Q: "About 40", Subject: "charities", Recipient: "Nepal"}}},
		{"countries that something was sent from are no givers of a count", pub + "Rescuers from 64 countries arrived in Chile.",
			[]row{{Q: "64", Subject: "Chile"}}},
		{"people who were sent are no givers", pub + "The ministry said 90 doctors have been sent to Chile.",
			[]row{{Q: "90", Subject: "", Recipient: "Chile"}}},
	}, "direction")
}

// The story's other party is no default recipient when it stands beside
// the giver in the subject: both gave.
func TestCoGiverReceivesNothing(t *testing.T) {
	runStage(t, []stageCase{
		{"two givers in the subject", pub + "Russia and Belarus released 16 people on Thursday.",
			[]row{{Q: "16", Subject: "Belarus"}}},
		{"one giver keeps the default", pub + "Russia released 16 prisoners of war to Ukraine on Thursday. Russia and Belarus said the talks would go on.",
			[]row{{Q: "16", Subject: "Russia", Recipient: "Ukraine"}}},
		{"an exchange keeps both sides", pub + "Russia and Ukraine exchanged 300 prisoners.",
			[]row{{Q: "300", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
	}, "direction")
}

// Words that give a transfer's figure for each side ("from each side",
// "apiece", "per side", "each" after the people) make it a figure each way,
// as a formula's is; words that name the exchange or both sides leave it
// open whether the figure is each way or both ways together.
func TestFigurePerSide(t *testing.T) {
	type got struct {
		Q          string
		Mutual     bool
		Reciprocal bool
		Kind       claims.Kind
	}
	cases := []struct {
		name, text string
		want       []got
	}{
		{"from each side", pub + "Armenia and Azerbaijan began a swap on Monday, trading 40 detainees from each side.",
			[]got{{"40", true, true, claims.Agreed}}},
		{"per side", pub + "The two sides exchanged 212 captives per side at the border on Monday.",
			[]got{{"212", true, true, claims.Completed}}},
		{"apiece", pub + "Sudan and South Sudan released 57 prisoners apiece on Monday.",
			[]got{{"57", true, true, claims.Completed}}},
		{"each after the people", pub + "Yemen's warring parties swapped 33 detainees each on Monday.",
			[]got{{"33", true, true, claims.Completed}}},
		{"each side as the subject", pub + "Russia and Ukraine met on Monday. Each side freed 145 soldiers.",
			[]got{{"145", true, true, claims.Completed}}},
		{"each way", pub + "Serbia and Kosovo met on Monday. The two sides swapped 61 each way.",
			[]got{{"61", true, true, claims.Completed}}},
		{"both sides do not say", pub + "Both sides freed 180 soldiers in Monday's swap.",
			[]got{{"180", true, false, claims.Completed}}},
		{"an exchange does not say", pub + "Russia and Ukraine exchanged 260 soldiers on Monday.",
			[]got{{"260", true, false, claims.Completed}}},
		{"either way is no side", pub + "Russia and Ukraine met on Monday. Either way, Russia freed 82 soldiers to Ukraine.",
			[]got{{"82", false, false, claims.Completed}}},
		{"one way stays one way", pub + "Russia and Ukraine met on Monday. Russia freed 75 soldiers to Ukraine.",
			[]got{{"75", false, false, claims.Completed}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			var out []got
			for _, c := range cs {
				out = append(out, got{c.Quantity.Text, c.Mutual, c.Quantity.Reciprocal, c.Kind})
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// A description of a group as the giver ("the militant group has freed")
// stands for the one party of the story that is a group, not a country.
func TestGroupDescribedGives(t *testing.T) {
	runStage(t, []stageCase{
		{"the one group among the story's parties", pub + "Talks between Israel and Hamas went on in Doha. The militant group has freed 33 hostages so far.",
			[]row{{Q: "33", Subject: "Hamas", Recipient: "Israel"}}},
		{"a story of countries has no group to stand for", pub + "Russia and Ukraine held talks in Istanbul. The group has freed 30 prisoners so far.",
			[]row{{Q: "30", Subject: "", Recipient: ""}}},
	}, "direction")
}

// A group told by what it is ("the armed group") is the group the story
// has seen free people, not another body the story names that is no
// country; a group's name set off by commas after its country's
// possessive is the one that acts.
func TestArmedGroupNamedOrDescribed(t *testing.T) {
	runStage(t, []stageCase{
		{"the group seen giving before, not another body", pub + "The EU and the UN have urged the rebels to stop kidnapping in Peru.\n\n" +
			"On Tuesday the PF freed 9 hostages, two days after the armed group released 3 people.",
			[]row{{Q: "9", Subject: "PF"}, {Q: "3", Subject: "PF"}}},
		{"a group's name set off after its country's possessive", pub + "Peru's largest rebel group, the People's Front (PF), released 6 hostages on Sunday, the Red Cross said.",
			[]row{{Q: "6", Subject: "PF"}}},
		// Negative: a country set off so stays the country.
		{"a country set off by commas", pub + "Its northern neighbour, the Russian Federation, released 6 sailors on Sunday.",
			[]row{{Q: "6", Subject: "Russia"}}},
	}, "subject")
}

// Figures of a sentence that add up to the figure of a transfer told just
// before break it down: each is a part of that transfer, with its sides,
// though no verb of giving stands with them.
func TestPartsAddUpToTheTransfer(t *testing.T) {
	runStage(t, []stageCase{
		{"parts that add up", pub + "The two sides swapped prisoners on Friday, with Russia freeing 25 Ukrainian soldiers held since 2022 while Ukraine released three Russian pilots.\n\n" +
			"\"Twenty-two soldiers held since 2022 and three sailors captured in May have crossed the border and are home,\" Zelensky wrote.",
			[]row{{Q: "25", Subject: "Russia", Recipient: "Ukraine"}, {Q: "three", Subject: "Ukraine", Recipient: "Russia"},
				{Q: "Twenty-two", Subject: "Russia", Recipient: "Ukraine"}, {Q: "three", Subject: "Russia", Recipient: "Ukraine"}}},
		// Negative: figures that add up to no transfer told are no parts of one.
		{"parts that add up to nothing told", pub + "The two sides swapped prisoners on Friday, with Russia freeing 25 Ukrainian soldiers held since 2022 while Ukraine released three Russian pilots.\n\n" +
			"\"Twenty soldiers held since 2022 and two sailors captured in May have crossed the border and are home,\" Zelensky wrote.",
			[]row{{Q: "25", Subject: "Russia", Recipient: "Ukraine"}, {Q: "three", Subject: "Ukraine", Recipient: "Russia"},
				{Q: "Twenty", Subject: "Russia", Recipient: ""}, {Q: "two", Subject: "Russia", Recipient: ""}}},
		// Negative: things that add up to a release are no parts of it.
		{"things that add up are no people freed", pub + "Russia handed over 12 prisoners of war to Ukraine on Friday.\n\n" +
			"In Sumy, a separate strike damaged 7 homes and 5 schools, the governor said.",
			[]row{{Q: "12", Subject: "Russia", Recipient: "Ukraine"}, {Q: "7", Subject: "Sumy", Recipient: ""}, {Q: "5", Subject: "Sumy", Recipient: ""}}},
	}, "direction")
}

// People named after "of the" or "among the" before a participle are those
// handed over, not who handed them over: "of the Cubans released, 12 …"
// is a part of what the side that released them gave.
func TestPartitiveBeforeParticiple(t *testing.T) {
	runStage(t, []stageCase{
		{"of the people of a side, released", pub + "Venezuela freed 64 Colombian prisoners on Monday. Of the Colombians released, 12 had been held for over a year.",
			[]row{{Q: "64", Subject: "Venezuela", Recipient: "Colombia"}, {Q: "12", Subject: "Venezuela", Recipient: "Colombia"}}},
		{"among the people of a side, freed", pub + "Turkey freed 30 Syrian detainees on Monday. Among the Syrians freed, 7 were teenagers.",
			[]row{{Q: "30", Subject: "Turkey", Recipient: "Syria"}, {Q: "7", Subject: "Turkey", Recipient: "Syria"}}},
		{"a people that is a party, released", pub + "Israel freed 90 Palestinian prisoners on Monday. Of the Palestinians released, 40 had been held without trial.",
			[]row{{Q: "90", Subject: "Israel", Recipient: "Palestinians"}, {Q: "40", Subject: "Israel", Recipient: "Palestinians"}}},
		{"a possessive after a preposition acts", pub + "Venezuela freed 64 Colombians in exchange for Colombia's release of 12 Venezuelan soldiers.",
			[]row{{Q: "64", Subject: "Venezuela", Recipient: "Colombia"}, {Q: "12", Subject: "Colombia", Recipient: "Venezuela"}}},
		{"a side that frees, after a date", pub + "Venezuela and Colombia traded prisoners. On Monday Venezuela freed 64 Colombians.",
			[]row{{Q: "64", Subject: "Venezuela", Recipient: "Colombia"}}},
	}, "direction")
}

// People a side holds, told by the verb before them, are held captives in
// a story of captives: prisoners, whatever counted figure came before. A
// place that can hold people holds no captives.
func TestHeldByAVerbBefore(t *testing.T) {
	runStage(t, []stageCase{
		{"a side still holds people, after a toll", pub + "The militia freed 80 detainees on Monday. Six of them died in hospital. Monitors say the militia still holds 2,300 people.",
			[]row{{Q: "80", Measure: "detainees", Kind: claims.Completed}, {Q: "Six", Measure: "deaths", Kind: claims.Completed},
				{Q: "2,300", Measure: "prisoners", Kind: claims.Estimated}}},
		{"held in a place, after a toll", pub + "The militia freed 80 detainees on Monday. Six of them died in hospital. Monitors say the militia holds 2,300 people in warehouses.",
			[]row{{Q: "80", Measure: "detainees", Kind: claims.Completed}, {Q: "Six", Measure: "deaths", Kind: claims.Completed},
				{Q: "2,300", Measure: "prisoners", Kind: claims.Completed}}},
		{"no captives in the story", pub + "Schools in the flooded city now hold 2,000 people.",
			[]row{{Q: "2,000", Measure: "", Kind: claims.Completed}}},
	}, "measure", "kind")
}

// People an armed group (a party that is no country and no go-between)
// frees, in a story that counts hostages, are hostages when their noun
// does not say what they are; a country frees prisoners, and in a story
// with no hostages the group's captives stay prisoners.
func TestGroupFreesHostages(t *testing.T) {
	runStage(t, []stageCase{
		{"a group frees people in a story of hostages", pub + "On Sunday the Shabaab militants freed 6 Kenyan truck drivers. Talks on the remaining hostages go on.",
			[]row{{Q: "6", Measure: "hostages"}}},
		{"a group and a country both free people", pub + "Hamas freed 4 Thai farm labourers on Sunday, and Israel released 30 Palestinian women. Talks on the hostages still in Gaza go on.",
			[]row{{Q: "4", Measure: "hostages"}, {Q: "30", Measure: "prisoners"}}},
		{"no hostages in the story", pub + "Al-Shabaab freed 6 Kenyan truck drivers on Sunday, and the army released 12 captured fighters.",
			[]row{{Q: "6", Measure: "prisoners"}, {Q: "12", Measure: "prisoners"}}},
	}, "measure")
}

// A verb of returning that nothing orients (no one it went to, no side the
// returned are of, no other transfer, no offer) may send back or bring
// home: its direction is inferred, and the parts of it take that doubt.
func TestLoneReturnDirectionIsInferred(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]claims.Confidence // the subject's confidence per figure
	}{
		{"sent back or brought home", pub + "Talks between Russia and Ukraine went on. Kyiv has returned 900 bodies of the fallen since the spring.",
			map[string]claims.Confidence{"900": claims.Inferred}},
		{"a part of it takes the doubt", pub + "Talks between Russia and Ukraine went on. Kyiv has returned 900 bodies of the fallen since the spring. This figure includes 300 bodies from the east.",
			map[string]claims.Confidence{"900": claims.Inferred, "300": claims.Inferred}},
		{"the one it went to", pub + "Moscow returned 900 bodies to Kyiv on Friday.",
			map[string]claims.Confidence{"900": claims.Explicit}},
		{"a transfer the other way", pub + "Talks between Russia and Ukraine went on. Moscow returned 900 bodies on Friday and received 40 in return.",
			map[string]claims.Confidence{"900": claims.Explicit, "40": claims.Defaulted}},
		{"an offer sends back", pub + "Talks between Russia and Ukraine went on. Moscow is willing to return 900 more bodies.",
			map[string]claims.Confidence{"900": claims.Explicit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Extract("test.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			got := map[string]claims.Confidence{}
			for _, c := range cs {
				got[c.Quantity.Text] = c.Confidence.Subject
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// What a transfer gets in exchange is the other side's: a nationality
// after "in exchange for" or "in return for" does not say who receives
// the people the figure counts.
func TestOwnerStopsAtTheExchange(t *testing.T) {
	runStage(t, []stageCase{
		{"the people given for them are the other side's", pub + "Israel and Hamas prolonged the pause. Hamas freed eight more captives in exchange for Palestinian detainees.",
			[]row{{Q: "eight", Subject: "Hamas", Recipient: "Israel"}}},
		{"in return for, after a bare count", pub + "Moscow and Kyiv traded again. Russia handed over 40 more people in return for Russian pilots.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Ukraine"}}},
		{"the people's own nationality still counts", pub + "Israel and Hamas prolonged the pause. Hamas freed eight Thai farmhands in exchange for Palestinian detainees.",
			[]row{{Q: "eight", Subject: "Hamas", Recipient: "Thailand"}}},
	}, "direction")
}

// People who are back on their own side's soil, or whose return home a
// side reports, were received by that side.
func TestBackOnTheirOwnSide(t *testing.T) {
	runStage(t, []stageCase{
		{"back on their country's soil", pub + "Israel and Hamas began the pause. Eleven Israeli captives were back on Israeli soil by nightfall, the army said.",
			[]row{{Q: "Eleven", Subject: "Hamas", Recipient: "Israel"}}},
		{"the return home of", pub + "Russia and Ukraine swapped prisoners. Kyiv reported the return home of 150 of its soldiers.",
			[]row{{Q: "150", Subject: "Russia", Recipient: "Ukraine"}}},
		{"at home after a swap", pub + "Russia and Ukraine swapped prisoners on Friday. Sixty more Ukrainians are at home now, Zelensky said.",
			[]row{{Q: "Sixty", Subject: "Russia", Recipient: "Ukraine"}}},
		{"back at work is no transfer", pub + "Police in Spain said 300 workers were back at the plant on Monday.",
			[]row{{Q: "300", Subject: "Spain"}}},
		{"staying at home is no transfer", pub + "Russia and Ukraine swapped prisoners. In Kyiv, 2,000 people stayed at home during the alert.",
			[]row{{Q: "2,000", Subject: "Kyiv"}}}, // the city counted, as in any capital; no one handed over
	}, "direction")
}

// A demonstrative opening a quotation is no one who gives.
func TestDemonstrativeIsNoAgent(t *testing.T) {
	runStage(t, []stageCase{
		{"those freed include", pub + "Hamas freed 20 captives on Friday. \"Those freed include 12 Israelis and 8 Thais,\" a spokesman said.",
			[]row{{Q: "20", Subject: "Hamas", Recipient: "Israel"}, {Q: "12", Subject: "Hamas", Recipient: "Israel"}, {Q: "8", Subject: "Hamas", Recipient: "Thailand"}}},
	}, "direction")
}

// An armed movement is a side: its members counted by its name or its
// adjective are its own, its enemies' armies are agents ("the coalition"),
// and the country it fights in is its ground, not the other side.
func TestMovementAsASide(t *testing.T) {
	runStage(t, []stageCase{
		{"members by the movement's adjective and name", pub + "The Saudi-led coalition freed 60 Houthi fighters, and the Houthis handed over 30 coalition prisoners, including 10 Saudis.",
			[]row{{Q: "60", Subject: "Saudi Arabia", Recipient: "Houthis"}, {Q: "30", Subject: "Houthis", Recipient: "Saudi Arabia"},
				{Q: "10", Subject: "Houthis", Recipient: "Saudi Arabia"}}},
		{"the movement's country is no counterpart", pub + "Yemen's long war went on. In Yemen, Yemen's Houthis and Saudi Arabia traded captives this week. The Houthis released 25 more men on Friday.",
			[]row{{Q: "25", Subject: "Houthis", Recipient: "Saudi Arabia"}}},
	}, "direction")
}

// A transfer verb takes an object: a past form right after the people a
// figure counts, then a preposition, is a reduced passive ("12 Saudis
// freed on Sunday"), also after a list of counts.
func TestReducedPassiveBeforeAPreposition(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle then a day", pub + "Saudi Arabia and the Houthis began a swap. 12 Saudis freed on Sunday.",
			[]row{{Q: "12", Subject: "Houthis", Recipient: "Saudi Arabia"}}},
		{"a participle then a place", pub + "Moscow and Kyiv traded captives. Officials said 48 Ukrainians released in Belarus were safe.",
			[]row{{Q: "48", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// A party named as the go-between of the story ("mediated by the UAE",
// "key mediator Qatar") is no side: it is never the other party of a
// transfer that names only one.
func TestMediatorIsNoCounterpart(t *testing.T) {
	runStage(t, []stageCase{
		{"a mediator named often", pub + "Israel and Hamas paused the fighting. Key mediator Qatar said Qatar would keep talking, and that Hamas had freed 20 captives.",
			[]row{{Q: "20", Subject: "Hamas", Recipient: "Israel"}}},
		{"mediated by", pub + "Moscow and Kyiv traded captives in a deal mediated by the UAE. The UAE thanked both. The UAE said Russia had freed 50 people.",
			[]row{{Q: "50", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a party that gives is no mediator", pub + "Moscow and Kyiv traded captives in a deal mediated by the UAE. Russia freed 50 people.",
			[]row{{Q: "50", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a headline's mediation word before the next line's party", pub + "Armenia and Azerbaijan trade captives after Qatari mediation\n\nArmenia and Azerbaijan met in Doha, with Qatar hosting. Azerbaijan sent 12 soldiers back.\n\nArmenia said the men crossed into Georgia on foot.",
			[]row{{Q: "12", Subject: "Azerbaijan", Recipient: "Armenia"}}},
	}, "direction")
}

// A side that gets back its own people, or that the story has only seen
// receive, receives: "return" and "release" with no one they went to
// bring home; a verb of receiving governs the noun of giving after it; a
// passive verb past what is set off between, and people who "have
// returned", come home.
func TestOneSideBringsItsOwnHome(t *testing.T) {
	runStage(t, []stageCase{
		{"its own people", pub + "Talks between Russia and Ukraine went on. \"We have managed to return over 700 of our people,\" the Ukrainian president said.",
			[]row{{Q: "over 700", Subject: "Russia", Recipient: "Ukraine"}}},
		{"the release of its own citizens from the other's captivity", pub + "Since 2022 Ukraine has held many swaps, resulting in the release of 4,100 Ukrainian citizens from Russian captivity.",
			[]row{{Q: "4,100", Subject: "Russia", Recipient: "Ukraine"}}},
		{"returned, in a story where only the other side gives", pub + "Russia handed 700 bodies to Ukraine in March. Kyiv has returned 9,300 bodies of the fallen since the war began.",
			[]row{{Q: "700", Subject: "Russia", Recipient: "Ukraine"}, {Q: "9,300", Subject: "Russia", Recipient: "Ukraine"}}},
		// (The 40 go to the story's other party by default, marked so.)
		{"a state that frees its own nationals from its own jails gives them", pub + "Belarus freed 20 Americans in a deal with Washington. Belarus also said it had released 40 Belarusian political prisoners.",
			[]row{{Q: "20", Subject: "Belarus", Recipient: "United States"}, {Q: "40", Subject: "Belarus", Recipient: "United States"}}},
		{"received a transfer", pub + "Ukraine said it had received another transfer of 600 bodies from Russia.",
			[]row{{Q: "600", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a passive past a relative clause", pub + "Kyiv and Moscow traded the dead again. \"Another 600 bodies, which Moscow says are of our soldiers, were returned to Ukraine,\" the office wrote.",
			[]row{{Q: "600", Subject: "Russia", Recipient: "Ukraine"}}},
		{"people who have returned", pub + "Russia freed 90 Ukrainian soldiers in May. Since then, about 500 more soldiers have returned as the deal went on.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine"}, {Q: "about 500", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// Statistics of a country's asylum office hand no one over: "given that"
// is a conjunction, people "given refugee status" get a status, and
// applications received are counted.
func TestStatusAndPapersAreNoTransfer(t *testing.T) {
	runStage(t, []stageCase{
		{"given that", pub + "Removals from Norway rose in 2019. This matters, given that 980 orders were signed that year.",
			[]row{{Q: "980", Subject: "Norway"}}},
		{"given a status", pub + "Asylum claims in Norway fell in 2019. Some 410 people were given refugee status that year.",
			[]row{{Q: "Some 410", Subject: "Norway"}}},
		{"papers received", pub + "Asylum claims in Norway fell in 2019. Only 2,650 applications were received that year.",
			[]row{{Q: "2,650", Subject: "Norway"}}},
		{"handed over stays a transfer", pub + "Russia and Ukraine swapped prisoners. Some 90 soldiers were handed over to Kyiv.",
			[]row{{Q: "Some 90", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// A count of bodies with no verb of handing over, in a story where only
// one side has handed bodies over, is that side's to its counterpart.
func TestBodiesOfTheOnlyGiver(t *testing.T) {
	runStage(t, []stageCase{
		{"a convoy's bodies", pub + "Russia handed 900 bodies to Ukraine on Monday, the ministry said.\n\n\"A second convoy is ready. There are 1,150 bodies in it,\" an officer said.",
			[]row{{Q: "900", Subject: "Russia", Recipient: "Ukraine"}, {Q: "1,150", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// A part named before its whole ("four of the 20 soldiers released by
// Baku") goes the way the whole's participle does.
func TestPartBeforeTheWholesParticiple(t *testing.T) {
	runStage(t, []stageCase{
		{"a part of those released", pub + "Armenia and Azerbaijan met at the border. Officials said three of the 20 soldiers released by Azerbaijan were conscripts.",
			[]row{{Q: "three", Subject: "Azerbaijan", Recipient: "Armenia"}, {Q: "20", Subject: "Azerbaijan", Recipient: "Armenia"}}},
	}, "direction")
}

// People a passive verb of holding holds after their list are the
// holder's ("… are still being held by X", "… held in X's jails"), and
// those taken captive are their captor's; a release after them is still a
// handover.
func TestHeldByAndCaptured(t *testing.T) {
	runStage(t, []stageCase{
		{"a list held by a party", pub + "Shelling killed 7 people in Marib on Sunday.\n\nMonitors say 30 soldiers, 12 medics and 4 journalists are still being held by the Houthis.",
			[]row{{Q: "7", Subject: "Marib"}, {Q: "30", Subject: "Houthis"}, {Q: "12", Subject: "Houthis"}, {Q: "4", Subject: "Houthis"}}},
		{"held in the jails of a party", pub + "Israel freed 40 Palestinian detainees in May.\n\nSome were sent home to Gaza, and about 900 are still being held in Israeli jails, lawyers say.",
			[]row{{Q: "40", Subject: "Israel", Recipient: "Palestinians"}, {Q: "about 900", Subject: "Israel"}}},
		{"taken captive by the side that advanced", pub + "Ukraine retook three towns in the east on Monday.\n\nRussian forces then seized a bridge near the river, capturing 18 Ukrainian soldiers.",
			[]row{{Q: "three", Subject: "Ukraine"}, {Q: "18", Subject: "Russia"}}},
		{"held in a capital", pub + "Georgia and Armenia swapped 12 detainees in June.\n\nArmenian officials said 70 of their soldiers were still being held in Tbilisi.",
			[]row{{Q: "12", Subject: "Georgia", Recipient: "Armenia", Mutual: true}, {Q: "70", Subject: "Georgia"}}},
		{"held in a country", pub + "Kyrgyz lawyers say 35 of their fishermen are still being held in Tajikistan.",
			[]row{{Q: "35", Subject: "Tajikistan"}}},
		// Negative: an agent after the capital holds them, not its state.
		{"held in a capital by a gang", pub + "Officials said 20 sailors were still being held in Tbilisi by a criminal gang.",
			[]row{{Q: "20", Subject: "Tbilisi"}}},
		// Negative: those held who are then freed are handed over.
		{"held, then freed", pub + "The 40 fishermen held by Russia were freed on Friday and flown to Kyiv.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// Captives a vehicle carries in a story of captives are handed over by
// the side the route leaves from, or that the story says is freeing such
// people, to the other: the jail, the airport or the town on the way is
// no party of the count.
func TestConvoyOfAHandover(t *testing.T) {
	runStage(t, []stageCase{
		{"a release told with no figure", pub + "Egypt has started freeing Libyan prisoners under the truce.\n\nA coach carrying 25 prisoners drove out of Wadi Natrun jail before dawn.",
			[]row{{Q: "25", Subject: "Egypt", Recipient: "Libya"}}},
		{"the route's start is a country's", pub + "The Houthis and the Saudi-led coalition began a prisoner swap on Sunday.\n\nA plane from the Saudi city of Jizan carrying 60 detainees landed at noon.",
			[]row{{Q: "60", Subject: "Saudi Arabia", Recipient: "Houthis"}}},
		// Negative: what befell a vehicle is its event's.
		{"a crash", pub + "A helicopter carrying 14 soldiers crashed in the mountains on Monday.",
			[]row{{Q: "14"}}},
	}, "direction")
}

// A handover that names neither side takes the sides of the release of
// such people the story told before with no figure.
func TestReleaseToldWithoutAFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"to be freed", pub + "Egypt has started freeing Libyan prisoners under the truce.\n\nOfficials say 140 more prisoners are due to be released by Friday.",
			[]row{{Q: "140", Subject: "Egypt", Recipient: "Libya"}}},
		// Negative: a side the clause names stays.
		{"the side named", pub + "Egypt has started freeing Libyan prisoners under the truce.\n\nLibya released 12 Egyptian prisoners on Monday.",
			[]row{{Q: "12", Subject: "Libya", Recipient: "Egypt"}}},
	}, "direction")
}

// People a passive verb of capture takes are their captor's: the one
// after "by", else the other side of their own country.
func TestCapturedIsTheCaptors(t *testing.T) {
	runStage(t, []stageCase{
		{"no captor named", pub + "Georgia and Russia traded accusations on Monday.\n\nTbilisi said that four Georgian border guards had been taken captive near the line.",
			[]row{{Q: "four", Subject: "Russia"}}},
		{"the captor named", pub + "Fighting went on in the Donbas on Monday.\n\nSome 30 Russian soldiers were captured by Ukraine near the river, Kyiv said.",
			[]row{{Q: "Some 30", Subject: "Ukraine"}}},
	}, "direction")
}

// People moved to a party are handed over to it, and an item of a list
// under one verb goes where its own "to" says.
func TestMovedToAndItsListItems(t *testing.T) {
	runStage(t, []stageCase{
		{"moved to a country", pub + "Belarus and Lithuania swapped prisoners in Vilnius.\n\nOfficials said 8 detainees were moved to Belarus, 5 to Lithuania and 2 to Poland.",
			[]row{{Q: "8", Subject: "Lithuania", Recipient: "Belarus"}, {Q: "5", Subject: "Belarus", Recipient: "Lithuania"}, {Q: "2", Subject: "Lithuania", Recipient: "Poland"}}},
		// Negative: moving to a square hands no one over.
		{"moved to a square", pub + "About 4,000 protesters moved to the main square, police said.",
			[]row{{Q: "About 4,000", Subject: ""}}},
	}, "direction")
}

// The agent of a later verb is never the party a verb of giving just
// handed something to ("gave Kyiv 900 bodies and got 40 back"), nor a
// nationality of the people a figure counts ("the bodies of 900 Ukrainian
// troops"): those are receivers and people, not who acts.
func TestReceiverOfTheFirstVerbIsNoAgent(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb of receiving after one of giving", pub + "Moscow says it gave Kyiv 900 bodies and received 35 Russian soldiers.",
			[]row{{Q: "900", Subject: "Russia", Recipient: "Ukraine"}, {Q: "35", Subject: "Ukraine", Recipient: "Russia"}}},
		{"past the people of the first count", pub + "Moscow claims it has sent Kyiv the remains of 900 Ukrainian troops, yet it has only been receiving 35 Russian soldiers back.",
			[]row{{Q: "900", Subject: "Russia", Recipient: "Ukraine"}, {Q: "35", Subject: "Ukraine", Recipient: "Russia"}}},
	}, "direction")
}

// People a relative clause says a side took or holds ("whom Kyiv
// captured", "that Russian forces hold") are handed over by that side,
// to the other, whichever side proposes the exchange they are part of.
func TestHolderInARelativeGives(t *testing.T) {
	runStage(t, []stageCase{
		{"whom the other side captured", pub + "Moscow wants to trade about 40 villagers whom Ukraine captured last spring.",
			[]row{{Q: "about 40", Subject: "Ukraine", Recipient: "Russia"}}},
		{"that a side's troops hold", pub + "Kyiv and Moscow spoke again. Russia offered to swap 60 farmers that Ukrainian troops hold.",
			[]row{{Q: "60", Subject: "Ukraine", Recipient: "Russia"}}},
		{"the receiver from the holder", pub + "Russia and Ukraine swapped prisoners. Kyiv received 40 soldiers that Russia had held since 2022.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

// In "a swap of A and B for C", B goes the way A goes: the owner of B is
// not read past "for" (C goes the other way), and an item whose sides
// were only guessed takes the way read for the item before it under the
// same cue.
func TestSwapListItemsGoOneWay(t *testing.T) {
	runStage(t, []stageCase{
		{"a second item with no nationality", pub + "Ukraine said the handover would happen at the weekend, with Moscow announcing a swap of 200 Ukrainian soldiers and 90 civilians for its own troops.",
			[]row{{Q: "200", Subject: "Russia", Recipient: "Ukraine", Mutual: true}, {Q: "90", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
		{"the owner after for is the other side's", pub + "Russia and Ukraine met in Turkey. Moscow announced a swap of 90 civilians for some of its own troops.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
	}, "direction")
}

// A figure that tells a transfer again ("… 150 heroes," she wrote) takes
// the story back to it: a share of "those returned" after it is a part of
// that transfer, not of another one told in between.
func TestSameFigureIsTheTransferAgain(t *testing.T) {
	runStage(t, []stageCase{
		{"a share after the figure told again", pub + "Kyiv said 150 Ukrainian soldiers were brought back on Monday, while Moscow said 140 Russian troops had been received.\n\n\"Our people are home. 150 heroes,\" the president said, adding that nearly a third of those returned were marines.",
			[]row{{Q: "150", Subject: "Russia", Recipient: "Ukraine"}, {Q: "140", Subject: "Ukraine", Recipient: "Russia"},
				{Q: "150", Subject: "Russia", Recipient: "Ukraine"}, {Q: "nearly a third", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

func TestSetFreeIsAPassive(t *testing.T) {
	runStage(t, []stageCase{
		{"set free by a named side", pub + "Twelve Prisoners Set Free by Russia\n\nRussia on Friday released 12 prisoners of war to Ukraine.",
			[]row{{Q: "Twelve", Subject: "Russia", Recipient: "Ukraine"}, {Q: "12", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

func TestTakingInAndCarrying(t *testing.T) {
	runStage(t, []stageCase{
		{"agreeing to take people in is receiving them", pub + "Russia freed 50 prisoners of war on Friday. Ukraine has agreed to take 9 prisoners, an aide said.",
			[]row{{Q: "50", Subject: "Russia", Recipient: "Ukraine"}, {Q: "9", Subject: "Russia", Recipient: "Ukraine"}}},
		{"refusing to take people in is of receiving them", pub + "Russia freed 50 prisoners of war on Friday. Later, Ukraine refused to take 9 prisoners of war.",
			[]row{{Q: "50", Subject: "Russia", Recipient: "Ukraine"}, {Q: "9", Subject: "Russia", Recipient: "Ukraine"}}},
		{"the carrier who tells of it is no giver", pub + "A Red Cross spokesman, Ana Ruiz, said that 40 freed prisoners of war would be flown from Russia to Minsk, and 12 to Kyiv.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Belarus"}, {Q: "12", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

func TestAGroupTheStoryTellsOf(t *testing.T) {
	runStage(t, []stageCase{
		{"a group told by its kind, with an indefinite article", pub + "Israel and Hamas agreed to a truce in January. A Palestinian militant group has freed four more hostages.",
			[]row{{Q: "four", Subject: "Hamas", Recipient: "Israel"}}},
	}, "direction")
}

func TestPartsOfThePeopleFreedBefore(t *testing.T) {
	runStage(t, []stageCase{
		{"the freed people named as the whole, with a transfer between", pub + "Hamas handed over 30 hostages to Israel on Friday.\n\nIsrael in turn freed 90 prisoners.\n\nThe freed hostages included 10 Thais and 20 people from Nepal.",
			[]row{{Q: "30", Subject: "Hamas", Recipient: "Israel"}, {Q: "90", Subject: "Israel", Recipient: "Hamas"},
				{Q: "10", Subject: "Hamas", Recipient: "Thailand"}, {Q: "20", Subject: "Hamas", Recipient: "Nepal"}}},
		// With no transfer told before, the cue still tells the way.
		{"the freed people named as the whole, no transfer before", pub + "The freed hostages included 13 Israelis, officials said.",
			[]row{{Q: "13", Recipient: "Israel"}}},
		// Negative: an exchange that includes people is no part of a
		// transfer before.
		{"an exchange that included people", pub + "Hamas handed over 30 hostages to Israel on Friday. The swap included 12 elderly women.",
			[]row{{Q: "30", Subject: "Hamas", Recipient: "Israel"}, {Q: "12", Subject: "Hamas", Recipient: "Israel", Mutual: true}}},
	}, "direction")
}

func TestPassivePastAPartSetOff(t *testing.T) {
	runStage(t, []stageCase{
		{"the verb after an aside of the part", pub + "Hamas handed 20 hostages to Israel on Friday. In exchange for the hostages, 60 Palestinian prisoners, including 15 minors, were released from Israeli jails.",
			[]row{{Q: "20", Subject: "Hamas", Recipient: "Israel"}, {Q: "60", Subject: "Israel", Recipient: "Palestinians"}, {Q: "15", Subject: "Israel", Recipient: "Palestinians"}}},
	}, "direction")
}

// A story that calls its captives detainees is read in that word, and a
// part or a later batch told in the other word ("prisoners") still finds
// the release it belongs to: both words count the same people.
func TestDetaineesKeepTheirWord(t *testing.T) {
	runStage(t, []stageCase{
		{"detainees freed, then a part of them", pub + "The rebels freed 140 detainees on Tuesday. Among them, 11 were Omanis.",
			[]row{{Q: "140", Measure: "detainees"}, {Q: "11", Measure: "detainees"}}},
		{"prisoners carried, other detainees sent on", pub + "Egypt has started freeing Libyan prisoners. The vans left the jail at dawn, and about 60 other detainees were sent abroad.",
			[]row{{Q: "about 60", Measure: "detainees", Subject: "Egypt", Recipient: "Libya"}}},
	}, "measure", "direction")
}

// "Given" opening a sentence before a determiner means "considering": no
// handover, and a share after it is read as a share.
func TestGivenAsConsidering(t *testing.T) {
	runStage(t, []stageCase{
		{"given the tight race", pub + "Novak and Horvat go to a second round in May. Given the tight race, Kral's 6.1 percent may decide who wins.",
			[]row{{Q: "6.1 percent", Subject: "Kral"}}},
		// Negative: "given back" opening a sentence is still a handover.
		{"given back", pub + "Given back to Ukraine on Monday, 40 soldiers were met by their families.",
			[]row{{Q: "40", Recipient: "Ukraine"}}},
	}, "direction")
}
