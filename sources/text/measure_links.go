package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// What a figure with no noun of its own counts: the noun of a rate that
// governs it, what a verb of change changed, a noun it is linked to, the
// event or crowd told before it (the measure stage, measure.go).

// rateMeasure reads what a percentage with no noun of its own is a share
// of, from the nearest noun of rate or share before it in its sentence:
// "a mean rate of nurses on strike of 28.4%" (the noun phrase after
// "of"), "striker rates at least 55%", "an abstention rate above 40
// percent" (the noun before the rate). A possessive before the rate names
// whose share it is, not of what.
func (d *document) rateMeasure(k int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for j := k - 1; j >= s.first; j-- {
		t := &d.toks[j]
		if t.quote != q || t.kind != tWord || !d.lx.rate[t.low] && d.lx.rateOf[t.low] == "" {
			continue
		}
		if m := d.lx.rateOf[t.low]; m != "" && d.x.canon[m] && j+1 < k && d.toks[j+1].low == "of" {
			b.why("measure", d.span(j, j))
			return m, true // "a score of 79.7 percent"
		}
		if !d.lx.rate[t.low] {
			continue
		}
		if j+2 <= s.last && d.toks[j+1].low == "of" {
			if a, h, ok := d.nounPhrase(j+2, s, q); ok && h < k {
				return d.phraseMeasure(a, h, b)
			}
			return "", false
		}
		i := j - 1
		if i < s.first || d.toks[i].kind != tWord || d.toks[i].quote != q {
			return "", false
		}
		w := d.toks[i].low
		if d.toks[i].capital && i > s.first || d.lx.grade[w] || isDeterminer(w) || isNumberModifier(w) ||
			d.cls(i)&cBreaker != 0 || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return "", false
		}
		if m, n := d.measureAt(i); m != "" && i+n == j {
			b.why("measure", d.span(i, j))
			return m, true // "the turnout rate", "the vote share"
		}
		if m := d.lx.rateOf[w]; m != "" && d.x.canon[m] {
			b.why("measure", d.span(i, j))
			return m, true // "his election victory percentage"
		}
		b.why("measure", d.span(i, j))
		return w + " " + strings.TrimSuffix(t.low, "s"), true // "an abstention rate"
	}
	return "", false
}

// eventObject returns the measure of the participants in the event named
// by the object that starts at token i ("the general strike", "Friday's
// walkout"), or "".
func (d *document) eventObject(i int, s sentence) string {
	for j := i; j <= s.last && j < i+4; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return ""
		}
		if m := d.lx.eventCount[t.low]; m != "" && (d.x.canon[m] || d.lx.group[m]) {
			return m
		}
		if isDeterminer(t.low) || t.low == "a" || t.low == "an" || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
			continue
		}
		if d.cls(j)&cBreaker != 0 {
			return ""
		}
	}
	return ""
}

// eventIn returns "voters" for a vote named after "in" at token i ("in
// the regional elections", "in Sunday's referendum"), else "": those who
// take part in a vote are its voters, no crowd.
func (d *document) eventIn(i int) string {
	if i >= len(d.toks) || d.toks[i].low != "in" {
		return ""
	}
	for j := i + 1; j < len(d.toks) && j < i+5; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return ""
		}
		if d.lx.voteEvent[t.low] {
			if d.x.canon["voters"] {
				return "voters"
			}
			return ""
		}
		if isDeterminer(t.low) || t.low == "a" || t.low == "an" || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
			continue
		}
		if d.cls(j)&cBreaker != 0 {
			return ""
		}
	}
	return ""
}

// sourceObject reports a verb of taking part whose object, from token i,
// is a poll or a study ("in the survey", "in a poll by the institute"):
// those who took part are respondents, no crowd.
func (d *document) sourceObject(i int) bool {
	if i >= len(d.toks) || d.toks[i].low != "in" {
		return false // "the rally count": a noun of the crowd before a noun of counting
	}
	for j := i + 1; j < len(d.toks) && j < i+4; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return false
		}
		if d.cls(j)&cSource != 0 {
			return true
		}
		if !isDeterminer(t.low) && t.low != "a" && t.low != "an" && !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "’s") &&
			!t.capital {
			return false
		}
	}
	return false
}

// listAfter reports whether the noun at token h is the first of a list of
// nouns ("police officers, soldiers and medics"), not a noun followed by a
// relative clause ("officers, who …").
func (d *document) listAfter(h int, s sentence) bool {
	if h+1 > s.last {
		return false
	}
	switch d.toks[h+1].low {
	case "and", "or":
		return true
	case ",":
		return h+2 <= s.last && d.toks[h+2].kind == tWord && d.toks[h+2].gram&gRelative == 0
	}
	return false
}

// linkedBefore returns the word that links the figure at k to a noun said
// before it ("rose to", "was", "totaled"), past words of comparison ("was
// as high as 900"), or -1.
func (d *document) linkedBefore(k int, s sentence) int {
	for j, n := k-1, 0; j >= s.first && n < 4 && d.toks[j].kind == tWord; j, n = j-1, n+1 {
		w := d.toks[j].low
		if d.lx.linking[w] && !(w == "as" || w == "at" && j+1 < k && d.toks[j+1].low == "least") {
			return j
		}
		if linkSkip(w) {
			continue
		}
		return -1
	}
	return -1
}

// linkSkip reports a word that may stand between a linking verb and its
// figure: "is as high as", "was up nearly".
func linkSkip(w string) bool {
	switch w {
	case "as", "high", "low", "many", "much", "few", "little", "least", "most", "up", "down", "some", "about", "nearly", "almost":
		return true
	}
	return false
}

// pronounLinked reports a figure after a pronoun joined to "is" ("that's
// up 16%", "it's 9% higher"): like "that is", it stands for a figure
// told before.
func (d *document) pronounLinked(k int, s sentence) bool {
	for j, n := k-1, 0; j >= s.first && n < 4 && d.toks[j].kind == tWord; j, n = j-1, n+1 {
		if d.lx.linkedPronoun[d.toks[j].low] {
			return true
		}
		if !linkSkip(d.toks[j].low) {
			return false
		}
	}
	return false
}

// comparedThan reports a percentage compared with another level right
// after it: "12% less than", "9% higher than". The scanner reads no
// change into a comparison after the figure, but it is one.
func (d *document) comparedThan(k int, s sentence) bool {
	return k+2 <= s.last && (d.lx.comparative[d.toks[k+1].low] || d.toks[k+1].low == "more") && d.toks[k+2].low == "than"
}

// frameMeasure reads the noun a count is of when the figure is linked to
// a noun of number ("the number of migrants who have crossed … is 9,030",
// "the total of refugees registered reached 1.1 million"): the vocabulary's
// measure of the noun phrase, else the verb after it, else the noun
// phrase as written. A noun phrase that is a name ("the number of Thais
// released") stops the search for a measure said elsewhere in the
// sentence.
func (d *document) frameMeasure(link int, s sentence, b *builder) (string, bool) {
	for j := link - 1; j > s.first && j >= link-14; j-- {
		t := &d.toks[j]
		if t.kind != tWord || !d.lx.withheldObj[t.low] || j+2 > s.last || d.toks[j+1].low != "of" {
			continue
		}
		a, h, ok := d.nounPhrase(j+2, s, t.quote)
		if !ok || h >= link {
			return "", false
		}
		for i := a + 1; i <= h; i++ {
			if d.gram(i)&gPrep != 0 {
				// "the number of the injured during the rallies":
				// the phrase ends before its preposition.
				h = i - 1
				break
			}
		}
		if m, i0, ok := d.measureEnding(h, a); ok {
			b.why("measure", d.span(i0, h))
			return m, true
		}
		if m, ok := d.predicate(h+1, s); ok {
			b.why("measure", d.span(h+1, h+1))
			return m, true
		}
		m := d.phraseText(a, h)
		if d.lx.faceless[m] {
			if d.x.canon["protesters"] && d.crowdStory() {
				// "put the number of people at 90,000" in a story of
				// crowds: the crowd.
				b.whyText("measure", "people in a story of crowds are its crowd")
				return "protesters", true
			}
			return "", false // "the number of people freed": the verb or the sentence says
		}
		if m != "" {
			b.why("measure", d.span(a, h))
		}
		return m, true
	}
	return "", false
}

// subjectNoun reads the noun right before the word that links a figure
// to it, when the vocabulary does not know it: "gotaways totaled 73,463",
// "the total population is 138 million". Nouns of number ("the figure
// was", "their average was") say nothing of what is counted.
func (d *document) subjectNoun(link int, s sentence, b *builder) (string, bool) {
	h := link - 1
	if h > s.first && d.lx.change[d.toks[h].low] && (d.toks[link].low == "to" || d.toks[link].low == "at") {
		h-- // "inflation fell to 3.1%": the subject of the verb of change
	} else if d.cls(link)&cPrep != 0 {
		return "", false // "the work of twelve": a preposition links no subject
	}
	if h < s.first || d.toks[h].kind != tWord || d.toks[h].capital && h > s.first || d.lx.withheldObj[d.toks[h].low] || numberNouns[d.toks[h].low] ||
		d.cls(h)&cBreaker != 0 || d.cls(h)&cPronoun != 0 || d.lx.noncount[d.toks[h].low] || d.lx.rate[d.toks[h].low] ||
		strings.HasSuffix(d.toks[h].low, "ing") || strings.HasSuffix(d.toks[h].low, "ed") || isIrregularPast(d.toks[h].low) {
		return "", false // "bringing to 1,900 the number …": a verb, no subject
	}
	if h > s.first && d.toks[h-1].low == "to" {
		return "", false // "the tally for the year to date is 9,000": the noun closes a phrase of "to", no subject
	}
	a := d.phraseStart(h, s)
	// "Crossings at the northern border were up 12%", "Turnout in
	// Sunday's runoff reached 66.6 percent": the subject is before the
	// prepositional phrase.
	for n := 0; n < 2; n++ {
		p := a - 1
		for p > s.first && (isDeterminer(d.toks[p].low) || isArticle(d.toks[p].low) || d.toks[p].capital ||
			strings.HasSuffix(d.toks[p].low, "'s") || strings.HasSuffix(d.toks[p].low, "’s")) {
			p--
		}
		if p <= s.first || d.cls(p)&cPrep == 0 || d.toks[p-1].kind != tWord || d.cls(p-1)&cBreaker != 0 {
			break
		}
		h = p - 1
		a = d.phraseStart(h, s)
	}
	if d.lx.withheldObj[d.toks[h].low] || numberNouns[d.toks[h].low] || d.lx.rate[d.toks[h].low] {
		return "", false
	}
	if m, i0, ok := d.measureEnding(h, a); ok {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	m := d.phraseText(a, h)
	if m == "" || d.lx.person[m] {
		return "", false
	}
	b.why("measure", d.span(a, h))
	return m, true
}

// objectOfVerb reports a figure that is the object of a verb before it
// ("accused of detaining 16,000 civilians", "deporting over 19,500
// children"): the verb says who they are, not the figure before.
func (d *document) objectOfVerb(k int, s sentence) bool {
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) {
		if d.toks[j].low == "to" && d.toks[j-1].low != "up" {
			return false // "tripling to 9,000 people": the level reached, no object
		}
		j--
	}
	if j < s.first || d.toks[j].kind != tWord || d.lx.linking[d.toks[j].low] || d.cls(j)&cAux != 0 ||
		d.cls(j)&cBreaker != 0 || d.cls(j)&cPrep != 0 {
		return false
	}
	switch d.toks[j].low {
	case "following", "according", "excluding", "concerning", "regarding", "counting", "totalling", "totaling":
		return false // prepositions and links that end as verbs do
	}
	w := d.toks[j].low
	return strings.HasSuffix(w, "ing") && len(w) > 5 || strings.HasSuffix(w, "ed") && len(w) > 4
}

// crowdAt reads a bare figure placed at a gathering ("estimate 40,000 at
// the rally", "150,000 at a vigil in the capital") as its crowd.
func (d *document) crowdAt(k int, s sentence, b *builder) (string, bool) {
	if k+2 > s.last || d.toks[k+1].low != "at" && d.toks[k+1].low != "in" {
		return "", false
	}
	a, h, ok := d.nounPhrase(k+2, s, d.toks[k].quote)
	if !ok {
		return "", false
	}
	if m, i0, ok := d.measureEnding(h, a); ok && d.lx.measureClass[m]&mcCrowd != 0 {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	return "", false
}

// noObject reports a verb with no object after it, at token i: "joined
// in.", "joined, he said".
func (d *document) noObject(i int, s sentence) bool {
	if i <= s.last && d.toks[i].low == "in" {
		i++
	}
	return i > s.last || d.toks[i].kind == tPunct
}

// eventBefore returns the measure of those who take part in the nearest
// event named before token i, within a few sentences: a strike's strikers,
// a rally's protesters; "" when none is named.
func (d *document) eventBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-80; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			continue
		}
		if m := d.lx.eventCount[t.low]; m != "" && d.x.canon[m] {
			return m
		}
		if m, n := d.measureAt(j); m == "protesters" && n == 1 && d.ownNoun(j) == "" && !strings.HasSuffix(t.low, "ed") {
			return m // "the rally", "the march"
		}
	}
	return ""
}

// perPhrase reads a rate of people or things per unit: "1 to 2 people per
// square metre", "three doctors per 1,000 residents".
func (d *document) perPhrase(a, h int, s sentence, b *builder) (string, bool) {
	if h+2 > s.last || d.toks[h+1].low != "per" {
		return "", false
	}
	m := d.phraseText(a, h)
	if m == "" {
		return "", false
	}
	e := h + 1
	for j := h + 2; j <= s.last && j <= h+4; j++ {
		if t := &d.toks[j]; t.kind != tWord && t.kind != tFig || t.kind == tWord && d.cls(j)&cBreaker != 0 {
			break
		}
		e = j
	}
	if e == h+1 {
		return "", false
	}
	b.why("measure", d.span(a, e))
	return m + " " + d.text[d.toks[h+1].start:d.toks[e].end], true
}

// changeOf reads what a change by a percentage changed: the object of
// the verb of change ("hiked prices of fuel by up to 100 percent", "cut
// the budget by 8%") or, with none, its subject ("exports fell by 3%").
func (d *document) changeOf(k int, s sentence, b *builder) (string, bool) {
	if k-1 <= s.first || d.toks[k-1].low != "by" {
		return "", false
	}
	q := d.toks[k].quote
	for v := k - 2; v >= s.first && v >= k-24 && d.toks[v].quote == q; v-- { // past the commas of a list
		if d.toks[v].kind != tWord || !d.lx.change[d.toks[v].low] {
			continue
		}
		if a, h, ok := d.nounPhrase(v+1, s, q); ok && h < k-1 {
			return d.phraseMeasure(a, h, b)
		}
		if h := v - 1; h >= s.first && d.ownNoun(h) != "" {
			b.why("measure", d.span(h, h))
			return d.ownNoun(h), true
		}
		return "", false
	}
	return "", false
}

// numberLinked reports a figure linked to a noun of number or a pronoun
// that stands for a figure told before ("that figure is", "the total
// was", "it is"): the figure says nothing of what is counted, the one it
// refers to does.
func (d *document) numberLinked(k int, s sentence) bool {
	j := d.linkedBefore(k, s)
	if j-1 < s.first || d.cls(j)&cPrep != 0 {
		return false
	}
	w := d.toks[j-1].low
	if w == "it" || w == "this" || w == "that" {
		return true
	}
	if !d.lx.withheldObj[w] || j-2 < s.first {
		return false
	}
	switch d.toks[j-2].low {
	case "that", "this", "the":
		return true
	}
	return false
}

// changeNounMeasure reads what a percentage changes from a noun of change
// and the noun phrase after its "in": the noun a few words after the
// figure ("a 41% fall in sea arrivals", "a 58% year-on-year decline in
// irregular entries"), or, for a figure the scanner read as a change, the
// nearest such noun before it in its sentence ("a rise in visa
// applications from the region, up 120%").
func (d *document) changeNounMeasure(k int, s sentence, f figure, b *builder) (string, bool) {
	q := d.toks[k].quote
	for j := k + 1; j <= s.last && j <= k+4; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != q {
			break
		}
		if d.lx.changeNoun[t.low] {
			return d.changedIn(j, s, q, b)
		}
		if d.cls(j)&cBreaker != 0 {
			break
		}
	}
	if f.q.Change == claims.Level {
		return "", false
	}
	for j := k - 1; j > s.first; j-- {
		if t := &d.toks[j]; t.kind != tWord || t.quote != q || !d.lx.changeNoun[t.low] {
			continue
		}
		// A noun, not a verb: an article or a determiner before it, or
		// before its adjective ("a steep rise").
		for i := j - 1; i >= s.first && i >= j-2; i-- {
			if w := d.toks[i].low; isArticle(w) || isDeterminer(w) {
				return d.changedIn(j, s, q, b)
			}
		}
	}
	return "", false
}

// changedIn reads the noun phrase after the "in" that follows the noun of
// change at token j.
func (d *document) changedIn(j int, s sentence, q int32, b *builder) (string, bool) {
	if j+2 > s.last || d.toks[j+1].low != "in" {
		return "", false
	}
	i := j + 2
	for i < s.last && d.lx.quantifier[d.toks[i].low] {
		i++ // "a 9% rise in all voluntary departures"
	}
	a, h, ok := d.nounPhrase(i, s, q)
	if !ok || d.toks[h].capital || d.cls(h)&cPronoun != 0 {
		return "", false
	}
	return d.phraseMeasure(a, h, b)
}

// changedSubject reads what a percentage the scanner read as a change
// changes from the subject of its clause, up to the first preposition
// ("Removals from the Netherlands increased by 17%", "Asylum claims rose
// 22%"), and what a comparison changes from the count before it in its
// sentence ("31,200 work permits in 2023, 14% more than the year
// before").
func (d *document) changedSubject(k int, s sentence, f figure, b *builder) (string, bool) {
	if k+2 <= s.last && (d.lx.comparative[d.toks[k+1].low] || d.toks[k+1].low == "more") && d.toks[k+2].low == "than" {
		if d.lastMeasure != "" && d.lastMeasureSent == d.sentOf[k] {
			b.whyText("measure", "what the count before it counts: "+d.lastMeasure)
			return d.lastMeasure, true
		}
		return "", false
	}
	if f.q.Change == claims.Level && !(f.class == numbers.Ratio && k > s.first && d.toks[k-1].low == "by") {
		return "", false // (a share after "by" is the amount of a change: "fell by a third")
	}
	cl := &d.clist[d.clauseAt(k)]
	if cl.subj0 < 0 || cl.verb1 < 0 || int(cl.subj1) >= k || int(cl.verb1) >= k {
		return "", false
	}
	if v := int(cl.verb1); !d.lx.change[d.toks[v].low] && d.gram(v)&gBe == 0 {
		return "", false // "the agency said 9% more came": a verb of its own, no change
	}
	a, h := int(cl.subj0), -1
	for a <= int(cl.subj1) && d.toks[a].kind == tWord && (isDeterminer(d.toks[a].low) || isArticle(d.toks[a].low)) {
		a++
	}
	head := func() {
		h = -1
		for j := a; j <= int(cl.subj1); j++ {
			t := &d.toks[j]
			if t.kind != tWord || d.cls(j)&cPrep != 0 || d.cls(j)&cBreaker != 0 {
				break
			}
			h = j
		}
	}
	head()
	if h >= 0 && h+2 <= int(cl.subj1) && d.lx.withheldObj[d.toks[h].low] && d.toks[h+1].low == "of" {
		// "The number of asylum claims rose 12%": the noun of number
		// frames what it counts.
		a0, h0 := a, h
		for a = h + 2; a < int(cl.subj1) && d.toks[a].kind == tWord && (isDeterminer(d.toks[a].low) || isArticle(d.toks[a].low)); a++ {
		}
		if head(); h < 0 || d.ownNoun(h) == "" {
			a, h = a0, h0 // "the toll of Monday's storm": no count framed
		}
	}
	if h < 0 || d.cls(h)&cPronoun != 0 || d.lx.withheldObj[d.toks[h].low] || d.lx.rate[d.toks[h].low] || d.lx.person[d.toks[h].low] ||
		d.toks[h].capital && (!d.sentenceCase(h) || isUpperWord(d.text[d.toks[h].start:d.toks[h].end])) {
		return "", false // "CBP said …": a name is no noun of what is counted
	}
	return d.phraseMeasure(a, h, b)
}
