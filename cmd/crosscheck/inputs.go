package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources"
	"golang.org/x/text/language"
)

// inputs returns one source for each FILE argument, in order: a file or a
// directory through crosscheck.Open, "-" through crosscheck.Read over stdin.
// With no FILE it returns the demo articles. An input that cannot be opened
// is returned as an error naming it; the others still come through.
func inputs(files []string, stdin io.Reader, opts crosscheck.Options) ([]sources.Source, []error) {
	if len(files) == 0 {
		var srcs []sources.Source
		for _, f := range demo.Files() {
			o := opts
			o.Type = "text"
			src, err := crosscheck.Read(f.Name, bytes.NewReader(f.Data), o)
			if err != nil {
				return nil, []error{err}
			}
			srcs = append(srcs, src)
		}
		return srcs, nil
	}
	var srcs []sources.Source
	var errs []error
	for _, name := range files {
		var src sources.Source
		var err error
		if name == "-" {
			src, err = crosscheck.Read("stdin", stdin, sniff(&stdin, opts))
		} else {
			src, err = crosscheck.Open(name, opts)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		srcs = append(srcs, src)
	}
	return srcs, errs
}

// sniff picks the format of standard input when --type does not: JSON Lines
// when its first non-space byte is '{', an article otherwise. It replaces
// *r with a reader that still yields every byte.
func sniff(r *io.Reader, opts crosscheck.Options) crosscheck.Options {
	if opts.Type != "" {
		return opts
	}
	br := bufio.NewReader(*r)
	*r = br
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n || err != nil {
			break
		}
		switch b[n-1] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			opts.Type = "jsonl"
		}
		break
	}
	if opts.Type == "" {
		opts.Type = "text"
	}
	return opts
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

// parseLang reads the --lang flag's BCP 47 tag; on a bad tag it says so on
// stderr, prefixed with the subcommand, and returns false.
func parseLang(cmd, s string, stderr io.Writer) (language.Tag, bool) {
	tag, err := language.Parse(s)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck %s: --lang %q: %v\n", cmd, s, err)
		return language.Tag{}, false
	}
	return tag, true
}

// knownType reports whether opts.Type is empty or names one of the formats
// crosscheck.Formats(opts) reads; when not, it names them on stderr.
func knownType(cmd string, opts crosscheck.Options, stderr io.Writer) bool {
	if opts.Type == "" {
		return true
	}
	formats := crosscheck.Formats(opts)
	if _, ok := sources.Lookup(opts.Type, formats...); ok {
		return true
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	fmt.Fprintf(stderr, "crosscheck %s: --type %q: want one of %s\n", cmd, opts.Type, strings.Join(names, ", "))
	return false
}
