package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/crosscheck/crosscheck/claims"
)

// writeClaims writes one line per claim: the figure as written, what it
// counts, between whom, what kind of statement it is, as of when and who
// said it.
func writeClaims(w io.Writer, cs []claims.Claim) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  FIGURE\tCOUNTS\tFROM → TO\tKIND\tAS OF\tSAID BY")
	for _, c := range cs {
		figure := c.Quantity.String()
		if !c.Quantity.IsValid() {
			figure = "(not given)"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", figure, orDash(c.Measure), parties(c), c.Kind, orDash(c.AsOf.String()), orDash(c.Speaker.Name))
	}
	return tw.Flush()
}

// parties is "Russia → Ukraine", "Russia ↔ Ukraine" for a mutual figure, or
// whatever part of it is known.
func parties(c claims.Claim) string {
	switch {
	case c.Subject == "" && c.Recipient == "":
		return "-"
	case c.Mutual:
		return c.Subject + " ↔ " + c.Recipient
	case c.Recipient == "":
		return c.Subject
	case c.Subject == "":
		return "→ " + c.Recipient
	}
	return c.Subject + " → " + c.Recipient
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
