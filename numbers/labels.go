package numbers

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The labels stage: numbers that name rather than count, read before the
// model numbers of scan.go: years of an era ("A.D. 900", "300 BC"), market
// indices ("FTSE 100", "S&P 500"), products with a name of mixed case
// ("iPhone 15", "PlayStation 5") and exchange tickers ("7203.T").

// eras are the words of an era before or after a year, as written.
var eras = [...]string{"A.D.", "B.C.E.", "B.C.", "C.E.", "AD", "BCE", "BC", "CE"}

// indexNames are market indices whose number is part of the name.
var indexNames = map[string]bool{
	"ftse": true, "nikkei": true, "dax": true, "cac": true, "stoxx": true, "russell": true, "nasdaq": true,
	"sensex": true, "nifty": true, "kospi": true, "asx": true, "ibex": true, "aex": true, "smi": true,
	"tsx": true, "mib": true, "topix": true, "bel": true, "omx": true, "atx": true, "wig": true,
}

var indexFilter = newFilter(indexNames)

// tickerSuffixes are the exchange suffixes of tickers written with a
// number ("7203.T", "0700.HK", "005930.KS").
var tickerSuffixes = map[string]bool{
	"T": true, "HK": true, "KS": true, "KQ": true, "SS": true, "SZ": true, "TW": true, "SI": true, "AX": true,
	"NS": true, "BO": true, "L": true, "DE": true, "PA": true, "TO": true, "SA": true, "MI": true, "AS": true,
}

// label reads the digits [i, e) as a label of this stage and emits it, or
// reports false.
func (sc *scanner) label(i, e int) (int, bool) {
	s := sc.s
	// An era after the year: "300 BC", "900 A.D.".
	if k := e + 1; k < len(s) && s[e] == ' ' && isUpper(s[k]) {
		for _, era := range eras {
			if strings.HasPrefix(s[k:], era) && (k+len(era) == len(s) || !isAlnum(s[k+len(era)])) {
				return sc.emit(Number{Span: claims.Span{Start: i, End: k + len(era)}, Class: Year,
					Quantity: sc.exact(s[i:e], atoi(s[i:e])), Unit: era}), true
			}
		}
	}
	// An era before it: "A.D. 900", "AD 79" (every era ends in ".", "D",
	// "C" or "E").
	if i >= 3 && s[i-1] == ' ' && (s[i-2] == '.' || s[i-2] == 'D' || s[i-2] == 'C' || s[i-2] == 'E') {
		for _, era := range eras {
			k := i - 1 - len(era)
			if k >= 0 && s[k:i-1] == era && (k == 0 || !isAlnum(s[k-1])) && e-i <= 4 {
				end := sc.emit(Number{Span: claims.Span{Start: k, End: e}, Class: Year,
					Quantity: sc.exact(s[i:e], atoi(s[i:e])), Unit: era})
				if a, b := sc.eraRangeEnd(e); b > a {
					// "A.D. 900 and 1150": the other end is of the era too.
					end = sc.emit(Number{Span: claims.Span{Start: a, End: b}, Class: Year,
						Quantity: sc.exact(s[a:b], atoi(s[a:b])), Unit: era})
				}
				return end, true
			}
		}
	}
	// A ticker: "7203.T".
	if e+2 < len(s) && s[e] == '.' && isUpper(s[e+1]) {
		k := e + 1
		for k < len(s) && isUpper(s[k]) && k-e <= 3 {
			k++
		}
		if (k == len(s) || !isAlnum(s[k])) && tickerSuffixes[s[e+1:k]] {
			return sc.identifier(i, i), true
		}
	}
	// A house number before a street's name, and a postal code: "575
	// Wilbraham Road", "22 Ave Foch", "9 E 71st St", "the 90049 ZIP Code".
	if e+1 < len(s) && s[e] == ' ' && isUpper(s[e+1]) && e-i <= 5 && sc.streetAfter(e) {
		return sc.identifier(i, i), true
	}
	// A range of house numbers: "14-16 Mill Lane".
	if e+2 < len(s) && s[e] == '-' && isDigit(s[e+1]) && e-i <= 4 {
		k := e + 1
		for k < len(s) && isDigit(s[k]) && k-e <= 5 {
			k++
		}
		if k+1 < len(s) && s[k] == ' ' && isUpper(s[k+1]) && k-e <= 5 && sc.streetAfter(k) {
			return sc.identifier(i, i), true
		}
	}
	if i < 2 || s[i-1] != ' ' || !isLetter(s[i-2]) {
		return i, false
	}
	// "S&P 500", and as feeds that drop the "&" write it: "S P 500", "sp 500".
	if i >= 4 && s[i-4:i] == "S&P " || i >= 4 && s[i-4:i] == "S P " && (i == 4 || !isAlnum(s[i-5])) ||
		i >= 3 && (s[i-3:i] == "sp " || s[i-3:i] == "SP ") && (i == 3 || !isAlnum(s[i-4])) {
		return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Identifier}), true
	}
	return i, false
}

// eraRangeEnd returns the bounds of the year that ends a range after a
// year of an era ending at e ("A.D. 900 and 1150", "AD 79-81"): up to four
// digits after " and ", " to " or a dash, with no era of their own after
// them (that one the stage reads by itself); a == b when there is none.
func (sc *scanner) eraRangeEnd(e int) (a, b int) {
	s := sc.s
	j := e
	switch {
	case strings.HasPrefix(s[e:], " and "):
		j = e + 5
	case strings.HasPrefix(s[e:], " to "):
		j = e + 4
	case strings.HasPrefix(s[e:], "-"):
		j = e + 1
	case strings.HasPrefix(s[e:], "–"):
		j = e + len("–")
	}
	k := j
	for k < len(s) && isDigit(s[k]) && k-j < 5 {
		k++
	}
	if k == j || k-j > 4 || k < len(s) && (isAlnum(s[k]) || s[k] == ',' && k+1 < len(s) && isDigit(s[k+1])) {
		return e, e
	}
	if k+1 < len(s) && s[k] == ' ' {
		for _, era := range eras {
			if strings.HasPrefix(s[k+1:], era) {
				return e, e
			}
		}
		if nw := sc.nextWord(k); countNoun(&nw) {
			return e, e // "in AD 79 and 80 people": a count
		}
	}
	return j, k
}

// streetWords are the words that end (or begin) the name of a street after
// a house number, and the words of a postal code after the code.
var streetWords = map[string]bool{"Road": true, "Rd": true, "Street": true, "St": true, "Avenue": true, "Ave": true,
	"Av": true, "Way": true, "Lane": true, "Ln": true, "Drive": true, "Dr": true, "Boulevard": true, "Blvd": true,
	"Place": true, "Pl": true, "Court": true, "Terrace": true, "Crescent": true, "Rue": true, "ZIP": true, "Zip": true}

// streetAfter reports whether a street's name follows the number ending
// at e: up to four words that begin with a capital or a digit ("71st"),
// one of them a word of streetWords.
func (sc *scanner) streetAfter(e int) bool {
	s := sc.s
	k := e
	for words := 0; words < 4 && k+1 < len(s) && s[k] == ' ' && (isUpper(s[k+1]) || isDigit(s[k+1])); words++ {
		j := k + 1
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		if streetWords[s[k+1:j]] && (j == len(s) || s[j] != '-') {
			// "St" before a name is a saint's: "40 St Helens fans".
			return s[k+1:j] != "St" || j+1 >= len(s) || s[j] != ' ' || !isUpper(s[j+1])
		}
		k = j
	}
	return false
}

// modelSuffixes are the capitalized words after a number that make it part
// of a product's name ("737 MAX", "iPhone 15 Pro", "and 11 Pro Max", "35 TFSI").
var modelSuffixes = map[string]bool{"Pro": true, "Max": true, "MAX": true, "Plus": true, "Ultra": true, "Mini": true,
	"Lite": true, "Neo": true, "Edge": true, "XL": true,
	// engines that name a car's version ("the 35 TFSI", "a 40 TDI")
	"TFSI": true, "TSI": true, "TDI": true, "CDI": true, "GTI": true}

// modelSuffix reports whether a word of modelSuffixes follows the number
// ending at e, after one space.
func (sc *scanner) modelSuffix(e int) bool {
	s := sc.s
	if e+3 >= len(s) || s[e] != ' ' || !isUpper(s[e+1]) {
		return false
	}
	k := e + 1
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	return modelSuffixes[s[e+1:k]] && (k == len(s) || !isAlnum(s[k]))
}

// nameBefore reports whether the word w just before the number ending at
// e makes it part of a name: a market index ("FTSE 100", "Nikkei 225") or
// a name of mixed case ("iPhone 15", "PlayStation 5", "eFootball 2024")
// that no count noun follows. modelNumber asks it.
func (sc *scanner) nameBefore(w *word, e int) bool {
	s := sc.s
	if isUpper(s[w.start]) && indexFilter.may(w) && indexNames[string(w.low[:w.n])] {
		return true
	}
	if mixedCase(s[w.start:w.end]) {
		nw := sc.nextWord(e)
		return !countNoun(&nw) && durationUnit(&nw) == ""
	}
	return false
}

// mixedCase reports whether w has a capital after a lower-case letter
// ("iPhone", "PlayStation", "YouTube"), as names and not words have.
func mixedCase(w string) bool {
	for k := 1; k < len(w); k++ {
		if isUpper(w[k]) && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}
