package compare

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// WriteText writes findings for a terminal: for each, a heading line with
// its severity, type and group, the explanation, the findings folded into
// it (Finding.Also: "same discrepancy, arithmetic: …"), the arithmetic, and
// one line per claim with its figure as written, who said it, where and its
// evidence; then a count by severity. The findings for review follow the
// others under a heading of their own, each with the reason it is for
// review.
func WriteText(w io.Writer, fs []Finding) error {
	bw := bufio.NewWriter(w)
	n := 0
	for i, f := range fs {
		if f.ForReview() && (i == 0 || !fs[i-1].ForReview()) {
			fmt.Fprintf(bw, "For review: findings that stand on readings the texts do not state\n\n")
		}
		n++
		fmt.Fprintf(bw, "%d. %s %s — %s\n", n, strings.ToUpper(f.Severity.String()), f.Type, f.Key)
		fmt.Fprintf(bw, "   %s\n", f.Explanation)
		for _, r := range f.Also {
			fmt.Fprintf(bw, "   same discrepancy, %s: %s\n", r.Type, r.Explanation)
		}
		if f.ForReview() {
			fmt.Fprintf(bw, "   review (%s): %s\n", f.Confidence, f.Review)
		}
		if a := arithmeticLine(f.Arithmetic); a != "" {
			fmt.Fprintf(bw, "   arithmetic: %s\n", a)
		}
		for _, c := range f.Claims {
			fmt.Fprintf(bw, "   - %s\n", claimLine(c))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, tally(fs))
	return bw.Flush()
}

// WriteMarkdown writes findings as a Markdown document: a summary table,
// then a section per finding with the findings folded into it
// (Finding.Also) and its claims in a table. The findings for
// review have a summary table and sections of their own, after the others.
func WriteMarkdown(w io.Writer, fs []Finding) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# crosscheck: %s\n\n", tally(fs))
	split := len(fs)
	for i := range fs {
		if fs[i].ForReview() {
			split = i
			break
		}
	}
	table := func(fs []Finding, first int, review bool) {
		if len(fs) == 0 {
			return
		}
		if review {
			fmt.Fprintln(bw, "| # | Severity | Type | Group | Finding | Why for review |")
			fmt.Fprintln(bw, "|---|---|---|---|---|---|")
		} else {
			fmt.Fprintln(bw, "| # | Severity | Type | Group | Finding |")
			fmt.Fprintln(bw, "|---|---|---|---|---|")
		}
		for i, f := range fs {
			fmt.Fprintf(bw, "| %d | %s | %s | %s | %s |", first+i+1, f.Severity, typeCell(&f), cell(f.Key.String()), cell(f.Explanation))
			if review {
				fmt.Fprintf(bw, " %s |", cell(f.Review))
			}
			fmt.Fprintln(bw)
		}
	}
	table(fs[:split], 0, false)
	if split < len(fs) {
		if split > 0 {
			fmt.Fprintln(bw)
		}
		fmt.Fprintf(bw, "## For review\n\nThese findings stand on readings the texts do not state (a party, date or speaker filled in by default, or inferred from context): leads to check, not discrepancies shown.\n\n")
		table(fs[split:], split, true)
	}
	for i, f := range fs {
		fmt.Fprintf(bw, "\n## %d. %s (%s): %s\n\n%s\n\n", i+1, f.Type, f.Severity, f.Key, f.Explanation)
		if len(f.Also) > 0 {
			fmt.Fprintf(bw, "The same discrepancy, found as well by other rules:\n\n")
			for _, r := range f.Also {
				fmt.Fprintf(bw, "- %s: %s\n", r.Type, oneLine(r.Explanation))
			}
			fmt.Fprintln(bw)
		}
		if f.ForReview() {
			fmt.Fprintf(bw, "For review (%s): %s\n\n", f.Confidence, f.Review)
		}
		if a := arithmeticLine(f.Arithmetic); a != "" {
			fmt.Fprintf(bw, "Arithmetic: %s.\n\n", a)
		}
		fmt.Fprintln(bw, "| Claim | Figure | Kind | Who | Source | As of | Evidence |")
		fmt.Fprintln(bw, "|---|---|---|---|---|---|---|")
		for _, c := range f.Claims {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s |\n", cell(c.ID), cell(figure(c)), c.Kind, cell(speaker(c)),
				cell(source(c)), c.AsOf, cell(c.Evidence.Text))
		}
	}
	return bw.Flush()
}

// WriteJSON writes the findings as one JSON object:
//
//	{"claims": [claim, …], "findings": [finding, …], "review": [finding, …]}
//
// "claims" holds every claim a finding refers to, once, as a claim object
// of the JSON contract, in the order they are first referred to; a finding
// refers to its claims by ID ("claims": ["db40c80717649d6c", …]), and so do
// its instances and the findings folded into it ("also": [{"type",
// "explanation", "claims": [ids]}, …], see Finding.Also). A claim with no
// ID is given its content ID. "findings"
// holds the findings that stand on explicit readings, "review" those for
// review (with their "confidence" and "review" reason), each in Check's
// order. Each claim and finding is written on a line of its own, so that
// the report is linear in the claims and findings and easy to diff.
func WriteJSON(w io.Writer, fs []Finding) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	put := func(v any) error {
		line.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(line.Bytes(), []byte("\n")))
		return err
	}
	fail := func(err error) error { return fmt.Errorf("compare: writing JSON: %w", err) }

	// The claims, each once, in the order first referred to.
	seen := make(map[string]bool)
	bw.WriteString("{\"claims\": [")
	n := 0
	write := func(cs []*claims.Claim) error {
		for _, c := range cs {
			id := claimID(c)
			if seen[id] {
				continue
			}
			seen[id] = true
			if n > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n")
			n++
			cc := *c
			cc.ID = id
			if err := put(cc); err != nil {
				return err
			}
		}
		return nil
	}
	for i := range fs {
		if err := write(fs[i].Claims); err != nil {
			return fail(err)
		}
		for _, r := range fs[i].Also {
			if err := write(r.Claims); err != nil {
				return fail(err)
			}
		}
	}
	if n > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]")
	var ids []byte
	for _, part := range []struct {
		name   string
		review bool
	}{{"findings", false}, {"review", true}} {
		fmt.Fprintf(bw, ",\n%q: [", part.name)
		n := 0
		for i := range fs {
			f := &fs[i]
			if f.ForReview() != part.review {
				continue
			}
			ids = idsJSON(ids[:0], f.Claims)
			var also []json.RawMessage
			for _, r := range f.Also {
				also = append(also, idsJSON(nil, r.Claims))
			}
			if n > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n")
			n++
			if err := put(f.toJSON(ids, also)); err != nil {
				return fail(err)
			}
		}
		if n > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]")
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// ReadJSON reads a report WriteJSON wrote and returns its findings, the
// ones for review after the others, each with its claims resolved from the
// report's "claims". It also reads a report whose findings hold their
// claims as objects. A claim ID that the report does not hold is an error.
func ReadJSON(r io.Reader) ([]Finding, error) {
	var rep struct {
		Claims   []claims.Claim `json:"claims"`
		Findings []Finding      `json:"findings"`
		Review   []Finding      `json:"review"`
	}
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("compare: reading JSON: %w", err)
	}
	byID := make(map[string]*claims.Claim, len(rep.Claims))
	for i := range rep.Claims {
		byID[rep.Claims[i].ID] = &rep.Claims[i]
	}
	fs := append(rep.Findings, rep.Review...)
	resolve := func(i int, cs []*claims.Claim) error {
		for k, c := range cs {
			if c.Measure != "" || c.Kind != "" || c.Quantity.IsValid() {
				continue // a claim object, not a reference
			}
			full, ok := byID[c.ID]
			if !ok {
				return fmt.Errorf("compare: reading JSON: finding %d refers to claim %q, which the report does not hold", i+1, c.ID)
			}
			cs[k] = full
		}
		return nil
	}
	for i := range fs {
		if err := resolve(i, fs[i].Claims); err != nil {
			return nil, err
		}
		for _, r := range fs[i].Also {
			if err := resolve(i, r.Claims); err != nil {
				return nil, err
			}
		}
	}
	return fs, nil
}

// typeCell is the finding's type, with those folded into it: "regression
// (also conflict, arithmetic)".
func typeCell(f *Finding) string {
	if len(f.Also) == 0 {
		return string(f.Type)
	}
	ts := make([]string, len(f.Also))
	for i, r := range f.Also {
		ts[i] = string(r.Type)
	}
	return cell(fmt.Sprintf("%s (also %s)", f.Type, strings.Join(ts, ", ")))
}

// tally is "3 findings: 1 high, 2 info", and "; 2 for review" when some
// findings are for review.
func tally(fs []Finding) string {
	var n [len(severityNames)]int
	review, main := 0, 0
	for _, f := range fs {
		if f.ForReview() {
			review++
			continue
		}
		main++
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
	if main == 1 {
		word = "finding"
	}
	out := "no findings"
	if main > 0 {
		out = fmt.Sprintf("%d %s: %s", main, word, strings.Join(parts, ", "))
	}
	if review > 0 {
		out += fmt.Sprintf("; %d for review", review)
	}
	return out
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
	if !c.Confidence.IsZero() {
		fmt.Fprintf(&b, " [%s]", c.Confidence)
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
