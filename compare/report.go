package compare

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// WriteText writes findings for a terminal: for each, a heading line with
// its severity, type and group, the explanation, the arithmetic, and one
// line per claim with its figure as written, who said it, where and its
// evidence; then a count by severity.
func WriteText(w io.Writer, fs []Finding) error {
	bw := bufio.NewWriter(w)
	for i, f := range fs {
		fmt.Fprintf(bw, "%d. %s %s — %s\n", i+1, strings.ToUpper(f.Severity.String()), f.Type, f.Key)
		fmt.Fprintf(bw, "   %s\n", f.Explanation)
		if a := arithmeticLine(f.Arithmetic); a != "" {
			fmt.Fprintf(bw, "   arithmetic: %s\n", a)
		}
		for _, c := range f.Claims {
			fmt.Fprintf(bw, "   - %s\n", claimLine(&c))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, tally(fs))
	return bw.Flush()
}

// WriteMarkdown writes findings as a Markdown document: a summary table,
// then a section per finding with its claims in a table.
func WriteMarkdown(w io.Writer, fs []Finding) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# crosscheck: %s\n\n", tally(fs))
	if len(fs) > 0 {
		fmt.Fprintln(bw, "| # | Severity | Type | Group | Finding |")
		fmt.Fprintln(bw, "|---|---|---|---|---|")
		for i, f := range fs {
			fmt.Fprintf(bw, "| %d | %s | %s | %s | %s |\n", i+1, f.Severity, f.Type, cell(f.Key.String()), cell(f.Explanation))
		}
	}
	for i, f := range fs {
		fmt.Fprintf(bw, "\n## %d. %s (%s): %s\n\n%s\n\n", i+1, f.Type, f.Severity, f.Key, f.Explanation)
		if a := arithmeticLine(f.Arithmetic); a != "" {
			fmt.Fprintf(bw, "Arithmetic: %s.\n\n", a)
		}
		fmt.Fprintln(bw, "| Claim | Figure | Kind | Who | Source | As of | Evidence |")
		fmt.Fprintln(bw, "|---|---|---|---|---|---|---|")
		for _, c := range f.Claims {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s |\n", cell(c.ID), cell(figure(&c)), c.Kind, cell(speaker(&c)),
				cell(source(&c)), c.AsOf, cell(c.Evidence.Text))
		}
	}
	return bw.Flush()
}

// WriteJSON writes {"findings": [...]}, each finding as Finding.MarshalJSON
// writes it (claims as claim objects of the JSON contract), indented.
func WriteJSON(w io.Writer, fs []Finding) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Findings []Finding `json:"findings"`
	}{fs}); err != nil {
		return fmt.Errorf("compare: writing JSON: %w", err)
	}
	return nil
}

// tally is "3 findings: 1 high, 2 info".
func tally(fs []Finding) string {
	var n [len(severityNames)]int
	for _, f := range fs {
		if int(f.Severity) < len(n) {
			n[f.Severity]++
		}
	}
	var parts []string
	for s := len(n) - 1; s >= 0; s-- {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], Severity(s)))
		}
	}
	word := "findings"
	if len(fs) == 1 {
		word = "finding"
	}
	if len(parts) == 0 {
		return "no findings"
	}
	return fmt.Sprintf("%d %s: %s", len(fs), word, strings.Join(parts, ", "))
}

// arithmeticLine renders the arithmetic of a finding in plain decimals.
func arithmeticLine(n Numbers) string {
	var parts []string
	add := func(name string, d claims.Decimal) {
		if !d.IsZero() {
			parts = append(parts, name+" "+d.String())
		}
	}
	add("left", n.Left)
	add("right", n.Right)
	add("difference", n.Difference)
	add("gap", n.Gap)
	if len(n.Terms) > 0 {
		ts := make([]string, len(n.Terms))
		for i, t := range n.Terms {
			ts[i] = t.String()
		}
		parts = append(parts, "terms "+strings.Join(ts, " + "))
	}
	add("sum", n.Sum)
	if n.Ratio != 0 {
		parts = append(parts, fmt.Sprintf("ratio %.4g", n.Ratio))
	}
	if n.Share != 0 {
		parts = append(parts, fmt.Sprintf("share %.4g", n.Share))
	}
	if n.Origins != 0 {
		parts = append(parts, fmt.Sprintf("origins %d", n.Origins))
	}
	if n.Outlets != 0 {
		parts = append(parts, fmt.Sprintf("outlets %d", n.Outlets))
	}
	if n.Days != 0 {
		parts = append(parts, fmt.Sprintf("days %d", n.Days))
	}
	return strings.Join(parts, ", ")
}

// figure is the quantity as written, or "(withheld)".
func figure(c *claims.Claim) string {
	if !c.Quantity.IsValid() {
		return "(withheld)"
	}
	return c.Quantity.String()
}

func speaker(c *claims.Claim) string {
	if c.Speaker.Name == "" && c.Speaker.Role == "" && c.Speaker.Affiliation == "" {
		return ""
	}
	return who(c)
}

// source is "Kyiv Post via Reuters, doc.txt:120-180".
func source(c *claims.Claim) string {
	s := c.Source.Outlet
	if len(c.Source.Via) > 0 {
		s += " via " + strings.Join(c.Source.Via, ", ")
	}
	if c.Source.Document != "" {
		if s != "" {
			s += ", "
		}
		s += c.Source.Document
		if c.Evidence.End > 0 {
			s += fmt.Sprintf(":%d-%d", c.Evidence.Start, c.Evidence.End)
		}
	}
	return strings.TrimSpace(s)
}

// claimLine is one claim for the terminal.
func claimLine(c *claims.Claim) string {
	var b strings.Builder
	if c.ID != "" {
		fmt.Fprintf(&b, "[%s] ", c.ID)
	}
	fmt.Fprintf(&b, "%s, %s", figure(c), c.Kind)
	if c.Scope != "" {
		fmt.Fprintf(&b, " %s", c.Scope)
	}
	if !c.AsOf.IsZero() {
		fmt.Fprintf(&b, ", as of %s", c.AsOf)
	}
	if sp := speaker(c); sp != "" {
		fmt.Fprintf(&b, ", %s", sp)
	}
	if s := source(c); s != "" {
		fmt.Fprintf(&b, " (%s)", s)
	}
	if t := strings.TrimSpace(c.Evidence.Text); t != "" && t != figure(c) {
		fmt.Fprintf(&b, ": %q", oneLine(t))
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cell escapes s for a Markdown table cell.
func cell(s string) string {
	return strings.ReplaceAll(oneLine(s), "|", `\|`)
}
