package text

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
	"golang.org/x/text/language"
)

// A figure is one number found by package numbers, reduced to what the
// extractor needs.
type figure struct {
	span   claims.Span
	text   string
	class  numbers.Class
	q      claims.Quantity
	date   claims.Date // for a date (Year 0 when the text gives none)
	unit   string      // a duration's unit ("day", "week"), money's currency as written ("$", "euros"), a measurement's unit as written ("km")
	ucode  string      // a measurement's unit code ("km", "m2", "degC"): numbers.Number.UnitCode
	claim  bool        // a count or a share that can be a claim; labels are not
	isDate bool
}

// separatorTag returns the language whose digit separators the text
// writes, when the caller has told none or English, the default (an
// English text translated, or written by a non-native hand, keeps the
// separators of its source): a text that
// groups thousands with dots and writes decimals with commas ("between
// 7.000 and 8.000", "a density of 1,4") and never the English way
// ("10,000", "1.5 million") is read with German separators. Two signs at
// least, and no sign against: else English, the zero Tag's reading.
func separatorTag(text string, tag language.Tag) language.Tag {
	if tag != language.Und && tag != language.English {
		return tag
	}
	continental := 0
	for i := 0; i < len(text); {
		// Only a run with a separator between digits can tell: go from one
		// separator to the next, then back to where its run begins.
		k := strings.IndexAny(text[i:], ".,")
		if k < 0 {
			break
		}
		p := i + k
		if p == 0 || p+1 >= len(text) || !isDigit(text[p-1]) || !isDigit(text[p+1]) {
			i = p + 1
			continue
		}
		start := p
		for start > 0 && isDigit(text[start-1]) {
			start--
		}
		// One run of digits and single separators: "9.000", "0,9", "10,000.5".
		j := p
		lead := p - start
		var first, last byte
		seps, firstGroup, lastGroup := 0, 0, 0
		for j+1 < len(text) && (text[j] == '.' || text[j] == ',') && isDigit(text[j+1]) {
			if seps == 0 {
				first = text[j]
			}
			last = text[j]
			seps++
			k := j + 1
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if seps == 1 {
				firstGroup = k - j - 1
			}
			lastGroup = k - j - 1
			j = k
		}
		i = j
		if start > 0 && (text[start-1] == '.' || text[start-1] == ',') {
			continue // ".5", "x.5,000": the run starts at a separator, no reading
		}
		english := false
		switch {
		case seps == 1 && firstGroup == 3 && lead <= 3:
			english = first == ',' // "9,000"; "9.000" is continental
		case seps == 1 && firstGroup <= 2:
			english = first == '.' // "1.5", "38.25"; "0,9" is continental
		case seps >= 2 && lead <= 3:
			if first == ',' && last == ',' || last == '.' && first == ',' {
				english = true // "1,200,000", "10,000.5"
			} else if !(first == '.' && lastGroup == 3 || last == ',' && first == '.') {
				continue // no convention
			}
		default:
			continue
		}
		if english {
			return tag // a sign of English: the English reading, whatever else the text holds
		}
		continental++
	}
	if continental >= 2 {
		return language.German
	}
	return tag
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanFigures returns the figures of text in order. Counts, percentages and
// ratios can be claims; dates are kept as labels that anchor as-of dates;
// amounts of money can be claims too; other labels (years, ages, ordinals,
// times, durations, identifiers)
// are kept only so that their words are not read as nouns.
func scanFigures(text string, tag language.Tag, figs []figure) []figure {
	last := -1
	for n := range numbers.Scan(text, numbers.Options{Language: tag}) {
		if n.Span.Start < last || n.Span.End <= n.Span.Start || n.Span.End > len(text) {
			continue // overlapping or empty: keep the first
		}
		f := figure{span: n.Span, text: n.Text, class: n.Class, q: n.Quantity, unit: n.Unit}
		if n.Class == numbers.Count {
			f.ucode = n.UnitCode
		}
		switch n.Class {
		case numbers.Count, numbers.Percentage, numbers.Ratio, numbers.Money:
			f.claim = n.Quantity.IsValid() // money too: "raised $18 million" is a claim like any other
		case numbers.Date:
			f.isDate, f.date = true, n.Date
		}
		if f.claim && nameNumber(text, n.Span) {
			f.claim = false // "in Nine Elms", "the Three Gorges dam": a name
		}
		figs = append(figs, f)
		last = n.Span.End
	}
	return figs
}

// shortDigits reports a number of one or two digits and nothing else at sp.
func shortDigits(text string, sp claims.Span) bool {
	if sp.End-sp.Start > 2 {
		return false
	}
	for i := sp.Start; i < sp.End; i++ {
		if !isDigit(text[i]) {
			return false
		}
	}
	return true
}

// counterLine reports a short number in digits alone on its line, with
// nothing but spaces around it: the number of a picture in a gallery or
// of an item in a list, which counts nothing the story tells.
func counterLine(text string, sp claims.Span) bool {
	if !shortDigits(text, sp) {
		return false
	}
	a := sp.Start - 1
	for a >= 0 && (text[a] == ' ' || text[a] == '\t') {
		a--
	}
	e := sp.End
	for e < len(text) && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r') {
		e++
	}
	return (a < 0 || text[a] == '\n') && (e >= len(text) || text[e] == '\n')
}

// listMarker reports a short number in digits that opens its line as the
// mark of an item in a numbered list: "2. Text", "3) Text", "(4.) Text",
// "(5) Text". A point or a closing bracket follows it, then a space; an
// opening bracket before it is closed after it. It numbers the item and
// counts nothing the item tells.
func listMarker(text string, sp claims.Span) bool {
	if !shortDigits(text, sp) {
		return false
	}
	a := sp.Start - 1
	open := a >= 0 && text[a] == '('
	if open {
		a--
	}
	for a >= 0 && (text[a] == ' ' || text[a] == '\t') {
		a--
	}
	if a >= 0 && text[a] != '\n' {
		return false
	}
	e := sp.End
	if e < len(text) && text[e] == '.' {
		e++
	}
	if e < len(text) && text[e] == ')' {
		e++
	} else if open {
		return false // "(5 …": no mark closed
	}
	return e > sp.End && e < len(text) && (text[e] == ' ' || text[e] == '\t')
}

// nameNumber reports a number word that is part of a name: capitalised
// inside a sentence (after a word all in small letters, or a comma) and
// followed by a capitalised word ("in Nine Elms", "at Seven Sisters", "the
// March of a Million Hearts"). After a capitalised word it is a title-cased
// headline's count ("Storm Kills Twelve People").
func nameNumber(text string, sp claims.Span) bool {
	w := text[sp.Start:sp.End]
	if a, rest, ok := strings.Cut(w, " "); ok && (a == "a" || a == "an") {
		w = rest // "a Million Hearts"
	}
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false // one word in letters only: "Nine", not "Nine hundred" or "9"
		}
	}
	p := sp.Start - 1
	for p >= 0 && text[p] == ' ' {
		p--
	}
	if p < 0 || p == sp.Start-1 || !('a' <= text[p] && text[p] <= 'z' || text[p] == ',') {
		return false
	}
	if text[p] != ',' && capitalisedWordEndingAt(text, p) {
		// "Storm Kills Twelve People": a headline capitalises every word;
		// one capital opening the line or sentence is no headline ("At
		// Seven Sisters, …").
		q := wordStart(text, p) - 1
		for q >= 0 && (text[q] == ' ' || text[q] == '\t') {
			q--
		}
		if q >= 0 && text[q] != '\n' && text[q] != '.' && text[q] != '!' && text[q] != '?' && capitalisedWordEndingAt(text, q) {
			return false
		}
	}
	n := sp.End
	if n >= len(text) || text[n] != ' ' {
		return false
	}
	for n < len(text) && text[n] == ' ' {
		n++
	}
	return n+1 < len(text) && 'A' <= text[n] && text[n] <= 'Z' && 'a' <= text[n+1] && text[n+1] <= 'z'
}

// peopleAt reports a plural noun of people at token i ("officials",
// "officers"): after a rank's words, what is counted rather than ranked.
func (d *document) peopleAt(i int) bool {
	return i < len(d.toks) && d.toks[i].kind == tWord && !d.toks[i].capital && d.personLike(d.toks[i].low)
}

// capitalisedWordEndingAt reports whether the word of text that ends at
// byte p (inclusive) starts with a capital letter.
func capitalisedWordEndingAt(text string, p int) bool {
	q := wordStart(text, p)
	return 'A' <= text[q] && text[q] <= 'Z'
}

// wordStart returns where the word of text that ends at byte p (inclusive)
// starts: after the space, tab or line break before it, or at 0.
func wordStart(text string, p int) int {
	for p > 0 && text[p-1] != ' ' && text[p-1] != '\n' && text[p-1] != '\t' {
		p--
	}
	return p
}

// dropFurniture removes the figures that stand in the spans of skip (both
// in order).
func dropFurniture(figs []figure, skip []claims.Span) []figure {
	if len(skip) == 0 {
		return figs
	}
	out := figs[:0]
	for _, f := range figs {
		for len(skip) > 0 && skip[0].End <= f.span.Start {
			skip = skip[1:]
		}
		if len(skip) > 0 && skip[0].Start < f.span.End {
			continue
		}
		out = append(out, f)
	}
	return out
}

// mendGlued reads the figures of words glued to a figure (tokenizePage's
// glue offsets, in order): the figure part of "transferring19" or
// "2,000people" is read on its own, in place of what the scanner made of
// the whole (an identifier). Offsets stay those of text.
func mendGlued(text string, figs []figure, glue []int, tag language.Tag) []figure {
	var parts []claims.Span
	fi := 0
	for _, g := range glue {
		ns, ne := numericPart(text, g)
		if ns >= ne || len(parts) > 0 && ns < parts[len(parts)-1].End {
			continue
		}
		for fi < len(figs) && figs[fi].span.End <= ns {
			fi++
		}
		if fi < len(figs) && figs[fi].span.Start == ns && figs[fi].span.End == ne {
			continue // already read on its own: "Rennes10,000"
		}
		parts = append(parts, claims.Span{Start: ns, End: ne})
	}
	return rescan(text, figs, parts, tag)
}

// rescan reads the figures of each span of text on its own, in place of
// the figures that overlap it: a headline's last word is not read with the
// next line ("… in 2024" then "More than 9,000 …"), nor the figure of a
// glued word with its letters. spans are in order and do not overlap; a
// span where nothing is found keeps the figures it had.
func rescan(text string, figs []figure, spans []claims.Span, tag language.Tag) []figure {
	if len(spans) == 0 {
		return figs
	}
	out := make([]figure, 0, len(figs)+len(spans))
	fi, last := 0, 0
	for _, sp := range spans {
		var part []figure
		part = scanFigures(text[sp.Start:sp.End], tag, part)
		if len(part) == 0 {
			continue
		}
		for fi < len(figs) && figs[fi].span.End <= sp.Start {
			if figs[fi].span.Start >= last {
				out = append(out, figs[fi])
			}
			fi++
		}
		for fi < len(figs) && figs[fi].span.Start < sp.End {
			fi++ // overlapped: replaced
		}
		for _, f := range part {
			f.span.Start += sp.Start
			f.span.End += sp.Start
			out = append(out, f)
		}
		last = sp.End
	}
	for ; fi < len(figs); fi++ {
		if figs[fi].span.Start >= last {
			out = append(out, figs[fi])
		}
	}
	return out
}

// joinSpaceGroups reads a number written with a space between its groups
// of thousands ("5 857 people", "more than 1 200 prisoners", as Ukrainian
// and French-style texts write them) as one figure, where the scanner read
// two: a group of one to three digits, one space, then a group of exactly
// three digits that no further group of digits follows or precedes (a
// phone number's groups stay apart).
func joinSpaceGroups(text string, figs []figure, tag language.Tag) []figure {
	isD := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.class != numbers.Count || b.class != numbers.Count || b.span.Start != a.span.End+1 || text[a.span.End] != ' ' {
			continue
		}
		n := 0
		for isD(a.span.End - 1 - n) {
			n++
		}
		if n == 0 || n > 3 || a.span.End-1-n >= 0 && (text[a.span.End-1-n] == ',' || text[a.span.End-1-n] == '.') {
			continue
		}
		if st := a.span.End - n; st >= 2 && text[st-1] == ' ' && isD(st-2) {
			continue // "0 800 50 21 90"
		}
		g := b.span.Start
		if !isD(g) || !isD(g+1) || !isD(g+2) || isD(g+3) || g+3 < len(text) && (text[g+3] == ',' || text[g+3] == '.') && isD(g+4) {
			continue
		}
		if g+4 < len(text) && text[g+3] == ' ' && isD(g+4) {
			continue // a further group: a phone or reference number
		}
		joined := text[a.span.Start:a.span.End] + text[b.span.Start:b.span.End]
		part := scanFigures(joined, tag, nil)
		la := a.span.End - a.span.Start
		if len(part) != 1 || part[0].span.Start >= la || part[0].span.End < la+3 || part[0].class != numbers.Count {
			continue
		}
		f := part[0]
		f.span.Start += a.span.Start
		f.span.End += a.span.Start + 1
		f.text = text[f.span.Start:f.span.End]
		f.q.Text = f.text
		figs[i] = f
		figs = append(figs[:i+1], figs[i+2:]...)
	}
	return figs
}

// listedOnes adds the "one" that ends a list of counts told place by
// place ("45 in Tula, six in Colima and one in Leon"), which the scanner
// reads as a pronoun before its preposition: after a count, its
// preposition and a name, then a comma or "and", a "one" followed by the
// same preposition and another name is a count of one.
func listedOnes(text string, figs []figure) []figure {
	n := len(figs)
	for i := 0; i < n; i++ {
		f := &figs[i]
		if !f.claim || f.class != numbers.Count {
			continue
		}
		prep, p := nextWord(text, f.span.End)
		if prep != "in" && prep != "at" && prep != "from" && prep != "on" { // small letters only: a preposition
			continue
		}
		// The name: capitalised words up to a comma or "and".
		w, q := nextWord(text, p)
		if w == "" || text[q-len(w)] < 'A' || text[q-len(w)] > 'Z' {
			continue
		}
		for {
			if q < len(text) && text[q] == ',' {
				q++
				break
			}
			w2, q2 := nextWord(text, q)
			if w2 == "and" {
				q = q2
				break
			}
			if w2 == "" || text[q2-len(w2)] < 'A' || text[q2-len(w2)] > 'Z' {
				q = -1
				break
			}
			q = q2
		}
		if q < 0 {
			continue
		}
		if w2, q2 := nextWord(text, q); w2 == "and" {
			q = q2 // ", and one in …"
		}
		one, e := nextWord(text, q)
		if one != "one" {
			continue
		}
		p2, e2 := nextWord(text, e)
		if p2 != prep {
			continue
		}
		if w3, e3 := nextWord(text, e2); w3 == "" || text[e3-len(w3)] < 'A' || text[e3-len(w3)] > 'Z' {
			continue // "one in which", "one at a time": no place's count
		}
		if i+1 < n && figs[i+1].span.Start < e {
			continue // a figure between, or the "one" read already
		}
		qn := claims.ExactQuantity(claims.DecimalOf(1))
		qn.Text = text[e-3 : e]
		figs = append(figs, figure{span: claims.Span{Start: e - 3, End: e}, text: qn.Text, class: numbers.Count, q: qn, claim: true})
	}
	if len(figs) > n {
		slices.SortStableFunc(figs, func(a, b figure) int { return a.span.Start - b.span.Start })
	}
	return figs
}

// nextWord returns the word of letters (as written) that starts past the
// spaces after offset i, and the offset where it ends; "" when a letter
// does not come first.
func nextWord(text string, i int) (string, int) {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && ('a' <= text[j]|0x20 && text[j]|0x20 <= 'z') {
		j++
	}
	return text[i:j], j
}

// endingFigures returns the spans of lines whose last word is a figure
// (the scanner read it with the next line's words: "… in 2024" then "More
// than 9,000 …"), among lines (in order).
func endingFigures(text string, figs []figure, lines []claims.Span) []claims.Span {
	var out []claims.Span
	fi := 0
	for _, l := range lines {
		for fi < len(figs) && figs[fi].span.End < l.End-1 {
			fi++
		}
		for k := fi; k < len(figs) && figs[k].span.Start < l.End; k++ {
			if e := figs[k].span.End; e > l.End || e >= l.End-1 && strings.TrimRight(text[e:l.End], " \t\r.") == "" {
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// splitChanges reads a range written "from A to B" after a verb of change
// ("the toll rose from 300 to 450", "turnout fell sharply from 54% to 48%")
// as the two levels it is, the earlier and the later, each a figure of its
// own; the scanner reads it as one range of levels. A range with no such
// verb ("from 300 to 450 people a day", "ranged from 300 to 450") stays
// one. Each end keeps what its own words say (a hedge, its precision);
// an end that holds only digits ("from 1.2 to 1.5 million") takes the
// range's bound. verbs holds the verbs of change.
func splitChanges(text string, figs []figure, verbs map[string]bool, tag language.Tag) []figure {
	n := 0
	for i := range figs {
		if _, ok := changeRange(text, &figs[i], verbs); ok {
			n++
		} else if _, ok := fallenRange(text, &figs[i], tag); ok {
			n++
		}
	}
	if n == 0 {
		return figs
	}
	out := make([]figure, 0, len(figs)+n)
	for _, f := range figs {
		a0, ok := changeRange(text, &f, verbs)
		if !ok {
			a0, ok = fallenRange(text, &f, tag)
		}
		if !ok {
			out = append(out, f)
			continue
		}
		a, b := rangeEnds(f, a0)
		first, second := f.q.Lower.Value, f.q.Upper.Value
		if fallen(text, f, a, b, tag) {
			// "fell from 450 to 300": the range's upper end comes first.
			first, second = second, first
		}
		out = append(out, rangeEnd(text, f, a, first, tag), rangeEnd(text, f, b, second, tag))
	}
	return out
}

// changeRange reports a range figure f written "from A to B" right after
// a verb of change, or after one and an adverb ("rose sharply from"), and
// where its first end starts. The "from" may stand before the figure's
// span ("from about 300 to 450" is read "about 300 to 450").
func changeRange(text string, f *figure, verbs map[string]bool) (int, bool) {
	a, end, ok := fromTo(text, f)
	if !ok {
		return 0, false
	}
	for n := 0; n < 2; n++ {
		w, start := wordBefore(text, end)
		if verbs[w] {
			return a, true
		}
		if !strings.HasSuffix(w, "ly") && !changeAdverbs[w] {
			return 0, false
		}
		end = start
	}
	return 0, false
}

// rangeEnd returns the figure one end of range f stands for: the words at
// sp read on their own when they give the bound v, else v itself.
func rangeEnd(text string, f figure, sp claims.Span, v claims.Decimal, tag language.Tag) figure {
	part := scanFigures(text[sp.Start:sp.End], tag, nil)
	if len(part) == 1 && part[0].claim && part[0].q.Value.Cmp(v) == 0 && part[0].q.Unit == f.q.Unit {
		p := part[0]
		p.span = claims.Span{Start: sp.Start + p.span.Start, End: sp.Start + p.span.End}
		return p
	}
	q := claims.ExactQuantity(v)
	q.Text, q.Unit = text[sp.Start:sp.End], f.q.Unit
	return figure{span: sp, text: q.Text, class: f.class, q: q, unit: f.unit, ucode: f.ucode, claim: true}
}

// fromTo reports a range figure f written "from A to B", where its first
// end starts and where the words before its "from" end.
func fromTo(text string, f *figure) (a, end int, ok bool) {
	if f.q.Qualifier != claims.Range || !f.q.Lower.Set || !f.q.Upper.Set || !f.claim || f.q.Reciprocal ||
		!strings.Contains(strings.ToLower(f.text), " to ") {
		return 0, 0, false
	}
	a, end = f.span.Start, f.span.Start
	if len(f.text) > len("from ") && strings.EqualFold(f.text[:len("from ")], "from ") {
		a += len("from ")
	} else if w, start := wordBefore(text, end); w == "from" {
		end = start
	} else {
		return 0, 0, false
	}
	return a, end, true
}

// fallenRange reports a range figure f written "from A to B" high to low,
// with or without a verb of change before it ("lowered the count from 43 to
// 42"): a fall, two levels as splitChanges reads them, no range of
// estimates. It returns where its first end starts.
func fallenRange(text string, f *figure, tag language.Tag) (int, bool) {
	a, _, ok := fromTo(text, f)
	if !ok {
		return 0, false
	}
	x, y := rangeEnds(*f, a)
	return a, fallen(text, *f, x, y, tag)
}

// rangeEnds returns the spans of the two ends of range f written "A to B",
// its first end starting at a.
func rangeEnds(f figure, a int) (claims.Span, claims.Span) {
	to := strings.Index(strings.ToLower(f.text), " to ")
	x := claims.Span{Start: a, End: f.span.Start + to}
	return x, claims.Span{Start: x.End + len(" to "), End: f.span.End}
}

// fallen reports whether range f names its upper bound first, as a fall
// writes it ("from 450 to 300"): the words of its first end, at a, read on
// their own give the upper bound, or those of its second end, at b, the
// lower ("from 2.4 to 1.9 million", where "2.4" alone gives neither).
func fallen(text string, f figure, a, b claims.Span, tag language.Tag) bool {
	lo, hi := f.q.Lower.Value, f.q.Upper.Value
	if lo.Cmp(hi) == 0 {
		return false
	}
	if p := scanFigures(text[a.Start:a.End], tag, nil); len(p) == 1 && p[0].q.Value.Cmp(hi) == 0 {
		return true
	}
	p := scanFigures(text[b.Start:b.End], tag, nil)
	return len(p) == 1 && p[0].q.Value.Cmp(lo) == 0
}

// wordBefore returns the word (letters, in small letters) that ends just
// before offset end, past spaces, and where it starts.
func wordBefore(text string, end int) (string, int) {
	i := end
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && ('a' <= text[j-1]|0x20 && text[j-1]|0x20 <= 'z') {
		j--
	}
	return strings.ToLower(text[j:i]), j
}

// numericPart returns the span of the figure at a glue offset g: the
// digits that start at g ("transferring|19"), or those that end there
// ("2,000|people"), with the separators between them.
func numericPart(text string, g int) (int, int) {
	isD := func(i int) bool { return i >= 0 && i < len(text) && '0' <= text[i] && text[i] <= '9' }
	if isD(g) {
		e := g
		for e < len(text) && (isD(e) || (text[e] == ',' || text[e] == '.') && isD(e+1)) {
			e++
		}
		return g, e
	}
	s := g
	for isD(s-1) || s-2 >= 0 && (text[s-1] == ',' || text[s-1] == '.') && isD(s-2) {
		s--
	}
	return s, g
}

// bracketAge returns the figure at k as an age could be: a count below 120.
func (d *document) bracketAge(k int) (int64, bool) {
	f := &d.figs[d.toks[k].fig]
	v, ok := f.q.Value.Int64()
	return v, ok && v < 120 && f.q.Unit == claims.Count
}

// bracketedCounts reports a list of names with a count in brackets after
// each, one of which is no age: a place's ("…, Balochistan (26) and
// Islamabad (9)") or one too large to be ("Punjab (654), followed by Sindh
// (78)"). Each item then counts in its place; a list of people with their
// ages ("Ana Ruiz (34) and Tom Hale (41)") has none such.
func (d *document) bracketedCounts(k int, s sentence) bool {
	items, single, first := 0, 0, -1
	for j := s.first + 2; j+1 <= s.last; j++ {
		if d.toks[j].kind != tFig || d.toks[j-1].low != "(" || d.toks[j+1].low != ")" {
			continue
		}
		if p := d.toks[j-2]; p.kind != tWord || !p.capital {
			continue
		}
		if _, age := d.bracketAge(j); j != k && (!age || d.isPlaceName(j-2)) {
			return true
		}
		items++
		if first < 0 {
			first = j - 2
		}
		if j-3 < s.first || d.toks[j-3].kind != tWord || !d.toks[j-3].capital {
			single++
		}
	}
	// A long list of names of one word each ("Arvo (3), Belmont (2),
	// Cray (1), …") names places or groups: people listed with their
	// ages are named in full ("Ana Ruiz (34)"), by first name alone only
	// as the people ("children", "the victims") the words just before
	// the list name.
	if items < 3 || 4*single < 3*items {
		return false
	}
	for j := first - 1; j >= s.first && j >= first-2; j-- {
		if d.cls(j)&cPerson != 0 {
			return false
		}
	}
	return true
}

// measurement reports a figure that measures rather than counts: a unit
// after it ("10 km", "150 millimetres", "4.8 metres") or a scale before it
// ("magnitude 6.4", "a magnitude-6.4 quake").
func (d *document) measurement(k int, s sentence) bool {
	// A unit glued to the figure by a hyphen stays in the figure's token:
	// "a 7.7-magnitude quake", "the 10-km run".
	// A zero glued to a word makes an adjective, no count: "zero-tolerance",
	// "zero-sum", "zero-emission".
	// A weight glued so describes what it is said of ("a 7.5-tonne
	// truck"), though "9 kg" seized is an amount.
	if w := d.gluedWord(k); w != "" && (d.lx.units[w] || d.lx.weightUnits[w] || d.figs[d.toks[k].fig].q.Value.IsZero()) {
		return true
	}
	if k+1 <= s.last {
		w := d.toks[k+1].low
		if d.lx.units[w] || d.toks[k+1].start == d.toks[k].end && strings.HasPrefix(w, "-") && (d.lx.units[w[1:]] || d.lx.weightUnits[w[1:]]) {
			return true
		}
		if a, _, ok := strings.Cut(w, "-"); ok && d.lx.units[a] {
			return true // "10-km"
		}
	}
	if d.clockTime(k, s) {
		return true
	}
	// A suspended hyphen takes the unit of the figure after it: "24- to
	// 48-hour truces", "five- or 10-km runs".
	if k+3 <= s.last && d.toks[k+1].low == "-" && d.toks[k+1].start == d.toks[k].end && d.toks[k+3].kind == tFig {
		if w := d.toks[k+2].low; w == "to" || w == "or" || w == "and" {
			return d.figs[d.toks[k+3].fig].class == numbers.Duration || d.measurement(k+3, s)
		}
	}
	// An age in brackets after a name: "Tsachi Idan (50)", not "Sete (4500)".
	if k-2 >= s.first && k+1 <= s.last && d.toks[k-1].low == "(" && d.toks[k+1].low == ")" {
		if p := d.toks[k-2]; p.kind == tWord && p.capital && !d.isPlaceName(k-2) && !d.bracketedCounts(k, s) {
			if v, ok := d.bracketAge(k); ok && v > 0 {
				return true
			}
		}
	}
	// A number in a name: "Channel 4", "Radio 3", "Flight 370"; a part of
	// a law in small letters too ("article 49.3 of the constitution").
	if j := k - 1; j >= s.first && (d.toks[j].capital && isNamedNumber(d.toks[j].low) || d.lx.lawPart[d.toks[j].low]) {
		return true
	}
	// A rank: "at number two", "placed number two and three".
	if j := k - 1; j >= s.first && d.toks[j].low == "number" && !d.toks[j].capital {
		return true
	}
	if j := k - 2; j-1 >= s.first && (d.toks[k-1].low == "and" || d.toks[k-1].low == "or") && d.toks[j].kind == tFig && d.toks[j-1].low == "number" {
		return true
	}
	// A number one dials: "call the 911 emergency number", "a 112
	// hotline".
	if n := k + 1; n <= s.last && d.lx.dialled[d.toks[n].low] || n+1 <= s.last && d.toks[n].low == "emergency" && d.lx.dialled[d.toks[n+1].low] {
		return true
	}
	// Days of a month in a list: "on 10, 12 and 19 June", "between 11-16
	// June".
	if d.monthDays(k, s) {
		return true
	}
	// An age set off by commas after a person's name: "said the driver,
	// Ana Ruiz, 34." or "Tom Hale, 41, was hurt".
	if d.commaAge(k, s) {
		return true
	}
	// "zero tolerance", "zero growth": zero before a noun in the singular
	// qualifies it; "zero deaths" counts.
	if f := &d.figs[d.toks[k].fig]; f.q.Value.IsZero() && f.q.Unit == claims.Count && k+1 <= s.last {
		if t := &d.toks[k+1]; t.kind == tWord && !t.capital && !strings.HasSuffix(t.low, "s") && d.cls(k+1)&(cBreaker|cPrep|cAux) == 0 && d.gram(k+1)&(gPrep|gBe|gHave|gCoord|gModal|gVerb) == 0 {
			return true
		}
	}
	// Parts of a number written in groups: "0 800 50 21 90"; a year that
	// ends a headline is no group of the figure that opens the next line.
	if d.digitGroup(k) && (k+1 <= s.last && d.digitGroup(k+1) || k-1 >= s.first && d.digitGroup(k-1)) {
		return true
	}
	for j, n := k-1, 0; j >= s.first && n < 3; j, n = j-1, n+1 {
		if j == k-2 && j-1 > s.first && d.toks[k-1].low == "to" && d.toks[j].kind == tFig && d.toks[j-1].low == "by" && d.figs[d.toks[j].fig].class == numbers.Duration {
			j, n = j-1, n-1 // "lifts the pension age by two years to 64": the change, then the level
			continue
		}
		w := d.toks[j].low
		if w == "age" || w == "aged" || w == "ages" || (w == "young" || w == "old") && j+1 < k && d.toks[j+1].low == "as" ||
			w == "youngest" || w == "oldest" {
			return true // "raise the retirement age to 64", "as young as six"
		}
	}
	if j := k - 1; j >= s.first && k+1 <= s.last && (d.toks[k+1].kind != tWord || d.cls(k+1)&cBreaker != 0) {
		switch d.toks[j].low {
		case "next", "first", "last", "previous", "following":
			return true // "the next two on 11 and 13 June": items of a series, no count
		}
	}
	if j := k - 1; j-2 >= s.first && k+1 <= s.last && d.toks[j].low == "and" && d.lx.kin[d.toks[j-1].low] && d.lx.g.possPron[d.toks[j-2].low] && (d.lx.kin[d.toks[k+1].low] || k+2 <= s.last && d.lx.kin[d.toks[k+2].low]) {
		// "his wife and two sons": the possessive holds the whole list;
		// the people of one's household are no count of the story's.
		return true
	}
	if j := k - 1; j >= s.first {
		switch d.toks[j].low {
		case "not", "needs", "need", "needed", "requires", "required", "threshold", "minimum", "maximum":
			// "not one life", "a party needs 5 percent": no count of the
			// story's.
			return true
		case "his", "her", "their", "my":
			// "with her three grandchildren", "their 5% pay rise": nothing
			// of the story's; but a share its holder has ("his 62% share of
			// the vote") and the rivals of a race ("her two opponents") are.
			return !(d.figs[d.toks[k].fig].q.Unit == claims.Percent && k+1 <= s.last && d.lx.shareNoun[d.toks[k+1].low]) && !d.rivalsAfter(k, s)
		}
	}
	// "the six most common", "among the top 10": a rank picks items out,
	// no count ("the top 5 percent" of earners is a group).
	if k-2 >= s.first && d.toks[k-1].low == "top" && d.toks[k-2].low == "the" && d.figs[d.toks[k].fig].q.Unit != claims.Percent && !d.peopleAt(k+1) ||
		k-1 >= s.first && d.toks[k-1].low == "the" && k+2 <= s.last && (d.toks[k+1].low == "most" || d.toks[k+1].low == "least") && !d.peopleAt(k+3) {
		// (Not where people follow: "the top two officials", "the 12
		// most senior officers" count them.)
		return true
	}
	// "several times higher", "ten times as many": a multiple of a figure
	// the sentence does not give, no count; "five times less than the
	// 45,000 the unions claimed" compares two it gives.
	if k+2 <= s.last && d.toks[k+1].low == "times" && d.lx.timesWhat[d.toks[k+2].low] && !d.thanFigure(k+2, s) {
		return true
	}
	// "with one measuring 6.3": one of a group picked out to give its
	// size, no count.
	if d.isOne(k) && k+2 <= s.last && d.lx.sizeVerb[d.toks[k+1].low] && d.toks[k+2].kind == tFig {
		return true
	}
	// "the previous one", "a new one": a pronoun after a determiner and
	// an adjective, no count.
	if d.isOne(k) && k-2 >= s.first && d.toks[k].low == "one" && d.toks[k-1].kind == tWord && !d.toks[k-1].capital && d.cls(k-1)&cBreaker == 0 {
		switch d.toks[k-2].low {
		case "the", "a", "an", "this", "that", "another", "each", "every":
			return true
		}
	}
	// "one high-speed train in three": a rate.
	if d.isOne(k) {
		for j := k + 1; j <= s.last && j <= k+5; j++ {
			if d.toks[j].low == "in" && j+1 <= s.last && d.toks[j+1].kind == tFig {
				return true
			}
		}
	}
	if j := k - 2; j >= s.first && d.toks[j+1].low == "in" && d.toks[j].kind != tFig {
		for i := j; i >= s.first && i >= k-6; i-- {
			if d.isOne(i) {
				return true // the "three" of "one … in three"
			}
		}
	}
	for j := k - 1; j >= s.first && j >= k-2; j-- {
		w := d.toks[j].low
		if w == "magnitude" || w == "scale" || strings.HasPrefix(w, "magnitude-") || w == "level" || w == "depth" || w == "height" {
			return true
		}
		if w == "-" && d.toks[j].end == d.toks[j+1].start {
			continue // "a magnitude-7.1 earthquake"
		}
		if w != "of" && w != "a" && w != "the" {
			break
		}
	}
	// A figure with decimals under ten before the noun of a quake is its
	// magnitude: "a 6.1 quake", "the 5.4 aftershock".
	if k+1 <= s.last && d.lx.seismic[d.toks[k+1].low] {
		f := d.figs[d.toks[k].fig]
		if strings.IndexByte(d.text[f.span.Start:f.span.End], '.') >= 0 && f.q.Value.Float64() < 10 {
			return true
		}
	}
	return false
}

// thanFigure reports "than" or "as" and then a figure within a few words
// after token i: "more than the 45,000", "as many as the 300 counted".
func (d *document) thanFigure(i int, s sentence) bool {
	for j := i; j <= s.last && j <= i+3; j++ {
		if w := d.toks[j].low; w == "than" || w == "as" && j > i {
			for n := j + 1; n <= s.last && n <= j+3; n++ {
				if d.toks[n].kind == tFig {
					return true
				}
			}
			return false
		}
	}
	return false
}

// clockTime reports a figure that tells the time of day: a whole number
// up to twelve before a word of the clock ("7 p.m.", "nine o'clock") or a
// part of the day ("seven in the morning", "eleven at night").
func (d *document) clockTime(k int, s sentence) bool {
	f := &d.figs[d.toks[k].fig]
	if f.q.Unit != claims.Count || f.q.Vague && f.q.Qualifier != claims.Approx {
		return false
	}
	if k+1 > s.last {
		return false
	}
	if v, ok := f.q.Value.Int64(); !ok || v < 1 || v > 12 {
		// "8.37 pm": hours and minutes with a point between them.
		return !ok && hourMinutes(f.text) && d.lx.clock[d.toks[k+1].low]
	}
	if d.lx.clock[d.toks[k+1].low] {
		return true
	}
	j := k + 1
	switch d.toks[j].low {
	case "in", "at":
		j++
		if j <= s.last && d.toks[j].low == "the" {
			j++
		}
	case "this", "tomorrow", "yesterday", "last":
		// "at 8 this morning", "at 11 last night": only after "at".
		if k-1 < s.first || d.toks[k-1].low != "at" {
			return false
		}
		j++
	default:
		return false
	}
	return j <= s.last && d.lx.dayParts[d.toks[j].low]
}

// hourMinutes reports a figure written as hours and minutes with a point
// or a colon between them ("8.37", "around 9.16"): one or two digits up
// to 12, then exactly two below 60.
func hourMinutes(text string) bool {
	p := strings.LastIndexAny(text, ".:")
	if p < 1 || len(text)-p != 3 || !isDigit(text[p+1]) || !isDigit(text[p+2]) || text[p+1] > '5' {
		return false
	}
	h := 0
	for i := p - 1; i >= 0 && i >= p-2 && isDigit(text[i]); i-- {
		if i == p-2 {
			h += 10 * int(text[i]-'0')
		} else {
			h += int(text[i] - '0')
		}
	}
	return h >= 1 && h <= 12 && (p < 3 || !isDigit(text[p-3]))
}

// monthDays reports a bare whole number up to 31 that is a day of the
// month a list or a range of days ends in: "on 10, 12 and 19 June" (the
// last a date), "between 11-16 June".
func (d *document) monthDays(k int, s sentence) bool {
	day := func(i int) bool {
		if d.toks[i].kind != tFig {
			return false
		}
		f := &d.figs[d.toks[i].fig]
		if f.isDate {
			return true
		}
		lo, ok1 := f.q.Lower.Value.Int64()
		hi, ok2 := f.q.Upper.Value.Int64()
		return f.q.Unit == claims.Count && ok1 && ok2 && lo >= 1 && hi <= 31 && digitsOnly(f.text)
	}
	if !day(k) || d.figs[d.toks[k].fig].isDate {
		return false
	}
	for j := k + 1; j <= s.last && j <= k+16; j++ {
		t := &d.toks[j]
		switch {
		case t.kind == tWord && d.lx.months[t.low]:
			return j == k+1 || d.toks[j-1].kind == tFig
		case t.kind == tFig && d.figs[t.fig].isDate:
			return true
		case t.low == "," || t.low == "and" || t.low == "or" || t.low == "to":
		case day(j):
		default:
			return false
		}
	}
	return false
}

// digitsOnly reports a figure written in digits, with an optional hedge
// word before them and a hyphen between two ("10", "between 11-16"): no
// number word, no separator of thousands.
func digitsOnly(text string) bool {
	if i := strings.LastIndexByte(text, ' '); i >= 0 {
		text = text[i+1:]
	}
	if text == "" {
		return false
	}
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) && text[i] != '-' {
			return false
		}
	}
	return true
}

// commaAge reports a number under 120 set off by commas right after a
// name of two words or more that is no place: "Tom Hale, 41, was hurt".
func (d *document) commaAge(k int, s sentence) bool {
	if k-3 < s.first || k+1 > s.last || d.toks[k-1].low != "," || d.toks[k+1].kind != tPunct {
		return false
	}
	if w := d.toks[k+1].low; w != "," && w != "." && w != ";" {
		return false
	}
	if v, ok := d.bracketAge(k); !ok || v < 1 || !digitsOnly(d.figs[d.toks[k].fig].text) {
		return false
	}
	a, b := &d.toks[k-2], &d.toks[k-3]
	return a.kind == tWord && a.capital && b.kind == tWord && b.capital && !d.isPlaceName(k-2) && !d.isPlaceName(k-3)
}

func isNamedNumber(w string) bool {
	switch w {
	case "channel", "radio", "tv", "route", "highway", "gate", "terminal", "flight", "line", "platform", "apollo",
		"boeing", "airbus", "article", "section", "chapter", "level", "resolution", "building", "block", "unit",
		"ward", "room", "brigade", "battalion", "division", "corps", "district", "precinct", "zone", "camp", "sector":
		return true
	}
	return false
}

// isOne reports a figure at token i whose value is one.
func (d *document) isOne(i int) bool {
	t := &d.toks[i]
	if t.kind != tFig {
		return false
	}
	v, ok := d.figs[t.fig].q.Value.Int64()
	return ok && v == 1
}

// digitGroup reports a figure at token i that is a bare group of digits
// right next to another: a part of a phone or reference number.
func (d *document) digitGroup(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tFig {
		return false
	}
	for _, c := range []byte(d.text[d.toks[i].start:d.toks[i].end]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// rivalsAfter reports a noun of rivals in a race right after the figure at
// k, or after one adjective: "his two opponents", "her three main rivals".
func (d *document) rivalsAfter(k int, s sentence) bool {
	for i := k + 1; i <= s.last && i <= k+2; i++ {
		if d.toks[i].kind != tWord {
			return false
		}
		if d.lx.rivals[d.toks[i].low] {
			return true
		}
	}
	return false
}

// gluedWord returns, in small letters, the word glued by a hyphen to the
// end of the figure at token k ("magnitude" of "7.7-magnitude", "tolerance"
// of "zero-tolerance"): the figure's token holds it, the figure does not.
// It returns "" when there is none.
func (d *document) gluedWord(k int) string {
	t := &d.toks[k]
	if t.kind != tFig {
		return ""
	}
	end := d.figs[t.fig].span.End
	if t.end <= end+1 || d.text[end] != '-' {
		return ""
	}
	w := d.text[end+1 : t.end]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// verbEstimates reads "estimated" before a figure as the verb it is after
// a subject ("police estimated 41,000", "the guard has estimated 600,000"),
// not as the hedge of "an estimated 41,000": the figure is read again
// without it, so that the verb stays a word the speaker stage sees. After
// a determiner, a preposition, a conjunction, a mark or at a line's start
// it stays the hedge ("an estimated", "with estimated", "Estimated 40,000
// …").
func verbEstimates(text string, figs []figure, toks []token, tag language.Tag) []figure {
	const verb = "estimated"
	var spans []claims.Span
	for _, f := range figs {
		if !f.claim || !strings.HasPrefix(text[f.span.Start:f.span.End], verb+" ") {
			continue
		}
		k := sort.Search(len(toks), func(i int) bool { return toks[i].end > f.span.Start })
		p := k - 1 // the token before the figure
		if p < 0 || toks[p].kind != tWord || toks[p].gram&(gDet|gPrep|gCoord) != 0 || toks[p].cls&cDeterminer != 0 {
			continue
		}
		if k < len(toks) && toks[k].line {
			continue
		}
		start := f.span.Start + len(verb)
		for start < f.span.End && text[start] == ' ' {
			start++
		}
		spans = append(spans, claims.Span{Start: start, End: f.span.End})
	}
	return rescan(text, figs, spans, tag)
}
