package text

import (
	"strings"
	"unicode/utf8"
)

// The noun phrase a figure counts: its head, its compound and adjective
// words, and whether it names people (the measure stage, measure.go).

// ownNoun returns the plural noun at token i as a measure of its own:
// lower case, without a possessive; "" for a name, a demonym or a word
// that is no plural noun of things counted.
func (d *document) ownNoun(i int) string {
	t := &d.toks[i]
	if t.kind != tWord || t.capital || len(t.low) < 3 {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") {
		return "" // things counted are plural: not "higher", "home", "mainly"
	}
	if d.x.demonyms[w] != "" || d.x.demonyms[strings.TrimSuffix(w, "s")] != "" || d.lx.breaker[w] || d.lx.frame[w] {
		return ""
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return ""
		}
	}
	return w
}

// pastModifiers returns the token after the figure at k past up to two
// words that qualify a number ("250 more migrants", "40 other people"):
// where the figure's own noun stands.
func (d *document) pastModifiers(k int, s sentence) int {
	i := k + 1
	for i <= s.last && i < k+3 && d.toks[i].kind == tWord && isNumberModifier(d.toks[i].low) {
		i++
	}
	return i
}

// personNoun returns the noun of people right after the figure at k ("250
// migrants", "1,320 families"), for a count that no verb names.
func (d *document) personNoun(k int, s sentence) (string, int) {
	i := d.pastModifiers(k, s)
	if i+1 <= s.last && d.toks[i].low == "of" && d.toks[i+1].kind == tWord {
		i++ // "hundreds of civilians"
	}
	if i > s.last || d.toks[i].quote != d.toks[k].quote {
		return "", 0
	}
	if a, h, ok := d.nounPhrase(i, s, d.toks[k].quote); ok && h > i && !d.listAfter(h, s) {
		// "10 police officers", "141,000 Turkish and foreign rescue
		// workers": the people as the phrase names them (not the first of
		// a list: "police officers, soldiers and firefighters").
		if w := d.ownNoun(h); w != "" && d.personLike(w) || d.cls(h)&cPerson != 0 {
			if m := d.phraseText(a, h); strings.IndexByte(m, ' ') > 0 || m != "" && !d.lx.person[m] {
				return m, h
			}
		}
	}
	if w := d.ownNoun(i); w != "" && d.personLike(w) {
		return w, i
	}
	if w := d.toks[i].low; d.lx.person[w] && !d.lx.generic[w] && !d.toks[i].capital {
		return w, i // "19,500 children", "40 women"
	}
	return "", 0
}

// movedPeople are the people counted as they cross borders, who stay what
// they are when released, admitted or sent back ("released 5,000
// migrants at the border"), not prisoners as people freed in a swap are.
// Not "nationals" or "foreigners": a state that frees 14 foreign nationals
// in a swap frees prisoners.
var movedPeople = set("migrants", "immigrants", "crossers")

// countsPeople reports a figure whose noun names people: its own noun of
// people ("303 defenders") or a word for people after it ("95 people",
// "hundreds of residents").
func (d *document) countsPeople(k int, s sentence) bool {
	if m, _ := d.personNoun(k, s); m != "" {
		return true
	}
	i := k + 1
	if i+1 <= s.last && d.toks[i].low == "of" {
		i++
	}
	if i > s.last || d.toks[i].kind != tWord {
		return false
	}
	w := d.toks[i].low
	return d.lx.person[w] || d.personLike(w)
}

// personLike reports a plural noun of people: one the lexicon lists
// ("civilians", "families"), or one formed as nouns of people are
// ("defenders", "activists", "detainees", "residents", "guardsmen").
// thingNoun reports a noun at token i that counts things: a plural noun
// of the figure's own ("mines", "posts", "demands") that names no people
// and no gathering of them.
func (d *document) thingNoun(i int) bool {
	w := d.ownNoun(i)
	if w == "" || d.lx.faceless[w] || d.personLike(w) || d.lx.gatherings[w] {
		return false
	}
	m, _ := d.measureAt(i)
	return m == ""
}

func (d *document) personLike(w string) bool {
	if d.lx.person[w] || d.lx.group[w] {
		return true
	}
	if d.lx.thing[w] {
		return false // "centres", "numbers": things that end as nouns of people do
	}
	for _, suf := range d.lx.personSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isQuoteMark reports a quotation mark that the quotation stage left as
// punctuation (scare quotes around a figure: counted "well over 60,000").
func (d *document) isQuoteMark(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct {
		return false
	}
	r, n := utf8.DecodeRuneInString(d.text[t.start:t.end])
	if n != t.end-t.start {
		return false
	}
	return isQuoteRune(r) || r == '‘' || r == '’' || r == '\'' // single marks too: ‘more than 800,000’ protesters
}

// moneyMeasure names the measure of an amount of money by its currency.
func (d *document) moneyMeasure(f figure) string {
	u := strings.ToLower(strings.TrimSpace(f.unit))
	if c, ok := d.lx.currencies[u]; ok {
		return "money (" + c + ")"
	}
	if len(u) == 3 && u >= "aaa" && u <= "zzz" {
		return "money (" + strings.ToUpper(u) + ")" // an ISO code: "230,000 KES"
	}
	return "money"
}

// adjectiveAnd reports whether the "and" or "or" at token i joins
// adjectives before one noun ("large and small French cities", "Turkish
// and foreign rescue workers") rather than two noun phrases: two more
// words follow it, neither a breaker nor a verb.
func (d *document) adjectiveAnd(i int, s sentence, q int32) bool {
	if i+2 > s.last {
		return false
	}
	for j := i + 1; j <= i+2; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != q || d.cls(j)&cBreaker != 0 || isIrregularPast(t.low) ||
			strings.HasSuffix(t.low, "ed") || t.cls&cAux != 0 {
			return false
		}
	}
	return true
}

// phraseText returns the noun phrase of tokens [a, h] as what a figure
// counts, in lower case, without what is no part of the thing counted:
// determiners, words of quantity, names and demonyms, possessives, and of a
// coordination all but its last member ("large and small French cities" →
// "small cities"). "" when the head itself is a name.
func (d *document) phraseText(a, h int) string {
	if d.toks[h].kind != tWord || d.toks[h].capital && !d.sentenceCase(h) {
		return ""
	}
	for j := h - 1; j >= a; j-- {
		if w := d.toks[j].low; w == "and" || w == "or" || d.toks[j].kind != tWord {
			a = j + 1
			break
		}
	}
	n := 0
	var sb strings.Builder
	for j := a; j <= h; j++ {
		t := &d.toks[j]
		w := t.low
		if j < h && (t.capital && !d.sentenceCase(j) || isDeterminer(w) || isNumberModifier(w) || d.lx.quantifier[w] ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") || d.x.demonyms[w] != "") {
			continue
		}
		if n > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
		n++
	}
	return sb.String()
}

// namedPeople reports a noun phrase of people that says which people
// they are by words of its own ("police officers", "rescue workers",
// "economically active people"): no verb saying they died or marched,
// they are counted as what they are, not as the toll or the crowd counted
// before them. A part ("including eight former officials") still belongs
// to its whole.
func (d *document) namedPeople(k int, s sentence, a, h int) bool {
	if a >= h || !d.personLike(d.toks[h].low) || d.lx.measureClass[d.lastMeasure]&(mcToll|mcCrowd) == 0 {
		return false
	}
	if cl0, cl1 := d.clause(s, k); d.partOf(k, cl0, cl1) {
		return false
	}
	m := d.phraseText(a, h)
	return strings.IndexByte(m, ' ') > 0
}

// nounPhrase reads the noun phrase that starts at token i, on quotation
// side q, past its determiners: its first word and its head, the last
// word before a breaker, a verb or a punctuation mark; ok is false when
// there is none. A participle may open it ("striking teachers").
func (d *document) nounPhrase(i int, s sentence, q int32) (a, h int, ok bool) {
	for i <= s.last && d.toks[i].kind == tWord && (isDeterminer(d.toks[i].low) || d.toks[i].low == "a" || d.toks[i].low == "an") {
		i++
	}
	a, h = i, -1
	for j := i; j <= s.last && j < i+5; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != q {
			break
		}
		if (t.low == "and" || t.low == "or") && h >= 0 && d.adjectiveAnd(j, s, q) {
			continue
		}
		if d.cls(j)&cBreaker != 0 || t.cls&cAux != 0 || isIrregularPast(t.low) {
			break
		}
		if j > i && strings.HasSuffix(t.low, "ed") {
			break // "teachers joined": the verb
		}
		h = j
		if d.ownNoun(j) != "" || t.cls&cPerson != 0 {
			break // the first plural noun heads the phrase: "police officers need …"
		}
	}
	return a, h, h >= 0
}

// phraseMeasure returns what the noun phrase of tokens [a, h] counts: the
// vocabulary's measure when a phrase of it ends the noun phrase, else the
// noun phrase as written.
func (d *document) phraseMeasure(a, h int, b *builder) (string, bool) {
	if m, i0, ok := d.measureEnding(h, a); ok {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	if a < h && strings.HasSuffix(d.toks[a].low, "ing") && d.personLike(d.ownNoun(h)) {
		if m, n := d.measureAt(a); m != "" && n == 1 {
			b.why("measure", d.span(a, a))
			return m, true // "a rate of striking teachers": strikers
		}
	}
	if m := d.phraseText(a, h); m != "" {
		b.why("measure", d.span(a, h))
		return m, true
	}
	return "", false
}

// isArticle reports "a", "an" and "the": after a figure they open a noun
// phrase of its own ("the 20,000 a spokesman gave").
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// phraseStart returns the first word of the noun phrase that ends at
// token h: up to two lower-case words before it that are no breakers.
func (d *document) phraseStart(h int, s sentence) int {
	a := h
	for a-1 >= s.first && a > h-3 && d.toks[a-1].kind == tWord && d.cls(a-1)&cBreaker == 0 && !d.toks[a-1].capital {
		a--
	}
	return a
}

// sentenceCase reports a capital that only opens its sentence
// ("Inflation fell to 3.1%"): no name the vocabulary knows, no demonym.
func (d *document) sentenceCase(h int) bool {
	if d.sents[d.sentOf[h]].first != h {
		return false
	}
	p, _, _ := d.partyAt(h)
	return p == "" && d.x.demonyms[d.toks[h].low] == "" && !d.lx.months[d.toks[h].low]
}

// modifierNoun reports a singular vocabulary noun that modifies the
// plural noun after it ("512 artillery and drone attacks", "20 body
// bags"): the phrase counts the plural noun.
func (d *document) modifierNoun(i, n int, s sentence) bool {
	w := d.toks[i].low
	if n != 1 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || i+1 > s.last {
		return false
	}
	j := i + 1
	if w := d.toks[j].low; (w == "and" || w == "or") && j+2 <= s.last && d.toks[j+1].kind == tWord {
		j += 2 // "missile and drone attacks"
	}
	next := d.ownNoun(j)
	if next == "" {
		return false
	}
	if strings.HasSuffix(w, "ing") && j == i+1 {
		// "striking dockers", "missing children", "striking bus
		// drivers": a participle before people says what befell them.
		for h := j; h <= j+1 && h <= s.last; h++ {
			if p := d.ownNoun(h); p != "" && d.personLike(p) {
				return false
			}
		}
	}
	m, _ := d.measureAt(j)
	if d.lx.place[next] || d.lx.thing[next] {
		return m != next || m == "" // "refugee camps", "IDP shelters": places, whatever people they hold; not "council seats"
	}
	return m == ""
}

// placeOfPeople reports a plural noun of places or things at token i
// that the vocabulary reads as measure m of people in them ("camps",
// "shelters"): after a figure, it counts the places.
func (d *document) placeOfPeople(i int, m string) bool {
	w := d.toks[i].low
	return m != w && strings.HasSuffix(w, "s") && (d.lx.place[w] || d.lx.thing[w]) && d.lx.measureClass[m]&mcPeople != 0 // not "seats", counted as seats
}

// inTheStreets reports "in the streets" (or "on", "into") at token i, past
// an "of" phrase: "550,000 opponents of the reform in the streets"; or
// people said to be there: "some 9,000 people were present".
func (d *document) inTheStreets(i int, s sentence) bool {
	if i+1 <= s.last && d.gram(i)&gBe != 0 && d.toks[i+1].low == "present" {
		return true
	}
	if i+1 <= s.last && d.toks[i].low == "of" {
		if _, h, ok := d.nounPhrase(i+1, s, d.toks[i].quote); ok {
			i = h + 1
		}
	}
	if i+2 > s.last {
		return false
	}
	switch d.toks[i].low {
	case "in", "on", "into":
		w := d.toks[i+2].low
		return d.toks[i+1].low == "the" && (w == "streets" || w == "street" || w == "squares")
	}
	return false
}
