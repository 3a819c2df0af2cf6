package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// How sure the engine is of the fields a finding stands on. A claim's
// source says, field by field, whether it read the field from explicit
// words, inferred it or fell back to a default (claims.FieldConfidence); a
// finding that stands on a field read less than explicitly is for review.

// reading is how confidently the fields that place a claim in a comparison
// were read: what it counts, who gives and receives, its kind, its scope
// and its as-of date. The zero value is all explicit.
type reading struct {
	measure, parties, kind, scope, asOf claims.Confidence
	// subj and recip are how the subject and the recipient were read, as
	// given: explanations say what was received rather than what was
	// handed over when only the recipient is named.
	subj, recip claims.Confidence
}

// best returns, field by field, the more confident of r and s: a statement
// said by several claims is as sure as its surest claim.
func (r reading) best(s reading) reading {
	return reading{min(r.measure, s.measure), min(r.parties, s.parties), min(r.kind, s.kind),
		min(r.scope, s.scope), min(r.asOf, s.asOf), min(r.subj, s.subj), min(r.recip, s.recip)}
}

// docPair is an unordered pair of parties named in one document.
type docPair struct {
	doc  uint64
	a, b string
}

func pairOf(doc uint64, a, b string) docPair {
	if b < a {
		a, b = b, a
	}
	return docPair{doc, a, b}
}

// A Pair is two parties that one document names, both explicitly, for
// some figure it gives (see PairOf and Options.Pairs). A and B are in
// order (A ≤ B), so a pair is the same whichever way its figure went. The
// zero value names no pair.
type Pair struct {
	Document string // the claim's Source.Document
	A, B     string
}

// PairOf returns the pair of parties c names explicitly, and whether it
// names one: both its subject and its recipient are given and were read
// from explicit words. Such a pair lets a document's other claims between
// the same two parties stand on the document's words where one of their
// parties was only filled in (see Options.Pairs).
func PairOf(c *claims.Claim) (Pair, bool) {
	if c.Subject == "" || c.Recipient == "" || c.Confidence.Subject != claims.Explicit || c.Confidence.Recipient != claims.Explicit {
		return Pair{}, false
	}
	a, b := c.Subject, c.Recipient
	if b < a {
		a, b = b, a
	}
	return Pair{c.Source.Document, a, b}, true
}

// explicitPairs returns the pairs of parties that some claim of each
// document names both explicitly.
func explicitPairs(cs []claims.Claim) map[docPair]bool {
	out := make(map[docPair]bool)
	for i := range cs {
		if p, ok := PairOf(&cs[i]); ok {
			out[pairOf(docHash(p.Document), p.A, p.B)] = true
		}
	}
	return out
}

// readingOf returns how confidently c was read, given the explicit pairs
// of parties of each document.
//
// Its parties are as sure as the less sure of its subject and recipient,
// with one exception: when a source fills in one party as the story's
// other party (a default) and the same document names that very pair
// explicitly for some figure, the pair stands on the document's own words,
// and the claim's direction on the party its sentence names. So "we have
// returned 6,000, receiving only 57 in return", in a report that says
// elsewhere that Moscow handed bodies to Ukraine, places the 57 between
// Russia and Ukraine as surely as the text does.
func readingOf(c *claims.Claim, doc uint64, pairs map[docPair]bool) reading {
	f := c.Confidence
	r := reading{measure: f.Measure, kind: f.Kind, scope: f.Scope, asOf: f.AsOf, subj: f.Subject, recip: f.Recipient}
	s, t := f.Subject, f.Recipient
	if c.Subject == "" {
		s = t
	}
	if c.Recipient == "" {
		t = s
	}
	r.parties = max(s, t)
	if r.parties != claims.Explicit && c.Subject != "" && c.Recipient != "" && pairs[pairOf(doc, c.Subject, c.Recipient)] {
		if c.Mutual {
			r.parties = claims.Explicit // an exchange has no direction to get wrong
		} else {
			r.parties = min(s, t)
		}
	}
	return r
}

// stands says which fields a finding stands on.
type stands uint8

const (
	onMeasure stands = 1 << iota
	onParties
	onKind
	onScope // the scope as the source read it
	onAsOf
	// onUnstated: a figure that does not say whether it is one event or a
	// running total is read as a total (the scope class of the run it is
	// in), which the finding stands on.
	onUnstated
	// onTwin: a running total whose figure an event of its own day gives
	// (see markTwins), read as a total all the same. Doubted wherever the
	// scope is.
	onTwin

	onPlacement = onMeasure | onParties | onKind | onScope | onAsOf
)

// doubt is one reading a finding stands on that is not explicit.
type doubt struct {
	s     *Statement
	field stands
	level claims.Confidence
}

// received reports whether s's claims name who received the figure but not
// who gave it (the giver is inferred or a default): an explanation then
// says what the recipient received, as the claims have it, not what the
// other side handed over.
func received(s *Statement) bool {
	return s.conf.subj != claims.Explicit && s.conf.recip == claims.Explicit && s.Direction != Both
}

// doubts returns the readings of ss on fields on that are not explicit, in
// order, each statement and field once.
func doubts(on stands, ss ...*Statement) []doubt {
	var out []doubt
	for i, s := range ss {
		if s == nil || containsStatement(ss[:i], s) {
			continue
		}
		r := s.conf
		for _, f := range [...]struct {
			field stands
			level claims.Confidence
		}{{onMeasure, r.measure}, {onParties, r.parties}, {onKind, r.kind}, {onScope, r.scope}, {onAsOf, r.asOf}} {
			if on&f.field != 0 && f.level != claims.Explicit {
				out = append(out, doubt{s, f.field, f.level})
			}
		}
		if on&onUnstated != 0 && s.scope == scopeTotal && !s.explicit && s.class == classCount {
			out = append(out, doubt{s, onUnstated, claims.Inferred})
		}
		if on&onScope != 0 && s.twin != nil {
			out = append(out, doubt{s, onTwin, claims.Inferred})
		}
	}
	return out
}

func containsStatement(ss []*Statement, s *Statement) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

// review marks f for review when a field of ss that it stands on (on) was
// not read explicitly: it sets Confidence and Review and lowers Severity
// to at most Low. It reports whether f is for review.
func (g *Group) review(f *Finding, on stands, ss ...*Statement) bool {
	ds := doubts(on, ss...)
	if len(ds) == 0 {
		return false
	}
	n := reviewNote{p: g.e.pr}
	for _, d := range ds {
		n.add(d.field, d.level, d.s.Direction == None, d.s.Claim())
	}
	return n.mark(f)
}

// reviewNote gathers the readings a finding stands on that the text does
// not state, one clause per field and confidence, naming every figure it
// holds for: "the dates of 20 (Janan Saiq) and 203 (UNOCHA), taken from
// the publication date". Group.review and Document.reviewClaims fill it.
type reviewNote struct {
	p     *printer
	least claims.Confidence
	order []doubtKind
	figs  map[doubtKind][]string
}

// doubtKind is one clause of a review note.
type doubtKind struct {
	field stands
	level claims.Confidence
	count bool // a count of one party or place, not a transfer
}

// add notes that c's field was read at level (not explicitly).
func (n *reviewNote) add(field stands, level claims.Confidence, count bool, c *claims.Claim) {
	if n.figs == nil {
		n.least, n.figs = claims.Explicit, map[doubtKind][]string{}
	}
	n.least = max(n.least, level)
	k := doubtKind{field, level, count}
	if _, ok := n.figs[k]; !ok {
		n.order = append(n.order, k)
	}
	n.figs[k] = append(n.figs[k], n.p.Sprints("%s (%s)", quantity(n.p, c.Quantity), who(c)))
}

// mark marks f for review with the note, when it holds anything: it sets
// Confidence and Review and lowers Severity to at most Low. It reports
// whether f is for review.
func (n *reviewNote) mark(f *Finding) bool {
	if len(n.order) == 0 {
		return false
	}
	var parts []string
	for _, k := range n.order {
		parts = append(parts, doubtText(n.p, k.field, k.level, k.count, distinct(n.figs[k])))
	}
	f.Confidence = n.least
	f.Review = capitalize(n.p.Sprints("stands on readings the text does not state: %s.", strings.Join(parts, "; ")))
	if f.Severity > Low {
		f.Severity = Low
	}
	return true
}

// addReview marks f for review for the reason why (a clause without its
// full stop), after the reasons it already has, and lowers it to Low.
func addReview(f *Finding, why string) {
	if f.Review == "" {
		f.Review = capitalize(why) + "."
	} else {
		f.Review = strings.TrimSuffix(f.Review, ".") + "; " + why + "."
	}
	f.Confidence = max(f.Confidence, claims.Inferred)
	if f.Severity > Low {
		f.Severity = Low
	}
}

// reviewOneVoice marks f for review because one voice gives all its
// figures in one report (see oneVoice); s is one of them.
func (g *Group) reviewOneVoice(f *Finding, s *Statement) {
	p := g.e.pr
	why := p.Sprints("%s gives all these figures in one report: they more likely count different things (a part and its whole, two places) than contradict each other", who(s.Claim()))
	addReview(f, why)
}

// reviewApart marks f for review because its figures x and y are too far
// apart to be two estimates of one count (see farApart).
func (g *Group) reviewApart(f *Finding, x, y *Statement) {
	p := g.e.pr
	why := p.Sprints("%s (%s) is less than a hundredth of %s (%s): the two more likely count different things, or one is misread, than estimate the same count",
		quantity(p, x.Claim().Quantity), who(x.Claim()), quantity(p, y.Claim().Quantity), who(y.Claim()))
	addReview(f, why)
}

// doubtText says what is doubtful about a field of the figures figs:
// "the dates of 20 (Janan Saiq) and 203 (UNOCHA), taken from the
// publication date".
func doubtText(p *printer, field stands, c claims.Confidence, count bool, figs []string) string {
	of := list(p, figs)
	many := len(figs) > 1
	how := p.Sprints("inferred")
	switch field {
	case onAsOf:
		if c == claims.Defaulted {
			how = p.Sprints("taken from the publication date")
		}
		if many {
			return p.Sprints("the dates of %s, %s", of, how)
		}
		return p.Sprints("the date of %s, %s", of, how)
	case onParties:
		if c == claims.Defaulted {
			how = p.Sprints("filled in from the story's parties")
		}
		if count {
			return p.Sprints("whom or where %s counts, %s", of, how)
		}
		return p.Sprints("who gives and who receives %s, %s", of, how)
	case onMeasure:
		if c == claims.Defaulted {
			how = p.Sprints("a default")
		}
		return p.Sprints("what %s counts, %s", of, how)
	case onKind:
		if c == claims.Defaulted {
			how = p.Sprints("a default")
		}
		return p.Sprints("whether %s happened, was agreed or was offered, %s", of, how)
	case onScope:
		if c == claims.Defaulted {
			how = p.Sprints("a default")
		}
		if many {
			return p.Sprints("whether %s are single events or running totals, %s", of, how)
		}
		return p.Sprints("whether %s is one event or a running total, %s", of, how)
	case onTwin:
		if many {
			return p.Sprints("whether %s are running totals or the handovers of their days that other figures give", of)
		}
		return p.Sprints("whether %s is a running total or the handover of its day that another figure gives", of)
	case onUnstated:
		if many {
			return p.Sprints("whether %s are single events or running totals, which they do not say", of)
		}
		return p.Sprints("whether %s is one event or a running total, which it does not say", of)
	}
	return of
}
