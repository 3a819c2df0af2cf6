package compare

import (
	"cmp"
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

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
					forth = sameVoice(match, k, back)
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

// sameVoice is the figure one way, of those of back's voice from k on in
// match (sorted by origin), that back is told with: the first that one of
// back's reports gives, else the first. A voice may give two figures one way
// on one day in different reports (an outlet's stale total in one story, its
// current one in another); the other way's figure goes with the one told
// beside it.
func sameVoice(match []Statement, k int, back *Statement) *Statement {
	for i := k; i < len(match) && match[i].Origin == back.Origin; i++ {
		if oneReport(&match[i], back) {
			return &match[i]
		}
	}
	return &match[k]
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

// add adds m's pairs: each figure the other way whose pair of figures (m's
// one way, it the other) an imbalance of the same date has already is one
// more telling of that imbalance; the rest make m a new one. The same pair
// of figures told by several voices of a report, or by several outlets, is
// one finding that lists every telling.
func (found *imbalances) add(m imbalanced) {
	at := dayKey(m.forth)
	rest := m.backs[:0:0]
	for _, back := range m.backs {
		if i := found.told(at, m.forth, back); i >= 0 {
			f := &found.list[i]
			f.more = append(f.more, pair{m.forth, back})
			if slices.Contains(m.loose, back) {
				f.loose = append(f.loose, back)
			}
		} else {
			rest = append(rest, back)
		}
	}
	if len(rest) == 0 {
		return
	}
	m.backs = rest
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

// told returns the index of the imbalance of the date at that sets a figure
// one way of forth's value against one the other way of back's, or -1.
func (found *imbalances) told(at int64, forth, back *Statement) int {
	has := func(i int) bool {
		f := &found.list[i]
		if !f.forth.sameTime(forth) || cmpDec(value(f.forth), value(forth)) != 0 {
			return false
		}
		for _, b := range f.backs {
			if cmpDec(value(b), value(back)) == 0 {
				return true
			}
		}
		return false
	}
	if found.byDay == nil {
		for i := range found.list {
			if has(i) {
				return i
			}
		}
		return -1
	}
	for _, i := range found.byDay[at] {
		if has(i) {
			return i
		}
	}
	return -1
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
			// One voice gives both directions: "Russia says it handed over …";
			// other voices that give the same pair are named too.
			var again []*Statement
			for _, m := range more {
				if m.forth.Origin == m.back.Origin && m.forth.Origin != forth.Origin {
					again = append(again, m.forth)
				}
			}
			switch aff := forth.Claim().Speaker.Affiliation; aff {
			case to:
				text = sprintf("%s says it handed over %s %s and received %s %s", to, qb, m, qf, citeAgain(p, back, again))
			case from:
				text = sprintf("%s says it handed over %s %s and received %s %s", from, qf, m, qb, citeAgain(p, forth, again))
			default:
				text = sprintf("%s handed over %s %s to %s and received %s in return %s", from, qf, m, to, qb, citeAgain(p, forth, again))
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
