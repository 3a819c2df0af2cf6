package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

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

// sinceDeal returns the totals of a run that may count what was done under
// deal: when the run stood at a level before the agreement was made, a
// later total of twice the agreed figure or more counts from that earlier
// start too ("15,801 since the war began", after 9,744 in May and a deal on
// 6,000 in June), and what it holds beyond the agreement is not the
// agreement exceeded.
func sinceDeal(totals []Statement, deal *Statement) []Statement {
	if !dated(deal) {
		return totals
	}
	start := dealStart(deal)
	before := false
	for i := range totals {
		if dated(&totals[i]) && totals[i].day < start {
			before = true
			break
		}
	}
	if !before {
		return totals
	}
	return keep(totals, func(s *Statement) bool { return s.day < start || !atLeastTwice(s.Lower, value(deal)) })
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
	totals = sinceDeal(totals, deal)
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
