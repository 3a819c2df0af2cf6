package compare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/message"
)

// The words of explanations. Each sentence template is an English
// message key of golang.org/x/text/message, so a catalog (Options.Catalog)
// can translate it; numbers are formatted for the printer's language.

// A printer formats explanations for the reader's language. Without a
// catalog the English templates need no lookup and are formatted with fmt;
// numbers use the language's separators, learnt once from x/text/message.
type printer struct {
	p        *message.Printer
	catalog  bool
	group    string // the grouping separator, when digits group by three
	fastNums bool
}

func newPrinter(p *message.Printer, catalog bool) *printer {
	pr := &printer{p: p, catalog: catalog}
	// Learn the grouping separator from one sample; use it only when the
	// language groups digits by three throughout.
	s := p.Sprintf("%d", 1234567)
	if strings.HasPrefix(s, "1") && strings.HasSuffix(s, "567") {
		mid := s[1 : len(s)-3]
		if n := (len(mid) - 3) / 2; n >= 0 && len(mid) == 2*n+3 && mid[:n] == mid[n+3:] && mid[n:n+3] == "234" {
			pr.group, pr.fastNums = mid[:n], true
		}
	}
	return pr
}

// Sprintf formats a template: translated through the catalog when there is
// one.
func (p *printer) Sprintf(format string, args ...any) string {
	if p.catalog {
		return p.p.Sprintf(format, args...)
	}
	if s, ok := substitute(format, args); ok {
		return s
	}
	return fmt.Sprintf(format, args...)
}

// Sprints is Sprintf for templates whose arguments are all strings: the
// arguments need no boxing into interfaces, which for the many short
// phrases of a large check is most of their cost.
func (p *printer) Sprints(format string, args ...string) string {
	if !p.catalog {
		if s, ok := substituteStrings(format, args); ok {
			return s
		}
	}
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a
	}
	return p.Sprintf(format, as...)
}

// substituteStrings formats a template of %s and %% with string
// arguments; ok is false for any other verb or a count that does not
// match.
func substituteStrings(format string, args []string) (string, bool) {
	n := len(format)
	for _, a := range args {
		n += len(a)
	}
	var b strings.Builder
	b.Grow(n)
	k := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			// Copy the text up to the next verb at once.
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j - 1
			continue
		}
		if i+1 >= len(format) {
			return "", false
		}
		i++
		switch format[i] {
		case '%':
			b.WriteByte('%')
		case 's':
			if k >= len(args) {
				return "", false
			}
			b.WriteString(args[k])
			k++
		default:
			return "", false
		}
	}
	if k != len(args) {
		return "", false
	}
	return b.String(), true
}

// substitute formats templates made only of %s (strings), %d (ints) and %%,
// the templates of this package, without fmt's reflection; ok is false for
// anything else.
func substitute(format string, args []any) (string, bool) {
	var buf [256]byte
	b := buf[:0]
	n := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			// Copy the text up to the next verb at once.
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			b = append(b, format[i:i+j]...)
			i += j - 1
			continue
		}
		if i+1 >= len(format) {
			return "", false
		}
		i++
		switch format[i] {
		case '%':
			b = append(b, '%')
		case 's':
			if n >= len(args) {
				return "", false
			}
			s, ok := args[n].(string)
			if !ok {
				return "", false
			}
			b = append(b, s...)
			n++
		case 'd':
			if n >= len(args) {
				return "", false
			}
			v, ok := args[n].(int)
			if !ok {
				return "", false
			}
			b = strconv.AppendInt(b, int64(v), 10)
			n++
		default:
			return "", false
		}
	}
	if n != len(args) {
		return "", false
	}
	return string(b), true
}

// num formats d for the reader: grouped digits, the language's separators.
func num(p *printer, d claims.Decimal) string {
	if n, ok := d.Int64(); ok {
		if !p.fastNums {
			return p.p.Sprintf("%d", n)
		}
		return groupDigits(n, p.group)
	}
	places := -d.Exponent()
	if places < 0 {
		places = 0
	}
	return p.p.Sprintf("%.*f", places, d.Float64())
}

// groupDigits writes n with sep between groups of three digits.
func groupDigits(n int64, sep string) string {
	var buf [32]byte
	s := strconv.AppendInt(buf[:0], n, 10)
	neg := len(s) > 0 && s[0] == '-'
	digits := s
	if neg {
		digits = s[1:]
	}
	if len(digits) <= 3 {
		return string(s)
	}
	var b strings.Builder
	b.Grow(len(s) + len(sep)*(len(digits)/3))
	if neg {
		b.WriteByte('-')
	}
	first := len(digits) % 3
	if first == 0 {
		first = 3
	}
	b.Write(digits[:first])
	for i := first; i < len(digits); i += 3 {
		b.WriteString(sep)
		b.Write(digits[i : i+3])
	}
	return b.String()
}

// quantity formats a figure with its hedge: "more than 6,000", "6,000 for
// 6,000", "about 3,000".
func quantity(p *printer, q claims.Quantity) string {
	if !q.IsValid() {
		return p.Sprints("no figure")
	}
	if q.Vague && q.Text != "" {
		return q.Text
	}
	v := num(p, q.Value)
	if q.Unit == claims.Percent {
		v = p.Sprints("%s%%", v)
	}
	switch q.Qualifier {
	case claims.Approx:
		return p.Sprints("about %s", v)
	case claims.MoreThan:
		return p.Sprints("more than %s", v)
	case claims.AtLeast:
		return p.Sprints("at least %s", v)
	case claims.LessThan:
		return p.Sprints("fewer than %s", v)
	case claims.AtMost:
		return p.Sprints("up to %s", v)
	case claims.Range:
		hi := num(p, q.Upper.Value)
		return p.Sprints("between %s and %s", v, hi)
	}
	if q.Reciprocal {
		return p.Sprints("%s for %s", v, v)
	}
	return v
}

// date formats a day: "19 June 2025".
func date(d claims.Date) string {
	if !d.IsValid() {
		return ""
	}
	return formatDate(d, true, true)
}

// formatDate is d.Time().Format with the layout "2", "2 January" or "2
// January 2006", written directly for the dates of news (valid, years
// 1000 to 9999) and through package time for any other.
func formatDate(d claims.Date, month, year bool) string {
	if d.Year < 1000 || d.Year > 9999 || !d.IsValid() {
		layout := "2"
		if month {
			layout += " January"
		}
		if year {
			layout += " 2006"
		}
		return d.Time().Format(layout)
	}
	var buf [24]byte
	b := strconv.AppendInt(buf[:0], int64(d.Day), 10)
	if month {
		b = append(append(b, ' '), d.Month.String()...)
	}
	if year {
		b = strconv.AppendInt(append(b, ' '), int64(d.Year), 10)
	}
	return string(b)
}

// period formats an as-of period: "19 June 2025", "9–14 June 2025",
// "30 May – 2 June 2025".
func period(pd claims.Period) string {
	a, b := pd.From, pd.End()
	switch {
	case pd.IsZero():
		return ""
	case a == b:
		return date(a)
	case a.Year == b.Year && a.Month == b.Month:
		return formatDate(a, false, false) + "–" + date(b)
	case a.Year == b.Year:
		return formatDate(a, true, false) + " – " + date(b)
	}
	return date(a) + " – " + date(b)
}

// who names who a claim comes from: the speaker, else the outlet.
func who(c *claims.Claim) string {
	switch sp := c.Speaker; {
	case sp.Name != "":
		return sp.Name
	case sp.Role != "" && sp.Affiliation != "":
		return sp.Affiliation + " " + sp.Role
	case sp.Role != "":
		return sp.Role
	case sp.Affiliation != "":
		return sp.Affiliation
	case c.Source.Outlet != "":
		return c.Source.Outlet
	case c.Source.Origin() != "":
		return c.Source.Origin()
	case c.Source.Document != "":
		return c.Source.Document
	}
	return "an unnamed source"
}

// when says as of when a statement holds, and how we know.
func when(p *printer, s *Statement) string {
	switch s.Dating {
	case FromPublication:
		return p.Sprints("undated, published %s", period(s.AsOf))
	case Undated:
		return p.Sprints("undated")
	}
	return period(s.AsOf)
}

// cite is "(Vladimir Putin, 19 June 2025)".
func cite(p *printer, s *Statement) string {
	return p.Sprints("(%s, %s)", who(s.Claim()), when(p, s))
}

// parties returns the giver and receiver of a statement's direction.
func parties(k Key, d Direction) (from, to string) {
	if d == Backward {
		return k.B, k.A
	}
	return k.A, k.B
}

// thing names what a statement counts: "bodies from Russia to Ukraine",
// "prisoners exchanged between Russia and Ukraine", "deaths (Gaza)".
func thing(p *printer, k Key, d Direction) string {
	m := k.Measure
	if m == "" {
		m = p.Sprints("figures")
	}
	switch {
	case d == Both:
		return p.Sprints("%s exchanged between %s and %s", m, k.A, k.B)
	case d == Forward || d == Backward:
		from, to := parties(k, d)
		return p.Sprints("%s from %s to %s", m, from, to)
	case k.A != "" && k.B != "":
		return p.Sprints("%s between %s and %s", m, k.A, k.B)
	case k.A != "":
		return p.Sprints("%s (%s)", m, k.A)
	case k.B != "":
		return p.Sprints("%s to %s", m, k.B)
	}
	return m
}

// list joins names: "A, B and C".
func list(p *printer, xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return p.Sprints("%s and %s", strings.Join(xs[:len(xs)-1], ", "), xs[len(xs)-1])
}

// pct formats a share as a percentage: "42%", "0.9%".
func pct(p *printer, share float64) string {
	if share < 0.095 && share > 0 {
		return p.p.Sprintf("%.1f%%", share*100)
	}
	return p.p.Sprintf("%.0f%%", share*100)
}

// dayCount is "1 day" or "5 days".
func dayCount(p *printer, n int) string {
	if n == 1 {
		return p.Sprintf("%d day", n)
	}
	return p.Sprintf("%d days", n)
}

// days returns the number of days from s to t.
func days(s, t *Statement) int { return int(t.day - s.day) }

// agreementPhrase names an agreement: "an agreement of 6,000 for 6,000",
// "an agreed exchange of 1,200", "an agreement of 500".
func (s *Statement) agreementPhrase(p *printer) string {
	q := s.Claim().Quantity
	if s.Direction == Both && !q.Reciprocal {
		return p.Sprints("an agreed exchange of %s", quantity(p, q))
	}
	return p.Sprints("an agreement of %s", quantity(p, q))
}
