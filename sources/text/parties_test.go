package text

import "testing"

// Each case is one family of misreads the clause layer mends, in
// sentences written for the test.

func TestPlaceInItsClause(t *testing.T) {
	runStage(t, []stageCase{
		{"an apposition names the larger place", pub + "In Rennes, in western France, more than 20,000 marched on Thursday.",
			[]row{{Q: "more than 20,000", Subject: "Rennes"}}},
		{"a place of a country set off after a town", pub + "At least 80 pilgrims died of heatstroke in Medina, Saudi Arabia, officials said.",
			[]row{{Q: "At least 80", Subject: "Medina"}}},
		{"the next item of a list", pub + "The unions counted 15,000 in Lille, in Amiens 6,000 and in Rouen 9,500.",
			[]row{{Q: "15,000", Subject: "Lille"}, {Q: "6,000", Subject: "Amiens"}, {Q: "9,500", Subject: "Rouen"}}},
		{"a list after a comma", pub + "In Dijon there were about 7,000, in Besancon – 4,000.",
			[]row{{Q: "about 7,000", Subject: "Dijon"}, {Q: "4,000", Subject: "Besancon"}}},
		{"the speaker's city is not the count's", pub + "Some 3,000 people rallied in Cork, officials in Dublin said.",
			[]row{{Q: "Some 3,000", Subject: "Cork"}}},
		{"an abbreviation's period inside a place's name", pub + "More than 600 homes lost their roofs in the parish of St. Andrew, officials said.",
			[]row{{Q: "More than 600", Subject: "St. Andrew"}}},
		{"a phrase set off with 'with'", pub + "In May, crossings totaled 51,200 along the northern border, with the most recorded in the Windsor sector.",
			[]row{{Q: "51,200", Subject: "northern border"}}},
	}, "direction")
}

// A count in brackets right after a name is that place's: a list of towns
// with their counts, the first of which may take the clause's preposition
// and the rest none.
func TestPlaceBeforeItsBracket(t *testing.T) {
	runStage(t, []stageCase{
		{"a coordinated town with its bracket", pub + "Marchers filled the streets of Madrid (30,000 according to the police) and Cordoba (8,000 according to the police) on Sunday.",
			[]row{{Q: "30,000", Subject: "Madrid"}, {Q: "8,000", Subject: "Cordoba"}}},
		{"a bracket that opens on a compass word", pub + "Crowds were large in Toulon (south, 4,000 to 15,000) and Lorient (west, 2,000 to 6,000).",
			[]row{{Q: "4,000 to 15,000", Subject: "Toulon"}, {Q: "2,000 to 6,000", Subject: "Lorient"}}},
		{"counts by two sources in one bracket", pub + "Crowds filled Porto (20,000 according to the police, 60,000 according to the unions) on Saturday.",
			[]row{{Q: "20,000", Subject: "Porto"}, {Q: "60,000", Subject: "Porto"}}},
		{"a place of its own inside the bracket", pub + "Crowds filled Porto (20,000 according to the police, 3,000 of them in Ribeira) on Saturday.",
			[]row{{Q: "20,000", Subject: "Porto"}, {Q: "3,000", Subject: "Ribeira"}}},
		{"a list after a colon", pub + "Turnout was thin in the north: Teruel (900), Soria (1,500).",
			[]row{{Q: "900", Subject: "Teruel"}, {Q: "1,500", Subject: "Soria"}}},
		{"a speaker's count in brackets is no place", pub + "In Lyon the marchers were counted twice: by the CGT (70,000) and by the Prefecture (18,000).",
			[]row{{Q: "70,000", Subject: "Lyon"}, {Q: "18,000", Subject: "Lyon"}}},
	}, "direction")
}

// The place of a part ("including 90,000 in Rome", "(95,000 in Rome)") is
// no place the whole's story carries on with: the next count with no place
// of its own is the whole's.
func TestPartsPlaceIsNotCarried(t *testing.T) {
	runStage(t, []stageCase{
		{"a part after 'including' and one in brackets", pub + "The ministry counted 1.2 million marchers across Italy, including 90,000 in Rome. A week later the figure reached 1.4 million marchers (95,000 in Rome). Turnout then fell to 700,000 on Tuesday.",
			[]row{{Q: "1.2 million", Subject: "Italy"}, {Q: "90,000", Subject: "Rome"}, {Q: "1.4 million", Subject: "Italy"}, {Q: "95,000", Subject: "Rome"}, {Q: "700,000", Subject: "Italy"}}},
		{"a town's count is carried on", pub + "Police counted 30,000 marchers in Turin on Saturday. On Sunday the figure reached 45,000.",
			[]row{{Q: "30,000", Subject: "Turin"}, {Q: "45,000", Subject: "Turin"}}},
	}, "direction")
}

// A platform named past a determiner ("on the social network Bluesky") is where
// something was said, no place.
func TestPlatformIsNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a platform past its determiner", pub + "Some 90,000 people took part in the rallies, which were held against the government, on the social network Bluesky.",
			[]row{{Q: "Some 90,000", Subject: ""}}},
		{"a place past its determiner", pub + "Some 90,000 people took part in the rallies, which were held against the government, on the Rustaveli Avenue.",
			[]row{{Q: "Some 90,000", Subject: "Rustaveli Avenue"}}},
	}, "direction")
}

func TestPlaceOfASite(t *testing.T) {
	runStage(t, []stageCase{
		{"a square in the town counted before", pub + "Tens of thousands of people filled the streets of Lisbon on Saturday. Organisers said 90,000 people had gathered at Rossio Square in the old town.",
			[]row{{Q: "Tens of thousands", Subject: "Lisbon"}, {Q: "90,000", Subject: "Lisbon"}}},
		{"the city is the town counted before", pub + "About 12,000 people marched through Porto on Sunday. Nearly 300,000 people in the city have no family doctor, the union said.",
			[]row{{Q: "About 12,000", Subject: "Porto"}, {Q: "Nearly 300,000", Subject: "Porto"}}},
	}, "direction")
}

func TestPlaceOfAnEvent(t *testing.T) {
	runStage(t, []stageCase{
		{"a named event in the clause", pub + "At least 230 pilgrims died during the Arbaeen walk, the ministry said.",
			[]row{{Q: "At least 230", Subject: "Arbaeen"}}},
		{"an adjective that opens the sentence is no event's name", pub + "Deadly floods that hit northern Chile on Monday have killed at least 31 people, officials said.",
			[]row{{Q: "at least 31", Subject: "Chile"}}},
		{"an adjective of strength is no part of an event's name", pub + "Torrential landslides have killed at least 14 people in the hills, officials said.",
			[]row{{Q: "at least 14", Subject: ""}}},
		{"a named event before a colon", pub + "Tarsus earthquake: 412 dead and 1,090 hurt",
			[]row{{Q: "412", Subject: "Tarsus earthquake"}, {Q: "1,090", Subject: "Tarsus earthquake"}}},
		{"a noun after an event word is no event", pub + "Peru's flood agency said 64 people had died.",
			[]row{{Q: "64", Subject: "Peru"}}},
		{"a capital of two words before a crowd is the city", pub + "A news channel put the Buenos Aires crowd at 90,000.",
			[]row{{Q: "90,000", Subject: "Buenos Aires"}}},
		{"a capital before a toll stands for its country", pub + "The agency put the Lima death toll at 35.",
			[]row{{Q: "35", Subject: "Peru"}}},
		{"a place before the counted words", pub + "Report puts Sudan death toll at 61,000",
			[]row{{Q: "61,000", Subject: "Sudan"}}},
	}, "direction")
}

func TestPlaceOfACrossing(t *testing.T) {
	runStage(t, []stageCase{
		{"the object of a verb of crossing", pub + "More than 4,000 people have crossed the Darien Gap so far this year. Another 300 made the journey on Monday.",
			[]row{{Q: "More than 4,000", Subject: "Darien Gap"}, {Q: "300", Subject: "Darien Gap"}}},
		{"in the figure's relative clause", pub + "That is far above the 2,100 who crossed the Aegean Sea a year earlier.",
			[]row{{Q: "2,100", Subject: "Aegean Sea"}}},
	}, "direction")
}

func TestShareHolderInItsClause(t *testing.T) {
	runStage(t, []stageCase{
		{"the subject of a verb of winning", pub + "In the runoff on Sunday, the incumbent mayor Ilse Berger is taking 61 percent of the vote, the commission said.",
			[]row{{Q: "61 percent", Subject: "Ilse Berger"}}},
		{"voted for", pub + "About 70 percent of voters in the north voted for Tomas Varga.",
			[]row{{Q: "About 70 percent", Subject: "Tomas Varga"}}},
		{"an attribution inside a relative clause", pub + "The vote ended with a low turnout, which according to Judge Arlen stood at 38 percent.",
			[]row{{Q: "38 percent"}}},
		{"a possessive pronoun before the share", pub + "Aides to Tomas Varga's two challengers grumbled about the recount, yet conceded his 61 percent share of the ballots.",
			[]row{{Q: "two"}, {Q: "61 percent", Subject: "Tomas Varga"}}},
		{"a possessive pronoun back to the last holder", pub + "Ilse Berger took 54 percent of the vote. Her rivals later disputed her 54.2 percent share, the commission said.",
			[]row{{Q: "54 percent", Subject: "Ilse Berger"}, {Q: "54.2 percent", Subject: "Ilse Berger"}}},
		{"a possessive pronoun of no one named is nobody's", pub + "Critics said his 61 percent share was inflated.",
			[]row{{Q: "61 percent"}}},
		{"a participle of winning after a relative clause", pub + "The poll board published the final results of the vote, in which Ada Moss's Civic Dawn came out ahead, winning 88 of the 210 seats.",
			[]row{{Q: "88", Subject: "Civic Dawn"}, {Q: "210", Subject: ""}}},
		{"a party whose name ends in a body's word holds its share", pub + "The poll board published the final results of the vote, in which the Harbour Front came second, winning 41 of the seats.",
			[]row{{Q: "41", Subject: "Harbour Front"}}},
	}, "direction")
}

func TestShareHolderWhereTheCountLeftThem(t *testing.T) {
	runStage(t, []stageCase{
		{"a verb of ending the race", pub + "Ilse Berger finished the race on 52.3% of the ballots.",
			[]row{{Q: "52.3%", Subject: "Ilse Berger"}}},
		{"a name before a participle of placing", pub + "Berger led on 52.3%, with Tomas Varga placing second at 40.6%.",
			[]row{{Q: "52.3%", Subject: "Berger"}, {Q: "40.6%", Subject: "Tomas Varga"}}},
		{"a party's name with 'and' in it", pub + "The Bread and Peace Party amassed 77 seats in the lower house.",
			[]row{{Q: "77", Subject: "Bread and Peace Party"}}},
		{"a possessive that is part of the name", pub + "In the end the Harbour People's Party took 31 seats.",
			[]row{{Q: "31", Subject: "Harbour People's Party"}}},
		{"a spaced hyphen sets off a list entry", pub + "Shares by candidate: Ilse Berger - 52.3%, Tomas Varga - 40.6%.",
			[]row{{Q: "52.3%", Subject: "Ilse Berger"}, {Q: "40.6%", Subject: "Tomas Varga"}}},
		{"a role set off after a name", pub + "Berger beat Varga easily, while Ada Moss, the candidate of the Harbour Front who won 3.1% of the vote, came last.",
			[]row{{Q: "3.1%", Subject: "Ada Moss"}}},
		{"a place before the role is no name set off", pub + "In Brenn, the incumbent won 40% of the vote.",
			[]row{{Q: "40%", Subject: "incumbent"}}},
		{"no candidate is nobody", pub + "As no candidate won more than 50% of the ballots, a second round follows.",
			[]row{{Q: "more than 50%"}}},
	}, "direction")
}

func TestTransferPrepositionOfItsClause(t *testing.T) {
	runStage(t, []stageCase{
		{"a relative clause's 'to' is its own verb's", pub + "On Monday Iran freed five American citizens who had been moved to a hotel in Oman.",
			[]row{{Q: "five", Subject: "Iran", Recipient: "United States"}}},
		{"refugees counted where they are", pub + "Most of the refugees in Uganda fled fighting in South Sudan. Officials in Uganda said 41,200 had registered by June.",
			[]row{{Q: "41,200", Subject: "Uganda"}}},
	}, "direction")
}

func TestOriginIsNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"arrivals from a country", pub + "Since January, 8,200 new arrivals mainly from the Central African Republic and Sudan were registered, officials in Chad said.",
			[]row{{Q: "8,200", Subject: "Chad"}}},
	}, "direction")
}

func TestWholeCountry(t *testing.T) {
	runStage(t, []stageCase{
		{"a clause that opens on 'nationwide'", pub + "Some 9,000 people marched in Lyon on Saturday. Nationwide, the French unions claimed a turnout of 410,000.",
			[]row{{Q: "Some 9,000", Subject: "Lyon"}, {Q: "410,000", Subject: "France"}}},
		{"'around the country' is the whole country", pub + "Some 9,000 people marched in Porto on Saturday, in Portugal's largest protest in years. Rallies were held in 60 towns around the country.",
			[]row{{Q: "Some 9,000", Subject: "Porto"}, {Q: "60", Subject: "Portugal"}}},
		{"'around the city' is not", pub + "Some 9,000 people marched in Porto on Saturday, in Portugal's largest protest in years. Police closed 12 roads around the city.",
			[]row{{Q: "Some 9,000", Subject: "Porto"}, {Q: "12", Subject: "Porto"}}},
		{"a crowd counted over many rallies", pub + "Strikes shut schools across Portugal on Thursday. The unions said 300,000 people took part in 150 rallies.",
			[]row{{Q: "300,000", Subject: "Portugal"}, {Q: "150", Subject: "Portugal"}}},
		{"a crowd counted by the interior ministry, and its rival count", pub + "Strikes shut schools across Portugal on Thursday. About 400,000 people marched, according to the unions, and 110,000 according to the interior ministry.",
			[]row{{Q: "About 400,000", Subject: "Portugal"}, {Q: "110,000", Subject: "Portugal"}}},
		{"a crowd with no place and no national source stays no place's", pub + "Strikes shut schools across Portugal on Thursday. About 4,000 people gathered outside the town hall, the unions said.",
			[]row{{Q: "About 4,000", Subject: ""}}},
		{"places counted by their nationality", pub + "The Belgian broadcaster RTBF said some 200 French towns held rallies.",
			[]row{{Q: "some 200", Subject: "France"}}},
		{"a region's country", pub + "About 31 million voters were called to the polls in Central Asia's country, where Kazakh officials reported a turnout of 54%.",
			[]row{{Q: "About 31 million", Subject: "Kazakhstan"}, {Q: "54%", Subject: "Kazakhstan"}}},
	}, "direction")
}

func TestRepatriatedToTheSpeakersSide(t *testing.T) {
	runStage(t, []stageCase{
		{"repatriated, said by their side", pub + "Russia has deported Ukrainian children, Kyiv says. Only 40 have been repatriated so far, Ukraine's ombudsman Petro Lys said.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Ukraine"}}},
	}, "direction")
}

func TestPlaceOfAReducedRelative(t *testing.T) {
	runStage(t, []stageCase{
		{"a participle tells of another noun", pub + "Thousands marched in Leeds on Sunday. Police said 8,000 people took part in the rally held to coincide with a summit in London.",
			[]row{{Q: "Thousands", Subject: "Leeds"}, {Q: "8,000", Subject: "Leeds"}}},
		{"a participle tells of the figure's things", pub + "The Ukrainian air force said it had downed 30 of the 45 drones launched by Russia overnight.",
			[]row{{Q: "30", Subject: "Ukraine"}, {Q: "45", Subject: "Russia"}}},
	}, "direction")
}

// The parties a text names, word by word: a phrase of the vocabulary
// (also with a possessive), a demonym, a plural demonym, a compound; "the"
// before a noun that starts no party's phrase is none.
func TestPartyAt(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text, at, party string
		n               int
		demonym         bool
	}{
		{"El Salvador's president spoke.", "El", "El Salvador", 2, false},
		{"Officials in the Kremlin said so.", "the", "Russia", 2, false},
		{"The spokesman said so.", "The", "", 0, false},
		{"the United States and Cuba", "the", "United States", 3, false},
		{"Two Americans were freed.", "Americans", "United States", 1, true},
		{"a Russian-Ukrainian deal", "Russian-Ukrainian", "Russia", 1, true},
		{"Ukraine's army", "Ukraine's", "Ukraine", 1, false},
		{"Ukrainian's family", "Ukrainian's", "Ukraine", 1, true},
	}
	for _, tc := range tests {
		d := x.read("t", "date: 2025-06-20\n\n"+tc.text+"\n", new(scratch))
		k := -1
		for i, tok := range d.toks {
			if d.text[tok.start:tok.end] == tc.at {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no token %q", tc.text, tc.at)
		}
		p, n, dem := d.partyAt(k)
		if p != tc.party || n != tc.n || dem != tc.demonym {
			t.Errorf("%q at %q: partyAt = %q, %d, %v; want %q, %d, %v", tc.text, tc.at, p, n, dem, tc.party, tc.n, tc.demonym)
		}
	}
}

// One name per party: compare groups claims by their parties' names, so a
// person named in full once and by surname after, or with a title in one
// story and without in the next, comes out under one name.
func TestOnePartyName(t *testing.T) {
	runStage(t, []stageCase{
		{"a title and a given name before a surname", pub + "The commission said President Mirela Kovac won 61.4% of the vote.",
			[]row{{Q: "61.4%", Subject: "Kovac"}}},
		{"a demonym and a title", pub + "Turnout was high, and Estonian Prime Minister Aino Tamm won 28.6% of the vote.",
			[]row{{Q: "28.6%", Subject: "Tamm"}}},
		{"a full name, then the surname alone", pub + "Tomas Halvorsen took 38.5% of the vote on Sunday. Halvorsen thanked his voters in a short speech.",
			[]row{{Q: "38.5%", Subject: "Halvorsen"}}},
		{"a full name the story never shortens stays whole", pub + "Officials said Lena Brask won 52% of the vote.",
			[]row{{Q: "52%", Subject: "Lena Brask"}}},
		{"a surname two names share is no one's", pub + "The Social Democrats won 31% and the Christian Democrats 24%, the commission said.",
			[]row{{Q: "31%", Subject: "Social Democrats"}, {Q: "24%", Subject: "Christian Democrats"}}},
		{"an event named by its place is the place the story counts in", pub + "Kars earthquake: 75 dead\n\nRescuers in Kars said on Friday that 75 people had died and 240 were injured.",
			[]row{{Q: "75", Subject: "Kars"}, {Q: "75", Subject: "Kars"}, {Q: "240", Subject: "Kars"}}},
		{"a place the story shortens keeps its full name", pub + "More than 300 migrants crossed the English Channel on Tuesday. The coastguard said 120 more people crossed the Channel on Wednesday.",
			[]row{{Q: "More than 300", Subject: "English Channel"}, {Q: "120", Subject: "English Channel"}}},
	}, "direction")
}

// A word after "Dr", "Mr" or "Ms" is a person's name, even when it is a
// demonym: "Dr Danish" is no mention of Denmark, and the story's parties,
// which fill a transfer's missing side, do not count it.
func TestNameAfterCourtesyTitle(t *testing.T) {
	runStage(t, []stageCase{
		{"a demonym as a surname", pub + "Dr Polish, who runs the clinic, said Kenya sent 40 nurses on Monday. Kenya and Uganda signed the plan.",
			[]row{{Q: "40", Subject: "Kenya", Recipient: "Uganda"}}},
	}, "direction")
}

// A place in the words that describe a speaker ("a lecturer at a
// university in Canada") says where the speaker works, not where the
// count was made.
func TestPlaceOfTheSpeakerIsNotTheCount(t *testing.T) {
	runStage(t, []stageCase{
		{"a place in the speaker's appositive", pub + "About 8,000 people marched in Porto on Saturday. Ana Reis, a lecturer in crowd studies at the University of Leeds in Britain, calculates that there were about 3 people per square meter at the peak.",
			[]row{{Q: "About 8,000", Subject: "Porto"}, {Q: "about 3", Subject: "Porto"}}},
	}, "direction")
}

func TestVehicleThatBroughtThem(t *testing.T) {
	runStage(t, []stageCase{
		{"a named vessel lands its people", pub + "The Coast Guard cutter Aegis brought 40 migrants to Valletta on Monday.",
			[]row{{Q: "40", Subject: "Coast Guard cutter Aegis"}}},
		{"a vessel of a named service, with its people on board", pub + "Later, another Navy ship docked in the port with 61 migrants on board.",
			[]row{{Q: "61", Subject: "Navy ship"}}},
		{"a demonym and a name around the noun", pub + "The British patrol vessel Sentinel landed another 22 migrants in Kent.",
			[]row{{Q: "22", Subject: "British patrol vessel Sentinel"}}},
		{"a vehicle told only by its kind is no actor", pub + "A fishing boat brought 35 migrants to shore near Catania.",
			[]row{{Q: "35", Subject: "Catania"}}},
		{"a service that is no vehicle keeps the place", pub + "The Italian Navy rescued 80 migrants off Sicily.",
			[]row{{Q: "80", Subject: "Sicily"}}},
		{"what befalls a vessel is no bringing", pub + "The ferry Aurora sank with 120 passengers on board off Crete.",
			[]row{{Q: "120", Subject: "Crete"}}},
	}, "direction")
}

// A named group after a country's possessive ("Mali's Ansar Dine
// fighters") acts as itself: the country only says where it is.
func TestGroupAfterCountrysPossessive(t *testing.T) {
	runStage(t, []stageCase{
		{"a group and its noun, a day between it and the verb", pub + "Sudan's Rapid Support Forces on Friday released 64 prisoners of war.",
			[]row{{Q: "64", Subject: "Rapid Support Forces", Recipient: ""}}},
		{"a group's name and the word for its fighters", pub + "Mali's Ansar Dine fighters freed 14 hostages near Kidal.",
			[]row{{Q: "14", Subject: "Ansar Dine fighters", Recipient: ""}}},
		{"a group's name alone, then the verb", pub + "Somalia's al-Shabaab handed over nine bodies to Kenya on Monday.",
			[]row{{Q: "nine", Subject: "al-Shabaab", Recipient: "Kenya"}}},
		{"a country's own body stays the country's", pub + "Niger's army freed 30 prisoners on Friday.",
			[]row{{Q: "30", Subject: "Niger", Recipient: ""}}},
		{"a country's possessive before a title is the country's", pub + "Chad's President released 40 detainees to Sudan.",
			[]row{{Q: "40", Subject: "Chad", Recipient: "Sudan"}}},
	}, "direction")
}

// A count in a relative clause of holding ("Hamas, which holds 59
// hostages") is the holder's: the party the clause hangs on.
func TestHolderOfARelative(t *testing.T) {
	runStage(t, []stageCase{
		{"a party that holds people", pub + "Talks resumed in Cairo. The Houthis, who still hold 140 captives, said they wanted a broader deal.",
			[]row{{Q: "140", Subject: "Houthis", Recipient: ""}}},
		{"a group that has fighters", pub + "Fighting went on in Darfur. The RSF, which has some 100,000 fighters, denied the claim.",
			[]row{{Q: "some 100,000", Subject: "RSF", Recipient: ""}}},
		{"a place that had homes stays the place", pub + "Rescue work went on in Nepal. The village of Dara, which had 300 homes, was flattened.",
			[]row{{Q: "300", Subject: "Dara", Recipient: ""}}},
		{"what befell the party is no holding", pub + "Fighting went on in Darfur. The army, which lost 27 soldiers in the clashes, said the town was calm.",
			[]row{{Q: "27", Subject: "", Recipient: ""}}},
	}, "direction")
}

// A count with no place named is of the place of the story's first count,
// unless it is counted over a long period (a year's deaths at sea are not
// one port's); a period that only tells what the figure is compared with
// does not count.
func TestPlaceOfTheFirstCountPastAComparison(t *testing.T) {
	runStage(t, []stageCase{
		{"a year in the comparison", pub + "Agents stopped 12,400 migrants along the northern border in May.\n\nWith the evasions added, May's figures reach some 15,000, more than any other month this year.",
			[]row{{Q: "12,400", Subject: "northern border"}, {Q: "some 15,000", Subject: "northern border"}}},
		{"a count over the year", pub + "Agents stopped 12,400 migrants along the northern border in May.\n\nThis year some 61,000 migrants have been stopped.",
			[]row{{Q: "12,400", Subject: "northern border"}, {Q: "some 61,000", Subject: ""}}},
	}, "direction")
}

// The country of the people counted ("4 U.S. citizens") is their own, no
// place the story counts in: a later count with no place named does not
// take it.
func TestCountryOfThePeopleIsNoPlaceOfTheStory(t *testing.T) {
	runStage(t, []stageCase{
		{"citizens of a country among captives", pub + "Gunmen seized 12 aid workers on Monday as they drove to a clinic, Malian police said.\n\n" +
			"The captives are 4 U.S. citizens and one Canadian.\n\nAt least 230 people were kidnapped in the first half of 2025, a monitoring group said.",
			[]row{{Q: "12", Subject: "Mali"}, {Q: "4", Subject: "United States"}, {Q: "one", Subject: "United States"}, {Q: "At least 230", Subject: "Mali"}}},
		{"a place named is the story's", pub + "Gunmen seized 12 aid workers on Monday, Malian police said.\n\n" +
			"Kidnappers took 4 traders in Niger the same week.\n\nAt least 230 people were kidnapped in the first half of 2025, a monitoring group said.",
			[]row{{Q: "12", Subject: "Mali"}, {Q: "4", Subject: "Niger"}, {Q: "At least 230", Subject: "Niger"}}},
	}, "direction")
}

// A place that is the subject of a verb by which a place counts ("saw",
// "recorded", "accounts for") is the place of the figure: "Lampedusa saw
// 900 arrivals". An organisation that records is no place, nor is a
// clause whose verb is of another kind.
func TestPlaceThatCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"a region that accounts for a part", pub + "Across Peru, 8,200 people are listed as missing. Loreto alone accounts for roughly 1,900 of them.",
			[]row{{Q: "8,200", Subject: "Peru"}, {Q: "roughly 1,900", Subject: "Loreto"}}},
		{"a state that recorded a share", pub + "Turnout in the national vote reached 61 percent. Kerala recorded the highest turnout, at 78.2%.",
			[]row{{Q: "61 percent", Subject: ""}, {Q: "78.2%", Subject: "Kerala"}}},
		{"a state after and, its verb left out", pub + "Kerala recorded the highest turnout, at 78.2%, and Bihar the lowest, at 49.1%.",
			[]row{{Q: "78.2%", Subject: "Kerala"}, {Q: "49.1%", Subject: "Bihar"}}},
		{"an island that saw arrivals", pub + "Migrant arrivals in Italy rose in May. Lampedusa saw 4,300 arrivals in the month.",
			[]row{{Q: "4,300", Subject: "Lampedusa"}}},
		{"an agency that recorded is no place", pub + "Migrant arrivals in Italy rose in May. The UNHCR recorded 4,300 arrivals in the month.",
			[]row{{Q: "4,300", Subject: "Italy"}}},
		{"a sector that accounts for a share of a country's", pub + "Tourism accounts for some 12% of Greece's output.",
			[]row{{Q: "some 12%", Subject: "Greece"}}},
		{"a subject with another verb", pub + "Migrant arrivals in Italy rose in May. Rossi said 4,300 people arrived in the month.",
			[]row{{Q: "4,300", Subject: "Italy"}}},
	}, "direction")
}

func TestShareHolderOfAListEntry(t *testing.T) {
	runStage(t, []stageCase{
		{"a name set off by a dash", pub + "The Farmers' Union leads with 48.2%, ahead of the Green Alliance with 21.5%; the Civic Party – 9.8%; the Workers' League – 6.1%.",
			[]row{{Q: "48.2%", Subject: "Farmers' Union"}, {Q: "21.5%", Subject: "Green Alliance"}, {Q: "9.8%", Subject: "Civic Party"}, {Q: "6.1%", Subject: "Workers' League"}}},
		{"seats after a dash", pub + "On these figures the Green Alliance would take about 60 seats and the Civic Party – 8 seats.",
			[]row{{Q: "about 60", Subject: "Green Alliance"}, {Q: "8", Subject: "Civic Party"}}},
		{"a name set off by a colon", pub + "Provisional shares of the vote were announced on Monday. Green Alliance: 21.5 percent.",
			[]row{{Q: "21.5 percent", Subject: "Green Alliance"}}},
		{"a share in brackets after its place", pub + "Some 40 percent of the arrivals landed in Italy, the rest in Greece (27%) and Spain (33%).",
			[]row{{Q: "Some 40 percent", Subject: "Italy"}, {Q: "27%", Subject: "Greece"}, {Q: "33%", Subject: "Spain"}}},
		{"a dash after no name is nobody's", pub + "Turnout was low – 38% of those registered.",
			[]row{{Q: "38%"}}},
	}, "direction")
}

func TestShareHolderNamedBeforeItsAcronym(t *testing.T) {
	runStage(t, []stageCase{
		{"the acronym in brackets before the verb", pub + "The centrist Civic Alliance (CA) had 31 percent, state radio said.",
			[]row{{Q: "31 percent", Subject: "Civic Alliance"}}},
		{"a possessive inside the name the acronym spells", pub + "Ivanov's main rival Rural People's Party (RPP) has 21.4% of the vote.",
			[]row{{Q: "21.4%", Subject: "Rural People's Party"}}},
		{"a name with 'and' that the acronym spells", pub + "Markov's Law and Order Party (LOP) has gained 44.5% of the vote.",
			[]row{{Q: "44.5%", Subject: "Law and Order Party"}}},
		{"the candidate from the party the acronym names", pub + "The lawyer Mira Lenz from the small Rural Workers Party (RWP) got 4.2 percent.",
			[]row{{Q: "4.2 percent", Subject: "Mira Lenz"}}},
		{"a possessive of the leader still cut", pub + "Ana Lind's Farmers Party had 28 percent.",
			[]row{{Q: "28 percent", Subject: "Farmers Party"}}},
	}, "direction")
}

func TestNoHolderOpensASentence(t *testing.T) {
	runStage(t, []stageCase{
		{"a preposition opening the sentence", pub + "With 80% of the ballots counted in Freedonia, the mayor stood at 54.7%.",
			[]row{{Q: "80%", Subject: "Freedonia"}, {Q: "54.7%", Subject: "Freedonia"}}},
		{"a number modifier opening the sentence", pub + "In Moldova, 60 seats go to party lists. Remaining 40 seats are filled in districts.",
			[]row{{Q: "60", Subject: "Moldova"}, {Q: "40"}}},
		{"a change is no share of a vote", pub + "In Freedonia, irregular crossings over the southern border increased by 48% to 9,100.",
			[]row{{Q: "48%", Subject: "Freedonia"}, {Q: "9,100", Subject: "Freedonia"}}},
		{"a name opening the sentence still holds", pub + "Labour won 41% of the vote in Freedonia.",
			[]row{{Q: "41%", Subject: "Labour"}}},
	}, "direction")
}

func TestShareHolderByItsPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a rank between the name and the share", pub + "Ilse Berger won 58 percent, with her rival Tomas Varga second with about 31 percent.",
			[]row{{Q: "58 percent", Subject: "Ilse Berger"}, {Q: "about 31 percent", Subject: "Tomas Varga"}}},
		{"came third on", pub + "The Civic Party came third on 9.4%, ahead of the Greens.",
			[]row{{Q: "9.4%", Subject: "Civic Party"}}},
	}, "direction")
}

// A name in the possessive before the weapon of an attack is who struck,
// not the place the figure counts in: the place hit is.
func TestPlaceHitNotAttacker(t *testing.T) {
	runStage(t, []stageCase{
		{"a country's drone strike on a city", pub + "Russia's drone strike on Odesa killed 12 people overnight.",
			[]row{{Q: "12", Subject: "Odesa"}}},
		{"the toll of a country's missile attack", pub + "The toll from Moldovia's rocket attack on Lviv rose to nine, the mayor said.",
			[]row{{Q: "nine", Subject: "Lviv"}}},
		// Negatives: a possessive before what is counted stays its holder.
		{"a country's weapons counted", pub + "Ukraine's missile stock has shrunk to 300, analysts said.",
			[]row{{Q: "300", Subject: "Ukraine"}}},
		{"a country's people counted", pub + "Poland's 40 soldiers left the base on Monday.",
			[]row{{Q: "40", Subject: "Poland"}}},
	}, "direction")
}

// A page that sets its paragraphs one a line and only its furniture apart
// with a blank line: a line longer than any wrapped by hand that ends a
// sentence closes its paragraph, so a town named at its end is not carried
// to the counts of the next line; a text wrapped by hand keeps its lines
// in one paragraph.
func TestParagraphPerLine(t *testing.T) {
	const lead = "The toll across Peru from Sunday's earthquake has climbed to 310, the interior ministry said on Tuesday, " +
		"while in the southern city of Arequipa alone the toll has reached 95 so far.\n"
	runStage(t, []stageCase{
		{"a long line that ends a sentence", pub + lead + "Some 4,200 homes have been destroyed, officials said.\n\nShare this story\n",
			[]row{{Q: "310", Subject: "Peru"}, {Q: "95", Subject: "Arequipa"}, {Q: "Some 4,200", Subject: "Peru"}}},
		// Negatives: short lines wrapped by hand stay one paragraph.
		{"a text wrapped by hand", pub + "Rescuers in Peru said on Tuesday that 310 had died.\n\nIn Arequipa, rescuers said 95 people\nhad died.\nSome 400 homes were destroyed there.\n",
			[]row{{Q: "310", Subject: "Peru"}, {Q: "95", Subject: "Arequipa"}, {Q: "Some 400", Subject: "Arequipa"}}},
		{"a text with no blank line", pub[:len(pub)-1] + lead + "Some 4,200 homes have been destroyed, officials said.\n",
			[]row{{Q: "310", Subject: "Peru"}, {Q: "95", Subject: "Arequipa"}, {Q: "Some 4,200", Subject: "Peru"}}},
	}, "direction")
}

// A name in the possessive before an event noun in small letters is who
// did it, no name of the event: the count stays the story's place.
func TestPossessiveIsNoEventName(t *testing.T) {
	const lead = "More than 40 people have died in Kadugli since May, aid workers said.\n"
	runStage(t, []stageCase{
		{"a group's shelling", pub + lead + "The agency condemned the RSF’s shelling of a clinic, which killed three nurses.\n",
			[]row{{Q: "More than 40", Subject: "Kadugli"}, {Q: "three", Subject: "Kadugli"}}},
		// Negative: a place in the possessive stays the count's.
		{"a country's name before the event", pub + lead + "The agency condemned the Kenya’s shelling of a clinic, which killed three nurses.\n",
			[]row{{Q: "More than 40", Subject: "Kadugli"}, {Q: "three", Subject: "Kenya"}}},
	}, "direction")
}

// A list of nationalities names where the people counted come from, not
// the story's sides; a country's other names ("the UK") are the country;
// a word pointing back ("This is 12% less") holds no share.
func TestNationalitiesAreNoStoryCountry(t *testing.T) {
	runStage(t, []stageCase{
		{"origins listed after the host named", pub + "Fewer people were deported from the UK this spring, a report said.\n\n" +
			"Some 2,400 were deported between April and June.\n\nThe most common origins were Albanian, Iraqi, Eritrean and Sudanese.",
			[]row{{Q: "Some 2,400", Subject: "United Kingdom"}}},
		{"a word pointing back holds no share", pub + "Fewer people were deported from the UK this spring, a report said.\n\n" +
			"This is 12% less than in the spring before.\n\nThe most common origins were Albanian, Iraqi, Eritrean and Sudanese.",
			[]row{{Q: "12%", Subject: "United Kingdom"}}},
	}, "direction")
}

// A crowd counted over many towns or rallies is the whole country's, and
// so is the count of towns; a story that counts the whole country first
// carries the country, not the first town named, to a later paragraph's
// count with no place; a relative clause opened by "where" counts in the
// place before it.
func TestNationalCountsAndTheirTowns(t *testing.T) {
	runStage(t, []stageCase{
		{"rallies in many towns", pub + "Some 3,000 people rallied in Lyon on Saturday against the French pension law.\n\n" +
			"A week earlier, marches called by the unions in 40 towns drew 90,000 marchers, the organisers said.",
			[]row{{Q: "Some 3,000", Subject: "Lyon"}, {Q: "40", Subject: "France"}, {Q: "90,000", Subject: "France"}}},
		{"the next figure's rallies", pub + "Some 3,000 people rallied in Lyon on Saturday against the French pension law.\n\n" +
			"Organisers put the crowd at 9,000 in the old town, and 20,000 at other rallies.",
			[]row{{Q: "Some 3,000", Subject: "Lyon"}, {Q: "9,000", Subject: "Lyon"}, {Q: "20,000", Subject: "France"}}},
		{"the country counted first", pub + "Nearly 900,000 people marched against the French pension law on Tuesday, according to the interior ministry.\n\n" +
			"In Lyon, the unions counted 30,000 marchers.\n\nPolice made 85 arrests during the day.",
			[]row{{Q: "Nearly 900,000", Subject: "France"}, {Q: "30,000", Subject: "Lyon"}, {Q: "85", Subject: "France"}}},
		{"where", pub + "Crowds were large in Lille and, above all, Nantes, where police counted 12,000 marchers.",
			[]row{{Q: "12,000", Subject: "Nantes"}}},
	}, "direction")
}

// Where something was posted is no place of what it counts ("on his
// Facebook page"), and a participle of giving right before the people
// counted ("40 freed Georgian soldiers") hands them over.
func TestPostedIsNoPlaceAndFreedBeforeThePeople(t *testing.T) {
	runStage(t, []stageCase{
		{"a list posted on a page", pub + "Georgia and Russia ended their talks. The Georgian premier posted on his Facebook page a list of 40 freed Georgian soldiers.",
			[]row{{Q: "40", Subject: "Russia", Recipient: "Georgia"}}},
		{"a count posted on a website", pub + "Flooding hit Kenya in May. Officials wrote on the Health Ministry's website that 120 people had died.",
			[]row{{Q: "120", Subject: "Kenya"}}},
	}, "direction")
}

// A place past a comma and a word that opens another clause (", as",
// ", while") is that clause's, not the count's.
func TestPlaceOfAClauseSetOffAfter(t *testing.T) {
	runStage(t, []stageCase{
		{"as", pub + "Some 2,000 people fled to Chad in a week, the agency said.\n\nThe tally stands at 61,000, as fighting spreads across Sudan.",
			[]row{{Q: "Some 2,000", Subject: "Chad"}, {Q: "61,000", Subject: "Chad"}}},
	}, "direction")
}

// A stretch of the calendar tells when, never where or of what event a
// count is; nor is a government named by its seat ("the Centre") a place.
func TestCalendarAndSeatAreNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a fiscal year", pub + "Agents at the northern border stopped 1.9 million people in Fiscal Year 2019.",
			[]row{{Q: "1.9 million", Subject: "northern border"}}},
		{"a month of fasting", pub + "Floods hit Bangladesh last week.\n\nAid workers reached 400 families during the holy month of Ramadan.",
			[]row{{Q: "400", Subject: "Bangladesh"}}},
		{"the seat of government", pub + "Indian voters chose a new parliament on Monday.\n\nNine independent candidates have also won seats and may tip the balance for whoever governs at the Centre.",
			[]row{{Q: "Nine", Subject: "India"}}},
		// Negative: a named centre is a place.
		{"a named centre", pub + "Doctors treated 30 people at the Rubin Centre on Sunday.",
			[]row{{Q: "30", Subject: "Rubin Centre"}}},
	}, "direction")
}

// A party named as one person's state ("an EU citizen", "a British
// national") is no place of the count.
func TestOnePersonsStateIsNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"a citizen", pub + "Norway let 80 asylum seekers stay last year.\n\nSix were children of an EU citizen.",
			[]row{{Q: "80", Subject: "Norway"}, {Q: "Six", Subject: "Norway"}}},
	}, "direction")
}

// A sentence of a few words that only names a place ("Next, in Lyon.")
// places the counts its paragraph goes on to give.
func TestPlaceOfAFragment(t *testing.T) {
	runStage(t, []stageCase{
		{"a fragment", pub + "Rallies against the law drew big crowds across Spain on Sunday, with 2 million marching nationwide.\n\nFirst in Madrid. Around 300,000 people marched, organisers said.",
			[]row{{Q: "2 million", Subject: "Spain"}, {Q: "Around 300,000", Subject: "Madrid"}}},
		// Negative: a sentence with a verb is no fragment.
		{"a sentence", pub + "Rallies against the law drew big crowds across Spain on Sunday, with 2 million marching nationwide.\n\nIt rained in Madrid. Around 300,000 people marched, organisers said.",
			[]row{{Q: "2 million", Subject: "Spain"}, {Q: "Around 300,000", Subject: "Spain"}}},
	}, "direction")
}

// Figures set against the count before them in their sentence ("ten
// times less than the 160,000 …") are of that count's place.
func TestComparedFigureTakesItsPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"times less than", pub + "Strikers marched across Italy on Friday.\n\nA few cities stood apart, such as Pisa (2,000 to 5,000) and Naples, where police counted 9,000 marchers, five times less than the 45,000 the unions claimed.",
			[]row{{Q: "2,000 to 5,000", Subject: "Pisa"}, {Q: "9,000", Subject: "Naples"}, {Q: "five", Subject: "Naples"}, {Q: "45,000", Subject: "Naples"}}},
	}, "direction")
}

// A count whose clause names no place takes the place of the event a
// clause after it says it followed.
func TestPlaceOfTheEventFollowed(t *testing.T) {
	runStage(t, []stageCase{
		{"after a protest", pub + "Hungary's interior minister said on Monday that police detained 52 people after a protest in central Szeged turned violent.",
			[]row{{Q: "52", Subject: "Szeged"}}},
		// Negative: a clause of what happens meanwhile is another's.
		{"as fighting spreads", pub + "Some 2,000 people fled to Chad in a week, the agency said.\n\nThe tally stands at 61,000, as a protest in Khartoum grows.",
			[]row{{Q: "Some 2,000", Subject: "Chad"}, {Q: "61,000", Subject: "Chad"}}},
	}, "direction")
}

// A capital the vocabulary names as its country's government
// ("Washington" for the United States) is still a city where a crowd
// gathers: the crowd is the city's, as a crowd in any other capital is.
func TestCrowdInACapitalThatNamesAGovernment(t *testing.T) {
	runStage(t, []stageCase{
		{"a relative clause names the capital", pub + "Organisers say some 90,000 people who turned out at the rally in Washington wanted the war to end.",
			[]row{{Q: "some 90,000", Subject: "Washington"}}},
		{"the capital in the figure's clause", pub + "About 40,000 marched through Washington on Sunday.",
			[]row{{Q: "About 40,000", Subject: "Washington"}}},
	}, "direction")
}

// The side named after "with" or "against" a noun of fighting is the
// enemy, not the place of the count: "lost in the war with X".
func TestEnemyOfTheWarIsNoPlace(t *testing.T) {
	runStage(t, []stageCase{
		{"the war with", pub + "The general said in May that about 20,000 Moldovan soldiers had died in the war with Russia.",
			[]row{{Q: "about 20,000", Subject: "Moldova"}}},
		{"fighting against", pub + "Georgia says 90 of its soldiers died fighting against Russia last month.",
			[]row{{Q: "90", Subject: "Georgia"}}},
	}, "direction")
}

// A place a story abbreviates by its dotted initials ("L.A.") after
// spelling it out once is one party, under the name spelled out.
func TestInitialsOfAPlaceSpelledOut(t *testing.T) {
	runStage(t, []stageCase{
		{"initials after the full name", pub + "Los Angeles saw a big march on Sunday. Organisers said 30,000 filled L.A. streets, and police put the crowd in L.A. at 12,000.",
			[]row{{Q: "30,000", Subject: "Los Angeles"}, {Q: "12,000", Subject: "Los Angeles"}}},
	}, "direction")
}

func TestWhereItWasToldAndHowFarTheCount(t *testing.T) {
	runStage(t, []stageCase{
		{"a news conference's place is where it was told", pub + "Chileans voted in a referendum on Sunday. At a news conference in the capital, Santiago, the board chief told reporters that turnout was 61%.",
			[]row{{Q: "61%", Subject: "Chile"}}},
		{"the count's stage before the share", pub + "Peruvians voted on Sunday. After counting 64% of the ballots, Lenz had 51.2%.",
			[]row{{Q: "64%", Subject: "Peru"}, {Q: "51.2%", Subject: "Lenz"}}},
	}, "direction")
}
