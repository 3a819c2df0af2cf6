package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// claims reads every sentence in order and returns the claims.
func (d *document) claims() []claims.Claim {
	n := 0
	for _, f := range d.figs {
		if f.claim {
			n++
		}
	}
	out := make([]claims.Claim, 0, n+1)
	q := 0
	for si, s := range d.sents {
		from := len(out)
		narr := d.speakerOfSent(si)
		for ; q < len(d.quotes) && d.sentOf[d.quotes[q].open] <= si; q++ {
			d.speakerOfQuote(q)
		}
		if c, ok := d.withheld(si, s, narr); ok {
			out = append(out, c)
		}
		for k := s.first; k <= s.last; k++ {
			t := &d.toks[k]
			if t.kind != tFig || !d.figs[t.fig].claim {
				continue
			}
			if d.inSpeakerName(si, k) {
				continue
			}
			if d.restated(k, out) {
				continue
			}
			if c, ok := d.claimAt(si, s, k, narr); ok {
				out = append(out, c)
			}
		}
		d.breakdown(out, from, d.paraOf[si])
		d.noteTopic(si, s, narr)
	}
	d.headlineDates(out)
	return out
}

// restated reports a figure that points back to one already claimed:
// "Russia freed 150 soldiers … The 150 soldiers were taken to a
// hospital", "those 40 were ...". A definite article or demonstrative
// before an exact count with the value of an earlier claim makes it the
// same group, not a second claim; "all 252" and bare repeats still count.
func (d *document) restated(k int, out []claims.Claim) bool {
	if k == 0 || len(out) == 0 {
		return false
	}
	switch d.toks[k-1].low {
	case "the", "these", "those":
	default:
		return false
	}
	f := d.figs[d.toks[k].fig]
	if f.q.Vague || f.q.Unit != claims.Count || f.q.Reciprocal {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].low == "of" || k >= 2 && d.toks[k-2].low == "of" {
		return false // "the 150 of them", "Of the 14 foreigners, six …": a breakdown states its whole again
	}
	for i := len(out) - 1; i >= max(0, len(out)-32); i-- { // a group told again is one told recently
		if c := &out[i]; c.Kind != claims.Withheld && c.Quantity.Unit == claims.Count && c.QuantitySpan.End <= f.span.Start &&
			c.Quantity.Value.Cmp(f.q.Value) == 0 && c.Quantity.Qualifier == f.q.Qualifier {
			return true
		}
	}
	return false
}

// builder collects one claim and the reasons for its fields.
type builder struct {
	d *document
	c claims.Claim
}

func (b *builder) why(field string, sp claims.Span) {
	if !b.d.x.opts.Explain || sp.End <= sp.Start {
		return
	}
	b.c.Reasons = append(b.c.Reasons, claims.Reason{Field: field, Words: b.d.text[sp.Start:sp.End], Start: sp.Start, End: sp.End})
}

// Reasons drops the reasons given so far for field "speaker" when rs is nil.
func (b *builder) Reasons(rs []claims.Reason) {
	out := b.c.Reasons[:0]
	for _, r := range b.c.Reasons {
		if r.Field != "speaker" {
			out = append(out, r)
		}
	}
	b.c.Reasons = append(out, rs...)
}

// defaulted marks fields of the claim as filled in by a default, not read
// from the text (the story's other party, the publication date, the
// outlet's own voice): compare holds findings that stand on them for
// review.
func (b *builder) defaulted(fields ...string) {
	for _, f := range fields {
		_ = b.c.Confidence.Set(f, claims.Defaulted)
	}
}

func (b *builder) whyText(field, words string) {
	if !b.d.x.opts.Explain {
		return
	}
	b.c.Reasons = append(b.c.Reasons, claims.Reason{Field: field, Words: words})
}

// speakerFor returns the speaker of token k in sentence si and the date of
// the statement, when the text gives one.
func (d *document) speakerFor(si, k, narr int, b *builder) (claims.Speaker, claims.Period) {
	e, when := -1, claims.Period{}
	var src claims.Span
	if q := d.toks[k].quote; q > 0 {
		e, when = d.speakerOfQuote(int(q) - 1)
		if a := d.quoteAttr[q-1]; a != nil {
			src = d.span(a.np0, a.np1)
		}
		d.noteGave(k, nil, int(q)-1, e)
	} else if a := d.attributionFor(si, k); a != nil {
		e, when = a.ent, a.when
		src = d.span(a.np0, a.np1)
		d.noteGave(k, a, -1, e)
	}
	if e < 0 {
		b.whyText("speaker", "no attribution: the outlet's own voice")
		b.defaulted("speaker")
		return claims.Speaker{Name: d.ownVoice(), Role: "outlet"}, claims.Period{}
	}
	if when.IsZero() {
		when = d.ents[e].said
	}
	b.why("speaker", src)
	return d.ents[e].sp, when
}

// measurement reports a figure that measures rather than counts: a unit
// after it ("10 km", "150 millimetres", "4.8 metres") or a scale before it
// ("magnitude 6.4", "a magnitude-6.4 quake").
func (d *document) measurement(k int, s sentence) bool {
	if k+1 <= s.last {
		w := d.toks[k+1].low
		if d.lx.units[w] || d.toks[k+1].start == d.toks[k].end && d.lx.units[strings.TrimPrefix(w, "-")] {
			return true
		}
		if a, _, ok := strings.Cut(w, "-"); ok && d.lx.units[a] {
			return true // "10-km"
		}
	}
	// An age in brackets after a name: "Tsachi Idan (50)", not "Sete (4500)".
	if k-2 >= s.first && k+1 <= s.last && d.toks[k-1].low == "(" && d.toks[k+1].low == ")" {
		if p := d.toks[k-2]; p.kind == tWord && p.capital && !d.isPlaceName(k-2) {
			if v, ok := d.figs[d.toks[k].fig].q.Value.Int64(); ok && v > 0 && v < 120 && d.figs[d.toks[k].fig].q.Unit == claims.Count {
				return true
			}
		}
	}
	// A number in a name: "Channel 4", "Radio 3", "Flight 370".
	if j := k - 1; j >= s.first && d.toks[j].capital && isNamedNumber(d.toks[j].low) {
		return true
	}
	// Parts of a number written in groups: "0 800 50 21 90".
	if d.digitGroup(k+1) || d.digitGroup(k-1) {
		return true
	}
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		w := d.toks[j].low
		if w == "age" || w == "aged" || w == "ages" || (w == "young" || w == "old") && j+1 < k && d.toks[j+1].low == "as" ||
			w == "youngest" || w == "oldest" {
			return true // "raise the retirement age to 64", "as young as six"
		}
	}
	if j := k - 1; j >= s.first && k+1 <= s.last && (d.toks[k+1].kind != tWord || d.cls(k+1)&cBreaker != 0) {
		switch d.toks[j].low {
		case "next", "first", "last", "previous", "following":
			return true // "the next two on 11 and 13 June": items of a series, no count
		}
	}
	if j := k - 1; j >= s.first {
		switch d.toks[j].low {
		case "not", "needs", "need", "needed", "requires", "required", "threshold", "minimum", "maximum", "his", "her", "their", "my":
			// "not one life", "a party needs 5 percent", "with her three
			// grandchildren": no count of the story's.
			return true
		}
	}
	// "one high-speed train in three": a rate.
	if d.isOne(k) {
		for j := k + 1; j <= s.last && j <= k+5; j++ {
			if d.toks[j].low == "in" && j+1 <= s.last && d.toks[j+1].kind == tFig {
				return true
			}
		}
	}
	if j := k - 2; j >= s.first && d.toks[j+1].low == "in" && d.toks[j].kind != tFig {
		for i := j; i >= s.first && i >= k-6; i-- {
			if d.isOne(i) {
				return true // the "three" of "one … in three"
			}
		}
	}
	for j := k - 1; j >= s.first && j >= k-2; j-- {
		w := d.toks[j].low
		if w == "magnitude" || w == "scale" || strings.HasPrefix(w, "magnitude-") || w == "level" || w == "depth" || w == "height" {
			return true
		}
		if w != "of" && w != "a" && w != "the" {
			break
		}
	}
	return false
}

func isNamedNumber(w string) bool {
	switch w {
	case "channel", "radio", "tv", "route", "highway", "gate", "terminal", "flight", "line", "platform", "apollo",
		"boeing", "airbus", "article", "section", "chapter", "level", "resolution", "building", "block", "unit",
		"ward", "room", "brigade", "battalion", "division", "corps", "district", "precinct", "zone", "camp", "sector":
		return true
	}
	return false
}

// isOne reports a figure at token i whose value is one.
func (d *document) isOne(i int) bool {
	t := &d.toks[i]
	if t.kind != tFig {
		return false
	}
	v, ok := d.figs[t.fig].q.Value.Int64()
	return ok && v == 1
}

// digitGroup reports a figure at token i that is a bare group of digits
// right next to another: a part of a phone or reference number.
func (d *document) digitGroup(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tFig {
		return false
	}
	for _, c := range []byte(d.text[d.toks[i].start:d.toks[i].end]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// partOf reports a figure that breaks down a group told before: "Of the
// 14 foreigners, six were Poles", "among them 40 women", "including 12
// children", "eight of the returnees are civilians".
func (d *document) partOf(k, cl0, cl1 int) bool {
	if d.listedAfterIncluding(cl0) {
		return true // "including soldiers, border guards, and two civilians"
	}
	for j := cl0; j < k; j++ {
		switch d.toks[j].low {
		case "among", "including", "includes", "included":
			return true
		case "of":
			if j == d.sents[d.sentOf[k]].first {
				return true // "Of the 14 foreigners, six …"
			}
		}
	}
	if k+2 <= cl1 && d.toks[k+1].low == "of" && (d.toks[k+2].low == "them" || d.toks[k+2].low == "the" || d.toks[k+2].low == "those") {
		return true
	}
	if k+2 <= cl1 {
		switch d.toks[k+1].low {
		case "were", "was", "are", "is":
			w := d.toks[k+2].low
			return !strings.HasSuffix(w, "ed") && !d.lx.aux[w] && !isIrregularPast(w)
		}
	}
	return false
}

// listedAfterIncluding reports a clause from cl0 that is an item of a list
// opened by "including" or "among" in the same sentence: the items before
// it are nouns set off by commas ("including soldiers, border guards,
// and two civilians").
func (d *document) listedAfterIncluding(cl0 int) bool {
	s := d.sents[d.sentOf[cl0]]
	commas := 0
	for j := cl0 - 1; j >= s.first; j-- {
		t := d.toks[j]
		switch {
		case t.low == ",":
			if commas++; commas > 8 {
				return false
			}
		case t.low == "among" || t.low == "including":
			return commas > 0
		case t.kind == tFig:
			// "two priests, and four journalists": another item
		case t.kind != tWord, d.verbWord(j), d.cls(j)&cBreaker != 0 && t.low != "and" && !d.lx.g.det[t.low]:
			return false
		}
	}
	return false
}

// bringsTotal reports "bringing the total to N", "raising the toll to N".
func (d *document) bringsTotal(k, cl0 int) bool {
	for j := cl0; j < k; j++ {
		switch d.toks[j].low {
		case "bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "took", "pushing", "pushed":
			for i := j + 1; i < k && i <= j+4; i++ {
				if w := d.toks[i].low; w == "total" || w == "number" || w == "toll" || w == "tally" || w == "count" {
					return true
				}
			}
		}
	}
	return false
}

// present reports a clause in the present tense: "18 are still missing" is
// as of the report, not of the day the story began.
func (d *document) present(cl0, cl1 int) bool {
	for j := cl0; j <= cl1; j++ {
		switch d.toks[j].low {
		case "are", "is", "remain", "remains":
			return true
		case "still", "now":
			if !d.toks[j].capital || j == d.sents[d.sentOf[j]].first {
				return true // not the name of "Still estimates there were …"
			}
		}
	}
	return false
}

// bothWays reports words that make a transfer an exchange in the clause:
// "each side handed over 1,000", "freed by each side", "in the largest
// prisoner swap".
func (d *document) bothWays(s sentence, cl0, cl1 int) bool {
	for j := cl0; j <= cl1; j++ {
		w := d.toks[j].low
		if w == "each" && j+1 <= s.last && d.cueAt(j+1, s.last) != 0 {
			return true // "Kyiv and Moscow each released 84"
		}
		if w == "each" && j > s.first && d.toks[j-1].kind == tWord && (d.lx.person[d.toks[j-1].low] || d.x.measures[d.toks[j-1].low] != "") {
			return true // "swapped 75 prisoners each"
		}
		if (w == "each" || w == "both") && j+1 <= s.last && (d.toks[j+1].low == "side" || d.toks[j+1].low == "sides") {
			return true
		}
		if (w == "swap" || w == "exchange" || w == "swaps" || w == "exchanges") && j > s.first && d.toks[j-1].low != "in" {
			return true
		}
	}
	return false
}

// sourceCopy returns the document's Source with a Via of its own, so that
// no two claims share a slice.
func (d *document) sourceCopy() claims.Source {
	s := d.source
	if s.Via != nil {
		s.Via = append([]string(nil), s.Via...)
	}
	return s
}

// inSpeakerName reports whether token k is in the name of one of the
// sentence's speakers.
func (d *document) inSpeakerName(si, k int) bool {
	for _, a := range d.attrs[si] {
		if k >= a.np0 && k <= a.np1 {
			return true
		}
	}
	return false
}

// inSpeakerPhrase reports whether token k is in a speaker's name or the
// appositive that describes the speaker.
func (d *document) inSpeakerPhrase(si, k int) bool {
	for _, a := range d.attrs[si] {
		if k >= a.np0 && k <= a.np1 || a.appos[1] > 0 && k >= a.appos[0] && k <= a.appos[1] {
			return true
		}
	}
	return false
}

// clause returns the tokens around k up to the nearest clause boundaries
// (commas, semicolons, colons, dashes, brackets, quotation marks) within
// sentence s.
func (d *document) clause(s sentence, k int) (int, int) {
	a, z := k, k
	for a > s.first && !d.boundary(a-1) && d.toks[a-1].quote == d.toks[k].quote {
		a--
	}
	for z < s.last && !d.boundary(z+1) && d.toks[z+1].quote == d.toks[k].quote {
		z++
	}
	return a, z
}

func (d *document) boundary(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ",", ";", ":", "--", "—", "–", "(", ")", ".", "!", "?":
		return true
	}
	return t.openQ || t.closeQ
}

// claimAt builds the claim of the figure at token k. It reports false for
// figures that are no claim: a small number of something the vocabulary
// does not count ("the two delegations", "five handovers"), a share that
// is not of anything ("a fourth on 14 June").
func (d *document) claimAt(si int, s sentence, k, narr int) (claims.Claim, bool) {
	f := d.figs[d.toks[k].fig]
	b := &builder{d: d}
	c := &b.c
	c.Quantity = f.q
	c.QuantitySpan = f.span
	c.Source = d.sourceCopy()
	c.Evidence = claims.Evidence{Span: d.span(s.first, s.last)}
	c.Evidence.Text = d.text[c.Evidence.Start:c.Evidence.End]
	var when claims.Period
	c.Speaker, when = d.speakerFor(si, k, narr, b)

	if d.measurement(k, s) {
		return claims.Claim{}, false
	}
	var counts bool
	c.Measure, counts = d.measureFor(k, s, f, b)
	if !counts {
		return claims.Claim{}, false
	}
	if f.class == numbers.Ratio {
		return claims.Claim{}, false // "a third", "one train in three": a share with no count
	}
	if f.q.Vague && !d.x.canon[c.Measure] && f.q.Lower.Value.Sign() >= 0 && !f.q.Upper.Set {
		if v, ok := f.q.Lower.Value.Int64(); ok && v < 10 {
			return claims.Claim{}, false // "several people were found": too vague to check
		}
	}
	key := d.paraOf[si]
	if c.Measure != "" {
		d.lastMeasure, d.lastMeasureKey = c.Measure, key
	}

	cl0, cl1 := d.clause(s, k)
	cu := d.cueFor(k, s, cl0, cl1)
	if d.countMeasure(c.Measure) {
		cu = cue{tok: -1} // protesters, the injured, voters are counted, not handed over
	}
	if cu.tok >= 0 && c.Measure == "deaths" {
		switch d.toks[cu.tok].low {
		case "gave", "give", "given", "giving", "gives":
			cu = cue{tok: -1} // "the toll of 41 that it gave": a figure given, not bodies
		}
	}
	if f.q.Reciprocal && cu.tok < 0 {
		cu = cue{tok: k, kind: cueMutual}
	} else if f.q.Reciprocal {
		cu.kind, cu.passive = cueMutual, false
	}
	perfect, partOfLast := false, false
	if cu.tok >= 0 {
		if c.Measure == "deaths" && d.x.canon["bodies"] {
			c.Measure = "bodies" // the dead handed over are bodies
		}
		if (c.Measure == "" || c.Measure == "troops" || c.Measure == "prisoners") && d.x.canon["hostages"] && d.takenPeople(k, s) {
			// "released 142 pupils who were abducted": people taken by
			// force and freed are hostages.
			c.Measure = "hostages"
			b.whyText("measure", "people abducted and freed are hostages")
		}
		if lt := d.lastTransfer; (c.Measure == "" || c.Measure == "troops") && lt.ok && lt.measure == "hostages" && d.paraOf[si]-lt.para <= 1 {
			// "3 Filipino carers had also been freed" after hostages were
			// handed over: hostages too.
			c.Measure = "hostages"
			b.whyText("measure", "people freed beside hostages are hostages")
		}
		if (c.Measure == "" || c.Measure == "troops") && d.x.canon["prisoners"] {
			// People freed, exchanged or sent home are prisoners: "706 Houthi
			// fighters", "303 defenders came home".
			c.Measure = "prisoners"
			b.whyText("measure", "people handed over are prisoners")
		}
		b.why("direction", d.span(cu.tok, cu.tok))
		if f.q.Reciprocal || d.bothWays(s, cl0, cl1) {
			c.Mutual = true
		}
		d.direction(s, k, cl1, cu, c.Speaker, b)
		if lt := d.lastTransfer; lt.ok && d.paraOf[si]-lt.para <= 1 &&
			(c.Subject == "" && c.Recipient == "" && lt.measure == c.Measure && d.sameKind(lt, k, cu, s, cl1) ||
				d.partOf(k, cl0, cl1) && (lt.measure == c.Measure || !d.x.canon[c.Measure])) {
			c.Subject, c.Recipient = lt.subject, lt.recipient // the same transfer, told again
			b.whyText("direction", "the transfer told before")
			partOfLast = c.Measure != lt.measure // "two priests" of "120 prisoners": the whole stays the transfer told
		}
		if g := d.soleGiver(c.Measure); c.Subject == "" && c.Recipient == "" && !c.Mutual && g != "" {
			// "9 more captives are due out on Sunday": by the one side the
			// story has seen release such people, to its counterpart.
			c.Subject, c.Recipient = g, d.counterpart(g)
			b.whyText("direction", "the only side the story has seen give them")
			b.defaulted("subject", "recipient")
		}
		perfect = d.perfectBefore(cu.tok, s)
		switch {
		case f.q.Reciprocal:
			c.Kind = claims.Agreed
			b.why("kind", f.span)
		case d.modal(k, cu, s, b):
			c.Kind = claims.Offered
			if d.underDeal(cu, s) {
				c.Kind = claims.Agreed // what a deal says will happen is agreed
			}
		case d.agreed(k, cu, s, cl1, b):
			c.Kind = claims.Agreed
		default:
			c.Kind = claims.Completed
			b.why("kind", d.span(cu.tok, cu.tok))
		}
	} else if lt := d.lastTransfer; lt.ok && d.paraOf[si]-lt.para <= 1 &&
		(lt.measure == "prisoners" || lt.measure == "hostages" || lt.measure == "bodies") &&
		((lt.measure == c.Measure || !d.x.canon[c.Measure]) && (d.partOf(k, cl0, cl1) || d.partSent == si+1 && k > 0 && d.toks[k-1].low == "another") ||
			(c.Measure == "arrests" || c.Measure == "detained" || c.Measure == lt.measure) && lt.measure != "bodies" && d.passiveAfter(k, cl1)) {
		// A part of a transfer told before: "Of the 14 foreigners, six were
		// Lithuanian citizens", "eight of the returnees are civilians";
		// and what had been done to the people freed: "14 had been
		// detained for protesting", "seven were deported", "twelve had
		// been held for a year" are prisoners of the release.
		c.Measure = lt.measure
		c.Kind, c.Subject, c.Recipient, c.Mutual = lt.kind, lt.subject, lt.recipient, lt.mutual
		b.whyText("kind", "part of the transfer before")
		d.partSent = si + 1 // "71 were sentenced to life, while another 60 …": the next item is a part too
	} else {
		c.Kind = d.countKind(k, s, cl0, cl1, c.Measure, b)
		d.holderHit, d.placeDefault, d.placeAboard = false, false, false
		c.Subject = d.placeFor(k, s, c.Measure, b)
		if c.Subject != "" && !d.holderHit && !d.placeDefault && !d.placeAboard && c.Measure != "votes" && c.Measure != "seats" && f.q.Unit != claims.Percent {
			d.lastPlace, d.lastPlacePara = c.Subject, d.paraOf[si]
			if d.firstPlace == "" {
				d.firstPlace = c.Subject
			}
		}
		perfect = d.perfectAround(k, s)
		if f.q.Reciprocal {
			c.Mutual, c.Kind = true, claims.Agreed
		}
	}

	if c.Measure == "" && cu.tok < 0 && d.heldCount(k, cl0, cl1) && d.x.canon["prisoners"] {
		// "31 Israelis remain in captivity": people held are prisoners,
		// or hostages in a story of hostages.
		c.Measure = "prisoners"
		if g := d.soleGiver("hostages"); g != "" && d.x.canon["hostages"] {
			c.Measure = "hostages"
		}
		b.whyText("measure", "people held")
	}
	if c.Measure == "" && cu.tok < 0 {
		// People that no verb names and nothing is handed over: counted
		// as what they are ("250 migrants", "1,320 families").
		if w, i := d.personNoun(k, s); w != "" {
			c.Measure = w
			b.why("measure", d.span(i, i))
			d.lastMeasure, d.lastMeasureKey = w, key // "141,000 rescue workers …, 7,000 of them"
		}
	}
	if d.bringsTotal(k, cl0) {
		// "…, bringing the total number of people freed to 4,000": the
		// running total of the transfer just told.
		c.Scope = claims.Total
		if lt := d.lastTransfer; lt.ok && lt.measure == c.Measure && d.paraOf[si]-lt.para <= 1 {
			c.Subject, c.Recipient, c.Kind, c.Mutual = lt.subject, lt.recipient, lt.kind, lt.mutual
		}
	}

	if cu.tok >= 0 && c.Subject != "" && c.Measure != "" && !c.Mutual && c.Confidence.Subject != claims.Defaulted {
		d.noteGiver(c.Measure, c.Subject)
	}
	if cu.tok >= 0 && !partOfLast {
		d.lastTransfer = transfer{ok: true, measure: c.Measure, kind: c.Kind, subject: c.Subject, recipient: c.Recipient,
			mutual: c.Mutual, para: d.paraOf[si]}
		if c.Measure == "prisoners" && d.noncombatant(k, s) {
			// The civilians of a prisoner swap are a part of it, counted as
			// what they are (the transfer stays one of prisoners).
			c.Measure = "civilians"
			b.whyText("measure", "civilians handed over are counted as civilians")
		}
	}

	// Scope: a running total, or one event.
	date, dsp, hasDate := d.figureDate(si, s, k, cl0, cl1, c)
	d.prevDate = datedFigure{ok: hasDate, sent: si, quote: d.toks[k].quote, p: date, sp: dsp, measure: c.Measure}
	if sp, ok := d.totalWords(s, k); ok {
		c.Scope = claims.Total
		b.why("scope", sp)
	} else if perfect && (c.Kind == claims.Completed || c.Kind == claims.Estimated && d.lx.measureClass[c.Measure]&mcCrowd == 0) {
		c.Scope = claims.Total
		b.whyText("scope", "present perfect")
	} else if cu.tok < 0 && d.tollScope(c.Measure, k, cl0, cl1) {
		c.Scope = claims.Total
		b.whyText("scope", "a toll is a running total")
	} else if cu.tok >= 0 && hasDate && c.Kind == claims.Completed && date.To.IsValid() && date.From.AddDays(27).Compare(date.End()) <= 0 {
		// "In June, Russia handed over 6,060 bodies": the sum of the
		// month's handovers, a running total over it.
		c.Scope = claims.Total
		b.why("scope", dsp)
	} else if hasDate && c.Scope != claims.Total && (c.Kind == claims.Completed || c.Kind == claims.Estimated) {
		c.Scope = claims.Event
		b.why("scope", dsp)
	}

	d.asOf(c, b, figureAt{si: si, s: s, k: k, cl0: cl0, cl1: cl1, perfect: perfect, when: when, date: date, dsp: dsp, hasDate: hasDate})
	if cu.tok >= 0 {
		d.counterpartDay(c, b, si, s)
	}
	c.ID = c.ContentID()
	return b.c, true
}

// sameKind reports a transfer at k whose kind is that of the transfer
// told before, lt: what is still to be freed ("another 14 are due to be
// freed") is not the release just told, told again.
func (d *document) sameKind(lt transfer, k int, cu cue, s sentence, cl1 int) bool {
	scratch := &builder{d: d}
	switch {
	case d.modal(k, cu, s, scratch):
		return lt.kind == claims.Offered || lt.kind == claims.Agreed
	case d.agreed(k, cu, s, cl1, scratch):
		return lt.kind == claims.Agreed
	}
	return lt.kind == claims.Completed
}

// longPeriod reports a count over a month or more told in k's sentence,
// on the same side of any quotation mark: "so far this year", "in the
// past 12 months", "last year".
func (d *document) longPeriod(s sentence, k int) bool {
	for j := s.first + 1; j <= s.last; j++ {
		if d.toks[j].quote != d.toks[k].quote {
			continue
		}
		if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].class == numbers.Duration {
			// "in the past 12 months"
			if u := strings.TrimSuffix(d.figs[t.fig].unit, "s"); (u == "month" || u == "year") && (d.toks[j-1].low == "past" || d.toks[j-1].low == "last") {
				return true
			}
		}
		switch d.toks[j].low {
		case "year", "years", "month", "months", "decade":
			switch d.toks[j-1].low {
			case "this", "last", "past", "previous", "that":
				return true
			}
			if d.toks[j-1].kind == tFig && j-2 >= s.first && (d.toks[j-2].low == "past" || d.toks[j-2].low == "last") {
				return true
			}
		}
	}
	return false
}

// passiveAfter reports a figure that is the subject of a passive or a
// past perfect passive right after it: "14 had been detained", "seven
// were deported", "twelve have been held".
func (d *document) passiveAfter(k, cl1 int) bool {
	j := k + 1
	if j <= cl1 && d.toks[j].kind == tWord && d.x.measures[d.toks[j].low] != "" {
		j++ // "14 people had been detained"
	}
	switch {
	case j+1 <= cl1 && (d.toks[j].low == "were" || d.toks[j].low == "was"):
		j++
	case j+2 <= cl1 && (d.toks[j].low == "had" || d.toks[j].low == "have" || d.toks[j].low == "has") && d.toks[j+1].low == "been":
		j += 2
	default:
		return false
	}
	w := d.toks[j].low
	return d.toks[j].kind == tWord && (strings.HasSuffix(w, "ed") || isIrregularPast(w))
}

// takenPeople reports a figure whose people a relative clause says were
// abducted or kidnapped: "142 pupils who were abducted", "13 people who
// had been kidnapped".
func (d *document) takenPeople(k int, s sentence) bool {
	for i := k + 1; i <= s.last && i <= k+4; i++ {
		if w := d.toks[i].low; w != "who" && w != "that" {
			continue
		}
		for j := i + 1; j <= s.last && j <= i+4; j++ {
			if m, _ := d.measureAt(j); m == "hostages" {
				return true
			}
		}
		return false
	}
	return false
}

// pairedDate reads "390 and 307 prisoners on Thursday and Friday" (or "On
// Thursday and Friday, … 390 and 307"): two figures joined by "and" and two
// dates joined by "and" in one sentence go one to one, in order.
func (d *document) pairedDate(s sentence, k int) (claims.Period, claims.Span, bool) {
	pos := -1
	switch {
	case k+2 <= s.last && d.toks[k+1].low == "and" && d.toks[k+2].kind == tFig:
		pos = 0
	case k-2 >= s.first && d.toks[k-1].low == "and" && d.toks[k-2].kind == tFig:
		pos = 1
	default:
		return claims.Period{}, claims.Span{}, false
	}
	q := d.toks[k].quote
	for j := s.first; j+2 <= s.last; j++ {
		if d.toks[j].quote != q || d.toks[j+1].low != "and" {
			continue
		}
		p0, sp0, ok := d.dateAt(j)
		if !ok {
			continue
		}
		j2 := j + 2
		if d.toks[j2].low == "on" || d.toks[j2].low == "in" {
			j2++ // "on Thursday and on Friday"
		}
		if j2 > s.last {
			break
		}
		p1, sp1, ok := d.dateAt(j2)
		if !ok {
			continue
		}
		if pos == 0 {
			return p0, sp0, true
		}
		return p1, sp1, true
	}
	return claims.Period{}, claims.Span{}, false
}

// dayEarlier reports the words "a day earlier" or "the day before" ending
// at token j.
func (d *document) dayEarlier(j int, s sentence) bool {
	w := d.toks[j].low
	if w == "day" && j-2 >= s.first && d.toks[j-1].low == "previous" && d.toks[j-2].low == "the" {
		return true // "the previous day"
	}
	if (w != "earlier" && w != "before") || j-1 < s.first {
		return false
	}
	if p := d.toks[j-1]; p.kind == tFig { // numbers reads "a day" as a duration
		switch strings.ToLower(d.text[p.start:p.end]) {
		case "a day", "one day", "the day":
			return true
		}
		return false
	}
	if j-2 < s.first || d.toks[j-1].low != "day" {
		return false
	}
	return d.toks[j-2].low == "a" || d.toks[j-2].low == "the"
}

// totalWords finds words of a running total ("so far", "in total", "a
// total of") in k's sentence, on the same side of any quotation mark.
func (d *document) totalWords(s sentence, k int) (claims.Span, bool) {
	q := d.toks[k].quote
	for i := s.first; i <= s.last; i++ {
		if d.toks[i].quote != q || d.toks[i].kind != tWord {
			continue
		}
		if n := d.totalAt(i, s.last); n > 0 {
			return d.span(i, i+n-1), true
		}
	}
	return claims.Span{}, false
}

// totalAt returns the length of the running-total phrase ("so far", "in
// total", "since") that starts at token i, or 0.
func (d *document) totalAt(i, last int) int {
	if c := d.tcache[i]; c > 0 {
		return int(c) - 1
	}
	if d.toks[i].first&4 == 0 {
		d.tcache[i] = 1
		return 0
	}
	found := 0
	for n := 3; n >= 1 && found == 0; n-- {
		if i+n-1 > last || i+n > len(d.toks) {
			continue
		}
		if d.lx.total[string(d.key(i, i+n))] {
			if n == 1 && d.toks[i].low == "since" && i+1 <= last && d.toks[i+1].kind == tFig {
				continue // "the highest since 1997"
			}
			found = n
		}
	}
	d.tcache[i] = uint8(found + 1)
	return found
}

// perfectBefore reports a present or past perfect before the verb at v:
// "have returned", "has been returned", "has so far received".
func (d *document) perfectBefore(v int, s sentence) bool {
	for j := v - 1; j >= s.first && v-j <= 4; j-- {
		switch d.toks[j].low {
		case "have", "has", "had", "'ve":
			return true
		case "been", "so", "far", "already", "now", "also", "just", "all", "since", "reportedly", "not", "never", "yet":
			continue
		}
		if d.toks[j].kind != tWord {
			return false
		}
		if j < v-1 {
			return false
		}
	}
	return false
}

// perfectAround reports a perfect in the words after a counted figure:
// "95 people have died", "the toll has risen to 211".
func (d *document) perfectAround(k int, s sentence) bool {
	from := max(s.first, k-6)
	for j := k - 1; j >= from; j-- {
		if w := d.toks[j].low; w == "that" || d.lx.speech[w] && w != "according" {
			from = j + 1 // "outlets have reported that 15,000 took part": the perfect is the report's
			break
		}
	}
	for j := from; j <= min(s.last, k+4); j++ {
		switch d.toks[j].low {
		case "have", "has":
			return true
		}
	}
	return false
}

func isConjunction(w string) bool {
	switch w {
	case "and", "while", "but", "whereas", "where", "as", "though", "although", "which", "who", "when", "after", "before", "since", "because":
		return true
	}
	return false
}

// tokenAt returns the index of the token that starts at byte offset off.
func (d *document) tokenAt(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return min(lo, len(d.toks)-1)
}

// reducedRelative reports a participle between the figure at k and a date
// at j that tells of a noun after the figure's own verb: in "390 soldiers
// were returned home under the deal brokered on May 16" the date is the
// deal's. The figure's clause must have its finite verb first ("were
// returned"), so that "prisoners freed on Friday" keeps its date.
func (d *document) reducedRelative(k, j int) bool {
	finite := false
	for i := k + 1; i < j; i++ {
		w := d.toks[i].low
		if d.toks[i].kind != tWord {
			continue
		}
		switch w {
		case "was", "were", "is", "are", "has", "have", "had", "been":
			finite = true
			continue
		}
		if !finite || i-1 <= k {
			continue
		}
		prev := d.toks[i-1]
		if (strings.HasSuffix(w, "ed") || isIrregularPast(w)) && prev.kind == tWord && !prev.capital &&
			!d.lx.aux[prev.low] && !d.lx.breaker[prev.low] && !strings.HasSuffix(prev.low, "ed") && !strings.HasSuffix(prev.low, "ly") {
			return true
		}
	}
	return false
}

// noncombatant reports a figure at k that counts civilians: its noun, or
// the noun after a demonym ("40 civilians", "two Ukrainian civilians").
func (d *document) noncombatant(k int, s sentence) bool {
	for i := k + 1; i <= s.last && i <= k+2; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if noncombatants[t.low] {
			return true
		}
		if t.cls&cDemonym == 0 {
			return false
		}
	}
	return false
}
