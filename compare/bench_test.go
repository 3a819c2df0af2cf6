package compare_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/cputime"
)

// synthetic returns n claims as a corpus of news reports would give them:
// documents of four claims each, one date and mostly one speaker per
// document, the claims of a document about different counts; groups (a
// measure and a pair of parties) of about 32 claims spread over 60 days;
// running totals that grow, events, agreements, offers, withheld figures,
// hedged and round figures, wire stories carried by several outlets, and
// about 2% figures that disagree with the rest.
func synthetic(n int) []claims.Claim {
	return corpus{groups: max(1, n/32), speakers: 200, outlets: 50}.claims(n)
}

// oneGroup returns n claims as synthetic does, all in one group (one
// measure, one pair of parties) and from many speakers and outlets: the
// shape that would expose a rule doing pairwise work within a group.
func oneGroup(n int) []claims.Claim {
	return corpus{groups: 1, speakers: max(200, n/8), outlets: max(50, n/40)}.claims(n)
}

// corpus is the shape of a synthetic set of claims. With mixed, the claims
// of one document hold for different days (so that one report gives totals
// of several dates), half the agreements are formulas ("2,000 for 2,000")
// and some are large, so that every built-in rule has work.
type corpus struct {
	groups, speakers, outlets int
	mixed                     bool
}

func (p corpus) claims(n int) []claims.Claim {
	r := rand.New(rand.NewPCG(1, 2))
	speakers := make([]string, p.speakers)
	for i := range speakers {
		speakers[i] = fmt.Sprintf("Speaker %d", i)
	}
	outlets := make([]string, p.outlets)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("Outlet %d", i)
	}
	measures := []string{"bodies", "prisoners", "deaths", "injured", "protesters", "votes"}
	start := claims.Date{Year: 2025, Month: 6, Day: 1}
	groups := p.groups
	out := make([]claims.Claim, n)
	var d int
	var speaker, outlet string
	for i := range out {
		if i%4 == 0 { // a new document
			d = r.IntN(60)
			speaker, outlet = speakers[r.IntN(len(speakers))], outlets[r.IntN(len(outlets))]
		}
		g := int(uint64(i) * 2654435761 % uint64(groups))
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
		if p.mixed && r.IntN(2) == 0 {
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
			if p.mixed && r.IntN(2) == 0 {
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
			if p.mixed && c.Kind == claims.Agreed && r.IntN(2) == 0 {
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

func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		cs := synthetic(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var found, loops int
			start := cputime.Used()
			for b.Loop() {
				found = len(compare.Check(cs, compare.Options{}))
				loops++
			}
			b.ReportMetric(float64(found), "findings")
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkCheckOneGroup checks one group of many claims, which must cost
// no more than many small groups of as many claims in all.
func BenchmarkCheckOneGroup(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		cs := oneGroup(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var found, loops int
			start := cputime.Used()
			for b.Loop() {
				found = len(compare.Check(cs, compare.Options{}))
				loops++
			}
			b.ReportMetric(float64(found), "findings")
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkGroups measures the grouping alone: sorting claims into groups
// and statements, with no rules.
func BenchmarkGroups(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		cs := synthetic(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			loops := 0
			start := cputime.Used()
			for b.Loop() {
				compare.Check(cs, compare.Options{Rules: []compare.Rule{}})
				loops++
			}
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}
