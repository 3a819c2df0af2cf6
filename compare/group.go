package compare

import (
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/message"
)

// A Direction says which way a figure goes between the two parties of its
// group's Key.
type Direction int8

// Directions. The zero value is None.
const (
	None     Direction = iota // a count of one party, or a figure with no direction
	Forward                   // Key.A gives to Key.B
	Backward                  // Key.B gives to Key.A
	Both                      // mutual: an exchange or a formula that holds both ways
)

// String returns "none", "forward", "backward" or "both".
func (d Direction) String() string {
	switch d {
	case Forward:
		return "forward"
	case Backward:
		return "backward"
	case Both:
		return "both"
	}
	return "none"
}

// keyOf returns KeyOf(c) and which way c goes within that group: the
// parties are put in order, so a claim whose subject sorts after its
// recipient goes backward.
func keyOf(c *claims.Claim) (Key, Direction) {
	a, b, m := c.Subject, c.Recipient, groupMeasure(c.Measure)
	switch {
	case c.Mutual:
		if a != "" && b != "" && b < a {
			a, b = b, a
		}
		return Key{Measure: m, A: a, B: b}, Both
	case a == "" || b == "":
		return Key{Measure: m, A: a, B: b}, None
	case b < a:
		return Key{Measure: m, A: b, B: a}, Backward
	}
	return Key{Measure: m, A: a, B: b}, Forward
}

// Dating says where a statement's as-of date comes from.
type Dating uint8

// Datings. The zero value is Stated.
const (
	Stated          Dating = iota // the claim says as of when
	FromPublication               // the claim gives no date; its publication date stands in
	Undated                       // no date at all
)

// kind classes: figures for the same count compare with each other, and
// only with each other.
const (
	classCount    uint8 = iota // completed, estimated, or no kind given
	classAgreed                // agreed
	classOffered               // offered
	classWithheld              // withheld
	classOther                 // any other kind, compared by name
	// classChange: a change rather than a level ("rose by 11", "up 5%"),
	// whatever its kind: compared only with changes, never set in a
	// running total or against an agreement.
	classChange
)

func classOf(k claims.Kind) uint8 {
	switch k {
	case claims.Completed, claims.Estimated, "":
		return classCount
	case claims.Agreed:
		return classAgreed
	case claims.Offered:
		return classOffered
	case claims.Withheld:
		return classWithheld
	}
	return classOther
}

// scope classes: a count with no scope given is read as a running total.
const (
	scopeNone  uint8 = iota // agreements, offers, withheld figures
	scopeTotal              // a running total (or a count with no scope given)
	scopeEvent              // one event
)

func scopeOf(class uint8, s claims.Scope) uint8 {
	switch {
	case class != classCount && class != classOther:
		return scopeNone
	case s == claims.Event:
		return scopeEvent
	}
	return scopeTotal
}

const undatedDay = math.MinInt32

// civil returns the date n days after 1970-01-01 (the inverse of day).
func civil(n int32) claims.Date {
	// Howard Hinnant's civil_from_days.
	z := int64(n) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return claims.Date{Year: int(y), Month: time.Month(m), Day: int(d)}
}

// docHash returns a hash of a document's name, 0 for none.
func docHash(doc string) uint64 { return strHash(doc) }

// prefix returns the first eight bytes of s as a big-endian number, so
// that strings that differ there compare as their prefixes do.
func prefix(s string) uint64 {
	if len(s) >= 8 { // most names: one load
		_ = s[7]
		return uint64(s[0])<<56 | uint64(s[1])<<48 | uint64(s[2])<<40 | uint64(s[3])<<32 |
			uint64(s[4])<<24 | uint64(s[5])<<16 | uint64(s[6])<<8 | uint64(s[7])
	}
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// strHash returns the FNV-1a hash of s with its lowest bit set, or 0 for
// "": the same on every run and machine, so that what is sorted by it is
// sorted the same way every time.
func strHash(s string) uint64 {
	if s == "" {
		return 0
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h | 1
}

// scopeName returns the claims.Scope of a scope class.
func scopeName(s uint8) claims.Scope {
	switch s {
	case scopeTotal:
		return claims.Total
	case scopeEvent:
		return claims.Event
	}
	return ""
}

// day returns the number of days from 1970-01-01 to d.
func day(d claims.Date) int32 {
	// Howard Hinnant's days_from_civil.
	y, m := int64(d.Year), int64(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// A Statement is one thing said: the claims in a group that give the same
// figure (intervals that meet) for the same direction, kind, scope and
// as-of date, from the same origin. One speaker restating a figure ("an
// additional 3,000", "nearly 3,000", "another 3,000") is one Statement; so
// is one wire story carried by several outlets.
//
// A Statement points at the claims given to Check, which it does not copy:
// treat them as read-only. The zero value is an empty statement.
type Statement struct {
	// Claims say it; the first is the representative, the one whose interval
	// is the narrowest from below, and the others follow by document and
	// position.
	Claims    []*claims.Claim
	Direction Direction
	// Kind is the representative's kind.
	Kind claims.Kind
	// Scope is claims.Total for a count that gives no scope (read as a
	// running total; findings that rest on that reading rank lower).
	Scope claims.Scope
	Unit  claims.Unit
	// AsOf is the date the figure holds as of: the claims' own, or, when they
	// give none, their publication date (see Dating).
	AsOf   claims.Period
	Dating Dating
	// Origin is who the figure comes from: the speaker's name, or else the
	// outlet a story started from (Source.Origin), or else the document.
	Origin string
	// Lower and Upper are the interval all its claims allow under the
	// tolerance.
	Lower, Upper claims.Bound

	class, scope uint8
	from, day    int32
	docs         []uint64 // docHash of each claim's document
	explicit     bool     // some claim states the scope itself
	// value and exact are the representative's figure and whether it is
	// stated exactly (no hedge, not vague), kept here so that rules need
	// not reach into the claim.
	value claims.Decimal
	exact bool
	// conf is how confidently the statement's fields were read: for each,
	// the best reading among its claims.
	conf     reading
	doubtful bool // conf is not every field explicit
	// hedges says which of hedgeBound, hedgeFlat and hedgePlural its
	// claims are, so that drift reaches into the claims of no statement
	// that has none.
	hedges uint8
	// twin, for a running total ("has handed over 1,000"), is an event of
	// the same count, direction and day whose figure meets it: the total
	// may well be that event, told as done (see markTwins).
	twin *Statement
	orig uint64 // prefix(Origin)
	oh   uint64 // strHash(Origin): statements of one date are sorted by orig, then oh
}

// Claim returns the representative claim.
func (s *Statement) Claim() *claims.Claim { return s.Claims[0] }

// Outlets returns the distinct outlets that carried the statement (a
// claim's Source.Outlet, or its document when it names no outlet), sorted.
func (s *Statement) Outlets() []string {
	var out []string
	for _, c := range s.Claims {
		o := c.Source.Outlet
		if o == "" {
			o = c.Source.Document
		}
		if o != "" {
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameTime reports whether s and t hold as of the same date.
func (s *Statement) sameTime(t *Statement) bool { return s.day == t.day && s.from == t.from }

// A Group is the claims that share a Key, gathered into Statements sorted by
// direction, kind, scope, unit, as-of date, origin and figure. Groups are
// independent of each other: each can be checked on its own, given the
// corpus's explicit pairs of parties (Options.Pairs) when it is checked
// apart from the rest.
//
// A Group is built by Groups or Check and is read-only for rules.
type Group struct {
	Key        Key
	Statements []Statement
	e          *engine
	spans      []span    // its runs, for findRun; nil until first asked
	things     [4]string // thing(Key, d) for each direction d, once asked
	// defaulted is set when some claim of the grouping (of this group or
	// another) has a date taken by default: rules that look for such dates
	// (defaultedChange) skip the groups of a corpus that has none.
	defaulted bool
}

// thing is thing(p, g.Key, d), worded once per group and direction: most
// findings of a group name what it counts, in the words of its claims.
func (g *Group) thing(d Direction) string {
	k := g.Key
	if d < None || d > Both {
		k.Measure = g.words()
		return thing(g.e.pr, k, d)
	}
	if g.things[d] == "" {
		k.Measure = g.words()
		g.things[d] = thing(g.e.pr, k, d)
	}
	return g.things[d]
}

// words names what the group counts as its claims do: their one word, or
// their words apart, sorted, where kin measures (kinMeasures) met in it
// ("detainees / prisoners").
func (g *Group) words() string {
	var seen []string
	for i := range g.Statements {
		for _, c := range g.Statements[i].Claims {
			if !slices.Contains(seen, c.Measure) {
				seen = append(seen, c.Measure)
			}
		}
	}
	if len(seen) == 0 {
		return g.Key.Measure
	}
	slices.Sort(seen)
	return strings.Join(seen, " / ")
}

// Tolerance returns the tolerance the group's figures were read under.
func (g *Group) Tolerance() claims.Tolerance { return g.e.tol }

// Printer returns the printer for explanations, in the reader's language.
func (g *Group) Printer() *message.Printer { return g.e.printer }

// Interval returns the interval q stands for under the group's tolerance
// (see Options.Tolerance and Options.ExactDigits).
func (g *Group) Interval(q claims.Quantity) (lo, hi claims.Bound) { return g.e.interval(&q, g.e.tol) }

// interval returns q's interval under t, reading figures with ExactDigits
// significant digits or more as exact. It takes q by pointer, as it runs
// for every claim: a Quantity is large to copy.
func (e *engine) interval(q *claims.Quantity, t claims.Tolerance) (lo, hi claims.Bound) {
	if !q.IsValid() {
		return claims.Unbounded, claims.Unbounded
	}
	if !t.Rounding && (t.Approx.IsZero() || q.Qualifier != claims.Approx && !q.Vague && !q.Approximate) {
		return q.Lower, q.Upper // nothing to widen
	}
	if e.exactDigits > 0 && !q.Vague && q.Qualifier != claims.Range && sigDigits(q.Value) >= e.exactDigits && !q.Precision.IsZero() {
		if q.Qualifier == claims.Exact {
			return q.Lower, q.Upper // exact to its last digit
		}
		// Read as exact to its last digit: not rounded, as under t
		// without Rounding (Precision is what rounding widens by).
		return e.intervalOf(q, claims.Tolerance{Approx: t.Approx})
	}
	if q.Qualifier == claims.Exact && !q.Vague && (!t.Rounding || q.Precision.IsZero() ||
		q.Unit == claims.Count && cmpDec(q.Precision, one) <= 0) {
		return q.Lower, q.Upper
	}
	if q.Unit == claims.Percent && t.Rounding && cmpDec(q.Precision, one) > 0 {
		// A share is written to the point: the zero of "80%" or "about
		// 10%" is a digit, not the mark of a figure rounded to the tens
		// (a share of a hundred points is not rounded as a count of
		// thousands is). Coarser roundings are hedged ("about") and
		// widen by Approx.
		p := *q
		p.Precision = one
		return e.intervalOf(&p, t)
	}
	return e.intervalOf(q, t)
}

// intervalOf is claims.IntervalOf(q, t), remembered for the engine's
// tolerance in a small table by figure: a corpus states the same figures
// under the same hedges again and again (every outlet that carries a
// story, every report of a running total), and widening one takes
// decimal arithmetic.
func (e *engine) intervalOf(q *claims.Quantity, t claims.Tolerance) (lo, hi claims.Bound) {
	if t != e.tol {
		return claims.IntervalOf(q, t)
	}
	k := ivKey{value: q.Value, precision: q.Precision, lower: q.Lower, upper: q.Upper, qual: q.Qualifier, unit: q.Unit, vague: q.Vague}
	if e.ivs == nil {
		e.ivs = new([256]ivEntry)
	}
	h := uint64(q.Value.Coefficient())*0x9e3779b97f4a7c15 ^ uint64(q.Value.Exponent())<<8 ^ uint64(q.Qualifier)
	iv := &e.ivs[h>>56]
	if !iv.set || iv.key != k {
		lo, hi := claims.IntervalOf(q, t)
		*iv = ivEntry{key: k, lo: lo, hi: hi, set: true}
	}
	return iv.lo, iv.hi
}

// An ivEntry is one figure's interval under the engine's tolerance: the
// fields of a claims.Quantity that claims.IntervalOf reads, and the
// interval.
type ivEntry struct {
	key    ivKey
	lo, hi claims.Bound
	set    bool
}

type ivKey struct {
	value, precision claims.Decimal
	lower, upper     claims.Bound
	qual             claims.Qualifier
	unit             claims.Unit
	vague            bool
}

// Groups returns the groups of cs, as Check sees them, in Key order. The
// groups point into cs, which must not change while they are in use.
// Together with CheckGroup it lets the work be spread: each group can be
// checked by a different goroutine or machine.
func Groups(cs []claims.Claim, opts Options) iter.Seq[*Group] {
	return newEngine(opts).groups(cs, false)
}

// groups yields the groups of cs. With reuse, each group's statements and
// the Group itself are only valid until the next is yielded (Check's use),
// which saves allocating them anew for every group.
func (e *engine) groups(cs []claims.Claim, reuse bool) iter.Seq[*Group] {
	return func(yield func(*Group) bool) {
		// Number the groups in key order, so that the order of cs does not
		// matter, then list the claims group by group (a counting sort of
		// their indices) and sort each group on its own: O(n log k) for
		// groups of k claims. Only int32 indices move.
		var ids keyIndex
		ids.init(min(len(cs)/32+1, 1<<15))
		var keys []Key
		var sc *scratch
		if reuse {
			sc = getScratch(len(cs))
			defer putScratch(sc)
		} else {
			sc = newScratch(len(cs))
		}
		// One pass over the claims numbers each claim's key and fills its
		// item in the claims' order: the items are written one after the
		// other, and each claim is read once. The groups then gather their
		// items by index.
		group, items := sc.group, sc.items
		pairs := e.pairs
		weak := false // some claim has a field not read explicitly
		e.defaulted = false
		var last hashes
		var trig []uint8 // measureTriggers of each key's measure
		e.triggered, e.triggersKnown = e.triggered[:0], false
		// The claims are looked up a batch at a time: their hashes first,
		// then the first slot of each (the table lies all over memory, so
		// that most such reads miss the cache, and these misses overlap
		// where a look-up after each claim's other work would wait for one
		// at a time), then each claim in turn.
		var hs [lookAhead]uint64
		var ms [lookAhead]string // each claim's group measure (groupMeasure)
		var vacant [lookAhead]bool
		for lo := 0; lo < len(cs); lo += lookAhead {
			batch := cs[lo:min(lo+lookAhead, len(cs))]
			for j := range batch {
				c := &batch[j]
				ms[j] = groupMeasure(c.Measure)
				hs[j] = partiesHash(ms[j], c.Subject, c.Recipient)
			}
			ids.vacant(hs[:len(batch)], vacant[:len(batch)])
			numbered := ids.n
			for j := range batch {
				i, c, h := lo+j, &batch[j], hs[j]
				var g int32
				var d Direction
				ok := false
				// A key whose first slot was empty is new, unless a claim
				// of the batch numbered a key since.
				if !vacant[j] || ids.n != numbered {
					g, d, ok = ids.find(c, ms[j], h)
				}
				if !ok {
					var k Key
					k, d = keyOf(c)
					g = int32(len(keys))
					ids.put(k, h, g)
					keys = append(keys, k)
					trig = append(trig, measureTriggers(k.Measure))
				}
				group[i] = g
				if trig[g]&triggerBit(c.Quantity.Unit) != 0 {
					e.triggered = append(e.triggered, int32(i))
				}
				weak = weak || c.Confidence != claims.FieldConfidence{}
				it := &items[i]
				*it = item{} // (the scratch may hold an item of the last call)
				e.fill(it, c, g, d, pairs, &last)
			}
		}
		e.triggersKnown = true
		if weak && pairs == nil {
			// Some claim's parties may stand on the explicit pairs of its
			// document, which only the whole of cs tells.
			pairs = explicitPairs(cs)
			for i := range cs {
				e.confide(&items[i], &cs[i], pairs)
			}
		}
		order := make([]int32, len(keys))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int { return keys[a].Compare(keys[b]) })
		rank := make([]int32, len(keys))
		for r, g := range order {
			rank[g] = int32(r)
		}
		sorted := make([]Key, len(keys))
		for g, r := range rank {
			sorted[r] = keys[g]
		}
		keys = sorted
		next := make([]int32, len(keys)+1) // where each group starts
		for i := range group {
			group[i] = rank[group[i]]
			next[group[i]+1]++
		}
		for g := 1; g < len(next); g++ {
			next[g] += next[g-1]
		}
		// byGroup lists the claims group by group, each group's in the
		// order of cs (a counting sort).
		byGroup := sc.byGroup
		for i, g := range group {
			byGroup[next[g]] = int32(i)
			next[g]++
		}
		// next[g] is now where group g ends.
		t := &table{cs: cs, items: items, origins: last.names}
		perm := make([]int32, 0, 64)
		var sk []sortKey
		ptrs, docs := sc.ptrs, sc.docs
		shared := new(Group)
		if reuse {
			e.shared = shared
		}
		var buf []Statement
		start := int32(0)
		for g := range keys {
			end := next[g]
			perm = append(perm[:0], byGroup[start:end]...)
			if len(perm) > 1 {
				sk = t.sort(perm, sk)
			}
			var ps []*claims.Claim
			var ds []uint64
			if reuse {
				ps, ds = ptrs[start:end:end], docs[start:end:end]
			} else {
				ps, ds = make([]*claims.Claim, len(perm)), make([]uint64, len(perm))
			}
			for k, i := range perm {
				ps[k], ds[k] = t.claim(i), items[i].doc
			}
			var grp *Group
			if reuse {
				buf = t.statements(buf[:0], perm, ps, ds)
				*shared = Group{Key: keys[g], Statements: buf, e: e, defaulted: e.defaulted}
				grp = shared
			} else {
				grp = &Group{Key: keys[g], e: e, Statements: t.statements(nil, perm, ps, ds), defaulted: e.defaulted}
			}
			markTwins(grp)
			if !yield(grp) {
				return
			}
			start = end
		}
	}
}

// scratch is the memory one grouping of n claims works in. Check reuses
// it from one call to the next (through scratchPool), so that a program
// that checks again and again does not have the system hand it fresh pages
// each time; the pointers in it are cleared before it is kept.
type scratch struct {
	group   []int32
	byGroup []int32
	items   []item
	ptrs    []*claims.Claim
	docs    []uint64
}

var scratchPool sync.Pool

func newScratch(n int) *scratch {
	return &scratch{group: make([]int32, n), byGroup: make([]int32, n), items: make([]item, n),
		ptrs: make([]*claims.Claim, n), docs: make([]uint64, n)}
}

// getScratch returns scratch space for n claims, reused when there is some
// large enough.
func getScratch(n int) *scratch {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil || cap(sc.items) < n {
		return newScratch(n)
	}
	sc.group, sc.byGroup, sc.items = sc.group[:n], sc.byGroup[:n], sc.items[:n]
	sc.ptrs, sc.docs = sc.ptrs[:n], sc.docs[:n]
	return sc
}

// putScratch keeps sc for the next grouping, without the claims it points
// to.
func putScratch(sc *scratch) {
	clear(sc.ptrs)
	scratchPool.Put(sc)
}

// hashes keeps the hashes of the last claim's document and origin: the
// claims of one report come together, and mostly from one voice, so most
// claims hash neither string again. It numbers the distinct origins too.
type hashes struct {
	doc, origin  string
	dh, orig, oh uint64
	oid          int32 // the number of origin among names
	set          bool
	date         claims.Date // the last date given to day, and its day
	dday         int32
	dset         bool
	// names are the distinct origins met, numbered by ids; recent holds
	// the numbers last looked up, by hash, in front of ids.
	names  []string
	ids    map[string]int32
	recent [256]struct {
		oh uint64
		id int32
	}
}

// originID returns the number of origin o, of hash oh (strHash), among
// the distinct origins: an item keeps its origin as that number, so that
// items hold no pointers and a statement finds its origin's name in a
// short table rather than in one string per claim.
func (h *hashes) originID(o string, oh uint64) int32 {
	r := &h.recent[uint8(oh>>8)]
	if r.oh == oh && oh != 0 && h.names[r.id] == o {
		return r.id
	}
	id, ok := h.ids[o]
	if !ok {
		if h.ids == nil {
			h.ids = make(map[string]int32)
		}
		id = int32(len(h.names))
		h.names = append(h.names, o)
		h.ids[o] = id
	}
	r.oh, r.id = oh, id
	return id
}

// day is day(d), remembered for the next claim: the claims of one report
// mostly hold as of one date.
func (h *hashes) day(d claims.Date) int32 {
	if !h.dset || d != h.date {
		h.date, h.dday, h.dset = d, day(d), true
	}
	return h.dday
}

// fill sets the sort keys and figures of the item of claim c, of group g
// and direction dir, and numbers the claim's origin in last.names. pairs
// are the explicit pairs of parties of each document (nil when every claim
// is read explicitly); last holds the hashes of the claim filled before.
func (e *engine) fill(it *item, c *claims.Claim, g int32, dir Direction, pairs map[docPair]bool, last *hashes) {
	it.kind = codeOf(c.Kind)
	it.explicit = c.Scope != ""
	o := originOf(c)
	if !last.set || c.Source.Document != last.doc {
		last.doc, last.dh = c.Source.Document, docHash(c.Source.Document)
	}
	if !last.set || o != last.origin {
		last.origin, last.orig, last.oh = o, prefix(o), strHash(o)
		last.oid = last.originID(o, last.oh)
	}
	last.set = true
	it.doc, it.orig, it.oh, it.origin = last.dh, last.orig, last.oh, last.oid
	class := classOf(c.Kind)
	if c.Quantity.Change != claims.Level {
		class = classChange
	}
	scope := scopeOf(class, c.Scope)
	var from, day int32
	switch {
	case !c.AsOf.IsZero():
		from, day = last.day(c.AsOf.From), last.day(c.AsOf.End())
	case c.Source.Published.IsValid():
		from = last.day(c.Source.Published)
		day, it.dating = from, FromPublication
	default:
		from, day, it.dating = undatedDay, undatedDay, Undated
	}
	it.start = from
	if scope == scopeTotal {
		from = day // a running total holds as of the end of its period
	}
	it.lo, it.hi = e.interval(&c.Quantity, e.tol)
	it.value, it.exact = c.Quantity.Value, c.Quantity.Qualifier == claims.Exact && !c.Quantity.Vague
	if hedged(c) && c.Source.Document != "" {
		it.hedge = hedgeFlat
		if bound(&c.Quantity) {
			it.hedge = hedgeBound
		}
	}
	if c.Source.Document != "" && magnitude(&c.Quantity) != 0 {
		it.hedge |= hedgePlural
	}
	if pairs != nil || it.dating == FromPublication {
		e.confide(it, c, pairs)
	}
	it.keys(g, dir, class, scope, c.Quantity.Unit, day, from)
}

// confide sets how confidently the fields of it, the item of claim c, were
// read, given the explicit pairs of parties of each document.
func (e *engine) confide(it *item, c *claims.Claim, pairs map[docPair]bool) {
	it.conf = readingOf(c, it.doc, pairs)
	if it.dating == FromPublication {
		it.conf.asOf = claims.Defaulted // compare itself takes the publication date
	}
	e.defaulted = e.defaulted || it.conf.asOf == claims.Defaulted
}

// statements gathers the items of one group, in the sorted order of their
// indices gi, into statements appended to out; ptrs and docs receive their
// claims and document hashes in the same order, reordered to put
// representatives first.
func (t *table) statements(out []Statement, gi []int32, ptrs []*claims.Claim, docs []uint64) []Statement {
	items := t.items
	if cap(out)-len(out) < len(gi) {
		// Count the statements, to allocate no more than they need (a
		// reused out with room for a statement per claim needs no count).
		n := 1
		for k := 1; k < len(gi); k++ {
			if !t.same(gi[k-1], gi[k]) {
				n++
			}
		}
		if cap(out)-len(out) < n {
			out = slices.Grow(out, n)
		}
	}
	dates := &t.dates
	for i := 0; i < len(gi); {
		first := &items[gi[i]]
		lo, hi := first.lo, first.hi
		rep := i
		conf := first.conf
		explicit := first.explicit
		hedges := first.hedge
		j := i + 1
		for ; j < len(gi) && t.same(gi[i], gi[j]); j++ {
			it := &items[gi[j]]
			if below(hi, it.lo) || below(it.hi, lo) {
				break
			}
			if cmpLower(it.lo, lo) > 0 {
				lo, rep = it.lo, j
			}
			if cmpUpper(it.hi, hi) < 0 {
				hi = it.hi
			}
			conf = conf.best(it.conf)
			explicit = explicit || it.explicit
			hedges |= it.hedge
		}
		cs, ds := ptrs[i:j], docs[i:j]
		if rep != i {
			r, d := cs[rep-i], ds[rep-i]
			copy(cs[1:rep-i+1], cs[:rep-i])
			copy(ds[1:rep-i+1], ds[:rep-i])
			cs[0], ds[0] = r, d
		}
		rp := &items[gi[rep]]
		// Cleared and filled in place, not built and copied: a grouping
		// makes about a statement per claim.
		if len(out) == cap(out) {
			out = slices.Grow(out, len(gi)-i)
		}
		out = out[:len(out)+1]
		st := &out[len(out)-1]
		*st = Statement{}
		class, scope := first.class(), first.scope()
		st.Claims, st.Direction, st.Kind, st.Unit = cs, first.dir(), t.kindOf(gi[rep]), first.unit()
		if class == classCount || class == classOther {
			st.Scope = scopeName(scope)
		}
		if first.dating != Undated {
			st.AsOf = claims.Between(dates.civil(rp.start), dates.civil(rp.day()))
		}
		st.Dating, st.Origin, st.Lower, st.Upper = first.dating, t.origins[first.origin], lo, hi
		st.class, st.scope, st.from, st.day, st.docs, st.orig, st.oh = class, scope, first.from(), first.day(), ds, first.orig, first.oh
		st.explicit, st.value, st.exact, st.conf, st.doubtful, st.hedges = explicit, rp.value, rp.exact, conf, conf != reading{}, hedges
		i = j
	}
	return out
}

// civilDates is civil with the days last asked remembered, each in a slot
// of its own by its low bits: a corpus's claims hold as of a few weeks or
// months, and the statements of every group ask for the same days again.
type civilDates struct {
	day  [64]int32
	date [64]claims.Date
	set  [64]bool
}

func (c *civilDates) civil(n int32) claims.Date {
	k := uint32(n) & 63
	if !c.set[k] || n != c.day[k] {
		c.day[k], c.date[k], c.set[k] = n, civil(n), true
	}
	return c.date[k]
}

// markTwins sets the twin of each running total of a handover in g: an
// event statement of another report, of the same direction, kind, unit and
// single day, that gives the same exact figure. "Ukraine has repatriated 1,000 bodies", announced on
// the day another report dates a handover of 1,000, is that handover more
// likely than the count since the start (the tense tells both); findings
// that read it as a running total are for review. Statements are sorted by
// direction, class, scope, unit and date, so each look-up is a binary
// search, and a group with no events costs one pass.
func markTwins(g *Group) {
	ss := g.Statements
	if len(ss) < 2 {
		return
	}
	if g.spans == nil {
		g.indexRuns()
	}
	if len(g.spans) > maxSpans {
		// Many runs: find them by walking the statements.
		for i := 0; i < len(ss); {
			j := i + 1
			for j < len(ss) && sameRun(&ss[i], &ss[j]) {
				j++
			}
			twinsOf(g, ss[i:j])
			i = j
		}
		return
	}
	for _, r := range g.spans {
		if r.scope == scopeTotal && r.class == classCount && (r.dir == Forward || r.dir == Backward) {
			twinsOf(g, ss[r.start:r.end])
		}
	}
}

// twinsOf sets the twins of the running totals of run (one run of g),
// against the run of events of the same direction, class and unit: both
// are in date order, so it is one merge, day by day; a day of many events
// is looked up through a map of their figures.
func twinsOf(g *Group, run []Statement) {
	if s := &run[0]; s.scope != scopeTotal || s.class != classCount || s.Direction != Forward && s.Direction != Backward {
		return // only a handover one way: a count of one party (a toll, a crowd) has no handover to be
	}
	events := findRun(g, run[0].Direction, classCount, scopeEvent, run[0].Unit)
	if len(events) == 0 {
		return
	}
	candidate := func(ev, s *Statement) bool {
		return dated(ev) && ev.Kind == claims.Completed && ev.exact && ev.value == s.value && !shareDocument(s, ev)
	}
	k := 0
	for t := 0; t < len(run); {
		// The totals of one day, run[t:u], against the single-day events
		// of that day, events[k:e].
		day := run[t].day
		u := t + 1
		for u < len(run) && run[u].day == day {
			u++
		}
		for k < len(events) && (events[k].day < day || events[k].day == day && events[k].from < day) {
			k++
		}
		e := k
		for e < len(events) && events[e].day == day && events[e].from == day {
			e++
		}
		var byValue map[claims.Decimal][]*Statement
		if e-k > 8 && u-t > 1 {
			byValue = make(map[claims.Decimal][]*Statement)
			for x := k; x < e; x++ {
				if ev := &events[x]; ev.exact {
					byValue[ev.value] = append(byValue[ev.value], ev)
				}
			}
		}
		for ; t < u; t++ {
			s := &run[t]
			if s.Kind != claims.Completed || !s.exact || !dated(s) || e == k {
				continue
			}
			if byValue != nil {
				for _, ev := range byValue[s.value] {
					if candidate(ev, s) {
						s.twin = ev
						break
					}
				}
				continue
			}
			for x := k; x < e; x++ {
				if ev := &events[x]; candidate(ev, s) {
					s.twin = ev
					break
				}
			}
		}
	}
}
