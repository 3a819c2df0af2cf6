package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/csv"
	"github.com/crosscheck/crosscheck/sources/jsonl"
	"github.com/crosscheck/crosscheck/sources/text"
)

// checkFormats are the report formats of check, by name.
var checkFormats = map[string]func(io.Writer, []compare.Finding) error{
	"text":     compare.WriteText,
	"markdown": compare.WriteMarkdown,
	"md":       compare.WriteMarkdown,
	"json":     compare.WriteJSON,
}

// runCheck is the check subcommand: it reads claims from every FILE (or the
// demo articles), runs compare.Check over all of them together and writes
// the findings. It returns 0, 1 when some input could not be read (the rest
// is still checked and reported), or 2 for a usage error.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "report format: text, markdown or json")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck check [--format text|markdown|json] [FILE...]")
		fl.PrintDefaults()
	}
	files, err := parseInterspersed(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	write, ok := checkFormats[strings.ToLower(*format)]
	if !ok {
		fmt.Fprintf(stderr, "crosscheck check: unknown format %q: want text, markdown or json\n", *format)
		return 2
	}
	var all []claims.Claim
	failed := false
	if len(files) == 0 {
		for _, f := range demo.Files() {
			cs, err := text.Extract(f.Name, f.Data, text.Options{})
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck check: %s: %v\n", f.Name, err)
				failed = true
			}
			all = append(all, cs...)
		}
	}
	for _, path := range files {
		cs, errs := loadClaims(path)
		for _, err := range errs {
			fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
			failed = true
		}
		all = append(all, cs...)
	}
	for i := range all {
		if all[i].ID == "" {
			all[i].ID = all[i].ContentID()
		}
	}
	if err := write(stdout, compare.Check(all, compare.Options{})); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// parseInterspersed parses flags that may come before, between or after
// the file arguments, and returns the files. "--" ends the flags.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// claimFormats read claim files; articles are read by the text extractor.
var claimFormats = []sources.Format{jsonl.Format(), csv.Format()}

// articleExts are the extensions of news articles.
var articleExts = []string{".txt", ".md", ".text", ".markdown"}

// loadClaims reads the claims of one input: an article, a claim file, a
// directory of them (in name order) or "-" for standard input (JSON Lines
// when it starts with '{', an article otherwise).
func loadClaims(path string) ([]claims.Claim, []error) {
	if path == "-" {
		data, err := io.ReadAll(os.Stdin)
		if err != nil {
			return nil, []error{fmt.Errorf("stdin: %w", err)}
		}
		if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
			return sources.Collect(context.Background(), jsonl.Reader("stdin", bytes.NewReader(data)))
		}
		cs, err := text.Extract("stdin", data, text.Options{})
		return cs, errs(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, []error{err}
	}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, []error{err}
		}
		var all []claims.Claim
		var problems []error
		for _, e := range entries {
			name := filepath.Join(path, e.Name())
			if e.IsDir() || !known(name) {
				continue
			}
			cs, errs := loadClaims(name)
			all, problems = append(all, cs...), append(problems, errs...)
		}
		return all, problems
	}
	if slices.Contains(articleExts, strings.ToLower(filepath.Ext(path))) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, []error{err}
		}
		cs, err := text.Extract(path, data, text.Options{})
		return cs, errs(err)
	}
	src, err := sources.Open(path, claimFormats...)
	if err != nil {
		return nil, []error{err}
	}
	return sources.Collect(context.Background(), src)
}

// known reports whether some reader takes path's extension.
func known(path string) bool {
	if slices.Contains(articleExts, strings.ToLower(filepath.Ext(path))) {
		return true
	}
	_, ok := sources.Detect(path, claimFormats...)
	return ok
}

func errs(err error) []error {
	if err == nil {
		return nil
	}
	return []error{err}
}
