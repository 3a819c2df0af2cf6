package compare

import (
	"cmp"
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// Helpers shared by the built-in rules. A group's statements are sorted by
// direction, kind class, scope, unit, date, origin and figure, so each
// "run" (one direction, kind, scope and unit) is contiguous and sorted by
// date.

// sameRun reports whether a and b belong to one run.
func sameRun(a, b *Statement) bool {
	return a.Direction == b.Direction && a.class == b.class && a.scope == b.scope && a.Unit == b.Unit &&
		(a.class != classOther || a.Kind == b.Kind)
}

// runs calls f with each run of g. Every rule walks the runs, so it goes
// by the group's index of runs where that index lists each run once (no
// runs of other kinds told apart by name, and no more than maxSpans), and
// compares statements only where it does not.
func runs(g *Group, f func(run []Statement)) {
	ss := g.Statements
	if g.spans == nil && len(ss) > 0 {
		g.indexRuns()
	}
	if tiles(g.spans, len(ss)) {
		for _, r := range g.spans {
			f(ss[r.start:r.end])
		}
		return
	}
	for i := 0; i < len(ss); {
		j := i + 1
		for j < len(ss) && sameRun(&ss[i], &ss[j]) {
			j++
		}
		f(ss[i:j])
		i = j
	}
}

// tiles reports whether spans list every run of n statements once, in
// order: none is left out (as the second of two runs of other kinds that
// share the rest is) and the index is complete (no more than maxSpans).
func tiles(spans []span, n int) bool {
	if len(spans) == 0 || len(spans) > maxSpans {
		return false
	}
	at := int32(0)
	for _, r := range spans {
		if r.start != at {
			return false
		}
		at = r.end
	}
	return int(at) == n
}

// findRun returns the run of g with the given direction, class, scope and
// unit, or nil. Statements are sorted by these four, so it is two binary
// searches (a run of classOther, which is told apart by kind too, is the
// first of its kinds).
func findRun(g *Group, d Direction, class, scope uint8, unit claims.Unit) []Statement {
	ss := g.Statements
	if g.spans == nil && len(ss) > 0 {
		g.indexRuns()
	}
	if len(g.spans) <= maxSpans {
		// A group has a few runs: a look through its index of runs costs
		// less than two binary searches, and every rule looks up several.
		for _, r := range g.spans {
			if r.dir == d && r.class == class && r.scope == scope && r.unit == unit {
				return ss[r.start:r.end:r.end]
			}
		}
		return nil
	}
	at := func(s *Statement) int {
		if c := cmp.Compare(s.Direction, d); c != 0 {
			return c
		}
		if c := cmp.Compare(s.class, class); c != 0 {
			return c
		}
		if c := cmp.Compare(s.scope, scope); c != 0 {
			return c
		}
		return cmp.Compare(s.Unit, unit)
	}
	i := sort.Search(len(ss), func(i int) bool { return at(&ss[i]) >= 0 })
	if i == len(ss) || at(&ss[i]) != 0 {
		return nil
	}
	if class == classOther {
		j := i + 1
		for j < len(ss) && sameRun(&ss[i], &ss[j]) {
			j++
		}
		return ss[i:j]
	}
	j := i + 1
	if j < len(ss) && at(&ss[j]) == 0 { // a run of more than one
		j += sort.Search(len(ss)-j, func(k int) bool { return at(&ss[j+k]) > 0 })
	}
	return ss[i:j]
}

// maxSpans is the most runs a group's index of runs holds; findRun
// searches the statements of a group of more runs.
const maxSpans = 24

// A span is one run of a group's statements: its direction, kind class,
// scope and unit, and where it lies (for the runs of kinds compared by
// name, the first of them).
type span struct {
	dir          Direction
	class, scope uint8
	unit         claims.Unit
	start, end   int32
}

// indexRuns fills g.spans with the runs of g, up to maxSpans+1 (more mean
// a search instead). The runs of kinds compared by name (classOther) that
// share the rest are told apart by kind; findRun returns the first.
func (g *Group) indexRuns() {
	ss := g.Statements
	var spans []span
	if g == g.e.shared {
		spans = g.e.spanBuf[:0] // Check's one group at a time: reuse the memory
	}
	for i := 0; i < len(ss) && len(spans) <= maxSpans; {
		j := i + 1
		for j < len(ss) && sameRun(&ss[i], &ss[j]) {
			j++
		}
		if n := len(spans); n == 0 || !(spans[n-1].dir == ss[i].Direction && spans[n-1].class == ss[i].class &&
			spans[n-1].scope == ss[i].scope && spans[n-1].unit == ss[i].Unit) {
			spans = append(spans, span{ss[i].Direction, ss[i].class, ss[i].scope, ss[i].Unit, int32(i), int32(j)})
		}
		i = j
	}
	g.spans = spans
	if g == g.e.shared {
		g.e.spanBuf = spans[:0]
	}
}

// buckets calls f with each run of statements that hold as of the same
// date.
func buckets(run []Statement, f func(b []Statement)) {
	for i := 0; i < len(run); {
		j := i + 1
		for j < len(run) && run[j].sameTime(&run[i]) {
			j++
		}
		f(run[i:j])
		i = j
	}
}

// components splits statements of one date into sets of figures that can
// all hold at once (their intervals share a point), ordered by their lower
// bounds: sweeping up from the lowest, a figure joins the set before it
// while it meets every figure of that set. A wide figure does not join two
// figures that cannot both hold: "approximately 15,000" and "75,000" stay
// apart though a third source's "15,000 to 75,000" meets each, and so do a
// "6,000" and a "7,000" beside "more than 6,000". The first figure of each
// set lies above some figure of the set before (see leastUpper). The result
// lives in the engine's scratch space: it is valid until the next call,
// which is enough for a rule that uses it at once.
func (e *engine) components(b []Statement) [][]*Statement { return e.split(b, false) }

// chains splits statements of one date into the sets whose intervals meet,
// connected through overlaps (a wide figure joins the figures it meets,
// though they cannot both hold): the figures that may be one thing stated
// several ways, such as one agreement reported by several origins.
func (e *engine) chains(b []Statement) [][]*Statement { return e.split(b, true) }

// split is components, or with chain, chains.
func (e *engine) split(b []Statement, chain bool) [][]*Statement {
	ps := e.compPs[:0]
	for i := range b {
		ps = append(ps, &b[i])
	}
	e.compPs = ps
	out := e.compOut[:0]
	defer func() { e.compOut = out[:0] }()
	if len(ps) == 2 { // the common case, without sorting
		x, y := ps[0], ps[1]
		if cmpLower(y.Lower, x.Lower) < 0 {
			x, y = y, x
			ps[0], ps[1] = x, y
		}
		if below(x.Upper, y.Lower) {
			return append(out, ps[:1:1], ps[1:2:2])
		}
		return append(out, ps[:2:2])
	}
	slices.SortStableFunc(ps, func(x, y *Statement) int { return cmpLower(x.Lower, y.Lower) })
	start := 0
	// Where the set stops meeting the next figure: the least upper bound of
	// its figures, or, for chains, the greatest.
	hi := ps[0].Upper
	for i := 1; i < len(ps); i++ {
		if below(hi, ps[i].Lower) {
			out = append(out, ps[start:i:i])
			start = i
			hi = ps[i].Upper
		} else if c := cmpUpper(ps[i].Upper, hi); chain && c > 0 || !chain && c < 0 {
			hi = ps[i].Upper
		}
	}
	return append(out, ps[start:len(ps):len(ps)])
}

// highest returns the statement with the greatest lower bound.
func highest(ss []*Statement) *Statement {
	best := ss[0]
	for _, s := range ss[1:] {
		if cmpLower(s.Lower, best.Lower) > 0 {
			best = s
		}
	}
	return best
}

// highestOf is highest(ptrs(b)), without allocating.
func highestOf(b []Statement) *Statement {
	best := &b[0]
	for i := 1; i < len(b); i++ {
		if cmpLower(b[i].Lower, best.Lower) > 0 {
			best = &b[i]
		}
	}
	return best
}

// leastUpper returns the statement with the least upper bound: of a set of
// components, the one the first figure of the next set lies above.
func leastUpper(ss []*Statement) *Statement {
	best := ss[0]
	for _, s := range ss[1:] {
		if cmpUpper(s.Upper, best.Upper) < 0 {
			best = s
		}
	}
	return best
}

// claimsOf returns the claims of statements, in order; a statement given
// twice (or nil) counts once. The claims are not copied: a finding points
// at the claims Check was given. The slices are cut from slabs the engine
// allocates a few thousand pointers at a time, so that a Check of many
// findings makes few allocations for them.
func (e *engine) claimsOf(ss ...*Statement) []*claims.Claim {
	n := 0
	for _, s := range ss {
		if s != nil {
			n += len(s.Claims)
		}
	}
	var seen map[*Statement]bool
	if len(ss) > 8 {
		seen = make(map[*Statement]bool, len(ss))
	}
	out := e.alloc(n)
	for i, s := range ss {
		switch {
		case s == nil:
			continue
		case seen != nil:
			if seen[s] {
				continue
			}
			seen[s] = true
		case slices.Contains(ss[:i], s):
			continue
		}
		out = append(out, s.Claims...)
	}
	return out
}

// alloc returns an empty slice with room for n claims, cut from the
// engine's slab.
func (e *engine) alloc(n int) []*claims.Claim {
	if n > 256 {
		return make([]*claims.Claim, 0, n)
	}
	if cap(e.slab)-len(e.slab) < n {
		e.slab = make([]*claims.Claim, 0, max(n, min(max(2*cap(e.slab), 64), 4096)))
	}
	k := len(e.slab)
	e.slab = e.slab[:k+n]
	return e.slab[k : k : k+n]
}

// value is the figure a statement states: its representative's value.
func value(s *Statement) claims.Decimal { return s.value }

// dated reports whether s has a date to be ordered by.
func dated(s *Statement) bool { return s.Dating != Undated }

// latestTotal returns the running total in run that shows the most done:
// among those dated on or after from (and on or before to's date, when to
// is not nil), the one with the highest lower bound, the latest of those.
// A running total cannot shrink, so the highest is the best evidence of
// what was done; a lower later one is a regression, flagged on its own.
func latestTotal(run []Statement, from int32, to *Statement) *Statement {
	var best *Statement
	for i := range run {
		s := &run[i]
		if !dated(s) || s.day < from || to != nil && s.day > to.day {
			continue
		}
		if moreDone(s, best) {
			best = s
		}
	}
	return best
}

// moreDone reports whether total s shows more done than best (nil for
// none): a higher lower bound, or the same one at a later date.
func moreDone(s, best *Statement) bool {
	return best == nil || cmpLower(s.Lower, best.Lower) > 0 || cmpLower(s.Lower, best.Lower) == 0 && s.day > best.day
}

// totals answers latestTotal(run, from, nil) for many dates in O(log n)
// each: best[i] is latestTotal(run[i:], …).
type totals struct {
	run  []Statement
	best []*Statement
}

func newTotals(run []Statement) totals {
	t := totals{run: run, best: make([]*Statement, len(run)+1)}
	for i := len(run) - 1; i >= 0; i-- {
		s, b := &run[i], t.best[i+1]
		t.best[i] = b
		if dated(s) && (b == nil || !moreDone(b, s)) {
			t.best[i] = s // ties go to the earlier, as latestTotal's scan does
		}
	}
	return t
}

// since is latestTotal(t.run, from, nil).
func (t totals) since(from int32) *Statement {
	return t.best[sort.Search(len(t.run), func(i int) bool { return t.run[i].day >= from })]
}

// agreement returns the latest agreement in g that covers direction d (a
// mutual one, or one in direction d) dated on or before day, or nil.
func agreement(g *Group, d Direction, day int32) *Statement {
	a := agreementsFor(g, d)
	return a.at(day)
}

// agreements finds the agreement in force on a day for one direction.
type agreements struct {
	both, dir []Statement  // the runs of mutual agreements and of direction d
	vb, vd    []*Statement // their valid agreements, for many lookups
	lookups   int
}

func agreementsFor(g *Group, d Direction) agreements {
	a := agreements{both: findRun(g, Both, classAgreed, scopeNone, claims.Count)}
	if d != Both {
		a.dir = findRun(g, d, classAgreed, scopeNone, claims.Count)
	}
	return a
}

// at returns the first agreement of the latest date on or before day, a
// mutual one unless one of direction d is later. An undated agreement
// (dated undatedDay) comes before any dated one.
func (a *agreements) at(day int32) *Statement {
	if a.lookups++; a.lookups < 4 || len(a.both)+len(a.dir) <= 8 {
		return a.scan(day)
	}
	return a.search(day)
}

// scan is at by a linear scan, cheaper for a few lookups or agreements.
func (a *agreements) scan(day int32) *Statement {
	var best *Statement
	for _, run := range [2][]Statement{a.both, a.dir} {
		for i := range run {
			s := &run[i]
			if s.Claim().Quantity.IsValid() && s.day <= day && (best == nil || s.day > best.day) {
				best = s
			}
		}
	}
	return best
}

// search is at by binary search.
func (a *agreements) search(day int32) *Statement {
	if a.vb == nil && a.vd == nil {
		valid := func(run []Statement) []*Statement {
			out := make([]*Statement, 0, len(run))
			for i := range run {
				if run[i].Claim().Quantity.IsValid() {
					out = append(out, &run[i])
				}
			}
			return out
		}
		a.vb, a.vd = valid(a.both), valid(a.dir)
	}
	latest := func(ss []*Statement) *Statement {
		n := sort.Search(len(ss), func(i int) bool { return ss[i].day > day })
		if n == 0 {
			return nil
		}
		last := ss[n-1].day
		return ss[sort.Search(n, func(i int) bool { return ss[i].day >= last })]
	}
	best := latest(a.vb)
	if s := latest(a.vd); s != nil && (best == nil || s.day > best.day) {
		best = s
	}
	return best
}
