package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/text"
)

// runExtract is the extract subcommand: the claims of each FILE (or of the
// demo articles), one JSON object a line in the JSON contract. Articles are
// read by the extractor; claim files (JSON Lines, CSV, ClaimReview) are read
// as they are, so that every input comes out in one form.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	explain := fs.Bool("explain", false, "add \"explain\": the words that decided each field")
	lang := fs.String("lang", "en", "language `TAG` of the text, for reading figures")
	outlet := fs.String("outlet", "", "the outlet that published the text, when it does not say")
	published := fs.String("date", "", "the publication date `YYYY-MM-DD`, when the text does not say")
	typ := fs.String("type", "", "read every FILE as this `type` (text, jsonl, csv, claimreview), whatever its extension")
	attributions := fs.Bool("attributions", false, "print each article's attribution records (source, cue, content, speaker, nesting, the claims they give a speaker to) instead of its claims")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosscheck extract [--explain] [--attributions] [--lang TAG] [--outlet NAME] [--date YYYY-MM-DD] [--type TYPE] [FILE...]\n\n"+
			"Prints every claim read out of each article, one JSON object a line: the figure,\n"+
			"what it counts, who gives and who receives, the kind, as of when, who said it and\n"+
			"through which outlets, and its evidence (byte offsets). A FILE may be an article,\n"+
			"a claim file, a directory of them, or - for standard input. With no FILE, the demo\n"+
			"articles.\n\n")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	tag, ok := parseLang("extract", *lang, stderr)
	if !ok {
		return 2
	}
	opts := crosscheck.Options{Type: *typ, Text: text.Options{Language: tag, Outlet: *outlet, Explain: *explain}}
	if *published != "" {
		d, err := claims.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: --date: %v\n", err)
			return 2
		}
		opts.Text.Published = d
	}
	if !knownType("extract", opts, stderr) {
		return 2
	}
	if *attributions {
		return writeAttributions(files, os.Stdin, opts.Text, stdout, stderr)
	}

	status := 0
	srcs, errs := inputs(files, os.Stdin, opts)
	for _, err := range errs {
		fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
		status = 1
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := claims.NewEncoder(w)
	for c, err := range sources.Concat(srcs...).Claims(context.Background()) {
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
			status = 1
			continue
		}
		if err := enc.Encode(c); err != nil {
			fmt.Fprintf(stderr, "crosscheck extract: %v\n", err)
			return 1
		}
	}
	return status
}
