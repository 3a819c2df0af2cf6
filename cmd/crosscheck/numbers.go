package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/numbers"
)

// numberLine is one line of "crosscheck numbers": a numbers.Number with the
// file it was found in.
type numberLine struct {
	File string `json:"file"`
	numbers.Number
}

// MarshalJSON puts "file" first, then the Number's own fields.
func (l numberLine) MarshalJSON() ([]byte, error) {
	b, err := l.Number.MarshalJSON()
	if err != nil {
		return nil, err
	}
	f, err := json.Marshal(l.File)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+len(f)+10)
	out = append(out, `{"file":`...)
	out = append(out, f...)
	if len(b) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...), nil
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
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	emit := func(name string, data []byte) error {
		for n := range numbers.Scan(string(data), opts) {
			if err := enc.Encode(numberLine{File: name, Number: n}); err != nil {
				return err
			}
		}
		return nil
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
