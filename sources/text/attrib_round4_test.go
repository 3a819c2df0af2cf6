package text

import "testing"

// A name set off by a role whose closing comma is left out ("NAME, the
// chair of the board said") speaks, the role its appositive; so does one
// after the figures' clause. A place or a day before the comma names no one.
func TestNameBeforeARoleWithoutClosingComma(t *testing.T) {
	checkSpeakers(t, pub+"Lena Roswell, the chair of the Varnian Poll Board (VPB) said the challenger had won 41.2 per cent of the vote.\n",
		[]spk{{"41.2 per cent", "Lena Roswell"}})
	checkSpeakers(t, pub+"The incumbent took 52.3 per cent, Lena Roswell, head of the poll board told reporters.\n",
		[]spk{{"52.3 per cent", "Lena Roswell"}})
	checkSpeakers(t, pub+"On Sunday, the head of the poll board said 61 per cent of voters turned out.\n",
		[]spk{{"61 per cent", "head of the poll board"}})
}

// "The official data" that points back speaks for the body the story said
// had compiled the data, a few sentences before; "official" qualifies the
// data and names no body of its own.
func TestOfficialDataPointsBackToItsCompiler(t *testing.T) {
	checkSpeakers(t, pub+"The real toll of the heat is surely higher, since the figures, gathered by the Varnian Disease Office from clinic returns, lag by weeks.\n\n"+
		"Many rural clinics have not filed a return since May.\n\n"+
		"Doctors expect the heat to last into July.\n\n"+
		"The latest numbers follow.\n\n"+
		"The official data shows that 12 people died of heatstroke on Monday.\n",
		[]spk{{"12", "Varnian Disease Office"}})
	checkSpeakers(t, pub+"Hospital returns are compiled by the national health bureau every week.\n\n"+
		"The official figures show 31 heat deaths in the capital since Friday.\n",
		[]spk{{"31", "national health bureau"}})
}

// An outlet that "quoted" someone "as saying", or "cited" them "as giving"
// a figure, passes that one's words on: the one quoted speaks, named or by
// role.
func TestOneQuotedAsSayingSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"\"At least 40 people died in the blasts,\" the state news agency Varta quoted the interior ministry as saying.\n",
		[]spk{{"40", "interior ministry"}})
	checkSpeakers(t, pub+"The Halden Post quoted a port official as stating that 300 containers went overboard.\n",
		[]spk{{"300", "port official"}})
	checkSpeakers(t, pub+"Local radio cited police as giving a figure of 21,000 marchers in Ostra.\n",
		[]spk{{"21,000", "police"}})
}
