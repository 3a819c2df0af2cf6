package compare

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// arithmeticSlack is how far below a stated total the sum of events may
// fall and still be read as the same events that do not add up; further
// below, the events are taken to be incomplete and nothing is flagged.
const arithmeticSlack = 0.9

// arithmeticRule: single-day events that do not sum to a total stated for
// them:
//
//   - a running total stated as of a date on or after the last of them
//     (the events from the start of the count);
//   - a figure for a period of several days ("in June, 6,060 bodies were
//     handed over"), against the single-day events dated within it.
//
// Events summing to more than the total are always flagged; to less, only
// when the sum comes within 10% of the total (otherwise some events are
// likely missing). Only exact single-day event figures are summed, one per
// date. All the totals of one count that the same events miss are one
// finding.
type arithmeticRule struct{}

func (arithmeticRule) Name() string { return string(Arithmetic) }

// miss is one total that the events before it do not add up to.
type miss struct {
	total *Statement
	used  []*Statement // the events summed
	sum   claims.Decimal
	terms []claims.Decimal
	sev   Severity
	agree []*Statement // totals of the same date that give the sum
}

func (arithmeticRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	confident := func(s *Statement) bool { return sure(s, onPlacement) }
	for _, d := range []Direction{None, Forward, Backward} {
		events := findRun(g, d, classCount, scopeEvent, claims.Count)
		if len(events) == 0 {
			continue // (one event may miss the total for its period)
		}
		totals := keep(findRun(g, d, classCount, scopeTotal, claims.Count), stated)
		// What the explicitly read figures support, then, for review, what
		// needs the others too.
		sureEvents, sureTotals := keep(events, confident), keep(totals, confident)
		sureMisses, lone := partOnly(g.misses(sureEvents, sureTotals))
		if len(sureMisses) > 0 {
			emit(arithmetic(g, d, sureMisses))
		}
		if len(sureEvents) == len(events) && len(sureTotals) == len(totals) {
			if len(lone) > 0 {
				f := arithmetic(g, d, lone)
				g.reviewLone(&f, lone)
				emit(f)
			}
			continue
		}
		reported := map[*claims.Claim]bool{}
		for _, m := range sureMisses {
			reported[m.total.Claim()] = true
		}
		rest := lone
		var ss []*Statement
		for _, m := range lone {
			reported[m.total.Claim()] = true
			ss = append(append(ss, m.total), m.used...)
		}
		for _, m := range g.misses(events, totals) {
			if reported[m.total.Claim()] || !m.doubtful() && len(doubts(onPlacement, append([]*Statement{m.total}, m.used...)...)) == 0 {
				continue
			}
			rest = append(rest, m)
			ss = append(append(ss, m.total), m.used...)
		}
		if len(rest) > 0 {
			f := arithmetic(g, d, rest)
			g.review(&f, onPlacement, ss...)
			g.reviewLone(&f, rest)
			emit(f)
		}
	}
}

// lone reports whether m sets a single event against the figure for the
// period it lies in, and falls short of it: whether that event is all of
// the period's, the figures do not say (one event above the figure for
// its period is a part beyond its whole, and stands).
func (m miss) lone() bool { return len(m.used) == 1 && m.sev != High }

// toReport reports whether m sets against a figure for a period that runs
// to the day of its own report ("since Monday, 250", published on
// Thursday) an event of that last day: whether the period's figure counts
// the events of the day it was told, or only those before it (an official
// count as of the day before, "another three" arriving that day), the
// figures do not say.
func (m miss) toReport() bool {
	t := m.total
	if t.AsOf.From == t.AsOf.End() || len(m.used) == 0 || m.used[len(m.used)-1].day != t.day {
		return false
	}
	for _, c := range t.Claims {
		if c.Source.Published != t.AsOf.End() {
			return false
		}
	}
	return true
}

// doubtful reports whether m is for review however surely its figures
// were read (miss.lone, miss.toReport).
func (m miss) doubtful() bool { return m.lone() || m.toReport() }

// partOnly splits ms into the misses that stand and the doubtful ones
// (see miss.doubtful), which are for review.
func partOnly(ms []miss) (stand, lone []miss) {
	for _, m := range ms {
		if m.doubtful() {
			lone = append(lone, m)
		} else {
			stand = append(stand, m)
		}
	}
	return stand, lone
}

// reviewLone marks f for review when some of its misses ms set a single
// event against the figure for its period (see miss.lone), or an event of
// the day a period's figure was told against it (see miss.toReport).
func (g *Group) reviewLone(f *Finding, ms []miss) {
	p := g.e.pr
	var figs, periods []string
	for _, m := range ms {
		if m.lone() {
			figs = append(figs, p.Sprints("%s %s", quantity(p, m.used[0].Claim().Quantity), cite(p, m.used[0])))
		}
		if m.toReport() {
			periods = append(periods, p.Sprints("%s %s", quantity(p, m.total.Claim().Quantity), cite(p, m.total)))
		}
	}
	if len(figs) > 0 {
		addReview(f, p.Sprints("whether %s is all that was done in its period, which the figures do not say", list(p, distinct(figs))))
	}
	if len(periods) > 0 {
		addReview(f, p.Sprints("whether %s, told for a period up to the day of its report, counts that day's figures or only those before it, which the figures do not say",
			list(p, distinct(periods))))
	}
}

// misses returns the totals of one count and direction that its events do
// not add up to: the running totals, and the figures for a period.
func (g *Group) misses(events, totals []Statement) []miss {
	// One figure per event date: the statements of a single day, when they
	// agree; a day whose figures disagree gives no exact sum (nil).
	var evs []dayFigure
	buckets(events, func(b []Statement) {
		s := &b[0]
		if !dated(s) || s.Dating != Stated || s.from != s.day {
			return
		}
		evs = append(evs, dayFigure{s, len(b) > 1 && len(g.e.components(b)) > 1})
	})
	if len(evs) == 0 {
		return nil
	}
	// A total for a period of several days ("6,060 in June", "more than
	// 5,000 since March 2022") counts the events within its period; a
	// total as of one day, those since the count began.
	running := keep(totals, func(s *Statement) bool { return s.AsOf.From == s.AsOf.End() })
	var out []miss
	if len(running) > 0 && len(evs) >= 2 {
		out = runningMisses(evs, running)
	}
	out = append(out, periodMisses(evs, events)...)
	if len(running) < len(totals) {
		out = append(out, periodTotalMisses(evs, totals)...)
	}
	return out
}

// dayFigure is the figure of the events of one day, and whether the
// statements of that day disagree (then there is no exact sum).
type dayFigure struct {
	s     *Statement
	clash bool
}

// exact reports whether the day's figure can be summed exactly.
func (d dayFigure) exact() bool { return !d.clash && d.s.exact }

// runningMisses returns the running totals that the single-day events evs
// (in date order) before them do not add up to.
func runningMisses(evs []dayFigure, totals []Statement) []miss {
	var out []miss
	var sum claims.Decimal
	var terms []claims.Decimal // the figures summed so far
	var used []*Statement      // and their statements
	next, broken := 0, false
	buckets(totals, func(b []Statement) {
		if b[0].Dating != Stated {
			return
		}
		// The running sum advances with the totals' dates: O(events +
		// totals) for the run.
		for next < len(evs) && evs[next].s.day <= b[0].day && !broken {
			ev := evs[next]
			s, ok := addDec(sum, ev.s.value)
			if !ev.exact() || !ok {
				broken = true // a hedged event, or a day's figures that disagree: no exact sum from here on
				break
			}
			sum = s
			terms = append(terms, ev.s.value)
			used = append(used, ev.s)
			next++
		}
		if broken || next < 2 {
			return
		}
		out = append(out, against(b, used[:next:next], sum, terms[:next:next])...)
	})
	return out
}

// periodMisses returns the figures of events (one run of events) for a
// period of several days that the single-day events evs dated within it do
// not add up to.
func periodMisses(evs []dayFigure, events []Statement) []miss {
	var out []miss
	buckets(events, func(b []Statement) {
		p := &b[0]
		if p.from == p.day || p.Dating != Stated || !dated(p) {
			return
		}
		// The single-day events within [from, day], in date order.
		var used []*Statement
		var terms []claims.Decimal
		var sum claims.Decimal
		lo := sort.Search(len(evs), func(i int) bool { return evs[i].s.day >= p.from })
		for _, ev := range evs[lo:] {
			if ev.s.day > p.day {
				break
			}
			s, ok := addDec(sum, ev.s.value)
			if !ev.exact() || !ok {
				return // a hedged event, or a day's figures that disagree: no exact sum
			}
			sum = s
			used = append(used, ev.s)
			terms = append(terms, ev.s.value)
		}
		if len(used) == 0 {
			return
		}
		out = append(out, against(b, used, sum, terms)...)
	})
	return out
}

// periodTotalMisses returns the totals of totals for a period of several
// days that the single-day events evs dated within it do not add up to.
func periodTotalMisses(evs []dayFigure, totals []Statement) []miss {
	var out []miss
	for i := range totals {
		t := &totals[i]
		if !dated(t) || t.Dating != Stated || t.AsOf.From == t.AsOf.End() {
			continue
		}
		start := day(t.AsOf.From)
		var used []*Statement
		var terms []claims.Decimal
		var sum claims.Decimal
		ok := true
		lo := sort.Search(len(evs), func(k int) bool { return evs[k].s.day >= start })
		for _, ev := range evs[lo:] {
			if ev.s.day > t.day {
				break
			}
			s, fits := addDec(sum, ev.s.value)
			if !ev.exact() || !fits {
				ok = false // a hedged event, or a day's figures that disagree: no exact sum
				break
			}
			sum = s
			used = append(used, ev.s)
			terms = append(terms, ev.s.value)
		}
		if ok && len(used) > 0 {
			out = append(out, against(totals[i:i+1], used, sum, terms)...)
		}
	}
	return out
}

// against returns the misses of the totals of one date (ts) against the
// sum of the events used.
func against(ts []Statement, used []*Statement, sum claims.Decimal, terms []claims.Decimal) []miss {
	point := claims.Incl(sum)
	meets := func(t *Statement) bool { return !below(t.Upper, point) && !below(point, t.Lower) }
	var out []miss
	var matching []*Statement // built once some total misses
	for i := range ts {
		t := &ts[i]
		if meets(t) {
			continue
		}
		sev := Medium
		if below(t.Upper, point) {
			sev = High
		} else if !t.Lower.Set || ratio(sum, t.Lower.Value) < arithmeticSlack {
			continue
		}
		if matching == nil {
			matching = make([]*Statement, 0, len(ts))
			for k := range ts {
				if meets(&ts[k]) {
					matching = append(matching, &ts[k])
				}
			}
		}
		out = append(out, miss{total: t, used: used, sum: sum, terms: terms, sev: sev, agree: matching})
	}
	return out
}

// arithmetic is the finding of the misses of one count and direction: one
// sentence for each set of events, naming every total it misses.
func arithmetic(g *Group, d Direction, ms []miss) Finding {
	p := g.e.pr
	var ss []*Statement
	for _, m := range ms {
		ss = append(append(append(ss, m.total), m.used...), m.agree...)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Arithmetic, Severity: Medium, Claims: cs}
	isPeriod := func(m miss) bool {
		return m.total.scope == scopeEvent && m.total.from != m.total.day ||
			m.total.scope == scopeTotal && m.total.AsOf.From != m.total.AsOf.End()
	}
	sameEvents := func(a, b miss) bool {
		return isPeriod(a) == isPeriod(b) && a.sum == b.sum && len(a.used) == len(b.used) && a.used[0] == b.used[0] &&
			(!isPeriod(a) || a.total.sameTime(b.total))
	}
	var sentences []string
	done := make([]bool, len(ms))
	for i, m := range ms {
		if m.sev > f.Severity {
			f.Severity = m.sev
		}
		n := Numbers{Left: value(m.total), Right: m.sum, Difference: mustSub(m.sum, value(m.total)), Sum: m.sum, Terms: m.terms,
			Ratio: ratio(m.sum, value(m.total))}
		if i == 0 {
			f.Arithmetic = n
		}
		if len(ms) > 1 {
			f.Instances = append(f.Instances, instance(at, n, append([]*Statement{m.total}, m.used...)...))
		}
		if done[i] {
			continue
		}
		var b strings.Builder
		for k, x := range m.terms {
			if k > 0 {
				b.WriteString(" + ")
			}
			b.WriteString(num(p, x))
		}
		// Every total these events miss, and who gives their sum.
		var stated, names []string
		for j := i; j < len(ms); j++ {
			if o := ms[j]; !done[j] && sameEvents(m, o) {
				done[j] = true
				stated = append(stated, p.Sprints("%s stated by %s (%s)", quantity(p, o.total.Claim().Quantity), who(o.total.Claim()), when(p, o.total)))
				for _, a := range o.agree {
					names = append(names, who(a.Claim()))
				}
			}
		}
		miss := strings.Join(stated, p.Sprints(" or the "))
		var text string
		if isPeriod(m) && len(m.used) == 1 {
			text = p.Sprints("the only single-day figure for %s dated within %s, %s %s, is not the %s for the period",
				g.thing(d), period(m.total.AsOf), quantity(p, m.used[0].Claim().Quantity), cite(p, m.used[0]), miss)
		} else if isPeriod(m) {
			text = p.Sprintf("the %d single-day figures for %s dated within %s add up to %s (%s), not the %s for the period",
				len(m.used), g.thing(d), period(m.total.AsOf), num(p, m.sum), b.String(), miss)
		} else {
			span := claims.Between(m.used[0].AsOf.From, m.used[len(m.used)-1].AsOf.End())
			text = p.Sprintf("the %d single-day figures for %s over %s add up to %s (%s), not the %s",
				len(m.used), g.thing(d), period(span), num(p, m.sum), b.String(), miss)
		}
		switch names = distinct(names); len(names) {
		case 0:
		case 1:
			text += p.Sprints(", while %s gives the sum", names[0])
		default:
			text += p.Sprints(", while %s give the sum", list(p, names))
		}
		sentences = append(sentences, text)
	}
	f.Explanation = capitalize(strings.Join(sentences, "; ")) + "."
	return f
}
