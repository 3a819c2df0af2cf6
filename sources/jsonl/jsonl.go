// Package jsonl reads claims written in crosscheck's JSON contract, one
// object per line (JSON Lines, also called NDJSON): the output of
// `crosscheck extract`, or of any tool that writes the contract.
//
// Each line is read on its own: a line that is not valid UTF-8, not JSON, or
// not a claim yields one error that names the file, the line and, when
// known, the column, and the lines after it are read as usual. Blank lines
// are skipped. Fields that the contract does not know are ignored.
//
// It is for reading claims, not for writing them (claims.Claim marshals
// itself) and not for reading findings.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

const pkg = "sources/jsonl"

// MaxLine is the longest line read, in bytes. A longer line yields an error
// and is skipped.
const MaxLine = 16 << 20

// Format returns the JSON Lines format for sources.Open: name "jsonl",
// extensions .jsonl, .ndjson and .jsonlines.
func Format() sources.Format {
	return sources.Format{Name: "jsonl", Extensions: []string{".jsonl", ".ndjson", ".jsonlines"}, Read: Reader}
}

// File returns a Source over the JSON Lines file at path. Each pass opens
// and reads the file anew; passes may run concurrently.
func File(path string) sources.Source { return sources.File(path, Format()) }

// Reader returns a single-pass Source over the JSON Lines read from r; name
// is the input's name in errors and claims (a file name, "stdin"). Its first
// pass reads r to the end or to an early break; later passes yield an error
// wrapping sources.ErrConsumed. It is safe for concurrent use.
func Reader(name string, r io.Reader) sources.Source { return &reader{name: name, r: r} }

type reader struct {
	name string
	r    io.Reader
	used atomic.Bool
}

func (s *reader) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		if err := ctx.Err(); err != nil {
			yield(claims.Claim{}, err)
			return
		}
		if s.used.Swap(true) {
			yield(claims.Claim{}, &sources.Error{Pkg: pkg, Name: s.name, Err: sources.ErrConsumed})
			return
		}
		for c, err := range lines(s.r) {
			if ctxErr := ctx.Err(); ctxErr != nil {
				yield(claims.Claim{}, ctxErr)
				return
			}
			if le, ok := err.(*lineError); ok {
				err = &sources.Error{Pkg: pkg, Name: s.name, Line: le.line, Column: le.column, Err: le.err}
			}
			if err == nil {
				c = sources.Own(c)
			}
			if !yield(c, err) {
				return
			}
		}
	}
}

// lineError is a line that could not be read as a claim.
type lineError struct {
	line, column int
	err          error
}

func (e *lineError) Error() string { return e.err.Error() }

// lines reads JSON Lines claims from r: a claim for each line that holds
// one, a *lineError for each line that does not, and, when r fails, a
// *lineError as the last pair. It reads r as it iterates, one line in memory
// at a time. It does its own reading rather than claims.ReadJSONL's because
// it also rejects lines that are not UTF-8, which encoding/json would
// silently turn into U+FFFD.
func lines(r io.Reader) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var buf []byte
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, &buf)
			if err != nil && err != io.EOF {
				yield(claims.Claim{}, &lineError{line: n, err: fmt.Errorf("reading: %w", err)})
				return
			}
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			if len(line) > 0 || tooLong {
				c, lerr := parseLine(line, n, tooLong)
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

// readLine reads one line without its line ending into *buf (reused) and
// returns it trimmed of surrounding white space. A line longer than MaxLine
// is consumed and reported as tooLong.
func readLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if len(*buf)+len(chunk) > MaxLine {
			tooLong = true
		} else {
			*buf = append(*buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimSpace(*buf), false, err
	}
}

func parseLine(line []byte, n int, tooLong bool) (claims.Claim, error) {
	if tooLong {
		return claims.Claim{}, &lineError{line: n, err: fmt.Errorf("line longer than %d bytes", MaxLine)}
	}
	if !utf8.Valid(line) {
		col := 1
		for len(line) > 0 {
			r, size := utf8.DecodeRune(line)
			if r == utf8.RuneError && size <= 1 {
				break
			}
			col += size
			line = line[size:]
		}
		return claims.Claim{}, &lineError{line: n, column: col, err: fmt.Errorf("invalid UTF-8 byte %#x", line[0])}
	}
	var c claims.Claim
	if err := json.Unmarshal(line, &c); err != nil {
		return claims.Claim{}, jsonError(line, n, err)
	}
	if err := c.Validate(); err != nil {
		return claims.Claim{}, &lineError{line: n, err: modelError{err}}
	}
	return c, nil
}

// jsonError turns an encoding/json error into a lineError with the column
// where it happened.
func jsonError(line []byte, n int, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &lineError{line: n, column: max(int(syn.Offset), 1), err: errors.New(syn.Error())}
	case errors.As(err, &typ):
		if typ.Field == "" {
			return &lineError{line: n, column: 1, err: fmt.Errorf("want a claim (a JSON object), got a JSON %s", typ.Value)}
		}
		return &lineError{line: n, column: max(int(typ.Offset), 1), err: fmt.Errorf("field %s: cannot read JSON %s as %s", typ.Field, typ.Value, typ.Type)}
	}
	if line[0] != '{' {
		return &lineError{line: n, column: 1, err: fmt.Errorf("not a JSON object: %w", err)}
	}
	return &lineError{line: n, err: err}
}

// modelError is an error of package claims, read without its package prefix
// and on one line.
type modelError struct{ err error }

func (e modelError) Error() string {
	return strings.ReplaceAll(strings.ReplaceAll(e.err.Error(), "claims: ", ""), "\n", "; ")
}

func (e modelError) Unwrap() error { return e.err }
