package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// The scope stage: whether a figure is a running total ("so far", "in
// total", "since 2022", "bringing the total to", the present perfect of a
// count, a count over a month or many days: "2,400 claims in April"), one
// event, or a part of a whole told before it ("including 51 children", "of
// them", "of which", the items after "including").

// partOf reports a figure that breaks down a group told before: "Of the
// 14 foreigners, six were Poles", "among them 40 women", "including 12
// children", "eight of the returnees are civilians".
func (d *document) partOf(k, cl0, cl1 int) bool {
	if d.listedAfterIncluding(cl0) {
		return true // "including soldiers, border guards, and two civilians"
	}
	for j := cl0; j < k; j++ {
		switch d.toks[j].low {
		case "among":
			if !d.wholeAfter(j, k) {
				return true
			}
		case "including", "includes", "included":
			return true
		case "of":
			if j == d.sents[d.sentOf[k]].first {
				return true // "Of the 14 foreigners, six …"
			}
		}
	}
	if k+2 <= cl1 && d.toks[k+1].low == "of" && (d.toks[k+2].low == "them" || d.toks[k+2].low == "whom" || d.toks[k+2].low == "which" || d.toks[k+2].low == "the" || d.toks[k+2].low == "those") {
		return true
	}
	for j := k + 2; j <= cl1; j++ {
		if d.toks[j].low == "alone" && d.toks[j-1].capital {
			return true // "1,400 died in Chile alone": one place's share of a wider toll
		}
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

// bracketAfterFigure reports a figure in brackets set right after another
// figure's noun phrase: "1.4 million marchers (95,000 in Rome)", a part
// of the count before it.
func (d *document) bracketAfterFigure(k int) bool {
	first := d.sents[d.sentOf[k]].first
	l := k - 1
	for l > first && d.toks[l].low != "(" && d.toks[l].low != ")" {
		l--
	}
	if l <= first || d.toks[l].low != "(" {
		return false
	}
	for j := l - 1; j >= first && j >= l-4; j-- {
		switch t := &d.toks[j]; {
		case t.kind == tFig:
			return d.figs[t.fig].claim
		case t.kind != tWord || t.capital || d.cls(j)&cBreaker != 0:
			return false
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
		if d.toks[j].gram&gBring != 0 { // the lexicon's bringing
			for i := j + 1; i < k && i <= j+4; i++ {
				if w := d.toks[i].low; w == "total" || w == "number" || w == "toll" || w == "tally" || w == "count" {
					return true
				}
			}
		}
	}
	return false
}

// sumOfCount reports a count at k that adds up over the period it is told
// of, as a running total does: a whole count of people or things ("2,400
// claims in April", "8,100 landed in the past three days"); not a share, a
// vote's result ("58 percent of the vote in December") or a part of a whole
// ("of whom 40 in May").
func (d *document) sumOfCount(c *claims.Claim, k, cl0, cl1 int) bool {
	return c.Quantity.Unit == claims.Count && d.mclass(c.Measure)&mcResult == 0 && !d.partOf(k, cl0, cl1)
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

// longPeriod reports a count over a month or more told in k's sentence,
// on the same side of any quotation mark: "so far this year", "in the
// past 12 months", "last year"; not a period after a "than" that follows
// the figure, which tells what it is compared with ("more than any other
// month this year").
func (d *document) longPeriod(s sentence, k int) bool {
	for j := s.first + 1; j <= s.last; j++ {
		if d.toks[j].quote != d.toks[k].quote {
			continue
		}
		if j > k && d.toks[j].low == "than" {
			break
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

// sumOnly reports running-total words at sp that only add up ("a total
// of", "in all"): of a vote's result, the whole count, which goes on
// growing no more than the result does.
func (d *document) sumOnly(sp claims.Span) bool {
	i := d.tokenAt(sp.Start)
	j := i
	for j < len(d.toks) && d.toks[j].end <= sp.End {
		j++
	}
	return i >= 0 && d.lx.sumTotal[string(d.key(i, j))]
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
			if n == 1 && d.toks[i].low == "since" && d.sinceCompares(i) {
				continue // "the highest since 1997", "the largest swap since the war began": a comparison, not a period counted
			}
			if n == 1 && (d.toks[i].low == "through" || d.toks[i].low == "thru") && !d.throughDay(i, last) {
				continue // "travelled through Libya": a way, no period counted
			}
			found = n
		}
	}
	d.tcache[i] = uint8(found + 1)
	return found
}

// sinceCompares reports a "since" at token i after a superlative in the
// noun phrase before it ("the highest since 1997", "the largest swap since
// the war began", "its first exchange of bodies since", "the worst since
// records began"): a comparison with the past, where "Since January 12,
// 79,000 …" opens the period a running total counts over.
func (d *document) sinceCompares(i int) bool {
	s := d.sents[d.sentOf[i]]
	for j := i - 1; j > s.first && j >= i-5; j-- {
		w := d.toks[j].low
		if superlatives[w] {
			return true
		}
		if len(w) > 4 && strings.HasSuffix(w, "est") && d.isDet(j-1) {
			return true
		}
		if d.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// perfectBefore reports a present or past perfect before the verb at v:
// "have returned", "has been returned", "has so far received".
func (d *document) perfectBefore(v int, s sentence) bool {
	return d.perfectAux(v, s) >= 0
}

// participleOfPerfect reports a transfer told by a participle in -ing at v
// that hangs on an earlier transfer of its sentence told in the perfect:
// "have sent back 5,000 bodies, while getting only 40 in return" gives two
// running totals, the participle taking the tense of the verb it follows.
func (d *document) participleOfPerfect(v int, s sentence) bool {
	if v <= s.first || !strings.HasSuffix(d.toks[v].low, "ing") || d.cls(v-1)&cAux != 0 || d.toks[v-1].gram&gBe != 0 {
		return false
	}
	q := d.toks[v].quote
	for j := v - 1; j >= s.first && d.toks[j].quote == q; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			continue
		}
		if d.cueAt(j, s.last) != 0 && !d.isNoun(j, s) {
			return d.perfectBefore(j, s)
		}
		if (strings.HasSuffix(t.low, "ed") || isIrregularPast(t.low)) && d.perfectBefore(j, s) {
			return true // "has kept its word, handing over 6,000 bodies"
		}
	}
	return false
}

// perfectAux returns the auxiliary ("have", "has", "had") of a perfect
// before the verb at v, or -1.
func (d *document) perfectAux(v int, s sentence) int {
	for j := v - 1; j >= s.first && v-j <= 4; j-- {
		if w := d.toks[j].low; perfectAuxes[w] {
			return j
		} else if perfectFillers[w] {
			continue
		}
		if d.toks[j].kind != tWord {
			return -1
		}
		if j < v-1 {
			return -1
		}
	}
	return -1
}

// manyDays reports a stretch of many days in k's sentence, on the same
// side of any quotation mark: "over the last few weeks", "in recent
// days", "in the past three weeks".
func (d *document) manyDays(s sentence, k int) bool {
	for j := s.first + 1; j <= s.last; j++ {
		t := &d.toks[j]
		if t.quote != d.toks[k].quote {
			continue
		}
		noun := spanNouns[t.low]
		if t.kind == tFig && d.figs[t.fig].class == numbers.Duration {
			noun = spanNouns[d.figs[t.fig].unit] || spanNouns[d.figs[t.fig].unit+"s"] // "the past three weeks"
		}
		if !noun {
			continue
		}
		for i := j - 1; i >= s.first && i >= j-2; i-- {
			if spanLeads[d.toks[i].low] {
				return true
			}
		}
	}
	return false
}

// oneHandover reports a transfer told in the perfect that its clause ties
// to a single exchange, and so is one event rather than a running total:
//   - reported speech shifts a plain past back to a past perfect, so "had"
//     and one day in its sentence ("said on Tuesday that 40 had come
//     home") is one handover;
//   - "has" and "have" are one handover when the figure's own clause names
//     what came back for it, the swap it was part of, or one day ("has
//     received 19 on Thursday").
//
// A count over a long period or many days, a day it holds by ("by June 14, 4,800 had
// been repatriated") or no cue at all stays a running total; so does a day
// that only dates the statement ("said on Tuesday that 3,400 have come
// home"). Words of a total ("so far", "since") are read before this.
func (d *document) oneHandover(cu cue, k, cl0, cl1 int, s sentence, date claims.Period, dsp claims.Span, hasDate bool) (claims.Span, bool) {
	a := d.perfectAux(cu.tok, s)
	if a < 0 || d.longPeriod(s, k) {
		return claims.Span{}, false
	}
	oneDay := hasDate && date.End() == date.From && !d.asOfMarked(d.tokenAt(dsp.Start), s)
	if d.toks[a].low == "had" {
		// Not a day the figure holds as of: "by June 14, 4,800 had
		// been repatriated" is a running total.
		return dsp, oneDay
	}
	if d.manyDays(s, k) {
		return claims.Span{}, false // "over the last few weeks", "in recent days"
	}
	if j := d.tokenAt(dsp.Start); oneDay && j >= cl0 && j <= cl1 && d.clauseAt(j) == d.clauseAt(cu.tok) {
		return dsp, true // "has received 19 on Thursday", not "said on Tuesday that 19 have come home"
	}
	for j := a - 1; j >= s.first+1 && j >= a-6; j-- {
		if d.toks[j].low == "in" && counterpartWords[d.toks[j+1].low] && j+2 < a && d.toks[j+2].low == "," {
			return d.span(j, j+1), true // "Kyiv, in turn, has handed over 19": the other side of the handover told
		}
	}
	if j := k - 1; j >= cl0 && d.toks[j].kind == tWord && batchWords[d.toks[j].low] {
		return d.span(j, j), true // "has handed over another 1,000": the latest batch
	}
	return d.oneExchange(cu.tok, k, cl0, cl1)
}

// oneExchange finds, in the clause of the transfer's verb v between cl0
// and cl1, the words that make a transfer one exchange: "in return for",
// "in a swap", "in the latest swap", "the third exchange".
func (d *document) oneExchange(v, k, cl0, cl1 int) (claims.Span, bool) {
	q, cl := d.toks[k].quote, d.clauseAt(v)
	for i := cl0; i <= cl1; i++ {
		t := &d.toks[i]
		if t.quote != q || d.clauseOf[i] != int32(cl) {
			continue
		}
		if t.kind == tWord && (t.low == "in" || t.low == "as") {
			for n := 5; n >= 2; n-- {
				if i+n-1 <= cl1 && oneExchangeWords[string(d.key(i, i+n))] {
					return d.span(i, i+n-1), true
				}
			}
		}
		if !exchangeNouns[t.low] || i == cl0 {
			continue
		}
		p := i - 1
		if exchangeKinds[d.toks[p].low] {
			p-- // "the latest prisoner swap"
		}
		if p < cl0 {
			continue
		}
		if pt := &d.toks[p]; occasionWords[pt.low] || pt.kind == tFig && d.figs[pt.fig].class == numbers.Ordinal {
			return d.span(p, i), true
		}
	}
	return claims.Span{}, false
}

// perfectAround reports a perfect in the words after a counted figure:
// "95 people have died", "the toll has risen to 211".
func (d *document) perfectAround(k int, s sentence) bool {
	from := max(s.first, k-6)
	for j := k - 1; j >= from; j-- {
		if w := d.toks[j].low; w == "that" || d.cls(j)&cSpeech != 0 && w != "according" {
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

// wholeAfter reports a figure at k right after "among" at j, past
// determiners and words of quantity: the whole that the people before
// "among" are a part of ("150 women among thousands of detainees", "among
// the 40 dead"), not a part itself ("among them 12 children").
func (d *document) wholeAfter(j, k int) bool {
	for i := j + 1; i < k; i++ {
		if w := d.toks[i].low; !isArticle(w) && !isNumberModifier(w) || w == "them" {
			return false
		}
	}
	return true
}

// throughDay reports a "through" at token i that ends the period a running
// total counts over: before a date ("through 27 June") or the first or
// last part of one ("through the first six weeks of 2018", "through the
// end of May").
func (d *document) throughDay(i, last int) bool {
	j := i + 1
	if j > last {
		return false
	}
	if _, _, ok := d.dateAt(j); ok {
		return true
	}
	if j+1 <= last && d.toks[j].low == "the" {
		switch d.toks[j+1].low {
		case "first", "end", "close", "start":
			return true
		}
	}
	return false
}

// includedAfterCue reports a verb of inclusion between the cue at c and
// the figure at k, the cue not being its clause's verb: "the freed
// hostages included 13 Israelis" counts a part of the people the cue
// tells of.
func (d *document) includedAfterCue(c, k int) bool {
	if int(d.clist[d.clauseAt(c)].verb1) == c {
		return false
	}
	for j := c + 1; j < k; j++ {
		if d.boundary(j) {
			return false
		}
		if inclusionVerbs[d.toks[j].low] {
			return true
		}
	}
	return false
}
