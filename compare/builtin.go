package compare

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// conflictRule: figures for the same count, from different statements, as
// of the same date, whose intervals cannot both hold.
type conflictRule struct{}

func (conflictRule) Name() string { return string(Conflict) }

func (conflictRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class == classWithheld {
			return
		}
		buckets(run, func(b []Statement) {
			if len(b) < 2 {
				return
			}
			comps := components(b)
			for i := 1; i < len(comps); i++ {
				x, y := maxUpper(comps[i-1]), comps[i][0]
				if x.scope == scopeTotal && !x.explicit && y.explicit {
					// The lower figure may be one event of the total the
					// higher one states.
					continue
				}
				if floorAndEstimate(x, y) {
					continue
				}
				if x.Dating == Undated && !shareDocument(x, y) {
					// Figures with no date at all may be of any two
					// dates; only one report giving both is a conflict.
					continue
				}
				sev := High
				if x.Dating != Stated || y.Dating != Stated || x.class != classCount || x.scope == scopeTotal && !x.explicit {
					sev = Medium
				}
				what := thing(p, g.Key, x.Direction)
				qx, qy := quantity(p, x.Claim().Quantity), quantity(p, y.Claim().Quantity)
				var text string
				at := period(x.AsOf)
				if x.Dating == Undated {
					at = p.Sprintf("an unknown date")
				}
				wx, wy := who(x.Claim()), who(y.Claim())
				if wx == wy {
					text = p.Sprintf("%s gives two figures for %s as of %s: %s and %s, which cannot both hold",
						wx, what, at, qx, qy)
				} else {
					text = p.Sprintf("%s and %s give different figures for %s as of %s: %s against %s, which cannot both hold",
						wx, wy, what, at, qx, qy)
				}
				switch {
				case x.Dating == Undated:
					text += p.Sprintf(" (neither is dated)")
				case x.Dating != Stated && y.Dating != Stated:
					text += p.Sprintf(" (neither gives a date; both are taken as of publication)")
				case x.Dating != Stated:
					text += p.Sprintf(" (%s gives no date; taken as of publication)", wx)
				case y.Dating != Stated:
					text += p.Sprintf(" (%s gives no date; taken as of publication)", wy)
				}
				text += "."
				d, _ := subDec(value(y), value(x))
				emit(Finding{
					Type: Conflict, Severity: sev,
					Claims:      claimsOf(append(append([]*Statement{}, comps[i-1]...), comps[i]...)...),
					Arithmetic:  Numbers{Left: value(x), Right: value(y), Difference: d, Gap: gap(x.Upper, y.Lower), Ratio: ratio(value(y), value(x))},
					Explanation: text,
				})
			}
		})
	})
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
// contradiction of it.
func floorAndEstimate(lower, higher *Statement) bool {
	return lower.Kind == claims.Completed && higher.Kind == claims.Estimated
}

// regressionRule: a running total that is lower at a later date than it
// was at an earlier one.
type regressionRule struct{}

func (regressionRule) Name() string { return string(Regression) }

func (regressionRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class != classCount || run[0].scope != scopeTotal {
			return
		}
		var best *Statement // the highest total before the current date
		buckets(run, func(b []Statement) {
			if !dated(&b[0]) {
				return
			}
			if best != nil {
				for i := range b {
					s := &b[i]
					if !below(s.Upper, best.Lower) || floorAndEstimate(s, best) {
						continue
					}
					sev := High
					if s.Dating != Stated || best.Dating != Stated || !s.explicit || !best.explicit {
						sev = Medium // a date or the scope is inferred
					}
					d, _ := subDec(value(s), value(best))
					emit(Finding{
						Type: Regression, Severity: sev, Claims: claimsOf(best, s),
						Arithmetic: Numbers{Left: value(best), Right: value(s), Difference: d, Gap: gap(s.Upper, best.Lower),
							Ratio: ratio(value(s), value(best)), Days: days(best, s)},
						Explanation: p.Sprintf("The running total of %s falls from %s %s to %s %s, though a running total cannot shrink.",
							thing(p, g.Key, s.Direction), quantity(p, best.Claim().Quantity), cite(p, best),
							quantity(p, s.Claim().Quantity), cite(p, s)),
					})
				}
			}
			if h := highest(ptrs(b)); best == nil || cmpLower(h.Lower, best.Lower) > 0 {
				best = h
			}
		})
	})
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
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class != classCount || run[0].scope != scopeTotal || len(run) < 2 {
			return
		}
		// Each (document, statement) once, by document then date: the
		// totals of one document in the order of their dates.
		type mention struct {
			doc uint64
			s   *Statement
		}
		var ms []mention
		for i := range run {
			s := &run[i]
			if !dated(s) {
				continue
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
			emit(Finding{
				Type: Jump, Severity: Low, Claims: claimsOf(prev, s),
				Arithmetic: Numbers{Left: value(prev), Right: value(s), Difference: d, Gap: rise,
					Ratio: ratio(value(s), value(prev)), Days: days(prev, s)},
				Explanation: p.Sprintf("One report (%s) gives %s %s and then %s %s: a rise of at least %s in %s that it does not explain.",
					name, quantity(p, prev.Claim().Quantity)+" "+thing(p, g.Key, s.Direction), cite(p, prev),
					quantity(p, s.Claim().Quantity), cite(p, s), num(p, rise), dayCount(p, days(prev, s))),
			})
		}
	})
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
// a mutual claim in the group says so or one voice gives both.
type imbalanceRule struct{}

func (imbalanceRule) Name() string { return string(Imbalance) }

func (imbalanceRule) Check(g *Group, emit func(Finding)) {
	if g.Key.B == "" {
		return
	}
	// Two directions are an exchange when something in the group says so (a
	// mutual claim: an agreement, a formula, an exchange) or when one voice
	// gives both ("we returned 6,000 and received 57").
	exchange := false
	for i := range g.Statements {
		exchange = exchange || g.Statements[i].Direction == Both
	}
	for _, scope := range []uint8{scopeTotal, scopeEvent} {
		fw := findRun(g, Forward, classCount, scope, claims.Count)
		bw := findRun(g, Backward, classCount, scope, claims.Count)
		if fw == nil || bw == nil {
			continue
		}
		deals := agreementsFor(g, Forward)
		buckets(bw, func(b []Statement) {
			if !dated(&b[0]) {
				return
			}
			// fw and bw are sorted by date, and the statements of one date by
			// origin.
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
			match := ptrs(fw[lo:hi])
			top := highest(match)
			for i := range b {
				back := &b[i]
				forth := top
				if k, ok := slices.BinarySearchFunc(match, back.Origin, func(f *Statement, o string) int { return cmpString(f.Origin, o) }); ok {
					forth = match[k]
				}
				flo, fhi := g.e.interval(forth.Claim().Quantity, g.e.literal)
				blo, bhi := g.e.interval(back.Claim().Quantity, g.e.literal)
				if overlaps(flo, fhi, blo, bhi) {
					continue
				}
				if !exchange && forth.Origin != back.Origin {
					continue // two transfers, but nothing says they were an exchange
				}
				emit(imbalance(g, forth, back, deals.at(back.day)))
			}
		})
	}
}

func imbalance(g *Group, forth, back, deal *Statement) Finding {
	p := g.e.pr
	sprintf := p.Sprintf
	from, to := parties(g.Key, forth.Direction)
	qf, qb := quantity(p, forth.Claim().Quantity), quantity(p, back.Claim().Quantity)
	m := g.Key.Measure
	var text string
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
	} else {
		text = sprintf("%s handed over %s %s to %s %s and received %s in return %s", from, qf, m, to, cite(p, forth), qb, cite(p, back))
	}
	if deal != nil {
		text += sprintf(", under %s (%s)", deal.agreementPhrase(p), when(p, deal))
	}
	text += "."
	d, _ := subDec(value(back), value(forth))
	flo, fhi := g.e.interval(forth.Claim().Quantity, g.e.literal)
	blo, bhi := g.e.interval(back.Claim().Quantity, g.e.literal)
	var gp claims.Decimal
	if below(bhi, flo) {
		gp = gap(bhi, flo)
	} else if below(fhi, blo) {
		gp = gap(fhi, blo)
	}
	return Finding{
		Type: Imbalance, Severity: Medium, Claims: claimsOf(forth, back, deal),
		Arithmetic:  Numbers{Left: value(forth), Right: value(back), Difference: d, Gap: gp, Ratio: ratio(value(back), value(forth))},
		Explanation: text,
	}
}

// shortfallRule: an agreement against what was done since, with the share
// fulfilled. A mutual agreement of a formula ("6,000 for 6,000") is checked
// each way; a mutual figure that is not a formula ("an exchange of 1,200")
// is read as the total of both directions, the reading that flags less.
type shortfallRule struct{}

func (shortfallRule) Name() string { return string(Shortfall) }

func (shortfallRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	runs(g, func(run []Statement) {
		if run[0].class != classAgreed || run[0].Unit != claims.Count {
			return
		}
		// One agreement reported by several origins is one agreement: the
		// first statement of each set that agrees on a date stands for it.
		var deals []*Statement
		buckets(run, func(b []Statement) {
			for _, comp := range components(b) {
				deals = append(deals, highest(comp))
			}
		})
		var fwt, bwt totals
		if len(deals) > 0 {
			fwt = newTotals(findRun(g, Forward, classCount, scopeTotal, claims.Count))
			bwt = newTotals(findRun(g, Backward, classCount, scopeTotal, claims.Count))
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
			fw, bw := fwt.since(from), bwt.since(from)
			switch {
			case deal.Direction == Both && !q.Reciprocal:
				if fw == nil || bw == nil || !fw.Upper.Set || !bw.Upper.Set {
					continue
				}
				hi, ok := addDec(fw.Upper.Value, bw.Upper.Value)
				sum, ok2 := addDec(value(fw), value(bw))
				if !ok || !ok2 || !below(claims.Bound{Value: hi, Inclusive: fw.Upper.Inclusive && bw.Upper.Inclusive, Set: true}, deal.Lower) {
					continue
				}
				share := ratio(sum, value(deal))
				fromP, toP := parties(g.Key, Forward)
				emit(Finding{
					Type: Shortfall, Severity: Low, Claims: claimsOf(deal, fw, bw),
					Arithmetic: Numbers{Left: value(deal), Right: sum, Difference: mustSub(sum, value(deal)), Share: share,
						Terms: []claims.Decimal{value(fw), value(bw)}},
					Explanation: p.Sprintf("Of an agreed exchange of %s %s %s, %s have changed hands so far: %s from %s to %s %s and %s back %s, %s of the agreement.",
						quantity(p, q), g.Key.Measure, cite(p, deal), num(p, sum), quantity(p, fw.Claim().Quantity), fromP, toP, cite(p, fw),
						quantity(p, bw.Claim().Quantity), cite(p, bw), pct(p, share)),
				})
			default:
				for _, side := range []*Statement{fw, bw} {
					if side == nil || deal.Direction != Both && deal.Direction != side.Direction || !below(side.Upper, deal.Lower) {
						continue
					}
					share := ratio(value(side), value(deal))
					fromP, toP := parties(g.Key, side.Direction)
					emit(Finding{
						Type: Shortfall, Severity: Low, Claims: claimsOf(deal, side),
						Arithmetic:  Numbers{Left: value(deal), Right: value(side), Difference: mustSub(value(side), value(deal)), Share: share},
						Explanation: p.Sprintf("Under %s %s, %s has handed over %s %s to %s %s: %s of its part.", deal.agreementPhrase(p), cite(p, deal), fromP, quantity(p, side.Claim().Quantity), g.Key.Measure, toP, cite(p, side), pct(p, share)),
					})
				}
			}
		}
	})
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
	p := g.e.pr
	for _, d := range []Direction{Forward, Backward, None} {
		deal := agreement(g, d, 1<<31-1)
		if deal == nil || !deal.Upper.Set {
			continue
		}
		from := deal.day
		if !dated(deal) {
			from = undatedDay
		}
		totals := findRun(g, d, classCount, scopeTotal, claims.Count)
		offers := findRun(g, d, classOffered, scopeNone, claims.Count)
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
		var lo claims.Bound
		var terms []claims.Decimal
		switch {
		case offer != nil && base != nil && base.Lower.Set:
			v, ok := addDec(base.Lower.Value, offer.Lower.Value)
			if !ok {
				continue
			}
			lo = claims.Bound{Value: v, Inclusive: base.Lower.Inclusive && offer.Lower.Inclusive, Set: true}
			terms = []claims.Decimal{value(base), value(offer)}
		case offer != nil:
			lo = offer.Lower
		case base != nil:
			lo = base.Lower
		default:
			continue
		}
		if !below(deal.Upper, lo) {
			continue
		}
		fromP, toP := parties(g.Key, d)
		var text string
		var sum claims.Decimal
		switch {
		case terms != nil:
			sum, _ = addDec(value(base), value(offer))
			text = p.Sprintf("%s has handed over %s %s to %s and offers %s more %s: %s in all, against %s %s.",
				fromP, quantity(p, base.Claim().Quantity), g.Key.Measure, toP, quantity(p, offer.Claim().Quantity), cite(p, offer),
				num(p, sum), deal.agreementPhrase(p), cite(p, deal))
		case offer != nil:
			sum = value(offer)
			text = p.Sprintf("%s offers %s %s to %s %s, beyond %s %s.",
				fromP, quantity(p, offer.Claim().Quantity), g.Key.Measure, toP, cite(p, offer), deal.agreementPhrase(p), cite(p, deal))
		default:
			sum = value(base)
			text = p.Sprintf("%s has handed over %s %s to %s %s, beyond %s %s.",
				fromP, quantity(p, base.Claim().Quantity), g.Key.Measure, toP, cite(p, base), deal.agreementPhrase(p), cite(p, deal))
		}
		emit(Finding{
			Type: Exceeds, Severity: Medium, Claims: claimsOf(deal, base, offer),
			Arithmetic: Numbers{Left: value(deal), Right: sum, Difference: mustSub(sum, value(deal)), Gap: gap(deal.Upper, lo),
				Sum: sum, Terms: terms, Ratio: ratio(sum, value(deal))},
			Explanation: text,
		})
	}
}

// arithmeticSlack is how far below a stated total the sum of events may
// fall and still be read as the same events that do not add up; further
// below, the events are taken to be incomplete and nothing is flagged.
const arithmeticSlack = 0.9

// arithmeticRule: single events (one figure per date) that do not sum to a
// running total stated as of a date on or after the last of them. Events
// summing to more than the total are always flagged; to less, only when the
// sum comes within 10% of the total (otherwise some events are likely
// missing). Only exact event figures are summed.
type arithmeticRule struct{}

func (arithmeticRule) Name() string { return string(Arithmetic) }

func (arithmeticRule) Check(g *Group, emit func(Finding)) {
	p := g.e.pr
	for _, d := range []Direction{None, Forward, Backward} {
		events := findRun(g, d, classCount, scopeEvent, claims.Count)
		totals := findRun(g, d, classCount, scopeTotal, claims.Count)
		if len(events) < 2 || len(totals) == 0 {
			continue
		}
		// One figure per event date: the first statement of each date.
		var evs []*Statement
		buckets(events, func(b []Statement) {
			if dated(&b[0]) && b[0].Dating == Stated {
				evs = append(evs, &b[0])
			}
		})
		var sum claims.Decimal
		var terms []claims.Decimal // the figures summed so far
		next, broken := 0, false
		buckets(totals, func(b []Statement) {
			if b[0].Dating != Stated {
				return
			}
			// The running sum advances with the totals' dates: O(events +
			// totals) for the run.
			for next < len(evs) && evs[next].day <= b[0].day && !broken {
				ev := evs[next]
				s, ok := addDec(sum, ev.value)
				if !ev.exact || !ok {
					broken = true // a hedged event: no exact sum from here on
					break
				}
				sum = s
				terms = append(terms, ev.value)
				next++
			}
			if broken || next < 2 {
				return
			}
			used := evs[:next:next]
			terms := terms[:next:next]
			point := claims.Incl(sum)
			var matching, wrong []*Statement
			for i := range b {
				t := &b[i]
				if !below(t.Upper, point) && !below(point, t.Lower) {
					matching = append(matching, t)
				} else {
					wrong = append(wrong, t)
				}
			}
			var agree, termText string // the same for every wrong total
			for _, t := range wrong {
				sev := Medium
				if below(t.Upper, point) {
					sev = High
				} else if !t.Lower.Set || ratio(sum, t.Lower.Value) < arithmeticSlack {
					continue
				}
				if termText == "" {
					var b strings.Builder
					for i, x := range terms {
						if i > 0 {
							b.WriteString(" + ")
						}
						b.WriteString(num(p, x))
					}
					termText = b.String()
					var names []string
					for _, m := range matching {
						names = append(names, who(m.Claim()))
					}
					switch names = distinct(names); len(names) {
					case 0:
					case 1:
						agree = p.Sprintf(", while %s gives the sum", names[0])
					default:
						agree = p.Sprintf(", while %s give the sum", list(p, names))
					}
				}
				text := p.Sprintf("The %d single-day figures for %s over %s add up to %s (%s), not the %s stated by %s (%s)",
					len(used), thing(p, g.Key, d), period(claims.Between(used[0].AsOf.From, used[len(used)-1].AsOf.End())),
					num(p, sum), termText, quantity(p, t.Claim().Quantity), who(t.Claim()), when(p, t))
				text += agree + "."
				all := append(append([]*Statement{t}, used...), matching...)
				emit(Finding{
					Type: Arithmetic, Severity: sev, Claims: claimsOf(all...),
					Arithmetic: Numbers{Left: value(t), Right: sum, Difference: mustSub(sum, value(t)), Sum: sum, Terms: terms,
						Ratio: ratio(sum, value(t))},
					Explanation: text,
				})
			}
		})
	}
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
			Type: Echo, Severity: Info, Claims: claimsOf(s),
			Arithmetic: Numbers{Origins: 1, Outlets: len(outlets)},
			Explanation: p.Sprintf("%s %s %s reached %d outlets (%s) from one origin, %s: it counts as one source, not %d.",
				quantity(p, s.Claim().Quantity), thing(p, g.Key, s.Direction), p.Sprintf("(%s, %s)", s.Origin, when(p, s)), len(outlets), list(p, outlets),
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
	return p.Sprintf("%s, through one %s story", s.Origin, wire)
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
			for _, comp := range components(b) {
				origins := distinctOrigins(comp)
				if len(origins) < 2 {
					continue
				}
				h := highest(comp)
				emit(Finding{
					Type: Corroboration, Severity: Info, Claims: claimsOf(comp...),
					Arithmetic: Numbers{Origins: len(origins)},
					Explanation: p.Sprintf("%d independent origins agree on %s %s as of %s: %s.",
						len(origins), quantity(p, h.Claim().Quantity), thing(p, g.Key, h.Direction), when(p, h), list(p, origins)),
				})
			}
		})
	})
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
				Type: Withheld, Severity: Info, Claims: claimsOf(s),
				Explanation: p.Sprintf("%s did not give the number of %s (%s).", who(s.Claim()), thing(p, g.Key, s.Direction), when(p, s)),
			})
		}
	})
}
