package text

import "testing"

// A participle of speech after a comma, other than "saying", closes the
// clause of its speaker, with a "that", a colon or a quotation after it.
func TestParticipleOfStatingSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The port authority confirmed the handover on its website, stating that 40 sailors were sent home.\n",
		[]spk{{"40", "port authority"}})
	checkSpeakers(t, pub+"The coast guard confirmed the rescue, stating: \"In all, 17 fishermen were pulled from the water.\"\n",
		[]spk{{"17", "coast guard"}})
}

// A clause's subject that no word list names speaks for the cue right
// after it when the cue reports a clause or a count: a head noun with a
// phrase after it ("the uploader of the clip", "three geographers from
// the institute").
func TestReportingSubjectWithAPhraseSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The uploader of the clip claimed that about 90,000 people had walked past the bridge.\n",
		[]spk{{"90,000", "uploader of the clip"}})
	checkSpeakers(t, pub+"Three geographers from the Halden Institute estimated the crowd was between 30,000 and 45,000.\n",
		[]spk{{"between 30,000 and 45,000", "Three geographers from the Halden Institute"}})
}

// A cue right after a comma with its speaker after it, ending the
// sentence, gives the whole sentence to that speaker, not to a noun
// before the participle set off: "…, killing 40, said officials from …".
// The speaker after the cue keeps the body it comes from.
func TestInvertedCueAfterAParticipleClause(t *testing.T) {
	checkSpeakers(t, pub+"A gunman opened fire at a bus depot in the town of Lendra on Friday, killing 14 people and wounding 30 others, said officials from the Varnian health and interior ministries.\n",
		[]spk{{"14", "officials from the Varnian health and interior ministries"}, {"30", "officials from the Varnian health and interior ministries"}})
}

// A paragraph that opens on a figure, right after a body has given the
// figures of two paragraphs, goes on with that body's report.
func TestFigureOpeningAfterABodysTwoParagraphs(t *testing.T) {
	checkSpeakers(t, pub+"The toll from the mudslides in the Varn valley has climbed to 61, with 20 missing, the regional relief office said on Tuesday.\n\n"+
		"The office added that 140 people were hurt as the rains went on through the night.\n\n"+
		"About 80,000 people had to leave their homes.\n",
		[]spk{{"61", "regional relief office"}, {"20", "regional relief office"}, {"140", "regional relief office"}, {"80,000", "regional relief office"}})
}

// A name set off with its role and no article ("NAME, health minister for
// the region, said") speaks.
func TestNameWithARoleWithoutArticle(t *testing.T) {
	checkSpeakers(t, pub+"Dora Vell, relief minister for Varnia's eastern region, said on Tuesday that 1,240 people died there and at least 3,100 were hurt.\n",
		[]spk{{"1,240", "Dora Vell"}, {"3,100", "Dora Vell"}})
}

// A sentence with no voice of its own between two that a body speaks
// over whole goes on in that body's voice; one after a sentence that
// speaks only in passing ("It follows the navy's report that …") does not.
func TestSentenceBetweenOneBodysTwo(t *testing.T) {
	checkSpeakers(t, pub+"The vote board says that 81% of the ballots have been counted.\n\n"+
		"The Green candidate has 31% of the votes, the Farmers' candidate 12%.\n\n"+
		"The board also says that turnout stood at 64%.\n",
		[]spk{{"81%", "vote board"}, {"31%", "vote board"}, {"12%", "vote board"}, {"64%", "vote board"}})
	checkSpeakers(t, pub+"It follows a night in which the coast guard said it pulled 40 people from the sea.\n\n"+
		"On Monday, 12 people drowned off the cape.\n\n"+
		"The coast guard, which has counted 90 deaths this year, renewed its warnings.\n",
		[]spk{{"12", "outlet:Test Times"}})
}

// A body named with its article between commas after its role speaks,
// and the story may point back to it by that role: "the organisers".
func TestBodyNamedAfterItsRoleAndPointedBackTo(t *testing.T) {
	checkSpeakers(t, pub+"The rally's organiser, the Free Harbour Alliance, put the crowd at 88,000.\n\n"+
		"The organisers said the count came from four teams of volunteers and was then raised to 95,000.\n",
		[]spk{{"88,000", "Free Harbour Alliance"}, {"95,000", "Free Harbour Alliance"}})
}

// A speaker that opens a clause coordinated after the figure ("and the
// army expects …") speaks for that clause alone.
func TestCoordinatedSpeakerAfterTheFigure(t *testing.T) {
	checkSpeakers(t, pub+"Another 45 people are still listed as missing and the army expects to find more bodies in the mud.\n",
		[]spk{{"45", "outlet:Test Times"}})
}

// Two bodies joined as one subject after the figures still speak for
// them all.
func TestCompoundSpeakerAfterTheFigure(t *testing.T) {
	checkSpeakers(t, pub+"Ostia freed 12 fishermen and Varnia released 30 sailors, the Ostian navy and the Varnian coast guard said.\n",
		[]spk{{"12", "Varnian coast guard"}, {"30", "Varnian coast guard"}})
}

// A body's head noun with capitalised words before it and a phrase of
// where after it speaks whole ("the Ostian-led coalition fighting in
// Varnia said"), and the story points back to it by the head.
func TestBodyWithCapitalisedModifiersAndAPlaceSpeaks(t *testing.T) {
	checkSpeakers(t, pub+"The Ostian-led coalition fighting in Varnia said on Friday it had begun flying 40 freed prisoners home, with help from the Red Cross.\n"+
		"The coalition said last month it would free 163 prisoners from the rebel group.\n",
		[]spk{{"40", "Ostian-led coalition fighting in Varnia"}, {"163", "Ostian-led coalition fighting in Varnia"}})
}

// An election's results go on giving counts of seats and votes in the
// sentence after them, as they give shares; a count the outlet reckons
// from them ("would mean about 55 seats") stays the outlet's.
func TestResultsGoOnWithSeatCounts(t *testing.T) {
	checkSpeakers(t, pub+"Turnout reached 64% on Sunday, the election board said.\n\n"+
		"Some 2,000 observers watched the count, the board said.\n\n"+
		"Police reported 12 arrests near polling stations.\n\n"+
		"Preliminary results for the assembly, reported on state radio, say the Green Party won 120 seats against 90 for the Farmers' League.\n\n"+
		"Within the opposition, the Coast Party got 31 seats.\n\n"+
		"If confirmed, that would mean the Greens will hold about 55 seats in the upper house.\n",
		[]spk{{"120", "Preliminary results for the assembly"}, {"31", "Preliminary results for the assembly"}, {"about 55", "outlet:Test Times"}})
}

// Figures with a body's name to them, cited for a comparison with no
// figure of its own, go on giving the figures of the next paragraph; the
// year compared with is no day the figures were given.
func TestNamedFiguresCitedThenGiven(t *testing.T) {
	text := pub + "Small-boat crossings of the strait so far exceed the total for all of 2023, according to Coastal Board figures.\n\n" +
		"Some 18,310 people have made the crossing since January, up on last year's total of 17,940.\n"
	checkSpeakers(t, text, []spk{{"Some 18,310", "Coastal Board figures"}, {"17,940", "Coastal Board figures"}})
	cs, err := Extract("test.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if text[c.QuantitySpan.Start:c.QuantitySpan.End] == "Some 18,310" && c.AsOf.From.Year == 2023 {
			t.Errorf("as of %v: the compared year read as the day the figures were given", c.AsOf)
		}
	}
}

// "claim" in the present is a cue ("the unions claim 20,000"), and still
// a noun after a possessive or an article ("Ruiz's claim that …"); the
// unions acting together ("the inter-union") speak as a body.
func TestPresentClaimAndTheInterUnion(t *testing.T) {
	checkSpeakers(t, pub+"In Lorne, 6,500 people marched according to the prefecture, 90,000 according to the inter-union. In Vell, the unions claim 15,000 marchers.\n",
		[]spk{{"6,500", "prefecture"}, {"90,000", "inter-union"}, {"15,000", "unions"}})
}

// A sentence whose finding is told by a voice that closes it ("The
// report also showed that …, the paper said.") goes on, in the sentence
// after it, in that closing voice.
func TestClosingVoiceOfANestedFindingGoesOn(t *testing.T) {
	checkSpeakers(t, pub+"The leaked memo also showed that claims rose sharply last year, the Harlow Courier said. By far the most were lodged in the capital, some 41,200 in all.\n",
		[]spk{{"41,200", "Harlow Courier"}})
}

// A second source sharing the cue after "but", with a word of comparison
// and its figure in brackets, speaks for that figure.
func TestGappedSourceWithAComparisonInBrackets(t *testing.T) {
	checkSpeakers(t, pub+"On the last day of strikes, the union had counted fewer marchers (210,000) but the ministry more (96,400).\n",
		[]spk{{"210,000", "union"}, {"96,400", "ministry"}})
}

// A place's name before a capitalised title ("the Harbor City Examiner")
// names a body that speaks, not the person who spoke last.
func TestPlaceBeforeATitleNamesABody(t *testing.T) {
	checkSpeakers(t, pub+"Jane Moss wrote that critics called the photo a fake.\n\n"+
		"The Washington Examiner reported that some 40,000 people came to the rally.\n",
		[]spk{{"40,000", "Washington Examiner"}})
}

// "estimated" right after a subject is its verb, not the hedge of "an
// estimated 41,000": the figure is read without it and the subject speaks.
func TestEstimatedAfterASubjectIsTheVerb(t *testing.T) {
	checkSpeakers(t, pub+"The city guard estimated 600,000 people at the march on Sunday.\n",
		[]spk{{"600,000", "city guard"}})
	checkSpeakers(t, pub+"Organisers have estimated 80,000 marchers in the old town.\n",
		[]spk{{"80,000", "organisers"}})
	checkSpeakers(t, pub+"An estimated 41,000 people marched on Sunday, police said.\n",
		[]spk{{"An estimated 41,000", "police"}})
}

// A superlative ranks a figure and speaks for none: the participle after
// "the lowest" or "the largest" is no cue of its own.
func TestSuperlativeIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, pub+"The rally drew 41,000 marchers on Sunday, the lowest estimated since 2009.\n",
		[]spk{{"41,000", "outlet:Test Times"}})
	checkSpeakers(t, pub+"The rally drew 41,000 marchers, police said, the lowest estimated since 2009.\n",
		[]spk{{"41,000", "police"}})
}
