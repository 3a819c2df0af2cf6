package claims

import "math/big"

// Tolerance is the policy for how hedges and written precision widen a
// quantity before two quantities are compared. The zero value is the literal
// reading: no widening at all, so "6,000" means exactly 6,000 and "more than
// 6,000" excludes 6,000 itself. DefaultTolerance is the reading a careful
// reader of news applies. A Tolerance is a plain value, safe for concurrent
// use.
type Tolerance struct {
	// Approx is the relative widening of an approximate figure (qualifier
	// Approx: "about", "nearly", "some"; a range marked Approximate: "about
	// 20 to 25") and of a vague one ("dozens",
	// "hundreds of"): each end of its interval moves outward by Approx times
	// its own size. 0.1 means ±10%; zero or negative means no widening.
	Approx Decimal
	// Rounding reads a figure as standing for anything that rounds to it:
	// "6,000" (Precision 1000) covers 5,500 up to 6,500 (which rounds up, to
	// 7,000: "6,000" and "7,000" do not both hold), "6.2 million" covers
	// 6.15 up to 6.25 million, "3.5%" covers 3.45% up to 3.55%. A count
	// written to the unit ("57", Precision 1) is exact and is not widened (a
	// percentage to the unit is: "45%" covers 44.5% to 45.5%);
	// neither is the stated threshold of a one-sided hedge ("more than
	// 6,000" still starts at 6,000), but an exclusive threshold at a round
	// figure becomes inclusive, because "more than 6,000" and a plain "6,000"
	// can describe the same rounded count.
	Rounding bool
}

// DefaultTolerance returns the tolerance crosscheck uses unless told
// otherwise: approximate and vague figures widen by 10% and round figures
// stand for anything that rounds to them.
//
// Under it a figure ending in a zero is read as possibly rounded, so "60"
// covers 55 to 65 and agrees with "57": news writers round at every scale,
// and a reader cannot tell a rounded 60 from an exact one. Callers that need
// the stricter reading compare with Tolerance{} or compare Values directly.
func DefaultTolerance() Tolerance {
	return Tolerance{Approx: Decimal{coef: 1, exp: -1}, Rounding: true}
}

// widens reports whether the approximate widening of t applies to q.
func (t Tolerance) widens(q *Quantity) bool {
	return t.Approx.Sign() > 0 && (q.Qualifier == Approx || q.Vague || q.Approximate)
}

// rounds reports whether the rounding widening of t applies to q and, if it
// does, returns half of q's precision.
func (t Tolerance) rounds(q *Quantity) (Decimal, bool) {
	if !t.Rounding || q.Precision.Sign() <= 0 {
		return Decimal{}, false
	}
	if q.Unit == Count && q.Precision.Cmp(DecimalOf(1)) <= 0 {
		return Decimal{}, false // a count to the unit is exact
	}
	half, err := q.Precision.Mul(Decimal{coef: 5, exp: -1})
	if err != nil {
		return Decimal{}, false
	}
	return half, true
}

// Interval returns the interval q can stand for under t: its own Lower and
// Upper, widened by t for approximate, vague and round figures. An unset
// Bound is unbounded on that side.
//
// An approximate figure that the parser leaves open on one side ("nearly
// 3,000" is at most about 3,000) is read, when t.Approx is positive, as
// approximately its figure on both sides, so that "nearly 3,000" and
// "1,800" do not both hold; a vague figure ("dozens": 12 or more) keeps its
// open side. Under the literal Tolerance{} it stays open.
//
// An invalid Quantity (a withheld figure) states nothing, so its interval is
// unbounded on both sides. If widening a bound would need more than the 18
// significant digits a Decimal holds, that side is left unbounded: the
// interval only ever errs on the wide side.
func (q Quantity) Interval(t Tolerance) (lo, hi Bound) { return IntervalOf(&q, t) }

// IntervalOf is q.Interval(t) for a quantity held by pointer: a Quantity
// is large to copy, and a program that reads the intervals of many claims
// (compare does, for every claim it checks) saves the copy.
func IntervalOf(q *Quantity, t Tolerance) (lo, hi Bound) {
	if !q.valid {
		return Unbounded, Unbounded
	}
	lo, hi = q.Lower, q.Upper
	half, round := t.rounds(q)
	approx := t.widens(q)
	if approx && !q.Vague && q.Qualifier == Approx && lo.Set != hi.Set {
		// "nearly 3,000" (open below): approximately 3,000 on both sides.
		if lo.Set {
			hi = Incl(lo.Value)
		} else {
			lo = Incl(hi.Value)
		}
	}
	// Which ends are stated figures (widened by rounding) and which are the
	// thresholds of a one-sided hedge (kept, but made inclusive).
	threshold := q.Qualifier == MoreThan || q.Qualifier == AtLeast || q.Qualifier == LessThan || q.Qualifier == AtMost
	lo = widen(lo, -1, t.Approx, approx, half, round && !threshold)
	hi = widen(hi, +1, t.Approx, approx, half, round && !threshold)
	if round && threshold {
		if lo.Set {
			lo.Inclusive = true
		}
		if hi.Set {
			hi.Inclusive = true
		}
	}
	return lo, hi
}

// widen moves b outward (dir −1 for a lower bound, +1 for an upper one) by
// the larger of rel×|b| (when approx) and half (when round). The widened
// bound is inclusive, but for an upper bound widened by rounding, which
// excludes the point halfway to the next round figure. A bound that cannot be widened exactly becomes
// unbounded.
func widen(b Bound, dir int, rel Decimal, approx bool, half Decimal, round bool) Bound {
	if !b.Set || (!approx && !round) {
		return b
	}
	var by Decimal
	if approx {
		m, err := b.Value.Abs().Mul(rel)
		if err != nil {
			return Unbounded
		}
		by = m
	}
	rounded := false
	if round && half.Cmp(by) > 0 {
		by, rounded = half, true
	}
	if by.IsZero() {
		return b
	}
	if dir < 0 {
		by = by.Neg()
	}
	v, err := b.Value.Add(by)
	if err != nil {
		return Unbounded
	}
	if rounded && dir > 0 {
		// What lies halfway between two round figures rounds up, to the
		// higher: 6,500 is a rounded 7,000, not 6,000, so "6,000" and
		// "7,000" (or "10,000" and "20,000") do not both hold.
		return Excl(v)
	}
	return Incl(v)
}

// below reports whether every point of an interval with upper bound hi lies
// below every point of one with lower bound lo: the two do not meet.
func below(hi, lo Bound) bool {
	if !hi.Set || !lo.Set {
		return false
	}
	switch c := hi.Value.Cmp(lo.Value); {
	case c < 0:
		return true
	case c == 0:
		return !hi.Inclusive || !lo.Inclusive
	}
	return false
}

// Overlaps reports whether q and r can both be true under t: whether their
// intervals (see Interval) share at least one value. Quantities of
// different units (a count and a percentage) never overlap. An invalid
// Quantity overlaps everything, since it states nothing.
func (q Quantity) Overlaps(r Quantity, t Tolerance) bool {
	if q.valid && r.valid && q.Unit != r.Unit {
		return false
	}
	qlo, qhi := q.Interval(t)
	rlo, rhi := r.Interval(t)
	return !below(qhi, rlo) && !below(rhi, qlo)
}

// Distance returns how far apart q and r are under t: 0 when they overlap
// (see Overlaps), otherwise the gap between the nearer ends of their
// intervals, a positive Decimal. For "3,600" and "more than 6,000" under
// DefaultTolerance it is 6,000 − 3,650 = 2,350. Quantities of different
// units, which cannot be compared, are also at distance 0; check Overlaps
// or the units first. If the exact gap needs more than 18 significant
// digits it is rounded to 18.
func (q Quantity) Distance(r Quantity, t Tolerance) Decimal {
	if q.valid && r.valid && q.Unit != r.Unit {
		return Decimal{}
	}
	qlo, qhi := q.Interval(t)
	rlo, rhi := r.Interval(t)
	switch {
	case below(qhi, rlo):
		return gap(rlo.Value, qhi.Value)
	case below(rhi, qlo):
		return gap(qlo.Value, rhi.Value)
	}
	return Decimal{}
}

// gap returns a − b, rounded to the precision of a Decimal if need be.
func gap(a, b Decimal) Decimal {
	d, err := a.Sub(b)
	if err == nil {
		return d
	}
	d, _ = roundRat(new(big.Rat).Sub(a.rat(), b.rat()), maxCoefDigits)
	return d
}

// Contains reports whether the value v lies in q's interval under t.
func (q Quantity) Contains(v Decimal, t Tolerance) bool {
	lo, hi := q.Interval(t)
	p := Incl(v)
	return !below(hi, p) && !below(p, lo)
}
