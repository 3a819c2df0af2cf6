package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
	"golang.org/x/text/language"
)

// runExtract is the extract subcommand: the claims of each FILE (or of the
// demo articles), one JSON object a line in the JSON contract.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	explain := fs.Bool("explain", false, "add \"explain\": the words that decided each field")
	lang := fs.String("lang", "en", "language `TAG` of the text, for reading figures")
	outlet := fs.String("outlet", "", "the outlet that published the text, when it does not say")
	published := fs.String("date", "", "the publication date `YYYY-MM-DD`, when the text does not say")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosscheck extract [--explain] [--lang TAG] [--outlet NAME] [--date YYYY-MM-DD] [FILE...]\n\n"+
			"Prints every claim read out of each article, one JSON object a line: the figure,\n"+
			"what it counts, who gives and who receives, the kind, as of when, who said it and\n"+
			"through which outlets, and its evidence (byte offsets). With no FILE, the demo articles.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck extract: --lang %q: %v\n", *lang, err)
		return 2
	}
	opts := text.Options{Language: tag, Outlet: *outlet, Explain: *explain}
	if *published != "" {
		d, err := claims.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: --date: %v\n", err)
			return 2
		}
		opts.Published = d
	}
	x := text.New(opts)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	emit := func(name string, data []byte) error {
		cs, err := x.Extract(name, data)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	if fs.NArg() == 0 {
		for _, f := range demo.Files() {
			if err := emit(f.Name, f.Data); err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
				return 1
			}
		}
		return 0
	}
	status := 0
	for _, name := range fs.Args() {
		for _, file := range expand(name) {
			var data []byte
			var err error
			if file == "-" {
				data, err = io.ReadAll(os.Stdin)
			} else {
				data, err = os.ReadFile(file)
			}
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
				status = 1
				continue
			}
			if err := emit(file, data); err != nil {
				fmt.Fprintf(stderr, "crosscheck extract: %s: %v\n", file, err)
				return 1
			}
		}
	}
	return status
}
