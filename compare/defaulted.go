package compare

import "github.com/crosscheck/crosscheck/claims"

// defaultedDays is how far before a figure's publication a figure of the
// same report, dated there by its own words, may be for the two to be the
// same count told twice rather than a count and its later update: the
// days a weekday names ("on Tuesday") reach back a week.
const defaultedDays = 7

// defaultedChange: a report that dates one voice's figure ("on Tuesday,
// Valdoria said 41 of its citizens had died") and gives another voice's
// higher figure for the same count with no date of its own ("at least 60
// died, diplomats said"), which takes the publication date by default. The
// two read as a rise between Tuesday and the publication only because of a
// date the text does not state: the second figure may be of any day up to
// its publication, Tuesday included, when the two cannot both hold. A rise
// across a defaulted date is no evidence of a rise, so the pair is a
// conflict for review. One voice's two figures are its own update, and a
// figure dated more than a week before is more likely an earlier count;
// neither is reported. A fall across a defaulted date is the regression
// rule's (a running total) and a result's change the revision rule's
// (shares in percent), both for review on the same reading.
//
// The conflict rule runs it on each run of a group whose grouping has some
// date taken by default (Group.defaulted): a corpus with none pays nothing.
func defaultedChange(g *Group, run []Statement, emit func(Finding)) {
	if len(run) < 2 || run[0].class != classCount || run[0].Unit == claims.Percent {
		return
	}
	for i := range run {
		d := &run[i]
		if !d.doubtful || d.conf.asOf != claims.Defaulted || !dated(d) || d.from != d.day {
			continue
		}
		if s := defaultedAgainst(run[:i], d); s != nil {
			emitDefaulted(g, s, d, emit)
		}
	}
}

// defaultedAgainst returns the figure of before (the statements of d's
// run before it, sorted by day) that d, dated by default, cannot meet
// though it may be of the same day: the latest of those the same report
// dates itself, within defaultedDays before d, from another voice. It
// returns nil if there is none, or if one of them meets d (another voice's
// figure of those days agrees with it). It looks back a week, no further.
func defaultedAgainst(before []Statement, d *Statement) *Statement {
	var best *Statement
	for j := len(before) - 1; j >= 0; j-- {
		s := &before[j]
		if d.day-s.day > defaultedDays {
			break
		}
		if s.day >= d.day || s.from != s.day || s.Dating != Stated ||
			s.conf.asOf == claims.Defaulted || s.Origin == d.Origin || !oneReport(s, d) {
			continue
		}
		if overlaps(s.Lower, s.Upper, d.Lower, d.Upper) {
			return nil
		}
		if !below(s.Upper, d.Lower) {
			continue // a fall: the regression rule's, for review on the same date
		}
		if farApart(s, d) || farApart(d, s) {
			continue // more likely two counts, or a misread, than one told twice
		}
		if best == nil || s.day > best.day {
			best = s
		}
	}
	return best
}

// emitDefaulted emits the conflict, for review, of s (dated by its report)
// and d (dated by default, later and higher: defaultedAgainst takes only
// an s wholly below d).
func emitDefaulted(g *Group, s, d *Statement, emit func(Finding)) {
	p := g.e.pr
	cs, _ := assemble(g, s, d)
	diff, _ := subDec(value(d), value(s))
	f := Finding{Type: Conflict, Severity: Low, Claims: cs}
	f.Arithmetic = Numbers{Left: value(s), Right: value(d), Difference: diff, Gap: gap(s.Upper, d.Lower), Ratio: ratio(value(d), value(s))}
	f.Explanation = p.Sprints("%s and %s give different figures for %s: %s %s against %s %s, which cannot both hold if both are of %s; the change the dates suggest stands on a date the report does not give.",
		who(s.Claim()), who(d.Claim()), g.thing(s.Direction),
		quantity(p, s.Claim().Quantity), cite(p, s), quantity(p, d.Claim().Quantity),
		p.Sprints("(%s, no date given; published %s)", who(d.Claim()), period(d.AsOf)), period(s.AsOf))
	if !g.review(&f, onPlacement, s, d) {
		return
	}
	emit(f)
}
