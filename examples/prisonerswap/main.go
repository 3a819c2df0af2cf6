// Prisonerswap reads one news article about the June 2025 prisoner swap
// between Russia and Ukraine, lists every figure in it as an attributed
// claim, and reports where those figures do not add up.
//
//	go run ./examples/prisonerswap
//
// The article is built into the program (it is one of crosscheck's demo
// articles, written for the project).
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "prisonerswap:", err)
		os.Exit(1)
	}
}

// run reads the article, checks it and writes the report to w.
func run(w io.Writer) error {
	article := demo.Glob("prisonerswap")[0]

	// The article is the source; Run extracts its claims and compares them.
	src := text.Documents(text.Document{Name: article.Name, Text: article.Data})
	report, err := crosscheck.Run(context.Background(), crosscheck.Options{}, src)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return err
	}

	fmt.Fprintf(w, "%s\n\n", article.Name)
	fmt.Fprintf(w, "The figures in the article, each read as a claim:\n\n")
	if err := writeClaims(w, report.Claims); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nWhere they do not add up:\n\n")
	return report.Write(w, "text")
}
