package compare

import (
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// exchangeRule: a figure for an exchange as a whole (a mutual claim: "the
// two sides swapped 300 prisoners") against the figures each way of the
// same day and scope. A mutual figure is read either per side (each side
// handed over that many: "1,000 for 1,000" told as "exchanged 1,000") or
// in all (both ways together), so it holds when some figure one way meets
// it, or a figure each way adds up to it; when only one way is known, when
// that way's figure is not above it, as a part of the whole may be below
// it. Otherwise the figures each way cannot make the exchange's: one way
// alone is more than the whole, or the two ways add up to something else.
// Figures are read under the tolerance, as figures for one count are: a
// round figure for the exchange stands for what rounds to it.
type exchangeRule struct{}

func (exchangeRule) Name() string { return "exchange" }

func (exchangeRule) builtin() {}

func (exchangeRule) Check(g *Group, emit func(Finding)) {
	if g.Key.A == "" || g.Key.B == "" {
		return
	}
	for _, scope := range []uint8{scopeTotal, scopeEvent} {
		both := findRun(g, Both, classCount, scope, claims.Count)
		fw := findRun(g, Forward, classCount, scope, claims.Count)
		bw := findRun(g, Backward, classCount, scope, claims.Count)
		if both == nil || fw == nil && bw == nil {
			continue
		}
		for i := range both {
			x := &both[i]
			if !dated(x) {
				continue
			}
			if f, ok := exchange(g, x, onDay(fw, x), onDay(bw, x)); ok {
				emit(f)
			}
		}
	}
}

// onDay returns the statements of run (sorted by date) that hold as of t's
// date.
func onDay(run []Statement, t *Statement) []Statement {
	lo := sort.Search(len(run), func(i int) bool {
		return run[i].day > t.day || run[i].day == t.day && run[i].from >= t.from
	})
	hi := lo
	for hi < len(run) && run[hi].sameTime(t) {
		hi++
	}
	return run[lo:hi]
}

// exchange returns the finding of the exchange's figure x against the
// figures fw and bw each way of its day, if they cannot make it.
func exchange(g *Group, x *Statement, fw, bw []Statement) (Finding, bool) {
	meets := func(lo, hi claims.Bound) bool { return overlaps(x.Lower, x.Upper, lo, hi) }
	for _, run := range [2][]Statement{fw, bw} {
		for i := range run {
			if meets(run[i].Lower, run[i].Upper) {
				return Finding{}, false // one side's figure: the exchange told per side
			}
		}
	}
	var y, z *Statement // the figures that cannot make x: one way alone, or one each way
	switch {
	case len(fw) > 0 && len(bw) > 0:
		for i := range fw {
			for j := range bw {
				if meets(addBound(fw[i].Lower, bw[j].Lower), addBound(fw[i].Upper, bw[j].Upper)) {
					return Finding{}, false // the exchange told in all
				}
			}
		}
		y, z = surest(fw), surest(bw)
	default:
		one := fw
		if len(one) == 0 {
			one = bw
		}
		for i := range one {
			if below(x.Upper, one[i].Lower) && (y == nil || sure(&one[i], onPlacement) && !sure(y, onPlacement)) {
				y = &one[i]
			}
		}
		if y == nil {
			return Finding{}, false // a part of the whole, the other way not given
		}
	}
	f := exchangeFinding(g, x, y, z)
	on := onPlacement &^ onScope
	ss := []*Statement{x, y, z}
	for _, s := range ss[1:] {
		if s != nil && s.explicit != x.explicit && s.Origin != x.Origin {
			on |= onUnstated // a stated total against a figure of no stated scope
		}
	}
	if z == nil && x.Origin == y.Origin && oneReport(x, y) {
		on &^= onAsOf // one voice's figures of one report share its date, whatever it is
	}
	g.review(&f, on, ss...)
	if z == nil && farApart(x, y) {
		g.reviewApart(&f, x, y)
	}
	return f, true
}

// surest returns the first statement of run read explicitly in the fields
// that place it, else the first.
func surest(run []Statement) *Statement {
	for i := range run {
		if sure(&run[i], onPlacement) {
			return &run[i]
		}
	}
	return &run[0]
}

// addBound returns the bound of a sum whose terms have bounds a and b:
// unbounded when either is, inclusive when both are.
func addBound(a, b claims.Bound) claims.Bound {
	if !a.Set || !b.Set {
		return claims.Unbounded
	}
	v, ok := addDec(a.Value, b.Value)
	if !ok {
		return claims.Unbounded
	}
	return claims.Bound{Value: v, Inclusive: a.Inclusive && b.Inclusive, Set: true}
}

// exchangeFinding words the finding of the exchange's figure x against y
// one way alone, or y and z one each way.
func exchangeFinding(g *Group, x, y, z *Statement) Finding {
	p := g.e.pr
	m := g.Key.Measure
	qx := quantity(p, x.Claim().Quantity)
	from, to := parties(g.Key, y.Direction)
	qy := quantity(p, y.Claim().Quantity)
	head := p.Sprints("%s %s exchanged between %s and %s %s is neither what each side handed over nor both ways together",
		qx, m, g.Key.A, g.Key.B, cite(p, x))
	n := Numbers{Left: value(x), Right: value(y)}
	ss := []*Statement{x, y}
	var text string
	if z == nil {
		text = p.Sprints("%s: %s alone handed over %s to %s %s.", head, from, qy, to, cite(p, y))
	} else {
		sum, _ := addDec(value(y), value(z))
		n.Right, n.Sum, n.Terms = sum, sum, []claims.Decimal{value(y), value(z)}
		text = p.Sprints("%s: %s handed over %s to %s %s and received %s in return %s, %s in all.",
			head, from, qy, to, cite(p, y), quantity(p, z.Claim().Quantity), cite(p, z), num(p, sum))
		ss = append(ss, z)
	}
	n.Difference, _ = subDec(n.Right, n.Left)
	n.Ratio = ratio(n.Right, n.Left)
	lo, hi := y.Lower, y.Upper
	if z != nil {
		lo, hi = addBound(y.Lower, z.Lower), addBound(y.Upper, z.Upper)
	}
	switch {
	case below(x.Upper, lo):
		n.Gap = gap(x.Upper, lo)
	case below(hi, x.Lower):
		n.Gap = gap(hi, x.Lower)
	}
	cs, _ := assemble(g, ss...)
	return Finding{Type: Arithmetic, Severity: Medium, Claims: cs, Explanation: text, Arithmetic: n}
}
