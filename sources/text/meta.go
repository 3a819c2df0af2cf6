package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// meta is what the extractor learns about a document before reading its
// sentences: where the body starts, when and by whom it was published.
type meta struct {
	body      int // byte offset where the article's text starts (its headline, when it has one)
	lead      int // byte offset of the first line after the headline, where a dateline stands
	published claims.Date
	outlet    string
	url       string
	title     string
	dateline  string // the place(s) of the dateline, "Kyiv/Moscow"
	wire      string // a wire credited in the dateline, "(Reuters)"
	// datelineDay is the day the dateline gives ("KYIV, June 19 —"), its
	// year that of the publication when it says none; zero when it gives
	// none. It gives no place: that is the wire's dateline only.
	datelineDay claims.Date
	dayAt       claims.Span // where datelineDay is written
}

// readMeta reads a leading "date YYYY-MM-DD" line or a "key: value" header
// ended by a blank line, then a dateline at the start of the body:
// "Kyiv/Moscow, June 20 (IANS)", "MOSCOW, June 16. /TASS/.",
// "LONDON (Reuters) -".
func readMeta(text string, lx *lexicon) meta {
	var m meta
	pos := 0
	// Skip white space and a byte order mark.
	skip := func() {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n') {
			pos++
		}
	}
	if strings.HasPrefix(text, "\ufeff") {
		pos = 3
	}
	skip()
	// "date 2025-06-20" with the article going on on the same line; a
	// date of the month alone ("date 2023-11") is skipped, and dates nothing.
	// It may follow a header too (a page saved under one); the header's
	// date wins.
	dateLead := func() bool {
		rest, ok := strings.CutPrefix(text[pos:], "date ")
		if !ok || len(rest) < 7 {
			return false
		}
		if d, err := claims.ParseDate(rest[:min(10, len(rest))]); err == nil && len(rest) >= 10 {
			if !m.published.IsValid() {
				m.published = d
			}
			pos += len("date ") + 10
			skip()
			return true
		}
		if isYearMonth(rest) {
			pos += len("date ") + 7
			skip()
			return true
		}
		return false
	}
	if !dateLead() && isHeaderLine(text[pos:]) {
		for pos < len(text) {
			end := strings.IndexByte(text[pos:], '\n')
			line := text[pos:]
			if end >= 0 {
				line = text[pos : pos+end]
			}
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" {
				break
			}
			key, val, ok := strings.Cut(line, ":")
			if !ok || !isKey(key) {
				break
			}
			val = strings.TrimSpace(val)
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "date", "published", "dateline date":
				if len(val) >= 10 {
					if d, err := claims.ParseDate(val[:10]); err == nil {
						m.published = d
					}
				}
			case "outlet", "source", "publisher":
				m.outlet = val
			case "url", "link":
				m.url = val
			case "title", "headline":
				m.title = val
			}
			if end < 0 {
				pos = len(text)
				break
			}
			pos += end + 1
		}
		skip()
		dateLead()
	}
	// A headline: a short first line with no stop at its end, set apart
	// by a blank line ("Russia and Ukraine swap 84 prisoners"). It is text
	// of the story (a figure in it is a claim, told again in the body), but
	// the dateline stands after it.
	m.body, m.lead = pos, pos
	if end := strings.IndexByte(text[pos:], '\n'); end > 0 && end < 160 {
		line := strings.TrimRight(text[pos:pos+end], " \r\t")
		rest := text[pos+end+1:]
		if blank := strings.TrimLeft(rest, " \t\r"); strings.HasPrefix(blank, "\n") && line != "" &&
			!strings.ContainsAny(line[len(line)-1:], ".!?\"”:;,") && len(strings.Fields(line)) >= 3 {
			if m.title == "" {
				m.title = line
			}
			m.lead = pos + end + 1
			for m.lead < len(text) && strings.IndexByte(" \t\r\n", text[m.lead]) >= 0 {
				m.lead++
			}
		}
	}
	m.readDateline(text, lx)
	return m
}

// isYearMonth reports whether s starts with "YYYY-MM" not followed by a
// digit or a dash.
func isYearMonth(s string) bool {
	if len(s) < 7 || s[4] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 7 || s[7] != '-' && (s[7] < '0' || s[7] > '9')
}

func isKey(k string) bool {
	k = strings.TrimSpace(k)
	if k == "" || len(k) > 20 {
		return false
	}
	for _, r := range k {
		if !(unicode.IsLetter(r) || r == '_' || r == '-' || r == ' ') {
			return false
		}
	}
	return true
}

// isHeaderLine reports whether s starts with a "key: value" line whose key
// is a known header field.
func isHeaderLine(s string) bool {
	key, _, ok := strings.Cut(s, ":")
	if !ok || !isKey(key) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "date", "published", "outlet", "source", "publisher", "url", "link", "title", "headline", "author", "byline", "language", "lang":
		return true
	}
	return false
}

// readDateline reads the dateline at m.lead, if there is one, and the wire
// it credits. The dateline stays part of the body: it holds no figure that
// is a claim, and its date is a label.
func (m *meta) readDateline(text string, lx *lexicon) {
	line := text[m.lead:]
	if i := strings.IndexAny(line, "\n"); i >= 0 {
		line = line[:i]
	}
	if len(line) > 160 {
		line = line[:160]
	}
	// Places: capitalised words and slashes up to a comma or a bracket.
	i, spaces := 0, 0
	for i < len(line) {
		r := rune(line[i])
		if r == ',' || r == '(' || r == '-' && i > 0 && line[i-1] == ' ' {
			break
		}
		if !(unicode.IsLetter(r) || r == ' ' || r == '/' || r == '.' || r == '\'' || r >= 0x80) {
			return
		}
		if r == ' ' {
			if spaces++; spaces > 5 {
				return // a sentence, not a place of at most four words
			}
		}
		i++
	}
	place := strings.TrimSpace(line[:i])
	if place == "" || !unicode.IsUpper(rune(place[0])) || wordCount(place) > 4 {
		return
	}
	first, _, _ := strings.Cut(place, " ")
	if w := lower(first); lx.months[strings.TrimSuffix(w, ".")] || weekdays[w] != 0 || w == "sunday" {
		return // "Monday, 4 March 2024": the page's timestamp, no dateline
	}
	rest := line[i:]
	// A full date in the dateline dates an article that has no other date:
	// "LAMPEDUSA, Italy, July 9, 2025 (AP) -". One without a year does not,
	// but it gives the day the story was filed.
	head := rest
	if j := strings.IndexAny(head, "(/"); j >= 0 {
		head = head[:j]
	}
	if len(head) > 40 {
		head = head[:40]
	}
	if !strings.ContainsAny(head, "0123456789") {
		head = "" // no date to read
	}
	for n := range numbers.Scan(head, numbers.Options{}) {
		if n.Class != numbers.Date {
			continue
		}
		if !m.published.IsValid() && n.Date.IsValid() {
			m.published = n.Date
		}
		if datelineRegion(head[:n.Span.Start]) && datelineEnd(head[n.Span.End:]) {
			// "KYIV, June 19 —", "MOSCOW, June 16. /TASS/.", "Lille, 19
			// June:": the day the story was filed.
			m.datelineDay = n.Date
			m.dayAt = claims.Span{Start: m.lead + i + n.Span.Start, End: m.lead + i + n.Span.End}
			if m.datelineDay.Year == 0 && m.published.IsValid() {
				m.datelineDay.Year = m.published.Year
				if m.datelineDay.IsValid() && m.datelineDay.Compare(m.published.AddDays(31)) > 0 {
					m.datelineDay.Year-- // "Dec 31" in a story of January 1
				}
			}
			if !m.datelineDay.IsValid() {
				m.datelineDay, m.dayAt = claims.Date{}, claims.Span{}
			}
		}
		break
	}
	// A wire in brackets or slashes within the next few words.
	if j := strings.IndexByte(rest, '('); j >= 0 && j < 40 {
		if k := strings.IndexByte(rest[j:], ')'); k > 0 {
			name := strings.TrimSpace(rest[j+1 : j+k])
			if j == 0 && spellsInitials(name, place) {
				return // "The Grain Board (GB) said …": the lead's subject and the short name it gets, no dateline
			}
			if looksLikeOutlet(name, lx) && creditsWire(place, rest[:j], rest[j+k+1:], name, lx) {
				m.dateline, m.wire = place, name
				return
			}
			if w, ok := deskCredit(name, lx); ok {
				m.dateline, m.wire = place, w
				return
			}
		}
	}
	if j := strings.IndexByte(rest, '/'); j >= 0 && j < 30 {
		if k := strings.IndexByte(rest[j+1:], '/'); k > 0 {
			name := strings.TrimSpace(rest[j+1 : j+1+k])
			if looksLikeOutlet(name, lx) {
				m.dateline, m.wire = place, name
			}
		}
	}
}

// wordCount counts the words of s separated by spaces.
func wordCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	return n
}

// datelineRegion reports what may stand between a dateline's place and
// its date: nothing, or a region or country ("LAMPEDUSA, Italy, July 9").
func datelineRegion(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == ' ' || i > 0 && s[i-1] != ',' && s[i-1] != ' ' {
			continue
		}
		if n++; n > 3 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// datelineEnd reports what may follow the date of a dateline: a year, a
// dash, a colon, a full stop, a wire in brackets or slashes, or nothing.
func datelineEnd(s string) bool {
	s = strings.TrimLeft(s, " ,")
	if len(s) >= 4 && s[0] >= '1' && s[0] <= '2' && strings.Trim(s[:4], "0123456789") == "" {
		s = strings.TrimLeft(s[4:], " ,") // "June 19, 2025 —"
	}
	if s == "" {
		return true
	}
	for _, p := range []string{"—", "–", "-", ":", ".", "(", "/", " "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// creditsWire reports whether the bracketed name after a dateline's place
// stands as a wire's credit, given the words between the place and the
// bracket and those after it. A known wire does; an unknown name in capitals
// only where the line reads as a dateline: a date or region before the
// bracket ("Kyiv, June 20 (IANS)"), a place in capitals ("LONDON (XYZ)"), or
// a dash or colon after it. A name's own acronym in the story's first words
// ("The Border Agency (BA) said") is no credit.
func creditsWire(place, before, after, name string, lx *lexicon) bool {
	if lx.wires[strings.ToLower(name)] || strings.TrimSpace(before) != "" || strings.ToUpper(place) == place {
		return true
	}
	after = strings.TrimLeft(after, " ")
	if after == "" {
		return true
	}
	for _, p := range []string{"—", "–", "-", ":"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// looksLikeOutlet reports whether name is a known wire or a short name in
// capitals ("IANS", "AFP").
func looksLikeOutlet(name string, lx *lexicon) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	if lx.wires[strings.ToLower(name)] {
		return true
	}
	for _, r := range name {
		if !(unicode.IsUpper(r) || r == ' ' || r == '-' || r == '&') {
			return false
		}
	}
	return true
}

// deskCredit reads a dateline's bracket that credits the outlet's own desk,
// alone or with wires, split by slashes: "News Desk/Agencies",
// "Staff/AFP". The wire it returns is the first named wire, "" when the
// credits are the desk's and unnamed agencies': the story's own voice.
func deskCredit(name string, lx *lexicon) (string, bool) {
	desk, wire := false, ""
	for p := range strings.SplitSeq(name, "/") {
		switch p = strings.TrimSpace(p); {
		case lx.deskCredits[strings.ToLower(p)]:
			desk = true
		case looksLikeOutlet(p, lx):
			if wire == "" {
				wire = p
			}
		default:
			return "", false
		}
	}
	return wire, desk
}

// spellsInitials reports an acronym acr made of the initials of the
// capitalised words of name, in order, a lowercase word ("of", "on",
// "for") and a leading article passed over: "EC" of "The Election
// Commission", "NCHR" of "National Commission on Human Rights". A place
// does not spell the wire after it: "LONDON (Reuters)", "Kyiv (AP)".
func spellsInitials(acr, name string) bool {
	if len(acr) < 2 || !isUpperWord(acr) {
		return false
	}
	ws := strings.Fields(name)
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	n := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if n >= len(acr) || unicode.ToUpper(r) != rune(acr[n]) {
			return false
		}
		n++
	}
	return n == len(acr)
}
