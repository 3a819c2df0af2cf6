package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Figures withheld and captives held: a source that declines to give a
// number is a claim of its own (withheld, withheldClaim), and a count of
// people still held, aboard or captured names who holds them (heldCount,
// heldAfter, capturedAfter) rather than a transfer.

// withheld finds a source's refusal to give a figure: "not giving the
// number of released prisoners", "gave no figure for how many", "declined
// to say how many". The claim has no quantity; its measure comes from the
// words after the refusal, else from the sentence.
func (d *document) withheld(si int, s sentence, narr int) (claims.Claim, bool) {
	for i := s.first; i < s.last; i++ {
		if i = d.nextCls(i, s.last-1, cWithheld); i >= s.last {
			break
		}
		for j := i + 1; j <= s.last && j <= i+4; j++ {
			w := d.toks[j].low
			if w == "how" && j+1 <= s.last && d.toks[j+1].low == "many" || d.cls(j)&cWithheldObj != 0 {
				if d.toks[i].low == "no" && j != i+1 {
					break
				}
				if d.notKnowing(i, j) {
					break // "could not agree on how many": no refusal
				}
				if d.toks[i].low == "not" || d.toks[i].low == "no" || d.toks[i].low == "without" || d.toks[i].low == "declined" || d.toks[i].low == "refused" || j == i+1 {
					return d.withheldClaim(si, s, narr, i, j), true
				}
			}
		}
	}
	return claims.Claim{}, false
}

// notKnowing reports words between a negation and "how many" that make
// it ignorance or disagreement rather than a refusal to say.
func (d *document) notKnowing(i, j int) bool {
	for x := i + 1; x < j; x++ {
		switch d.toks[x].low {
		case "agree", "know", "sure", "clear", "determine", "establish", "yet", "immediately", "possible", "known", "certain":
			return true
		}
	}
	return false
}

func (d *document) withheldClaim(si int, s sentence, narr, i, j int) claims.Claim {
	b := &builder{d: d}
	c := &b.c
	c.Kind = claims.Withheld
	c.Source = d.sourceCopy()
	a, z := d.clause(s, i)
	c.Evidence = claims.Evidence{Span: d.span(a, z)}
	c.Evidence.Text = d.text[c.Evidence.Start:c.Evidence.End]
	b.why("kind", d.span(i, j))
	var when claims.Period
	c.Speaker, when = d.speakerFor(si, i, narr, b)
	if c.Speaker.Role == "outlet" && d.toks[i].quote == 0 {
		// "It declined to give a figure": the subject of the refusal.
		lead := i
		if d.toks[i].low == "no" && i > s.first {
			lead = i - 1 // "gave no figure"
		}
		if a0, a1, ok := d.backwardNP(lead, s.first); ok {
			if e := d.speakerOf(attribution{verb: lead, np0: a0, np1: a1, ent: -2}); e >= 0 {
				c.Speaker = d.ents[e].sp
				c.Confidence.Speaker = claims.Explicit // not the outlet's voice after all
				b.Reasons(nil)
				b.why("speaker", d.span(a0, a1))
				if w := d.ents[e].said; !w.IsZero() {
					when = w
				}
			}
		}
	}
	for x := j + 1; x <= s.last && x <= j+6; x++ {
		if m, n := d.measureAt(x); m != "" {
			c.Measure = m
			b.why("measure", d.span(x, x+n-1))
			break
		}
	}
	if c.Measure == "" {
		for x := s.first; x <= s.last; x++ {
			if m, n := d.measureAt(x); m != "" {
				c.Measure = m
				b.why("measure", d.span(x, x+n-1))
				break
			}
		}
	}
	if p, sp, ok := d.dateIn(s, i, s.first, s.last); ok {
		c.AsOf = p
		b.why("as_of", sp)
	} else if !when.IsZero() {
		c.AsOf = when
	} else if d.pubOK {
		c.AsOf = claims.On(d.day)
		b.defaulted("as_of")
	}
	return b.c
}

// isParty reports whether name is a party the vocabulary or the demonyms
// know ("Russia", "the Kremlin", "Hamas"), not just a capitalised name.
func (d *document) isParty(name string) bool {
	return name != "" && (d.x.parties[strings.ToLower(name)] != "" || d.x.countries[name])
}

// aboard reports a count that a vehicle was carrying: "a transport plane that
// was carrying 40 soldiers", "a boat ferrying 120 people".
func (d *document) aboard(k int) bool {
	return k > 0 && d.gram(k-1)&gCarry != 0 && d.figs[d.toks[k].fig].q.Unit != claims.Percent
}

// heldCount reports a count of people held that no verb of its clause
// hands over: "41 medics remain in Russian captivity", "out of
// thousands of detainees in Israeli prisons". Their place is whoever holds
// them.
// heldByVerb reports people at k whom a verb of holding right before them
// holds, in a story of captives: "the militia still holds 2,300 people".
// What a place can hold is its size, not captives.
func (d *document) heldByVerb(k, cl0 int) bool {
	j := k - 1
	return j >= cl0 && d.toks[j].kind == tWord && d.lx.g.holdVerb[d.toks[j].low] &&
		!(j-1 >= cl0 && d.gram(j-1)&gModal != 0) && d.aboutCaptives()
}

func (d *document) heldCount(k, cl0, cl1 int) bool {
	for j := cl0; j < k; j++ {
		if d.cueAt(j, cl1) != 0 {
			return false // "freed 90 soldiers in Russian custody": handed over
		}
	}
	if d.heldByVerb(k, cl0) {
		return true
	}
	if _, _, held := d.heldAfter(k); held {
		return true
	}
	for j := k + 1; j <= cl1 && j <= k+8; j++ {
		t := d.toks[j]
		if t.gram&gStay != 0 {
			return true
		}
		if t.low == "in" {
			for i := j + 1; i <= cl1 && i <= j+3; i++ {
				if d.lx.g.held[d.toks[i].low] {
					return true
				}
			}
			return false
		}
		if t.kind != tWord || d.verbWord(j) {
			return false
		}
	}
	return false
}

// heldAfter reports people at k whom a passive verb of holding after
// them holds, past the other items of their list: "12 soldiers and 4
// medics are still held by the rebels", "9 are being held in Kenyan jails".
// holder is the party after "by", when one is named. Nothing handed over
// follows: "the 40 held by the militia were freed" is a release.
func (d *document) heldAfter(k int) (holder string, sp claims.Span, held bool) {
	s := d.sents[d.sentOf[k]]
	v := -1
	for j := k + 1; j <= s.last && j <= k+30; j++ {
		t := &d.toks[j]
		if t.quote != d.toks[k].quote || d.cueAt(j, s.last) != 0 {
			return "", claims.Span{}, false
		}
		if t.kind == tWord && t.gram&gHoldVerb != 0 && j > k+1 && d.gram(j-1)&gBe != 0 {
			v = j
			break
		}
		switch {
		case t.kind == tFig, t.low == ",", d.gram(j)&(gBe|gHave|gCoord|gDet|gInner) != 0:
		case t.kind == tWord && !d.verbWord(j) && d.gram(j)&(gSubord|gRelative) == 0:
		default:
			return "", claims.Span{}, false
		}
	}
	if v < 0 || v+2 > s.last {
		return "", claims.Span{}, false
	}
	for j := v + 1; j <= s.last; j++ {
		if d.cueAt(j, s.last) != 0 {
			return "", claims.Span{}, false
		}
	}
	switch d.toks[v+1].low {
	case "by":
		if p, n, dem := d.partyAt(v + 2); p != "" && !dem {
			return p, d.span(v+2, v+1+n), true
		}
		return "", claims.Span{}, false
	case "in":
		if e := v + 2; d.toks[e].kind == tWord && d.toks[e].capital {
			for e+1 <= s.last && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
				e++
			}
			if e+1 <= s.last && d.toks[e+1].low == "by" {
				return "", claims.Span{}, false // "held in London by the gang": the agent holds them, not the state
			}
			// "… are being held in Minsk": the state whose capital, or
			// the country, holds them.
			if c := d.lx.capitals[strings.ToLower(d.text[d.toks[v+2].start:d.toks[e].end])]; c != "" {
				return c, d.span(v+2, e), true
			}
			if p, n, dem := d.partyAt(v + 2); p != "" && !dem && v+1+n == e && d.x.countries[p] {
				return p, d.span(v+2, e), true
			}
		}
		for i := v + 2; i <= s.last && i <= v+4; i++ {
			if d.lx.g.held[d.toks[i].low] {
				return "", claims.Span{}, true // the place names the holder: "in Kenyan jails"
			}
		}
	}
	return "", claims.Span{}, false
}

// heldWholeOf returns the holder of the whole that the figure at k is
// listed as a part of after "including" or "among them" in its sentence:
// "40 sailors were held in Moscow, including 12 officers and 28 cadets"
// are all held by Russia.
func (d *document) heldWholeOf(k int) (string, claims.Span, bool) {
	s := d.sents[d.sentOf[k]]
	inc := -1
	for j := k - 1; j > s.first && j >= k-24; j-- {
		t := &d.toks[j]
		if t.low == ";" || t.quote != d.toks[k].quote {
			break
		}
		if t.low == "including" || t.low == "among" && d.toks[j+1].low == "them" {
			inc = j
			break
		}
	}
	for j := inc - 1; j >= s.first && inc > 0; j-- {
		if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].claim {
			h, sp, _ := d.heldAfter(j)
			return h, sp, h != ""
		}
	}
	return "", claims.Span{}, false
}

// loneReturn reports a verb of returning at v that nothing else in its
// sentence orients: no other transfer ("returned 6,000 and received 78 in
// return" sends back), and no "to" before it ("willing to return 500": an
// offer sends back).
func (d *document) loneReturn(v int, s sentence) bool {
	if v > s.first && d.toks[v-1].low == "to" {
		return false
	}
	for j := s.first; j <= s.last; j++ {
		if j != v && d.toks[j].kind == tWord && d.cueAt(j, s.last) != 0 {
			return false
		}
	}
	return true
}

// capturedAfter returns who took the people at k captive when a passive
// verb of capture follows them ("12 Russian soldiers were captured", "six
// Georgian sailors had been taken prisoner"): the party after "by", else
// the story's other side of the people's own country.
func (d *document) capturedAfter(k int, s sentence) (string, claims.Span, bool) {
	own, ownSp := "", claims.Span{}
	for j := k + 1; j <= s.last && j <= k+8; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return "", claims.Span{}, false
		}
		if p, n, dem := d.partyAt(j); p != "" && dem && own == "" {
			own, ownSp = p, d.span(j, j+n-1)
		}
		v := -1
		switch {
		case d.lx.capture[t.low] && d.gram(j-1)&gBe != 0:
			v = j
		case t.low == "taken" && j+1 <= s.last && (d.toks[j+1].low == "captive" || d.toks[j+1].low == "prisoner"):
			v = j + 1
		}
		if v < 0 {
			if d.verbWord(j) && d.gram(j)&(gBe|gHave) == 0 {
				return "", claims.Span{}, false
			}
			continue
		}
		if v+2 <= s.last && d.toks[v+1].low == "by" {
			if p, n, dem := d.partyAt(v + 2); p != "" && !dem {
				return p, d.span(v+2, v+1+n), true
			}
		}
		if own != "" {
			if c := d.counterpart(own); c != "" {
				return c, ownSp, true
			}
		}
		return "", claims.Span{}, false
	}
	return "", claims.Span{}, false
}

// toParty reports "to" at i before a party of the story's vocabulary
// ("to Russia", "to the United States"), no town or site.
func (d *document) toParty(i, last int) bool {
	if i+1 > last || d.toks[i].low != "to" {
		return false
	}
	j := i + 1
	if d.toks[j].low == "the" && j+1 <= last {
		j++
	}
	p, _, dem := d.partyAt(j)
	return p != "" && !dem && d.x.countries[p]
}

// domesticRelease reports a verb of freeing at token v whose people, up
// to token end, come from no captivity of another ("Venezuela released 80
// Venezuelan political prisoners"): a state that frees its own nationals
// from its own jails gives them, it does not get them back.
func (d *document) domesticRelease(v, end int) bool {
	w := d.toks[v].low
	if !strings.HasPrefix(w, "releas") && !strings.HasPrefix(w, "free") && !strings.HasPrefix(w, "pardon") {
		return false
	}
	for j := v + 1; j <= end && j < len(d.toks); j++ {
		if t := d.toks[j].low; t == "from" || t == "captivity" {
			return false // "the release of 90 citizens from Russian captivity"
		}
	}
	return true
}

// pastAside returns the first token after a part set off by commas right
// after the clause that ends at cl1 (", including 15 minors,", ", among
// them two women,"), 0 if there is none.
func (d *document) pastAside(cl1 int, s sentence) int {
	if cl1+2 > s.last || d.toks[cl1+1].low != "," || !asideOpeners[d.toks[cl1+2].low] {
		return 0
	}
	for j := cl1 + 3; j <= s.last && j <= cl1+12; j++ {
		if d.toks[j].low == "," {
			return j + 1
		}
		if d.boundary(j) {
			return 0
		}
	}
	return 0
}
