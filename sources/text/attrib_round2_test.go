package text

import "testing"

// A broadcaster named by its medium speaks: "Kestrel radio reported …",
// "Harlow Television reported …".
func TestBroadcasterByItsMediumSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The storm reached the coast on Monday. Norland's private Kestrel radio reported a death toll of more than 2,000 in the north.\n",
		[]spk{{"2,000", "Norland's private Kestrel radio"}})
	checkSpeakers(t, pub+"Harlow Television reported that 40 people had drowned.\n",
		[]spk{{"40", "Harlow Television"}})
}

// "according to the party" points back to the party named before, given
// with its acronym even when the brackets also say where it stands ("the
// Green Party (GP, left)"), so that the speaker's name holds both forms.
func TestThePartyIsTheOneNamedWithItsAcronym(t *testing.T) {
	checkSpeakers(t, pub+"Members of the Green Party (GP, left) and the Farmers League joined in. Rallies the GP called in 12 towns drew 40,000 people, according to the party, and 9,000 according to police.\n",
		[]spk{{"40,000", "Green Party (GP)"}, {"9,000", "police"}})
}

// "with organisers claiming …": a participle after "with" and its own
// subject attributes what follows to that subject.
func TestWithSubjectAndParticipleSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"Smaller marches took place in several towns, with organisers claiming 40,000 in some of them.\n",
		[]spk{{"40,000", "organisers"}})
}

// "put forward by" and "put out by" name the agent who gave the figure.
func TestPutForwardByIsAnAgent(t *testing.T) {
	checkSpeakers(t, pub+"Police counted 1,600 marchers in Harlow, far fewer than the 28,000 put forward by the union.\n",
		[]spk{{"1,600", "police"}, {"28,000", "union"}})
}

// A paragraph that opens on the figure just told, named by its noun alone
// ("The number included …"), goes on in the voice that told it; "The
// number of …" names a figure of its own.
func TestTheNumberPointsBack(t *testing.T) {
	checkSpeakers(t, pub+"Varnia said in May that a total of 55 of its soldiers were held by Ostia.\n\n"+
		"The number included six medics and eight officers taken in the spring.\n\n"+
		"The number of people killed in the fighting was 300.\n",
		[]spk{{"55", "Varnia"}, {"six", "Varnia"}, {"eight", "Varnia"}, {"300", "outlet:Test Times"}})
}

// A body's name set as a label before a colon at the start of a line
// gives the rest of the line its voice; a label with no body in it
// ("Live Updates:") gives none.
func TestLabelBeforeAColonSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"Varnian Ministry of Health: In line with the deal struck in May, the Varnian side flew out more than 40 wounded soldiers on Monday.\n\n"+
		"Live Updates: 12 more were flown out later in the day.\n",
		[]spk{{"40", "Varnian Ministry of Health"}, {"12", "outlet:Test Times"}})
}

// A body or person that puts out figures may say where before what: "…
// published on the cabinet's website a list of 32 …".
func TestDataPutOutWithWhereBeforeWhat(t *testing.T) {
	checkSpeakers(t, pub+"Varnian Prime Minister Ivo Marek published on the cabinet's website a list of 32 freed soldiers.\n",
		[]spk{{"32", "Ivo Marek"}})
}

// A headline's description of a person ("Varnia's Acting Prime Minister
// added …") stands for the person the story names with that title, though
// the title's words are also words of bodies ("minister").
func TestHeadlineRoleIsThePersonNamedWithIt(t *testing.T) {
	checkSpeakers(t, pub+"Marek hails return of soldiers\nVarnia's Acting Prime Minister added that nine of the 40 soldiers freed were taken in May\n"+
		"The 40 soldiers freed by Ostia crossed the border on Friday, Varnia's Acting Prime Minister Ivo Marek said.\n",
		[]spk{{"nine", "Ivo Marek"}})
}

// In a headline with every word capitalised, a present tense in -s after
// the subject is the verb ("… Governor Updates Death Toll …"): the
// official speaks, not the wire credited on the dateline.
func TestTitleCaseHeadlineVerb(t *testing.T) {
	checkSpeakers(t, "date: 2025-06-20\n\nHarlow Region's Governor Updates Death Toll in Kessel Blast to 10\n"+
		"KESSEL, June 20 (Reuters) - Rescuers searched the rubble all night, Governor Ivo Marek said.\n",
		[]spk{{"10", "Ivo Marek"}})
}

// "These figures show …" points back to the figures told before and the
// body that gave them, not to a source named "These figures".
func TestTheseFiguresPointBack(t *testing.T) {
	checkSpeakers(t, pub+"The Harbour Board said on Monday that 900 ships docked in May, up from 700 in April.\n\n"+
		"These figures show a 20% rise on the year before.\n",
		[]spk{{"20%", "Harbour Board"}})
}

// "…, said in a joint statement …" with no one named: the document
// it was said in speaks; a named speaker before "said in a statement"
// keeps the voice.
func TestSaidInADocumentWithNoOneNamed(t *testing.T) {
	checkSpeakers(t, pub+"Varnia frees 2 Ostians, Ostia frees 32 Varnian soldiers, said in a joint statement that the two governments issued.\n\n"+
		"Forty more were freed later, the ministry said in a statement.\n",
		[]spk{{"2", "joint statement"}, {"32", "joint statement"}, {"Forty", "ministry"}})
}

// A document qualified by the lowercase body that keeps or put it out
// ("figures from the land registry", "a report by the audit office") is
// the source, with its body; the body alone after "from" is no noun that
// stops it.
func TestDocumentFromALowercaseBody(t *testing.T) {
	checkSpeakers(t, pub+"Figures from the land registry show that 9,100 homes changed hands in May.\n\n"+
		"A report by the audit office found that 40 schools were shut.\n",
		[]spk{{"9,100", "Figures from the land registry"}, {"40", "report by the audit office"}})
}

// A speaker named after the quotation by a common noun no word list holds
// ("…," the harbour master said) speaks the quotation.
func TestCommonNounSpeakerAfterAQuotation(t *testing.T) {
	checkSpeakers(t, pub+"\"We counted 400 boats this week,\" the harbour master said.\n",
		[]spk{{"400", "harbour master"}})
}

// A voice that closes a paragraph after what it says ("…, the commission
// said") speaks for the figures of a list before it in that paragraph
// whose items have no voice of their own; figures of other things, not
// set out as a list, stay the outlet's.
func TestClosingCreditSpeaksForTheParagraph(t *testing.T) {
	checkSpeakers(t, pub+"The floods reached four provinces on Sunday.\n\n"+
		"In Harlow, 12 people died. In Kessel, 8 people died and 30 were hurt. Across the country, 20 people died, the commission said.\n",
		[]spk{{"12", "commission"}, {"8", "commission"}, {"30", "commission"}, {"20", "commission"}})
	checkSpeakers(t, pub+"Some 900 soldiers were sent to the valley. About 4,000 homes had no water on Monday, the water board said.\n",
		[]spk{{"900", "outlet:Test Times"}, {"4,000", "water board"}})
}

// A paragraph that opens on more of a set just counted ("Others …",
// "Dozens of other …", "Another 40 …") goes on with the account of the
// voice that began it in the paragraph before; one that opens on
// something else is the outlet's.
func TestMoreOfTheSetGoesOn(t *testing.T) {
	checkSpeakers(t, pub+"Relief chief Anna Moll said on Tuesday that 14 of the dead were from the port town.\n"+
		"Another 9 were from the hill villages and 5 from the coast.\n",
		[]spk{{"14", "Anna Moll"}, {"9", "Anna Moll"}, {"5", "Anna Moll"}})
	checkSpeakers(t, pub+"The fire service said that 40 homes burned in the hill district, AFP reported.\n"+
		"Dozens of other houses were lost in the valley, with 22 gone in Tarn.\n",
		[]spk{{"40", "fire service"}, {"22", "fire service"}})
	checkSpeakers(t, pub+"The fire service said that 40 homes burned in the hill district.\n"+
		"Farmers in the valley lost 300 sheep.\n",
		[]spk{{"40", "fire service"}, {"300", "outlet:Test Times"}})
}

// A body named after its common noun ("border agency Varda") is a body,
// which the story goes on naming by its name alone; a sentence in which it
// speaks without a figure, right after one in which it gave figures,
// keeps its report going into the next paragraph.
func TestBodyGoesOnTellingItsReport(t *testing.T) {
	checkSpeakers(t, pub+"Crossings into the union fell 20% in the first half of the year, the border agency Varda said on Monday.\n"+
		"Varda released its data ahead of a meeting of ministers in Oslo.\n"+
		"“Crossings fell by 20 percent to 90,000 in six months,” Varda said.\n"+
		"It said the sharpest falls were on the southern routes.\n"+
		"About 12,000 migrants came by the southern sea route, a 50% drop.\n",
		[]spk{{"20%", "Varda"}, {"90,000", "Varda"}, {"12,000", "Varda"}, {"50%", "Varda"}})
	checkSpeakers(t, pub+"Crossings into the union fell 20% in the first half of the year, the border agency Varda said on Monday.\n"+
		"Farmers in the hill country lost 300 sheep to wolves.\n",
		[]spk{{"20%", "Varda"}, {"300", "outlet:Test Times"}})
}

// "Revealed" and "indicated" are a document's findings ("the audit
// revealed …") and people's speech alike: with no document before them,
// their subject speaks, set off by an appositive or followed by a date.
func TestRevealedBySomeone(t *testing.T) {
	checkSpeakers(t, pub+"Ana Lisk, a member of the Harlow Relief Network's steering committee, revealed that about 300 homes collapsed.\n",
		[]spk{{"300", "Ana Lisk"}})
	checkSpeakers(t, pub+"The city council revealed a grim update on Monday, announcing that the toll had climbed to 90.\n",
		[]spk{{"90", "city council"}})
	checkSpeakers(t, pub+"The harbour board indicated on Monday that 40 boats sank.\n",
		[]spk{{"40", "harbour board"}})
	checkSpeakers(t, pub+"The audit, released by the treasury on Friday, revealed that 12 accounts were frozen.\n",
		[]spk{{"12", "audit, released by the treasury"}})
}

// A figure given as its owner's reckoning ("the organisers' estimate of
// 40,000", "by the union's count", "(organisers' estimate: 9,000)") is the
// owner's, a plural's possessive too; an estimate named with no owner is
// not.
func TestOwnersEstimateSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"Police did not dispute the organisers' estimate of 40,000.\n"+
		"The march drew 30,000 people, by the union's count.\n"+
		"There were rallies in Harlow (organisers’ estimate: 9,000 people; police estimate: 4,000) and in Tarn.\n"+
		"The crowd, by the organisers' estimate, topped 7,000.\n"+
		"An estimate of 2,000 seemed low.\n",
		[]spk{{"40,000", "organisers"}, {"30,000", "union"}, {"9,000", "organisers"}, {"4,000", "police"}, {"7,000", "organisers"},
			{"2,000", "outlet:Test Times"}})
}

// A plain plural that no word list names speaks with "said", and with any
// verb of speech followed by "that", also with the word that says which
// and where they are ("Dock workers at the port confirmed that …"); a
// plain plural that did something with a figure does not speak.
func TestPlainPluralConfirmsThat(t *testing.T) {
	checkSpeakers(t, pub+"Storm hits coast\n\nThe storm came ashore at dawn. Dock workers confirmed that 12 cranes had toppled.\n",
		[]spk{{"12", "Dock workers"}})
	checkSpeakers(t, pub+"Storm hits coast\n\nThe storm came ashore at dawn. Dock workers at the port on Tuesday confirmed that 12 cranes had toppled.\n",
		[]spk{{"12", "Dock workers at the port"}})
	checkSpeakers(t, pub+"Storm hits coast\n\nThe storm came ashore at dawn. Dock workers repaired 12 cranes.\n",
		[]spk{{"12", "outlet:Test Times"}})
}

// A subject set off by a participle's clause before its verb of speech
// ("The navy, sending 40 ships, said …") speaks, as one set off by a past
// participle's does ("The report, released on Monday, found …").
func TestSubjectAcrossAParticipleAside(t *testing.T) {
	checkSpeakers(t, pub+"Strikes go on\n\nThe fighting went on. The navy, sending over 50 ships, claimed to have sunk 12 boats.\n"+
		"The coast guard, citing radar logs, said 9 boats were lost.\n",
		[]spk{{"12", "navy"}, {"9", "coast guard"}})
}

// "with X reporting/saying …" closing a sentence attributes what its
// participle takes, not the figures told before it.
func TestWithParticipleSpeaksForwardOnly(t *testing.T) {
	checkSpeakers(t, pub+"The storm flattened 40 barns and hurt a dozen farmers, with doctors reporting most wounds as light.\n"+
		"The river rose, with officials saying 300 homes were at risk.\n",
		[]spk{{"40", "outlet:Test Times"}, {"dozen", "outlet:Test Times"}, {"300", "officials"}})
}

// "He said" after a sentence that opens on a full name set off by a
// person's role ("Ivo Marsh, a negotiator for the north, criticised …")
// is that person, though someone else spoke before and he had not yet.
func TestHeAfterANameWithItsRole(t *testing.T) {
	checkSpeakers(t, pub+"Governor Ana Lisk said 40 prisoners went home.\n\n"+
		"Ivo Marsh, a negotiator for the north, criticised the pace of the talks. He said more than 20 men were still held.\n",
		[]spk{{"40", "Ana Lisk"}, {"20", "Ivo Marsh"}})
}
