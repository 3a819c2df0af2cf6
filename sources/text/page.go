package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
)

// The page stage: a scraped news page carries, beside the story, lines that
// are no part of it (menus, bylines, share counts, tickers, captions,
// timestamps of the page, teasers of other stories). readPage sorts the
// lines of the body into story text and furniture before any word is read:
// furniture yields no token, so no claim, speaker, party or date comes out
// of it, while the byte offsets of everything else stay those of the text.
// A headline-like line (no stop at its end) ends its sentence at the line's
// end, and so does a list item.
//
// The words that decide are data (the tables below), not control flow.

// lineKind says what a line of a page is.
type lineKind uint8

const (
	lineText      lineKind = iota // story prose, or blank
	lineHead                      // story text without a stop at its end: a headline, a sub-headline, a list item
	lineFurniture                 // no part of the story
)

// A pageLine is one line of the body: its byte span (without the line
// break), what it is and, for furniture, the rule that said so.
type pageLine struct {
	start, end int
	kind       lineKind
	why        string
}

// Furniture that a line starts with, lowercased: stamps, credits, prompts
// and teaser labels. The line must be short (pageShort) unless noted.
var furniturePrefixes = []string{
	// timestamps of the page ("Updated 14:05 GMT": see isStampLabel)
	"updated:", "updated on", "updated at", "updated -", "updated –", "updated —", "updated |", "last updated", "published:", "published on", "published at", "originally published", "first published",
	"posted:", "posted on", "posted at", "last modified",
	// credits
	"photo:", "photos:", "photo courtesy", "photo credit", "photograph:", "picture:", "pictures:", "image:",
	"image credit", "images:", "credit:", "credits:", "file photo", "file picture", "caption:", "video:", "watch:",
	"source:", "sources:", "reporting by", "editing by", "writing by", "additional reporting", "compiled by", "edited by", "written by",
	"copyright", "©", "(c) ", "all rights reserved",
	// prompts and navigation
	"read more", "read also", "also read", "see also", "read next", "related:", "related articles", "related stories",
	"related news", "related coverage", "related topics", "more from", "more on this", "most read", "most popular",
	"recommended", "you may also like", "you might also like", "latest news", "latest stories", "top stories",
	"advertisement", "advertisment", "sponsored", "subscribe", "sign up", "sign in", "log in", "follow us",
	"share this", "share on", "share article", "click here", "click allow", "listen to this article",
	"skip to", "news feed", "comments", "leave a comment", "join the conversation", "download the app",
	"get the latest", "don't miss", "trending",
}

// Whole lines that open a block of teasers: the line and the lines after
// it, up to the next blank line, are other stories.
var teaserHeadings = set("related", "read more", "read also", "also read", "see also", "more from", "more stories",
	"most read", "most popular", "recommended", "you may also like", "you might also like", "latest news",
	"latest", "top stories", "more on this story", "related articles", "related stories", "related news",
	"in other news", "what to read next", "editor's picks", "trending", "popular")

// Openings of a photo caption, lowercased.
var captionPrefixes = []string{
	"a picture", "this picture", "the picture", "a photo ", "this photo", "a photograph", "this photograph",
	"a handout", "this handout", "handout picture", "handout photo", "an aerial view", "aerial view", "a view of",
	"pictured:", "pictured ", "in this photo", "in this image", "this image", "an image", "a screengrab",
	"a screen grab", "this screengrab", "a video grab", "this video grab", "a still from", "a satellite image",
	"this satellite image", "file image",
}

// captionOpenings lists, for the first byte of a line in small form, the
// captionPrefixes that may open it (firstFolds), in their order.
var captionOpenings = foldIndex(captionPrefixes)

// foldIndex returns, for each byte s0, the prefixes of ps that a line
// whose first byte in small form is s0 may start with (firstFolds).
func foldIndex(ps []string) (x [256][]string) {
	for c := range x {
		for _, p := range ps {
			if firstFolds(byte(c), p) {
				x[c] = append(x[c], p)
			}
		}
	}
	return x
}

// Endings of a caption or a photo credit, lowercased.
var captionSuffixes = []string{
	"(file)", "(file photo)", "(file image)", "(representational image)", "(representative image)",
	"getty images", "(getty)", "(ap photo)", "(reuters)", "(afp)", "/afp)", "/reuters)", "/ap)", "via reuters)",
	"(photo)", "(handout)", "/ handout", "(screengrab)", "(twitter)", "(x)", "(social media)",
}

// Openings of a photo's credit in brackets at a line's end, lowercased.
var creditOpenings = []string{"photo credit", "photo:", "photos:", "photo courtesy", "image credit", "image:",
	"picture:", "credit:", "photograph:"}

// Words of share and comment counters and of tickers.
var counterWords = set("share", "shares", "shared", "comment", "comments", "view", "views", "like", "likes",
	"reaction", "reactions", "retweet", "retweets", "tweet", "reply", "replies", "facebook", "twitter", "whatsapp",
	"telegram", "linkedin", "reddit", "email", "e-mail", "print", "copy", "link", "x", "min", "mins", "minute",
	"minutes", "read", "reads")

// Words a page's timestamp is made of, besides numbers, months and
// weekdays.
var stampWords = set("am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "et", "est", "edt", "bst", "cet", "cest", "pst",
	"pdt", "msk", "eet", "eest", "pkt", "jst", "hrs", "at", "on", "updated", "published", "posted", "modified",
	"last", "first", "originally", "ago", "hours", "hour", "minutes", "days", "day", "yesterday", "today", "by")

// Names of agencies that stand alone on a line as a credit, besides the
// wires of the lexicon.
var creditNames = set("german press agency", "press trust of india", "asian news international",
	"indo-asian news service", "maghreb arab news agency", "anadolu agency", "united press international",
	"agence france presse", "the associated press", "associated press", "news agencies", "agencies", "wire services")

// Arrows of a market ticker.
const tickerRunes = "▲▼△▽↑↓⬆⬇⇧⇩▴▾"

// Separators of menu items.
var menuSeparators = []string{"|", "•", "·", "»", "›", "◦", "▪", "║"}

// Markers that open a list item.
var listMarkers = []string{"- ", "* ", "• ", "– ", "— ", "· ", "▪ ", "◦ ", "► "}

// pageShort is the longest line that a prefix rule may make furniture.
const pageShort = 120

// readPage sorts the lines of text[from:] into story text and furniture.
// pub, when valid, is the story's date: a headline-like line dated more
// than a few days away from it is a teaser of another day.
func readPage(text string, from int, lx *lexicon, pub claims.Date) []pageLine {
	lines := make([]pageLine, 0, strings.Count(text[from:], "\n")+1)
	for pos := from; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		next := 0
		if end < 0 {
			end, next = len(text), len(text)
		} else {
			end, next = pos+end, pos+end+1
		}
		lines = append(lines, pageLine{start: pos, end: end})
		pos = next
	}
	prose := 0      // prose lines met so far
	teaser := false // inside a block of teasers
	for i := range lines {
		l := &lines[i]
		s := strings.TrimSpace(strings.TrimRight(text[l.start:l.end], "\r"))
		if s == "" {
			teaser = false
			continue
		}
		if teaser && (len(s) > pageShort || endsSentence(s) && len(s) > 80) {
			teaser = false // a paragraph: the story goes on (a page without blank lines)
		}
		if teaser {
			l.kind, l.why = lineFurniture, "teaser"
			continue
		}
		if why := furniture(s, lx, pub, prose > 0); why != "" {
			l.kind, l.why = lineFurniture, why
			if prev := strings.TrimSpace(text[lines[max(i-1, 0)].start:lines[max(i-1, 0)].end]); why == "caption" && s[0] == '(' && i > 0 &&
				lines[i-1].kind != lineFurniture && prev != "" && len(prev) <= pageShort && !endsSentence(prev) {
				// A credit on a line of its own is the end of the
				// caption on the line before: "Rescuers at the dam" over
				// "(photo credit: AP)".
				lines[i-1].kind, lines[i-1].why = lineFurniture, "caption"
			}
			if why == "teasers" {
				teaser = true
			}
			continue
		}
		if isHeadLine(s) {
			l.kind = lineHead
			continue
		}
		prose++
	}
	// A line without a stop that the next line goes on in small letters
	// is wrapped prose, not a headline.
	for i := range lines {
		if lines[i].kind != lineHead || i+1 >= len(lines) {
			continue
		}
		next := strings.TrimSpace(text[lines[i+1].start:lines[i+1].end])
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) && !isListItem(strings.TrimSpace(text[lines[i].start:lines[i].end])) {
			lines[i].kind = lineText
		}
	}
	// A headline-like line late in the page followed only by a cut excerpt
	// is a teaser of another story: "Drones reach the front line" then
	// "The army's use of drones has grown in recent months, a".
	if n := len(lines); prose >= 3 {
		last := n - 1
		for last >= 0 && strings.TrimSpace(text[lines[last].start:lines[last].end]) == "" {
			last--
		}
		if cut := strings.TrimSpace(text[lines[last].start:lines[last].end]); last > 0 && lines[last].kind != lineFurniture && !endsSentence(cut) && len(cut) <= 200 {
			h := last - 1
			for h >= 0 && strings.TrimSpace(text[lines[h].start:lines[h].end]) == "" {
				h--
			}
			if h > 0 && lines[h].kind == lineHead && !isListItem(strings.TrimSpace(text[lines[h].start:lines[h].end])) {
				lines[h].kind, lines[h].why = lineFurniture, "teaser"
				lines[last].kind, lines[last].why = lineFurniture, "teaser"
			}
		}
	}
	return lines
}

// furniture returns why the trimmed line s is no part of the story, or "".
// A long line is read only at its ends (a caption's opening or credit),
// and a line that ends with a stop is no timestamp, counter or menu.
//
// started says whether the story's prose has begun: a line dated days away
// from the story is a teaser only after that (a headline may recall an old
// date).
func furniture(s string, lx *lexicon, pub claims.Date, started bool) string {
	short := len(s) <= pageShort
	stop := endsSentence(s)
	if len(s) <= 40 && teaserHeadings[lower(strings.TrimRight(s, " :."))] {
		return "teasers"
	}
	// A label is short; a line that ends with a stop is a sentence unless
	// it is very short ("Comments from officials put the toll at 40."
	// is story text, "Subscribe to our newsletter." is not).
	var s0 byte // s's first byte in small form, for firstFolds
	if len(s) > 0 {
		s0 = s[0] | 0x20
	}
	if short && (!stop || len(s) <= 40) {
		for _, p := range furniturePrefixes {
			if firstFolds(s0, p) && hasPrefixFold(s, p) {
				return "label " + p
			}
		}
		if hasPrefixFold(s, "updated ") {
			if w, _, _ := strings.Cut(s[len("updated "):], " "); startsDigit(w) || lx.months[lower(strings.Trim(w, ".,"))] || weekdays[lower(strings.Trim(w, ".,"))] != 0 || lower(strings.Trim(w, ".,")) == "sunday" {
				return "label updated"
			}
		}
		if strings.ContainsAny(s, tickerRunes) {
			return "ticker"
		}
		if isByline(s, lx) {
			return "byline"
		}
		if imageFile(s) {
			return "image file" // "harbour crowd 2.jpg": a picture's file name
		}
	}
	// A caption opens like one and either has no stop or tells what the
	// picture shows in the present ("… shows rescuers …"); "A photo
	// published by the ministry showed 40 bodies." is story text.
	for _, p := range captionOpenings[s0] {
		if hasPrefixFold(s, p) && (!stop || strings.Contains(s, " shows ") || strings.Contains(s, " show ") ||
			strings.Contains(s, " is seen") || strings.Contains(s, " are seen")) {
			return "caption"
		}
	}
	if creditBracket(s) {
		return "caption" // "the quay at dawn (photo credit: Reuters)"
	}
	if !stop || strings.HasSuffix(s, ")") {
		for _, p := range captionSuffixes {
			if len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p) {
				return "caption"
			}
		}
	}
	if short && !stop {
		if isMenu(s) {
			return "menu"
		}
		words, counters, stamps, figures, dated := lineWords(s, lx)
		if words > 0 && counters > 0 && (counters+figures == words || dated && counters+figures+stamps == words) {
			return "counter" // "1.2K views", "25 June 2024  Read: 310"
		}
		if dated && stamps+figures >= words-2 && len(s) <= 80 && !holdsCount(s) {
			return "timestamp"
		}
		if dated && started && pub.IsValid() && words >= 4 {
			if d, ok := lineDate(s); ok && d.Year != 0 && farFrom(d, pub) {
				return "teaser of another day"
			}
		}
	}
	return ""
}

// imageFiles are the endings of a picture's file name, which a page may
// show in place of the picture.
var imageFiles = []string{".jpg", ".jpeg", ".png", ".gif", ".webp"}

// imageFile reports a line that is a picture's file name: "march 3.jpg".
func imageFile(s string) bool {
	s = strings.TrimSpace(s)
	for _, e := range imageFiles {
		if len(s) > len(e) && strings.EqualFold(s[len(s)-len(e):], e) && !strings.Contains(s, ". ") {
			return true
		}
	}
	return false
}

// creditBracket reports a line that ends with a photo's credit in
// brackets: "(photo credit: AP)", "(Image: city hall)".
func creditBracket(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	o := strings.LastIndexByte(s, '(')
	if o < 0 {
		return false
	}
	in := strings.TrimSpace(s[o+1:])
	for _, p := range creditOpenings {
		if hasPrefixFold(in, p) {
			return true
		}
	}
	return false
}

// firstFolds is hasPrefixFold's first test, small enough to inline in a
// loop over prefixes: a line whose first byte in small form is s0 may
// start with p, whose first byte is a capital, no letter, k or s (which
// the Kelvin sign and the long s fold onto) or s0.
func firstFolds(s0 byte, p string) bool {
	if len(p) == 0 {
		return true
	}
	c := p[0]
	return c == s0 || c < 'a' || c > 'z' || c == 'k' || c == 's'
}

// hasPrefixFold reports whether s starts with p, ignoring case. When p
// opens with a small ASCII letter, s must open with that letter in either
// case (only the Kelvin sign and the long s fold onto one, k and s), a
// test that turns most lines away before EqualFold.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	if len(p) > 0 && 'a' <= p[0] && p[0] <= 'z' && p[0] != 'k' && p[0] != 's' && s[0]|0x20 != p[0] {
		return false
	}
	return strings.EqualFold(s[:len(p)], p)
}

// isHeadLine reports whether the trimmed line s is story text that ends
// without a stop (a headline, a sub-headline, a list item): its sentence
// ends with the line.
func isHeadLine(s string) bool {
	if isListItem(s) {
		return true
	}
	if endsSentence(s) || strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isQuoteRune(r) || r == '‘' || r == '\'') {
		return false
	}
	// A wrapped line of prose ends on a word that cannot end a sentence.
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return !lineJoiners[lower(last)]
}

// Words a sentence does not end on: a line ending on one goes on in the
// next line.
var lineJoiners = set("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
	"that", "which", "who", "as", "than", "but", "its", "their", "his", "her", "is", "are", "was", "were", "has",
	"have", "had", "be", "been", "will", "would", "said", "says", "into", "about", "over", "under", "between")

func isListItem(s string) bool {
	for _, m := range listMarkers {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	// "1. ", "2) "
	i := 0
	for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// endsSentence reports whether s ends with a stop, possibly inside closing
// quotation marks or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)»] ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// isByline reports a byline: "By Jane Doe and John Roe", "AFP |",
// "Jane Doe, Reuters", "German Press Agency dpa".
func isByline(s string, lx *lexicon) bool {
	if len(s) > 80 || endsSentence(s) {
		return false
	}
	if strings.HasSuffix(s, "|") {
		return len(strings.Fields(s)) <= 5
	}
	ws := strings.Fields(s)
	if len(ws) > 8 {
		return false
	}
	if strings.EqualFold(ws[0], "by") && len(ws) >= 2 {
		for _, w := range ws[1:] {
			w = strings.Trim(w, ",|")
			lw := lower(w)
			if w == "" || lw == "and" || lw == "in" || lw == "&" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || lx.months[strings.TrimSuffix(lw, ".")] || weekdays[lw] != 0 || lw == "sunday" {
				return false
			}
		}
		return true
	}
	// A line that is only a wire's name, maybe with a person's.
	if low := lower(s); lx.wires[low] || creditNames[low] {
		return true
	}
	// "Jane Doe/Sun-Times", "Jane Doe for Daily World": a credit (not
	// "Kyiv/Moscow", a dateline).
	if slash := strings.IndexByte(s, '/'); len(ws) <= 6 && (slash > 0 && strings.Count(s[:slash], " ") >= 1 || slices.Contains(ws, "for")) {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if w != "for" && !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	if len(ws) <= 5 {
		wire := false
		for _, w := range ws {
			lw := lower(strings.Trim(w, ",|"))
			if lx.wires[lw] {
				wire = true
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return wire
	}
	return false
}

// isMenu reports a line of menu items: two separators or more between
// short items, none of them a sentence.
func isMenu(s string) bool {
	n := 0
	for _, sep := range menuSeparators {
		n += strings.Count(s, sep)
	}
	if n < 2 {
		return false
	}
	items := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune("|•·»›◦▪║", r)
	})
	for _, it := range items {
		if len(strings.Fields(it)) > 4 || endsSentence(strings.TrimSpace(it)) {
			return false
		}
	}
	return true
}

// lineWords counts the words of a short line: all of them, counter words,
// words of a timestamp, numbers; and whether it holds a month, a weekday
// or a time of day.
func lineWords(s string, lx *lexicon) (words, counters, stamps, figures int, dated bool) {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(isWordRune(r) || r == ':' || r == '.' || r == ',' || r == '\'' || r == '’')
	}) {
		w = strings.Trim(w, ".,:'’")
		if w == "" {
			continue
		}
		words++
		lw := lower(w)
		switch {
		case counterWords[lw]:
			counters++
		case lx.months[lw], weekdays[lw] != 0 || lw == "sunday":
			stamps++
			dated = true
		case stampWords[lw]:
			stamps++
		case startsDigit(lw):
			figures++
			if strings.Contains(lw, ":") {
				dated = true // a time of day
			}
			// "2025Clash": a figure glued to the next word.
			if k := strings.IndexFunc(lw, func(r rune) bool { return !unicode.IsDigit(r) }); k >= 4 && !strings.ContainsAny(lw, ":.,") {
				words++
			}
		}
	}
	return
}

func startsDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// lineDate returns the first full date of line s.
func lineDate(s string) (claims.Date, bool) {
	var fs []figure
	fs = scanFigures(s, language.Tag{}, fs)
	for _, f := range fs {
		if f.isDate && f.date.IsValid() {
			return f.date, true
		}
	}
	return claims.Date{}, false
}

// holdsCount reports whether line s holds a figure that can be a claim
// ("June 5: 40 dead" is a headline, not a timestamp).
func holdsCount(s string) bool {
	for _, f := range scanFigures(s, language.Tag{}, nil) {
		if f.claim {
			return true
		}
	}
	return false
}

// farFrom reports whether d is more than three days away from pub.
func farFrom(d, pub claims.Date) bool {
	a, b := d.Time(), pub.Time()
	diff := a.Sub(b)
	if diff < 0 {
		diff = -diff
	}
	return diff.Hours() > 72
}

// pageCuts returns what tokenizePage needs of the lines: the spans of
// furniture, in order, and the offsets after which a sentence starts (the
// end of a headline-like line, the start of a list item); and the spans
// of the headline-like lines, whose figures are read line by line.
func pageCuts(text string, lines []pageLine) (skip []claims.Span, brks []int, heads []claims.Span) {
	for _, l := range lines {
		switch l.kind {
		case lineFurniture:
			skip = append(skip, claims.Span{Start: l.start, End: l.end})
		case lineHead:
			if isListItem(strings.TrimSpace(text[l.start:l.end])) {
				brks = append(brks, l.start)
			}
			brks = append(brks, l.end)
			heads = append(heads, claims.Span{Start: l.start, End: l.end})
		}
	}
	return skip, brks, heads
}
