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
