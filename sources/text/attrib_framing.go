// The attribution stage, part 1c: framing and noun-phrase cues. A poll or
// a study named in a phrase that opens the sentence frames what follows
// ("In the latest poll, …"); a source's claim or plan is a cue of its own
// ("X's claim that …", "under X's plan …"); a source may stand at the head
// of a relative clause ("the police department, which reported …").

package text

import "strings"

// sentenceCapital reports a function word capitalised only because it opens
// its sentence (or its line): "The", "Among", "In". It is no name, and
// no speaker's noun phrase is made of it.
func (d *document) sentenceCapital(k int) bool {
	t := &d.toks[k]
	if !d.breaker(k) || t.cls&cDeterminer != 0 && t.low != "the" || isUpperWord(d.text[t.start:t.end]) {
		return false // "US officials": an acronym; "Her campaign": a possessive
	}
	if k == 0 || t.para || t.line {
		return true
	}
	p := d.toks[k-1]
	return p.kind == tPunct && p.low != "," && p.low != "'" && p.low != "’"
}

// cueShape checks the words around a cue that is one only in a shape:
// "pointed out", "called for" (the particle right after it, which ends
// the cue) and "continued:" (a colon or a quotation right after it). It
// returns the cue's last token.
func (d *document) cueShape(s sentence, v int) (int, bool) {
	w := d.toks[v].low
	if v > s.first && (framingDeterminers[d.toks[v-1].low] && d.toks[v-1].low != "that" || d.toks[v-1].kind == tWord && trimPossessive(d.toks[v-1].low) != d.toks[v-1].low) {
		return v, false // "the authors of the report", "its estimates", "Kane's count": a noun
	}
	if d.cls(v)&cShaped == 0 {
		return v, true
	}
	if p := particleCues[w]; p != "" {
		if v+1 > s.last || d.toks[v+1].low != p {
			return v, false
		}
		return v + 1, true
	}
	if leadInCues[w] && !d.leadIn(v, s.last) && !d.closingCue(s, v) {
		return v, false
	}
	if thatCues[w] && !d.thatAhead(v, s.last) {
		return v, false // "reminded voters of the deadline", not "reminded that …"
	}
	return v, true
}

// leadIn reports a cue that introduces what follows it at once: a colon,
// a quotation, or the end of its sentence and paragraph ("He said:" and
// the quotation below).
func (d *document) leadIn(v, last int) bool {
	if v == last {
		return v+1 >= len(d.toks) || d.toks[v+1].para || d.toks[v+1].openQ
	}
	n := d.toks[v+1]
	if n.low == "," && v+2 <= last {
		n = d.toks[v+2]
	}
	return n.low == ":" || n.openQ
}

// closingCue reports a cue that closes its sentence after what was said,
// its source set off by a comma before it and nothing after it but where
// or when it was said: "…, the police continued in a post online."
// The noun phrase before it must be one that can speak (sourceLike): "…,
// the fighting continued overnight" tells what went on, not who spoke.
func (d *document) closingCue(s sentence, v int) bool {
	n0, n1, ok := d.backwardNP(v, s.first)
	if !ok || n0-1 <= s.first || d.toks[n0-1].low != "," || !d.figureBetween(s.first-1, n0-1) {
		return false
	}
	return d.sourceLike(n0, n1) && d.plainTail(v+1, s.last)
}

// sourceLike reports a noun phrase from token a to b that can be a source:
// a name, a person, a title, an organisation, a pronoun, a party, or a
// noun of a source or of figures ("the city police", "she", "the
// ministry", "a report"); not "the fighting" or "the rain".
func (d *document) sourceLike(a, b int) bool {
	for j := a; j <= b; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			continue
		}
		if t.capital || d.cls(j)&(cPerson|cTitle|cOrg|cPronoun|cSource|cDataObject) != 0 {
			return true
		}
		if p, _, _ := d.partyAt(j); p != "" {
			return true
		}
	}
	return false
}

// leadInBefore returns the attribution that introduces a quotation opening
// at token open from the sentence before it, when that sentence ends in a
// colon or its paragraph ("Ortiz continued:", then the quotation in a
// paragraph of its own); else nil.
func (d *document) leadInBefore(si, open int) *attribution {
	if si == 0 || d.sents[si].first != open && !(d.toks[d.sents[si].first].openQ && d.sents[si].first+1 >= open) {
		return nil
	}
	p := si - 1
	s := d.sents[p]
	last := s.last
	if d.toks[last].low != ":" {
		return nil
	}
	d.speakerOfSent(p)
	as := d.attrs[p]
	if len(as) == 0 {
		return nil
	}
	a := &as[len(as)-1]
	if a.ent < 0 || max(a.verb, a.cue1, a.np1) < last-2 {
		return nil // the cue stands right before the colon
	}
	return a
}

// relativeBefore reports a relative pronoun right before cue v (over the
// adverbs and dates between): "the department, which reported", "the
// mayor, who warned".
func (d *document) relativeCueBefore(v, first int) bool {
	if v <= first {
		return false
	}
	j := d.skipDateTail(v-1, first)
	return relativeWords[d.toks[j].low]
}

// relativeSource reads a source that a relative pronoun before the cue
// stands for: "the city police department which reported 2,521
// incidents", "the study -- which notes that 58 firms …", "a poll that
// found …". The antecedent comes right before the pronoun, after a comma
// or a dash at most; after "that" it must name a document or a body.
func (d *document) relativeSource(v, first int) (int, int, bool) {
	if v <= first+1 {
		return 0, 0, false
	}
	j := d.skipDateTail(v-1, first)
	w := d.toks[j].low
	if w != "which" && w != "that" || j <= first {
		return d.docBeforeRelative(v, first)
	}
	k := j - 1
	if p := d.toks[k].low; p == "," || p == "--" || p == "—" || p == "–" {
		k--
	}
	if k < first || d.toks[k].kind != tWord || d.toks[k].quote != 0 {
		return 0, 0, false
	}
	if np0, np1, ok := d.sourceNP(k+1, first); ok && np1 == k {
		return np0, np1, true // "the study -- which notes"
	}
	np0, np1, ok := d.backwardNP(k+1, first)
	if !ok || np1 != k || d.cls(np1)&cPronoun != 0 {
		return 0, 0, false
	}
	if hw := trimPossessive(d.toks[np1].low); w == "that" && !sourceNouns[hw] && !d.lx.org[hw] {
		return 0, 0, false // "the fact that reported crimes fell"
	}
	return np0, np1, true
}

// opensSentence reports a token with only openers and commas before it in
// its sentence: "In the latest poll", "But under the governor's plan".
func (d *document) opensSentence(s sentence, v int) bool {
	for j := s.first; j < v; j++ {
		if w := d.toks[j].low; !openers[w] && w != "," {
			return false
		}
	}
	return true
}

// framing reads a poll, a survey or a study named by the phrase that opens
// the sentence at preposition v and frames what follows: "In the latest
// Harlow poll, 44% …", "In this survey, …", "In the previous national
// poll, conducted in early May, …". The phrase ends at a comma, after an
// aside set off by commas at most.
func (d *document) framing(s sentence, v int) (attribution, bool) {
	i := v + 1
	for i <= s.last && (framingDeterminers[d.toks[i].low]) {
		i++
	}
	np0, head := i, -1
	for k := i; k <= s.last && k-i < 12; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind == tPunct && t.low != "/" && t.low != "-" && t.low != "'" && t.low != "’" {
			break
		}
		if t.kind == tWord && (t.cls&cBreaker != 0 && k > i || strings.HasSuffix(t.low, "ing") && t.cls&cSource == 0 || d.cls(k)&cSpeech != 0) {
			break // "In offering analysis of …": a gerund's clause, no document
		}
		if t.kind == tWord && sourceNouns[trimPossessive(t.low)] && !personDocs[t.low] {
			head = k
			if k+1 <= s.last && (d.cls(k+1)&cSource != 0) {
				continue // "the tracking poll"
			}
			break
		}
	}
	if head < 0 {
		return attribution{}, false
	}
	e := head
	// A qualifier: "a survey by the Halden Institute", "a poll of 1,000 adults".
	if e+1 <= s.last && framingQualifiers[d.toks[e+1].low] {
		for k := e + 2; k <= s.last && k-e < 12; k++ {
			t := &d.toks[k]
			if t.low == "," {
				e = k - 1
				break
			}
			if t.quote != 0 || t.kind == tPunct && t.low != "/" && t.low != "-" && t.low != "." || t.kind == tWord && d.cls(k)&(cSpeech|cAux) != 0 {
				return attribution{}, false
			}
		}
	}
	if e+1 > s.last || d.toks[e+1].low != "," {
		return attribution{}, false
	}
	a := attribution{verb: v, cue1: v, np0: np0, np1: e, ent: -2, kind: cueAccording}
	if c := e + 2; c <= s.last && d.toks[c].kind == tWord && strings.HasSuffix(d.toks[c].low, "ed") && d.cls(c)&cBreaker == 0 {
		// ", conducted in early May,": an aside up to the next comma.
		for k := c + 1; k <= s.last && k-c < 12; k++ {
			if d.toks[k].quote != 0 || d.toks[k].kind == tFig && !d.figs[d.toks[k].fig].isDate {
				break
			}
			if d.toks[k].low == "," {
				a.appos = [2]int{c, k - 1}
				if d.toks[c+1].low == "by" && c+2 < k {
					// ", conducted by Emerson College,": whoever conducted
					// the poll speaks for it, the poll named beside.
					a.np0, a.np1, a.appos = c+2, k-1, [2]int{np0, e}
				}
				break
			}
		}
	}
	return a, true
}

// nounCue reads a cue that is a noun with its owner before it: "the
// senator's claim that …", "the governor's plan would cut …", "Under
// the mayor's plan, …". The owner is the source; what follows the noun is
// what is attributed.
func (d *document) nounCue(s sentence, v int) (attribution, bool) {
	if v <= s.first || v+1 > s.last {
		return attribution{}, false
	}
	o := v - 1 // the owner, over an adjective or two: "the senator's repeated claim"
	for o > s.first && v-o <= 2 && d.toks[o].kind == tWord && !d.toks[o].capital && d.cls(o)&cBreaker == 0 && trimPossessive(d.toks[o].low) == d.toks[o].low {
		o--
	}
	if p := &d.toks[o]; p.kind == tPunct && (p.low == "'" || p.low == "’") && o-1 >= s.first && d.toks[o-1].end == p.start && strings.HasSuffix(d.toks[o-1].low, "s") {
		o-- // "the organisers' estimate": a plural's possessive
	} else if trimPossessive(p.low) == p.low {
		return attribution{}, false // "the plan", "a claim"
	}
	np0, np1, ok := d.backwardNP(o+1, s.first)
	if !ok || np1 != o || d.wireName(np0, np1) != "" {
		return attribution{}, false
	}
	for j := s.first; j < np0; j++ {
		if d.toks[j].quote == 0 && d.cls(j)&cSpeech != 0 && d.toks[j].kind == tWord {
			return attribution{}, false // "experts said Trump's plan would …": the speaker's words
		}
	}
	w, n := d.toks[v].low, d.toks[v+1]
	kind := cueAccording
	switch {
	case claimNouns[w] && (n.low == "that" || n.openQ || n.low == "," && v+2 <= s.last && d.toks[v+2].openQ):
		// "the senator's claim that there were thousands"
	case ownedFigures[w] && d.ownedFigure(s, v, np0):
		// "the organisers' estimate of 40,000", "(the union's count:
		// 9,000)", "by the police's tally"
	case planNouns[w] && np0 > s.first && d.toks[np0-1].low == "under" && d.opensSentence(s, np0-1):
		// "Under the governor's plan, families would pay 28%"
	case planNouns[w] && (planModals[n.low] || planVerbs[n.low]):
		kind = cueFinding // "the governor's plan would cap deductions at 28%"
	default:
		return attribution{}, false
	}
	return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: kind}, true
}

// ownedFigure reports the noun of a reckoned figure at v, after its
// owner [np0, …], that gives a figure: one right after it, after "of" or a
// colon ("estimate of 40,000", "count: 9,000"), or any in its sentence
// when "by" or "on" sets the owner's reckoning off ("by the union's
// count").
func (d *document) ownedFigure(s sentence, v, np0 int) bool {
	fig := func(k int) bool {
		return k <= s.last && d.toks[k].kind == tFig && !d.figs[d.toks[k].fig].isDate
	}
	switch n := d.toks[v+1].low; {
	case fig(v + 1):
		return true
	case n == "of" || n == ":":
		return fig(v+2) || v+3 <= s.last && d.toks[v+2].kind == tWord && d.cls(v+2)&cBreaker == 0 && fig(v+3) // "estimate of about 40,000"
	}
	if np0 > s.first && (d.toks[np0-1].low == "by" || d.toks[np0-1].low == "on") {
		for k := s.first; k <= s.last; k++ {
			if fig(k) {
				return true
			}
		}
	}
	return false
}

// isWeekday reports a day's name, which dates what is said and names no
// one: "On Thursday officials lowered the count".
func (d *document) isWeekday(k int) bool {
	if t := &d.toks[k]; t.kind == tWord {
		return t.cls&cWeekday != 0
	}
	_, ok := weekdays[d.toks[k].low]
	return ok
}

// forwardOnly reports a cue that attributes only what follows it: a noun
// cue ("the senator's claim that …") says nothing of the figures before it.
func (d *document) forwardOnly(a *attribution) bool {
	if a.np1 < a.verb && a.np0 > 0 && d.toks[a.np0-1].low == "with" && participleCues[d.toks[a.verb].low] {
		return true // "…, with medics reporting most wounds as light": what the participle takes, not the figures before
	}
	if a.np1 < a.verb && a.np0 > 0 && a.kind == cueSpeech {
		p := a.np0 - 1
		if isArticle(d.toks[p].low) && p > 0 {
			p--
		}
		if d.sentOf[p] == d.sentOf[a.np0] && clauseJoiners[d.toks[p].low] &&
			d.sents[d.sentOf[a.verb]].last-max(a.verb, a.cue1) > 4 { // what the clause says follows, not "…, the army and the police said on Monday."
			return true // "…, a further 45 are missing and the army expects more bodies": the new clause's speaker speaks for it alone
		}
	}
	return d.cls(a.verb)&cClaimNoun != 0 && a.np1 < a.verb && !ownedFigures[d.toks[a.verb].low]
}

// relativeAside steps back from the comma at j that closes a relative
// clause set off after a source ("The tracking poll, which follows 3,000
// voters every day, showed …") and returns the token before the clause's
// opening comma; j itself when there is none.
func (d *document) relativeAside(j, first int) int {
	if d.toks[j].low != "," {
		return j
	}
	for k := j - 1; k > first+1 && j-k <= 30; k-- {
		t := &d.toks[k]
		if t.quote != 0 || t.kind == tPunct && (t.low == "." || t.low == ";" || t.low == ":") {
			return j
		}
		if t.low == "," {
			if w := d.toks[k+1].low; w == "which" || w == "who" || w == "whose" {
				return k - 1
			}
		}
	}
	return j
}

// titleOf reports a role phrase whose title comes before "of": "the
// minister of trade", "the secretary of the treasury".
func (d *document) titleOf(r0, r1 int) bool {
	for k := r0; k < r1; k++ {
		if d.toks[k+1].low == "of" && d.lx.title[d.toks[k].low] {
			return true
		}
	}
	return false
}

// docBeforeRelative reads a document that opens the sentence and is
// followed by a relative clause without commas before cue v: "A slide
// from a presentation that the minister carries with him shows …". The
// document's noun comes among the first words of the sentence, and the
// relative pronoun within a few words after it.
func (d *document) docBeforeRelative(v, first int) (int, int, bool) {
	a := first
	for a < v && openers[d.toks[a].low] {
		a++
	}
	for h := a; h < v && h-a < 4; h++ {
		t := &d.toks[h]
		if t.kind != tWord || t.quote != 0 {
			return 0, 0, false
		}
		if t.cls&cSource == 0 || personDocs[t.low] {
			continue
		}
		e := h
		for k := h + 1; k < v && k-h <= 5; k++ {
			u := d.toks[k]
			if u.kind != tWord || u.quote != 0 {
				return 0, 0, false
			}
			if u.low == "that" || u.low == "which" {
				if v-k > 30 {
					return 0, 0, false
				}
				for m := k + 1; m < v; m++ {
					if x := d.toks[m]; x.quote != 0 || x.low == ";" || x.low == ":" || x.low == "." && !d.lx.abbrev[d.toks[m-1].low] || x.kind == tWord && findingVerbs[x.low] {
						return 0, 0, false
					}
				}
				return a, e, true
			}
			if u.cls&cSource != 0 {
				e = k // "a slide from a presentation"
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// pollSource reports an attribution to a poll or a survey that closes its
// sentence ("…, according to a new Harlow poll."): the figures that follow
// in its paragraph, with no one else named, are the poll's too.
func (d *document) pollSource(a *attribution, s sentence) bool {
	if a.kind != cueAccording && a.kind != cueFinding || !runOnPolls[trimPossessive(d.toks[a.np1].low)] {
		return false
	}
	for j := max(a.np1, a.verb, a.cue1) + 1; j <= s.last; j++ {
		if d.toks[j].kind != tPunct {
			return false // the source ends its sentence
		}
	}
	return true
}
