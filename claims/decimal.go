package claims

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
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
	maxExp        = 10000
)

// ErrRange reports a number too large or too precise to be held exactly.
var ErrRange = errors.New("number out of range")

// NewDecimal returns coef × 10^exp, normalised. It returns ErrRange when the
// exponent, once normalised, is outside ±10,000.
func NewDecimal(coef int64, exp int) (Decimal, error) {
	for coef != 0 && coef%10 == 0 {
		coef /= 10
		exp++
	}
	if coef == 0 {
		return Decimal{}, nil
	}
	if exp > maxExp || exp < -maxExp {
		return Decimal{}, fmt.Errorf("claims: %d×10^%d: %w", coef, exp, ErrRange)
	}
	return Decimal{coef: coef, exp: int32(exp)}, nil
}

// DecimalOf returns the Decimal for the integer n.
func DecimalOf(n int64) Decimal {
	d, _ := NewDecimal(n, 0) // an int64 always fits
	return d
}

// ParseDecimal reads a plain decimal: optional sign, digits, an optional '.'
// and fraction, and an optional exponent ("6000", "-3.5", "1.2e6"). It does
// not read grouping separators or words; see ParseQuantity for those.
func ParseDecimal(s string) (Decimal, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || e > maxExp || e < -maxExp {
			return Decimal{}, fmt.Errorf("claims: parsing decimal %q: bad exponent", orig)
		}
		exp = e
		s = s[:i]
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" && frac == "" || hasDot && frac == "" && intPart == "" {
		return Decimal{}, fmt.Errorf("claims: parsing decimal %q: no digits", orig)
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	exp -= len(frac)
	for i := 0; i < len(intPart)+len(frac); i++ {
		c := (intPart + frac)[i]
		if c < '0' || c > '9' {
			return Decimal{}, fmt.Errorf("claims: parsing decimal %q: unexpected %q at byte %d", orig, c, i+1)
		}
	}
	// Trailing zeros do not count against precision.
	trimmed := strings.TrimRight(digits, "0")
	exp += len(digits) - len(trimmed)
	if len(trimmed) > maxCoefDigits {
		return Decimal{}, fmt.Errorf("claims: parsing decimal %q: %w", orig, ErrRange)
	}
	var coef int64
	for i := 0; i < len(trimmed); i++ {
		coef = coef*10 + int64(trimmed[i]-'0')
	}
	if neg {
		coef = -coef
	}
	return NewDecimal(coef, exp)
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

func (d Decimal) rat() *big.Rat {
	r := new(big.Rat).SetInt64(d.coef)
	if d.exp == 0 {
		return r
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(int(d.exp)))), nil)
	if d.exp > 0 {
		return r.Mul(r, new(big.Rat).SetInt(p))
	}
	return r.Quo(r, new(big.Rat).SetInt(p))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Cmp compares d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if d == e {
		return 0
	}
	if d.Sign() != e.Sign() {
		if d.Sign() < e.Sign() {
			return -1
		}
		return 1
	}
	// Same sign: compare magnitudes by digit count first.
	dm, em := d.magnitude(), e.magnitude()
	if dm != em && d.Sign() != 0 {
		if (dm < em) == (d.Sign() > 0) {
			return -1
		}
		return 1
	}
	return d.rat().Cmp(e.rat())
}

// magnitude is the position of the leading digit: floor(log10(|d|)).
func (d Decimal) magnitude() int {
	c := d.coef
	if c < 0 {
		c = -c
	}
	n := 0
	for c >= 10 {
		c /= 10
		n++
	}
	return n + int(d.exp)
}

// Add returns d + e, or ErrRange when the exact sum does not fit.
func (d Decimal) Add(e Decimal) (Decimal, error) { return fromRat(new(big.Rat).Add(d.rat(), e.rat())) }

// Sub returns d − e, or ErrRange when the exact difference does not fit.
func (d Decimal) Sub(e Decimal) (Decimal, error) { return fromRat(new(big.Rat).Sub(d.rat(), e.rat())) }

// Mul returns d × e, or ErrRange when the exact product does not fit.
func (d Decimal) Mul(e Decimal) (Decimal, error) { return fromRat(new(big.Rat).Mul(d.rat(), e.rat())) }

// Neg returns −d.
func (d Decimal) Neg() Decimal { return Decimal{coef: -d.coef, exp: d.exp} }

func fromRat(r *big.Rat) (Decimal, error) {
	// r is a sum or product of decimals, so its denominator is 2^a·5^b.
	num, den := new(big.Int).Set(r.Num()), r.Denom()
	exp := 0
	ten := big.NewInt(10)
	for den.Cmp(big.NewInt(1)) != 0 {
		m := new(big.Int)
		q, rem := new(big.Int).QuoRem(new(big.Int).Mul(num, ten), den, m)
		_ = q
		num.Mul(num, ten)
		exp--
		if rem.Sign() == 0 {
			num.Quo(num, den)
			den = big.NewInt(1)
		}
		if exp < -maxExp {
			return Decimal{}, fmt.Errorf("claims: %w", ErrRange)
		}
	}
	z := new(big.Int)
	for num.Sign() != 0 {
		q, m := new(big.Int).QuoRem(num, ten, z)
		if m.Sign() != 0 {
			break
		}
		num = q
		exp++
	}
	if !num.IsInt64() || len(strings.TrimLeft(num.String(), "-")) > maxCoefDigits {
		return Decimal{}, fmt.Errorf("claims: %w", ErrRange)
	}
	return NewDecimal(num.Int64(), exp)
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
	if d.coef == 0 {
		return "0"
	}
	s := strconv.FormatInt(d.coef, 10)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	switch e := int(d.exp); {
	case e >= 0 && e <= 30:
		return neg + s + strings.Repeat("0", e)
	case e < 0 && -e < len(s):
		return neg + s[:len(s)+e] + "." + s[len(s)+e:]
	case e < 0 && -e-len(s) <= 30:
		return neg + "0." + strings.Repeat("0", -e-len(s)) + s
	default:
		return neg + s + "e" + strconv.Itoa(e)
	}
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
