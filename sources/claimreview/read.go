// Package claimreview reads and writes schema.org ClaimReview, the JSON-LD
// that fact-checkers publish with their articles (and that search engines
// collect), so that checked claims can be compared with others and
// crosscheck's findings can be published the same way.
//
// # Reading
//
// A ClaimReview input is a JSON-LD document: one object, an array of them, or
// an object with an "@graph" array; or an HTML page whose
// <script type="application/ld+json"> blocks hold such documents. Every
// object of type ClaimReview in it, however deeply nested, becomes one claim:
//
//	ClaimReview field                          claim field
//	claimReviewed (else itemReviewed.text,     Evidence.Text, and the figure read from it
//	  .name or .description)
//	itemReviewed.author: name, jobTitle,       Speaker: Name, Role, Affiliation; an
//	  affiliation or worksFor                    Organization that is the appearance's
//	                                             publisher has Role OutletRole
//	itemReviewed.appearance (else              Source: URL (url or @id), Outlet (publisher
//	  firstAppearance): a CreativeWork or URL    or author name, else the URL's host),
//	                                             Published (datePublished)
//	itemReviewed.datePublished (else the       AsOf
//	  appearance's, else the review's)
//	author and url of the review               Source.Outlet and URL when the claim has
//	                                             no appearance: it reached us through the
//	                                             fact-checker
//	itemReviewed.additionalProperty            the figure, measure, kind and parties, when
//	  (PropertyValues, as Export writes them)    given (see Export)
//
// Without a PropertyValue figure, the figure is the first quantity in the
// claim's text that claims.ReadQuantity reads, skipping years and days of
// the month ("in 2024", "June 19"); one followed by a measure the
// Vocabulary knows ("6,000 bodies") is preferred to one that is not. The
// measure is the Vocabulary's name for the words after the figure or, when
// it knows none, the next word if it looks like a plural noun ("refugees"),
// else empty. The kind is Parser.Kind ("stated" by default),
// since a ClaimReview does not say whether a figure was completed, agreed
// or offered. Every field is read as explicit (claims.Explicit) unless a
// "crosscheck:confidence" PropertyValue, as Export writes it, says
// otherwise. Subject, recipient and the speaker's affiliation are made
// canonical through the Vocabulary when it knows them. Spans are zero,
// because the claim's text is not a byte range of the input;
// Source.Document is the input's name.
//
// A ClaimReview without claim text, or whose text states no figure, or
// with a date that is not ISO 8601, yields an error that names the input,
// the line and column where the ClaimReview starts, and its record number
// (the ClaimReviews counted from 1); the others are still read. An input
// that is not JSON yields the ClaimReviews before the fault and then one
// error at the fault; text that is not UTF-8 yields an error at the first
// bad byte and is read on (encoding/json reads such bytes as U+FFFD).
//
// # Writing
//
// Export writes Reviews (a claim and a verdict on it) as ClaimReview; see
// Export for the mapping.
//
// The package maps between ClaimReview and claims; it does not fetch pages
// and does not judge claims.
package claimreview

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

const pkg = "sources/claimreview"

// MaxSize is the largest input read, in bytes; a larger one yields an
// error.
const MaxSize = 64 << 20

// Stated is the kind given to an imported claim when the ClaimReview does
// not say (see Parser.Kind).
const Stated claims.Kind = "stated"

// A Parser reads ClaimReview with options. The zero Parser uses
// claims.DefaultVocabulary and the kind Stated. A Parser is safe for
// concurrent use as long as its Vocabulary is not changed.
type Parser struct {
	// Vocabulary names the measures after a figure; nil means
	// claims.DefaultVocabulary().
	Vocabulary *claims.Vocabulary
	// Kind is the kind of a claim whose ClaimReview does not give one;
	// "" means Stated.
	Kind claims.Kind
}

// Format returns the ClaimReview format for sources.Open, read with the
// zero Parser: name "claimreview", extensions .jsonld and .json.
func Format() sources.Format { return Parser{}.Format() }

// Format returns the ClaimReview format read with p.
func (p Parser) Format() sources.Format {
	return sources.Format{Name: "claimreview", Extensions: []string{".jsonld", ".json"}, Read: p.Reader}
}

// File returns a Source over the ClaimReview file at path, read with the
// zero Parser. Each pass opens and reads the file anew; passes may run
// concurrently.
func File(path string) sources.Source { return sources.File(path, Format()) }

// Reader returns a single-pass Source over the ClaimReview JSON-LD or HTML
// read from r, with the zero Parser; see Parser.Reader.
func Reader(name string, r io.Reader) sources.Source { return Parser{}.Reader(name, r) }

// Reader returns a single-pass Source over the ClaimReview JSON-LD or HTML
// read from r; name is the input's name in errors and claims. Its first
// pass reads all of r (up to MaxSize bytes); later passes yield an error
// wrapping sources.ErrConsumed. It is safe for concurrent use.
func (p Parser) Reader(name string, r io.Reader) sources.Source {
	return sources.OnePass(pkg, name, func() iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
			if err != nil {
				yield(claims.Claim{}, &sources.Error{Pkg: pkg, Name: name, Err: fmt.Errorf("reading: %w", err)})
				return
			}
			if len(data) > MaxSize {
				yield(claims.Claim{}, &sources.Error{Pkg: pkg, Name: name, Err: fmt.Errorf("input larger than %d bytes", MaxSize)})
				return
			}
			p.read(name, data)(yield)
		}
	})
}

// scriptRE finds the JSON-LD blocks of an HTML page.
var scriptRE = regexp.MustCompile(`(?is)<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>`)

// read yields the claims of one input held in memory.
func (p Parser) read(name string, data []byte) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		at := func(off, record int, err error) error {
			line, col := position(data, off)
			return &sources.Error{Pkg: pkg, Name: name, Line: line, Column: col, Record: record, Err: err}
		}
		if i := invalidUTF8(data); i >= 0 {
			if !yield(claims.Claim{}, at(i, 0, fmt.Errorf("invalid UTF-8 byte %#x; reading it as U+FFFD", data[i]))) {
				return
			}
		}
		// The JSON documents: the input itself, or the script blocks of a
		// page.
		type block struct{ start, end int }
		blocks := []block{{0, len(data)}}
		if t := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '<' {
			blocks = blocks[:0]
			for _, m := range scriptRE.FindAllSubmatchIndex(data, -1) {
				blocks = append(blocks, block{m[2], m[3]})
			}
			if len(blocks) == 0 {
				yield(claims.Claim{}, at(0, 0, errors.New(`an HTML page with no <script type="application/ld+json"> block`)))
				return
			}
		} else if bytes.HasPrefix(data, []byte("\ufeff")) {
			blocks[0].start = 3
		}
		vocab := p.Vocabulary
		if vocab == nil {
			vocab = claims.DefaultVocabulary()
		}
		record, stopped, broken := 0, false, false
		for _, b := range blocks {
			doc := data[b.start:b.end]
			err := parse(doc, func(n *node) bool {
				if !n.is("ClaimReview") {
					return true
				}
				record++
				c, err := p.claim(n, name, vocab)
				if err != nil {
					c, err = claims.Claim{}, at(b.start+n.off, record, err)
				}
				if !yield(c, err) {
					stopped = true
					return false
				}
				return true
			})
			if stopped {
				return
			}
			if se, ok := err.(*errSyntax); ok {
				broken = true
				if !yield(claims.Claim{}, at(b.start+se.off, 0, se.err)) {
					return
				}
			}
		}
		if record == 0 && !broken {
			yield(claims.Claim{}, at(0, 0, errors.New("no ClaimReview found")))
		}
	}
}

// position returns the 1-based line and column (in bytes) of offset off.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// invalidUTF8 returns the offset of the first byte of data that is not
// UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// claim reads one ClaimReview.
func (p Parser) claim(cr *node, name string, vocab *claims.Vocabulary) (claims.Claim, error) {
	item := cr.get("itemReviewed").first()
	text := cr.get("claimReviewed").text()
	for _, k := range []string{"text", "name", "description"} {
		if text == "" {
			text = item.get(k).text()
		}
	}
	if text == "" {
		return claims.Claim{}, errors.New("ClaimReview has no claimReviewed text (nor an itemReviewed with text)")
	}
	c := claims.Claim{
		Kind:     p.Kind,
		Source:   claims.Source{Document: name},
		Evidence: claims.Evidence{Text: text},
	}
	if c.Kind == "" {
		c.Kind = Stated
	}
	if a := item.get("author").first(); a != nil {
		c.Speaker = claims.Speaker{Name: a.name(), Role: a.get("jobTitle").text(), Affiliation: a.get("affiliation").name()}
		if c.Speaker.Affiliation == "" {
			c.Speaker.Affiliation = a.get("worksFor").name()
		}
	}
	appearance := item.get("appearance").first()
	if appearance == nil {
		appearance = item.get("firstAppearance").first()
	}
	var err error
	date := func(n *node, field string) claims.Date {
		s := n.text()
		if s == "" || err != nil {
			return claims.Date{}
		}
		d, derr := parseDay(s)
		if derr != nil {
			err = fmt.Errorf("%s %q: want an ISO 8601 date (2025-06-19)", field, s)
		}
		return d
	}
	if appearance != nil {
		if appearance.kind == '"' {
			c.Source.URL = appearance.text()
		} else {
			c.Source.URL = appearance.get("url").text()
			if c.Source.URL == "" {
				c.Source.URL = appearance.get("@id").text()
			}
			c.Source.Outlet = appearance.get("publisher").name()
			if c.Source.Outlet == "" {
				c.Source.Outlet = appearance.get("author").name()
			}
			c.Source.Published = date(appearance.get("datePublished"), "appearance datePublished")
		}
		if c.Source.Outlet == "" {
			c.Source.Outlet = host(c.Source.URL)
		}
	} else {
		c.Source.Outlet = cr.get("author").name()
		c.Source.URL = cr.get("url").text()
		c.Source.Published = date(cr.get("datePublished"), "datePublished")
	}
	if a := item.get("author").first(); a != nil && c.Speaker.Role == "" && a.is("Organization") &&
		c.Speaker.Name != "" && c.Speaker.Name == c.Source.Outlet {
		c.Speaker.Role = OutletRole // the outlet speaks in its own voice
	}
	asOf := date(item.get("datePublished"), "itemReviewed datePublished")
	if asOf == (claims.Date{}) {
		asOf = c.Source.Published
	}
	if asOf == (claims.Date{}) {
		asOf = date(cr.get("datePublished"), "datePublished")
	}
	if asOf != (claims.Date{}) {
		c.AsOf = claims.On(asOf)
	}
	if err != nil {
		return claims.Claim{}, err
	}
	found, err := p.properties(&c, item, vocab)
	if err != nil {
		return claims.Claim{}, err
	}
	if !found && c.Kind != claims.Withheld {
		q, measure, ok := figure(text, vocab)
		if !ok {
			return claims.Claim{}, fmt.Errorf("claimReviewed %q states no figure", clip(text))
		}
		c.Quantity = q
		if c.Measure == "" {
			c.Measure = measure
		}
	}
	for _, party := range []*string{&c.Subject, &c.Recipient, &c.Speaker.Affiliation} {
		if canon, ok := vocab.Party(*party); ok {
			*party = canon
		}
	}
	if err := c.Validate(); err != nil {
		return claims.Claim{}, fmt.Errorf("claim %q: %s", clip(text), strings.ReplaceAll(strings.ReplaceAll(err.Error(), "claims: claim: ", ""), "\n", "; "))
	}
	c.ID = c.ContentID()
	return c, nil
}

// clip shortens a claim's text for an error message.
func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	i := 77
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// host returns the host of a URL without "www.", or "".
func host(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// parseDay reads an ISO 8601 date, or the date of an ISO 8601 time as
// written.
func parseDay(s string) (claims.Date, error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	return claims.ParseDate(s)
}

// isMonth reports whether w (lower case) names a month.
func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// figure returns the first quantity in text that is not a year or a day of
// the month, preferring one followed by a measure vocab knows, and its
// measure.
func figure(text string, vocab *claims.Vocabulary) (claims.Quantity, string, bool) {
	var first claims.Quantity
	var firstMeasure string
	found := false
	for i := 0; i < len(text); {
		if i > 0 && !boundary(text, i) {
			i++
			continue
		}
		q, n, err := claims.ReadQuantity(language.English, text[i:])
		if n == 0 || err != nil {
			i += max(n, 1)
			continue
		}
		if !date(text, i, q) {
			measure, known := measureAfter(text[i+n:], vocab)
			if known {
				return q, measure, true
			}
			if !found {
				first, firstMeasure, found = q, measure, true
			}
		}
		i += n
	}
	return first, firstMeasure, found
}

// boundary reports whether a quantity may start at text[i]: after a
// character that is neither a letter nor a digit.
func boundary(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ','
}

// date reports whether the quantity at text[i:] is a year (a bare number
// from 1800 to 2100) or a day after a month name.
func date(text string, i int, q claims.Quantity) bool {
	if q.Qualifier != claims.Exact || q.Vague || q.Reciprocal || q.Unit != claims.Count {
		return false
	}
	v, ok := q.Value.Int64()
	if !ok {
		return false
	}
	if strings.TrimSpace(q.Text) == fmt.Sprint(v) && v >= 1800 && v <= 2100 {
		return true
	}
	if v < 1 || v > 31 {
		return false
	}
	before := strings.TrimRight(text[:i], " \t\n")
	before = strings.TrimRight(before, ".,")
	j := strings.LastIndexAny(before, " \t\n(") + 1
	return isMonth(strings.ToLower(before[j:]))
}

// isStop reports whether w (lower case), after a figure, is no measure.
func isStop(w string) bool {
	switch w {
	case "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "from", "more", "than",
		"per", "percent", "were", "was", "are", "is", "have", "has", "had", "been", "will", "who", "that",
		"which", "each":
		return true
	}
	return false
}

// measureAfter reads the measure in the words that follow a figure: the
// Vocabulary's name for the longest of the next three words it knows
// (known), or else the next word when it looks like a plural noun.
func measureAfter(rest string, vocab *claims.Vocabulary) (measure string, known bool) {
	var words []string
	for w := range strings.FieldsSeq(rest) {
		trimmed := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if trimmed == "" {
			break
		}
		words = append(words, trimmed)
		if len(words) == 3 || trimmed != w { // punctuation ends the phrase
			break
		}
	}
	for n := len(words); n > 0; n-- {
		if m, ok := vocab.Measure(strings.Join(words[:n], " ")); ok {
			return m, true
		}
	}
	// A word the vocabulary does not know is taken only when it looks like
	// a plural noun ("refugees", "tonnes"), not a verb ("joined").
	if len(words) > 0 {
		w := strings.ToLower(words[0])
		if !isStop(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return w, false
		}
	}
	return "", false
}
