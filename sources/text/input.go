package text

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/numbers"
)

// An InputError is a problem with an article's bytes, at one place: bytes
// that are not text (a PDF, an image, random bytes, NUL bytes, mostly
// invalid UTF-8), or a figure too long to be a quantity. Extract returns
// them (joined with errors.Join when there are several); the sources of
// this package wrap each in a *sources.Error that names the document, its
// line and column.
type InputError struct {
	// Offset is the byte offset of the problem in the document.
	Offset int
	// Line and Column are 1-based; Column counts bytes in the line.
	Line, Column int
	// NotText is set when the document is not text at all: it yields no
	// claim. Otherwise its claims are read as usual.
	NotText bool
	// Problem says what is wrong.
	Problem string
}

// Error returns "byte N: PROBLEM" (a *sources.Error around it gives the
// document, the line and the column).
func (e *InputError) Error() string {
	return fmt.Sprintf("byte %d: %s", e.Offset, e.Problem)
}

// ErrNotText is what every *InputError with NotText set matches with
// errors.Is.
var ErrNotText = errors.New("not text")

// Is reports whether target is ErrNotText and e says the document is not
// text.
func (e *InputError) Is(target error) bool { return target == ErrNotText && e.NotText }

// inputError returns an *InputError at byte offset off of text.
func inputError(text []byte, off int, notText bool, format string, args ...any) *InputError {
	line := 1 + bytes.Count(text[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(text[:off], '\n')
	return &InputError{Offset: off, Line: line, Column: col, NotText: notText, Problem: fmt.Sprintf(format, args...)}
}

// Signatures of files that are not text, by their first bytes.
var binarySignatures = []struct{ magic, what string }{
	{"%PDF-", "a PDF document"},
	{"\x89PNG", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\xd0\xcf\x11\xe0", "an old Microsoft Office document"},
	{"\x7fELF", "an executable"},
	{"{\\rtf", "an RTF document"},
}

// maxBadShare is the share of the bytes that may be invalid UTF-8 or
// control characters in a text: above it, the document is not text.
const maxBadShare = 0.1

// maxDigits is the most digits a figure may have and be a quantity: more
// is an identifier at best, and is reported.
const maxDigits = 40

// checkText returns an *InputError when text is not text: a known binary
// signature, a NUL byte, or more than maxBadShare of its bytes (and four at
// least, or half of them) invalid UTF-8 or control characters. Text with a few invalid bytes is read, with
// an *InputError that locates the first (NotText unset). It returns nil for
// text, and for an empty document.
func checkText(text []byte) *InputError {
	for _, s := range binarySignatures {
		if bytes.HasPrefix(text, []byte(s.magic)) {
			return inputError(text, 0, true, "not text: %s", s.what)
		}
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return inputError(text, i, true, "not text: a NUL byte")
	}
	if utf8.Valid(text) {
		return nil
	}
	bad, first := 0, -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 || r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' || r == 0x7f {
			bad += n
			if first < 0 && r == utf8.RuneError {
				first = i
			}
		}
		i += n
	}
	if bad*2 > len(text) || bad >= 4 && float64(bad) > maxBadShare*float64(len(text)) {
		return inputError(text, first, true, "not text: %d of its %d bytes are not UTF-8 text (the first here)", bad, len(text))
	}
	return inputError(text, first, false, "invalid UTF-8 here (%d of %d bytes in all); the rest is read", bad, len(text))
}

// longFigures returns an *InputError for each figure of figs made of more
// than maxDigits digits: too long to be a quantity, it is no claim.
func longFigures(text []byte, figs []figure) []error {
	var errs []error
	for _, f := range figs {
		if f.class != numbers.Identifier || f.span.End-f.span.Start <= maxDigits {
			continue
		}
		digits, other := 0, 0
		for _, c := range text[f.span.Start:f.span.End] {
			switch {
			case '0' <= c && c <= '9':
				digits++
			case c == ',' || c == '.' || c == ' ' || c == '\'':
			default:
				other++
			}
		}
		if digits > maxDigits && other == 0 {
			errs = append(errs, inputError(text, f.span.Start, false, "a figure of %d digits is too long to be a quantity: it is no claim", digits))
		}
	}
	return errs
}
