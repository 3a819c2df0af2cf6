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
	unit   string      // a duration's unit ("day", "week")
	claim  bool        // a count or a share that can be a claim; labels are not
	isDate bool
}

// particleOver rereads a figure that package numbers read as "over N"
// (more than N) when "over" is the particle of "hand over" ("handed over
// 500" hands over 500, not more than 500): it scans the words after
// "over" again and returns that figure.
func particleOver(text string, n numbers.Number) (numbers.Number, bool) {
	if len(n.Text) < 6 || !strings.EqualFold(n.Text[:5], "over ") {
		return n, false
	}
	i := n.Span.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= 'A' && text[j-1] <= 'Z') {
		j--
	}
	switch strings.ToLower(text[j:i]) {
	case "hand", "hands", "handed", "handing", "passed", "pass", "turned", "turn", "turning", "turns":
	default:
		return n, false
	}
	start := n.Span.Start + 5
	for r := range numbers.Scan(text[start:n.Span.End], numbers.Options{}) {
		r.Span.Start += start
		r.Span.End += start
		return r, true
	}
	return n, false
}

// scanFigures returns the figures of text in order. Counts, percentages and
// ratios can be claims; dates are kept as labels that anchor as-of dates;
// other labels (years, ages, ordinals, times, durations, money, identifiers)
// are kept only so that their words are not read as nouns.
func scanFigures(text string, tag language.Tag, figs []figure) []figure {
	last := -1
	for n := range numbers.Scan(text, numbers.Options{Language: tag}) {
		if n.Span.Start < last || n.Span.End <= n.Span.Start || n.Span.End > len(text) {
			continue // overlapping or empty: keep the first
		}
		if r, ok := particleOver(text, n); ok {
			n = r
		}
		f := figure{span: n.Span, text: n.Text, class: n.Class, q: n.Quantity, unit: n.Unit}
		switch n.Class {
		case numbers.Count, numbers.Percentage, numbers.Ratio:
			f.claim = n.Quantity.IsValid()
		case numbers.Date:
			f.isDate, f.date = true, n.Date
		}
		figs = append(figs, f)
		last = n.Span.End
	}
	return figs
}
