package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// cueKind is how a transfer goes.
type cueKind uint8

const (
	cueGive    cueKind = iota + 1 // the subject gives: returned, handed over, released
	cueReceive                    // the subject receives: received, got back
	cueMutual                     // both ways: exchanged, a swap, a formula
)

// A cue is the word that makes a figure a transfer.
type cue struct {
	tok     int // -1: no transfer
	kind    cueKind
	passive bool // the figure is the verb's subject: "3,600 bodies were returned"
}

// cueAt returns the transfer cue at token j, if it is one.
func (d *document) cueAt(j, last int) cueKind {
	t := &d.toks[j]
	if t.kind != tWord {
		return 0
	}
	if d.cls(j)&(cGive|cReceive|cMutual) == 0 && t.low != "home" && t.low != "back" {
		return 0
	}
	w := t.low
	prev := ""
	if j > 0 {
		prev = d.toks[j-1].low
	}
	switch {
	case (w == "exchange" || w == "return") && prev == "in":
		return 0 // "in return", "in exchange for": the other way, said elsewhere
	case w == "home" && (prev == "back" || prev == "are" || prev == "were" || prev == "is" || prev == "came" || prev == "come" ||
		prev == "arrived" || prev == "returned" || prev == "comes" || prev == "coming" || prev == "brought" || prev == "flown" ||
		prev == "return" || prev == "returning"):
		return cueReceive // "75 of our people are back home", "the return home of 150"
	case w == "home" && prev == "at" && j > 1 && d.gram(j-2)&gBe != 0:
		return cueReceive // "60 more of ours are at home"
	case w == "home":
		return 0
	case w == "back":
		if j > 0 && d.gram(j-1)&gBe != 0 && d.backOnSoil(j+1, last) {
			return cueReceive // "11 captives were back on Israeli soil"
		}
		return 0
	case t.cls&cMutual != 0:
		return cueMutual
	case t.cls&cGive != 0:
		if w == "given" && j+1 <= last && d.toks[j+1].low == "that" {
			return 0 // "given that": a conjunction
		}
		if w == "given" && j+1 <= last && (d.sents[d.sentOf[j]].first == j || prev == ",") && d.gram(j+1)&gDet != 0 {
			return 0 // "Given the margins, …": considering, no handover
		}
		if prev == "in" && (w == "return" || w == "exchange") {
			return 0 // "in return"
		}
		if d.documentObject(j, last) {
			return 0 // "released a list of the captives": a document, not people
		}
		if (w == "returned" || w == "returning" || w == "return") && j+1 <= last && d.toks[j+1].low == "home" {
			return 0 // "returned home": the cue is "home"
		}
		switch w {
		case "moved":
			if !d.toParty(j+1, last) {
				return 0 // "were moved to Russia" hands people over; "moved to the square", "moved to Lyon" do not
			}
		case "hand", "pass", "passed":
			if j+1 > last || (d.toks[j+1].low != "over" && d.toks[j+1].low != "back" && d.toks[j+1].low != "out" && !d.startsWithOver(j+1)) {
				return 0
			}
		}
		return cueGive
	case t.cls&cReceive != 0:
		switch w {
		case "receive", "receives", "received", "receiving", "recover", "recovered", "recovering", "reclaimed", "retrieved":
			return cueReceive
		}
		if prev == "to" && j >= 2 && (d.toks[j-2].gram&(gAgreed|gDeal) != 0 || d.lx.willing[d.toks[j-2].low]) {
			return cueReceive // "agreed to take nine", "refused to take the rest": to accept them
		}
		for i := j + 1; i <= last && i <= j+7; i++ {
			if d.boundary(i) {
				break
			}
			if l := d.toks[i].low; l == "back" || l == "home" {
				return cueReceive
			}
		}
	}
	return 0
}

// cueFor finds the transfer cue of the figure at k: a passive verb after it
// in its clause ("3,600 bodies have been returned"), else the nearest cue
// before it in its clause ("receiving only 57"), else a cue after it in its
// clause ("1,200 prisoners covered by the exchange deal"), else the nearest
// before it in the sentence.
func (d *document) cueFor(k int, s sentence, cl0, cl1 int) cue {
	if d.aboard(k) || d.heldCount(k, cl0, cl1) {
		return cue{tok: -1} // "a bus carrying 40 detainees", "12 remain in custody": no handover
	}
	// A passive verb whose subject the figure is: "3,600 bodies have been
	// returned", "189 Ukrainians sent home".
	pass := false
	near := k + 4 // a reduced participle stands close to its noun
	if k+3 <= cl1 && d.toks[k+2].low == "and" && d.toks[k+3].kind == tFig {
		near = k + 7 // "390 Ukrainians and 390 Russians repatriated": both
	}
	if k+3 <= cl1 && d.toks[k+1].low == "of" && d.gram(k+2)&gDet != 0 && d.toks[k+3].kind == tFig {
		near = k + 7 // "four of the 15 soldiers released by Baku": the whole's participle
	}
	if f := d.listedFigure(k, cl1); f > 0 {
		near = max(near, f+4) // "dozens of Houthi detainees, 12 Saudis freed": the participle of both
	}
	for j := k + 1; j <= cl1 && j <= k+10; j++ {
		w := d.toks[j].low
		switch w {
		case "was", "were", "been", "be", "being", "is", "are":
			pass = true
			continue
		}
		if ck := d.cueAt(j, s.last); ck != 0 {
			if w == "home" {
				return cue{tok: j, kind: cueReceive, passive: true} // "84 servicemen have come home"
			}
			reduced := j <= near && endsWithAny(w, "ed", "sent", "freed", "given", "taken", "brought") &&
				j+1 <= s.last && (d.toks[j+1].low == "to" || d.toks[j+1].low == "from" || d.toks[j+1].low == "by" ||
				d.toks[j+1].low == "home" || d.toks[j+1].low == "back" || d.toks[j+1].low == "over" ||
				d.toks[j+1].kind == tWord && d.cls(j+1)&cPrep != 0 && d.toks[j+1].low != "of") || // "12 Saudis freed on Sunday": a transfer verb takes an object, so no active

				j <= near && endsWithAny(w, "ed", "sent", "freed", "given", "taken", "brought") && (j == cl1 || d.boundary(j+1)) || // "390 Russians repatriated."
				j <= near+1 && w == "free" && d.toks[j-1].low == "set" // "24 hostages set free by the militia": the participle and its adjective
			if pass && d.lx.twoObject[w] && d.keptObject(j+1, cl1) {
				return cue{tok: -1} // "142 people were given refugee status": they got a status
			}
			if (pass || reduced) && !d.isNoun(j, s) {
				return cue{tok: j, kind: ck, passive: true}
			}
			if d.lx.twoWay[w] && j-1 > k && d.gram(j-1)&gHave != 0 && (j == cl1 || d.boundary(j+1) || d.gram(j+1)&(gPrep|gSubord) != 0) {
				// "400 prisoners have returned under the deal": people
				// who come back, received by their side.
				return cue{tok: j, kind: cueReceive, passive: true}
			}
			break
		}
	}
	if j := d.pastAside(cl1, s); j > 0 {
		// "60 prisoners, including 15 minors, were released": the passive
		// verb past the part set off between.
		pass := false
		for ; j <= s.last && j <= cl1+16 && !d.boundary(j); j++ {
			if d.gram(j)&gBe != 0 {
				pass = true
				continue
			}
			if ck := d.cueAt(j, s.last); ck != 0 && pass && !d.isNoun(j, s) {
				return cue{tok: j, kind: ck, passive: true}
			}
			if d.toks[j].kind != tWord || d.cls(j)&cAux == 0 && d.gram(j)&gBe == 0 {
				break
			}
		}
	}
	if c := &d.clist[d.clauseAt(k)]; int(c.verb1) > cl1 && c.vg&vgPassive != 0 && c.kind == clMain && k-cl0 <= 2 &&
		(c.subj0 < 0 || int(c.subj0) <= k && k <= int(c.subj1)) {
		// "900 bodies, which the other side says are soldiers', were
		// returned": the passive verb of the figure's clause past what
		// is set off between.
		if v := int(c.verb1); d.cueAt(v, s.last) != 0 && !d.isNoun(v, s) {
			return cue{tok: v, kind: d.cueAt(v, s.last), passive: true}
		}
	}
	for j := k - 1; j >= cl0; j-- {
		if ck := d.cueAt(j, s.last); ck != 0 {
			if ck != cueReceive && d.isNoun(j, s) {
				// "received another transfer of 900 bodies": the noun is
				// what the verb of receiving gets.
				for i := j - 1; i >= cl0 && i >= j-3; i-- {
					if d.cueAt(i, s.last) == cueReceive && !d.isNoun(i, s) {
						return cue{tok: i, kind: cueReceive}
					}
					if d.toks[i].kind != tWord || d.gram(i)&gVerb != 0 {
						break
					}
				}
			}
			return cue{tok: j, kind: ck}
		}
	}
	// After the figure: a noun ("1,200 prisoners covered by the exchange
	// deal"), or a verb whose own subject stands between ("the 6,000 bodies
	// Moscow says it has handed over"); not a verb the figure is the
	// subject of ("150 soldiers would receive medical care").
	subject := false
	for j := k + 1; j <= cl1; j++ {
		if ck := d.cueAt(j, s.last); ck != 0 {
			if d.isNoun(j, s) || subject {
				return cue{tok: j, kind: ck}
			}
			if j == k+1 && ck == cueGive && endsWithAny(d.toks[j].low, "ed", "freed") && j+1 <= cl1 && d.toks[j+1].kind == tWord &&
				(d.toks[j+1].cls&cDemonym != 0 || d.x.measures[d.toks[j+1].low] != "" || d.cls(j+1)&cPerson != 0) {
				return cue{tok: j, kind: ck, passive: true} // "32 freed Armenian soldiers": the participle before the people
			}
			break
		}
		if p, _, dem := d.partyAt(j); (p != "" && !dem) || d.cls(j)&cPronoun != 0 {
			subject = true
		}
	}
	for j := cl0; j < k; j++ {
		if w := d.toks[j].low; w == "while" || w == "whereas" {
			return cue{tok: -1} // "…, while drone strikes killed one woman": another event, no handover's
		}
	}
	for j := cl0 - 1; j >= s.first; j-- {
		if d.toks[j].quote != d.toks[k].quote {
			break
		}
		if ck := d.cueAt(j, s.last); ck != 0 {
			return cue{tok: j, kind: ck}
		}
	}
	return cue{tok: -1}
}

// keptObject reports a noun phrase that opens at i, right after a
// passive verb of giving: the object it keeps ("were given refugee
// status", "were handed long sentences"), not a particle, a preposition,
// an adverb or a time ("were handed over", "were given back", "were given
// yesterday").
func (d *document) keptObject(i, last int) bool {
	if i > last {
		return false
	}
	t := &d.toks[i]
	if t.kind != tWord || t.capital || d.cls(i)&cPrep != 0 || d.gram(i)&(gPrep|gSubord|gCoord) != 0 || strings.HasSuffix(t.low, "ly") {
		return false
	}
	switch t.low {
	case "over", "back", "out", "home", "up", "off", "away", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "so", "too", "also", "again":
		return false
	}
	return true
}

// agentBefore returns the party that does the verb at v: the nearest party
// before it in the sentence that is not after a preposition ("Moscow is
// prepared to hand over"); "we", "our" and "I" are the speaker's side.
func (d *document) agentBefore(v int, s sentence, sp claims.Speaker) (string, claims.Span) {
	// The subject right before the verb, even one the vocabulary does not
	// know: "the Houthis will release", "Hamas freed".
	j := v - 1
	for j >= s.first && d.toks[j].kind == tWord && (d.lx.modal[d.toks[j].low] || d.cls(j)&cAux != 0 || d.toks[j].low == "to") {
		j--
	}
	if j >= s.first && d.toks[j].kind == tWord && d.toks[j].capital && d.cls(j)&cPronoun == 0 && d.gram(j)&(gDet|gSubjPron) == 0 && j != s.first ||
		j == s.first && j >= 0 && d.toks[j].kind == tWord && d.toks[j].capital && d.x.parties[strings.TrimSuffix(d.toks[j].low, "'s")] != "" {
		e := j
		// "On Wednesday Kyiv", "In April Moscow": a capitalised
		// preposition or a date opening the sentence is no part of the name.
		for j-1 >= s.first && d.toks[j-1].kind == tWord && d.toks[j-1].capital && d.cls(j-1)&cPrep == 0 &&
			!isWeekdayOrMonth(strings.TrimSuffix(d.toks[j-1].low, "'s")) {
			j--
		}
		if i := d.bodyOfCountry(j, e); i >= 0 {
			// "Russia's Ministry of Defense returned", "Kenya's army
			// freed": a state body acts for its country.
			if p, _, _ := d.partyAt(i); p != "" {
				return p, d.span(i, e)
			}
		}
		if p, n, dem := d.partyAt(j); p != "" && (!dem || j+n-1 < e) && !d.prepObject(j, e, v, s) {
			if j+n-1 == e || dem {
				return p, d.span(j, e)
			}
			if g, gsp, ok := d.possessedGroup(j+n-1, e+1); ok {
				return g, gsp // "Lebanon's Hezbollah handed over"
			}
		}
		if d.x.demonyms[d.toks[e].low] == "" && d.x.demonyms[strings.TrimSuffix(d.toks[e].low, "s")] == "" &&
			!d.lx.title[d.toks[e].low] && !isWeekdayOrMonth(d.toks[e].low) && !d.prepObject(j, e, v, s) {
			return d.text[d.toks[j].start:d.toks[e].end], d.span(j, e)
		}
	}
	if g, gsp, ok := d.appositiveAgent(j, s.first); ok {
		return g, gsp // "Peru's largest rebel group, the People's Front (PF), freed": the name, not the country
	}
	// "the militant group has freed": the group the story has seen give
	// before, else the one party of the story that is a group, not a
	// country.
	if j >= s.first+1 && d.toks[j].kind == tWord && d.gram(j)&gArmed != 0 {
		i := j - 1
		for i > s.first && i >= j-3 && d.toks[i].kind == tWord && d.gram(i)&gDet == 0 {
			i-- // "the militant", "a Palestinian Islamist"
		}
		if isArticle(d.toks[i].low) {
			if g := d.groupGiver(); g != "" {
				return g, d.span(i, j)
			}
			if g := d.storyGroup(); g != "" {
				return g, d.span(i, j)
			}
		}
	}
	// "FARC rebels freed", "Houthi fighters released": a capitalised group.
	if j := v - 1; j-1 > s.first && d.toks[j].kind == tWord && !d.toks[j].capital && d.lx.org[d.toks[j].low] &&
		d.toks[j-1].capital && d.toks[j-1].kind == tWord && d.x.demonyms[d.toks[j-1].low] == "" {
		if p, _, _ := d.partyAt(j - 1); p == "" {
			i := j - 1
			for i-1 >= s.first && d.toks[i-1].kind == tWord && d.toks[i-1].capital {
				i--
			}
			return d.text[d.toks[i].start:d.toks[j].end], d.span(i, j)
		}
	}
	for j := v - 1; j >= s.first; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			continue
		}
		switch t.low {
		case "we", "our", "us", "i":
			if sp.Role != "outlet" && sp.Affiliation != "" {
				return sp.Affiliation, d.span(j, j)
			}
			continue
		case "it", "they":
			// "the military government said it had freed 900": the speaker's side.
			if sp.Role != "outlet" && sp.Affiliation != "" && j > s.first && d.cls(j-1)&cSpeech != 0 {
				return sp.Affiliation, d.span(j, j)
			}
			continue
		case "country", "government", "nation":
			// "his country had handed over": the speaker's.
			if j > s.first && (d.toks[j-1].low == "his" || d.toks[j-1].low == "her" || d.toks[j-1].low == "their" || d.toks[j-1].low == "our") &&
				sp.Role != "outlet" && sp.Affiliation != "" {
				return sp.Affiliation, d.span(j-1, j)
			}
		}
		p, n, dem := d.partyAt(j)
		if p == "" {
			continue
		}
		if isIntermediary(p) {
			continue // "a Red Cross spokesman said 40 would be flown …": who carries it, no side that gives
		}
		if d.prepObject(j, j+n-1, v, s) {
			continue // "to Kyiv", "of the Palestinians released": no agent
		}
		if i := j - 1; i > s.first && d.toks[i].kind == tWord && d.cueAt(i, s.last) == cueGive && !d.isNoun(i, s) {
			continue // "handed Kyiv 900 bodies and got 40 back": the first verb's receiver, no agent of the second
		}
		if g, gsp, ok := d.possessedGroup(j+n-1, v); ok && !dem {
			return g, gsp // "Yemen's Houthi rebels on Sunday freed"
		}
		if dem {
			if j+1 > s.last || !isAgentNoun(d.toks[j+1].low) || j > s.first && d.toks[j-1].kind == tFig {
				continue // "3,000 Ukrainian troops": people counted, no agent
			}
			n = 2
		}
		return p, d.span(j, j+n-1)
	}
	return "", claims.Span{}
}

// prepObject reports a name [j, e] that is the object of a preposition,
// right after it or after its determiner ("of the Palestinians", "among
// Syrians"): no subject of the verb v after it. A possessive right before
// v is the agent of the noun v, after a preposition too ("in exchange for
// Armenia's release of two").
func (d *document) prepObject(j, e, v int, s sentence) bool {
	if w := d.toks[e].low; e+1 == v && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		return false
	}
	i := j - 1
	if i > s.first && d.toks[i].kind == tWord && d.gram(i)&gDet != 0 {
		i--
	}
	return i >= s.first && i < j && d.toks[i].kind == tWord && d.cls(i)&cPrep != 0
}

// groupGiver returns the one party the story has seen give something that
// is no country and no intermediary: "the rebel group" that frees more
// after "the PF freed six".
func (d *document) groupGiver() string {
	g := ""
	for _, gv := range d.givers {
		if gv.party == "" || gv.party == "-" || d.x.countries[gv.party] || isIntermediary(gv.party) {
			continue
		}
		if g != "" && g != gv.party {
			return ""
		}
		g = gv.party
	}
	return g
}

// appositiveAgent returns the name set off by commas at the end of the
// subject that ends at token j, right before its verb: "Peru's largest
// rebel group, the People's Front (PF), freed …" is the front's act, not
// Peru's. The short name in brackets is the one the story goes on with.
func (d *document) appositiveAgent(j, first int) (string, claims.Span, bool) {
	if j-3 < first || d.toks[j].low != "," {
		return "", claims.Span{}, false
	}
	e := j - 1
	if d.toks[e].low == ")" && e-2 > first && d.toks[e-2].low == "(" && d.toks[e-1].kind == tWord && d.toks[e-1].capital {
		short := e - 1
		e -= 3
		if a, ok := d.appositiveName(e, first); ok {
			return d.text[d.toks[short].start:d.toks[short].end], d.span(a, j-1), true
		}
		return "", claims.Span{}, false
	}
	if a, ok := d.appositiveName(e, first); ok {
		return d.text[d.toks[a].start:d.toks[e].end], d.span(a, e), true
	}
	return "", claims.Span{}, false
}

// appositiveName returns the first token of a name of capitalised words
// ending at e, after "the" and a comma that follows a noun in small
// letters: ", the People's Front" after "rebel group".
func (d *document) appositiveName(e, first int) (int, bool) {
	a := e
	for a > first && d.toks[a].kind == tWord && d.toks[a].capital {
		a--
	}
	if a == e || a-2 < first || !isArticle(d.toks[a].low) || d.toks[a-1].low != "," || d.toks[a-2].capital || d.toks[a-2].kind != tWord {
		return 0, false
	}
	if p, n, dem := d.partyAt(a + 1); p != "" && (dem || a+n == e && d.x.countries[p]) {
		return 0, false // ", the Russian Federation," names a country: the verb's agent reads it as one
	}
	return a + 1, true
}

// storyGroup returns the one party of the story that is no country and no
// intermediary ("Hamas" in a story of Israel and Hamas), or "".
func (d *document) storyGroup() string {
	g := ""
	for p := range d.parties {
		if d.x.countries[p] || isIntermediary(p) {
			continue
		}
		if g != "" {
			return ""
		}
		g = p
	}
	return g
}

// possessedGroup returns the named group after a country's possessive that
// ends at token j ("Yemen's Houthi rebels", "Lebanon's Hezbollah"), up to
// the verb v: a name, then a noun for its members (lexicon's armedNoun).
// The country only says where the group is; its army, its president or
// its people ("Niger's army", "Chad's President") are the country's.
func (d *document) possessedGroup(j, v int) (string, claims.Span, bool) {
	if w := d.toks[j].low; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return "", claims.Span{}, false
	}
	e := j
	for i := j + 1; i < v && d.toks[i].kind == tWord && strings.ContainsAny(d.text[d.toks[i].start:d.toks[i].end], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") &&
		!d.lx.title[d.toks[i].low] && d.x.demonyms[d.toks[i].low] == "" && !isWeekdayOrMonth(d.toks[i].low); i++ {
		e = i
	}
	if e == j {
		return "", claims.Span{}, false
	}
	if e+1 < v && d.gram(e+1)&gArmed != 0 {
		e++
	}
	return d.text[d.toks[j+1].start:d.toks[e].end], d.span(j+1, e), true
}

// bodyOfCountry returns the token of a country in the possessive that a
// state body named in tokens [j, e] belongs to ("Russia's Ministry of
// Defense", "Russia's Defense Ministry"), -1 if it is none: the body's
// head word is a state body's, and the name may hold an "of".
func (d *document) bodyOfCountry(j, e int) int {
	if j-2 >= 0 && d.toks[j-1].low == "of" && d.toks[j-2].kind == tWord && d.toks[j-2].capital && stateBodies[d.toks[j-2].low] {
		j -= 2 // "Ministry of Defense"
		for j-1 >= 0 && d.toks[j-1].kind == tWord && d.toks[j-1].capital {
			j--
		}
	}
	for i := j; i < e; i++ {
		w := d.toks[i].low
		if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			continue
		}
		if p, n, _ := d.partyAt(i); p == "" || n != 1 || !d.x.countries[p] {
			return -1
		}
		for h := i + 1; h <= e; h++ {
			if stateBodies[d.toks[h].low] {
				return i
			}
		}
		return -1
	}
	return -1
}

// firstAgent is agentBefore's earliest match in the sentence.
func (d *document) firstAgent(v int, s sentence, sp claims.Speaker) (string, claims.Span) {
	p, psp := d.agentBefore(v, s, sp)
	for p != "" {
		i := d.tokenAt(psp.Start)
		q, qsp := d.agentBefore(i, s, sp)
		if q == "" {
			break
		}
		p, psp = q, qsp
	}
	return p, psp
}

// coSubject reports a party p named in the subject of the clause of the
// cue at v, beside the giver: "Russia and Belarus released 16 people".
func (d *document) coSubject(v int, p string) bool {
	if p == "" {
		return false
	}
	c := &d.clist[d.clauseAt(v)]
	if c.subj0 < 0 || int(c.subj1) >= v {
		return false
	}
	for i := int(c.subj0); i <= int(c.subj1); i++ {
		if q, n, dem := d.partyAt(i); q == p && !dem {
			return true
		} else if n > 1 {
			i += n - 1
		}
	}
	return false
}

// startsWithOver reports a figure token that begins with the particle
// "over" ("handed over 500").
func (d *document) startsWithOver(i int) bool {
	t := &d.toks[i]
	return t.kind == tFig && len(d.text) >= t.start+5 && strings.EqualFold(d.text[t.start:t.start+4], "over") && d.text[t.start+4] == ' '
}

// isIntermediary reports parties that carry a transfer between the sides.
func isIntermediary(p string) bool {
	switch p {
	case "ICRC", "United Nations", "Red Cross", "International Committee of the Red Cross", "Red Crescent":
		return true
	}
	return false
}

func isAgentNoun(w string) bool {
	switch w {
	case "side", "forces", "army", "military", "government", "authorities", "officials", "troops", "delegation",
		"ministry", "president", "leader", "negotiators", "navy", "command", "state", "leadership", "officers",
		"captivity", "custody", "prisons", "prison", "jails", "jail", "territory", "control", "hands", "coalition":
		return true
	}
	return false
}

// partyAfter returns the party named after word prep ("to", "from",
// "by") within tokens [from, to], from is just after the cue; a
// preposition of a relative clause the cue is not in is another verb's.
func (d *document) partyAfter(prep string, from, to int) (string, claims.Span) {
	cue := -1
	if from > 0 {
		cue = d.clauseAt(from - 1)
	}
	for j := from; j <= to; j++ {
		if d.toks[j].low != prep {
			continue
		}
		if c := d.clauseAt(j); c != cue && d.clist[c].kind == clRelative {
			continue // "freed 10 … for 252 who had been deported to El Salvador": the relative clause's verb's
		}
		for i := j + 1; i <= to && i <= j+5; i++ {
			if p, n, dem := d.partyAt(i); p != "" {
				if isIntermediary(p) {
					if prep == "to" {
						// "handed to the Red Cross and to a Qatari
						// escort": go-betweens; the side that receives is
						// not told here.
						return "", claims.Span{}
					}
					break // the go-between, not the side that receives
				}
				if dem && !(i+1 <= to && isAgentNoun(d.toks[i+1].low)) && prep != "to" {
					continue
				}
				return p, d.span(j, i+n-1)
			}
			if d.boundary(i) {
				break
			}
		}
	}
	return "", claims.Span{}
}

// owner returns whose the counted things are, from the noun phrase after
// the figure: "6,000 fallen Ukrainian soldiers" are Ukraine's, "78 of its
// own servicemen" the agent's, "our soldiers" the speaker's side.
func (d *document) owner(k, cl1 int, agent string, sp claims.Speaker) (string, claims.Span) {
	for j := k + 1; j <= cl1 && j <= k+8; j++ {
		t := &d.toks[j]
		if t.kind == tFig || d.inExchangeFor(j) || t.low == "for" {
			break // "8 captives in exchange for Palestinian detainees", "a swap of 90 civilians for its own soldiers": those are the other side's
		}
		switch t.low {
		case "its", "their":
			if j+1 <= cl1 && d.toks[j+1].low == "own" && agent != "" {
				return agent, d.span(j, j+1)
			}
		case "our":
			if sp.Affiliation != "" && sp.Role != "outlet" {
				return sp.Affiliation, d.span(j, j)
			}
		}
		if p, _, dem := d.partyAt(j); p != "" && (dem || j == k+1 && !isIntermediary(p)) {
			return p, d.span(j, j) // "16 Saudis", and a group's members by its name: "117 Houthis"
		}
		if d.cueAt(j, cl1) != 0 && j != k+1 {
			break // not "32 freed Armenian soldiers": a participle before the people
		}
	}
	return "", claims.Span{}
}

// listedFigure returns the next figure of a list of counts that the
// figure at k opens ("dozens of detainees, 12 Saudis"), or 0: one within
// six words, with no verb before it.
func (d *document) listedFigure(k, cl1 int) int {
	for j := k + 1; j <= cl1 && j <= k+6; j++ {
		if d.toks[j].kind == tFig {
			if d.toks[j-1].low == "," || d.toks[j-1].low == "and" {
				return j
			}
			return 0
		}
		if d.toks[j].kind == tWord && d.gram(j)&(gVerb|gBe|gHave|gModal) != 0 {
			return 0
		}
	}
	return 0
}

// documentObject reports a verb at v whose object, within three words
// after it, is a document or data ("released a list", "released a
// two-minute video", "released its figures"): it hands over no one.
func (d *document) documentObject(v, last int) bool {
	for i := v + 1; i <= last && i <= v+3; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if d.cls(i)&cDataObject != 0 {
			// "released a total of 3,956": the people, counted
			return i+2 > last || d.toks[i+1].low != "of" || d.toks[i+2].kind != tFig
		}
		if d.cls(i)&cSource != 0 {
			return true
		}
		if d.gram(i)&gDet == 0 && !strings.Contains(t.low, "-") {
			return false
		}
	}
	return false
}

// backOnSoil reports "in" or "on" at i, then a side's name within three
// words ("back in Ukraine", "back on Israeli soil"): people who are back
// there were received by that side.
func (d *document) backOnSoil(i, last int) bool {
	if i > last || (d.toks[i].low != "in" && d.toks[i].low != "on") {
		return false
	}
	for j := i + 1; j <= last && j <= i+3; j++ {
		if p, _, _ := d.partyAt(j); p != "" {
			return true
		}
	}
	return false
}

// swappedFor reports a figure at k that a transfer verb at v gives or takes
// for the figure before it in its clause: "freed 13 Israelis for 39
// Palestinians", "handed over 20 soldiers for 30 more": it goes the other
// way.
func (d *document) swappedFor(v, k int) bool {
	j := k - 1
	for j > v && d.toks[j].kind == tWord && (isNumberModifier(d.toks[j].low) || d.toks[j].low == "more" || d.toks[j].low == "another") {
		j--
	}
	if j <= v || d.toks[j].low != "for" {
		return false
	}
	for i := j - 1; i > v; i-- {
		if t := &d.toks[i]; t.kind == tFig && d.figs[t.fig].claim {
			return d.sameClause(i, k)
		}
		if d.boundary(i) && d.toks[i].low != "," {
			return false
		}
	}
	return false
}

// inExchangeFor reports the "in" of "in exchange for" or "in return for":
// what follows goes the other way.
func (d *document) inExchangeFor(j int) bool {
	if d.toks[j].low != "in" || j+2 >= len(d.toks) {
		return false
	}
	w := d.toks[j+1].low
	return (w == "exchange" || w == "return") && d.toks[j+2].low == "for"
}

// direction fills the subject (who gives), the recipient and Mutual of the
// claim in b from the cue.
func (d *document) direction(s sentence, k, cl1 int, cu cue, sp claims.Speaker, b *builder) {
	c := &b.c
	end := cl1
	if cu.tok > end {
		_, end = d.clause(s, cu.tok)
	}
	to, toSp := d.partyAfter("to", cu.tok+1, end)
	if k > cu.tok+1 && k+1 <= end && d.toks[k+1].low == "to" && d.toks[k-1].low == "and" {
		// "1,000 went to Kyiv, and 19 to Moscow": a figure that repeats
		// the verb left out names its own recipient right after it.
		if p, sp := d.partyAfter("to", k+1, min(end, k+6)); p != "" {
			to, toSp = p, sp
		}
	}
	if to == "" && cu.kind == cueGive && !cu.passive {
		// "sent 12 ambulances to the Kunar district": a place as the
		// recipient.
		to, toSp, _ = d.recipientTo(d.clauseAt(cu.tok), max(k, cu.tok))
	}
	from, fromSp := d.partyAfter("from", cu.tok+1, end)
	by, bySp := d.partyAfter("by", cu.tok+1, end)
	agent, agSp := "", claims.Span{}
	if !cu.passive {
		agent, agSp = d.agentBefore(cu.tok, s, sp)
	}
	own, ownSp := d.owner(k, cl1, agent, sp)
	// "released 10 Americans in exchange for 252 Venezuelans": what comes
	// in exchange goes the other way.
	reversed := d.swappedFor(cu.tok, k)
	for j := cu.tok + 1; j < k; j++ {
		if w := d.toks[j].low; (w == "exchange" || w == "return") && d.toks[j-1].low == "in" && j+1 < k && d.toks[j+1].low == "for" {
			reversed = true
		}
	}
	kind := cu.kind
	if to == "" && strings.HasPrefix(d.toks[cu.tok].low, "repatriat") && kind == cueGive &&
		(reversed || own == "" || agent == "" || own == agent) {
		// "Ukraine repatriated the bodies of 1,000 soldiers": brought its
		// own home; "Russia began to repatriate 6,000 bodies of Ukrainian
		// soldiers" sends others' dead home to their side. What a side
		// got its own back in exchange for is not its people: the verb
		// still brings home.
		kind = cueReceive
	}
	if reversed {
		own, ownSp = "", claims.Span{}
	}
	if kind == cueGive && !cu.passive && to == "" && agent != "" && !reversed {
		switch g := d.soleGiver(c.Measure); {
		case own == agent && !d.domesticRelease(cu.tok, end):
			// "managed to return 300 of our people", "the release of 90
			// Ukrainian citizens from Russian captivity" told of Ukraine: a
			// side that gets its own people back receives them.
			kind = cueReceive
			b.whyText("direction", "the side's own people: it gets them back")
		case own == "" && g != "" && g != agent && d.lx.twoWay[d.toks[cu.tok].low] && d.loneReturn(cu.tok, s):
			// "Kyiv has returned 900 bodies of the fallen" in a story whose
			// bodies only the other side has handed over: brought home.
			kind = cueReceive
			b.whyText("direction", "a verb of returning with no one it went to, in a story where only the other side gives them")
		}
	}
	var giver, recip string
	var gSp, rSp claims.Span
	switch kind {
	case cueGive:
		giver, gSp = first2(agent, agSp, by, bySp)
		giver, gSp = first2(giver, gSp, from, fromSp)
		recip, rSp = first2(to, toSp, own, ownSp)
	case cueReceive:
		recip, rSp = first2(agent, agSp, by, bySp)
		recip, rSp = first2(recip, rSp, own, ownSp)
		if own != "" && recip == agent && !d.isParty(agent) {
			// "Zelenskyy welcomes 189 Ukrainians home": the people's own
			// side receives them, not a name that is no party.
			recip, rSp = own, ownSp
		}
		if recip == "" && cu.passive {
			recip, rSp = to, toSp // "400 prisoners have returned to Kyiv"
		}
		giver, gSp = from, fromSp
	case cueMutual:
		if both, _ := d.bothWays(s, k, k, cl1, false); own != "" && !reversed && !both {
			// "800 bodies of Ukrainian soldiers went back in return for 26
			// bodies of Russian soldiers": each side of the exchange
			// goes to the people's own side.
			if giver = d.counterpart(own); giver != "" {
				recip, rSp = own, ownSp
				b.whyText("subject", "the story's other party")
				b.defaulted("subject")
				break
			}
		}
		c.Mutual = true
		giver, gSp = agent, agSp
		if !cu.passive {
			// "Russia and Ukraine exchanged": the first of the parties.
			if p, sp := d.firstAgent(cu.tok, s, sp); p != "" {
				giver, gSp = p, sp
			}
		}
		if giver == "" {
			for i := s.first; i <= cu.tok; i++ { // parties named after the verb mediate ("in a deal mediated by")
				if d.inSpeakerPhrase(d.sentOf[i], i) {
					continue // "Kellogg, the U.S. envoy, said": the speaker's side is no party to the exchange
				}
				if p, n, dem := d.partyAt(i); p != "" && !dem {
					giver, gSp = p, d.span(i, i+n-1)
					break
				}
			}
		}
		if giver == "" {
			if ps := d.topParties(); len(ps) >= 2 {
				giver = ps[0]
				b.whyText("subject", "the story's two parties")
				b.defaulted("subject")
			}
		}
		recip = ""
	}
	if giver == "" && recip == "" && kind == cueReceive && sp.Role != "outlet" && sp.Affiliation != "" {
		recip = sp.Affiliation // "303 defenders came home", said by their side
		b.whyText("recipient", "the speaker's side")
	}
	if giver == recip {
		recip, rSp = "", claims.Span{}
	}
	if lt := d.lastTransfer; giver == "" && recip != "" && cu.passive && lt.ok && sameCount(lt.measure, c.Measure) && lt.subject != "" && lt.subject != recip &&
		!lt.mutual && d.paraOf[d.sentOf[k]]-lt.para <= 1 {
		// "3 Filipino carers had been freed" after "the militia freed 9
		// hostages": a passive that names no agent was done by the one who
		// gave before.
		giver = lt.subject
		b.whyText("subject", "who gave in the transfer told before")
		b.defaulted("subject")
	}
	if giver == "" && recip != "" {
		giver = d.counterpart(recip)
		if giver != "" {
			b.whyText("subject", "the story's other party")
			b.defaulted("subject")
		}
	}
	if recip == "" && giver != "" {
		recip = d.counterpart(giver)
		if !c.Mutual && cu.kind != cueMutual && d.coSubject(cu.tok, recip) {
			recip = "" // "Russia and Belarus released 16": the other giver receives nothing
		}
		if recip != "" {
			b.whyText("recipient", "the story's other party")
			b.defaulted("recipient")
			if kind == cueGive && !cu.passive && own == "" && d.lx.twoWay[d.toks[cu.tok].low] && c.Confidence.Subject == claims.Explicit && d.loneReturn(cu.tok, s) {
				// "Kyiv has returned 900 bodies of the fallen": sent
				// back or brought home, the verb does not say, with no
				// one named that they went to and no side they are of.
				_ = c.Confidence.Set("subject", claims.Inferred)
				b.whyText("direction", "a verb of returning with no one it went to: sent back or brought home")
			}
		}
	}
	if reversed {
		giver, recip, gSp, rSp = recip, giver, rSp, gSp
		c.Confidence.Subject, c.Confidence.Recipient = c.Confidence.Recipient, c.Confidence.Subject
		if o, osp := d.owner(k, cl1, "", sp); o != "" && o != giver {
			recip, rSp = o, osp
			c.Confidence.Recipient = claims.Explicit
		}
		b.whyText("direction", "in exchange: the other way")
		if giver == "" && recip != "" {
			if giver = d.counterpart(recip); giver != "" {
				b.defaulted("subject")
			}
		}
	}
	if giver == "" && recip == "" && (c.Mutual || cu.kind == cueMutual) {
		if ps := d.topParties(); len(ps) >= 2 {
			giver, recip = ps[0], ps[1]
			b.whyText("subject", "the story's two parties")
			b.defaulted("subject", "recipient")
		}
	}
	b.why("subject", gSp)
	b.why("recipient", rSp)
	if d.x.opts.Explain {
		b.whyText("direction", d.voiceOf(cu.tok))
	}
	c.Subject, c.Recipient = giver, recip
}

// voiceOf says, for --explain, how the clause layer reads the verb at v:
// the verb of its clause in the active or the passive, or a noun or a
// participle outside the verb group.
func (d *document) voiceOf(v int) string {
	cl := &d.clist[d.clauseAt(v)]
	switch {
	case int(cl.verb1) != v:
		return "the cue is no clause's verb: a noun or a participle"
	case cl.vg&vgPassive != 0:
		return "the clause's verb, passive: its subject is what is handed over"
	}
	return "the clause's verb, active: its subject acts"
}

func first2(a string, as claims.Span, b string, bs claims.Span) (string, claims.Span) {
	if a != "" {
		return a, as
	}
	return b, bs
}
