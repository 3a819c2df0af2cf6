package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// revisionDays is how many days apart two figures for one result may be
// to be one result revised: a preliminary count and the final one come
// within days of each other, while a second round or the next election
// comes a week or more later (rounds are most often two weeks apart).
const revisionDays = 6

// revisionRule: a result fixed once the vote is counted (a candidate's
// share of the vote, the turnout; resultMeasures) given on one day and,
// within revisionDays, as a figure it cannot be on a later day: the
// preliminary result and the final one, a commission's count and a court's.
// A result that grows while it is counted (the turnout) is revised only
// when it falls.
// Figures of the same day are a conflict; figures of days further apart
// are more likely two rounds or two elections. Each result is one finding,
// its revisions its instances, stating each as the claims have it: down
// from the earlier figure to the later, or up.
type revisionRule struct{}

func (revisionRule) Name() string { return string(Revision) }

func (revisionRule) builtin() {}

// revised is one figure of a result that a later figure does not meet.
type revised struct{ before, after *Statement }

func (revisionRule) Check(g *Group, emit func(Finding)) {
	if g.Key.A == "" || g.Key.B != "" {
		return
	}
	result, grows := resultMeasure(g.Key.Measure)
	if !result {
		return
	}
	// A result's figures in percent, whatever scope they were read with:
	// a share of one vote is neither an event nor a running total.
	var ss []*Statement
	for _, scope := range [...]uint8{scopeTotal, scopeEvent} {
		run := findRun(g, None, classCount, scope, claims.Percent)
		for i := range run {
			if s := &run[i]; dated(s) && s.from == s.day {
				ss = append(ss, s)
			}
		}
	}
	if len(ss) < 2 {
		return
	}
	var rs []revised
	for _, a := range ss {
		for _, b := range ss {
			if d := b.day - a.day; d <= 0 || d > revisionDays || overlaps(a.Lower, a.Upper, b.Lower, b.Upper) ||
				grows && below(a.Upper, b.Lower) {
				continue
			}
			// a's figure is dropped only if no figure of b's day meets it,
			// and b's is new only if no figure of a's day meets it.
			if meetsAny(ss, b.day, a) || meetsAny(ss, a.day, b) || listed(rs, a, b) {
				continue
			}
			rs = append(rs, revised{a, b})
		}
	}
	if len(rs) == 0 {
		return
	}
	emit(revision(g, rs))
}

// meetsAny reports whether some statement of ss as of day meets s.
func meetsAny(ss []*Statement, day int32, s *Statement) bool {
	for _, t := range ss {
		if t.day == day && t != s && overlaps(t.Lower, t.Upper, s.Lower, s.Upper) {
			return true
		}
	}
	return false
}

// listed reports whether rs holds a revision from a's day to b's: the
// figures of one day that meet are one figure, and each revision is
// listed once.
func listed(rs []revised, a, b *Statement) bool {
	for _, r := range rs {
		if r.before.day == a.day && r.after.day == b.day {
			return true
		}
	}
	return false
}

// revision is the finding of the revisions of one result.
func revision(g *Group, rs []revised) Finding {
	p := g.e.pr
	var ss []*Statement
	for _, r := range rs {
		ss = append(ss, r.before, r.after)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Revision, Severity: Medium, Claims: cs}
	var clauses []string
	for i, r := range rs {
		a, b := r.before, r.after
		diff, _ := subDec(value(b), value(a))
		n := Numbers{Left: value(a), Right: value(b), Difference: diff, Ratio: ratio(value(b), value(a)), Days: days(a, b)}
		if below(b.Upper, a.Lower) {
			n.Gap = gap(b.Upper, a.Lower)
		} else {
			n.Gap = gap(a.Upper, b.Lower)
		}
		if i == 0 {
			f.Arithmetic = n
		}
		if len(rs) > 1 {
			f.Instances = append(f.Instances, instance(at, n, a, b))
		}
		if a.Dating != Stated || b.Dating != Stated {
			f.Severity = Low // a date taken from the publication
		}
		way := p.Sprints("revised up")
		if below(b.Upper, a.Lower) {
			way = p.Sprints("revised down")
		}
		clauses = append(clauses, p.Sprints("%s from %s %s to %s %s, %s later",
			way, quantity(p, a.Claim().Quantity), cite(p, a), quantity(p, b.Claim().Quantity), cite(p, b), dayCount(p, days(a, b))))
	}
	f.Explanation = p.Sprints("The result for %s is %s.",
		g.thing(None), strings.Join(clauses, p.Sprints(", and ")))
	g.review(&f, onMeasure|onParties|onAsOf, ss...)
	return f
}
