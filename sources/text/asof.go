package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// The date stage: the day a figure holds on. A figure's own date comes
// first (paired one to one with figures joined by "and", in its clause,
// in the phrase that opens its sentence, set off just before its clause,
// the time a "when" clause is about, the date of the whole for its parts);
// then, for the as-of date, the day marked "by" or "as of", the day of the
// statement for a running figure, the day the story is at for a crowd or a
// toll told in the narrative, and last the publication date. An article
// without a publication date gets no guessed one.

// figureAt is what the as-of stage needs to know of one figure.
type figureAt struct {
	si       int
	s        sentence
	k        int
	cl0, cl1 int
	perfect  bool          // the figure's verb is in the present perfect: a running figure
	when     claims.Period // when its speaker said it, if the text says
	date     claims.Period // its own date, if hasDate
	dsp      claims.Span
	hasDate  bool
	prev     datedFigure // the figure told before it, and its date
}

// figureDate returns the date the figure at token k is dated by in its
// own sentence, and the words that say it.
func (d *document) figureDate(si int, s sentence, k, cl0, cl1 int, c *claims.Claim) (claims.Period, claims.Span, bool) {
	kind := c.Kind
	mc := d.lx.measureClass[c.Measure]
	toll := mc&mcToll != 0
	cl1 = d.pastNounList(s, k, cl1)
	date, dsp, hasDate := d.pairedDate(s, k)
	if !hasDate && d.restatedChange(s, k) {
		// "There were 5,200 in May. That's up 12% from April, and 30%
		// from March": the changes a sentence tells of the figure before
		// are as of its day.
		if d.changesDay.sent != si && d.prevDate.ok && d.prevDate.sent == si-1 && d.prevDate.quote == d.toks[k].quote {
			d.changesDay = d.prevDate
			d.changesDay.sent = si
		}
		if d.changesDay.ok && d.changesDay.sent == si {
			date, dsp, hasDate = d.changesDay.p, d.changesDay.sp, true
		}
	}
	if !hasDate && cl0 > s.first {
		// "said on Friday that as of Wednesday, 1,200 had been
		// evacuated": a day marked "as of" or "by" set off just before
		// the figure's clause, before any other of the clause ("As of
		// Sunday, we had counts from 40% of the rallies held yesterday").
		for j := cl0 - 1; j >= s.first && j >= cl0-6; j-- {
			if d.toks[j].quote != d.toks[k].quote || d.claimBetween(j, j+1) {
				break
			}
			if d.asOfMarked(j, s) {
				if p, sp, ok := d.dateAt(j); ok {
					date, dsp, hasDate = p, sp, true
				}
				break
			}
		}
	}
	if !hasDate {
		// Those who take part in an event (a crowd, a strike) are counted
		// on the day of the event, a toll as of the day it was told.
		date, dsp, hasDate = d.dateInFor(s, k, cl0, cl1, gathering(mc) || kind == claims.Completed && handedOver(mc), toll)
	}
	if !hasDate {
		// "the high of April 4 (610,000 by the unions' count, 92,000 by
		// the prefecture's)": figures in brackets just after a date are of
		// that day.
		date, dsp, hasDate = d.bracketDate(s, k)
	}
	if !hasDate && kind == claims.Agreed {
		// An agreement's date may stand anywhere in its sentence ("was
		// agreed … on 2 June, where the sides accepted a … formula").
		date, dsp, hasDate = d.dateIn(s, k, s.first, s.last)
	}
	if !hasDate && cl0 >= s.first+2 && d.toks[cl0-1].low == "," && d.toks[cl0].kind == tWord && strings.HasSuffix(d.toks[cl0].low, "ing") {
		// "…, and Azerbaijan retook Karabakh in 2023, prompting more than
		// 100,000 to flee": a participle's clause is of the event just
		// told, and of its date.
		for j := cl0 - 2; j >= s.first && j >= cl0-14; j-- {
			if d.toks[j].quote != d.toks[k].quote || d.inSince(j) {
				continue
			}
			if p, sp, ok := d.dateAtOnly(j); ok {
				date, dsp, hasDate = p, sp, true
				break
			}
			if d.claimBetween(j, j+1) {
				break // a figure of its own in between
			}
		}
	}
	if !hasDate && d.toks[k].quote == d.toks[s.first].quote {
		// A date in the phrase that opens the sentence: "On June 14, the
		// …", "In Munich on Saturday, police …".
		for j := s.first; j < k && j <= s.first+8 && !d.boundary(j); j++ {
			if !d.toks[j].mayBeDate() || j > s.first && d.toks[j-1].low == "since" {
				continue
			}
			if p, sp, ok := d.dateAt(j); ok {
				if toll && (d.relativeAfterDate(j, k) || d.possessiveEvent(j)) {
					continue // "The quake in April that killed 230", "Friday's attack": the event's day
				}
				date, dsp, hasDate = p, sp, true
				break
			}
		}
	}
	if !hasDate && cl0 > s.first+1 && d.toks[cl0-1].low == "," {
		// "The previous protest, on Jan. 19, drew 1.12 million": a date set
		// off just before the figure's clause.
		p0, _ := d.clause(s, cl0-2)
		if cl0-2-p0 <= 5 && !d.relativeBefore(p0, cl0-1) && !(toll && d.relativeAfterDate(cl0-2, k)) {
			for j := p0; j <= cl0-2; j++ {
				if !d.toks[j].mayBeDate() {
					continue
				}
				if p, sp, ok := d.dateAt(j); ok {
					date, dsp, hasDate = p, sp, true
					break
				}
			}
		}
	}
	if !hasDate && cl0 > s.first && (d.toks[cl0].low == "when" ||
		cl0+1 <= s.last && d.cls(cl0)&cPrep != 0 && d.toks[cl0+1].low == "which") {
		// "in April, when 16 detainees were freed", "since 2014, when
		// militants seized 276", "the September 7 ballot, in which 24
		// million were registered": the time the clause is about.
		for j := cl0 - 1; j >= s.first && j >= cl0-6; j-- {
			// The time itself, not the period "since" opens.
			if p, sp, ok := d.dateAtOnly(j); ok {
				date, dsp, hasDate = p, sp, true
				break
			}
			if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].class == numbers.Year {
				if y, ok := d.figs[t.fig].q.Value.Int64(); ok && y > 1000 && y < 3000 {
					date = claims.Between(claims.Date{Year: int(y), Month: 1, Day: 1}, claims.Date{Year: int(y), Month: 12, Day: 31})
					dsp, hasDate = claims.Span{Start: t.start, End: t.end}, true
					break
				}
			}
		}
	}
	if !hasDate && d.prevDate.ok && d.prevDate.sent == si && d.prevDate.quote == d.toks[k].quote && d.partOf(k, cl0, cl1) {
		// "brought home 157 on Thursday, among them 150 soldiers": a part
		// is as of the whole told just before it.
		date, dsp, hasDate = d.prevDate.p, d.prevDate.sp, true
	}
	if !hasDate && d.prevDate.ok && d.prevDate.sent == si && d.inOtherWords(k, s) {
		// "2.9 percent of the population, or about one in 35 people": the
		// figure before, told in other words, and its day.
		date, dsp, hasDate = d.prevDate.p, d.prevDate.sp, true
	}
	if !hasDate {
		date, dsp, hasDate = d.sentenceDate(s, k, false, toll)
	}
	if !hasDate && d.prevDate.ok && d.prevDate.sent == si-1 && d.figureAnaphor(s, k) {
		// "… the official count had missed a third of the deaths by then.
		// That toll stood at 1.8 percent of the region's people": the
		// figure told just before, and its day.
		date, dsp, hasDate = d.prevDate.p, d.prevDate.sp, true
	}
	if !hasDate && d.prevDate.ok && d.prevDate.sent == si-1 && c.Measure != "" && d.prevDate.measure == c.Measure &&
		d.prevDate.quote == d.toks[k].quote && d.partOf(k, cl0, cl1) {
		// "… put the deaths at 5,100 up to March 31. The researchers said
		// 61 percent of the deaths were children": a part of the whole
		// told just before is as of its day.
		date, dsp, hasDate = d.prevDate.p, d.prevDate.sp, true
	}
	if !hasDate && !toll && (kind == claims.Completed || kind == claims.Estimated) {
		// "the first swap since the deadly crash of a plane that Moscow
		// said carried 65 soldiers", the crash told elsewhere as "the
		// crash … on January 24": the day the text gives the event. (A
		// toll is counted on after its event; what is agreed or offered
		// about an event is not of its day.)
		date, dsp, hasDate = d.eventDate(s, k)
	}
	if hasDate && d.pubOK && date.From.Compare(d.source.Published) > 0 && (kind == claims.Completed || kind == claims.Estimated) &&
		!(d.dayAfterPage(date) && !d.dateAhead(d.tokenAt(dsp.Start))) {
		// "970 million people are registered for the vote, which ends on
		// June 1": a day still to come is no day a count holds on. (Not
		// the day after a page that ran to its day's night, told in the
		// past: pageNightTold.)
		date, dsp, hasDate = claims.Period{}, claims.Span{}, false
	}
	if d.prevDate.ok && (d.prevDate.sent == si || d.prevDate.sent == si-1 && cl0 == s.first && anaphorSubjects[d.toks[s.first].low]) &&
		d.prevDate.quote == d.toks[k].quote && d.bringsTotal(k, cl0) {
		// "Yesterday, 408 people arrived, bringing the year's total to
		// 21,063", "… This takes the total to 21,063": the total as of
		// the day of the arrivals that bring it.
		if ev := d.prevDate.p.End(); !hasDate {
			date, dsp, hasDate = claims.On(ev), d.prevDate.sp, true
		} else if date.To.IsValid() && date.From.Compare(ev) <= 0 && ev.Compare(date.To) < 0 {
			date = claims.Between(date.From, ev)
		}
		d.noteDataDay(date.End())
	}
	if hasDate && date.To == d.day && d.inSince(d.tokenAt(dsp.Start)) {
		// "Since March, 62,139 arrived, bringing the total to 1,154,352
		// as of the end of October": the period ends on the day the
		// sentence counts to.
		for j := k + 1; j <= s.last; j++ {
			if d.toks[j].quote == d.toks[k].quote && d.asOfMarked(j, s) {
				if p, _, ok := d.dateAt(j); ok && p.End().Compare(date.From) >= 0 {
					date = claims.Between(date.From, p.End())
					break
				}
			}
		}
	}
	return date, dsp, hasDate
}

// pastNounList returns the end of the figure's clause past a list of nouns
// its comma only seems to close: in "thousands of students, farmers and
// workers gathered on Sunday" the clause runs on to the verb and its
// date. cl1 when the comma opens no such list.
func (d *document) pastNounList(s sentence, k, cl1 int) int {
	if cl1 < k || cl1+1 > s.last || d.toks[cl1+1].low != "," || d.toks[cl1].kind != tWord || d.ownNoun(cl1) == "" {
		return cl1
	}
	for i := cl1 + 2; i <= s.last && i <= cl1+8; i++ {
		t := &d.toks[i]
		switch {
		case t.low == "and" || t.low == "or":
			if i+1 > s.last || d.toks[i+1].kind != tWord || d.ownNoun(i+1) == "" {
				return cl1
			}
			e := i + 1
			for e < s.last && !d.boundary(e+1) {
				e++
			}
			return e
		case t.low == ",":
			continue
		case t.kind != tWord || t.capital || d.ownNoun(i) == "" || d.cls(i)&(cBreaker|cPrep) != 0:
			return cl1
		}
	}
	return cl1
}

// offsetEnd reports the last word of a day told as an offset from
// another ("a day earlier", "the previous day"): a day of its own, which
// the day of the statement does not replace ("said on Thursday it had
// freed 42 the previous day").
func (d *document) offsetEnd(j int) bool {
	switch d.toks[j].low {
	case "earlier", "before", "later", "after", "day":
		return true
	}
	return false
}

// counterpartDay dates a transfer told as the other side of the one just
// before it ("Russia handed over 1,000 bodies, its negotiator said on
// Thursday. In return, it received 19"), which no word of its own dates,
// as that one; and notes the day of the transfer for the next.
func (d *document) counterpartDay(c *claims.Claim, b *builder, si int, s sentence) {
	prev := d.swapDay
	if !c.AsOf.IsZero() {
		d.swapDay = datedFigure{ok: true, sent: si, p: c.AsOf}
	}
	if !prev.ok || prev.sent != si-1 || s.first+1 > s.last || d.toks[s.first].low != "in" || !counterpartWords[d.toks[s.first+1].low] {
		return
	}
	if conf, ok := c.Confidence.Get("as_of"); !ok || conf != claims.Defaulted {
		return
	}
	c.AsOf = prev.p
	_ = c.Confidence.Set("as_of", claims.Inferred)
	b.whyText("as_of", "the day of the transfer it answers")
	d.swapDay = datedFigure{ok: true, sent: si, p: c.AsOf}
}

// answering reports a sentence that opens by telling the other side of the
// transfer told before it: "In return, …", "In exchange, …".
func (d *document) answering(s sentence) bool {
	return s.first+1 <= s.last && d.toks[s.first].low == "in" && counterpartWords[d.toks[s.first+1].low]
}

// lastTokenIn returns the index of the last token within span sp.
func (d *document) lastTokenIn(sp claims.Span) int {
	i := d.tokenAt(sp.Start)
	for i+1 < len(d.toks) && d.toks[i+1].end <= sp.End {
		i++
	}
	return i
}

// ownDayAfter reports a figure's own date told after it in its clause,
// after a verb in the past perfect, that is not the day of the words:
// "said on Tuesday that 300 prisoners had been freed on Sunday".
func (d *document) ownDayAfter(f figureAt) bool {
	j := d.tokenAt(f.dsp.Start)
	if j <= f.k || j > f.cl1 || d.speechDateAt(j, f.k) {
		return false
	}
	for i := max(f.cl0, f.k-4); i < j; i++ {
		if d.toks[i].low == "had" {
			return true
		}
	}
	return false
}

// handedOver reports a class of measures of people (or their bodies)
// handed over in a transfer, not counted by a toll or a tally: prisoners,
// hostages, bodies.
func handedOver(mc uint8) bool {
	return mc&mcPeople != 0 && mc&(mcToll|mcCount) == 0
}

// gathering reports a class of measures of those who take part in an
// event on its day (protesters, strikers), not of what it leaves behind (a
// toll).
func gathering(mc uint8) bool {
	return mc&mcEvent != 0 && mc&mcToll == 0
}

// restatedChange reports a change figure k in a sentence that opens by
// pointing back at the figure before ("That's up 12% from April", "This
// marks a 35% drop on …", "This is 9% less than …"), with no figure
// before k but other changes and their bases.
func (d *document) restatedChange(s sentence, k int) bool {
	i := s.first
	switch w := d.toks[i].low; {
	case anaphorContractions[w]:
	case anaphorSubjects[w] && i+1 < k && anaphorVerbs[d.toks[i+1].low]:
	default:
		return false
	}
	if !d.changeFigure(k) {
		return false
	}
	for j := i; j < k; j++ {
		if d.claimFig(j) && !d.changeFigure(j) && (j == s.first || !baseWords[d.toks[j-1].low]) {
			return false // a figure of its own before: "That's 300 more than …, and 12% …"
		}
	}
	return true
}

// figureAnaphor reports a sentence that opens on "that" or "this" and a
// word for a figure, before figure k: "That toll represented …".
func (d *document) figureAnaphor(s sentence, k int) bool {
	i := s.first
	if i+1 >= k {
		return false
	}
	if w := d.toks[i].low; w != "that" && w != "this" {
		return false
	}
	if anaphorNouns[d.toks[i+1].low] {
		return true
	}
	return i+2 < k && d.toks[i+1].kind == tWord && anaphorNouns[d.toks[i+2].low] // "That death toll"
}

// sentenceDate returns a date elsewhere in the figure's sentence, on the
// same side of any quotation mark, that dates no other figure (and, with
// noVote, is no day of a vote): "thousands
// gathered downtown for the march, … who took to the streets Saturday".
// A date whose own clause holds another figure is that figure's ("…, against
// 650,000 on January 19"), and "since" or "ago" open periods, not days.
// For a toll, the date of the event a relative clause tells it of is the
// event's ("the collapse of a bridge in March that killed 27"): a toll is
// as of the day it is told.
func (d *document) sentenceDate(s sentence, k int, noVote, toll bool) (claims.Period, claims.Span, bool) {
	q := d.toks[k].quote
	for j := s.first; j <= s.last; j++ {
		if j = d.nextMayBeDate(j, s.last); j > s.last {
			break
		}
		if t := &d.toks[j]; t.quote != q || j == k || !t.mayBeDate() {
			continue
		}
		p, sp, ok := d.dateAtOnly(j)
		if !ok || noVote && d.electionDate(j) {
			continue
		}
		if d.inSince(j) || j+1 <= s.last && d.toks[j+1].low == "ago" {
			continue
		}
		if j > k && d.objectOfPast(k, s.first) && d.participleBetween(k, j) {
			continue // "included two civilians captured in Mariupol in 2022"
		}
		if j > k && d.participleBefore(s, j) {
			continue // "… in exchange for a woman arrested in February": the arrest's day
		}
		if j > k && d.modifierParticiple(k, j) && d.clauseVerbAfter(j, s.last) ||
			j < k && d.modifierParticiple(max(s.first, j-5)-1, j+1) && d.clauseVerbAfter(k, s.last) {
			continue // "40 soldiers captured in 2022 and one sailor … have crossed": the capture's day
		}
		if toll && j < k && (d.relativeAfterDate(j, k) || d.possessiveEvent(j)) {
			continue // "the quake in April, which left 230 dead", "Friday's attack": the event's day
		}
		if j > k && d.asideBetween(k, j) {
			continue // "22,000 in Lyon, where the march stayed below the peak of March 7": the peak's day
		}
		if j > k && d.othersRelativeDate(k, j) {
			continue // "four of them were among those who were seized in May": the seizure's day
		}
		if j < k && d.changeBase(k) >= 0 && d.claimBetween(max(s.first, j-3), j) {
			continue // "from 4,290 in April, and up 30% from March": April is the other base's
		}
		if j > k && d.otherBaseline(k, j) {
			continue // "2,100 crossed, a 140% rise on the same months of 2024": the base's
		}
		if j > k && d.comparedAfter(k, j) {
			if _, k1 := d.clause(s, k); j <= k1 {
				continue // "200,000 more marchers than on the record day of March 7": the compared day
			}
		}
		c0, c1 := d.clause(s, j)
		if j < k && d.relativeBefore(s.first, j) {
			// "The toll from the quake, which struck on Friday, rose to
			// 632": the date of the noun the relative clause is about.
			continue
		}
		if !d.comparedFigure(c0, c1, k) {
			return p, sp, true
		}
	}
	return claims.Period{}, claims.Span{}, false
}

// hostToCome reports a figure whose clause, or the host clause of a
// figure with no verb of its own, tells what is to happen ("50 are to be
// freed, in return for 150 prisoners"): the figure is of no day the story
// has told.
func (d *document) hostToCome(k int) bool {
	c := d.clauseAt(k)
	for n := 0; c >= 0 && d.clist[c].verb0 < 0 && n < 4; n++ {
		c = int(d.clist[c].parent)
	}
	if c < 0 || d.clist[c].verb0 < 0 || d.clist[c].vg&(vgModal|vgPast) != vgModal {
		return false
	}
	for j := d.clist[c].verb0; j < d.clist[c].verb1; j++ {
		switch d.toks[j].low {
		case "will", "shall", "'ll":
			return true
		case "is", "are", "am":
			if d.toks[j+1].low == "to" {
				return true // "are to be released"; not "would mean": a guess of the past
			}
		}
	}
	return false
}

// hostInPast reports a figure whose clause, or the host clause of a figure
// with no verb of its own ("…, followed by 900 from Chad"), has a verb in
// the past: not a heading ("12,000 in Lyon").
func (d *document) hostInPast(k int) bool {
	c := d.clauseAt(k)
	for n := 0; c >= 0 && d.clist[c].verb0 < 0 && n < 4; n++ {
		c = int(d.clist[c].parent)
	}
	return c >= 0 && d.clist[c].verb0 >= 0 && d.clist[c].vg&vgPast != 0
}

// asOf sets c.AsOf: the day the figure holds on. A period that runs on
// past the publication date ("so far this year") ends on it: no figure
// holds for days not yet come.
func (d *document) asOf(c *claims.Claim, b *builder, f figureAt) {
	defer func() {
		if pub := d.day; pub.IsValid() && c.AsOf.To != (claims.Date{}) && c.AsOf.From.Compare(pub) <= 0 && c.AsOf.To.Compare(pub) > 0 {
			c.AsOf = claims.Between(c.AsOf.From, pub)
		}
	}()
	top := d.topicAt(d.paraOf[f.si])
	if resultMeasures[c.Measure] {
		// A share of the vote, a turnout, seats won are as of the count
		// that gives them, not of polling day: "won 84.3 percent of the
		// votes in the September 7 polls", announced a week later.
		if f.hasDate && d.electionDate(d.tokenAt(f.dsp.Start)) && !d.pastVote(f.date) {
			// Another date of the sentence may say when the count was
			// given: "… in Thursday's elections fell to 31.4%, according
			// to an analysis published on Saturday".
			f.date, f.dsp, f.hasDate = d.sentenceDate(f.s, f.k, true, false)
		}
		if top.election {
			top = dayAt{}
		}
		if a := d.attributionOf(f); a != nil && !f.when.IsZero() && a.whenSpan.End > a.whenSpan.Start &&
			d.electionDate(d.tokenAt(a.whenSpan.Start)) {
			// "According to the council, turnout in Sunday's vote was
			// 71%": the day of the vote is no day of the words.
			f.when = claims.Period{}
		}
	}
	if f.hasDate && f.date.To == d.day && !f.when.IsZero() && f.when.From == f.when.End() &&
		f.date.From.Compare(f.when.From) < 0 && f.when.From.Compare(d.day) < 0 {
		// "140 have died since October, the minister said on Wednesday":
		// the period runs to the day of the words, not of the page.
		f.date = claims.Between(f.date.From, f.when.From)
	}
	if f.hasDate && f.date.To == d.day && f.when.IsZero() && d.inSince(d.tokenAt(f.dsp.Start)) {
		// "The office said on Monday that … Since January, 900 claims
		// were turned down": the outlet tells, in the past, what the
		// lead's statement gave; the period runs to that day.
		if e, ok := d.leadDay(c, f); ok && f.date.From.Compare(e) < 0 {
			f.date = claims.Between(f.date.From, e)
		}
	}
	if f.hasDate && f.date.To.IsValid() && f.date.To.Compare(d.day) >= 0 && f.date.From.Compare(d.dataDay) < 0 && d.dataDay.Compare(d.day) < 0 &&
		!(f.perfect && d.lx.measureClass[c.Measure]&mcToll != 0) {
		// "751 orders were signed to the end of April … Some 142 have been
		// granted so far this year": the year so far runs to the day the
		// story's figures are given as of, not to the page's. (Not a
		// toll that has run on: "so far this year, 50 have died" is as of
		// its telling.)
		f.date = claims.Between(f.date.From, d.dataDay)
	}
	var stmtDay claims.Date // the day of a dated statement earlier in the paragraph, for an outlet's toll
	if c.Speaker.Role == "outlet" && d.lx.measureClass[c.Measure]&mcToll != 0 && !d.present(f.cl0, f.cl1) {
		stmtDay = d.paraStatementDay(f.si)
	}
	var lead claims.Date // the lead statement's day, once leadDayTo has found it
	switch {
	case f.hasDate && d.asOfMarked(d.tokenAt(f.dsp.Start), f.s):
		// "By Monday, Ukraine had received …, officials said on
		// Tuesday": the day the figure holds as of.
		c.AsOf = f.date
		b.why("as_of", f.dsp)
		if e := f.date.End(); e.Compare(d.day) < 0 && e.Compare(d.dataDay) > 0 {
			d.dataDay = e
		} else if e == d.day && f.date.From == e {
			// "As of today, arrivals stand at 12,000": the story now counts
			// to the page's own day, and the year so far runs to it again.
			d.dataDay = claims.Date{}
		}
	case !f.hasDate && c.Speaker.Role != "outlet" && d.pubOK && d.whenCarried(f) && d.lookBack(f.s):
		// "Earlier, the envoy said that 1,212 had been handed over": words
		// said before the day the story is at, on a day it does not give;
		// the report's day is the latest they can hold as of.
		c.AsOf = claims.On(d.day)
		b.whyText("as_of", "an earlier statement the text does not date")
		b.defaulted("as_of")
	case f.perfect && c.Speaker.Role != "outlet" && !f.when.IsZero() && (!f.hasDate || d.toks[d.tokenAt(f.dsp.Start)].kind != tFig && !d.offsetEnd(d.lastTokenIn(f.dsp)) && !d.ownDayAfter(f)):
		// "has risen to 1,046, the agency said on Friday": a running
		// figure is as of the statement.
		c.AsOf = f.when
		b.whyText("as_of", "the date of the statement (present perfect)")
		if p, at := f.date, d.tokenAt(f.dsp.Start); f.hasDate && f.when.From == f.when.End() && p.From != p.End() && p.End() == f.when.From &&
			(at == 0 || !momentWords[d.toks[at-1].low]) {
			// "186,000 have arrived this year, the agency said on
			// Thursday": the count runs from the period's start to the
			// words, a year's total, not one kept since ever ("earlier
			// this month" says when something happened, not over what).
			c.AsOf = p
			b.why("as_of", f.dsp)
		}
	case f.hasDate:
		c.AsOf = f.date
		b.why("as_of", f.dsp)
		if d.yearToDate(f.date) {
			d.noteDataDay(f.date.End())
		}
		if e := f.date.End(); d.lx.measureClass[c.Measure]&mcToll != 0 && f.date.From == e && d.pubOK &&
			e.AddDays(storyEventDays).Compare(d.day) >= 0 && e.Compare(d.tollDay.p.End()) >= 0 && d.tokenAt(f.dsp.Start) > f.k && !d.possessiveDate(d.tokenAt(f.dsp.Start)) && !d.lookedBack(f) {
			// "rose to 144 on Wednesday": the day told after the toll is
			// the day it reached it, not the day of its event ("the
			// attack on Sunday rose to eight", "died in Saturday's
			// quake"). (A toll of the page's own
			// day leaves none before it to go on from.)
			d.tollDay = dayAt{p: f.date, para: d.paraOf[f.si]}
		}
	case c.Speaker.Role != "outlet" && !f.when.IsZero() &&
		!(d.lx.measureClass[c.Measure]&mcCrowd != 0 && !top.p.IsZero() && d.whenCarried(f)):
		// (A crowd is of the day the story is at, not of the day its
		// counter last spoke in another sentence: "This time the unions
		// counted 150,000".)
		c.AsOf = f.when
		b.whyText("as_of", "the date of the statement")
	case !f.perfect && c.Scope != claims.Total && !top.p.IsZero() && d.pastOnly(f) &&
		(c.Speaker.Role == "outlet" && !top.named || d.paraOf[f.si] == top.para && !top.fig && d.eventMeasure(c.Measure) ||
			d.thereWere(f) && !top.named && d.paraOf[f.si]-top.para <= 1 ||
			gathering(d.lx.measureClass[c.Measure]) && (d.paraOf[f.si]-top.para <= 2 || top.named)):
		// A crowd gathers on one day: the organisers' and the police's
		// counts are of the day the story is at, a paragraph or two on.
		// The day the story is at: "In Munich on Saturday, police halted a
		// rally … Organisers there put attendance at 250,000."
		c.AsOf = top.p
		b.whyText("as_of", "the date the report is at")
	case c.Speaker.Role != "outlet" && d.saidInPast(f):
		// "Marek said 31 people were hurt": a statement the text does not
		// date was made on the day of the statements its lead dates ("she
		// told reporters on 2 June"). (A day the narrative
		// is at is the day of an event, not of the words told after it.)
		if sd := d.sayDay; !sd.p.IsZero() && d.topicPara == sd.para && d.topic == sd.p {
			// (until the narrative moves to another day)
			c.AsOf = sd.p
			b.whyText("as_of", "the day the report says the figures were given")
		} else if p, ok := d.leadStatementDay(); ok {
			c.AsOf = p
			b.whyText("as_of", "the day of the lead's statements")
		} else if d.dataDayFits(c, f) {
			d.onDataDay(c, b)
		} else if d.pubOK && d.toks[f.k].quote == 0 && d.storyEventDay(c, f) && !d.hostToCome(f.k) && !d.stayVerb(f.cl0, f.cl1) {
			// "Police said 3,000 took part": what a speaker the text
			// does not date tells of the story's event is of its day;
			// not words quoted as said (of the day they were said), nor
			// what is to come ("will be"), nor who is still held
			// ("remained in custody": a state as of the words).
			c.AsOf = d.storyDay.p
			b.whyText("as_of", "the day of the story's event")
			b.defaulted("as_of")
		} else if d.pubOK {
			c.AsOf = claims.On(d.day)
			b.whyText("as_of", d.dayWhy())
			b.defaulted("as_of")
		}
	case stmtDay.IsValid():
		// "The emergency centre said on Sunday that 37 were hurt … In the
		// west, at least 17 people have been killed": a toll the outlet
		// goes on to give in the paragraph of a dated statement is as of
		// the statement's day.
		c.AsOf = claims.On(stmtDay)
		b.whyText("as_of", "the day of the statement its paragraph gives")
		_ = c.Confidence.Set("as_of", claims.Inferred)
	case f.prev.ok && f.prev.sent == f.si-1 && d.paraOf[f.prev.sent] == d.paraOf[f.si] && d.sawProtest &&
		d.lx.measureClass[c.Measure]&mcToll != 0 && gathering(d.lx.measureClass[f.prev.measure]) && !d.present(f.cl0, f.cl1) &&
		f.prev.p.From == f.prev.p.End():
		// "On Tuesday, 8,000 people marched … Police detained 15": those
		// held or hurt at a gathering told just before are of its day.
		c.AsOf = f.prev.p
		b.whyText("as_of", "the day of the gathering told just before")
		_ = c.Confidence.Set("as_of", claims.Inferred)
	case d.tollDayFits(c, f):
		d.onTollDay(c, b)
	case d.pubOK && d.storyEventDay(c, f):
		// "Hundreds were freed on Saturday … Among them were 16 Saudis":
		// a figure no word dates, in a story whose event is of a day
		// before the page's, is of that day.
		c.AsOf = d.storyDay.p
		b.whyText("as_of", "the day of the story's event")
		b.defaulted("as_of")
	case d.dataDayFits(c, f):
		d.onDataDay(c, b)
	case !f.hasDate && d.leadDayTo(&lead, c, f):
		// "The agency reported on Tuesday that … Most of the requests
		// came from Chad, 1,200 were turned down": the outlet goes on
		// telling, in the past, what the dated statement of its lead gave.
		c.AsOf = claims.On(lead)
		b.whyText("as_of", "the day of the lead's statements")
		_ = c.Confidence.Set("as_of", claims.Inferred)
	case d.pubOK:
		c.AsOf = claims.On(d.day)
		b.whyText("as_of", d.dayWhy())
		if !f.perfect || c.Speaker.Role != "outlet" {
			// (The outlet's own "have been returned" is as of its writing,
			// as a speaker's is as of the statement: no default.)
			b.defaulted("as_of")
		}
	}
	if d.pageNight == 2 && c.Confidence.AsOf == claims.Explicit && d.dayAfterPage(c.AsOf) {
		// A day after the page's, read from a weekday the text names
		// only because it ran to the page's night: no word says the
		// date, the page's updating implies it.
		_ = c.Confidence.Set("as_of", claims.Inferred)
	}
}

// leadDayTo sets *e to the day leadDay gives a figure and reports whether
// it gives one, so that a case of a switch both tests and keeps it.
func (d *document) leadDayTo(e *claims.Date, c *claims.Claim, f figureAt) bool {
	day, ok := d.leadDay(c, f)
	*e = day
	return ok
}

// leadDay returns the day the story's lead dates its statements to, when
// they give figures and the day is shortly before the page, for a figure
// the outlet tells in the past (not what holds now, is to come or has run
// on to the page): the story goes on reporting what was given that day.
// (A toll is as of the day it is told, a crowd of its event's.)
func (d *document) leadDay(c *claims.Claim, f figureAt) (claims.Date, bool) {
	if mc := d.lx.measureClass[c.Measure]; !d.pubOK || f.perfect || c.Speaker.Role != "outlet" || mc&mcToll != 0 || gathering(mc) ||
		!d.pastOnly(f) || !d.hostInPast(f.k) {
		return claims.Date{}, false
	}
	p, si, ok := d.leadStatement()
	if !ok || p.From != p.End() || p.From.Compare(d.day) >= 0 || p.From.AddDays(storyEventDays).Compare(d.day) < 0 ||
		!d.claimBetween(d.sents[si].first, d.sents[si].last+1) {
		return claims.Date{}, false // (a statement that gives no figure: "said on Monday the record was set in May")
	}
	return p.From, true
}

// dataDayDays is how long before its page the day a story's figures are
// counted to may be: statistics of a month's end, told weeks after.
const dataDayDays = 62

// noteDataDay notes day e as the day the story's figures are counted to,
// when it is a day shortly before the page and later than the one noted.
func (d *document) noteDataDay(e claims.Date) {
	if d.pubOK && e.IsValid() && e.Compare(d.day) < 0 && e.AddDays(dataDayDays).Compare(d.day) >= 0 && e.Compare(d.dataDay) > 0 {
		d.dataDay = e
	}
}

// yearToDate reports a period from the start of the page's year to the
// end of a month before the page's, not the whole year: "in the first
// nine months of 2024", "between January and September"; not one month.
func (d *document) yearToDate(p claims.Period) bool {
	e := p.End()
	return d.pubOK && p.From.Year == d.day.Year && p.From.Month == 1 && p.From.Day == 1 && e.Year == d.day.Year &&
		e.Month >= 2 && e.Month < d.day.Month && e.AddDays(1).Day == 1
}

// dataDayFits reports a figure no word dates in a story whose figures are
// counted to a day before its page ("751 orders were signed to the end of
// April", "bringing the year's total to 21,063" yesterday, "in the first
// nine months of the year"): told in the past or as a running total, not
// as what holds now or is to come, in the outlet's voice or the figures'
// own ("the statistics show"), it is counted to that day too. (Those who
// gather are counted on the day of their event.)
func (d *document) dataDayFits(c *claims.Claim, f figureAt) bool {
	// (The data day is only ever set before the page's day.)
	if !d.pubOK || !d.dataDay.IsValid() || f.hasDate || gathering(d.lx.measureClass[c.Measure]) || !d.pastOnly(f) {
		return false
	}
	a := d.attributionOf(f)
	return a == nil || a.kind == cueFinding || a.kind == cueData // not "the lawyers said 15 percent were minors": another voice, of its own day
}

// pastOnly reports a figure's clause told in the past: neither what holds
// now ("stands at", "is") nor what is to come ("will host").
func (d *document) pastOnly(f figureAt) bool {
	return !d.present(f.cl0, f.cl1) && !d.presentVerb(f.cl0, f.cl1) && !d.hostToCome(f.k)
}

// onDataDay dates claim c on the day the story's figures are counted to.
func (d *document) onDataDay(c *claims.Claim, b *builder) {
	c.AsOf = claims.On(d.dataDay)
	b.whyText("as_of", "the day the story's figures are counted to")
	_ = c.Confidence.Set("as_of", claims.Inferred)
}

// tollDayFits reports a toll no word dates, told by the outlet in the
// past a paragraph or two after a sentence that dates a toll of the story
// to a day shortly before the page ("The toll rose to 144 on Wednesday,
// officials said. The quake injured 291 … At least nine died in the
// north"): the tally goes on as of that day. Not a running figure ("has
// risen"), what holds now or is to come, nor what a speaker tells in
// words of their own ("another 215 were hurt, the agency said"), of a
// statement the text does not date.
func (d *document) tollDayFits(c *claims.Claim, f figureAt) bool {
	td := d.tollDay
	return !td.p.IsZero() && td.p.End().Compare(d.day) < 0 && c.Speaker.Role == "outlet" && !f.hasDate && !d.stayVerb(f.cl0, f.cl1) && !f.perfect && d.lx.measureClass[c.Measure]&mcToll != 0 &&
		d.paraOf[f.si] >= td.para && d.paraOf[f.si]-td.para <= 2 && d.pastOnly(f)
}

// lookedBack reports a figure whose date looks back from another: a level
// compared with a later one ("up from 41 a day earlier"), a day told as an
// offset, or a past perfect ("had lowered the count to 42 on Thursday").
func (d *document) lookedBack(f figureAt) bool {
	if _, ok := d.comparedHead(f.k, f.s); ok {
		return true
	}
	return d.offsetEnd(d.lastTokenIn(f.dsp)) || d.pastPerfectBefore(f.k)
}

// onTollDay dates claim c on the day the story's toll was last dated to.
func (d *document) onTollDay(c *claims.Claim, b *builder) {
	c.AsOf = d.tollDay.p
	b.whyText("as_of", "the day the story's toll was told")
	_ = c.Confidence.Set("as_of", claims.Inferred)
}

// stayVerb reports a verb of staying among tokens [c0, c1]: "remained".
func (d *document) stayVerb(c0, c1 int) bool {
	for j := c0; j <= c1; j++ {
		if d.toks[j].gram&gStay != 0 {
			return true
		}
	}
	return false
}

// pastVote reports the date of a vote that ended more than a month before
// the story's day ("the 2021 vote" in a story of 2026): its results are
// of the vote, not of a count the story reports.
func (d *document) pastVote(p claims.Period) bool {
	return d.day.IsValid() && p.End().AddDays(31).Compare(d.day) < 0
}

// headlineSentences is how many sentences a headline and a sub-headline
// may take before the story's first full stop.
const headlineSentences = 3

// bracketDate returns the date that stands just before the bracket k is
// in: "the high of April 4 (between 0.9 and 2.4 million …)".
func (d *document) bracketDate(s sentence, k int) (claims.Period, claims.Span, bool) {
	for j := k - 1; j > s.first; j-- {
		switch d.toks[j].low {
		case ")":
			return claims.Period{}, claims.Span{}, false
		case "(":
			if d.toks[j-1].quote == d.toks[k].quote {
				return d.dateAt(j - 1)
			}
			return claims.Period{}, claims.Span{}, false
		}
	}
	return claims.Period{}, claims.Span{}, false
}

// leadSentences is how many sentences open a story: its headline and lead.
const leadSentences = 4

// storyEventDays is how many days before its page a story's event may be.
const storyEventDays = 3

// dayAt is a day the narrative is at, the paragraph that set it, and
// whether the sentence that set it dates a figure of its own.
type dayAt struct {
	p        claims.Period
	para     int
	fig      bool
	election bool // the day of a vote: "During the August 9 elections"
	named    bool // named in another voice's sentence ("… joined Friday's strike"): a crowd's day only
}

// presentVerb reports a verb in the present among tokens [c0, c1].
func (d *document) presentVerb(c0, c1 int) bool {
	for j := c0; j <= c1; j++ {
		if presentVerbs[d.toks[j].low] {
			return true
		}
	}
	return false
}

// thereWere reports a figure told as what there was: "the analyst
// reckons there were three people to each square metre" (a state of the day
// the story is at, whoever tells it now).
func (d *document) thereWere(f figureAt) bool {
	for j := max(f.cl0, f.k-4); j+1 < f.k; j++ {
		if d.toks[j].low == "there" && (d.toks[j+1].low == "were" || d.toks[j+1].low == "was") {
			return true
		}
	}
	return false
}

// inOtherWords reports a figure that tells the figure before it in its
// sentence again in other words, after "or" (past quotation marks and a
// comma): "2.9 percent of the population, \"or about one in 35 people\"".
func (d *document) inOtherWords(k int, s sentence) bool {
	j := k - 1
	for j > s.first && (d.toks[j].openQ || d.isQuoteMark(j)) {
		j--
	}
	if j <= s.first || d.toks[j].low != "or" {
		return false
	}
	for i := j - 1; i >= s.first; i-- {
		if d.toks[i].kind == tFig {
			return d.figs[d.toks[i].fig].claim
		}
	}
	return false
}

// lookBack reports a sentence that opens with a word of looking back, set
// off by a comma: "Earlier, …", "Previously, …".
func (d *document) lookBack(s sentence) bool {
	return s.first+1 <= s.last && lookBackWords[d.toks[s.first].low] && d.toks[s.first+1].low == ","
}

// storyEventDay reports a figure no word dates whose story is at a day
// of the last few before the story's own (the event its lead tells:
// "yesterday's rallies", "on Friday"), told in the past: it is of that
// day, not of the page's. A toll is as of the day it is told.
func (d *document) storyEventDay(c *claims.Claim, f figureAt) bool {
	return !f.perfect && d.eventDayOf(c, f.s)
}

// paraStatementDay returns the day of the last dated statement before
// sentence si in its paragraph ("the centre stated on Sunday"), when it is
// a single day of the week before the page; the zero date when there is
// none.
func (d *document) paraStatementDay(si int) claims.Date {
	if !d.pubOK {
		return claims.Date{}
	}
	week := d.source.Published.AddDays(-7)
	for sj := si - 1; sj >= 0 && d.paraOf[sj] == d.paraOf[si]; sj-- {
		if sj >= len(d.attrs) {
			continue
		}
		for _, a := range d.attrs[sj] {
			if p := a.when; a.kind == cueSpeech && !p.IsZero() && p.From == p.End() {
				if p.From.Compare(week) >= 0 && p.From.Compare(d.source.Published) < 0 {
					return p.From
				}
				return claims.Date{}
			}
		}
	}
	return claims.Date{}
}

// otherEventBefore reports a noun of an event other than a gathering
// before token k in sentence s: "the collapse that killed 15".
func (d *document) otherEventBefore(s sentence, k int) bool {
	for i := s.first; i < k; i++ {
		if w := d.toks[i].low; dayEventNouns[w] && !gatheringEvents[w] {
			return true
		}
	}
	return false
}

// eventDayOf reports the story's day as the day of claim c, told in
// sentence s: a single day shortly before the story's own, c no toll,
// and s no sentence of what holds now or is to come ("20 are to be
// freed, in return for 35").
func (d *document) eventDayOf(c *claims.Claim, s sentence) bool {
	sd := d.storyDay
	if sd.p.IsZero() || sd.election || sd.p.From != sd.p.End() {
		return false
	}
	if d.lx.measureClass[c.Measure]&mcToll != 0 && (!d.sawProtest || d.otherEventBefore(s, d.tokenAt(c.QuantitySpan.Start))) {
		// A toll is as of the day it is told, but for those hurt or held
		// at a protest the story tells ("more than 80 were arrested"),
		// unless another event caused it ("the collapse that killed 15").
		return false
	}
	if sd.p.End().Compare(d.day) >= 0 || sd.p.End().AddDays(storyEventDays).Compare(d.day) < 0 {
		return false
	}
	return !d.present(s.first, s.last) && !d.presentVerb(s.first, s.last)
}
