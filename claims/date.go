package claims

import (
	"cmp"
	"fmt"
	"strings"
	"time"
)

// A Date is a calendar day with no time zone. The zero value is no date;
// see IsZero and IsValid. Dates are comparable with ==, ordered by Compare,
// written as "2025-06-19" by String and MarshalText, and safe for
// concurrent use.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads an ISO 8601 calendar date, "2025-06-19": four-digit year,
// two-digit month and day. A day that does not exist ("2025-02-30") is an
// error.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() == 0 { // year 0 is the zero Date's
		return Date{}, fmt.Errorf("claims: parsing date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsValid reports whether d is a real calendar day.
func (d Date) IsValid() bool {
	if d.Year == 0 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	if d.Year >= 1 && d.Year <= 9999 {
		// The days of the month, as package time counts them, without
		// building a time.Time: the dates of news take this way.
		n := 31
		switch d.Month {
		case time.April, time.June, time.September, time.November:
			n = 30
		case time.February:
			n = 28
			if d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0) {
				n = 29
			}
		}
		return d.Day <= n
	}
	return d == DateOf(d.Time())
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days (negative n moves back).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(int(d.Month), int(e.Month))
	}
	return cmp.Compare(d.Day, e.Day)
}

// String returns d as "2025-06-19", or "" for the zero Date.
func (d Date) String() string {
	if d == (Date{}) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A Period is the time a claim holds as of: one day (To is zero) or a range
// of days from From to To inclusive. The zero value is no date at all. Its
// text form is ISO 8601: "2025-06-19" or "2025-06-09/2025-06-14". Periods
// are comparable with ==, provided they are built with On and Between (which
// leave To zero for a single day), and safe for concurrent use.
type Period struct {
	From, To Date
}

// On returns the one-day Period d.
func On(d Date) Period { return Period{From: d} }

// Between returns the Period from a to b inclusive, or the one-day Period a
// when b is a. It does not reorder its arguments: a Period that ends before
// it starts is not valid (see IsValid).
func Between(a, b Date) Period {
	if a == b {
		return Period{From: a}
	}
	return Period{From: a, To: b}
}

// IsZero reports whether p has no date.
func (p Period) IsZero() bool { return p == Period{} }

// End returns the last day of p.
func (p Period) End() Date {
	if p.To == (Date{}) {
		return p.From
	}
	return p.To
}

// String returns "2025-06-19" or "2025-06-09/2025-06-14" (ISO 8601), or "".
func (p Period) String() string {
	if p.To == (Date{}) || p.To == p.From {
		return p.From.String()
	}
	return p.From.String() + "/" + p.To.String()
}

// ParsePeriod reads a date or an ISO 8601 interval of dates; "" is the zero
// Period.
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	from, err := ParseDate(a)
	if err != nil {
		return Period{}, err
	}
	if !ok {
		return On(from), nil
	}
	to, err := ParseDate(b)
	if err != nil {
		return Period{}, err
	}
	if to.Compare(from) < 0 {
		return Period{}, fmt.Errorf("claims: period %q ends before it starts", s)
	}
	return Between(from, to), nil
}

// MarshalText implements encoding.TextMarshaler.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// IsZero reports whether d is the zero Date, no date at all.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether p is zero or a real period: its days are calendar
// days and it does not end before it starts.
func (p Period) IsValid() bool {
	switch {
	case p.IsZero():
		return true
	case !p.From.IsValid():
		return false
	case p.To.IsZero():
		return true
	}
	return p.To.IsValid() && p.To.Compare(p.From) >= 0
}

// Contains reports whether the day d falls within p. The zero Period
// contains no day.
func (p Period) Contains(d Date) bool {
	return !p.IsZero() && p.From.Compare(d) <= 0 && d.Compare(p.End()) <= 0
}

// Overlaps reports whether p and q share at least one day. A zero Period
// overlaps nothing.
func (p Period) Overlaps(q Period) bool {
	return !p.IsZero() && !q.IsZero() && p.From.Compare(q.End()) <= 0 && q.From.Compare(p.End()) <= 0
}
