package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/claims"
)

// runCheck is the check subcommand: it reads claims from every FILE (or the
// demo articles), checks them all together with crosscheck.Run and writes
// the findings. It returns 0, 1 when some input could not be read (the rest
// is still checked and reported), or 2 for a usage error.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "report `format`: "+strings.Join(crosscheck.ReportFormats(), ", "))
	typ := fl.String("type", "", "read every FILE as this `type` (text, jsonl, csv, claimreview), whatever its extension")
	lang := fl.String("lang", "en", "language `TAG` (BCP 47) of the report's numbers")
	minConf := fl.String("min-confidence", "defaulted", "report only findings whose readings are at least this sure: `LEVEL` explicit (leave out every finding for review), inferred, or defaulted (all)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck check [--format text|markdown|json|claimreview|html] [--type TYPE] [--lang TAG] [--min-confidence LEVEL] [FILE...]")
		fmt.Fprintln(stderr, "\nChecks the claims of every FILE together and reports where the figures do not add up.")
		fmt.Fprintln(stderr, "A FILE may be an article, a claim file, a directory of them, or - for standard input.")
		fmt.Fprintln(stderr, "With no FILE, the demo articles built into the command.")
		fl.PrintDefaults()
	}
	files, err := parseInterspersed(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if !slices.Contains(crosscheck.ReportFormats(), strings.ToLower(*format)) && !strings.EqualFold(*format, "md") {
		fmt.Fprintf(stderr, "crosscheck check: unknown format %q: want one of %s\n", *format, strings.Join(crosscheck.ReportFormats(), ", "))
		return 2
	}
	tag, ok := parseLang("check", *lang, stderr)
	if !ok {
		return 2
	}
	floor, err := claims.ParseConfidence(*minConf)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck check: --min-confidence %q: want explicit, inferred or defaulted\n", *minConf)
		return 2
	}
	opts := crosscheck.Options{Type: *typ}
	opts.Compare.Language = tag
	if !knownType("check", opts, stderr) {
		return 2
	}

	status := 0
	srcs, errs := inputs(files, os.Stdin, opts)
	for _, err := range errs {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		status = 1
	}
	report, err := crosscheck.Run(context.Background(), opts, srcs...)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return 1
	}
	for _, err := range report.Errors {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		status = 1
	}
	if floor != claims.Defaulted {
		report = report.AtLeast(floor)
	}
	if err := report.Write(stdout, *format); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return 1
	}
	return status
}
