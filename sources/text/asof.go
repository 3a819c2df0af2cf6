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
}

// figureDate returns the date the figure at token k is dated by in its
// own sentence, and the words that say it.
func (d *document) figureDate(si int, s sentence, k, cl0, cl1 int, c *claims.Claim) (claims.Period, claims.Span, bool) {
	kind := c.Kind
	mc := d.lx.measureClass[c.Measure]
	toll := mc&mcToll != 0
	date, dsp, hasDate := d.pairedDate(s, k)
	if !hasDate {
		// Those who take part in an event (a crowd, a strike) are counted
		// on the day of the event, a toll as of the day it was told.
		date, dsp, hasDate = d.dateInFor(s, k, cl0, cl1, gathering(mc) || kind == claims.Completed && handedOver(mc), toll)
	}
	if !hasDate && cl0 > s.first {
		// "said on Friday that as of Wednesday, 1,200 had been
		// evacuated": a day marked "as of" or "by" set off just before
		// the figure's clause.
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
			if j > s.first && d.toks[j-1].low == "since" {
				continue
			}
			if p, sp, ok := d.dateAt(j); ok {
				if toll && d.relativeAfterDate(j, k) {
					continue // "The quake in April that killed 230": the quake's day
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
				if p, sp, ok := d.dateAt(j); ok {
					date, dsp, hasDate = p, sp, true
					break
				}
			}
		}
	}
	if !hasDate && cl0 > s.first && (d.toks[cl0].low == "when" ||
		cl0+1 <= s.last && d.lx.prep[d.toks[cl0].low] && d.toks[cl0+1].low == "which") {
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
	if hasDate && d.pubOK && date.From.Compare(d.source.Published) > 0 && (kind == claims.Completed || kind == claims.Estimated) {
		// "970 million people are registered for the vote, which ends on
		// June 1": a day still to come is no day a count holds on.
		date, dsp, hasDate = claims.Period{}, claims.Span{}, false
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
		if d.toks[j].quote != q || j == k {
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
		if toll && j < k && d.relativeAfterDate(j, k) {
			continue // "the quake in April, which left 230 dead": the quake's day
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
		if f.hasDate && d.electionDate(d.tokenAt(f.dsp.Start)) {
			// Another date of the sentence may say when the count was
			// given: "… in Thursday's elections fell to 31.4%, according
			// to an analysis published on Saturday".
			f.date, f.dsp, f.hasDate = d.sentenceDate(f.s, f.k, true, false)
		}
		if top.election {
			top = dayAt{}
		}
	}
	switch {
	case f.hasDate && d.asOfMarked(d.tokenAt(f.dsp.Start), f.s):
		// "By Monday, Ukraine had received …, officials said on
		// Tuesday": the day the figure holds as of.
		c.AsOf = f.date
		b.why("as_of", f.dsp)
	case f.perfect && c.Speaker.Role != "outlet" && !f.when.IsZero() && (!f.hasDate || d.toks[d.tokenAt(f.dsp.Start)].kind != tFig && !d.offsetEnd(d.lastTokenIn(f.dsp)) && !d.ownDayAfter(f)):
		// "has risen to 1,046, the agency said on Friday": a running
		// figure is as of the statement.
		c.AsOf = f.when
		b.whyText("as_of", "the date of the statement (present perfect)")
	case f.hasDate:
		c.AsOf = f.date
		b.why("as_of", f.dsp)
	case c.Speaker.Role != "outlet" && !f.when.IsZero() &&
		!(d.lx.measureClass[c.Measure]&mcCrowd != 0 && !top.p.IsZero() && d.whenCarried(f)):
		// (A crowd is of the day the story is at, not of the day its
		// counter last spoke in another sentence: "This time the unions
		// counted 150,000".)
		c.AsOf = f.when
		b.whyText("as_of", "the date of the statement")
	case !f.perfect && c.Scope != claims.Total && !top.p.IsZero() && !d.present(f.cl0, f.cl1) && !d.presentVerb(f.cl0, f.cl1) &&
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
		} else if d.pubOK {
			c.AsOf = claims.On(d.day)
			b.whyText("as_of", d.dayWhy())
			b.defaulted("as_of")
		}
	case d.pubOK:
		c.AsOf = claims.On(d.day)
		b.whyText("as_of", d.dayWhy())
		if !f.perfect || c.Speaker.Role != "outlet" {
			// (The outlet's own "have been returned" is as of its writing,
			// as a speaker's is as of the statement: no default.)
			b.defaulted("as_of")
		}
	}
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
		if !d.lx.relative[t.low] {
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
		for b > 0 && (d.lx.prep[d.toks[b].low] || d.toks[b].low == "late" || d.toks[b].low == "early") {
			b--
		}
		if b >= 0 && (d.lx.speech[d.toks[b].low] || pastVerb(d.toks[b].low)) {
			return false // "announced on Monday that …"
		}
		return p.kind == tFig || p.kind == tWord && !d.lx.speech[p.low] && !d.lx.prep[p.low] && !d.lx.aux[p.low] && !pastVerb(p.low)
	}
	return false
}

// dayWhy says where the story's day comes from.
func (d *document) dayWhy() string {
	if d.day != d.source.Published {
		return "the dateline's day"
	}
	return "the publication date"
}

// headlineSentences is how many sentences a headline and a sub-headline
// may take before the story's first full stop.
const headlineSentences = 3

// headlineDates dates a figure of the headline that no word of its own
// dates as the same figure told in the story's first sentences: "Tens of
// thousands rally in Lisbon" is of the Thursday the lead says they
// marched, not of the day the page went out.
func (d *document) headlineDates(out []claims.Claim) {
	heads := 0
	for heads < len(d.sents) && heads < headlineSentences && !d.stopped(heads) {
		heads++
	}
	if heads == 0 || heads == len(d.sents) {
		return
	}
	for i := range out {
		h := &out[i]
		if h.Kind == claims.Withheld {
			continue
		}
		if d.sentOf[d.tokenAt(h.QuantitySpan.Start)] >= heads {
			break // claims come in the order of their figures
		}
		if c, ok := h.Confidence.Get("as_of"); !ok || c != claims.Defaulted {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			si := d.sentOf[d.tokenAt(b.QuantitySpan.Start)]
			if si < heads {
				continue
			}
			if si >= heads+leadSentences {
				break
			}
			// (A headline drops the hedge: "40,000" for "About 40,000".)
			if b.Quantity.Value.Cmp(h.Quantity.Value) != 0 || b.Quantity.Vague != h.Quantity.Vague ||
				h.Measure != "" && b.Measure != "" && h.Measure != b.Measure || b.AsOf.IsZero() {
				continue
			}
			if c, ok := b.Confidence.Get("as_of"); ok && c == claims.Defaulted {
				break // the story does not date it either
			}
			h.AsOf = b.AsOf
			_ = h.Confidence.Set("as_of", claims.Inferred)
			if d.x.opts.Explain {
				h.Reasons = append(h.Reasons, claims.Reason{Field: "as_of", Words: "the same figure in the story: " + b.Quantity.Text})
			}
			h.ID = h.ContentID()
			break
		}
	}
}

// relativeBefore reports a relative word in tokens [c0, j): what follows
// it tells of the noun before, not of the sentence.
func (d *document) relativeBefore(c0, j int) bool {
	for i := c0; i < j; i++ {
		if d.lx.relative[d.toks[i].low] {
			return true
		}
	}
	return false
}

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
		if d.toks[j].quote == d.toks[k].quote && d.asOfMarked(j, s) {
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
			if j < cl0 || j > cl1 || d.toks[j].quote != d.toks[k].quote {
				continue
			}
			if p, sp, ok := d.dateAt(j); ok {
				if d.dayEarlier(j, s) || j < k && j+1 < len(d.toks) && d.toks[j+1].low == "ago" {
					continue // "a day earlier" is read below; "since April" starts a period
				}
				if j > k && d.reducedRelative(k, j) {
					continue // "were returned under the deal brokered on May 16": the deal's date
				}
				if j < k && d.relativeClauseAt(cl0, j) {
					continue // "the toll of the storms that hit the coast on Friday rose to 340": the storms' day
				}
				if toll && j < k && d.relativeAfterDate(j, k) {
					continue // "the collapse of a bridge in March that killed 27": the collapse's day
				}
				if j > k && d.objectOfPast(k, cl0) && d.participleBetween(k, j) {
					continue // "the swap included two civilians captured in Mariupol in 2022": the capture's day
				}
				if j > k && d.relativeDateAfter(k, j, cl0) {
					continue // "released 142 pupils who were abducted two weeks ago": the abduction's day
				}
				if j > k && d.comparedAfter(k, j) {
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

// noteTopic moves the date the story is at to a date of sentence si, which
// is the outlet's own narrative. A date that dates a figure of its
// sentence ("the toll rose to 1,000 on Thursday") says when that figure
// held, not when the statements that follow were made. A period's start
// ("since the movement began in January", "two years ago") and a day
// still to come ("the bill is examined on Thursday, June 8") are no day
// the story is at. A day before the latest the story has been at is a
// look back ("During the previous day of action on May 1, …"): it holds
// for its paragraph, and the story is back at its latest day after.
func (d *document) noteTopic(si int, s sentence, narr int) {
	if narr >= 0 {
		// A sentence in another voice names the day of its event with a
		// possessive: "Labor leaders said Saturday … joined Friday's
		// general strike".
		for k := s.first; k <= s.last; k++ {
			if t := &d.toks[k]; t.quote == 0 && t.cls&cDate != 0 && (t.capital || isDayWord(t.low)) && d.possessiveDate(k) {
				if p, _, ok := d.dateAtOnly(k); ok && (!d.pubOK || p.From.Compare(d.source.Published) <= 0) {
					d.topic, d.topicPara, d.topicFig, d.topicVote, d.topicNamed = p, d.paraOf[si], true, d.electionDate(k), true
					if d.storyDay.p.IsZero() || p.End().Compare(d.storyDay.p.End()) >= 0 {
						d.storyDay = dayAt{p: p, para: d.paraOf[si], fig: true, election: d.topicVote, named: true}
					}
				}
			}
		}
		return
	}
	figs, told := false, false
	for k := s.first; k <= s.last; k++ {
		if t := &d.toks[k]; t.kind == tFig && d.figs[t.fig].claim {
			figs = true
		}
		if !told && d.toks[k].kind == tWord {
			told = d.cls(k)&cTold != 0
		}
	}
	for k := s.first; k <= s.last; k++ {
		if d.toks[k].quote != 0 {
			continue
		}
		p, _, ok := d.dateAtOnly(k)
		if !ok || d.inSince(k) || k+1 < len(d.toks) && d.toks[k+1].low == "ago" {
			continue
		}
		if d.pubOK && p.From.Compare(d.source.Published) > 0 {
			continue
		}
		d.topic, d.topicPara, d.topicFig, d.topicVote, d.topicNamed = p, d.paraOf[si], figs, d.electionDate(k), false
		if d.storyDay.p.IsZero() || p.End().Compare(d.storyDay.p.End()) >= 0 {
			d.storyDay = dayAt{p: p, para: d.paraOf[si], fig: figs, election: d.topicVote}
		}
		if told {
			// "Yesterday, we received varying figures on the dead": the
			// day the statements that follow were made.
			d.sayDay = dayAt{p: p, para: d.paraOf[si]}
		}
	}
}

// leadSentences is how many sentences open a story: its headline and lead.
const leadSentences = 4

// leadStatementDay returns the day the story's lead says its statements
// were made: the date of its first attribution in the past tense
// ("Machado said on Monday that …"), when its first sentences have one
// and it is dated.
func (d *document) leadStatementDay() (claims.Period, bool) {
	for si := 0; si < len(d.sents) && si < leadSentences && si < len(d.attrs); si++ {
		for _, a := range d.attrs[si] {
			if a.verb >= 0 && pastVerb(d.toks[a.verb].low) && !a.wire {
				// The lead's first statement: when it is undated, so is
				// the story's day of statements.
				return a.when, !a.when.IsZero()
			}
		}
	}
	return claims.Period{}, false
}

// attributionOf returns the attribution that gives figure f its speaker,
// or nil.
func (d *document) attributionOf(f figureAt) *attribution {
	if q := d.toks[f.k].quote; q > 0 {
		return d.quoteAttr[q-1]
	}
	return d.attributionFor(f.si, f.k)
}

// saidInPast reports a figure whose attribution's verb is in the past
// tense: "said", "told", "estimated" (not "says", "according to").
func (d *document) saidInPast(f figureAt) bool {
	a := d.attributionOf(f)
	return a != nil && a.verb >= 0 && pastVerb(d.toks[a.verb].low)
}

// whenCarried reports a figure whose date of statement is not in its own
// attribution but the day its speaker last spoke before.
func (d *document) whenCarried(f figureAt) bool {
	a := d.attributionOf(f)
	return a == nil || a.when.IsZero()
}

// pastVerb reports a verb of speech in the past tense.
func pastVerb(w string) bool {
	switch w {
	case "said", "told", "wrote", "gave", "put", "quoted":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// dayAt is a day the narrative is at, the paragraph that set it, and
// whether the sentence that set it dates a figure of its own.
type dayAt struct {
	p        claims.Period
	para     int
	fig      bool
	election bool // the day of a vote: "During the August 9 elections"
	named    bool // named in another voice's sentence ("… joined Friday's strike"): a crowd's day only
}

// topicAt returns the day the narrative is at in paragraph para: the day
// set last, unless that was a look back in an earlier paragraph.
func (d *document) topicAt(para int) dayAt {
	if d.topicPara != para && !d.storyDay.p.IsZero() && d.topic.End().Compare(d.storyDay.p.End()) < 0 {
		return d.storyDay
	}
	return dayAt{p: d.topic, para: d.topicPara, fig: d.topicFig, election: d.topicVote, named: d.topicNamed}
}

// electionDate reports a date at token j that is the day of a vote: "the
// September 7 election", "in September 7 polls", "the August 9
// presidential elections", "Sunday's vote", "the election on Sunday".
func (d *document) electionDate(j int) bool {
	for i := j + 1; i < len(d.toks) && i <= j+3; i++ {
		t := &d.toks[i]
		if electionWords[t.low] {
			return true
		}
		if t.kind != tWord || d.lx.prep[t.low] || d.lx.speech[t.low] {
			break
		}
	}
	return j >= 2 && (d.toks[j-1].low == "on" || d.toks[j-1].low == "of") && electionWords[d.toks[j-2].low]
}

// comparedAfter reports a comparison word between figure k and a date at
// j after it: the date is of what k is compared with.
func (d *document) comparedAfter(k, j int) bool {
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

// asOfMarked reports a date token j after "by", "as of" or "as at": the
// day a figure holds as of ("by Monday", "as of 12 June", "by the end of
// May").
func (d *document) asOfMarked(j int, s sentence) bool {
	if j-3 >= s.first && d.toks[j-1].low == "of" && (d.toks[j-2].low == "end" || d.toks[j-2].low == "close") {
		// "as of end of October", "by the end of May"
		j -= 2
		if j-1 >= s.first && d.toks[j-1].low == "the" {
			j--
		}
	}
	if j-1 < s.first {
		return false
	}
	switch d.toks[j-1].low {
	case "by":
		return true
	case "of", "at":
		return j-2 >= s.first && d.toks[j-2].low == "as"
	}
	return false
}

// eventDays reads, once, the day the text gives each event noun: "the
// crash of a plane on January 24", "Wednesday's exchange". The first day
// told for a noun is its day (a day still to come is none).
func (d *document) eventDays() map[string]claims.Period {
	if d.events != nil {
		return d.events
	}
	d.events = map[string]claims.Period{}
	for j := range d.toks {
		t := &d.toks[j]
		if t.kind == tPunct || t.kind == tWord && (t.cls&cDate == 0 || !t.capital && !isDayWord(t.low)) {
			continue
		}
		poss := d.possessiveDate(j)
		if !poss && (j < 2 || d.toks[j-1].low != "on" && d.toks[j-1].low != "of") {
			continue
		}
		p, _, ok := d.dateAtOnly(j)
		if !ok || d.pubOK && p.From.Compare(d.source.Published) > 0 {
			continue
		}
		if poss {
			// "Wednesday's exchange", "Saturday's deadly earthquake"
			for i := j + 1; i < len(d.toks) && i <= j+3; i++ {
				if w := d.toks[i].low; dayEventNouns[w] {
					if _, seen := d.events[w]; !seen {
						d.events[w] = p
					}
					break
				}
			}
			continue
		}
		// "the unexplained loss of a cargo plane on March 9"
		for i := j - 2; i >= 0 && i >= j-12 && !d.boundary(i); i-- {
			if w := d.toks[i].low; dayEventNouns[w] && (i > 0 && definite[d.toks[i-1].low] || i > 1 && definite[d.toks[i-2].low]) {
				if _, seen := d.events[w]; !seen {
					d.events[w] = p
				}
				// "the crash of a Russian plane on January 24": the plane
				// of the crash, told again as "the plane".
				if n := d.toks[j-2]; j-2 > i+1 && d.toks[i+1].low == "of" && n.kind == tWord && !n.capital && !d.lx.prep[n.low] &&
					d.x.measures[n.low] == "" && !d.lx.person[n.low] {
					if _, seen := d.events[n.low]; !seen {
						d.events[n.low] = p
					}
				}
				break
			}
		}
	}
	return d.events
}

// eventDate returns the day of an event the figure's sentence points at
// before it ("since the deadly crash of …", "the plane"), when the text
// dates that event.
func (d *document) eventDate(s sentence, k int) (claims.Period, claims.Span, bool) {
	events := d.eventDays()
	if len(events) == 0 {
		return claims.Period{}, claims.Span{}, false // most stories date no event by its noun
	}
	for i := s.first + 1; i < k; i++ {
		t := &d.toks[i]
		if t.kind != tWord || t.quote != d.toks[k].quote {
			continue
		}
		if !definite[d.toks[i-1].low] && !(i-2 >= s.first && definite[d.toks[i-2].low] && d.toks[i-1].kind == tWord) {
			continue
		}
		if p, ok := events[t.low]; ok {
			return p, claims.Span{Start: t.start, End: t.end}, true
		}
	}
	return claims.Period{}, claims.Span{}, false
}

// relativeDateAfter reports a date at j in a relative clause that follows
// figure k, the object of a verb in the past just before it: the clause
// tells of its noun's own event ("freed 142 pupils who were abducted two
// weeks ago"), not of the verb that counts them.
func (d *document) relativeDateAfter(k, j, cl0 int) bool {
	rel := false
	for i := k + 1; i < j; i++ {
		if d.lx.relative[d.toks[i].low] {
			rel = true
			break
		}
	}
	return rel && d.objectOfPast(k, cl0)
}

// objectOfPast reports a figure k that a verb in the past just before it
// counts: "freed 142 pupils", "included two civilians".
func (d *document) objectOfPast(k, cl0 int) bool {
	for i := k - 1; i >= cl0 && i >= k-3; i-- {
		if t := &d.toks[i]; t.kind == tWord && pastVerb(t.low) && !d.lx.speech[t.low] {
			return true
		}
	}
	return false
}

// participleBetween reports a past participle followed by a preposition
// in tokens (k, j): "two civilians captured in …".
func (d *document) participleBetween(k, j int) bool {
	for i := k + 1; i < j-1 && i <= k+4; i++ {
		if t := &d.toks[i]; t.kind == tWord && strings.HasSuffix(t.low, "ed") && d.lx.prep[d.toks[i+1].low] && d.toks[i-1].kind == tWord && !d.lx.aux[d.toks[i-1].low] {
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
		if t.kind != tWord || !strings.HasSuffix(t.low, "ed") || d.lx.speech[t.low] || !d.lx.prep[d.toks[i+1].low] {
			continue // "arrested in France", not "crossed the river"
		}
		if p.kind == tWord && !p.capital && !d.lx.aux[p.low] && !d.lx.relative[p.low] && !d.lx.prep[p.low] &&
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
		if !d.lx.relative[d.toks[i].low] {
			continue
		}
		p := d.toks[i-1]
		if p.kind == tWord && !d.lx.speech[p.low] && !d.lx.prep[p.low] && !d.lx.aux[p.low] && !pastVerb(p.low) {
			return true
		}
	}
	return false
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
