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
	if isDigit(s[i]) != isDigit(s[k]) {
		return i, false // "one over four", "1 over 4", not "one over 4"
	}
	if !isDigit(s[k]) {
		if dw := sc.wordAt(k); !numberWord(&dw) {
			return i, false
		}
	} else if sc.digitsEnd(k)-k > 2 || i+2 < e {
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
