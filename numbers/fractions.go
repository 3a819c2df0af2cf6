package numbers

import "github.com/crosscheck/crosscheck/claims"

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
	q, n, err := sc.qr.Read(s[k:])
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
	return sc.emit(sc.ratio(i, end, v, d)), true
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
	q, n, err := sc.qr.Read(sc.s[a:b])
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
// word w after it (across a hyphen when hyphen) is an ordinal (mixed
// numbers, "one and a fourth", "one hundred and three quarters", are read by
// the grammar of claims.ReadQuantity):
//
//   - an improper fraction with any numerator: "one million two hundred
//     three fifths", "ninety-five hundred fifths";
//   - a compound denominator ending the words: "one hundred thirty fifths"
//     is 100/35 (but "one hundred and thirty fifths" is 130/5, the "and"
//     binding the ten to the numerator);
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
	last := sc.lastWord(e)
	if w.n == 3 && w.is("and") && (last.is("hundred") || last.is("thousand")) {
		// "one hundred and first", "two thousand and tenth": a compound
		// ordinal with "and", as British English writes it.
		ow := sc.nextWord(w.end)
		if o := ordinalValue(&ow); o > 0 && o < 100 && !(ow.end < len(s) && s[ow.end] == '-') {
			return Number{Span: claims.Span{Start: i, End: ow.end}, Class: Ordinal, Quantity: sc.exact(s[i:ow.end], v+o)}, true
		}
	}
	den, plural := fractionDen(w)
	if o := ordinalValue(w); o > 0 && o < 3 && !hyphen && tensValue(&last) > 0 && !(w.end < len(s) && s[w.end] == '-') {
		// "thirty first", "forty second": a compound ordinal whose unit
		// names no fraction ("second-largest" is another word).
		return Number{Span: claims.Span{Start: i, End: w.end}, Class: Ordinal, Quantity: sc.exact(s[i:w.end], v+o)}, true
	}
	if den == 0 || w.is("second") {
		return Number{}, false
	}
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

// ratio is the fraction num/den written at [i, end); a negative num
// ("minus one over twenty") makes a negative ratio.
func (sc *scanner) ratio(i, end int, num, den int64) Number {
	if num < 0 {
		r := sc.ratioQuantity(sc.s[i:end], -num, den)
		r.Value = r.Value.Neg()
		r.Lower.Value, r.Upper.Value = r.Value, r.Value
		return Number{Span: claims.Span{Start: i, End: end}, Class: Ratio, Quantity: r, Numerator: num, Denominator: den}
	}
	return Number{Span: claims.Span{Start: i, End: end}, Class: Ratio,
		Quantity: sc.ratioQuantity(sc.s[i:end], num, den), Numerator: num, Denominator: den}
}

// compoundSecond reports whether "second" after the number in words at
// [i, e) ends a compound ordinal ("the forty-second president", "twenty
// second") rather than naming a duration: the number's last word is a ten,
// and no article before it makes the phrase an adjective of time ("a
// forty-second clip"). Digits ("40-second") and plurals stay durations.
func (sc *scanner) compoundSecond(i, e int, w *word) bool {
	if !w.is("second") || !isLetter(sc.s[e-1]) {
		return false
	}
	if last := sc.lastWord(e); tensValue(&last) == 0 {
		return false
	}
	pw := sc.prevWord(i)
	return !pw.is("a") && !pw.is("an")
}
