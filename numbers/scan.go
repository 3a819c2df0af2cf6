package numbers

import (
	"errors"
	"iter"
	"math/bits"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
)

// Scan returns the figures of text in order, without overlaps. Every
// Number's Span lies inside text on UTF-8 boundaries and Text is
// text[Span.Start:Span.End]. Invalid UTF-8 is skipped. Numbers too large to
// hold exactly (more than 18 significant digits) come out as identifiers.
//
// Scan's work is linear in len(text). It allocates the iterator, nothing
// for text without figures and at most a little for a figure (nothing for
// most counts); the sequence may be ranged over more than once and from
// several goroutines at a time.
func Scan(text string, opts Options) iter.Seq[Number] {
	return func(yield func(Number) bool) {
		sc := scanner{s: text, tag: opts.Language, yield: yield}
		if sc.tag == language.Und {
			sc.tag = language.English
		}
		sc.qr = claims.NewQuantityReader(sc.tag)
		sc.run()
	}
}

type scanner struct {
	s     string
	tag   language.Tag
	qr    claims.QuantityReader // claims.ReadQuantity in tag
	yield func(Number) bool
	stop  bool
	last  int // end of the last span emitted
	// The direction of change and the class of the last figure emitted,
	// for a figure in apposition to it ("lost 190 points, or 0.6%").
	lastChange claims.Direction
	lastClass  Class
	lastEnd    int // the end of its unit of measure, or of its span
	// Its hedge and the shape of its bounds (shapeOf), and whether it is
	// money or a measure, for a figure that restates it in another unit
	// ("more than 100 km (62 miles)").
	lastQual     claims.Qualifier
	lastShape    uint8
	lastMeasured bool
	unitEnd      int // the end of the unit attachUnit read for the figure being finished
	// Where the digits of "$-50.8bn" begin, for finish: a negative
	// amount of dollars; 0 for none.
	dollarMinus int
	// The last answer of prevSpan: the word before the white space
	// ending at prevAt (0: none kept; the text before a position never
	// changes during a scan).
	prevAt, prevK, prevJ int
}

// A scratchBuf holds a phrase made up for a reading (a hedge with a number
// after it): see scratch.
type scratchBuf [64]byte

// scratch returns a+b+c as a string over buf, without allocating when it
// fits: a phrase to read with claims.ReadQuantity and then drop. No Number
// may keep it.
func scratch(buf *scratchBuf, a, b, c string) string {
	if len(a)+len(b)+len(c) > len(buf) {
		return a + b + c
	}
	n := copy(buf[:], a)
	n += copy(buf[n:], b)
	n += copy(buf[n:], c)
	return unsafe.String(&buf[0], n)
}

// lowerText returns the word w as it stands in s when it is in lower case
// already (no copy), and lowered otherwise.
func lowerText(s string, w *word) string {
	for k := w.start; k < w.end; k++ {
		if isUpper(s[k]) {
			return w.str()
		}
	}
	return s[w.start:w.end]
}

// Byte classes of the fast path.
const (
	cOther = iota
	cDigit
	cLetter
	cSign // $ + ~ & ( - . < > =
	cHigh // a byte of a multi-byte character
)

var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = cLetter, cLetter
	}
	for _, c := range "$+~&(-.<>=" {
		t[c] = cSign
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = cHigh
	}
	return t
}()

func (sc *scanner) run() {
	s := sc.s
	i := 0
	for i < len(s) {
		c := byteClass[s[i]]
		if c == cOther {
			i++
			continue
		}
		end := i // the end of the word at i
		if c == cLetter {
			// The fast path: most words cannot begin a figure, and are
			// stepped over without a call. A word of up to seven letters
			// is read with the byte after it in one load (letters.go).
			if i+8 <= len(s) {
				x := load8(s, i)
				if m := nonLetters(x); m != 0 {
					n := bits.TrailingZeros64(m) >> 3
					after := byte(x >> (8 * uint(n)))
					k := starterIndex32(byte(x), byte(x>>8), n)
					if after-'0' > 9 && starts[k]&(1<<n) == 0 {
						i += n
						if after == ' ' {
							i++
						}
						continue
					}
					// "a", "an", "in", "at", "as", "up" begin a figure
					// only before a word of few first letters (follow).
					if n <= 2 && after == ' ' && i+n+1 < len(s) && isLetter(s[i+n+1]) && follow[k]&(1<<(s[i+n+1]&31)) == 0 {
						i += n + 1
						continue
					}
					end = i + n
				} else {
					end = letterRun(s, i+8)
				}
			} else {
				end = letterRun(s, i)
			}
			if end >= len(s) {
				if !mayStart(s, i, end) {
					return
				}
			} else if !isDigit(s[end]) && !mayStart(s, i, end) {
				i = end
				if s[end] == ' ' {
					i++
				}
				continue
			}
		}
		if sc.stop { // set only by a reader below, when the caller stops
			return
		}
		var j int
		switch c {
		case cDigit:
			j = sc.atDigits(i)
		case cLetter:
			j = sc.atWord(i, end)
		case cSign:
			j = sc.atSign(i)
		default:
			j = sc.atHigh(i)
		}
		if j <= i {
			j = i + 1
		}
		i = j
	}
}

// emit yields n if it starts at or after the end of the last one; it
// returns the position to go on from.
func (sc *scanner) emit(n Number) int {
	if n.Span.Start < sc.last || n.Span.End <= n.Span.Start || n.Span.End > len(sc.s) {
		return n.Span.End
	}
	if n.Quantity.IsValid() {
		sc.finish(&n)
	}
	n.Text = sc.s[n.Span.Start:n.Span.End]
	sc.last, sc.lastChange, sc.lastClass = n.Span.End, n.Quantity.Change, n.Class
	sc.lastEnd = n.Span.End
	if n.Class == Count && n.Unit != "" && sc.unitEnd > n.Span.End {
		sc.lastEnd = sc.unitEnd // "190 points"
	}
	sc.lastQual, sc.lastShape, sc.lastMeasured = n.Quantity.Qualifier, 0, false
	if n.Quantity.Qualifier != claims.Exact {
		sc.lastShape = shapeOf(&n.Quantity)
	}
	if n.Quantity.IsValid() {
		sc.lastMeasured = measured(&n)
	}
	if !sc.yield(n) {
		sc.stop = true
	}
	return n.Span.End
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// A word is an ASCII word of the text, lower-cased when it is short.
type word struct {
	start, end int
	low        [16]byte
	n          int
}

func (w *word) str() string { return string(w.low[:w.n]) }

// is reports whether w is the lower-case word x.
func (w *word) is(x string) bool { return w.n > 0 && string(w.low[:w.n]) == x }

// wordAtIs reports whether the word at i is the lower-case word x.
func (sc *scanner) wordAtIs(i int, x string) bool {
	w := sc.wordAt(i)
	return w.is(x)
}

// nextWordIs reports whether the word after the white space at i is the
// lower-case word x.
func (sc *scanner) nextWordIs(i int, x string) bool {
	w := sc.nextWord(i)
	return w.is(x)
}

// wordAt reads the letters at i.
func (sc *scanner) wordAt(i int) word {
	w := word{start: i}
	s := sc.s
	if i+16 <= len(s) {
		// Eight letters at a time (letters.go): a letter or'ed with 0x20 is
		// its lower case.
		x0 := load8(s, i)
		if m := nonLetters(x0); m != 0 {
			n := bits.TrailingZeros64(m) >> 3
			put8(w.low[:8], lowMask(x0|case8, n))
			w.end, w.n = i+n, n
			return w
		}
		x1 := load8(s, i+8)
		if m := nonLetters(x1); m != 0 {
			n := bits.TrailingZeros64(m) >> 3
			put8(w.low[:8], x0|case8)
			put8(w.low[8:], lowMask(x1|case8, n))
			w.end, w.n = i+8+n, 8+n
			return w
		}
		w.end = letterRun(s, i+16)
		if w.end == i+16 {
			put8(w.low[:8], x0|case8)
			put8(w.low[8:], x1|case8)
			w.n = 16
		}
		return w
	}
	j := i
	// One pass: each letter is lowered into w.low as it is found.
	for ; j < len(s); j++ {
		c := lowerLetter[s[j]]
		if c == 0 {
			break
		}
		if k := j - i; k < len(w.low) {
			w.low[k] = c
		}
	}
	w.end = j
	if j-i <= len(w.low) {
		w.n = j - i
	} else {
		w.low = [16]byte{} // too long to be a word of the scanner's
	}
	return w
}

// lowerLetter is each ASCII letter in lower case, and 0 for any other byte.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = byte(c), byte(c)
	}
	return t
}()

// spaceAt skips spaces and tabs and at most one line break.
func (sc *scanner) spaceAt(i int) int {
	s := sc.s
	breaks := 0
	for i < len(s) {
		switch s[i] {
		case ' ', '\t':
		case '\n', '\r':
			if breaks++; breaks > 1 {
				return i
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				i++
				break
			}
			return i
		default:
			return i
		}
		i++
	}
	return i
}

// nextWord returns the word after the white space at i; its n is 0 and
// start == end when there is none.
func (sc *scanner) nextWord(i int) word {
	j := sc.spaceAt(i)
	if j == i || j >= len(sc.s) || !isLetter(sc.s[j]) {
		return word{start: j, end: j}
	}
	return sc.wordAt(j)
}

// prevWord returns the word before the white space ending at i.
func (sc *scanner) prevWord(i int) word {
	k, j := sc.prevSpan(i)
	if k == j {
		return word{start: j, end: j}
	}
	return sc.wordAt(k)
}

// Word roles in the fast path.
const (
	rNone = iota
	rQuantity
	rMonth
	rOrdinal
	rAll
	rAged
	rURL
	rHalf
	rCode    // an ISO currency code: "EUR 5 million"
	rPercent // "percent of 10": a share named before its number
)

// starters marks, for each pair of first letters (or a lone letter), the
// lengths of the words that can begin a figure: a cheap filter before the
// switch of roleOf that turns away "the", "and", "of" and most other words.
var starters = func() (t [27 * 27]uint32) {
	for _, w := range strings.Fields(starterWords) {
		var c1 byte
		if len(w) > 1 {
			c1 = w[1]
		}
		t[starterIndex(w[0], c1)] |= 1 << len(w)
	}
	return t
}()

// starts is starters indexed by starterIndex32.
var starts = func() (t [32 * 32]uint32) {
	for _, w := range strings.Fields(starterWords) {
		var c1 byte
		if len(w) > 1 {
			c1 = w[1]
		}
		t[starterIndex32(w[0], c1, len(w))] |= 1 << len(w)
	}
	return t
}()

// follow is, for the short words that mayBeginFigure lets through only
// before certain words, the first letters of those words (bit c&31 for a
// letter c), indexed by starterIndex32: "in excess", "at least", "at
// most", "as many", "as much", "as few", "up to"; "a" and "an" before a
// number word, a scale, a fraction, a hedge or a unit of time
// (followWords). Every other word has all bits set. TestFollow checks the
// table against mayBeginFigure.
var follow = func() (t [32 * 32]uint32) {
	for k := range t {
		t[k] = ^uint32(0)
	}
	for w, next := range followWords {
		var m uint32
		for _, f := range strings.Fields(next) {
			m |= 1 << (f[0] & 31)
		}
		var c1 byte
		if len(w) > 1 {
			c1 = w[1]
		}
		t[starterIndex32(w[0], c1, len(w))] = m
	}
	return t
}()

// followWords are the words after which mayBeginFigure lets each short
// word through.
var followWords = map[string]string{
	"in": "excess", "at": "least most", "as": "many much few", "up": "to",
	"a": followA, "an": followA,
}

const followA = `hundred thousand million billion trillion dozen few couple pair little bit maximum minimum estimated
half third quarter fourth fifth sixth seventh eighth ninth tenth hundredth thousandth millionth billionth trillionth
twenty thirty forty fifty sixty seventy eighty ninety
second sec minute min hour hr day night week fortnight month year yr decade century centuries`

// starterIndex32 is the index in starts of a word of n letters (n > 0)
// that begins with c0 c1: a letter's low five bits are its place in the
// alphabet from 1, either case, and a word of one letter has row 0.
func starterIndex32(c0, c1 byte, n int) uint {
	if n == 1 {
		c1 = 0
	}
	return uint(c0&31)<<5 | uint(c1&31)
}

// mayStart reports whether the letters s[i:end] can be a word of
// starterWords, by their length and first two letters.
func mayStart(s string, i, end int) bool {
	n := end - i
	if n > 15 {
		return false
	}
	var c1 byte
	if n > 1 {
		c1 = s[i+1]
	}
	return starters[starterIndex(s[i], c1)]&(1<<n) != 0
}

// starterIndex is the index of a word's first two letters in starters; c1
// is 0 for a word of one letter.
func starterIndex(c0, c1 byte) int {
	return int(letterIndex[c0])*27 + int(letterIndex[c1])
}

// letterIndex is a letter's place in the alphabet, either case, and 26 for
// any other byte (the tables indexed by starterIndex have a row for it).
var letterIndex = func() (t [256]uint8) {
	for c := range t {
		t[c] = 26
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = uint8(c-'a'), uint8(c-'a')
	}
	return t
}()

const starterWords = `zero nought naught nil one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety a an another dozens scores hundreds thousands millions billions tens several half more over above
nearly almost about around some roughly approximately approx circa c estimated at up as fewer less under
below close just well no not upwards in between from us minus negative sub north south beyond exceeding topping greater larger bigger higher smaller
lower equal equals equaling equalling slightly far much marginally somewhat
considerably substantially percent percents per usd eur gbp rub uah chf jpy cny inr aud cad hkd sgd nzd rs january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec first second third
fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth
hundredth thousandth millionth
billionth trillionth all aged
age ages http https www twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold
twelvefold twentyfold hundredfold thousandfold`

func roleOf(w *word) int {
	if w.n == 0 || w.n > 15 {
		return rNone
	}
	if starters[starterIndex(w.low[0], w.low[1])]&(1<<w.n) == 0 {
		return rNone
	}
	switch string(w.low[:w.n]) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec":
		return rMonth
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
		"eightieth", "ninetieth", "hundredth", "thousandth",
		"millionth", "billionth", "trillionth":
		return rOrdinal
	case "all":
		return rAll
	case "aged", "age", "ages":
		return rAged
	case "http", "https", "www":
		return rURL
	case "half":
		return rHalf
	case "zero", "nought", "naught", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
		"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a", "an", "another", "dozens", "scores",
		"hundreds", "thousands", "millions", "billions", "tens", "several", "more", "over", "above",
		"nearly", "almost", "about", "around", "some", "roughly", "approximately", "approx", "circa", "c",
		"estimated", "at", "up", "as", "fewer", "less", "under", "below", "close", "just", "well", "no",
		"not", "upwards", "in", "between", "from", "us", "minus", "negative", "sub", "north", "south", "beyond",
		"exceeding", "topping", "greater", "larger", "bigger", "higher",
		"smaller", "lower", "equal", "equals", "equaling", "equalling", "slightly", "far", "much", "marginally",
		"somewhat", "considerably", "substantially", "twofold", "threefold", "fourfold", "fivefold", "sixfold",
		"sevenfold", "eightfold", "ninefold", "tenfold", "twelvefold", "twentyfold", "hundredfold", "thousandfold":
		return rQuantity
	case "usd", "eur", "gbp", "rub", "uah", "chf", "jpy", "cny", "inr", "aud", "cad", "hkd", "sgd", "nzd", "rs":
		return rCode
	case "percent", "percents", "per":
		return rPercent
	}
	return rNone
}

func monthOf(w *word) time.Month {
	if w.n < 3 {
		return 0
	}
	switch string(w.low[:3]) {
	case "jan":
		return time.January
	case "feb":
		return time.February
	case "mar":
		return time.March
	case "apr":
		return time.April
	case "may":
		return time.May
	case "jun":
		return time.June
	case "jul":
		return time.July
	case "aug":
		return time.August
	case "sep":
		return time.September
	case "oct":
		return time.October
	case "nov":
		return time.November
	case "dec":
		return time.December
	}
	return 0
}

// ordinalValue returns the number an ordinal word names ("fourth" 4), or 0.
func ordinalValue(w *word) int64 {
	switch string(w.low[:w.n]) {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	case "eleventh":
		return 11
	case "twelfth":
		return 12
	case "thirteenth":
		return 13
	case "fourteenth":
		return 14
	case "fifteenth":
		return 15
	case "sixteenth":
		return 16
	case "seventeenth":
		return 17
	case "eighteenth":
		return 18
	case "nineteenth":
		return 19
	case "twentieth":
		return 20
	case "thirtieth":
		return 30
	case "fortieth":
		return 40
	case "fiftieth":
		return 50
	case "sixtieth":
		return 60
	case "seventieth":
		return 70
	case "eightieth":
		return 80
	case "ninetieth":
		return 90
	case "hundredth":
		return 100
	case "thousandth":
		return 1000
	case "millionth":
		return 1_000_000
	case "billionth":
		return 1_000_000_000
	case "trillionth":
		return 1_000_000_000_000
	}
	return 0
}

// fractionOf returns the denominator a fraction word names ("third" 3,
// "quarters" 4, "half" 2), or 0.
func fractionOf(w *word) int64 {
	switch string(w.low[:w.n]) {
	case "half", "halves":
		return 2
	case "third", "thirds":
		return 3
	case "quarter", "quarters", "fourth", "fourths":
		return 4
	case "fifth", "fifths":
		return 5
	case "sixth", "sixths":
		return 6
	case "seventh", "sevenths":
		return 7
	case "eighth", "eighths":
		return 8
	case "ninth", "ninths":
		return 9
	case "tenth", "tenths":
		return 10
	case "hundredth", "hundredths":
		return 100
	case "thousandth", "thousandths":
		return 1000
	case "millionth", "millionths":
		return 1_000_000
	case "billionth", "billionths":
		return 1_000_000_000
	case "trillionth", "trillionths":
		return 1_000_000_000_000
	}
	return 0
}

// atWord handles the word s[i:end] and returns where to go on.
func (sc *scanner) atWord(i, end int) int {
	s := sc.s
	if end < len(s) && isDigit(s[end]) {
		return sc.glued(i, end)
	}
	if !mayStart(s, i, end) {
		return end
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '_') {
		return end
	}
	w := sc.wordAt(i)
	switch roleOf(&w) {
	case rQuantity:
		if !sc.mayBeginFigure(&w) {
			return w.end
		}
		if w.is("over") && sc.overAfter(i, w.end) == overParticle {
			// "handed over 1,212 bodies": a particle, not a hedge; the
			// figure is read from the word after it.
			return w.end
		}
		// "a month", "an hour": no quantity phrase, a duration (below).
		aUnit := false
		if w.n <= 2 && (w.is("a") || w.is("an")) {
			nw := sc.nextWord(w.end)
			aUnit = sc.unitOfTime(&nw) != ""
		}
		if !aUnit {
			if e, ok := sc.quantityAt(i); ok {
				return e
			}
			if e, ok := sc.hedgedFraction(i); ok {
				return e
			}
		}
		if w.is("under") || w.is("over") || w.is("above") || w.is("below") {
			if e, ok := sc.ageOf(i, w.end); ok {
				return e
			}
		}
		if w.is("a") || w.is("an") || w.is("one") {
			if e, ok := sc.fractionAfter(i, w.end, 1, claims.Quantity{}); ok {
				return e
			}
			if e, ok := sc.fractionAfterBy(i, &w); ok {
				return e
			}
		}
		if w.is("a") || w.is("an") {
			// "an hour", "a week": one of the unit.
			if nw := sc.nextWord(w.end); sc.unitOfTime(&nw) != "" && !strings.HasSuffix(nw.str(), "s") &&
				!(nw.is("second") && sc.nextWord(nw.end).n > 0) { // "a second convoy" is an ordinal
				return sc.emit(Number{Span: claims.Span{Start: i, End: nw.end}, Class: Duration, Unit: durationUnit(&nw),
					Quantity: sc.exact(s[i:w.end], 1)})
			}
		}
		if w.is("us") && w.end < len(s) && s[w.end] == '$' {
			if e, ok := sc.quantityAt(i); ok {
				return e
			}
		}
	case rMonth:
		if isUpper(s[i]) {
			if e, ok := sc.monthFirst(i, &w); ok {
				return e
			}
		}
	case rOrdinal:
		// "second to last", "third from the bottom": a place counted from
		// the end, no ordinal of the count.
		if e := sc.fromEnd(w.end); e > w.end {
			return e
		}
		// "fourth", and "second-largest" too.
		v := ordinalValue(&w)
		return sc.emit(Number{Span: claims.Span{Start: i, End: w.end}, Class: Ordinal,
			Quantity: sc.exact(s[i:w.end], v)})
	case rAll:
		if strings.HasPrefix(s[w.end:], "-for-") {
			w2 := sc.wordAt(w.end + 5)
			if w2.is("all") {
				return sc.emit(Number{Span: claims.Span{Start: i, End: w2.end}, Class: Formula})
			}
		}
	case rAged:
		if e, ok := sc.aged(i, &w); ok {
			return e
		}
	case rURL:
		return sc.url(i)
	case rCode:
		// "EUR 4.5 million", and the rupee's "Rs 30 lakh", "Rs. 2,000".
		j := w.end
		if w.is("rs") && j < len(s) && s[j] == '.' {
			j++
		}
		if isUpper(s[i]) && (isUpper(s[w.end-1]) || w.is("rs")) && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			// As after a sign, a glued scale counts: "USD 10m".
			if e, ok := sc.codeAmount(i, j+1, s[i:w.end]); ok {
				return e
			}
			q, n, err := sc.qr.Read(s[j+1:])
			if err == nil && n > 0 && q.Unit == claims.Count {
				return sc.emit(Number{Span: claims.Span{Start: i, End: j + 1 + n}, Class: Money, Unit: s[i:w.end], Quantity: q})
			}
		}
	case rPercent:
		if e, ok := sc.percentFirst(i, &w); ok {
			return e
		}
	case rHalf:
		if e, ok := sc.quantityAt(i); ok {
			return e
		}
		if e, ok := sc.fractionAfterBy(i, &w); ok {
			return e
		}
		nw := sc.nextWord(w.end)
		if pw := sc.prevWord(i); pw.n > 0 && ordinalValue(&pw) > 0 {
			return w.end // "the second half of the match": a part of a game, no share
		}
		if nw.is("of") || nw.is("the") || nw.is("its") || nw.is("their") || nw.is("a") || nw.is("an") {
			return sc.emit(Number{Span: claims.Span{Start: i, End: w.end}, Class: Ratio,
				Quantity: sc.ratioQuantity(s[i:w.end], 1, 2), Numerator: 1, Denominator: 2})
		}
	}
	return w.end
}

// mayBeginFigure is a cheap necessary condition for the commonest short
// words that can begin a figure ("a", "an", "another", "in", "at", "as", "up"): the
// word after them must be one that the grammar of claims.ReadQuantity, a
// fraction or a duration can continue with. Other words pass.
func (sc *scanner) mayBeginFigure(w *word) bool {
	switch string(w.low[:w.n]) {
	case "in":
		return sc.nextWordIs(w.end, "excess")
	case "at":
		nw := sc.nextWord(w.end)
		return nw.is("least") || nw.is("most")
	case "as":
		nw := sc.nextWord(w.end)
		return nw.is("many") || nw.is("much") || nw.is("few")
	case "up":
		// "up to 700" is at most 700; but "edged up to 3.9%", "came back
		// up to 40" reach a level.
		if !sc.nextWordIs(w.end, "to") {
			return false
		}
		pw := sc.prevWord(w.start)
		if pw.is("back") {
			// "came back up to 40" returns to a level; "buy back up to
			// $10 billion" buys at most that much.
			vw := sc.prevWord(pw.start)
			return vw.n > 0 && backObjectVerbs[string(vw.low[:vw.n])]
		}
		return pw.n == 0 || !stepVerbs[string(pw.low[:pw.n])]
	case "from":
		return sc.rangeAhead(w.end)
	case "a", "an":
		nw := sc.nextWord(w.end)
		switch string(nw.low[:nw.n]) {
		case "hundred", "thousand", "million", "billion", "trillion", "dozen", "few", "couple", "pair", "little",
			"bit", "maximum", "minimum", "estimated", "half", "third", "quarter", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth", "hundredth", "thousandth", "millionth", "billionth", "trillionth":
			return true
		}
		if tensValue(&nw) > 0 && (nw.end < len(sc.s) && sc.s[nw.end] == '-' || sc.nextWord(nw.end).n > 0) {
			return true // "a twenty-first of"
		}
		return durationUnit(&nw) != ""
	case "another":
		// "another thousand", "another dozen"; "another 500" is read at its digits.
		nw := sc.nextWord(w.end)
		switch string(nw.low[:nw.n]) {
		case "hundred", "thousand", "million", "billion", "trillion", "dozen", "few", "couple":
			return true
		}
		return false
	}
	if !coreStart(w) {
		// A hedge ("more", "about", "some", "over"): a figure must follow
		// within a few words of hedge, or "the age of" ("under the age of
		// 25").
		if w.n <= 5 && (w.is("under") || w.is("over") || w.is("above") || w.is("below")) {
			if nw := sc.nextWord(w.end); nw.is("the") {
				return sc.nextWordIs(nw.end, "age")
			}
		}
		return sc.coreAhead(w.end)
	}
	return true
}

// fromEnd returns the end of "to last", "from last", "from the end" or
// "from the bottom" after the ordinal ending at e, or e.
func (sc *scanner) fromEnd(e int) int {
	nw := sc.nextWord(e)
	if !nw.is("to") && !nw.is("from") {
		return e
	}
	n2 := sc.nextWord(nw.end)
	if n2.is("the") && nw.is("from") {
		n2 = sc.nextWord(n2.end)
		if n2.is("end") || n2.is("bottom") {
			return n2.end
		}
		return e
	}
	if n2.is("last") || n2.is("bottom") && nw.is("from") {
		return n2.end
	}
	return e
}

// stepVerbs are the words before "up to" that make "up" the particle of a
// small move or a return, and the figure after "to" the level reached:
// "ticked up to", "inched up to", "back up to".
var stepVerbs = map[string]bool{"back": true, "inch": true, "inches": true, "inched": true, "inching": true,
	"edge": true, "edges": true, "edged": true, "edging": true, "tick": true, "ticks": true, "ticked": true,
	"ticking": true, "creep": true, "creeps": true, "crept": true, "creeping": true, "nudge": true,
	"nudged": true, "nudging": true}

// backObjectVerbs are the verbs whose particle "back" takes an object ("buy
// back", "pay back", "claw back"): after them "back up to" is "back" and a
// hedge, "up to $10 billion", not a return to a level.
var backObjectVerbs = map[string]bool{"buy": true, "buys": true, "bought": true, "buying": true, "pay": true,
	"pays": true, "paid": true, "paying": true, "give": true, "gives": true, "gave": true, "giving": true,
	"claw": true, "claws": true, "clawed": true, "clawing": true, "win": true, "wins": true, "won": true,
	"winning": true, "bring": true, "brings": true, "brought": true, "bringing": true, "send": true,
	"sends": true, "sent": true, "sending": true, "hand": true, "hands": true, "handed": true,
	"handing": true, "hold": true, "holds": true, "held": true, "holding": true}

// coreStart reports whether w can begin the number of a figure itself,
// not only its hedge: a number word, "a", "half", "dozens", "several", ….
func coreStart(w *word) bool {
	if numberWord(w) {
		return true
	}
	switch string(w.low[:w.n]) {
	case "zero", "nought", "naught", "nil", "a", "an", "another", "half", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
		"tens", "several", "few", "couple", "dozen", "hundred", "thousand", "million", "billion", "us", "minus",
		"negative", "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold",
		"tenfold", "twelvefold", "twentyfold", "hundredfold", "thousandfold":
		return true
	}
	return false
}

// coreAhead reports whether, after the hedge word ending at e, a figure can
// begin within five more words of hedge: a digit, a sign or a currency,
// or a word that coreStart accepts. It is a cheap test before the full
// reading, which most hedge words in prose ("some of the", "more than a
// year") fail.
func (sc *scanner) coreAhead(e int) bool {
	s := sc.s
	than := false
	for words := 0; words < 6; words++ {
		k := sc.spaceAt(e)
		if k >= len(s) {
			return false
		}
		c := s[k]
		if !isLetter(c) {
			if c == '.' || c == ',' {
				return k+1 < len(s) && isDigit(s[k+1]) // ".5", not the end of a sentence
			}
			return byteClass[c] != cOther || c == '%' // digits, signs, currencies, "½"
		}
		if k == e {
			return false
		}
		w := sc.wordAt(k)
		if coreStart(&w) {
			return true
		}
		if isUpper(c) && w.end+1 < len(s) && s[w.end] == '$' {
			return true // "about HK$5.4m": whose dollar, before the sign
		}
		// After "than" a figure follows at once, or "or equal": "lower
		// than in 1995" holds no figure.
		if !hedgeWord(&w) || than && !w.is("or") {
			return false
		}
		than = w.is("than")
		e = w.end
	}
	return false
}

// rehedge returns the ratio quantity r under the hedge of h ("nearly",
// "fewer than"): h's qualifier, with each bound h sets moved to r's value.
func rehedge(h, r claims.Quantity) claims.Quantity {
	if !h.IsValid() || !r.IsValid() || h.Qualifier == claims.Exact {
		return r
	}
	// Built afresh from h's hedge and bounds, not copied from h, whose Text
	// may be a phrase made up in the scanner's buffer (see scratch).
	q := claims.NewQuantity(r.Text, h.Qualifier, r.Value)
	q.Precision, q.Unit, q.Vague, q.Reciprocal, q.Change = r.Precision, h.Unit, h.Vague, h.Reciprocal, h.Change
	q.Lower, q.Upper = claims.Unbounded, claims.Unbounded
	if h.Lower.Set {
		q.Lower = claims.Bound{Value: r.Value, Inclusive: h.Lower.Inclusive, Set: true}
	}
	if h.Upper.Set {
		q.Upper = claims.Bound{Value: r.Value, Inclusive: h.Upper.Inclusive, Set: true}
	}
	return q
}

// hedgedFraction reads a hedge before a fraction: "nearly a third",
// "about half", "at least half", "almost two-thirds". The hedge is read
// by claims.ReadQuantity on the hedge's words with a number after them.
func (sc *scanner) hedgedFraction(i int) (int, bool) {
	s := sc.s
	first := sc.wordAt(i)
	switch string(first.low[:first.n]) {
	case "in", "from", "between", "as", "a", "an", "us", "minus":
		return i, false // these begin no hedge before a fraction
	}
	k := i
	for words := 0; words < 4; words++ {
		w := sc.wordAt(k)
		if w.end == k || !hedgeWord(&w) {
			return i, false
		}
		next := sc.spaceAt(w.end)
		if next == w.end || next >= len(s) {
			return i, false
		}
		k = next
		// A cheap look before the full reading: a fraction starts with
		// digits, "half", "a", "an" or a number word.
		if !isDigit(s[k]) {
			if !isLetter(s[k]) {
				return i, false
			}
			if nw := sc.wordAt(k); !nw.is("half") && !nw.is("a") && !nw.is("an") && !numberWord(&nw) {
				continue
			}
		}
		num, den, end, ok := sc.fractionAt(k)
		if !ok {
			continue
		}
		var buf scratchBuf
		hedge := scratch(&buf, s[i:w.end], " 1", "")
		hq, hn, err := sc.qr.Read(hedge)
		if err != nil || hn != len(hedge) || hq.Qualifier == claims.Exact {
			return i, false
		}
		return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
			Quantity: rehedge(hq, sc.ratioQuantity(s[i:end], num, den)), Numerator: num, Denominator: den}), true
	}
	return i, false
}

// hedgeWord reports whether w can be part of a hedge before a fraction
// ("more than", "at least", "nearly", "just under"): hedgedFraction reads
// no further than such words.
func hedgeWord(w *word) bool {
	switch string(w.low[:w.n]) {
	case "more", "than", "over", "at", "least", "most", "about", "around", "some", "roughly", "approximately",
		"approx", "nearly", "almost", "less", "fewer", "under", "below", "above", "just", "well", "close", "to",
		"up", "no", "not", "slightly", "far", "much", "a", "little", "bit", "an", "estimated", "as", "many",
		"greater", "smaller", "lower", "higher", "larger", "bigger", "or", "equal", "of", "upwards", "in",
		"excess", "north", "south", "shy", "considerably", "substantially", "marginally", "somewhat",
		"maximum", "minimum", "circa", "c":
		return true
	}
	return false
}

// numberWord reports whether w is a cardinal number word below a hundred.
func numberWord(w *word) bool {
	switch string(w.low[:w.n]) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
		"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return true
	}
	return false
}

// fractionAt reads a fraction at k without emitting it: "half" (before
// "of", "the", …), "a third", "two-thirds", "three quarters", "3/4",
// "one in three", "9 in 10", "one out of five".
func (sc *scanner) fractionAt(k int) (num, den int64, end int, ok bool) {
	s := sc.s
	if k >= len(s) {
		return 0, 0, k, false
	}
	if isDigit(s[k]) {
		a := sc.digitsEnd(k)
		if sl := fractionSlash(s, a); sl > 0 && a+sl < len(s) && isDigit(s[a+sl]) {
			b := sc.digitsEnd(a + sl)
			num, den = atoi(s[k:a]), atoi(s[a+sl:b])
			// Up to tenths as a rule ("3/4", not a date or a score like
			// "1/16"); a larger denominator with the fraction slash or
			// before "of" ("1/16 of a pint", "1⁄128").
			small := b-a-sl <= 2 && den <= 10 || b-a-sl <= 3 && (sl > 1 || sc.nextWordIs(b, "of"))
			if a-k <= 2 && small && num > 0 && num < den && (b >= len(s) || !isAlnum(s[b]) && s[b] != '/') {
				return num, den, b, true
			}
			return 0, 0, k, false
		}
	} else if !isLetter(s[k]) {
		return 0, 0, k, false
	}
	w := sc.wordAt(k)
	if w.is("half") {
		nw := sc.nextWord(w.end)
		if nw.is("of") || nw.is("the") || nw.is("its") || nw.is("their") || nw.is("a") || nw.is("an") || nw.is("his") || nw.is("her") {
			return 1, 2, w.end, true
		}
		return 0, 0, k, false
	}
	e := w.end
	if w.is("a") || w.is("an") {
		num = 1
	} else {
		q, n, err := sc.qr.Read(s[k:])
		if err != nil || n == 0 || q.Qualifier != claims.Exact || q.Vague {
			return 0, 0, k, false
		}
		v, isInt := q.Value.Int64()
		if !isInt || v <= 0 {
			return 0, 0, k, false
		}
		num, e = v, k+n
		// "one in three", "one out of five"
		nw := sc.nextWord(e)
		j := -1
		if nw.is("in") {
			j = sc.spaceAt(nw.end)
		} else if nw.is("out") {
			if w2 := sc.nextWord(nw.end); w2.is("of") {
				j = sc.spaceAt(w2.end)
			}
		}
		if j > nw.end {
			if q2, n2, err := sc.qr.Read(s[j:]); err == nil && n2 > 0 && q2.Qualifier == claims.Exact && !q2.Vague {
				if d, ok := q2.Value.Int64(); ok && d > num && d <= 1_000_000 && !(n2 == 4 && d >= 1800 && d <= 2100) {
					return num, d, j + n2, true
				}
			}
		}
		if !isLetter(s[k]) || num >= 100 {
			return 0, 0, k, false
		}
	}
	den, end = sc.fractionWord(e, num)
	if den == 0 {
		return 0, 0, k, false
	}
	return num, den, end, true
}

// fractionSlash returns the width of a slash between the parts of a
// fraction at a: 1 for "/", 3 for the fraction slash "⁄" (U+2044); 0
// when there is none.
func fractionSlash(s string, a int) int {
	switch {
	case a < len(s) && s[a] == '/':
		return 1
	case a+2 < len(s) && s[a] == 0xE2 && s[a+1] == 0x81 && s[a+2] == 0x84:
		return 3
	}
	return 0
}

// fractionWord reads the denominator word after a numerator num ending at
// e ("-thirds", " quarter") and returns the denominator and its end, or 0.
// A singular ordinal after "a" or "one" is a fraction only before "of" or
// at the end of a clause: "a third of the city", "fell by a third", but
// "a fourth on 14 June" and "a third round" are ordinals.
func (sc *scanner) fractionWord(e int, num int64) (int64, int) {
	s := sc.s
	var w word
	hyphen := e+1 < len(s) && s[e] == '-' && isLetter(s[e+1])
	if hyphen {
		w = sc.wordAt(e + 1)
	} else {
		w = sc.nextWord(e)
	}
	den := fractionOf(&w)
	if t := tensValue(&w); t > 0 {
		// "one twenty-fifth", "three twenty firsts": a compound denominator.
		j := sc.spaceAt(w.end)
		if w.end+1 < len(s) && s[w.end] == '-' {
			j = w.end + 1
		}
		if j > w.end && j < len(s) && isLetter(s[j]) {
			u := sc.wordAt(j)
			if o, plural := unitOrdinal(&u); o > 0 && (plural || num == 1) {
				den, w = t+o, u
				hyphen = true // the compound is one word: "a twenty-first of"
				if !plural {
					hyphen = false
				}
			}
		}
	}
	plural := pluralFraction(&w) || den > 20 && w.n > 4 && w.low[w.n-1] == 's'
	if den == 0 || (num != 1 && !plural) {
		return 0, e
	}
	if num == 1 && !hyphen && !w.is("quarter") && !w.is("half") {
		if nw := sc.nextWord(w.end); nw.n > 0 && !nw.is("of") {
			return 0, e
		}
		if w.end < len(s) && s[w.end] == '-' {
			return 0, e // "a third-quarter loss"
		}
	}
	return den, w.end
}

// pow10i is 10 to the power k, for k from 0 to 18.
func pow10i(k int) int64 {
	p := int64(1)
	for ; k > 0; k-- {
		p *= 10
	}
	return p
}

// exact returns the exact quantity v written as text.
func (sc *scanner) exact(text string, v int64) claims.Quantity {
	return claims.NewQuantity(text, claims.Exact, claims.DecimalOf(v))
}

// ratioQuantity is num/den as a decimal quantity, exact as the fraction
// is written: its decimal rounded down to six places (or six significant
// digits) when it does not terminate, with that place as its precision.
func (sc *scanner) ratioQuantity(text string, num, den int64) claims.Quantity {
	if den <= 0 {
		return claims.Quantity{}
	}
	// Six places, and more for a small fraction ("a trillionth"): six
	// significant digits at least, as far as int64 holds them.
	places := 6
	for p := int64(1_000_000); p < den && places < 18 && num < 9e18/(p*100) && p <= 1e16; p *= 10 {
		places++
	}
	// A fraction that ends (its denominator has no factor but 2 and 5)
	// keeps all its places: "1/128" is 0.0078125, exactly.
	if k := terminatingPlaces(den); k > places && k <= 15 {
		places = k
	}
	scaled, ok := int64(0), num >= 0 && num <= 9e18/pow10i(places)
	if ok {
		scaled = num * pow10i(places)
	} else {
		places = 0
	}
	v, _ := claims.NewDecimal(scaled/den, -places)
	q := claims.NewQuantity(text, claims.Exact, v)
	if scaled%den != 0 {
		// It does not end ("a third", "one in three"): the writer states
		// the fraction exactly, and only its decimal is rounded, which its
		// precision says (the last place kept), not a hedge.
		q.Precision, _ = claims.NewDecimal(1, -places)
	}
	return q
}

// terminatingPlaces returns the places of decimals a fraction over den
// takes to end, or 0 when it never ends (a factor other than 2 and 5).
func terminatingPlaces(den int64) int {
	twos, fives := 0, 0
	for den > 1 && den%2 == 0 {
		den, twos = den/2, twos+1
	}
	for den > 1 && den%5 == 0 {
		den, fives = den/5, fives+1
	}
	if den != 1 {
		return 0
	}
	return max(twos, fives)
}

// glued handles letters glued to digits at d ("Rennes10,000", "A320",
// "MH17", "v1.2").
func (sc *scanner) glued(i, d int) int {
	// A currency code glued to the amount: "USD10m", "RM23.50".
	if code := gluedCode(sc.s[i:d]); code != "" {
		if e, ok := sc.codeAmount(i, d, code); ok {
			return e
		}
	}
	// A grouped number after a word: text run together ("Rennes10,000").
	if _, ok := sc.groupedAt(d); ok && d-i >= 3 {
		return sc.atDigits(d)
	}
	return sc.identifier(i, d)
}

// groupedAt reports whether a number with a group separator starts at d.
func (sc *scanner) groupedAt(d int) (int, bool) {
	s := sc.s
	j := d
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-d > 3 || j+3 >= len(s) || (s[j] != ',' && s[j] != '.') {
		return j, false
	}
	if isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 >= len(s) || !isDigit(s[j+4])) {
		return j + 4, true
	}
	return j, false
}

// identifier emits the token around the digits at d as an identifier: the
// letters and digits before d from i, and the letters, digits, dots,
// hyphens and slashes after it, without trailing punctuation.
func (sc *scanner) identifier(i, d int) int {
	s := sc.s
	j := d
	for j < len(s) && (isAlnum(s[j]) || ((s[j] == '.' || s[j] == '-' || s[j] == '/' || s[j] == '_' || s[j] == ':') && j+1 < len(s) && isAlnum(s[j+1]))) {
		j++
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: j}, Class: Identifier})
}

// url emits a URL with digits as an identifier and skips it.
func (sc *scanner) url(i int) int {
	s := sc.s
	j := i
	digits := false
	for j < len(s) && s[j] > ' ' && s[j] != '"' && s[j] != '<' && s[j] != '>' && s[j] != ')' && s[j] < 0x80 {
		digits = digits || isDigit(s[j])
		j++
	}
	for j > i && (s[j-1] == '.' || s[j-1] == ',' || s[j-1] == ';') {
		j--
	}
	if !strings.Contains(s[i:j], ".") && !strings.Contains(s[i:j], "://") {
		return sc.wordAt(i).end
	}
	if digits {
		return sc.emit(Number{Span: claims.Span{Start: i, End: j}, Class: Identifier})
	}
	return j
}

// atSign handles $, +, ~, & and (.
func (sc *scanner) atSign(i int) int {
	s := sc.s
	switch s[i] {
	case '$', '~', '<', '>', '=':
		// "~500", "> 10", ">= 10": a comparison sign before a number.
		j := i + 1
		for j < len(s) && j-i < 4 && (s[j] == '=' || s[j] == '>' || s[j] == '<' || s[j] == ' ') {
			j++
		}
		if j < len(s) && s[j] == '-' && s[i] != '$' {
			j++ // "<-30", "<= -30": a negative bound
		}
		if s[i] != '$' && (j >= len(s) || !isDigit(s[j])) {
			return i + 1
		}
		if s[i] == '<' && s[i+1] == '>' {
			return j // "<>30": not equal, no bound
		}
		if e, ok := sc.quantityAt(i); ok {
			return e
		}
	case '-', '.':
		// "-5" and ".5" after a space or at the start: a sign, a fraction.
		if i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '\n') {
			if s[i] == '-' && sc.spacedCode(i) {
				// "COVID -19": a code whose hyphen a writer set apart.
				return sc.identifier(i-1-sc.capsBefore(i-1), i)
			}
			if e, ok := sc.quantityAt(i); ok {
				return e
			}
		}
	case '+':
		if i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !isAlnum(s[i-1])) {
			if e, ok := sc.phone(i); ok {
				return e
			}
		}
	case '(':
		if e, ok := sc.phone(i); ok {
			return e
		}
	case '&':
		// An HTML entity: "&#8212;", "&nbsp;".
		j := i + 1
		for j < len(s) && j-i < 12 && (isAlnum(s[j]) || s[j] == '#') {
			j++
		}
		if j < len(s) && s[j] == ';' && j > i+1 {
			return j + 1
		}
	}
	return i + 1
}

// spacedCode reports whether the hyphen at i, after a space, joins a word
// in capitals of three letters or more to an integer of up to three digits
// that a word follows, as a code is written with its hyphen set apart
// ("COVID -19 tests"); a market list's "DAX -0.8%", "FTSE -12.5" or "DAX
// -12 points" is a change, with a decimal point, a share or a unit.
func (sc *scanner) spacedCode(i int) bool {
	s := sc.s
	if i < 4 || s[i-1] != ' ' || sc.capsBefore(i-1) < 3 {
		return false
	}
	e := sc.digitsEnd(i + 1)
	if e-i-1 > 3 || e+1 >= len(s) || s[e] != ' ' || !isLetter(s[e+1]) {
		return false
	}
	w := sc.wordAt(e + 1)
	return !w.is("percent") && !w.is("per") && !w.is("pct") && measureUnits[string(w.low[:w.n])] == ""
}

// capsBefore returns how many capital letters make the word that ends at
// j, or 0 when a lower-case letter or a digit is in it.
func (sc *scanner) capsBefore(j int) int {
	s := sc.s
	k := j
	for k > 0 && isUpper(s[k-1]) {
		k--
	}
	if k > 0 && isAlnum(s[k-1]) {
		return 0
	}
	return j - k
}

// phone reads a telephone number at i ("+7 495 123-45-67", "(020) 7946 0000").
func (sc *scanner) phone(i int) (int, bool) {
	s := sc.s
	j, digits, end := i, 0, i
	if s[j] == '+' {
		j++
	}
	for j < len(s) {
		c := s[j]
		switch {
		case isDigit(c):
			digits++
			j++
			end = j
		case (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') && j+1 < len(s) && (isDigit(s[j+1]) || s[j+1] == '('):
			j++
		case c == ')' && j > i:
			j++
		default:
			goto done
		}
		if j-i > 40 {
			break
		}
	}
done:
	if digits < 7 || digits > 15 {
		return i, false
	}
	if s[i] == '(' && strings.IndexByte(s[i:end], ')') < 0 {
		return i, false // "(16369.03 up 58.06)": a figure in brackets, no area code
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Identifier}), true
}

// atHigh handles a byte of a multi-byte character: a currency sign, a
// full-width digit, or anything else to step over.
func (sc *scanner) atHigh(i int) int {
	s := sc.s
	c := s[i]
	switch {
	case c == 0xE2 && (strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "₽") || strings.HasPrefix(s[i:], "₴") || strings.HasPrefix(s[i:], "₹") ||
		strings.HasPrefix(s[i:], "≥") || strings.HasPrefix(s[i:], "≤") || strings.HasPrefix(s[i:], "−")),
		c == 0xC2 && (strings.HasPrefix(s[i:], "£") || strings.HasPrefix(s[i:], "¥")):
		if e, ok := sc.quantityAt(i); ok {
			return e
		}
	case c == 0xEF:
		// Full-width digits: "３，０００".
		if e, ok := sc.quantityAt(i); ok {
			return e
		}
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// digitsEnd returns the end of the run of ASCII digits at i.
func (sc *scanner) digitsEnd(i int) int {
	s := sc.s
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// atDigits handles the digits at i.
func (sc *scanner) atDigits(i int) int {
	s := sc.s
	if i > 0 {
		switch p := s[i-1]; p {
		case '/', '=', '#', '_', '@', '\\':
			// "Y=28,030": the yen sign as some wires render it.
			if p == '=' && i >= 2 && s[i-2] == 'Y' && (i == 2 || !isAlnum(s[i-3])) && i-2 >= sc.last {
				if e, ok := sc.codeAmount(i-2, i, "Y="); ok {
					return e
				}
			}
			if p == '#' && i > 1 && s[i-2] == '&' {
				j := sc.digitsEnd(i)
				if j < len(s) && s[j] == ';' {
					return j + 1
				}
			}
			start := i - 1
			for start > 0 && (isAlnum(s[start-1]) || s[start-1] == '/' || s[start-1] == '.' || s[start-1] == '-') {
				start--
			}
			if p == '/' && start == i-1 && i >= 2 && isDigit(s[i-2]) {
				break
			}
			if p == '/' && sc.unitBeforeSlash(i-1) {
				break // "150bhp/250Nm": two measures of a specification
			}
			return sc.identifier(i, i)
		case '.', ',':
			if i > 1 && isDigit(s[i-2]) {
				// The tail of a number already read or skipped.
				return sc.digitsEnd(i)
			}
			// "ID.4", "No.7": a short capitalized word glued to a point
			// and a number names an item.
			if p == '.' && i > 1 && isLetter(s[i-2]) {
				k := i - 2
				for k > 0 && isLetter(s[k-1]) && i-k <= 5 {
					k--
				}
				if i-1-k <= 4 && isUpper(s[k]) && (k == 0 || !isAlnum(s[k-1]) && s[k-1] != '.') {
					// "Jan.5", as some wires glue a day to its month.
					if w := sc.wordAt(k); monthOf(&w) != 0 && roleOf(&w) == rMonth {
						if e := sc.digitsEnd(i); e-i <= 2 && (e == len(s) || !isAlnum(s[e])) {
							if d := int(atoi(s[i:e])); d >= 1 && d <= 31 {
								return sc.emit(Number{Span: claims.Span{Start: k, End: e}, Class: Date,
									Date: claims.Date{Month: monthOf(&w), Day: d}})
							}
						}
					}
					return sc.identifier(k, i)
				}
			}
		case '-':
			// "COVID-19", "Su-27", "F-16": a code, not "mid-2025".
			if i > 1 && isLetter(s[i-2]) {
				k := i - 2
				for k > 0 && isLetter(s[k-1]) {
					k--
				}
				if isUpper(s[k]) && (k == 0 || !isAlnum(s[k-1])) {
					return sc.identifier(k, i)
				}
				// "a last-16 tie", "a top-10 finish": a stage or a rank
				// named by its number, no count.
				if rankPrefixes[s[k:i-1]] && (k == 0 || !isAlnum(s[k-1])) {
					return sc.identifier(k, i)
				}
			} else if i > 1 && s[i-2] == '$' && (i == 2 || !isAlnum(s[i-3])) && i-2 >= sc.last {
				// "$-50.8bn": a negative amount of dollars (finish applies
				// the sign and the currency).
				sc.dollarMinus = i
			}
		}
	}
	e := sc.digitsEnd(i)
	nd := e - i
	// A footnote mark "[12]" or a list number at the start of a line ("1. ",
	// "2) "): labels, not figures.
	if i > 0 && s[i-1] == '[' && e < len(s) && s[e] == ']' && nd <= 3 {
		return e + 1
	}
	if nd <= 2 && e+1 < len(s) && (s[e] == '.' || s[e] == ')') && s[e+1] == ' ' && (i == 0 || s[i-1] == '\n') {
		return e + 1
	}
	if e2, ok := sc.label(i, e); ok {
		return e2
	}
	if sc.modelNumber(i, e) || sc.modelSuffix(e) {
		return sc.identifier(i, i)
	}
	// Token-level patterns: dates, times, versions, phone numbers.
	if nd == 4 && e+5 < len(s) && s[e] == '-' && isDigit(s[e+1]) && isDigit(s[e+2]) && s[e+3] == '-' &&
		isDigit(s[e+4]) && isDigit(s[e+5]) && (e+6 >= len(s) || !isDigit(s[e+6])) {
		if d, ok := sc.isoDate(i, e+6); ok {
			return d
		}
	}
	// "1995-01": a month of a year, unless the second part is the next
	// year, as a season is written ("2011-12").
	if nd == 4 && e+2 < len(s) && s[e] == '-' && isDigit(s[e+1]) && isDigit(s[e+2]) && (e+3 == len(s) || !isAlnum(s[e+3]) && s[e+3] != '-') {
		y, m := int(atoi(s[i:e])), int(atoi(s[e+1:e+3]))
		if m >= 1 && m <= 12 && m != (y+1)%100 && y >= 1000 && y <= 2100 && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '-') {
			return sc.emit(Number{Span: claims.Span{Start: i, End: e + 3}, Class: Date, Date: claims.Date{Year: y, Month: time.Month(m)}})
		}
	}
	// "1/16 of a pint", "1⁄128": a fraction with a larger denominator
	// (fractionAt says when), before the patterns of dates and codes.
	if nd <= 2 && fractionSlash(s, e) > 0 && (i == 0 || s[i-1] == ' ') {
		if num, den, end, ok := sc.fractionAt(i); ok && den > 10 {
			return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
				Quantity: sc.ratioQuantity(s[i:end], num, den), Numerator: num, Denominator: den})
		}
	}
	if nd <= 2 && e < len(s) && (s[e] == '/' || s[e] == '.') {
		if d, ok := sc.numericDate(i); ok {
			return d
		}
	}
	if j := sc.spacedMinutes(e); nd <= 2 && j > e {
		// "19: 00": a time a scraper split after its colon.
		return sc.emit(Number{Span: claims.Span{Start: i, End: sc.clockSuffix(j, true)}, Class: Time})
	}
	if nd <= 2 && e+2 < len(s) && s[e] == ':' && isDigit(s[e+1]) && isDigit(s[e+2]) && (e+3 >= len(s) || !isDigit(s[e+3])) {
		j := e + 3
		if j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
			j += 3
		}
		j = sc.clockSuffix(j, true)
		return sc.emit(Number{Span: claims.Span{Start: i, End: j}, Class: Time})
	}
	if t, ok := sc.token(i); ok {
		return t
	}
	if nd <= 2 {
		if j, ok := sc.dayFirst(i, e); ok {
			return j
		}
		// "8.37 pm", "8 pm", "10am".
		j := e
		if j+2 < len(s) && s[j] == '.' && isDigit(s[j+1]) && isDigit(s[j+2]) && (j+3 >= len(s) || !isDigit(s[j+3])) {
			j += 3
		}
		if k := sc.clockSuffix(j, false); k > j {
			return sc.emit(Number{Span: claims.Span{Start: i, End: k}, Class: Time})
		}
		// "June 9, 18.30 - ": a time written with a point, after a day
		// and a comma, before a dash as an update line has it.
		if j == e+3 && sc.timeAfterDay(i, e) {
			return sc.emit(Number{Span: claims.Span{Start: i, End: j}, Class: Time})
		}
	}
	// Ordinals: "9th", "21st".
	if e+2 <= len(s) && (e+2 == len(s) || !isAlnum(s[e+2])) {
		if ordinalSuffix(s[e], s[e+1]) {
			if nd <= 18 {
				v, _ := claims.ParseDecimal(s[i:e])
				n, _ := v.Int64()
				if j, ok := sc.dayFirst(i, e+2); ok {
					return j
				}
				return sc.emit(Number{Span: claims.Span{Start: i, End: e + 2}, Class: Ordinal, Quantity: sc.exact(s[i:e], n)})
			}
		}
	}
	// A leading zero: a code or a telephone number ("020 7946 0958", "007").
	if s[i] == '0' && nd >= 2 {
		if e2, ok := sc.phone(i); ok {
			return e2
		}
		return sc.identifier(i, i)
	}
	if e2, ok := sc.score(i, e); ok {
		return e2
	}
	if nd <= 2 && i > 0 && s[i-1] == '(' && e < len(s) && s[e] == ')' && sc.jerseyNumber(i-1) {
		return sc.identifier(i, i) // "quarterback Dak Prescott (4)"
	}
	if e2, ok := sc.quantityAt(i); ok {
		return e2
	}
	return e
}

// rankPrefixes are the words that, joined by a hyphen to a number, name a
// stage of a competition or a place in a ranking ("last-16", "top-10").
var rankPrefixes = map[string]bool{"last": true, "top": true}

// playerRoles are the positions of team sports that, before a player's
// name, make a number in brackets after it the shirt the player wears
// ("quarterback Dak Prescott (4)", "guard Jalen Brunson (11)").
var playerRoles = map[string]bool{"quarterback": true, "receiver": true, "linebacker": true, "cornerback": true,
	"safety": true, "tackle": true, "guard": true, "forward": true, "center": true, "centre": true, "pitcher": true,
	"catcher": true, "shortstop": true, "outfielder": true, "infielder": true, "goalkeeper": true, "goaltender": true,
	"goalie": true, "defenseman": true, "defender": true, "midfielder": true, "striker": true, "winger": true,
	"back": true, "end": true, "kicker": true, "punter": true, "batter": true}

// jerseyNumber reports whether the bracket at k follows a player's name
// (one to three capitalized words) after the player's position.
func (sc *scanner) jerseyNumber(k int) bool {
	s := sc.s
	if k < 2 || s[k-1] != ' ' {
		return false
	}
	j := k - 1
	for names := 0; names < 4; names++ {
		w := sc.prevWord(j + 1)
		if w.n == 0 {
			return false
		}
		if !isUpper(s[w.start]) {
			return names > 0 && playerRoles[string(w.low[:w.n])]
		}
		j = w.start - 1
		if j < 1 || s[j] != ' ' {
			return false
		}
	}
	return false
}

// voteWords are the words around a tally that make it one of votes, two
// counts ("voted 9-2", "ruled 6-3", "a 5-4 decision"), not a result.
var voteWords = map[string]bool{"voted": true, "vote": true, "votes": true, "ruled": true, "ruling": true,
	"decision": true, "verdict": true, "majority": true, "margin": true, "tally": true, "split": true,
	"approved": true, "rejected": true, "passed": true, "confirmed": true}

// score reports a score or a result at i, the digits ending at
// e: "ended 2-2", "won 3-1", "tied at 89-89", "a 9-2 lead", "three
// 4-3s": two numbers of up to three digits joined by a hyphen, the first
// not below the second, as no range is written. It is no figure; it
// returns where the scan goes on. A tally of votes stays two counts.
func (sc *scanner) score(i, e int) (int, bool) {
	s := sc.s
	if e-i > 3 || e+1 >= len(s) || s[e] != '-' || !isDigit(s[e+1]) || i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
		return 0, false
	}
	j := sc.digitsEnd(e + 1)
	if j-e-1 > 3 {
		return 0, false
	}
	k := j
	if k < len(s) && s[k] == 's' {
		k++ // "three 4-3s"
	}
	if k < len(s) {
		switch c := s[k]; {
		case c == ' ' || c == ')' || c == ';' || c == ':' || c == '\n':
		case c == ',' || c == '.':
			if k+1 < len(s) && isDigit(s[k+1]) {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if atoi(s[i:e]) < atoi(s[e+1:j]) {
		return 0, false
	}
	// A vote's tally counts votes: "voted 9-2", "a 6-3 ruling".
	if pw := sc.prevWord(i); pw.n > 0 && voteWords[string(pw.low[:pw.n])] {
		return 0, false
	}
	if nw := sc.nextWord(k); nw.n > 0 && voteWords[string(nw.low[:nw.n])] {
		return 0, false
	}
	// A unit after it makes a range written high to low ("10-5 km"),
	// which the grammar reads as it does.
	if w := sc.nextWord(k); w.n > 0 && (measureUnits[string(w.low[:w.n])] != "" || durationUnit(&w) != "") {
		return 0, false
	}
	return k, true
}

// unitBeforeSlash reports whether the slash at k follows a number with a
// unit of measure glued to it ("150bhp/", "48mpg/"), as a specification
// lists its measures.
func (sc *scanner) unitBeforeSlash(k int) bool {
	s := sc.s
	j := k
	for j > 0 && isLetter(s[j-1]) && k-j <= 5 {
		j--
	}
	if j == k || j == 0 || !isDigit(s[j-1]) {
		return false
	}
	w := sc.wordAt(j)
	if w.end != k || !unitFilter.may(&w) {
		return false
	}
	_, ok := measureCode(s[j:k], string(w.low[:w.n]))
	return ok
}

// modelNumber reports whether the digits [i, e) name a model or an item
// after a proper noun ("Boeing 737", "Article 5", "Flight 370") rather than
// count something: a capitalized word that does not begin a sentence, a
// number without separators, and no plural noun after it.
func (sc *scanner) modelNumber(i, e int) bool {
	s := sc.s
	if i < 2 || s[i-1] != ' ' || (e < len(s) && (s[e] == ',' || s[e] == '.' || s[e] == '%' || s[e] == ':' || s[e] == '/') && e+1 < len(s) && isDigit(s[e+1])) {
		return false
	}
	if e < len(s) && (isLetter(s[e]) || s[e] == '%') {
		return false
	}
	pw := sc.prevWord(i)
	if pw.n < 2 || pw.end != i-1 {
		return false
	}
	if sc.nameBefore(&pw, e) {
		return true // "FTSE 100", "iPhone 13" (labels.go)
	}
	if labelNoun(&pw) {
		nw := sc.nextWord(e)
		return !countNoun(&nw) && durationUnit(&nw) == ""
	}
	if !isUpper(s[pw.start]) {
		return false
	}
	// Not at the start of a sentence.
	k := pw.start
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k == 0 || strings.IndexByte(".!?\"'\n:;()[]-", s[k-1]) >= 0 {
		return false
	}
	if s[k-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); strings.ContainsRune("“‘«„‹", r) {
			return false // a quotation opens a sentence: “Tonight 30 …”
		}
	}
	switch string(pw.low[:pw.n]) {
	case "another", "the", "some", "only", "all", "just", "and", "but", "with", "for", "by", "to", "other",
		"each", "every", "these", "those", "its", "their", "his", "her", "our", "my", "your", "after",
		"before", "since", "until", "than", "another's", "nearly", "almost", "about", "around", "over":
		return false // a capitalized word of the language, not a name
	}
	if monthOf(&pw) != 0 && roleOf(&pw) == rMonth || weekday(&pw) || roleOf(&pw) != rNone {
		return false
	}
	if pluralName(&pw) || sc.namedFigureList(pw.start, e) {
		return false // "the Greens 12, the Liberals 4": seats, votes or a score
	}
	nw := sc.nextWord(e)
	if countNoun(&nw) || durationUnit(&nw) != "" || currencyWord(&nw, s) {
		return false
	}
	if unit, _, _ := sc.unitAfter(e); unit != "" {
		return false // "the Pro 14 inch", "Highway 9 miles north": a measure
	}
	if nw.n > 3 && nw.low[nw.n-1] == 's' && !isUpper(s[nw.start]) {
		return false
	}
	if e < len(s) && s[e] == ' ' && nw.n > 0 && (nw.is("percent") || nw.is("per") || nw.is("million") || nw.is("billion") || nw.is("thousand")) {
		return false
	}
	if e < len(s) && s[e] == ' ' && (nw.is("to") || nw.is("and") || nw.is("or")) {
		// "Route 5 to 9", "Texas 5 and 6": a range or a list of figures;
		// but "the Apple Watch 5 to see" names a model.
		nn := sc.nextWord(nw.end)
		return !(nn.end > nn.start && isDigit(s[nn.start]) || numberWord(&nn))
	}
	return true
}

// pluralName reports whether the capitalized word w is a plural name (a
// party, a team: "Liberals", "Greens", "Democrats") rather than a name
// with a final s of its own ("Paris", "Texas", "Airbus", "Express").
func pluralName(w *word) bool {
	if w.n < 4 || w.low[w.n-1] != 's' {
		return false
	}
	switch w.low[w.n-2] {
	case 's', 'u', 'i', 'a', 'o', '\'':
		return false
	}
	return true
}

// namedFigureList reports whether the number ending at e after the name
// starting at k stands in a list of names with figures ("Labour 12,
// Conservatives 8 and the SNP 4", "the Greens took 9 and the Liberals 4"),
// where the figures are counts: another figure comes before the name (after
// ", ", "; " or "and") or another name with a figure after it.
func (sc *scanner) namedFigureList(k, e int) bool {
	s := sc.s
	// Back: the name's other capitalized words and "the", then a separator
	// and a figure.
	for n := 0; n < 4; n++ {
		pw := sc.prevWord(k)
		if pw.n == 0 || !(isUpper(s[pw.start]) || pw.is("the")) || pw.is("and") {
			break
		}
		k = pw.start
		if pw.is("the") {
			break
		}
	}
	j := k
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if pw := sc.prevWord(k); pw.is("and") {
		j = pw.start
		for j > 0 && s[j-1] == ' ' {
			j--
		}
	}
	if j > 0 && (s[j-1] == ',' || s[j-1] == ';') {
		j--
		for j > 0 && s[j-1] == ' ' {
			j--
		}
	}
	if j < k && j > 0 && isDigit(s[j-1]) {
		return true
	}
	// Forward: a separator, a name and a figure.
	i := e
	if i < len(s) && (s[i] == ',' || s[i] == ';') {
		i++
	}
	nw := sc.nextWord(i)
	if nw.is("and") {
		i = nw.end
		nw = sc.nextWord(i)
	}
	if i == e {
		return false
	}
	if nw.is("the") {
		nw = sc.nextWord(nw.end)
	}
	for n := 0; n < 4 && nw.n > 0 && isUpper(s[nw.start]); n++ {
		if d := sc.spaceAt(nw.end); d > nw.end && d < len(s) && isDigit(s[d]) {
			return true
		}
		nw = sc.nextWord(nw.end)
	}
	return false
}

// labelNoun reports whether w names things by number ("page 12", "Flight
// 370", "Article 5", "gate 4").
func labelNoun(w *word) bool {
	switch string(w.low[:w.n]) {
	case "page", "pages", "flight", "article", "articles", "section", "chapter", "clause", "paragraph",
		"gate", "platform", "route", "highway", "room", "runway", "terminal", "ward", "resolution",
		"amendment", "episode", "volume", "item", "appendix", "annex", "exhibit", "decree", "id", "ref",
		"version", "model", "apollo", "boeing", "airbus", "windows", "channel", "radio", "tv",
		"seat", "row", "aisle", "berth", "pew", "lane", "bay", "booth", "locker", "cabin", "carriage", "coach",
		"pier", "dock", "stall", "suite", "apartment", "apt", "stand", "tier", "zone", "sector", "precinct",
		"district", "block", "lot", "plot", "court", "bus", "tram", "line", "table", "box", "door", "stage",
		"phase", "level", "grade", "unit", "building", "floor", "hall", "wing", "bed", "cell", "exit", "junction",
		"interstate", "motorway", "road", "street", "avenue", "number", "jersey", "shirt", "category":
		return true
	}
	return false
}

func weekday(w *word) bool {
	switch string(w.low[:w.n]) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in":
		return true
	}
	return false
}

// token looks at the run of digits and dots, hyphens and slashes at i for
// identifiers: versions and addresses ("1.2.3", "192.168.0.1"), phone
// numbers ("555-123-4567"), and slashed codes ("24/7", "2024/25" is a year).
func (sc *scanner) token(i int) (int, bool) {
	s := sc.s
	j := i
	dots, dashes, slashes, groups := 0, 0, 0, 1
	for j < len(s) {
		c := s[j]
		if isDigit(c) {
			j++
			continue
		}
		if (c == '.' || c == '-' || c == '/') && j+1 < len(s) && isDigit(s[j+1]) {
			switch c {
			case '.':
				dots++
			case '-':
				dashes++
			case '/':
				slashes++
			}
			groups++
			j++
			continue
		}
		break
	}
	switch {
	case dots >= 2 && dashes == 0 && slashes == 0 && sc.tag == language.English:
		return sc.identifier(i, i), true
	case dashes >= 2 && dots == 0 && slashes == 0:
		return sc.identifier(i, i), true
	case slashes == 1 && dots == 0 && dashes == 0:
		a := sc.digitsEnd(i)
		b := sc.digitsEnd(a + 1)
		if a-i == 4 && b-a-1 == 2 {
			// "2024/25": a season or a fiscal year.
			return sc.emit(Number{Span: claims.Span{Start: i, End: b}, Class: Year, Quantity: sc.exact(s[i:a], atoi(s[i:a]))}), true
		}
		// "1/2", "3/4": a fraction (not "9/11" or "24/7").
		if num, den := atoi(s[i:a]), atoi(s[a+1:b]); a-i <= 2 && b-a-1 <= 2 && num > 0 && num < den && den <= 10 {
			return sc.emit(Number{Span: claims.Span{Start: i, End: b}, Class: Ratio,
				Quantity: sc.ratioQuantity(s[i:b], num, den), Numerator: num, Denominator: den}), true
		}
		return sc.identifier(i, i), true
	case slashes >= 2 || (slashes > 0 && (dots > 0 || dashes > 0)):
		return sc.identifier(i, i), true
	}
	return i, false
}

// ordinalSuffix reports whether a and b spell "st", "nd", "rd" or "th" in
// either case.
func ordinalSuffix(a, b byte) bool {
	switch [2]byte{a | 0x20, b | 0x20} {
	case [2]byte{'s', 't'}, [2]byte{'n', 'd'}, [2]byte{'r', 'd'}, [2]byte{'t', 'h'}:
		return true
	}
	return false
}

func atoi(s string) int64 {
	var n int64
	for i := 0; i < len(s) && i < 18; i++ {
		if !isDigit(s[i]) {
			break
		}
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// isoDate emits the date "2025-06-20" at [i, e).
func (sc *scanner) isoDate(i, e int) (int, bool) {
	d, err := claims.ParseDate(sc.s[i:e])
	if err != nil {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Date, Date: d}), true
}

// numericDate reads "20/06/2025", "6/20/2025" (English: month first when
// it can be) and "20.06.2025".
func (sc *scanner) numericDate(i int) (int, bool) {
	s := sc.s
	a := sc.digitsEnd(i)
	sep := s[a]
	b := sc.digitsEnd(a + 1)
	if b-a-1 < 1 || b-a-1 > 2 || b >= len(s) || s[b] != sep {
		return i, false
	}
	c := sc.digitsEnd(b + 1)
	if c-b-1 != 4 || (c < len(s) && (isDigit(s[c]) || (s[c] == sep && c+1 < len(s) && isDigit(s[c+1])))) {
		return i, false
	}
	x, y, year := int(atoi(s[i:a])), int(atoi(s[a+1:b])), int(atoi(s[b+1:c]))
	day, month := x, y
	if sep == '/' && sc.tag == language.English && x <= 12 && y > 12 {
		day, month = y, x
	}
	d := claims.Date{Year: year, Month: time.Month(month), Day: day}
	if !d.IsValid() {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: c}, Class: Date, Date: d}), true
}

// timeAfterDay reports whether the hours s[i:e] and the minutes after a
// point stand right after a date and a comma, and before a dash: "March 7,
// 20.45 - Police said".
func (sc *scanner) timeAfterDay(i, e int) bool {
	s := sc.s
	if sc.lastClass != Date || sc.last != i-2 || s[i-2] != ',' || s[i-1] != ' ' {
		return false
	}
	if h, m := atoi(s[i:e]), atoi(s[e+1:e+3]); h > 23 || m > 59 {
		return false
	}
	j := e + 3
	if j+1 < len(s) && s[j] == ' ' {
		j++
	}
	return j < len(s) && s[j] == '-' || strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—")
}

// clockSuffix reads " pm", "am", " a.m.", " GMT", … after a time at j and
// returns its end, or j. With colon set, a time zone alone counts.
// spacedMinutes returns the end of ": MM" after an hour of one or two
// digits that ends at e ("19: 00", a time a scraper split after its
// colon), or e.
func (sc *scanner) spacedMinutes(e int) int {
	s := sc.s
	// The minutes first: most numbers have none after them.
	if !(e+4 <= len(s) && s[e] == ':' && s[e+1] == ' ' && s[e+2] >= '0' && s[e+2] <= '5' && isDigit(s[e+3]) &&
		(e+4 == len(s) || !isAlnum(s[e+4]))) {
		return e
	}
	h := e
	for h > 0 && isDigit(s[h-1]) {
		h--
	}
	if e-h < 1 || e-h > 2 || atoi(s[h:e]) > 24 {
		return e
	}
	return e + 4
}

// hedgedClock returns the end of the time a hedged hour ending at e starts
// ("around 19:00", "about 8 pm", "at around 10: 30"), or e.
func (sc *scanner) hedgedClock(e int) int {
	s := sc.s
	if j := sc.spacedMinutes(e); j > e {
		return sc.clockSuffix(j, true)
	}
	h := e
	for h > 0 && isDigit(s[h-1]) {
		h--
	}
	if e-h == 2 && h >= 2 && s[h-1] == '.' && isDigit(s[h-2]) && atoi(s[h:e]) < 60 {
		// "around 8.37 pm": the hour before the dot, the minutes after it,
		// and a suffix of the clock after them.
		hh := h - 2
		if hh > 0 && isDigit(s[hh-1]) {
			hh--
		}
		if (hh == 0 || !isDigit(s[hh-1])) && atoi(s[hh:h-1]) <= 24 {
			if j := sc.clockSuffix(e, false); j > e {
				return j
			}
		}
	}
	if e-h < 1 || e-h > 2 || atoi(s[h:e]) > 24 {
		return e
	}
	if e+2 < len(s) && s[e] == ':' && isDigit(s[e+1]) && isDigit(s[e+2]) && (e+3 >= len(s) || !isDigit(s[e+3])) {
		return sc.clockSuffix(e+3, true)
	}
	return sc.clockSuffix(e, false)
}

func (sc *scanner) clockSuffix(j int, colon bool) int {
	s := sc.s
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || !clockInitial[s[k]] {
		return j
	}
	// Every suffix is a word of at most four letters, "a.m.", "p.m." or
	// "o'clock": a longer word ("people") is none.
	if l := k + 4; l < len(s) && isLetter(s[k+1]) && isLetter(s[k+2]) && isLetter(s[k+3]) && isLetter(s[l]) {
		return j
	}
	if k+3 < len(s) && s[k+1] == '.' && s[k+3] == '.' && s[k+2]|0x20 == 'm' && (s[k]|0x20 == 'a' || s[k]|0x20 == 'p') &&
		(s[k] == 'a' || s[k] == 'p') == (s[k+2] == 'm') { // "a.m.", "P.M."
		return k + 4
	}
	if s[k] == 'o' {
		for _, oc := range [...]string{"o'clock", "o’clock"} {
			if strings.HasPrefix(s[k:], oc) {
				return k + len(oc)
			}
		}
	}
	w := sc.wordAt(k)
	switch string(w.low[:w.n]) {
	case "am", "pm":
		return w.end
	case "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "pst", "pdt", "hrs", "h":
		if colon || w.n >= 3 {
			if isUpper(s[k]) || w.is("h") || w.is("hrs") {
				return w.end
			}
		}
	}
	return j
}

// clockInitial marks the letters, in either case, that a suffix of
// clockSuffix begins with: most words after a number ("people", "votes")
// are none and are left at their first letter.
var clockInitial = func() (t [256]bool) {
	for _, w := range [...]string{"am", "pm", "a.m.", "p.m.", "o'clock",
		"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "pst", "pdt", "hrs", "h"} {
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	return t
}()

// dayFirst reads "9 June", "9th June 2025", "11 and 13 June" at i, whose
// day ends at e.
func (sc *scanner) dayFirst(i, e int) (int, bool) {
	s := sc.s
	// A month is capitalized; a list of days goes on with a dash, a comma,
	// "and", "to", "through" or "of". Most numbers are followed by none.
	if j := sc.spaceAt(e); j < len(s) {
		switch c := s[j]; {
		case isUpper(c), c == '-', c == ',', c == 'a', c == 't', c == 'o', c >= 0x80:
		default:
			return i, false
		}
	}
	day := int(atoi(s[i:sc.digitsEnd(i)]))
	if day < 1 || day > 31 {
		return i, false
	}
	w := sc.nextWord(e)
	if w.is("of") {
		w = sc.nextWord(w.end)
	}
	if m := monthOf(&w); m != 0 && w.n > 0 && isUpper(s[w.start]) && roleOf(&w) == rMonth {
		end := w.end
		if end < len(s) && s[end] == '.' && w.n <= 4 && !w.is("may") && !w.is("june") && !w.is("july") {
			end++
		}
		year, ye := sc.yearAfter(end, false)
		if ye > end {
			end = ye
		}
		return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Date, Date: claims.Date{Year: year, Month: m, Day: day}}), true
	}
	// "11 and 13 June", "9-14 June", "on 10, 12, 19, and 26 June": a day
	// of a list takes the month after its last day.
	for n, end := 0, e; n < 8; n++ {
		k, ok := sc.daySep(end)
		if !ok {
			return i, false
		}
		k2 := sc.digitsEnd(k)
		if k2-k < 1 || k2-k > 2 || k2 < len(s) && (isLetter(s[k2]) || s[k2] == '.' && k2+1 < len(s) && isDigit(s[k2+1])) {
			return i, false
		}
		if d := int(atoi(s[k:k2])); d < 1 || d > 31 {
			return i, false
		}
		w = sc.nextWord(k2)
		if m := monthOf(&w); m != 0 && w.n > 0 && isUpper(s[w.start]) && roleOf(&w) == rMonth {
			year, _ := sc.yearAfter(w.end, false)
			return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Date, Date: claims.Date{Year: year, Month: m, Day: day}}), true
		}
		end = k2
	}
	return i, false
}

// firstDigit returns the position of the first digit in s[i:end], or i
// when there is none.
func (sc *scanner) firstDigit(i, end int) int {
	for j := i; j < end; j++ {
		if isDigit(sc.s[j]) {
			return j
		}
	}
	return i
}

// daySep reads the separator of a list of days ("and", "-", "–", "to",
// ",", "through") at e and returns the position of the next day.
func (sc *scanner) daySep(e int) (int, bool) {
	s := sc.s
	if e >= len(s) {
		return e, false
	}
	if s[e] == '-' {
		return e + 1, true
	}
	if strings.HasPrefix(s[e:], "–") {
		return e + len("–"), true
	}
	k := e
	if s[k] == ',' {
		k++
	}
	k2 := sc.spaceAt(k)
	if k2 == k {
		return e, false
	}
	if k2 < len(s) && isDigit(s[k2]) {
		return k2, s[e] == ','
	}
	w := sc.wordAt(k2)
	if w.is("and") || w.is("to") || w.is("through") || w.is("or") {
		k3 := sc.spaceAt(w.end)
		if k3 > w.end && k3 < len(s) && isDigit(s[k3]) {
			return k3, true
		}
	}
	return e, false
}

// yearAfter reads ", 2025" or " 2025" at i; it returns the year and the
// end, or 0 and i.
func (sc *scanner) yearAfter(i int, comma bool) (int, int) {
	s := sc.s
	k := i
	if k < len(s) && s[k] == ',' {
		k++
	}
	k2 := sc.spaceAt(k)
	if k2 == k || k2+4 > len(s) {
		return 0, i
	}
	e := sc.digitsEnd(k2)
	if e-k2 != 4 || (e < len(s) && (isAlnum(s[e]) || (s[e] == ',' && e+1 < len(s) && isDigit(s[e+1])))) {
		return 0, i
	}
	y := int(atoi(s[k2:e]))
	if y < 1000 || y > 2999 {
		return 0, i
	}
	return y, e
}

// monthFirst reads "June 9", "June 9, 2025", "June 11 and 13", "June 9-14",
// "June 2025" at the month word w.
func (sc *scanner) monthFirst(i int, w *word) (int, bool) {
	s := sc.s
	m := monthOf(w)
	j := w.end
	if j < len(s) && s[j] == '.' && w.n <= 4 && !w.is("may") && !w.is("june") && !w.is("july") {
		j++
	}
	k := sc.spaceAt(j)
	if k == j || k >= len(s) || !isDigit(s[k]) {
		return i, false
	}
	e := sc.digitsEnd(k)
	if e-k == 4 && (e >= len(s) || !isAlnum(s[e])) {
		y := int(atoi(s[k:e]))
		if y < 1000 || y > 2999 {
			return i, false
		}
		return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Date, Date: claims.Date{Year: y, Month: m}}), true
	}
	// The days of the list, then the year they share.
	type day struct{ start, end, day int }
	var days [8]day
	n := 0
	for {
		if e-k < 1 || e-k > 2 {
			break
		}
		d := int(atoi(s[k:e]))
		if d < 1 || d > 31 {
			break
		}
		end := e
		if end+2 <= len(s) {
			if ordinalSuffix(s[end], s[end+1]) && (end+2 == len(s) || !isAlnum(s[end+2])) {
				end += 2
			}
		}
		if end < len(s) && (isLetter(s[end]) || (isDigit(s[end]))) {
			break
		}
		if n > 0 && end < len(s) && s[end] == ':' {
			break // "March 7, 20:45": a time after the day
		}
		// "June 9,000"? not a day.
		if end+1 < len(s) && (s[end] == ',' || s[end] == '.') && isDigit(s[end+1]) {
			break
		}
		days[n] = day{k, end, d}
		n++
		if n == len(days) {
			break
		}
		next, ok := sc.daySep(end)
		if !ok {
			break
		}
		// The next day must not be a year or a count.
		e2 := sc.digitsEnd(next)
		if e2-next > 2 {
			break
		}
		k, e = next, e2
	}
	if n == 0 {
		return i, false
	}
	year, ye := sc.yearAfter(days[n-1].end, true)
	for x := 0; x < n; x++ {
		start, end := days[x].start, days[x].end
		if x == 0 {
			start = i
		}
		if x == n-1 && ye > end {
			end = ye
		}
		sc.emit(Number{Span: claims.Span{Start: start, End: end}, Class: Date, Date: claims.Date{Year: year, Month: m, Day: days[x].day}})
		if sc.stop {
			break
		}
	}
	return sc.last, true
}

// aged reads "aged 18 to 25", "aged between 18 and 25", "age 25", "the
// age of 25" at the word w.
func (sc *scanner) aged(i int, w *word) (int, bool) {
	s := sc.s
	k := w.end
	if w.is("age") || w.is("ages") {
		nw := sc.nextWord(k)
		if nw.is("of") {
			k = nw.end
		}
	}
	k2 := sc.spaceAt(k)
	if k2 == k || k2 >= len(s) {
		return i, false
	}
	q, n, err := sc.qr.Read(s[k2:])
	if err != nil || n == 0 || q.Unit != claims.Count {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: k2, End: k2 + n}, Class: Age, Quantity: q}), true
}

// ageOf reads "under the age of 25" at the hedge word [i, e).
func (sc *scanner) ageOf(i, e int) (int, bool) {
	s := sc.s
	w1 := sc.nextWord(e)
	if !w1.is("the") {
		return i, false
	}
	w2 := sc.nextWord(w1.end)
	if !w2.is("age") && !w2.is("ages") {
		return i, false
	}
	w3 := sc.nextWord(w2.end)
	if !w3.is("of") {
		return i, false
	}
	k := sc.spaceAt(w3.end)
	q, n, err := sc.qr.Read(s[k:])
	if err != nil || n == 0 || q.Qualifier != claims.Exact {
		return i, false
	}
	// The hedge applies to the number: read "under 25" to get its bounds.
	var buf scratchBuf
	hq, hn, err := sc.qr.Read(scratch(&buf, s[i:e], " ", q.Text))
	if err != nil || hn == 0 {
		return i, false
	}
	aq := rehedge(hq, q) // hq's own Text is in the scanner's buffer
	aq.Text, aq.Precision = s[i:k+n], hq.Precision
	return sc.emit(Number{Span: claims.Span{Start: i, End: k + n}, Class: Age, Quantity: aq}), true
}

// fractionAfter reads a fraction word after a numerator word ending at e:
// "a third", "two-thirds", "three quarters", under the hedge of hedge (the
// zero Quantity for none).
func (sc *scanner) fractionAfter(i, e int, num int64, hedge claims.Quantity) (int, bool) {
	s := sc.s
	den, end := sc.fractionWord(e, num)
	if den == 0 {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
		Quantity: rehedge(hedge, sc.ratioQuantity(s[i:end], num, den)), Numerator: num, Denominator: den}), true
}

// The readings of "over" after a verb (see overParticle).
const (
	overHedge    = iota // "arrested over 500": more than 500
	overParticle        // "handed over 500": the verb's particle
	overControl         // "took over 12 towns", but "took over three hours", "took over 40%"
)

// particleVerb is the one table of verb forms that take "over" as a
// particle before their object ("hand over", "turn over", "sign over"): the
// figure after them is what changes hands, not more than it. Verbs with a
// prepositional "over" ("won over 60%", "carried over 500 passengers",
// "held over 200 people", "hovered over 40%") are not here: there "over"
// before a number is a hedge. "take over" (overControl) takes places and
// bodies, so before a time, a share or money it is a hedge again.
func particleVerb(w *word) int {
	switch string(w.low[:w.n]) {
	case "hand", "hands", "handed", "handing",
		"turn", "turns", "turned", "turning",
		"pass", "passes", "passed", "passing",
		"sign", "signs", "signed", "signing",
		"roll", "rolls", "rolled", "rolling":
		return overParticle
	case "take", "takes", "took", "taken", "taking":
		return overControl
	}
	return overHedge
}

// overAfter says how to read "over" at i, whose word ends at e: a hedge,
// or the particle of the verb before it (overHedge or overParticle).
func (sc *scanner) overAfter(i, e int) int {
	pw := sc.prevWord(i)
	if pw.n == 0 {
		return overHedge
	}
	switch particleVerb(&pw) {
	case overParticle:
		return overParticle
	case overControl:
		j := sc.spaceAt(e)
		if j < len(sc.s) && (sc.s[j] == '$' || sc.s[j] >= 0x80) {
			return overHedge // "took over $5 million", "took over €300"
		}
		q, n, err := sc.qr.Read(sc.s[j:])
		if err != nil || n == 0 {
			return overParticle
		}
		if q.Unit == claims.Percent {
			return overHedge
		}
		if nw := sc.nextWord(j + n); durationUnit(&nw) != "" || currencyWord(&nw, sc.s) || tollNouns[string(nw.low[:nw.n])] {
			return overHedge // "took over three hours", "took over 150 lives"
		}
		return overParticle
	}
	return overHedge
}

// tollNouns are the nouns of a toll that a storm, a war or a disease
// "takes": after "took over" and a number they make "over" a hedge ("took
// over 150 lives"), where things taken over are not lives.
var tollNouns = map[string]bool{"lives": true, "victims": true, "casualties": true}

// lastingVerb reports whether w is a verb whose object is a length of
// time ("took over three hours", "lasted over two years"), where "over"
// before the time is a hedge, not a span.
func lastingVerb(w *word) bool {
	switch string(w.low[:w.n]) {
	case "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting",
		"spend", "spends", "spent", "spending", "wait", "waits", "waited", "waiting":
		return true
	}
	return false
}

// afterAgeSuperlative reports whether the number [i, e) follows "youngest",
// "oldest" or "eldest", directly or through "was", "is" or "aged", and no
// plural noun follows it ("the oldest 63", "the youngest was 18", but "the
// oldest 3 buildings").
func (sc *scanner) afterAgeSuperlative(i, e int) bool {
	// Cheaply: the word before is "was", "is", "aged" or a superlative of
	// age, each ending in "s", "d" or "t".
	if i < 3 || s1(sc.s[i-2]) {
		return false
	}
	pw := sc.prevWord(i)
	if pw.n == 0 || pw.end != i-1 {
		return false
	}
	if pw.is("was") || pw.is("is") || pw.is("aged") {
		if pw = sc.prevWord(pw.start); pw.n == 0 {
			return false
		}
	}
	if !pw.is("youngest") && !pw.is("oldest") && !pw.is("eldest") {
		return false
	}
	nw := sc.nextWord(e)
	return !(nw.n > 3 && nw.low[nw.n-1] == 's') || nw.is("was") || nw.is("is")
}

// s1 reports whether c cannot end "was", "is", "aged", "youngest",
// "oldest" or "eldest".
func s1(c byte) bool { c |= 0x20; return c != 's' && c != 'd' && c != 't' }

// oneWayCompound reports whether w, after a number word and a hyphen, makes
// a compound that names a kind of thing rather than a number of things
// ("a two-way affair", "a four-door coupe", "a six-speed gearbox", "a
// three-bed flat").
func oneWayCompound(w *word) bool {
	switch string(w.low[:w.n]) {
	case "off", "way", "sided", "time", "stop", "party", "on", "to", "liner", "horse", "size", "piece",
		"dimensional", "tier", "track", "faced", "handed", "legged", "wheeled", "seater", "storey",
		"story", "star", "digit", "door", "speed", "bed", "bedroom", "wheel", "stroke", "lane":
		return true
	}
	return false
}

// Words that mean a following "one" is a pronoun, not a count.
func pronounBefore(w *word) bool {
	switch string(w.low[:w.n]) {
	case "no", "any", "every", "some", "each", "someone", "anyone", "everyone", "little", "such", "same",
		"this", "which", "whichever":
		return true
	}
	return false
}

// theNamed reports whether the word at i follows a capitalized word that
// follows a lower-case "the", one space apart: "the Kick Six", "the Big
// Three" (but "The Two Towers" at the start, or "Arrest Two Men").
func (sc *scanner) theNamed(i int) bool {
	s := sc.s
	pw := sc.prevWord(i)
	if pw.n < 2 || pw.end != i-1 || s[pw.end] != ' ' || !isUpper(s[pw.start]) {
		return false
	}
	the := sc.prevWord(pw.start)
	return the.end == pw.start-1 && s[the.end] == ' ' && s[the.start] == 't' && the.is("the")
}

// oneIdioms are the nouns after "one" that make an idiom after their own
// preposition ("on one hand", "on the one hand", "at one point") and a
// count elsewhere ("held it in one hand", "won by one point").
var oneIdioms = map[string]string{"hand": "on", "point": "at"}

// oneIdiom reports whether "one", between the words pw and w, is the "one"
// of an idiom of oneIdioms.
func (sc *scanner) oneIdiom(pw, w *word) bool {
	prep, ok := oneIdioms[string(w.low[:w.n])]
	if !ok || w.n == 0 || pw.n == 0 {
		return false
	}
	if pw.is("the") {
		p2 := sc.prevWord(pw.start)
		return p2.n > 0 && string(p2.low[:p2.n]) == prep
	}
	return string(pw.low[:pw.n]) == prep
}

// Capitalized words before "One" that make it part of a name ("Formula
// One", "Air Force One", "Channel One"); an acronym before it does too
// ("BBC One", "CBP One"), see oneNamed.
func nameBeforeOne(w *word) bool {
	switch string(w.low[:w.n]) {
	case "formula", "force", "channel", "phase", "day", "year", "zone", "tier", "division", "league", "class",
		"vision", "capital", "radio", "studio", "square", "plaza", "bank", "air", "team", "unit":
		return true
	}
	return false
}

// oneNamed reports whether a capitalized "One" at i, after the word pw,
// ends a name: a capitalized word of nameBeforeOne or an acronym of two
// capitals or more before it.
func (sc *scanner) oneNamed(i int, pw *word) bool {
	s := sc.s
	if s[i] != 'O' || pw.n == 0 || pw.end > i || !isUpper(s[pw.start]) {
		return false
	}
	if nameBeforeOne(pw) {
		return true
	}
	if pw.end-pw.start < 2 {
		return false
	}
	for k := pw.start; k < pw.end; k++ {
		if !isUpper(s[k]) {
			return false
		}
	}
	return true
}

// takesPeople reports a verb that takes or harms people, after which "one
// of" counts one of them: "police arrested one of the marchers", "the
// blast killed one of the guards".
func takesPeople(w *word) bool {
	switch string(w.low[:w.n]) {
	case "arrest", "arrested", "arresting", "detain", "detained", "detaining", "kill", "killed", "killing",
		"injure", "injured", "injuring", "wound", "wounded", "wounding", "abducted", "kidnapped", "executed":
		return true
	}
	return false
}

// Words after "one" that make it a pronoun or an idiom.
func pronounAfter(w *word) bool {
	switch string(w.low[:w.n]) {
	case "", "of", "another", "who", "whom", "which", "that", "is", "was", "has", "had", "and", "or", "but",
		"the", "a", "an", "to", "in", "on", "at", "by", "for", "with", "would", "could", "should", "can",
		"will", "may", "might", "must", "does", "did", "way", "side", "thing", "time", "more",
		"day", "else", "such", "hopes", "expects", "says", "said", "knows", "thinks", "believes", "needs",
		"they", "he", "she", "it", "we", "you", "i", "as", "from", "if", "than", "not", "are", "be",
		"here", "there", "too", "after", "before", "day's":
		return true
	}
	return false
}

// Count nouns that make a four-digit number a count, not a year.
func countNoun(w *word) bool {
	switch string(w.low[:w.n]) {
	case "people", "persons", "men", "women", "children", "soldiers", "troops", "prisoners", "civilians",
		"protesters", "demonstrators", "residents", "migrants", "refugees", "bodies", "deaths", "dead",
		"homes", "houses", "buildings", "families", "households", "jobs", "workers", "employees",
		"students", "votes", "voters", "cases", "patients", "police", "officers", "fighters", "hostages",
		"detainees", "inmates", "captives", "tonnes", "tons", "km", "kilometres", "kilometers", "miles",
		"servicemen", "members", "participants", "marchers", "strikers", "arrests", "injured", "wounded",
		"flights", "cars", "vehicles", "tanks", "drones", "missiles", "shells", "rockets", "units",
		"pupils", "teachers", "doctors", "nurses", "staff", "delegates", "seats", "signatures", "pages",
		"words", "copies", "items", "animals", "cattle", "sheep", "pigs", "hectares", "acres", "beds",
		"troop", "others", "applications",
		"requests", "complaints", "visitors", "tourists", "users", "customers", "ballots", "messages",
		"posts", "comments", "attacks", "strikes", "incidents", "crimes", "tickets", "passengers", "firms",
		"companies", "schools", "hospitals", "villages", "towns", "cities", "countries", "states":
		return true
	}
	return false
}

// pluralAfterCount reports whether the number at i reads as a count before
// a plural noun w ("sold 1900 copies") rather than a year ("in 2019
// elections", "the 2020 games"): w is a lower-case plural, and the word
// before the number is not one that introduces a year.
func (sc *scanner) pluralAfterCount(i int, w *word) bool {
	if w.n < 4 || w.low[w.n-1] != 's' || isUpper(sc.s[w.start]) || w.low[w.n-2] == 's' {
		return false
	}
	switch string(w.low[:w.n]) {
	case "was", "has", "does", "this", "its", "thus", "plus", "less", "unless", "always", "perhaps",
		"elections", "games", "olympics", "talks", "protests", "riots", "floods", "polls", "budgets",
		"accounts", "results", "figures", "levels", "prices", "rates", "terms", "rules", "reforms",
		"sales", "earnings", "revenues", "profits", "exports", "imports", "forecasts", "estimates":
		return false
	}
	pw := sc.prevWord(i)
	switch string(pw.low[:pw.n]) {
	case "", "in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "the", "early",
		"late", "mid", "between", "and", "or", "to", "through", "circa", "year", "years", "summer", "spring",
		"autumn", "fall", "winter", "its", "their", "his", "her", "our", "s", "for", "than", "as", "at", "on":
		return false
	}
	return true
}

// countVerb reports whether w, after a four-digit number, makes it a count
// rather than a year: "2000 of them", "2000 were arrested", "2000 more".
// yearPrep reports a word before i that opens a time: "the cuts made
// since 2010 are …" is of a year, "2010 are" alone a count.
func (sc *scanner) yearPrep(i int) bool {
	pw := sc.prevWord(i)
	switch string(pw.low[:pw.n]) {
	case "since", "until", "till", "before", "after", "during":
		return true
	}
	return false
}

func countVerb(w *word) bool {
	switch string(w.low[:w.n]) {
	case "more", "of", "were", "are", "have", "had", "remain", "remained":
		return true
	}
	return false
}

// Units of time, singular.
func durationUnit(w *word) string {
	switch string(w.low[:w.n]) {
	case "second", "seconds", "sec", "secs":
		return "second"
	case "minute", "minutes", "min", "mins":
		return "minute"
	case "hour", "hours", "hr", "hrs":
		return "hour"
	case "day", "days":
		return "day"
	case "night", "nights":
		return "night"
	case "week", "weeks":
		return "week"
	case "fortnight", "fortnights":
		return "fortnight"
	case "month", "months":
		return "month"
	case "year", "years", "yr", "yrs":
		return "year"
	case "decade", "decades":
		return "decade"
	case "century", "centuries":
		return "century"
	}
	return ""
}

// unitOfTime returns durationUnit(w) for a word of the text, but nothing
// for one in capitals ("an SEC filing", "30 MIN" are names).
func (sc *scanner) unitOfTime(w *word) string {
	if w.n <= 4 && allCaps(sc.s[w.start:w.end]) {
		return ""
	}
	return durationUnit(w)
}

// gluedScale reports whether letters glued to a number may be a scale
// that claims.ReadQuantity reads as one ("1.2m", "2k", "3bn").
func gluedScale(w string) bool {
	for _, x := range [...]string{"m", "b", "k", "bn", "mn", "tn"} {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// allCaps reports whether w has two letters or more, all capitals: an
// abbreviation of a name ("SEC", "MIN") rather than a unit.
func allCaps(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) {
			return false
		}
	}
	return len(w) >= 2
}

// Currency words after an amount.
func currencyWord(w *word, s string) bool {
	switch string(w.low[:w.n]) {
	case "dollars", "dollar", "euros", "euro", "pounds", "sterling", "roubles", "rubles", "rouble", "ruble",
		"hryvnias", "hryvnia", "hryvnas", "yuan", "yen", "rupees", "francs", "lira", "liras", "zlotys",
		"dinars", "dirhams", "pesos", "reais", "rand", "won", "shekels", "riyals", "cents", "pence", "kronor",
		"kroner", "sen":
		return true
	case "usd", "eur", "gbp", "rub", "uah", "chf", "cny", "jpy", "inr":
		return isUpper(s[w.start])
	}
	return false
}

// quantityWithin reads the figure at i as if the text ended at end, and
// returns where what it read ends (end when it read nothing there): the
// first of two figures that quantityAt took for one.
func (sc *scanner) quantityWithin(i, end int) int {
	full := sc.s
	sc.s = full[:end]
	e, ok := sc.quantityAt(i)
	sc.s = full
	if !ok {
		e = end
	}
	return e
}

// quantityAt reads a quantity phrase at i with claims.ReadQuantity and
// emits it with the class its context gives.
func (sc *scanner) quantityAt(i int) (int, bool) {
	s := sc.s
	q, n, err := sc.qr.Read(s[i:])
	if err != nil {
		if errors.Is(err, claims.ErrRange) && n > 0 {
			return sc.emit(Number{Span: claims.Span{Start: i, End: i + n}, Class: Identifier}), true
		}
		return i, false
	}
	if n == 0 {
		return i, false
	}
	if i+n < len(s) && s[i+n] == ',' {
		// "29,71%", "passed 15, 200": a comma the grammar stops at (commas.go).
		if q2, n2, ok := sc.commaAfter(i, n); ok {
			q, n = q2, n2
		}
	}
	if q.Vague && n == 6 && strings.EqualFold(s[i:i+n], "scores") && !sc.nextWordIs(i+n, "of") {
		return i + n, true // "he scores", a verb; "scores of people" are many
	}
	if q.Qualifier == claims.Approx && isLetter(s[i]) {
		// "about 500 or more": the bound after the number wins over the
		// hedge before it, which stays out of the span.
		if j := sc.spaceAt(sc.wordAt(i).end); j < i+n {
			if q2, n2, err := sc.qr.Read(s[j:]); err == nil && j+n2 > i+n &&
				(q2.Qualifier == claims.AtLeast || q2.Qualifier == claims.AtMost) {
				i, q, n = j, q2, n2
			}
		}
	}
	if (q.Qualifier == claims.Range || q.Qualifier == claims.AtMost) && !q.Vague && i+n < len(s) && s[i+n] == ' ' {
		// "between 11-16 June", "from 9 to 14 June", "up to 30 April": days
		// of a month, which the scan reads as dates from the first day on.
		if w := sc.nextWord(i + n); w.n > 0 && isUpper(s[w.start]) && monthOf(&w) != 0 && roleOf(&w) == rMonth {
			if j := sc.firstDigit(i, i+n); j > i {
				if d := atoi(s[j:sc.digitsEnd(j)]); d >= 1 && d <= 31 {
					return j, true
				}
			}
		}
	}
	if end, ok := sc.yearThenTo(i, &q); ok {
		// "climbed 45% in 2019 to 2.6 million": a year, then a level.
		return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Year,
			Quantity: sc.exact(s[i:end], atoi(s[i:end]))}), true
	}
	if q.Qualifier == claims.Range {
		if end, ok := sc.respectiveOr(i, q.Text); ok {
			// "3% or 5% … respectively": two figures for two things, each
			// read alone.
			return sc.quantityWithin(i, end), true
		}
	}
	if end, ok := sc.changeRange(i, &q); ok {
		// "rose by 11 to 211": read the change alone, then go on.
		return sc.quantityWithin(i, end), true
	}
	e := i + n
	num := Number{Span: claims.Span{Start: i, End: e}, Class: Count, Quantity: q}
	// "8 B people", "40 M users": a scale written apart in capitals, before
	// things counted.
	if e+3 < len(s) && s[e] == ' ' && (s[e+1] == 'B' || s[e+1] == 'M') && s[e+2] == ' ' && isDigit(s[e-1]) {
		if n, ok := sc.gluedMillions(num, e+2); ok {
			return sc.emit(n), true
		}
	}
	if q.Qualifier == claims.Approx && !q.Vague && e < len(s) && (s[e] == ':' || s[e] == ' ') {
		if j := sc.hedgedClock(e); j > e {
			// "around 19:00", "about 8 pm": a time, hedge and all.
			return sc.emit(Number{Span: claims.Span{Start: i, End: j}, Class: Time}), true
		}
	}
	// "about 3/4": the hedge goes with the fraction.
	if sl := fractionSlash(s, e); sl > 0 && e+sl < len(s) && isDigit(s[e+sl]) && q.Qualifier != claims.Range {
		d := i
		for d < e && !isDigit(s[d]) {
			d++
		}
		if num, den, end, ok := sc.fractionAt(d); ok && d > i {
			if q.Value.Sign() < 0 {
				// "-3/5": a negative fraction.
				r := sc.ratioQuantity(s[i:end], num, den)
				r.Value = r.Value.Neg()
				r.Lower.Value, r.Upper.Value = r.Value, r.Value
				return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio, Quantity: r, Numerator: -num, Denominator: den}), true
			}
			return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
				Quantity: rehedge(q, sc.ratioQuantity(s[i:end], num, den)), Numerator: num, Denominator: den}), true
		}
		return d, true
	}
	// Letters glued to the number: "10am", "1990s", "5G", "A4".
	if e < len(s) && isLetter(s[e]) && isDigit(s[e-1]) {
		w := sc.wordAt(e)
		if w.end < len(s) && isDigit(s[w.end]) {
			if code := squareUnit(s, &w); code != "" {
				num.Unit, num.UnitCode = s[e:w.end+1], code
				sc.emit(num)
				return w.end + 1, true // "32m2" counts square metres
			}
			return sc.identifier(i, i), true
		}
		switch string(w.low[:w.n]) {
		case "s":
			if q.Qualifier == claims.Exact && n == 4 && isYearText(q) {
				num.Class, num.Span.End = Year, w.end
				return sc.emit(num), true
			}
			// "the 90s": a decade; "in his 40s": an age.
			if q.Qualifier == claims.Exact && n == 2 && s[i+1] == '0' {
				num.Class, num.Span.End = Year, w.end
				switch pw := sc.prevWord(i); string(pw.low[:pw.n]) {
				case "his", "her", "their", "early", "mid", "late", "my", "your", "our":
					num.Class = Age
				}
				return sc.emit(num), true
			}
		case "m", "sq":
			if n, ok := sc.gluedMillions(num, w.end); ok {
				return sc.emit(n), true // "25m passengers"
			}
			return sc.emit(num), true // a measure: "10m" counts metres
		}
		if n, ok := sc.gluedUnit(num, &w); ok {
			return sc.emit(n), true // "4p", "46.3C"
		}
		if _, ok := measureCode(s[e:w.end], string(w.low[:w.n])); ok && w.n > 0 && (w.end >= len(s) || !isAlnum(s[w.end])) &&
			!(w.n == 1 && isUpper(s[e]) && q.Qualifier != claims.Range) { // "5G" is a name; "5-10W" a range of watts
			return sc.emit(num), true // a measure: "10km" counts kilometres, "512GB" bytes
		}
		if u := durationUnit(&w); u != "" && w.n <= 3 {
			num.Class, num.Unit, num.Span.End = Duration, u, w.end
			return sc.emit(num), true
		}
		if w.is("b") {
			if n, ok := sc.gluedMillions(num, w.end); ok {
				return sc.emit(n), true // "1B people"
			}
		}
		// A code: "5G", "A4"; a hedge before it is no part of it.
		d := i
		for d < e && !isDigit(s[d]) {
			d++
		}
		return sc.identifier(d, d), true
	}
	// "between 15kHz and 17kHz", "5min to 10min": a range with its unit
	// glued to both ends (claims reads it); the unit is the last word.
	if q.Qualifier == claims.Range && isLetter(s[e-1]) && !hasCurrency(q.Text) {
		k := e
		for k > i && isLetter(s[k-1]) {
			k--
		}
		// Not a scale glued to the number ("1.2m-1.5m", "2k to 3k").
		if k > i && isDigit(s[k-1]) && !gluedScale(s[k:e]) {
			w := sc.wordAt(k)
			if u := durationUnit(&w); u != "" {
				num.Class, num.Unit = Duration, u
				return sc.emit(num), true
			}
			if code, ok := measureUnits[string(w.low[:w.n])]; ok && w.n > 0 {
				num.Unit, num.UnitCode = s[k:e], code
				return sc.emit(num), true
			}
		} else if k > i && s[k-1] == ' ' {
			// "from 2 km to 3 km", "between 4 days and 6 days": the unit
			// after the upper end, as after the lower one.
			d := e
			for d > i && !isDigit(s[d-1]) {
				d--
			}
			if unit, code, end := sc.unitAfter(d); unit != "" && end == e {
				num.Unit, num.UnitCode = unit, code
				return sc.emit(num), true
			}
			if w := sc.wordAt(k); sc.spaceAt(d) == k && durationUnit(&w) != "" {
				num.Class, num.Unit = Duration, durationUnit(&w)
				return sc.emit(num), true
			}
		}
	}
	// "the 1900s": a century, not "1900s of people".
	if q.Vague && n == 5 && isDigit(s[i]) && isYearText(claims.NewQuantity(s[i:i+4], claims.Exact, claims.DecimalOf(atoi(s[i:i+4])))) {
		num.Class = Year
		return sc.emit(num), true
	}
	if e+1 < len(s) && s[e] == '-' && (s[e+1] == 'y' || s[e+1] == 'm') &&
		(strings.HasPrefix(s[e:], "-year-old") || strings.HasPrefix(s[e:], "-years-old") || strings.HasPrefix(s[e:], "-month-old")) {
		w := sc.wordAt(e + 1)
		end := sc.wordAt(w.end + 1).end
		if end < len(s) && s[end] == 's' {
			end++
		}
		num.Class, num.Span.End = Age, end
		if sc.wordAtIs(e+1, "month") {
			num.Unit = "month"
		}
		return sc.emit(num), true
	}
	if hasCurrency(q.Text) {
		num.Class, num.Unit = Money, currencyOf(q.Text)
		if w := sc.nextWord(e); currencyWord(&w, s) {
			num.Span.End = w.end
		}
		return sc.emit(num), true
	}
	if q.Unit == claims.Percent {
		num.Class = Percentage
		return sc.emit(num), true
	}
	// "between 2 and 4 am", "5 GMT".
	if q.Qualifier == claims.Exact || q.Qualifier == claims.Range {
		if k := sc.clockSuffix(e, false); k > e && q.Upper.Set && q.Upper.Value.Cmp(claims.DecimalOf(24)) <= 0 {
			num.Class, num.Quantity, num.Span.End = Time, claims.Quantity{}, k
			return sc.emit(num), true
		}
	}
	// An age after a name: "The girl, 12, was".
	if n <= 3 && q.Qualifier == claims.Exact && i >= 3 && s[i-1] == ' ' && s[i-2] == ',' && isLetter(s[i-3]) &&
		e < len(s) && s[e] == ',' && isDigit(s[i]) && isDigit(s[e-1]) {
		num.Class = Age
		return sc.emit(num), true
	}
	// An age after a superlative of age: "the youngest was 18 and the
	// oldest 63".
	if n <= 3 && q.Qualifier == claims.Exact && isDigit(s[i]) && isDigit(s[e-1]) && sc.afterAgeSuperlative(i, e) {
		num.Class = Age
		return sc.emit(num), true
	}
	// The word after the number.
	var w word
	hyphen := false
	if e+1 < len(s) && s[e] == '-' && isLetter(s[e+1]) {
		w, hyphen = sc.wordAt(e+1), true
	} else {
		w = sc.nextWord(e)
	}
	if currencyWord(&w, s) && !hyphen {
		num.Class, num.Unit, num.Span.End = Money, lowerText(s, &w), w.end
		return sc.emit(num), true
	}
	if unit, end := sc.nationalCurrency(&w); end > 0 && !hyphen {
		// "40,000 Swiss francs", "5 million Canadian dollars"
		num.Class, num.Unit, num.Span.End = Money, unit, end
		return sc.emit(num), true
	}
	if u := sc.unitOfTime(&w); u != "" && !sc.compoundSecond(i, e, &w) {
		if (u == "year" || u == "month") && w.n <= 6 && strings.HasPrefix(s[w.end:], "-old") && !hyphen {
			// "the 15 year-old students": an age spaced as it is often typed.
			end := w.end + 4
			if end < len(s) && s[end] == 's' {
				end++
			}
			num.Class, num.Span.End = Age, end
			if u == "month" {
				num.Unit = "month"
			}
			return sc.emit(num), true
		}
		if nw := sc.nextWord(w.end); (nw.is("old") || nw.is("of") && sc.nextWordIs(nw.end, "age")) && !hyphen {
			if nw.is("of") {
				nw = sc.nextWord(nw.end) // "14 years of age"
			}
			num.Class, num.Span.End = Age, nw.end
			return sc.emit(num), true
		}
		num.Class, num.Unit, num.Span.End = Duration, u, w.end
		// "over four days" is a time span, not "more than four days";
		// but "took over three hours", "lasted over two years" are.
		// So is "for over two years".
		if pw := sc.prevWord(i); q.Qualifier == claims.MoreThan && len(q.Text) > 5 && strings.EqualFold(q.Text[:5], "over ") &&
			!lastingVerb(&pw) && !pw.is("for") {
			j := sc.spaceAt(i + 4)
			if q2, n2, err := sc.qr.Read(s[j:]); err == nil && n2 > 0 && j+n2 == e {
				num.Span.Start, num.Quantity = j, q2
			}
		}
		return sc.emit(num), true
	}
	words := q.Text != "" && isLetter(q.Text[len(q.Text)-1])
	// Ratios: "one in three", "3 in 10", "one out of five", "two-thirds";
	// but "fivefold in ten years" is a multiple.
	if q.Qualifier != claims.Range && !q.Vague && !hyphen && !foldText(q.Text) {
		if v, ok := q.Value.Int64(); ok && v > 0 {
			k := -1
			if w.is("in") {
				k = sc.spaceAt(w.end)
			} else if w.is("out") {
				if w2 := sc.nextWord(w.end); w2.is("of") {
					k = sc.spaceAt(w2.end)
				}
			}
			if k > w.end {
				if q2, n2, err := sc.qr.Read(s[k:]); err == nil && n2 > 0 && q2.Qualifier == claims.Exact && !q2.Vague {
					if d, ok := q2.Value.Int64(); ok && d > v && d <= 1_000_000 && (k+n2 >= len(s) || !isAlnum(s[k+n2])) {
						// "one in three", but not "one in 2025".
						if !(d >= 1800 && d <= 2100 && k+n2-k == 4) {
							return sc.emit(Number{Span: claims.Span{Start: i, End: k + n2}, Class: Ratio,
								Quantity: rehedge(q, sc.ratioQuantity(s[i:k+n2], v, d)), Numerator: v, Denominator: d}), true
						}
					}
				}
			}
		}
	}
	if words && q.Qualifier == claims.Exact && !q.Vague {
		if v, ok := q.Value.Int64(); ok && v != 0 {
			if e2, ok := sc.wordFraction(i, e, v, &w, hyphen); ok {
				return e2, true
			}
		}
	}
	if words && q.Qualifier != claims.Range && !q.Vague {
		if v, ok := q.Value.Int64(); ok && v > -100 && v < 100 && v != 0 {
			if v > 0 {
				if e2, ok := sc.fractionAfter(i, e, v, q); ok {
					return e2, true
				}
			}
			if q.Qualifier == claims.Exact && w.is("over") {
				// "one over four", "minus one over twenty"
				if e2, ok := sc.overFraction(i, e, v); ok {
					return e2, true
				}
			}
		}
	}
	if !words && q.Qualifier == claims.Exact && w.is("over") && e-i <= 3 {
		// "1 over 4"
		if v, ok := q.Value.Int64(); ok && v > 0 {
			if e2, ok := sc.overFraction(i, e, v); ok {
				return e2, true
			}
		}
	}
	// Figures written in words.
	if words {
		if q.Qualifier == claims.Exact && !q.Vague {
			// "twenty-first": an ordinal.
			if hyphen {
				if o := ordinalValue(&w); o > 0 && o < 10 {
					if v, ok := q.Value.Int64(); ok && v >= 20 && v%10 == 0 {
						num.Class, num.Span.End, num.Quantity = Ordinal, w.end, sc.exact(s[i:w.end], v+o)
						return sc.emit(num), true
					}
				}
			}
		}
		// Compounds that name a kind, not a number: "one-off", "two-way".
		if hyphen && oneWayCompound(&w) {
			return w.end, true
		}
		// "category one", "phase two": a small number word after a noun that
		// labels names the item, as "category 4" does (labelNoun).
		if q.Qualifier == claims.Exact && q.Text == s[i:e] && i > 0 && s[i-1] == ' ' && !countNoun(&w) && durationUnit(&w) == "" {
			if pw := sc.prevWord(i); pw.end == i-1 && labelNoun(&pw) && q.Value.Cmp(claims.DecimalOf(10)) <= 0 {
				return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Identifier}), true
			}
		}
		// "the Big Three", "the Final Four": a capitalized number word after a
		// capitalized word that "the" begins ends a name and is no figure, as
		// "One" ending a name is not ("the CBP One app").
		if q.Text == s[i:e] {
			if isUpper(s[i]) && q.Qualifier == claims.Exact && sc.theNamed(i) {
				return e, true
			}
			// A pronoun "one": "no one", "one of the", "one who".
			if strings.EqualFold(q.Text, "one") {
				pw := sc.prevWord(i)
				if pronounBefore(&pw) || pronounAfter(&w) && !(w.is("of") && takesPeople(&pw)) || (w.n == 0 && !(e < len(s) && s[e] == '-')) || sc.oneNamed(i, &pw) ||
					sc.oneIdiom(&pw, &w) {
					return e, true
				}
			}
		}
		if strings.EqualFold(q.Text, "a") || strings.EqualFold(q.Text, "an") {
			return e, true
		}
	}
	// Years: four digits from 1800 to 2100, unhedged, not followed by a count noun.
	if q.Qualifier == claims.Exact || q.Qualifier == claims.Range {
		if isYearText(q) && !countNoun(&w) && (!countVerb(&w) || sc.yearPrep(i)) && !sc.pluralAfterCount(i, &w) {
			num.Class = Year
			// "2024-25"
			if e+3 <= len(s) && (s[e] == '-' || s[e] == '/') && isDigit(s[e+1]) && isDigit(s[e+2]) && (e+3 == len(s) || !isAlnum(s[e+3])) {
				num.Span.End = e + 3
			}
			return sc.emit(num), true
		}
		if q.Qualifier == claims.Exact && sc.farYear(i, e) {
			num.Class = Year
			return sc.emit(num), true
		}
	}
	return sc.emit(num), true
}

// farYear reports whether the four digits at i, ending at e, are a year of
// the next century set as a horizon ("by 2150,", "until 2120."): from 2101
// to 2299, after "by", "until" or "before", and before a mark that ends a
// phrase, where a count would have its noun.
func (sc *scanner) farYear(i, e int) bool {
	s := sc.s
	if e-i != 4 || s[i] != '2' || (s[i+1] != '1' && s[i+1] != '2') || e < len(s) && s[e] != ',' && s[e] != '.' && s[e] != ';' && s[e] != ')' && s[e] != '\n' {
		return false
	}
	if y := atoi(s[i:e]); y < 2101 {
		return false
	}
	pw := sc.prevWord(i)
	return pw.is("by") || pw.is("until") || pw.is("before")
}

// respectiveOr reports whether the range read at i (its text) joins its ends with
// "or" in a sentence that goes on to say "respectively" ("about 25k or 40k
// cheaper than its two rivals respectively"): two figures, not a range. It
// returns the end of the first.
func (sc *scanner) respectiveOr(i int, text string) (int, bool) {
	k := strings.Index(text, " or ")
	if k < 0 {
		return 0, false
	}
	s := sc.s
	e := i + len(text)
	for j := e; j < len(s) && j-e < 200; j++ {
		switch c := s[j]; c {
		case '.', ';', '!', '?', '\n':
			if c != '.' || j+1 >= len(s) || !isDigit(s[j+1]) {
				return 0, false
			}
		case 'r', 'R':
			if j > 0 && s[j-1] == ' ' && len(s)-j >= 12 && strings.EqualFold(s[j:j+12], "respectively") {
				return i + k, true
			}
		}
	}
	return 0, false
}

// isYearText reports whether q is written as a year or a range of years:
// four digits from 1800 to 2100.
func isYearText(q claims.Quantity) bool {
	t := q.Text
	for len(t) > 0 && !isDigit(t[0]) {
		t = t[1:]
	}
	yearAt := func(k int) bool {
		if k+4 > len(t) || (k+4 < len(t) && isDigit(t[k+4])) {
			return false
		}
		for x := k; x < k+4; x++ {
			if !isDigit(t[x]) {
				return false
			}
		}
		y := atoi(t[k : k+4])
		return y >= 1800 && y <= 2100
	}
	if !yearAt(0) {
		return false
	}
	if q.Qualifier == claims.Exact {
		return len(t) == 4
	}
	for k := len(t) - 1; k > 4; k-- {
		if !isDigit(t[k-1]) {
			return yearAt(k)
		}
	}
	return false
}

func hasCurrency(t string) bool {
	return currencyOf(t) != ""
}

// currencyOf returns the currency sign inside a quantity's text, or "".
func currencyOf(t string) string {
	for k := 0; k < len(t); k++ {
		switch c := t[k]; {
		case c == '$':
			if k >= 1 && isUpper(t[k-1]) {
				if k >= 2 && t[k-2:k] == "US" {
					return "US$"
				}
				// "HK$", "A$": the letters before the sign, as the grammar
				// reads them after a hedge ("about HK$5.4m").
				for _, p := range dollarPrefixes {
					if j := k - len(p); j >= 0 && t[j:k] == p && (j == 0 || !isLetter(t[j-1])) {
						return t[j : k+1]
					}
				}
			}
			// "$US", "$A": the letters after the sign up to the digits.
			j := k + 1
			for j < len(t) && j-k <= 3 && isUpper(t[j]) {
				j++
			}
			if j > k+1 && j < len(t) && isDigit(t[j]) {
				return t[k:j]
			}
			return "$"
		case c == 0xE2 || c == 0xC2:
			for _, sign := range []string{"€", "₽", "₴", "₹", "£", "¥"} {
				if strings.HasPrefix(t[k:], sign) {
					return sign
				}
			}
		case isDigit(c):
			// A code glued to the amount, as the grammar reads it in a
			// range: "from RM350,000 to RM520,000".
			if k >= 2 && isUpper(t[k-1]) && isUpper(t[k-2]) {
				j := k - 2
				if j > 0 && isUpper(t[j-1]) {
					j--
				}
				if j == 0 || !isLetter(t[j-1]) {
					return gluedCode(t[j:k])
				}
			}
			return ""
		}
	}
	return ""
}

// rangeAhead reports whether, after "from" ending at e, the second end of
// a range can follow the first number: "to", "through", "up to" or a dash
// before the clause ends. "up 3.4 points from 1990," holds none, and the
// number is read alone.
func (sc *scanner) rangeAhead(e int) bool {
	s := sc.s
	for j := e; j < len(s) && j-e < 48; j++ {
		switch c := s[j]; c {
		case '-', '~':
			return true
		case 0xE2: // "–", "—"
			return true
		case ',', ';', ':', '.', '!', '?', '(', ')', '\n':
			if c == '.' || c == ',' {
				if j+1 < len(s) && isDigit(s[j+1]) && j > 0 && isDigit(s[j-1]) {
					continue // "3.4", "6,000"
				}
			}
			return false
		case 't', 'T':
			if j > 0 && s[j-1] == ' ' && j+2 < len(s) && (s[j+1] == 'o' || s[j+1] == 'h') {
				return true // "to", "through", "thru"
			}
		}
	}
	return true // a long phrase: let the grammar decide
}
