package numbers

import (
	"math"
	"strconv"

	"github.com/crosscheck/crosscheck/claims"
)

// Fractions beyond those of scan.go: improper fractions in words
// ("seventeen fifths", "five halves": a plural fraction word may exceed
// one) and a fraction read out ("one over four").

// pluralFraction reports whether the fraction word w is plural ("thirds",
// "fifths", "halves"), which lets its numerator reach or pass its
// denominator.
func pluralFraction(w *word) bool {
	return w.n > 3 && w.low[w.n-1] == 's' && fractionOf(w) != 0
}

// overFraction reads "over" and a denominator in words after the numerator
// v whose words are [i, e): "one over four". The denominator must end the
// phrase: "one over four rivals" is no fraction.
func (sc *scanner) overFraction(i, e int, v int64) (int, bool) {
	s := sc.s
	ow := sc.nextWord(e)
	if !ow.is("over") {
		return i, false
	}
	k := sc.spaceAt(ow.end)
	if k == ow.end || k >= len(s) || !isAlnum(s[k]) {
		return i, false
	}
	if !isDigit(s[k]) {
		if dw := sc.wordAt(k); !numberWord(&dw) {
			return i, false
		}
	} else if sc.digitsEnd(k)-k > 3 || i+3 < e && isDigit(s[i]) {
		return i, false
	}
	q, n, err := claims.ReadQuantity(sc.tag, s[k:])
	if err != nil || n == 0 || q.Qualifier != claims.Exact || q.Vague {
		return i, false
	}
	d, ok := q.Value.Int64()
	if !ok || d <= 0 || d > 1000 {
		return i, false
	}
	end := k + n
	if nw := sc.nextWord(end); nw.n > 0 && !nw.is("of") && !nw.is("and") && !nw.is("or") && !nw.is("is") && !nw.is("was") {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
		Quantity: sc.ratioQuantity(s[i:end], v, d), Numerator: v, Denominator: d}), true
}

// fractionAfterBy reads a fraction after "by" and a change verb, where a
// singular fraction word needs neither "of" nor the end of a clause:
// "shrank by a third during the war", "has fallen by half since 2019".
func (sc *scanner) fractionAfterBy(i int, w *word) (int, bool) {
	pw := sc.prevWord(i)
	if !pw.is("by") || sc.spaceAt(pw.end) != i {
		return i, false
	}
	if _, ok := sc.verbBefore(pw.start); !ok {
		return i, false
	}
	if w.is("half") {
		return sc.emit(Number{Span: claims.Span{Start: i, End: w.end}, Class: Ratio,
			Quantity: sc.ratioQuantity(sc.s[i:w.end], 1, 2), Numerator: 1, Denominator: 2}), true
	}
	fw := sc.nextWord(w.end)
	den := fractionOf(&fw)
	if den == 0 || pluralFraction(&fw) || fw.end < len(sc.s) && sc.s[fw.end] == '-' {
		return i, false
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: fw.end}, Class: Ratio,
		Quantity: sc.ratioQuantity(sc.s[i:fw.end], 1, den), Numerator: 1, Denominator: den}), true
}

// tensValue returns 20 … 90 for "twenty" … "ninety", and 0 for any other
// word.
func tensValue(w *word) int64 {
	switch string(w.low[:w.n]) {
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

// singular returns w without the plural "s" of an ordinal used as a
// fraction ("fifths", "firsts"), and whether it had one.
func singular(w *word) (word, bool) {
	u := *w
	if u.n > 4 && u.low[u.n-1] == 's' {
		u.n--
		return u, true
	}
	return u, false
}

// unitOrdinal returns 1 … 9 for the ordinal words "first" … "ninth" and
// their plurals ("firsts", "fifths"), which end a compound ordinal
// ("twenty-first", "thirty fifths"), and whether the word is plural.
func unitOrdinal(w *word) (int64, bool) {
	u, plural := singular(w)
	if o := ordinalValue(&u); o > 0 && o < 10 {
		return o, plural
	}
	return 0, false
}

// fractionDen returns the denominator that an ordinal word names as a
// fraction, singular or plural ("fifths" 5, "twentieths" 20, "hundredth"
// 100, "trillionths" 10¹²), and whether it is plural; 0 when it names
// none. "first" and "second" are no fractions alone.
func fractionDen(w *word) (int64, bool) {
	if d := fractionOf(w); d != 0 {
		return d, pluralFraction(w)
	}
	u, plural := singular(w)
	if o := ordinalValue(&u); o > 2 {
		return o, plural
	}
	return 0, false
}

// wordValue reads the number in words that fills [a, b) exactly, or
// reports false.
func (sc *scanner) wordValue(a, b int) (int64, bool) {
	if a >= b || !isLetter(sc.s[a]) {
		return 0, false
	}
	q, n, err := claims.ReadQuantity(sc.tag, sc.s[a:b])
	if err != nil || n != b-a || q.Qualifier != claims.Exact || q.Vague {
		return 0, false
	}
	return q.Value.Int64()
}

// lastWord returns the word that ends at e.
func (sc *scanner) lastWord(e int) word {
	k := e
	for k > 0 && isLetter(sc.s[k-1]) && e-k <= 16 {
		k--
	}
	return sc.wordAt(k)
}

// wordFraction reads what follows a number in words v at [i, e) when the
// word w after it (across a hyphen when hyphen) is an ordinal or "and":
//
//   - an improper fraction with any numerator: "one million two hundred
//     three fifths", "ninety-five hundred fifths";
//   - a compound denominator ending the words: "one hundred thirty fifths"
//     is 100/35 (but "one hundred and thirty fifths" is 130/5, the "and"
//     binding the ten to the numerator);
//   - a mixed number: "one hundred and three quarters" (100¾, the part
//     after "and" smaller than the denominator), "one and a fourth",
//     "twenty and three fifths" (a count with the fraction added);
//   - a compound ordinal: "one hundred twenty fifth" (125th), "two
//     hundredth" (200th), "three trillionth".
//
// A singular fraction word takes only the numerator one: "two hundredth"
// is an ordinal, not 2/100.
func (sc *scanner) wordFraction(i, e int, v int64, w *word, hyphen bool) (int, bool) {
	if v < 0 {
		// "minus one hundred thirty fifths": the sign goes with the fraction.
		j := sc.spaceAt(sc.wordAt(i).end)
		n, ok := sc.wordFractionAt(j, e, -v, w, hyphen)
		if !ok || j >= e || n.Class == Ordinal {
			return i, false
		}
		n.Span.Start = i
		n.Quantity.Text = sc.s[i:n.Span.End]
		n.Quantity.Value = n.Quantity.Value.Neg()
		n.Quantity.Lower.Value, n.Quantity.Upper.Value = n.Quantity.Value, n.Quantity.Value
		n.Numerator = -n.Numerator
		return sc.emit(n), true
	}
	if n, ok := sc.wordFractionAt(i, e, v, w, hyphen); ok {
		return sc.emit(n), true
	}
	return i, false
}

// wordFractionAt is wordFraction for v > 0, without emitting.
func (sc *scanner) wordFractionAt(i, e int, v int64, w *word, hyphen bool) (Number, bool) {
	s := sc.s
	if w.is("and") && !hyphen {
		return sc.mixedAfterAnd(i, v, w)
	}
	den, plural := fractionDen(w)
	if den == 0 || w.is("second") {
		return Number{}, false
	}
	last := sc.lastWord(e)
	before := sc.prevWord(last.start)
	if plural {
		// "one hundred thirty fifths": the ten goes with the unit ordinal.
		if o, _ := unitOrdinal(w); o > 0 && last.start > i && before.n > 0 && !before.is("and") {
			if t := tensValue(&last); t > 0 {
				if num, ok := sc.wordValue(i, before.end); ok && num > 0 {
					return sc.ratio(i, w.end, num, t+o), true
				}
			}
		}
		// "one hundred and three quarters": a mixed number.
		if before.is("and") && last.start > i {
			if k, ok := sc.wordValue(last.start, e); ok && k > 1 && k < den {
				if whole, ok := sc.wordValue(i, sc.trimSpace(i, before.start)); ok && whole > 0 {
					return sc.mixed(i, w.end, whole, k, den), true
				}
			}
		}
		if v < 100 {
			return Number{}, false // fractionAfter reads it, hedge and all
		}
		return sc.ratio(i, w.end, v, den), true
	}
	if v == 1 {
		return Number{}, false
	}
	// A compound ordinal: "one hundred twenty fifth", "two hundredth".
	o := ordinalValue(w)
	switch {
	case o >= 100 && o%100 == 0 && v < 1000:
		o *= v // "two hundredth", "three trillionth"
	case o > 0 && o < 10 && tensValue(&last) > 0 && !hyphen, o > 0 && o < 100 && (last.is("hundred") || last.is("thousand")):
		o += v // "one hundred twenty fifth", "one hundred fifth"
	default:
		return Number{}, false
	}
	return Number{Span: claims.Span{Start: i, End: w.end}, Class: Ordinal, Quantity: sc.exact(s[i:w.end], o)}, true
}

// mixedAfterAnd reads "and" and a proper fraction after a whole number v
// that begins at i: "one and a fourth", "twenty and three fifths". ("and a half"
// and "and a quarter" the grammar reads itself.)
func (sc *scanner) mixedAfterAnd(i int, v int64, and *word) (Number, bool) {
	s := sc.s
	k := sc.spaceAt(and.end)
	if k == and.end || k >= len(s) || !isLetter(s[k]) {
		return Number{}, false
	}
	a := sc.wordAt(k)
	var num int64
	var ne int
	if a.is("a") || a.is("an") {
		num, ne = 1, a.end
	} else {
		q, n, err := claims.ReadQuantity(sc.tag, s[k:])
		if err != nil || n == 0 || q.Qualifier != claims.Exact || q.Vague || !isLetter(s[k+n-1]) {
			return Number{}, false
		}
		var ok bool
		if num, ok = q.Value.Int64(); !ok || num <= 1 {
			return Number{}, false
		}
		ne = k + n
	}
	var fw word
	if ne+1 < len(s) && s[ne] == '-' && isLetter(s[ne+1]) {
		fw = sc.wordAt(ne + 1)
	} else {
		fw = sc.nextWord(ne)
	}
	den, plural := fractionDen(&fw)
	if den == 0 || num >= den || plural != (num > 1) {
		return Number{}, false
	}
	return sc.mixed(i, fw.end, v, num, den), true
}

// trimSpace returns e moved back over white space, not before i.
func (sc *scanner) trimSpace(i, e int) int {
	for e > i && (sc.s[e-1] == ' ' || sc.s[e-1] == '\t' || sc.s[e-1] == '\n') {
		e--
	}
	return e
}

// ratio is the fraction num/den written at [i, end).
func (sc *scanner) ratio(i, end int, num, den int64) Number {
	return Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
		Quantity: sc.ratioQuantity(sc.s[i:end], num, den), Numerator: num, Denominator: den}
}

// mixed is the count whole + num/den written at [i, end): exact when the
// fraction terminates, rounded and Approx otherwise, as ratioQuantity.
func (sc *scanner) mixed(i, end int, whole, num, den int64) Number {
	q := sc.ratioQuantity(sc.s[i:end], num, den)
	if v, err := q.Value.Add(claims.DecimalOf(whole)); err == nil {
		q.Value, q.Lower.Value, q.Upper.Value = v, v, v
	}
	return Number{Span: claims.Span{Start: i, End: end}, Class: Count, Quantity: q}
}

// power reads an exponent after the number q at [i, e): "1.1^23",
// "2.5^-1", "-1.1^+23" (the sign before the number applies to the power).
// The value is rounded to 15 significant digits.
func (sc *scanner) power(i, e int, q claims.Quantity) (int, bool) {
	s := sc.s
	j := e + 1
	neg := false
	for j < len(s) && (s[j] == '-' || s[j] == '+') && j-e <= 3 {
		neg = neg != (s[j] == '-')
		j++
	}
	k := sc.digitsEnd(j)
	if k == j || k-j > 3 || k < len(s) && (isAlnum(s[k]) || s[k] == '.' || s[k] == '^') {
		return i, false
	}
	x := float64(atoi(s[j:k]))
	if neg {
		x = -x
	}
	base := q.Value.Abs().Float64()
	f := math.Pow(base, x)
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return i, false
	}
	if q.Value.Sign() < 0 {
		f = -f
	}
	v, err := claims.ParseDecimal(strconv.FormatFloat(f, 'f', -1, 64))
	if err != nil {
		return i, false
	}
	if r, err := v.Quo(claims.DecimalOf(1), 15); err == nil {
		v = r
	}
	p := claims.NewQuantity(s[i:k], claims.Exact, v)
	return sc.emit(Number{Span: claims.Span{Start: i, End: k}, Class: Count, Quantity: p}), true
}
