package claims

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// A Decimal is an exact decimal number: a coefficient times a power of ten.
// It is stored normalised (the coefficient has no trailing zeros), so two
// Decimals of equal value are equal under ==. The zero value is 0.
//
// A Decimal never loses digits: "6.2 million" is exactly 6,200,000 and "3.5"
// is exactly 3.5. Coefficients are limited to 18 significant digits and
// exponents to ±10,000; constructors report larger inputs as errors rather
// than rounding them. Decimal is a small value type, safe for concurrent use.
type Decimal struct {
	coef int64 // no trailing zeros unless zero
	exp  int32
}

// Decimal limits.
const (
	maxCoefDigits = 18
	maxCoef       = 999_999_999_999_999_999 // the largest coefficient: 18 nines
	maxExp        = 10000
)

// ErrRange reports a number too large or too precise to be held exactly.
var ErrRange = errors.New("number out of range")

// NewDecimal returns coef × 10^exp, normalised. It returns an error
// wrapping ErrRange when the coefficient, once trailing zeros are moved into
// the exponent, has more than 18 digits, or when the exponent is outside
// ±10,000.
func NewDecimal(coef int64, exp int) (Decimal, error) {
	for coef&1 == 0 && coef != 0 && coef%10 == 0 { // an odd coefficient has no trailing zero
		coef /= 10
		exp++
	}
	if coef == 0 {
		return Decimal{}, nil
	}
	if coef > maxCoef || coef < -maxCoef {
		return Decimal{}, fmt.Errorf("claims: %d×10^%d: more than %d digits: %w", coef, exp, maxCoefDigits, ErrRange)
	}
	if exp > maxExp || exp < -maxExp {
		return Decimal{}, fmt.Errorf("claims: %d×10^%d: exponent out of range: %w", coef, exp, ErrRange)
	}
	return Decimal{coef: coef, exp: int32(exp)}, nil
}

// DecimalOf returns the Decimal for the integer n. Every count up to 10^18
// is exact; an n with more than 18 significant digits is rounded half to
// even to 18.
func DecimalOf(n int64) Decimal {
	d, err := NewDecimal(n, 0)
	if err != nil {
		d, _ = roundRat(new(big.Rat).SetInt64(n), maxCoefDigits)
	}
	return d
}

// ParseDecimal reads a plain decimal: an optional sign, digits with an
// optional '.' and fraction, and an optional exponent ("6000", "-3.5",
// ".25", "1.2e6"): the syntax String writes and JSON numbers use. It does
// not read grouping separators, other scripts' digits or number words; see
// ParseQuantity for those. Errors quote s and give the 1-based byte
// position of the first unexpected character; a number that cannot be held
// exactly (more than 18 significant digits, an exponent beyond ±10,000) is
// an error wrapping ErrRange.
func ParseDecimal(s string) (Decimal, error) {
	bad := func(format string, args ...any) (Decimal, error) {
		return Decimal{}, fmt.Errorf("claims: parsing decimal %q: "+format, append([]any{s}, args...)...)
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var coef int64
	exp, digits, sig := 0, 0, 0 // digits read, significant digits kept
	zeros := 0                  // trailing zeros not yet folded into coef
	dot := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && !dot:
			dot = true
			continue
		case c == 'e' || c == 'E':
		case c < '0' || c > '9':
			r, _ := utf8.DecodeRuneInString(s[i:])
			return bad("unexpected %q at byte %d", r, i+1)
		}
		if c == 'e' || c == 'E' {
			break
		}
		digits++
		if dot {
			exp--
		}
		switch {
		case c == '0':
			if sig > 0 {
				zeros++ // leading zeros do not count
			}
		case sig+zeros+1 > maxCoefDigits:
			return Decimal{}, fmt.Errorf("claims: parsing decimal %q: more than %d significant digits: %w", s, maxCoefDigits, ErrRange)
		default:
			if sig > 0 {
				for ; zeros > 0; zeros-- {
					coef *= 10
					sig++
				}
			}
			coef = coef*10 + int64(c-'0')
			sig++
		}
	}
	if digits == 0 {
		return bad("no digits")
	}
	exp += zeros // trailing zeros move into the exponent
	if i < len(s) {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || e > maxExp || e < -maxExp {
			return bad("bad exponent %q", s[i+1:])
		}
		exp += e
	}
	if neg {
		coef = -coef
	}
	d, err := NewDecimal(coef, exp)
	if err != nil {
		return Decimal{}, fmt.Errorf("claims: parsing decimal %q: %w", s, ErrRange)
	}
	return d, nil
}

// MustParseDecimal is ParseDecimal for constants known to be valid; it
// panics on error and is meant for tests and package-level values.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Coefficient and Exponent return the parts of d: d = Coefficient × 10^Exponent.
func (d Decimal) Coefficient() int64 { return d.coef }

// Exponent returns the power of ten of d; see Coefficient.
func (d Decimal) Exponent() int { return int(d.exp) }

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// Abs returns |d|.
func (d Decimal) Abs() Decimal {
	if d.coef < 0 {
		return d.Neg()
	}
	return d
}

// Cmp compares d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if d == e {
		return 0
	}
	if ds, es := d.Sign(), e.Sign(); ds != es {
		return cmp.Compare(ds, es)
	}
	// Same sign, both nonzero. A larger leading digit position means a
	// larger magnitude.
	neg := d.coef < 0
	mag := cmp.Compare(d.magnitude(), e.magnitude())
	if mag == 0 {
		// Equal leading positions: scale the coefficient with the larger
		// exponent down to the other's exponent. The scaled coefficient has
		// as many digits as the other one, at most 18, so it fits.
		a, b := d.coef, e.coef
		for x := d.exp; x > e.exp; x-- {
			a *= 10
		}
		for x := e.exp; x > d.exp; x-- {
			b *= 10
		}
		return cmp.Compare(a, b)
	}
	if neg {
		return -mag
	}
	return mag
}

// magnitude is the position of the leading digit: floor(log10(|d|)).
func (d Decimal) magnitude() int {
	return numDigits(d.coef) - 1 + int(d.exp)
}

// numDigits returns the number of decimal digits of |c| (1 for 0).
func numDigits(c int64) int {
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

// Add returns d + e, or an error wrapping ErrRange when the exact sum needs
// more than 18 significant digits.
func (d Decimal) Add(e Decimal) (Decimal, error) {
	switch {
	case d.coef == 0:
		return e, nil
	case e.coef == 0:
		return d, nil
	}
	// Fast path: both coefficients fit in an int64 at the common exponent,
	// each at most 18 nines, so their sum cannot overflow.
	if a, b, exp, ok := alignedSmall(d, e); ok {
		return NewDecimal(a+b, exp)
	}
	a, b, exp := aligned(d, e)
	return fromInt(a.Add(a, b), exp)
}

// alignedSmall is aligned for coefficients that stay within 18 digits once
// scaled to the common exponent.
func alignedSmall(d, e Decimal) (a, b int64, exp int, ok bool) {
	a, b = d.coef, e.coef
	for x := d.exp; x > e.exp; x-- {
		if a > maxCoef/10 || a < -maxCoef/10 {
			return 0, 0, 0, false
		}
		a *= 10
	}
	for x := e.exp; x > d.exp; x-- {
		if b > maxCoef/10 || b < -maxCoef/10 {
			return 0, 0, 0, false
		}
		b *= 10
	}
	return a, b, int(min(d.exp, e.exp)), true
}

// Sub returns d − e, or an error wrapping ErrRange when the exact
// difference needs more than 18 significant digits.
func (d Decimal) Sub(e Decimal) (Decimal, error) { return d.Add(e.Neg()) }

// Mul returns d × e, or an error wrapping ErrRange when the exact product
// needs more than 18 significant digits or its exponent is out of range.
func (d Decimal) Mul(e Decimal) (Decimal, error) {
	if d.coef == 0 || e.coef == 0 {
		return Decimal{}, nil
	}
	// Fast path: the product of the magnitudes fits in an int64.
	hi, lo := bits.Mul64(uint64(d.Abs().coef), uint64(e.Abs().coef))
	if hi == 0 && lo <= math.MaxInt64 {
		p := int64(lo)
		if (d.coef < 0) != (e.coef < 0) {
			p = -p
		}
		return NewDecimal(p, int(d.exp)+int(e.exp))
	}
	p := new(big.Int).Mul(big.NewInt(d.coef), big.NewInt(e.coef))
	return fromInt(p, int(d.exp)+int(e.exp))
}

// Quo returns d ÷ e rounded half to even to at most digits significant
// digits (1 to 18; values outside are clamped). Division is the one
// operation that is not exact: use it for derived ratios and shares, never
// to store a figure. It returns an error when e is zero or the result is out
// of range.
func (d Decimal) Quo(e Decimal, digits int) (Decimal, error) {
	if e.IsZero() {
		return Decimal{}, fmt.Errorf("claims: %s ÷ 0: division by zero", d)
	}
	return roundRat(new(big.Rat).Quo(d.rat(), e.rat()), digits)
}

// Ratio returns d ÷ e as a float64, or 0 when e is zero. It is derived and
// inexact: use it for display and for thresholds on ratios, never to store
// a figure.
func (d Decimal) Ratio(e Decimal) float64 {
	if e.IsZero() {
		return 0
	}
	f, _ := new(big.Rat).Quo(d.rat(), e.rat()).Float64()
	return f
}

// Neg returns −d.
func (d Decimal) Neg() Decimal { return Decimal{coef: -d.coef, exp: d.exp} }

// aligned returns the coefficients of d and e scaled to their common
// (smaller) exponent.
func aligned(d, e Decimal) (a, b *big.Int, exp int) {
	exp = int(min(d.exp, e.exp))
	return scaled(d.coef, int(d.exp)-exp), scaled(e.coef, int(e.exp)-exp), exp
}

// scaled returns c × 10^k for k ≥ 0.
func scaled(c int64, k int) *big.Int {
	z := big.NewInt(c)
	if k > 0 && c != 0 {
		z.Mul(z, pow10(k))
	}
	return z
}

func pow10(k int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil) }

// rat returns d as an exact rational.
func (d Decimal) rat() *big.Rat {
	if d.exp >= 0 {
		return new(big.Rat).SetInt(scaled(d.coef, int(d.exp)))
	}
	return new(big.Rat).SetFrac(big.NewInt(d.coef), pow10(-int(d.exp)))
}

// fromInt returns n × 10^exp, or ErrRange when it needs more than 18
// significant digits or its exponent is out of range.
func fromInt(n *big.Int, exp int) (Decimal, error) {
	if n.Sign() == 0 {
		return Decimal{}, nil
	}
	ten, r := big.NewInt(10), new(big.Int)
	for {
		q, m := new(big.Int).QuoRem(n, ten, r)
		if m.Sign() != 0 {
			break
		}
		n = q
		exp++
	}
	if !n.IsInt64() || n.Int64() > maxCoef || n.Int64() < -maxCoef {
		return Decimal{}, fmt.Errorf("claims: %s×10^%d: more than %d digits: %w", n, exp, maxCoefDigits, ErrRange)
	}
	return NewDecimal(n.Int64(), exp)
}

// roundRat rounds r half to even to the given number of significant digits
// (clamped to 1..18).
func roundRat(r *big.Rat, digits int) (Decimal, error) {
	digits = max(1, min(digits, maxCoefDigits))
	if r.Sign() == 0 {
		return Decimal{}, nil
	}
	// Estimate the leading digit position from the bit lengths, then fix it:
	// scale r by 10^-exp so that the integer part has exactly digits digits.
	abs := new(big.Rat).Abs(r)
	est := int(float64(abs.Num().BitLen()-abs.Denom().BitLen()) * 0.30103)
	exp := est - digits + 1
	for {
		n := roundHalfEven(new(big.Rat).Mul(abs, ratPow10(-exp)))
		switch l := len(n.String()); {
		case l > digits:
			exp++
			continue
		case l < digits && n.Sign() > 0 && exp > -2*maxExp:
			// Too few digits: the estimate was high. Try one more digit.
			m := roundHalfEven(new(big.Rat).Mul(abs, ratPow10(-(exp - 1))))
			if len(m.String()) <= digits {
				exp--
				continue
			}
		}
		if r.Sign() < 0 {
			n.Neg(n)
		}
		return fromInt(n, exp)
	}
}

// ratPow10 returns 10^k as a rational, for any integer k.
func ratPow10(k int) *big.Rat {
	if k >= 0 {
		return new(big.Rat).SetInt(pow10(k))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), pow10(-k))
}

// roundHalfEven returns the integer nearest to the non-negative r, ties to
// even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(r.Denom()); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

// Float64 returns the nearest float64. Use it only for derived ratios and
// display, never to store a figure.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// Int64 returns d as an integer and whether it is one that fits.
func (d Decimal) Int64() (int64, bool) {
	if d.exp < 0 {
		return 0, false
	}
	v := d.coef
	for i := int32(0); i < d.exp; i++ {
		if v > (1<<63-1)/10 || v < -(1<<63-1)/10 {
			return 0, false
		}
		v *= 10
	}
	return v, true
}

// String returns d in plain decimal notation without grouping: "6000", "3.5",
// "0.25". Very large or small exponents use exponent notation ("1e40").
func (d Decimal) String() string {
	if d.exp == 0 {
		return strconv.FormatInt(d.coef, 10) // small integers without allocating
	}
	var buf [48]byte
	return string(d.appendTo(buf[:0]))
}

// AppendText implements encoding.TextAppender: it appends String's text to
// b without allocating when b has room.
func (d Decimal) AppendText(b []byte) ([]byte, error) { return d.appendTo(b), nil }

func (d Decimal) appendTo(b []byte) []byte {
	// Most figures have a few digits, a point among them or a few zeros
	// after them ("45", "3.5", "6000"): those are gathered in one word
	// and appended with one move.
	if c, e := d.coef, int(d.exp); c > 0 && c < 1e7 && e > -7 && e < 8 {
		x, nd := digitsWord(uint32(c))
		switch {
		case e == 0:
		case e > 0 && nd+e <= 8:
			// Zeros after the digits.
			x |= 0x3030303030303030 & (1<<(8*(nd+e)) - 1) &^ (1<<(8*nd) - 1)
			nd += e
		case e < 0 && -e < nd:
			// A point before the last -e digits.
			k := 8 * (nd + e)
			low := uint64(1)<<k - 1
			x = x&low | '.'<<k | (x&^low)<<8
			nd++
		default:
			return d.appendSlow(b)
		}
		return binary.LittleEndian.AppendUint64(b, x)[:len(b)+nd]
	}
	return d.appendSlow(b)
}

// digitsWord returns the decimal digits of c < 10⁸ in one word, the first
// in the low byte, and their number.
func digitsWord(c uint32) (x uint64, nd int) {
	for c >= 100 {
		q := c / 100
		r := c - q*100
		x = x<<16 | uint64('0'+r/10) | uint64('0'+r%10)<<8
		nd += 2
		c = q
	}
	if c >= 10 {
		return x<<16 | uint64('0'+c/10) | uint64('0'+c%10)<<8, nd + 2
	}
	return x<<8 | uint64('0'+c), nd + 1
}

// appendSlow is appendTo for any Decimal.
func (d Decimal) appendSlow(b []byte) []byte {
	if d.coef == 0 {
		return append(b, '0')
	}
	var digits [24]byte
	s := strconv.AppendInt(digits[:0], d.coef, 10)
	if s[0] == '-' {
		b, s = append(b, '-'), s[1:]
	}
	switch e := int(d.exp); {
	case e >= 0 && e <= 30:
		b = append(b, s...)
		for ; e > 0; e-- {
			b = append(b, '0')
		}
	case e < 0 && -e < len(s):
		b = append(b, s[:len(s)+e]...)
		b = append(b, '.')
		b = append(b, s[len(s)+e:]...)
	case e < 0 && -e-len(s) <= 30:
		b = append(b, '0', '.')
		for k := -e - len(s); k > 0; k-- {
			b = append(b, '0')
		}
		b = append(b, s...)
	default:
		b = append(b, s...)
		b = append(b, 'e')
		b = strconv.AppendInt(b, int64(e), 10)
	}
	return b
}

// MarshalText implements encoding.TextMarshaler with String.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDecimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes d as a JSON number, exactly.
func (d Decimal) MarshalJSON() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalJSON reads a JSON number (or a string holding one) exactly.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' {
		u, err := strconv.Unquote(s)
		if err != nil {
			return fmt.Errorf("claims: decimal %s: %v", s, err)
		}
		s = u
	}
	return d.UnmarshalText([]byte(s))
}
