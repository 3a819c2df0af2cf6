package text

import "testing"

// Results or figures whose maker is named by a participle and "by" speak
// for that maker: the participle may be one of announcing or unveiling,
// a date or an adverb may stand before "by", and the maker of a count may
// come after what the count was of. Results named by no one yield to the
// maker the sentence names at its close.
func TestDocumentSpeaksForTheMakerItsParticipleNames(t *testing.T) {
	checkSpeakers(t, pub+"According to early returns announced on Friday by the county board, the mayor kept her seat with 58 percent of the vote.\n",
		[]spk{{"58 percent", "county board"}})
	checkSpeakers(t, pub+"First returns unveiled by the poll board on Friday put the mayor ahead with 54.1% of the vote.\n",
		[]spk{{"54.1%", "poll board"}})
	checkSpeakers(t, pub+"Yet the statistics since published by the Varnian Interior Office show that 8,120 asylum seekers were sent home last year.\n",
		[]spk{{"8,120", "Varnian Interior Office"}})
	checkSpeakers(t, pub+"The mayor won 61% of the vote, according to a tally of a sample of polling booths conducted by the Halden Vote Watch.\n",
		[]spk{{"61%", "Halden Vote Watch"}})
	checkSpeakers(t, pub+"So far, unofficial returns suggest the mayor took 57% of the vote, according to a sample count conducted by the Halden Vote Watch.\n",
		[]spk{{"57%", "Halden Vote Watch"}})
	// A day after the maker's name is no part of it.
	checkSpeakers(t, pub+"Returns announced by the poll board Friday indicate Ortiz came second with nearly 41,000 votes.\n",
		[]spk{{"41,000", "poll board"}})
}

// Near sentences where the maker does not speak: pictures released by a
// body depict, a count of a sample with no maker named is the outlet's
// reading, and results with their own body keep it over a closing
// citation of another.
func TestDocumentWithoutMakerKeepsItsVoice(t *testing.T) {
	checkSpeakers(t, pub+"Photos released by the port authority on Friday showed that 300 containers fell overboard.\n",
		[]spk{{"300", "outlet:Test Times"}})
	checkSpeakers(t, pub+"According to a count of a sample of polling booths, the mayor won 61% of the vote.\n",
		[]spk{{"61%", "count"}})
	checkSpeakers(t, pub+"The poll board's early returns show the mayor took 57% of the vote, according to local radio.\n",
		[]spk{{"57%", "poll board"}})
}

// A cue of declaring or announcing whose object names a deed, with no
// figure, document or data in it, does the deed: the figures after it are
// the outlet's. With a figure or a toll in its object it reports words.
func TestDeclaringADeedIsNoCue(t *testing.T) {
	checkSpeakers(t, pub+"Norland declared a state of disaster on Friday (June 20) and asked its neighbours for help as the toll from the storm climbed to 64.\n",
		[]spk{{"64", "outlet:Test Times"}})
	checkSpeakers(t, pub+"The miners' union announced a second week of stoppages, while 2,300 workers stayed at home on Friday.\n",
		[]spk{{"2,300", "outlet:Test Times"}})
	checkSpeakers(t, pub+"Norland declared a toll of 64 after the storm on Friday.\n",
		[]spk{{"64", "Norland"}})
	checkSpeakers(t, pub+"The mines office announced the deaths of 12 diggers on Friday.\n",
		[]spk{{"12", "mines office"}})
	checkSpeakers(t, pub+"The mines office announced that 12 diggers had died.\n",
		[]spk{{"12", "mines office"}})
}

// The inverted cue and an object naming what is counted keep the cue: the
// body after "announced" speaks, and "announced its losses" reports.
func TestAnnouncingWordsOrCountsStaysACue(t *testing.T) {
	checkSpeakers(t, pub+"The march drew 7,100 people across Norland, announced the Interior Office.\n",
		[]spk{{"7,100", "Interior Office"}})
	checkSpeakers(t, pub+"Norland has not announced its army losses since May, when it said fewer than 900 soldiers had died.\n",
		[]spk{{"900", "Norland"}})
}

// A paragraph that opens on a part of the set counted just before it
// ("Among the hurt, …", "Of them, …") breaks that figure down in the voice
// that gave it; one that opens otherwise is the outlet's.
func TestPartOpenerGoesOnInTheVoiceBefore(t *testing.T) {
	checkSpeakers(t, pub+"Lena Roswell, a spokeswoman for the health office, said the number of dead and hurt had reached 940.\n\n"+
		"Among the hurt, 610 were flown to hospitals in the capital.\n",
		[]spk{{"610", "Lena Roswell"}})
	checkSpeakers(t, pub+"Lena Roswell, a spokeswoman for the health office, said the number of dead and hurt had reached 940.\n\n"+
		"Of them, 75 were children.\n",
		[]spk{{"75", "Lena Roswell"}})
	checkSpeakers(t, pub+"Lena Roswell, a spokeswoman for the health office, said the number of dead and hurt had reached 940.\n\n"+
		"Hospitals in the capital took in 610 of the hurt.\n",
		[]spk{{"610", "outlet:Test Times"}})
}

// A verb of putting out or of reminding reports speech when a clause of
// what was said follows it, opened by "that", past where it was said;
// without that clause it is no cue.
func TestPublishingOrRemindingThatSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The head of the city police, Ana Lisk, published on her page on the network (once called Chirp) that the crowd was 90,000 strong.\n",
		[]spk{{"90,000", "Ana Lisk"}})
	checkSpeakers(t, pub+"Ortiz, however, reminded that some 400 dissidents remain behind bars in Norland.\n",
		[]spk{{"400", "Ortiz"}})
	checkSpeakers(t, pub+"Ortiz reminded voters of the deadline as 400 dissidents remain behind bars in Norland.\n",
		[]spk{{"400", "outlet:Test Times"}})
	checkSpeakers(t, pub+"The city police published on that day a guide for the march, which drew 90,000.\n",
		[]spk{{"90,000", "outlet:Test Times"}})
	checkSpeakers(t, pub+"Ortiz reminded reporters that some 400 dissidents remain behind bars in Norland.\n",
		[]spk{{"400", "Ortiz"}})
	checkSpeakers(t, pub+"The brewer recalled the lager that was shipped to Norland after 30 drinkers fell ill.\n",
		[]spk{{"30", "outlet:Test Times"}})
	checkSpeakers(t, pub+"Ortiz recalled the winter that 400 dissidents spent behind bars in Norland.\n",
		[]spk{{"400", "outlet:Test Times"}})
}

// A participle of putting out inside what a cue before it says is no cue
// of its own: the "that" is the saying's.
func TestPublishedInsideASayingIsNoCue(t *testing.T) {
	checkSpeakers(t, pub+"The flood office said in a bulletin released at dawn that 870 homes were under water. According to the bulletin, 120 roads were shut.\n",
		[]spk{{"870", "flood office"}, {"120", "flood office"}})
}

// A sentence that opens on what the figures before it come to ("This means
// that …") is the outlet's reckoning, not the report it goes on from; one
// that opens otherwise goes on with the report.
func TestReckoningFromTheFiguresIsTheOutlets(t *testing.T) {
	lead := pub + "The poll board said 9,400,000 people were on the roll and 6,100,000 cast a ballot, according to its final report.\n\n"
	checkSpeakers(t, lead+"The turnout was 64.9%. This means that 3,300,000 people stayed at home.\n",
		[]spk{{"3,300,000", "outlet:Test Times"}})
	checkSpeakers(t, lead+"It follows that 3,300,000 people stayed at home.\n",
		[]spk{{"3,300,000", "poll board"}})
}

// One "quoted by" an outlet "as saying" speaks, as in the active "the
// radio quoted the mayor as saying"; the outlet only relays. A passive
// agent with no "as saying" after it still speaks itself.
func TestQuotedByAnOutletAsSayingSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"Deputy mayor Ana Ruiz was quoted by local radio as saying that 40,000 people had joined the march.\n",
		[]spk{{"40,000", "Ana Ruiz"}})
	checkSpeakers(t, pub+"The mayor was quoted by the Halden Post as saying 40,000 people had joined the march.\n",
		[]spk{{"40,000", "mayor"}})
	checkSpeakers(t, pub+"The march drew 40,000 people, a figure quoted by local radio.\n",
		[]spk{{"40,000", "local radio"}})
}

// A cue that introduces only what follows ("continued") closes its
// sentence too, its source set off by a comma after the figures and
// nothing after it but where it was said; "prices continued to climb" is
// still no cue.
func TestGoingOnCueClosingItsSentence(t *testing.T) {
	checkSpeakers(t, pub+"At least 30 marchers were held for blocking the bridge, the city police continued in a post online.\n",
		[]spk{{"30", "city police"}})
	checkSpeakers(t, pub+"At least 30 marchers were held on the bridge, as prices continued to climb in the city.\n",
		[]spk{{"30", "outlet:Test Times"}})
	checkSpeakers(t, pub+"At least 30 marchers were held on the bridge, the mayor continued on the radio.\n",
		[]spk{{"30", "mayor"}})
	checkSpeakers(t, pub+"At least 12 homes were flooded in the valley on Sunday, the storm continued overnight.\n",
		[]spk{{"12", "outlet:Test Times"}})
	checkSpeakers(t, pub+"At least 12 homes were flooded in the valley on Sunday, the slide continued in March.\n",
		[]spk{{"12", "outlet:Test Times"}})
}
