package text

// People counted by a noun that says nothing of them ("people",
// "individuals"), named by what their sentence says of them
// (describedPeople), and parts named after "among" that count what their
// whole counts (amongWhole). Their word knowledge (states, stops, places'
// prepositions) is in lexicon.go.

import "strings"

// pastPlace returns the token after a place named after a preposition at
// token i ("to Lourdes", "in northern Chile", "at Mercy General
// Hospital", "in the capital"): up to two words in small letters, then a
// name or a noun of place. It returns i when there is none.
func (d *document) pastPlace(i int, s sentence) int {
	if i+1 > s.last || !d.lx.placePrep[d.toks[i].low] {
		return i
	}
	j := i + 1
	if j+1 <= s.last && d.toks[j].low == "the" && placeNouns[d.toks[j+1].low] {
		j += 2 // "in the capital"
	} else {
		for n := 0; n < 2 && j <= s.last && d.toks[j].kind == tWord && !d.toks[j].capital && d.cls(j)&cBreaker == 0; n++ {
			j++
		}
		if j > s.last || d.toks[j].kind != tWord || !d.toks[j].capital {
			return i
		}
		for j <= s.last && d.toks[j].kind == tWord && d.toks[j].capital {
			j++
		}
	}
	if j <= s.last && d.toks[j].kind == tWord && d.cls(j)&cBreaker == 0 && d.cls(j)&cAux == 0 &&
		!strings.HasSuffix(d.toks[j].low, "ed") && !isIrregularPast(d.toks[j].low) {
		return i // "in Hamas captivity": the name qualifies a noun
	}
	return j
}

// pastPlaceOrNoun returns the token after a place at token i: a name
// (pastPlace) or a noun of place in small letters ("in the valley",
// "across the region"); i when there is none.
func (d *document) pastPlaceOrNoun(i int, s sentence) int {
	if j := d.pastPlace(i, s); j > i {
		return j
	}
	if i+2 <= s.last && d.lx.placePrep[d.toks[i].low] && d.toks[i+1].low == "the" {
		if t := &d.toks[i+2]; t.kind == tWord && !t.capital && d.cls(i+2)&cBreaker == 0 && d.ownNoun(i+2) == "" {
			return i + 3
		}
	}
	return i
}

// describedPeople names the people counted by a noun that says nothing
// of who they are ("people", "individuals") by what the words after it
// say of them, when no measure of the vocabulary does: where they are
// ("in the streets"), a relative clause on "whose" ("whose homes are
// gone"), or the participle of their state ("had been cleared as
// eligible"). The name starts with "people", so that the same people
// meet across stories whichever of those nouns each used.
func (d *document) describedPeople(h int, s sentence, b *builder) (string, bool) {
	i := h + 1
	if d.inTheStreets(i, s) {
		b.why("measure", d.span(h, i+2))
		return "people " + d.wordsText(i, i+2), true
	}
	q := d.toks[h].quote
	plain := func(j int) bool {
		t := &d.toks[j]
		return t.kind == tWord && t.quote == q && !t.capital
	}
	if j := d.pastPlaceOrNoun(i, s); j <= s.last && plain(j) && d.gram(j)&gLacking != 0 {
		// "without a family doctor", "unable to reach a clinic", past
		// the place they are in: what they lack.
		e := j
		for n := j + 1; n <= s.last && n <= j+5 && plain(n) && !d.lx.describedStop[d.toks[n].low] && (d.cls(n)&cAux == 0 || d.toks[n].low == "to") &&
			(!d.verbWord(n) || d.toks[n-1].low == "to"); n++ {
			e = n
		}
		if e > j {
			b.why("measure", d.span(h, e))
			return "people " + d.wordsText(j, e), true
		}
	}
	if i+2 <= s.last && d.toks[i].low == "whose" {
		// "whose whereabouts are unknown": the clause up to what ends it.
		e := i
		for j := i + 1; j <= s.last && j <= i+4 && plain(j) && !d.lx.describedStop[d.toks[j].low]; j++ {
			e = j
		}
		if e < i+2 {
			return "", false
		}
		b.why("measure", d.span(h, e))
		return "people " + d.wordsText(i, e), true
	}
	passive := false // a participle after a form of "be": "had been cleared", not "cleared the site" or "have reached"
	for ; i <= s.last && i <= h+5 && plain(i); i++ {
		w := d.toks[i].low
		if d.gram(i)&gBe != 0 || w == "been" || w == "being" {
			passive = true // "were pulled", "had been confirmed", "are still being treated"
		} else if d.cls(i)&cAux == 0 && d.gram(i)&gRelative == 0 && w != "still" && !strings.HasSuffix(w, "ly") {
			// "have reached" is what they did, no state: read on past
			// "have" without making the participle passive.
			break
		}
	}
	passive = passive || i == h+1 && d.leftInState(h, s) // "leaving 300 people stranded": the state they were left in
	if !passive || i > s.last || !plain(i) || !strings.HasSuffix(d.toks[i].low, "ed") || d.cueAt(i, s.last) != 0 {
		return "", false // not "were handed over": the transfer's stage names them
	}
	if m := d.lx.peopleState[d.toks[min(i+1, s.last)].low]; m != "" && i+1 <= s.last && plain(i+1) {
		// "had been counted arriving": what they were seen doing.
		b.why("measure", d.span(h, i+1))
		return m, true
	}
	e := i
	if i+1 <= s.last && d.toks[i+1].low == "to" {
		return "", false // "were believed to be inside": an estimate, no state of theirs
	}
	if j := i + 1; j+1 <= s.last && d.toks[j].low == "as" && plain(j+1) && d.cls(j+1)&cBreaker == 0 {
		e = j + 1 // "cleared as eligible"
	}
	b.why("measure", d.span(h, e))
	return "people " + d.wordsText(i, e), true
}

// wordsText returns the words of tokens [a, e] in lower case, one space
// apart.
func (d *document) wordsText(a, e int) string {
	var sb strings.Builder
	for j := a; j <= e; j++ {
		if j > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[j].low)
	}
	return sb.String()
}

// amongWhole reads the whole that the people at token h are a part of,
// named after "among" past a coordinated noun ("women and children among
// thousands of detainees", "children among the dead"): its measure, when
// the vocabulary knows it.
func (d *document) amongWhole(h int, s sentence, b *builder) (string, bool) {
	j := h + 1
	if j+1 <= s.last && (d.toks[j].low == "and" || d.toks[j].low == "or") && d.toks[j+1].kind == tWord && !d.toks[j+1].capital {
		j += 2
	}
	if j > s.last || d.toks[j].low != "among" {
		return "", false
	}
	i := j + 1
	for n := 0; i <= s.last && n < 4 && (d.toks[i].kind == tFig || d.toks[i].low == "of" || isDeterminer(d.toks[i].low) ||
		isNumberModifier(d.toks[i].low) || d.lx.quantifier[d.toks[i].low]); n++ {
		i++
	}
	if i > s.last {
		return "", false
	}
	if m, n := d.measureAt(i); m != "" {
		b.why("measure", d.span(i, i+n-1))
		return m, true
	}
	return "", false
}

// broughtTo names the people of a figure counted by a noun that says
// nothing of them by the noun phrase a verb of bringing takes to it:
// "bringing the active caseload in the district to 402,115 individuals"
// counts the active caseload. A noun of number ("the total", "the
// number of …") is left to the stages that read it.
func (d *document) broughtTo(k int, s sentence, b *builder) (string, bool) {
	to := k - 1
	if to <= s.first || d.toks[to].low != "to" {
		return "", false
	}
	for v := to - 1; v >= s.first && v >= to-8; v-- {
		if d.toks[v].gram&gBring == 0 { // the lexicon's bringing
			continue
		}
		a := v + 1
		for a < to && (isDeterminer(d.toks[a].low) || strings.HasSuffix(d.toks[a].low, "'s") || strings.HasSuffix(d.toks[a].low, "’s")) {
			a++ // "the camp's registered population"
		}
		h := -1
		for i := a; i < to && i <= a+4; i++ {
			if t := &d.toks[i]; t.kind != tWord || t.capital || d.cls(i)&(cPrep|cBreaker) != 0 {
				break
			}
			h = i
		}
		if h < 0 || d.lx.withheldObj[d.toks[h].low] || d.lx.generic[d.toks[h].low] {
			return "", false
		}
		return d.phraseMeasure(a, h, b)
	}
	return "", false
}

// includedIn reads the whole that the figure at k is a part of when a
// verb of inclusion takes it and the whole is that verb's subject: "the
// dead included nine nurses" counts the dead. A loose noun of a toll
// ("the victims included …", "casualties include …") counts the dead
// when the story has counted its dead, else what its last toll counted.
func (d *document) includedIn(k int, s sentence, b *builder) (string, bool) {
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) {
		j-- // "included at least 21"
	}
	if j <= s.first || !d.lx.inclusion[d.toks[j].low] || d.toks[j].quote != d.toks[k].quote {
		return "", false
	}
	e := j - 1
	if d.lx.looseToll[d.toks[e].low] {
		switch {
		case d.sawDeaths && d.x.canon["deaths"]:
			b.why("measure", d.span(e, e))
			return "deaths", true
		case d.lastMeasure != "" && d.lx.measureClass[d.lastMeasure]&mcToll != 0:
			b.why("measure", d.span(e, e))
			return d.lastMeasure, true
		}
	}
	if m, i0, ok := d.measureEnding(e, s.first); ok && d.cls(e)&cPerson == 0 {
		b.why("measure", d.span(i0, e))
		return m, true
	}
	return "", false
}

// populationOf reads a count of the people who live in a place: a bare
// figure "of" a noun of place ("a city of 8 million", "a population of
// 40,000"), or a count of inhabitants a place's name has "with" after a
// comma ("Tarn, with 90,000 people, is cut off"). Nothing may follow the
// figure but those people.
func (d *document) populationOf(k int, s sentence, b *builder) bool {
	e := k + 1
	demonym := false
	if e <= s.last && d.toks[e].kind == tWord && d.lx.faceless[d.toks[e].low] || e <= s.last && (d.toks[e].low == "inhabitants" || d.toks[e].low == "residents") {
		e++
	} else if e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital && strings.HasSuffix(d.toks[e].low, "s") && d.x.demonyms[strings.TrimSuffix(d.toks[e].low, "s")] != "" {
		e, demonym = e+1, true // "the region's 2 million Kurds"
	}
	if !d.phraseEnds(e, s) && (e > s.last || d.toks[e].kind == tWord) {
		return false
	}
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) && d.toks[j].low != "of" {
		j--
	}
	if j <= s.first {
		return false
	}
	if w := d.toks[j].low; e > k+1 && j == k-1 && trimPossessive(w) != w && (d.toks[j].capital || d.lx.peopled[trimPossessive(w)]) {
		// "Gaza's 2.3 million Palestinians", "the city's 90,000
		// residents": all the people of a place.
		b.why("measure", d.span(j, e-1))
		return true
	}
	if demonym {
		return false
	}
	switch d.toks[j].low {
	case "of":
		if p := d.toks[j-1]; p.kind == tWord && d.lx.peopled[p.low] && d.ownNoun(j-1) == "" || p.low == "population" || p.low == "populace" {
			b.why("measure", d.span(j-1, j-1))
			return true
		}
	case "with":
		if e == k+1 || d.toks[j-1].low != "," || j-2 < s.first || !d.toks[j-2].capital || e > s.last || d.toks[e].low != "," {
			return false
		}
		b.why("measure", d.span(j, e-1))
		return true
	}
	return false
}

// leftInState reports the people of noun h as the object of a verb of
// leaving ("left 300 people stranded", "leaving thousands of people
// cut off"): the word after them says the state they are left in, as the
// participle after a form of "be" does.
func (d *document) leftInState(h int, s sentence) bool {
	k := h - 1
	for k > s.first && k >= h-3 && d.toks[k].kind != tFig {
		k-- // "thousands of people", "300 more people"
	}
	if d.toks[k].kind != tFig {
		return false
	}
	for n := 0; n < 2 && k-1 > s.first && isNumberModifier(d.toks[k-1].low); n++ {
		k-- // "left about 300", "leaving at least 40"
	}
	return k-1 >= s.first && d.lx.leaveVerbs[d.toks[k-1].low]
}
