package sources

import (
	"errors"
	"strconv"
	"strings"
)

// ErrConsumed reports a second pass over a single-pass Source, one that
// reads an io.Reader that cannot be read again.
var ErrConsumed = errors.New("input already read by an earlier pass")

// An Error is a problem with one input at one place: a record that could not
// be read, or an input that could not be read at all. Sources yield errors
// that are or wrap an *Error, so that a consumer can say where things went
// wrong (errors.As) and what went wrong (errors.Is on the wrapped error).
//
// Its message reads "Pkg: Name:Line:Column: record N: Err", leaving out the
// parts that are zero, for example
//
//	sources/csv: claims.csv:14:7: quantity "12x": not a figure
//
// An Error is a plain value; it is safe for concurrent use once built.
type Error struct {
	// Pkg is the package or component that reports the error
	// ("sources/csv"); it prefixes the message.
	Pkg string
	// Name is the input: a file path as given, "stdin", a URL.
	Name string
	// Line and Column are 1-based; Column counts bytes in the line. Zero
	// when not known.
	Line, Column int
	// Record is the 1-based number of the record within the input (an item
	// of a JSON-LD document, an entry of a feed), for inputs whose records
	// are not lines; zero when not known or not needed.
	Record int
	// Err is what went wrong.
	Err error
}

// Error returns the message described on the type.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Pkg != "" {
		b.WriteString(e.Pkg)
		b.WriteString(": ")
	}
	if e.Name != "" || e.Line > 0 {
		b.WriteString(e.Name)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
			if e.Column > 0 {
				b.WriteByte(':')
				b.WriteString(strconv.Itoa(e.Column))
			}
		}
		b.WriteString(": ")
	}
	if e.Record > 0 {
		b.WriteString("record ")
		b.WriteString(strconv.Itoa(e.Record))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown error")
	}
	return b.String()
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }
