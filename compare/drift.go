package compare

import (
	"cmp"
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// driftRule: one report gives one figure for the same count as of the same
// date under different hedges, at least one of them a bound: "at least
// 4,000" in the text and a flat "4,000" in the headline, "over 1,000" in a
// quotation and "around 1,000" in the paraphrase of it. The intervals meet,
// so no other rule speaks, yet a reader of one sentence is told something
// else than a reader of the other: a bound read as the count, or a count
// read as a bound. Figures of one sentence are two counts set side by side
// ("just over 40,000 by the ministry's count, 40,000 by the prefecture's"),
// not one figure told twice. Each figure that drifts in a report is one
// finding.
//
// A report that words a count with a vague plural of a power of ten
// ("thousands", "tens of thousands") and gives a figure for the same count
// and date at least twice the top of what the word stands for ("thousands"
// is fewer than ten thousand) drifts too: a reader of the word is told an
// order of magnitude less than the report's own figure (see understated).
type driftRule struct{}

func (driftRule) Name() string { return string(Drift) }

func (driftRule) builtin() {}

// bound reports whether q is a one-sided hedge: more than, at least, fewer
// than, at most.
func bound(q *claims.Quantity) bool {
	switch q.Qualifier {
	case claims.MoreThan, claims.AtLeast, claims.LessThan, claims.AtMost:
		return true
	}
	return false
}

// drifter is one claim of a bucket, with its statement.
type drifter struct {
	c   *claims.Claim
	s   *Statement
	doc uint64 // docHash of its document
}

func (driftRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	p := g.e.pr
	var bounds, buf []drifter // the claims of a bucket, reused
	runs(g, func(run []Statement) {
		if run[0].class == classWithheld || run[0].class == classChange {
			return
		}
		buckets(run, func(b []Statement) {
			understated(g, p, b, emit)
			// The bounds stated: most buckets have none.
			bounds = bounds[:0]
			for i := range b {
				if b[i].hedges&hedgeBound == 0 {
					continue
				}
				for k, c := range b[i].Claims {
					if hedged(c) && bound(&c.Quantity) && c.Source.Document != "" {
						bounds = append(bounds, drifter{c, &b[i], docOf(&b[i], k)})
					}
				}
			}
			if len(bounds) == 0 {
				return
			}
			slices.SortFunc(bounds, byFigure)
			// Then the claims of the same figures in the same reports under
			// no bound, all of them together by figure.
			buf = append(buf[:0], bounds...)
			for i := range b {
				if b[i].hedges&hedgeFlat == 0 {
					continue
				}
				for k, c := range b[i].Claims {
					doc := docOf(&b[i], k)
					if !boundIn(bounds, doc) || !hedged(c) || bound(&c.Quantity) || c.Source.Document == "" {
						continue // (a claim of no document a bound has is not read)
					}
					d := drifter{c, &b[i], doc}
					if _, ok := slices.BinarySearchFunc(bounds, d, byFigure); ok {
						buf = append(buf, d)
					}
				}
			}
			slices.SortFunc(buf, byFigure)
			for i := 0; i < len(buf); {
				j := i + 1
				for j < len(buf) && buf[j].doc == buf[i].doc && buf[j].c.Source.Document == buf[i].c.Source.Document &&
					cmpDec(buf[j].c.Quantity.Value, buf[i].c.Quantity.Value) == 0 {
					j++
				}
				if j-i > 1 {
					if f, ok := drift(g, p, buf[i:j]); ok {
						emit(f)
					}
				}
				i = j
			}
		})
	})
}

// The hedges of claims, as an item and a statement (Statement.hedges)
// keep them: a figure drift compares (see hedged) of a named document,
// under a bound or not; and a vague plural of a power of ten (see
// magnitude) of a named document, which understated looks for.
const (
	hedgeBound uint8 = 1 << iota
	hedgeFlat
	hedgePlural
)

// boundIn reports whether bounds (sorted by byFigure) hold a claim of the
// document of hash doc.
func boundIn(bounds []drifter, doc uint64) bool {
	i, _ := slices.BinarySearchFunc(bounds, doc, func(x drifter, doc uint64) int { return cmp.Compare(x.doc, doc) })
	return i < len(bounds) && bounds[i].doc == doc
}

// byFigure orders claims by document (its hash), then figure.
func byFigure(x, y drifter) int {
	if x.doc != y.doc {
		if x.doc < y.doc {
			return -1
		}
		return 1
	}
	return cmpDec(x.c.Quantity.Value, y.c.Quantity.Value)
}

// docOf returns the docHash of the document of s's claim k.
func docOf(s *Statement, k int) uint64 {
	if len(s.docs) == len(s.Claims) {
		return s.docs[k]
	}
	return docHash(s.Claims[k].Source.Document)
}

// hedged reports whether c states a figure drift can compare: a valid
// quantity, not vague, not a range.
func hedged(c *claims.Claim) bool {
	q := &c.Quantity
	return q.IsValid() && !q.Vague && q.Qualifier != claims.Range
}

// drift returns the finding for the claims of one figure in one report,
// if two of them, in different sentences, state it under different hedges,
// one of them a bound.
func drift(g *Group, p *printer, ds []drifter) (Finding, bool) {
	var all []drifter
	for i, d := range ds {
		if !bound(&d.c.Quantity) {
			continue
		}
		for j, e := range ds {
			if j != i && e.c.Quantity.Qualifier != d.c.Quantity.Qualifier && !sameSentence(d.c, e.c) {
				all = ds
				break
			}
		}
	}
	if all == nil {
		return Finding{}, false
	}
	// Each hedge once, in the order of the text.
	all = slices.Clone(all)
	slices.SortStableFunc(all, func(x, y drifter) int { return cmpPlace(x.c, y.c) })
	var ss []*Statement
	var forms []string
	seen := map[claims.Qualifier]bool{}
	for _, x := range all {
		if !slices.Contains(ss, x.s) {
			ss = append(ss, x.s)
		}
		if !seen[x.c.Quantity.Qualifier] {
			seen[x.c.Quantity.Qualifier] = true
			forms = append(forms, p.Sprints("%s (%s)", quantity(p, x.c.Quantity), who(x.c)))
		}
	}
	f := Finding{Type: Drift, Severity: Low, Claims: g.e.claimsOf(ss...)}
	at := period(ss[0].AsOf)
	if ss[0].Dating == Undated {
		at = p.Sprints("an unknown date")
	}
	f.Explanation = p.Sprints("One report gives the figure for %s as of %s as %s: the hedge changes, so one of them says more than the report knows.",
		g.thing(ss[0].Direction), at, list(p, forms))
	on := onPlacement
	if allDefaultedDates(ss) {
		on &^= onAsOf // one report, every figure as of its publication: they share that date
	}
	g.review(&f, on, ss...)
	return f, true
}

// allDefaultedDates reports whether no statement of ss states its date:
// in one report, they all hold as of its publication.
func allDefaultedDates(ss []*Statement) bool {
	for _, s := range ss {
		if s.conf.asOf != claims.Defaulted {
			return false
		}
	}
	return true
}

// sameSentence reports whether claims a and b are read from the same words
// of one document.
func sameSentence(a, b *claims.Claim) bool {
	if a.Evidence.Start != a.Evidence.End || b.Evidence.Start != b.Evidence.End {
		return a.Evidence.Start == b.Evidence.Start && a.Evidence.End == b.Evidence.End
	}
	return a.Evidence.Text == b.Evidence.Text
}

// magnitude returns the base of a vague plural of a power of ten
// ("hundreds" 100, "thousands" 1,000, "tens of thousands" 10,000): its
// lower bound, when it is a power of ten of at least 100 and the figure
// has no upper bound. Other vague figures ("dozens", "several") give 0.
func magnitude(q *claims.Quantity) int64 {
	if !q.Vague || q.Upper.Set || !q.Lower.Set {
		return 0
	}
	v, ok := q.Lower.Value.Int64()
	if !ok || v < 100 || v > 1e15 {
		return 0
	}
	for n := v; n > 1; n /= 10 {
		if n%10 != 0 {
			return 0
		}
	}
	return v
}

// understateBy is how far beyond the top of a vague plural (ten times its
// base) a figure must lie for the word to understate it: twice, so that
// "thousands" beside 12,000 is loose wording, beside 25,000 an
// understatement.
const understateBy = 2

// understated emits, for each report of bucket b that words the count with
// a vague plural of a power of ten, a drift against its highest figure for
// the count that lies at least understateBy times beyond the top of the
// word ("thousands" and "some 286,000").
func understated(g *Group, p *printer, b []Statement, emit func(Finding)) {
	for i := range b {
		if b[i].hedges&hedgePlural == 0 {
			continue // most statements have none: their claims are not read
		}
		for k, c := range b[i].Claims {
			base := magnitude(&c.Quantity)
			if base == 0 || c.Source.Document == "" {
				continue
			}
			doc := docOf(&b[i], k)
			top := claims.DecimalOf(base * 10 * understateBy)
			var hi *Statement
			var hc *claims.Claim
			for j := range b {
				for m, d := range b[j].Claims {
					q := &d.Quantity
					if q.Vague || !q.Lower.Set || cmpDec(q.Lower.Value, top) < 0 || docOf(&b[j], m) != doc ||
						d.Source.Document != c.Source.Document {
						continue
					}
					if hc == nil || cmpDec(q.Lower.Value, hc.Quantity.Lower.Value) > 0 {
						hi, hc = &b[j], d
					}
				}
			}
			if hi == nil {
				continue
			}
			f := Finding{Type: Drift, Severity: Low, Claims: []*claims.Claim{c, hc}}
			f.Explanation = p.Sprints("One report words %s as of %s as %s (%s) and gives %s (%s): the word stands for fewer than %s, so it tells a reader an order of magnitude less than the report's own figure.",
				g.thing(b[i].Direction), period(b[i].AsOf), quantity(p, c.Quantity), who(c), quantity(p, hc.Quantity), who(hc),
				num(p, claims.DecimalOf(base*10)))
			ss := []*Statement{&b[i], hi}
			on := onPlacement
			if allDefaultedDates(ss) {
				on &^= onAsOf // one report, every figure as of its publication: they share that date
			}
			g.review(&f, on, ss...)
			emit(f)
		}
	}
}
