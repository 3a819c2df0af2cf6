package numbers

import (
	"strconv"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// AppendJSON appends n to b as one JSON object and returns the extended
// buffer: "text", "start", "end", "class"; for a number with a Quantity
// "value", "lower", "upper" (null when unbounded), "lower_exclusive" and
// "upper_exclusive" when an end is open ("more than 6,000"), "qualifier",
// "vague" for a figure written without digits that sets no exact number
// ("dozens", "several", "tens of thousands"), and "change" ("up" or "down") for a change; "date" for a date
// ("2025-06-09", or "--06-09" without a year, "2025-06" without a day);
// "unit", "unit_code", "numerator" and "denominator" when set. Labels
// without a value have no "lower" and "upper" keys at all.
//
// It writes without reflection and allocates only to grow b, so that a
// caller streaming many numbers can reuse one buffer. Strings are escaped
// as encoding/json escapes them with HTML escaping off: "<", ">" and "&"
// are written as they are, invalid UTF-8 as U+FFFD.
func (n Number) AppendJSON(b []byte) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, n.Text)
	b = append(b, `,"start":`...)
	b = appendOffset(b, n.Span.Start)
	b = append(b, `,"end":`...)
	b = appendOffset(b, n.Span.End)
	if int(n.Class) < len(classKeys) {
		b = append(b, classKeys[n.Class]...)
	} else {
		b = append(b, `,"class":`...)
		b = appendName(b, n.Class.String())
	}
	q := &n.Quantity
	valid := q.IsValid()
	if valid {
		b = append(b, `,"value":`...)
		vs := len(b)
		b, _ = q.Value.AppendText(b)
		ve := len(b)
		b = append(b, `,"lower":`...)
		b = appendBound(b, &q.Lower, q.Value, vs, ve)
		b = append(b, `,"upper":`...)
		b = appendBound(b, &q.Upper, q.Value, vs, ve)
		if q.Lower.Set && !q.Lower.Inclusive {
			b = append(b, `,"lower_exclusive":true`...)
		}
		if q.Upper.Set && !q.Upper.Inclusive {
			b = append(b, `,"upper_exclusive":true`...)
		}
		if int(q.Qualifier) < len(qualifierKeys) {
			b = append(b, qualifierKeys[q.Qualifier]...)
		} else {
			b = append(b, `,"qualifier":`...)
			b = appendName(b, q.Qualifier.String())
		}
		if q.Vague {
			b = append(b, `,"vague":true`...)
		}
		if q.Change != claims.Level {
			b = append(b, `,"change":`...)
			b = appendName(b, q.Change.String())
		}
	}
	if n.Class == Date && (n.Date.Year != 0 || n.Date.Day != 0) {
		b = append(b, `,"date":"`...)
		b = appendDate(b, n.Date)
		b = append(b, '"')
	}
	if n.Unit != "" {
		b = append(b, `,"unit":`...)
		b = appendString(b, n.Unit)
	}
	if n.UnitCode != "" {
		b = append(b, `,"unit_code":`...)
		b = appendString(b, n.UnitCode)
	}
	if valid {
		if n.Numerator != 0 {
			b = append(b, `,"numerator":`...)
			b = strconv.AppendInt(b, n.Numerator, 10)
		}
		if n.Denominator != 0 {
			b = append(b, `,"denominator":`...)
			b = strconv.AppendInt(b, n.Denominator, 10)
		}
	}
	return append(b, '}')
}

// classKeys and qualifierKeys are the "class" and "qualifier" members as
// AppendJSON writes them, one append each.
var classKeys = func() (t [len(classNames)]string) {
	for c := range t {
		t[c] = `,"class":"` + Class(c).String() + `"`
	}
	return t
}()

var qualifierKeys = func() (t [claims.Range + 1]string) {
	for q := range t {
		t[q] = `,"qualifier":"` + claims.Qualifier(q).String() + `"`
	}
	return t
}()

// appendOffset appends a byte offset in decimal, as strconv.AppendInt
// does, two digits at a time from a table: every line writes two. The
// indexes are masked to the sizes of their arrays, which spares the
// bounds checks.
func appendOffset(b []byte, v int) []byte {
	if v < 0 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	var buf [32]byte
	i := uint(len(buf))
	u := uint64(v)
	for u >= 100 {
		q := u / 100
		p := &digitPair[(u-q*100)&127]
		i -= 2
		buf[i&31], buf[(i+1)&31] = p[0], p[1]
		u = q
	}
	if u >= 10 {
		p := &digitPair[u&127]
		i -= 2
		buf[i&31], buf[(i+1)&31] = p[0], p[1]
	} else {
		i--
		buf[i&31] = byte('0' + u)
	}
	return append(b, buf[i&31:]...)
}

// digitPair is the two digits of each number under 100.
var digitPair = func() (t [128][2]byte) {
	for v := range 100 {
		t[v] = [2]byte{byte('0' + v/10), byte('0' + v%10)}
	}
	return t
}()

// appendName appends a name that needs no escaping ("count", "exact") as
// a JSON string.
func appendName(b []byte, name string) []byte {
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"')
}

// appendBound appends a bound: null when unset, else its value, copied
// from b[vs:ve] when it is the quantity's value v written there already.
func appendBound(b []byte, x *claims.Bound, v claims.Decimal, vs, ve int) []byte {
	if !x.Set {
		return append(b, "null"...)
	}
	if x.Value == v {
		return append(b, b[vs:ve]...)
	}
	b, _ = x.Value.AppendText(b)
	return b
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

// appendString appends s as a JSON string, escaped as encoding/json does
// with HTML escaping off.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	i := 0
	// Eight bytes at a time while none needs escaping: no control
	// character, quote, backslash or byte of a multi-byte character.
	for i+8 <= len(s) {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if hasZero(x&^0x1f1f1f1f1f1f1f1f)|hasZero(x^0x2222222222222222)|hasZero(x^0x5c5c5c5c5c5c5c5c)|x&0x8080808080808080 != 0 {
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
	b = append(b, s[start:]...)
	return append(b, '"')
}
