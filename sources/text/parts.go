package text

import (
	"github.com/crosscheck/crosscheck/claims"
)

// The parts stage: a sentence that lists several figures of one measure,
// each in a place of its own ("290 deaths in Al Haouz, 190 in Taroudant,
// 89 in Chichaoua"), breaks down a whole told before it (the toll of the
// quake, the prisoners released). Each item is a part of that whole: it
// belongs to the whole's parties, is no running total of its own, and its
// place goes into what it counts ("deaths (Taroudant)"), so that parts of
// the same place meet across reports while never meeting the whole.

// minBreakdown is how many figures with places of their own make a list a
// breakdown.
const minBreakdown = 3

// breakdown rewrites the claims out[from:] of one sentence when they list
// parts of a whole claimed before them in out[:from], within the last few
// paragraphs.
func (d *document) breakdown(out []claims.Claim, from int, para int) {
	items := out[from:]
	if len(items) < minBreakdown {
		return
	}
	m := ""
	places := map[string]bool{}
	for _, c := range items {
		if c.Recipient != "" || c.Mutual || c.Subject == "" {
			continue
		}
		if m == "" {
			m = c.Measure
		}
		if c.Measure == m && m != "" {
			places[c.Subject] = true
		}
	}
	if len(places) < minBreakdown {
		return
	}
	whole := -1
	for i := from - 1; i >= 0 && i >= from-48; i-- {
		c := &out[i]
		if c.Measure == m && c.Scope == claims.Total && !places[c.Subject] && c.Subject != "" {
			whole = i
			break
		}
	}
	if whole < 0 || d.paraOfByte(out[whole].QuantitySpan.Start) < para-3 {
		return
	}
	w := out[whole]
	for i := range items {
		c := &items[i]
		if c.Measure != m || !places[c.Subject] || c.Recipient != "" || c.Mutual {
			continue
		}
		c.Measure = m + " (" + c.Subject + ")"
		c.Subject, c.Recipient, c.Mutual = w.Subject, w.Recipient, w.Mutual
		if c.Scope == claims.Total {
			c.Scope = ""
		}
		if c.Kind == claims.Estimated && w.Kind != claims.Estimated {
			c.Kind = w.Kind
		}
		if d.x.opts.Explain {
			c.Reasons = append(c.Reasons, claims.Reason{Field: "subject", Words: "a part of the whole before it: " + w.Quantity.Text})
		}
		c.ID = c.ContentID()
	}
}

// paraOfByte returns the paragraph of the sentence holding byte offset at.
func (d *document) paraOfByte(at int) int {
	t := d.tokenAt(at)
	if t < 0 || t >= len(d.sentOf) {
		return 0
	}
	return d.paraOf[d.sentOf[t]]
}
