// Package csv reads claims kept in a spreadsheet and saved as CSV: one claim
// per row under a header that names the columns, for fact-checkers and data
// journalists who log figures by hand.
//
// # The header
//
// The first row names the columns, in any order. Names ignore case, and
// spaces and hyphens in them count as underscores ("As of" is as_of). The
// columns are:
//
//	column               required  meaning (the JSON contract's field)
//	measure              yes       what is counted: bodies, prisoners, deaths
//	kind                 yes       completed, agreed, offered, estimated, withheld, …
//	quantity             yes       the figure as written: 6000, "more than 6,000", about 1.2 million, 500-600
//	subject                        who gives (a transfer) or who is counted
//	recipient                      who receives
//	mutual                         true/false, yes/no, y/n or 1/0: the figure holds both ways
//	scope                          event or total
//	as_of                          2025-06-19, or an ISO 8601 interval 2025-06-09/2025-06-14
//	speaker                        who said it
//	speaker_role                   their role: President, spokesperson
//	speaker_affiliation            whom they speak for: Russia, the UN
//	outlet                         who published it
//	via                            the outlets it came through, nearest origin first, separated by ";"
//	url                            where it was published
//	published                      the publication date (2025-06-20, or an RFC 3339 time)
//	document                       the document the claim was read from
//	evidence                       the words that carry the claim
//	id                             the claim's ID (default: its content ID)
//	quantity_start, quantity_end   byte offsets of the figure in the document
//	evidence_start, evidence_end   byte offsets of the evidence in the document
//	confidence                     the fields read less than explicitly, as
//	                                 field=confidence pairs separated by ";":
//	                                 "as_of=defaulted; subject=inferred"
//
// Measures and parties are made canonical through a claims.Vocabulary
// ("POWs" → prisoners, "Kyiv" → Ukraine; see Parser); words it does not
// know are kept as written. A quantity is read with claims.ParseQuantity,
// so it may carry a hedge ("at least 1,000", "nearly 3,000",
// "6,000-for-6,000"). An empty quantity is allowed only for a withheld
// figure. Dates are ISO 8601.
//
// The confidence column says which fields of a row were not stated in so
// many words by the claim's source: each of measure, subject, recipient,
// kind, scope, as_of and speaker may be "inferred" (worked out from the
// context) or "defaulted" (the source does not say; a default stands in,
// such as the publication date for as_of). Fields it does not name, and
// every field of a row whose cell is empty or of a file without the column,
// are explicit: a spreadsheet is taken at its word unless it says
// otherwise. See claims.FieldConfidence.
//
// A header without measure, kind or quantity is an error that names the
// missing columns, and ends the stream. Columns the package does not know
// (notes, checked_by) are ignored, so a working spreadsheet can keep its own
// columns; but a name one or two letters away from a known one ("speker")
// yields an error, as a typo would otherwise lose a column silently, and
// the rows are still read.
//
// # Rows
//
// Each row is one claim. A row with a bad cell (a figure that does not
// parse, a date that is not ISO 8601, a kind that is not a name, text that
// is not UTF-8) yields one error naming the file, line and column of the
// first bad cell, quoting it,
//
//	sources/csv: claims.csv:14:7: quantity "12x": unexpected "x" at byte 3
//
// and the rows after it are read as usual. Empty rows are skipped. A UTF-8
// byte order mark (which spreadsheet programs write) is ignored.
//
// # Documents and spans
//
// A row is not a document, so the spans of its claim point into the
// document column's document only when the row gives them (quantity_start
// and the rest); otherwise QuantitySpan and Evidence.Span are zero, meaning
// not known, and Evidence.Text is the evidence column as written. A row that
// names no document gets an RFC 7111 fragment of the CSV file as its
// Source.Document: "claims.csv#row=14", where the header is row 1.
//
// It is for reading claims from CSV, not for writing CSV, and not for
// tables of figures of any other shape.
package csv

import (
	stdcsv "encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

const pkg = "sources/csv"

// Columns returns the column names of the header, the required ones first.
func Columns() []string {
	return []string{"measure", "kind", "quantity",
		"subject", "recipient", "mutual", "scope", "as_of",
		"speaker", "speaker_role", "speaker_affiliation",
		"outlet", "via", "url", "published", "document", "evidence", "id",
		"quantity_start", "quantity_end", "evidence_start", "evidence_end", "confidence"}
}

const required = 3 // the first three of Columns

// A Parser reads CSV claims with options. The zero Parser uses
// claims.DefaultVocabulary. A Parser is safe for concurrent use as long as
// its Vocabulary is not changed.
type Parser struct {
	// Vocabulary names measures and parties canonically: a measure, subject,
	// recipient or speaker_affiliation cell that it knows ("POWs", "Kyiv")
	// becomes its canonical name ("prisoners", "Ukraine"); others are kept
	// as written. nil means claims.DefaultVocabulary().
	Vocabulary *claims.Vocabulary
}

// Format returns the CSV format for sources.Open, read with the zero
// Parser: name "csv", extension .csv.
func Format() sources.Format { return Parser{}.Format() }

// Format returns the CSV format read with p.
func (p Parser) Format() sources.Format {
	return sources.Format{Name: "csv", Extensions: []string{".csv"}, Read: p.Reader}
}

// File returns a Source over the CSV file at path, read with the zero
// Parser. Each pass opens and reads the file anew; passes may run
// concurrently.
func File(path string) sources.Source { return sources.File(path, Format()) }

// Reader returns a single-pass Source over the CSV read from r, with the
// zero Parser; see Parser.Reader.
func Reader(name string, r io.Reader) sources.Source { return Parser{}.Reader(name, r) }

// Reader returns a single-pass Source over the CSV read from r; name is the
// input's name in errors and claims. Its first pass reads r to the end or
// to an early break; later passes yield an error wrapping
// sources.ErrConsumed. It is safe for concurrent use.
func (p Parser) Reader(name string, r io.Reader) sources.Source {
	return sources.OnePass(pkg, name, func() iter.Seq2[claims.Claim, error] { return rows(name, r, p.Vocabulary) })
}

// table is a header read: the index of each known column, or -1.
type table struct {
	vocab *claims.Vocabulary
	name  string
	cols  map[string]int
	width int
}

func (t *table) cell(rec []string, col string) string {
	i, ok := t.cols[col]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// normalize folds a header name: lower case, spaces and hyphens to "_".
func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' }), "_")
	return s
}

func rows(name string, r io.Reader, vocab *claims.Vocabulary) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		cr := stdcsv.NewReader(r)
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		fail := func(line, col int, err error) *sources.Error {
			return &sources.Error{Pkg: pkg, Name: name, Line: line, Column: col, Err: err}
		}
		// The header. row counts records as RFC 7111 does, the header being
		// row 1.
		var t *table
		row := 0
		for t == nil {
			rec, err := cr.Read()
			row++
			if err == io.EOF {
				yield(claims.Claim{}, fail(0, 0, errors.New("no header: the input is empty or blank")))
				return
			}
			if err != nil {
				yield(claims.Claim{}, readError(fail, err))
				return
			}
			if blank(rec) {
				continue
			}
			var herrs []error
			t, herrs = header(name, cr, rec)
			if t != nil {
				t.vocab = vocab
				if t.vocab == nil {
					t.vocab = claims.DefaultVocabulary()
				}
			}
			for _, e := range herrs {
				if !yield(claims.Claim{}, e) {
					return
				}
			}
			if t == nil {
				return
			}
		}
		for {
			rec, err := cr.Read()
			row++
			if err == io.EOF {
				return
			}
			if err != nil {
				// A parse error spoils one record (the reader goes on after
				// it); any other error is the reader's own and ends the pass.
				var pe *stdcsv.ParseError
				if !yield(claims.Claim{}, readError(fail, err)) || !errors.As(err, &pe) {
					return
				}
				continue
			}
			if blank(rec) {
				continue
			}
			c, cerr := t.claim(cr, rec, row)
			if cerr != nil {
				c = claims.Claim{}
			}
			if !yield(c, cerr) {
				return
			}
		}
	}
}

func readError(fail func(int, int, error) *sources.Error, err error) error {
	var pe *stdcsv.ParseError
	if errors.As(err, &pe) {
		if pe.StartLine != pe.Line {
			return fail(pe.Line, pe.Column, fmt.Errorf("%w (in the row that starts at line %d)", pe.Err, pe.StartLine))
		}
		return fail(pe.Line, pe.Column, pe.Err)
	}
	return fail(0, 0, fmt.Errorf("reading: %w", err))
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// header reads the header row. It returns nil when the stream cannot go on
// (a required column is missing), and the errors to yield.
func header(name string, cr *stdcsv.Reader, rec []string) (*table, []error) {
	t := &table{name: name, cols: make(map[string]int), width: len(rec)}
	known := Columns()
	var errs []error
	at := func(i int, err error) {
		line, col := cr.FieldPos(i)
		errs = append(errs, &sources.Error{Pkg: pkg, Name: name, Line: line, Column: col, Err: err})
	}
	for i, h := range rec {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		if !utf8.ValidString(h) {
			at(i, fmt.Errorf("column name %q is not UTF-8", h))
			continue
		}
		n := normalize(h)
		switch {
		case n == "":
		case slices.Contains(known, n):
			if j, dup := t.cols[n]; dup {
				at(i, fmt.Errorf("column %q appears twice (columns %d and %d); using the first", n, j+1, i+1))
				continue
			}
			t.cols[n] = i
		default:
			if near := nearest(n, known); near != "" {
				at(i, fmt.Errorf("unknown column %q (did you mean %q?); ignoring it", h, near))
			}
		}
	}
	var missing []string
	for _, c := range known[:required] {
		if _, ok := t.cols[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		line, _ := cr.FieldPos(0)
		errs = append(errs, &sources.Error{Pkg: pkg, Name: name, Line: line,
			Err: fmt.Errorf("header lacks the required column(s) %s; it has %q", strings.Join(missing, ", "), rec)})
		return nil, errs
	}
	return t, errs
}

// nearest returns the known name within a small edit distance of n, or "".
func nearest(n string, known []string) string {
	limit := 1
	if len(n) >= 6 {
		limit = 2
	}
	best, bestD := "", limit+1
	for _, k := range known {
		if d := distance(n, k, limit); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance of a and b, or limit+1 when it is
// larger than limit.
func distance(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	if prev[len(b)] > limit {
		return limit + 1
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// cellError is a bad cell: its column name, its text and what is wrong.
type cellError struct {
	col, val string
	err      error
}

func (e *cellError) Error() string {
	msg := strings.TrimPrefix(e.err.Error(), "claims: ")
	for _, p := range []string{"parsing quantity ", "parsing date "} {
		if rest, ok := strings.CutPrefix(msg, p+strconv.Quote(e.val)+": "); ok {
			msg = rest
		}
	}
	return fmt.Sprintf("%s %q: %s", e.col, e.val, msg)
}

func (e *cellError) Unwrap() error { return e.err }

// claim reads one row.
func (t *table) claim(cr *stdcsv.Reader, rec []string, row int) (claims.Claim, error) {
	fail := func(col string, err error) error {
		line, c := 0, 0
		if i, ok := t.cols[col]; ok && i < len(rec) {
			line, c = cr.FieldPos(i)
		} else {
			line, _ = cr.FieldPos(0)
		}
		return &sources.Error{Pkg: pkg, Name: t.name, Line: line, Column: c, Err: err}
	}
	for i, f := range rec {
		if !utf8.ValidString(f) {
			line, col := cr.FieldPos(i)
			bad := 0
			for bad < len(f) {
				r, size := utf8.DecodeRuneInString(f[bad:])
				if r == utf8.RuneError && size <= 1 {
					break
				}
				bad += size
			}
			name := fmt.Sprintf("column %d", i+1)
			for n, j := range t.cols {
				if j == i {
					name = n
				}
			}
			return claims.Claim{}, &sources.Error{Pkg: pkg, Name: t.name, Line: line, Column: col + bad,
				Err: fmt.Errorf("%s: invalid UTF-8 byte %#x (save the file as UTF-8)", name, f[bad])}
		}
	}
	if len(rec) > t.width && !blank(rec[t.width:]) {
		line, col := cr.FieldPos(t.width)
		return claims.Claim{}, &sources.Error{Pkg: pkg, Name: t.name, Line: line, Column: col,
			Err: fmt.Errorf("row has %d fields but the header names %d", len(rec), t.width)}
	}
	get := func(col string) string { return t.cell(rec, col) }
	c := claims.Claim{
		ID:        get("id"),
		Measure:   get("measure"),
		Subject:   get("subject"),
		Recipient: get("recipient"),
		Kind:      claims.Kind(strings.ToLower(get("kind"))),
		Scope:     claims.Scope(strings.ToLower(get("scope"))),
		Speaker: claims.Speaker{
			Name: get("speaker"), Role: get("speaker_role"), Affiliation: get("speaker_affiliation"),
		},
		Source: claims.Source{
			Document: get("document"), Outlet: get("outlet"), URL: get("url"),
		},
		Evidence: claims.Evidence{Text: get("evidence")},
	}
	if c.Source.Document == "" {
		c.Source.Document = t.name + "#row=" + strconv.Itoa(row)
	}
	if m, ok := t.vocab.Measure(c.Measure); ok {
		c.Measure = m
	}
	for _, party := range []*string{&c.Subject, &c.Recipient, &c.Speaker.Affiliation} {
		if p, ok := t.vocab.Party(*party); ok {
			*party = p
		}
	}
	if v := get("mutual"); v != "" {
		b, ok := parseBool(v)
		if !ok {
			return claims.Claim{}, fail("mutual", &cellError{"mutual", v, errors.New("want true or false, yes or no, 1 or 0")})
		}
		c.Mutual = b
	}
	if v := get("quantity"); v != "" {
		q, err := claims.ParseQuantity(v)
		if err != nil {
			return claims.Claim{}, fail("quantity", &cellError{"quantity", v, err})
		}
		c.Quantity = q
	}
	if v := get("as_of"); v != "" {
		p, err := claims.ParsePeriod(v)
		if err != nil {
			return claims.Claim{}, fail("as_of", &cellError{"as_of", v, wantISO{err}})
		}
		c.AsOf = p
	}
	if v := get("published"); v != "" {
		d, err := parseDay(v)
		if err != nil {
			return claims.Claim{}, fail("published", &cellError{"published", v, wantISO{err}})
		}
		c.Source.Published = d
	}
	if v := get("confidence"); v != "" {
		fc, err := claims.ParseFieldConfidence(v)
		if err != nil {
			return claims.Claim{}, fail("confidence", &cellError{"confidence", v, err})
		}
		c.Confidence = fc
	}
	if v := get("via"); v != "" {
		for o := range strings.SplitSeq(v, ";") {
			if o = strings.TrimSpace(o); o != "" {
				c.Source.Via = append(c.Source.Via, o)
			}
		}
	}
	for _, sp := range []struct {
		col string
		dst *int
	}{
		{"quantity_start", &c.QuantitySpan.Start}, {"quantity_end", &c.QuantitySpan.End},
		{"evidence_start", &c.Evidence.Start}, {"evidence_end", &c.Evidence.End},
	} {
		if v := get(sp.col); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return claims.Claim{}, fail(sp.col, &cellError{sp.col, v, errors.New("want a byte offset, 0 or more")})
			}
			*sp.dst = n
		}
	}
	if err := c.Validate(); err != nil {
		var ve *claims.ValidationError
		col := "measure"
		if errors.As(err, &ve) {
			col = columnOf(ve.Field)
		}
		return claims.Claim{}, fail(col, modelError{err})
	}
	if c.ID == "" {
		c.ID = c.ContentID()
	}
	return c, nil
}

// columnOf maps a field of the JSON contract, as claims.ValidationError
// names it, to the column that holds it.
func columnOf(field string) string {
	switch {
	case field == "evidence":
		return "evidence_start"
	case field == "quantity.start":
		return "quantity_start"
	case strings.HasPrefix(field, "quantity"):
		return "quantity"
	case field == "source.published":
		return "published"
	case field == "source.via":
		return "via"
	case strings.HasPrefix(field, "confidence"):
		return "confidence"
	case slices.Contains(Columns(), field):
		return field
	}
	return "measure"
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "true", "yes", "y", "1", "x":
		return true, true
	case "false", "no", "n", "0":
		return false, true
	}
	return false, false
}

// parseDay reads an ISO 8601 date, or the date of an RFC 3339 time as
// written (its own time zone).
func parseDay(s string) (claims.Date, error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	return claims.ParseDate(s)
}

// wantISO is a date error, said the way a spreadsheet user needs it.
type wantISO struct{ err error }

func (e wantISO) Error() string {
	return "want an ISO 8601 date (2025-06-19) or interval of dates (2025-06-09/2025-06-14)"
}

func (e wantISO) Unwrap() error { return e.err }

// modelError is an error of claims.Claim.Validate, on one line and without
// the package prefix.
type modelError struct{ err error }

func (e modelError) Error() string {
	return strings.ReplaceAll(strings.ReplaceAll(e.err.Error(), "claims: claim: ", ""), "\n", "; ")
}

func (e modelError) Unwrap() error { return e.err }
