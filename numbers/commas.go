package numbers

import "github.com/crosscheck/crosscheck/claims"

// Commas the grammar of claims.ReadQuantity stops at in English text, where
// a comma groups thousands only before exactly three digits:
//
//   - a decimal comma, as copy written after another language's habit has
//     it: "29,71%", "3,5 per cent", "1,89 euros", "€1,89", "12,5 km". One
//     or two digits after the comma and then a share, a currency or a unit
//     of measure, or a currency sign before them, make it a decimal point;
//     without either ("items 4,12 and 19") the comma is left as it is.
//   - a group of thousands a typist set off with a space: "passed 15, 200,
//     officials said", "won 48, 312 votes". Three digits after ", " are a
//     new figure unless everything around them says one: the figure before
//     has one to three digits and is no item of a list, the word before it
//     is no determiner, preposition or name ("Of the 120, 100 were freed",
//     "At 10, 300 more arrived", "Route 9, 400 cars"), and after the three
//     digits comes no other item ("15, 200 and 350") and no verb of a new
//     clause ("Out of 500, 300 voted", "120, 100 were").

// commaGroupStops are the words that, before a figure, make the digits after
// its ", " a figure of a new clause or of a list: determiners, the
// prepositions that open a phrase of time, place or order, and the nouns
// of a rank ("number 4, 300 more").
var commaGroupStops = map[string]bool{"the": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "all": true, "both": true, "each": true, "at": true, "by": true,
	"in": true, "on": true, "until": true, "till": true, "after": true, "before": true, "since": true,
	"from": true, "between": true, "among": true, "and": true, "or": true, "to": true, "through": true,
	"with": true, "for": true, "than": true, "number": true, "no": true}

// commaGroupNext are the words that, after the three digits, make them an
// item of a list or the subject of a new clause ("killed 12, 300 more were
// hurt", "held 25, 100 others fled"); a word in -ed after them is that
// clause's verb ("lost 14, 200 survived").
var commaGroupNext = map[string]bool{"and": true, "or": true, "to": true, "through": true, "nor": true,
	"of": true, "were": true, "was": true, "are": true, "is": true, "had": true, "have": true, "has": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "did": true,
	"do": true, "should": true, "must": true, "more": true, "others": true, "other": true, "whom": true,
	"who": true, "which": true}

// digitRun returns where the digits that end at p start.
func digitRun(s string, p int) int {
	d := p
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	return d
}

// commaAfter re-reads the figure read at i, n bytes long, when the comma
// right after it is a decimal comma or a spaced group of thousands (see
// above), and returns the figure's quantity and length.
func (sc *scanner) commaAfter(i, n int) (claims.Quantity, int, bool) {
	s := sc.s
	p := i + n
	if p+2 >= len(s) || s[p] != ',' || !isDigit(s[p-1]) {
		return claims.Quantity{}, 0, false
	}
	d := digitRun(s, p)
	if p-d > 3 || d > 0 && (s[d-1] == ',' || s[d-1] == '.') {
		return claims.Quantity{}, 0, false
	}
	if isDigit(s[p+1]) {
		return sc.decimalComma(i, p)
	}
	if s[p+1] == ' ' && isDigit(s[p+2]) {
		return sc.spacedGroup(i, p)
	}
	return claims.Quantity{}, 0, false
}

// decimalComma reads "29,71%" at i, the comma at p.
func (sc *scanner) decimalComma(i, p int) (claims.Quantity, int, bool) {
	s := sc.s
	k := p + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-p-1 > 2 || k+1 < len(s) && (s[k] == ',' || s[k] == '.') && isDigit(s[k+1]) {
		return claims.Quantity{}, 0, false
	}
	var buf scratchBuf
	q, n, err := sc.qr.Read(scratch(&buf, s[i:p], ".", s[p+1:min(len(s), p+1+len(buf))]))
	if err != nil || i+n < k || q.Qualifier == claims.Range {
		return claims.Quantity{}, 0, false
	}
	// The grammar took "%", "per cent" or a currency after the digits,
	// or a currency sign stands before them ("€1,89"); else a unit of
	// measure must follow them.
	if i+n == k && !hasCurrency(s[i:digitRun(s, p)]) {
		w := sc.nextWord(k)
		if w.n == 0 || measureUnits[string(w.low[:w.n])] == "" && !currencyWord(&w, s) {
			return claims.Quantity{}, 0, false
		}
	}
	q.Text = s[i : i+n]
	return q, n, true
}

// spacedGroup reads "15, 200" at i, the comma at p, as one figure when
// nothing says it is two.
func (sc *scanner) spacedGroup(i, p int) (claims.Quantity, int, bool) {
	s := sc.s
	k := p + 2
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k != 3 || e < len(s) && (isLetter(s[e]) || s[e] == '%' || s[e] == '-' || s[e] == '/' || s[e] == ':') {
		return claims.Quantity{}, 0, false
	}
	if e+1 < len(s) && (s[e] == ',' || s[e] == '.') && isDigit(s[e+1]) {
		return claims.Quantity{}, 0, false
	}
	// Another item after it: "15, 200, 350" or "15, 200 and 350".
	if e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' && isDigit(s[e+2]) {
		return claims.Quantity{}, 0, false
	}
	if w := sc.nextWord(e); w.n > 0 && (commaGroupNext[string(w.low[:w.n])] || w.n > 3 && string(w.low[w.n-2:w.n]) == "ed") {
		return claims.Quantity{}, 0, false
	}
	// Before it: a word that may open a phrase, not a list's number nor a
	// name, and not the start of the text.
	pw := sc.prevWord(i)
	if pw.n == 0 || isUpper(s[pw.start]) || commaGroupStops[string(pw.low[:pw.n])] {
		return claims.Quantity{}, 0, false
	}
	if j := pw.end; j < i && s[j] != ' ' {
		return claims.Quantity{}, 0, false // "5,15, 200", "(15, 200"
	}
	if pw.is("of") {
		// "a toll of 15, 200", but not "out of 500, 300".
		if ow := sc.prevWord(pw.start); ow.n == 0 || ow.is("out") {
			return claims.Quantity{}, 0, false
		}
	}
	var buf scratchBuf
	q, n, err := sc.qr.Read(scratch(&buf, s[i:p], ",", s[k:min(len(s), k+len(buf))]))
	if err != nil || i+n+1 < e || q.Qualifier == claims.Range || q.Value.Cmp(claims.DecimalOf(1000)) < 0 {
		return claims.Quantity{}, 0, false
	}
	q.Text = s[i : i+n+1]
	return q, n + 1, true
}
