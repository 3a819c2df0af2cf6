package compare

import (
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
	c *claims.Claim
	s *Statement
}

func (driftRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class == classWithheld || run[0].class == classChange {
			return
		}
		buckets(run, func(b []Statement) {
			// The claims that state a bound: most buckets have none.
			var ds []drifter
			for i := range b {
				for _, c := range b[i].Claims {
					if c.Quantity.IsValid() && !c.Quantity.Vague && bound(&c.Quantity) {
						ds = append(ds, drifter{c, &b[i]})
					}
				}
			}
			if len(ds) == 0 {
				return
			}
			// Then every other claim of the bucket with the same figure,
			// another hedge and a document in common.
			done := map[string]bool{} // figure and document reported
			for _, d := range ds {
				q := &d.c.Quantity
				key := q.Value.String() + "\x00" + d.c.Source.Document
				if d.c.Source.Document == "" || done[key] {
					continue
				}
				var with []drifter
				for i := range b {
					for _, c := range b[i].Claims {
						r := &c.Quantity
						if c.Source.Document == d.c.Source.Document && !sameSentence(c, d.c) && r.IsValid() && !r.Vague &&
							r.Qualifier != q.Qualifier && r.Qualifier != claims.Range && cmpDec(r.Value, q.Value) == 0 {
							with = append(with, drifter{c, &b[i]})
						}
					}
				}
				if len(with) == 0 {
					continue
				}
				done[key] = true
				all := append([]drifter{d}, with...)
				// Each hedge once, in the order of the text.
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
				emit(f)
			}
		})
	})
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
