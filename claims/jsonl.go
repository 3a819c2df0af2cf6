package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// MaxLineSize is the longest line, in bytes, that ReadJSONL reads: 64 MiB,
// enough for a claim whose evidence is a whole long article. A longer line
// is reported as an error and skipped; reading goes on with the next line.
const MaxLineSize = 64 << 20

// A SyntaxError is an error at one line of JSON Lines input: a line that
// is not valid UTF-8, JSON that does not parse, a value of the wrong type,
// a claim that decodes but fails Validate, or a failure of the reader while
// that line was read. Line is 1-based. Column is the 1-based byte offset in
// the line at or just after the fault: for a value that does not decode, or
// a claim that fails Validate, the start of the value of the (first) field
// at fault; 0 when the fault is not at one place (a line that is too long,
// a failing reader, a missing field). Err is the underlying error: a
// *json.SyntaxError, a *json.UnmarshalTypeError, a *ValidationError (as
// joined by Validate), the reader's error, or another error from decoding;
// errors.As and errors.Is reach it. The zero SyntaxError has no Err and
// must not be used. A SyntaxError is a plain value, safe for concurrent use
// once built.
type SyntaxError struct {
	Line, Column int
	Err          error
}

// Error returns "claims: line 3, column 17: …" (or "claims: line 3: …").
func (e *SyntaxError) Error() string {
	// Avoid "claims: line 3: claims: …" when the cause has our prefix.
	msg := strings.TrimPrefix(e.Err.Error(), "claims: ")
	if e.Column > 0 {
		return fmt.Sprintf("claims: line %d, column %d: %s", e.Line, e.Column, msg)
	}
	return fmt.Sprintf("claims: line %d: %s", e.Line, msg)
}

// Unwrap returns Err.
func (e *SyntaxError) Unwrap() error { return e.Err }

// ReadJSONL returns an iterator over the claims in r, one JSON object of the
// contract per line (JSON Lines). Blank lines are skipped, a final line
// needs no newline, "\r\n" line ends and a leading UTF-8 byte order mark are
// accepted. Lines may be up to MaxLineSize bytes long.
//
// Each line yields either a claim and a nil error, or an error of type
// *SyntaxError that names the line (and the column, where the fault is at
// one place); after an error reading goes on with the next line, so a
// caller that wants to stop at the first bad line breaks out of the loop.
// A line that is not valid UTF-8 is an error, not text with U+FFFD in it.
// With an error the claim is the zero Claim, as the sources.Source contract
// has it: a claim that decodes but fails Validate is an error, not a claim.
// An error reading r itself is yielded once, as a *SyntaxError for the line
// being read that wraps it ("claims: line 2: reading: …"), and ends the
// iteration; the part of that line read so far is dropped.
//
// ReadJSONL reads r only while the iterator runs; reading holds one line in
// memory at a time. The iterator is single-use: ranging over it twice reads
// on from where the first range stopped.
func ReadJSONL(r io.Reader) iter.Seq2[Claim, error] {
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	return func(yield func(Claim, error) bool) {
		var buf []byte
		for {
			b, tooLong, err := readLine(br, &buf)
			if err != nil && err != io.EOF {
				yield(Claim{}, &SyntaxError{Line: line + 1, Err: fmt.Errorf("reading: %w", err)})
				return
			}
			if len(b) > 0 || tooLong || err == nil {
				line++
			}
			switch {
			case tooLong:
				if !yield(Claim{}, &SyntaxError{Line: line, Err: fmt.Errorf("line longer than %d bytes", MaxLineSize)}) {
					return
				}
			case len(bytes.TrimSpace(b)) > 0:
				if line == 1 {
					b = bytes.TrimPrefix(b, []byte("\ufeff"))
				}
				c, lerr := decodeLine(b, line)
				if !yield(c, lerr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// readLine reads the next line of br into *buf, without its line end. It
// returns tooLong when the line exceeds MaxLineSize (the rest of the line is
// consumed and dropped), and io.EOF when the input ends with this line.
func readLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(*buf)+len(chunk) > MaxLineSize+2 { // +2 for "\r\n"
				tooLong = true
				*buf = (*buf)[:0]
			} else {
				*buf = append(*buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		b := bytes.TrimSuffix(*buf, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		if len(b) > MaxLineSize {
			tooLong, b = true, nil
		}
		return b, tooLong, err
	}
}

// decodeLine decodes one line, numbered line, into a claim and validates it.
func decodeLine(b []byte, line int) (Claim, error) {
	if !utf8.Valid(b) {
		// encoding/json would turn the bad bytes into U+FFFD unasked.
		col := invalidUTF8(b)
		return Claim{}, &SyntaxError{Line: line, Column: col + 1, Err: fmt.Errorf("invalid UTF-8 byte %#x", b[col])}
	}
	var c Claim
	if err := json.Unmarshal(b, &c); err != nil {
		return Claim{}, jsonError(b, line, err)
	}
	if err := c.Validate(); err != nil {
		return Claim{}, &SyntaxError{Line: line, Column: faultColumn(b, err), Err: validationErrors{err}}
	}
	return c, nil
}

// invalidUTF8 returns the offset of the first byte of b that does not
// begin a valid UTF-8 sequence, or len(b).
func invalidUTF8(b []byte) int {
	i := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	return i
}

// jsonError turns an error of encoding/json for line b into a SyntaxError
// with the column where it happened.
func jsonError(b []byte, line int, err error) error {
	start := len(b) - len(bytes.TrimLeft(b, " \t"))
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &SyntaxError{Line: line, Column: min(max(int(syn.Offset), 1), len(b)), Err: err}
	case errors.As(err, &typ) && typ.Field == "": // the line is no object
		return &SyntaxError{Line: line, Column: start + 1, Err: typeError{typ}}
	case errors.As(err, &typ):
		return &SyntaxError{Line: line, Column: min(max(int(typ.Offset), 1), len(b)), Err: typeError{typ}}
	case b[start] != '{':
		return &SyntaxError{Line: line, Column: start + 1, Err: fmt.Errorf("not a JSON object: %w", err)}
	}
	return &SyntaxError{Line: line, Column: faultColumn(b, err), Err: err}
}

// typeError is a *json.UnmarshalTypeError told in the contract's words
// rather than in the names of the Go types that decode it.
type typeError struct{ *json.UnmarshalTypeError }

func (e typeError) Error() string {
	if e.Field == "" {
		return "want a claim (a JSON object), got a JSON " + e.Value
	}
	return fmt.Sprintf("field %s: cannot read JSON %s as %s", e.Field, e.Value, e.Type)
}

func (e typeError) Unwrap() error { return e.UnmarshalTypeError }

// validationErrors is the error of Validate on one line, without the
// "claims: " prefixes of the errors it joins (SyntaxError says whose error
// it is) and with its messages joined by "; ".
type validationErrors struct{ err error }

func (e validationErrors) Error() string {
	return strings.ReplaceAll(strings.ReplaceAll(e.err.Error(), "claims: ", ""), "\n", "; ")
}

func (e validationErrors) Unwrap() error { return e.err }

// An Encoder writes claims as JSON Lines: one object of the contract per
// line, each ending in "\n". It does not escape "<", ">" and "&" (the
// output is data, not HTML), so evidence text reads as written; every other
// character is escaped as encoding/json does. An Encoder is not safe for
// concurrent use. The zero Encoder has no writer: make one with NewEncoder.
type Encoder struct {
	w   io.Writer
	buf []byte
}

// NewEncoder returns an Encoder that writes to w. It does not buffer: each
// Encode is one Write of one whole line.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes c as one line. It does not call Validate: an invalid claim
// is written as it is.
func (e *Encoder) Encode(c Claim) error {
	b, err := c.MarshalJSON()
	if err != nil {
		return err
	}
	e.buf = append(append(e.buf[:0], b...), '\n')
	_, err = e.w.Write(e.buf)
	return err
}
