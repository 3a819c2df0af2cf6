package compare

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// regressionRule: a running total that is lower at a later date than it
// was at an earlier one. Each running total (one count, one direction) is
// one finding, listing every later figure below an earlier peak. A fall
// one sentence tells ("fell from 120 to 80", toldTogether) is the
// report's own account, no regression.
type regressionRule struct{}

func (regressionRule) Name() string { return string(Regression) }

// drop is one figure of a running total below an earlier peak.
type drop struct{ peak, low *Statement }

func (regressionRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	runs(g, func(run []Statement) {
		if run[0].class != classCount || run[0].scope != scopeTotal || run[0].Unit != claims.Count {
			return
		}
		// Figures read as running totals; and, for review, completed
		// figures that do not say whether they are one event or a total.
		totals := keep(run, func(s *Statement) bool { return stated(s) || s.Kind == claims.Completed })
		if len(totals) < 2 {
			return
		}
		confident := keep(totals, func(s *Statement) bool { return stated(s) && sure(s, onPlacement) })
		deals := agreementsFor(g, run[0].Direction)
		sureDrops := drops(confident, &deals)
		if len(sureDrops) > 0 {
			emit(regression(g, sureDrops))
		}
		if len(confident) == len(totals) {
			return
		}
		// For review: the drops that need the other readings.
		lows := make(map[*claims.Claim]bool, len(sureDrops))
		for _, d := range sureDrops {
			lows[d.low.Claim()] = true
		}
		var rest []drop
		for _, d := range drops(totals, &deals) {
			if !lows[d.low.Claim()] && len(doubts(onPlacement|onUnstated, d.peak, d.low)) > 0 {
				rest = append(rest, d)
			}
		}
		if len(rest) > 0 {
			f := regression(g, rest)
			var ss []*Statement
			for _, d := range rest {
				ss = append(ss, d.peak, d.low)
			}
			g.review(&f, onPlacement|onUnstated, ss...)
			emit(f)
		}
	})
}

// drops returns every figure of totals (one run of running totals, in date
// order) below the highest figure of an earlier date; deals are the
// agreements that cover the run's direction.
func drops(totals []Statement, deals *agreements) []drop {
	var out []drop
	var best *Statement   // the highest total before the current date
	var high []*Statement // the figures of a day as high as best, for heldByItsReport
	buckets(totals, func(b []Statement) {
		if !dated(&b[0]) {
			return
		}
		if best != nil {
			high = high[:0]
			for i := range b {
				if t := &b[i]; t.Lower.Set && cmpLower(t.Lower, best.Lower) >= 0 {
					high = append(high, t)
				}
			}
			for i := range b {
				s := &b[i]
				if below(s.Upper, best.Lower) && !floorAndEstimate(s, best) && !toldTogether(best, s) && !otherWindow(best, s) && !startsAfter(best, s) &&
					!heldByItsReport(high, s) {
					out = append(out, drop{best, s})
				}
			}
		}
		if h := highestOf(b); best == nil || cmpLower(h.Lower, best.Lower) > 0 || startsAfter(best, h) {
			best = h // (a count begun since the peak's day starts a series of its own)
		}
	})
	return underDeals(out, totals, deals)
}

// heldByItsReport reports a lower figure s whose own report gives, for the
// same day, another figure of the same running total at least as high as
// the peak (high, the day's figures that are): the report's total has not
// fallen, so its lower figure counts something else that the reader took
// for the total (a part of the dead: "of those, four drowned when their
// boat sank"), not a fall. A fall the report tells in one sentence ("cut
// from 40 to 25") is no such pair: the higher figure there is the level
// before. The day's high figures are gathered once (few, most days none),
// so a day of many lower figures costs one pass, not one per figure.
func heldByItsReport(high []*Statement, s *Statement) bool {
	for _, t := range high {
		if t != s && shareDocument(s, t) && !toldTogether(t, s) {
			return true
		}
	}
	return false
}

// otherWindow reports two figures, an earlier and a later one, that count
// over windows of their own rather than one running total: the earlier
// sums a window closed well before its report ("killed 66 between January
// and August 2020", told in 2022) and the later does not count from the
// same start; or both count from stated starts that differ ("since
// September", "over the past eight days"; a month's count and the next
// month's). The regression rule asks it of a peak and a lower figure after
// it, the jump rule of a figure and a higher one after it.
func otherWindow(earlier, later *Statement) bool {
	if len(earlier.Claims) == 0 || len(later.Claims) == 0 {
		return false
	}
	for _, c := range earlier.Claims {
		p := c.AsOf
		if !p.To.IsValid() || p.From.AddDays(1).Compare(p.To) > 0 {
			return false // no window
		}
		for _, l := range later.Claims {
			if l.AsOf.From == p.From {
				return false
			}
			if !l.AsOf.To.IsValid() && !closedBefore(c) {
				return false // a figure as of a day may count from the window's start
			}
		}
	}
	return true
}

// startsAfter reports a later figure every reading of which counts over a
// window that opens after the peak's day ("186,000 this year", against a
// total of an earlier year): a count begun since says nothing of the peak.
func startsAfter(peak, low *Statement) bool {
	if len(peak.Claims) == 0 || len(low.Claims) == 0 {
		return false
	}
	for _, l := range low.Claims {
		if l.AsOf.From == l.AsOf.End() {
			return false // a day, no window
		}
		for _, c := range peak.Claims {
			if l.AsOf.From.Compare(c.AsOf.End()) <= 0 {
				return false
			}
		}
	}
	return true
}

// underDeals leaves out of ds (the drops of one run) the falls that two
// windows explain: a total since an earlier start set against totals that
// count only the handovers under a later agreement ("16,000 since the war
// began" against "about 5,000 so far" and "some 7,000" after a deal on
// 6,000). The lower figures must make a series of their own under the
// agreement in force on their days: dated on or after it, counting from no
// earlier start, near its figure (from half of it to less than twice it:
// a side may go beyond what it agreed, not double it), told on more than
// one day by more than one origin, and none wholly below another of its
// day or an earlier one. The higher totals must have grown by as much since
// the agreement: each lower figure is at most what a higher total of its
// day or later has added to the highest total dated before the agreement
// (with one such comparison at least, so a total before the agreement is
// needed). And a fall stays when its higher figure could itself count the
// agreement's handovers: it must be dated before the agreement, or be
// twice the agreed figure or more. A lone lower figure, lower figures that
// fall among themselves or that the higher totals' growth does not account
// for, are a running total that shrank.
func underDeals(ds []drop, totals []Statement, deals *agreements) []drop {
	if len(ds) < 2 || len(deals.both)+len(deals.dir) == 0 {
		return ds
	}
	type low struct{ s, deal *Statement }
	var lows []low // the lower figures near their agreement, in date order
	for i, d := range ds {
		if i > 0 && ds[i-1].low == d.low {
			continue
		}
		if deal := dealOf(deals, d.low); deal != nil {
			lows = append(lows, low{d.low, deal})
		}
	}
	var under map[*Statement]*Statement
	for i := 0; i < len(lows); {
		j := i + 1
		for j < len(lows) && lows[j].deal == lows[i].deal {
			j++
		}
		ss := make([]*Statement, 0, j-i)
		for _, l := range lows[i:j] {
			ss = append(ss, l.s)
		}
		if ownSeries(ss) && grownBy(totals, ss, lows[i].deal, deals) {
			if under == nil {
				under = make(map[*Statement]*Statement, len(ss))
			}
			for _, s := range ss {
				under[s] = lows[i].deal
			}
		}
		i = j
	}
	if under == nil {
		return ds
	}
	out := ds[:0:0]
	for _, d := range ds {
		deal := under[d.low]
		if deal != nil && (d.peak.day < dealStart(deal) || atLeastTwice(d.peak.Lower, value(deal))) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// dealOf returns the agreement in force on s's day whose handovers s may
// count: s is dated on or after it, states no earlier start, and lies from
// half the agreed figure to less than twice it; or nil.
func dealOf(deals *agreements, s *Statement) *Statement {
	if !dated(s) {
		return nil
	}
	deal := deals.at(s.day)
	if deal == nil || !dated(deal) || value(deal).Sign() <= 0 {
		return nil
	}
	if p := s.AsOf; p.From != p.End() && day(p.From) < dealStart(deal) {
		return nil // it counts from before the agreement
	}
	double, ok := addDec(value(s), value(s))
	if !ok || cmpDec(double, value(deal)) < 0 || atLeastTwice(claims.Bound{Value: value(s), Set: true}, value(deal)) {
		return nil
	}
	return deal
}

// grownBy reports whether the other totals of a run have grown since the
// agreement deal by as much as each figure of ss (lower figures under it):
// for the highest total dated before the agreement, p0, and every total p
// of a figure's day or later that the agreement's handovers cannot make
// (see dealOf) and that is not itself below p0, p − p0 is at least the
// figure. At least one such comparison must be made. Linear in the run.
func grownBy(totals []Statement, ss []*Statement, deal *Statement, deals *agreements) bool {
	var p0 *Statement
	for i := range totals {
		if s := &totals[i]; dated(s) && s.day < dealStart(deal) && s.Lower.Set && (p0 == nil || cmpLower(s.Lower, p0.Lower) > 0) {
			p0 = s
		}
	}
	if p0 == nil {
		return false
	}
	// least[i]: the least upper bound among the higher totals of
	// totals[i:] (a run is in date order), nil for none. The lower figures
	// are near the agreement's figure, so dealOf leaves them out.
	least := make([]*Statement, len(totals)+1)
	for i := len(totals) - 1; i >= 0; i-- {
		p := &totals[i]
		least[i] = least[i+1]
		if !dated(p) || !p.Upper.Set || below(p.Upper, p0.Lower) || dealOf(deals, p) != nil {
			continue
		}
		if least[i] == nil || cmpUpper(p.Upper, least[i].Upper) < 0 {
			least[i] = p
		}
	}
	checked := false
	for _, l := range ss {
		p := least[sort.Search(len(totals), func(i int) bool { return totals[i].day >= l.day })]
		if p == nil || !l.Lower.Set {
			continue
		}
		rise, ok := subDec(p.Upper.Value, p0.Lower.Value)
		if !ok || cmpDec(rise, l.Lower.Value) < 0 {
			return false
		}
		checked = true
	}
	return checked
}

// dealStart is the first day an agreement may have been made: the start
// of its period ("agreed in early June").
func dealStart(deal *Statement) int32 {
	if deal.AsOf.From.IsValid() {
		return day(deal.AsOf.From)
	}
	return deal.day
}

// atLeastTwice reports whether lower bound b is twice v or more.
func atLeastTwice(b claims.Bound, v claims.Decimal) bool {
	twice, ok := addDec(v, v)
	return ok && b.Set && cmpDec(b.Value, twice) >= 0
}

// ownSeries reports whether totals (in date order) make a series of their
// own: told on more than one day by more than one origin, and none wholly
// below another of its day or of an earlier one. Linear: a day's least
// upper bound is set against its own highest lower bound and against the
// highest of the days before.
func ownSeries(ss []*Statement) bool {
	if len(ss) < 2 || ss[0].day == ss[len(ss)-1].day {
		return false
	}
	origins := false
	var top *Statement // the highest lower bound of the earlier days
	for i := 0; i < len(ss); {
		hi, lo := ss[i], ss[i] // the day's highest lower and least upper bounds
		j := i
		for ; j < len(ss) && ss[j].day == ss[i].day; j++ {
			s := ss[j]
			origins = origins || s.Origin != ss[0].Origin
			if cmpLower(s.Lower, hi.Lower) > 0 {
				hi = s
			}
			if cmpUpper(s.Upper, lo.Upper) < 0 {
				lo = s
			}
		}
		if below(lo.Upper, hi.Lower) || top != nil && below(lo.Upper, top.Lower) {
			return false
		}
		if top == nil || cmpLower(hi.Lower, top.Lower) > 0 {
			top = hi
		}
		i = j
	}
	return origins
}

// closedBefore reports a claim whose window of more than a month closed
// more than a month before its report.
func closedBefore(c *claims.Claim) bool {
	p, pub := c.AsOf, c.Source.Published
	return p.To.IsValid() && p.From.AddDays(31).Compare(p.To) <= 0 && pub.IsValid() && p.To.AddDays(31).Compare(pub) < 0
}

// regression is the finding of the drops of one running total.
func regression(g *Group, ds []drop) Finding {
	p := g.e.pr
	var ss []*Statement
	for _, d := range ds {
		ss = append(ss, d.peak, d.low)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Regression, Severity: High, Claims: cs}
	var widest Numbers
	for _, d := range ds {
		diff, _ := subDec(value(d.low), value(d.peak))
		n := Numbers{Left: value(d.peak), Right: value(d.low), Difference: diff, Gap: gap(d.low.Upper, d.peak.Lower),
			Ratio: ratio(value(d.low), value(d.peak)), Days: days(d.peak, d.low)}
		if widest.IsZero() || cmpDec(n.Gap, widest.Gap) > 0 {
			widest = n
		}
		if d.low.Dating != Stated || d.peak.Dating != Stated {
			f.Severity = Medium // a date taken from the publication
		}
		if len(ds) > 1 {
			f.Instances = append(f.Instances, instance(at, n, d.peak, d.low))
		}
	}
	f.Arithmetic = widest
	// "falls from A (…) to B (…) and C (…), and from D (…) to E (…)"
	var clauses []string
	for i := 0; i < len(ds); {
		j := i + 1
		for j < len(ds) && ds[j].peak == ds[i].peak {
			j++
		}
		var lows []string
		for _, d := range ds[i:j] {
			lows = append(lows, quantity(p, d.low.Claim().Quantity)+" "+cite(p, d.low))
		}
		clauses = append(clauses, p.Sprints("from %s %s to %s", quantity(p, ds[i].peak.Claim().Quantity), cite(p, ds[i].peak), list(p, lows)))
		i = j
	}
	f.Explanation = p.Sprints("The running total of %s falls %s, though a running total cannot shrink.",
		g.thing(ds[0].low.Direction), strings.Join(clauses, p.Sprints(", and ")))
	return f
}
