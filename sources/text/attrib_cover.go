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
			if a.ent >= 0 && !a.when.IsZero() {
				d.ents[a.ent].said = a.when
			}
			d.noteSpeaker(a.ent)
		}
	}
	if len(d.attrs[si]) == 0 {
		return -1
	}
	return d.attrs[si][0].ent
}

// attributionFor returns the attribution of sentence si that covers the
// narrative token k: the last before it whose speaker stands before its
// verb ("police counted 81,000"), else the first after it ("…, the ministry
// said"), else the last before it. It returns nil when there is none.
func (d *document) attributionFor(si, k int) *attribution {
	d.speakerOfSent(si)
	as := d.attrs[si]
	s := d.sents[si]
	var before, after, lastBefore, final *attribution
	for i := range as {
		if a := &as[i]; a.kind == cueAccording && a.appos[1] > 0 && k >= a.appos[0] && k <= a.appos[1] {
			return nil // "the CGT, one of the eight union centres": the outlet describes the source
		}
	}
	for i := range as {
		a := &as[i]
		if a.ent < 0 {
			continue // a pronoun with nothing to point back to
		}
		if a.verb > k && a.kind == cueAgent && d.compared(k, a.verb) {
			continue // "a drop of 10 points from the initial figures reported by the authority"
		}
		if a.verb < k && d.cutOff(a, k) {
			continue // "X estimate 150,000 at the rally; 2 arrested"
		}
		if a.verb > k && a.np0 > k && d.closes(a, s) && (final == nil || !nestingCues[d.toks[a.verb].low]) {
			final = a // "…, Vereshchuk said, citing data from …": the outer one
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
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 == k+1 && a.kind == cueData {
			return a // "the 20,000 a Red Crescent spokesperson gave"
		}
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 > a.verb && (a.verb <= k+3 || i+1 < len(as) && d.toks[a.verb].low == "according") && !d.compared(k, a.verb) &&
			!(before != nil && a.kind == cueAccording && d.document(a)) {
			return a // "against 500,000 according to the CGT"; "200 in the south, according to the army, and …"
		}
	}
	switch {
	case final != nil:
		return final // "…, officials from both countries said on Friday": the whole sentence
	case before != nil:
		return before
	case after != nil:
		return after
	case lastBefore != nil:
		return lastBefore
	}
	return d.carried(si)
}

// carried returns the attribution that sentence si, which has none of its
// own, continues: "According to Ynet, 71 were sentenced to life. A total
// of 97 were deported …". The nearest sentence before it in its paragraph
// that has an attribution gives it, when that attribution leads its
// sentence (source and cue before what is said) and nothing after it
// closes the sentence in another voice.
func (d *document) carried(si int) *attribution {
	j := d.sents[si].first
	for j < d.sents[si].last && (openers[d.toks[j].low] || sentenceAdverbWords[d.toks[j].low] || d.toks[j].low == ",") {
		j++
	}
	if p, _, _ := d.partyAt(j); p != "" {
		return nil // "Ukraine subsequently returned three …": a party acts, the outlet tells it
	}
	for sj := si - 1; sj >= 0 && si-sj <= carryWindow && d.paraOf[sj] == d.paraOf[si]; sj-- {
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if d.hasQuote(sj) {
				return nil
			}
			continue
		}
		a := &as[0] // the one that opens the sentence: "Belhaj clarified that …"
		if a.ent < 0 || a.wire || !d.leads(a, d.sents[sj]) && !d.pollSource(a, d.sents[sj]) {
			return nil
		}
		for _, b := range as[1:] {
			if w := d.toks[b.verb].low; !nestingCues[w] && w != "in" && w != "per" {
				return nil // another voice in the sentence: "(32,000 counted the authorities)"
			}
		}
		return a
	}
	return nil
}

// leads reports an attribution whose source and cue come before what it
// attributes, which runs to the end of its sentence: "CBP said overall
// encounters were up 10%", "According to Ynet, 71 …".
func (d *document) leads(a *attribution, s sentence) bool {
	if a.kind == attrCue(cueFor) || a.kind == cueAgent {
		return false
	}
	lead := max(a.cue1, a.verb)
	if a.np0 > a.verb {
		lead = max(lead, a.np1)
	}
	for j := s.first; j < min(a.np0, a.verb); j++ {
		if t := d.toks[j]; t.kind == tFig && !d.figs[t.fig].isDate {
			return false // figures before the cue: "300 died, police said"
		}
	}
	return lead < s.last
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
		t := d.toks[j]
		if t.kind == tPunct {
			if t.low == "." || t.low == "!" || t.closeQ {
				continue
			}
			if t.low == "," && j+1 <= s.last && nestingCues[d.toks[j+1].low] {
				return true // "…, X said, citing figures from Y"
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
		if d.lx.prep[t.low] && d.plainTail(j+1, s.last) {
			return true // "…, X said in remarks broadcast live on national TV"
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
	for j := from; j < k; j++ {
		w := d.toks[j].low
		if w == ";" || inferenceWords[w] && j > from && d.toks[j-1].low == "," {
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
		t := d.toks[j]
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

func (d *document) noteSpeaker(e int) {
	if e < 0 {
		return
	}
	d.lastE = e
	if d.ents[e].person {
		d.lastPerson = e
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
	switch {
	case at != nil:
		e, when = at.ent, at.when
		d.quoteAttr[q] = at
	case q > 0 && d.quoteEnt[q-1] >= 0:
		e = d.quoteEnt[q-1]
	default:
		e = d.lastE
	}
	if e >= 0 && when == (claims.Period{}) {
		when = d.ents[e].said
	}
	d.quoteEnt[q], d.quoteDate[q] = e, when
	d.noteSpeaker(e)
	return e, when
}
