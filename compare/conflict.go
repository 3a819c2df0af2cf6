package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// conflictRule: figures for the same count, from different statements, as
// of the same date, whose intervals cannot both hold. All the figures of
// one count and date that disagree are one finding.
type conflictRule struct{}

func (conflictRule) Name() string { return string(Conflict) }

func (conflictRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	if g.defaulted {
		runs(g, func(run []Statement) { defaultedChange(g, run, emit) })
	}
	runs(g, func(run []Statement) {
		if run[0].class == classWithheld {
			return
		}
		buckets(run, func(b []Statement) {
			if len(b) < 2 {
				return
			}
			// What the explicitly read statements support on their own, like
			// with like: stated totals with stated totals, figures of no
			// stated scope with their own kind.
			placement := onPlacement
			if publicationDay(b) {
				placement &^= onAsOf
			}
			confident := func(s *Statement) bool { return sure(s, placement) }
			type part struct{ ok func(*Statement) bool }
			parts := []part{{confident}}
			if b[0].scope == scopeTotal {
				parts = []part{
					{func(s *Statement) bool { return s.explicit && confident(s) }},
					{func(s *Statement) bool { return !s.explicit && confident(s) }},
				}
			}
			covered := func(a, c []*Statement) bool {
				if oneVoice(append(slices.Clip(a), c...)...) || farApart(leastUpper(a), c[0]) {
					return false
				}
				for _, pt := range parts {
					if slices.ContainsFunc(a, pt.ok) && slices.ContainsFunc(c, pt.ok) {
						return true
					}
				}
				return false
			}
			for _, pt := range parts {
				sub := keep(b, pt.ok)
				if len(sub) < 2 {
					continue
				}
				comps := g.e.components(sub)
				voices := conflicts(g, comps, nil, emit)
				if len(sub) == len(b) {
					// Every figure is read explicitly, like with like: only
					// what one voice gives is left for review.
					if voices {
						conflicts(g, comps, covered, emit)
					}
					return
				}
			}
			// Then, for review, what needs the other readings too: pairs
			// of neighbouring sets of figures that no confident pair covers.
			if comps := g.e.components(b); len(comps) >= 2 {
				conflicts(g, comps, covered, emit)
			}
		})
	})
}

// publicationDay reports whether the statements of a bucket all come from
// one report that dates none of them, so that each is taken as of its
// publication: they share that date, whatever it is ("245,000 marched,
// according to the unions; 32,000, the authorities counted"), and a
// conflict between them does not stand on the date.
//
// Only named voices count: the outlet's own voice (a default speaker)
// gives the figures a report misreads most, and one voice's figures are a
// breakdown more often than a contradiction (see oneVoice).
func publicationDay(b []Statement) bool {
	for i := range b {
		if b[i].conf.asOf != claims.Defaulted {
			return false // the common case, without building the list
		}
	}
	ss := make([]*Statement, len(b))
	for i := range b {
		ss[i] = &b[i]
	}
	return sharedPublicationDay(ss)
}

func sharedPublicationDay(ss []*Statement) bool {
	for _, s := range ss {
		if s.conf.asOf != claims.Defaulted || s.Claim().Confidence.Speaker != claims.Explicit || s.Claim().Speaker.Name == "" {
			return false
		}
	}
	return !oneVoice(ss...) && oneReport(ss...)
}

// oneVoice reports whether the statements all come from one origin in one
// report: one voice giving several figures for one count at one time more
// likely counts different things (a part and its whole, two places) than
// contradicts itself, so a conflict between them is for review.
func oneVoice(ss ...*Statement) bool {
	for _, s := range ss[1:] {
		if s.Origin != ss[0].Origin {
			return false
		}
	}
	return oneReport(ss...)
}

// oneReport reports whether the statements all come from one document
// (they share a document).
func oneReport(ss ...*Statement) bool {
	if len(ss) == 0 {
		return false
	}
	for _, d := range ss[0].docs {
		if d == 0 {
			continue
		}
		all := true
		for _, t := range ss[1:] {
			if !slices.Contains(t.docs, d) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// conflicts emits one finding for the neighbouring sets of figures of comps
// that conflict. With covered, it is the review pass: pairs that covered
// says a confident finding already reports are left out, and the finding
// is for review. Without, it reports whether it left out a pair because
// one voice gives both (see oneVoice), for the review pass.
func conflicts(g *Group, comps [][]*Statement, covered func(a, b []*Statement) bool, emit func(Finding)) (voices bool) {
	p := g.e.pr
	type pair struct {
		i     int // comps[i-1] against comps[i]
		x, y  *Statement
		sev   Severity
		mixed bool // a stated total against a figure of no stated scope
	}
	var ps []pair
	for i := 1; i < len(comps); i++ {
		x, y := leastUpper(comps[i-1]), comps[i][0]
		switch {
		case covered != nil && covered(comps[i-1], comps[i]):
			continue
		case covered == nil && oneVoice(append(slices.Clip(comps[i-1]), comps[i]...)...):
			voices = true
			continue // for review: one voice's figures more likely count different things
		case covered == nil && farApart(x, y):
			voices = true
			continue // for review: more likely two counts (or a misread) than two estimates of one
		}
		if x.scope == scopeTotal && !x.explicit && y.explicit {
			// The lower figure may be one event of the total the higher
			// one states.
			continue
		}
		if floorAndEstimate(x, y) || fewerDays(x, y) {
			continue
		}
		if x.Dating == Undated && !shareDocument(x, y) {
			// Figures with no date at all may be of any two dates; only
			// one report giving both is a conflict.
			continue
		}
		sev := High
		if x.Dating != Stated || y.Dating != Stated || x.class != classCount || x.scope == scopeTotal && (!x.explicit || !y.explicit) {
			sev = Medium
		}
		ps = append(ps, pair{i, x, y, sev, x.scope == scopeTotal && x.explicit != y.explicit})
	}
	if len(ps) == 0 {
		return voices
	}
	// The sets of figures involved, in order, each once.
	var sets [][]*Statement
	var all []*Statement
	for k, pr := range ps {
		if k == 0 || ps[k-1].i != pr.i-1 {
			sets = append(sets, comps[pr.i-1])
			all = append(all, comps[pr.i-1]...)
		}
		sets = append(sets, comps[pr.i])
		all = append(all, comps[pr.i]...)
	}
	cs, at := assemble(g, all...)
	f := Finding{Type: Conflict, Severity: Low, Claims: cs}
	var widest Numbers
	for _, pr := range ps {
		d, _ := subDec(value(pr.y), value(pr.x))
		n := Numbers{Left: value(pr.x), Right: value(pr.y), Difference: d, Gap: gap(pr.x.Upper, pr.y.Lower), Ratio: ratio(value(pr.y), value(pr.x))}
		if cmpDec(n.Gap, widest.Gap) > 0 || widest.IsZero() {
			widest = n
		}
		if pr.sev > f.Severity {
			f.Severity = pr.sev
		}
		if len(ps) > 1 {
			f.Instances = append(f.Instances, instance(at, n, pr.x, pr.y))
		}
	}
	f.Arithmetic = widest
	x, y := ps[0].x, ps[0].y
	what := g.thing(x.Direction)
	at0 := period(x.AsOf)
	if x.Dating == Undated {
		at0 = p.Sprints("an unknown date")
	}
	var text string
	if len(sets) == 2 {
		qx, qy := quantity(p, x.Claim().Quantity), quantity(p, y.Claim().Quantity)
		wx, wy := who(x.Claim()), who(y.Claim())
		if wx == wy {
			text = p.Sprints("%s gives two figures for %s as of %s: %s and %s, which cannot both hold", wx, what, at0, qx, qy)
		} else {
			text = p.Sprints("%s and %s give different figures for %s as of %s: %s against %s, which cannot both hold",
				wx, wy, what, at0, qx, qy)
		}
	} else {
		var figs, names []string
		for _, set := range sets {
			s := set[0]
			figs = append(figs, p.Sprints("%s (%s)", quantity(p, s.Claim().Quantity), who(s.Claim())))
			names = append(names, who(s.Claim()))
		}
		names = distinct(names)
		verb := "give"
		if len(names) == 1 {
			verb = "gives"
		}
		text = p.Sprintf("%s %s %d different figures for %s as of %s: %s, which cannot all hold",
			list(p, names), verb, len(sets), what, at0, list(p, figs))
	}
	switch xs, ys := x.Dating, y.Dating; {
	case xs == Undated:
		text += p.Sprints(" (neither is dated)")
	case xs != Stated && ys != Stated:
		text += p.Sprints(" (neither gives a date; both are taken as of publication)")
	case xs != Stated:
		text += p.Sprints(" (%s gives no date; taken as of publication)", who(x.Claim()))
	case ys != Stated:
		text += p.Sprints(" (%s gives no date; taken as of publication)", who(y.Claim()))
	}
	f.Explanation = text + "."
	if covered != nil {
		on := onPlacement
		if sharedPublicationDay(all) {
			on &^= onAsOf // see publicationDay
		}
		for _, pr := range ps {
			if pr.mixed {
				on |= onUnstated
			}
		}
		voice := oneVoice(all...)
		var apart *pair
		for k := range ps {
			if farApart(ps[k].x, ps[k].y) {
				apart = &ps[k]
				break
			}
		}
		if !g.review(&f, on, all...) && !voice && apart == nil {
			return false // nothing doubtful after all: the confident pass reported it
		}
		if voice {
			g.reviewOneVoice(&f, x)
		}
		if apart != nil {
			g.reviewApart(&f, apart.x, apart.y)
		}
	}
	emit(f)
	return voices
}

// apartRatio is how many times the lower of two figures for one count and
// date the higher must be for the two to be read as counting different
// things rather than as rival estimates: rival counts of a crowd, a toll or
// a handover differ by a factor of two to ten; "45" against "1.28 million"
// is a time of day or a part read as the count.
const apartRatio = 100

// farApart reports whether the higher figure y is at least apartRatio
// times the lower figure x, both as their intervals allow.
func farApart(x, y *Statement) bool {
	return x.Upper.Set && y.Lower.Set && x.Upper.Value.Sign() > 0 && ratio(y.Lower.Value, x.Upper.Value) >= apartRatio
}

// shareDocument reports whether some claim of s and some claim of t come
// from the same document.
func shareDocument(s, t *Statement) bool {
	if len(s.docs)*len(t.docs) > 64 {
		in := make(map[uint64]bool, len(t.docs))
		for _, d := range t.docs {
			in[d] = true
		}
		for _, d := range s.docs {
			if d != 0 && in[d] {
				return true
			}
		}
		return false
	}
	for _, d := range s.docs {
		if d != 0 && slices.Contains(t.docs, d) {
			return true
		}
	}
	return false
}

// fewerDays reports whether lower is a total over a stated window that
// opens after higher's count starts: higher holds as of the day lower's
// window closes but counts from earlier (a running total as of a day counts
// from a start it need not state), so the handovers of the window are only
// part of it ("6,050 over the six days to 16 June" beside "15,760 by 16
// June"). The other way round, a running total below what its last days
// alone brought, is a conflict.
func fewerDays(lower, higher *Statement) bool {
	if lower.scope != scopeTotal || higher.scope != scopeTotal || lower.Dating != Stated {
		return false
	}
	w := lower.AsOf
	if w.From == w.End() {
		return false // not a window
	}
	h := higher.AsOf
	return h.From == h.End() || day(h.From) < day(w.From)
}

// floorAndEstimate reports whether lower is a count of what was confirmed
// and higher an estimate: a count is a floor under an estimate, not a
// contradiction of it. A share (a unit other than a count: a final "71%"
// of the vote against a preliminary "almost 88%") is no floor: more
// confirmation does not raise it, so the two cannot both hold.
func floorAndEstimate(lower, higher *Statement) bool {
	return lower.Unit == claims.Count && lower.Kind == claims.Completed && higher.Kind == claims.Estimated
}
