// Customsource shows how to plug a source of your own into crosscheck: a
// Source that reads the repatriation bulletin of Ukraine's Coordination
// Headquarters, in a small CSV layout of its own, is first run through the
// conformance checks of package sourcetest, then checked together with news
// reports that quote Russia's figures.
//
//	go run ./examples/customsource
//
// The bulletin and the reports are built into the program.
package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
	"github.com/crosscheck/crosscheck/sources/text"
)

//go:embed bulletin.csv
var bulletinCSV []byte

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "customsource:", err)
		os.Exit(1)
	}
}

// run checks the bulletin source against the Source contract, then checks
// its figures against the news reports, and writes what it found to w.
func run(w io.Writer) error {
	bulletin := Bulletin{Name: "bulletin.csv", Data: bulletinCSV}

	// 1. Does the source keep the contract? The same checks run in a test
	// with sourcetest.Run(t, …); TestSource is the form for programs.
	err := sourcetest.TestSource(func() sources.Source { return bulletin },
		sourcetest.Document(bulletin.Name, bulletin.Data))
	if err != nil {
		return fmt.Errorf("the bulletin source breaks the Source contract:\n%w", err)
	}
	fmt.Fprintln(w, "The bulletin source keeps the Source contract (sourcetest: all checks pass).")

	// 2. Plug it in next to the news reports and check them together.
	var docs []text.Document
	for _, f := range demo.Glob("exchanges-2025-06-1[16]-*") {
		docs = append(docs, text.Document{Name: f.Name, Text: f.Data})
	}
	report, err := crosscheck.Run(context.Background(), crosscheck.Options{}, bulletin, text.Documents(docs...))
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "\nRead %d claims from the bulletin and %d news reports.\n", len(report.Claims), len(docs))
	if len(report.Errors) > 0 {
		fmt.Fprintf(w, "Records that could not be read (the others were still checked):\n")
		for _, err := range report.Errors {
			fmt.Fprintf(w, "  %v\n", err)
		}
	}
	fmt.Fprintf(w, "\nThe bulletin against the reports:\n\n")
	return report.Write(w, "text")
}
