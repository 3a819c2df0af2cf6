package numbers

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// AppendJSON appends n to b as one JSON object and returns the extended
// buffer: "text", "start", "end", "class"; for a number with a Quantity
// "value", "lower", "upper" (null when unbounded), "lower_exclusive" and
// "upper_exclusive" when an end is open ("more than 6,000"), "qualifier",
// "approximate" for a range hedged as a whole ("about 20 to 25"),
// "vague" for a figure written without digits that sets no exact number
// ("dozens", "several", "tens of thousands"), and "change" ("up" or "down") for a change; "date" for a date
// ("2025-06-09", or "--06-09" without a year, "2025-06" without a day);
// "unit", "unit_code", "numerator" and "denominator" when set. Labels
// without a value have no "lower" and "upper" keys at all.
//
// It writes without reflection and allocates only to grow b, so that a
// caller streaming many numbers can reuse one buffer; it takes n by
// reference, as a Number is too large to copy for each line. Strings are escaped
// as encoding/json escapes them with HTML escaping off: "<", ">" and "&"
// are written as they are, invalid UTF-8 as U+FFFD.
func (n *Number) AppendJSON(b []byte) []byte {
	q := &n.Quantity
	// Room for the whole object first, so that the members are written in
	// place: the names and fixed values (padded, see put), six bytes for
	// each byte of a string (the longest escape), and the numbers.
	b = slices.Grow(b, jsonRoom+6*(len(n.Text)+len(n.Unit)+len(n.UnitCode)))
	d := b[len(b):cap(b)]
	w := put16(d, 0, &keyText)
	w = putEscaped(d, w, n.Text)
	w = put16(d, w, &keyStart)
	w = putOffset(d, w, n.Span.Start)
	w = put16(d, w, &keyEnd)
	w = putOffset(d, w, n.Span.End)
	if int(n.Class) < len(classKeys) {
		w = put32(d, w, &classKeys[n.Class])
	} else {
		w = len(appendName(append(d[:w], `,"class":`...), n.Class.String()))
	}
	valid := q.IsValid()
	if valid {
		w = put16(d, w, &keyValue)
		vs := w
		v, _ := q.Value.AppendText(d[:w])
		w = len(v)
		ve := w
		w = put16(d, w, &keyLower)
		w = putBound(d, w, &q.Lower, q.Value, vs, ve)
		w = put16(d, w, &keyUpper)
		w = putBound(d, w, &q.Upper, q.Value, vs, ve)
		if q.Lower.Set && !q.Lower.Inclusive {
			w = put32(d, w, &keyLowerExcl)
		}
		if q.Upper.Set && !q.Upper.Inclusive {
			w = put32(d, w, &keyUpperExcl)
		}
		if int(q.Qualifier) < len(qualifierKeys) {
			w = put32(d, w, &qualifierKeys[q.Qualifier])
		} else {
			w = len(appendName(append(d[:w], `,"qualifier":`...), q.Qualifier.String()))
		}
		if q.Vague {
			w = put16(d, w, &keyVague)
		}
		if q.Approximate {
			w = put32(d, w, &keyApproximate)
		}
		if q.Change != claims.Level {
			w = len(appendName(append(d[:w], `,"change":`...), q.Change.String()))
		}
	}
	if n.Class == Date && (n.Date.Year != 0 || n.Date.Day != 0) {
		t := append(d[:w], `,"date":"`...)
		t = appendDate(t, n.Date)
		w = len(append(t, '"'))
	}
	if n.Unit != "" {
		w = put16(d, w, &keyUnit)
		w = putEscaped(d, w, n.Unit)
		d[w] = '"'
		w++
	}
	if n.UnitCode != "" {
		w = put16(d, w, &keyUnitCode)
		w = putEscaped(d, w, n.UnitCode)
		d[w] = '"'
		w++
	}
	if valid {
		if n.Numerator != 0 {
			w = len(strconv.AppendInt(append(d[:w], `,"numerator":`...), n.Numerator, 10))
		}
		if n.Denominator != 0 {
			w = len(strconv.AppendInt(append(d[:w], `,"denominator":`...), n.Denominator, 10))
		}
	}
	d[w] = '}'
	return b[:len(b)+w+1]
}

// jsonRoom is the room AppendJSON makes for an object besides its strings:
// the names and fixed values, three decimals (each up to 50 bytes: 18
// digits and 30 zeros, a sign and a point), two offsets, a date, two
// integers, and the 32 bytes that the last padded write may run past the
// end.
const jsonRoom = 768

// A lit16 and a lit32 are a fixed piece of JSON padded to 16 or 32 bytes,
// which put16 and put32 write in one move of that size; n is its length.
type lit16 struct {
	b [16]byte
	n int
}

type lit32 struct {
	b [32]byte
	n int
}

func mk16(s string) (l lit16) { l.n = copy(l.b[:], s); return l }
func mk32(s string) (l lit32) { l.n = copy(l.b[:], s); return l }

// put16 writes l at d[w:] and returns the position after it; the padding
// after l.n bytes lands in room that the next write covers.
func put16(d []byte, w int, l *lit16) int {
	*(*[16]byte)(d[w:]) = l.b
	return w + l.n
}

// put32 is put16 for a piece of up to 32 bytes.
func put32(d []byte, w int, l *lit32) int {
	*(*[32]byte)(d[w:]) = l.b
	return w + l.n
}

// The names of the members, with their punctuation.
var (
	keyText        = mk16(`{"text":"`)
	keyStart       = mk16(`","start":`)
	keyEnd         = mk16(`,"end":`)
	keyValue       = mk16(`,"value":`)
	keyLower       = mk16(`,"lower":`)
	keyUpper       = mk16(`,"upper":`)
	keyVague       = mk16(`,"vague":true`)
	keyUnit        = mk16(`,"unit":"`)
	keyUnitCode    = mk16(`,"unit_code":"`)
	keyLowerExcl   = mk32(`,"lower_exclusive":true`)
	keyUpperExcl   = mk32(`,"upper_exclusive":true`)
	keyApproximate = mk32(`,"approximate":true`)
	keyNull        = mk16(`null`)
)

// classKeys and qualifierKeys are the "class" and "qualifier" members as
// AppendJSON writes them, one move each.
var classKeys = func() (t [len(classNames)]lit32) {
	for c := range t {
		t[c] = mk32(`,"class":"` + Class(c).String() + `"`)
	}
	return t
}()

var qualifierKeys = func() (t [claims.Range + 1]lit32) {
	for q := range t {
		t[q] = mk32(`,"qualifier":"` + claims.Qualifier(q).String() + `"`)
	}
	return t
}()

// putOffset writes a byte offset in decimal at d[w:], as strconv.AppendInt
// writes it, and returns the position after it: every line writes two.
// An offset under 10⁸ is written as its eight digits, split in one word
// as by long division done in every lane at once (four digits to a
// 32-bit lane, then two to a 16-bit lane, then one to a byte; each lane's
// product stays inside it), the leading zeros shifted out, and stored with
// one move: no loop, no table and no branch on the number of digits.
func putOffset(d []byte, w int, v int) int {
	if v < 0 || v >= 1e8 {
		return len(strconv.AppendInt(d[:w], int64(v), 10))
	}
	u := uint32(v)
	x := uint64(u/10000) | uint64(u%10000)<<32  // the first four digits in the low lane
	q := (x * 5243 >> 19) & 0x0000007F_0000007F // x/100 in each 32-bit lane (x < 10⁴)
	x = q | (x-q*100)<<16
	q = (x * 103 >> 10) & 0x000F_000F_000F_000F // x/10 in each 16-bit lane (x < 100)
	x = q | (x-q*10)<<8
	x |= 0x3030303030303030
	// The leading zeros are the low bytes that are '0': all but the last.
	z := min(bits.TrailingZeros64(x^0x3030303030303030)>>3, 7)
	binary.LittleEndian.PutUint64(d[w:], x>>(8*z))
	return w + 8 - z
}

// appendOffset appends a byte offset in decimal, as strconv.AppendInt
// does.
func appendOffset(b []byte, v int) []byte {
	b = slices.Grow(b, 64)
	return b[:putOffset(b[:cap(b)], len(b), v)]
}

// appendName appends a name that needs no escaping ("count", "exact") as
// a JSON string.
func appendName(b []byte, name string) []byte {
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"')
}

// putBound writes a bound at d[w:]: null when unset, else its value,
// copied from d[vs:ve] when it is the quantity's value v written there
// already. It returns the position after it.
func putBound(d []byte, w int, x *claims.Bound, v claims.Decimal, vs, ve int) int {
	if !x.Set {
		return put16(d, w, &keyNull)
	}
	if x.Value != v {
		b, _ := x.Value.AppendText(d[:w])
		return len(b)
	}
	if ve-vs <= 8 {
		// Most values are short: one move of 8 bytes, which reads back
		// the one word Decimal.AppendText stored for them (a wider load
		// would span several stores, and wait for them).
		binary.LittleEndian.PutUint64(d[w:], binary.LittleEndian.Uint64(d[vs:]))
		return w + ve - vs
	}
	return w + copy(d[w:], d[vs:ve])
}

const hexDigits = "0123456789abcdef"

// plainByte marks the bytes a JSON string holds as they are: ASCII from
// the space up, but the quote and the backslash.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// hasZero is not 0 when a byte of x is 0.
func hasZero(x uint64) uint64 {
	return (x - 0x0101010101010101) &^ x & 0x8080808080808080
}

// word8 returns the eight bytes of s at i as one little-endian word.
func word8(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// plainWord reports whether none of the eight bytes of x needs escaping in
// a JSON string: no control character, quote, backslash or byte of a
// multi-byte character.
func plainWord(x uint64) bool {
	return hasZero(x&^0x1f1f1f1f1f1f1f1f)|hasZero(x^0x2222222222222222)|hasZero(x^0x5c5c5c5c5c5c5c5c)|x&0x8080808080808080 == 0
}

// putEscaped writes the inside of the JSON string s at d[w:] and returns
// the position after it: eight plain bytes at a time (no control
// character, quote, backslash or byte of a multi-byte character), then
// byte by byte; from the first byte that needs escaping on, appendString's
// rules. d has room for six bytes for each byte of s.
func putEscaped(d []byte, w int, s string) int {
	i := 0
	for i+8 <= len(s) {
		x := word8(s, i)
		if !plainWord(x) {
			break
		}
		binary.LittleEndian.PutUint64(d[w:], x)
		i += 8
		w += 8
	}
	for ; i < len(s); i++ {
		c := s[i]
		if !plainByte[c] {
			return len(appendEscaped(d[:w], s[i:]))
		}
		d[w] = c
		w++
	}
	return w
}

// appendString appends s as a JSON string, escaped as encoding/json does
// with HTML escaping off.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendEscaped(b, s)
	return append(b, '"')
}

// appendEscaped appends the inside of the JSON string s, without its
// quotes.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	i := 0
	// Eight bytes at a time while none needs escaping: no control
	// character, quote, backslash or byte of a multi-byte character.
	for i+8 <= len(s) {
		x := word8(s, i)
		if !plainWord(x) {
			break
		}
		i += 8
	}
	for i < len(s) {
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}
