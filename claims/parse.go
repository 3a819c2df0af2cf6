package claims

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// ParseQuantity reads an English quantity phrase: the whole of s (apart
// from surrounding white space) must be one quantity. It is
// ParseQuantityIn(language.English, s); see ReadQuantity for the grammar and
// the bounds of every hedge.
//
// Errors quote the input and name the byte (counted from 1) where reading
// stopped: `claims: parsing quantity "abc": unexpected "a" at byte 1`. A
// number of more than 18 significant digits gives an error wrapping
// ErrRange. ParseQuantity never panics and is safe for concurrent use.
func ParseQuantity(s string) (Quantity, error) { return ParseQuantityIn(language.English, s) }

// ParseQuantityIn is ParseQuantity with the digit separators of the
// language tag: "6,000.5" (English and the default), "6.000,5" (German,
// Spanish, Italian, …), "6 000,5" (French, Russian, Ukrainian, Polish, …,
// with an ordinary, no-break or narrow no-break space). Number words and
// hedges are English in every language.
func ParseQuantityIn(tag language.Tag, s string) (Quantity, error) {
	start := 0
	for start < len(s) && isSpaceByte(s[start]) {
		start++
	}
	end := len(s)
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	if start == end {
		return Quantity{}, fmt.Errorf("claims: parsing quantity %q: no figure", s)
	}
	q, n, err := ReadQuantity(tag, s[start:end])
	if err != nil {
		var pe *parseError
		if errors.As(err, &pe) {
			return Quantity{}, fmt.Errorf("claims: parsing quantity %q: %s at byte %d: %w", s, pe.msg, start+pe.pos+1, pe.err)
		}
		return Quantity{}, fmt.Errorf("claims: parsing quantity %q: %w", s, err)
	}
	if start+n != end {
		at := start + n
		for at < end && isSpaceByte(s[at]) && n > 0 {
			at++
		}
		return Quantity{}, fmt.Errorf("claims: parsing quantity %q: unexpected %q at byte %d", s, runeText(s, at), at+1)
	}
	return q, nil
}

// runeText is the character at s[i] as a string, or the single byte when
// s[i] does not start a valid UTF-8 sequence.
func runeText(s string, i int) string {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size <= 1 {
		return s[i : i+1]
	}
	return s[i : i+size]
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// parseError is the error of ReadQuantity: what went wrong at which byte
// of the phrase.
type parseError struct {
	msg string
	pos int
	err error
}

func (e *parseError) Error() string {
	return fmt.Sprintf("claims: %s at byte %d: %v", e.msg, e.pos+1, e.err)
}

func (e *parseError) Unwrap() error { return e.err }

// ReadQuantity reads the longest quantity phrase at the start of s and
// returns it with the number of bytes it took (n). When s does not start
// with a quantity, n is 0, q is the zero Quantity (not valid) and err is
// nil: this costs no allocation, so a
// scanner may try ReadQuantity at every candidate position. err is non-nil
// only for a phrase that is a quantity but cannot be held (more than 18
// significant digits: an error wrapping ErrRange); n then covers the
// phrase, so that a caller can step over it. q.Text is s[:n].
//
// ReadQuantity is the one grammar of quantities in crosscheck: ParseQuantity
// and the running-text scanner (package numbers) are built on it. tag picks
// the digit separators, as for ParseQuantityIn. Full-width digits and
// separators ("６，０００") are read through their narrow (NFKC) forms, one
// character at a time, so n always counts bytes of s as given.
//
// The grammar, informally:
//
//	phrase  = [change] [hedge] core [percent] [range] [post-hedge]
//	change  = ("up" | "down") ["by"]          (Quantity.Change Up or Down)
//	        | "between" core ("and" | "to" | "-") core
//	        | "from" core ("to" | "-") core
//	        | hedge core "and" hedge core           ("more than 10 and less than 20")
//	core    = [sign] [currency] digits [half] [scale] | words [half] [scale]
//	        | ("a" | "another") ("dozen" | "hundred" | scale | "couple" | "few" | "pair") | ["a"] "half" ["a"] (scale | "dozen")
//	        | ("a" | "one" … "nine") fraction "of a" scale     ("a quarter of a million", "two thirds of a billion")
//	        | vague | core ("-for-" | " for ") core  (the same number each way)
//	sign    = "-" | "−" | "minus" | "negative" | "minus-"
//	digits  = 6000 | 6,000 | 6,000.5 | .5 | 6.2 | 1e31 (separators by tag; English also
//	          "6 000" and "1 234 567" with ordinary spaces, and no-break spaces anywhere)
//	half    = "and a half" | "-and-a-half" | "and a quarter" | "and three quarters" | "½" | "¼" | "¾"
//	        | " 1/2" | " 3/4" | " 5/8" (a fraction that ends within three places)
//	scale   = hundred | thousand | million | billion | trillion | dozen | dozens | k | bn | mn
//	          | m, b (after a currency sign or a decimal: "$5m", "1.2m", "2.5b"; "4.7 k" spaced)
//	words   = "two hundred and fifty" | "twenty-five" | "sixty - four" | "a hundred and twenty"
//	          | "one thousand two hundred" | "two dozen" | "four dozens" | "sixfold" (a multiple: 6)
//	vague   = dozens | scores | hundreds | thousands | millions | 100s | 1000s
//	        | "tens of" (thousands | millions) | "hundreds of" (thousands | millions)
//	        | ["a"] ("few" | "several") [scale]
//	range   = ("-" | "–" | "~" | "to" | "or") core (lower < upper; "5 to 6 million" scales both;
//	          after "from" the ends may fall: "from 450 to 300" is [300, 450])
//	percent = "%" | "percent" | "per cent" | "pct" | "pc" (glued) | "percentage point(s)"
//
// "a couple (of hundred)" is Approx. A hedge may be intensified ("slightly
// more than", "far fewer than", "a little over") and reads as the hedge.
// Number words may carry a decimal point: "one point five", "negative
// two point three million", "three hundred point fifty-two" (300.52).
//
// The hedges and the intervals they give (N is the number written):
//
//	hedge                                           Qualifier Lower      Upper
//	(none)                                          Exact     [N         N]
//	about, around, some, roughly, approximately,    Approx    [N         N]         (the compare policy widens)
//	  approx., an estimated, estimated, c., ~,
//	  more or less, or so, or thereabouts, N-ish
//	nearly, almost, close to                        Approx    unbounded  N]         (approximately N, not above it)
//	more than, over, above, beyond, exceeding,      MoreThan  (N         unbounded
//	  topping, upwards of, north of, >, greater/
//	  larger/bigger/higher than, in excess of,
//	  just over, well over, well above
//	at least, no fewer than, no less than, ≥, >=,   AtLeast   [N         unbounded
//	  more than or equal to, equal to or more
//	  than, a minimum of, N or more, N or above,
//	  N and over, N and up, N at least, N-plus,
//	  N plus, N+, N-odd
//	fewer than, less than, under, below, <,         LessThan  unbounded  N)
//	  smaller/lower than, well under, just under,
//	  just shy of, south of, sub-N
//	up to, as many as, as much as, at most, ≤, <=,  AtMost    unbounded  N]
//	  no more than, not more than, a maximum of,
//	  less than or equal to, N or fewer, N or less,
//	  N or under, N and below, N at most
//	between X and Y, from X to Y, X-Y, X–Y, X~Y,    Range     [X         Y]         (an approximate hedge before a
//	  X to Y, X or Y; about X to Y, nearly X-Y                                      range marks it Approximate)
//	more than X and less than Y (and the like)      Range     (X         Y)         (each end as its hedge says)
//	dozens (12), scores (20), hundreds (100),       Approx    [V         unbounded  (Vague; Value V)
//	  thousands, millions, tens of thousands,
//	  hundreds of thousands, several (3), a few (2),
//	  several hundred (300), a few thousand (2,000)
//	X-for-X, X for X                                Exact     [X         X]         (Reciprocal; X each way)
//
// The contract's own qualifier names also work as hedges ("more_than 6000",
// "approx 500"), so the canonical rendering of Quantity.String reads back.
//
// Precision is what the writing implies: the unit of the last written
// digit, with the trailing zeros of an integer counting as rounding
// ("6,000" → 1000, "6,060" → 10, "6.0" → 0.1, "6.2 million" → 100,000,
// "3.5%" → 0.1); for number words, the unit of the last nonzero digit
// ("two hundred and fifty" → 10); for a range, the finer of its ends; for a
// vague amount, what VagueQuantity gives.
//
// A currency sign before the digits ("$5 million", "more than €300") is read
// as part of the phrase but is not recorded in the Quantity: a caller that
// cares (the numbers scanner calls it money) finds it in q.Text.
//
// ReadQuantity is safe for concurrent use; its work is linear in the bytes
// it reads.
func ReadQuantity(tag language.Tag, s string) (q Quantity, n int, err error) {
	return QuantityReader{loc: localeOf(tag)}.Read(s)
}

// A QuantityReader is ReadQuantity for one language, looked up once: a
// caller reading many phrases (the numbers scanner) makes one and calls its
// Read. The zero QuantityReader reads English.
type QuantityReader struct {
	loc numLocale
}

// NewQuantityReader returns the reader of quantity phrases in the language
// tag.
func NewQuantityReader(tag language.Tag) QuantityReader {
	return QuantityReader{loc: localeOf(tag)}
}

// Read is ReadQuantity(tag, s) for the reader's language tag.
func (qr QuantityReader) Read(s string) (q Quantity, n int, err error) {
	loc := qr.loc
	if loc == (numLocale{}) {
		loc = numLocale{',', '.'} // the zero QuantityReader
	}
	r := qreader{s: s, loc: loc}
	n, err = r.phrase(&q)
	if n == 0 {
		return Quantity{}, 0, err
	}
	if err == nil {
		// Set here rather than by phrase: text stored through a pointer
		// would make s escape, and a caller's phrase built on its stack
		// (numbers' scratch) with it.
		q.Text = s[:n]
	}
	return q, n, err
}

// A numLocale is the pair of digit separators of a language.
type numLocale struct {
	group   byte // ',' or '.'; 0: spaces only
	decimal byte // '.' or ','
}

func localeOf(tag language.Tag) numLocale {
	if tag == language.English || tag == language.Und {
		return numLocale{',', '.'}
	}
	b, _ := tag.Base()
	switch b.String() {
	case "de", "es", "it", "pt", "nl", "tr", "id", "da", "el", "ro", "hr", "sl", "sr", "ca":
		return numLocale{'.', ','} // "6.000,5"
	case "fr", "ru", "uk", "pl", "cs", "sk", "fi", "sv", "nb", "no", "bg", "hu", "lt", "lv", "et", "be", "kk":
		return numLocale{0, ','} // "6 000,5"
	}
	return numLocale{',', '.'}
}

// Normalised tokens for characters outside ASCII.
const (
	tokNone  = 0
	tokSpace = 1 // no-break, narrow no-break and thin spaces
	tokDash  = 2 // en dash, em dash, minus sign
)

// tok returns the character at s[i] folded to ASCII (full-width forms to
// their narrow forms, odd spaces to tokSpace, dashes to tokDash), and its
// size in bytes. It returns tokNone for other characters and for invalid
// UTF-8 (size 1).
func tok(s string, i int) (byte, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c, 1 // inlined: most characters are ASCII
	}
	return tokWide(s, i)
}

// tokWide is tok for a byte from 0x80 up.
func tokWide(s string, i int) (byte, int) {
	switch c := s[i]; c {
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return tokSpace, 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0xAF, 0x89:
				return tokSpace, 3
			case 0x93, 0x94:
				return tokDash, 3
			}
		}
		if i+2 < len(s) && s[i+1] == 0x88 && s[i+2] == 0x92 {
			return tokDash, 3
		}
	case 0xEF:
		// width.LookupString panics on a truncated sequence: decode first.
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			return tokNone, size
		}
		if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
			if n := p.Narrow(); n > 0 && n < utf8.RuneSelf {
				return byte(n), size
			}
		}
		return tokNone, size
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return tokNone, size
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// A numeral is a number being read: coef × 10^exp, written to a precision
// of 10^prec.
type numeral struct {
	coef     int64
	exp      int
	prec     int
	overflow bool
	scaled   bool // a scale word or suffix multiplied it
	scalePow int  // by this power of ten
	words    bool // written in words
	vague    bool
	approx   bool // a word that is itself approximate ("a couple")
	neg      bool
	percent  bool
	currency bool
}

// mulPow10 multiplies the numeral by 10^k.
func (v *numeral) mulPow10(k int) { v.exp += k; v.prec += k; v.scalePow += k }

func (v numeral) decimal() (Decimal, error) {
	if v.overflow {
		return Decimal{}, ErrRange
	}
	if v.neg {
		return NewDecimal(-v.coef, v.exp)
	}
	return NewDecimal(v.coef, v.exp)
}

func (v numeral) precision() Decimal {
	d, _ := NewDecimal(1, v.prec)
	return d
}

// cmp compares two numerals that did not overflow.
func (v numeral) cmp(w numeral) int {
	a, err1 := v.decimal()
	b, err2 := w.decimal()
	if err1 != nil || err2 != nil {
		return 0
	}
	return a.Cmp(b)
}

type qreader struct {
	s   string
	loc numLocale
	// The last word read, by position: the grammar looks at the word
	// after a number several times (scale, percent, range, post-hedge).
	memoAt, memoEnd int
	memoW           word
	memoV           int64
	// rangePow is the power of ten of a range's lower end scaled by a
	// word or a suffix of millions or billions while its upper end is
	// read: "from 1.5m to 2m" scales the bare "2m" too.
	rangePow int
}

// space skips one run of white space (spaces, tabs, one line break, odd
// spaces) at i and returns its end; it returns i when there is none.
func (r *qreader) space(i int) int {
	if i < len(r.s) && r.s[i]-('!') < utf8.RuneSelf-'!' {
		return i // inlined: most calls end here, at a letter or a digit
	}
	return r.spaceRun(i)
}

// spaceRun is space past its first byte.
func (r *qreader) spaceRun(i int) int {
	if i+1 < len(r.s) && r.s[i] == ' ' && r.s[i+1]-'!' < utf8.RuneSelf-'!' {
		return i + 1 // one space before a word or a number
	}
	j, breaks := i, 0
	for j < len(r.s) {
		c := r.s[j]
		if c > ' ' && c < utf8.RuneSelf {
			return j // most calls end here, at a letter or a digit
		}
		switch {
		case c == ' ' || c == '\t':
			j++
		case c == '\n' || c == '\r':
			if breaks++; breaks > 1 {
				return i
			}
			j++
		case c >= utf8.RuneSelf:
			t, size := tok(r.s, j)
			if t != tokSpace {
				return j
			}
			j += size
		default:
			return j
		}
	}
	return j
}

// digitAt returns the digit at i and its size, or -1: an ASCII digit, or
// a full-width one (U+FF10 to U+FF19, which tok folds to ASCII). It is
// small enough to be inlined.
func (r *qreader) digitAt(i int) (int, int) {
	s := r.s
	if i < len(s) {
		if d := s[i] - '0'; d < 10 {
			return int(d), 1
		}
		if s[i] == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2]-0x90 < 10 {
			return int(s[i+2] - 0x90), 3
		}
	}
	return -1, 0
}

// word is one lower-case word id.
type word uint8

const (
	wNone word = iota
	wNumber
	wHundred
	wScale
	wDozen
	wPlural // dozens, scores, hundreds, thousands, millions, billions
	wTens
	wSeveral
	wFew
	wA
	wAn
	wMore
	wThan
	wOver
	wAbove
	wNearly
	wAbout
	wAt
	wLeast
	wMost
	wUp
	wTo
	wAs
	wMany
	wMuch
	wFewer
	wUnder
	wBetween
	wFrom
	wAnd
	wOr
	wPlus
	wPercent
	wPer
	wCent
	wPercentage
	wPoint
	wClose
	wJust
	wWell
	wShy
	wOf
	wNo
	wNot
	wUpwards
	wIn
	wExcess
	wSo
	wFor
	wOdd
	wEstimated
	wHalf
	wCouple
	wPair
	wMinus
	wSub         // "sub-300": below 300
	wIntensifier // slightly, far, much, marginally, somewhat
	wLittle
	wMaximum
	wMinimum
	wGreater // greater, larger, bigger, higher
	wSmaller // smaller, lower
	wEqual
	wBut
	wNorth
	wSouth
	wBeyond // beyond, exceeding, topping
	wThereabouts
	wIsh
	wAnother
	wDown
	wBy
	wThrough
	wFold // "sixfold", "tenfold": a multiple, read as its number
)

// readWord reads the ASCII word at i and returns its id, its value (for
// number words: the number; for scales: the power of ten) and its end.
func (r *qreader) readWord(i int) (word, int64, int) {
	if i == r.memoAt && r.memoEnd > i {
		return r.memoW, r.memoV, r.memoEnd
	}
	var buf [16]byte
	j := i
	if i+8 <= len(r.s) {
		// Eight bytes at once: a word of up to seven letters, lowered by
		// or-ing 0x20 into each letter.
		x := uint64(r.s[i]) | uint64(r.s[i+1])<<8 | uint64(r.s[i+2])<<16 | uint64(r.s[i+3])<<24 |
			uint64(r.s[i+4])<<32 | uint64(r.s[i+5])<<40 | uint64(r.s[i+6])<<48 | uint64(r.s[i+7])<<56
		if m := nonLetters(x); m != 0 {
			n := bits.TrailingZeros64(m) >> 3
			x = (x | 0x2020202020202020) & (1<<(8*uint(n)) - 1)
			buf[0], buf[1], buf[2], buf[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
			buf[4], buf[5], buf[6] = byte(x>>32), byte(x>>40), byte(x>>48)
			j = i + n
			goto read
		}
	}
	// One pass: each letter is lowered into buf as it is found.
	for ; j < len(r.s); j++ {
		c := lowerLetter[r.s[j]]
		if c == 0 {
			break
		}
		if k := j - i; k < len(buf) {
			buf[k] = c
		}
	}
read:
	w, v := wNone, int64(0)
	if n := j - i; n > 0 && n <= 16 && (j >= len(r.s) || !isDigit(r.s[j]) && r.s[j] != '_') &&
		vocabLengths[buf[0]-'a']&(1<<n) != 0 {
		w, v = lookupWord(buf[:n])
	}
	r.memoAt, r.memoEnd, r.memoW, r.memoV = i, j, w, v
	return w, v, j
}

// nonLetters returns the high bit of each byte of x that is not an ASCII
// letter: or-ing 0x20 maps both cases of a letter, and only a letter, into
// 'a'..'z', and the two sums set a byte's high bit where it is at least 'a'
// and at least '{' (the high bits cleared first, no sum carries).
func nonLetters(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x2020202020202020
	t := y &^ highs
	return ^((t + ones*(0x80-'a')) &^ (t + ones*(0x80-'{')) &^ y) & highs
}

// lowerLetter is each ASCII letter in lower case, and 0 for any other byte.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = byte(c), byte(c)
	}
	return t
}()

// vocabLengths is, for each first letter, the lengths of the words of the
// vocabulary that begin with it: a cheap test before lookupWord.
var vocabLengths = func() (t [26]uint32) {
	for _, w := range strings.Fields(vocabulary) {
		t[w[0]-'a'] |= 1 << len(w)
	}
	return t
}()

// vocabulary is every word lookupWord knows (TestVocabulary checks it).
const vocabulary = `zero nought naught nil one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety hundred
thousand million billion trillion dozen dozens scores hundreds thousands millions billions tens several few a an
another more than over above nearly almost about around some roughly approximately approx circa c at least most
up to as many much fewer less under below between from and or plus percent pct per cent percentage point points
close just well shy of no not upwards upward in excess so for odd estimated half couple minus negative sub slightly
far marginally somewhat considerably substantially little bit maximum greater larger bigger higher smaller lower
equal equals but north beyond exceeding topping south thereabouts ish minimum down by lakh lakhs lac lacs
crore crores krore krores cr lkh lkhs koti percents through thru equaling equalling pair
twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold twelvefold twentyfold
hundredfold thousandfold`

// lookupWord is the vocabulary of the grammar.
func lookupWord(b []byte) (word, int64) {
	switch string(b) {
	case "zero", "nought", "naught", "nil":
		return wNumber, 0
	case "one":
		return wNumber, 1
	case "two":
		return wNumber, 2
	case "three":
		return wNumber, 3
	case "four":
		return wNumber, 4
	case "five":
		return wNumber, 5
	case "twofold":
		return wFold, 2
	case "threefold":
		return wFold, 3
	case "fourfold":
		return wFold, 4
	case "fivefold":
		return wFold, 5
	case "sixfold":
		return wFold, 6
	case "sevenfold":
		return wFold, 7
	case "eightfold":
		return wFold, 8
	case "ninefold":
		return wFold, 9
	case "tenfold":
		return wFold, 10
	case "twelvefold":
		return wFold, 12
	case "twentyfold":
		return wFold, 20
	case "hundredfold":
		return wFold, 100
	case "thousandfold":
		return wFold, 1000
	case "six":
		return wNumber, 6
	case "seven":
		return wNumber, 7
	case "eight":
		return wNumber, 8
	case "nine":
		return wNumber, 9
	case "ten":
		return wNumber, 10
	case "eleven":
		return wNumber, 11
	case "twelve":
		return wNumber, 12
	case "thirteen":
		return wNumber, 13
	case "fourteen":
		return wNumber, 14
	case "fifteen":
		return wNumber, 15
	case "sixteen":
		return wNumber, 16
	case "seventeen":
		return wNumber, 17
	case "eighteen":
		return wNumber, 18
	case "nineteen":
		return wNumber, 19
	case "twenty":
		return wNumber, 20
	case "thirty":
		return wNumber, 30
	case "forty", "fourty":
		return wNumber, 40
	case "fifty":
		return wNumber, 50
	case "sixty":
		return wNumber, 60
	case "seventy":
		return wNumber, 70
	case "eighty":
		return wNumber, 80
	case "ninety":
		return wNumber, 90
	case "hundred":
		return wHundred, 2
	case "thousand":
		return wScale, 3
	case "million":
		return wScale, 6
	case "billion":
		return wScale, 9
	case "trillion":
		return wScale, 12
	case "lakh", "lakhs", "lac", "lacs", "lkh", "lkhs":
		// South Asian scales: a lakh is 100,000, a crore 10,000,000
		// ("12 lakh", "three crore twelve lakh").
		return wScale, 5
	case "crore", "crores", "krore", "krores", "koti", "cr":
		return wScale, 7
	case "dozen":
		return wDozen, 12
	case "dozens":
		return wPlural, 12
	case "scores":
		return wPlural, 20
	case "hundreds":
		return wPlural, 100
	case "thousands":
		return wPlural, 1000
	case "millions":
		return wPlural, 1_000_000
	case "billions":
		return wPlural, 1_000_000_000
	case "tens":
		return wTens, 10
	case "several":
		return wSeveral, 3
	case "few":
		return wFew, 2
	case "a":
		return wA, 0
	case "an":
		return wAn, 0
	case "another":
		return wAnother, 0
	case "more":
		return wMore, 0
	case "than":
		return wThan, 0
	case "over":
		return wOver, 0
	case "above":
		return wAbove, 0
	case "nearly", "almost":
		return wNearly, 0
	case "about", "around", "some", "roughly", "approximately", "approx", "circa", "c":
		return wAbout, 0
	case "at":
		return wAt, 0
	case "least":
		return wLeast, 0
	case "most":
		return wMost, 0
	case "up":
		return wUp, 0
	case "to":
		return wTo, 0
	case "through", "thru":
		return wThrough, 0
	case "as":
		return wAs, 0
	case "many":
		return wMany, 0
	case "much":
		return wMuch, 0
	case "fewer", "less":
		return wFewer, 0
	case "under", "below":
		return wUnder, 0
	case "between":
		return wBetween, 0
	case "from":
		return wFrom, 0
	case "and":
		return wAnd, 0
	case "or":
		return wOr, 0
	case "plus":
		return wPlus, 0
	case "percent", "pct", "percents":
		return wPercent, 0
	case "per":
		return wPer, 0
	case "cent":
		return wCent, 0
	case "percentage":
		return wPercentage, 0
	case "point", "points":
		return wPoint, 0
	case "close":
		return wClose, 0
	case "just":
		return wJust, 0
	case "well":
		return wWell, 0
	case "shy":
		return wShy, 0
	case "of":
		return wOf, 0
	case "no":
		return wNo, 0
	case "not":
		return wNot, 0
	case "upwards", "upward":
		return wUpwards, 0
	case "in":
		return wIn, 0
	case "excess":
		return wExcess, 0
	case "so":
		return wSo, 0
	case "for":
		return wFor, 0
	case "odd":
		return wOdd, 0
	case "estimated":
		return wEstimated, 0
	case "half":
		return wHalf, 0
	case "couple":
		return wCouple, 0
	case "pair":
		return wPair, 0
	case "minus", "negative":
		return wMinus, 0
	case "sub":
		return wSub, 0
	case "slightly", "far", "marginally", "somewhat", "considerably", "substantially":
		return wIntensifier, 0
	case "little", "bit":
		return wLittle, 0
	case "maximum":
		return wMaximum, 0
	case "greater", "larger", "bigger", "higher":
		return wGreater, 0
	case "smaller", "lower":
		return wSmaller, 0
	case "equal", "equals", "equaling", "equalling":
		return wEqual, 0
	case "but":
		return wBut, 0
	case "north":
		return wNorth, 0
	case "beyond", "exceeding", "topping":
		return wBeyond, 0
	case "south":
		return wSouth, 0
	case "thereabouts":
		return wThereabouts, 0
	case "ish":
		return wIsh, 0
	case "minimum":
		return wMinimum, 0
	case "down":
		return wDown, 0
	case "by":
		return wBy, 0
	}
	return wNone, 0
}

// next reads the word after white space at i: its id, value, start and end.
func (r *qreader) next(i int) (word, int64, int, int) {
	j := i + 1 // most often one space before the word, read without a call
	if j >= len(r.s) || r.s[i] != ' ' || !isLetter(r.s[j]) {
		if j = r.space(i); j == i || j >= len(r.s) || !isLetter(r.s[j]) {
			return wNone, 0, j, j
		}
	}
	w, v, e := r.readWord(j)
	return w, v, j, e
}

// hedge kinds beyond the Qualifiers.
const (
	hNone = iota
	hQual
	hNearly
	hBetween
	hFrom
)

// contractHedges are the qualifier names of the JSON contract, read as
// hedges so that Quantity.String reads back.
var contractHedges = [...]struct {
	name string
	q    Qualifier
}{{"more_than ", MoreThan}, {"at_least ", AtLeast}, {"less_than ", LessThan}, {"at_most ", AtMost}, {"approx ", Approx}}

// A wordHedge is a hedge that is nothing but its words: the words after
// its first (up to two), and the kind and qualifier they make.
type wordHedge struct {
	rest [2]word
	n    int // words in rest
	kind int
	q    Qualifier
}

// wordHedges are the word hedges by their first word; of those with the
// same first word, the first that matches wins. prehedge reads the hedges
// with more to them ("more than or equal to", "a little over", "just
// under").
var wordHedges = [...][]wordHedge{
	wOver:      {{rest: [2]word{wThan}, n: 1, kind: hQual, q: MoreThan}, {kind: hQual, q: MoreThan}}, // "over than 60%", a common slip
	wAbove:     {{kind: hQual, q: MoreThan}},
	wBeyond:    {{kind: hQual, q: MoreThan}},
	wUpwards:   {{rest: [2]word{wOf}, n: 1, kind: hQual, q: MoreThan}},
	wNorth:     {{rest: [2]word{wOf}, n: 1, kind: hQual, q: MoreThan}},
	wIn:        {{rest: [2]word{wExcess, wOf}, n: 2, kind: hQual, q: MoreThan}},
	wAt:        {{rest: [2]word{wLeast}, n: 1, kind: hQual, q: AtLeast}, {rest: [2]word{wMost}, n: 1, kind: hQual, q: AtMost}},
	wA:         {{rest: [2]word{wMinimum, wOf}, n: 2, kind: hQual, q: AtLeast}, {rest: [2]word{wMaximum, wOf}, n: 2, kind: hQual, q: AtMost}},
	wNo:        {{rest: [2]word{wFewer, wThan}, n: 2, kind: hQual, q: AtLeast}, {rest: [2]word{wMore, wThan}, n: 2, kind: hQual, q: AtMost}},
	wNot:       {{rest: [2]word{wFewer, wThan}, n: 2, kind: hQual, q: AtLeast}, {rest: [2]word{wMore, wThan}, n: 2, kind: hQual, q: AtMost}},
	wUnder:     {{kind: hQual, q: LessThan}},
	wSouth:     {{rest: [2]word{wOf}, n: 1, kind: hQual, q: LessThan}},
	wUp:        {{rest: [2]word{wTo}, n: 1, kind: hQual, q: AtMost}},
	wAs:        {{rest: [2]word{wMany, wAs}, n: 2, kind: hQual, q: AtMost}, {rest: [2]word{wMuch, wAs}, n: 2, kind: hQual, q: AtMost}, {rest: [2]word{wFew, wAs}, n: 2, kind: hQual, q: Approx}},
	wEstimated: {{kind: hQual, q: Approx}},
	wAn:        {{rest: [2]word{wEstimated}, n: 1, kind: hQual, q: Approx}},
	wNearly:    {{kind: hNearly, q: Approx}},
	wClose:     {{rest: [2]word{wTo}, n: 1, kind: hNearly, q: Approx}},
	wBetween:   {{kind: hBetween, q: Range}},
	wFrom:      {{kind: hFrom, q: Range}},
}

// comparisonSigns are the signs read as hedges, longest first.
var comparisonSigns = [...]struct {
	sign string
	q    Qualifier
}{{">=", AtLeast}, {"=>", AtLeast}, {"<=", AtMost}, {"=<", AtMost}, {"> =", AtLeast}, {"< =", AtMost}, {"≥", AtLeast}, {"≤", AtMost}, {">", MoreThan}, {"<", LessThan}}

// orEqual reads "or equal to" after a strict comparison at e and returns
// its end, or -1.
func (r *qreader) orEqual(e int) int {
	w, _, _, e2 := r.next(e)
	if w != wOr {
		return -1
	}
	w, _, _, e3 := r.next(e2)
	if w != wEqual {
		return -1
	}
	if w, _, _, e4 := r.next(e3); w == wTo {
		return e4
	}
	return e3
}

// percentFirst reads "percent of", "percents of" or "per cent of" and the
// white space after it at i, and returns where the number begins, or i.
func (r *qreader) percentFirst(i int) int {
	if i >= len(r.s) || r.s[i]|0x20 != 'p' {
		return i
	}
	w, _, e := r.readWord(i)
	if w == wPer {
		if w2, _, _, e2 := r.next(e); w2 == wCent {
			w, e = wPercent, e2
		}
	}
	if w != wPercent {
		return i
	}
	if w2, _, _, e2 := r.next(e); w2 == wOf {
		if k := r.space(e2); k > e2 {
			return k
		}
	}
	return i
}

// orEqualThan reads "or equal than" or "or equal to" after a comparative
// at e ("greater or equal than", "less or equal to") and returns its end,
// or -1.
func (r *qreader) orEqualThan(e int) int {
	e2 := r.orEqual(e)
	if e2 < 0 {
		return -1
	}
	if w, _, _, e3 := r.next(e2); w == wThan {
		return e3
	}
	return e2
}

// prehedge reads a hedge at i. It returns the kind, the qualifier and the
// position after the hedge and the white space after it; kind hNone when
// there is none.
func (r *qreader) prehedge(i int) (int, Qualifier, int) {
	s := r.s
	if i >= len(s) {
		return hNone, 0, i
	}
	if s[i] == '~' {
		return hQual, Approx, r.space(i + 1)
	}
	if !isLetter(s[i]) {
		// Comparison signs: "> 10", ">=10", "≤ 5".
		if c := s[i]; c != '<' && c != '>' && c != '=' && c != 0xE2 {
			return hNone, 0, i
		}
		for _, c := range comparisonSigns {
			if strings.HasPrefix(s[i:], c.sign) {
				return hQual, c.q, r.space(i + len(c.sign))
			}
		}
		return hNone, 0, i
	}
	w, _, e := r.readWord(i)
	if e < len(s) && s[e] == '_' {
		for _, h := range contractHedges {
			if strings.HasPrefix(s[i:], h.name) {
				return hQual, h.q, r.space(i + len(h.name))
			}
		}
	}
	after := func(e int) int { return r.space(e) }
	// seq reads words ws after e; it returns the end or -1.
	seq := func(e int, ws ...word) int {
		for _, want := range ws {
			w, _, _, e2 := r.next(e)
			if w != want {
				return -1
			}
			e = e2
		}
		return e
	}
	// Hedges with more to them, then those whose words are all they need.
	switch w {
	case wSub:
		// "sub-300 sq m", "sub-7 nanometre chips": below the number.
		if e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
			return hQual, LessThan, e + 1
		}
	case wMore, wGreater:
		if e2 := seq(e, wThan); e2 > 0 {
			if e3 := r.orEqual(e2); e3 > 0 {
				return hQual, AtLeast, after(e3)
			}
			return hQual, MoreThan, after(e2)
		}
		if e2 := seq(e, wOr, wFewer); e2 > 0 { // "more or less"
			return hQual, Approx, after(e2)
		}
		if e2 := r.orEqualThan(e); e2 > 0 { // "greater or equal than 10"
			return hQual, AtLeast, after(e2)
		}
	case wAbout:
		if e < len(s) && s[e] == '.' && e-i <= 6 { // "approx.", "c."
			e++
		} else if e-i == 1 { // a lone "c" needs its point
			return hNone, 0, i
		}
		return hQual, Approx, after(e)
	case wFewer, wSmaller:
		if e2 := seq(e, wThan); e2 > 0 {
			if e3 := r.orEqual(e2); e3 > 0 {
				return hQual, AtMost, after(e3)
			}
			return hQual, LessThan, after(e2)
		}
		if e2 := r.orEqualThan(e); e2 > 0 { // "less or equal than 10"
			return hQual, AtMost, after(e2)
		}
	case wEqual:
		// "equal to or more than 10", "equal to or less than 10"
		if e2 := seq(e, wTo, wOr); e2 > 0 {
			w3, _, _, e3 := r.next(e2)
			if e4 := seq(e3, wThan); e4 > 0 {
				switch w3 {
				case wMore, wGreater:
					return hQual, AtLeast, after(e4)
				case wFewer, wSmaller:
					return hQual, AtMost, after(e4)
				}
			}
		}
		// "equal to 20", "equals 20", "equaling to 20": exactly.
		if e2 := seq(e, wTo); e2 > 0 {
			return hQual, Exact, after(e2)
		}
		if s[e-1]|0x20 == 's' {
			return hQual, Exact, after(e)
		}
	case wA:
		// "a little over"
		if w2, _, _, e2 := r.next(e); w2 == wLittle {
			if k, q, e3 := r.prehedge(r.space(e2)); k == hQual && (q == MoreThan || q == LessThan) {
				return k, q, e3
			}
		}
	case wIntensifier, wMuch:
		// "slightly more than", "far fewer than": the comparison stands.
		if k, q, e2 := r.prehedge(r.space(e)); r.space(e) > e && k == hQual && (q == MoreThan || q == LessThan) {
			return k, q, e2
		}
	case wJust, wWell:
		w2, _, _, e2 := r.next(e)
		switch w2 {
		case wMore, wFewer:
			if e3 := seq(e2, wThan); e3 > 0 {
				if w2 == wMore {
					return hQual, MoreThan, after(e3)
				}
				return hQual, LessThan, after(e3)
			}
		case wOver, wAbove:
			return hQual, MoreThan, after(e2)
		case wUnder:
			// "just under 500" and "well under 500" are both below 500:
			// "just" says how close, not that the figure may reach it.
			return hQual, LessThan, after(e2)
		case wShy:
			if e3 := seq(e2, wOf); e3 > 0 && w == wJust {
				return hQual, LessThan, after(e3)
			}
		}
	}
	if int(w) < len(wordHedges) {
		for _, h := range wordHedges[w] {
			if e2 := seq(e, h.rest[:h.n]...); e2 > 0 {
				if h.kind == hQual && (h.q == AtLeast || h.q == AtMost) {
					if e3 := r.orEqual(e2); e3 > 0 { // "at least or equal to 30"
						return h.kind, h.q, after(e3)
					}
				}
				return h.kind, h.q, after(e2)
			}
		}
	}
	return hNone, 0, i
}

// gluedCurrency reports whether the capitals code, written glued before an
// amount, name a currency ("USD10m", "RM8.50").
func gluedCurrency(code string) bool {
	switch code {
	case "USD", "EUR", "GBP", "RUB", "UAH", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "HKD", "SGD", "NZD", "MYR", "RM":
		return true
	}
	return false
}

// dollarSuffixes are the letters after "$" that say whose dollar it is
// ("$US", "$A", "$NZ"), longest first.
var dollarSuffixes = [...]string{"US", "AU", "NZ", "HK", "CA", "A", "C", "S"}

// dollarPrefixes are the letters before "$" that say whose dollar it is
// ("HK$", "A$", "NZ$"), "US$" apart.
var dollarPrefixes = [...]string{"HK", "NZ", "AU", "CA", "A", "C", "S", "R"}

// currency skips a currency sign at i ("$", "US$", "HK$", "$US", "€", "£", "¥",
// "₽", "₴", "₹") and returns the position after it, or i.
func (r *qreader) currency(i int) int {
	s := r.s
	if i >= len(s) || isDigit(s[i]) {
		return i // most often: the digits themselves
	}
	switch c := s[i]; {
	case c == '$':
		// "$US160 million", "$A82,615,680": whose dollar after the sign,
		// as Australian and New Zealand papers write it.
		if i+1 < len(s) && s[i+1]-'A' < 26 { // every suffix is in capitals
			for _, p := range dollarSuffixes {
				if k := i + 1 + len(p); k < len(s) && strings.HasPrefix(s[i+1:], p) && s[k] >= '0' && s[k] <= '9' {
					return k
				}
			}
		}
		return i + 1
	case c == 'U' && strings.HasPrefix(s[i:], "US$"):
		return i + 3
	case c >= 'A' && c <= 'Z' && i+2 < len(s) && (s[i+1] == '$' || s[i+2] == '$'):
		// "HK$5.4m", "A$80 million": whose dollar before the sign.
		for _, p := range dollarPrefixes {
			if k := i + len(p) + 1; k < len(s) && strings.HasPrefix(s[i:], p) && s[k-1] == '$' && isDigit(s[k]) {
				return k
			}
		}
	case c >= 'A' && c <= 'Z' && i+2 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z':
		// A currency code glued to the amount: "RM350,000", "USD10m".
		k := i + 2
		if s[k] >= 'A' && s[k] <= 'Z' {
			k++
		}
		if k < len(s) && isDigit(s[k]) && gluedCurrency(s[i:k]) {
			return k
		}
	case c == 0xE2 && (strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "₽") || strings.HasPrefix(s[i:], "₴") || strings.HasPrefix(s[i:], "₹")):
		return i + 3
	case c == 0xC2 && (strings.HasPrefix(s[i:], "£") || strings.HasPrefix(s[i:], "¥")):
		return i + 2
	}
	return i
}

// digits reads a numeral in digits at i with the locale's separators.
func (r *qreader) digits(i int) (numeral, int, bool) {
	var v numeral
	var d, size int
	if first, _ := r.digitAt(i); first < 0 {
		// ".5": a fraction without its zero (English separators only).
		if r.loc.decimal != '.' || i >= len(r.s) || r.s[i] != '.' {
			return v, i, false
		}
		if d2, _ := r.digitAt(i + 1); d2 < 0 {
			return v, i, false
		}
	}
	j := i
	sig, pend, intDigits := 0, 0, 0
	add := func(d int) {
		if d == 0 {
			if v.coef != 0 {
				pend++
			}
			return
		}
		if sig+pend+1 > maxCoefDigits {
			v.overflow = true
			return
		}
		for ; pend > 0; pend-- {
			v.coef *= 10
			sig++
		}
		v.coef = v.coef*10 + int64(d)
		sig++
	}
	// The first group: ASCII digits, the common case, without digitAt;
	// then any others.
	for j < len(r.s) && r.s[j]-'0' < 10 {
		add(int(r.s[j] - '0'))
		intDigits++
		j++
	}
	for {
		d, size = r.digitAt(j)
		if d < 0 {
			break
		}
		add(d)
		intDigits++
		j += size
	}
	// Groups of three after a group separator.
	if intDigits <= 3 {
		spaced := false
		for {
			k, ok := r.groupSep(j)
			if !ok {
				// English and the like group with an ordinary space only
				// for whole thousands or several groups: "6 000",
				// "1 000 000", but "12 500" may be two numbers.
				if r.loc.group == 0 || j >= len(r.s) || r.s[j] != ' ' {
					break
				}
				e3, ok3 := r.threeDigits(j + 1)
				if !ok3 || (r.s[j+1:e3] != "000" && !spaced && !r.spaceGroupFollows(e3)) {
					break
				}
				k, spaced = j+1, true
			}
			e, ok := r.threeDigits(k)
			if !ok {
				break
			}
			for k < e {
				d, size = r.digitAt(k)
				add(d)
				k += size
			}
			j = e
		}
	}
	// A fraction.
	frac := 0
	t, size := byte(tokNone), 0
	if j < len(r.s) {
		if t, size = r.s[j], 1; t >= utf8.RuneSelf {
			t, size = r.tokAt(j)
		}
	}
	if t == r.loc.decimal {
		if d, _ := r.digitAt(j + size); d >= 0 {
			j += size
			for {
				d, size = r.digitAt(j)
				if d < 0 {
					break
				}
				add(d)
				frac++
				j += size
			}
		}
	}
	v.exp = pend - frac
	if frac > 0 {
		v.prec = -frac
	} else {
		v.prec = pend
	}
	if v.coef == 0 {
		v.exp, v.prec = 0, -frac
	}
	// An exponent, as Decimal.String writes very large numbers: "1e31".
	if x, k := r.exponent(j); k > j {
		if x > maxExp || x < -maxExp {
			v.overflow = true
		}
		v.exp += x
		v.prec += x
		j = k
	}
	// Scientific notation: "2.998×10^8", "6.02 x 10^23", "1.6×10⁻¹⁹", and
	// "1.99×10−30" as a page flattens a superscript after the "×" sign.
	if j+3 < len(r.s) && timesAhead(r.s[j], r.s[j+1]) {
		x, k := r.timesTen(j)
		v.exp += x
		v.prec += x
		j = k
	}
	// A power: "1.1^23", "2.5^-1" (a sign before the number stays outside
	// it: "-2.5^-1" is −0.4), rounded to 15 significant digits.
	if j+1 < len(r.s) && r.s[j] == '^' && !v.overflow {
		if p, k, ok := power(v, r.s, j+1); ok {
			v.coef, v.exp, v.prec = p.coef, int(p.exp), int(p.exp)
			j = k
		}
	}
	return v, j, true
}

// power raises the numeral v to the exponent written at i ("23", "-1",
// "+23", "--23") and returns the result and the end of the exponent.
func power(v numeral, s string, i int) (Decimal, int, bool) {
	j, neg := i, false
	for j < len(s) && (s[j] == '-' || s[j] == '+') && j-i < 2 {
		neg = neg != (s[j] == '-')
		j++
	}
	k, x := j, 0
	for k < len(s) && isDigit(s[k]) && k-j < 3 {
		x = x*10 + int(s[k]-'0')
		k++
	}
	if k == j || k < len(s) && (isAlnum(s[k]) || s[k] == '^' || s[k] == '.' && k+1 < len(s) && isDigit(s[k+1])) {
		return Decimal{}, i, false
	}
	if neg {
		x = -x
	}
	base := float64(v.coef) * math.Pow(10, float64(v.exp))
	f := math.Pow(base, float64(x))
	if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) || f > 1e18 || f < 1e-15 {
		return Decimal{}, i, false
	}
	// Fifteen significant digits, without allocating.
	e10 := int(math.Floor(math.Log10(f)))
	c := int64(math.Round(f * math.Pow10(14-e10)))
	exp := e10 - 14
	if c >= 1_000_000_000_000_000 {
		c, exp = (c+5)/10, exp+1
	}
	for c != 0 && c%10 == 0 {
		c, exp = c/10, exp+1
	}
	d, err := NewDecimal(c, exp)
	if err != nil {
		return Decimal{}, i, false
	}
	return d, k, true
}

// exponent reads "e31" or "e-5" at i, not followed by a letter or digit
// beyond its digits; it returns the exponent and its end, or i.
func (r *qreader) exponent(i int) (int, int) {
	s := r.s
	if i+1 >= len(s) || (s[i] != 'e' && s[i] != 'E') {
		return 0, i
	}
	j, neg := i+1, false
	if s[j] == '-' || s[j] == '+' {
		neg = s[j] == '-'
		j++
	}
	k := j
	x := 0
	for k < len(s) && isDigit(s[k]) && k-j < 6 {
		x = x*10 + int(s[k]-'0')
		k++
	}
	if k == j || (k < len(s) && isAlnum(s[k])) {
		return 0, i
	}
	if neg {
		x = -x
	}
	return x, k
}

func isAlnum(c byte) bool { return isDigit(c) || isLetter(c) }

// superscripts are the digits and signs of an exponent written raised,
// each with the ASCII character it stands for.
var superscripts = [...]struct {
	text string
	c    byte
}{{"⁰", '0'}, {"¹", '1'}, {"²", '2'}, {"³", '3'}, {"⁴", '4'}, {"⁵", '5'}, {"⁶", '6'}, {"⁷", '7'},
	{"⁸", '8'}, {"⁹", '9'}, {"⁻", '-'}, {"⁺", '+'}}

// timesAhead reports whether the bytes a and b after a number can begin a
// times sign ("×", "x", "*", each perhaps after a space): a look before
// timesTen, cheap enough for every number.
func timesAhead(a, b byte) bool {
	if a == ' ' {
		a = b
	}
	return a == 0xC3 || a == 'x' || a == '*'
}

// timesTen reads a power of ten that multiplies a number in scientific
// notation at i: "×10^8", " x 10^-5", "*10^23", "×10⁻¹⁹" (raised), and
// after the "×" sign only "×10−30" or "×10-8", a raised exponent whose
// superscript a page has lost. It returns the exponent and its end, or i.
func (r *qreader) timesTen(i int) (int, int) {
	s := r.s
	if i+3 >= len(s) {
		return 0, i
	}
	j := i
	if s[j] == ' ' {
		j++
	}
	if c := s[j]; c != 0xC3 && c != 'x' && c != '*' {
		return 0, i // most numbers: a quick look at the byte after them
	}
	sign := false // the "×" sign, which only scientific notation puts before "10"
	switch {
	case strings.HasPrefix(s[j:], "×"):
		j, sign = j+len("×"), true
	case j < len(s) && (s[j] == 'x' || s[j] == '*'):
		j++
	default:
		return 0, i
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if !strings.HasPrefix(s[j:], "10") {
		return 0, i
	}
	j += 2
	var buf [8]byte
	n := 0
	switch {
	case j < len(s) && s[j] == '^':
		j++
		for j < len(s) && n < len(buf) && (isDigit(s[j]) || n == 0 && (s[j] == '-' || s[j] == '+')) {
			buf[n] = s[j]
			n, j = n+1, j+1
		}
	case j < len(s) && s[j] >= 0x80:
		for n < len(buf) {
			k := 0
			for _, sup := range superscripts {
				if strings.HasPrefix(s[j:], sup.text) && (isDigit(sup.c) || n == 0) {
					buf[n], k = sup.c, len(sup.text)
					break
				}
			}
			if k == 0 && sign && n == 0 && strings.HasPrefix(s[j:], "−") {
				buf[n], k = '-', len("−")
			}
			if k == 0 {
				break
			}
			n, j = n+1, j+k
		}
	case sign && j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]):
		buf[0], n, j = '-', 1, j+1
	}
	if sign && n == 1 && buf[0] == '-' {
		for j < len(s) && n < len(buf) && isDigit(s[j]) {
			buf[n] = s[j]
			n, j = n+1, j+1
		}
	}
	x, neg, digits := 0, false, 0
	for _, c := range buf[:n] {
		switch {
		case c == '-':
			neg = true
		case isDigit(c):
			x, digits = x*10+int(c-'0'), digits+1
		}
	}
	if digits == 0 || digits > 3 || j < len(s) && isAlnum(s[j]) {
		return 0, i
	}
	if neg {
		x = -x
	}
	return x, j
}

// tokAt is tok at i, and tokNone with size 0 at the end of the text. It
// reads an ASCII byte itself rather than through tok, which is not
// inlined.
func (r *qreader) tokAt(i int) (byte, int) {
	if i >= len(r.s) {
		return tokNone, 0
	}
	if c := r.s[i]; c < utf8.RuneSelf {
		return c, 1
	}
	return tokWide(r.s, i)
}

// groupSep reports whether a group separator of the locale is at i and
// returns the position after it.
func (r *qreader) groupSep(i int) (int, bool) {
	t, size := r.tokAt(i)
	switch {
	case t == tokSpace:
		return i + size, true
	case t == ' ' && r.loc.group == 0:
		return i + 1, true
	case t != tokNone && t == r.loc.group:
		return i + size, true
	}
	return i, false
}

// spaceGroupFollows reports whether another ordinary-space group of three
// digits follows at i ("1 234 567").
func (r *qreader) spaceGroupFollows(i int) bool {
	if i >= len(r.s) || r.s[i] != ' ' {
		return false
	}
	_, ok := r.threeDigits(i + 1)
	return ok
}

// threeDigits reports whether exactly three digits stand at i (no fourth
// digit follows) and returns their end.
func (r *qreader) threeDigits(i int) (int, bool) {
	j := i
	for n := 0; n < 3; n++ {
		d, size := r.digitAt(j)
		if d < 0 {
			return i, false
		}
		j += size
	}
	if d, _ := r.digitAt(j); d >= 0 {
		return i, false
	}
	return j, true
}

// scale reads a scale after a numeral in digits ending at i: a glued
// suffix ("3k", "2bn") or a word after a space ("1.2 million").
func (r *qreader) scale(v *numeral, i int) int {
	s := r.s
	if i < len(s) && isLetter(s[i]) {
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			return i
		}
		low, n := lower8(s[i:j])
		switch string(low[:n]) {
		case "k", "thousand":
			v.mulPow10(3)
		case "bn", "billion":
			v.mulPow10(9)
		case "mn", "mln", "mil", "million":
			v.mulPow10(6) // "RM3.5mil", as Malaysian papers write it
		case "tn", "trillion":
			v.mulPow10(12)
		case "m":
			// "$5m" and "1.2m" are millions; "5m" alone may be metres,
			// but not as the upper end of "1.5m to 2m".
			if !v.currency && s[i] != 'M' && v.prec >= 0 && r.rangePow != 6 {
				return i
			}
			v.mulPow10(6)
		case "b":
			// "$2b" and "2.5b" are billions; "5b" alone may be a name.
			if !v.currency && v.prec >= 0 && r.rangePow != 9 {
				return i
			}
			v.mulPow10(9)
		default:
			return i
		}
		v.scaled = true
		return j
	}
	// The words of scale begin with one of few letters ("hundred",
	// "thousand", "million", "billion", "crore", "k", "dozen", "lakh"): a
	// look at it spares the reading of every other word after a number.
	if i+1 < len(s) && s[i] == ' ' && isLetter(s[i+1]) && !scaleInitial(s[i+1]) {
		return i // the common case, one space before a word, without a call
	}
	if j := r.space(i); j == i || j >= len(s) || !scaleInitial(s[j]) {
		return i
	}
	w, x, _, e := r.next(i)
	if w == wPlural && x == 12 {
		w = wDozen // "3 dozens"
	}
	if w == wPlural && (x == 1000 || x == 1_000_000 || x == 1_000_000_000) {
		w, x = wScale, int64(numDigits(x)-1) // "3 millions", as some write million
	}
	switch w {
	case wDozen:
		// "3 dozen"
		if v.coef > 1e15 || v.overflow {
			return i
		}
		d, err := NewDecimal(v.coef*12, v.exp)
		if err != nil {
			return i
		}
		v.coef, v.exp, v.prec = d.coef, int(d.exp), min(v.prec, 0)
		return e
	case wHundred, wScale:
		v.mulPow10(int(x))
		v.scaled = true
		// "1.2 million" may go on: "one hundred thousand".
		if w == wHundred {
			if w2, x2, _, e2 := r.next(e); w2 == wScale {
				v.mulPow10(int(x2))
				return e2
			}
		}
		return e
	case wNone:
		if e > i {
			low, n := lower8(s[r.space(i):e])
			switch string(low[:n]) {
			case "k":
				// "4.7 k"
				v.mulPow10(3)
			case "bn":
				v.mulPow10(9)
			case "mn", "mln":
				v.mulPow10(6)
			default:
				return i
			}
			v.scaled = true
			return e
		}
	}
	return i
}

// scaleInitial reports whether a word of scale can begin with c.
func scaleInitial(c byte) bool {
	switch c | 0x20 {
	case 'h', 't', 'm', 'b', 'c', 'k', 'd', 'l':
		return true
	}
	return false
}

// lower8 returns s in lower case when it has at most eight bytes, without
// allocating; n is 0 for a longer s.
func lower8(s string) (low [8]byte, n int) {
	if len(s) > len(low) {
		return low, 0
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	return low, len(s)
}

// words reads a number in words at i ("two hundred and fifty").
func (r *qreader) words(i int) (numeral, int, bool) {
	var v numeral
	const (
		sStart = iota
		sUnit  // after one..nine
		sTeen  // after ten..nineteen
		sTen   // after twenty..ninety
		sHundred
		sScale
	)
	var total, cur, base int64 // base: cur before an "and" ("three hundred and two dozens")
	state, lastScale, end := sStart, 100, i
	j := i
	for {
		w, x, e := r.readWord(j)
		switch w {
		case wNumber:
			switch {
			case x == 0:
				if state != sStart {
					goto done
				}
			case x < 10:
				if state == sUnit || state == sTeen {
					goto done
				}
				state = sUnit
			case x < 20:
				if state == sUnit || state == sTeen || state == sTen {
					goto done
				}
				state = sTeen
			default:
				if state == sUnit || state == sTeen || state == sTen {
					goto done
				}
				state = sTen
			}
			cur += x
		case wHundred:
			if state == sStart || state == sHundred || state == sScale || cur >= 100 {
				goto done
			}
			cur *= 100
			state = sHundred
		case wScale:
			if state == sStart || state == sScale || int(x) >= lastScale {
				goto done
			}
			total += cur * ipow10(int(x))
			cur, lastScale, state = 0, int(x), sScale
		case wA, wAn, wAnother:
			// "a hundred and twenty", "a thousand", "another thousand".
			if state != sStart {
				goto done
			}
			if w2, _, _, _ := r.next(e); w2 != wHundred && w2 != wScale {
				goto done
			}
			cur, state = 1, sUnit
		case wDozen, wPlural:
			// "two dozen", "four dozens", "two hundred dozens"; a plural
			// scale multiplies all before it: "three billions", "three
			// thousand millions".
			if state == sStart || state == sScale && w != wPlural {
				goto done
			}
			switch {
			case x == 12 && state != sScale:
				cur = base + (cur-base)*12
			case w == wPlural && (x == 1000 || x == 1_000_000 || x == 1_000_000_000) && total+cur < 1_000_000:
				total, cur = 0, (total+cur)*x
			default:
				goto done
			}
			end = e
			goto done
		default:
			goto done
		}
		end = e
		// What joins this word to the next: a hyphen after a ten
		// ("twenty-five"), white space, or "and" after a hundred or a scale.
		if state == sTen && e+1 < len(r.s) && r.s[e] == '-' && isLetter(r.s[e+1]) {
			j = e + 1
			continue
		}
		if state == sTen && x%10 == 0 {
			// "sixty - four", "sixty -four": a ten and a unit split by a
			// spaced hyphen, as speech is transcribed.
			if k := r.space(e); k+1 < len(r.s) && r.s[k] == '-' {
				k2 := r.space(k + 1)
				if w2, x2, _ := r.readWord(k2); (k > e || k2 > k+1) && w2 == wNumber && x2 > 0 && x2 < 10 {
					j = k2
					continue
				}
			}
		}
		k := r.space(e)
		if k == e || k >= len(r.s) || !isLetter(r.s[k]) {
			break
		}
		if (state == sHundred || state == sScale) && (r.s[k]|0x20) == 'a' {
			if w2, _, e2 := r.readWord(k); w2 == wAnd {
				k2 := r.space(e2)
				if w3, x3, e3 := r.readWord(k2); k2 > e2 && w3 == wNumber && x3 > 0 {
					if den, _ := r.fractionAfter(e3, x3); x3 < 10 && den > 0 {
						break // "one hundred and three quarters": a mixed number
					}
					base = cur
					j = k2
					continue
				}
				break
			}
		}
		j = k
	}
done:
	if end == i {
		return v, i, false
	}
	v.words = true
	// Ending on a scale word ("five thousand", "two hundred"): the scale
	// may apply to a bare number before it in a range ("four to five
	// thousand" is 4,000 to 5,000).
	if state == sScale && cur == 0 && total > 0 {
		v.scaled, v.scalePow = true, lastScale
	} else if state == sHundred && total == 0 {
		v.scaled, v.scalePow = true, 2
	}
	v.coef, v.exp = total+cur, 0
	d, _ := NewDecimal(v.coef, 0)
	v.coef, v.exp = d.coef, int(d.exp)
	v.prec = v.exp
	return v, end, true
}

func ipow10(k int) int64 {
	p := int64(1)
	for ; k > 0; k-- {
		p *= 10
	}
	return p
}

// core reads the number at i: digits with a scale, words, "a dozen", or a
// vague amount.
func (r *qreader) core(i int) (numeral, int, bool) {
	s := r.s
	if i >= len(s) {
		return numeral{}, i, false
	}
	// A sign: "-5", "−5", "minus five" (an ASCII byte but "-" is none).
	if c := s[i]; c == '-' || c >= utf8.RuneSelf {
		if t, size := r.tokAt(i); t == '-' || (t == tokDash && strings.HasPrefix(s[i:], "−")) {
			if d, _ := r.digitAt(i + size); d >= 0 || r.currency(i+size) > i+size { // "-5", "-$5m"
				v, e, ok := r.core(i + size)
				if ok && !v.vague {
					v.neg = !v.neg
					return v, e, true
				}
			}
			return numeral{}, i, false
		}
	}
	if j := r.currency(i); j > i {
		v, e, ok := r.digits(j)
		if !ok {
			return v, i, false
		}
		v.currency = true
		e = r.half(&v, e)
		if e2 := r.scale(&v, e); e2 > e {
			e = r.half(&v, e2) // "$3 million and a half"
		}
		return v, e, true
	}
	if d, _ := r.digitAt(i); d >= 0 || (s[i] == '.' && r.loc.decimal == '.') {
		v, e, ok := r.digits(i)
		if !ok {
			return v, i, false
		}
		e = r.half(&v, e)
		if e2 := r.scale(&v, e); e2 > e {
			e = r.half(&v, e2) // "3 million and a half"
		}
		// "1000s", "100s of": at least that many, vaguely.
		if e < len(s) && s[e] == 's' && (e+1 == len(s) || !isAlnum(s[e+1])) && !v.scaled && v.prec >= 2 && v.coef != 0 {
			v.vague = true
			e++
		}
		return v, e, true
	}
	if !isLetter(s[i]) {
		return numeral{}, i, false
	}
	w, x, e := r.readWord(i)
	switch w {
	case wNumber:
		if x > 0 && x < 10 {
			if v, e2, ok := r.fractionOfScale(x, e); ok {
				return v, e2, true // "three quarters of a million"
			}
		}
		v, e, ok := r.words(i)
		if ok {
			if e2 := r.point(&v, e); e2 > e {
				e = r.scale(&v, e2)
			} else if e2 := r.half(&v, e); e2 > e {
				e = r.scale(&v, e2)
			}
		}
		return v, e, ok
	case wFold:
		// "sixfold", "a hundredfold": the multiple, as its number.
		d, _ := NewDecimal(x, 0)
		return numeral{coef: d.coef, exp: int(d.exp), prec: int(d.exp), words: true}, e, true
	case wMinus:
		k := r.space(e)
		if k == e && e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
			k = e + 1 // "minus-5", as some write it
		}
		if k > e {
			if v, e2, ok := r.core(k); ok && !v.vague && !v.neg {
				v.neg = true
				return v, e2, true
			}
		}
	case wA, wAn, wAnother:
		if v, e2, ok := r.fractionOfScale(1, e); ok {
			return v, e2, true // "a quarter of a million"
		}
		// "another thousand" is one more thousand: a thousand.
		w2, _, _, e2 := r.next(e)
		switch w2 {
		case wHundred, wScale:
			v, e3, ok := r.words(i)
			if ok && w2 == wScale {
				e3 = r.half(&v, e3) // "a million and a half"
			}
			return v, e3, ok
		case wDozen:
			v := numeral{coef: 12, words: true}
			return v, r.half(&v, e2), true // "a dozen and a half"
		case wHalf:
			if v, e3, ok := r.halfOf(e2); ok {
				return v, e3, true // "a half million", "a half-dozen"
			}
		case wFew:
			return r.vague(2, e2)
		case wPair:
			// "a pair of gunmen": two.
			return numeral{coef: 2, words: true}, e2, true
		case wCouple:
			// "a couple", "a couple of hundred": about two.
			v := numeral{coef: 2, words: true, approx: true}
			if w3, _, _, e3 := r.next(e2); w3 == wOf {
				if w4, x4, _, e4 := r.next(e3); w4 == wHundred || w4 == wScale {
					v.mulPow10(int(x4))
					return v, e4, true
				}
			} else if w3 == wHundred || w3 == wScale {
				v.mulPow10(int(x4of(r, e2)))
				return v, r.wordEnd(e2), true
			}
			return v, e2, true
		}
	case wPlural:
		// "hundreds of thousands"
		if x == 100 {
			if w2, _, _, e2 := r.next(e); w2 == wOf {
				if w3, x3, _, e3 := r.next(e2); w3 == wPlural && x3 >= 1000 {
					return r.vague(100*x3, e3)
				}
			}
		}
		// "scores of 80": a noun, not an amount.
		if w2, _, _, e2 := r.next(e); w2 == wOf {
			if d, _ := r.digitAt(r.space(e2)); d >= 0 {
				return numeral{}, i, false
			}
		}
		return r.vague(x, e)
	case wTens:
		if w2, _, _, e2 := r.next(e); w2 == wOf {
			if w3, x3, _, e3 := r.next(e2); w3 == wPlural && x3 >= 1000 {
				return r.vague(10*x3, e3)
			}
		}
	case wSeveral:
		return r.vague(3, e)
	case wHalf:
		if v, e2, ok := r.halfOf(e); ok {
			return v, e2, true
		}
	}
	return numeral{}, i, false
}

// halfOf reads the dozen or the scale that "half" ending at e halves:
// "half a million", "half a dozen", "half-dozen", "half million" (after
// "a": "a half million", "a half-dozen").
func (r *qreader) halfOf(e int) (numeral, int, bool) {
	s := r.s
	k := e
	if w2, _, _, e2 := r.next(e); w2 == wA {
		k = e2
	}
	var w3 word
	var x3 int64
	var e3 int
	if k == e && k+1 < len(s) && s[k] == '-' && isLetter(s[k+1]) {
		w3, x3, e3 = r.readWord(k + 1)
	} else {
		w3, x3, _, e3 = r.next(k)
	}
	switch w3 {
	case wScale:
		v := numeral{coef: 5, exp: -1, prec: -1, words: true}
		v.mulPow10(int(x3))
		return v, e3, true
	case wDozen:
		return numeral{coef: 6, words: true}, e3, true
	}
	return numeral{}, e, false
}

// fractionOfScale reads a fraction of a scale after its numerator num,
// whose word ends at e: "a quarter of a million" (250000), "three quarters
// of a billion", "a third of a million" (333333, approximately, as a
// fraction that does not terminate is read to six places).
func (r *qreader) fractionOfScale(num int64, e int) (numeral, int, bool) {
	den, e2 := r.fractionAfter(e, num)
	if den == 0 {
		return numeral{}, e, false
	}
	w3, _, _, e3 := r.next(e2)
	if w3 != wOf {
		return numeral{}, e, false
	}
	w4, _, _, e4 := r.next(e3)
	if w4 != wA {
		return numeral{}, e, false
	}
	w5, x5, _, e5 := r.next(e4)
	if w5 != wScale {
		return numeral{}, e, false
	}
	if x5 > 15 {
		return numeral{}, e, false
	}
	// The whole number nearest num/den of the scale, trailing zeros in the
	// exponent.
	p := int64(1)
	for range x5 {
		p *= 10
	}
	v := numeral{coef: (2*num*p/den + 1) / 2, words: true, scaled: true, scalePow: int(x5), approx: num*p%den != 0}
	for v.coef%10 == 0 && v.coef > 0 {
		v.coef /= 10
		v.exp++
	}
	v.prec = v.exp
	return v, e5, true
}

// point reads the decimals of a number in words at e: "point five",
// "point zero two". It sets them in v and returns their end, or e.
func (r *qreader) point(v *numeral, e int) int {
	w, _, _, k := r.next(e)
	if w != wPoint || v.vague || v.exp < 0 {
		return e
	}
	// The number so far is a whole number: coef × 10^exp with exp ≥ 0.
	coef, exp, end := v.coef, v.exp, e
	for exp > 0 && coef <= 1e17 {
		coef *= 10
		exp--
	}
	if exp != 0 {
		return e
	}
	frac := 0
	if w2, x, k1, _ := r.next(k); w2 == wNumber && x >= 10 && x < 100 && coef <= 1e15 {
		// "three hundred point fifty-two": the decimals read as one number.
		if d, k2, ok := r.words(k1); ok && !d.scaled && d.exp == 0 && d.coef >= 10 && d.coef < 100 {
			coef, frac, end = coef*100+d.coef, 2, k2
		}
	}
	for two := frac > 0; !two; {
		w2, x, _, k2 := r.next(k)
		if w2 != wNumber || x > 9 || coef > 1e16 {
			break
		}
		coef = coef*10 + x
		frac++
		k, end = k2, k2
	}
	if frac == 0 {
		return e
	}
	d, err := NewDecimal(coef, -frac)
	if err != nil {
		return e
	}
	v.coef, v.exp, v.prec = d.coef, int(d.exp), -frac
	return end
}

// x4of returns the power of ten of the scale word after e.
func x4of(r *qreader, e int) int64 {
	_, x, _, _ := r.next(e)
	return x
}

// wordEnd returns the end of the word after e.
func (r *qreader) wordEnd(e int) int {
	_, _, _, end := r.next(e)
	return end
}

// half reads a half or a quarter after a number at e: "and a half",
// "½", "¼", "¾"; it adds it to v and returns the new end, or e.
func (r *qreader) half(v *numeral, e int) int {
	s := r.s
	if e >= len(s) {
		return e
	}
	switch s[e] {
	case ' ', '\t', '\n', '\r', '-', 0xC2, 0xE2:
		// A fraction sign, white space (odd spaces begin with 0xC2 or
		// 0xE2) or a hyphen: what every case below begins with.
	default:
		return e
	}
	if s[e] == ' ' && e+1 < len(s) && isLetter(s[e+1]) && s[e+1]|0x20 != 'a' {
		return e // a word after one space: only "and" goes on (see below)
	}
	add, end := int64(0), e
	switch {
	case strings.HasPrefix(s[e:], "½"):
		add, end = 5, e+2
	case strings.HasPrefix(s[e:], "¼"):
		add, end = 25, e+2
	case strings.HasPrefix(s[e:], "¾"):
		add, end = 75, e+2
	case v.prec >= 0 && e+4 <= len(s) && s[e] == ' ' && isDigit(s[e+1]) && s[e+2] == '/' && isDigit(s[e+3]) &&
		(e+4 == len(s) || !isAlnum(s[e+4]) && s[e+4] != '/'),
		v.prec >= 0 && e+5 <= len(s) && s[e] == ' ' && s[e+1] == ' ' && isDigit(s[e+2]) && s[e+3] == '/' && isDigit(s[e+4]) &&
			(e+5 == len(s) || !isAlnum(s[e+5]) && s[e+5] != '/'):
		if s[e+1] == ' ' {
			e++ // "2  1/4"
		}
		// "1 1/2", "2 3/4", "3 5/8": a mixed number, when the fraction
		// ends within three places.
		num, den := int64(s[e+1]-'0'), int64(s[e+3]-'0')
		if num == 0 || num >= den || 1000*num%den != 0 {
			return e
		}
		add, end = mixedAdd(1000*num/den), e+4
	case e+11 <= len(s) && s[e] == '-' && strings.EqualFold(s[e:e+11], "-and-a-half") && (e+11 == len(s) || !isLetter(s[e+11])):
		// "two-and-a-half-hour"
		add, end = 5, e+11
	default:
		// Only "and" goes on: a look at its first letter spares the
		// reading of every other word after a number.
		if j := r.space(e); j == e || j+3 >= len(s) || s[j]|0x20 != 'a' {
			return e
		}
		w, _, _, e2 := r.next(e)
		if w != wAnd {
			return e
		}
		// "1 and 3/4": a whole number and a fraction in digits that ends
		// within three places.
		if k := r.space(e2); v.prec >= 0 && !v.words && k > e2 && k+3 <= len(s) && isDigit(s[k]) && s[k+1] == '/' &&
			isDigit(s[k+2]) && (k+3 == len(s) || !isAlnum(s[k+3]) && s[k+3] != '/') {
			num, den := int64(s[k]-'0'), int64(s[k+2]-'0')
			if num == 0 || num >= den || 1000*num%den != 0 {
				return e
			}
			add, end = mixedAdd(1000*num/den), k+3
			break
		}
		// "and a half", "and one half", "and a quarter", "and three
		// quarters", "and a fifth", "and three eighths": a fraction that
		// ends within three places.
		w2, x2, _, e3 := r.next(e2)
		if w2 == wA || w2 == wNumber && x2 == 1 {
			x2 = 1
		} else if w2 != wNumber || x2 < 2 || x2 > 9 {
			return e
		}
		den, e4 := r.fractionAfter(e3, x2)
		if den == 0 {
			return e
		}
		add, end = mixedAdd(1000*x2/den), e4
		if 1000*x2%den != 0 {
			// "six and two-thirds", "one and a third": a fraction that
			// does not terminate, rounded to six places; the writer states
			// it exactly, and the precision says where it was cut.
			add = (2_000_000*x2/den + 1) / 2
		}
	}
	if v.vague || v.overflow {
		return e
	}
	d, err := v.decimal()
	if err != nil {
		return e
	}
	frac, _ := NewDecimal(add, -len(strconv.FormatInt(add, 10)))
	// After a dozen or a scale of millions and up, the fraction is of it:
	// "a dozen and a half" is 18, "two million and a half" 2,500,000.
	if k := r.wordStart(e); k < e {
		switch w, x, _ := r.readWord(k); {
		case w == wDozen:
			frac, err = frac.Mul(DecimalOf(12))
		case w == wScale && x >= 6:
			frac, err = NewDecimal(frac.coef, int(frac.exp)+int(x))
		}
		if err != nil {
			return e
		}
	}
	sum, err := d.Add(frac)
	if err != nil {
		return e
	}
	v.coef, v.exp = sum.coef, int(sum.exp)
	v.prec = min(v.prec, frac.Exponent())
	return end
}

// fractionAfter returns the denominator of the fraction word after white
// space or a hyphen at e ("three fifths", "two-thirds") that a numerator k
// can take, and the word's end: singular after one ("a fifth"), plural
// after more ("three fifths"), the numerator below the denominator; 0 when
// there is none.
func (r *qreader) fractionAfter(e int, k int64) (int64, int) {
	var k4, e4 int
	if e+1 < len(r.s) && r.s[e] == '-' && isLetter(r.s[e+1]) {
		k4 = e + 1
		_, _, e4 = r.readWord(k4)
	} else {
		_, _, k4, e4 = r.next(e)
	}
	low, n := lower8(r.s[k4:e4])
	if n < 4 {
		return 0, e
	}
	plural := low[n-1] == 's'
	var den int64
	switch string(low[:n]) {
	case "half", "halves":
		den, plural = 2, n == 6
	case "third", "thirds":
		den = 3
	case "quarter", "quarters", "fourth", "fourths":
		den = 4
	case "fifth", "fifths":
		den = 5
	case "sixth", "sixths":
		den = 6
	case "seventh", "sevenths":
		den = 7
	case "eighth", "eighths":
		den = 8
	case "ninth", "ninths":
		den = 9
	case "tenth", "tenths":
		den = 10
	}
	if den == 0 || k >= den || plural != (k > 1) {
		return 0, e
	}
	return den, e4
}

// wordStart returns the start of the word of letters that ends at e, or e
// when none does.
func (r *qreader) wordStart(e int) int {
	k := e
	for k > 0 && e-k < 16 && isLetter(r.s[k-1]) {
		k--
	}
	return k
}

// mixedAdd returns the thousandths t as the digits half adds: 500 as 5,
// 250 as 25, 125 as 125.
func mixedAdd(t int64) int64 {
	for t%10 == 0 && t > 0 {
		t /= 10
	}
	return t
}

// vague returns the vague amount base at e, scaled by a scale word after it
// ("several hundred", "a few thousand").
func (r *qreader) vague(base int64, e int) (numeral, int, bool) {
	v := numeral{coef: base, vague: true, words: true}
	if base < 10 {
		if w, x, _, e2 := r.next(e); w == wHundred || w == wScale {
			v.mulPow10(int(x))
			e = e2
		}
	}
	d, _ := NewDecimal(v.coef, v.exp)
	v.coef, v.exp = d.coef, int(d.exp)
	v.prec = d.magnitude()
	return v, e, true
}

// percent reads a percent sign or word at i.
func (r *qreader) percent(i int) (int, bool) {
	s := r.s
	if i < len(s) && s[i] == '%' {
		return i + 1, true // the common case, without a call to tokAt
	}
	j := i
	if j < len(s) && (s[j] == ' ' || s[j] == 0xC2 || s[j] == 0xE2) {
		j = r.space(j)
	}
	if t, size := r.tokAt(j); t == '%' {
		return j + size, true
	}
	// "1.38pc", "up 5pc": glued, as British papers write per cent.
	if j == i && j+1 < len(s) && s[j] == 'p' && s[j+1] == 'c' && (j+2 == len(s) || !isAlnum(s[j+2])) {
		return j + 2, true
	}
	if j == i || j >= len(s) || !isLetter(s[j]) {
		return i, false
	}
	w, _, e := r.readWord(j)
	switch w {
	case wPercent:
		return e, true
	case wPer:
		if w2, _, _, e2 := r.next(e); w2 == wCent {
			return e2, true
		}
	case wPercentage:
		if w2, _, _, e2 := r.next(e); w2 == wPoint {
			return e2, true
		}
		if w2, _, _, _ := r.next(e); w2 != wOf {
			return e, true // "30 percentage", as some write percent
		}
	}
	return i, false
}

// rangeSep reads the separator of a range at i: a dash (no spaces, or
// spaces on both sides), or "to", "and" or "or" as allowed. It returns the
// position of the second number.
func (r *qreader) rangeSep(i int, to, and, or bool) (int, bool) {
	s := r.s
	if i >= len(s) {
		return i, false
	}
	if to && i+4 < len(s) && s[i] == '-' && s[i+1:i+4] == "to-" && s[i+4] >= '0' && s[i+4] <= '9' {
		return i + 4, true // "0-to-60", one hyphenated word
	}
	if t, size := r.tokAt(i); t == '-' || t == tokDash || t == '~' {
		return i + size, true
	}
	j := r.space(i)
	if j == i || j >= len(s) {
		return i, false
	}
	if t, size := r.tokAt(j); t == '-' || t == tokDash || t == '~' {
		// "30 - 40", "30 ~ 40": spaced on both sides
		if k := r.space(j + size); k > j+size {
			return k, true
		}
		return i, false
	}
	w, _, e := r.readWord(j)
	if w == wUp && to {
		// "from 30 up to 40"
		if w2, _, _, e2 := r.next(e); w2 == wTo {
			w, e = wTo, e2
		}
	}
	if w == wThrough && to {
		w = wTo // "ages 18 through 24"
	}
	if (w == wTo && to) || (w == wAnd && and) || (w == wOr && or) {
		if k := r.space(e); k > e {
			return k, true
		}
	}
	return i, false
}

// unitRange reads the second end of a range whose ends both carry the same
// unit glued to them, at e after the first number: "15kHz and 17kHz",
// "10kg to 20kg". The unit is one to four letters that are not an ending
// of a number of another kind ("5am", "1990s", "5th"); it returns the
// second number and the end of its unit.
func (r *qreader) unitRange(e int, to, and, or bool) (numeral, int, bool) {
	s := r.s
	u := e
	for u < len(s) && isLetter(s[u]) && u-e <= 4 {
		u++
	}
	n := u - e
	if n == 0 || n > 4 || u < len(s) && isDigit(s[u]) {
		return numeral{}, e, false
	}
	switch low, m := lower8(s[e:u]); string(low[:m]) {
	case "am", "pm", "s", "th", "st", "nd", "rd", "m", "b", "k", "bn", "mn", "tn":
		return numeral{}, e, false
	}
	k, ok := r.rangeSep(u, to, and, or)
	if !ok {
		return numeral{}, e, false
	}
	hi, k2, ok := r.core(k)
	if !ok || k2+n > len(s) || s[k2:k2+n] != s[e:u] || k2+n < len(s) && isAlnum(s[k2+n]) {
		return numeral{}, e, false
	}
	return hi, k2 + n, true
}

// rangeWordAt reports whether a word after one space at e can be a unit
// rather than the word that joins a range's ends ("to", "and", "up to"): a
// look before spacedUnitRange.
func (r *qreader) rangeWordAt(e int) bool {
	s := r.s
	if e+4 >= len(s) || s[e] != ' ' || !isLetter(s[e+1]) {
		return false
	}
	switch s[e+1 : e+4] {
	case "to ", "and", "up ":
		return false
	}
	return true
}

// spacedUnitRange reads the second end of a range after "between" or
// "from" whose ends both carry the same unit of one or two words after a
// space, at e after the first number: "from 450 sq ft to 900 sq ft",
// "between 5 km and 8 km". A word of the grammar ("to", "million",
// "percent") is no unit. It returns the second number and the end of its
// unit.
func (r *qreader) spacedUnitRange(e int, and bool) (numeral, int, bool) {
	s := r.s
	u := e
	for words := 0; words < 2 && u+1 < len(s) && s[u] == ' ' && isLetter(s[u+1]); words++ {
		k := u + 1
		for k < len(s) && isLetter(s[k]) {
			k++
		}
		if k-u > 13 || k < len(s) && isDigit(s[k]) {
			break
		}
		if w, _, _ := r.readWord(u + 1); w != wNone {
			break
		}
		switch low, n := lower8(s[u+1 : k]); string(low[:n]) {
		case "am", "pm":
			return numeral{}, e, false
		}
		u = k
	}
	if u == e {
		return numeral{}, e, false
	}
	k, ok := r.rangeSep(u, true, and, false)
	if !ok {
		return numeral{}, e, false
	}
	hi, k2, ok := r.core(k)
	n := u - e
	if !ok || hi.vague || k2+n > len(s) || s[k2:k2+n] != s[e:u] || k2+n < len(s) && isAlnum(s[k2+n]) {
		return numeral{}, e, false
	}
	return hi, k2 + n, true
}

// numberAfter reports whether a number starts at i (for "X or Y" and "X
// plus Y", which are not hedges).
func (r *qreader) numberAfter(i int) bool {
	_, _, ok := r.core(r.space(i))
	return ok && r.space(i) > i
}

// plainAfter reports whether the phrase cannot go on past a number that
// ends at e: at the end of the text, at an ASCII byte that none of the
// readers after a number begins with (not white space, a letter, "%", "-",
// "~" or "+"), or at one space and a word that none of them begins with
// (goesOn). Those readers read the word after one space with readWord too.
func (r *qreader) plainAfter(e int) bool {
	s := r.s
	if e >= len(s) {
		return true
	}
	switch c := s[e]; {
	case c == ' ':
		if e+1 < len(s) && isLetter(s[e+1]) {
			w, _, _ := r.readWord(e + 1)
			return !goesOn[w]
		}
		return false
	case c >= utf8.RuneSelf || c <= ' ' || isLetter(c):
		return false
	}
	return !plainStop[s[e]]
}

// plainStop marks the ASCII marks that a reader after a number begins with.
var plainStop = [128]bool{'%': true, '-': true, '~': true, '+': true}

// goesOn marks the words that a reader after a number begins with: of a
// percent (percent), of a range (rangeSep, a compound range), of a formula
// (forSep), of a post-hedge (posthedge, orEqual).
var goesOn = [256]bool{wPercent: true, wPer: true, wPercentage: true, wUp: true, wThrough: true, wTo: true,
	wAnd: true, wOr: true, wBut: true, wFor: true, wPlus: true, wOdd: true, wAt: true, wIsh: true}

// change reads the words of a change at i: "up" or "down", and "by"
// after them ("up 5%", "down by 3 points", but not "up to 700"). It
// returns the direction and the position after the words and the white
// space after them, or Level and i.
func (r *qreader) change(i int) (Direction, int) {
	if i >= len(r.s) || (r.s[i]|0x20 != 'u' && r.s[i]|0x20 != 'd') {
		return Level, i
	}
	w, _, e := r.readWord(i)
	if w != wUp && w != wDown {
		return Level, i
	}
	k := r.space(e)
	if k == e {
		return Level, i
	}
	w2, _, e2 := r.readWord(k)
	if w2 == wTo {
		return Level, i
	}
	if w2 == wBy {
		if k2 := r.space(e2); k2 > e2 {
			k = k2
		}
	}
	if w == wUp {
		return Up, k
	}
	return Down, k
}

// phrase reads the whole grammar at 0 into *q, all but its Text (see
// ReadQuantity), and returns the length read.
func (r *qreader) phrase(q *Quantity) (int, error) {
	change, start := r.change(0)
	pctFirst := false
	if k := r.percentFirst(start); k > start {
		// "percent of 10", "per cent of twenty-two": the share named first.
		start, pctFirst = k, true
	}
	kind, qual, i := r.prehedge(start)
	if pctFirst {
		kind, qual, i = hNone, 0, start
	}
	lo, e, ok := r.core(i)
	if ok && pctFirst {
		if lo.vague || lo.currency {
			return 0, nil
		}
		lo.percent = true
	}
	if !ok && kind != hNone {
		kind, qual, i = hNone, 0, start
		lo, e, ok = r.core(start)
	}
	if !ok {
		return 0, nil
	}
	// What follows the first number is looked at once: most often a mark
	// or a word that is no part of the grammar ("15 villages", "9,"), and
	// then none of the readers after a number (percent, range, formula,
	// post-hedge, "or equal") reads on. plainAt is where that holds.
	plainAt := -1
	if r.plainAfter(e) {
		plainAt = e
	} else if k, ok := r.percent(e); ok {
		// Percent after the first number: "40%-45%".
		lo.percent, e = true, k
		if r.plainAfter(e) {
			plainAt = e
		}
	}
	var hi numeral
	isRange, recip := false, false
	toSep := false // the ends of "from A to B" joined by the word "to", not a dash
	if lo.scaled && (lo.scalePow == 6 || lo.scalePow == 9) {
		r.rangePow = lo.scalePow
	}
	switch kind {
	case hBetween, hFrom:
		if v2, k2, ok := r.unitRange(e, true, kind == hBetween, false); ok && !lo.vague {
			// "between 15kHz and 17kHz": a unit glued to both ends.
			hi, isRange, e = v2, true, k2
			break
		}
		if r.rangeWordAt(e) {
			if v2, k2, ok := r.spacedUnitRange(e, kind == hBetween); ok && !lo.vague {
				// "from 450 sq ft to 900 sq ft": a unit after both ends.
				hi, isRange, e = v2, true, k2
				break
			}
		}
		toSep = strings.HasPrefix(r.s[e:], " to ")
		k, ok := r.rangeSep(e, true, kind == hBetween, false)
		if ok {
			hi, k, ok = r.core(k)
		}
		if !ok || lo.vague || hi.vague {
			// "from 500" alone: not a range, so no hedge either.
			kind, qual = hNone, 0
			lo, e, _ = r.core(start)
			break
		}
		isRange, e = true, k
	case hNone, hQual, hNearly:
		if lo.vague || (kind != hNone && qual != Approx) || e == plainAt {
			break
		}
		// A reciprocal formula: "6,000-for-6,000", "one for one".
		if k, ok := r.forSep(e); ok {
			if v2, k2, ok := r.core(k); ok && !v2.vague && v2.cmp(lo) == 0 && v2.overflow == lo.overflow {
				recip, e = true, k2
				break
			}
		}
		if k, ok := r.rangeSep(e, true, false, true); ok {
			if v2, k2, ok := r.core(k); ok && !v2.vague {
				hi, isRange = v2, true
				e = k2
			}
		} else if v2, k2, ok := r.unitRange(e, true, false, false); ok && !v2.vague {
			hi, isRange, e = v2, true, k2 // "5km to 10km", "5-10W" is read as "5-10" and "W"
		}
	}
	r.rangePow = 0
	// A compound range: "more than 10 and less than 20", "under 30 but
	// over 20".
	loOpen, hiOpen := false, false
	if kind == hQual && qual != Approx && qual != Exact && !isRange && !recip && !lo.vague && e != plainAt {
		above := qual == MoreThan || qual == AtLeast
		if w, _, _, e2 := r.next(e); w == wAnd || w == wBut {
			k2, q2, j := r.prehedge(r.space(e2))
			above2 := q2 == MoreThan || q2 == AtLeast
			if k2 == hQual && q2 != Approx && above != above2 {
				if v2, e3, ok := r.core(j); ok && !v2.vague {
					if above {
						hi, isRange, e = v2, true, e3
						loOpen, hiOpen = qual == MoreThan, q2 == LessThan
					} else if v2.cmp(lo) < 0 {
						hi, lo, isRange, e = lo, v2, true, e3
						loOpen, hiOpen = q2 == MoreThan, qual == LessThan
						i = j
					}
				}
			}
		}
	}
	if isRange {
		if k, ok := r.percent(e); ok {
			hi.percent, e = true, k
		}
		// "3.2% to $41.50" joins two figures of different units: no range.
		mixed := lo.percent && hi.currency || lo.currency && hi.percent
		// "5 to 6 million": the scale of the upper end applies to both.
		if hi.scaled && !lo.scaled {
			scaled := lo
			scaled.mulPow10(hi.scalePow)
			// A fall too, from an end with decimals ("from 1.5 to 1.2
			// million") or from a level within ten times the one it
			// falls to ("from 7 to 2 million"); "from 500 to 2 million"
			// keeps its 500, a rise.
			tenfold := hi
			tenfold.mulPow10(1)
			if scaled.cmp(hi) <= 0 || kind == hFrom && !lo.words && (lo.prec < 0 || scaled.cmp(tenfold) <= 0) {
				lo = scaled
			}
		}
		if lo.percent || hi.percent {
			lo.percent, hi.percent = true, true
		}
		if kind == hFrom && toSep && !mixed && lo.cmp(hi) > 0 && !lo.overflow && !hi.overflow {
			// "from 450 to 300": a fall names its two levels high to low,
			// a range's ends all the same ("from 2-0 down" is a score).
			lo, hi = hi, lo
		}
		if (mixed || lo.cmp(hi) >= 0) && !lo.overflow && !hi.overflow {
			// Not a range ("3-2" and "1-1" are scores): the first number alone,
			// unless the phrase began with "between".
			if kind == hBetween || kind == hFrom {
				kind, qual = hNone, 0
				lo, e, _ = r.core(start)
			} else {
				lo, e, _ = r.core(i)
				if k, ok := r.percent(e); ok {
					e, lo.percent = k, true
				}
			}
			isRange = false
		}
	}
	// Post-hedges.
	if (kind == hNone || kind == hQual && qual == Exact) && !isRange && !recip && !lo.vague && e != plainAt {
		if k, q, ok := r.posthedge(e); ok {
			kind, qual, e = hQual, q, k
		}
	}
	// "less than 5000 or equal", "more than 5000 or equal to" (but not
	// "more than 5000 or equal to 6000": a second figure).
	if kind == hQual && (qual == MoreThan || qual == LessThan) && !isRange && !lo.vague && e != plainAt {
		if k := r.orEqual(e); k > 0 && !r.numberAfter(k) {
			if qual == MoreThan {
				qual = AtLeast
			} else {
				qual = AtMost
			}
			e = k
		}
	}
	lv, err := lo.decimal()
	if err != nil {
		return e, &parseError{msg: "number too large", pos: 0, err: ErrRange}
	}
	switch {
	case isRange:
		hv, err := hi.decimal()
		if err != nil {
			return e, &parseError{msg: "number too large", pos: 0, err: ErrRange}
		}
		hedge(q, "", Range, lv, minDecimal(lo.precision(), hi.precision()))
		q.Upper = Incl(hv)
		// "about 20 to 25", "nearly 10-15": the hedge is the whole range's.
		q.Approximate = kind == hNearly || kind == hQual && qual == Approx
		if loOpen {
			q.Lower = Excl(lv)
		}
		if hiOpen {
			q.Upper = Excl(hv)
		}
	case lo.vague:
		// As VagueQuantity, with the hedge's qualifier if there is one
		// ("more than dozens").
		hedge(q, "", Approx, lv, impliedPrecision(lv))
		q.Upper, q.Vague = Unbounded, true
		if kind == hQual {
			q.Qualifier = qual
		}
	case kind == hNearly:
		hedge(q, "", Approx, lv, lo.precision())
		q.Lower = Unbounded
	case kind == hQual:
		hedge(q, "", qual, lv, lo.precision())
	case lo.approx:
		hedge(q, "", Approx, lv, lo.precision())
	default:
		hedge(q, "", Exact, lv, lo.precision())
	}
	q.Reciprocal = recip
	if lo.percent {
		q.Unit = Percent
	}
	q.Change = change
	return e, nil
}

// hedged builds the quantity of NewQuantity with the precision prec: the
// bounds the qualifier gives v. It formats nothing (ReadQuantity allocates
// nothing beyond what its caller keeps).
func hedged(text string, qual Qualifier, v, prec Decimal) (q Quantity) {
	hedge(&q, text, qual, v, prec)
	return q
}

// hedge is hedged writing into *q, which is the zero Quantity, so that
// the reading of a phrase fills the caller's Quantity without a copy: it
// sets the fields one by one rather than build a Quantity to copy in.
// phrase leaves text empty for ReadQuantity to set.
func hedge(q *Quantity, text string, qual Qualifier, v, prec Decimal) {
	if text != "" {
		q.Text = text
	}
	q.Qualifier, q.Value, q.Precision, q.valid = qual, v, prec, true
	q.Lower, q.Upper = Incl(v), Incl(v)
	switch qual { // Approx keeps its bounds at v: the comparison policy widens them.
	case MoreThan:
		q.Lower, q.Upper = Excl(v), Unbounded
	case AtLeast:
		q.Upper = Unbounded
	case LessThan:
		q.Lower, q.Upper = Unbounded, Excl(v)
	case AtMost:
		q.Lower = Unbounded
	}
}

func minDecimal(a, b Decimal) Decimal {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

// forSep reads the "-for-" or " for " of a reciprocal formula at i.
func (r *qreader) forSep(i int) (int, bool) {
	s := r.s
	if i+4 < len(s) && s[i] == '-' && s[i+1] == 'f' && s[i:i+5] == "-for-" {
		return i + 5, true
	}
	if j := r.space(i); j > i && j < len(s) && isLetter(s[j]) {
		if w, _, e := r.readWord(j); w == wFor {
			if k := r.space(e); k > e {
				return k, true
			}
		}
	}
	return i, false
}

// posthedge reads a hedge after the number at i: "or more", "-plus",
// "plus", "+", "or so", "or fewer", "or less", "-odd".
func (r *qreader) posthedge(i int) (int, Qualifier, bool) {
	s := r.s
	if i >= len(s) {
		return i, 0, false
	}
	if s[i] == '+' {
		if d, _ := r.digitAt(i + 1); d < 0 && !(i+1 < len(s) && isLetter(s[i+1])) {
			return i + 1, AtLeast, true
		}
		return i, 0, false
	}
	j := i
	if s[i] == '-' && i+1 < len(s) && isLetter(s[i+1]) {
		j = i + 1
	} else if isLetter(s[i]) {
		// "50ish"
		if w, _, e := r.readWord(i); w == wIsh {
			return e, Approx, true
		}
		return i, 0, false
	} else {
		j = r.space(i)
		if j == i || j >= len(s) || !isLetter(s[j]) {
			return i, 0, false
		}
	}
	w, _, e := r.readWord(j)
	switch w {
	case wPlus:
		if !r.numberAfter(e) {
			return e, AtLeast, true
		}
	case wOdd:
		return e, AtLeast, true
	case wAt:
		// "30 at most", "30 at the least"
		if j == i {
			break
		}
		w2, _, _, e2 := r.next(e)
		if w2 == wNone {
			if _, _, k, k2 := r.next(e); k2-k == 3 && strings.EqualFold(s[k:k2], "the") {
				w2, _, _, e2 = r.next(k2)
			}
		}
		switch w2 {
		case wMost:
			return e2, AtMost, true
		case wLeast:
			return e2, AtLeast, true
		}
	case wIsh:
		if j > i {
			return e, Approx, true
		}
	case wOr, wAnd:
		if j == i {
			break
		}
		w2, _, _, e2 := r.next(e)
		if w2 == wUp && w == wAnd {
			// "18 and up", but not "18 and up to 25".
			if w3, _, _, _ := r.next(e2); w3 != wTo {
				return e2, AtLeast, true
			}
			break
		}
		if w3, _, _, e3 := r.next(e2); w3 == wThan || r.numberAfter(e2) {
			if w3 == wThan && !r.numberAfter(e3) && (w2 == wMore || w2 == wGreater) {
				return e3, AtLeast, true // "200 or greater than"
			}
			break // "6,000 and more than 500": a second figure
		}
		switch w2 {
		case wMore, wGreater, wAbove, wOver:
			return e2, AtLeast, true
		case wSo, wThereabouts:
			if w == wOr {
				return e2, Approx, true
			}
		case wFewer, wSmaller, wUnder:
			return e2, AtMost, true
		}
	}
	return i, 0, false
}
