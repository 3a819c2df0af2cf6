package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"unsafe"

	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/numbers"
)

// numberWriter streams the lines of "crosscheck numbers": each a
// numbers.Number as (*numbers.Number).AppendJSON writes it, with "file" put
// first. It writes without reflection into one reused buffer.
type numberWriter struct {
	w      io.Writer
	buf    []byte
	prefix []byte // `{"file":"NAME"` for the current file
}

// flushAt is the buffer size at which numberWriter writes out.
const flushAt = 64 << 10

// file sets the name of the file whose numbers follow.
func (nw *numberWriter) file(name string) {
	nw.prefix = append(nw.prefix[:0], `{"file":`...)
	// A Number's AppendJSON escapes a string as the JSON contract does;
	// borrow it for the name.
	one := (&numbers.Number{Text: name}).AppendJSON(nil)
	nw.prefix = append(nw.prefix, one[len(`{"text":`):bytes.LastIndex(one, []byte(`,"start":`))]...)
}

// write adds one number as a line, and writes out a full buffer.
func (nw *numberWriter) write(n numbers.Number) error { return nw.writeRef(&n) }

// writeRef is write without a copy of the Number.
func (nw *numberWriter) writeRef(n *numbers.Number) error {
	nw.appendRef(n)
	if len(nw.buf) >= flushAt {
		return nw.flush()
	}
	return nil
}

// append adds one number as a line to the buffer.
func (nw *numberWriter) append(n numbers.Number) { nw.appendRef(&n) }

// appendRef is append without a copy of the Number.
func (nw *numberWriter) appendRef(n *numbers.Number) {
	nw.buf = append(nw.buf, nw.prefix...)
	at := len(nw.buf)
	nw.buf = n.AppendJSON(nw.buf)
	nw.buf[at] = ',' // the Number's own "{" after the file
	nw.buf = append(nw.buf, '\n')
}

func (nw *numberWriter) flush() error {
	if len(nw.buf) == 0 {
		return nil
	}
	_, err := nw.w.Write(nw.buf)
	nw.buf = nw.buf[:0]
	return err
}

// runNumbers is the numbers subcommand: every figure of each FILE (or of
// the demo articles), one JSON object a line.
func runNumbers(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck numbers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "en", "language `TAG` of the text: picks the digit separators (en 6,000.5; de 6.000,5; fr 6 000,5)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosscheck numbers [--lang TAG] [FILE...]\n\n"+
			"Prints every number and quantity in the text, one JSON object a line:\n"+
			"file, text, start, end (byte offsets, end exclusive), class, and for\n"+
			"numeric classes value, lower, upper, qualifier. With no FILE, the demo articles.\n\n")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	tag, ok := parseLang("numbers", *lang, stderr)
	if !ok {
		return 2
	}
	opts := numbers.Options{Language: tag}
	nw := &numberWriter{w: stdout, buf: make([]byte, 0, flushAt+1024)}
	defer nw.flush()
	emit := func(name string, data []byte) error {
		nw.file(name)
		// The text is data itself, not a copy: nothing changes data while
		// it is read, and no figure's text outlives the call.
		return writeNumbers(nw, unsafe.String(unsafe.SliceData(data), len(data)), opts)
	}
	if len(files) == 0 {
		for _, f := range demo.Files() {
			if err := emit(f.Name, f.Data); err != nil {
				fmt.Fprintf(stderr, "crosscheck numbers: %v\n", err)
				return 1
			}
		}
		return 0
	}
	status := 0
	for _, name := range files {
		for _, file := range expand(name) {
			var data []byte
			var err error
			if file == "-" {
				data, err = io.ReadAll(os.Stdin)
			} else {
				data, err = os.ReadFile(file)
			}
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck numbers: %v\n", err)
				status = 1
				continue
			}
			if err := emit(file, data); err != nil {
				fmt.Fprintf(stderr, "crosscheck numbers: %s: %v\n", file, err)
				return 1
			}
		}
	}
	return status
}

// expand returns the files of a directory in name order, or name itself.
func expand(name string) []string {
	if name == "-" {
		return []string{name}
	}
	st, err := os.Stat(name)
	if err != nil || !st.IsDir() {
		return []string{name}
	}
	entries, err := os.ReadDir(name)
	if err != nil {
		return []string{name}
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			out = append(out, filepath.Join(name, e.Name()))
		}
	}
	slices.Sort(out)
	return out
}
