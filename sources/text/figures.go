package text

import (
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
	unit   string      // a duration's unit ("day", "week"), money's currency as written ("$", "euros")
	claim  bool        // a count or a share that can be a claim; labels are not
	isDate bool
}

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

// nameNumber reports a number word that is part of a name: capitalised
// inside a sentence (after a word in small letters or a comma) and followed
// by a capitalised word ("in Nine Elms", "at Seven Sisters").
func nameNumber(text string, sp claims.Span) bool {
	w := text[sp.Start:sp.End]
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
	n := sp.End
	if n >= len(text) || text[n] != ' ' {
		return false
	}
	for n < len(text) && text[n] == ' ' {
		n++
	}
	return n+1 < len(text) && 'A' <= text[n] && text[n] <= 'Z' && 'a' <= text[n+1] && text[n+1] <= 'z'
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
