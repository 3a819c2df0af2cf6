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
	b = append(b, `,"class":`...)
	b = appendName(b, n.Class.String())
	if q := n.Quantity; q.IsValid() {
		b = append(b, `,"value":`...)
		vs := len(b)
		b, _ = q.Value.AppendText(b)
		ve := len(b)
		b = append(b, `,"lower":`...)
		b = appendBound(b, q.Lower, q.Value, vs, ve)
		b = append(b, `,"upper":`...)
		b = appendBound(b, q.Upper, q.Value, vs, ve)
		if q.Lower.Set && !q.Lower.Inclusive {
			b = append(b, `,"lower_exclusive":true`...)
		}
		if q.Upper.Set && !q.Upper.Inclusive {
			b = append(b, `,"upper_exclusive":true`...)
		}
		b = append(b, `,"qualifier":`...)
		b = appendName(b, q.Qualifier.String())
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
	if n.Quantity.IsValid() {
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

// appendOffset appends a byte offset in decimal, as strconv.AppendInt
// does, two digits at a time from a table: every line writes two.
func appendOffset(b []byte, v int) []byte {
	if v < 0 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	var buf [20]byte
	i := len(buf)
	for v >= 100 {
		q := v / 100
		d := (v - q*100) * 2
		i -= 2
		buf[i], buf[i+1] = digitPairs[d], digitPairs[d+1]
		v = q
	}
	if v >= 10 {
		i -= 2
		buf[i], buf[i+1] = digitPairs[v*2], digitPairs[v*2+1]
	} else {
		i--
		buf[i] = byte('0' + v)
	}
	return append(b, buf[i:]...)
}

const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// appendName appends a name that needs no escaping ("count", "exact") as
// a JSON string.
func appendName(b []byte, name string) []byte {
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"')
}

// appendBound appends a bound: null when unset, else its value, copied
// from b[vs:ve] when it is the quantity's value v written there already.
func appendBound(b []byte, x claims.Bound, v claims.Decimal, vs, ve int) []byte {
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

// appendString appends s as a JSON string, escaped as encoding/json does
// with HTML escaping off.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
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
