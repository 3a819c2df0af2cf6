package compare

import (
	"cmp"
	"slices"
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
// are more likely two rounds or two elections. Each day's figures are set
// against those of the day before it that gives any. Each result is one
// finding, its revisions its instances, stating each as the claims have
// it: down from the earlier figure to the later, or up.
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
	// Each day's figures against those of the day before it (the latest
	// earlier day with a figure), when it is close enough.
	slices.SortStableFunc(ss, func(x, y *Statement) int { return cmp.Compare(x.day, y.day) })
	var rs []revised
	var before []*Statement // the previous day's statements
	for i := 0; i < len(ss); {
		j := i + 1
		for j < len(ss) && ss[j].day == ss[i].day {
			j++
		}
		day := ss[i:j:j]
		if len(before) > 0 && day[0].day-before[0].day <= revisionDays {
			rs = appendRevision(rs, before, day, grows)
		}
		before, i = day, j
	}
	if len(rs) == 0 {
		return
	}
	emit(revision(g, rs))
}

// appendRevision appends to rs the revision from the figures of one day
// (before) to those of a later one (after), if there is one: a figure of
// before that no figure of after meets, and one of after that no figure of
// before meets (for a result that grows, not above it). The figures of one
// day that meet are one figure, so a pair of days gives one revision: of
// the pairs that qualify, the closest one (a preliminary 7% followed by
// 10% from the same count and more than 80% from a rival count is revised
// to 10%; the 80% against the 10% is that day's conflict).
func appendRevision(rs []revised, before, after []*Statement, grows bool) []revised {
	var best revised
	var bestGap claims.Decimal
	for _, a := range before {
		for _, b := range after {
			if overlaps(a.Lower, a.Upper, b.Lower, b.Upper) || grows && below(a.Upper, b.Lower) {
				continue
			}
			if meetsAny(after, a) || meetsAny(before, b) {
				continue
			}
			d := revisionGap(a, b)
			if best.before == nil || cmpDec(d, bestGap) < 0 {
				best, bestGap = revised{a, b}, d
			}
		}
	}
	if best.before == nil {
		return rs
	}
	return append(rs, best)
}

// revisionGap is the distance between the intervals of a and b, which do
// not overlap.
func revisionGap(a, b *Statement) claims.Decimal {
	if below(b.Upper, a.Lower) {
		return gap(b.Upper, a.Lower)
	}
	return gap(a.Upper, b.Lower)
}

// meetsAny reports whether some statement of ss meets s.
func meetsAny(ss []*Statement, s *Statement) bool {
	for _, t := range ss {
		if overlaps(t.Lower, t.Upper, s.Lower, s.Upper) {
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
		n.Gap = revisionGap(a, b)
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
