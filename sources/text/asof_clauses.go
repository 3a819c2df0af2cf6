package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// Which date is a figure's, part of the date stage (asof.go): the date
// nearest a figure in its clause, unless a comparison ("against 410,000
// on March 2"), a relative clause ("pupils who were abducted two weeks
// ago") or a participle ("civilians captured in 2022") takes it; dates
// marked "by" or "as of"; offsets from a date named before ("a day
// earlier"); a date said with the verb of speech rather than of the
// figure.

// comparedFigure reports a clause [c0, c1] that holds a figure other than
// k set against another by a comparison: a date there is that figure's.
// The date of a clause that tells more of the same event ("protested … on
// Sunday, while there were 11,000 in Burgos", "took place on August 19,
// with Ukraine handing over 19") governs the whole sentence.
func (d *document) comparedFigure(c0, c1, k int) bool {
	fig, cmp := false, false
	for i := c0; i <= c1; i++ {
		t := &d.toks[i]
		if i != k && t.kind == tFig && d.figs[t.fig].claim {
			fig = true
		}
		if comparisonWords[t.low] || t.low == "from" && i > c0 && (d.toks[i-1].low == "up" || d.toks[i-1].low == "down") {
			cmp = true
		}
	}
	return fig && cmp
}

// relativeAfterDate reports a relative word after a date at j that opens
// the clause of figure k, after a noun or the date itself: "the storm on
// Friday that killed 40", "the quake in April, which left 230 dead".
func (d *document) relativeAfterDate(j, k int) bool {
	for i := k - 1; i > j; i-- {
		t := d.toks[i]
		if d.boundary(i) || t.kind == tFig && d.figs[t.fig].claim {
			return false
		}
		if t.gram&gRelative == 0 {
			continue
		}
		p := d.toks[i-1]
		if p.low == "," && i-2 >= j {
			p = d.toks[i-2]
		}
		if d.speechDateAt(j, k) {
			return false // "officials said Thursday that 230 died": what was said
		}
		b := j - 1
		for b > 0 && (d.cls(b)&cPrep != 0 || d.toks[b].low == "late" || d.toks[b].low == "early") {
			b--
		}
		if b >= 0 && (d.cls(b)&cSpeech != 0 || pastVerb(d.toks[b].low)) {
			return false // "announced on Monday that …"
		}
		return p.kind == tFig || p.kind == tWord && p.cls&cSpeech == 0 && p.cls&cPrep == 0 && p.cls&cAux == 0 && !pastVerb(p.low)
	}
	return false
}

// possessiveEvent reports a date at j that names the day of an event
// noun right after it: "Friday's attack", "Saturday's deadly quake". A
// toll of that event holds as of the day it is told, not of the event.
func (d *document) possessiveEvent(j int) bool {
	return d.possessiveDate(j) && d.eventNounAfter(j) >= 0
}

// eventNounAfter returns the token of an event noun among the three after
// token j ("Wednesday's exchange", "Saturday's magnitude 6.3 quake"), or -1.
func (d *document) eventNounAfter(j int) int {
	for i := j + 1; i < len(d.toks) && i <= j+3; i++ {
		if dayEventNouns[d.toks[i].low] {
			return i
		}
	}
	return -1
}

// relativeBefore reports a relative word in tokens [c0, j): what follows
// it tells of the noun before, not of the sentence.
func (d *document) relativeBefore(c0, j int) bool {
	for i := c0; i < j; i++ {
		if d.toks[i].gram&gRelative != 0 {
			return true
		}
	}
	return false
}

// dateIn returns the date nearest to token k within tokens [cl0, cl1], on
// the same side of any quotation mark, if any.
func (d *document) dateIn(s sentence, k, cl0, cl1 int) (claims.Period, claims.Span, bool) {
	return d.dateInFor(s, k, cl0, cl1, false, false)
}

// dateInFor is dateIn for a figure of an event's day (eventDay: those who
// take part in it, those handed over in it) or a toll. For the first, a
// date said after the verb of the attribution before the figure ("said
// Saturday") gives way to a date of what is told ("joined Friday's
// strike", "said on Tuesday that 300 prisoners had been freed on
// Sunday"); for a toll, the date of the event a relative clause tells it
// of is the event's ("the collapse in March that killed 27"): a toll is as
// of the day it is told.
func (d *document) dateInFor(s sentence, k, cl0, cl1 int, eventDay, toll bool) (claims.Period, claims.Span, bool) {
	// A date marked "by" or "as of" ("had been returned by Monday") is
	// the figure's even when the day the words were said is nearer.
	for j := cl0; j <= cl1; j++ {
		if t := &d.toks[j]; t.mayBeDate() && t.quote == d.toks[k].quote && d.asOfMarked(j, s) {
			if p, sp, ok := d.dateAt(j); ok {
				return p, sp, true
			}
		}
	}
	// "up from 870 on Thursday and 612 a day earlier": the day before
	// the date named just before, told right after the figure.
	for j := k + 1; j <= cl1 && j <= k+4; j++ {
		if d.toks[j].quote == d.toks[k].quote && d.dayEarlier(j, s) {
			if p, sp, ok := d.dayBefore(s, j); ok {
				return p, sp, true
			}
		}
	}
	var said struct {
		p  claims.Period
		sp claims.Span
		ok bool
	}
	for dist := 1; k-dist >= cl0 || k+dist <= cl1; dist++ {
		for _, j := range [2]int{k + dist, k - dist} {
			if j < cl0 || j > cl1 || d.toks[j].quote != d.toks[k].quote || !d.toks[j].mayBeDate() {
				continue
			}
			if p, sp, ok := d.dateAt(j); ok {
				if d.dayEarlier(j, s) || j < k && j+1 < len(d.toks) && d.toks[j+1].low == "ago" {
					continue // "a day earlier" is read below; "since April" starts a period
				}
				if j > k && d.reducedRelative(k, j) {
					continue // "were returned under the deal brokered on May 16": the deal's date
				}
				if j > k && d.participleOfLaterNoun(s, k, j, cl0) {
					continue // "handed over 900 bodies under the accord reached on May 2": the accord's day
				}
				if j < k && d.relativeClauseAt(cl0, j) {
					continue // "the toll of the storms that hit the coast on Friday rose to 340": the storms' day
				}
				if toll && j < k && (d.relativeAfterDate(j, k) || d.possessiveEvent(j)) {
					continue // "the collapse of a bridge in March that killed 27", "the toll of Friday's attack rose to 10": the event's day
				}
				if j > k && (d.objectOfPast(k, cl0) && d.participleBetween(k, j) || d.clauseVerbAfter(j, cl1) && d.modifierParticiple(k, j)) {
					continue // "the swap included two civilians captured in Mariupol in 2022", "40 soldiers captured in 2022 have crossed": the capture's day
				}
				if j > k && d.relativeDateAfter(k, j, cl0) {
					continue // "released 142 pupils who were abducted two weeks ago": the abduction's day
				}
				if j > k && d.othersRelativeDate(k, j) {
					continue // "four of them were among those who were seized in May": the seizure's day
				}
				if j < k && d.ownDateAfter(k, cl1) && d.claimBetween(max(cl0, j-3), j) {
					continue // "8,100 in 2023 and 1,900 in the first five months of this year": 2023 is the 8,100's
				}
				if j > k && d.asideBetween(k, j) {
					continue // "30,000 in Nantes, where the march stayed below the peak of March 7": the peak's day
				}
				if j < k && d.modifierParticiple(max(s.first, j-5)-1, j+1) && d.clauseVerbAfter(k, cl1) {
					continue // "40 soldiers captured in 2022 and one sailor … have crossed": the capture's day
				}
				if j > k && d.clauseVerbAfter(j, cl1) && d.relativeBetween(k, j) {
					continue // "40 soldiers who were captured in 2022 came home": the capture's day
				}
				if j < k && d.changeBase(k) >= 0 && d.claimBetween(max(cl0, j-3), j) {
					continue // "from 4,290 in April, and up 30% from March": April is the other base's
				}
				if j > k && (d.comparedAfter(k, j) || d.otherBaseline(k, j)) {
					continue // "a fifth more than the 4,210 … last spring": the compared figure's date
				}
				if eventDay && j < k && d.speechDateAt(j, k) {
					// "union heads said on Sunday that 3 million walked
					// out in Thursday's stoppage": the day of the words,
					// when what they tell has no day of its own.
					if !said.ok {
						said.p, said.sp, said.ok = p, sp, true
					}
					continue
				}
				return p, sp, true
			}
		}
	}
	if said.ok {
		return said.p, said.sp, true
	}
	// "up from 5,894 a day earlier": the day before the sentence's date.
	for j := k + 1; j <= cl1 && j <= k+5; j++ {
		if d.dayEarlier(j, s) {
			if p, sp, ok := d.dayBefore(s, j); ok {
				return p, sp, true
			}
		}
	}
	return claims.Period{}, claims.Span{}, false
}

// dayBefore reads "a day earlier" ending at token j: the day before the
// date named last before it in the sentence, or before the report.
func (d *document) dayBefore(s sentence, j int) (claims.Period, claims.Span, bool) {
	ref := d.day
	for i := j - 2; i >= s.first; i-- { // the date named just before
		if d.dayEarlier(i, s) {
			continue
		}
		if p, _, ok := d.dateAt(i); ok {
			ref = p.End()
			break
		}
	}
	if !ref.IsValid() {
		return claims.Period{}, claims.Span{}, false
	}
	return claims.On(ref.AddDays(-1)), d.span(max(j-2, s.first), j), true
}

// speechDateAt reports a date at token j, after the verb of an
// attribution and before figure k, that says when the words were said
// ("said Saturday", "told reporters on Monday that …"), not when what they
// tell happened.
func (d *document) speechDateAt(j, k int) bool {
	si := d.sentOf[j]
	if si >= len(d.attrs) {
		return false
	}
	start := d.toks[j].start
	for _, a := range d.attrs[si] {
		if a.whenSpan.End > a.whenSpan.Start && a.whenSpan.Start <= start && start < a.whenSpan.End && a.verb < j && j < k {
			return true
		}
	}
	return false
}

// comparedAfter reports a comparison word between figure k and a date at
// j after it: the date is of what k is compared with.
func (d *document) comparedAfter(k, j int) bool {
	if d.baselineAfter(k, j) {
		return true
	}
	for i := k + 1; i < j; i++ {
		if comparisonWords[d.toks[i].low] {
			return true
		}
		if d.toks[i].low == "from" {
			// "dropped to 34.2 percent from 45.8 percent four years ago"
			for n := i + 1; n < j && n <= i+3; n++ {
				if t := &d.toks[n]; t.kind == tFig && d.figs[t.fig].claim {
					return true
				}
			}
		}
	}
	return false
}

// changeFigure reports a figure k told as a change: "up 12%", "fell
// 8%", "a 35% drop", "a fall of 20%", "9% less than".
func (d *document) changeFigure(k int) bool {
	if n := k + 1; n < len(d.toks) && (d.lx.changeNoun[d.toks[n].low] || d.lx.comparative[d.toks[n].low]) {
		return true
	}
	p := k - 1
	return p >= 0 && (d.toks[p].low == "up" || d.toks[p].low == "down" || d.lx.change[d.toks[p].low] ||
		d.toks[p].low == "of" && p >= 1 && d.lx.changeNoun[d.toks[p-1].low])
}

// changeBase returns the token that opens the base a change figure k is
// told against, right after it or its noun of change ("up 12% from …", "a
// 35% drop on …"), or -1. After a verb, "on" tells the day of the change
// ("rose 5% on Friday"), not its base.
func (d *document) changeBase(k int) int {
	if !d.changeFigure(k) {
		return -1
	}
	i := k + 1
	noun := i < len(d.toks) && d.lx.changeNoun[d.toks[i].low]
	if noun {
		i++
	}
	if i < len(d.toks) {
		switch d.toks[i].low {
		case "from":
			return i
		case "on", "over":
			if noun || k >= 1 && d.toks[k-1].low == "of" {
				return i // "a 35% drop on …", "a fall of 20% on …"
			}
		}
	}
	return -1
}

// baselineAfter reports a change figure k whose base follows it, before
// a date at j: "up 12% from April", "a 35% drop on the same
// months of 2024". The date is the base's, not the change's.
func (d *document) baselineAfter(k, j int) bool {
	i := d.changeBase(k)
	if i < 0 || i >= j {
		return false
	}
	for n := i + 1; n < j; n++ {
		if t := &d.toks[n]; t.kind == tPunct && t.low != "-" || d.claimFig(n) {
			return false // the base's phrase ends: "up 12% from March, and 2,000 in May"
		}
	}
	return true
}

// otherBaseline reports a change figure between k and the date at j
// whose base the date tells: "2,100 were detected, a 140% rise on
// January-April 2024".
func (d *document) otherBaseline(k, j int) bool {
	for i := k + 1; i < j; i++ {
		if d.claimFig(i) && d.baselineAfter(i, j) {
			return true
		}
	}
	return false
}

// clockAt reports an hour of the day at token i: "midnight", "noon", "6
// p.m.".
func (d *document) clockAt(i int) bool {
	t := &d.toks[i]
	return t.kind == tFig && d.figs[t.fig].class == numbers.Time || t.kind == tWord && clockWords[t.low]
}

// asOfMarked reports a date token j after "by", "through", "as of" or
// "as at": the day a figure holds as of ("by Monday", "as of 12 June",
// "through 27 June", "by the end of May", "up to 30 April", "signed to the
// end of April").
func (d *document) asOfMarked(j int, s sentence) bool {
	date := j
	if j-3 >= s.first && d.toks[j-1].low == "of" && (d.toks[j-2].low == "end" || d.toks[j-2].low == "close") {
		// "as of end of October", "by the end of May"
		j -= 2
		if j-1 >= s.first && d.toks[j-1].low == "the" {
			j--
		}
	}
	if j-3 >= s.first && d.toks[j-1].low == "on" && d.clockAt(j-2) {
		// "as of midnight on Thursday", "by 6 p.m. on Friday": the hour
		// of the day
		j -= 2
	}
	if j-1 < s.first {
		return false
	}
	switch d.toks[j-1].low {
	case "by", "through", "thru":
		return true // "through 27 June": what has added up by then
	case "to":
		// "up to 30 April", "to the end of April", "applications to 30
		// April 2004": the day what is counted runs to (not "from 9 to 14
		// June", a period, nor "postponed to Friday", a day to come).
		if j-2 >= s.first && (d.toks[j-2].low == "up" || d.toks[j-2].kind == tWord && d.toks[j-2].cls&cPrep == 0 && !d.fromBefore(j-2, s)) {
			return d.toks[date].kind == tFig && d.figs[d.toks[date].fig].isDate || d.toks[date].kind == tWord && d.toks[date].capital && d.toks[date].cls&cDate != 0
		}
	case "of", "at":
		return j-2 >= s.first && d.toks[j-2].low == "as"
	}
	return false
}

// fromBefore reports "from" or "between" among the few tokens before j: the
// start of a period that a "to" after it ends.
func (d *document) fromBefore(j int, s sentence) bool {
	for i := j; i >= s.first && i >= j-4; i-- {
		if w := d.toks[i].low; w == "from" || w == "between" {
			return true
		}
	}
	return false
}

// relativeDateAfter reports a date at j in a relative clause that follows
// figure k, the object of a verb in the past just before it: the clause
// tells of its noun's own event ("freed 142 pupils who were abducted two
// weeks ago"), not of the verb that counts them.
func (d *document) relativeDateAfter(k, j, cl0 int) bool {
	rel := false
	for i := k + 1; i < j; i++ {
		if d.toks[i].gram&gRelative != 0 {
			rel = true
			break
		}
	}
	return rel && d.objectOfPast(k, cl0)
}

// othersRelativeDate reports a date at j in a relative clause about people
// named after the figure's own verb, which tells what befell them before
// (passive or perfect): "four of the soldiers were among those who were
// seized in May" (the seizure's day, not the figure's). Not a relative
// clause about an event ("a rally that was held on Sunday"), nor what
// the people did ("thousands rallied, … who marched on Saturday"), whose
// day is the figure's.
func (d *document) othersRelativeDate(k, j int) bool {
	c := &d.clist[d.clauseAt(k)]
	if c.verb0 < 0 || int(c.verb0) <= k || int(c.verb0) >= j {
		return false
	}
	for r := int(c.verb0) + 1; r < j; r++ {
		if d.toks[r].gram&gRelative == 0 {
			continue
		}
		p := &d.toks[r-1]
		rc := &d.clist[d.clauseAt(j)]
		return p.kind == tWord && (p.cls&cPerson != 0 || p.low == "those" || p.low == "them" || d.personLike(p.low)) &&
			rc.kind == clRelative && rc.vg&(vgPassive|vgPerfect) != 0
	}
	return false
}

// clauseVerbAfter reports a verb of the figure's own clause after a date at j:
// an auxiliary or a verb in the past ("40 soldiers captured in 2022 have
// crossed", "… who were held since May came home"), so the date before
// it is in a modifier of the figure's noun.
func (d *document) clauseVerbAfter(j, cl1 int) bool {
	for i := j + 1; i <= cl1 && i <= j+10; i++ {
		t := &d.toks[i]
		if t.kind != tWord || t.quote != d.toks[j].quote {
			continue
		}
		if d.gram(i)&(gBe|gHave|gModal) != 0 || pastVerb(t.low) && t.cls&cSpeech == 0 && d.cls(i-1)&cAux == 0 && d.cls(i-1)&cPrep == 0 {
			return true
		}
	}
	return false
}

// modifierParticiple reports a past participle followed by a preposition
// in tokens (k, j) that tells of the people the figure counts, not of
// their handing over: "40 soldiers captured in …", not "95 prisoners
// freed on Tuesday".
func (d *document) modifierParticiple(k, j int) bool {
	for i := k + 1; i < j-1 && i <= k+7; i++ {
		if t := &d.toks[i]; t.kind == tWord && strings.HasSuffix(t.low, "ed") && d.cls(i+1)&cPrep != 0 && d.toks[i-1].kind == tWord &&
			d.cls(i-1)&cAux == 0 && t.cls&(cGive|cReceive|cMutual) == 0 {
			return true
		}
	}
	return false
}

// relativeBetween reports a relative word in tokens (k, j).
func (d *document) relativeBetween(k, j int) bool {
	for i := k + 1; i < j; i++ {
		if d.toks[i].gram&gRelative != 0 {
			return true
		}
	}
	return false
}

// ownDateAfter reports a date after figure k in its clause (up to cl1),
// before any other figure of a claim: the figure's own, which a date told
// with a figure before it does not override.
func (d *document) ownDateAfter(k, cl1 int) bool {
	for j := k + 1; j <= cl1 && j <= k+10; j++ {
		t := &d.toks[j]
		if t.kind == tFig && d.figs[t.fig].claim {
			return false
		}
		if t.quote == d.toks[k].quote && t.mayBeDate() {
			if _, _, ok := d.dateAt(j); ok {
				return true
			}
		}
	}
	return false
}

// asideBetween reports a relative clause set off by a comma between
// figure k and a later token j, with no figure of a claim in it before j:
// "Lyon (22,000) and Brest (20,000), where turnout stayed below the peak
// of March 7", "freed 40 men, who had been seized in 2022". What it tells
// is of the place or the people before the comma, on a day of its own.
// "When" and "which" are left out: "…, when the quake struck on Friday"
// is the figure's day, and "…, which would mean …" tells of the figure
// itself or of what its sentence says ("…, told a news agency, which
// reported those numbers Tuesday").
func (d *document) asideBetween(k, j int) bool {
	aside := false
	for i := k + 1; i < j; i++ {
		t := &d.toks[i]
		if t.kind == tFig && d.figs[t.fig].claim {
			aside = false
			continue
		}
		if t.low == "," && i+1 < j {
			switch d.toks[i+1].low {
			case "where", "who", "whom", "whose":
				aside = true
			}
		}
	}
	return aside
}

// objectOfPast reports a figure k that a verb in the past just before it
// counts: "freed 142 pupils", "included two civilians".
func (d *document) objectOfPast(k, cl0 int) bool {
	for i := k - 1; i >= cl0 && i >= k-3; i-- {
		if t := &d.toks[i]; t.kind == tWord && pastVerb(t.low) && t.cls&cSpeech == 0 {
			return true
		}
	}
	return false
}

// participleBetween reports a past participle followed by a preposition
// in tokens (k, j): "two civilians captured in …".
func (d *document) participleBetween(k, j int) bool {
	for i := k + 1; i < j-1 && i <= k+4; i++ {
		if t := &d.toks[i]; t.kind == tWord && strings.HasSuffix(t.low, "ed") && d.cls(i+1)&cPrep != 0 && d.toks[i-1].kind == tWord && d.cls(i-1)&cAux == 0 {
			return true
		}
	}
	return false
}

// participleBefore reports a past participle right after a noun in the
// clause of a date at j, before it: "a woman arrested in France in
// February" (a reduced relative clause: the date is the noun's event).
func (d *document) participleBefore(s sentence, j int) bool {
	c0, _ := d.clause(s, j)
	for i := max(c0+1, j-6); i < j; i++ {
		t, p := d.toks[i], d.toks[i-1]
		if t.kind != tWord || !strings.HasSuffix(t.low, "ed") || t.cls&cSpeech != 0 || d.cls(i+1)&cPrep == 0 {
			continue // "arrested in France", not "crossed the river"
		}
		if p.kind == tWord && !p.capital && p.cls&cAux == 0 && p.gram&gRelative == 0 && p.cls&cPrep == 0 &&
			!strings.HasSuffix(p.low, "ed") && !strings.HasSuffix(p.low, "ly") && p.low != "and" && p.low != "or" {
			return true
		}
	}
	return false
}

// relativeClauseAt reports a date at j in a relative clause opened after a
// noun in tokens [cl0, j): "the storms that hit the coast on Friday".
// "said that …" opens what was said, not a relative clause.
func (d *document) relativeClauseAt(cl0, j int) bool {
	for i := max(cl0+1, j-8); i < j; i++ {
		if d.toks[i].gram&gRelative == 0 {
			continue
		}
		p := d.toks[i-1]
		if p.kind == tWord && p.cls&cSpeech == 0 && p.cls&cPrep == 0 && p.cls&cAux == 0 && !pastVerb(p.low) {
			return true
		}
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

// participleOfLaterNoun reports a date at j, after figure k, that a past
// participle tells of a noun in a phrase after the figure's own: "handed
// over 900 bodies to the other side under the accord reached on May 2"
// (the accord's day, not the handover's). The figure's clause has its own
// verb before the figure, so the participle is no predicate of the
// figure's noun, as in a headline ("300 prisoners freed on Monday") or
// after a verb of speech ("said 95 prisoners freed on Tuesday were home").
func (d *document) participleOfLaterNoun(s sentence, k, j, cl0 int) bool {
	verb := false
	for i := cl0; i < k && !verb; i++ {
		t := &d.toks[i]
		verb = t.kind == tWord && t.cls&cSpeech == 0 && (pastVerb(t.low) || d.cueAt(i, s.last) != 0)
	}
	if !verb {
		return false
	}
	for p := j - 1; p >= k+3 && p >= j-4; p-- {
		t, n := &d.toks[p], &d.toks[p-1]
		if t.kind != tWord || t.cls&cSpeech != 0 || !(strings.HasSuffix(t.low, "ed") || isIrregularPast(t.low)) ||
			d.cls(p+1)&cPrep == 0 || d.lx.aux[t.low] {
			continue
		}
		if n.kind != tWord || n.capital || n.cls&(cAux|cPrep) != 0 || n.gram&gRelative != 0 ||
			strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "ly") || n.low == "and" || n.low == "or" {
			continue
		}
		for i := k + 1; i < p-1; i++ {
			if d.cls(i)&cPrep != 0 {
				return true // the noun stands in a phrase of its own after the figure's
			}
		}
	}
	return false
}
