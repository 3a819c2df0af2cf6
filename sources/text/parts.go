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
// paragraphs. A list with no whole before it breaks down the story's own
// count: the place or event its first count was about. Crowds are not
// broken down: a crowd in a town is that town's rally, not a part of the
// nation's or of another town's ("410,000 in Rome … 90,000 in
// Turin, 60,000 in Genoa").
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
	if len(places) < minBreakdown || d.lx.measureClass[m]&mcCrowd != 0 {
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
	var w claims.Claim
	switch {
	case whole >= 0 && d.paraOfByte(out[whole].QuantitySpan.Start) >= para-3:
		w = out[whole]
	case whole < 0 && d.firstPlace != "" && !places[d.firstPlace]:
		// "410 families in Salpo, 96 in Agallpampa, 58 in Otuzco": the
		// parts of the story's count, the landslide near Trujillo.
		w.Subject = d.firstPlace
		w.Quantity.Text = "the story's count in " + d.firstPlace
	default:
		return
	}
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
		if c.Kind == claims.Estimated && w.Kind != "" && w.Kind != claims.Estimated {
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
