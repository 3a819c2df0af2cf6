// Package synthetic makes sets of claims shaped like a corpus of news
// reports, of any size, for tests and benchmarks that need more claims than
// the demo articles give (the Beam pipeline's tests compare its findings
// with the library's on them). It is for this repository's own tests; it is
// not a public API.
//
// The claims are the same on every run: a Corpus and a size always give the
// same claims.
package synthetic

import (
	"fmt"
	"math/rand/v2"

	"github.com/crosscheck/crosscheck/claims"
)

// A Corpus is the shape of a synthetic set of claims: documents of four
// claims each, one date and mostly one speaker per document, the claims of
// a document about different counts; Groups groups (a measure and a pair of
// parties) spread over 60 days; running totals that grow, events,
// agreements, offers, withheld figures, hedged and round figures, wire
// stories carried by several outlets, and about 2% figures that disagree
// with the rest.
//
// With Mixed, the claims of one document hold for different days (so that
// one report gives totals of several dates), one document in 16 is a
// bulletin whose claims are all about one count, half the agreements are
// formulas ("2,000 for 2,000") and some are large, so that every built-in
// rule has work.
type Corpus struct {
	Groups, Speakers, Outlets int
	Mixed                     bool
}

// News is the corpus of n claims in groups of about 64, from 100 speakers
// and 30 outlets, mixed: the shape on which every built-in rule finds
// something.
func News(n int) []claims.Claim {
	return Corpus{Groups: max(1, n/64), Speakers: 100, Outlets: 30, Mixed: true}.Claims(n)
}

// Claims returns n claims of the corpus's shape. Claim i has ID "c<i>" and
// document "doc<i/4>".
func (p Corpus) Claims(n int) []claims.Claim {
	r := rand.New(rand.NewPCG(1, 2))
	speakers := make([]string, max(1, p.Speakers))
	for i := range speakers {
		speakers[i] = fmt.Sprintf("Speaker %d", i)
	}
	outlets := make([]string, max(1, p.Outlets))
	for i := range outlets {
		outlets[i] = fmt.Sprintf("Outlet %d", i)
	}
	measures := []string{"bodies", "prisoners", "deaths", "injured", "protesters", "votes"}
	start := claims.Date{Year: 2025, Month: 6, Day: 1}
	groups := max(1, p.Groups)
	out := make([]claims.Claim, n)
	var d int
	var speaker, outlet string
	for i := range out {
		if i%4 == 0 { // a new document
			d = r.IntN(60)
			speaker, outlet = speakers[r.IntN(len(speakers))], outlets[r.IntN(len(outlets))]
		}
		g := int(uint64(i) * 2654435761 % uint64(groups))
		if p.Mixed && i/4%16 == 5 { // a bulletin: a document on one count only
			g = int(uint64(i-i%4) * 2654435761 % uint64(groups))
		}
		a, b := fmt.Sprintf("Party %d", g), fmt.Sprintf("Party %d'", g)
		c := claims.Claim{
			ID: fmt.Sprintf("c%d", i), Measure: measures[g%len(measures)], Subject: a, Recipient: b,
			Kind: claims.Completed, Scope: claims.Total,
			Speaker: claims.Speaker{Name: speaker},
			Source:  claims.Source{Document: fmt.Sprintf("doc%d", i/4), Outlet: outlet},
		}
		if r.IntN(3) == 0 {
			c.Speaker.Name = speakers[r.IntN(len(speakers))]
		}
		back := r.IntN(5) == 0
		if back {
			c.Subject, c.Recipient = b, a
		}
		if p.Mixed && r.IntN(2) == 0 {
			d = r.IntN(60)
		}
		c.AsOf = claims.On(start.AddDays(d))
		c.Source.Published = start.AddDays(d + 1)
		v := int64(100 + 40*d + (g*7)%30) // a total that grows day by day
		if back {
			v = v/3 + 1
		}
		switch k := r.IntN(100); {
		case k < 4:
			c.Kind, c.Mutual, c.Scope = claims.Agreed, true, ""
			v = 2000
			if p.Mixed && r.IntN(2) == 0 {
				v = 1000 * int64(1+r.IntN(8))
			}
		case k < 8:
			c.Kind, c.Scope = claims.Offered, ""
			v = 500
		case k < 10:
			c.Kind, c.Scope = claims.Withheld, ""
		case k < 35:
			c.Scope = claims.Event
			v = int64(20 + (g+d)%40)
		case k < 37:
			v /= 2 // a figure that disagrees
		}
		if c.Kind != claims.Withheld {
			val := claims.DecimalOf(v)
			switch h := r.IntN(10); {
			case h == 0:
				c.Quantity = claims.NewQuantity("about", claims.Approx, val)
			case h == 1:
				c.Quantity = claims.NewQuantity("more than", claims.MoreThan, claims.DecimalOf(v*9/10))
			case h == 2:
				c.Quantity = claims.ExactQuantity(claims.DecimalOf((v + 50) / 100 * 100)) // round
			default:
				c.Quantity = claims.ExactQuantity(val)
			}
			if p.Mixed && c.Kind == claims.Agreed && r.IntN(2) == 0 {
				c.Quantity.Reciprocal = true
			}
		}
		if r.IntN(5) == 0 { // a wire story in the outlet's own voice
			c.Speaker.Name = ""
			c.Source.Via = []string{"Wire"}
		}
		out[i] = c
	}
	return out
}
