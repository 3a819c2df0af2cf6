// Package numbers finds every figure in running text, with its byte span:
// counts and quantity phrases ("more than 6,000", "between 500 and 600",
// "dozens", "6,000-for-6,000"), shares ("45%", "one in three", "half"), and
// the labels that only look like counts (dates, years, times, ordinals,
// ages, durations, money, identifiers), so that nothing downstream takes
// "June 9" or "the fourth exchange" for a number of people.
//
// It reads text; it does not decide what a figure counts, who said it or
// whether it agrees with anything: that is the work of the extractor
// (sources/text) and of package compare. Quantities are read with the one
// grammar of claims.ReadQuantity.
//
// Scan is a single pass over the bytes: it stops only at digits, signs and
// the first letters of words that can begin a figure, and allocates nothing
// for text without figures.
//
// How figures are told apart, in brief (the sentence table in
// testdata/sentences.tsv shows several hundred cases):
//
//   - Dates: a capitalized month with a day or a year ("June 9", "9 June
//     2025", "June 11 and 13", "June 9-14", "June 2025"), ISO and numeric
//     dates ("2025-06-20", "20/06/2025", "20.06.2025").
//   - Times: "14:00", "8.37 pm", "10am", "5 p.m.", "9 o'clock", "23:59 GMT".
//   - Years: four digits from 1800 to 2100 with no hedge, no separator and
//     no count noun after them ("in 2025", but "2022 applications" is a
//     count); "the 1990s", "the 90s", "2024-25".
//   - Ordinals: "9th", "21st", "fourth", "twenty-first", "thirty first",
//     "the forty-second" (but "a forty-second clip" is a duration),
//     "second round".
//   - Ages: "24-year-old", "14 years old", "aged 18 to 25", "under the age
//     of 25", a number set off by commas after a name ("The girl, 12,"),
//     and one after "youngest", "oldest" ("the oldest 63").
//   - Durations: a number before a unit of time ("two days", "24 to 48
//     hours", "a three-day visit", "an hour"); "over four days" is a span of
//     time, not more than four days.
//   - Money: a currency sign ("$5 million", "€300", "US$40m") or a currency
//     word or code ("2 billion roubles", "EUR 4.5 million").
//   - Ratios: "half of", "a third of", "two-thirds", "one in three", "9 out of
//     10", "3/4", hedged or not ("nearly a third", "fewer than one in ten").
//     A singular ordinal after "a" is a fraction only before "of" or at the
//     end of a clause: "a fourth on 14 June" is an ordinal.
//   - Identifiers: URLs with digits, telephone numbers, versions and
//     addresses ("2.3.1", "192.168.0.1"), codes glued to letters ("A320",
//     "MH17", "COVID-19"), numbers after a proper noun that name an item
//     ("Boeing 737", "Article 5", "Channel 4"), numbers with a leading zero,
//     and numbers too long to hold exactly. A number after a plural name or
//     in a list of names with figures is a count: "the Greens 12, the
//     Liberals 4".
//   - Changes: "rose 5%", "fell by 3 points", "up 41.2 points", "a 20%
//     increase", "an increase of 6%", "cut rates by 25 basis points" carry
//     Quantity.Change Up or Down (the cue words stay outside the span);
//     "rose to 211", "fell below 6%", "up from 91%" are levels, and "rose
//     by 11 to 211" is a change and a level, not a range (change.go).
//   - Units: a count carries the unit of measure after it in Unit as
//     written and UnitCode normalised ("12 km", "512GB", "42°C", "3,000
//     tonnes", "41.2 points"); money and shares carry a code too ("USD",
//     "percent", "percentage_point") (units.go).
//   - Labels: "A.D. 900", "300 BC" are years; "FTSE 100", "S&P 500",
//     "iPhone 13", "7203.T", "seat 14", "row 22" name things (labels.go).
//   - Fractions: "seventeen fifths", "one over four", "-3/5", "shrank by a
//     third" are ratios (fractions.go).
//   - Commas in English copy: a decimal comma before a share, a currency,
//     a scale or a unit ("29,71%", "1,89 euros"; three digits after a comma
//     group thousands), and a group of thousands a typist spaced after its
//     comma ("passed 15, 200,"), read as one figure only where no list, no
//     determiner or preposition before and no new clause after says two
//     (commas.go).
//   - Everything else numeric is a count or a percentage, read by
//     claims.ReadQuantity with its hedges. "one" is a count only before a
//     word that can be counted ("one person", not "no one", "one of the"),
//     or as "one of" after a verb that takes or harms people ("arrested one
//     of the marchers");
//     "another thousand" is a thousand. "over" after a verb of one table
//     (hand, turn, pass, sign, roll over; take over, except before a time,
//     a share or money) is a particle, not a hedge ("handed over 1,212
//     bodies", but "won over 60%", "handed over over 500").
package numbers

import (
	"fmt"
	"strconv"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
)

// A Class says what kind of figure a Number is. The zero value is Count.
// Classes are small values, safe for concurrent use.
type Class uint8

// The classes of figures.
const (
	Count      Class = iota // a number of things: "6,000", "more than 500", "dozens"
	Percentage              // "45%", "45 percent", "3.5 per cent"
	Ratio                   // "half", "a third", "two-thirds", "one in three"
	Ordinal                 // "fourth", "9th", "second"
	Date                    // "June 9", "9 June 2025", "2025-06-20"
	Year                    // "2025", "the 1990s", "2024-25"
	Time                    // "14:00", "8.37 pm", "10am"
	Age                     // "24-year-old", "aged 18 to 25", "under the age of 25"
	Duration                // "two days", "24 to 48 hours", "a five-year term"
	Money                   // "$5 million", "€300", "2 billion roubles"
	Identifier              // URLs, phone numbers, version strings, codes like "A320"
	Formula                 // a formula without a number: "all-for-all"
)

var classNames = [...]string{"count", "percentage", "ratio", "ordinal", "date", "year", "time", "age", "duration", "money", "identifier", "formula"}

// String returns the class's name in the JSON output ("count", "date", …).
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", c)
}

// IsNumeric reports whether numbers of class c carry a Quantity: count,
// percentage, ratio, ordinal, year, age, duration and money.
func (c Class) IsNumeric() bool {
	switch c {
	case Count, Percentage, Ratio, Ordinal, Year, Age, Duration, Money:
		return true
	}
	return false
}

// MarshalText implements encoding.TextMarshaler with String.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// A Number is one figure found in a text. The zero value is an empty count
// at offset 0. Numbers are values, safe to copy and share.
type Number struct {
	// Span is where the figure stands: byte offsets into the scanned text,
	// End exclusive, both on UTF-8 boundaries. A hedged figure's span
	// covers the hedge ("more than 6,000"); a duration's or an age's covers
	// its unit ("two days", "24-year-old").
	Span claims.Span
	// Text is the scanned text's bytes at Span.
	Text string
	// Class says what the figure is.
	Class Class
	// Quantity is the figure's value for the numeric classes (see
	// Class.IsNumeric): the count, the percentage (Unit claims.Percent), the
	// ratio as a decimal (cut to six places, with that place as its
	// Precision, when it does not terminate: "one in three" is 0.333333,
	// exact as written), the ordinal's number, the year,
	// the age, the duration in its Unit, the amount of money. It is the zero
	// (invalid) Quantity for the other classes. Its Text is the part of
	// Text the number was read from.
	Quantity claims.Quantity
	// Date is the day of a Date: Year is 0 when the text gives none
	// ("June 9"), Day is 0 for a month ("June 2025").
	Date claims.Date
	// Unit is the unit of a duration ("day", "hour", …, singular), the
	// currency of money as written ("$", "€", "euros"), or the unit of
	// measure after a count as written ("km", "miles", "GB", "°C",
	// "tonnes", "points").
	Unit string
	// UnitCode is the unit normalised: the ISO 4217 code of a currency
	// ("USD", "GBP", "EUR"; "" when the sign alone does not tell), "percent"
	// and "percentage_point" for shares, and for measures "km", "mi", "m",
	// "kg", "t", "GB", "MB", "TB", "degC", "degF", "point" (index points),
	// "km/h", "mph"; "" when there is none. A duration's or an age's unit is
	// its Unit ("year", "day").
	UnitCode string
	// Numerator and Denominator are a Ratio's parts: 1 and 3 for "one in
	// three", 2 and 3 for "two-thirds", 1 and 2 for "half".
	Numerator, Denominator int64
}

// Options configure Scan. The zero value reads English. Scan only reads
// its Options, so one Options value may serve many scans at once.
type Options struct {
	// Language picks the digit separators ("6,000.5" in English, "6.000,5"
	// in German, "6 000,5" in French); see claims.ParseQuantityIn. The zero
	// Tag is English. In English text Scan also reads the commas that copy
	// written after another habit has (commas.go): a decimal comma before a
	// share, a currency word or a unit ("29,71%", "1,89 euros"), and a
	// group of thousands set off by a space after its comma ("15, 200");
	// such a figure's Text is no input claims.ParseQuantity reads.
	Language language.Tag
}

// MarshalJSON writes n as one object: see AppendJSON.
func (n Number) MarshalJSON() ([]byte, error) {
	return n.AppendJSON(make([]byte, 0, 160)), nil
}

// appendDate appends d as "2025-06-09", "--06-09" without a year, or
// "2025-06" without a day; nothing for a date with neither.
func appendDate(b []byte, d claims.Date) []byte {
	two := func(b []byte, v int) []byte { return append(b, byte('0'+v/10%10), byte('0'+v%10)) }
	switch {
	case d.Year != 0:
		if d.Year >= 0 && d.Year < 1000 {
			b = append(b, "000"[:4-len(strconv.Itoa(d.Year))]...)
		}
		b = strconv.AppendInt(b, int64(d.Year), 10)
		b = two(append(b, '-'), int(d.Month))
		if d.Day != 0 {
			b = two(append(b, '-'), d.Day)
		}
	case d.Day != 0:
		b = two(append(b, '-', '-'), int(d.Month))
		b = two(append(b, '-'), d.Day)
	}
	return b
}
