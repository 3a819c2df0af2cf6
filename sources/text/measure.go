package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// measureFor decides what the figure at token k counts:
//
//  1. the noun it is "of": "the bodies of 6,000 soldiers" counts bodies;
//  2. the noun phrase after it, through the vocabulary: "1,200 prisoners of
//     war"; a generic noun ("95 people") takes its measure from the verb
//     ("have died", "joined the general strike"); a frame ("a
//     6,000-for-6,000 formula") from the nearest measure before it;
//  3. a noun linked to it before: "the toll rose to 211", "put the number of
//     protesters at 1.28 million", "turnout was 67%", "the number of
//     migrants who crossed … is 9,030", "gotaways totaled 73,463";
//  4. the measure of the figure before it in the same quotation or
//     paragraph, when the noun is left out ("57 in return", "another 3,000"),
//     unless a verb before the figure says who its people are ("detaining
//     16,000 civilians");
//  5. the noun phrase as written, when the vocabulary does not know it,
//     with its compound and adjective words ("eight trade union centres",
//     "10 police officers", "new arrivals"), not its names or quantifiers.
//
// A percentage counts what it is a share of: the vocabulary word or noun
// phrase after "of" ("60% of strikers", "21% of the economy"), the noun of
// a rate that governs it ("a rate of striking teachers of 32.71%", "an
// abstention rate above 60%", "a score of 79.7%"), what a verb of change
// changed ("hiked prices by up to 100 percent", "inflation fell to 3.1%"),
// or the share of the figure before it in the sentence whose noun is left
// out ("28.4% by the ministry's count, 55% by the unions'").
//
// A noun of people that says nothing of them ("people", "individuals") is
// named by what its sentence says of them when the vocabulary has no
// word for it: "people whose homes are gone", "people confirmed as
// resident", "people in the streets". A figure with a unit of measure
// ("120km") measures what its unit measures ("distance (km)"). A change
// linked to a noun of number ("that figure is 18% higher") changes what
// the figure before counts, and "N of the casualties" counts what the
// toll told before counts.
//
// The result is "" when nothing says. Word knowledge (rates, quantifiers,
// nouns of places and things, verbs of change) is in the lexicon.
func (d *document) measureFor(k int, s sentence, f figure, b *builder) (m string, counts bool) {
	if f.class == numbers.Money {
		// An amount of money counts money, in its currency: "$85 million
		// in aid" is "money (USD)".
		b.why("measure", f.span)
		return d.moneyMeasure(f), true
	}
	if m, ok := d.numberOfAfter(k, s, b); ok {
		// "bringing to 1,900 the number of prisoners freed": the noun of
		// number the figure is set to says what it counts.
		return m, true
	}
	if m, ok := d.numberOfBefore(k, s, f, b); ok {
		// "raised the number of clinics shut from 12 to 40": the noun of
		// number whose change the figure gives says what it counts (a
		// tally revised, which the scope reads as a running total; "by
		// 14" is the amount of a change, no tally).
		d.numberChanged = k + 1
		return m, true
	}
	if dim := d.lx.physical[f.ucode]; dim != "" && f.class == numbers.Count {
		// A length, a weight, an area: what its unit measures, never
		// the measure of the figure before ("$30,000 …, about 120km
		// east of the capital").
		b.why("measure", f.span)
		return dim + " (" + f.ucode + ")", true
	}
	m = d.measureOf(k, s, f, b)
	if m == noncount {
		return "", false
	}
	percent := f.q.Unit == claims.Percent
	switch {
	case percent && m == "voters" && d.x.canon["turnout"]:
		m = "turnout" // a share of the voters is the turnout
	case !percent && m == "turnout":
		// A count is no turnout rate: a crowd, or the voters. (A story
		// of a crowd that names no vote counts its crowd from its first
		// figure: "the organisers put the turnout at 90,000".)
		if d.sawProtest || d.crowdStory() && !d.namesVoteBut("turnout") {
			m = "protesters"
		} else {
			m = "voters"
		}
	}
	if m == "arrivals" {
		if w := d.storyMovers(k); w != "" {
			// "36,800 migrants crossed in 2024 … 29,400 people arrived
			// in 2023": in a story of migrants, those who arrived are its
			// migrants, one series with them.
			b.whyText("measure", "arrivals in a story of "+w+" are its "+w)
			m = w
		}
	}
	if m == "deaths" && d.x.canon["bodies"] && d.deadCarried(k, s) {
		b.whyText("measure", "the dead carried somewhere are bodies")
		m = "bodies"
	}
	switch m {
	case "protesters":
		d.sawProtest = true
	case "deaths":
		d.sawDeaths = true
	}
	if percent && m != "" {
		d.lastShare, d.lastShareSent = m, d.sentOf[k]
	}
	return m, true
}

// phraseEnds reports that no noun goes on at token i: the sentence ends,
// or punctuation, a preposition, a determiner, a conjunction or a verb
// stands there ("millions in profit each year", not "800 in sales
// offices").
func (d *document) phraseEnds(i int, s sentence) bool {
	return i > s.last || d.toks[i].kind != tWord || d.cls(i)&cBreaker != 0 ||
		d.gram(i)&(gPrep|gDet|gCoord|gVerb|gBe|gHave|gModal|gSubord|gRelative) != 0
}

// deadCarried reports a count of the dead that a passive verb of carrying
// takes somewhere in the figure's clause: "some 90 dead were taken to the
// morgue", "the 40 dead have been flown to the capital".
func (d *document) deadCarried(k int, s sentence) bool {
	_, cl1 := d.clause(s, k)
	for j := k + 1; j < cl1 && j <= k+6; j++ {
		if !d.lx.carried[d.toks[j].low] || d.gram(j-1)&gBe == 0 {
			continue
		}
		for i := j + 1; i <= cl1 && i <= j+2; i++ {
			if w := d.toks[i].low; w == "to" || w == "into" {
				return true
			}
		}
	}
	return false
}

// adjectivesOnly reports whether the words from a up to token i are
// words that qualify a noun, no preposition or verb among them but an
// "of" first: "250 nationwide rallies", "dozens of marches", not
// "thousands to rallies".
func (d *document) adjectivesOnly(a, i int) bool {
	for j := a; j < i; j++ {
		if j == a && d.toks[j].low == "of" {
			continue
		}
		if t := &d.toks[j]; t.kind != tWord || d.lx.prep[t.low] || t.cls&cAux != 0 || d.cls(j)&cBreaker != 0 {
			return false
		}
	}
	return true
}

// purposeAfter reports a "to" within three words after token i, past
// verbs of coming and going and their particles: "came out to protest".
func (d *document) purposeAfter(i int, s sentence) bool {
	for j := i + 1; j <= s.last && j <= i+3; j++ {
		if d.toks[j].low == "to" {
			return true
		}
		if !d.lx.motion[d.toks[j].low] {
			return false
		}
	}
	return false
}

// closingBracket returns the ")" that closes the "(" at token i within a
// few words of sentence s, else -1.
func (d *document) closingBracket(i int, s sentence) int {
	for j := i + 1; j <= s.last && j <= i+6; j++ {
		switch d.toks[j].low {
		case ")":
			return j
		case "(":
			return -1
		}
	}
	return -1
}

// crosshead reports a sentence that is a heading inside the story: a line
// of its own, a paragraph with no stop between paragraphs of prose
// ("700,000 in Paris" over the paragraph that tells it). It opens a
// part of the story; it goes on with nothing the paragraph above counted.
func (d *document) crosshead(si int) bool {
	if si == 0 || si+1 >= len(d.sents) || d.stopped(si) || !d.stopped(si-1) || !d.stopped(si+1) {
		return false // not between sentences of prose: a list's item, a headline
	}
	return d.toks[d.sents[si].first].para && d.toks[d.sents[si+1].first].para
}

// sequenceLabel reports a figure that numbers a part of a sequence: a
// plain number right after a noun of one (lexicon's sequence: "day two",
// "stage 3", "round two of talks") and before no noun of its own.
func (d *document) sequenceLabel(k int, s sentence) bool {
	if k-1 >= s.first && scaleLabels[d.toks[k-1].low] {
		// "a force seven gale", "a category 4 storm": a step of a scale.
		if v, ok := d.figs[d.toks[k].fig].q.Value.Int64(); ok && v >= 0 && v <= 12 {
			return true
		}
	}
	if k-1 < s.first || d.toks[k-1].kind != tWord || !d.lx.sequence[d.toks[k-1].low] {
		return false
	}
	n := k + 1
	return n > s.last || d.toks[n].kind != tWord || d.cls(n)&cPrep != 0 || d.toks[n].low == "and"
}

// bareCount reports a figure at token j that is a count of nothing named:
// no unit, no measure of its own ("3", "12").
func (d *document) bareCount(j int) bool {
	t := &d.toks[j]
	return t.kind == tFig && d.figs[t.fig].class == numbers.Count && d.figs[t.fig].q.Unit == claims.Count && d.figs[t.fig].ucode == ""
}

// listedLabels reports a figure in a list in brackets of bare figures
// alone, small and rising ("(3, 6, 9 and 12)"), that are as many as a
// count told before the bracket in the sentence ("four wards"): the list
// names which ones.
func (d *document) listedLabels(k int, s sentence) bool {
	item := func(j int) bool {
		return d.bareCount(j) || d.toks[j].low == "," || d.toks[j].low == "and"
	}
	a := k
	for a > s.first && item(a-1) {
		a--
	}
	e := k
	for e < s.last && item(e+1) {
		e++
	}
	if a <= s.first || e >= s.last || d.toks[a-1].low != "(" || d.toks[e+1].low != ")" {
		return false
	}
	n, last := int64(0), int64(-1)
	for j := a; j <= e; j++ {
		if d.toks[j].kind == tFig {
			// Numbers of things run up and stay small; counts per
			// item ("two towns (4,000 and 7,500)") need not.
			v, ok := d.figs[d.toks[j].fig].q.Value.Int64()
			if !ok || v <= last || v >= 100 {
				return false
			}
			n, last = n+1, v
		}
	}
	if n < 2 {
		return false
	}
	for j := a - 2; j >= s.first; j-- {
		if t := &d.toks[j]; t.kind == tFig {
			v, ok := d.figs[t.fig].q.Value.Int64()
			return ok && v == n
		}
	}
	return false
}

// numberedNames reports a figure among small bare numbers joined by
// "and", "or" or commas right after a plural noun of things, that name
// which of them ("wards 3 and 9", "gates 2, 4 or 6"), and no noun after
// them.
func (d *document) numberedNames(k int, s sentence) bool {
	bare := func(j int) bool {
		if !d.bareCount(j) {
			return false
		}
		t := &d.toks[j]
		v, ok := d.figs[t.fig].q.Value.Int64()
		return ok && v >= 0 && v < 1000 && !d.figs[t.fig].q.Vague
	}
	join := func(j int) bool { w := d.toks[j].low; return w == "and" || w == "or" || w == "," }
	if !bare(k) {
		return false
	}
	a, e, n := k, k, 1
	for a-2 >= s.first && join(a-1) && bare(a-2) {
		a, n = a-2, n+1
	}
	for e+2 <= s.last && join(e+1) && bare(e+2) {
		e, n = e+2, n+1
	}
	if n < 2 || a-1 < s.first || !d.phraseEnds(e+1, s) {
		return false
	}
	h := a - 1
	if m, _ := d.measureAt(h); m != "" || d.ownNoun(h) == "" || d.personLike(d.toks[h].low) || d.lx.place[d.toks[h].low] ||
		d.lx.linking[d.toks[h].low] || d.gram(h)&gVerb != 0 || d.cls(h)&cAux != 0 {
		return false // "marchers 300 and 400", "districts 12 and 14": counts
	}
	return true
}

// noncount marks a figure that counts what no claim counts.
const noncount = "\x00noncount"

// noncountNoun reports a noun at token i that counts nothing a claim is
// about when the figure at k counts it: "two sides", "three buses"; and
// countries, but for countries that act: the source of people or aid
// ("rescuers from 61 countries", "pledged by 30 countries") or the subject
// of a verb ("55 countries have offered aid"). The story's own parties
// ("the two countries swapped 95 each", "a deal involving seven
// countries", "people in the two countries") and the places where
// something happened ("across three countries") count nothing.
func (d *document) noncountNoun(i, k int) bool {
	w := d.toks[i].low
	if d.lx.noncount[w] {
		return true
	}
	if !d.lx.countryNouns[w] {
		return false
	}
	if k == 0 {
		return true
	}
	switch d.toks[k-1].low {
	case "the", "these", "those":
		return true // "officials from the three countries": the story's own
	}
	if d.lx.countryActs[d.toks[k-1].low] {
		return false
	}
	if j := i + 1; j < len(d.toks) && d.toks[j].kind == tWord && d.sentOf[j] == d.sentOf[i] &&
		(d.cls(j)&cAux != 0 || strings.HasSuffix(d.toks[j].low, "ed") || isIrregularPast(d.toks[j].low)) {
		return false
	}
	return true
}

// supportIsVote reports whether a share "in support" ("55% support",
// "70 percent backing") is a share of the vote: in a story that names a
// vote or an election somewhere, or one that names no strike or protest
// people could back instead.
func (d *document) supportIsVote() bool {
	d.lookVoting()
	return d.voting > 0
}

// namesVote reports a story that names a vote or an election somewhere
// ("the vote", "voters", "the runoff").
func (d *document) namesVote() bool {
	d.lookVoting()
	return d.voting == 2
}

// storyMovers returns the noun of people who cross borders that the story
// names first before token k ("migrants", "immigrants"), or "" when it
// names none there.
func (d *document) storyMovers(k int) string {
	for j := 0; j < k; j++ {
		if t := &d.toks[j]; t.kind == tWord && movedPeople[t.low] {
			return t.low
		}
	}
	return ""
}

// namesVoteBut reports a story that names a vote or an election by a word
// other than w: a crowd's "turnout" names none.
func (d *document) namesVoteBut(w string) bool {
	for j := range d.toks {
		if t := d.toks[j].low; t != w && (electionWords[t] || voteWords[t]) {
			return true
		}
	}
	return false
}

// lookVoting sets d.voting: 2 when the story names a vote, else -1 when
// it names a strike or a protest, else 1.
func (d *document) lookVoting() {
	if d.voting != 0 {
		return
	}
	d.voting = 1
	for j := range d.toks {
		w := d.toks[j].low
		if electionWords[w] || voteWords[w] {
			d.voting = 2
			return
		}
		if d.lx.eventCount[w] == "strikers" {
			d.voting = -1
		} else if m, _ := d.measureAt(j); m == "protesters" || m == "strikers" {
			d.voting = -1
		}
	}
}

// crowdStory reports a story that names a crowd or a gathering of one
// at least twice ("the rally", "marchers", "took to the streets"): its
// people that nothing else names are the crowd's.
func (d *document) crowdStory() bool {
	if d.crowds != 0 {
		return d.crowds > 0
	}
	d.crowds = -1
	n := 0
	for j := 0; j < len(d.toks); j++ {
		for j < len(d.toks) && d.toks[j].first&16 == 0 {
			j++ // no crowd's phrase starts here
		}
		if j == len(d.toks) {
			break
		}
		if d.toks[j].kind != tWord {
			continue
		}
		m, l := d.names[d.mcache[j].name], int(d.mcache[j].n)
		if !d.mcache[j].done {
			m, l = d.measureAtSlow(j) // one look over the story: not cached, which would add its names
		}
		if m == "protesters" {
			if n++; n >= 2 {
				d.crowds = 1
				break
			}
			j += l - 1
		}
	}
	return d.crowds > 0
}

// ownVerbNext reports a verb right after a noun at token i, past
// auxiliaries and adverbs: "sought help", "have since left"; not past a
// comma, which closes an aside the noun is in ("rallies, numbering 900
// people, took place").
func (d *document) ownVerbNext(i int, s sentence) bool {
	for ; i <= s.last; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if t.cls&cAux != 0 || strings.HasSuffix(t.low, "ly") {
			continue
		}
		return strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || isIrregularPast(t.low)
	}
	return false
}

// deadPeopleAfter reports a noun of people from token i, past demonyms
// and names of where they are from: "Ukrainian servicemen", "marines".
func (d *document) deadPeopleAfter(i int, s sentence, q int32) bool {
	for n := 0; i <= s.last && n < 3; i, n = i+1, n+1 {
		t := &d.toks[i]
		if t.kind != tWord || t.quote != q {
			return false
		}
		if m, _ := d.measureAt(i); m != "" && d.lx.measureClass[m]&mcPeople != 0 || d.personLike(t.low) {
			return true
		}
		if !t.capital && d.x.demonyms[t.low] == "" {
			return false
		}
	}
	return false
}

// possessiveAt reports a possessive at token j: a possessive pronoun
// ("her", "its") or a name's ("Holt's").
func (d *document) possessiveAt(j int) bool {
	w := d.toks[j].low
	return d.lx.g.possPron[w] || w == "its" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func (d *document) measureOf(k int, s sentence, f figure, b *builder) string {
	key := d.paraOf[d.sentOf[k]]
	fv, fvOK := f.q.Value.Int64() // outside the closure, which would move f to the heap
	carry := func(far bool) (string, bool) {
		if (d.lastMeasureKey == key || far && d.lastMeasureKey == key-1) && d.lastMeasure != "" && !d.crosshead(d.sentOf[k]) {
			if d.lastMeasure == "protests" && d.x.canon["protesters"] && (d.guessedAt(k, s) || fvOK && fv >= 1000) {
				// "two rallies …; the police estimate put the total at
				// 80,000": gatherings are counted, their crowd guessed at;
				// and a count in the thousands after them is their crowd,
				// not more gatherings.
				b.whyText("measure", "a guess after a count of gatherings is their crowd")
				return "protesters", true
			}
			if fvOK && fv >= 1000 && !d.x.canon[d.lastMeasure] && !d.personLike(d.lastMeasure) && d.x.canon["protesters"] && d.crowdStory() {
				// "three teams counted along the route … their average was
				// 34,000": in a story of crowds, thousands after a count
				// of things no vocabulary knows are the crowd.
				b.whyText("measure", "a count in the thousands after a count of things is the crowd")
				return "protesters", true
			}
			b.whyText("measure", "carried over from the figure before: "+d.lastMeasure)
			return d.lastMeasure, true
		}
		return "", false
	}
	if d.listedLabels(k, s) || d.numberedNames(k, s) {
		return noncount // "four wards were shut (3, 6, 9 and 12)": which ones, not how many
	}
	if d.sequenceLabel(k, s) {
		return noncount // "on day two of the swap", "in stage 3": which one, not how many
	}
	if f.q.Unit != claims.Percent && d.populationOf(k, s, b) {
		return "population" // "a town of 40,000", "Tarn, with 90,000 people,"
	}
	if j, ok := d.chargedAt(k, s); ok {
		b.why("measure", d.span(j, j))
		return "charged" // "charges will be brought against 30": the charged
	}
	// 1. "X of [an additional] N".
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) {
		j--
	}
	if j > s.first && d.toks[j].low == "of" && d.toks[j].quote == d.toks[k].quote {
		if m, i0, ok := d.measureEnding(j-1, s.first); ok && d.cls(j-1)&cPerson == 0 {
			b.why("measure", d.span(i0, j-1))
			return m
		}
	}
	percent := f.q.Unit == claims.Percent
	if percent {
		// "a 41% fall in sea arrivals": what the noun of change changes.
		if m, ok := d.changeNounMeasure(k, s, f, b); ok {
			return m
		}
	}
	if percent && k+1 <= s.last && d.x.canon["votes"] {
		switch d.toks[k+1].low {
		case "support", "backing", "approval", "yes", "no", "in":
			w := d.toks[k+1].low
			support := w != "in" || k+2 <= s.last && (d.toks[k+2].low == "favour" || d.toks[k+2].low == "favor")
			switch {
			case !support: // an "in" that opens no "in favour"
			case d.supportIsVote():
				return "votes" // "passing with 55% support", "52% in favour"
			case w == "support" || w == "backing" || w == "approval":
				b.why("measure", d.span(k+1, k+1))
				return w // a strike's "70 percent backing": no vote, the share of those who back it
			}
		}
	}
	// "the army lost 27 soldiers": the dead.
	if j := k - 1; j >= s.first && (d.toks[j].low == "lost" || d.toks[j].low == "loses" || d.toks[j].low == "lose") && d.x.canon["deaths"] {
		if i := k + 1; i <= s.last && d.toks[i].kind == tWord && (d.cls(i)&cPerson != 0 || armedMeasure(d.x.measures[d.toks[i].low])) {
			b.why("measure", d.span(j, j))
			return "deaths"
		}
	}
	// 2. The noun phrase after the figure (past a closing quotation mark:
	// counted "well over 500,000" marchers).
	i := k + 1
	if i <= s.last && (d.toks[i].closeQ || d.isQuoteMark(i)) {
		i++
	}
	if percent && i+1 <= s.last && d.lx.shareNoun[d.toks[i].low] && d.toks[i+1].low == "of" {
		i++ // "his 62% share of the vote": a share of what follows
	}
	if percent && i <= s.last && d.lx.shareNoun[d.toks[i].low] && (i == s.last || d.toks[i+1].low != "of") &&
		k > s.first && d.possessiveAt(k-1) && d.x.canon["votes"] && d.namesVote() {
		// "left her 56.4 percent share intact", in a story of a vote: the
		// holder's share of the vote.
		b.why("measure", d.span(k-1, i))
		return "votes"
	}
	if i <= s.last && d.toks[i].low == "of" && !percent {
		if m, ok := d.verbBefore(k, s); ok {
			b.why("measure", d.span(k-1, k-1))
			return m // "arrested one of the marchers", "killed 40 of the passengers": what befell them
		}
	}
	ofThe := false // "323 of the casualties": a part of a whole told before
	if i <= s.last && d.toks[i].low == "of" {
		i++ // "79 of its soldiers", "38 of the 141 seats"
		for i <= s.last && (isDeterminer(d.toks[i].low) || d.toks[i].kind == tFig) {
			ofThe = ofThe || d.toks[i].low == "the" || d.toks[i].low == "these" || d.toks[i].low == "those"
			i++
		}
	}
	for i <= s.last && i < k+3 && isNumberModifier(d.toks[i].low) && d.toks[i].low != "of" && !isArticle(d.toks[i].low) && i+1 <= s.last && d.toks[i+1].kind == tWord && d.cls(i+1)&cBreaker == 0 {
		i++ // "600 more bodies", "3,000 additional troops"
	}
	if i+2 <= s.last && d.toks[i].low == "[" && d.toks[i+2].low == "]" && d.toks[i+1].kind == tWord {
		i++ // "about 3,000 [bodies] are ready": the editor's word for what is counted
	}
	if i+2 <= s.last && d.lx.unitOf[d.toks[i].low] && d.toks[i+1].low == "of" {
		// "6,060 sets of remains", "200 pairs of boots": one of each is
		// one of what follows.
		i += 2
		for i <= s.last && isDeterminer(d.toks[i].low) {
			i++
		}
	}
	if np0 := i; np0 <= s.last && np0 == k+3 && d.toks[k+1].low == "of" && (d.toks[k+2].low == "them" || d.toks[k+2].low == "whom") &&
		d.toks[np0].kind == tWord && strings.HasSuffix(d.toks[np0].low, "ly") && d.ownNoun(np0) == "" {
		// "8,000 injured, 900 of them seriously": a part of the group told
		// before, said by how badly; it counts what the group counts.
		if m, ok := carry(false); ok {
			return m
		}
	}
	head := -1
	np0 := i // the noun phrase's first word
	q := d.toks[k].quote
	if k+1 <= s.last && (d.toks[k+1].closeQ || d.isQuoteMark(k+1)) && np0 <= s.last {
		q = d.toks[np0].quote // counted "more than 800,000" pro-Palestine protesters
	}
	for ; i <= s.last && i <= k+6; i++ {
		t := &d.toks[i]
		if t.kind != tWord || t.quote != q {
			break
		}
		if i == np0 && d.lx.deadBefore[t.low] && d.x.canon["deaths"] && d.deadPeopleAfter(i+1, s, q) {
			// "900 fallen Ukrainian servicemen": the dead, whom a
			// handover makes bodies.
			b.why("measure", d.span(i, i))
			return "deaths"
		}
		if d.lx.gatherings[t.low] && d.adjectivesOnly(k+1, i) {
			// "more than 200 rallies across the country": the figure
			// counts the gatherings, not the people in them.
			b.why("measure", d.span(i, i))
			return "protests"
		}
		if m, n := d.measureAt(i); m != "" && !d.modifierNoun(i, n, s) {
			if n == 1 && d.placeOfPeople(i, m) {
				// "310 camps", "12 shelters": the figure counts the
				// places, not the people the vocabulary finds in them.
				b.why("measure", d.span(np0, i))
				return d.phraseText(np0, i)
			}
			if ofThe && d.lx.looseToll[t.low] {
				// "of the casualties", when the story has counted its
				// dead: the whole it is a part of says what they are.
				if lm, ok := carry(true); ok && d.lx.measureClass[lm]&mcToll != 0 {
					return lm
				}
			}
			if ofThe && (t.cls&cPerson != 0 || armedMeasure(m)) && d.lastMeasureSent >= d.sentOf[k]-1 &&
				(d.lastMeasure == "bodies" || d.lastMeasure == "deaths") {
				// "300 bodies came back, 40 of the soldiers from the
				// north": a part of the dead told just before (in its
				// sentence or the one before) counts what they count.
				b.whyText("measure", "a part of the dead told before: "+d.lastMeasure)
				return d.lastMeasure
			}
			if t.cls&cPerson != 0 && !percent {
				// "killed 20 soldiers", "wounded 40 civilians": what the verb
				// did to the people named is what is counted.
				if vm, ok := d.verbBefore(k, s); ok && d.lx.measureClass[vm]&mcToll != 0 {
					b.why("measure", d.span(k-1, k-1))
					return vm
				}
			}
			if (t.cls&cPerson != 0 || d.lx.measureClass[m]&mcCrowd != 0 && i+1 <= s.last && d.gram(i+1)&(gBe|gHave) != 0) && n == 1 {
				// "two protesters were arrested", "one protester was
				// killed": what happened to them is what is counted.
				if pm, ok := d.predicate(i+1, s); ok && !d.lx.movedPeople[pm] && !d.crowdByPredicate &&
					!(d.lx.measureClass[m]&mcResult != 0 && d.lx.measureClass[pm]&mcCrowd != 0) {
					// (Voters who "turned up" went to vote: no crowd; soldiers
					// who filled the square are soldiers still.)
					return pm
				}
			}
			b.why("measure", d.span(i, i+n-1))
			return m
		}
		if i == np0 && d.elidedAdverb(i, s) {
			break // "120 wholly washed away", "40 partly and 12 …": how, with the noun left out
		}
		participle := strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || isIrregularPast(t.low)
		if participle && i == np0 && i+1 <= s.last && d.toks[i+1].kind == tWord && d.toks[i+1].quote == q &&
			d.cls(i+1)&cBreaker == 0 && d.cls(i)&cBreaker == 0 && d.ownNoun(i+1) != "" {
			continue // "32.7% of striking teachers", "40,000 registered voters": a participle before its noun
		}
		if (t.low == "and" || t.low == "or") && head >= 0 {
			// "50 women and children hostages": one noun phrase, counted
			// by its last noun.
			if j := i + 1; j+1 <= s.last && j <= k+6 && d.toks[j].kind == tWord && d.toks[j].quote == q && !d.toks[j].capital {
				if m, n := d.measureAt(j + 1); m != "" && d.toks[j+1].quote == q {
					b.why("measure", d.span(j+1, j+n))
					return m
				}
			}
			// "300 large and small French cities", "Turkish and foreign
			// rescue workers": adjectives joined before one noun.
			if d.adjectiveAnd(i, s, q) {
				continue
			}
		}
		if d.cls(i)&cBreaker != 0 || participle || d.lx.comparative[t.low] {
			break // "40 pct higher than recorded": a comparison, no noun
		}
		if d.noncountNoun(i, k) && !percent && f.class != numbers.Ratio { // "three out of four trains" is a share
			return noncount
		}
		if d.lx.countryNouns[t.low] && !percent {
			// Countries that act are counted as countries, whatever the
			// verb after them: "prisoners from 12 countries were freed".
			b.why("measure", d.span(i, i))
			return t.low
		}
		head = i
		if d.ownNoun(i) != "" && i+1 <= s.last && d.ownNoun(i+1) == "" {
			break // the first plural noun heads the phrase: "640 families need shelter"
		}
	}
	if head >= 0 {
		w := d.toks[head].low
		switch {
		case d.noncountNoun(head, k) && !percent && f.class != numbers.Ratio:
			return noncount
		case d.lx.frame[w]:
			if m, ok := d.nearestMeasure(k, s, b); ok {
				return m
			}
			if d.lastMeasure != "" && f.q.Reciprocal {
				b.whyText("measure", "carried over from the figure before: "+d.lastMeasure)
				return d.lastMeasure
			}
			head = -1
		default:
			// "Among the dead were two children": the group named first.
			if cl0, _ := d.clause(s, k); d.toks[cl0].low == "among" {
				if m, n := d.measureAt(cl0 + 1); m != "" {
					b.why("measure", d.span(cl0+1, cl0+n))
					return m
				} else if cl0+2 < k {
					if m, n := d.measureAt(cl0 + 2); m != "" {
						b.why("measure", d.span(cl0+2, cl0+1+n))
						return m
					}
				}
				// "Among the freed civilians were eight people": people
				// who say nothing of themselves are of the group named.
				if a, h, ok := d.nounPhrase(cl0+1, s, d.toks[k].quote); ok && d.lx.faceless[w] && h < k && d.ownNoun(h) != "" {
					for a < h && (strings.HasSuffix(d.toks[a].low, "ed") || isIrregularPast(d.toks[a].low)) {
						a++ // "the freed civilians": civilians, whatever befell them
					}
					if m := d.phraseText(a, h); m != "" {
						b.why("measure", d.span(a, h))
						return m
					}
				}
			}
			// "the release of the prisoners — 30 women and 9 teenagers":
			// people of no measure of their own set after a dash or a
			// colon that follows a measure are what it names.
			if k-2 >= s.first && d.lx.person[w] && !percent {
				switch d.toks[k-1].low {
				case "—", "–", ":":
					if m, i0, ok := d.measureEnding(k-2, s.first); ok && d.lx.measureClass[m]&mcPeople != 0 {
						b.why("measure", d.span(i0, k-2))
						return m
					}
				}
			}
			// "150 women and children among thousands of detainees", "12
			// children among the dead": a part of the whole named after
			// "among" counts what the whole counts.
			if m, ok := d.amongWhole(head, s, b); ok {
				return m
			}
			// "the victims included 21 people": a part of the whole the
			// subject of a verb of inclusion names.
			if m, ok := d.includedIn(k, s, b); ok {
				return m
			}
			// In a story of protests, people "in the streets" are its
			// protesters (after a quake they are not).
			if d.sawProtest && d.inTheStreets(head+1, s) {
				b.why("measure", d.span(head, head))
				return "protesters"
			}
			// A rate: "1 to 2 people per square metre".
			if m, ok := d.perPhrase(np0, head, s, b); ok {
				return m
			}
			// A noun the vocabulary does not know ("people", "suspects",
			// "defenders"): the verb says what happened to them.
			// Places are no people: "12 districts have been affected" are
			// districts.
			if m, ok := d.predicate(head+1, s); ok && !d.lx.place[d.toks[head].low] && (!d.lx.movedPeople[m] && !d.crowdByPredicate || d.lx.faceless[d.toks[head].low]) {
				// (Only a noun that says nothing of who they are is named
				// by how they moved: "310 migrants arrived" are migrants,
				// "three boats arrived" boats.)
				b.why("measure", d.span(head, head))
				return m
			}
			if m, ok := d.verbBefore(k, s); ok {
				return m
			}
			// "estimating the crowd at 300,000 people", "A rally drew 300
			// people": the noun the figure is linked to, or the subject of
			// the verb that takes it; a thing named as such ("maps of 500
			// mines", "voiced two demands") counts itself, whatever the
			// measure before it.
			if !d.thingNoun(head) {
				if m, ok := d.subjectMeasure(k, s, b); ok {
					return m
				}
			}
			// People in a story of protests are its protesters: "Two
			// hundred thousand citizens are telling the government …".
			if d.sawProtest && (d.lx.generic[w] || w == "citizens") && (d.toks[k].quote != 0 || d.guessedAt(k, s)) {
				return "protesters"
			}
			// "people", "individuals": what the sentence says of them
			// ("whose homes are gone", "confirmed as resident"), never
			// the bare noun.
			if d.lx.faceless[w] && !percent {
				if m, ok := d.broughtTo(k, s, b); ok {
					return m
				}
				if m, ok := d.describedPeople(head, s, b); ok {
					return m
				}
			}
			// A noun beyond the vocabulary is kept as what it is ("12
			// ambulances", "20 villages", "7,354 bags", "eight trade union
			// centres"), but for people, whom the clause's verb names
			// (prisoners when handed over), and but for people who move across
			// borders, who stay what they are when let in or sent back; it wins
			// over the measure of the figure before.
			if m := d.ownNoun(head); m != "" && !d.lx.faceless[w] && (!d.personLike(m) || percent || movedPeople[m]) && !(head+1 <= s.last && (d.toks[head+1].low == "who" || d.toks[head+1].low == "whom")) {
				b.why("measure", d.span(np0, head))
				return d.phraseText(np0, head)
			}
			// "2.5 million staff were on strike, or 24% of the workforce":
			// a share of a whole body of people beside a count of them in
			// its sentence is that count's share.
			if percent && d.lx.wholeBody[w] && d.lastMeasureSent == d.sentOf[k] && d.lx.measureClass[d.lastMeasure]&mcPeople != 0 {
				b.whyText("measure", "the share of the count before: "+d.lastMeasure)
				return d.lastMeasure
			}
			// A share of something named as it is: "76 per cent of the
			// initial target", "21% of the economy".
			if percent && np0 > k+1 && d.toks[np0-1].kind == tWord {
				if m := d.phraseText(np0, head); m != "" {
					b.why("measure", d.span(np0, head))
					return m
				}
			}
			// People of a kind the story has been counting ("Of the 14
			// foreigners, six were Poles"), unless a verb of their own
			// says what they did ("officers were deployed").
			if cl0, _ := d.clause(s, k); !d.verbAfter(head+1, s) && !d.namedPeople(k, s, np0, head) && !d.objectOfVerb(k, s) && !d.heldByVerb(k, cl0) {
				far := d.lx.person[w] || d.toks[head].capital || d.x.demonyms[strings.TrimSuffix(w, "s")] != ""
				// Not "203 men" after "20 homes": people are no homes.
				// (People who say nothing of themselves go on counting
				// the people before: "299 migrants in 2018, 1,843 in 2019
				// and 8,466 individuals in 2020".)
				if !d.personLike(w) || d.lx.measureClass[d.lastMeasure]&mcPeople != 0 ||
					d.lx.faceless[w] && (d.personLike(d.lastMeasure) || d.lx.movedPeople[d.lastMeasure]) {
					if m, ok := carry(far); ok {
						if m != w && !d.lx.faceless[w] && d.lastMeasureSent != d.sentOf[k] && d.lx.measureClass[m]&mcToll != 0 {
							// "Four of the workers are in the basement",
							// after a count of the injured: people the
							// figure's own noun does not say are that.
							_ = b.c.Confidence.Set("measure", claims.Inferred)
						}
						return m
					}
				}
			}
			if d.lx.faceless[w] && head == np0 && !percent && !d.ownVerbNext(head+1, s) && d.x.canon["protesters"] && d.crowdStory() {
				// "brought together 30,000 people", "rallies numbering
				// thousands of people": in a story of crowds, people
				// nothing else names, by no word of their own nor a verb
				// of theirs, are the crowd.
				b.whyText("measure", "people in a story of crowds are its crowd")
				return "protesters"
			}
			return ""
		}
	}
	if k+1 <= s.last && d.toks[k+1].low == "without" {
		return "" // "left 1.2 million without power"
	}
	if head < 0 && k+2 <= s.last && d.toks[k+1].low == "in" && d.lx.moneyNoun[d.toks[k+2].low] && d.phraseEnds(k+3, s) {
		return noncount // "making millions in profit": an amount with no currency, no one counted
	}
	if head < 0 && !percent {
		j := k + 1
		for j <= s.last && (d.toks[j].low == "more" || d.toks[j].low == "others" || d.toks[j].low == "other" ||
			d.toks[j].low == "of" || d.toks[j].low == "them" || d.toks[j].low == "people" ||
			d.toks[j].low == "those" || d.toks[j].low == "who" || d.toks[j].low == "whom") {
			// "54 of those who perished": the verb of the people the figure is of
			j++
		}
		if m, ok := d.predicate(j, s); ok {
			b.why("measure", d.span(j, min(j+2, s.last)))
			return m
		}
		if m, ok := d.verbBefore(k, s); ok {
			return m
		}
		if m, ok := d.subjectMeasure(k, s, b); ok {
			return m
		}
		if m, ok := d.crowdAt(k, s, b); ok {
			return m
		}
	}
	if percent && k > s.first && head < 0 && d.x.canon["votes"] {
		// "the party won 41%": of the vote; "she scored 48%", in a story
		// that names a vote.
		if w := d.toks[k-1].low; shareWonVerbs[w] || shareScoredVerbs[w] && d.namesVote() {
			return "votes"
		}
	}
	if percent && head < 0 && d.x.canon["votes"] {
		// "doubled its share to 23.8%", "a vote share of 31%": a party's
		// share is of the vote.
		for j := k - 1; j >= s.first && j >= k-4; j-- {
			if d.toks[j].low == "share" && j > s.first {
				if p := d.toks[j-1].low; p == "its" || p == "their" || p == "vote" || p == "his" || p == "her" {
					b.why("measure", d.span(j-1, j))
					return "votes"
				}
			}
		}
	}
	if percent && head < 0 && k+1 <= s.last && d.lx.movedPeople[d.lx.peopleState[d.toks[k+1].low]] &&
		!(d.lx.motion[d.toks[k+1].low] && d.purposeAfter(k+1, s)) { // not "54 percent came out to vote"
		// "with some 40 percent arriving on the islands": a share of the
		// people who moved, named by how they moved.
		b.why("measure", d.span(k+1, k+1))
		return d.lx.peopleState[d.toks[k+1].low]
	}
	if f.class == numbers.Ratio && head < 0 && k > s.first && d.toks[k-1].low == "by" {
		// "The number of arrivals fell by about two-thirds": a change by
		// a share of what the subject of the verb of change counts.
		if m, ok := d.changedSubject(k, s, f, b); ok && d.countedNoun(m) {
			return m // (not "the river rose by a third")
		}
	}
	if percent && head < 0 {
		// "a mean rate of nurses on strike of 28.4%", "striker rates of
		// at least 55%": the rate says what the share is of.
		if m, ok := d.rateMeasure(k, s, b); ok {
			return m
		}
		// "hiked prices of fuel by up to 100 percent": what the verb of
		// change changed.
		if m, ok := d.changeOf(k, s, b); ok {
			return m
		}
		// "Removals from the Netherlands increased by 17%": the subject
		// of the verb of change.
		if m, ok := d.changedSubject(k, s, f, b); ok {
			return m
		}
		if k > s.first && (d.toks[k-1].low == "with" || d.toks[k-1].low == "on") && d.x.canon["votes"] {
			return "votes" // "re-elected with 41%", "on 23%"
		}
		// "28.4% of nurses on strike by the ministry's count, 55% by the
		// unions'": the share of the figure before in the
		// sentence, whose noun is left out.
		if d.lastShare != "" && d.lastShareSent == d.sentOf[k] {
			b.whyText("measure", "carried over from the share before: "+d.lastShare)
			return d.lastShare
		}
	}
	if percent {
		if (f.q.Change != claims.Level || d.comparedThan(k, s)) && head < 0 && (d.numberLinked(k, s) || d.pronounLinked(k, s)) {
			// "That figure is 35% higher than a year ago": a change of
			// what the figure it refers to counts.
			if m, ok := carry(true); ok {
				return m
			}
		}
		if m, ok := d.nearestMeasure(k, s, b); ok {
			if m == "voters" && d.x.canon["turnout"] {
				return "turnout" // a share of the voters is the turnout
			}
			return m
		}
		// "Inflation fell to 3.1%": the subject of the verb of change.
		if j := d.linkedBefore(k, s); j >= 0 && head < 0 {
			if m, ok := d.subjectNoun(j, s, b); ok {
				return m
			}
		}
		if head < 0 && d.lastShare != "" && d.paraOf[d.lastShareSent] == key {
			b.whyText("measure", "carried over from the share before: "+d.lastShare)
			return d.lastShare
		}
		return ""
	}
	// 3. A noun linked to the figure before it: "the number of
	// people who fled … stands at 6,410" (the noun the number is of),
	// "the toll was put as high as 700", "arrivals totaled 51,200", "the
	// population is 84 million" (the subject).
	if j := d.linkedBefore(k, s); j >= 0 {
		if m, ok := d.frameMeasure(j, s, b); ok {
			return m
		}
		if m, ok := d.measureBefore(k, s.first, s, b); ok {
			return m
		}
		if m, ok := d.subjectNoun(j, s, b); ok {
			return m
		}
	}
	// 4. A bare figure in brackets after a name ("the number of injured
	// is highest in Oranmore (412)") counts what its own sentence named
	// before it, not what the sentence before counted; never the places
	// of a count of places ("rallies in 40 towns, Lille (3,000)").
	if head < 0 {
		if m, ok := d.bracketMeasure(k, s, b); ok {
			return m
		}
	}
	// 5. Carried over, but for a bare figure whose own sentence names a
	// crowd or a toll before it: "Rallies were held in ten towns, with
	// organisers claiming thousands in some" counts the rallies' people,
	// not the arrests of the sentence before.
	if head < 0 && d.lastMeasureSent != d.sentOf[k] && d.lastMeasure != "" {
		var nb builder
		nb.d = d
		if m, ok := d.measureBefore(k, s.first, s, &nb); ok && m != d.lastMeasure && d.lx.measureClass[m]&(mcCrowd|mcToll) != 0 {
			b.c.Reasons = append(b.c.Reasons, nb.c.Reasons...)
			return m
		}
	}
	if m, ok := carry(true); ok {
		return m
	}
	// 6. A bare figure in brackets or in a list ("counted marchers in
	// several towns: Lyon (4,500), Sète (1,200)") counts what its sentence
	// named before it.
	if head < 0 && k > s.first && k+1 <= s.last && d.toks[k+1].kind == tPunct {
		switch d.toks[k-1].low {
		case "(", ":", "–", "—", "-":
			if m, ok := d.measureBefore(k, s.first, s, b); ok {
				return m
			}
		}
	}
	if v, ok := f.q.Value.Int64(); head < 0 && !percent && f.q.Unit == claims.Count && f.ucode == "" && (ok && v >= 1000 || f.q.Vague) &&
		d.x.canon["protesters"] && d.crowdStory() && !d.crosshead(d.sentOf[k]) {
		// "one paper reporting some 40,000 nationwide": in a story of
		// crowds, a bare figure in the thousands nothing else names is
		// a crowd's size.
		b.whyText("measure", "a bare count in a story of crowds is a crowd")
		return "protesters"
	}
	return ""
}

// chargedAt finds the noun of a legal action ("charges", "proceedings")
// brought "against" the figure at token k, within its clause before it,
// when no noun of its own follows the figure or only one that says
// nothing of the people: "charges were filed against 30", "proceedings
// against 12 persons".
func (d *document) chargedAt(k int, s sentence) (int, bool) {
	if k-1 <= s.first || d.toks[k-1].low != "against" {
		return 0, false
	}
	if i := k + 1; i <= s.last && d.toks[i].kind == tWord && d.ownNoun(i) != "" && !d.lx.faceless[d.toks[i].low] {
		return 0, false
	}
	cl0, _ := d.clause(s, k)
	for j := k - 2; j >= cl0 && j >= s.first && j >= k-8; j-- {
		if d.toks[j].kind == tFig {
			break
		}
		if d.lx.chargeNoun[d.toks[j].low] {
			return j, true
		}
	}
	return 0, false
}

// guessedAt reports a noun of a guess at a size ("estimate", "guess")
// among the few words before the figure at token k in its sentence, with
// no other figure between: "the organisers' estimate: 90,000 people",
// "police estimates put the total at 80,000".
func (d *document) guessedAt(k int, s sentence) bool {
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		if d.toks[j].kind == tFig {
			return false
		}
		if d.lx.crowdGuess[d.toks[j].low] {
			return true
		}
	}
	return false
}

// elidedAdverb reports an adverb of manner at token i, right after a
// figure, before a participle or the end of its item: "300 partly
// flooded and 120 wholly washed away", "of which 40 partly and 12
// fully". The figure's noun is left out; the adverb heads nothing.
func (d *document) elidedAdverb(i int, s sentence) bool {
	t := &d.toks[i]
	if t.kind != tWord || !strings.HasSuffix(t.low, "ly") || d.ownNoun(i) != "" {
		return false
	}
	if m, _ := d.measureAt(i); m != "" {
		return false
	}
	if i == s.last {
		return true
	}
	n := &d.toks[i+1]
	if n.kind != tWord || n.low == "and" || n.low == "or" || n.low == "but" {
		return true
	}
	if !strings.HasSuffix(n.low, "ed") && !isIrregularPast(n.low) {
		return false
	}
	if j := i + 2; j <= s.last && d.toks[j].kind == tWord {
		if m, _ := d.measureAt(j); m != "" || d.ownNoun(j) != "" || d.cls(j)&cPerson != 0 {
			return false // "40 heavily armed men": the participle is the noun's
		}
	}
	return true
}

// tollSubject returns the toll that opens the clause of the figure at k
// when it is the first measure the clause names: "The death toll from the
// missile attack on the port has risen to 12" counts the dead, not the
// missiles named nearer the figure in the phrase that tells whose toll it
// is.
func (d *document) tollSubject(k int, s sentence, b *builder) (string, bool) {
	cl0, _ := d.clause(s, k)
	q := d.toks[k].quote
	for i := cl0; i < k && i <= cl0+3; i++ {
		if d.toks[i].quote != q || d.toks[i].kind != tWord {
			continue
		}
		if m, n := d.measureAt(i); m != "" {
			if d.lx.measureClass[m]&mcToll == 0 || d.cls(i)&cPerson != 0 {
				return "", false
			}
			b.why("measure", d.span(i, i+n-1))
			return m, true
		}
	}
	return "", false
}

// bracketMeasure returns the measure named before the bare figure at k
// in its sentence when the figure opens a bracket after a name:
// "highest in Oranmore (412)", "rallies in Verona (some 12,000 by police
// count)". A noun of places before it ("in 40 towns") counts the places,
// not the bracket's figure: it is passed over, back to the sentence
// before in the paragraph when its own names nothing else.
func (d *document) bracketMeasure(k int, s sentence, b *builder) (string, bool) {
	if k-2 < s.first || d.toks[k-1].low != "(" || d.toks[k-2].kind != tWord || !d.toks[k-2].capital {
		return "", false
	}
	from, places := s.first, false
	if si := d.sentOf[k]; si > 0 && d.paraOf[si-1] == d.paraOf[si] {
		from = d.sents[si-1].first
	}
	q := d.toks[k].quote
	for i := k - 3; i >= from; i-- {
		if i < s.first && !places {
			break // the sentence before only past a count of places
		}
		if d.toks[i].quote != q {
			continue
		}
		if d.lx.place[d.toks[i].low] {
			places = true
			continue
		}
		m, i0, found := d.measureEnding(i, from)
		if !found {
			continue
		}
		b.why("measure", d.span(i0, i))
		return m, true
	}
	return "", false
}

// numberOfAfter reads "the number of X" (or total, toll, tally) right
// after figure k, as in "bringing to 1,900 the number of prisoners freed":
// the measure of X.
func (d *document) numberOfAfter(k int, s sentence, b *builder) (string, bool) {
	if k+4 > s.last || d.toks[k+1].low != "the" || d.toks[k+3].low != "of" {
		return "", false
	}
	if !countNouns[d.toks[k+2].low] {
		return "", false
	}
	i := k + 4
	if d.toks[i].low == "the" && i+1 <= s.last {
		i++
	}
	if m, _ := d.measureAt(i); m != "" {
		b.why("measure", d.span(k+1, i))
		return m, true
	}
	return "", false
}

// numberOfBefore reads "the number of X" (or another of countNouns) right
// before a figure of change ("from 12 to 40", "by 14"), as in "raised the
// number of clinics shut from 12 to 40": the measure of X, or X as
// written when the vocabulary does not know it. The words between X and
// the figure may only go on its phrase (a participle, "away"), never a
// verb of its own.
func (d *document) numberOfBefore(k int, s sentence, f figure, b *builder) (string, bool) {
	fromTo := f.q.Qualifier == claims.Range && strings.HasPrefix(d.text[d.toks[k].start:d.toks[k].end], "from ")
	if k-3 < s.first || f.q.Unit != claims.Count || !fromTo && d.toks[k-1].low != "by" {
		// (a level reached, "to 4,000", is the subject's or the verb's:
		// subjectNoun; a range, "at between 40,000 and 52,000", no change)
		return "", false
	}
	e := k - 1 // the phrase's last word
	if d.toks[e].low == "by" {
		e--
	}
	for o := e; o > s.first && o >= k-6; o-- {
		t := &d.toks[o]
		if t.kind != tWord || t.quote != d.toks[k].quote || d.gram(o)&(gBe|gHave|gModal|gSubord|gRelative|gCoord) != 0 || d.lx.change[t.low] {
			return "", false // "the number of dead rose by 3": the verb's subject (subjectNoun)
		}
		if t.low != "of" {
			continue
		}
		if !countNouns[d.toks[o-1].low] {
			return "", false
		}
		i := o + 1
		if d.toks[i].low == "the" {
			i++
		}
		if i > e {
			return "", false
		}
		if m, n := d.measureAt(i); m != "" && i+n-1 <= e {
			b.why("measure", d.span(o-1, e))
			return m, true
		}
		if m := d.phraseText(i, e); m != "" {
			b.why("measure", d.span(o-1, e))
			return m, true
		}
		return "", false
	}
	return "", false
}

// countedNoun reports a measure whose last word the vocabulary or the
// lexicon counts ("new arrivals", "detainees"), not a thing that grows or
// shrinks ("the river", "prices").
func (d *document) countedNoun(m string) bool {
	w := m[strings.LastIndexByte(m, ' ')+1:]
	return d.x.canon[m] || d.x.canon[w] || d.lx.measureClass[w] != 0 || d.lx.movedPeople[w]
}
