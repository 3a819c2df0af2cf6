package text

import (
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
