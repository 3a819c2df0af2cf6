package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// MaxLineSize is the longest line, in bytes, that ReadJSONL reads: 64 MiB,
// enough for a claim whose evidence is a whole long article. A longer line
// is reported as an error and skipped; reading goes on with the next line.
const MaxLineSize = 64 << 20

// A SyntaxError is an error in one line of JSON Lines input: JSON that does
// not parse, a value of the wrong type, or a claim that decodes but fails
// Validate. Line is 1-based; Column is the 1-based byte offset in the line
// at or just after the fault, or 0 when the fault is not at one place (a
// claim that fails Validate, a line that is too long). Err is the
// underlying error: a *json.SyntaxError, a *json.UnmarshalTypeError, a
// *ValidationError (as joined by Validate), or another error from decoding.
type SyntaxError struct {
	Line, Column int
	Err          error
}

// Error returns "claims: line 3, column 17: …" (or "claims: line 3: …").
func (e *SyntaxError) Error() string {
	msg := e.Err.Error()
	// Avoid "claims: line 3: claims: …" when the cause has our prefix.
	if len(msg) > 8 && msg[:8] == "claims: " {
		msg = msg[8:]
	}
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
// *SyntaxError that names the line; after an error reading goes on with the
// next line, so a caller that wants to stop at the first bad line breaks
// out of the loop. With an error the claim is the zero Claim, as the
// sources.Source contract has it: a claim that decodes but fails Validate
// is an error, not a claim. An error reading r itself is yielded once,
// unwrapped, and ends the iteration.
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
			if err != nil {
				yield(Claim{}, err)
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
	var c Claim
	if err := json.Unmarshal(b, &c); err != nil {
		col := 0
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			col = int(se.Offset)
		case errors.As(err, &te):
			col = int(te.Offset)
		}
		if col > len(b) {
			col = len(b)
		}
		return Claim{}, &SyntaxError{Line: line, Column: col, Err: err}
	}
	if err := c.Validate(); err != nil {
		return Claim{}, &SyntaxError{Line: line, Err: err}
	}
	return c, nil
}

// An Encoder writes claims as JSON Lines: one object of the contract per
// line, each ending in "\n". It does not escape "<", ">" and "&" (the
// output is data, not HTML), so evidence text reads as written; every other
// character is escaped as encoding/json does. An Encoder is not safe for
// concurrent use.
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
