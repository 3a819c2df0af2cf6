// Crosssource reads several short reports from different outlets and dates
// on the June 2025 exchanges of prisoners and soldiers' remains between
// Russia and Ukraine, and shows what crosscheck finds across them: running
// totals that shrink (regression), two sides' counts that differ (conflict),
// handovers that do not sum to the stated total (arithmetic), exchanges
// whose two directions differ (imbalance), and one wire story reprinted by
// three outlets that counts once (echo).
//
//	go run ./examples/crosssource
//
// The reports are built into the program (crosscheck's demo articles,
// written for the project with the real figures).
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "crosssource:", err)
		os.Exit(1)
	}
}

// run reads the reports, checks them together and writes what it found to
// w, grouped by kind of finding.
func run(w io.Writer) error {
	files := demo.Glob("exchanges-*")
	var docs []text.Document
	fmt.Fprintf(w, "%d reports on the June 2025 exchanges between Russia and Ukraine:\n\n", len(files))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, f := range files {
		h := header(f.Data)
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", h["date"], h["outlet"], h["title"])
		docs = append(docs, text.Document{Name: f.Name, Text: f.Data})
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	report, err := crosscheck.Run(context.Background(), crosscheck.Options{}, text.Documents(docs...))
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\ncrosscheck read %d claims from them and found:\n", len(report.Claims))

	// The finding types in the order the program explains them, each with
	// what it means.
	sections := []struct {
		typ     compare.Type
		meaning string
	}{
		{compare.Conflict, "two sources give figures for the same count on the same day that cannot both be right"},
		{compare.Regression, "a running total that goes down from one date to a later one"},
		{compare.Arithmetic, "events that do not add up to the total stated for them"},
		{compare.Imbalance, "an exchange agreed as mutual whose two directions differ"},
		{compare.Exceeds, "more done and offered than was agreed"},
		{compare.Shortfall, "less done than was agreed, with the share fulfilled"},
		{compare.Jump, "a running total that rises steeply without explanation"},
		{compare.Echo, "one origin repeated by several outlets: it counts as one source"},
		{compare.Corroboration, "independent origins that agree"},
		{compare.Withheld, "a figure a source declined to give"},
		{compare.Drift, "one figure under different hedges in one report"},
		{compare.Revision, "a result (a share of the vote, the turnout) given days later as a figure it cannot be"},
	}
	byType := map[compare.Type][]compare.Finding{}
	for _, f := range report.Findings {
		byType[f.Type] = append(byType[f.Type], f)
	}
	for _, s := range sections {
		fs := byType[s.typ]
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%d): %s\n", strings.ToUpper(string(s.typ)), len(fs), s.meaning)
		for _, f := range fs {
			fmt.Fprintf(w, "\n  * %s\n", f.Explanation)
			for _, a := range f.Also {
				// A finding of another type about the same discrepancy,
				// folded into this one.
				fmt.Fprintf(w, "    Also %s: %s\n", a.Type, a.Explanation)
			}
			if f.ForReview() {
				// It stands on a reading the text does not state: a lead
				// to check, not a discrepancy shown.
				fmt.Fprintf(w, "    For review: %s\n", f.Review)
			}
			for _, c := range f.Claims {
				fmt.Fprintf(w, "      %s\n", said(c))
			}
		}
		delete(byType, s.typ)
	}
	for _, f := range report.Findings { // types of rules added later
		if _, ok := byType[f.Type]; ok {
			fmt.Fprintf(w, "\n%s: %s\n", strings.ToUpper(string(f.Type)), f.Explanation)
		}
	}
	return nil
}

// said is where a claim was read: "Harbour Times, 2025-06-16: 78 (\"…\")".
func said(c *claims.Claim) string {
	src := c.Source.Outlet
	if len(c.Source.Via) > 0 {
		src += " via " + strings.Join(c.Source.Via, ", ")
	}
	return fmt.Sprintf("%s, %s: %s — %q", src, c.Source.Published, c.Quantity, excerpt(c))
}

// excerpt is the claim's evidence cut to a few words around its figure.
func excerpt(c *claims.Claim) string {
	ev, q := c.Evidence, c.QuantitySpan
	from, to := 0, len(ev.Text)
	if q.Len() > 0 && q.Start >= ev.Start && q.End <= ev.End {
		from, to = q.Start-ev.Start, q.End-ev.Start
	}
	const before, after = 60, 50
	start, end := max(0, from-before), min(len(ev.Text), to+after)
	// Cut at spaces, so that no word (and no UTF-8 sequence) is split.
	if start > 0 {
		if i := strings.IndexByte(ev.Text[start:from], ' '); i >= 0 {
			start += i + 1
		} else {
			start = from
		}
	}
	if end < len(ev.Text) {
		if i := strings.LastIndexByte(ev.Text[to:end], ' '); i >= 0 {
			end = to + i
		} else {
			end = to
		}
	}
	out := strings.Join(strings.Fields(ev.Text[start:end]), " ")
	if start > 0 {
		out = "…" + out
	}
	if end < len(ev.Text) {
		out += "…"
	}
	return out
}

// header reads the "key: value" lines at the top of a demo article.
func header(data []byte) map[string]string {
	h := map[string]string{}
	head, _, _ := bytes.Cut(data, []byte("\n\n"))
	for _, line := range strings.Split(string(head), "\n") {
		if k, v, ok := strings.Cut(line, ": "); ok {
			h[k] = v
		}
	}
	return h
}
