package text

// The kind stage for transfers: whether a handover a figure counts was
// done, agreed, offered or planned. A modal or "are to" before the cue
// makes it planned (modal), an agreement that names it or an infinitive
// after "agreed to" makes it agreed (agreed, agreedInfinitive,
// agreedThat), and a deal that frames the sentence ("under the deal")
// marks what it says is to happen (underDeal). direction.go reads who
// gives to whom; kind.go the kind of figures that count.

// underDeal reports a transfer framed by an agreement: "Under the deal,
// the Houthis will release …", "under the first phase of the agreement".
func (d *document) underDeal(cu cue, s sentence) bool {
	for j := s.first; j < cu.tok; j++ {
		if d.toks[j].low != "under" && d.toks[j].low != "as" {
			continue
		}
		for i := j + 1; i <= j+8 && i < cu.tok; i++ { // "under the terms of the three-day holiday truce"
			if w := d.toks[i].low; d.toks[i].gram&gDeal != 0 && w != "under" && w != "terms" && w != "basis" || w == "ceasefire" || w == "truce" {
				return true
			}
		}
	}
	return false
}

// modal reports whether the transfer is only offered: "ready to hand
// over", "prepared to", "will return", "were ready to be transferred".
func (d *document) modal(k int, cu cue, s sentence, b *builder) bool {
	lo, hi := cu.tok-4, cu.tok-1
	if cu.passive {
		lo = k + 1
	} else if d.isNoun(cu.tok, s) {
		// "proposed to Kyiv another prisoner exchange": the verb whose
		// object the noun is, before its determiner and modifiers.
		j := cu.tok - 1
		for j > s.first && j >= cu.tok-3 && d.toks[j].kind == tWord && !d.toks[j].capital && d.gram(j)&(gVerb|gBe|gHave|gModal|gPrep) == 0 && !d.lx.modal[d.toks[j].low] {
			j--
		}
		lo = j - 3
	}
	if !cu.passive && cu.tok-1 > s.first && (d.toks[cu.tok-1].low == "and" || d.toks[cu.tok-1].low == "or") {
		// "will return 1,200 prisoners and receive 1,000": the second verb
		// shares the first one's modal.
		for j := cu.tok - 2; j >= s.first && j >= cu.tok-14; j-- {
			if d.cueAt(j, s.last) != 0 {
				lo = j - 4
				break
			}
		}
	}
	found := -1
	for j := max(lo, s.first); j <= hi; j++ {
		if d.boundary(j) && !cu.passive {
			found = -1 // a modal before a comma is another clause's
			continue
		}
		// "are to be freed", "are to free": what is to come.
		future := d.toks[j].low == "to" && j+1 <= s.last && d.toks[j+1].kind == tWord && j > s.first &&
			(d.toks[j-1].low == "are" || d.toks[j-1].low == "is" || d.toks[j-1].low == "were" || d.toks[j-1].low == "was")
		// "30 more bodies to be handed over": a passive infinitive that
		// hangs on the figure's noun (not "freed 50 to be handed over":
		// the clause's own transfer); "are slated for release": a noun
		// of the transfer after a word of what is still to happen.
		ahead := j > k && d.toks[j].low == "to" && j+2 == cu.tok && d.toks[j+1].low == "be" && !d.cueBefore(k) ||
			j+1 == cu.tok && d.toks[j].low == "for" && j > s.first && aheadWords[d.toks[j-1].low]
		wantTo := d.lx.wantTo[d.toks[j].low] && j+1 <= s.last && d.toks[j+1].low == "to" // "wanted to hand over"
		if d.lx.modal[d.toks[j].low] || future || wantTo {
			if d.toks[j].low == "set" && (j+1 > s.last || d.toks[j+1].low != "to") {
				continue
			}
			found = j
		} else if ahead && found < 0 {
			found = j
		}
	}
	if found < 0 {
		return false
	}
	b.why("kind", d.span(found, found))
	return true
}

// cueBefore reports a transfer's cue before figure k, back to the last
// boundary: "freed 50 prisoners".
func (d *document) cueBefore(k int) bool {
	for j := k - 1; j >= 0 && !d.boundary(j); j-- {
		if d.toks[j].kind == tWord && d.cueAt(j, k) != 0 {
			return true
		}
	}
	return false
}

// agreed reports whether the transfer was agreed rather than carried out:
// an exchange or handover named as a noun after "agreed" ("agreed on the
// exchange of 1,200 prisoners"), a verb right after "agreed to", or a deal
// named with the figure ("1,200 prisoners covered by the exchange deal").
func (d *document) agreed(k int, cu cue, s sentence, cl1 int, b *builder) bool {
	noun := d.isNoun(cu.tok, s)
	q := d.toks[k].quote
	if !noun && cu.tok-2 >= s.first && d.toks[cu.tok-1].low == "to" {
		// "a deal was struck in the talks to free 300 prisoners": the
		// infinitive tells what the deal is.
		for j := cu.tok - 2; j >= s.first && d.toks[j].quote == q; j-- {
			if j < cu.tok-2 && d.toks[j].kind == tWord && d.cueAt(j, s.last) != 0 {
				break
			}
			if w := d.toks[j].low; d.toks[j].gram&gDeal != 0 && w != "under" && w != "terms" && w != "basis" {
				b.why("kind", d.span(j, j))
				return true
			}
		}
	}
	for j := cu.tok - 1; j >= s.first; j-- {
		if d.toks[j].quote != q {
			break
		}
		if d.toks[j].gram&gAgreed != 0 && (noun || cu.tok-j <= 5) {
			b.why("kind", d.span(j, j))
			return true
		}
		if j < cu.tok-1 && d.cueAt(j, s.last) != 0 && !d.isNoun(j, s) {
			break
		}
	}
	if j, ok := d.agreedInfinitive(cu, s); ok && !noun {
		b.why("kind", d.span(j, j))
		return true
	}
	if noun {
		// "The deal provides for the release of 33 hostages".
		for j := cu.tok - 1; j >= s.first && d.toks[j].quote == q; j-- {
			if w := d.toks[j].low; d.toks[j].gram&gDeal != 0 && w != "under" && w != "terms" && w != "basis" {
				b.why("kind", d.span(j, j))
				return true
			}
			if j < cu.tok-1 && d.cueAt(j, s.last) != 0 && !d.isNoun(j, s) && !(j > 0 && d.lx.modal[d.toks[j-1].low]) {
				break // "Following the accord, Sudan freed 40 in exchange for Chad's release of six": the release answers a deed
			}
		}
	}
	if cu.tok < k && !noun {
		return false // "swapped 75 prisoners … in a deal": done, under a deal
	}
	// "150 prisoners were swapped in a deal mediated by the UAE": a verb
	// in the past tells what was done, whatever deal it was done under.
	cw := d.toks[cu.tok].low
	done := cu.passive && !noun && (endsWithAny(cw, "ed") || isIrregularPast(cw) || cw == "freed" || cw == "sent")
	if cl := &d.clist[d.clauseAt(k)]; cl.verb1 >= 0 && cl.vg&vgPast != 0 && cl.vg&vgModal == 0 &&
		(d.cueAt(int(cl.verb1), s.last) != 0 || int(cl.verb1)+1 == cu.tok) {
		done = true // "205 sailors were brought home in the second stage of the deal"
	}
	for j := k + 1; j <= cl1; j++ {
		w := d.toks[j].low
		if d.toks[j].kind == tWord && d.cueAt(j, s.last) != 0 && (endsWithAny(w, "ed") || isIrregularPast(w)) && !d.isNoun(j, s) {
			if p := d.toks[j-1].low; p != "be" && p != "to" && p != "been" && !d.lx.modal[p] {
				done = true // "with nearly 400 fighters from both camps freed in a deal": done, under a deal
			}
		}
		if d.toks[j].gram&gDeal != 0 && w != "under" && w != "terms" && !done {
			b.why("kind", d.span(j, j))
			return true
		}
		if d.toks[j].gram&gAgreed != 0 && j > 0 && d.toks[j-1].low != "have" && !done {
			b.why("kind", d.span(j, j))
			return true
		}
	}
	return false
}

// agreedInfinitive finds the deal that a transfer told as a to-infinitive
// carries out: a deal noun right before it ("a deal to swap 300"), or a
// verb of agreeing earlier in the sentence when the infinitive hangs on
// "with" and its party ("agreed on a new swap, with each side to free
// 800"). An infinitive after a verb of doing ("managed to bring home")
// has neither.
func (d *document) agreedInfinitive(cu cue, s sentence) (int, bool) {
	to := cu.tok - 1
	if to-1 < s.first || d.toks[to].low != "to" {
		return 0, false
	}
	q := d.toks[cu.tok].quote
	if p := to - 1; d.toks[p].gram&gDeal != 0 && d.toks[p].quote == q {
		if w := d.toks[p].low; w != "under" && w != "terms" && w != "basis" {
			return p, true
		}
	}
	with := -1
	for j := to - 1; j >= s.first && j >= to-4; j-- {
		if d.toks[j].kind != tWord || d.toks[j].quote != q {
			break
		}
		if d.toks[j].low == "with" {
			with = j
			break
		}
	}
	if with < 0 {
		return 0, false
	}
	for j := with - 1; j >= s.first && d.toks[j].quote == q; j-- {
		if d.toks[j].gram&gAgreed != 0 {
			return j, true
		}
		if d.cueAt(j, s.last) != 0 && int(d.clist[d.clauseAt(j)].verb1) == j {
			break // "freed 90 on Monday, with each side to …": done before
		}
	}
	return 0, false
}

// agreedThat reports a verb of agreeing followed by "that" before the cue
// in its sentence, on its side of any quotation mark: "we agreed that
// there will be another swap of 1,000" — what the parties agreed will
// happen is agreed, not merely offered.
func (d *document) agreedThat(cu cue, s sentence) bool {
	q := d.toks[cu.tok].quote
	for j := cu.tok - 1; j > s.first; j-- {
		if d.toks[j].quote != q {
			return false
		}
		if d.toks[j].low == "that" && d.toks[j-1].gram&gAgreed != 0 {
			return true
		}
	}
	return false
}

// isNoun reports whether the cue at j is a noun: "the exchange", "a swap
// of", "handovers".
func (d *document) isNoun(j int, s sentence) bool {
	w := d.toks[j].low
	if j+1 <= s.last && d.toks[j+1].low == "of" && !endsWithAny(w, "ed", "ing") {
		return true
	}
	if j > s.first {
		switch d.toks[j-1].low {
		case "the", "a", "an", "this", "that", "these", "those", "new", "mutual", "another", "first", "second",
			"latest", "its", "their", "his", "her", "our", "prisoner", "body", "further", "next", "planned", "an\"":
			return true
		}
	}
	switch w {
	case "exchanges", "swaps", "handovers", "handover", "repatriation", "formula":
		return true
	}
	return false
}

func endsWithAny(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if len(w) >= len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}
