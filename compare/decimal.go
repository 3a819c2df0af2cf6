package compare

import (
	"cmp"

	"github.com/crosscheck/crosscheck/claims"
)

// Fast paths for the decimal arithmetic of the rules: most figures are
// integers with small exponents, which int64 holds exactly. Anything that
// would overflow falls back to claims.Decimal's exact big-number arithmetic.

const maxScale = (1<<63 - 1) / 10

// scale returns c × 10^n and whether it fits in an int64.
func scale(c int64, n int) (int64, bool) {
	for ; n > 0; n-- {
		if c > maxScale || c < -maxScale {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// align returns the coefficients of a and b at their common (smaller)
// exponent, and whether they fit.
func align(a, b claims.Decimal) (x, y int64, exp int, ok bool) {
	ac, ae := a.Coefficient(), a.Exponent()
	bc, be := b.Coefficient(), b.Exponent()
	if ac == 0 {
		ae = be
	}
	if bc == 0 {
		be = ae
	}
	switch {
	case ae == be:
		return ac, bc, ae, true
	case ae > be:
		x, ok = scale(ac, ae-be)
		return x, bc, be, ok
	default:
		y, ok = scale(bc, be-ae)
		return ac, y, ae, ok
	}
}

// cmpDec is a.Cmp(b), fast for the common case: in line for figures of
// one exponent.
func cmpDec(a, b claims.Decimal) int {
	if a.Exponent() != b.Exponent() {
		return cmpAligned(a, b)
	}
	x, y := a.Coefficient(), b.Coefficient()
	if x == y {
		return 0
	}
	if x < y {
		return -1
	}
	return 1
}

// cmpAligned is cmpDec for figures of different exponents.
func cmpAligned(a, b claims.Decimal) int {
	if x, y, _, ok := align(a, b); ok {
		return cmp.Compare(x, y)
	}
	return a.Cmp(b)
}

// addDec returns a + b and whether the sum could be held exactly.
func addDec(a, b claims.Decimal) (claims.Decimal, bool) {
	if x, y, e, ok := align(a, b); ok {
		s := x + y
		if (s > x) == (y > 0) || y == 0 {
			d, err := claims.NewDecimal(s, e)
			return d, err == nil
		}
	}
	d, err := a.Add(b)
	return d, err == nil
}

// subDec returns a − b and whether the difference could be held exactly.
func subDec(a, b claims.Decimal) (claims.Decimal, bool) { return addDec(a, b.Neg()) }

// ratio returns a / b as a float64, or 0 when b is zero.
func ratio(a, b claims.Decimal) float64 {
	if b.IsZero() {
		return 0
	}
	return f64(a) / f64(b)
}

// pow10f are the powers of ten a float64 holds exactly.
var pow10f = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// f64 returns d.Float64(), the float64 nearest d, without formatting and
// parsing d when it can: a coefficient below 2^53 and a power of ten up to
// 10^22 are both exact in a float64, so one multiplication or division
// rounds their product or quotient correctly, as parsing would (Clinger's
// fast path).
func f64(d claims.Decimal) float64 {
	c, e := d.Coefficient(), d.Exponent()
	if c < 1<<53 && c > -(1<<53) {
		switch {
		case e >= 0 && e < len(pow10f):
			return float64(c) * pow10f[e]
		case e < 0 && -e < len(pow10f):
			return float64(c) / pow10f[-e]
		}
	}
	return d.Float64()
}

// sigDigits returns the number of significant digits of d: 3 for 6,060,
// 1 for 6,000, 4 for 1,245.
func sigDigits(d claims.Decimal) int {
	c := d.Coefficient()
	if c < 0 {
		c = -c
	}
	n := 1
	for c >= 10 {
		c /= 10
		n++
	}
	return n
}

// below reports whether every point of an interval with upper bound hi lies
// below every point of one with lower bound lo (an unset bound is
// unbounded).
func below(hi, lo claims.Bound) bool {
	if !hi.Set || !lo.Set {
		return false
	}
	switch c := cmpDec(hi.Value, lo.Value); {
	case c < 0:
		return true
	case c == 0:
		return !hi.Inclusive || !lo.Inclusive
	}
	return false
}

// overlaps reports whether intervals [alo, ahi] and [blo, bhi] meet.
func overlaps(alo, ahi, blo, bhi claims.Bound) bool {
	return !below(ahi, blo) && !below(bhi, alo)
}

// cmpLower orders lower bounds: unbounded first, then by value, an
// inclusive bound before an exclusive one at the same value.
func cmpLower(a, b claims.Bound) int {
	switch {
	case !a.Set && !b.Set:
		return 0
	case !a.Set:
		return -1
	case !b.Set:
		return 1
	}
	if c := cmpDec(a.Value, b.Value); c != 0 {
		return c
	}
	switch {
	case a.Inclusive == b.Inclusive:
		return 0
	case a.Inclusive:
		return -1
	}
	return 1
}

// cmpUpper orders upper bounds: by value, an exclusive bound before an
// inclusive one at the same value, unbounded last.
func cmpUpper(a, b claims.Bound) int {
	switch {
	case !a.Set && !b.Set:
		return 0
	case !a.Set:
		return 1
	case !b.Set:
		return -1
	}
	if c := cmpDec(a.Value, b.Value); c != 0 {
		return c
	}
	switch {
	case a.Inclusive == b.Inclusive:
		return 0
	case a.Inclusive:
		return 1
	}
	return -1
}

// gap returns the distance between the intervals when the first lies below
// the second (hi < lo): lo − hi.
func gap(hi, lo claims.Bound) claims.Decimal {
	d, _ := subDec(lo.Value, hi.Value)
	return d
}
