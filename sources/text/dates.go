package text

import (
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April, "may": time.May,
	"june": time.June, "july": time.July, "august": time.August, "september": time.September,
	"october": time.October, "november": time.November, "december": time.December,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// monthParts are the words glued before a month that name a part of it:
// "mid-October".
var monthParts = [...]string{"mid-", "early-", "late-"}

// monthPart returns the month of a word that names a part of one
// ("mid-october") and the length of its prefix.
func monthPart(w string) (time.Month, int, bool) {
	for _, p := range monthParts {
		if strings.HasPrefix(w, p) {
			m, ok := months[trimPossessive(w[len(p):])]
			return m, len(p), ok
		}
	}
	return 0, 0, false
}

// dateAt reads a date at token k: a date figure ("June 2", "2 June 2025"),
// a weekday ("on Thursday", "next Monday"), "yesterday", "today", "last
// week". Dates without a year take the publication's, and a weekday is the
// last such day on or before publication ("next" looks ahead). Without a
// publication date only fully written dates are read: nothing is guessed.
func (d *document) dateAt(k int) (claims.Period, claims.Span, bool) {
	if t := &d.toks[k]; t.kind == tPunct || t.kind == tWord && t.cls&cDate == 0 {
		return claims.Period{}, claims.Span{}, false // most tokens, without a call
	}
	p, sp, ok := d.dateAtOnly(k)
	if ok && d.inSince(k) && d.pubOK && p.From.Compare(d.day) < 0 {
		// "since June", "since the war began in February 2022": from then
		// to the report.
		return claims.Between(p.From, d.day), sp, true
	}
	return p, sp, ok
}

// inSince reports a date at token k that opens or stands in a "since"
// phrase or clause: "since June", "since the war began in February 2022",
// "since Russia launched its invasion nearly two years ago". The date is
// where a period starts, not the day a figure holds. The phrase runs back
// at most ten words, within the clause, past no figure.
func (d *document) inSince(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := &d.toks[j]
		if t.low == "since" {
			return !d.sinceAdverb(j)
		}
		if d.boundary(j) || t.kind == tFig && d.figs[t.fig].claim {
			return false
		}
		switch t.low {
		case "and", "but", "while", "when", "after", "before", "as", "until", "till", "through", "than":
			return false // "since Feb. 3 through the end of May": the period's end
		}
	}
	return false
}

// sinceAdverb reports "since" at token j told as an adverb, "later than
// then", before a verb in the past: "figures since released by the
// agency", "has since been revised". It opens no period: a date after it
// is the day of what the verb tells.
func (d *document) sinceAdverb(j int) bool {
	if j+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[j+1]
	if n.kind != tWord || n.capital {
		return false
	}
	return n.low == "been" || n.gram&gVerb != 0 && (strings.HasSuffix(n.low, "ed") || isIrregularPast(n.low))
}

// dateAtOnly is dateAt without the "since" periods.
func (d *document) dateAtOnly(k int) (p claims.Period, sp claims.Span, ok bool) {
	if d.toks[k].mayBeDate() {
		return d.dateAtWord(k)
	}
	return // most tokens
}

// mayBeDate reports a token dateAtOnly may read as a date: a figure or a
// word of the date class. A loop over every token of a sentence tests it
// before the call, which returns a whole period.
func (t *token) mayBeDate() bool {
	return t.kind == tFig || t.kind == tWord && t.cls&cDate != 0
}

// nextMayBeDate returns the first token from i to last that may be a date
// or a date's word (mayBeDate), or last+1: a loop of its own, so that the
// words a stage looking for dates passes over cost little. A mark has no
// class of dates.
func (d *document) nextMayBeDate(i, last int) int {
	if i > last {
		return i
	}
	toks := d.toks[i : last+1]
	for k := range toks {
		if toks[k].kind == tFig || toks[k].cls&cDate != 0 {
			return i + k
		}
	}
	return last + 1
}

// dateAtWord is dateAtOnly for a figure or a word that may be a date.
func (d *document) dateAtWord(k int) (claims.Period, claims.Span, bool) {
	t := &d.toks[k]
	if t.kind == tPunct || d.labelAt.End != 0 && t.start < d.labelAt.End && t.start >= d.labelAt.Start {
		return claims.Period{}, claims.Span{}, false
	}
	if t.kind == tWord {
		if t.cls&cDate == 0 {
			return claims.Period{}, claims.Span{}, false
		}
		switch t.low {
		case "yesterday", "today", "tonight", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
			"yesterday's", "yesterday’s", "today's", "today’s", "tonight's", "tonight’s": // "yesterday's march"
		case "time", "point", "then":
			return d.thatTime(k)
		case "earlier", "before", "later", "after", "day":
			return d.offsetDay(k)
		default:
			if m, n, ok := monthPart(t.low); ok && d.pubOK && d.text[t.start+n] >= 'A' && d.text[t.start+n] <= 'Z' {
				// "in mid-October", "early-March": a part of the month, read
				// as the month.
				y := d.day.Year
				if m > d.day.Month {
					y--
				}
				return d.monthPeriod(k, y, m), claims.Span{Start: t.start, End: t.end}, true
			}
			if !t.capital {
				return claims.Period{}, claims.Span{}, false // months and weekdays are capitalised
			}
			if m, ok := months[trimPossessive(t.low)]; ok && t.capital && d.pubOK && (k > 0 || d.possessiveDate(k)) {
				// "in April", "since March", "April's numbers": the month,
				// in the publication's year or the year before.
				prev := ""
				if k > 0 {
					prev = d.toks[k-1].low
				}
				if d.possessiveDate(k) {
					prev = "of"
				}
				switch prev {
				case "in", "since", "during", "until", "by", "last", "early", "late", "mid", "of", "through":
					y := d.day.Year
					if m > d.day.Month {
						y--
					}
					p := d.monthPeriod(k, y, m)
					if prev == "of" && k >= 3 && d.toks[k-2].low == "weekend" {
						// "the first weekend of April": its Saturday and Sunday.
						if w, ok := nthWeekend(p.From.Year, m, d.ordinalAt(k-3)); ok {
							return w, claims.Span{Start: d.toks[k-3].start, End: t.end}, true
						}
					}
					return p, claims.Span{Start: t.start, End: t.end}, true
				}
			}
			if _, ok := weekdays[trimPossessive(t.low)]; !ok {
				return claims.Period{}, claims.Span{}, false
			}
		}
		if !d.pubOK {
			return claims.Period{}, claims.Span{}, false
		}
	}
	sp := claims.Span{Start: t.start, End: t.end}
	pub := d.day // the story's day: the publication's, or its dateline's
	switch t.kind {
	case tFig:
		f := d.figs[t.fig]
		if f.class == numbers.Duration && k >= 1 && (d.toks[k-1].low == "past" || d.toks[k-1].low == "last") && pub.IsValid() &&
			(k+1 >= len(d.toks) || d.toks[k+1].low != "of") && !d.lastAsVerb(k-1) {
			// "over the past eight days", "in the last two weeks": the days
			// up to the story's (not "the last three months of 2023", nor
			// "the truce is to last four days").
			if n, ok := f.q.Value.Int64(); ok && n > 0 && n < 400 {
				if days := unitDays[strings.TrimSuffix(f.unit, "s")]; days > 0 && int(n)*days <= 366 {
					return claims.Between(pub.AddDays(-int(n)*days), pub), claims.Span{Start: d.toks[k-1].start, End: t.end}, true
				}
			}
		}
		if f.class == numbers.Duration && k+1 < len(d.toks) && d.toks[k+1].low == "ago" && pub.IsValid() {
			// "two weeks ago": that long before publication.
			if n, ok := f.q.Value.Int64(); ok && n > 0 && n < 1000 {
				days := unitDays[strings.TrimSuffix(f.unit, "s")]
				if days > 0 {
					return claims.On(pub.AddDays(-int(n) * days)), claims.Span{Start: t.start, End: d.toks[k+1].end}, true
				}
			}
		}
		if f.class == numbers.Year && k >= 3 && d.toks[k-1].low == "in" && pub.IsValid() &&
			(d.toks[k-3].low == "this" || d.toks[k-3].low == "same") && sameDayNouns[d.toks[k-2].low] {
			// "at this stage in 2022", "the same point in 2023": the
			// story's day of that year.
			if y, ok := f.q.Value.Int64(); ok && y > 1000 && y < 3000 {
				day := claims.Date{Year: int(y), Month: pub.Month, Day: pub.Day}
				if !day.IsValid() {
					day.Day--
				}
				return claims.On(day), claims.Span{Start: d.toks[k-3].start, End: t.end}, true
			}
		}
		if f.class == numbers.Year && k >= 3 && d.toks[k-1].low == "of" {
			// "the first nine months of 2021", "the first half of 2023": from
			// the year's first day to the last of those months.
			if y, ok := f.q.Value.Int64(); ok && y > 1000 && y < 3000 {
				if from, to, i, ok := d.yearPart(k - 2); ok {
					return d.yearPartPeriod(int(y), from, to), claims.Span{Start: d.toks[i].start, End: t.end}, true
				}
			}
		}
		if f.class == numbers.Year && k >= 2 && d.toks[k-1].low == "of" && periodOfYear[d.toks[k-2].low] {
			// "over the same months of 2024", "the same period of 2023", "the
			// whole of 2023": in that year.
			if y, ok := f.q.Value.Int64(); ok && y > 1000 && y < 3000 {
				return claims.Between(claims.Date{Year: int(y), Month: 1, Day: 1}, claims.Date{Year: int(y), Month: 12, Day: 31}), sp, true
			}
		}
		if f.class == numbers.Year && k > 0 && (d.toks[k-1].low == "in" || d.toks[k-1].low == "during" || d.toks[k-1].low == "throughout" || d.toks[k-1].low == "for" ||
			k+1 < len(d.toks) && isArticle(d.toks[k-1].low) && (isEventNoun(d.toks[k+1].low) || electionWords[d.toks[k+1].low] || dayEventNouns[d.toks[k+1].low] || anaphorNouns[d.toks[k+1].low])) {
			// "in 2023", "the figures for 2023", "the 2021 vote", "the 2023
			// figure of 410": the year.
			if y, ok := f.q.Value.Int64(); ok && y > 1000 && y < 3000 {
				return claims.Between(claims.Date{Year: int(y), Month: 1, Day: 1}, claims.Date{Year: int(y), Month: 12, Day: 31}), sp, true
			}
		}
		if f.isDate && f.date.Day == 0 && f.date.Month != 0 {
			// "in April", "June 2025": the month.
			y := f.date.Year
			if y == 0 {
				if !pub.IsValid() {
					return claims.Period{}, sp, false
				}
				y = pub.Year
				if f.date.Month > pub.Month {
					y--
				}
			}
			if m, ok := d.gluedMonthBefore(k); ok {
				// "January-April 2024" in one word: the months from
				// one to the other.
				from := claims.Date{Year: y, Month: m, Day: 1}
				if m > f.date.Month {
					from.Year--
				}
				return claims.Between(from, d.monthPeriod(k, y, f.date.Month).End()), sp, true
			}
			if m, i, ok := d.monthBefore(k); ok {
				// "between January and August 2020", "from March to June
				// 2024": the months from one to the other.
				from := claims.Date{Year: y, Month: m, Day: 1}
				if m > f.date.Month {
					from.Year--
				}
				return claims.Between(from, d.monthPeriod(k, y, f.date.Month).End()), claims.Span{Start: d.toks[i].start, End: sp.End}, true
			}
			return d.monthPeriod(k, y, f.date.Month), sp, true
		}
		dt, dsp, ok := d.dayOf(k)
		if !ok {
			return claims.Period{}, sp, false
		}
		// "between 11 and 16 June", "9-14 June", "from June 9 to June 14": the
		// days from one to the other.
		if end, ok := d.dashedDay(k); ok && dt.Compare(end) < 0 {
			return claims.Between(dt, end), dsp, true // "11-16 June": one word holds both
		}
		if j, ok := d.rangeEnd(k); ok {
			if end, esp, ok := d.dayOf(j); ok && dt.Compare(end) < 0 {
				return claims.Between(dt, end), claims.Span{Start: dsp.Start, End: esp.End}, true
			}
		}
		if j, ok := d.rangeStart(k); ok {
			if start, ssp, ok := d.dayOf(j); ok && start.Compare(dt) < 0 {
				return claims.Between(start, dt), claims.Span{Start: ssp.Start, End: dsp.End}, true
			}
		}
		return claims.On(dt), dsp, true
	case tWord:
	default:
		return claims.Period{}, sp, false
	}
	return d.dateOfWord(k, t, sp, pub)
}

// dayOf reads the day a date figure at token k names ("June 2", "2 June
// 2025", "June 30 last year"): without a year, the publication's (the year
// before for a day more than a month after it).
func (d *document) dayOf(k int) (claims.Date, claims.Span, bool) {
	t := &d.toks[k]
	if t.kind != tFig {
		return claims.Date{}, claims.Span{Start: t.start, End: t.end}, false
	}
	dt, ok := d.dayOfFig(int(t.fig), k)
	sp := claims.Span{Start: t.start, End: t.end}
	if k+2 < len(d.toks) && d.toks[k+2].low == "year" && (d.toks[k+1].low == "last" || d.toks[k+1].low == "this") {
		sp.End = d.toks[k+2].end // "June 30 last year", "March 2 this year"
	}
	return dt, sp, ok
}

// dayOfFig is dayOf for figure fi, whose token (or the token that holds
// it) is k.
func (d *document) dayOfFig(fi, k int) (claims.Date, bool) {
	f := &d.figs[fi]
	pub := d.day
	if !f.isDate || f.date.Day == 0 || f.date.Month == 0 {
		return claims.Date{}, false
	}
	dt := f.date
	if dt.Year == 0 {
		if !pub.IsValid() {
			return claims.Date{}, false
		}
		dt.Year = pub.Year
		if k+2 < len(d.toks) && d.toks[k+2].low == "year" && (d.toks[k+1].low == "last" || d.toks[k+1].low == "this") {
			if d.toks[k+1].low == "last" {
				dt.Year-- // "June 30 last year"
			}
		} else if dt.IsValid() && dt.Compare(pub.AddDays(31)) > 0 {
			dt.Year-- // "December 28" in a January article
		}
	}
	return dt, dt.IsValid()
}

// rangeEnd returns the token of the day that ends a period opened by the
// date at k: "11-16 June", "from June 9 to June 14", "between 11 and 16
// June" (not "on 11 and 16 June", two days).
func (d *document) rangeEnd(k int) (int, bool) {
	j := k + 2
	if j >= len(d.toks) || d.toks[j].kind != tFig {
		return 0, false
	}
	w := d.toks[k+1].low
	return j, rangeWords[w] || w == "and" && k > 0 && d.toks[k-1].low == "between"
}

// rangeStart returns the token of the day that opens the period the date
// at k ends: the day before "-", "to" or "and" after "between".
func (d *document) rangeStart(k int) (int, bool) {
	j := k - 2
	if j < 0 || d.toks[j].kind != tFig {
		return 0, false
	}
	w := d.toks[k-1].low
	return j, rangeWords[w] || w == "and" && j > 0 && d.toks[j-1].low == "between"
}

// monthBefore reads the month that opens a period the month at token k
// ends: "January" of "between January and August 2020", "from March to
// June", "January-August 2020". It returns the month and its token.
func (d *document) monthBefore(k int) (time.Month, int, bool) {
	if k < 2 {
		return 0, 0, false
	}
	w := d.toks[k-1].low
	m := d.toks[k-2]
	if m.kind != tWord || !m.capital || !(rangeWords[w] || w == "and" && k >= 3 && d.toks[k-3].low == "between") {
		return 0, 0, false
	}
	month, ok := months[m.low]
	return month, k - 2, ok
}

// gluedMonthBefore reads the month glued by a dash before the month of
// the date figure at k, in one word with it: the "January" of
// "January-April 2024".
func (d *document) gluedMonthBefore(k int) (time.Month, bool) {
	t := &d.toks[k]
	pre := d.text[t.start:d.figs[t.fig].span.Start]
	if w, ok := strings.CutSuffix(pre, "-"); ok {
		pre = w
	} else if w, ok := strings.CutSuffix(pre, "–"); ok {
		pre = w
	} else {
		return 0, false
	}
	m, ok := months[strings.ToLower(pre)]
	return m, ok
}

// dashedDay reads the day after a dash in the word of the date figure at
// k: the "16 June" of "11-16 June", a figure with no token of its own.
func (d *document) dashedDay(k int) (claims.Date, bool) {
	fi := int(d.toks[k].fig)
	if fi+1 >= len(d.figs) || d.figs[fi+1].span.Start >= d.toks[k].end {
		return claims.Date{}, false
	}
	if gap := d.text[d.figs[fi].span.End:d.figs[fi+1].span.Start]; gap != "-" && gap != "–" {
		return claims.Date{}, false
	}
	return d.dayOfFig(fi+1, k)
}

// dateOfWord reads a word of time at token k: "yesterday", "today", "last
// week", "this year", a weekday.
func (d *document) dateOfWord(k int, t *token, sp claims.Span, pub claims.Date) (claims.Period, claims.Span, bool) {
	prev := ""
	if k > 0 {
		prev = d.toks[k-1].low
	}
	switch trimPossessive(t.low) {
	case "yesterday":
		return claims.On(pub.AddDays(-1)), sp, true
	case "today", "tonight":
		return claims.On(pub), sp, true
	case "morning", "afternoon", "evening", "night":
		switch prev {
		case "this":
			return claims.On(pub), claims.Span{Start: d.toks[k-1].start, End: t.end}, true // "this evening"
		case "last":
			if t.low == "night" || t.low == "evening" {
				return claims.On(pub.AddDays(-1)), claims.Span{Start: d.toks[k-1].start, End: t.end}, true // "last night"
			}
		}
	case "weekend":
		// "over the weekend", "this weekend": the last Saturday and
		// Sunday up to the report; "last weekend": the one before.
		sat := pub.AddDays(-((int(pub.Weekday()) + 1) % 7))
		if prev == "last" && pub.Weekday() != time.Monday {
			sat = sat.AddDays(-7)
		}
		if prev != "this" && prev != "last" && !(prev == "the" && k >= 2 && (d.toks[k-2].low == "over" || d.toks[k-2].low == "at" || d.toks[k-2].low == "during")) {
			break // not "by the weekend", which may be still to come
		}
		if k+2 < len(d.toks) && d.toks[k+1].low == "of" && d.toks[k+2].capital && months[d.toks[k+2].low] != 0 {
			break // "the last weekend of May": the month's, read at the month
		}
		end := sat.AddDays(1)
		if end.Compare(pub) > 0 {
			end = pub
		}
		return claims.Between(sat, end), claims.Span{Start: d.toks[k-1].start, End: t.end}, true
	case "week":
		if d.windowBack(k) {
			// "in the past week", "over the last week": the seven days up
			// to the story's, not the calendar week before it.
			return claims.Between(pub.AddDays(-unitDays[t.low]), pub), claims.Span{Start: d.toks[k-2].start, End: t.end}, true
		}
		off := (int(pub.Weekday()) + 6) % 7
		switch prev {
		case "last":
			// Monday to Sunday of the week before publication.
			mon := pub.AddDays(-off - 7)
			return claims.Between(mon, mon.AddDays(6)), claims.Span{Start: d.toks[k-1].start, End: t.end}, true
		case "this":
			return claims.Between(pub.AddDays(-off), pub), claims.Span{Start: d.toks[k-1].start, End: t.end}, true
		}
	case "month", "year":
		// "this month", "so far this year": from its first day to the
		// report; "last month", "last year": the whole of the one before;
		// "at the start of the year": its first day.
		first := claims.Date{Year: pub.Year, Month: pub.Month, Day: 1}
		if t.low == "year" {
			first.Month = 1
		}
		if k == 0 {
			break // a year or a month of no time said
		}
		if d.windowBack(k) {
			// "in the last month", "over the past year": the days up to
			// the story's, not the calendar month or year before it.
			return claims.Between(pub.AddDays(-unitDays[t.low]), pub), claims.Span{Start: d.toks[k-2].start, End: t.end}, true
		}
		ws := claims.Span{Start: d.toks[k-1].start, End: t.end}
		if t.low == "year" && (prev == "last" || prev == "this" || prev == "the") && k >= 4 && d.toks[k-2].low == "of" {
			// "the first four months of this year", "the third quarter of
			// last year": those months of it; "the first half of the year"
			// is of the page's year.
			if from, to, i, ok := d.yearPart(k - 3); ok {
				y := pub.Year
				if prev == "last" {
					y--
				}
				return d.yearPartPeriod(y, from, to), claims.Span{Start: d.toks[i].start, End: t.end}, true
			}
		}
		if (prev == "last" || prev == "this") && k >= 2 {
			if b := d.toks[k-2]; b.kind == tFig && d.figs[b.fig].isDate && d.figs[b.fig].date.Day != 0 {
				return claims.Period{}, sp, false // the year of "June 30 last year", read with its day
			}
			if t.low == "year" && prev == "last" && k >= 3 && (d.toks[k-3].low == "same" || d.toks[k-3].low == "this") && sameDayNouns[d.toks[k-2].low] {
				// "at the same point last year", "this time last year":
				// this day a year ago.
				return claims.On(sameDayYearBefore(pub)), claims.Span{Start: d.toks[k-3].start, End: t.end}, true
			}
		}
		if prev == "the" && k >= 3 && d.toks[k-2].low == "of" && (d.toks[k-3].low == "start" || d.toks[k-3].low == "beginning") {
			if k >= 5 && d.toks[k-4].low == "the" && d.toks[k-5].low == "since" {
				return claims.Between(first, pub), claims.Span{Start: d.toks[k-5].start, End: t.end}, true // "since the start of the year"
			}
			return claims.On(first), claims.Span{Start: d.toks[k-3].start, End: t.end}, true
		}
		switch prev {
		case "this":
			return claims.Between(first, pub), ws, true
		case "last":
			end := first.AddDays(-1)
			start := claims.Date{Year: end.Year, Month: end.Month, Day: 1}
			if t.low == "year" {
				start.Month = 1
			}
			return claims.Between(start, end), ws, true
		}
	}
	wd, ok := weekdays[trimPossessive(t.low)]
	if !ok {
		return claims.Period{}, sp, false
	}
	if j := k + 1; j+1 < len(d.toks) {
		// "Thursday, June 8, 2023", "Tuesday 6 June": the day the date
		// names, which may be still to come.
		if d.toks[j].low == "," {
			j++
		}
		if n := d.toks[j]; n.kind == tFig && d.figs[n.fig].isDate && d.figs[n.fig].date.Day != 0 {
			if p, _, ok := d.dateAtOnly(j); ok {
				return p, sp, true
			}
		}
	}
	diff := (int(pub.Weekday()) - int(wd) + 7) % 7
	if diff == 6 && prev != "last" && prev != "next" && d.pageNightTold() {
		// A page of a Sunday that tells of "Sunday night" was written
		// at that day's end or later: the "Monday" it goes on to is the
		// day after, the story's latest, not six days before.
		diff = -1
	}
	switch prev {
	case "next":
		diff = -((int(wd) - int(pub.Weekday()) + 7) % 7)
		if diff == 0 {
			diff = -7
		}
	case "last":
		if diff == 0 {
			diff = 7
		}
	}
	return claims.On(pub.AddDays(-diff)), sp, true
}

// pageNightTold reports a text that tells of the late hours of its page's
// own weekday ("Sunday night", "on Saturday evening" in a page of that
// day): what it tells ran to the day's end, and a text updated since may
// go on to the day after. It reads the text once.
func (d *document) pageNightTold() bool {
	if d.pageNight == 0 {
		d.pageNight = 1
		for k := 0; k+1 < len(d.toks); k++ {
			t := &d.toks[k]
			if t.kind != tWord || t.cls&cWeekday == 0 || !lateDayWords[d.toks[k+1].low] {
				continue
			}
			if wd, ok := weekdays[t.low]; ok && wd == d.day.Weekday() {
				d.pageNight = 2
				break
			}
		}
	}
	return d.pageNight == 2
}

// dayAfterPage reports period p as the day after the page's, in a text
// that ran to its page's night (pageNightTold): a day told in the past
// may be that one.
func (d *document) dayAfterPage(p claims.Period) bool {
	return p.From == p.End() && p.From == d.day.AddDays(1) && d.pageNightTold()
}

// lastAsVerb reports "last" at token j told as a verb, after "to" or a
// modal: "is due to last four days", "could last weeks". What it says is
// how long something goes on, no stretch of days up to the story's.
func (d *document) lastAsVerb(j int) bool {
	return j >= 1 && d.toks[j].low == "last" && (d.toks[j-1].low == "to" || d.gram(j-1)&gModal != 0)
}

// nthWeekend returns the Saturday and Sunday of the nth weekend of month m
// of year y (the nth Saturday of the month; 12 for the last), and false
// when the month has no such weekend.
func nthWeekend(y int, m time.Month, n int) (claims.Period, bool) {
	if n < 1 || n > 5 && n != 12 {
		return claims.Period{}, false
	}
	first := claims.Date{Year: y, Month: m, Day: 1}
	sat := first.AddDays((int(time.Saturday) - int(first.Weekday()) + 7) % 7)
	if n == 12 {
		for sat.AddDays(7).Month == m {
			sat = sat.AddDays(7)
		}
	} else if sat = sat.AddDays(7 * (n - 1)); sat.Month != m {
		return claims.Period{}, false
	}
	return claims.Between(sat, sat.AddDays(1)), true
}

// windowBack reports a unit of time at token k told as the stretch that
// runs up to the story's day: "in the last month", "over the past week",
// "during the past year"; not "last month" (the calendar month before),
// nor "the last month of the year".
func (d *document) windowBack(k int) bool {
	if k < 2 || d.toks[k-2].low != "the" || d.toks[k-1].low != "last" && d.toks[k-1].low != "past" || unitDays[d.toks[k].low] == 0 {
		return false
	}
	return k+1 >= len(d.toks) || d.toks[k+1].low != "of"
}

// yearPart reads a part of a year told before "of" at token j: "the first
// nine months", "the first half", "the third quarter", "the last three
// months" (yearParts). It returns the part's first and last months and
// the token that opens it.
func (d *document) yearPart(j int) (from, to time.Month, open int, ok bool) {
	t := &d.toks[j]
	n := 0 // months, counted from the year's start (or its end after "last")
	switch {
	case t.kind == tWord && yearParts[t.low] > 0:
		if j < 1 {
			return 0, 0, 0, false
		}
		size := yearParts[t.low]
		nth := d.ordinalAt(j - 1)
		if nth < 1 || nth*size > 12 {
			return 0, 0, 0, false
		}
		if d.toks[j-1].low == "last" || d.toks[j-1].low == "final" {
			nth = 12 / size
		}
		return time.Month((nth-1)*size + 1), time.Month(nth * size), j - 1, true
	case t.kind == tFig && d.figs[t.fig].class == numbers.Duration && strings.HasPrefix(d.figs[t.fig].unit, "month"):
		v, ok := d.figs[t.fig].q.Value.Int64()
		if !ok {
			return 0, 0, 0, false
		}
		n = int(v)
	case t.kind == tWord && t.low == "months" && j > 0 && d.toks[j-1].kind == tFig:
		v, ok := d.figs[d.toks[j-1].fig].q.Value.Int64()
		if !ok {
			return 0, 0, 0, false
		}
		n, j = int(v), j-1
	}
	if n < 1 || n > 12 || j < 1 {
		return 0, 0, 0, false
	}
	switch d.toks[j-1].low {
	case "first":
		return time.January, time.Month(n), j - 1, true
	case "last", "final":
		return time.Month(13 - n), time.December, j - 1, true
	}
	return 0, 0, 0, false
}

// ordinalAt returns the place an ordinal at token i gives ("first" 1,
// "third" 3, "3rd" 3; "last" and "final" 12 as the last), or 0.
func (d *document) ordinalAt(i int) int {
	t := &d.toks[i]
	switch t.low {
	case "last", "final":
		return 12
	}
	if t.kind != tFig || d.figs[t.fig].class != numbers.Ordinal {
		return 0
	}
	v, ok := d.figs[t.fig].q.Value.Int64()
	if !ok || v < 1 || v > 12 {
		return 0
	}
	return int(v)
}

// yearPartPeriod is the period of months [from, to] of year y, ended no
// later than the story's day.
func (d *document) yearPartPeriod(y int, from, to time.Month) claims.Period {
	start := claims.Date{Year: y, Month: from, Day: 1}
	end := claims.Date{Year: y, Month: time.December, Day: 31}
	if to < time.December {
		end = claims.Date{Year: y, Month: to + 1, Day: 1}.AddDays(-1)
	}
	if d.day.IsValid() && end.Compare(d.day) > 0 && start.Compare(d.day) <= 0 {
		end = d.day
	}
	return claims.Between(start, end)
}

// monthPeriod is the month m of year y named at token k: the whole month,
// or its last day after "the end of" ("as of end of October") and its
// first after "the start of" or "the beginning of".
func (d *document) monthPeriod(k, y int, m time.Month) claims.Period {
	first := claims.Date{Year: y, Month: m, Day: 1}
	next := first.AddDays(32)
	last := next.AddDays(-next.Day)
	if k >= 2 && d.toks[k-1].low == "of" {
		switch d.toks[k-2].low {
		case "end":
			return claims.On(last)
		case "start", "beginning":
			return claims.On(first)
		}
	}
	return claims.Between(first, last)
}

// possessiveDate reports a date at token k that names the day of a noun
// after it: "Sunday's election", "Friday’s strike".
func (d *document) possessiveDate(k int) bool {
	w := d.toks[k].low
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		k+1 < len(d.toks) && d.toks[k+1].start == d.toks[k].end && (d.toks[k+1].low == "'s" || d.toks[k+1].low == "’s")
}

// trimPossessive strips a possessive "'s" from w: "april's" → "april".
func trimPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(w, "’s"); ok {
		return s
	}
	return w
}

// sameDayYearBefore is the day a year before p (28 February for 29).
func sameDayYearBefore(p claims.Date) claims.Date {
	y := claims.Date{Year: p.Year - 1, Month: p.Month, Day: p.Day}
	if !y.IsValid() {
		y.Day--
	}
	return y
}

// thatTime reads a time that points back at token k: "by that time", "to
// that point", "at that time", "by then", "until then". It is the date
// told last before it, within the few sentences before.
func (d *document) thatTime(k int) (claims.Period, claims.Span, bool) {
	t := &d.toks[k]
	start := k - 1
	switch {
	case t.low == "then" && k > 0:
		switch d.toks[k-1].low {
		case "by", "until", "till":
		default:
			return claims.Period{}, claims.Span{}, false
		}
	case (t.low == "time" || t.low == "point") && k >= 2 && d.toks[k-1].low == "that":
		switch d.toks[k-2].low {
		case "by", "to", "at", "until", "till", "up":
			start = k - 2
		default:
			return claims.Period{}, claims.Span{}, false
		}
	default:
		return claims.Period{}, claims.Span{}, false
	}
	for i := start - 1; i >= 0 && i >= start-80; i-- {
		switch d.toks[i].low {
		case "time", "point", "then":
			continue
		}
		if p, _, ok := d.dateAtOnly(i); ok {
			return p, claims.Span{Start: d.toks[start].start, End: t.end}, true
		}
	}
	return claims.Period{}, claims.Span{}, false
}

// offsetDay reads a day told as an offset from the date named before it,
// ending at token k: "two days earlier", "a week before", "three days
// later", "the day before", "the previous day", "the next day". Without a
// date before it in the few sentences before, it counts from the story's
// day.
func (d *document) offsetDay(k int) (claims.Period, claims.Span, bool) {
	off, start, ok := d.offsetAt(k)
	if !ok {
		return claims.Period{}, claims.Span{}, false
	}
	ref := d.day
	for i := start - 1; i >= 0 && i >= start-80; i-- {
		switch d.toks[i].low {
		case "earlier", "before", "later", "after", "day", "time", "point", "then":
			continue // (no chains of offsets)
		}
		if q, _, ok := d.dateAtOnly(i); ok {
			ref = q.End()
			break
		}
	}
	return claims.On(off.from(ref)), claims.Span{Start: d.toks[start].start, End: d.toks[k].end}, true
}

// dayEnds reports a "day" at token k that ends its phrase ("the previous
// day,", "the next day at dawn"), not a noun with more to it ("the previous
// day of action").
func (d *document) dayEnds(k int) bool {
	if k+1 >= len(d.toks) {
		return true
	}
	n := d.toks[k+1]
	return n.kind == tPunct || n.low != "of" && (d.lx.prep[n.low] || n.low == "and" || n.low == "when" || n.low == "as")
}

// claimBetween reports a figure that is a claim in tokens [a, b).
func (d *document) claimBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if t := &d.toks[i]; t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
	}
	return false
}

// An offset is a time told from another day: n days, or n months.
type offset struct{ days, months int }

// from returns the day off after d (before it for a negative offset); a
// day past the end of a shorter month is its last ("a month before 31
// March" is 28 or 29 February).
func (off offset) from(d claims.Date) claims.Date {
	if off.months != 0 {
		m := int(d.Month) - 1 + off.months
		y := d.Year + m/12
		if m %= 12; m < 0 {
			m += 12
			y--
		}
		first := claims.Date{Year: y, Month: time.Month(m + 1), Day: 1}
		last := first.AddDays(32)
		last = last.AddDays(-last.Day)
		return claims.Date{Year: y, Month: first.Month, Day: min(d.Day, last.Day)}
	}
	return d.AddDays(off.days)
}

// shift returns period p moved by off: a whole month moved by months
// stays a whole month ("in January, up from … a year earlier" is January
// of the year before).
func (off offset) shift(p claims.Period) claims.Period {
	from, end := off.from(p.From), off.from(p.End())
	if off.months != 0 && p.From.Day == 1 && p.End().Month == p.From.Month && p.End().Year == p.From.Year && p.End().AddDays(1).Day == 1 {
		next := from.AddDays(32)
		end = next.AddDays(-next.Day)
	}
	return claims.Between(from, end)
}

// offsetAt reads the words of a time told as an offset ending at token k
// ("two days earlier", "a week before", "a month earlier", "a year
// earlier", "the day before", "the month before", "the next day"): the
// offset from the day it counts from, and the token its words start at.
func (d *document) offsetAt(k int) (off offset, start int, ok bool) {
	if !d.pubOK || k < 2 {
		return offset{}, 0, false
	}
	t, p := d.toks[k], d.toks[k-1]
	n, unit := 0, ""
	start = k - 1
	switch {
	case t.low == "day" && (p.low == "previous" || p.low == "next" || p.low == "following") && d.toks[k-2].low == "the" && d.dayEnds(k):
		n, unit, start = 1, "day", k-2
		if p.low == "previous" {
			n = -1
		}
	case t.low == "day":
		return offset{}, 0, false
	case p.kind == tFig && d.figs[p.fig].class == numbers.Duration:
		v, ok := d.figs[p.fig].q.Value.Int64()
		if !ok || v <= 0 || v > 60 {
			return offset{}, 0, false
		}
		n, unit = int(v), strings.TrimSuffix(d.figs[p.fig].unit, "s")
	case offsetUnits[p.low] && (d.toks[k-2].low == "the" || d.toks[k-2].low == "a"):
		n, unit, start = 1, p.low, k-2 // "the day before", "the month before"
	default:
		return offset{}, 0, false
	}
	switch unit {
	case "day":
		off.days = n
	case "week":
		off.days = 7 * n
	case "month":
		off.months = n
	case "year":
		off.months = 12 * n
	default:
		return offset{}, 0, false
	}
	if t.low == "earlier" || t.low == "before" {
		off.days, off.months = -off.days, -off.months
	}
	if t.low == "before" || t.low == "after" {
		// "two days before the vote": a day counted from what follows.
		if n := k + 1; n < len(d.toks) && d.toks[n].kind != tPunct && !d.boundary(n) {
			return offset{}, 0, false
		}
	}
	return off, start, true
}
