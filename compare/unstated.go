package compare

import (
	"github.com/crosscheck/crosscheck/claims"
)

// unstatedRule: for a count of one party or place (a crowd, a strike, a
// toll, a share of the vote), a figure read as one event ("25 million
// joined Friday's strike") against a figure of the same day that does not
// say whether it is an event or a total ("no more than 11 million"), whose
// intervals cannot both hold. The conflict rule compares like with like,
// and an event is never set against a total; but a figure of no stated
// scope is as likely the count of that day's event as a running total, so
// the pair is a conflict for review, saying which figure's scope it stands
// on. Transfers are left out: a handover of no stated scope ("has received
// 57") is most often a running total, which a day's handover does not
// contradict.
type unstatedRule struct{}

func (unstatedRule) Name() string { return "conflict-unstated" }

func (unstatedRule) builtin() {}

func (unstatedRule) Check(g *Group, emit func(Finding)) {
	if partyless(g) {
		return
	}
	p := g.e.pr
	runs(g, func(events []Statement) {
		if events[0].Direction != None || events[0].class != classCount || events[0].scope != scopeEvent {
			return
		}
		unstated := keep(findRun(g, None, classCount, scopeTotal, events[0].Unit), func(s *Statement) bool { return !s.explicit })
		if len(unstated) == 0 {
			return
		}
		k0 := 0 // the first figure of no stated scope not before the day: both runs go by date
		for i := range events {
			e := &events[i]
			if !dated(e) || i > 0 && events[i-1].sameTime(e) {
				continue // one finding a day: the first event statement of each date leads
			}
			for k0 < len(unstated) && (unstated[k0].day < e.day || unstated[k0].day == e.day && unstated[k0].from < e.from) {
				k0++
			}
			// The events of this day, and the figures of no stated scope.
			var day []*Statement
			for j := i; j < len(events) && events[j].sameTime(e); j++ {
				day = append(day, &events[j])
			}
			var x, y *Statement // the pair furthest apart
			var widest claims.Decimal
			for k := k0; k < len(unstated) && unstated[k].sameTime(e); k++ {
				u := &unstated[k]
				for _, ev := range day {
					lo, hi := ev, u
					if cmpLower(u.Lower, ev.Lower) < 0 {
						lo, hi = u, ev
					}
					if !below(lo.Upper, hi.Lower) || farApart(lo, hi) || floorAndEstimate(lo, hi) {
						continue
					}
					if gp := gap(lo.Upper, hi.Lower); x == nil || cmpDec(gp, widest) > 0 {
						x, y, widest = lo, hi, gp
					}
				}
			}
			if x == nil {
				continue
			}
			d, _ := subDec(value(y), value(x))
			f := Finding{
				Type: Conflict, Severity: Low, Claims: g.e.claimsOf(x, y),
				Arithmetic: Numbers{Left: value(x), Right: value(y), Difference: d, Gap: widest, Ratio: ratio(value(y), value(x))},
			}
			wx, wy := who(x.Claim()), who(y.Claim())
			qx, qy := quantity(p, x.Claim().Quantity), quantity(p, y.Claim().Quantity)
			if wx == wy {
				f.Explanation = p.Sprints("%s gives two figures for %s as of %s: %s and %s, which cannot both hold if both count that day's event.",
					wx, g.thing(None), period(x.AsOf), qx, qy)
			} else {
				f.Explanation = p.Sprints("%s and %s give different figures for %s as of %s: %s against %s, which cannot both hold if both count that day's event.",
					wx, wy, g.thing(None), period(x.AsOf), qx, qy)
			}
			on := onPlacement | onUnstated
			if sharedPublicationDay([]*Statement{x, y}) {
				on &^= onAsOf // see publicationDay
			}
			g.review(&f, on, x, y)
			if oneVoice(x, y) {
				g.reviewOneVoice(&f, x)
			}
			emit(f)
		}
	})
}
