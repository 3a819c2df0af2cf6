package compare

import (
	"slices"

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
			// Every pair that cannot both hold, the one furthest apart first.
			type pair struct{ x, y *Statement }
			var ps []pair
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
					ps = append(ps, pair{lo, hi})
					if gp := gap(lo.Upper, hi.Lower); len(ps) == 1 || cmpDec(gp, widest) > 0 {
						ps[0], ps[len(ps)-1] = ps[len(ps)-1], ps[0]
						widest = gp
					}
				}
			}
			if len(ps) == 0 {
				continue
			}
			x, y := ps[0].x, ps[0].y
			all := []*Statement{x, y}
			for _, pr := range ps[1:] {
				for _, s := range [2]*Statement{pr.x, pr.y} {
					if !containsStatement(all, s) {
						all = append(all, s)
					}
				}
			}
			d, _ := subDec(value(y), value(x))
			cs, at := assemble(g, all...)
			f := Finding{
				Type: Conflict, Severity: Low, Claims: cs,
				Arithmetic: Numbers{Left: value(x), Right: value(y), Difference: d, Gap: widest, Ratio: ratio(value(y), value(x))},
			}
			for _, pr := range ps[1:] {
				dd, _ := subDec(value(pr.y), value(pr.x))
				if len(f.Instances) == 0 {
					f.Instances = append(f.Instances, instance(at, f.Arithmetic, x, y))
				}
				f.Instances = append(f.Instances, instance(at, Numbers{Left: value(pr.x), Right: value(pr.y), Difference: dd,
					Gap: gap(pr.x.Upper, pr.y.Lower), Ratio: ratio(value(pr.y), value(pr.x))}, pr.x, pr.y))
			}
			// The figures from the lowest up, each once with who gives it.
			byValue := slices.Clone(all)
			slices.SortStableFunc(byValue, func(a, b *Statement) int { return cmpLower(a.Lower, b.Lower) })
			var figs, names []string
			var by [][]string // who gives each figure
			for _, s := range byValue {
				q, w := quantity(p, s.Claim().Quantity), who(s.Claim())
				names = append(names, w)
				if n := len(figs); n > 0 && figs[n-1] == q {
					if !slices.Contains(by[n-1], w) {
						by[n-1] = append(by[n-1], w)
					}
					continue
				}
				figs, by = append(figs, q), append(by, []string{w})
			}
			names = distinct(names)
			whos := make([]string, len(by))
			for i, ws := range by {
				whos[i] = list(p, ws)
			}
			switch {
			case len(figs) > 2:
				verb := "give"
				if len(names) == 1 {
					verb = "gives"
				}
				for i := range figs {
					figs[i] = p.Sprints("%s (%s)", figs[i], whos[i])
				}
				f.Explanation = p.Sprintf("%s %s %d different figures for %s as of %s: %s, which cannot all hold if all count that day's event.",
					list(p, names), verb, len(figs), g.thing(None), period(x.AsOf), list(p, figs))
			case len(names) == 1:
				f.Explanation = p.Sprints("%s gives two figures for %s as of %s: %s and %s, which cannot both hold if both count that day's event.",
					names[0], g.thing(None), period(x.AsOf), figs[0], figs[1])
			case len(names) > 2:
				f.Explanation = p.Sprints("%s give different figures for %s as of %s: %s (%s) against %s (%s), which cannot both hold if both count that day's event.",
					list(p, names), g.thing(None), period(x.AsOf), figs[0], whos[0], figs[1], whos[1])
			default:
				f.Explanation = p.Sprints("%s and %s give different figures for %s as of %s: %s against %s, which cannot both hold if both count that day's event.",
					whos[0], whos[1], g.thing(None), period(x.AsOf), figs[0], figs[1])
			}
			on := onPlacement | onUnstated
			if sharedPublicationDay(all) {
				on &^= onAsOf // see publicationDay
			}
			g.review(&f, on, all...)
			if oneVoice(all...) {
				g.reviewOneVoice(&f, x)
			}
			emit(f)
		}
	})
}
