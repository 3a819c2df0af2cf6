package compare

import (
	"math"
	"strconv"

	"github.com/crosscheck/crosscheck/claims"
)

// shareOfRule: a party's share in percent of a whole ("71% of the vote"
// for a candidate) against the party's count ("about 5 million votes") over
// the whole ("7.9 million voters") that one report gives: the count over
// the whole must fall within the share, each figure taken as its interval.
// Which measures count the whole a share is of is data (shareBases). The
// count and the share are of one day; the whole (an electorate, a
// workforce) may be dated otherwise in the report. Whether the whole the
// report gives is the one its share is of (those who voted, or all who may
// vote) the figures do not say, so the finding is for review.
type shareOfRule struct{}

func (shareOfRule) Name() string { return "share-of" }

func (shareOfRule) Check(d *Document, emit func(Finding)) {
	p := d.e.pr
	done := map[*claims.Claim]bool{} // shares already said, by an equal one
	for _, s := range d.Claims {
		if done[s] || s.Quantity.Unit != claims.Percent || s.Subject == "" || s.Recipient != "" || !docFigure(s) {
			continue
		}
		if _, ok := shareBases[s.Measure]; !ok {
			continue
		}
		// The whole: one reading of it in the report, else nothing is said.
		var base *claims.Claim
		ok := true
		for _, o := range d.Claims {
			if o.Quantity.Unit != claims.Count || !docFigure(o) || !baseOf(s.Measure, o.Measure) {
				continue
			}
			if base != nil && !sameInterval(d, base, o) {
				ok = false
			}
			if base == nil {
				base = o
			}
		}
		if !ok || base == nil {
			continue
		}
		blo, bhi := floatSpan(d, base.Quantity)
		slo, shi := floatSpan(d, s.Quantity)
		if blo <= 0 {
			continue
		}
		// The counts of the party and day whose share of the whole misses
		// s: the one furthest off.
		var miss *claims.Claim
		var worst, lo, hi float64
		for _, c := range d.Claims {
			if c.Measure != s.Measure || c.Subject != s.Subject || c.Recipient != "" || c.Quantity.Unit != claims.Count ||
				!docFigure(c) || c.AsOf.End() != s.AsOf.End() {
				continue
			}
			clo, chi := floatSpan(d, c.Quantity)
			rlo, rhi := 100*clo/bhi, 100*chi/blo
			off := 0.0
			switch {
			case rhi < slo:
				off = slo - rhi
			case rlo > shi:
				off = rlo - shi
			}
			if off > worst {
				miss, worst, lo, hi = c, off, rlo, rhi
			}
		}
		if miss == nil {
			continue
		}
		share := 100 * f64(miss.Quantity.Value) / f64(base.Quantity.Value)
		used := []*claims.Claim{s}
		for _, o := range d.Claims {
			// The same share given again: one finding.
			if o != s && o.Measure == s.Measure && o.Subject == s.Subject && o.Recipient == "" && o.Quantity.Unit == claims.Percent &&
				o.AsOf.End() == s.AsOf.End() && docFigure(o) && sameInterval(d, o, s) {
				used = append(used, o)
				done[o] = true
			}
		}
		used = append(used, miss, base)
		f := Finding{Type: Arithmetic, Severity: Medium, Key: KeyOf(s), Claims: used}
		f.Arithmetic = Numbers{Left: s.Quantity.Value, Right: decOf(share), Ratio: share / 100}
		within := p.Sprintf("%.1f%%", share)
		if hi-lo >= 1 {
			within = p.Sprintf("%.0f%% to %.0f%%", lo, math.Min(hi, 100))
		}
		f.Explanation = p.Sprints("%s %s for %s (%s) of %s %s (%s) is %s, not the %s of %s that %s gives as of %s.",
			quantity(p, miss.Quantity), s.Measure, s.Subject, who(miss), quantity(p, base.Quantity), base.Measure, who(base),
			within, quantity(p, s.Quantity), s.Measure, who(s), date(s.AsOf.End()))
		d.reviewClaims(&f, onMeasure|onParties|onAsOf, used...)
		addReview(&f, p.Sprints("whether %s %s is the whole that %s is a share of, which the report does not say",
			quantity(p, base.Quantity), base.Measure, quantity(p, s.Quantity)))
		emit(f)
	}
}

// floatSpan returns the interval of q under the tolerance as floats, the lower
// bound 0 and the upper +Inf where q has none.
func floatSpan(d *Document, q claims.Quantity) (lo, hi float64) {
	l, h := d.Interval(q)
	lo, hi = 0, math.Inf(1)
	if l.Set {
		lo = f64(l.Value)
	}
	if h.Set {
		hi = f64(h.Value)
	}
	return lo, hi
}

// decOf returns x to two decimal places.
func decOf(x float64) claims.Decimal {
	v, err := claims.ParseDecimal(strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64))
	if err != nil {
		return claims.Decimal{}
	}
	return v
}
