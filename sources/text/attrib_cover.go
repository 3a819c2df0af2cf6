// The attribution stage, part 4: cover. Which attribution, if any, gives
// the speaker of a figure: the one of its sentence, of its quotation, or
// none (the outlet's own voice).

package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// speakerOfSent resolves the speakers of sentence si's narrative, in
// order, and returns the first (-1 when it has none).
func (d *document) speakerOfSent(si int) int {
	if !d.sentDone[si] {
		d.sentDone[si] = true
		for i := range d.attrs[si] {
			a := &d.attrs[si][i]
			a.ent = d.speakerOf(*a)
			if a.ent >= 0 && !a.when.IsZero() && !d.relativeCue(*a) {
				d.ents[a.ent].said = a.when
			}
			d.noteSpeaker(a.ent, si)
		}
	}
	if len(d.attrs[si]) == 0 {
		return -1
	}
	return d.attrs[si][0].ent
}

// relativeCue reports a cue whose speaker is a pronoun in a relative
// clause after a noun ("up from 900 homes it counted on Tuesday", "the 40
// that they gave on Monday"): the date dates the earlier report of that
// noun's figure, a look back, not the speaker's latest words.
func (d *document) relativeCue(a attribution) bool {
	p := a.np0 - 1
	if a.np0 != a.np1 || p < 1 || !relativeCuePronouns[d.toks[a.np0].low] {
		return false
	}
	if d.gram(p)&gRelative != 0 {
		p-- // "the 40 that they gave"
	}
	t := &d.toks[p]
	return t.kind == tWord && !t.capital && t.cls&(cPrep|cSpeech|cDate) == 0 &&
		t.gram&(gVerb|gBe|gHave|gDo|gModal|gDet|gCoord|gPrep|gSubord|gRelative|gReport|gNeg) == 0
}

// attributionFor returns the attribution of sentence si that covers the
// narrative token k: the last before it whose speaker stands before its
// verb ("police counted 81,000"), else the first after it ("…, the ministry
// said"), else the last before it. It returns nil when there is none.
func (d *document) attributionFor(si, k int) *attribution {
	if d.conversion(k) || d.placeGloss(k) {
		// "10.6 billion euros ($11.4 billion)": the outlet converts; "in
		// Meru, about 200km east of Nairobi": the outlet places
		return nil
	}
	if d.earlierFigure(k) {
		if a := d.earlierReport(); a != nil {
			return a // "from the initially reported 48%": who reported the first results
		}
	}
	d.speakerOfSent(si)
	as := d.attrs[si]
	s := d.sents[si]
	var before, after, lastBefore, final *attribution
	cut := false // an attribution of the sentence ends before k: k is the outlet's
	for i := range as {
		if a := &as[i]; a.kind == cueAccording && a.appos[1] > 0 && k >= a.appos[0] && k <= a.appos[1] {
			return nil // "the CGT, one of the eight union centres": the outlet describes the source
		}
	}
	for i := range as {
		if a := &as[i]; a.gapped && a.ent >= 0 && (a.np1+1 == k || a.np1+3 == k && gapComparisons[d.toks[a.np1+1].low] && d.toks[a.np1+2].low == "(") {
			return a // "and the prefecture 5,200": the source set before the figure, with the cue left out
		}
	}
	for i := range as {
		a := &as[i]
		if a.ent < 0 || a.gapped {
			continue // a pronoun with nothing to point back to; a gapped source speaks only for its own figure
		}
		if a.verb > k && a.kind == cueAgent && d.compared(k, a.verb) {
			continue // "down 8 points on the first count published by the board"
		}
		if a.verb > k && d.subordinate(k, a) {
			continue // "hundreds were freed after the crash of a plane that Moscow claimed …"
		}
		if d.bracketedAway(a, k, s) {
			continue // "180,000 in Varn according to the unions (40,000 according to the police), 90,000 in Ostel": the police count only its own
		}
		if a.verb < k && d.cutOff(a, k) {
			cut = true
			continue // "X estimate 150,000 at the rally; 2 arrested"
		}
		if a.verb > k && a.np0 > k && d.closes(a, s) && (final == nil || !nestingCues[d.toks[a.verb].low] && !(a.wire && final.wire)) {
			// "…, Vereshchuk said, citing data from …": the outer one; of
			// two wires' credits ("…, Ukrinform reported, AFP reports"),
			// the first, which the second relays.
			final = a
		}
		if a.verb < k {
			lastBefore = a
			if a.np1 < a.verb || a.kind == cueAccording && a.np1 < k {
				before = a // "police counted 81,000"; "– according to the CGT – 300,000"
			}
		} else if after == nil && !d.forwardOnly(a) {
			after = a
		}
	}
	for i := range as {
		if as[i].gapped {
			continue
		}
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 == k+1 && a.kind == cueData {
			return a // "the 20,000 a Red Crescent spokesperson gave"
		}
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 > a.verb && (a.verb <= k+3 || i+1 < len(as) && d.toks[a.verb].low == "according") && !d.compared(k, a.verb) && !d.subordinate(k, a) && !d.bracketedAway(a, k, s) &&
			!(before != nil && a.kind == cueAccording && d.document(a) && !(k+1 < a.verb && givenWords[d.toks[k+1].low]) && !(a.verb == k+2 && d.toks[k+1].low == ",")) {
			// "against 420,000 by the unions' count"; "150 in the north,
			// the navy said, and …"; "rather than the 71.2% given in the
			// first tally", where X said it.
			return a
		}
	}
	switch {
	case final != nil && before != nil && before.kind == cueFinding && final.kind == cueAccording && final.ent >= 0 && before.ent >= 0 &&
		bareDocument(d.ents[before.ent].sp.Name) && !bareDocument(d.ents[final.ent].sp.Name):
		// "Early returns show the mayor ahead with 52%, according to a
		// count by the monitors": results named by no one, whose maker
		// the sentence names at its close.
		return final
	case final != nil && before != nil && before.np1 < before.verb && !before.wire && final.np0 > before.verb && nestingCues[d.toks[final.verb].low]:
		// "Earlier reports indicated 217 deaths, Caliber.Az reports,
		// citing Russian media": the source that states the figure, not
		// the one a wire's credit cites for the story ("…, Machado said"
		// still speaks for "the tallies showed …" before it).
		return before
	case final != nil && d.selfCredit(final):
		for i := range as {
			if a := &as[i]; a.verb > final.verb && a.ent >= 0 && nestingCues[d.toks[a.verb].low] {
				return a // "…, Test Times reports, citing local television": the outlet has it from them
			}
		}
		return final
	case final != nil:
		return final // "…, officials from both countries said on Friday": the whole sentence
	case before != nil:
		if a := d.tellerOfFinding(as, before); a != nil {
			return a
		}
		return before
	case after != nil:
		return after
	case lastBefore != nil:
		return lastBefore
	}
	if cut || len(as) > 0 {
		return nil // the sentence has voices of its own, and none states k
	}
	if a := d.namedAfter(si); a != nil {
		return a
	}
	if a := d.statedAfter(si); a != nil {
		return a
	}
	if a := d.carried(si); a != nil {
		return a
	}
	if a := d.findingAhead(si); a != nil {
		return a
	}
	if a := d.pollCarried(si, k); a != nil {
		return a
	}
	if a := d.creditAfter(si); a != nil {
		return a
	}
	if a := d.closingCredit(si); a != nil {
		return a
	}
	return d.resultsCarried(si, k)
}

// headline reports sentence si as the story's headline: the line over
// the story set apart by a blank line, before its lead.
func (d *document) headline(si int) bool {
	return d.m.lead > d.m.body && d.toks[d.sents[si].first].start < d.m.lead
}

// tellerOfFinding returns the speaker who tells of the finding f inside
// what they say: "the chairman told reporters the partial results showed
// …" is the chairman's, who states what the results show, and so is "the
// chairman said that, according to the final count, …", a document with
// no body's name to it that the speaker reads out; nil when no one tells
// of it.
func (d *document) tellerOfFinding(as []attribution, f *attribution) *attribution {
	if f.kind != cueFinding && (f.kind != cueAccording || f.ent < 0 || !bareDocument(d.ents[f.ent].sp.Name)) {
		return nil
	}
	for i := range as {
		if a := &as[i]; a != f && a.kind == cueSpeech && a.ent >= 0 && !a.wire && !a.own && a.np1 < a.verb && a.verb < f.np0 {
			return a
		}
	}
	return nil
}

// creditAfter returns the source that the outlet's own credit, closing the
// paragraph of sentence si, cites for it: "The toll has climbed to 73.
// Another 40 are missing. …, Test Times reports, citing local television."
// The outlet tells through whom it has the paragraph's figures; those with
// a voice of their own keep it.
func (d *document) creditAfter(si int) *attribution {
	sj := si + 1
	for sj+1 < len(d.sents) && d.paraOf[sj+1] == d.paraOf[si] && !d.lineBreak(sj+1) {
		sj++
	}
	if sj >= len(d.sents) || d.paraOf[sj] != d.paraOf[si] || sj-si > carryWindow || d.lineBreak(sj) {
		return nil
	}
	d.speakerOfSent(sj)
	as := d.attrs[sj]
	n := len(as)
	if n < 2 {
		return nil
	}
	cite, host := &as[n-1], &as[n-2]
	if cite.ent < 0 || !nestingCues[d.toks[cite.verb].low] || cite.verb < host.verb || cite.np1 < d.sents[sj].last-1 || !d.selfCredit(host) {
		return nil
	}
	return cite
}

// closingCredit returns the voice that closes the paragraph of sentence si
// after a list of its figures: "In Harlow, 12 died. In Kessel, 8 died.
// Across the country, 20 died, the commission said." The closing sentence
// has one attribution, after what it says; every sentence from si to it
// opens on a preposition, as a list's items do, and gives figures with no
// voice of its own, no quotation and no party acting, which the outlet
// would tell.
func (d *document) closingCredit(si int) *attribution {
	sj := si + 1
	for sj+1 < len(d.sents) && d.paraOf[sj+1] == d.paraOf[si] && !d.lineBreak(sj+1) {
		sj++
	}
	if sj >= len(d.sents) || d.paraOf[sj] != d.paraOf[si] || sj-si > carryWindow || d.lineBreak(sj) || d.headline(si) {
		return nil
	}
	for sk := si; sk <= sj; sk++ {
		if d.gram(d.sents[sk].first)&gPrep == 0 {
			return nil // a list's items open on where or what they count: "In Harlow, …", "Across the country, …"
		}
	}
	for sk := si; sk < sj; sk++ {
		d.speakerOfSent(sk)
		if len(d.attrs[sk]) > 0 || d.hasQuote(sk) || !d.figureIn(sk) || d.outletTells(sk) {
			return nil
		}
	}
	d.speakerOfSent(sj)
	as := d.attrs[sj]
	if len(as) != 1 || d.hasQuote(sj) || !d.figureIn(sj) {
		return nil
	}
	a := &as[0]
	if a.ent < 0 || a.wire || a.own || a.kind != cueSpeech || a.np0 < a.verb && a.np1 > a.verb || !d.trailingAttribution(d.sents[sj], *a) {
		return nil
	}
	return a
}

// selfCredit reports an attribution to the outlet that publishes the text,
// by the name it goes by or by its web address ("Caliber.Az reports").
func (d *document) selfCredit(a *attribution) bool {
	i := a.np0
	for i > 0 && d.toks[i-1].end == d.toks[i].start && d.toks[i-1].kind != tFig && d.sentOf[i-1] == d.sentOf[a.np0] {
		i-- // "Caliber.Az": the parts of a web name
	}
	if d.toks[i].low == "the" {
		i++
	}
	name := strings.ToLower(d.text[d.toks[i].start:d.toks[a.np1].end])
	if own := d.ownVoice(); own != "" && strings.EqualFold(name, strings.TrimPrefix(own, "The ")) {
		return true
	}
	host := d.source.URL
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	return host != "" && (name == host || strings.HasPrefix(host, name+"."))
}

// bracketedAway reports an attribution set in brackets that do not hold
// token k: "(17,000 according to the police)" speaks for its own figure,
// not for those of the sentence around it.
func (d *document) bracketedAway(a *attribution, k int, s sentence) bool {
	open := -1
	for j := a.verb - 1; j >= s.first && a.verb-j <= 12; j-- {
		if w := d.toks[j].low; w == ")" {
			return false
		} else if w == "(" {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := max(a.verb, a.np1); j <= s.last && j-a.verb <= 16; j++ {
		if d.toks[j].low == ")" {
			return k < open || k > j
		}
		if d.toks[j].low == "(" {
			return false
		}
	}
	return false
}

// hasQuote reports a sentence holding quoted words.
func (d *document) hasQuote(si int) bool {
	s := d.sents[si]
	for j := s.first; j <= s.last; j++ {
		if d.toks[j].quote != 0 {
			return true
		}
	}
	return false
}

// closes reports an attribution set off at the end of its sentence: a
// comma before it, and after it only its date or place ("…, the ministry
// said on Friday.").
func (d *document) closes(a *attribution, s sentence) bool {
	start := min(a.np0, a.verb)
	if start <= s.first || d.toks[start-1].low != "," {
		return false
	}
	for j := max(a.np1, a.verb, a.appos[1]) + 1; j <= s.last; j++ {
		t := &d.toks[j]
		if t.kind == tPunct {
			if t.low == "." || t.low == "!" || t.closeQ {
				continue
			}
			if t.low == "," && j+1 <= s.last && nestingCues[d.toks[j+1].low] {
				return true // "…, X said, citing figures from Y"
			}
			if t.low == "," && j+1 <= s.last && d.cls(j+1)&cPrep != 0 && d.plainTail(j+2, s.last) {
				return true // "…, the minister wrote, on her Telegram channel": where it was said
			}
			return false
		}
		if t.kind == tFig && !d.figs[t.fig].isDate {
			return false
		}
		switch t.low {
		case "on", "in", "a", "statement", "late", "earlier", "told", "reporters", "said", "telegram", "x":
			continue
		}
		if t.cls&cPrep != 0 && d.plainTail(j+1, s.last) {
			return true // "…, X said in a speech shown on state television"
		}
		if _, ok := weekdays[t.low]; ok || t.kind == tFig || t.capital {
			continue
		}
		return false
	}
	return true
}

// cutOff reports a break between attribution a, before figure k, and k
// that ends what a attributes: a semicolon, the outlet's own inference
// (", meaning …"), or for an "according to" inside its sentence a
// relative clause after it (", in which more than 24 million …").
func (d *document) cutOff(a *attribution, k int) bool {
	from := max(a.verb, a.cue1, a.np1) + 1
	s := d.sents[d.sentOf[a.verb]]
	for j := from; j < k; j++ {
		w := d.toks[j].low
		if w == "," && contrastOpeners[d.toks[s.first].low] && a.np0 > s.first && d.figureBetween(a.verb, j) {
			// "While the ministry says 150 were swapped, Kyiv welcomes
			// 189 home": the clause set against the main one has its own
			// voice and its own figure; the main clause is not its.
			return true
		}
		if w == ";" && !(j+1 < k && d.listMark(j+1)) || d.cls(j)&cInference != 0 && j > from && d.toks[j-1].low == "," {
			return true // not the ";" between the items of a list said: "a) …;\nb) …"
		}
		if w == "which" && j > from && d.toks[j-1].low == "," && d.cls(a.verb)&cDataObject == 0 && d.inference(j+1, k) {
			// "X said 20% struck, which would mean 11 million": the
			// outlet reckons from what X said (not from a study's
			// "best estimate was …, which would mean", the estimate's own
			// comparison).
			return true
		}
		if w == "," && j+1 < k && j > a.np1+1 && a.kind == cueAccording && a.np0 > d.sents[d.sentOf[a.verb]].first+1 {
			if n := d.toks[j+1].low; (n == "which" || n == "where" || n == "in" && j+2 < k && d.toks[j+2].low == "which") && d.cls(j+2)&cSpeech == 0 {
				return true
			}
		}
	}
	return false
}

// document reports an attribution whose source is a document or data
// ("according to final results"): nested in a speaker's words, it backs
// them, and the speaker speaks.
func (d *document) document(a *attribution) bool {
	return sourceNouns[strings.TrimSuffix(d.toks[a.np1].low, "'s")]
}

// plainTail reports whether tokens [j, last] hold no figure but dates, no
// quotation and no clause of their own ("that", a speech verb).
func (d *document) plainTail(j, last int) bool {
	for ; j <= last; j++ {
		t := &d.toks[j]
		if t.kind == tFig && !d.figs[t.fig].isDate || t.quote != 0 || t.openQ || t.low == "that" || t.low == ";" ||
			t.kind == tWord && d.cls(j)&cSpeech != 0 {
			return false
		}
	}
	return true
}

// compared reports a comparison between figure k and cue v: "40 percent
// higher than recorded by the ministry", where the cue's source gives the
// figure compared with, not figure k.
func (d *document) compared(k, v int) bool {
	for j := k + 1; j < v; j++ {
		if compareWords[d.toks[j].low] {
			return true
		}
	}
	return false
}

func (d *document) noteSpeaker(e, si int) {
	if e < 0 {
		return
	}
	d.lastE = e
	if d.ents[e].person {
		d.lastPerson, d.lastPersonSent = e, si
	} else {
		d.lastOrg = e
	}
}

// speakerOfQuote resolves who speaks quotation q: the attribution after it
// in the sentence that closes it ("…," he said), else the one before it in
// the sentence that opens it (Putin said: "…"), else the speaker of the
// quotation before it, else the last speaker.
func (d *document) speakerOfQuote(q int) (int, claims.Period) {
	if d.quoteEnt[q] != -2 {
		return d.quoteEnt[q], d.quoteDate[q]
	}
	qt := d.quotes[q]
	e, when := -1, claims.Period{}
	endTok := qt.last
	if qt.close >= 0 {
		endTok = qt.close
	}
	cs, os := d.sentOf[endTok], d.sentOf[qt.open]
	var at *attribution
	d.speakerOfSent(cs)
	for i := range d.attrs[cs] {
		if a := &d.attrs[cs][i]; a.verb > endTok {
			at = a
			break
		}
	}
	if at == nil {
		at = d.leadInBefore(os, qt.open) // "He said:" and the quotation below
	}
	if at == nil {
		d.speakerOfSent(os)
		for i := range d.attrs[os] {
			if a := &d.attrs[os][i]; a.verb < qt.open {
				at = a
			}
		}
	}
	var opener int
	if at == nil {
		// "Lind urged the council to “find the money this year”": a
		// person who opens the sentence speaks its quotation.
		if p, sj := d.subjectPersonBefore(qt.open); p >= 0 && sj == os {
			opener = p + 1
		}
	}
	switch {
	case at != nil:
		e, when = at.ent, at.when
		d.quoteAttr[q] = at
	case opener > 0:
		e = opener - 1
	case q > 0 && d.quoteEnt[q-1] >= 0:
		e = d.quoteEnt[q-1]
	default:
		e = d.lastE
	}
	if e >= 0 && when == (claims.Period{}) {
		when = d.ents[e].said
	}
	d.quoteEnt[q], d.quoteDate[q] = e, when
	d.noteSpeaker(e, cs)
	return e, when
}

// inference reports the outlet's own reckoning opening at token j, before
// figure k: "(which) would mean", "(which) amounts to", "(which) means".
func (d *document) inference(j, k int) bool {
	for i := j; i < k && i < j+3; i++ {
		w := d.toks[i].low
		if inferenceVerbs[w] {
			return true
		}
		switch w {
		case "would", "could", "may", "might", "will":
			continue
		}
		return false
	}
	return false
}

// subordinate reports an attribution after figure k that stands in a
// clause of its own opened between them, and so attributes only that
// clause: "…, where, according to official protocols, …", "a plane that
// Moscow claimed was carrying 65", "…, while the ministry says …".
func (d *document) subordinate(k int, a *attribution) bool {
	if d.closes(a, d.sents[d.sentOf[a.verb]]) {
		return false // "…, while the government will free 706, the office said": the whole sentence
	}
	end := min(a.np0, a.verb)
	for j := k + 1; j < end; j++ {
		t := &d.toks[j]
		if t.quote != 0 {
			return false
		}
		w := t.low
		if w == "," && j+1 < end+1 && subordinators[d.toks[j+1].low] {
			return true
		}
		if w == "," && j+1 < end && d.toks[j+1].low == "as" && d.statesOwn(a) {
			return true // "…, as organisers expect a million to take part": the clause's own figure
		}
		if w == "," && j+2 < end && (partitives[d.toks[j+1].low] || d.toks[j+1].low == "the" && partitives[d.toks[j+2].low]) && !d.commaIn(j+1, end) {
			// "three lists, the first provided by the ministry": a part
			// of them (not "311 people, most of them civilians, …, a
			// monitor said", where the part is closed before the cue)
			return true
		}
		if relatives[w] && j+1 == a.np0 && a.np1 < a.verb {
			return true // "that Moscow claimed"
		}
	}
	return false
}

// statesOwn reports an attribution whose verb has a figure of its own
// after it in its clause: "organisers expect a million to take part"
// states that million.
func (d *document) statesOwn(a *attribution) bool {
	s := d.sents[d.sentOf[a.verb]]
	for j := a.verb + 1; j <= s.last && !d.boundary(j); j++ {
		if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
	}
	return false
}

// closedCue reports an attribution whose figure is its verb's object ("The
// ministry estimated the crowd at 250,000", "Police put the number at
// 9,000"): it says one thing, and the sentences after it are not its.
func (d *document) closedCue(a *attribution, s sentence) bool {
	if !a.estimate && d.toks[a.verb].low != "put" && d.toks[a.verb].low != "puts" {
		return false
	}
	for k := a.verb + 1; k <= s.last && k <= a.verb+12; k++ {
		switch w := d.toks[k].low; {
		case w == "that" || w == ":" || d.toks[k].quote != 0:
			return false
		case putWords[w]:
			return true
		}
	}
	return false
}

// conversion reports a sum in brackets right after a sum in another
// money: "10.6 billion euros ($11.4 billion)", "£40m ($51m)". The outlet
// converts; the source said the first.
func (d *document) conversion(k int) bool {
	if k < 2 || d.toks[k-1].low != "(" || !d.money(k) {
		return false
	}
	j := k - 2
	if d.toks[j].kind == tWord && currencyWords[d.toks[j].low] && j > 0 {
		j--
	}
	return d.toks[j].kind == tFig && d.money(j)
}

// money reports a figure token that is a sum of money: a currency sign
// in it or a currency's name after it.
func (d *document) money(k int) bool {
	t := &d.toks[k]
	if t.kind != tFig {
		return false
	}
	w := d.text[t.start:t.end]
	if strings.ContainsAny(w, "$£€¥₹₽₴₪") || currencyWords[strings.ToLower(lastWordOf(w))] {
		return true
	}
	return k+1 < len(d.toks) && currencyWords[d.toks[k+1].low]
}

// lineBreak reports a sentence that starts a line after a line that ends
// with a full stop: in a text whose paragraphs are mostly set apart by
// blank lines, such a break still ends a paragraph.
func (d *document) lineBreak(si int) bool {
	f := d.sents[si].first
	return f > 0 && d.toks[f].line && !d.toks[f].para && d.stopped(si-1)
}

// placeGloss reports a distance that places somewhere for the reader, set
// off after the place it glosses: "in Meru, about 200km east of Nairobi",
// "(30 miles north of the capital)". A distance that a verb takes ("the
// quake struck 35 km north of Herat") is what the source says happened.
func (d *document) placeGloss(k int) bool {
	if p := k - 1; p < 0 || d.sentOf[p] != d.sentOf[k] || d.toks[p].low != "," && d.toks[p].low != "(" && !isDash(d.toks[p].low) {
		return false
	}
	j := k + 1
	if j < len(d.toks) && distanceUnits[d.toks[j].low] {
		j++
	} else if w := d.text[d.toks[k].start:d.toks[k].end]; !strings.HasSuffix(w, "km") && !strings.HasSuffix(w, "miles") {
		return false
	}
	return j+1 < len(d.toks) && compassWords[d.toks[j].low] && d.toks[j+1].low == "of"
}

// commaIn reports a comma among tokens [i, j).
func (d *document) commaIn(i, j int) bool {
	for ; i < j; i++ {
		if d.toks[i].low == "," {
			return true
		}
	}
	return false
}
