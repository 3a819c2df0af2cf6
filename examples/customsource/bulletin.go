package main

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// A Bulletin is a Source a user might write: the daily repatriation
// bulletin of Ukraine's Coordination Headquarters, in a small CSV layout of
// its own (date, handover number, bodies received, running total; lines
// starting with # are comments). Each row yields two claims: the bodies
// received in that handover (an event) and the running total.
//
// A Bulletin reads its bytes afresh on every pass, so it may be ranged over
// again and from several goroutines at once.
type Bulletin struct {
	Name string // the document name used in claims and errors
	Data []byte
}

// Claims yields the bulletin's claims; a bad row yields an error that names
// the line, and the rows after it still come through.
func (b Bulletin) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		header := false
		data := b.Data
		for n, off := 1, 0; len(data) > 0; n++ {
			raw, rest, _ := bytes.Cut(data, []byte("\n"))
			s := string(raw)
			trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
			start := off + len(s) - len(trimmed) // where the line's text begins
			off += len(raw) + 1
			data = rest
			line := strings.TrimRightFunc(trimmed, unicode.IsSpace)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !header {
				header = true
				if line != "date,handover,bodies,running_total" {
					yield(claims.Claim{}, b.errorf(n, "header %q, want date,handover,bodies,running_total", line))
					return
				}
				continue
			}
			cs, err := b.row(n, line, start)
			if err != nil {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				if !yield(claims.Claim{}, err) {
					return
				}
				continue
			}
			for _, c := range cs {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				if !yield(c, nil) {
					return
				}
			}
		}
	}
}

// row reads one data line, which starts at byte start of the bulletin,
// into its two claims.
func (b Bulletin) row(n int, line string, start int) ([]claims.Claim, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return nil, b.errorf(n, "%d fields, want 4", len(f))
	}
	date, err := claims.ParseDate(f[0])
	if err != nil {
		return nil, b.errorf(n, "date %q is not YYYY-MM-DD", f[0])
	}
	var out []claims.Claim
	for i, scope := range []claims.Scope{claims.Event, claims.Total} {
		field := f[2+i]
		v, err := strconv.ParseInt(field, 10, 64)
		if err != nil || v < 0 {
			return nil, b.errorf(n, "count %q is not a whole number", field)
		}
		// The figure's byte offset: the fields before it and their commas.
		at := start + len(f[0]) + len(f[1]) + 2
		if i == 1 {
			at += len(f[2]) + 1
		}
		c := claims.Claim{
			Measure:      "bodies",
			Subject:      "Russia",
			Recipient:    "Ukraine",
			Kind:         claims.Completed,
			Scope:        scope,
			Quantity:     claims.ExactQuantity(claims.DecimalOf(v)),
			QuantitySpan: claims.Span{Start: at, End: at + len(field)},
			AsOf:         claims.On(date),
			Speaker: claims.Speaker{
				Name:        "Coordination Headquarters for the Treatment of Prisoners of War",
				Affiliation: "Ukraine",
			},
			Source:   claims.Source{Document: b.Name, Outlet: "Coordination Headquarters bulletin", Published: date},
			Evidence: claims.Evidence{Span: claims.Span{Start: start, End: start + len(line)}, Text: line},
		}
		c.ID = c.ContentID()
		out = append(out, c)
	}
	return out, nil
}

// errorf returns a *sources.Error naming the bulletin and the line.
func (b Bulletin) errorf(line int, format string, args ...any) error {
	return &sources.Error{Pkg: "bulletin", Name: b.Name, Line: line, Err: fmt.Errorf(format, args...)}
}
