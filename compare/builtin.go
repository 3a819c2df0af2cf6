package compare

import (
	"slices"

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

// toldTogether reports whether one sentence of one document gives a claim
// of a and one of b: the figure and the one it is compared with ("rose
// from 300 to 450 on Monday", "fell from 120 to 80", "up from 1 million a
// week earlier"). The report tells that change itself; it is no rise or
// fall between two of its statements that it leaves unexplained.
func toldTogether(a, b *Statement) bool {
	for _, x := range a.Claims {
		if x.Source.Document == "" || x.Evidence.End <= x.Evidence.Start {
			continue
		}
		for _, y := range b.Claims {
			if y.Evidence.Span == x.Evidence.Span && y.Source.Document == x.Source.Document {
				return true
			}
		}
	}
	return false
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
