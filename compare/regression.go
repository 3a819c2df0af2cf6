package compare

import (
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
		sureDrops := drops(confident)
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
		for _, d := range drops(totals) {
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
// order) below the highest figure of an earlier date.
func drops(totals []Statement) []drop {
	var out []drop
	var best *Statement // the highest total before the current date
	buckets(totals, func(b []Statement) {
		if !dated(&b[0]) {
			return
		}
		if best != nil {
			for i := range b {
				s := &b[i]
				if below(s.Upper, best.Lower) && !floorAndEstimate(s, best) && !toldTogether(best, s) && !otherWindow(best, s) {
					out = append(out, drop{best, s})
				}
			}
		}
		if h := highestOf(b); best == nil || cmpLower(h.Lower, best.Lower) > 0 {
			best = h
		}
	})
	return out
}

// otherWindow reports two figures that count over windows of their own
// rather than one running total: the peak sums a window closed well before
// its report ("killed 66 between January and August 2020", told in 2022)
// and the later figure does not count from the same start; or both count
// from stated starts that differ ("since September", "over the past eight
// days").
func otherWindow(peak, low *Statement) bool {
	if len(peak.Claims) == 0 || len(low.Claims) == 0 {
		return false
	}
	for _, c := range peak.Claims {
		p := c.AsOf
		if !p.To.IsValid() || p.From.AddDays(1).Compare(p.To) > 0 {
			return false // no window
		}
		for _, l := range low.Claims {
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
