package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The story's day, part of the date stage (asof.go): the day the narrative
// is at as it goes from sentence to sentence (noteTopic), the day the lead
// gives its statements, the days the text gives its events ("the crash of
// a plane on January 24", "Wednesday's exchange") and the dates a headline
// takes from its lead. A figure with no date of its own holds on the day
// its story is at.

// dayWhy says where the story's day comes from.
func (d *document) dayWhy() string {
	if d.day != d.source.Published {
		return "the dateline's day"
	}
	return "the publication date"
}

// headlineCount returns the number of sentences that open the text
// without a stop (a headline and its sub-headlines), 0 when there are
// none or when no sentence of the text has one.
func (d *document) headlineCount() int {
	heads := 0
	for heads < len(d.sents) && heads < headlineSentences && !d.stopped(heads) {
		heads++
	}
	if heads == len(d.sents) {
		return 0
	}
	return heads
}

// headlineDates dates a figure of the headline that no word of its own
// dates as the same figure told in the story's first sentences: "Tens of
// thousands rally in Lisbon" is of the Thursday the lead says they
// marched, not of the day the page went out.
func (d *document) headlineDates(out []claims.Claim) {
	heads := d.headlineCount()
	if heads == 0 {
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
		if d.nowBefore(d.tokenAt(h.QuantitySpan.Start)) {
			continue // "Toll now stands at 40": the page's day, not the lead's event's
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
			// (Nor a figure of another kind: "transfers over 6,000" is no
			// telling of "agreed to return 6,000".)
			if b.Quantity.Value.Cmp(h.Quantity.Value) != 0 || b.Quantity.Vague != h.Quantity.Vague ||
				h.Measure != "" && b.Measure != "" && h.Measure != b.Measure || b.AsOf.IsZero() || b.Kind != h.Kind {
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
			break
		}
		if c, ok := h.Confidence.Get("as_of"); ok && c == claims.Defaulted && h.AsOf == claims.On(d.day) &&
			d.eventDayOf(h, d.sents[d.sentOf[d.tokenAt(h.QuantitySpan.Start)]]) {
			// "Hundreds of prisoners, 16 soldiers freed", of a swap the
			// story tells on Saturday: the story's day, when the lead has
			// no figure to match.
			h.AsOf = d.storyDay.p
			if d.x.opts.Explain {
				h.Reasons = append(h.Reasons, claims.Reason{Field: "as_of", Words: "the day of the story's event"})
			}
		}
	}
}

// pastLevels reports a sentence that gives figures of two or more past
// days before the story's, each right after its figure ("drew 60 in
// March and 150 in April"): levels to compare with, not the narrative.
func (d *document) pastLevels(s sentence) bool {
	n := 0
	for k := s.first + 1; k <= s.last; k++ {
		t := &d.toks[k]
		if !t.mayBeDate() || t.quote != 0 {
			continue
		}
		p, _, ok := d.dateAtOnly(k)
		if !ok {
			continue // "the march"
		}
		if d.storyDay.p.IsZero() || p.End().Compare(d.storyDay.p.From) >= 0 {
			return false // a day of the story's, or no story's day yet to look back from
		}
		// The figure, perhaps its noun, and a preposition right before
		// the date: "60 people in December", "150 in January".
		if k-2 >= s.first && d.cls(k-1)&cPrep != 0 && (d.claimBetween(k-2, k-1) || k-3 >= s.first && d.toks[k-2].kind == tWord && d.claimBetween(k-3, k-2)) {
			n++
		}
	}
	return n >= 2
}

// nowBefore reports "now" before the figure at token k in its sentence:
// the figure holds on the day of the page.
func (d *document) nowBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := s.first; j < k; j++ {
		if d.toks[j].low == "now" {
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
			if k = d.nextCls(k, s.last, cDate); k > s.last {
				break
			}
			if t := &d.toks[k]; t.quote == 0 && t.cls&cDate != 0 && (t.capital || isDayWord(t.low)) && d.possessiveDate(k) {
				if p, _, ok := d.dateAtOnly(k); ok && (!d.pubOK || p.From.Compare(d.source.Published) <= 0) {
					d.topic, d.topicPara, d.topicFig, d.topicVote, d.topicNamed = p, d.paraOf[si], true, d.electionDate(k), true
					if d.storyDay.p.IsZero() || p.End().Compare(d.storyDay.p.End()) >= 0 {
						d.storyDay = dayAt{p: p, para: d.paraOf[si], fig: true, election: d.topicVote, named: true}
					}
				}
			}
		}
		d.noteVoicedDay(si, s)
		return
	}
	figs, told := false, false
	toks := d.toks[s.first : s.last+1]
	for k := range toks {
		if t := &toks[k]; t.kind == tFig && d.figs[t.fig].claim {
			figs = true
		} else if t.kind == tWord && t.cls&cTold != 0 {
			told = true
		}
	}
	if figs && d.pastLevels(s) {
		// "Earlier marches drew 60 in March and 150 in April": a series
		// of past levels, each of its own day, is no day the story is at.
		return
	}
	for k := s.first; k <= s.last; k++ {
		if k = d.nextMayBeDate(k, s.last); k > s.last {
			break
		}
		if t := &d.toks[k]; t.quote != 0 || !t.mayBeDate() {
			continue
		}
		p, _, ok := d.dateAtOnly(k)
		if !ok || d.inSince(k) || k+1 < len(d.toks) && d.toks[k+1].low == "ago" || d.windowBack(k) || d.appositiveDate(k) {
			continue // (nor is "in the past month" a day: a stretch up to the page's; nor the day a name's aside tells)
		}
		if d.pubOK && p.From.Compare(d.source.Published) > 0 || d.dateAhead(k) {
			continue
		}
		d.topic, d.topicPara, d.topicFig, d.topicVote, d.topicNamed = p, d.paraOf[si], figs, d.electionDate(k), false
		if d.pastYears(p) {
			continue // background for its paragraph, no day the story is at
		}
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

// appositiveDate reports a date at token k in an aside that describes a
// name by what befell it: "Kherson, a port retaken by the army in
// November 2022, has …". The aside tells the place's past, not the day
// the story is at.
func (d *document) appositiveDate(k int) bool {
	for c := k - 1; c >= 2 && c >= k-10; c-- {
		if d.toks[c].low != "," {
			if d.boundary(c) || d.toks[c].kind == tFig && d.figs[d.toks[c].fig].claim {
				return false
			}
			continue
		}
		if !d.toks[c-1].capital || d.toks[c-1].kind != tWord || !isArticle(d.toks[c+1].low) {
			return false
		}
		for i := c + 3; i < k-1; i++ {
			w := d.toks[i].low
			if (strings.HasSuffix(w, "ed") || isIrregularPast(w)) && d.toks[i-1].kind == tWord && d.cls(i-1)&(cAux|cPrep) == 0 &&
				d.cls(i+1)&cPrep != 0 {
				return true // "a town seized by …", "a city hit in …"
			}
		}
		return false
	}
	return false
}

// dateAhead reports a date named in a clause of what is still to happen,
// before the date in that clause: "the unions will meet the minister on
// Tuesday", "with parliament set to vote on Monday", "talks are due to
// resume on Friday", "budget talks later this week". A bare weekday there is resolved to the past week,
// but it is a day still to come.
func (d *document) dateAhead(k int) bool {
	if i := k - 1; i >= 1 && (d.toks[i].low == "this" || d.toks[i].low == "that") && d.toks[i-1].low == "later" {
		return true // "budget talks later this week": the rest of the week, still to come
	}
	cl := &d.clist[d.clauseAt(k)]
	for j := int(cl.first); j < k; j++ {
		switch w := d.toks[j].low; {
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case w == "to" && j > int(cl.first) && j+1 < k && d.toks[j+1].kind == tWord:
			if p := d.toks[j-1].low; aheadWords[p] || d.toks[j-1].gram&gBe != 0 {
				return true // "set to vote", "due to resume", "are to meet"; not "against plans to cut … on Sunday"
			}
		}
	}
	return false
}

// leadStatementDay returns the day the story's lead says its statements
// were made: the date of its first attribution in the past tense
// ("Machado said on Monday that …"), when its first sentences have one
// and it is dated.
func (d *document) leadStatementDay() (claims.Period, bool) {
	p, _, ok := d.leadStatement()
	return p, ok
}

// leadStatement is leadStatementDay, with the sentence of the statement.
func (d *document) leadStatement() (claims.Period, int, bool) {
	for si := 0; si < len(d.sents) && si < leadSentences && si < len(d.attrs); si++ {
		for _, a := range d.attrs[si] {
			if a.verb >= 0 && pastVerb(d.toks[a.verb].low) && !a.wire {
				// The lead's first statement: when it is undated, so is
				// the story's day of statements.
				return a.when, si, !a.when.IsZero()
			}
		}
	}
	return claims.Period{}, 0, false
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

// topicAt returns the day the narrative is at in paragraph para: the day
// set last, unless that was a look back in an earlier paragraph.
func (d *document) topicAt(para int) dayAt {
	if d.topicPara != para && (!d.storyDay.p.IsZero() && d.topic.End().Compare(d.storyDay.p.End()) < 0 || d.pastYears(d.topic)) {
		return d.storyDay
	}
	return dayAt{p: d.topic, para: d.topicPara, fig: d.topicFig, election: d.topicVote, named: d.topicNamed}
}

// pastYears reports a period of a year or more that ended before the
// story was published: "the crisis escalated in 2022" is background, which
// holds for its paragraph, not the day the narrative is at after it.
func (d *document) pastYears(p claims.Period) bool {
	return d.pubOK && !p.IsZero() && p.From.AddDays(360).Compare(p.End()) <= 0 && p.End().Compare(d.source.Published) < 0
}

// electionDate reports a date at token j that is the day of a vote: "the
// September 7 election", "in September 7 polls", "the August 9
// presidential elections", "Sunday's vote", "the election on Sunday",
// "Sunday's local and regional polls" (adjectives joined before the noun).
func (d *document) electionDate(j int) bool {
	for i := j + 1; i < len(d.toks) && i <= j+4; i++ {
		t := &d.toks[i]
		if electionWords[t.low] {
			return true
		}
		if t.kind != tWord || t.cls&cPrep != 0 || t.cls&cSpeech != 0 || isArticle(t.low) {
			break
		}
	}
	return j >= 2 && (d.toks[j-1].low == "on" || d.toks[j-1].low == "of") && electionWords[d.toks[j-2].low]
}

// eventDays reads, once, the day the text gives each event noun: "the
// crash of a plane on January 24", "Wednesday's exchange". The first day
// told for a noun is its day (a day still to come is none).
func (d *document) eventDays() map[string]claims.Period {
	if d.events != nil {
		return d.events
	}
	d.events = map[string]claims.Period{}
	for j := 0; j < len(d.toks); j++ {
		if j = d.nextMayBeDate(j, len(d.toks)-1); j == len(d.toks) {
			break
		}
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
			if i := d.eventNounAfter(j); i >= 0 {
				if _, seen := d.events[d.toks[i].low]; !seen {
					d.events[d.toks[i].low] = p
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

// noteVoicedDay moves the story's day to a day of the week before the
// page that a sentence in another voice gives what it tells: "more
// marched on Thursday than a week before, according to the unions", "some
// 800,000 people marched on Thursday, the union said". The day the words
// were said ("the union said on Friday") is the story's day of statements:
// what they tell then is a look back of the speaker's, as is an older date
// ("the previous record, on March 7"); neither moves the story, nor does
// either become the day the narrative is at.
func (d *document) noteVoicedDay(si int, s sentence) {
	if !d.pubOK || si >= len(d.attrs) {
		return
	}
	for _, a := range d.attrs[si] {
		if a.kind == cueSpeech && a.whenSpan.End > a.whenSpan.Start {
			return // "said on Friday"; not "on Friday, according to …"
		}
	}
	week := d.source.Published.AddDays(-7)
	for k := s.first; k <= s.last; k++ {
		t := &d.toks[k]
		if t.quote != 0 || !t.mayBeDate() {
			continue
		}
		p, _, ok := d.dateAtOnly(k)
		if !ok || p.From.Compare(week) < 0 || p.End().Compare(d.source.Published) > 0 || p.From.AddDays(1).Compare(p.End()) < 0 {
			continue
		}
		if d.inSince(k) || k+1 < len(d.toks) && d.toks[k+1].low == "ago" || d.dateAhead(k) || d.offsetEnd(k) || d.pastPerfectBefore(k) {
			continue // "two days earlier", "the boat had left on Monday": a look back
		}
		if d.storyDay.p.IsZero() || p.End().Compare(d.storyDay.p.End()) > 0 {
			d.storyDay = dayAt{p: p, para: d.paraOf[si], election: d.electionDate(k)}
		}
	}
}

// pastPerfectBefore reports "had" before token k in its clause: what the
// clause dates happened before the story's day ("the boat had left two
// days earlier").
func (d *document) pastPerfectBefore(k int) bool {
	cl := &d.clist[d.clauseAt(k)]
	for j := int(cl.first); j < k; j++ {
		if d.toks[j].low == "had" {
			return true
		}
	}
	return false
}
