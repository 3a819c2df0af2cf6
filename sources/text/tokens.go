package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits, inner apostrophes and hyphens
	tPunct                // one punctuation rune, or "--"
	tFig                  // a figure found by package numbers (may span several words)
)

// A token is a word, a punctuation mark or a figure, with its byte span in
// the document as given.
type token struct {
	start, end int
	low        string // lowercased text
	cls, gram  uint32 // the word's classes (words.go); cKnown and gKnown only for a figure or a mark
	fig        int32  // index of the figure for tFig, else -1
	quote      int32  // index+1 of the speech quote the token is inside, 0 outside
	kind       tokKind
	capital    bool  // starts with an upper-case letter
	para       bool  // first token of a paragraph
	brk        bool  // first token of a line that starts a sentence (after a headline, a list item)
	line       bool  // first token of a line
	openQ      bool  // an opening quotation mark
	closeQ     bool  // a closing quotation mark
	first      uint8 // the word starts a phrase of the vocabulary (wordInfo.first)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// wrapped reports a line break inside a sentence, as text wrapped by hand
// leaves it ("The CEC also\nclaimed that …", "According to the\nViasna
// centre"): the line before ends with no stop and the next begins with a
// small letter, or the line before ends with an article or a preposition.
func wrapped(toks []token, r rune) bool {
	if len(toks) == 0 {
		return false
	}
	p := toks[len(toks)-1]
	if p.kind != tWord {
		return false
	}
	return 'a' <= r && r <= 'z' || wrapWords[p.low]
}

// paraLine is the length in bytes from which a line is longer than any a
// text wrapped by hand has (about 80 columns).
const paraLine = 160

// sentenceEnd reports a token that ends a sentence: a stop, or a closing
// quote after one.
func sentenceEnd(t *token) bool {
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ".", "!", "?", "\"", "”", "’", "'":
		return true
	}
	return false
}

// wrapWords end no line but one wrapped inside a sentence.
var wrapWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "by": true, "for": true,
	"from": true, "with": true, "and": true, "or": true, "in": true, "at": true, "on": true}

// asciiClass tells, for each byte, whether it is an ASCII letter or digit
// (aWord), whether a digit (aDigit) and whether white space within a line
// (aBlank); bytes of 0x80 and up are none of them.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= aWord
		t[c-'a'+'A'] |= aWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= aWord | aDigit
	}
	t[' '], t['\t'], t['\r'] = aBlank, aBlank, aBlank
	return t
}()

const (
	aWord uint8 = 1 << iota
	aDigit
	aBlank // white space within a line: ' ', '\t', '\r'
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r) | 0x20 // folds A-Z onto a-z, and no other byte onto them
		return 'a' <= c && c <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenizePage splits text[from:] into tokens. Paragraphs are separated by
// blank lines, or by line breaks when the text has no blank line at all.
// Over a page (readPage, pageCuts), the spans of
// skip (furniture) yield no token and end the paragraph before them, and a
// token at or after an offset of brks starts a sentence. A word glued to a
// figure ("transferring19", "Rennes10,000", "2,000people") is two tokens;
// the offsets where they meet are appended to glue.
func tokenizePage(text string, from int, skip []claims.Span, brks []int, words *wordTable, toks []token, glue []int) ([]token, []int) {
	tz := &tokenizer{text: text, words: words, toks: toks, glue: glue, skip: skip, brks: brks, lineStart: from}
	tz.arena.Grow((len(text) - from) / 16) // about what a news text has of them
	tz.blank = strings.Contains(text[from:], "\n\n") || strings.Contains(text[from:], "\n\r\n")
	// The loop keeps few values of its own, so that they stay in
	// registers: where the white space before the next span skipped ends
	// (lim) and the next offset of brks are asked of tz only when reached.
	i := from
	newlines := 2 // the first token starts a paragraph
	lim, nextBrk := i, i
	for {
		if i >= lim {
			if i, lim = tz.limit(i); i >= len(text) {
				break
			}
			if lim < 0 {
				lim = -lim
				newlines = 2 // a span skipped
				continue
			}
		}
		var r rune
		n := 1
		for ; i < lim; i += n {
			if c := text[i]; c < utf8.RuneSelf {
				// The common case, an ASCII byte, by table.
				n = 1
				if asciiClass[c]&aBlank != 0 {
					continue
				}
				if c != '\n' {
					r = rune(c)
					break
				}
				tz.newline(i, newlines)
				newlines++
				continue
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
		}
		if i >= lim {
			continue // the end of the text, or a span skipped
		}
		var at uint8 // where the token stands: tPara, tBrk, tLine
		if i >= nextBrk {
			// An offset of brks passed since the last token starts a
			// sentence at this one.
			if nextBrk = tz.nextBreak(i); nextBrk > 0 {
				at = tBrk
			} else {
				nextBrk = -nextBrk
			}
		}
		if newlines > 0 {
			at |= tLine
			if newlines >= 2 || tz.paragraph(r) {
				at |= tPara
			}
			newlines = 0
		}
		if r < utf8.RuneSelf && asciiClass[r]&aWord != 0 || r >= utf8.RuneSelf && isWordRune(r) {
			i = tz.word(i, r, n, at)
			continue
		}
		start := i
		i += n
		if r == '-' && i < len(text) && text[i] == '-' {
			i++
		}
		tz.toks = append(tz.toks, token{start: start, end: i, low: text[start:i], cls: cKnown, gram: gKnown, kind: tPunct,
			para: at&tPara != 0, brk: at&tBrk != 0, line: at&tLine != 0, fig: -1})
	}
	return tz.toks, tz.glue
}

// limit returns, for white space that starts at i, where it starts and
// where it must end: at the next span skipped, or at the end of the text.
// A span skipped at i is stepped over: its end is returned with the
// negated end of the white space after it.
func (tz *tokenizer) limit(i int) (int, int) {
	skip := tz.skip
	for len(skip) > 0 && skip[0].End <= i {
		skip = skip[1:]
	}
	tz.skip = skip
	if len(skip) == 0 {
		return i, len(tz.text)
	}
	if skip[0].Start <= i {
		i = skip[0].End
		return i, -i // white space up to i: none, so that limit is asked again
	}
	return i, skip[0].Start
}

// nextBreak drops the offsets of brks up to i and returns the next one,
// negated when none was dropped (the token at i starts no sentence).
func (tz *tokenizer) nextBreak(i int) int {
	brk := false
	for len(tz.brks) > 0 && tz.brks[0] <= i {
		brk = true
		tz.brks = tz.brks[1:]
	}
	next := len(tz.text) + 1
	if len(tz.brks) > 0 {
		next = tz.brks[0]
	}
	if !brk {
		return -next
	}
	return next
}

// newline notes the line break at i, after newlines others since the last
// token.
func (tz *tokenizer) newline(i, newlines int) {
	if newlines == 0 {
		tz.lastLine = i - tz.lineStart
	}
	tz.lineStart = i + 1
}

// paragraph reports whether a token that starts with r after one line
// break starts a paragraph. Without blank lines each line is a paragraph,
// unless it goes on from a line with no stop at its end in a small letter
// (a line the page wrapped: "the official exit poll\nannounced …") or from
// a word that ends no line (wrapped). With blank lines, a line longer than
// any wrapped by hand that ends a sentence is a paragraph too: a page that
// sets its paragraphs one a line and its furniture apart.
func (tz *tokenizer) paragraph(r rune) bool {
	toks := tz.toks
	lines := !tz.blank || tz.lastLine >= paraLine && len(toks) > 0 && sentenceEnd(&toks[len(toks)-1])
	return lines && !wrapped(toks, r) && !(len(toks) > 0 && goesOn(toks, len(toks)) && unicode.IsLower(r))
}

// Where a token stands, for tokenizer.word.
const (
	tPara uint8 = 1 << iota // first of a paragraph
	tBrk                    // starts a sentence after a break
	tLine                   // first of a line
)

// A tokenizer holds what tokenizePage makes and what its words need, so
// that the loop over the text keeps few values of its own.
type tokenizer struct {
	text  string
	words *wordTable
	toks  []token
	glue  []int
	buf   []byte          // scratch for a word's lowercase form
	arena strings.Builder // the lowercase forms of unknown words with capitals
	// The page: the spans skipped and the offsets of sentence breaks still
	// ahead; where the current line starts, how long the line before was,
	// and whether the text has blank lines.
	skip                []claims.Span
	brks                []int
	lineStart, lastLine int
	blank               bool
}

// word appends the token of the word that starts at text[start] with the
// rune r of n bytes, standing where at says, and returns its end.
func (tz *tokenizer) word(start int, r rune, n int, at uint8) int {
	text := tz.text
	capital := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
	var pk uint8 // the class of the byte before i (0 for one of a longer rune)
	// An ASCII word's lowercase form is hashed here, as words.word
	// would: ascii says the word has no other byte, and the 0x20 bit of
	// low, the AND of its bytes, is clear when one of them is a capital
	// (digits have it).
	h, ascii, low8 := uint32(fnvOffset), n == 1, uint8(0xff)
	if n == 1 {
		pk = asciiClass[byte(r)]
		low8 = byte(r)
		h = (h ^ uint32(byte(r)|0x20)) * fnvPrime
	}
	i := start + n
	for i < len(text) {
		// The common case, a run of ASCII letters (aWord) or of
		// digits (aWord|aDigit) after one of the same class, by
		// table in a loop of its own.
		if want := pk; want != 0 {
			for ; i < len(text); i++ {
				c := text[i]
				if asciiClass[c] != want {
					break
				}
				low8 &= c
				h = (h ^ uint32(c|0x20)) * fnvPrime
			}
			if i >= len(text) {
				break
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			k := asciiClass[c]
			if k&aWord == 0 {
				if c != '\'' && c != '-' {
					break
				}
				r, n = rune(c), 1
			} else {
				if (k^pk)&aDigit != 0 && glued(text, start, i) {
					tz.glue = append(tz.glue, i)
					break
				}
				pk = k
				low8 &= c
				h = (h ^ uint32(c|0x20)) * fnvPrime
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				pk = 0
				ascii = false
				i += n
				continue
			}
		}
		if (r == '\'' || r == '’' || r == '-' || r == '‐') && i+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if isWordRune(r2) {
				pk = 0
				ascii = false
				i += n
				continue
			}
		}
		break
	}
	// Initials with stops are one word: "U.S.", "U.N.", "U.K.".
	if i-start == 1 && capital && i+2 < len(text) && text[i] == '.' && 'A' <= text[i+1] && text[i+1] <= 'Z' && text[i+2] == '.' {
		ascii = false
		i += 3
		for i+1 < len(text) && 'A' <= text[i] && text[i] <= 'Z' && text[i+1] == '.' {
			i += 2
		}
		if i+1 < len(text) && text[i] == '-' && isWordRune(rune(text[i+1])) {
			// "U.S.-based": one adjective, not the country.
			for i++; i < len(text) && (isWordRune(rune(text[i])) || text[i] == '-'); i++ {
			}
		}
	}
	// The token is written in place, field by field, not built
	// and copied.
	tz.toks = append(tz.toks, token{})
	t := &tz.toks[len(tz.toks)-1]
	t.start, t.end, t.kind, t.capital, t.fig = start, i, tWord, capital, -1
	t.para, t.brk, t.line = at&tPara != 0, at&tBrk != 0, at&tLine != 0
	if ascii {
		low, wi := tz.words.asciiWord(text[start:i], h, low8&0x20 == 0, &tz.buf, &tz.arena)
		t.low = low
		if wi != nil {
			t.cls, t.gram, t.first = wi.cls, wi.gram, wi.first
			return i // a word of letters and digits ends in no "'s"
		}
		u := unknownWord(low)
		t.cls, t.gram = u.cls, u.gram
		return i
	}
	low, wi := tz.words.word(text[start:i], &tz.buf, &tz.arena)
	if len(low) > 2 && low[len(low)-1] == 's' && low[len(low)-2] == '\'' {
		wi.cls |= tz.words.possessive(low) // most words end in no "'s"
	}
	t.low, t.cls, t.gram, t.first = low, wi.cls, wi.gram, wi.first
	return i
}

// glued reports whether the word text[start:i] and the rune at i are two
// words run together by a scrape: a word of three letters or more ending
// in a small letter, then a digit ("transferring19", "Rennes10,000"); or a
// figure, then a word of four letters or more, or a capitalised one
// ("2,000people", "2025Clash"). "G7", "COVID19", "1st", "10km" and "1990s"
// are words.
func glued(text string, start, i int) bool {
	c := text[i]
	p := text[i-1]
	switch {
	case '0' <= c && c <= '9':
		if !('a' <= p && p <= 'z') || i-start < 3 {
			return false
		}
		for k := start; k < i; k++ {
			if b := text[k]; !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z') {
				return false
			}
		}
		return true
	case '0' <= p && p <= '9' && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
		for k := start; k < i; k++ {
			if b := text[k]; b < '0' || b > '9' {
				return false // "mOaEL6q0Wd": an identifier
			}
		}
		n := 0
		for k := i; k < len(text) && ('a' <= text[k] && text[k] <= 'z' || 'A' <= text[k] && text[k] <= 'Z'); k++ {
			n++
		}
		if k := i + n; k < len(text) && '0' <= text[k] && text[k] <= '9' {
			return false // "4x4", "A1b2": a code
		}
		upper := 'A' <= c && c <= 'Z'
		if upper {
			return n >= 2 && 'a' <= text[i+1] && text[i+1] <= 'z'
		}
		return n >= 4
	}
	return false
}

// lower lowercases s, without allocating when s has no upper-case letter.
func lower(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	switch {
	case ascii && !upper:
		return s
	case ascii:
		return strings.ToLower(s)
	}
	// Fold the typographic apostrophe so that "Ukraine’s" reads like "Ukraine's".
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// mergeFigures replaces the tokens that each figure covers with one tFig
// token spanning both. figs must be sorted by start and not overlap.
func mergeFigures(toks []token, figs []figure) []token {
	if len(figs) == 0 {
		return toks
	}
	out := toks[:0] // in place: the output never overtakes the input
	f := 0
	for i := 0; i < len(toks); {
		for f < len(figs) && figs[f].span.End <= toks[i].start {
			f++
		}
		if f < len(figs) && figs[f].span.Start < toks[i].end {
			t := token{start: min(toks[i].start, figs[f].span.Start), cls: cKnown, gram: gKnown, kind: tFig, fig: int32(f), para: toks[i].para,
				brk: toks[i].brk, line: toks[i].line}
			t.end = figs[f].span.End
			for i < len(toks) && toks[i].start < figs[f].span.End {
				t.end = max(t.end, toks[i].end)
				i++
			}
			t.low = figs[f].text
			out = append(out, t)
			// A figure that starts inside the token just made ("1000'00.0":
			// a word holding the end of one figure and the start of the
			// next) has no token of its own: tokens never overlap.
			for f++; f < len(figs) && figs[f].span.Start < t.end; f++ {
			}
			continue
		}
		// The tokens up to the next figure's start stay as they are, moved
		// as one run.
		j := len(toks)
		if f < len(figs) {
			next := figs[f].span.Start
			for j = i + 1; j < len(toks) && toks[j].end <= next; j++ {
			}
		}
		if len(out) == i {
			out = out[:j] // nothing merged yet: the tokens are in place
		} else {
			out = append(out, toks[i:j]...)
		}
		i = j
	}
	return out
}

// A quotation is a passage in quotation marks: tokens [first, last] hold
// its words (marks excluded).
type quotation struct {
	open, close int // token indexes of the marks; close is -1 when unterminated
	first, last int
}

// markQuotes finds the quotations, marks their tokens and returns them. A
// quotation left open at the end of a paragraph continues when the next
// paragraph opens with a quotation mark (the news convention for quotes over
// several paragraphs). Short quoted phrases without punctuation ("all-for-all")
// are names, not speech, and are left unmarked.
func markQuotes(toks []token, qs []quotation) []quotation {
	qs = qs[:0]       // memory to reuse
	open := -1        // index into qs of the open quotation
	straight := false // the open quotation opened with a straight mark
	nested := 0       // curly quotations opened inside a straight one: “…” in "… “…” …"
	for i := 0; i < len(toks); i++ {
		if open < 0 {
			// Outside a quotation only marks count: a loop of its own
			// passes over the words.
			for i < len(toks) && toks[i].kind != tPunct {
				i++
			}
			if i == len(toks) {
				break
			}
		}
		t := &toks[i]
		// A quotation left open at the end of a line that ends a sentence
		// ends there too, unless the next line reopens it: a quote that
		// never closes does not swallow the lines after it.
		if t.line && !t.para && open >= 0 && i > 0 && !goesOn(toks, i) {
			r, _ := utf8.DecodeRuneInString(t.low)
			if !(t.kind == tPunct && isQuoteRune(r)) {
				qs[open].close = -1
				qs[open].last = i - 1
				open = -1
			}
		}
		if t.para && open >= 0 {
			r, _ := utf8.DecodeRuneInString(t.low)
			if t.kind == tPunct && isQuoteRune(r) && r != '”' && r != '»' {
				t.openQ = true // reopening: the same quotation goes on
				continue
			}
			qs[open].close = -1
			qs[open].last = i - 1
			open = -1
		}
		if t.kind != tPunct {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.low)
		if !isQuoteRune(r) {
			continue
		}
		closing := r == '”' || r == '»' || (r == '"' && open >= 0)
		if r == '“' || r == '«' || r == '„' {
			closing = false
		}
		if open >= 0 && straight && r == '“' {
			nested++ // a quotation quoted inside one: "the survey asked: “…” Forty-one said yes."
			continue
		}
		if open >= 0 && straight && r == '”' && nested > 0 {
			nested--
			continue
		}
		if closing && open >= 0 {
			t.closeQ = true
			qs[open].close = i
			qs[open].last = i - 1
			open = -1
		} else if !closing && open < 0 {
			t.openQ = true
			qs = append(qs, quotation{open: i, close: -1, first: i + 1, last: len(toks) - 1})
			open = len(qs) - 1
			straight, nested = r == '"', 0
		}
	}
	kept := qs[:0]
	for _, q := range qs {
		if q.last < q.first {
			continue
		}
		words, punct := 0, false
		for j := q.first; j <= q.last; j++ {
			switch toks[j].kind {
			case tPunct:
				switch toks[j].low {
				case ".", ",":
					// The stop or comma of the sentence set inside the
					// closing mark after a term in running text ("marked
					// as “spoilt.”") is not the quotation's own.
					punct = punct || j != q.last || toks[q.first].capital || toks[q.first].kind != tWord
				case "!", "?", ";", ":":
					punct = true
				}
			default:
				words++
			}
		}
		if words <= 4 && !punct {
			if q.close >= 0 {
				toks[q.close].closeQ = false
			}
			toks[q.open].openQ = false
			continue
		}
		kept = append(kept, q)
	}
	for k, q := range kept {
		for j := q.first; j <= q.last; j++ {
			toks[j].quote = int32(k + 1)
		}
	}
	return kept
}

// goesOn reports whether the line before token i goes on in the line
// of token i: it does not end with a stop.
func goesOn(toks []token, i int) bool {
	switch toks[i-1].low {
	case ".", "!", "?", "…":
		return false
	}
	return true
}

// A sentence is the tokens [first, last].
type sentence struct {
	first, last int
}

// maxSentence is the most tokens a sentence may have.
const maxSentence = 200

// splitSentences splits toks into sentences. A full stop ends a sentence
// when white space and an upper-case letter, a digit or a quotation mark
// follow it, unless the word before it is an abbreviation or an initial.
func splitSentences(text string, toks []token, lx *lexicon, ss []sentence) []sentence {
	ss = ss[:0] // memory to reuse
	first := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if (t.para || t.brk || i-first >= maxSentence) && i > first {
			// A paragraph ends a sentence; so does great length, which
			// keeps the work per figure bounded on text without stops.
			ss = append(ss, sentence{first, i - 1})
			first = i
		}
		if t.kind != tPunct {
			continue
		}
		switch t.low {
		case ".", "!", "?", "…":
		default:
			continue
		}
		end := i
		// Closing marks and brackets stay with the sentence they close.
		for end+1 < len(toks) && !toks[end+1].para && toks[end+1].start == toks[end].end &&
			(toks[end+1].closeQ || toks[end+1].low == ")" || toks[end+1].low == "’" || toks[end+1].low == "'") {
			end++
		}
		if end+1 >= len(toks) {
			i = end
			continue
		}
		next := &toks[end+1]
		if !next.para {
			if next.start == toks[end].end && t.low == "." && !missingSpace(text, toks, i, end+1, lx) {
				continue // "U.S", "6.2", "Caliber.Az": no space after the stop
			}
			if !(next.capital || next.openQ || next.kind == tFig || (next.kind == tWord && unicode.IsDigit(rune(next.low[0])))) {
				continue
			}
			if t.low == "." && i > 0 && toks[i-1].kind == tWord && toks[i-1].end == t.start {
				w := toks[i-1].low
				if lx.abbrev[w] || (utf8.RuneCountInString(w) == 1 && toks[i-1].capital) {
					continue
				}
			}
		}
		ss = append(ss, sentence{first, end})
		first = end + 1
		i = end
	}
	if first < len(toks) {
		ss = append(ss, sentence{first, len(toks) - 1})
	}
	return ss
}

// missingSpace reports a full stop at toks[i] that ends a sentence though
// no space follows it, as scrapes leave them: a word of small letters
// before it ("workers.Nine", "Gaza.\"The"), and a quotation mark or a
// capitalised word of three letters or more after it (toks[next]).
func missingSpace(text string, toks []token, i, next int, lx *lexicon) bool {
	if i == 0 || toks[i-1].end != toks[i].start {
		return false
	}
	switch w := toks[i-1].low; {
	case toks[i-1].kind == tFig:
		// "on Oct. 7.The source said": a figure ending in a digit.
		if c := text[toks[i-1].end-1]; c < '0' || c > '9' {
			return false
		}
	case toks[i-1].kind != tWord || len(w) < 2 || lx.abbrev[w] || text[toks[i-1].end-1] < 'a' || text[toks[i-1].end-1] > 'z':
		return false
	}
	n := toks[next]
	if n.openQ {
		return true
	}
	// A capitalised word, or a figure in words ("town.Four more"), of three
	// letters or more; a word of two only when it is a preposition, a
	// pronoun or a determiner that opens sentences ("said.In return",
	// "said.On Monday"), not the tail of a name ("Caliber.Az").
	size := n.end - n.start
	if size == 2 && n.kind == tWord && n.gram&(gPrep|gSubjPron|gDet) != 0 {
		size = 3
	}
	return (n.kind == tWord && n.capital || n.kind == tFig && 'A' <= text[n.start] && text[n.start] <= 'Z') &&
		size >= 3 && 'a' <= text[n.start+1] && text[n.start+1] <= 'z'
}
