package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rec is an attribution record as words, for table tests.
type rec struct {
	Kind, Source, Cue, Content, Speaker string
	Nested                              bool
}

func recsOf(t *testing.T, text string) []rec {
	t.Helper()
	as, cs, err := Attributions("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	checkAttributions(t, text, as, len(cs), func(i int) (int, int) { return cs[i].QuantitySpan.Start, cs[i].QuantitySpan.End })
	var out []rec
	for _, a := range as {
		out = append(out, rec{a.Kind, text[a.Source.Start:a.Source.End], text[a.Cue.Start:a.Cue.End],
			text[a.Content.Start:a.Content.End], a.Speaker.Name, a.Parent >= 0})
	}
	return out
}

// checkAttributions checks what holds of any record: spans inside the
// text and in order, parents and claims in range, every claim inside the
// content of the record that gives its speaker.
func checkAttributions(t *testing.T, text string, as []Attribution, nClaims int, claimSpan func(int) (int, int)) {
	t.Helper()
	for i, a := range as {
		for _, s := range [...][2]int{{a.Source.Start, a.Source.End}, {a.Cue.Start, a.Cue.End}, {a.Content.Start, a.Content.End}} {
			if s[0] < 0 || s[0] > s[1] || s[1] > len(text) {
				t.Fatalf("record %d: span %v outside the text (%d bytes)", i, s, len(text))
			}
		}
		if a.Parent >= len(as) || a.Parent == i || a.Parent < -1 {
			t.Fatalf("record %d: parent %d", i, a.Parent)
		}
		for p, n := a.Parent, 0; p >= 0; p, n = as[p].Parent, n+1 {
			if n > len(as) {
				t.Fatalf("record %d: nested in a cycle", i)
			}
		}
		for _, c := range a.Claims {
			if c < 0 || c >= nClaims {
				t.Fatalf("record %d: claim %d of %d", i, c, nClaims)
			}
			if s, e := claimSpan(c); s < a.Content.Start || e > a.Content.End {
				t.Fatalf("record %d: claim %d at [%d,%d) outside the content [%d,%d)", i, c, s, e, a.Content.Start, a.Content.End)
			}
		}
	}
}

func TestAttributionRecords(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []rec
	}{
		{"speaker after", pub + "Tax receipts rose 4%, the treasury said.",
			[]rec{{"speech", "the treasury", "said", "Tax receipts rose 4%", "treasury", false}}},
		{"speaker before, that", pub + "The treasury said that receipts rose 4%.",
			[]rec{{"speech", "The treasury", "said", "receipts rose 4%", "treasury", false}}},
		{"according to", pub + "According to the Halden Polling Unit, 52% back the bill.",
			[]rec{{"according", "Halden Polling Unit", "According to", "52% back the bill", "Halden Polling Unit", false}}},
		{"a poll found", pub + "A poll by the Norland Institute found that 61% oppose the plan.",
			[]rec{{"finding", "A poll by the Norland Institute", "found", "61% oppose the plan", "poll by the Norland Institute", false}}},
		{"figures show", pub + "Official trade figures show exports fell 3% in May.",
			[]rec{{"finding", "Official trade figures", "show", "exports fell 3% in May", "official trade figures", false}}},
		{"gave a figure", pub + "The agency on Monday gave a preliminary figure of 84 dead.",
			[]rec{{"data", "The agency", "gave", "a preliminary figure of 84 dead", "agency", false}}},
		{"rival counts", pub + "Police counted 9,000 marchers, against 40,000 for the unions.",
			[]rec{{"speech", "Police", "counted", "9,000 marchers, against 40,000 for the unions", "police", false},
				{"for", "unions", "for", "40,000", "unions", true}}},
		{"nested citing", pub + "Exports fell 3%, the minister said, citing customs data.",
			[]rec{{"speech", "the minister", "said", "Exports fell 3%", "minister", false},
				{"according", "customs data", "citing", "Exports fell 3%", "customs data", true}}},
		{"quote then speaker", pub + "\"We sold 12,000 cars,\" said Lena Ortiz, the firm's chief executive.",
			[]rec{{"speech", "Lena Ortiz", "said", "\"We sold 12,000 cars,\"", "Lena Ortiz", false},
				{"quote", "Lena Ortiz", "said", "\"We sold 12,000 cars,\"", "Lena Ortiz", false}}},
		{"a document after the figure", pub + "The incumbent took 61.8% of the ballots, as per the certified count.",
			[]rec{{"according", "certified count", "per", "The incumbent took 61.8% of the ballots", "certified count", false}}},
		{"a revision", pub + "The election commission corrected the turnout to 46.1%.",
			[]rec{{"speech", "The election commission", "corrected", "the turnout to 46.1%", "election commission", false}}},
		{"carried over the paragraph", pub + "According to the Orrin Gazette, 71 ships docked. Another 12 waited offshore.",
			[]rec{{"according", "Orrin Gazette", "According to", "71 ships docked. Another 12", "Orrin Gazette", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, recsOf(t, tc.text))
		})
	}
}

// TestAttributionArticles reads articles written for these tests (politics,
// business, science, elections) and checks who is said to state each
// figure.
func TestAttributionArticles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []voice
	}{
		{"election night", pub +
			"The electoral commission said turnout reached 64%, up from 59% four years ago.\n\n" +
			"\"We counted 2.1 million ballots by midnight,\" said Tomas Reyes, the commission's chairman. " +
			"He added that 3,400 ballots were spoiled.\n\n" +
			"An exit poll by the Westbrook Institute found that 47% of voters backed the Greens. " +
			"Reyes later told reporters that 12 districts had yet to report.\n",
			[]voice{{"64%", "electoral commission"}, {"59%", "electoral commission"}, {"2.1 million", "Tomas Reyes"},
				{"3,400", "Tomas Reyes"}, {"47%", "exit poll by the Westbrook Institute"}, {"12", "Tomas Reyes"}}},
		{"quarterly results", pub +
			"Halvard Foods said on Thursday that revenue rose 8% to $4.2 billion. " +
			"Its chief executive, Mara Lind, said the company would cut 900 jobs.\n\n" +
			"\"We expect margins of 11% next year,\" she said. \"Costs should fall by a fifth.\n\n" +
			"\"By 2027 we will have 40 new stores.\"\n\n" +
			"Analysts at Brant Capital estimated that 2,100 more jobs were at risk.\n",
			[]voice{{"8%", "Halvard Foods"}, {"900", "Mara Lind"}, {"11%", "Mara Lind"}, {"40", "Mara Lind"},
				{"2,100", "Analysts at Brant Capital"}}},
		{"a study and its authors", pub +
			"Research published in the journal Coastal Ecology on Monday estimated that 30% of the reef had bleached. " +
			"The study said 1,400 sites were surveyed.\n\n" +
			"Its lead author, Dr Ines Falk, said the loss could reach 50% by 2040.\n",
			[]voice{{"30%", "Research published in the journal Coastal Ecology"}, {"1,400", "Research published in the journal Coastal Ecology"},
				{"50%", "Ines Falk"}}},
		{"protest counts", pub +
			"Organisers said 120,000 people marched in Lyonne. Police put the crowd at 35,000.\n\n" +
			"In Vessin there were 18,000 according to the unions (6,500 counted the prefecture).\n\n" +
			"The figure of 4,000 given by police was far below the 25,000 claimed by organisers. " +
			"Pictures released by the prefect showed 30 people being detained.\n" +
			"A tally compiled by the Lyonne Doctors Network put the injured at 46.\n",
			[]voice{{"4,000", "police"}, {"25,000", "organisers"}, {"30", ""}, {"46", "Lyonne Doctors Network"},
				{"120,000", "organisers"}, {"35,000", "police"}, {"18,000", "unions"}, {"6,500", "prefecture"}}},
		{"nested and carried", pub +
			"At least 2,000 homes were damaged, Governor Rosa Tamm said on Friday, citing figures from the civil defence agency.\n\n" +
			"According to the Red Cross, 14 people died. A further 230 were injured.\n\n" +
			"Forty ambulances stood in the square.\n",
			[]voice{{"2,000", "Rosa Tamm"}, {"14", "Red Cross"}, {"230", "Red Cross"}, {"Forty", ""}}},
		{"pronoun chains and descriptions", pub +
			"\"We will not back down,\" Senator Maria Lopez said on Monday. \"Our polling puts us at 48%.\"\n\n" +
			"She added that 70% of donors were new. Her campaign said it had 90,000 volunteers.\n\n" +
			"Interior Minister Karl Weber said 2,400 officers would be deployed. The minister later said 300 more would join them. " +
			"His office said 12 arrests had been made.\n\n" +
			"The health ministry said 56 people had died. The ministry added that 230 were injured. It said 14 hospitals were full.\n",
			[]voice{{"48%", "Maria Lopez"}, {"70%", "Maria Lopez"}, {"90,000", "Maria Lopez's campaign"}, {"2,400", "Karl Weber"},
				{"300", "Karl Weber"}, {"12", "Karl Weber's office"}, {"56", "health ministry"}, {"230", "health ministry"},
				{"14", "health ministry"}}},
		{"polls, data and filings", pub +
			"Harlan leads Pryce 46% to 42% in a Marist College poll released Sunday.\n\n" +
			"According to a Quinnipiac University poll, 53% of voters disapprove of the plan.\n\n" +
			"Data from the Centers for Disease Control and Prevention show 1,200 cases this year.\n\n" +
			"Senate Majority Leader Dana Cole, D-N.Y., said 51 senators backed the measure.\n\n" +
			"The report, released by the Government Accountability Office on Tuesday, found 45 agencies had failed audits.\n\n" +
			"The company said in a filing with regulators that it had 12,000 employees. Polls show 60% of residents support the move.\n",
			[]voice{{"46%", "Marist College poll"}, {"53%", "Quinnipiac University poll"},
				{"1,200", "Data from the Centers for Disease Control and Prevention"}, {"51", "Dana Cole"},
				{"45", "Government Accountability Office"}, {"12,000", "company"}, {"60%", "Polls"}}},
		{"names, roles and set-off sources", pub +
			"Secretary of State Antony Blinken said 18 Americans were freed.\n\n" +
			"According to the head of the regional administration, Oleh Syniehubov, 7 people died. " +
			"\"Two of them were children,\" he told state television.\n\n" +
			"Organisers of the climate march in Berlin said 200,000 people took part.\n\n" +
			"Bleaker still was the forecast of the town's mayor, who warned that up to 900 homes were gone.\n\n" +
			"The incumbent took 61.8% of the ballots, as per the certified count.\n",
			[]voice{{"18", "Antony Blinken"}, {"7", "Oleh Syniehubov"}, {"Two", "Oleh Syniehubov"},
				{"200,000", "Organisers of the climate march in Berlin"}, {"900", "town's mayor"}, {"61.8%", "certified count"}}},
		{"a spending fight: a tagged speaker, a quote over paragraphs, an anonymous official, a poll", pub +
			"\"This is the most serious effort in a decade,\" Rep. Tom Hale, R-Ind., the chairman of the Appropriations Committee, said at a news conference. " +
			"\"We found $40 billion in waste alone.\n\n\"And we will find 10 billion more.\"\n\n" +
			"Sen. Maria Duarte, D-Calif., said the cuts would force 2 million families off food aid. " +
			"A senior administration official, who spoke on condition of anonymity, said the president would veto any bill with cuts above $50 billion.\n\n" +
			"According to a Gallup survey released last week, 62% of Americans oppose the cuts, while 31% support them.\n\n" +
			"The plan needs 218 votes to pass.\n",
			[]voice{{"$40 billion", "Tom Hale"}, {"10 billion", "Tom Hale"}, {"2 million", "Maria Duarte"},
				{"$50 billion", "senior administration official"}, {"62%", "Gallup survey"}, {"31%", "Gallup survey"}}},
		{"a study's own estimate", pub +
			"The ministry in the capital reported a toll of 3,100.\n\n" +
			"However, the new peer-reviewed study drew on the ministry's records and a household survey to estimate that between 4,000 and 5,200 people had died.\n\n" +
			"The study's best estimate was 4,600.\n",
			[]voice{{"3,100", "ministry in the capital"}, {"4,000", "new peer-reviewed study"}, {"4,600", "new peer-reviewed study"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkVoices(t, tc.text, tc.want) })
	}
}

// FuzzAttributions checks that any text yields attribution records with
// every span inside the text and every claim inside the content of the
// record that gives its speaker.
func FuzzAttributions(f *testing.F) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "said", "according to", "\"", pub + "\"We sold 12,000,\" she said.",
		pub + "Police counted 9,000, against 40,000 for the unions.", pub + "Exports fell 3%, the minister said, citing customs data.",
		pub + "According to X, 7 died. 9 more were hurt. \"A 5", "A poll found 5% . figures show 6 (7 counted the police)",
		"Declared a curfew, 40 died in Tarsk.", // a cue as the text's first word
	} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, text string) {
		as, cs, err := x.Attributions("fuzz", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		checkAttributions(t, text, as, len(cs), func(i int) (int, int) { return cs[i].QuantitySpan.Start, cs[i].QuantitySpan.End })
	})
}

// TestAttributionTables checks that the tables agree: every verb that puts
// a figure out is read as a cue.
func TestAttributionTables(t *testing.T) {
	for w := range dataVerbs {
		assert.True(t, objectCueWords[w], "%q is a data verb but no object cue", w)
	}
}

// spk is a figure's words and the name of its speaker ("outlet:" and the
// outlet's name for the outlet's own voice).
type spk struct{ Q, Speaker string }

// checkSpeakers checks the speaker of each figure of want in text: the
// claim whose figure's words are w.Q, else one whose words hold them.
func checkSpeakers(t *testing.T, text string, want []spk) {
	t.Helper()
	got := speakersOf(t, text)
	for _, w := range want {
		g, ok := got[w.Q]
		if !ok {
			for q, s := range got {
				if strings.Contains(q, w.Q) {
					g, ok = s, true
				}
			}
		}
		if !ok {
			t.Errorf("no claim %q; claims: %v", w.Q, got)
			continue
		}
		assert.Equal(t, w.Speaker, g, "speaker of %q", w.Q)
	}
}

// speakersOf returns, for each claim of text, its figure's words and the
// name of its speaker; the outlet's own voice is "outlet:" and its name.
func speakersOf(t *testing.T, text string) map[string]string {
	t.Helper()
	cs, err := Extract("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	for _, c := range cs {
		name := c.Speaker.Name
		if c.Speaker.Role == "outlet" {
			name = "outlet:" + name
		}
		got[text[c.QuantitySpan.Start:c.QuantitySpan.End]] = name
	}
	as, _, err := Attributions("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	checkAttributions(t, text, as, len(cs), func(i int) (int, int) { return cs[i].QuantitySpan.Start, cs[i].QuantitySpan.End })
	return got
}

// TestAttributionVoices checks whose voice tells each figure in articles
// written for these tests: the outlet's own (named by the metadata or by
// the text itself), a source named after the figures, a source across a
// line that wraps inside its sentence.
func TestAttributionVoices(t *testing.T) {
	const bare = "date: 2025-06-20\n\n" // no outlet in the metadata
	for _, tc := range []struct {
		name, text string
		want       []spk
	}{
		{"the outlet names itself", bare +
			"Rents in Marlow rose 9% this year, the Valley Courier can reveal.\n\n" +
			"Agents had 1,200 homes on their books in May, up from 950 a year ago.\n",
			[]spk{{"9%", "outlet:Valley Courier"}, {"1,200", "outlet:Valley Courier"}, {"950", "outlet:Valley Courier"}}},
		{"the outlet reveals exclusively", bare +
			"Ministers spent £4 million on consultants last year, Metro Wire can exclusively reveal.\n\n" +
			"Officials said 14 contracts were signed.\n",
			[]spk{{"£4 million", "outlet:Metro Wire"}, {"14", "officials"}}},
		{"a credit before the first words", bare +
			"(The Harbour Ledger) – Port traffic fell 12% in May, the third fall in a row.\n",
			[]spk{{"12%", "outlet:The Harbour Ledger"}}},
		{"the metadata's outlet first", pub +
			"Port traffic fell 12% in May. The Valley Courier can confirm that 30 berths stood empty.\n",
			[]spk{{"12%", "outlet:Test Times"}, {"30", "outlet:Valley Courier"}}},
		{"no name: no speaker", bare + "Port traffic fell 12% in May.\n",
			[]spk{{"12%", "outlet:"}}},
		{"a source that cannot reveal is no outlet", bare +
			"The ministry said 40 schools closed. Officials can confirm 12 reopened.\n",
			[]spk{{"40", "ministry"}}},
		{"figures named after them", pub +
			"Turnout was 61% and the ruling party won 212 seats. The figures were published by the electoral board on Monday.\n\n" +
			"Turnout in the capital was 55%.\n",
			[]spk{{"61%", "electoral board"}, {"212", "electoral board"}, {"55%", "outlet:Test Times"}}},
		{"results announced after them", pub +
			"The governor won 58% of the vote and her rival 37%. These preliminary results were announced by the election commission chairman, Ivo Penn.\n",
			[]spk{{"58%", "Ivo Penn"}, {"37%", "Ivo Penn"}}},
		{"a sentence after with a figure of its own names none", pub +
			"Turnout was 61%. The commission said 3 districts would recount.\n",
			[]spk{{"61%", "outlet:Test Times"}, {"3", "commission"}}},
		{"lines wrapped inside sentences", bare +
			"The statistics office\nsaid exports fell 4% in June.\nAccording to the\nCentral Bank, reserves rose 2%.\nImports fell 3% in June.\n",
			[]spk{{"4%", "statistics office"}, {"2%", "Central Bank"}, {"3%", "outlet:"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers(t, tc.text, tc.want) })
	}
}

// TestAttributionScope checks how far an attribution reaches in articles
// written for these tests: the outlet's reckoning after what a source said,
// clauses of their own, a source inside the credit that passes it on, an
// organisation apart from its head, adverbs between source and cue.
func TestAttributionScope(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []spk
	}{
		{"the outlet reckons from what was said", pub +
			"The labour minister said no more than 30 percent of miners stopped work, which would mean 9,000 of the region's 30,000 miners.\n",
			[]spk{{"30 percent", "labour minister"}, {"9,000", "outlet:Test Times"}, {"30,000", "outlet:Test Times"}}},
		{"a reckoning that amounts to", pub +
			"Officials said 2,000 homes were flooded, which amounts to 8% of the town.\n",
			[]spk{{"2,000", "officials"}, {"8%", "outlet:Test Times"}}},
		{"a study's estimate and its comparison", pub +
			"A study published in the Harlow Medical Journal estimated that 4,000 to 6,000 people died. " +
			"The study's best estimate was 5,100, which would mean the agency had missed 30 percent of the deaths.\n",
			[]spk{{"5,100", "study published in the Harlow Medical Journal"}, {"30 percent", "study published in the Harlow Medical Journal"}}},
		{"an attribution in a relative clause after the figure", pub +
			"Both sides freed hundreds of prisoners, the first swap since the sinking of a ferry that the navy claimed was carrying 80 sailors.\n",
			[]spk{{"hundreds", "outlet:Test Times"}, {"80", "navy"}}},
		{"according to, inside a where-clause", pub +
			"The campaign named at least 30 precincts in the capital, where, according to official tabulation sheets, its candidate won.\n",
			[]spk{{"30", "campaign"}}},
		{"a closing attribution covers a while-clause", pub +
			"The rebels will release 120 prisoners, while the army will free 300 fighters, the mediator's office said.\n",
			[]spk{{"120", "mediator's office"}, {"300", "mediator's office"}}},
		{"a while-clause of its own", pub +
			"While the interior ministry says 40,000 marched, organisers counted 150,000 in the square.\n",
			[]spk{{"40,000", "interior ministry"}, {"150,000", "organisers"}}},
		{"named with a figure, not a name", pub +
			"A woman named Ines Roth said 12 shops had closed. The union named 45 firms that owed wages.\n",
			[]spk{{"12", "Ines Roth"}, {"45", "union"}}},
		{"a source inside a wire's credit", pub +
			"Earlier reports put the toll at 41 dead and 12 missing, Reuters reports, citing local media.\n",
			[]spk{{"41", "Earlier reports"}, {"12", "Earlier reports"}}},
		{"a headline's speaker after a dash", pub +
			"Kyiv Gets Back 300 Captives in Swap - Lubinets\nThe swap took place on Friday, ombudsman Dmytro Lubinets said.\n",
			[]spk{{"300", "Lubinets"}}},
		{"a headline's title and speaker after a colon", pub +
			"Kyiv Offers 500 More Captives: Ombudsman Lubinets\nThe offer was made on Friday.\n",
			[]spk{{"500", "Lubinets"}}},
		{"a headline's tag after a dash is no speaker", pub +
			"Floods Kill 40 in Valencia - Live Updates\nThe floods killed 40 people in Valencia on Friday.\n",
			[]spk{{"40", "outlet:Test Times"}, {"40", "outlet:Test Times"}}},
		{"a long title ending in a party, then the name", pub +
			"Kyiv has freed 120 captives, presidential aide and head of the team at talks with Russia Dmytro Lubinets said on Friday.\n",
			[]spk{{"120", "Dmytro Lubinets"}}},
		{"the official is the person who spoke last", pub +
			"Kyiv has freed 120 captives, deputy minister Ana Prado wrote on Friday.\nIn return, Kyiv got back 95 soldiers, the official added.\n",
			[]spk{{"120", "Ana Prado"}, {"95", "Ana Prado"}}},
		{"an official with no one named before", pub +
			"Kyiv got back 95 soldiers, the official added.\n",
			[]spk{{"95", "official"}}},
		{"a surname one letter off is the person named before", pub +
			"Kyiv has freed 120 captives, deputy minister Ana Kostenko wrote on Friday.\nThe 40 wounded among them need care, Kostenco added.\n",
			[]spk{{"120", "Ana Kostenko"}, {"40", "Ana Kostenko"}}},
		{"a surname two letters off is someone else", pub +
			"Kyiv has freed 120 captives, deputy minister Ana Kostenko wrote on Friday.\nThe 40 wounded among them need care, Kostenkova added.\n",
			[]spk{{"120", "Ana Kostenko"}, {"40", "Kostenkova"}}},
		{"this was stated by, opening the next paragraph", pub +
			"Kyiv has brought home 4 312 people so far. Another 300 were freed outside the swaps.\n\nThis was stated by the ombudsman Dmytro Lubinets.\n\nThe talks will resume with 40 delegates.\n",
			[]spk{{"4 312", "Dmytro Lubinets"}, {"300", "Dmytro Lubinets"}, {"40", "outlet:Test Times"}}},
		{"a wire relaying another wire", pub +
			"Kyiv has freed 95 prisoners, Ukrinform reported, citing its sources, AFP reports.\n",
			[]spk{{"95", "Ukrinform"}}},
		{"a speaker closing a finding", pub +
			"The tallies kept by the opposition showed 3.1 million votes for the governor, Ana Prado said.\n",
			[]spk{{"3.1 million", "Ana Prado"}}},
		{"the commission, not its head", pub +
			"The head of the electoral commission, Lev Orlov, said turnout was 71 percent. The commission also claimed that 9 percent of ballots were spoiled.\n",
			[]spk{{"71 percent", "Lev Orlov"}, {"9 percent", "commission"}}},
		{"an adverb between source and cue", pub +
			"The relief agency meanwhile said it had approved $3 million for shelters.\n",
			[]spk{{"$3 million", "relief agency"}}},
		{"an estimate is no voice for the sentences after it", pub +
			"The interior ministry estimated the crowd at 80,000.\nThe march was organised by 40 associations.\n",
			[]spk{{"80,000", "interior ministry"}, {"40", "outlet:Test Times"}}},
		{"what was said goes on", pub +
			"The agency said arrivals rose 10% in May. The majority, 52,000, came by sea.\n",
			[]spk{{"10%", "agency"}, {"52,000", "agency"}}},
		{"a sentence with voices of its own is not carried", pub +
			"Judge Nora Hale confirmed that the firm owed $2.1 million. That is 30 percent less than the sum claimed by the regulator.\n",
			[]spk{{"$2.1 million", "Nora Hale"}, {"30 percent", "outlet:Test Times"}}},
		{"a stop glued to a date", pub +
			"Fighters seized around 200 people on Oct. 7.The source said 11 of them were farm workers.\n",
			[]spk{{"200", "outlet:Test Times"}, {"11", "source"}}},
		{"a headline's description and the name the story gives", "date: 2025-06-20\n\n" +
			"Trade envoy confirms 40 prisoners freed\n\n" +
			"Forty prisoners were freed on Friday, trade envoy Ilse Brandt said.\n",
			[]spk{{"40", "Ilse Brandt"}, {"Forty", "Ilse Brandt"}}},
		{"a description in the body keeps its words", pub +
			"A senior negotiator said 40 prisoners were freed. Trade envoy Ilse Brandt said 12 more would follow.\n",
			[]spk{{"40", "senior negotiator"}, {"12", "Ilse Brandt"}}},
		{"a relative's antecedent finds", pub +
			"The opposition ran a parallel count, which showed that 61 percent voted for its candidate.\n",
			[]spk{{"61 percent", "opposition"}}}, // the body that ran the count states it
		{"a paragraph that points back with a demonstrative", pub +
			"Official border figures show that 420 people crossed on Monday.\n\n" +
			"Those arrivals took the total for the year to 9,100.\n\n" +
			"The total last year was 7,000.\n",
			[]spk{{"420", "official border figures"}, {"9,100", "official border figures"}, {"7,000", "outlet:Test Times"}}},
		{"a list after a colon", pub +
			"The minister said 2,400 files were closed for these reasons:\n" +
			"a) 1,300 applicants could not be traced;\n" +
			"b) 1,100 applicants had left the country.\n\n" +
			"Another 90 files stay open.\n",
			[]spk{{"2,400", "minister"}, {"1,300", "minister"}, {"1,100", "minister"}, {"90", "outlet:Test Times"}}},
		{"a conversion is the outlet's", pub +
			"The prime minister pledged 4.2 billion euros ($4.5 billion) for the victims, his office said.\n",
			[]spk{{"4.2 billion euros", "prime minister's office"}, {"$4.5 billion", "outlet:Test Times"}}},
		{"a headline's document estimates", "date: 2025-06-20\noutlet: Test Times\n\n" +
			"Harlow study estimates flood toll 30 pct higher than reported\n\n" +
			"A study published on Monday estimated that 1,300 people died.\n",
			[]spk{{"30 pct", "Harlow study"}}},
		{"a figure given in a document, inside what someone said", pub +
			"The chairman confirmed that the governor won 71% of the votes, rather than the 88% reported in the preliminary results.\n",
			[]spk{{"71%", "chairman"}, {"88%", "preliminary results"}}},
		{"a line after a full stop ends the carry, in a text with blank lines", pub +
			"Exports rose 4% in May.\n\nAccording to the regional council, 71 people died in the floods. Another 12 were injured.\n" +
			"Last year the storms killed 90 people.\n",
			[]spk{{"71", "regional council"}, {"12", "regional council"}, {"90", "outlet:Test Times"}}},
		{"a part of what was counted", pub +
			"The analysis drew on three lists, the first provided by the health ministry.\n",
			[]spk{{"three", "outlet:Test Times"}}},
		{"a distance that places", pub +
			"The agriculture ministry said 7,000 bags of seed were stolen in Kitale, about 380km west of the capital.\n",
			[]spk{{"7,000", "agriculture ministry"}, {"380", "outlet:Test Times"}}},
		{"a distance set off in brackets places too", pub +
			"Police said 3,000 people marched in Tarnow (some 70 km east of Krakow) on Sunday.\n",
			[]spk{{"3,000", "police"}, {"70", "outlet:Test Times"}}},
		{"a distance a source gives as where something struck is the source's", pub +
			"The seismology bureau said the tremor struck 60 km south of the town of Karvan.\n\n" +
			"The main shock hit about 18 miles north-east of Selvik, the geological agency said.\n",
			[]spk{{"60", "seismology bureau"}, {"18", "geological agency"}}},
		{"the outlet's credit closing a paragraph names whom it cites for the paragraph", pub +
			"The toll from the mudslides has climbed to 73. Another 40 people are still unaccounted for. " +
			"Rescuers said 12 villages were cut off. The first reports spoke of 61 victims, Test Times reports, citing local television.\n\n" +
			"The army has deployed 300 soldiers.\n",
			[]spk{{"73", "local television"}, {"40", "local television"}, {"12", "rescuers"}, {"300", "outlet:Test Times"}}},
		{"the outlet's credit closing its sentence gives the figure to whom it cites", pub +
			"The first counts gave 61 victims, Test Times reports, citing local television.\n",
			[]spk{{"61", "local television"}}},
		{"the outlet's credit found by its web address", "url: https://harbour.am/en/news/1\ndate: 2025-06-20\n\n" +
			"The toll from the mudslides has climbed to 73. Earlier reports spoke of 61 victims, Harbour.Am reports, citing local television.\n",
			[]spk{{"73", "local television"}}},
		{"another voice's credit closing a paragraph reaches no further than its sentence", pub +
			"The toll from the mudslides has climbed to 73. The first reports spoke of 61 victims, the governor said, citing local television.\n",
			[]spk{{"73", "outlet:Test Times"}}},
		{"a credit that does not close its paragraph reaches no further than its sentence", pub +
			"The toll from the mudslides has climbed to 73. The first reports spoke of 61 victims, Test Times reports, citing local television. " +
			"Schools stay shut.\n",
			[]spk{{"73", "outlet:Test Times"}}},
		{"a possessive written apart", pub +
			"The mayor 's office said 60 families were moved.\n",
			[]spk{{"60", "mayor 's office"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers(t, tc.text, tc.want) })
	}
}

// TestAttributionSources checks sources beyond people in articles of US
// politics and business written for these tests: polls and research
// bodies, official data, courts and filings, memos, analysts, and the
// full name of an institution a description stands for.
func TestAttributionSources(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []spk
	}{
		{"research bodies and data", pub +
			"The Harmon Research Center found that 57% of adults oppose the tariffs.\n\n" +
			"Harmon Research found 44% of independents back the bill.\n\n" +
			"Data from the Bureau of Labor Statistics show wages grew 3.6% in March.\n\n" +
			"Volunteers found 30 ballots in a storeroom.\n\n" +
			"Fewer than 30% of adults trust the agency, Gallup found.\n",
			[]spk{{"57%", "Harmon Research Center"}, {"44%", "Harmon Research"}, {"Fewer than 30%", "Gallup"},
				{"3.6%", "Data from the Bureau of Labor Statistics"}, {"30", "outlet:Test Times"}}},
		{"courts, filings and memos", pub +
			"A federal judge ruled that the agency must restore $1.8 billion in grants.\n\n" +
			"The lawsuit alleges that the lender overcharged 90,000 borrowers.\n\n" +
			"An internal memo obtained by the Ledger showed that 450 staff would be laid off.\n\n" +
			"The state's highest court ruled 5-2 that the map was lawful.\n",
			[]spk{{"$1.8 billion", "federal judge"}, {"90,000", "lawsuit"},
				{"450", "internal memo obtained by the Ledger"}, {"5", "state's highest court"}}},
		{"analysts and experts", pub +
			"Analysts expect the deficit to reach $1.7 trillion next year.\n\n" +
			"Prosecutors argued that the scheme cost investors $40 million.\n",
			[]spk{{"$1.7 trillion", "analysts"}, {"$40 million", "prosecutors"}}},
		{"a description stands for the name written before", pub +
			"The Education Ministry opened talks with the unions on Monday.\n\n" +
			"The ministry said 31% of teachers were on strike.\n\n" +
			"The Department of Veterans Affairs plans cuts. The department said 7,000 jobs would go.\n",
			[]spk{{"31%", "Education Ministry"}, {"7,000", "Department of Veterans Affairs"}}},
		{"the agency for an office named before", pub +
			"The Congressional Budget Office disagreed with the sponsors. The agency said the bill would add $61 billion to deficits.\n\n" +
			"The World Bank cut its growth forecast to 2.3%, citing tariffs. In its report, the bank said trade would grow 1.8%.\n",
			[]spk{{"$61 billion", "Congressional Budget Office"}, {"2.3%", "World Bank"}, {"1.8%", "World Bank"}}},
		{"respondents answer for the poll", pub +
			"A Marist poll released Wednesday shows Harlan with 47% among likely voters. Asked about the economy, 61% of voters said prices were too high.\n\n" +
			"In a separate survey, conducted by Emerson College, 39% of respondents said crime was their top issue.\n\n" +
			"The company cut 900 jobs, and 40% of staff said morale was low.\n",
			[]spk{{"47%", "Marist poll"}, {"61%", "Marist poll"}, {"39%", "Emerson College"}, {"40%", "outlet:Test Times"}}},
		{"documents set off and figures given by someone", pub +
			"The memo, dated March 3, says 400 positions will be cut.\n\n" +
			"The figure, released by the state health department on Monday, was 3,000 cases.\n\n" +
			"Officials estimate that 2,000 people were displaced, though aid groups put the number closer to 5,000.\n\n" +
			"Turnout hit 66%, according to the University of Calder's Election Lab.\n",
			[]spk{{"400", "memo"}, {"3,000", "state health department"}, {"2,000", "officials"}, {"5,000", "aid groups"},
				{"66%", "University of Calder's Election Lab"}}},
		{"unnamed sources described by what they know", pub +
			"The White House is weighing 25% tariffs, according to a person familiar with the matter.\n\n" +
			"Two people familiar with the negotiations said the package would total $95 billion.\n\n" +
			"A spokesperson for Speaker Lena Holt said 218 members backed the rule.\n",
			[]spk{{"25%", "person familiar with the matter"}, {"$95 billion", "Two people familiar with the negotiations"},
				{"218", "spokesperson for Speaker Lena Holt"}}},
		{"a report set off by a clause", pub +
			"The report, which was obtained by the Ledger, says 400 contracts were canceled.\n",
			[]spk{{"400", "report"}}},
		{"a part closed before the cue", pub +
			"At least 311 people, most of them civilians, have been killed, a war monitor said, while the ministry gave a lower toll.\n",
			[]spk{{"311", "war monitor"}}},
		{"results posted by an official, data right after a figure", pub +
			"With most precincts reporting, Mayor Lin led with 52% of the vote, according to unofficial results posted by the county clerk.\n\n" +
			"Acme Corp reported revenue of $4.1 billion, beating analysts' estimates of $3.9 billion, according to LSEG data.\n",
			[]spk{{"52%", "county clerk"}, {"$4.1 billion", "Acme Corp"}, {"$3.9 billion", "LSEG data"}}},
		{"a poll that frames its sentence", pub +
			"A Marist poll released Tuesday covered likely voters. In the poll, 48% back Harlan and 45% back Pryce.\n\n" +
			"In the state, 52% approve of the governor.\n",
			[]spk{{"48%", "Marist poll"}, {"45%", "Marist poll"}, {"52%", "outlet:Test Times"}}},
		{"a description with no name before keeps its words", pub +
			"The ministry said 31% of teachers were on strike. The health department said 12 clinics closed.\n",
			[]spk{{"31%", "ministry"}, {"12", "health department"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers(t, tc.text, tc.want) })
	}
}

// voice is a figure's words and the name of its speaker, "" for the
// outlet's own voice.
type voice struct{ Q, Speaker string }

// checkVoices checks the speaker of each figure of text whose words hold
// w.Q, and that the attribution records of text are well formed and cover
// its claims.
func checkVoices(t *testing.T, text string, want []voice) {
	t.Helper()
	cs, err := Extract("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	for _, c := range cs {
		name := c.Speaker.Name
		if c.Speaker.Role == "outlet" {
			name = ""
		}
		got[text[c.QuantitySpan.Start:c.QuantitySpan.End]] = name
	}
	for _, w := range want {
		found := false
		for q, g := range got {
			if strings.Contains(q, w.Q) {
				assert.Equal(t, w.Speaker, g, "speaker of %q", w.Q)
				found = true
			}
		}
		if !found {
			t.Errorf("no claim %q; claims: %v", w.Q, got)
		}
	}
	as, _, err := Attributions("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	checkAttributions(t, text, as, len(cs), func(i int) (int, int) { return cs[i].QuantitySpan.Start, cs[i].QuantitySpan.End })
}

// A sentence that opens on the deal it reports ("Under the terms of the
// ceasefire") is the outlet's account of the deal, not more of what the
// source of the sentence before said.
func TestUnderTheDealIsTheOutlet(t *testing.T) {
	runStage(t, []stageCase{
		{"under the terms of", pub + "An official said the first group could leave on Monday. Under the terms of the ceasefire, 30 detainees are to be freed over three days.",
			[]row{{Q: "30", Speaker: "Test Times", Role: "outlet"}}},
		{"the source's own sentence still speaks", pub + "An official said the first group could leave on Monday. He said 30 detainees would be freed over three days.",
			[]row{{Q: "30", Speaker: "official", Role: "official"}}},
	}, "speaker")
}

// An attribution after a figure, in a clause opened by "as", whose verb
// has a figure of its own states that figure, not the one before it.
func TestAsClauseWithItsOwnFigure(t *testing.T) {
	runStage(t, []stageCase{
		{"the 'as' clause states its own figure", pub + "More than 180 rallies are planned nationwide, as organisers expect some 400,000 people to join.",
			[]row{{Q: "More than 180", Speaker: "Test Times", Role: "outlet"}, {Q: "some 400,000", Speaker: "organisers"}}},
		{"an 'as' clause with no figure of its own still speaks for the one before", pub + "Turnout reached 64 percent, as the election board reported.",
			[]row{{Q: "64 percent", Speaker: "election board"}}},
	}, "speaker")
}

// A clause that opens the sentence on "while" or "although" and holds its
// own figure has its own voice: the main clause after its comma is not
// its speaker's.
func TestContrastClauseKeepsItsVoice(t *testing.T) {
	runStage(t, []stageCase{
		{"the main clause after a 'while' clause with a figure", pub + "While the border agency says 120 detainees were sent back on Monday, the mayor welcomes 95 families to the shelter.",
			[]row{{Q: "120", Speaker: "border agency"}, {Q: "95", Speaker: "Test Times", Role: "outlet"}}},
		{"'although' likewise", pub + "Although police said 3,000 marched, organisers counted 9,000.",
			[]row{{Q: "3,000", Speaker: "police"}, {Q: "9,000", Speaker: "organisers"}}},
		{"a sentence that does not open on the clause keeps its speaker", pub + "The border agency says 120 detainees were sent back on Monday and 95 more on Tuesday.",
			[]row{{Q: "120", Speaker: "border agency"}, {Q: "95", Speaker: "border agency"}}},
	}, "speaker")
}

// A second source set after the first figure with the verb left out
// ("the unions counted 14,000 and the prefecture 5,200") states the
// figure after it; a place before a figure is no source, and a clause
// that claims in the present tense speaks for its own figure.
func TestGappedSourceAndPresentClaim(t *testing.T) {
	runStage(t, []stageCase{
		{"a gapped source after 'and'", pub + "In Brest the unions counted 14,000 marchers and the prefecture 5,200.",
			[]row{{Q: "14,000", Speaker: "unions"}, {Q: "5,200", Speaker: "prefecture"}}},
		{"a gapped acronym after a comma", pub + "In Metz the police counted 3,000, the CFDT 7,500.",
			[]row{{Q: "3,000", Speaker: "police"}, {Q: "7,500", Speaker: "CFDT"}}},
		{"a place after 'and' is no source", pub + "The unions counted 14,000 in Brest and Quimper 2,000.",
			[]row{{Q: "14,000", Speaker: "unions"}, {Q: "2,000", Speaker: "unions"}}},
		{"a claim in the present tense after 'but'", pub + "The ministry said 90,000 people marched, but the union claims the turnout was nearer 250,000.",
			[]row{{Q: "90,000", Speaker: "ministry"}, {Q: "250,000", Speaker: "union"}}},
	}, "speaker")
}

// A verb of saying before its speaker, when the phrase after it is a role
// and a name follows it set off by commas: the name speaks.
func TestInvertedRoleThenName(t *testing.T) {
	runStage(t, []stageCase{
		{"a possessive role with an ordinal", pub + "Some 90,000 people took part in the rallies, declared Portugal's fourth President, Rita Sousa, on Sunday.",
			[]row{{Q: "Some 90,000", Speaker: "Rita Sousa", Role: "President", Affil: "Portugal"}}},
		{"a possessive role", pub + "About 5,000 people marched in Braga on Saturday, said the country's former defence minister, Ines Morais.",
			[]row{{Q: "About 5,000", Speaker: "Ines Morais", Role: "former defence minister"}}},
		{"past a relative clause, with where it was said after the name", pub + "Some 90,000 people took part in the rallies, which were held against the government, declared Portugal's fourth President, Rita Sousa, on the social network Bluesky.",
			[]row{{Q: "Some 90,000", Speaker: "Rita Sousa", Role: "President", Affil: "Portugal"}}},
		{"no name after the role", pub + "About 5,000 people marched in Braga on Saturday, said the interior ministry.",
			[]row{{Q: "About 5,000", Speaker: "interior ministry"}}},
	}, "speaker")
}

// "For" and a source set off by commas before the figures ("rates that,
// for the unions, reach 40% and 55%") gives them; "for" with no source
// after it is no cue.
func TestSourceSetOffWithFor(t *testing.T) {
	runStage(t, []stageCase{
		{"set off before the figures", pub + "The ministry counted 4% of teachers on strike. Rates that, for the unions, reach 40% and 55%.",
			[]row{{Q: "4%", Speaker: "ministry"}, {Q: "40%", Speaker: "unions"}, {Q: "55%", Speaker: "unions"}}},
		{"no source after 'for'", pub + "Rates that, for the first time, reach 40% and 55%.",
			[]row{{Q: "40%", Speaker: "Test Times", Role: "outlet"}, {Q: "55%", Speaker: "Test Times", Role: "outlet"}}},
	}, "speaker")
}

// "The organisation said" stands for the institution named before it, also
// one whose name ends in no organisation's word when an acronym in
// brackets marks it ("the Harbour Crowd Register (HCR)"); later mentions of
// the acronym find it.
func TestOrganisationNamedByItsAcronym(t *testing.T) {
	runStage(t, []stageCase{
		{"the organisation after a name and its acronym", pub + "From drone footage, the Harbour Crowd Register (HCR) has concluded that the march in Porto drew about 60,000 people, the organisation said. According to the HCR, about 9,000 of them came from Braga.",
			[]row{{Q: "about 60,000", Speaker: "Harbour Crowd Register (HCR)"}, {Q: "about 9,000", Speaker: "Harbour Crowd Register (HCR)"}}},
	}, "speaker")
}

// A finding told inside what someone says is theirs: they state what the
// results or the figures show.
func TestFindingToldBySomeone(t *testing.T) {
	runStage(t, []stageCase{
		{"results inside what a chairman told", pub + "Commission chairman Ivo Marek told a briefing that the early official tallies showed both other candidates below 3 percent of the vote.",
			[]row{{Q: "below 3 percent", Speaker: "Commission chairman Ivo Marek"}}},
		{"figures a minister said show", pub + "The interior minister, Lena Ostrova, said on Monday that the figures showed 4,300 people had been deported.",
			[]row{{Q: "4,300", Speaker: "Lena Ostrova", Role: "interior minister"}}},
		{"the next share of the results told", pub + "Commission chairman Ivo Marek told a briefing the first results showed the mayor had 61 percent of the vote. Her rival Tomas Varga received 30 percent of the vote.",
			[]row{{Q: "61 percent", Speaker: "Commission chairman Ivo Marek"}, {Q: "30 percent", Speaker: "Commission chairman Ivo Marek"}}},
		{"a sentence on its own stage of the count is no carried result", pub + "Turnout was 64 percent, the board's early results show.\n\nWith 80% of the ballots counted, the governing party held 41% of the vote.",
			[]row{{Q: "64 percent", Speaker: "board"}, {Q: "80%", Speaker: "Test Times", Role: "outlet"}, {Q: "41%", Speaker: "Test Times", Role: "outlet"}}},
		{"without a stage the result goes on", pub + "Turnout was 64 percent, the board's early results show.\n\nThe governing party held 41% of the vote.",
			[]row{{Q: "64 percent", Speaker: "board"}, {Q: "41%", Speaker: "board"}}},
		{"a finding alone keeps its voice", pub + "Official trade figures show exports fell 3% in May.",
			[]row{{Q: "3%", Speaker: "official trade figures"}}},
		{"results a chairman reads out by according to", pub + "Board chairman Ivo Marek told a briefing that according to the final results, the Green list won 48 seats.",
			[]row{{Q: "48", Speaker: "Board chairman Ivo Marek"}}},
		{"a body's results by according to stay the body's", pub + "Board chairman Ivo Marek told a briefing that according to final results from the Halden Election Board, the Green list won 48 seats.",
			[]row{{Q: "48", Speaker: "Halden Election Board"}}},
	}, "speaker")
}

// The day a speaker spoke is not the day of the thing their object is
// "of": "announced on Wednesday the results of the 8 June vote" was said
// on Wednesday.
func TestSpeechDayNotTheObjectsDay(t *testing.T) {
	runStage(t, []stageCase{
		{"the day before the verb, the vote's day after of", pub + "Board chairman Ivo Marek on Wednesday announced the final results of the 8 June vote.\n\nMarek said that the Green list won 48 seats.",
			[]row{{Q: "48", AsOf: "2025-06-18"}}},
	}, "as_of")
}

// A headline's finding ("Early results show …") is a title over the
// story, no voice its shares go on being told in.
func TestHeadlineFindingIsNoVoice(t *testing.T) {
	runStage(t, []stageCase{
		{"a headline over the count", pub + "Early results show lead for mayor Ilse Berger\n\nWith 60% of the ballots counted, Berger had 55.2% of the vote.",
			[]row{{Q: "60%", Speaker: "Test Times", Role: "outlet"}, {Q: "55.2%", Speaker: "Test Times", Role: "outlet"}}},
		{"results told in the body still go on", pub + "Early results showed the mayor ahead on Sunday. Berger had 55.2% of the vote.",
			[]row{{Q: "55.2%", Speaker: "Early results"}}},
	}, "speaker")
}

// "commented that" reports speech as "said that" does; declining to
// comment reports none.
func TestCommentedThat(t *testing.T) {
	runStage(t, []stageCase{
		{"commented that", pub + "Later, the prison service commented that 30 detainees had been freed.",
			[]row{{Q: "30", Speaker: "prison service"}}},
		{"declined to comment", pub + "The prison service declined to comment. On Monday 30 detainees were freed.",
			[]row{{Q: "30", Speaker: "Test Times", Role: "outlet"}}},
	}, "speaker")
}

// A role that ends in the place it serves ("the spokesperson in Sudan")
// still names the appositive after it as the speaker.
func TestRoleInAPlaceBeforeTheName(t *testing.T) {
	runStage(t, []stageCase{
		{"spokesperson in a country", pub + "The Red Cross spokesperson in Sudan, Ali Hassan, told reporters that 64 detainees were freed.",
			[]row{{Q: "64", Speaker: "Ali Hassan", Role: "spokesperson", Affil: "ICRC"}}},
		{"envoy for a country", pub + "The UN envoy for Yemen, Karin Lund, said 80 detainees were freed.",
			[]row{{Q: "80", Speaker: "Karin Lund", Role: "envoy", Affil: "United Nations"}}},
	}, "speaker")
}

// TestReportCarriedAcrossParagraphs checks the source of a report a story
// goes on telling: paragraphs after the one that credits a body's update
// list more of its figures without a cue of their own; a quotation,
// another voice, a paragraph with no figures, a person's words, a bare
// document or a recalled past figure stop the carrying.
func TestReportCarriedAcrossParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []spk
	}{
		{"an update's figures listed by region", pub +
			"The toll of the storms has risen to 212, according to the latest update from the civil protection agency.\n\n" +
			"In the northern districts, 64 people died and 180 were hurt. Some 3,400 homes were wrecked.\n",
			[]spk{{"64", "civil protection agency"}, {"180", "civil protection agency"}, {"3,400", "civil protection agency"}}},
		{"a body's data revealed, then a breakdown", pub +
			"The Varnel Relief Authority reported 30 new deaths on Monday, taking the toll to 410.\n\n" +
			"With 95 deaths and 260 injuries, the coastal province is the worst hit.\n\n" +
			"In the hill country, 41 people have died and 77 were injured.\n",
			[]spk{{"95", "Varnel Relief Authority"}, {"77", "Varnel Relief Authority"}}},
		{"the body's report named again by its acronym", pub +
			"The Korvan Flood Response Agency (KFRA) has reported 18 more deaths, taking the toll to 140.\n\n" +
			"Boats carried 400 families to higher ground.\n\n" +
			"The KFRA's figures released on Sunday said 52 people had been injured.\n\n" +
			"In the delta, 33 people have died and 2,100 homes were lost.\n",
			[]spk{{"33", "Korvan Flood Response Agency (KFRA)"}, {"2,100", "Korvan Flood Response Agency (KFRA)"}}},
		{"a report the story's lead does not credit", pub +
			"Floods swept through the delta on Sunday, cutting off 12 villages.\n\n" +
			"Boats carried 400 families to higher ground.\n\n" +
			"Some 70 homes collapsed, according to the latest update from the civil protection agency.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
		{"a body that speaks in its report", pub +
			"The health office said in its weekly report that 310 people had died of the fever.\n\n" +
			"In the border towns, 58 cases were confirmed and 9 clinics closed.\n",
			[]spk{{"58", "health office"}, {"9", "health office"}}},
		{"a body that speaks in an interview gives no report", pub +
			"The health office said in a radio interview that 310 people had died of the fever.\n\n" +
			"In the border towns, 58 cases were confirmed.\n",
			[]spk{{"58", "outlet:Test Times"}}},
		{"a board that announces the count", pub +
			"The Marvel Electoral Board announced on Tuesday that 61% of the 4.2 million registered voters took part.\n\n" +
			"In the two northern counties, 812,400 ballots were counted, of which 23,100 were spoilt.\n",
			[]spk{{"812,400", "Marvel Electoral Board"}, {"23,100", "Marvel Electoral Board"}}},
		{"figures announced by a board are a document of it", pub +
			"The count fell short of the first figures announced by the Marvel Electoral Board, which gave the bloc 58%.\n\n" +
			"Two rivals challenged the count in court.\n",
			[]spk{{"Two", "outlet:Test Times"}}},
		{"a quotation stops it", pub +
			"The toll of the storms has risen to 212, according to the latest update from the civil protection agency.\n\n" +
			"\"We have never seen rain like this,\" a farmer told reporters.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
		{"a paragraph with no figures stops it", pub +
			"The toll of the storms has risen to 212, according to the latest update from the civil protection agency.\n\n" +
			"The region has long suffered from poor drainage and weak building codes.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
		{"a person's words are not a report", pub +
			"The governor said 212 people had died in the storms.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
		{"a body's word without a report of figures", pub +
			"The interior ministry said 212 people had died in the storms.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
		{"a bare document is the outlet reading it", pub +
			"According to these first results, the ruling bloc has 48% of the vote.\n\n" +
			"The opposition alliance trails with 31%.\n",
			[]spk{{"31%", "outlet:Test Times"}}},
		{"a report told as background", pub +
			"The relief authority earlier reported that 1,200 homes had collapsed.\n\n" +
			"In the capital, 90 people have died.\n",
			[]spk{{"90", "outlet:Test Times"}}},
		{"a past figure the outlet recalls", pub +
			"Turnout reached 58 percent, according to the latest update from the election board.\n\n" +
			"Six years ago, turnout stood at 44 percent.\n",
			[]spk{{"44 percent", "outlet:Test Times"}}},
		{"a previous toll the outlet sets against the new", pub +
			"The toll of the storms has risen to 212, according to the latest update from the civil protection agency.\n\n" +
			"That was up from a previous toll of 150.\n",
			[]spk{{"150", "outlet:Test Times"}}},
		{"two voices before: which one goes on is not told", pub +
			"The civil protection agency's update put the toll at 212, while the red cross said 260 had died.\n\n" +
			"In the northern districts, 64 people died.\n",
			[]spk{{"64", "outlet:Test Times"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers(t, tc.text, tc.want) })
	}
}

// TestReportCarriedIsInferred checks that a speaker carried from the
// story's report is marked inferred, and the report's own figure explicit.
func TestReportCarriedIsInferred(t *testing.T) {
	text := pub + "The toll of the storms has risen to 212, according to the latest update from the civil protection agency.\n\n" +
		"In the northern districts, 64 people died.\n"
	cs, err := Extract("test.txt", []byte(text), Options{})
	require.NoError(t, err)
	conf := map[string]string{}
	for _, c := range cs {
		v, _ := c.Confidence.Get("speaker")
		conf[c.Quantity.Text] = v.String()
	}
	assert.Equal(t, "explicit", conf["212"])
	assert.Equal(t, "inferred", conf["64"])
}

// TestFiguresSetOverWhatFollows checks a source set over the figures
// after it: a head ending in a colon over lines with no marks, a finding
// in a paragraph of its own over the paragraphs of figures below it, "the
// statistics" pointing back to the body's figures named last, and "This
// is 8% less …" going on in the voice of the figure before it.
func TestFiguresSetOverWhatFollows(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []spk
	}{
		{"lines under a colon", pub +
			"Records from the Harbour Board show there were:\n" +
			"4,120 vessels inspected in 2022, 310 of which were detained.\n" +
			"3,980 vessels inspected in 2023, 295 of which were detained.\n",
			[]spk{{"4,120", "Records from the Harbour Board"}, {"295", "Records from the Harbour Board"}}},
		{"lines with no colon over them stay the outlet's", pub +
			"The Harbour Board keeps records of every vessel.\n" +
			"4,120 vessels were inspected in 2022.\n",
			[]spk{{"4,120", "outlet:Test Times"}}},
		{"a finding over the next paragraphs", pub +
			"Figures from the Vessel Licensing Office show that demand keeps falling.\n" +
			"There were 6,210 licence requests in 2022 and 4,870 in 2023. That marks a 22% drop.\n" +
			"Of these requests, 390 were refused in 2023.\n",
			[]spk{{"6,210", "Figures from the Vessel Licensing Office"}, {"22%", "Figures from the Vessel Licensing Office"}, {"390", "Figures from the Vessel Licensing Office"}}},
		{"background between stops it", pub +
			"Figures from the Vessel Licensing Office show that demand keeps falling.\n" +
			"The office was set up after a harbour fire.\n" +
			"There were 6,210 licence requests in 2022.\n",
			[]spk{{"6,210", "outlet:Test Times"}}},
		{"the statistics are the body's figures named last", pub +
			"Statistics from the Licensing Office show that 6,210 requests were made.\n" +
			"Figures from the Appeals Panel show that appeals often succeed.\n" +
			"The statistics also show that 140 refusals were overturned.\n",
			[]spk{{"140", "Figures from the Appeals Panel"}}},
		{"this is less than: the figure before goes on", pub +
			"The figures compiled by the Licensing Office show 6,210 requests were made in May.\n\n" +
			"This is 8% less than in May last year.\n",
			[]spk{{"8%", "Licensing Office"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers(t, tc.text, tc.want) })
	}
}

// A United Nations body that wires name by what it does is known by its
// acronym too, and "the UN" alone is the United Nations, not that body.
func TestUNAgencyByWhatItDoes(t *testing.T) {
	checkSpeakers(t, pub+"Some 61,000 people have fled the valley, according to the UN refugee agency.\n\n"+
		"The agency said 9,200 of them were children.\n\n"+
		"The UN says 1.4 million people in the region need food aid.\n",
		[]spk{{"61,000", "UN refugee agency (UNHCR)"}, {"9,200", "UN refugee agency (UNHCR)"}, {"1.4 million", "UN"}})
	checkSpeakers(t, pub+"The U.N. children's agency said 300 schools had closed.\n",
		[]spk{{"300", "U.N. children's agency (UNICEF)"}})
}

// An acronym said alone finds the body that bears it among several in
// brackets: "(OCHA, UNOCHA)".
func TestAcronymAmongSeveral(t *testing.T) {
	checkSpeakers(t, pub+"The UN Office for Relief Affairs (ORA) said 40 villages were cut off. It is also known as UNORA.\n\n"+
		"The UNORA said 12 bridges were down.\n\nThe ORA said 300 homes were lost.\n",
		[]spk{{"12", "UN Office for Relief Affairs (ORA, UNORA)"}, {"300", "UN Office for Relief Affairs (ORA, UNORA)"}})
}

// A linking adverb between a source and its verb ("The FNU thus
// declared") keeps the source; a rival count "for the X" may follow its
// figure past a place.
func TestSourceAcrossAnAdverbAndAPlace(t *testing.T) {
	checkSpeakers(t, pub+"The FNU thus declared to have counted 400,000 marchers across the country when the Ministry of the Interior counted 90,000.\n",
		[]spk{{"400,000", "FNU"}, {"90,000", "Ministry of the Interior"}})
	checkSpeakers(t, pub+"The FNU therefore said 500 marchers were held.\n",
		[]spk{{"500", "FNU"}})
	checkSpeakers(t, pub+"Pay strike: 400,000 marchers in the country for the FNU, 90,000 according to the Interior\n\nThe strike went on.\n",
		[]spk{{"400,000", "FNU"}, {"90,000", "Interior"}})
}

// A document with no name of its own, set off as put out by a body ("the
// figures, released by the Harbour Board"), is that body's; the story
// does not go on in it a paragraph later, as with a bare document.
func TestDocumentSetOffWithItsBody(t *testing.T) {
	checkSpeakers(t, pub+"According to the figures, released by the Harbour Board at noon, 4,100 vessels docked this year.\n\n"+
		"In the northern ports, 230 vessels were inspected.\n",
		[]spk{{"4,100", "Harbour Board"}, {"230", "outlet:Test Times"}})
	checkSpeakers(t, pub+"According to the figures, 4,100 vessels docked this year, released by the Harbour Board.\n",
		[]spk{{"4,100", "figures"}})
}

// A town's own body ("the Varn municipality") speaks as a ministry does.
func TestMunicipalitySpeaks(t *testing.T) {
	checkSpeakers(t, pub+"Nine other miners were pulled from the shaft, with at least 4 of them badly hurt, the Varn municipality said.\n",
		[]spk{{"Nine", "Varn municipality"}, {"at least 4", "Varn municipality"}})
}

// A body named with a short phrase after "for" ("the state commission
// for captives") speaks for the quotation before it, and "in a statement"
// is where it said so, no source of its own.
func TestBodyWithAForPhraseAfterAQuote(t *testing.T) {
	checkSpeakers(t, pub+"On Monday, \"Varnia freed 12 Ostian soldiers, Ostia freed three Varnian soldiers,\" Varnia's state commission for captives said in a statement.\n",
		[]spk{{"12", "Varnia's state commission for captives"}, {"three", "Varnia's state commission for captives"}})
}

// "They" opening a sentence is the body that spoke as the subject of the
// sentence before, not an agent named inside what that body said.
func TestTheyIsTheSubjectBefore(t *testing.T) {
	checkSpeakers(t, pub+"March organisers said 80,000 people joined the walk in Harlow, a count that police had backed, they claimed. They said another 30,000 walked in other towns.\n",
		[]spk{{"80,000", "March organisers"}, {"30,000", "March organisers"}})
	checkSpeakers(t, pub+"March organisers said 80,000 people joined the walk in Harlow, while police said 20,000 did. They said 12 were held.\n",
		[]spk{{"12", "police"}})
}

// A statement issued by a source speaks with that source's voice:
// "Police issued a statement saying …", "… put out a statement assessing
// …".
func TestStatementIssuedBySource(t *testing.T) {
	checkSpeakers(t, pub+"Police issued a statement assessing that between 2,000 and 3,000 people attended.\n\n"+
		"The ministry released a statement saying that 500 people attended.\n\n"+
		"The Harbour Board put out a statement on Sunday estimating 600 people attended.\n",
		[]spk{{"between 2,000 and 3,000", "police"}, {"500", "ministry"}, {"600", "Harbour Board"}})
}

// A body's head noun may take a longer phrase after it before the verb:
// "the city's office for the care of flood victims wrote".
func TestBodyWithALongerPhraseAfterItsHead(t *testing.T) {
	checkSpeakers(t, pub+"\"Another 300 families were moved to shelters,\" Varn's office for the care of flood victims wrote on social media.\n",
		[]spk{{"300", "Varn's office for the care of flood victims"}})
}

// "Groups behind the strike estimate …": a body's noun with "behind" and
// what it stands behind, opening its sentence or not, is the speaker.
func TestGroupsBehindSpeak(t *testing.T) {
	checkSpeakers(t, pub+"Groups behind the strike estimate 40,000 at the main march.\n\n"+
		"Unions behind the strike said 60,000 marched.\n",
		[]spk{{"40,000", "groups behind the strike"}, {"60,000", "unions behind the strike"}})
}

// A sentence that points back ("This figure includes …") goes on in the
// outlet's voice when the sentence before it, with no voice of its own,
// was the outlet's: a party acting in it.
func TestPointingBackPastTheOutletsOwnFigures(t *testing.T) {
	checkSpeakers(t, pub+"The envoy Ivo Marek said earlier that of the 900 detainees listed, only 10% had been traced. "+
		"Ukraine has freed 2,410 detainees since the war began. This figure includes 1,700 freed before May.\n",
		[]spk{{"2,410", "outlet:Test Times"}, {"1,700", "outlet:Test Times"}})
}

// Figures, results and tallies state nothing themselves: a phrase headed
// by one speaks for the body that owns it ("the CBC's provisional
// results"), that put it out ("a tally released … by the rescue
// service"), or, when it points back ("the revised figures"), for the
// speaker who announced the results just before.
func TestDataNounsSpeakForTheirBody(t *testing.T) {
	runStage(t, []stageCase{
		{"a possessive owner past the qualifiers", pub + "The Central Ballot Commission (CBC) announced the count on Friday. According to the CBC's official provisional results, turnout stood at 71 percent.",
			[]row{{Q: "71 percent", Speaker: "Central Ballot Commission (CBC)"}}},
		{"the agent after a participle and a date", pub + "Nine people died, according to a tally released late on Tuesday by the coastal rescue service.",
			[]row{{Q: "Nine", Speaker: "coastal rescue service"}}},
		{"figures that point back to the body that announced results", pub + "The Harbour Board on Monday announced the official preliminary results of the vote.\n\nThe revised figures show turnout was 64 percent.",
			[]row{{Q: "64 percent", Speaker: "Harbour Board"}}},
	}, "speaker")
}

// A body that revises a count ("increased the number", "reduced the
// figure") states the new and the old level, as "raised the toll" does;
// "exports increased by 4%" has no figure's noun after the verb and no
// speaker.
func TestRevisingVerbsOfCounts(t *testing.T) {
	runStage(t, []stageCase{
		{"a council that increases and decreases its counts", pub + "On Tuesday the coastal council increased the number of injured from 60 to 64 while it decreased the number of missing from 9 to six.\n\nExports increased by 4% in May.",
			[]row{{Q: "from 60 to 64", Speaker: "coastal council"}, {Q: "9", Speaker: "coastal council"}, {Q: "six", Speaker: "coastal council"}, {Q: "4%", Speaker: "Test Times", Role: "outlet"}}},
	}, "speaker")
}

// A body or an agency that reads out the shares of a vote ("According to
// the state broadcaster, … led with 41%") goes on reading them in the next
// sentences of the count; a person quoted on the turnout does not.
func TestAgencyReadingSharesGoesOn(t *testing.T) {
	runStage(t, []stageCase{
		{"an agency's shares run on", pub + "According to the Norland Press Agency, with nearly all ballots in, the Greens led with 41.2 percent of the vote.\n\nThe Farmers' list got 10.1 percent of the vote while the Liberals took 8.7 percent.",
			[]row{{Q: "41.2 percent", Speaker: "Norland Press Agency"}, {Q: "10.1 percent", Speaker: "Norland Press Agency"}, {Q: "8.7 percent", Speaker: "Norland Press Agency"}}},
		{"a person's turnout does not", pub + "According to Ivo Marek, turnout was 61 percent of the vote.\n\nThe Greens got 40 percent of the vote.",
			[]row{{Q: "61 percent", Speaker: "Ivo Marek"}, {Q: "40 percent", Speaker: "Test Times", Role: "outlet"}}},
	}, "speaker")
}

// "speak of" gives a count as "put it at" does, and a speaker set off as
// one of a group ("Ana Lisk, one of the stewards, said") is still the
// one who speaks.
func TestSpeakOfAndOneOfTheGroup(t *testing.T) {
	runStage(t, []stageCase{
		{"speak of a count", pub + "The police, for their part, speak of at least 9,000 marchers.",
			[]row{{Q: "at least 9,000", Speaker: "police"}}},
		{"one of a group set off", pub + "Ana Lisk, one of the organisers, told reporters on Monday that the league reached its total of 40,000 from the tickets sold.",
			[]row{{Q: "40,000", Speaker: "Ana Lisk"}}},
	}, "speaker")
}

// "Based on the information supplied by X, …" opens a sentence as "In the
// latest poll, …" does: the body that supplied it gives the list that
// follows.
func TestBasedOnFramesTheList(t *testing.T) {
	runStage(t, []stageCase{
		{"a list after what a body supplied", pub + "Based on the information supplied by the port authority, the largest groups were: Norland (1,413), Ostia (1,187) and Varnia (906).",
			[]row{{Q: "1,413", Speaker: "port authority"}, {Q: "1,187", Speaker: "port authority"}, {Q: "906", Speaker: "port authority"}}},
	}, "speaker")
}

// A statement qualified by a name with no possessive ("the Ostia Guard
// statement said …") is that side's, not the last speaker's.
func TestStatementQualifiedByAName(t *testing.T) {
	runStage(t, []stageCase{
		{"a name before the statement", pub + "The Red Cross said 290 detainees were checked by its staff, while the Ostia Guard statement said 350 were let go in all.",
			[]row{{Q: "290", Speaker: "Red Cross", Affil: "ICRC"}, {Q: "350", Speaker: "Ostia Guard"}}},
	}, "speaker")
}
