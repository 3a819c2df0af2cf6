package text

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/google/go-cmp/cmp"
)

func TestReadMeta(t *testing.T) {
	type got struct {
		Body                         string // the first words of the body
		Published                    string
		Outlet, URL, Title, Dateline string
		Wire                         string
		Day                          string // the dateline's day
	}
	tests := []struct {
		name, text string
		want       got
	}{
		{"date line", " date 2025-06-20 Kyiv/Moscow, June 20 (IANS) Russia said",
			got{Body: "Kyiv/Moscow,", Published: "2025-06-20", Dateline: "Kyiv/Moscow", Wire: "IANS", Day: "2025-06-20"}},
		{"header", "date: 2024-05-31\noutlet: Baltic Wire Review\nurl: https://example.org/a\ntitle: A swap\n\nUkraine and Russia",
			got{Body: "Ukraine", Published: "2024-05-31", Outlet: "Baltic Wire Review", URL: "https://example.org/a", Title: "A swap"}},
		{"tass", "MOSCOW, June 16. /TASS/. Russia has",
			got{Body: "MOSCOW,", Dateline: "MOSCOW", Wire: "TASS"}},
		{"reuters", "LONDON (Reuters) - Britain said",
			got{Body: "LONDON", Dateline: "LONDON", Wire: "Reuters"}},
		{"no header", "Police said 40 people were hurt.",
			got{Body: "Police"}},
		{"headline", "Russia and Ukraine swap 84 prisoners\n\nKYIV, May 2 (Reuters) - Russia and Ukraine swapped 84 prisoners each.",
			got{Body: "Russia", Title: "Russia and Ukraine swap 84 prisoners", Dateline: "KYIV", Wire: "Reuters"}},
		{"date line after a header", "url: https://example.org/a\ndate: 2025-06-21\n\n date 2025-06-20 Rebels freed 12 hostages.",
			got{Body: "Rebels", Published: "2025-06-21", URL: "https://example.org/a"}},
		{"page timestamp", "Monday, 4 March 2024\nPolice said 40 people were hurt.",
			got{Body: "Monday,"}},
		{"month only", " date 2023-11 Rebels free 12 hostages\n\nGAZA, Nov 24 (AFP) - Rebels freed 12 hostages.",
			got{Body: "Rebels", Title: "Rebels free 12 hostages", Dateline: "GAZA", Wire: "AFP"}},
		{"bad date", "date: 2025-13-40\n\nText.", got{Body: "Text."}},
		{"a dateline's day without a wire", "date: 2025-06-20\n\nKYIV, June 19 — Ukraine said",
			got{Body: "KYIV,", Published: "2025-06-20", Day: "2025-06-19"}},
		{"a dateline's day with a colon", "date: 2025-06-20\n\nLille, 19 June: About 12,000 people",
			got{Body: "Lille,", Published: "2025-06-20", Day: "2025-06-19"}},
		{"a dateline's day with its country and year", "date: 2025-06-20\n\nLAMPEDUSA, Italy, June 18, 2025 (AP) - About 600",
			got{Body: "LAMPEDUSA,", Published: "2025-06-20", Dateline: "LAMPEDUSA", Wire: "AP", Day: "2025-06-18"}},
		{"a dateline of December in January", "date: 2025-01-01\n\nKYIV, Dec. 31 — Ukraine said",
			got{Body: "KYIV,", Published: "2025-01-01", Day: "2024-12-31"}},
		{"a date in the lead's words is no dateline", "date: 2025-06-20\n\nUkraine, Russia agreed on June 19 to swap 84 prisoners.",
			got{Body: "Ukraine,", Published: "2025-06-20"}},
		{"an agency's acronym in the lead is no wire", "date: 2025-06-20\n\nThe Statistics Board (SB) said on Friday that 61% of voters took part.",
			got{Body: "The", Published: "2025-06-20"}},
		{"a wire after a place in mixed case and a dash", "Geneva (XNA) - The agency said",
			got{Body: "Geneva", Dateline: "Geneva", Wire: "XNA"}},
		{"not a header", "Note: the figures are provisional.\n\nText.", got{Body: "Note:"}},
	}
	lx := newLexicon()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := readMeta(tc.text, lx)
			body := tc.text[m.body:]
			if i := indexSpace(body); i >= 0 {
				body = body[:i]
			}
			g := got{Body: body, Published: m.published.String(), Outlet: m.outlet, URL: m.url, Title: m.title,
				Dateline: m.dateline, Wire: m.wire}
			if m.datelineDay.IsValid() {
				g.Day = m.datelineDay.String()
			}
			if diff := cmp.Diff(tc.want, g); diff != "" {
				t.Errorf("readMeta(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func indexSpace(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\n' {
			return i
		}
	}
	return -1
}

// sentencesOf splits text as the extractor does.
func sentencesOf(text string) ([]string, []string) {
	x := New(Options{})
	d := x.read("t", text, new(scratch))
	var ss, qs []string
	for _, s := range d.sents {
		ss = append(ss, text[d.toks[s.first].start:d.toks[s.last].end])
	}
	for _, q := range d.quotes {
		qs = append(qs, text[d.toks[q.first].start:d.toks[q.last].end])
	}
	return ss, qs
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations", "Lt. Gen. Ivan Petrov said 40 were freed. The U.S. envoy disagreed.",
			[]string{"Lt. Gen. Ivan Petrov said 40 were freed.", "The U.S. envoy disagreed."}},
		{"month abbreviation", "On Jan. 5 the ministry said 300 had died. Rescuers kept digging.",
			[]string{"On Jan. 5 the ministry said 300 had died.", "Rescuers kept digging."}},
		{"initials", "J. R. Smith said 12 people were hurt. Police agreed.",
			[]string{"J. R. Smith said 12 people were hurt.", "Police agreed."}},
		{"closing quote stays", "\"We freed 50.\" He said so.",
			[]string{"\"We freed 50.\"", "He said so."}},
		{"paragraphs", "No stop\n\nSecond paragraph.",
			[]string{"No stop", "Second paragraph."}},
		{"decimal", "Turnout was 66.6 percent. It rose.",
			[]string{"Turnout was 66.6 percent.", "It rose."}},
		{"question", "How many died? Nobody knows.",
			[]string{"How many died?", "Nobody knows."}},
		{"lowercase after stop", "He cited approx. 40 cases. Then left.",
			[]string{"He cited approx. 40 cases.", "Then left."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := sentencesOf(tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"straight", `"We freed 50," he said.`, []string{`We freed 50,`}},
		{"curly", "“We freed 50. We want more,” he said.", []string{"We freed 50. We want more,"}},
		{"scare quotes are names", `They agreed on an "all-for-all" swap.`, nil},
		{"a term with the sentence's stop inside the marks", "Some 4,000 ballots were counted as “blank.” Two were lost.", nil},
		{"a term with a comma inside the marks", "The board listed them as “spoilt,” not void.", nil},
		{"a short quote of speech keeps its stop", "He said: “We won.” Then he left.", []string{"We won."}},
		{"over paragraphs", "\"We freed 50.\n\n\"We will free 40 more,\" she said.", []string{"We freed 50.\n\n\"We will free 40 more,"}},
		{"unterminated", "\"We freed 50.\n\nPolice said 3 died.", []string{"We freed 50."}},
		{"two quotes", `"One," he said. "Two, three."`, []string{"One,", "Two, three."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := sentencesOf(tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quotes of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

const pub = "date: 2025-06-20\noutlet: Test Times\n\n" // a Friday

func TestSpeaker(t *testing.T) {
	runStage(t, []stageCase{
		{"title, name, country", pub + "Russian President Vladimir Putin said 500 prisoners had been freed.",
			[]row{{Q: "500", Speaker: "Vladimir Putin", Role: "President", Affil: "Russia"}}},
		{"quote then pronoun", pub + "Ukrainian Foreign Minister Andrii Sybiha spoke first. \"We got back 300 soldiers,\" he said.",
			[]row{{Q: "300", Speaker: "Andrii Sybiha", Role: "Foreign Minister", Affil: "Ukraine"}}},
		{"speaker before quote", pub + "Kremlin aide Vladimir Medinsky said: \"We have handed over 6,060 bodies.\"",
			[]row{{Q: "6,060", Speaker: "Vladimir Medinsky", Role: "aide", Affil: "Russia"}}},
		{"inverted", pub + "About 1,200 prisoners were exchanged, said the Russian defence ministry.",
			[]row{{Q: "About 1,200", Speaker: "Russian defence ministry", Affil: "Russia"}}},
		{"according to", pub + "According to the regional governor, 14 people were killed.",
			[]row{{Q: "14", Speaker: "regional governor", Role: "governor"}}},
		{"description back to name", pub + "President Emmanuel Macron spoke on Monday. Police said 3,000 marched. \"We counted 90,000,\" the president said.",
			[]row{{Q: "3,000", Speaker: "police"}, {Q: "90,000", Speaker: "Emmanuel Macron", Role: "President"}}},
		{"multi-sentence quote attributed at the end", pub + "Putin spoke. \"We have freed 500. We have received 400. We want more,\" the Russian leader said.",
			[]row{{Q: "500", Speaker: "Putin", Affil: "Russia"}, {Q: "400", Speaker: "Putin", Affil: "Russia"}}},
		{"ministry then it", pub + "The Ukrainian interior ministry said 40 people were evacuated. Another 30 were rescued, it added.",
			[]row{{Q: "40", Speaker: "Ukrainian interior ministry", Affil: "Ukraine"}, {Q: "30", Speaker: "Ukrainian interior ministry", Affil: "Ukraine"}}},
		{"outlet's voice", pub + "A total of 1,480 residents were evacuated on Tuesday.",
			[]row{{Q: "1,480", Speaker: "Test Times", Role: "outlet"}}},
		{"according to right after the figure", pub + "In Paris, police counted 87,000 demonstrators, against 500,000 according to the CGT union.",
			[]row{{Q: "87,000", Speaker: "police"}, {Q: "500,000", Speaker: "CGT union"}}},
		{"official estimates are no speaker", pub + "The protest drew 1.12 million people by official estimates.",
			[]row{{Q: "1.12 million", Speaker: "Test Times", Role: "outlet"}}},
		{"two according to", pub + "At least 500 died, 200 of them in the south, according to the army, and the rest in the north, according to a rescue group.",
			[]row{{Q: "At least 500", Speaker: "army"}, {Q: "200", Speaker: "army"}}},
		{"two speakers in one sentence", pub + "In Paris, police counted 81,000 marchers, while the CGT union estimated the crowd at 700,000.",
			[]row{{Q: "81,000", Speaker: "police"}, {Q: "700,000", Speaker: "CGT union"}}},
		{"wire credit is not a speaker", pub + "The ministry said 75 soldiers were freed, Xinhua news agency reported.",
			[]row{{Q: "75", Speaker: "ministry"}}},
		{"appositive", pub + "Vladimir Medinsky, the Kremlin aide who led the talks, said 78 bodies had come back.",
			[]row{{Q: "78", Speaker: "Vladimir Medinsky", Role: "aide", Affil: "Russia"}}},
		{"modifier is no head", pub + "About 36% of trains ran on Thursday, said the national rail operator.",
			[]row{{Q: "About 36%", Speaker: "national rail operator"}}},
		{"relative clause", pub + "The Lakeside Relief Network, which runs shelters along the river, said at least 40 people had died.",
			[]row{{Q: "at least 40", Speaker: "Lakeside Relief Network"}}},
		{"acronym in brackets", pub + "The toll rose to 212, the Coastal Emergency Agency (CEA) said.",
			[]row{{Q: "212", Speaker: "Coastal Emergency Agency (CEA)"}}},
		{"according to a count by", pub + "About 51% voted yes, according to a quick count by the Civic Ballot Watch.",
			[]row{{Q: "About 51%", Speaker: "Civic Ballot Watch"}}},
		{"a poll", pub + "A survey published by the daily Tagesfeld found that 64 percent backed the strike.",
			[]row{{Q: "64 percent", Speaker: "Tagesfeld"}}},
		{"passive recorded is no speaker", pub + "Strikes were recorded at 14 sites, the air force said.",
			[]row{{Q: "14", Speaker: "air force"}}},
		{"the attribution that closes the sentence", pub + "Russia returned 1,000 bodies it says are Ukrainian, officials from both countries said on Friday.",
			[]row{{Q: "1,000", Speaker: "officials from both countries"}}},
		{"the group named before", pub + "Food was handed out by the rights group Lakewatch. \"At least 70 people died,\" the group said.",
			[]row{{Q: "At least 70", Speaker: "Lakewatch"}}},
		{"names with for and titles", pub + "The Association for Civil Liberties says 40 people were detained. The United Nations estimates that 12,000 people have fled.",
			[]row{{Q: "40", Speaker: "Association for Civil Liberties"}, {Q: "12,000", Speaker: "United Nations", Affil: "United Nations"}}},
		{"plural common nouns", pub + "Aid groups said 5,000 children were affected.", []row{{Q: "5,000", Speaker: "Aid groups"}}},
		{"a modifier inside a name", pub + "The Riverside Emergency Rooms, a volunteer network, said 70 people were killed.",
			[]row{{Q: "70", Speaker: "Riverside Emergency Rooms"}}},
		{"a modifier inside a name after a description", pub + "\"At least 40 died,\" said the aid network Valley Health Watch.",
			[]row{{Q: "At least 40", Speaker: "aid network Valley Health Watch"}}},
		{"a national body, passive", pub + "Some 300 members were counted by the National Angling Association.",
			[]row{{Q: "Some 300", Speaker: "National Angling Association"}}},
		{"according to a federal office", pub + "According to the Federal Jobs Office, 40,000 jobs were lost.",
			[]row{{Q: "40,000", Speaker: "Federal Jobs Office"}}},
		{"a rank is still a person's", pub + "General Anna Brook said 12 soldiers were freed.",
			[]row{{Q: "12", Speaker: "Anna Brook", Role: "General"}}},
		{"a surname takes the side the text gave the name before", pub + "Ukrainian President Olena Marchenko visited the border on Monday. Later Marchenko wrote: \"We brought home 84 of our soldiers.\"",
			[]row{{Q: "84", Speaker: "Olena Marchenko", Affil: "Ukraine"}}},
		{"an office takes its holder's side", pub + "Russian President Ivan Sorokin met the envoy. Sorokin's office said 84 prisoners were handed over.",
			[]row{{Q: "84", Speaker: "Sorokin's office", Affil: "Russia"}}},
		{"a side told in an appositive", pub + "Russia's foreign minister, Anna Lind, met envoys on Monday. \"We handed over 84 prisoners,\" Lind said.",
			[]row{{Q: "84", Speaker: "Anna Lind", Affil: "Russia"}}},
		{"a name the text never places has no side", pub + "\"We handed over 84 prisoners,\" Lind said.",
			[]row{{Q: "84", Speaker: "Lind"}}},
		{"a relative clause, then put at", pub + "The Metalworkers union, which called the strike, put the national turnout at 3.5 million.",
			[]row{{Q: "3.5 million", Speaker: "Metalworkers union"}}},
		{"a plural possessive before the head", pub + "The tenants' unions that called the march said 150,000 people took part.",
			[]row{{Q: "150,000", Speaker: "tenants' unions"}}},
		{"a plural possessive, quote first", pub + "\"We counted 40,000,\" the teachers' federation said.",
			[]row{{Q: "40,000", Speaker: "teachers' federation"}}},
		{"nested reporting closed by an appositive", pub + "Survivors told aid workers that 60 people had drowned, said Marco Bell, a spokesman for the agency.",
			[]row{{Q: "60", Speaker: "Marco Bell", Role: "spokesman"}}},
		{"nested reporting closed by a name", pub + "Residents told reporters that 12 houses burned down, the fire brigade said.",
			[]row{{Q: "12", Speaker: "fire brigade"}}},
		{"a name with in, according to", pub + "According to the Centre for Studies in Public Policy, 628 people were killed.",
			[]row{{Q: "628", Speaker: "Centre for Studies in Public Policy"}}},
		{"a name with in, said after", pub + "At least 29 were abducted, said the Institute for Research in Rural Health.",
			[]row{{Q: "At least 29", Speaker: "Institute for Research in Rural Health"}}},
		{"a ministry in a city is the ministry", pub + "According to the ministry in Kyiv, 40 people were hurt.",
			[]row{{Q: "40", Speaker: "ministry"}}},
		{"the group: the named organisation that spoke last", pub + "The Riverside Emergency Rooms, a volunteer network, said 70 people were killed. \"At least 14 more died overnight,\" the group said.",
			[]row{{Q: "70", Speaker: "Riverside Emergency Rooms"}, {Q: "At least 14", Speaker: "Riverside Emergency Rooms"}}},
		{"the group, past a state body", pub + "The Lakeside Relief Network said 40 people died. Police said 60 were hurt. According to the group, 20 were buried on Thursday.",
			[]row{{Q: "40", Speaker: "Lakeside Relief Network"}, {Q: "60", Speaker: "police"}, {Q: "20", Speaker: "Lakeside Relief Network"}}},
		{"the charity, no named one before", pub + "Officials said 16 people died. The charity said 9 children were among them.",
			[]row{{Q: "16", Speaker: "officials"}, {Q: "9", Speaker: "charity"}}},
		{"a plain plural noun in a while clause", pub + "The government says funding will rise by 70% this year, while rectors say inflation of nearly 290% has cut their budgets.",
			[]row{{Q: "70%", Speaker: "government"}, {Q: "nearly 290%", Speaker: "rectors"}}},
		{"a plain plural noun after and", pub + "Police reported 12 arrests, and residents said about 300 people had gathered.",
			[]row{{Q: "12", Speaker: "police"}, {Q: "about 300", Speaker: "residents"}}},
		{"a plain plural noun with a noun before it, opening the sentence", pub + "Aid workers said 30 homes had collapsed. Local residents say 12 people are missing.",
			[]row{{Q: "30", Speaker: "Aid workers"}, {Q: "12", Speaker: "local residents"}}},
		{"a plain plural noun with a noun before it, after and", pub + "Police reported 12 arrests, and hospital workers said 45 people were treated.",
			[]row{{Q: "12", Speaker: "police"}, {Q: "45", Speaker: "hospital workers"}}},
		{"a plural noun with a noun before it inside a clause is no speaker", pub + "Fears of food shortages said to be spreading pushed 40 families to leave.",
			[]row{{Q: "40", Speaker: "Test Times", Role: "outlet"}}},
		{"a plural noun inside a clause is no speaker", pub + "Prices of basic goods said to be rising pushed 40 families to leave.",
			[]row{{Q: "40", Speaker: "Test Times", Role: "outlet"}}},
		{"role before name in commas", pub + "Russia's human rights commissioner, Tatyana Moskalkova, said 1,000 Russians were held.",
			[]row{{Q: "1,000", Speaker: "Tatyana Moskalkova", Role: "commissioner", Affil: "Russia"}}},
	}, "speaker")
}

func TestMeasure(t *testing.T) {
	runStage(t, []stageCase{
		{"head of X of N", pub + "Moscow will return the bodies of 3,000 fallen Ukrainian soldiers.",
			[]row{{Q: "3,000", Measure: "bodies"}}},
		{"noun after", pub + "Kyiv freed 1,200 prisoners of war.", []row{{Q: "1,200", Measure: "prisoners"}}},
		{"received N: the measure before, not the verb's subject", pub + "Russia has handed over the bodies of more than 6,000 Ukrainian servicemen and has received 57 from the Ukrainian side.",
			[]row{{Q: "more than 6,000", Measure: "bodies"}, {Q: "57", Measure: "bodies"}}},
		{"elided, carried over", pub + "\"We have returned more than 6,000 bodies, while receiving only 57 in return.\"",
			[]row{{Q: "more than 6,000", Measure: "bodies"}, {Q: "57", Measure: "bodies"}}},
		{"another N", pub + "Russia freed 300 prisoners. It is ready to free another 200.",
			[]row{{Q: "300", Measure: "prisoners"}, {Q: "200", Measure: "prisoners"}}},
		{"people and the verb", pub + "At least 95 people have died in the floods.", []row{{Q: "At least 95", Measure: "deaths"}}},
		{"verb before", pub + "The blast killed 12 people.", []row{{Q: "12", Measure: "deaths"}}},
		{"linked by a verb", pub + "The death toll rose to 211 on Saturday.", []row{{Q: "211", Measure: "deaths"}}},
		{"linked by a verb in a headline's present tense", pub + "Flood toll passes 300 in the north\nLandslide toll nears 90, rescuers say.\nThe number of injured tops 1,400 as the cold sets in.\nThe number of missing stands at 52.",
			[]row{{Q: "300", Measure: "deaths"}, {Q: "90", Measure: "deaths"}, {Q: "1,400", Measure: "injured"}, {Q: "52", Measure: "missing"}}},
		{"put at", pub + "The ministry put the number of protesters at 1.28 million.", []row{{Q: "1.28 million", Measure: "protesters"}}},
		{"percentage", pub + "Turnout stood at 66.6 percent.", []row{{Q: "66.6 percent", Measure: "turnout"}}},
		{"a share of support", pub + "The measure was passing with 55% support.", []row{{Q: "55%", Measure: "votes"}}},
		{"formula", pub + "They agreed to return the remains of the dead on a 6,000-for-6,000 basis.",
			[]row{{Q: "6,000-for-6,000", Measure: "bodies"}}},
		{"unknown kept", pub + "Officials said 40,000 signed the petition.", []row{{Q: "40,000"}}},
		{"joined the rally", pub + "Officials said 40,000 joined the rally.", []row{{Q: "40,000", Measure: "protesters"}}},
		{"noun outside the vocabulary", pub + "The army lost 300 rifles.", []row{{Q: "300", Measure: "rifles"}}},
		{"things sent are no prisoners", pub + "The health agency sent 14 ambulances to the stricken valley.", []row{{Q: "14", Measure: "ambulances"}}},
		{"a noun of things after a hedge", pub + "Officials said about nine villages had been flattened.", []row{{Q: "about nine", Measure: "villages"}}},
		{"people counted as what they are", pub + "Another 640 families in the district need shelter, the agency said.", []row{{Q: "640", Measure: "families"}}},
		{"people freed are prisoners, whatever the noun", pub + "Kyiv said 95 of its defenders had come home.", []row{{Q: "95", Measure: "prisoners"}}},
		{"too vague to check", pub + "Several places were cut off by the water.", nil},
		{"rates, rules, ages and anecdotes are no claims", pub + "Roughly one train in three ran. A party needs 5 percent to win seats. Children as young as six fled with her three grandchildren. Not one life was lost.", nil},
		{"ages and vague few are no claims", pub + "The youngest was 18 and the oldest 63. Rescuers said several people were found alive.", nil},
		{"a vague few of a crowd's events are no claim", pub + "Crowds of thousands were reported in Tula and Leon, just a few of the scores of marches held that day.",
			[]row{{Q: "thousands", Measure: "protesters"}, {Q: "scores", Measure: "protests"}}},
		{"items of a series are no counts", pub + "The exchange went in stages: the first on 9 June, the next two on 11 and 13 June.", nil},
		{"numbers in names are no claims", pub + "Channel 4 and Radio 3 said so.", nil},
		{"parts of a law, ranks and numbers one dials are no claims", pub + "Ministers invoked article 16.2 of the charter. Her party and his finished at number four and five. Callers should ring the 112 emergency number.", nil},
		{"a one that ends a list of counts by place", pub + "The storm killed 30 people in Tula, four in Colima and one in Leon. No one in Leon saw it coming.",
			[]row{{Q: "30", Measure: "deaths"}, {Q: "four", Measure: "deaths"}, {Q: "one", Measure: "deaths"}}},
		{"an amount in a noun of money with no currency counts no one", pub + "Some 300 staff will chase gangs making millions in profit each year. Police counted 800 in sales offices.",
			[]row{{Q: "Some 300", Measure: "staff"}, {Q: "800", Measure: "staff"}}},
		{"a share written out of a whole counts the noun after its adjectives", pub + "The operator said three out of four fast trains would run, and one out of two TERs.",
			[]row{{Q: "three out of four", Measure: "trains (share)"}, {Q: "one out of two", Measure: "ters (share)"}}},
		{"times of day are no claims", pub + "The figures were updated at 9 this morning. The meeting opened around 10.45 am and closed at 11.20 pm.", nil},
		{"days of a month in a list or range are no claims", pub + "Convoys left on 3, 7, 9 and 15 May. Between 20-24 May, none left.", nil},
		{"an age set off by commas is no claim", pub + "\"We walked for days,\" said the farmer Omar Sadiq, 52. Lena Koch, 38, agreed.", nil},
		{"zero before a noun in the singular qualifies it", pub + "The mayor promised a zero waste policy. There were zero casualties.", []row{{Q: "zero", Measure: "casualties"}}},
		{"vehicles are no claims", pub + "They left in three buses and two planes.", nil},
		{"one of a group picked out to give its size is no count", pub + "The storm killed 14 people. Four tornadoes touched down, with one measuring 300 metres across. Crews found two sinkholes, one of them measuring 20 metres deep.",
			[]row{{Q: "14", Measure: "deaths"}, {Q: "Four", Measure: "tornadoes"}, {Q: "two", Measure: "sinkholes"}}},
		{"one of a group after a verb that takes or harms people", pub + "Police moved in to arrest one of the marchers near the bridge. A shell killed one of the medics. One of the marchers said the police pushed them.",
			[]row{{Q: "one", Measure: "arrests"}, {Q: "one", Measure: "deaths"}}},
		{"countries that act are counted, the story's own countries are its parties", pub + "Rescue teams flew in from 40 countries after the quake. In all, 55 countries have offered aid. The two countries swapped 90 prisoners each.",
			[]row{{Q: "40", Measure: "countries"}, {Q: "55", Measure: "countries"}, {Q: "90", Measure: "prisoners"}}},
		{"countries are counted as countries, whatever the verb after them", pub + "Prisoners from 12 countries were freed in the deal.",
			[]row{{Q: "12", Measure: "countries"}}},
		{"countries of a deal or of a story's own are no count", pub + "The swap, a pact involving six countries, freed 30 people, envoys from the four countries said. Aid reached people in the two countries.",
			[]row{{Q: "30", Measure: "prisoners"}}},
		{"boats that people cross the sea in are counted", pub + "Officials said 120 migrants arrived in three small boats on Friday. Another four boats landed on Saturday.",
			[]row{{Q: "120", Measure: "migrants"}, {Q: "three", Measure: "small boats"}, {Q: "four", Measure: "boats"}}},
		{"phone numbers are no counts", pub + "Families can call 0 800 50 21 90 for news.", nil},
		{"thousands set apart by a space", pub + "Kyiv has brought home more than 4 312 people so far and plans to swap 1 500 prisoners. Families can call 0 800 50 21 90 for news.",
			[]row{{Q: "more than 4 312", Measure: "prisoners"}, {Q: "1 500", Measure: "prisoners"}}},
		{"a year that ends a headline is no digit group of the next line's figure", pub + "Island arrivals pass FOUR THOUSAND in 2023\nAbout 4,100 people have reached the island by sea this year, officials said.",
			[]row{{Q: "FOUR THOUSAND"}, {Q: "About 4,100"}}},
		{"digit groups in a sentence of their own stay out", pub + "The line is 0 800 50 21 90.\n2023 saw 310 arrests.",
			[]row{{Q: "310", Measure: "arrests"}}},
		{"ages are no counts", pub + "They marched against raising the retirement age to 64.", nil},
		{"labels are no claims", pub + "On June 9, the second round of talks began for soldiers under the age of 25 in 2025.", nil},
		{"small counts of nothing", pub + "The two delegations met in five sessions.", nil},
		{"small counts of something", pub + "Three hostages were freed.", []row{{Q: "Three", Measure: "hostages"}}},
		{"a suspended hyphen takes the unit after it", pub + "The envoys proposed 12- to 36-hour pauses so that medics could reach 40 wounded men.",
			[]row{{Q: "40", Measure: "injured"}}},
		{"sets of remains are remains", pub + "Kyiv has received 1,450 sets of remains since June.",
			[]row{{Q: "1,450", Measure: "bodies"}}},
		{"the editor's word in square brackets", pub + "\"About 2,000 [bodies] are ready to go,\" the envoy said.",
			[]row{{Q: "About 2,000", Measure: "bodies"}}},
		{"the previous one is a pronoun", pub + "The swap was the seventh this summer, with the previous one held on June 26.", nil},
		{"a while-clause is another event than the swap", pub + "The exchange was confirmed on Friday, while a storm in the south killed three fishermen.",
			[]row{{Q: "three", Measure: "deaths"}}},
		{"measurements are no counts", pub + "The magnitude 6.4 quake struck at a depth of 10 km after 150 millimetres of rain raised the river to 4.8 metres.", nil},
		{"a unit glued to its figure by a hyphen", pub + "The 6.9-magnitude tremor, felt along a 40-km stretch of coast, left 120 homes in ruins.",
			[]row{{Q: "120", Measure: "homes"}}},
		{"a scale glued to its figure by a hyphen", pub + "The toll of the magnitude-6.8 tremor off the coast climbed to 61 on Monday.",
			[]row{{Q: "61", Measure: "deaths"}}},
		{"a figure with decimals before a quake is its magnitude", pub + "A 5.9 quake hit the valley at dawn, and a 4.7 aftershock followed, but 3 quakes in all left 18 homes in ruins.",
			[]row{{Q: "3", Measure: "quakes"}, {Q: "18", Measure: "homes"}}},
		{"a short number alone on its line numbers a picture", pub + "Rescuers worked through the night.\n\n2\n\nA medic tends a boy after the quake, in which 40 people died.",
			[]row{{Q: "40", Measure: "deaths"}}},
		{"the number a figure brings a total to", pub + "The talks were the fifth round, bringing to more than 700 the number of detainees freed since spring.",
			[]row{{Q: "more than 700", Measure: "detainees"}}},
		{"seats of a council are seats, not the people in a place", pub + "In Dunmore, where all 90 council seats were contested, the Greens won 31 seats and the Liberals 12.",
			[]row{{Q: "90", Measure: "seats"}, {Q: "31", Measure: "seats"}, {Q: "12", Measure: "seats"}}},
		{"a zero glued to a word is an adjective", pub + "The governor promised a zero-tolerance approach after 15 looters were arrested.",
			[]row{{Q: "15", Measure: "arrests"}}},
		{"others and the verb", pub + "The blast killed 43 people, and 140 others were missing.",
			[]row{{Q: "43", Measure: "deaths"}, {Q: "140", Measure: "missing"}}},
		{"killing and wounding", pub + "The strike hit a market, killing 43 and wounding 112.",
			[]row{{Q: "43", Measure: "deaths"}, {Q: "112", Measure: "injured"}}},
		{"among the dead", pub + "Among the dead were two children, the governor said.", []row{{Q: "two", Measure: "deaths (children)"}}},
		{"states that name a measure", pub + "Thirty-two people remained in hospital. The army lost 27 soldiers. About 4,000 residents were taken to tent camps. In the vote, 61 percent voted yes.",
			[]row{{Q: "Thirty-two", Measure: "injured"}, {Q: "27", Measure: "deaths"}, {Q: "About 4,000", Measure: "evacuees"}, {Q: "61 percent", Measure: "votes"}}},
		{"what had been done to the freed", pub + "Belarus freed 52 prisoners on Thursday. Of them, 14 had been detained for taking part in protests, and seven were deported to Lithuania.",
			[]row{{Q: "52", Measure: "prisoners"}, {Q: "14", Measure: "prisoners"}, {Q: "seven", Measure: "prisoners"}}},
		{"held, after a release, people named", pub + "The rebels released 30 captives. Twelve people had been held for more than a year, the church said.",
			[]row{{Q: "30", Measure: "prisoners"}, {Q: "Twelve", Measure: "prisoners"}}},
		{"arrests with no release before; detained is a measure of its own", pub + "Police arrested 40 people at the rally. Another 12 were detained later, officials said.",
			[]row{{Q: "40", Measure: "arrests"}, {Q: "12", Measure: "detained"}}},
		{"a list of people before the verb", pub + "Hundreds of thousands of students, teachers and parents marched across Chile on Thursday.",
			[]row{{Q: "Hundreds of thousands", Measure: "protesters"}}},
		{"a list of people, passive", pub + "At least 40 miners, rescuers and drivers were killed, officials said.",
			[]row{{Q: "At least 40", Measure: "deaths"}}},
		{"a compound noun counts what its last part counts", pub + "A counter-protest drew around 300 people.",
			[]row{{Q: "around 300", Measure: "protesters"}}},
		{"a compound, according to", pub + "According to police, some 40 counter-protesters gathered nearby.",
			[]row{{Q: "some 40", Measure: "protesters"}}},
		{"the noun a linked figure belongs to, not the sentence before", pub + "At least 70 people were killed. The wounded numbered in the hundreds, the group said.",
			[]row{{Q: "At least 70", Measure: "deaths"}, {Q: "hundreds", Measure: "injured"}}},
		{"ran into the thousands", pub + "At least 70 people were killed, and the number of wounded ran into the hundreds.",
			[]row{{Q: "At least 70", Measure: "deaths"}, {Q: "hundreds", Measure: "injured"}}},
		{"a party's share is of the vote", pub + "The Greens tripled their share to 18.4% and will hold 22 seats.",
			[]row{{Q: "18.4%", Measure: "votes"}, {Q: "22", Measure: "seats"}}},
		{"a vote share, passive", pub + "A vote share of 31% was won by the Liberals, who took 40 seats.",
			[]row{{Q: "31%", Measure: "votes"}, {Q: "40", Measure: "seats"}}},
		{"freed people who were abducted are hostages", pub + "Gunmen released 142 pupils who were abducted from a school this month.",
			[]row{{Q: "142", Measure: "hostages"}}},
		{"kidnapped, past perfect passive", pub + "The army freed 13 people who had been kidnapped by the gang.",
			[]row{{Q: "13", Measure: "hostages"}}},
		{"freed people with no abduction stay prisoners", pub + "The government freed 40 people who had been jailed for protesting.",
			[]row{{Q: "40", Measure: "prisoners"}}},
		{"remain missing", pub + "Some 67 people remain missing.", []row{{Q: "Some 67", Measure: "missing"}}},
		{"forced from their homes", pub + "About 24,000 people were forced from their homes.", []row{{Q: "About 24,000", Measure: "displaced"}}},
	}, "measure")
}

// Figures a fact-checker does not read as claims: the marks of a numbered
// list, and the like. Each row names what the figure is.
func TestFiguresOfNoClaim(t *testing.T) {
	runStage(t, []stageCase{
		{"the marks of a numbered list", pub + "What we know so far:\n\n(1.) Medics logged 12 deaths from the heat on Monday.\n\n2. The worst-hit district has 30 casualties.\n\n3) Morgues took in 18 bodies.",
			[]row{{Q: "12", Measure: "deaths"}, {Q: "30", Measure: "casualties"}, {Q: "18", Measure: "bodies"}}},
		{"the household named with a possessive before a count", pub + "The skipper hopes to bring his wife and two small children to England. Her husband and three sons fled the flood.",
			nil},
		{"a leader and his followers are counted", pub + "Their leader and 40 followers were arrested at dawn.",
			[]row{{Q: "40", Measure: "arrests"}}},
		{"a household and others are counted", pub + "His family and 40 other residents were evacuated on Friday, police said.",
			[]row{{Q: "40", Measure: "evacuees"}}},
		{"people after a rank's words are counted", pub + "Police arrested the 12 most senior officers of the unit. The top two officials were arrested too.",
			[]row{{Q: "12", Measure: "arrests"}, {Q: "two", Measure: "arrests"}}},
		{"an age changed by a span of years", pub + "Dockers struck against a bill that lifts the pension age by three years to 67.",
			nil},
		{"a count after a change of age by years is counted", pub + "Lifting the age by 3 years means 2 million workers must wait.",
			[]row{{Q: "2 million", Measure: "workers"}}},
		{"a multiple of a figure the sentence does not give", pub + "Clinics logged 25 deaths from the heat, though nurses fear the true toll is many times higher, even 10 times as many.",
			[]row{{Q: "25", Measure: "deaths"}}},
		{"a step of a named scale", pub + "The cyclone came ashore as a classification 4 storm, and signal 3 was raised in the bay.",
			nil},
		{"ranks pick items out", pub + "The four most common nationalities were Syrian and Afghan; both were among the top 10 a year ago.",
			nil},
		{"a single one of nothing named", pub + "Carrying flags, one big column pushed into the square. One woman phoned her son from under the slab.",
			nil},
		{"a single one of what the sentence counts", pub + "One person was killed when the roof fell in.",
			[]row{{Q: "One", Measure: "deaths"}}},
		{"a count that opens its line is no mark", pub + "12 people died in the heat.\n(30 were hurt.)",
			[]row{{Q: "12", Measure: "deaths"}, {Q: "30", Measure: "injured"}}},
	}, "measure")
}

func TestDirection(t *testing.T) {
	runStage(t, []stageCase{
		{"active give", pub + "Russia handed over 500 Ukrainian prisoners.",
			[]row{{Q: "500", Subject: "Russia", Recipient: "Ukraine"}}},
		{"receive flips", pub + "Ukraine received 400 soldiers from Russia.",
			[]row{{Q: "400", Subject: "Russia", Recipient: "Ukraine"}}},
		{"passive with to", pub + "Russia and Ukraine met. The bodies of 3,600 soldiers have been returned to Ukraine.",
			[]row{{Q: "3,600", Subject: "Russia", Recipient: "Ukraine"}}},
		{"we is the speaker's side", pub + "Russian President Vladimir Putin spoke. \"We have released 500 so far -- received back 400,\" he said of Ukraine.",
			[]row{{Q: "500", Subject: "Russia", Recipient: "Ukraine"}, {Q: "400", Subject: "Ukraine", Recipient: "Russia"}}},
		{"alias", pub + "Kyiv said Moscow had freed 90 civilians and Ukraine was grateful.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine"}}},
		{"exchange is mutual", pub + "Russia and Ukraine exchanged 300 prisoners.",
			[]row{{Q: "300", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
		{"its own", pub + "Ukraine is the other side. Russia got back the bodies of 45 of its own troops.",
			[]row{{Q: "45", Subject: "Ukraine", Recipient: "Russia"}}},
		{"reduced passive", pub + "Russia freed 150 Ukrainians, with 189 Russians sent home in return.",
			[]row{{Q: "150", Subject: "Russia", Recipient: "Ukraine"}, {Q: "189", Subject: "Ukraine", Recipient: "Russia"}}},
		{"in exchange for", pub + "The United States freed 8 Venezuelans in exchange for 12 Americans.",
			[]row{{Q: "8", Subject: "United States", Recipient: "Venezuela"}, {Q: "12", Subject: "Venezuela", Recipient: "United States"}}},
		{"come home", pub + "\"Today 84 of our soldiers came home,\" Ukrainian President Volodymyr Zelensky said of the swap with Russia.",
			[]row{{Q: "84", Subject: "Russia", Recipient: "Ukraine"}}},
		{"each side", pub + "Russia and Ukraine met again. Each side handed over 390 prisoners.",
			[]row{{Q: "390", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
		{"a party outside the vocabulary", pub + "The rebels will release 181 prisoners to the government.",
			[]row{{Q: "181"}}},
		{"a capitalised party outside the vocabulary", pub + "Under the truce, Hamas freed 33 hostages to Israel.",
			[]row{{Q: "33", Subject: "Hamas", Recipient: "Israel"}}},
		{"a group as agent", pub + "In the south, the country's FARC rebels freed 12 soldiers to Colombia.",
			[]row{{Q: "12", Subject: "FARC rebels", Recipient: "Colombia"}}},
		{"the winner with", pub + "The board declared Ana Ruiz the winner with 52% of the vote.", []row{{Q: "52%", Subject: "Ana Ruiz"}}},
		{"a share belongs to its party", pub + "The Green Alliance won 27.4% of the vote and the Farmers' Union 24.9%.",
			[]row{{Q: "27.4%", Subject: "Green Alliance"}, {Q: "24.9%", Subject: "Farmers' Union"}}},
		{"the event", pub + "At least 58 people were killed by Typhoon Dalia, officials said.",
			[]row{{Q: "At least 58", Subject: "Typhoon Dalia"}}},
		{"a crowd is no transfer", pub + "In Lyon, 3,500 demonstrators rallied to demand the return of all prisoners.",
			[]row{{Q: "3,500", Subject: "Lyon"}}},
		{"the city of", pub + "Fighting for the city of Bukavu killed 300 people.", []row{{Q: "300", Subject: "Bukavu"}}},
		{"the Porto crowd", pub + "The broadcaster put the Porto crowd at 60,000.", []row{{Q: "60,000", Subject: "Porto"}}},
		{"a candidate's districts", pub + "Lopez carried 12 of the 40 districts.", []row{{Q: "12", Subject: "Lopez"}, {Q: "40"}}},
		{"a running total of the transfer", pub + "Kyiv brought home 90 soldiers from Russia, bringing the total number of people freed to 4,000.",
			[]row{{Q: "90", Subject: "Russia", Recipient: "Ukraine"}, {Q: "4,000", Subject: "Russia", Recipient: "Ukraine"}}},
		{"the Red Cross carries, it does not receive", pub + "Hamas handed over three Israeli hostages to the Red Cross in Khan Younis.",
			[]row{{Q: "three", Subject: "Hamas", Recipient: "Israel"}}},
		{"repatriated is brought home", pub + "Ukraine repatriated the remains of 800 servicemen from Russia.", []row{{Q: "800", Subject: "Russia", Recipient: "Ukraine"}}},
		{"a gapped figure names its own recipient", pub + "\"Some 900 bodies have been handed over to Kyiv, and 31 to Moscow,\" the envoy said.",
			[]row{{Q: "Some 900", Subject: "Russia", Recipient: "Ukraine"}, {Q: "31", Subject: "Ukraine", Recipient: "Russia"}}},
		{"a figure after and with no recipient of its own", pub + "Moscow handed 900 bodies to Kyiv on Monday and 31 more on Tuesday.",
			[]row{{Q: "900", Subject: "Russia", Recipient: "Ukraine"}, {Q: "31", Subject: "Russia", Recipient: "Ukraine"}}},
		{"repatriating others' dead sends them home", pub + "Russia began to repatriate 900 bodies of Ukrainian soldiers.", []row{{Q: "900", Subject: "Russia", Recipient: "Ukraine"}}},
		{"repatriating one's own dead brings them home", pub + "Ukraine repatriated 900 bodies of Ukrainian soldiers.", []row{{Q: "900", Recipient: "Ukraine"}}},
		{"a mediator is no party", pub + "Russia and Ukraine met. The two sides swapped 103 prisoners each under a deal brokered by the United Arab Emirates.",
			[]row{{Q: "103", Subject: "Russia", Recipient: "Ukraine", Mutual: true}}},
		{"count is no transfer", pub + "In Lyon, police counted 15,000 marchers.",
			[]row{{Q: "15,000", Subject: "Lyon"}}},
		{"the city of", pub + "Shelling killed 43 people in the city of El Fasher.",
			[]row{{Q: "43", Subject: "El Fasher"}}},
		{"the dateline's place", "BERLIN, Jan 21 (Reuters) - About 100,000 people rallied on Sunday, police said.",
			[]row{{Q: "About 100,000", Subject: "Berlin"}}},
		{"relative clause", pub + "Russia got 79 bodies back, fewer than the 6,000 Ukrainian bodies Moscow says it has handed over.",
			[]row{{Q: "79", Subject: "Ukraine", Recipient: "Russia"}, {Q: "6,000", Subject: "Russia", Recipient: "Ukraine"}}},
		{"the clause's subject holds the seats", pub + "In Leeds, where all 99 seats were contested, the Greens held on with 40 councillors, down from 45.",
			[]row{{Q: "99", Subject: "Leeds"}, {Q: "40", Subject: "Greens"}, {Q: "45", Subject: "Greens"}}},
		{"a projected win; the whole is nobody's", pub + "The Farmers' League is expected to take 31 of the 120 seats, ahead of 25 for the Liberals.",
			[]row{{Q: "31", Subject: "Farmers' League"}, {Q: "120"}, {Q: "25", Subject: "Liberals"}}},
		{"a described party in a while clause", pub + "The ruling Unity Party lost ground, while the centrist New Path party tripled its share to 18.4% and will hold 22 seats.",
			[]row{{Q: "18.4%", Subject: "New Path party"}, {Q: "22", Subject: "New Path party"}}},
		{"declared the winner; a party's candidate", pub + "Officials declared former judge Ana Silva the winner of the runoff with 54.1% of the vote, against 45.9% for the governing party's candidate.",
			[]row{{Q: "54.1%", Subject: "Ana Silva"}, {Q: "45.9%", Subject: "governing party's candidate"}}},
		{"she is who won before", pub + "Silva carried 9 of the 14 provinces, and in the capital, where she won 61% of the vote, turnout was high.",
			[]row{{Q: "9", Subject: "Silva"}, {Q: "14"}, {Q: "61%", Subject: "Silva"}}},
		{"a race of two", pub + "With most ballots counted, Republican Jane Hill led Democrat Sam Cole by 510,300 votes (50.2%) to 480,100 (47.3%).",
			[]row{{Q: "510,300", Subject: "Jane Hill"}, {Q: "50.2%", Subject: "Jane Hill"}, {Q: "480,100", Subject: "Sam Cole"}, {Q: "47.3%", Subject: "Sam Cole"}}},
		{"a race of two, beaten", pub + "Cole was beaten as Hill defeated him by 52% to 46%.",
			[]row{{Q: "52%", Subject: "Hill"}, {Q: "46%"}}},
		{"a subject that is no party", pub + "Turnout stood at 61% at noon.", []row{{Q: "61%"}}},
		{"a date opening the sentence is no part of the giver", pub + "In April Moscow handed over 40 prisoners.",
			[]row{{Q: "40", Subject: "Russia"}}},
		{"we through a side the text gave the name", pub + "Ukrainian President Olena Marchenko spoke in Kyiv. According to Marchenko, \"we brought home 84 of our soldiers\".",
			[]row{{Q: "84", Recipient: "Ukraine"}}},
		{"a year's count is not the first event's place", pub + "A boat carrying migrants sank off Tobruk on Tuesday, killing 30 people.\n\nMore than 900 have died crossing the sea so far this year, according to the agency.",
			[]row{{Q: "30", Subject: "Tobruk"}, {Q: "More than 900"}}},
		{"a count over past months, passive", pub + "Floods in Recife killed 14 people.\n\nIn the past 12 months, 210 deaths were recorded by the agency.",
			[]row{{Q: "14", Subject: "Recife"}, {Q: "210"}}},
		{"the same event keeps its place", pub + "Floods in Recife killed 14 people.\n\nAnother 40 were injured, officials said.",
			[]row{{Q: "14", Subject: "Recife"}, {Q: "40", Subject: "Recife"}}},
		{"a national count over an opening city", pub + "Workers struck across France on Thursday. In Paris, the union put the national turnout at 3.5 million.",
			[]row{{Q: "3.5 million", Subject: "France"}}},
		{"a national count, then a city's", pub + "Workers struck across France on Thursday. The union put the national turnout at 3.5 million, while police counted 80,000 in Paris.",
			[]row{{Q: "3.5 million", Subject: "France"}, {Q: "80,000", Subject: "Paris"}}},
		{"the capital through the story's country", pub + "Students marched across Chile on Tuesday.\n\nCity police estimated the crowd in the capital's main square at 150,000.",
			[]row{{Q: "150,000", Subject: "Santiago"}}},
		{"nationwide, then the capital", pub + "Students marched across France on Tuesday.\n\nAccording to the federation, 800,000 people marched nationwide, half a million of them in the capital.",
			[]row{{Q: "800,000", Subject: "France"}, {Q: "half a million", Subject: "Paris"}}},
		{"a national count, then the capital's in the same clause", "date: 2025-06-20\n\nMADRID - Workers struck across Spain. The union put the national turnout at 2 million and said 300,000 had marched in the capital alone.",
			[]row{{Q: "2 million", Subject: "Spain"}, {Q: "300,000", Subject: "Madrid"}}},
		{"the capital untold", pub + "Israelis protested on Saturday. About 9,000 gathered in the capital.",
			[]row{{Q: "About 9,000"}}},
		{"a possessive before the party; a one-word name after an affiliation word", pub + "Prime Minister Ana Lind's Farmers Party won 28.0% of the vote and 53 of the 169 seats, while the Green League doubled its share to 12%.",
			[]row{{Q: "28.0%", Subject: "Farmers Party"}, {Q: "53", Subject: "Farmers Party"}, {Q: "169"}, {Q: "12%", Subject: "Green League"}}},
	}, "direction")
}

func TestKind(t *testing.T) {
	runStage(t, []stageCase{
		{"completed", pub + "Russia has returned 6,000 bodies to Ukraine.", []row{{Q: "6,000", Kind: claims.Completed, Scope: claims.Total}}},
		{"passive completed", pub + "On Friday 300 prisoners were transferred to Ukraine.", []row{{Q: "300", Kind: claims.Completed, Scope: claims.Event}}},
		{"offered", pub + "Moscow is ready to hand over 3,000 more bodies.", []row{{Q: "3,000", Kind: claims.Offered}}},
		{"will", pub + "Kyiv will release 200 prisoners next week.", []row{{Q: "200", Kind: claims.Offered}}},
		{"wanting is no giving", pub + "The minister said Moscow wanted to send 4,000 bodies back to Kyiv.", []row{{Q: "4,000", Kind: claims.Offered}}},
		{"a plan that seeks to repatriate", pub + "The accord seeks to repatriate some 9,000 dead on each side.", []row{{Q: "some 9,000", Kind: claims.Offered}}},
		{"a noun of readiness", pub + "The Kremlin stated its readiness to return 2,500 more bodies.", []row{{Q: "2,500", Kind: claims.Offered}}},
		{"what was wanted and then done", pub + "Moscow wanted a quick swap and sent 4,000 bodies back on Friday.", []row{{Q: "4,000", Kind: claims.Completed, Scope: claims.Event}}},
		{"agreed exchange", pub + "Both sides agreed on the exchange of 1,200 prisoners.", []row{{Q: "1,200", Kind: claims.Agreed}}},
		{"deal noun", pub + "The deal provides for the release of 33 hostages.", []row{{Q: "33", Kind: claims.Agreed}}},
		{"a deal and the infinitive it governs", pub + "A deal was struck in Doha with the rebels to free 300 prisoners.", []row{{Q: "300", Kind: claims.Agreed}}},
		{"an infinitive with no deal", pub + "The army used the lull to free 300 prisoners.", []row{{Q: "300", Kind: claims.Completed}}},
		{"are to, under a deal", pub + "Under the deal, the rebels are to free 50 hostages in return for 150 prisoners.",
			[]row{{Q: "50", Kind: claims.Agreed}, {Q: "150", Kind: claims.Agreed}}},
		{"is to, no deal", pub + "The army is to release 40 detainees next week.", []row{{Q: "40", Kind: claims.Offered}}},
		{"was to be, passive", pub + "A further 20 prisoners were to be handed over on Friday, officials said.", []row{{Q: "20", Kind: claims.Offered}}},
		{"done under a deal", pub + "Hamas freed 33 hostages under the ceasefire deal.", []row{{Q: "33", Kind: claims.Completed}}},
		{"a passive infinitive on the figure's noun", pub + "The talks foresee some 30 more bodies to be handed over next week.", []row{{Q: "some 30", Kind: claims.Offered}}},
		{"freed, then to be handed on: done", pub + "The army freed 50 prisoners to be handed over at the border.", []row{{Q: "50", Kind: claims.Completed}}},
		{"slated for release", pub + "Officials said 140 prisoners are scheduled for release.", []row{{Q: "140", Kind: claims.Offered}}},
		{"formula", pub + "They accepted a 6,000-for-6,000 formula for the bodies.", []row{{Q: "6,000-for-6,000", Kind: claims.Agreed}}},
		{"estimate", pub + "Police estimated the crowd at 15,000.", []row{{Q: "15,000", Kind: claims.Estimated}}},
		{"under the deal, will", pub + "Under the deal, the government will free 706 detainees.", []row{{Q: "706", Kind: claims.Agreed}}},
		{"are to be freed", pub + "Under the first phase of the truce, 33 hostages are to be freed.", []row{{Q: "33", Kind: claims.Agreed}}},
		{"come home is done", pub + "Some 84 Russian servicemen have come home from Ukrainian captivity.", []row{{Q: "Some 84", Kind: claims.Completed, Scope: claims.Total}}},
		{"so far", pub + "Russia released 500 prisoners so far.", []row{{Q: "500", Kind: claims.Completed, Scope: claims.Total}}},
		{"a participle takes the perfect of the verb it follows", pub + "Moscow has sent back 5,000 bodies, while receiving only 40 in return.",
			[]row{{Q: "5,000", Kind: claims.Completed, Scope: claims.Total}, {Q: "40", Kind: claims.Completed, Scope: claims.Total}}},
		{"another batch told in the perfect is one handover", pub + "Moscow has handed over another 900 bodies to Kyiv.",
			[]row{{Q: "900", Kind: claims.Completed, Scope: claims.Event}}},
		{"the other side of a handover told in the perfect", pub + "Moscow has sent back 900 bodies to Kyiv on Friday, and Kyiv, in turn, has handed over 31 bodies to Moscow.",
			[]row{{Q: "900", Kind: claims.Completed, Scope: claims.Event}, {Q: "31", Kind: claims.Completed, Scope: claims.Event}}},
		{"a further batch", pub + "Kyiv has freed a further 84 prisoners.",
			[]row{{Q: "84", Kind: claims.Completed, Scope: claims.Event}}},
		{"another batch that brings a total stays in it", pub + "Moscow has handed over another 900 bodies, bringing the total to 7,000.",
			[]row{{Q: "900", Kind: claims.Completed, Scope: claims.Event}, {Q: "7,000", Kind: claims.Completed, Scope: claims.Total}}},
		{"a participle after a perfect that is no transfer", pub + "Moscow has kept its word, sending back 5,000 bodies to the other side.",
			[]row{{Q: "5,000", Kind: claims.Completed, Scope: claims.Total}}},
		{"what answers a running total is one", pub + "Moscow has sent back 5,000 bodies to Kyiv, the envoy said. Aid convoys have also begun. In return, Moscow got back 40 bodies of its own troops from Kyiv.",
			[]row{{Q: "5,000", Kind: claims.Completed, Scope: claims.Total}, {Q: "40", Kind: claims.Completed, Scope: claims.Total}}},
		{"what answers one handover is one", pub + "Moscow sent back 900 bodies to Kyiv on Monday. In return, Moscow got back 40 bodies of its own troops from Kyiv.",
			[]row{{Q: "900", Kind: claims.Completed, Scope: claims.Event}, {Q: "40", Kind: claims.Completed}}},
		{"a participle after a dated past is of that day", pub + "Moscow sent back 1,100 bodies on Monday, while receiving only 40 in return.",
			[]row{{Q: "1,100", Kind: claims.Completed, Scope: claims.Event}, {Q: "40", Kind: claims.Completed, Scope: claims.Event}}},
		{"a total of", pub + "A total of 1,480 residents were evacuated.", []row{{Q: "1,480", Kind: claims.Completed, Scope: claims.Total}}},
		{"the count a year before at the same point", pub + "That is well above the 3,200 migrants who landed on the islands by the same point in 2024.",
			[]row{{Q: "3,200", Kind: claims.Completed, Scope: claims.Total}}},
		{"the count at this time last year", pub + "By this time last year, 2,750 migrants had landed on the islands.",
			[]row{{Q: "2,750", Kind: claims.Completed, Scope: claims.Total}}},
		{"meanwhile is no period", pub + "At the same time, 40 prisoners were transferred to Ukraine on Friday.",
			[]row{{Q: "40", Kind: claims.Completed, Scope: claims.Event}}},
	}, "kind", "scope")
}

func TestRestated(t *testing.T) {
	runStage(t, []stageCase{
		{"the same group again", pub + "Russia freed 150 soldiers on Monday. The 150 soldiers were taken to a hospital.",
			[]row{{Q: "150", Measure: "prisoners"}}},
		{"the group again in reported speech", pub + "Police said 40 people died. Officials later said the 40 included children.",
			[]row{{Q: "40", Measure: "deaths"}}},
		{"those, passive", pub + "Rescuers pulled 12 miners out alive. Those 12 were flown to the capital by the army.",
			[]row{{Q: "12", Measure: "miners"}}},
		{"a breakdown states its whole", pub + "The army freed 150 prisoners. Of the 150, 20 were women.",
			[]row{{Q: "150", Measure: "prisoners"}, {Q: "150", Measure: "prisoners"}, {Q: "20", Measure: "prisoners"}}},
		{"all N is a claim", pub + "Russia handed over 252 prisoners. Its envoy said Russia had handed over all 252 on Friday.",
			[]row{{Q: "252", Measure: "prisoners"}, {Q: "252", Measure: "prisoners"}}},
		{"a new figure with the article is a claim", pub + "Police said 40 people died. The 60 injured were taken to hospital.",
			[]row{{Q: "40", Measure: "deaths"}, {Q: "60", Measure: "injured"}}},
	}, "measure")
}

func TestWithheld(t *testing.T) {
	for _, text := range []string{
		pub + "The ministry said a group of soldiers was returned, not giving the number of released prisoners.",
		pub + "The ministry did not say how many prisoners were freed.",
		pub + "The ministry gave no figure for the prisoners freed.",
		pub + "It declined to give a figure for the prisoners.",
	} {
		cs, err := Extract("t", []byte(text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, cs)
		if len(cs) != 1 || cs[0].Kind != claims.Withheld || cs[0].Measure != "prisoners" || cs[0].Quantity.IsValid() {
			t.Errorf("%q: got %+v, want one withheld claim about prisoners", text, cs)
		}
	}
}

func TestAsOf(t *testing.T) {
	runStage(t, []stageCase{
		{"weekday of the statement", pub + "Putin said on Thursday that 3,000 bodies were ready.", []row{{Q: "3,000", AsOf: "2025-06-19"}}},
		{"same weekday is the day", pub + "Russia freed 90 prisoners on Friday.", []row{{Q: "90", AsOf: "2025-06-20"}}},
		{"yesterday", pub + "Police said yesterday that 12 people were arrested.", []row{{Q: "12", AsOf: "2025-06-19"}}},
		{"date without year", pub + "On June 14, 1,200 prisoners were exchanged.", []row{{Q: "1,200", AsOf: "2025-06-14"}}},
		{"full date", pub + "On 2 June 2024, 75 prisoners were exchanged.", []row{{Q: "75", AsOf: "2024-06-02"}}},
		{"last week", pub + "Turnout last week reached 66.7%.", []row{{Q: "66.7%", AsOf: "2025-06-09/2025-06-15"}}},
		{"speech date carries to the quote", pub + "Putin spoke on Thursday. Putin said on Thursday that talks went well. \"We freed 500,\" he said.",
			[]row{{Q: "500", AsOf: "2025-06-19"}}},
		{"the date the story is at", pub + "The talks took place on June 2. The parties agreed a 6,000-for-6,000 formula for the bodies.",
			[]row{{Q: "6,000-for-6,000", AsOf: "2025-06-02"}}},
		{"a day earlier", pub + "The toll rose to 8,574 on Wednesday, up from 5,894 a day earlier.",
			[]row{{Q: "8,574", AsOf: "2025-06-18"}, {Q: "5,894", AsOf: "2025-06-17"}}},
		{"a month", pub + "In April, 16 detainees were freed.", []row{{Q: "16", AsOf: "2025-04-01/2025-04-30"}}},
		{"a year", pub + "The number peaked at about 1,500 in 2023.", []row{{Q: "about 1,500", AsOf: "2023-01-01/2023-12-31"}}},
		{"a running total as of the statement", pub + "The toll from the quake that struck on Tuesday has risen to 1,046, the agency said on Thursday.",
			[]row{{Q: "1,046", AsOf: "2025-06-19"}}},
		{"dateline with a year", "LAMPEDUSA, Italy, July 9, 2025 (AP) - At least 40 migrants died. Another 12 were missing, the coast guard said.",
			[]row{{Q: "At least 40", AsOf: "2025-07-09"}, {Q: "12", AsOf: "2025-07-09"}}},
		{"ago", pub + "Turnout stood at 40% at noon, against 38% two weeks ago.", []row{{Q: "40%", AsOf: "2025-06-20"}, {Q: "38%", AsOf: "2025-06-06"}}},
		{"since", pub + "Moscow has transferred 12,000 bodies since June, the Kremlin said.", []row{{Q: "12,000", AsOf: "2025-06-01/2025-06-20"}}},
		{"a date set off before the clause", pub + "The previous protest, on June 12, drew 1.12 million people.", []row{{Q: "1.12 million", AsOf: "2025-06-12"}}},
		{"paired dates after the figures", pub + "Russia freed 390 and 307 prisoners on Wednesday and Thursday respectively.",
			[]row{{Q: "390", AsOf: "2025-06-18"}, {Q: "307", AsOf: "2025-06-19"}}},
		{"paired dates before the figures", pub + "On Tuesday and on Wednesday, police counted 4,000 and 6,500 marchers.",
			[]row{{Q: "4,000", AsOf: "2025-06-17"}, {Q: "6,500", AsOf: "2025-06-18"}}},
		{"paired dates in reported speech", pub + "Officials said 390 and 307 prisoners came home on June 2 and June 5.",
			[]row{{Q: "390", AsOf: "2025-06-02"}, {Q: "307", AsOf: "2025-06-05"}}},
		{"one date for two figures", pub + "Police counted 4,000 and 6,500 marchers on Tuesday.",
			[]row{{Q: "4,000", AsOf: "2025-06-17"}, {Q: "6,500", AsOf: "2025-06-17"}}},
		{"a figure's date does not date the next statement", pub + "The toll rose to 1,000 on Thursday. Another 215 people were injured, the agency said in its latest report.",
			[]row{{Q: "1,000", AsOf: "2025-06-19"}, {Q: "215", AsOf: "2025-06-20"}}},
		{"a figure's date does not date a quote", pub + "The toll reached 80 on Thursday. \"We found 12 more bodies,\" a rescuer said.",
			[]row{{Q: "80", AsOf: "2025-06-19"}, {Q: "12", AsOf: "2025-06-20"}}},
		{"an event's date dates the counts that follow", pub + "In Lyon on Thursday, police broke up a rally. Organisers said 9,000 people took part.",
			[]row{{Q: "9,000", AsOf: "2025-06-19"}}},
		{"parts are as of the whole", pub + "Ukraine brought home 90 people on Tuesday, among them 85 soldiers and five civilians.",
			[]row{{Q: "90", AsOf: "2025-06-17"}, {Q: "85", AsOf: "2025-06-17"}, {Q: "five", AsOf: "2025-06-17"}}},
		{"parts after including, date first", pub + "On Wednesday the army got back 40 prisoners, including 12 officers.",
			[]row{{Q: "40", AsOf: "2025-06-18"}, {Q: "12", AsOf: "2025-06-18"}}},
		{"parts in the next sentence keep their own day", pub + "Russia freed 60 soldiers on Tuesday. Officials said eight of them were wounded.",
			[]row{{Q: "60", AsOf: "2025-06-17"}, {Q: "eight", AsOf: "2025-06-20"}}},
		{"as of a day, said later", pub + "According to the governor, speaking on Thursday, 310 homes had been destroyed as of Monday.",
			[]row{{Q: "310", AsOf: "2025-06-16"}}},
		{"by a day, passive, quote first", pub + "\"By Tuesday we had evacuated 4,200 people,\" the mayor said on Thursday.",
			[]row{{Q: "4,200", AsOf: "2025-06-17"}}},
		{"a crowd's counts are of the rally's day", pub + "Tens of thousands of people rallied in Lisbon on Thursday against the reform.\n\nOrganisers said 200,000 people had taken part, while police put the crowd at 90,000.",
			[]row{{Q: "Tens of thousands", AsOf: "2025-06-19"}, {Q: "200,000", AsOf: "2025-06-19"}, {Q: "90,000", AsOf: "2025-06-19"}}},
		{"a crowd's count, according to, next paragraph", pub + "In Lyon on Thursday, police broke up a rally.\n\nAccording to the organisers, attendance reached 25,000.",
			[]row{{Q: "25,000", AsOf: "2025-06-19"}}},
		{"a toll is as of the statement, not the rally", pub + "Protesters clashed with police in Lyon on Thursday.\n\nThe ministry said 14 people were injured.",
			[]row{{Q: "14", AsOf: "2025-06-20"}}},
		{"since a year, when", pub + "It was the largest abduction since 2014, when gunmen seized 276 pupils.",
			[]row{{Q: "276", AsOf: "2014-01-01/2014-12-31"}}},
		{"since a month, when, passive", pub + "The toll is the highest since March, when 40 people were killed by a storm.",
			[]row{{Q: "40", AsOf: "2025-03-01/2025-03-31"}}},
		{"publication date by default", pub + "Police said 40 people were hurt.", []row{{Q: "40", AsOf: "2025-06-20"}}},
		{"December in a January article", "date: 2025-01-05\n\nOn December 28, 40 people died.", []row{{Q: "40", AsOf: "2024-12-28"}}},
		{"no date anywhere: none guessed", "Police said on Thursday that 40 people were hurt on June 3.", []row{{Q: "40"}}},
	}, "as_of")
}
