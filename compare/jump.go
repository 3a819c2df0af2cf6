package compare

import (
	"cmp"
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// jumpShare is how steep a rise between two totals of one document must be
// to be a jump: the later at least 1.5 times the earlier.
const jumpShare = 1.5

// jumpRule: one document gives two running totals for the same count whose
// rise from the earlier date to the later is steep (the later at least half
// as much again as the earlier). Totals from different documents are how
// news updates a count and are not flagged; nor is a rise one sentence
// tells ("rose from 300 to 450", toldTogether), nor two counts over windows
// of their own (a month's, the next month's: otherWindow).
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
			if explained(g, run[0], doc, prev, s) || windowed(run, prev, s) || toldTogether(prev, s) {
				continue // the report's own events or a count over the days between account for the rise, or it tells the rise itself
			}
			if otherWindow(prev, s) {
				continue // two windows of their own ("49 in January", "757 in February"): two counts, not one that rose
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
			if farApart(prev, s) {
				// A hundredfold rise within one report: more likely two
				// counts (a toll and its cases, a place and its country) or
				// a misread than one count that grew.
				g.reviewApart(&f, prev, s)
			}
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

// windowed reports whether a total of the run counted over a window that
// opens after prev's date and closes by s's date, in any report, comes to
// at least the rise from prev to s ("6,057 between 11 and 16 June" beside
// a total of 9,744 for May and 15,801 on 16 June): the handovers of the
// days between are told, and the rise is theirs.
func windowed(run []Statement, prev, s *Statement) bool {
	// A run is in date order: visit only the totals that close after prev
	// and by s.
	start := sort.Search(len(run), func(i int) bool { return run[i].day > prev.day })
	for i := start; i < len(run) && run[i].day <= s.day; i++ {
		w := &run[i]
		p := w.AsOf
		if w == prev || w == s || !dated(w) || w.Dating != Stated || p.From == p.End() || !w.Upper.Set ||
			day(p.From) <= prev.day {
			continue
		}
		if sum, ok := addDec(prev.Upper.Value, w.Upper.Value); ok && !below(claims.Incl(sum), s.Lower) {
			return true
		}
	}
	return false
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
