package sources_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/claimreview"
	"github.com/crosscheck/crosscheck/sources/csv"
	"github.com/crosscheck/crosscheck/sources/jsonl"
)

// formats are the built-in structured formats; a program adds the text
// articles' format from package sources/text the same way.
func formats() []sources.Format {
	return []sources.Format{jsonl.Format(), csv.Format(), claimreview.Format()}
}

func show(src sources.Source) {
	for c, err := range src.Claims(context.Background()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %s %s → %s (%s, %s)\n", c.Quantity, c.Measure, c.Subject, c.Recipient, c.Kind, c.Source.Outlet)
	}
}

// Open picks each file's format by its extension; Concat reads them in turn.
// A bad row is reported where it is, and the good rows still come through.
func ExampleOpen() {
	var srcs []sources.Source
	for _, path := range []string{"testdata/figures.csv", "testdata/figures.jsonl", "testdata/figures.pdf"} {
		src, err := sources.Open(path, formats()...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		srcs = append(srcs, src)
	}
	show(sources.Concat(srcs...))
	// Output:
	// error: sources: testdata/figures.pdf: unknown format: extension ".pdf" is none of .jsonl, .ndjson, .jsonlines; .csv; .jsonld, .json
	// more than 6,000 bodies Russia → Ukraine (completed, Wire One)
	// 1,212 bodies Russia → Ukraine (completed, Kyiv Daily)
	// error: sources/csv: testdata/figures.csv:4:21: quantity "12x": unexpected "x" at byte 3
	// 1,000-for-1,000 prisoners Ukraine → Russia (agreed, Wire Two)
}

// File reads a file in a format the caller names, as a --format flag would,
// whatever its extension.
func ExampleFile() {
	f, ok := sources.Lookup("jsonl", formats()...)
	if !ok {
		fmt.Println("no such format")
		return
	}
	show(sources.File("testdata/figures.jsonl", f))
	show(sources.File("testdata/absent.jsonl", f))
	// Output:
	// 1,000-for-1,000 prisoners Ukraine → Russia (agreed, Wire Two)
	// error: sources: testdata/absent.jsonl: open: no such file or directory
}

func ExampleDetect() {
	for _, name := range []string{"claims.ndjson", "Figures.CSV", "review.jsonld", "notes.docx"} {
		f, ok := sources.Detect(name, formats()...)
		fmt.Println(name, f.Name, ok)
	}
	// Output:
	// claims.ndjson jsonl true
	// Figures.CSV csv true
	// review.jsonld claimreview true
	// notes.docx  false
}

func ExampleLookup() {
	f, ok := sources.Lookup("CSV", formats()...)
	fmt.Println(f.Name, f.Extensions, ok)
	// Output:
	// csv [.csv] true
}

// Collect drains a source: the claims, and the errors apart.
func ExampleCollect() {
	cs, errs := sources.Collect(context.Background(), csv.File("testdata/figures.csv"))
	fmt.Println(len(cs), "claims,", len(errs), "error")
	var e *sources.Error
	if errors.As(errs[0], &e) {
		fmt.Printf("%s line %d, column %d\n", e.Name, e.Line, e.Column)
	}
	// Output:
	// 2 claims, 1 error
	// testdata/figures.csv line 4, column 21
}

func ExampleConcat() {
	a, _ := claims.ParseQuantity("57")
	b, _ := claims.ParseQuantity("about 1,200")
	first := sources.Slice(claims.Claim{Measure: "prisoners", Kind: claims.Completed, Quantity: a})
	second := sources.Slice(claims.Claim{Measure: "bodies", Kind: claims.Completed, Quantity: b})
	show(sources.Concat(first, second))
	// Output:
	// 57 prisoners  →  (completed, )
	// about 1,200 bodies  →  (completed, )
}

func ExampleSlice() {
	q, _ := claims.ParseQuantity("at least 1,000")
	src := sources.Slice(claims.Claim{Measure: "protesters", Kind: claims.Estimated, Quantity: q})
	cs, _ := sources.Collect(context.Background(), src)
	fmt.Println(cs[0].Quantity, cs[0].Measure, len(cs[0].ID))
	// Output:
	// at least 1,000 protesters 16
}

// Func turns a function into a Source: here, a ministry's daily bulletin in
// a small format of its own ("date;figure" lines).
func ExampleFunc() {
	const bulletin = "2025-06-14;1,212\n2025-06-15;soon\n"
	src := sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			for i, line := range strings.Split(strings.TrimSpace(bulletin), "\n") {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				date, figure, _ := strings.Cut(line, ";")
				c := claims.Claim{Measure: "bodies", Kind: claims.Completed, Scope: claims.Event, Source: claims.Source{Outlet: "Ministry bulletin"}}
				var err error
				if c.Quantity, err = claims.ParseQuantity(figure); err == nil {
					c.AsOf, err = claims.ParsePeriod(date)
				}
				if err != nil {
					err = &sources.Error{Pkg: "bulletin", Name: "bulletin.txt", Line: i + 1, Err: err}
					c = claims.Claim{}
				} else {
					c = sources.Own(c)
				}
				if !yield(c, err) {
					return
				}
			}
		}
	})
	show(src)
	// Output:
	// 1,212 bodies  →  (completed, Ministry bulletin)
	// error: bulletin: bulletin.txt:2: claims: parsing quantity "soon": unexpected "s" at byte 1
}

func ExampleError() {
	err := fmt.Errorf("reading claims: %w", &sources.Error{Pkg: "sources/csv", Name: "claims.csv", Line: 14, Column: 7, Err: errors.New(`quantity "12x": not a figure`)})
	fmt.Println(err)
	var e *sources.Error
	if errors.As(err, &e) {
		fmt.Println(e.Name, e.Line, e.Column)
	}
	// Output:
	// reading claims: sources/csv: claims.csv:14:7: quantity "12x": not a figure
	// claims.csv 14 7
}

func ExampleOwn() {
	q, _ := claims.ParseQuantity("57")
	c := claims.Claim{Measure: "prisoners", Kind: claims.Completed, Quantity: q, Source: claims.Source{Via: []string{"Wire"}}}
	owned := sources.Own(c)
	owned.Source.Via[0] = "changed"
	fmt.Println(c.Source.Via[0], owned.ID == c.ContentID())
	// Output:
	// Wire true
}

// Dir reads every file under a directory that a format claims, in order of
// their paths.
func ExampleDir() {
	show(sources.Dir("testdata", formats()...))
	// Output:
	// more than 6,000 bodies Russia → Ukraine (completed, Wire One)
	// 1,212 bodies Russia → Ukraine (completed, Kyiv Daily)
	// error: sources/csv: testdata/figures.csv:4:21: quantity "12x": unexpected "x" at byte 3
	// 1,000-for-1,000 prisoners Ukraine → Russia (agreed, Wire Two)
}
