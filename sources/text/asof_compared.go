package text

import (
	"github.com/crosscheck/crosscheck/claims"
)

// The date of a figure that a sentence compares another with, part of the
// date stage (asof.go): the earlier level of "1.2 million, up from 1
// million a week earlier", "450 on Monday, against 300 in the previous
// count", "rose from 300 to 450". Such a figure is a claim of its own, of
// another day than the figure it is compared with (its head): a day its
// own words give ("against 65,000 on 19 January"), counted from the head's
// day when they give an offset ("a week earlier" is a week before the
// head's day, not before the last date the text named), the start of the
// period the change is told over ("has risen from 200,000 to 350,000 since
// December"), and else a day before the head's, inferred: never the
// head's own day, which would set the two levels against each other as
// two counts of one day.

// comparedHead returns the figure that figure k is compared with, in its
// sentence: the later level after "to" ("rose from 300 to 450"), or the
// figure before it that "up from", "down from", a verb of change and
// "from", or a word of comparison ("against", "compared with", "than the",
// "double the") sets it against; or, after "and", the compared figure
// just before it.
func (d *document) comparedHead(k int, s sentence) (int, bool) {
	p := k - 1
	if p > s.first && d.toks[p].low == "the" {
		p-- // "than the 15,000", "double the 61"
	}
	if p < s.first {
		return 0, false
	}
	q := d.toks[k].quote
	switch w := d.toks[p].low; {
	case w == "from":
		if !d.changeBefore(p, s) && !d.changedFigureBefore(k, s) {
			return 0, false
		}
		if k+2 <= s.last && d.toks[k+1].low == "to" && d.claimFig(k+2) && d.toks[k+2].quote == q {
			return k + 2, true // "rose from 300 to 450"
		}
	case comparisonWords[w] || comparedMultiples[w]:
		if _, ok := d.chargedAt(k, s); ok {
			return 0, false // "charges against 26": those charged, set against nothing
		}
	case (w == "with" || w == "to") && p-1 >= s.first && d.toks[p-1].low == "compared":
	case w == "and" && p == k-1:
		// "compared with 198 a day earlier and 150 on Friday", "up from
		// 254 on Wednesday and 198 a day earlier": a level before the
		// compared figure just told, and counted from its day.
		for j := p - 1; j >= s.first && j >= p-8; j-- {
			if d.claimFig(j) {
				if j+1 < p && d.toks[j+1].low == "to" {
					return 0, false
				}
				if h, ok := d.comparedHead(j, s); ok && h < j {
					return j, true
				}
				return 0, false
			}
		}
		return 0, false
	default:
		return 0, false
	}
	for h := p - 1; h >= s.first && h >= p-20; h-- {
		t := &d.toks[h]
		if t.quote != q || t.kind == tPunct && (t.low == ";" || t.low == ":") {
			break
		}
		if d.claimFig(h) {
			return h, true
		}
	}
	return 0, false
}

// claimFig reports a figure at token i that may be a claim.
func (d *document) claimFig(i int) bool {
	t := &d.toks[i]
	return t.kind == tFig && d.figs[t.fig].claim
}

// changeBefore reports a verb of change, or "up" or "down", before the
// "from" at token p, past adverbs: "rose from", "fell sharply from", "up
// from", "went up from".
func (d *document) changeBefore(p int, s sentence) bool {
	for i := p - 1; i >= s.first && i >= p-3; i-- {
		w := d.toks[i].low
		if d.lx.change[w] || w == "up" || w == "down" {
			return true
		}
		if d.toks[i].kind != tWord || !changeAdverbs[w] && !isAdverb(w) {
			return false
		}
	}
	return false
}

// changedFigureBefore reports a figure before k in its clause that a verb
// of change leads to: "rose to 87 on Thursday from 64".
func (d *document) changedFigureBefore(k int, s sentence) bool {
	c0, _ := d.clause(s, k)
	for h := k - 2; h >= c0; h-- {
		if !d.claimFig(h) {
			continue
		}
		for i := h - 1; i >= c0 && i >= h-3; i-- {
			if d.lx.change[d.toks[i].low] {
				return true
			}
		}
		return false
	}
	return false
}

// isAdverb reports a word in -ly: "sharply", "slightly".
func isAdverb(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

// ownDatePhrase returns the tokens after figure k that tell of it alone:
// up to the next figure that is a claim, the end of its clause or its
// sentence.
func (d *document) ownDatePhrase(k int, s sentence) (int, int) {
	_, c1 := d.clause(s, k)
	e := k
	for e+1 <= c1 && !d.claimFig(e+1) {
		e++
	}
	return k + 1, e
}

// comparedDates dates the figures of sentence s (claims out, in order)
// that a comparison sets against another figure of the sentence, by the
// day of that figure.
func (d *document) comparedDates(out []claims.Claim, s sentence) {
	if len(out) < 2 {
		return
	}
	for i := range out {
		c := &out[i]
		if c.Kind == claims.Withheld || !c.Quantity.IsValid() {
			continue
		}
		k := d.tokenAt(c.QuantitySpan.Start)
		if k < s.first || k > s.last {
			continue
		}
		h, ok := d.comparedHead(k, s)
		if !ok {
			continue
		}
		var head *claims.Claim
		for j := range out {
			if j != i && d.tokenAt(out[j].QuantitySpan.Start) == h {
				head = &out[j]
			}
		}
		if head == nil {
			continue
		}
		d.compareMeasure(c, head, k, s)
		d.compareKind(c, head, k, s)
		if !head.AsOf.IsZero() && !d.projected(k, s) {
			d.compareDate(c, head, k, s)
		}
	}
}

// compareDate dates c, the figure at token k of sentence s, by head, the
// figure it is compared with.
func (d *document) compareDate(c, head *claims.Claim, k int, s sentence) {
	a, e := d.ownDatePhrase(k, s)
	for j := a; j <= e; j++ {
		if !d.toks[j].mayBeDate() {
			continue
		}
		if d.offsetEnd(j) {
			// "up from 1 million a week earlier": a week before the
			// head's day.
			if off, start, ok := d.offsetAt(j); ok {
				sp := d.span(start, j)
				d.setCompared(c, off.shift(head.AsOf), head.Confidence.AsOf, d.text[sp.Start:sp.End])
			}
			return
		}
		if p, sp, ok := d.dateAt(j); ok {
			// "against 65,000 on 19 January", "doubled to 800 from 400 on
			// Friday, the ministry said on Tuesday": its own day, and a
			// weekday the last before the head's.
			if _, wd := weekdays[trimPossessive(d.toks[j].low)]; wd && p.To.IsZero() {
				for n := 0; n < 8 && p.From.Compare(head.AsOf.From) > 0; n++ {
					p = claims.On(p.From.AddDays(-7))
				}
			}
			d.setCompared(c, p, claims.Explicit, d.text[sp.Start:sp.End])
			return
		}
	}
	if c.AsOf.IsZero() || c.AsOf.End().Compare(head.AsOf.From) < 0 {
		return // of a day before the head's already
	}
	for j := s.first + 1; j <= s.last; j++ {
		if withinDay[d.toks[j].low] && !d.dayNamed(j-1) {
			// "grew from 40,000 to 65,000 as the evening wore on": one
			// day's (not "said on Friday morning").
			return
		}
	}
	if d.toks[k-1].low != "from" && !d.earlierIn(a, e) {
		// "550,000 by the unions' count, against 112,000 by the
		// police's", "56% of the vote, against 41% for the runner-up":
		// two counts of one day set side by side.
		return
	}
	ref := head.AsOf.From
	for j := s.first; j <= s.last; j++ {
		if !d.toks[j].mayBeDate() || j >= a && j <= e {
			continue
		}
		p, sp, ok := d.dateAtOnly(j)
		switch {
		case !ok:
		case d.inSince(j):
			if d.toks[k-1].low != "from" {
				continue // "Since January, 12,500 …, against 9,800 …": the head's period
			}
			// "has risen from 200,000 to 350,000 since December": the
			// level the period started at.
			if p.End().Compare(head.AsOf.End()) < 0 {
				d.setCompared(c, p, claims.Explicit, d.text[sp.Start:sp.End])
				return
			}
		case p.From.Compare(ref) < 0:
			// "Turnout in Sunday's election reached 68%, down from 72%":
			// before the day of the event the head is of.
			ref = p.From
		}
	}
	d.setCompared(c, claims.On(ref.AddDays(-1)), claims.Inferred, "a day before the figure it is compared with")
}

// dayNamed reports a word at token j that names a day: "Friday", "this",
// "yesterday" before "morning".
func (d *document) dayNamed(j int) bool {
	w := trimPossessive(d.toks[j].low)
	_, wd := weekdays[w]
	return wd || dayWords[w] || w == "this" || w == "last" || w == "tomorrow"
}

// earlierIn reports a word among tokens [a, e] that places a figure
// before another: "in the previous count", "at the last election".
func (d *document) earlierIn(a, e int) bool {
	for j := a; j <= e; j++ {
		if priorWords[d.toks[j].low] {
			return true
		}
	}
	return false
}

// compareMeasure gives c, the figure at token k compared with head, the
// head's measure when no noun of its own follows it: "took 112 seats in
// the vote, up from 87 five years ago" counts seats, not the votes named
// nearer.
func (d *document) compareMeasure(c, head *claims.Claim, k int, s sentence) {
	if head.Measure == "" || c.Measure == head.Measure || c.Quantity.Unit != head.Quantity.Unit {
		return
	}
	if n := k + 1; n <= s.last && d.toks[n].kind == tWord && d.cls(n)&cBreaker == 0 {
		return // "against 112,000 police": a noun of its own
	}
	c.Measure = head.Measure
	_ = c.Confidence.Set("measure", claims.Inferred)
	d.inferredReason(c, "measure", "the measure of the figure it is compared with")
}

// compareKind reads c, the figure at token k compared with head, as done
// when only the head is offered: "will hand over 1,200 bodies, compared
// with 900 on 2 June" (but "up from 900 it offered last week" is an
// offer of its own).
func (d *document) compareKind(c, head *claims.Claim, k int, s sentence) {
	if c.Kind != claims.Offered || head.Kind != claims.Offered || d.projected(k, s) {
		return
	}
	a, e := d.ownDatePhrase(k, s)
	for j := a; j <= e; j++ {
		if d.lx.modal[d.toks[j].low] {
			return
		}
	}
	c.Kind = claims.Completed
	_ = c.Confidence.Set("kind", claims.Inferred)
	d.inferredReason(c, "kind", "the level before an offer it is compared with")
}

// projected reports a change still to come, told from the level it starts
// at: "the toll could rise from 300 to 450" (300 is the level now, of the
// day of the words).
func (d *document) projected(k int, s sentence) bool {
	if d.toks[k-1].low != "from" {
		return false
	}
	c0, _ := d.clause(s, k)
	for j := max(c0, k-6); j < k-1; j++ {
		if projectionWords[d.toks[j].low] {
			return true
		}
	}
	return false
}

// setCompared sets the date of a compared figure, its confidence and the
// reason for it.
func (d *document) setCompared(c *claims.Claim, p claims.Period, conf claims.Confidence, why string) {
	if c.AsOf == p {
		return
	}
	c.AsOf = p
	_ = c.Confidence.Set("as_of", conf)
	d.inferredReason(c, "as_of", why)
}

// inferredReason replaces, when the extractor explains itself, the reasons
// given for field of c with the one words say: a compared figure's field
// read from the figure it is compared with, not from words of its own.
func (d *document) inferredReason(c *claims.Claim, field, words string) {
	if !d.x.opts.Explain {
		return
	}
	rs := c.Reasons[:0]
	for _, r := range c.Reasons {
		if r.Field != field {
			rs = append(rs, r)
		}
	}
	c.Reasons = append(rs, claims.Reason{Field: field, Words: words})
}
