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
		if d.nextCls(s.first, s.last-1, cWithheld) < s.last { // a word that may withhold (withheld)
			if c, ok := d.withheld(si, s, narr); ok {
				out = append(out, c)
			}
		}
		if p, ok := d.placeFragment(s); ok {
			d.lastPlace, d.lastPlacePara, d.lastPlaceTok = p, d.paraOf[si], -1 // "First in Paris. Some 800,000 marched …"
		}
		for k := s.first; k <= s.last; k++ {
			if k = d.nextFig(k, s.last); k > s.last {
				break
			}
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
				d.noteNation(out, k, s)
				d.groupPart(&out[len(out)-1], k, s)
			}
		}
		d.comparedDates(out[from:], s)
		d.breakdown(out, from, d.paraOf[si])
		d.noteTopic(si, s, narr)
	}
	d.nationParts(out)
	d.placeParts(out)
	d.headingEchoes(out)
	d.headlineDates(out)
	d.canonParties(out)
	for i := range out {
		out[i].ID = out[i].ContentID() // once, of what the stages above made of it
	}
	return out
}

// datedSentence reports a sentence that names a date of its own.
func (d *document) datedSentence(si int) bool {
	for k := d.sents[si].first; k <= d.sents[si].last; k++ {
		if _, _, ok := d.dateAt(k); ok {
			return true
		}
	}
	return false
}

// headingEchoes reads a figure of a heading that counts nothing of its own
// ("700,000 in Paris" over a paragraph) as the same figure told in the
// paragraph under it: what it counts, who gives it, its kind and its day
// are that figure's.
func (d *document) headingEchoes(out []claims.Claim) {
	for i := range out {
		h := &out[i]
		if h.Measure != "" || h.Kind == claims.Withheld {
			continue
		}
		si := d.sentOf[d.tokenAt(h.QuantitySpan.Start)]
		if d.stopped(si) {
			continue // a sentence, no heading
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			sj := d.sentOf[d.tokenAt(b.QuantitySpan.Start)]
			if sj == si {
				continue
			}
			if d.paraOf[sj] > d.paraOf[si]+1 {
				break
			}
			if b.Measure == "" || b.Kind == claims.Withheld || b.Quantity.Value.Cmp(h.Quantity.Value) != 0 || b.Quantity.Vague != h.Quantity.Vague {
				continue
			}
			h.Measure, h.Kind, h.Scope, h.Speaker = b.Measure, b.Kind, b.Scope, b.Speaker
			if h.Subject == "" && h.Recipient == "" {
				h.Subject, h.Recipient, h.Mutual = b.Subject, b.Recipient, b.Mutual
			}
			if !d.datedSentence(si) {
				h.AsOf = b.AsOf // the heading's day was the story's or the page's, none of its own
				_ = h.Confidence.Set("as_of", claims.Inferred)
			}
			_ = h.Confidence.Set("measure", claims.Inferred)
			if c, ok := b.Confidence.Get("speaker"); ok && c == claims.Defaulted {
				_ = h.Confidence.Set("speaker", claims.Defaulted) // the outlet's voice, as under the heading
			} else {
				_ = h.Confidence.Set("speaker", claims.Inferred)
			}
			if d.x.opts.Explain {
				h.Reasons = append(h.Reasons, claims.Reason{Field: "measure", Words: "the same figure under the heading: " + b.Quantity.Text})
			}
			break
		}
	}
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
// inherit gives the claim the confidence of the parties of the transfer
// it takes them from: a part of a guessed transfer is guessed as well.
func (b *builder) inherit(t transfer) {
	for _, f := range [...]struct {
		name string
		c    claims.Confidence
	}{{"subject", t.subjConf}, {"recipient", t.recipConf}} {
		if f.c != claims.Explicit {
			_ = b.c.Confidence.Set(f.name, f.c)
		}
	}
}

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
	} else if a := d.reportCarried(si, k); a != nil {
		e, when = a.ent, a.when
		src = d.span(a.np0, a.np1)
		_ = b.c.Confidence.Set("speaker", claims.Inferred) // the story's report, not named in the figure's sentence
	} else if a := d.sandwiched(si, k); a != nil {
		e, when = a.ent, a.when
		src = d.span(a.np0, a.np1)
		_ = b.c.Confidence.Set("speaker", claims.Inferred) // the voice of the sentences on either side
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

// inSpeakerAppos reports whether token k is in the appositive that
// describes one of the sentence's speakers ("a lecturer at a university
// in Britain"): words about the speaker, not about what is counted.
func (d *document) inSpeakerAppos(si, k int) bool {
	for _, a := range d.attrs[si] {
		if a.appos[1] > 0 && k >= a.appos[0] && k <= a.appos[1] {
			return true
		}
	}
	return false
}

// speakerCount reports a small exact figure that opens the noun phrase of
// one of the sentence's speakers ("three officials told reporters", "two
// aid workers said"): it counts who speaks, not what the story is about.
func (d *document) speakerCount(si, k int) bool {
	f := &d.figs[d.toks[k].fig]
	if f.q.Unit != claims.Count || f.q.Vague || f.q.Qualifier != claims.Exact {
		return false
	}
	if v, ok := f.q.Value.Int64(); !ok || v < 2 || v > 9 {
		return false
	}
	for _, a := range d.attrs[si] {
		if a.kind != cueSpeech && a.kind != cueAccording || k+1 < a.np0 || k >= a.np1 {
			continue
		}
		if k+1 == a.np0 {
			return true // the source's phrase starts after the figure
		}
		j := a.np0
		for j < k && d.cls(j)&cDeterminer != 0 {
			j++
		}
		if j == k {
			return true
		}
	}
	// A source the attributions do not hold: the figure opens the subject
	// of an active verb of saying or counting that reports more ("Three
	// surveyors estimated the crowd was 40,000").
	c := &d.clist[d.clauseAt(k)]
	if c.subj0 < 0 || c.verb0 < 0 || c.vg&(vgPassive|vgNegated) != 0 || int(c.verb1)+1 > int(d.sents[si].last) ||
		d.cls(int(c.verb1))&cSpeech == 0 || d.toks[c.verb1].low == "put" {
		return false
	}
	j := int(c.subj0)
	for j < k && d.cls(j)&cDeterminer != 0 {
		j++
	}
	return j == k && k < int(c.verb0) && k+1 < int(c.verb0) && d.ownNoun(k+1) != "" && d.toks[c.verb1+1].kind == tWord && d.cls(int(c.verb1)+1)&cPrep == 0 && d.toks[c.verb1+1].low != "by"
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

// ownVerb reports a figure whose clause has a verb of its own that hands
// nothing over, while the cue at cue stands in a clause before: "the
// square filled again, for a rally that drew 170,000 people" counts no
// one the filling hands over.
func (d *document) ownVerb(k, cue int) bool {
	c := d.clauseAt(k)
	cl := &d.clist[c]
	if cue >= int(cl.first) {
		return false // its own, or one of the clauses set in it: "saw 270 freed"
	}
	if cl.verb0 < 0 || cl.kind == clParticiple || cl.kind == clParen || int(cl.verb1) > k {
		return false
	}
	for j := int(cl.verb0); j <= int(cl.verb1); j++ {
		if d.cueAt(j, int(cl.last)) != 0 {
			return false
		}
	}
	return d.gram(int(cl.verb1))&gVerb != 0
}

// receivers reports a figure of people who receive what the cue hands
// over rather than people handed over: after "to" past the cue's own
// object ("sent food to 500,000 people"), or the subject of a passive
// verb of giving with an object of its own ("142 people were given
// asylum").
func (d *document) receivers(k int, cu cue) bool {
	if cu.tok < k {
		j := k - 1
		for j > cu.tok && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) && d.toks[j].low != "to" {
			j--
		}
		if j > cu.tok+1 && d.toks[j].low == "to" {
			for i := cu.tok + 1; i < j; i++ {
				if t := &d.toks[i]; t.kind == tWord && !isParticle(t.low) && d.gram(i)&(gDet|gPrep) == 0 {
					return true
				}
			}
		}
		return false
	}
	if !cu.passive || !d.lx.givenTo[d.toks[cu.tok].low] || cu.tok+1 >= len(d.toks) || d.sentOf[cu.tok+1] != d.sentOf[k] {
		return false
	}
	n := &d.toks[cu.tok+1]
	return n.kind == tWord && !n.capital && !isParticle(n.low) && !strings.HasSuffix(n.low, "ly") &&
		d.gram(cu.tok+1)&(gPrep|gBe|gHave|gCoord|gNeg) == 0 && d.cls(cu.tok+1)&cPrep == 0
}

// partSetIn reports a figure of sentence si in a clause set in after
// "including" when the sentence has counted a whole before it: the figures
// after it count the whole again, not the part.
func (d *document) partSetIn(si, cl0 int) bool {
	return d.lastMeasureSent == si && d.lastMeasure != "" && d.toks[cl0].low == "including"
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

	pm, from, fromSp := d.physicalMeasure(k, s)
	if pm == "" && (d.measurement(k, s) || d.speakerCount(si, k) || f.ucode != "" && d.lx.placed[d.lx.physical[f.ucode]]) {
		// (A distance, an area, a temperature or a volume that places
		// nothing named is no claim, its unit glued to it or not: "sank
		// 80m out", "20km from the coast", "hit 41C".)
		return claims.Claim{}, false
	}
	var counts bool
	if pm != "" {
		c.Measure, counts = pm, true // "some 250 km north of Madrid": a distance, no count
		b.why("measure", claims.Span{Start: f.span.Start, End: d.unitEnd(&f)})
	} else {
		c.Measure, counts = d.measureFor(k, s, f, b)
	}
	if !counts || c.Measure == "" && f.q.Qualifier == claims.Exact && d.isOne(k) {
		// (A single one of nothing the measure stage names is a person or
		// a thing picked out, no count: "one large group crowded in", "one
		// man called his wife", "goes by one name".)
		return claims.Claim{}, false
	}
	if f.class == numbers.Ratio {
		// "a third of the voters", "one in 35 inhabitants": a share of a
		// group; "a third term", "a two-thirds majority" share nothing.
		if c.Measure = d.shareOf(k, s, c.Measure); c.Measure == "" {
			return claims.Claim{}, false
		}
	}
	if f.q.Vague && (!d.x.canon[c.Measure] || d.lx.measureClass[c.Measure]&mcCrowd != 0) && f.q.Lower.Value.Sign() >= 0 && !f.q.Upper.Set {
		// (Nor is "a few of the marches": no crowd is counted in a few.)
		if v, ok := f.q.Lower.Value.Int64(); ok && v < 10 {
			return claims.Claim{}, false // "several people were found": too vague to check
		}
	}
	if d.lx.measureClass[c.Measure]&mcCrowd != 0 && f.q.Qualifier == claims.Exact && f.q.Value.Cmp(claims.DecimalOf(1)) == 0 {
		return claims.Claim{}, false // "an image of one protester kneeling": a person, no crowd's size
	}
	key := d.paraOf[si]
	cl0, cl1 := d.clause(s, k)
	if c.Measure != "" && pm == "" && !d.partSetIn(si, cl0) && (f.ucode == "" || d.lx.physical[f.ucode] == "") {
		// A share's group is what the figures after it may count again;
		// a part set in after "including" is not ("10 prisoners,
		// including two minors, went to Oslo, 13 to Bern": prisoners);
		// nor is a length or a weight, which no count after it measures
		// ("sank 80m out; his three sons survived": no distance).
		d.lastMeasure, d.lastMeasureKey, d.lastMeasureSent = strings.TrimSuffix(c.Measure, " (share)"), key, si
	}

	cu := d.cueFor(k, s, cl0, cl1)
	if m, ok := d.verbBefore(k, s); ok && cu.tok >= 0 && cu.tok != k-1 && d.lx.measureClass[m]&mcToll != 0 && d.lx.measureClass[c.Measure]&mcToll != 0 {
		// "a war that displaced millions, killed tens of thousands of
		// civilians and freed no one": the dead a verb of killing counts
		// are no bodies handed over by a cue elsewhere in the sentence.
		cu = cue{tok: -1}
	}
	if pm != "" || d.lx.countryNouns[c.Measure] || cu.tok >= 0 && d.ownVerb(k, cu.tok) {
		// A distance, an area, the countries that sent aid are handed to
		// no one; nor people a verb of their own clause tells of ("…,
		// which drew 170,000 people").
		cu = cue{tok: -1}
	}
	if j := d.countsExchanges(k, s); j >= 0 {
		// "48 prisoner swaps so far": the figure counts the
		// exchanges, not the people in them.
		c.Measure = "exchanges"
		b.why("measure", d.span(j, j))
	}
	if cu.tok >= 0 && d.lx.measureClass[c.Measure]&mcToll != 0 && d.x.canon["prisoners"] && d.hurtPeople(k, s) {
		// "agreed to swap 300 wounded or sick soldiers": people handed
		// over, whatever their wounds, are prisoners.
		c.Measure = "prisoners"
		b.whyText("measure", "wounded people handed over are prisoners")
	}
	var whole transfer
	if cu.tok >= 0 && cu.tok < k && cu.kind != cueMutual && !exchangeNouns[d.toks[cu.tok].low] && d.includedAfterCue(cu.tok, k) {
		// "The freed hostages included 13 Israelis": the people the cue
		// tells of are the whole, and the figure counts a part of them,
		// the transfer's told before (with none told before, the cue
		// still tells the figure's way).
		if w, ok := d.recentTransfer(c.Measure); ok {
			cu, whole = cue{tok: -1}, w
		}
	}
	if d.countMeasure(c.Measure) || d.lx.paperwork[c.Measure[strings.LastIndexByte(c.Measure, ' ')+1:]] {
		cu = cue{tok: -1} // protesters, the injured, voters, applications are counted, not handed over
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
		if (c.Measure == "" || armedMeasure(c.Measure) || captiveMeasure(c.Measure)) && d.x.canon["hostages"] && d.takenPeople(k, s) {
			// "released 142 pupils who were abducted": people taken by
			// force and freed are hostages.
			c.Measure = "hostages"
			b.whyText("measure", "people abducted and freed are hostages")
		}
		beside := false
		if lt := d.lastTransfer; (c.Measure == "" || armedMeasure(c.Measure)) && lt.ok && lt.measure == "hostages" && d.paraOf[si]-lt.para <= 1 {
			// "3 Filipino carers had also been freed" after hostages were
			// handed over: hostages too.
			c.Measure, beside = "hostages", true
			b.whyText("measure", "people freed beside hostages are hostages")
		}
		bare := c.Measure == "" // people no noun names: "freed 13 women and children"
		if (armedMeasure(c.Measure) || c.Measure == "" && (d.aboutCaptives() || d.countsPeople(k, s))) && d.x.canon["prisoners"] && f.q.Unit != claims.Percent &&
			!d.receivers(k, cu) {
			// People freed, exchanged or sent home are prisoners: "706 Houthi
			// fighters", "303 defenders came home"; a share handed out
			// ("gave Ortiz 61 percent") is none.
			c.Measure = "prisoners"
			b.whyText("measure", "people handed over are prisoners")
		}
		b.why("direction", d.span(cu.tok, cu.tok))
		both, perSide := d.bothWays(s, k, cl0, cl1, cu.kind != cueMutual)
		if f.q.Reciprocal || both {
			c.Mutual = true
		}
		if perSide {
			// "40 detainees from each side": the figure each way, as a
			// formula's is, not both ways together.
			c.Quantity.Reciprocal = true
		}
		d.direction(s, k, cl1, cu, c.Speaker, b)
		switch {
		case bare && c.Measure == "prisoners" && c.Subject != "" && !d.x.countries[c.Subject] && !isIntermediary(c.Subject) &&
			d.x.canon["hostages"] && d.namesHostages():
			// "Hamas freed 13 women and children" in a story of hostages:
			// people an armed group frees are its hostages; a country's are
			// prisoners.
			c.Measure = "hostages"
			b.whyText("measure", "people a group that is no country frees, in a story of hostages, are hostages")
		case beside && d.x.countries[c.Subject] && c.Subject != d.lastTransfer.subject && d.x.canon["prisoners"]:
			// "…, and Israel released 30 women": a country that frees
			// people beside another side's hostages frees prisoners.
			c.Measure = "prisoners"
			b.whyText("measure", "people a country frees beside another side's hostages are prisoners")
		}
		if lt := d.lastTransfer; lt.ok && lt.cue == cu.tok && c.Subject == "" && c.Recipient == "" && !c.Mutual {
			// "those coming home: 61 soldiers, 17 coast guards and 9 medics": the
			// items of one list under one verb go the same way.
			c.Subject, c.Recipient = lt.subject, lt.recipient
			b.whyText("direction", "the item before under the same verb")
			if lt.guessed {
				b.defaulted("subject", "recipient")
			}
			partOfLast = c.Measure != lt.measure
		} else if lt := d.lastTransfer; lt.ok && lt.cue == cu.tok && lt.recipient != "" && lt.recipConf != claims.Defaulted &&
			c.Confidence.Recipient == claims.Defaulted && (c.Confidence.Subject == claims.Defaulted || c.Mutual && cu.kind == cueMutual) &&
			!d.forBetween(cu.tok, k) {
			// "a swap of 200 Ukrainian soldiers and 90 civilians": an item
			// the story's parties were guessed for (or, in an exchange,
			// the first of them taken) goes the way the item before it
			// under the same cue was read to go.
			c.Subject, c.Recipient, c.Mutual = lt.subject, lt.recipient, lt.mutual
			_ = c.Confidence.Set("subject", lt.subjConf)
			_ = c.Confidence.Set("recipient", lt.recipConf)
			b.whyText("direction", "the item before under the same cue")
		} else if lt := d.lastTransfer; lt.ok && d.paraOf[si]-lt.para <= 1 &&
			(c.Subject == "" && c.Recipient == "" && sameCount(lt.measure, c.Measure) && d.sameKind(lt, k, cu, s, cl1) ||
				d.partOf(k, cl0, cl1) && (sameCount(lt.measure, c.Measure) || !d.x.canon[c.Measure])) {
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
		if j := k + 2; cu.tok >= 0 && cu.tok < k && !c.Mutual && j <= s.last && d.toks[k+1].low == "to" {
			// "10 were moved to Russia, 13 to Germany": an item of a list
			// under one verb goes where its own "to" says.
			if d.toks[j].low == "the" && j+1 <= s.last {
				j++
			}
			if p, n, dem := d.partyAt(j); p != "" && !dem && !isIntermediary(p) && (p != c.Subject || c.Confidence.Subject == claims.Defaulted) {
				if p == c.Subject {
					c.Subject = d.counterpart(p) // the side guessed receives here: the other gives
				}
				c.Recipient = p
				b.why("recipient", d.span(j, j+n-1))
			}
		}
		if c.Subject == "" && !c.Mutual && cu.kind == cueGive {
			// "150 more are to be freed" in a story that told "Israel has
			// begun freeing Palestinian prisoners": that release's sides.
			if g, r := d.toldRelease(c.Measure, s.first); g != "" && g != c.Recipient {
				c.Subject = g
				if c.Recipient == "" {
					c.Recipient = r
					if r == "" {
						c.Recipient = d.counterpart(g)
					}
				}
				b.whyText("direction", "the release the story told before with no figure")
				b.defaulted("subject", "recipient")
			}
		}
		if g, gsp, ok := d.relativeCaptor(k, s.last); ok && cu.kind != cueReceive || ok && c.Recipient != g {
			// "Russia wants to swap 40 villagers whom Kyiv captured": the
			// side that holds them gives them, to the other.
			c.Subject, c.Mutual = g, false
			if c.Recipient == g || c.Recipient == "" {
				c.Recipient = d.counterpart(g)
			}
			b.why("subject", gsp)
			b.whyText("subject", "who holds them")
		}
		perfect = d.perfectBefore(cu.tok, s) || d.participleOfPerfect(cu.tok, s)
		switch {
		case f.q.Reciprocal:
			c.Kind = claims.Agreed
			b.why("kind", f.span)
		case d.modal(k, cu, s, b):
			c.Kind = claims.Offered
			if d.underDeal(cu, s) || d.agreedThat(cu, s) {
				c.Kind = claims.Agreed // what a deal says will happen is agreed
			}
		case d.agreed(k, cu, s, cl1, b):
			c.Kind = claims.Agreed
		case d.begunWhole(cu):
			c.Kind = claims.Agreed
			b.why("kind", d.span(cu.tok, cu.tok))
		case cu.tok < k && d.listOf(k, s):
			// "handed over a list of 500 names", "received the first
			// list of 300 prisoners": the list goes across, the people
			// on it are proposed.
			c.Kind = claims.Offered
			b.why("kind", d.span(k-2, k-2))
		default:
			c.Kind = claims.Completed
			b.why("kind", d.span(cu.tok, cu.tok))
		}
	} else if whole.ok {
		c.Measure = whole.measure
		c.Kind, c.Subject, c.Recipient, c.Mutual = whole.kind, whole.subject, whole.recipient, whole.mutual
		b.inherit(whole)
		b.whyText("kind", "part of the people of the transfer before")
		// "… included 13 Israelis and 10 people from Thailand": each part
		// goes to its own side.
		own, osp := d.owner(k, cl1, whole.subject, c.Speaker)
		if own == "" {
			own, osp = d.partyAfter("from", k+1, min(cl1, k+6))
		}
		if own != "" && own != whole.subject && !isIntermediary(own) {
			c.Recipient = own
			b.why("recipient", osp)
		}
	} else if lt := d.lastTransfer; lt.ok && d.paraOf[si]-lt.para <= 1 &&
		(captiveMeasure(lt.measure) || lt.measure == "hostages" || lt.measure == "bodies") &&
		((sameCount(lt.measure, c.Measure) || !d.x.canon[c.Measure]) && (d.partOf(k, cl0, cl1) || d.partSent == si+1 && k > 0 && d.toks[k-1].low == "another") ||
			(c.Measure == "arrests" || c.Measure == "detained" || c.Measure == lt.measure) && lt.measure != "bodies" && d.passiveAfter(k, cl1)) {
		// A part of a transfer told before: "Of the 14 foreigners, six were
		// Lithuanian citizens", "eight of the returnees are civilians";
		// and what had been done to the people freed: "14 had been
		// detained for protesting", "seven were deported", "twelve had
		// been held for a year" are prisoners of the release.
		c.Measure = lt.measure
		c.Kind, c.Subject, c.Recipient, c.Mutual = lt.kind, lt.subject, lt.recipient, lt.mutual
		b.inherit(lt)
		b.whyText("kind", "part of the transfer before")
		d.partSent = si + 1 // "71 were sentenced to life, while another 60 …": the next item is a part too
	} else if lt, ok := d.sameFigure(k, f, c.Measure, d.paraOf[si]); ok {
		// "\"146 heroes,\" she wrote" after 146 were handed back: the
		// same handover.
		c.Measure = lt.measure
		c.Kind, c.Subject, c.Recipient, c.Mutual = lt.kind, lt.subject, lt.recipient, lt.mutual
		b.inherit(lt)
		b.whyText("direction", "the transfer of the same figure told before")
		// The story is back at that transfer: "… adding that half of
		// those returned were medics" counts a part of it, not of the
		// transfer told in between.
		lt.para = d.paraOf[si]
		d.lastTransfer = lt
	} else if lt, ok := d.partsOfTransfer(k, s, d.paraOf[si]); ok && (lt.measure == c.Measure || d.mclass(c.Measure)&mcPeople != 0 || d.countsPeople(k, s)) {
		// "Twenty-nine soldiers and three civilians are home" after 32
		// were freed: the parts of that release, its sides (people only:
		// "7 homes and 5 schools were damaged" adds up to nothing freed).
		c.Kind, c.Subject, c.Recipient, c.Mutual = lt.kind, lt.subject, lt.recipient, lt.mutual
		b.inherit(lt)
		b.whyText("kind", "a part of the transfer before, whose figure the sentence's figures add up to")
	} else {
		c.Kind = d.countKind(k, s, cl0, cl1, c.Measure, b)
		d.holderHit, d.placeDefault, d.placeAboard, d.placeOfKin, d.placeNational = false, false, false, false, false
		c.Subject = d.placeFor(k, s, c.Measure, b)
		givers := false // the subject names the givers counted or the holder, no place
		if d.aboard(k) && !d.placeAboard && from == "" {
			// "a bus carrying 30 prisoners left the jail": a handover's
			// convoy, no count of the places on its way.
			if g, r, ok := d.convoySides(k, s, c.Measure); ok {
				c.Subject, c.Recipient, givers = g, r, true
				b.whyText("subject", "the sides of the handover the convoy carries")
				b.defaulted("subject", "recipient")
			}
		}
		if g := d.soleGiver(c.Measure); g != "" && d.placeDefault && c.Measure == "bodies" && !d.heldCount(k, cl0, cl1) {
			// "There are 1,212 bodies in the convoy" in a story where only
			// one side hands bodies over: that side's, to its counterpart.
			if r := d.counterpart(g); r != "" {
				c.Subject, c.Recipient, givers = g, r, true
				b.whyText("subject", "the only side the story has seen give them")
				b.defaulted("subject", "recipient")
			}
		}
		if v := k - 1; v > s.first && d.lx.capture[d.toks[v].low] && d.gram(v-1)&(gBe|gHave) == 0 && f.q.Unit != claims.Percent &&
			c.Measure != "seats" && c.Measure != "votes" && from == "" {
			// "…, capturing 30 fighters": those taken are the captor's.
			if h, hsp := d.agentBefore(v, s, c.Speaker); h != "" && d.isParty(h) {
				c.Subject = h
				b.why("subject", hsp)
				b.whyText("subject", "who took them captive")
			}
		}
		if h, hsp, ok := d.capturedAfter(k, s); ok && from == "" && f.q.Unit != claims.Percent {
			// "six Georgian sailors had been taken prisoner": their
			// captor's, the other side when no one is named.
			c.Subject = h
			b.why("subject", hsp)
			b.whyText("subject", "who took them captive")
		}
		if h, hsp, _ := d.heldAfter(k); h != "" && from == "" {
			// "… are still being held by the rebels": the holder's.
			c.Subject = h // and where they are, for the parts told after
			b.why("subject", hsp)
			b.whyText("subject", "who holds them")
		} else if h, hsp, ok := d.heldWholeOf(k); ok && from == "" {
			// "40 were being held in Moscow, including 12 officers": the
			// parts are held by the whole's holder, not the place of
			// their own capture.
			c.Subject = h
			b.why("subject", hsp)
			b.whyText("subject", "who holds the whole they are part of")
		}
		if h, hsp, ok := d.relativeHolder(k); ok && from == "" {
			// "Hamas, which still holds 59 hostages": the holder's.
			c.Subject, givers = h, true
			b.why("subject", hsp)
		}
		if from != "" {
			// A distance is between the place it places (the one its
			// clause names, when another) and the place it is measured from.
			b.why("recipient", fromSp)
			if c.Subject == "" || c.Subject == from || d.placeDefault {
				c.Subject = from
			} else {
				c.Recipient = from
			}
		} else if r, rsp, ok := d.grantedTo(k); ok && r != c.Subject {
			// "pledged $20 million in aid to Chile and Peru": who
			// receives what is given, pledged or granted.
			c.Recipient = r
			b.why("recipient", rsp)
		} else if r, rsp, ok := d.givenBy(k); ok && c.Measure != "" {
			// "64 countries have sent rescue teams to Chile": the counted
			// give, the one after "to" receives.
			c.Subject, c.Recipient, givers = c.Measure, r, true
			b.whyText("subject", "the givers counted")
			b.why("recipient", rsp)
		}
		if c.Subject != "" && !d.countSeen && d.placeNational && d.firstPlace == "" && d.x.countries[c.Subject] && f.q.Unit != claims.Percent {
			// "Nearly 2 million marched nationwide", "…, and 570,000
			// according to the interior ministry": the story counts the
			// whole country first, and a figure of a later paragraph that
			// names no place is the country's, not the first town's.
			d.firstNational = c.Subject
		}
		if c.Subject != "" && f.q.Unit != claims.Percent {
			d.countSeen = true
		}
		if c.Subject != "" && !givers && !d.holderHit && !d.placeDefault && !d.placeAboard && !d.placeOfKin && c.Measure != "votes" && c.Measure != "seats" && f.q.Unit != claims.Percent &&
			!d.partOf(k, cl0, cl1) && !d.bracketAfterFigure(k) { // "including 90,000 in Rome", "(95,000 in Rome)": a part's place is not the story's
			d.lastPlace, d.lastPlacePara, d.lastPlaceTok = c.Subject, d.paraOf[si], k
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
		if j, ok := d.stillHeldIn(k, cl0, cl1, c.Measure); ok && c.Kind == claims.Completed {
			c.Kind = claims.Estimated // "the militia still holds 2,300 people"
			b.why("kind", d.span(j, j))
		}
	}
	if c.Measure == "" && cu.tok < 0 {
		// People that no verb names and nothing is handed over: counted
		// as what they are ("250 migrants", "1,320 families").
		if w, i := d.personNoun(k, s); w != "" {
			c.Measure = w
			b.why("measure", d.span(i, i))
			if !d.partSetIn(si, cl0) {
				d.lastMeasure, d.lastMeasureKey, d.lastMeasureSent = w, key, si // "141,000 rescue workers …, 7,000 of them"
			}
		}
	}
	if d.bringsTotal(k, cl0) {
		// "…, bringing the total number of people freed to 4,000": the
		// running total of the transfer just told.
		c.Scope = claims.Total
		if lt := d.lastTransfer; lt.ok && sameCount(lt.measure, c.Measure) && d.paraOf[si]-lt.para <= 1 {
			c.Subject, c.Recipient, c.Kind, c.Mutual = lt.subject, lt.recipient, lt.kind, lt.mutual
		}
	}

	if cu.tok >= 0 && c.Subject != "" && c.Measure != "" && !c.Mutual && c.Confidence.Subject != claims.Defaulted {
		d.noteGiver(c.Measure, c.Subject)
	}
	prevT := d.lastTransfer
	if cu.tok >= 0 && !partOfLast {
		d.lastTransfer = transfer{ok: true, measure: c.Measure, kind: c.Kind, subject: c.Subject, recipient: c.Recipient,
			mutual: c.Mutual, para: d.paraOf[si], cue: cu.tok, guessed: c.Confidence.Subject == claims.Defaulted,
			subjConf: c.Confidence.Subject, recipConf: c.Confidence.Recipient}
		d.noteFigure(d.lastTransfer, f)
		if captiveMeasure(c.Measure) && d.noncombatant(k, s) {
			// The civilians of a prisoner swap are a part of it, counted as
			// what they are (the transfer stays one of prisoners).
			c.Measure = "civilians"
			b.whyText("measure", "civilians handed over are counted as civilians")
		}
	}

	// Scope: a running total, or one event.
	date, dsp, hasDate := d.figureDate(si, s, k, cl0, cl1, c)
	prevFig := d.prevDate
	if !(d.prevDate.ok && d.prevDate.sent == si && d.inOtherWords(k, s)) {
		// A figure told again in other words leaves the one it restates as
		// the figure before: "… or one in 35 people. 59 percent of the
		// deaths …" are as of the first.
		d.prevDate = datedFigure{ok: hasDate, sent: si, quote: d.toks[k].quote, p: date, sp: dsp, measure: c.Measure}
	}
	var evSp claims.Span
	oneEvent := false
	if perfect && cu.tok >= 0 && c.Kind == claims.Completed {
		evSp, oneEvent = d.oneHandover(cu, k, cl0, cl1, s, date, dsp, hasDate)
	}
	if sp, ok := d.totalWords(s, k); ok && !(d.lx.measureClass[c.Measure]&mcResult != 0 && d.sumOnly(sp)) {
		c.Scope = claims.Total
		b.why("scope", sp)
	} else if oneEvent {
		c.Scope = claims.Event
		b.why("scope", evSp)
	} else if perfect && (c.Kind == claims.Completed || c.Kind == claims.Estimated && d.lx.measureClass[c.Measure]&mcCrowd == 0) {
		c.Scope = claims.Total
		b.whyText("scope", "present perfect")
	} else if cu.tok < 0 && d.numberChanged == k+1 && d.toks[k-1].low == "by" {
		// "cut the number of people missing by 14": the amount of a
		// change, neither a running total nor one event.
	} else if cu.tok < 0 && d.tollScope(c.Measure, k, cl0, cl1) {
		c.Scope = claims.Total
		b.whyText("scope", "a toll is a running total")
		if d.sighted(k) {
			// "I saw six bodies by the road": what one witness saw may
			// be the toll or a part of it; the words do not say.
			_ = c.Confidence.Set("scope", claims.Inferred)
			b.whyText("scope", "the figure is what its speaker saw")
		}
		if hasDate && date.To.IsValid() && date.From != date.End() && date.From.AddDays(14).Compare(date.End()) >= 0 {
			// "rescued 2,000 over the weekend": a count of a few days of
			// its own, which may be those days' alone.
			_ = c.Confidence.Set("scope", claims.Inferred)
			b.whyText("scope", "the figure counts a few days of its own")
		}
	} else if cu.tok < 0 && d.numberChanged == k+1 {
		c.Scope = claims.Total
		b.whyText("scope", "a number raised or cut is a running total")
	} else if hasDate && c.Kind == claims.Completed && date.To.IsValid() &&
		(cu.tok >= 0 && date.From.AddDays(2).Compare(date.End()) <= 0 || date.From.AddDays(27).Compare(date.End()) <= 0 && d.sumOfCount(c, k, cl0, cl1)) {
		// "In June, Russia handed over 6,060 bodies", "between 11 and 16
		// June, Ukraine received 6,057 bodies", "1,600 applications in the
		// first four months of the year": the sum of the period's handovers
		// (three days or more) or of a month's count, a running total over
		// it.
		c.Scope = claims.Total
		b.why("scope", dsp)
	} else if cu.tok < 0 && c.Kind == claims.Completed && (!hasDate || date.End() != date.From) && d.sumOfCount(c, k, cl0, cl1) &&
		(d.manyDays(s, k) || d.longPeriod(s, k)) {
		// "in the past three days, 8,100 landed", "so far this year":
		// a count over many days is their sum.
		c.Scope = claims.Total
		b.whyText("scope", "a count over many days")
	} else if hasDate && c.Scope != claims.Total && (c.Kind == claims.Completed || c.Kind == claims.Estimated) {
		c.Scope = claims.Event
		b.why("scope", dsp)
	}

	if cu.tok >= 0 && c.Scope == "" && !hasDate && c.Kind == claims.Completed && prevT.ok && prevT.scope == claims.Total &&
		prevT.para == d.paraOf[si] && sameCount(prevT.measure, c.Measure) && prevT.subject == c.Recipient && prevT.recipient == c.Subject && d.answering(s) {
		// "Moscow has handed over 6,000 bodies. … In return, it got 70
		// back": what answers a running total is one too.
		c.Scope = claims.Total
		_ = c.Confidence.Set("scope", claims.Inferred)
		b.whyText("scope", "the running total it answers")
	}
	if d.lastTransfer.ok && d.lastTransfer.cue == cu.tok && cu.tok >= 0 {
		d.lastTransfer.scope = c.Scope
	}
	d.asOf(c, b, figureAt{si: si, s: s, k: k, cl0: cl0, cl1: cl1, perfect: perfect, when: when, date: date, dsp: dsp, hasDate: hasDate, prev: prevFig})
	if cu.tok >= 0 {
		d.counterpartDay(c, b, si, s)
	}
	return b.c, true
}

func isConjunction(w string) bool {
	switch w {
	case "and", "while", "but", "whereas", "where", "as", "though", "although", "which", "who", "when", "after", "before", "since", "because":
		return true
	}
	return false
}

// lastTokenOf returns the last token of the span sp.
func (d *document) lastTokenOf(sp claims.Span) int {
	i := d.tokenAt(sp.End)
	if i > 0 && d.toks[i].start >= sp.End {
		i--
	}
	return i
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

// hurtPeople reports a figure at k followed by words of their hurt and
// then a noun of people: "300 wounded or sick soldiers", "40 injured
// servicemen" — the people, said how they are.
func (d *document) hurtPeople(k int, s sentence) bool {
	hurt := false
	for j := k + 1; j <= s.last && j <= k+4; j++ {
		t := &d.toks[j]
		switch {
		case t.kind != tWord:
			return false
		case t.low == "or" || t.low == "and":
		case t.cls&cPerson != 0:
			return hurt
		case d.lx.measureClass[d.measureAtWord(j)]&mcToll != 0:
			hurt = true
		case hurt && d.toks[j-1].kind == tWord && (d.toks[j-1].low == "or" || d.toks[j-1].low == "and") && d.cls(j)&cBreaker == 0:
			// "wounded or sick": another word of their state
		default:
			return false
		}
	}
	return false
}

// measureAtWord returns the measure the word at j names, or "".
func (d *document) measureAtWord(j int) string {
	m, _ := d.measureAt(j)
	return m
}

// sighted reports a figure that is the object of a verb of seeing ("I
// saw six bodies"), its subject a person or a pronoun: what a witness saw.
// A time or a place that "saw" the figure ("last year saw 1,200 deaths")
// only tells when or where it was.
func (d *document) sighted(k int) bool {
	if r, _ := d.roleOf(k); r != roleObject {
		return false
	}
	c := &d.clist[d.clauseAt(k)]
	if c.verb1 < 0 || !d.lx.sighting[d.toks[c.verb1].low] {
		return false
	}
	a, z := int(c.subj0), int(c.subj1)
	if a < 0 || z >= int(c.verb1) {
		a, z = int(c.verb1)-1, int(c.verb1)-1 // no subject read: the word before the verb ("… I saw")
	}
	for i := a; i <= z && i >= 0; i++ {
		t := &d.toks[i]
		if t.kind != tWord || d.cls(i)&cDate != 0 {
			continue
		}
		if d.cls(i)&(cPronoun|cPerson|cTitle) != 0 || d.personLike(t.low) {
			return true // "I saw", "a farmer saw", "witnesses saw"
		}
		if p, _, _ := d.partyAt(i); t.capital && p == "" && i > d.sents[d.sentOf[i]].first {
			return true // a name: "Ruiz saw"
		}
	}
	return false
}
