package compare

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The built-in rules compare like with like:
//
//   - figures that name no party or place (a Key with neither A nor B) are
//     about nothing another figure can be checked against, and give no
//     discrepancy;
//   - the running-total rules (regression, jump, the totals of arithmetic,
//     shortfall and exceeds) take only figures read as running totals
//     (scope total) of counts; a figure that does not say whether it is one
//     event or a total is compared only with others that do not say either,
//     or, against a total, for review;
//   - an event is never compared with a total as if they were the same;
//   - agreed and offered figures meet completed ones only in shortfall and
//     exceeds;
//   - hedged and vague figures count as their intervals.
//
// A discrepancy is reported once, with its instances: one regression for a
// running total, however many later figures fall below its peak; one
// conflict for the figures of one count and date.
//
// A finding that stands on a reading its source did not state (see
// reading) is for review; a finding that the explicitly read claims alone
// support is reported on those claims, apart from the review.

// partyless reports whether g's figures name no party or place.
func partyless(g *Group) bool { return g.Key.A == "" && g.Key.B == "" }

// sure reports whether s was read explicitly in the fields on. It is
// small enough to be made in line: the common case, every field explicit,
// lists nothing.
func sure(s *Statement, on stands) bool {
	return !s.doubtful && s.twin == nil &&
		(on&onUnstated == 0 || s.explicit || s.scope != scopeTotal || s.class != classCount) || noDoubts(s, on)
}

// noDoubts is sure when some field is not explicit.
func noDoubts(s *Statement, on stands) bool { return len(doubts(on, s)) == 0 }

// keep returns the statements of run for which ok holds: run itself when
// all do, else a new slice of copies.
func keep(run []Statement, ok func(*Statement) bool) []Statement {
	for i := range run {
		if ok(&run[i]) {
			continue
		}
		out := slices.Clone(run[:i])
		for j := i + 1; j < len(run); j++ {
			if ok(&run[j]) {
				out = append(out, run[j])
			}
		}
		return out
	}
	return run
}

// stated reports whether s is a running total that says it is one.
func stated(s *Statement) bool { return s.scope == scopeTotal && s.explicit }

// assemble returns the claims of ss, in order, each statement once, and
// where each statement's claims start among them.
func assemble(g *Group, ss ...*Statement) ([]*claims.Claim, offsets) {
	o := offsets{ss: make([]*Statement, 0, len(ss)), at: make([]int, 0, len(ss))}
	if len(ss) > 16 {
		o.index = make(map[*Statement]int, len(ss))
	}
	n := 0
	for _, s := range ss {
		if s == nil || o.of(s) >= 0 {
			continue
		}
		if o.index != nil {
			o.index[s] = n
		}
		o.ss, o.at = append(o.ss, s), append(o.at, n)
		n += len(s.Claims)
	}
	return g.e.claimsOf(ss...), o
}

// offsets says where the claims of each statement start among a finding's.
type offsets struct {
	ss    []*Statement
	at    []int
	index map[*Statement]int // for many statements
}

// of returns where s's claims start, or -1.
func (o *offsets) of(s *Statement) int {
	if o.index != nil {
		if k, ok := o.index[s]; ok {
			return k
		}
		return -1
	}
	for i, t := range o.ss {
		if t == s {
			return o.at[i]
		}
	}
	return -1
}

// instance returns the instance of the statements ss, whose claims start
// as at says, with arithmetic n.
func instance(at offsets, n Numbers, ss ...*Statement) Instance {
	in := Instance{Arithmetic: n}
	for i, s := range ss {
		if s == nil || containsStatement(ss[:i], s) {
			continue
		}
		for k := range s.Claims {
			in.Claims = append(in.Claims, at.of(s)+k)
		}
	}
	return in
}

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
		if floorAndEstimate(x, y) {
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

// floorAndEstimate reports whether lower is a count of what was confirmed
// and higher an estimate: a count is a floor under an estimate, not a
// contradiction of it. A share (a unit other than a count: a final "71%"
// of the vote against a preliminary "almost 88%") is no floor: more
// confirmation does not raise it, so the two cannot both hold.
func floorAndEstimate(lower, higher *Statement) bool {
	return lower.Unit == claims.Count && lower.Kind == claims.Completed && higher.Kind == claims.Estimated
}

// regressionRule: a running total that is lower at a later date than it
// was at an earlier one. Each running total (one count, one direction) is
// one finding, listing every later figure below an earlier peak.
type regressionRule struct{}

func (regressionRule) Name() string { return string(Regression) }

// drop is one figure of a running total below an earlier peak.
type drop struct{ peak, low *Statement }

func (regressionRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	runs(g, func(run []Statement) {
		if run[0].class != classCount || run[0].scope != scopeTotal || run[0].Unit != claims.Count {
			return
		}
		// Figures read as running totals; and, for review, completed
		// figures that do not say whether they are one event or a total.
		totals := keep(run, func(s *Statement) bool { return stated(s) || s.Kind == claims.Completed })
		if len(totals) < 2 {
			return
		}
		confident := keep(totals, func(s *Statement) bool { return stated(s) && sure(s, onPlacement) })
		sureDrops := drops(confident)
		if len(sureDrops) > 0 {
			emit(regression(g, sureDrops))
		}
		if len(confident) == len(totals) {
			return
		}
		// For review: the drops that need the other readings.
		lows := make(map[*claims.Claim]bool, len(sureDrops))
		for _, d := range sureDrops {
			lows[d.low.Claim()] = true
		}
		var rest []drop
		for _, d := range drops(totals) {
			if !lows[d.low.Claim()] && len(doubts(onPlacement|onUnstated, d.peak, d.low)) > 0 {
				rest = append(rest, d)
			}
		}
		if len(rest) > 0 {
			f := regression(g, rest)
			var ss []*Statement
			for _, d := range rest {
				ss = append(ss, d.peak, d.low)
			}
			g.review(&f, onPlacement|onUnstated, ss...)
			emit(f)
		}
	})
}

// drops returns every figure of totals (one run of running totals, in date
// order) below the highest figure of an earlier date.
func drops(totals []Statement) []drop {
	var out []drop
	var best *Statement // the highest total before the current date
	buckets(totals, func(b []Statement) {
		if !dated(&b[0]) {
			return
		}
		if best != nil {
			for i := range b {
				s := &b[i]
				if below(s.Upper, best.Lower) && !floorAndEstimate(s, best) {
					out = append(out, drop{best, s})
				}
			}
		}
		if h := highestOf(b); best == nil || cmpLower(h.Lower, best.Lower) > 0 {
			best = h
		}
	})
	return out
}

// regression is the finding of the drops of one running total.
func regression(g *Group, ds []drop) Finding {
	p := g.e.pr
	var ss []*Statement
	for _, d := range ds {
		ss = append(ss, d.peak, d.low)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Regression, Severity: High, Claims: cs}
	var widest Numbers
	for _, d := range ds {
		diff, _ := subDec(value(d.low), value(d.peak))
		n := Numbers{Left: value(d.peak), Right: value(d.low), Difference: diff, Gap: gap(d.low.Upper, d.peak.Lower),
			Ratio: ratio(value(d.low), value(d.peak)), Days: days(d.peak, d.low)}
		if widest.IsZero() || cmpDec(n.Gap, widest.Gap) > 0 {
			widest = n
		}
		if d.low.Dating != Stated || d.peak.Dating != Stated {
			f.Severity = Medium // a date taken from the publication
		}
		if len(ds) > 1 {
			f.Instances = append(f.Instances, instance(at, n, d.peak, d.low))
		}
	}
	f.Arithmetic = widest
	// "falls from A (…) to B (…) and C (…), and from D (…) to E (…)"
	var clauses []string
	for i := 0; i < len(ds); {
		j := i + 1
		for j < len(ds) && ds[j].peak == ds[i].peak {
			j++
		}
		var lows []string
		for _, d := range ds[i:j] {
			lows = append(lows, quantity(p, d.low.Claim().Quantity)+" "+cite(p, d.low))
		}
		clauses = append(clauses, p.Sprints("from %s %s to %s", quantity(p, ds[i].peak.Claim().Quantity), cite(p, ds[i].peak), list(p, lows)))
		i = j
	}
	f.Explanation = p.Sprints("The running total of %s falls %s, though a running total cannot shrink.",
		g.thing(ds[0].low.Direction), strings.Join(clauses, p.Sprints(", and ")))
	return f
}

// jumpShare is how steep a rise between two totals of one document must be
// to be a jump: the later at least 1.5 times the earlier.
const jumpShare = 1.5

// jumpRule: one document gives two running totals for the same count whose
// rise from the earlier date to the later is steep (the later at least half
// as much again as the earlier). Totals from different documents are how
// news updates a count and are not flagged.
type jumpRule struct{}

func (jumpRule) Name() string { return string(Jump) }

func (jumpRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class != classCount || run[0].scope != scopeTotal || run[0].Unit != claims.Count || len(run) < 2 {
			return
		}
		if !docTwice(g.e, run) {
			return // no report gives two of the run's figures: nothing to rise within one
		}
		// Each (document, statement) once, by document then date: the
		// totals of one document in the order of their dates.
		type mention struct {
			doc uint64
			s   *Statement
		}
		ms := make([]mention, 0, len(run))
		for i := range run {
			s := &run[i]
			if !dated(s) || !stated(s) && s.Kind != claims.Completed {
				continue // a figure not read as a running total (but, for review, a completed one)
			}
			var seen map[uint64]bool
			if len(s.docs) > 16 {
				seen = make(map[uint64]bool, len(s.docs))
			}
			for j, d := range s.docs {
				switch {
				case d == 0:
				case seen != nil:
					if !seen[d] {
						seen[d] = true
						ms = append(ms, mention{d, s})
					}
				case !slices.Contains(s.docs[:j], d):
					ms = append(ms, mention{d, s})
				}
			}
		}
		if len(ms) < 2 {
			return
		}
		slices.SortFunc(ms, func(a, b mention) int {
			if c := cmp.Compare(a.doc, b.doc); c != 0 {
				return c
			}
			if c := cmp.Compare(a.s.day, b.s.day); c != 0 {
				return c
			}
			return cmpLower(a.s.Lower, b.s.Lower)
		})
		block := 0 // where the mentions of ms[i]'s document and date start
		for i := 1; i < len(ms); i++ {
			// prev: the highest total of this document at the latest date
			// before s's, the last mention before s's date (mentions of one
			// document and date are sorted by lower bound).
			doc, s := ms[i].doc, ms[i].s
			if ms[i-1].doc != doc || ms[i-1].s.day != s.day {
				block = i
			}
			if ms[i-1].doc != doc {
				continue
			}
			var prev *Statement
			if block > 0 && ms[block-1].doc == doc {
				prev = ms[block-1].s
			}
			if prev == nil || !prev.Upper.Set || !s.Lower.Set || !below(prev.Upper, s.Lower) ||
				ratio(s.Lower.Value, prev.Upper.Value) < jumpShare {
				continue
			}
			if i+1 < len(ms) && ms[i+1].doc == doc && ms[i+1].s.day == s.day {
				continue // a higher total of the same date follows
			}
			if explained(g, run[0], doc, prev, s) {
				continue // the report's own events account for the rise
			}
			name := docName(prev, s, doc)
			if name == "" {
				continue // a hash collision between two documents
			}
			rise := gap(prev.Upper, s.Lower)
			d, _ := subDec(value(s), value(prev))
			// The report's other figures of s's date that rise above prev as
			// well, read explicitly, are the same rise told again ("more than
			// 2,000" beside "2,053"): the finding names them too.
			with := []*Statement{prev}
			for k := block; k < i; k++ {
				if o := ms[k].s; o != s && below(prev.Upper, o.Lower) && sure(o, onPlacement|onUnstated) {
					with = append(with, o)
				}
			}
			f := Finding{
				Type: Jump, Severity: Low, Claims: g.e.claimsOf(append(with, s)...),
				Arithmetic: Numbers{Left: value(prev), Right: value(s), Difference: d, Gap: rise,
					Ratio: ratio(value(s), value(prev)), Days: days(prev, s)},
				Explanation: p.Sprints("One report (%s) gives %s %s and then %s %s: a rise of at least %s in %s that it does not explain.",
					name, quantity(p, prev.Claim().Quantity)+" "+g.thing(s.Direction), cite(p, prev),
					quantity(p, s.Claim().Quantity), cite(p, s), num(p, rise), dayCount(p, days(prev, s))),
			}
			g.review(&f, onPlacement|onUnstated, prev, s)
			emit(f)
		}
	})
}

// docTwice reports whether some document gives claims of two statements of
// run that the jump rule reads (dated running totals, and, for review,
// completed figures): a cheap test before its sort, which most runs fail.
// A document twice in one statement may answer yes; the rule then finds
// nothing.
func docTwice(e *engine, run []Statement) bool {
	ds := e.docBuf[:0]
	for i := range run {
		s := &run[i]
		if !dated(s) || !stated(s) && s.Kind != claims.Completed {
			continue
		}
		for _, d := range s.docs {
			if d != 0 {
				ds = append(ds, d)
			}
		}
	}
	e.docBuf = ds[:0]
	if len(ds) < 2 {
		return false
	}
	slices.Sort(ds)
	for i := 1; i < len(ds); i++ {
		if ds[i] == ds[i-1] {
			return true
		}
	}
	return false
}

// explained reports whether the events that the document of hash doc gives
// for like's count and direction, dated after prev and up to s, add up to
// at least the rise from prev to s: a bulletin listing each handover beside
// its running total explains its own rise. Only exact event figures count.
func explained(g *Group, like Statement, doc uint64, prev, s *Statement) bool {
	events := findRun(g, like.Direction, classCount, scopeEvent, like.Unit)
	sum := prev.value
	// A run is in date order: visit only the events between the two dates.
	start := sort.Search(len(events), func(i int) bool { return events[i].day > prev.day })
	for i := start; i < len(events) && events[i].day <= s.day; i++ {
		ev := &events[i]
		if !dated(ev) || !ev.exact || !slices.Contains(ev.docs, doc) {
			continue
		}
		next, ok := addDec(sum, ev.value)
		if !ok {
			return false
		}
		sum = next
	}
	return !below(claims.Incl(sum), s.Lower)
}

// docName returns the document both statements share under hash h, or ""
// when the hash matched two different documents: the first of a's
// documents of hash h that b has too. It is linear in the claims (the
// documents of one hash are one, but for a collision).
func docName(a, b *Statement, h uint64) string {
	var names []string // b's documents of hash h, each once
	for j, e := range b.docs {
		if n := b.Claims[j].Source.Document; e == h && !contains(names, n) {
			names = append(names, n)
		}
	}
	for i, d := range a.docs {
		if n := a.Claims[i].Source.Document; d == h && contains(names, n) {
			return n
		}
	}
	return ""
}

// imbalanceRule: the two directions of an exchange, as of the same date,
// whose figures as stated differ. Transfers both ways are an exchange when
// a mutual claim in the group says so or one voice gives both. Figures of
// one scope are set against each other: running totals with running totals,
// events with events; a figure that does not say is set against the other
// way's figure from the same voice ("we returned 6,000, receiving only 57
// in return"), and against another voice's only for review. The same
// figures each way of one day found in both passes are one finding.
type imbalanceRule struct{}

func (imbalanceRule) Name() string { return string(Imbalance) }

func (imbalanceRule) Check(g *Group, emit func(Finding)) {
	if g.Key.B == "" || g.Key.A == "" {
		return
	}
	// Two directions are an exchange when something in the group says so (a
	// mutual claim: an agreement, a formula, an exchange) or when one voice
	// gives both ("we returned 6,000 and received 57").
	exchange := false
	for i := range g.Statements {
		exchange = exchange || g.Statements[i].Direction == Both
	}
	// The figures of one day may be read as totals by one report and as
	// events by another ("1,000 for 31" in a headline, "1,000 in exchange
	// for 31" in the body): one discrepancy, found in both passes, is one
	// finding with both pairs as its instances.
	var found imbalances
	for _, scope := range []uint8{scopeTotal, scopeEvent} {
		fw := findRun(g, Forward, classCount, scope, claims.Count)
		bw := findRun(g, Backward, classCount, scope, claims.Count)
		if fw == nil || bw == nil {
			continue
		}
		buckets(bw, func(b []Statement) {
			if !dated(&b[0]) {
				return
			}
			// fw and bw are sorted by date, and the statements of one date by
			// origin (its first bytes, then its hash).
			t := &b[0]
			lo := sort.Search(len(fw), func(i int) bool {
				return fw[i].day > t.day || fw[i].day == t.day && fw[i].from >= t.from
			})
			hi := lo
			for hi < len(fw) && fw[hi].sameTime(&b[0]) {
				hi++
			}
			if hi == lo {
				return
			}
			match := fw[lo:hi]
			top := highestOf(match)
			for i := range match {
				// Of the figures as high, one its voice is named for.
				if s := &match[i]; cmpLower(s.Lower, top.Lower) == 0 && s.Claim().Confidence.Speaker == claims.Explicit && top.Claim().Confidence.Speaker != claims.Explicit {
					top = s
				}
			}
			// One finding for each figure one way, with every figure the
			// other way that does not match it: forths[k] against
			// backs[k] (few: a list, not a map).
			var forths []*Statement
			var backs [][]*Statement
			var index map[*Statement]int // where each forth is, once there are many
			var loose []*Statement       // the backs paired with their forth only by one report
			for i := range b {
				back := &b[i]
				forth := top
				if k, ok := slices.BinarySearchFunc(match, back, func(f Statement, b *Statement) int {
					if c := cmp.Compare(f.orig, b.orig); c != 0 {
						return c
					}
					return cmp.Compare(f.oh, b.oh)
				}); ok && match[k].Origin == back.Origin {
					forth = &match[k]
				}
				flo, fhi := g.e.interval(&forth.Claim().Quantity, g.e.literal)
				blo, bhi := g.e.interval(&back.Claim().Quantity, g.e.literal)
				if overlaps(flo, fhi, blo, bhi) {
					continue
				}
				if !exchange && forth.Origin != back.Origin {
					if !oneReport(forth, back) {
						continue // two transfers, but nothing says they were an exchange
					}
					// One report gives both ways of one day: an exchange,
					// most likely, which it does not say (for review).
					loose = append(loose, back)
				}
				k := -1
				if index != nil {
					if at, ok := index[forth]; ok {
						k = at
					}
				} else {
					k = slices.Index(forths, forth)
				}
				if k < 0 {
					k = len(forths)
					forths, backs = append(forths, forth), append(backs, nil)
					if index != nil {
						index[forth] = k
					} else if len(forths) > 8 {
						index = make(map[*Statement]int, 2*len(forths))
						for j, f := range forths {
							index[f] = j
						}
					}
				}
				backs[k] = append(backs[k], back)
			}
			for k, forth := range forths {
				found.add(imbalanced{forth: forth, backs: backs[k], loose: loose})
			}
		})
	}
	for _, m := range found.list {
		emitImbalance(g, m, emit)
	}
}

// imbalanced is one figure one way against the figures the other way that
// do not match it, with the pairs of the same figures and date that
// another pass found (more).
type imbalanced struct {
	forth *Statement
	backs []*Statement
	more  []pair
	loose []*Statement // backs set against a forth only because one report gives both
}

// A pair is one figure each way.
type pair struct{ forth, back *Statement }

// imbalances are the imbalances of a group, in the order found, with an
// index by date once there are many.
type imbalances struct {
	list  []imbalanced
	byDay map[int64][]int
}

// add adds m, or, when an imbalance of the same date and the same figures
// each way is there already, adds m's pairs to it.
func (found *imbalances) add(m imbalanced) {
	at := dayKey(m.forth)
	if found.byDay == nil {
		for i := range found.list {
			if found.merge(i, m) {
				return
			}
		}
	} else {
		for _, i := range found.byDay[at] {
			if found.merge(i, m) {
				return
			}
		}
	}
	found.list = append(found.list, m)
	switch n := len(found.list); {
	case found.byDay != nil:
		found.byDay[at] = append(found.byDay[at], n-1)
	case n > 16:
		found.byDay = make(map[int64][]int, 2*n)
		for i := range found.list {
			k := dayKey(found.list[i].forth)
			found.byDay[k] = append(found.byDay[k], i)
		}
	}
}

// merge adds m's pairs to the imbalance at i when it is of the same date
// and the same figures each way, and reports whether it did.
func (found *imbalances) merge(i int, m imbalanced) bool {
	f := &found.list[i]
	if !f.forth.sameTime(m.forth) || cmpDec(value(f.forth), value(m.forth)) != 0 || len(f.backs) != len(m.backs) {
		return false
	}
	for k := range m.backs {
		if cmpDec(value(f.backs[k]), value(m.backs[k])) != 0 {
			return false
		}
	}
	for _, back := range m.backs {
		f.more = append(f.more, pair{m.forth, back})
	}
	f.loose = append(f.loose, m.loose...)
	return true
}

// dayKey is the as-of period of s (its last and first day) as one map key.
func dayKey(s *Statement) int64 { return int64(s.day)<<32 | int64(uint32(s.from)) }

// emitImbalance emits the imbalance of m's figure one way against its figures the
// other way: one finding for those the explicit readings support, one for
// review for the rest. The backs among m.loose are set against their forth
// only because one report gives both, so they are for review too.
func emitImbalance(g *Group, m imbalanced, emit func(Finding)) {
	forth, backs := m.forth, m.backs
	var sureBacks, rest []*Statement
	var sureMore, restMore []pair
	stand := func(forth, back *Statement) stands {
		on := onPlacement &^ onScope
		if forth.explicit != back.explicit && forth.Origin != back.Origin {
			on |= onUnstated // a stated total against a figure of no stated scope
		}
		if forth.Origin == back.Origin && oneReport(forth, back) {
			on &^= onAsOf // one voice's two directions share its date, whatever it is
		}
		return on
	}
	looseOnes := false
	for _, back := range backs {
		if slices.Contains(m.loose, back) {
			rest, looseOnes = append(rest, back), true
		} else if len(doubts(stand(forth, back), forth, back)) == 0 {
			sureBacks = append(sureBacks, back)
		} else {
			rest = append(rest, back)
		}
	}
	for _, p := range m.more {
		if slices.Contains(m.loose, p.back) {
			restMore, looseOnes = append(restMore, p), true
		} else if len(doubts(stand(p.forth, p.back), p.forth, p.back)) == 0 {
			sureMore = append(sureMore, p)
		} else {
			restMore = append(restMore, p)
		}
	}
	if len(sureBacks) > 0 {
		emit(imbalance(g, forth, sureBacks, sureMore))
	} else if len(sureMore) > 0 {
		emit(imbalance(g, sureMore[0].forth, []*Statement{sureMore[0].back}, sureMore[1:]))
	}
	if len(rest) > 0 || len(restMore) > 0 {
		var f Finding
		if len(rest) > 0 {
			f = imbalance(g, forth, rest, restMore)
		} else {
			f = imbalance(g, restMore[0].forth, []*Statement{restMore[0].back}, restMore[1:])
		}
		var on stands
		ss := []*Statement{forth}
		for _, back := range rest {
			on |= stand(forth, back)
			ss = append(ss, back)
		}
		for _, p := range restMore {
			on |= stand(p.forth, p.back)
			ss = append(ss, p.forth, p.back)
		}
		g.review(&f, on, ss...)
		if looseOnes {
			addReview(&f, g.e.pr.Sprints("whether the two ways were one exchange: the report gives both, from different voices, and does not say"))
		}
		emit(f)
	}
}

// imbalance is the finding of forth against backs, with more pairs of the
// same figures as further instances.
func imbalance(g *Group, forth *Statement, backs []*Statement, more []pair) Finding {
	p := g.e.pr
	sprintf := p.Sprints
	from, to := parties(g.Key, forth.Direction)
	m := g.Key.Measure
	qf := quantity(p, forth.Claim().Quantity)
	var text string
	if back := backs[0]; len(backs) == 1 {
		qb := quantity(p, back.Claim().Quantity)
		if forth.Origin == back.Origin {
			// One voice gives both directions: "Russia says it handed over …".
			switch aff := forth.Claim().Speaker.Affiliation; aff {
			case to:
				text = sprintf("%s says it handed over %s %s and received %s %s", to, qb, m, qf, cite(p, back))
			case from:
				text = sprintf("%s says it handed over %s %s and received %s %s", from, qf, m, qb, cite(p, forth))
			default:
				text = sprintf("%s handed over %s %s to %s and received %s in return %s", from, qf, m, to, qb, cite(p, forth))
			}
		} else if received(forth) {
			text = sprintf("%s received %s %s from %s %s, and %s received %s in return %s", to, qf, m, from, cite(p, forth), from, qb, cite(p, back))
		} else {
			text = sprintf("%s handed over %s %s to %s %s and received %s in return %s", from, qf, m, to, cite(p, forth), qb, cite(p, back))
		}
	} else {
		var bs []string
		for _, back := range backs {
			bs = append(bs, quantity(p, back.Claim().Quantity)+" "+cite(p, back))
		}
		text = sprintf("%s handed over %s %s to %s %s and received in return, by different accounts, %s", from, qf, m, to, cite(p, forth), list(p, bs))
	}
	text += "."
	ss := append([]*Statement{forth}, backs...)
	for _, p := range more {
		ss = append(ss, p.forth, p.back)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Imbalance, Severity: Medium, Claims: cs, Explanation: text}
	many := len(backs) > 1 || len(more) > 0
	for i, back := range backs {
		n := g.imbalanceNumbers(forth, back)
		if i == 0 {
			f.Arithmetic = n
		}
		if many {
			f.Instances = append(f.Instances, instance(at, n, forth, back))
		}
	}
	for _, p := range more {
		f.Instances = append(f.Instances, instance(at, g.imbalanceNumbers(p.forth, p.back), p.forth, p.back))
	}
	return f
}

// imbalanceNumbers is the arithmetic of forth against back: the
// difference, the gap between their intervals and the ratio.
func (g *Group) imbalanceNumbers(forth, back *Statement) Numbers {
	d, _ := subDec(value(back), value(forth))
	flo, fhi := g.e.interval(&forth.Claim().Quantity, g.e.literal)
	blo, bhi := g.e.interval(&back.Claim().Quantity, g.e.literal)
	var gp claims.Decimal
	if below(bhi, flo) {
		gp = gap(bhi, flo)
	} else if below(fhi, blo) {
		gp = gap(fhi, blo)
	}
	return Numbers{Left: value(forth), Right: value(back), Difference: d, Gap: gp, Ratio: ratio(value(back), value(forth))}
}

// shortfallRule: an agreement against what was done since, with the share
// fulfilled. A mutual agreement of a formula ("6,000 for 6,000") is checked
// each way; a mutual figure that is not a formula ("an exchange of 1,200")
// is read as the total of both directions, the reading that flags less.
// What was done is a running total that says it is one.
type shortfallRule struct{}

func (shortfallRule) Name() string { return string(Shortfall) }

func (shortfallRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	runs(g, func(run []Statement) {
		if run[0].class != classAgreed || run[0].Unit != claims.Count {
			return
		}
		// One agreement reported by several origins is one agreement: the
		// first statement of each set that agrees on a date stands for it.
		var deals []*Statement
		buckets(run, func(b []Statement) {
			for _, comp := range g.e.chains(b) {
				deals = append(deals, highest(comp))
			}
		})
		if len(deals) == 0 {
			return
		}
		deals, again := sameDeals(deals)
		fwRun := keep(findRun(g, Forward, classCount, scopeTotal, claims.Count), stated)
		bwRun := keep(findRun(g, Backward, classCount, scopeTotal, claims.Count), stated)
		confident := func(s *Statement) bool { return sure(s, onPlacement) }
		sureFw, sureBw := keep(fwRun, confident), keep(bwRun, confident)
		views := [2]struct{ fw, bw totals }{{newTotals(sureFw), newTotals(sureBw)}}
		same := len(sureFw) == len(fwRun) && len(sureBw) == len(bwRun)
		if same {
			views[1] = views[0]
		} else {
			views[1].fw, views[1].bw = newTotals(fwRun), newTotals(bwRun)
		}
		for _, deal := range deals {
			q := deal.Claim().Quantity
			if !q.IsValid() || !deal.Lower.Set {
				continue
			}
			from := deal.day
			if !dated(deal) {
				from = undatedDay
			}
			// The explicitly read totals first; the others only for
			// review, when those find nothing.
			for v, view := range views {
				dealSure := sure(deal, onPlacement&^onScope)
				if v == 0 && !dealSure {
					continue
				}
				fs := shortfalls(g, deal, again[deal], underDeal(view.fw.since(from), deal), underDeal(view.bw.since(from), deal))
				for _, f := range fs {
					if v == 1 {
						var ss []*Statement
						ss = append(ss, deal)
						ss = append(ss, f.stands...)
						if !g.review(&f.Finding, onPlacement, ss...) {
							continue
						}
					}
					emit(f.Finding)
				}
				if len(fs) > 0 || v == 0 && same {
					break // found, or all the figures are read explicitly
				}
			}
			// No running total counted since the agreement: what was done
			// is known only from the handovers reported since, for review.
			if underDeal(views[1].fw.since(from), deal) == nil && underDeal(views[1].bw.since(from), deal) == nil {
				if f, ok := handedSince(g, deal, again[deal], from); ok {
					emit(f)
				}
			}
		}
	})
}

// sameDeals folds into an agreement the later tellings of it whose date
// is only their publication's ("exchanging 1,000 from each side", in a
// report that dates "the 1,000-for-1,000 deal" to the talks a week before):
// a defaulted date is no evidence of a second agreement, so the two are
// one, dated by the telling that states its date, and one finding lists
// both. It returns the agreements left and, for each, its other tellings.
func sameDeals(deals []*Statement) ([]*Statement, map[*Statement][]*Statement) {
	if !slices.ContainsFunc(deals[min(1, len(deals)):], func(d *Statement) bool { return d.conf.asOf == claims.Defaulted }) {
		return deals, nil // the common case: no telling to fold, nothing made
	}
	var again map[*Statement][]*Statement
	out := deals[:0:0]
	for _, d := range deals {
		var first *Statement
		if d.conf.asOf == claims.Defaulted {
			for _, e := range out {
				if e.day < d.day && e.conf.asOf != claims.Defaulted && dated(e) && overlaps(e.Lower, e.Upper, d.Lower, d.Upper) {
					first = e
					break
				}
			}
		}
		if first == nil {
			out = append(out, d)
			continue
		}
		if again == nil {
			again = map[*Statement][]*Statement{}
		}
		again[first] = append(again[first], d)
	}
	return out, again
}

// handedSince is the shortfall of deal (told again by again) against the
// handovers reported since it (from its day), where no running total says what was done: per
// direction, the single-day handovers of each date summed, or a figure of
// no stated scope, whichever shows more done. Handovers only show that at
// least so much was done, so the finding is for review: whether they are
// all that was done under the agreement, the figures do not say. Its
// sides are those short of the deal, both ways together for an exchange
// of no formula ("an exchange of 1,200").
func handedSince(g *Group, deal *Statement, again []*Statement, from int32) (Finding, bool) {
	p := g.e.pr
	q := deal.Claim().Quantity
	type side struct {
		d      Direction
		ss     []*Statement
		lo, hi claims.Bound
		sum    claims.Decimal
	}
	var sides []side
	for _, d := range []Direction{Forward, Backward} {
		if deal.Direction != Both && deal.Direction != d {
			continue
		}
		var ev side
		ev.d, ev.lo, ev.hi = d, claims.Incl(claims.Decimal{}), claims.Incl(claims.Decimal{})
		buckets(findRun(g, d, classCount, scopeEvent, claims.Count), func(b []Statement) {
			if !dated(&b[0]) || b[0].day < from {
				return
			}
			s := highestOf(b) // a day's figures that differ: the one that flags less
			ev.ss = append(ev.ss, s)
			ev.lo, ev.hi = addBound(ev.lo, s.Lower), addBound(ev.hi, s.Upper)
			ev.sum, _ = addDec(ev.sum, value(s))
		})
		best := ev
		unstated := findRun(g, d, classCount, scopeTotal, claims.Count)
		for i := range unstated {
			u := &unstated[i]
			if !u.explicit && dated(u) && u.day >= from && cmpLower(u.Lower, best.lo) > 0 {
				best = side{d, []*Statement{u}, u.Lower, u.Upper, value(u)}
			}
		}
		if len(best.ss) == 0 {
			continue // nothing reported this way: no reading of what was done
		}
		sides = append(sides, best)
	}
	if len(sides) == 0 {
		return Finding{}, false
	}
	if deal.Direction == Both && !q.Reciprocal {
		if len(sides) < 2 {
			return Finding{}, false
		}
		a, b := sides[0], sides[1]
		sum, _ := addDec(a.sum, b.sum)
		sides = []side{{Both, append(slices.Clip(a.ss), b.ss...), addBound(a.lo, b.lo), addBound(a.hi, b.hi), sum}}
	}
	var short []side
	for _, sd := range sides {
		if below(sd.hi, deal.Lower) {
			short = append(short, sd)
		}
	}
	if len(short) == 0 {
		return Finding{}, false
	}
	var clauses []string
	ss := []*Statement{deal}
	var told []*Statement // the same figures told again: listed, not stood on
	for _, sd := range short {
		ss = append(ss, sd.ss...)
		what := p.Sprints("%s %s", num(p, sd.sum), g.Key.Measure)
		if sd.d == Both {
			what = p.Sprints("%s %s both ways", num(p, sd.sum), g.Key.Measure)
		} else {
			from, to := parties(g.Key, sd.d)
			what = p.Sprints("%s from %s to %s", what, from, to)
		}
		if len(sd.ss) == 1 {
			again := toldAgain(g, sd.ss[0], sd.ss, told)
			told = append(told, again...)
			clauses = append(clauses, p.Sprints("%s %s", what, citeAgain(p, sd.ss[0], again)))
			continue
		}
		var figs []string
		for _, s := range sd.ss {
			again := toldAgain(g, s, sd.ss, told)
			told = append(told, again...)
			figs = append(figs, p.Sprints("%s %s", quantity(p, s.Claim().Quantity), citeAgain(p, s, again)))
		}
		clauses = append(clauses, p.Sprints("%s (%s)", what, strings.Join(figs, " + ")))
	}
	share := ratio(short[0].sum, value(deal))
	f := Finding{
		Type: Shortfall, Severity: Low, Claims: g.e.claimsOf(append(append(slices.Clip(ss), again...), told...)...),
		Arithmetic: Numbers{Left: value(deal), Right: short[0].sum, Difference: mustSub(short[0].sum, value(deal)), Share: share},
		Explanation: p.Sprints("Under %s %s, the handovers reported since add up to %s: %s of the agreement.",
			deal.agreementPhrase(p), citeAgain(p, deal, again), list(p, clauses), pct(p, share)),
	}
	g.review(&f, onPlacement, ss...)
	addReview(&f, p.Sprints("whether the handovers reported since the agreement are all that was done under it, which the figures do not say"))
	return f, true
}

// toldAgain returns the other tellings of handover s, skipping those of
// used and seen: the statements of its direction and day, as an event or of
// no stated scope, that meet it (a headline's "390 each way" beside the
// body's "390 were returned"). One handover is one figure, however often a
// report repeats it: a finding lists every telling, and stands on s alone.
func toldAgain(g *Group, s *Statement, used, seen []*Statement) []*Statement {
	var out []*Statement
	for _, scope := range [...]uint8{scopeEvent, scopeTotal} {
		run := findRun(g, s.Direction, classCount, scope, claims.Count)
		for i := range run {
			t := &run[i]
			if t == s || t.day != s.day || !dated(t) || scope == scopeTotal && t.explicit ||
				!overlaps(t.Lower, t.Upper, s.Lower, s.Upper) || containsStatement(used, t) || containsStatement(seen, t) {
				continue
			}
			out = append(out, t)
		}
	}
	return out
}

// citeAgain is cite(p, s), naming also who tells the same figure again:
// "(Volodymyr Zelensky, 23 May 2025; also outlet)".
func citeAgain(p *printer, s *Statement, again []*Statement) string {
	if len(again) == 0 {
		return cite(p, s)
	}
	var names []string
	for _, t := range again {
		names = append(names, who(t.Claim()))
	}
	return p.Sprints("(%s, %s; also %s)", who(s.Claim()), when(p, s), list(p, distinct(names)))
}

// standing is a finding and the statements it stands on.
type standing struct {
	Finding
	stands []*Statement
}

// shortfalls returns the shortfalls of deal (told again by again) against
// the running totals fw and bw (either may be nil).
func shortfalls(g *Group, deal *Statement, again []*Statement, fw, bw *Statement) []standing {
	p := g.e.pr
	q := deal.Claim().Quantity
	var out []standing
	switch {
	case deal.Direction == Both && !q.Reciprocal:
		if fw == nil || bw == nil || !fw.Upper.Set || !bw.Upper.Set {
			return nil
		}
		hi, ok := addDec(fw.Upper.Value, bw.Upper.Value)
		sum, ok2 := addDec(value(fw), value(bw))
		if !ok || !ok2 || !below(claims.Bound{Value: hi, Inclusive: fw.Upper.Inclusive && bw.Upper.Inclusive, Set: true}, deal.Lower) {
			return nil
		}
		share := ratio(sum, value(deal))
		fromP, toP := parties(g.Key, Forward)
		out = append(out, standing{Finding{
			Type: Shortfall, Severity: Low, Claims: g.e.claimsOf(append([]*Statement{deal, fw, bw}, again...)...),
			Arithmetic: Numbers{Left: value(deal), Right: sum, Difference: mustSub(sum, value(deal)), Share: share,
				Terms: []claims.Decimal{value(fw), value(bw)}},
			Explanation: p.Sprints("Of an agreed exchange of %s %s %s, %s have changed hands so far: %s from %s to %s %s and %s back %s, %s of the agreement.",
				quantity(p, q), g.Key.Measure, citeAgain(p, deal, again), num(p, sum), quantity(p, fw.Claim().Quantity), fromP, toP, cite(p, fw),
				quantity(p, bw.Claim().Quantity), cite(p, bw), pct(p, share)),
		}, []*Statement{fw, bw}})
	default:
		for _, side := range []*Statement{fw, bw} {
			if side == nil || deal.Direction != Both && deal.Direction != side.Direction || !below(side.Upper, deal.Lower) {
				continue
			}
			share := ratio(value(side), value(deal))
			fromP, toP := parties(g.Key, side.Direction)
			text := p.Sprints("Under %s %s, %s has handed over %s %s to %s %s: %s of its part.", deal.agreementPhrase(p), citeAgain(p, deal, again), fromP, quantity(p, side.Claim().Quantity), g.Key.Measure, toP, cite(p, side), pct(p, share))
			if received(side) {
				text = p.Sprints("Under %s %s, %s has received %s %s from %s %s: %s of %s's part.", deal.agreementPhrase(p), citeAgain(p, deal, again), toP, quantity(p, side.Claim().Quantity), g.Key.Measure, fromP, cite(p, side), pct(p, share), fromP)
			}
			out = append(out, standing{Finding{
				Type: Shortfall, Severity: Low, Claims: g.e.claimsOf(append([]*Statement{deal, side}, again...)...),
				Arithmetic:  Numbers{Left: value(deal), Right: value(side), Difference: mustSub(value(side), value(deal)), Share: share},
				Explanation: text,
			}, []*Statement{side}})
		}
	}
	return out
}

// underDeal returns total, or nil when it counts from before the deal
// (its as-of period starts before the deal's date: "more than 5,000 since
// the war began" is not what was done under an agreement of May 2025).
func underDeal(total, deal *Statement) *Statement {
	if total == nil || !dated(deal) || total.AsOf.From == total.AsOf.End() {
		return total
	}
	if day(total.AsOf.From) < deal.day {
		return nil
	}
	return total
}

func mustSub(a, b claims.Decimal) claims.Decimal {
	d, _ := subDec(a, b)
	return d
}

// exceedsRule: what one side has handed over, plus what it offers on top,
// goes beyond what was agreed. An offer is read as coming on top of the
// running total as of the offer's date.
type exceedsRule struct{}

func (exceedsRule) Name() string { return string(Exceeds) }

func (exceedsRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	confident := func(s *Statement) bool { return sure(s, onPlacement) }
	for _, d := range []Direction{Forward, Backward, None} {
		deal := agreement(g, d, 1<<31-1)
		if deal == nil || !deal.Upper.Set {
			continue
		}
		totals := keep(findRun(g, d, classCount, scopeTotal, claims.Count), stated)
		offers := findRun(g, d, classOffered, scopeNone, claims.Count)
		// The explicitly read figures first; all of them only for review,
		// when those find nothing.
		if sure(deal, onPlacement&^onScope) {
			sureTotals, sureOffers := keep(totals, confident), keep(offers, confident)
			if f, ok := exceeds(g, d, deal, sureTotals, sureOffers); ok {
				emit(f.Finding)
				continue
			}
			if len(sureTotals) == len(totals) && len(sureOffers) == len(offers) {
				continue // all read explicitly: nothing more for review
			}
		}
		if f, ok := exceeds(g, d, deal, totals, offers); ok && g.review(&f.Finding, onPlacement, append([]*Statement{deal}, f.stands...)...) {
			emit(f.Finding)
		}
	}
}

func exceeds(g *Group, d Direction, deal *Statement, totals, offers []Statement) (standing, bool) {
	p := g.e.pr
	from := deal.day
	if !dated(deal) {
		from = undatedDay
	}
	var offer *Statement
	for i := range offers {
		o := &offers[i]
		if dated(o) && o.day >= from && o.Lower.Set && (offer == nil || o.day > offer.day || o.day == offer.day && cmpLower(o.Lower, offer.Lower) > 0) {
			offer = o
		}
	}
	var base *Statement
	if offer != nil {
		base = latestTotal(totals, from, offer)
	} else {
		base = latestTotal(totals, from, nil)
	}
	base = underDeal(base, deal)
	var lo claims.Bound
	var terms []claims.Decimal
	switch {
	case offer != nil && base != nil && base.Lower.Set:
		v, ok := addDec(base.Lower.Value, offer.Lower.Value)
		if !ok {
			return standing{}, false
		}
		lo = claims.Bound{Value: v, Inclusive: base.Lower.Inclusive && offer.Lower.Inclusive, Set: true}
		terms = []claims.Decimal{value(base), value(offer)}
	case offer != nil:
		lo = offer.Lower
	case base != nil:
		lo = base.Lower
	default:
		return standing{}, false
	}
	if !below(deal.Upper, lo) {
		return standing{}, false
	}
	fromP, toP := parties(g.Key, d)
	var text string
	var sum claims.Decimal
	switch {
	case terms != nil && received(base):
		sum, _ = addDec(value(base), value(offer))
		text = p.Sprints("%s has received %s %s from %s %s, and %s offers %s more %s: %s in all, against %s %s.",
			toP, quantity(p, base.Claim().Quantity), g.Key.Measure, fromP, cite(p, base), fromP, quantity(p, offer.Claim().Quantity), cite(p, offer),
			num(p, sum), deal.agreementPhrase(p), cite(p, deal))
	case terms != nil:
		sum, _ = addDec(value(base), value(offer))
		text = p.Sprints("%s has handed over %s %s to %s and offers %s more %s: %s in all, against %s %s.",
			fromP, quantity(p, base.Claim().Quantity), g.Key.Measure, toP, quantity(p, offer.Claim().Quantity), cite(p, offer),
			num(p, sum), deal.agreementPhrase(p), cite(p, deal))
	case offer != nil:
		sum = value(offer)
		text = p.Sprints("%s offers %s %s to %s %s, beyond %s %s.",
			fromP, quantity(p, offer.Claim().Quantity), g.Key.Measure, toP, cite(p, offer), deal.agreementPhrase(p), cite(p, deal))
	case received(base):
		sum = value(base)
		text = p.Sprints("%s has received %s %s from %s %s, beyond %s %s.",
			toP, quantity(p, base.Claim().Quantity), g.Key.Measure, fromP, cite(p, base), deal.agreementPhrase(p), cite(p, deal))
	default:
		sum = value(base)
		text = p.Sprints("%s has handed over %s %s to %s %s, beyond %s %s.",
			fromP, quantity(p, base.Claim().Quantity), g.Key.Measure, toP, cite(p, base), deal.agreementPhrase(p), cite(p, deal))
	}
	var stands []*Statement
	for _, s := range []*Statement{base, offer} {
		if s != nil {
			stands = append(stands, s)
		}
	}
	return standing{Finding{
		Type: Exceeds, Severity: Medium, Claims: g.e.claimsOf(deal, base, offer),
		Arithmetic: Numbers{Left: value(deal), Right: sum, Difference: mustSub(sum, value(deal)), Gap: gap(deal.Upper, lo),
			Sum: sum, Terms: terms, Ratio: ratio(sum, value(deal))},
		Explanation: text,
	}, stands}, true
}

// arithmeticSlack is how far below a stated total the sum of events may
// fall and still be read as the same events that do not add up; further
// below, the events are taken to be incomplete and nothing is flagged.
const arithmeticSlack = 0.9

// arithmeticRule: single-day events that do not sum to a total stated for
// them:
//
//   - a running total stated as of a date on or after the last of them
//     (the events from the start of the count);
//   - a figure for a period of several days ("in June, 6,060 bodies were
//     handed over"), against the single-day events dated within it.
//
// Events summing to more than the total are always flagged; to less, only
// when the sum comes within 10% of the total (otherwise some events are
// likely missing). Only exact single-day event figures are summed, one per
// date. All the totals of one count that the same events miss are one
// finding.
type arithmeticRule struct{}

func (arithmeticRule) Name() string { return string(Arithmetic) }

// miss is one total that the events before it do not add up to.
type miss struct {
	total *Statement
	used  []*Statement // the events summed
	sum   claims.Decimal
	terms []claims.Decimal
	sev   Severity
	agree []*Statement // totals of the same date that give the sum
}

func (arithmeticRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	confident := func(s *Statement) bool { return sure(s, onPlacement) }
	for _, d := range []Direction{None, Forward, Backward} {
		events := findRun(g, d, classCount, scopeEvent, claims.Count)
		if len(events) == 0 {
			continue // (one event may miss the total for its period)
		}
		totals := keep(findRun(g, d, classCount, scopeTotal, claims.Count), stated)
		// What the explicitly read figures support, then, for review, what
		// needs the others too.
		sureEvents, sureTotals := keep(events, confident), keep(totals, confident)
		sureMisses, lone := partOnly(g.misses(sureEvents, sureTotals))
		if len(sureMisses) > 0 {
			emit(arithmetic(g, d, sureMisses))
		}
		if len(sureEvents) == len(events) && len(sureTotals) == len(totals) {
			if len(lone) > 0 {
				f := arithmetic(g, d, lone)
				g.reviewLone(&f, lone)
				emit(f)
			}
			continue
		}
		reported := map[*claims.Claim]bool{}
		for _, m := range sureMisses {
			reported[m.total.Claim()] = true
		}
		rest := lone
		var ss []*Statement
		for _, m := range lone {
			reported[m.total.Claim()] = true
			ss = append(append(ss, m.total), m.used...)
		}
		for _, m := range g.misses(events, totals) {
			if reported[m.total.Claim()] || !m.doubtful() && len(doubts(onPlacement, append([]*Statement{m.total}, m.used...)...)) == 0 {
				continue
			}
			rest = append(rest, m)
			ss = append(append(ss, m.total), m.used...)
		}
		if len(rest) > 0 {
			f := arithmetic(g, d, rest)
			g.review(&f, onPlacement, ss...)
			g.reviewLone(&f, rest)
			emit(f)
		}
	}
}

// lone reports whether m sets a single event against the figure for the
// period it lies in, and falls short of it: whether that event is all of
// the period's, the figures do not say (one event above the figure for
// its period is a part beyond its whole, and stands).
func (m miss) lone() bool { return len(m.used) == 1 && m.sev != High }

// toReport reports whether m sets against a figure for a period that runs
// to the day of its own report ("since Monday, 250", published on
// Thursday) an event of that last day: whether the period's figure counts
// the events of the day it was told, or only those before it (an official
// count as of the day before, "another three" arriving that day), the
// figures do not say.
func (m miss) toReport() bool {
	t := m.total
	if t.AsOf.From == t.AsOf.End() || len(m.used) == 0 || m.used[len(m.used)-1].day != t.day {
		return false
	}
	for _, c := range t.Claims {
		if c.Source.Published != t.AsOf.End() {
			return false
		}
	}
	return true
}

// doubtful reports whether m is for review however surely its figures
// were read (miss.lone, miss.toReport).
func (m miss) doubtful() bool { return m.lone() || m.toReport() }

// partOnly splits ms into the misses that stand and the doubtful ones
// (see miss.doubtful), which are for review.
func partOnly(ms []miss) (stand, lone []miss) {
	for _, m := range ms {
		if m.doubtful() {
			lone = append(lone, m)
		} else {
			stand = append(stand, m)
		}
	}
	return stand, lone
}

// reviewLone marks f for review when some of its misses ms set a single
// event against the figure for its period (see miss.lone), or an event of
// the day a period's figure was told against it (see miss.toReport).
func (g *Group) reviewLone(f *Finding, ms []miss) {
	p := g.e.pr
	var figs, periods []string
	for _, m := range ms {
		if m.lone() {
			figs = append(figs, p.Sprints("%s %s", quantity(p, m.used[0].Claim().Quantity), cite(p, m.used[0])))
		}
		if m.toReport() {
			periods = append(periods, p.Sprints("%s %s", quantity(p, m.total.Claim().Quantity), cite(p, m.total)))
		}
	}
	if len(figs) > 0 {
		addReview(f, p.Sprints("whether %s is all that was done in its period, which the figures do not say", list(p, distinct(figs))))
	}
	if len(periods) > 0 {
		addReview(f, p.Sprints("whether %s, told for a period up to the day of its report, counts that day's figures or only those before it, which the figures do not say",
			list(p, distinct(periods))))
	}
}

// misses returns the totals of one count and direction that its events do
// not add up to: the running totals, and the figures for a period.
func (g *Group) misses(events, totals []Statement) []miss {
	// One figure per event date: the statements of a single day, when they
	// agree; a day whose figures disagree gives no exact sum (nil).
	var evs []dayFigure
	buckets(events, func(b []Statement) {
		s := &b[0]
		if !dated(s) || s.Dating != Stated || s.from != s.day {
			return
		}
		evs = append(evs, dayFigure{s, len(b) > 1 && len(g.e.components(b)) > 1})
	})
	if len(evs) == 0 {
		return nil
	}
	// A total for a period of several days ("6,060 in June", "more than
	// 5,000 since March 2022") counts the events within its period; a
	// total as of one day, those since the count began.
	running := keep(totals, func(s *Statement) bool { return s.AsOf.From == s.AsOf.End() })
	var out []miss
	if len(running) > 0 && len(evs) >= 2 {
		out = runningMisses(evs, running)
	}
	out = append(out, periodMisses(evs, events)...)
	if len(running) < len(totals) {
		out = append(out, periodTotalMisses(evs, totals)...)
	}
	return out
}

// dayFigure is the figure of the events of one day, and whether the
// statements of that day disagree (then there is no exact sum).
type dayFigure struct {
	s     *Statement
	clash bool
}

// exact reports whether the day's figure can be summed exactly.
func (d dayFigure) exact() bool { return !d.clash && d.s.exact }

// runningMisses returns the running totals that the single-day events evs
// (in date order) before them do not add up to.
func runningMisses(evs []dayFigure, totals []Statement) []miss {
	var out []miss
	var sum claims.Decimal
	var terms []claims.Decimal // the figures summed so far
	var used []*Statement      // and their statements
	next, broken := 0, false
	buckets(totals, func(b []Statement) {
		if b[0].Dating != Stated {
			return
		}
		// The running sum advances with the totals' dates: O(events +
		// totals) for the run.
		for next < len(evs) && evs[next].s.day <= b[0].day && !broken {
			ev := evs[next]
			s, ok := addDec(sum, ev.s.value)
			if !ev.exact() || !ok {
				broken = true // a hedged event, or a day's figures that disagree: no exact sum from here on
				break
			}
			sum = s
			terms = append(terms, ev.s.value)
			used = append(used, ev.s)
			next++
		}
		if broken || next < 2 {
			return
		}
		out = append(out, against(b, used[:next:next], sum, terms[:next:next])...)
	})
	return out
}

// periodMisses returns the figures of events (one run of events) for a
// period of several days that the single-day events evs dated within it do
// not add up to.
func periodMisses(evs []dayFigure, events []Statement) []miss {
	var out []miss
	buckets(events, func(b []Statement) {
		p := &b[0]
		if p.from == p.day || p.Dating != Stated || !dated(p) {
			return
		}
		// The single-day events within [from, day], in date order.
		var used []*Statement
		var terms []claims.Decimal
		var sum claims.Decimal
		lo := sort.Search(len(evs), func(i int) bool { return evs[i].s.day >= p.from })
		for _, ev := range evs[lo:] {
			if ev.s.day > p.day {
				break
			}
			s, ok := addDec(sum, ev.s.value)
			if !ev.exact() || !ok {
				return // a hedged event, or a day's figures that disagree: no exact sum
			}
			sum = s
			used = append(used, ev.s)
			terms = append(terms, ev.s.value)
		}
		if len(used) == 0 {
			return
		}
		out = append(out, against(b, used, sum, terms)...)
	})
	return out
}

// periodTotalMisses returns the totals of totals for a period of several
// days that the single-day events evs dated within it do not add up to.
func periodTotalMisses(evs []dayFigure, totals []Statement) []miss {
	var out []miss
	for i := range totals {
		t := &totals[i]
		if !dated(t) || t.Dating != Stated || t.AsOf.From == t.AsOf.End() {
			continue
		}
		start := day(t.AsOf.From)
		var used []*Statement
		var terms []claims.Decimal
		var sum claims.Decimal
		ok := true
		lo := sort.Search(len(evs), func(k int) bool { return evs[k].s.day >= start })
		for _, ev := range evs[lo:] {
			if ev.s.day > t.day {
				break
			}
			s, fits := addDec(sum, ev.s.value)
			if !ev.exact() || !fits {
				ok = false // a hedged event, or a day's figures that disagree: no exact sum
				break
			}
			sum = s
			used = append(used, ev.s)
			terms = append(terms, ev.s.value)
		}
		if ok && len(used) > 0 {
			out = append(out, against(totals[i:i+1], used, sum, terms)...)
		}
	}
	return out
}

// against returns the misses of the totals of one date (ts) against the
// sum of the events used.
func against(ts []Statement, used []*Statement, sum claims.Decimal, terms []claims.Decimal) []miss {
	point := claims.Incl(sum)
	meets := func(t *Statement) bool { return !below(t.Upper, point) && !below(point, t.Lower) }
	var out []miss
	var matching []*Statement // built once some total misses
	for i := range ts {
		t := &ts[i]
		if meets(t) {
			continue
		}
		sev := Medium
		if below(t.Upper, point) {
			sev = High
		} else if !t.Lower.Set || ratio(sum, t.Lower.Value) < arithmeticSlack {
			continue
		}
		if matching == nil {
			matching = make([]*Statement, 0, len(ts))
			for k := range ts {
				if meets(&ts[k]) {
					matching = append(matching, &ts[k])
				}
			}
		}
		out = append(out, miss{total: t, used: used, sum: sum, terms: terms, sev: sev, agree: matching})
	}
	return out
}

// arithmetic is the finding of the misses of one count and direction: one
// sentence for each set of events, naming every total it misses.
func arithmetic(g *Group, d Direction, ms []miss) Finding {
	p := g.e.pr
	var ss []*Statement
	for _, m := range ms {
		ss = append(append(append(ss, m.total), m.used...), m.agree...)
	}
	cs, at := assemble(g, ss...)
	f := Finding{Type: Arithmetic, Severity: Medium, Claims: cs}
	isPeriod := func(m miss) bool {
		return m.total.scope == scopeEvent && m.total.from != m.total.day ||
			m.total.scope == scopeTotal && m.total.AsOf.From != m.total.AsOf.End()
	}
	sameEvents := func(a, b miss) bool {
		return isPeriod(a) == isPeriod(b) && a.sum == b.sum && len(a.used) == len(b.used) && a.used[0] == b.used[0] &&
			(!isPeriod(a) || a.total.sameTime(b.total))
	}
	var sentences []string
	done := make([]bool, len(ms))
	for i, m := range ms {
		if m.sev > f.Severity {
			f.Severity = m.sev
		}
		n := Numbers{Left: value(m.total), Right: m.sum, Difference: mustSub(m.sum, value(m.total)), Sum: m.sum, Terms: m.terms,
			Ratio: ratio(m.sum, value(m.total))}
		if i == 0 {
			f.Arithmetic = n
		}
		if len(ms) > 1 {
			f.Instances = append(f.Instances, instance(at, n, append([]*Statement{m.total}, m.used...)...))
		}
		if done[i] {
			continue
		}
		var b strings.Builder
		for k, x := range m.terms {
			if k > 0 {
				b.WriteString(" + ")
			}
			b.WriteString(num(p, x))
		}
		// Every total these events miss, and who gives their sum.
		var stated, names []string
		for j := i; j < len(ms); j++ {
			if o := ms[j]; !done[j] && sameEvents(m, o) {
				done[j] = true
				stated = append(stated, p.Sprints("%s stated by %s (%s)", quantity(p, o.total.Claim().Quantity), who(o.total.Claim()), when(p, o.total)))
				for _, a := range o.agree {
					names = append(names, who(a.Claim()))
				}
			}
		}
		miss := strings.Join(stated, p.Sprints(" or the "))
		var text string
		if isPeriod(m) && len(m.used) == 1 {
			text = p.Sprints("the only single-day figure for %s dated within %s, %s %s, is not the %s for the period",
				g.thing(d), period(m.total.AsOf), quantity(p, m.used[0].Claim().Quantity), cite(p, m.used[0]), miss)
		} else if isPeriod(m) {
			text = p.Sprintf("the %d single-day figures for %s dated within %s add up to %s (%s), not the %s for the period",
				len(m.used), g.thing(d), period(m.total.AsOf), num(p, m.sum), b.String(), miss)
		} else {
			span := claims.Between(m.used[0].AsOf.From, m.used[len(m.used)-1].AsOf.End())
			text = p.Sprintf("the %d single-day figures for %s over %s add up to %s (%s), not the %s",
				len(m.used), g.thing(d), period(span), num(p, m.sum), b.String(), miss)
		}
		switch names = distinct(names); len(names) {
		case 0:
		case 1:
			text += p.Sprints(", while %s gives the sum", names[0])
		default:
			text += p.Sprints(", while %s give the sum", list(p, names))
		}
		sentences = append(sentences, text)
	}
	f.Explanation = capitalize(strings.Join(sentences, "; ")) + "."
	return f
}

// echoRule: one statement (one speaker's figure, one wire story) carried by
// several outlets. It counts once.
type echoRule struct{}

func (echoRule) Name() string { return string(Echo) }

func (echoRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	for i := range g.Statements {
		s := &g.Statements[i]
		if len(s.Claims) < 2 {
			continue
		}
		outlets := s.Outlets()
		if len(outlets) < 2 {
			continue
		}
		emit(Finding{
			Type: Echo, Severity: Info, Claims: g.e.claimsOf(s),
			Arithmetic: Numbers{Origins: 1, Outlets: len(outlets)},
			Explanation: p.Sprintf("%s %s %s reached %d outlets (%s) from one origin, %s: it counts as one source, not %d.",
				quantity(p, s.Claim().Quantity), g.thing(s.Direction), p.Sprintf("(%s, %s)", s.Origin, when(p, s)), len(outlets), list(p, outlets),
				originPhrase(p, s), len(outlets)),
		})
	}
}

// originPhrase names a statement's origin, and the wire story it came
// through when every claim came through the same one: "Vladimir Medinsky,
// through one Reuters story".
func originPhrase(p *printer, s *Statement) string {
	wire := ""
	for _, c := range s.Claims {
		w := ""
		if len(c.Source.Via) > 0 {
			w = c.Source.Via[0]
		}
		if w == "" || wire != "" && w != wire {
			wire = ""
			break
		}
		wire = w
	}
	if wire == "" || wire == s.Origin {
		return s.Origin
	}
	return p.Sprints("%s, through one %s story", s.Origin, wire)
}

// corroborationRule: independent origins that agree on a figure for the
// same count as of the same date.
type corroborationRule struct{}

func (corroborationRule) Name() string { return string(Corroboration) }

func (corroborationRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class == classWithheld {
			return
		}
		buckets(run, func(b []Statement) {
			if len(b) < 2 || !dated(&b[0]) {
				return
			}
			for _, comp := range g.e.components(b) {
				if comp = agreeing(comp); !severalOrigins(comp) {
					continue
				}
				origins := distinctOrigins(comp)
				h := highest(comp)
				emit(Finding{
					Type: Corroboration, Severity: Info, Claims: g.e.claimsOf(comp...),
					Arithmetic: Numbers{Origins: len(origins)},
					Explanation: p.Sprintf("%d independent origins agree on %s %s as of %s: %s.",
						len(origins), quantity(p, h.Claim().Quantity), g.thing(h.Direction), when(p, h), list(p, origins)),
				})
			}
		})
	})
}

// agreeing returns the statements of a component that agree on a figure:
// a figure open at the top ("just over 80,000", "at least 300") fits any
// larger one but does not corroborate it. So an open figure counts beside
// closed ones only when its bound lies within one of them ("more than
// 6,000" beside a round "6,000", not beside "700,000"), and among open
// figures only those of the highest bound agree ("more than 2,000"
// twice). A component of closed figures is returned whole.
func agreeing(comp []*Statement) []*Statement {
	closed := 0
	for _, s := range comp {
		if s.Upper.Set {
			closed++
		}
	}
	if closed == len(comp) {
		return comp
	}
	out := make([]*Statement, 0, len(comp))
	if closed > 0 {
		for _, s := range comp {
			if s.Upper.Set || within(s.Lower, comp) {
				out = append(out, s)
			}
		}
		return out
	}
	h := highest(comp)
	for _, s := range comp {
		if cmpLower(s.Lower, h.Lower) == 0 {
			out = append(out, s)
		}
	}
	return out
}

// within reports whether the bound lo lies inside the interval of one of
// the closed statements of ss.
func within(lo claims.Bound, ss []*Statement) bool {
	for _, c := range ss {
		if c.Upper.Set && cmpLower(lo, c.Lower) >= 0 && !below(c.Upper, lo) {
			return true
		}
	}
	return false
}

// severalOrigins reports whether ss come from more than one origin.
func severalOrigins(ss []*Statement) bool {
	for _, s := range ss[1:] {
		if s.Origin != ss[0].Origin {
			return true
		}
	}
	return false
}

// distinctOrigins returns the origins of ss, each once, in order.
func distinctOrigins(ss []*Statement) []string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = s.Origin
	}
	return distinct(names)
}

// distinct removes repeated names from xs in place, keeping the first of
// each, in order.
func distinct(xs []string) []string {
	out := xs[:0]
	var seen map[string]bool
	if len(xs) > 16 {
		seen = make(map[string]bool, len(xs))
	}
	for _, x := range xs {
		switch {
		case seen != nil:
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		case !contains(out, x):
			out = append(out, x)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// withheldRule: a source declined to give a figure.
type withheldRule struct{}

func (withheldRule) Name() string { return string(Withheld) }

func (withheldRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class != classWithheld {
			return
		}
		for i := range run {
			s := &run[i]
			emit(Finding{
				Type: Withheld, Severity: Info, Claims: g.e.claimsOf(s),
				Explanation: p.Sprints("%s did not give the number of %s (%s).", who(s.Claim()), g.thing(s.Direction), when(p, s)),
			})
		}
	})
}
