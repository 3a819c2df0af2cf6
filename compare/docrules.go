package compare

import (
	"cmp"
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// one is the decimal 1.
var one = claims.DecimalOf(1)

// The built-in document rules: figures of different groups that one report
// gives for the same day and that cannot all hold.

var hundred = claims.DecimalOf(100)

// docFigure reports whether c is a level that happened or was estimated,
// the figures the document rules add up: not a change, not an agreement
// or an offer, not withheld.
func docFigure(c *claims.Claim) bool {
	return c.Quantity.IsValid() && c.Quantity.Change == claims.Level && c.Kind != claims.Agreed && c.Kind != claims.Offered
}

// combinedRule: a count of several measures at once ("4,000 dead or
// injured") against its parts that the same report gives for the same
// party or place and day (1,023 deaths, 1,663 injured). Parts that add up
// to more than the whole cannot all hold (High); a whole beyond all its
// parts together is a difference to ask about (Medium). A part the report
// does not give counts as anything from zero up. When a part has figures
// that differ, the report's parts are not one reading and nothing is said.
type combinedRule struct{}

func (combinedRule) Name() string { return "combined" }

func (combinedRule) Check(d *Document, emit func(Finding)) {
	p := d.e.pr
	type place struct {
		key Key
		day claims.Date
	}
	done := map[place]bool{}
	for _, c := range d.Claims {
		ps := partsOf(c.Measure)
		if ps == nil || c.Quantity.Unit != claims.Count || !docFigure(c) {
			continue
		}
		at := place{KeyOf(c), c.AsOf.End()}
		if done[at] {
			continue
		}
		// The parts, one figure each, or nil where the report gives none.
		parts := make([]*claims.Claim, len(ps))
		ok := true
		for i, m := range ps {
			for _, o := range d.Claims {
				if o.Measure != m || o.Quantity.Unit != claims.Count || !docFigure(o) || o.AsOf.End() != at.day ||
					KeyOf(o) != (Key{groupMeasure(m), at.key.A, at.key.B}) {
					continue
				}
				if parts[i] != nil && !sameInterval(d, parts[i], o) {
					ok = false // two readings of one part
				}
				if parts[i] == nil {
					parts[i] = o
				}
			}
		}
		if !ok || allNil(parts) {
			continue
		}
		sumLo, sumHi, terms, exact := sumParts(d, parts)
		// The combined figures of this place and day, the surest first
		// among those the parts miss.
		var miss *claims.Claim
		var sev Severity
		sure := false
		for _, o := range d.Claims {
			if o.Measure != c.Measure || !docFigure(o) || o.Quantity.Unit != claims.Count || o.AsOf.End() != at.day || KeyOf(o) != at.key {
				continue
			}
			lo, hi := d.Interval(o.Quantity)
			s := Severity(0)
			switch {
			case below(hi, sumLo):
				s = High
			case below(sumHi, lo):
				s = Medium
			default:
				continue
			}
			isSure := d.sure(o, onMeasure|onParties|onAsOf)
			if miss == nil || isSure && !sure {
				miss, sev, sure = o, s, isSure
			}
		}
		done[at] = true
		if miss == nil {
			continue
		}
		used := []*claims.Claim{miss}
		var named []string
		for i, o := range parts {
			if o == nil {
				named = append(named, p.Sprints("no figure for %s", ps[i]))
				continue
			}
			used = append(used, o)
			named = append(named, partName(p, o))
		}
		f := Finding{Type: Arithmetic, Severity: sev, Key: at.key, Claims: used}
		var sum string
		f.Arithmetic, sum = partsSum(p, miss, sumLo, terms, exact)
		f.Explanation = p.Sprints("%s %s, as %s gives them as of %s, do not match their parts in the same report: %s, %s together.",
			quantity(p, miss.Quantity), thing(p, at.key, None), who(miss), date(at.day), list(p, named), sum)
		d.reviewClaims(&f, onMeasure|onParties|onAsOf, used...)
		emit(f)
	}
}

// partName names a part in a finding's explanation: "120 deaths
// (Red Crescent)".
func partName(p *printer, c *claims.Claim) string {
	return p.Sprints("%s %s (%s)", quantity(p, c.Quantity), c.Measure, who(c))
}

// partsSum returns the arithmetic of a whole against the sum of its parts
// (sumLo, the least the parts' terms add up to) and the words for that
// sum, "at least" it when a part is not exact.
func partsSum(p *printer, whole *claims.Claim, sumLo claims.Bound, terms []claims.Decimal, exact bool) (Numbers, string) {
	v := whole.Quantity.Value
	sum := num(p, sumLo.Value)
	if !exact {
		sum = p.Sprints("at least %s", sum)
	}
	return Numbers{Left: v, Right: sumLo.Value, Sum: sumLo.Value, Terms: terms,
		Difference: mustSub(sumLo.Value, v), Ratio: ratio(sumLo.Value, v)}, sum
}

func allNil(cs []*claims.Claim) bool {
	for _, c := range cs {
		if c != nil {
			return false
		}
	}
	return true
}

// sameInterval reports whether a and b stand for the same interval.
func sameInterval(d *Document, a, b *claims.Claim) bool {
	alo, ahi := d.Interval(a.Quantity)
	blo, bhi := d.Interval(b.Quantity)
	return alo == blo && ahi == bhi
}

// sumParts adds up the intervals of parts, a missing part (nil) counting
// as anything from zero up. exact says whether the sum is one figure.
func sumParts(d *Document, parts []*claims.Claim) (lo, hi claims.Bound, terms []claims.Decimal, exact bool) {
	lo, hi = claims.Incl(claims.Decimal{}), claims.Incl(claims.Decimal{})
	exact = true
	for _, c := range parts {
		if c == nil {
			hi, exact = claims.Unbounded, false
			continue
		}
		terms = append(terms, c.Quantity.Value)
		clo, chi := d.Interval(c.Quantity)
		lo = addBound(lo, clo)
		hi = addBound(hi, chi)
		if clo != chi {
			exact = false
		}
	}
	return lo, hi, terms, exact
}

// sharesRule: the shares of one whole (the candidates' shares of one vote)
// that one report gives for the same day and that add up to more than
// 100%, beyond the rounding of each figure. Each party counts once, by its
// highest figure's least value; the finding names the fewest parties whose
// shares already pass 100%.
type sharesRule struct{}

func (sharesRule) Name() string { return "shares" }

func (sharesRule) Check(d *Document, emit func(Finding)) {
	p := d.e.pr
	type whole struct {
		measure string
		day     claims.Date
	}
	type share struct {
		c  *claims.Claim
		lo claims.Bound
	}
	byWhole := map[whole][]share{}
	var order []whole
	for _, c := range d.Claims {
		if c.Quantity.Unit != claims.Percent || c.Subject == "" || c.Recipient != "" || !docFigure(c) {
			continue
		}
		if _, ok := shareMeasures[c.Measure]; !ok {
			continue
		}
		lo, _ := d.Interval(c.Quantity)
		if !lo.Set {
			continue
		}
		// Rounding: "50.3%" may be 50.25%.
		if half, ok := halfUnit(c.Quantity.Precision); ok {
			if v, ok := subDec(c.Quantity.Value, half); ok && cmpDec(v, lo.Value) < 0 {
				lo = claims.Incl(v)
			}
		}
		w := whole{c.Measure, c.AsOf.End()}
		if _, ok := byWhole[w]; !ok {
			order = append(order, w)
		}
		byWhole[w] = append(byWhole[w], share{c, lo})
	}
	for _, w := range order {
		// Each party once, by its highest least value.
		best := map[string]int{}
		var ss []share
		for _, s := range byWhole[w] {
			i, ok := best[s.c.Subject]
			switch {
			case !ok:
				best[s.c.Subject] = len(ss)
				ss = append(ss, s)
			case cmpLower(ss[i].lo, s.lo) < 0:
				ss[i] = s
			}
		}
		slices.SortStableFunc(ss, func(a, b share) int { return -cmpLower(a.lo, b.lo) })
		sum := claims.Incl(claims.Decimal{})
		n := 0
		for n < len(ss) && !below(claims.Incl(hundred), sum) {
			sum = addBound(sum, ss[n].lo)
			n++
			if !sum.Set {
				break
			}
		}
		if n < 2 || !sum.Set || !below(claims.Incl(hundred), sum) {
			continue
		}
		ss = ss[:n]
		slices.SortStableFunc(ss, func(a, b share) int { return cmp.Compare(a.c.QuantitySpan.Start, b.c.QuantitySpan.Start) })
		var used []*claims.Claim
		var named, terms = []string(nil), []claims.Decimal(nil)
		for _, s := range ss {
			used = append(used, s.c)
			terms = append(terms, s.c.Quantity.Value)
			named = append(named, p.Sprints("%s for %s (%s)", quantity(p, s.c.Quantity), s.c.Subject, who(s.c)))
		}
		total := claims.Decimal{}
		for _, t := range terms {
			total, _ = addDec(total, t)
		}
		f := Finding{Type: Arithmetic, Severity: High, Key: Key{Measure: w.measure}, Claims: used}
		f.Arithmetic = Numbers{Left: hundred, Right: total, Sum: total, Terms: terms, Difference: mustSub(total, hundred), Ratio: ratio(total, hundred)}
		f.Explanation = p.Sprints("The shares of %s that one report gives as of %s add up to more than all of it: %s, %s together.",
			shareMeasures[w.measure], date(w.day), list(p, named), p.Sprints("%s%%", num(p, total)))
		d.reviewClaims(&f, onMeasure|onParties|onAsOf, used...)
		emit(f)
	}
}

// halfUnit returns half of a share's precision, at most half a point: how
// far rounding to its last digit may have moved it ("50.3%" may be
// 50.25%; the zero of "80%" is taken as written).
func halfUnit(prec claims.Decimal) (claims.Decimal, bool) {
	if prec.IsZero() {
		return claims.Decimal{}, false
	}
	if cmpDec(prec, one) > 0 {
		prec = one
	}
	h, err := prec.Mul(claims.DecimalOf(5))
	if err != nil {
		return claims.Decimal{}, false
	}
	h, err = h.Quo(claims.DecimalOf(10), 12)
	return h, err == nil
}
