package compare

import (
	"cmp"
	"iter"
	"math"
	"slices"
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
	a, b := c.Subject, c.Recipient
	switch {
	case c.Mutual:
		if a != "" && b != "" && b < a {
			a, b = b, a
		}
		return Key{Measure: c.Measure, A: a, B: b}, Both
	case a == "" || b == "":
		return Key{Measure: c.Measure, A: a, B: b}, None
	case b < a:
		return Key{Measure: c.Measure, A: b, B: a}, Backward
	}
	return Key{Measure: c.Measure, A: a, B: b}, Forward
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

// docHash returns the FNV-1a hash of a document's name, 0 for none.
func docHash(doc string) uint64 {
	if doc == "" {
		return 0
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(doc); i++ {
		h ^= uint64(doc[i])
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
// independent of each other: each can be checked on its own.
//
// A Group is built by Groups or Check and is read-only for rules.
type Group struct {
	Key        Key
	Statements []Statement
	e          *engine
}

// Tolerance returns the tolerance the group's figures were read under.
func (g *Group) Tolerance() claims.Tolerance { return g.e.tol }

// Printer returns the printer for explanations, in the reader's language.
func (g *Group) Printer() *message.Printer { return g.e.printer }

// Interval returns the interval q stands for under the group's tolerance
// (see Options.Tolerance and Options.ExactDigits).
func (g *Group) Interval(q claims.Quantity) (lo, hi claims.Bound) { return g.e.interval(q, g.e.tol) }

// interval returns q's interval under t, reading figures with ExactDigits
// significant digits or more as exact.
func (e *engine) interval(q claims.Quantity, t claims.Tolerance) (lo, hi claims.Bound) {
	if !q.IsValid() {
		return claims.Unbounded, claims.Unbounded
	}
	if !t.Rounding && (t.Approx.IsZero() || q.Qualifier != claims.Approx && !q.Vague) {
		return q.Lower, q.Upper // nothing to widen
	}
	if e.exactDigits > 0 && !q.Vague && q.Qualifier != claims.Range && sigDigits(q.Value) >= e.exactDigits {
		q.Precision = claims.Decimal{}
	}
	if q.Qualifier == claims.Exact && !q.Vague && (!t.Rounding || q.Precision.IsZero() ||
		q.Unit == claims.Count && cmpDec(q.Precision, one) <= 0) {
		return q.Lower, q.Upper
	}
	return q.Interval(t)
}

var one = claims.DecimalOf(1)

// item is one claim as the engine sorts it. k1 packs group, direction,
// kind class, scope and unit, k2 the dates, so that most comparisons are
// two integer comparisons.
type item struct {
	c      *claims.Claim
	origin string
	lo, hi claims.Bound
	value  claims.Decimal // the claim's figure
	k1, k2 uint64
	doc    uint64 // a hash of the claim's document, 0 for none
	group  int32
	start  int32 // the first day of the as-of period, for display
	from   int32
	day    int32
	dir    Direction
	class  uint8
	scope  uint8
	unit   claims.Unit
	dating Dating
	// explicit is set when the claim states its scope itself.
	explicit bool
	exact    bool // the figure is stated exactly: no hedge, not vague
	kind     kindCode
}

// A kindCode is a claims.Kind in one byte: one of the kinds below, or
// otherKind for any other, which is read from the claim itself.
type kindCode uint8

const (
	otherKind kindCode = iota
	noKind
	completedKind
	estimatedKind
	agreedKind
	offeredKind
	withheldKind
)

var kindNames = [...]claims.Kind{noKind: "", completedKind: claims.Completed, estimatedKind: claims.Estimated,
	agreedKind: claims.Agreed, offeredKind: claims.Offered, withheldKind: claims.Withheld}

func codeOf(k claims.Kind) kindCode {
	for c, n := range kindNames {
		if kindCode(c) != otherKind && n == k {
			return kindCode(c)
		}
	}
	return otherKind
}

// kindOf returns the kind of the item's claim.
func (it *item) kindOf() claims.Kind {
	if it.kind == otherKind {
		return it.c.Kind
	}
	return kindNames[it.kind]
}

func cmpItems(a, b *item) int {
	if c := cmp.Compare(a.k1, b.k1); c != 0 {
		return c
	}
	if a.class == classOther {
		if c := cmpString(string(a.c.Kind), string(b.c.Kind)); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(a.k2, b.k2); c != 0 {
		return c
	}
	if c := cmpString(a.origin, b.origin); c != 0 {
		return c
	}
	if c := cmpLower(a.lo, b.lo); c != 0 {
		return c
	}
	if c := cmpUpper(a.hi, b.hi); c != 0 {
		return c
	}
	return cmpPlace(a.c, b.c)
}

// keys packs an item's sort keys.
func (it *item) keys() {
	it.k1 = uint64(uint32(it.group))<<32 | uint64(uint8(it.dir))<<24 | uint64(it.class)<<16 | uint64(it.scope)<<8 | uint64(it.unit)
	it.k2 = uint64(uint32(int64(it.day)-math.MinInt32))<<32 | uint64(uint32(int64(it.from)-math.MinInt32))
}

// cmpPlace orders claims by document and position, then ID.
func cmpPlace(a, b *claims.Claim) int {
	if c := cmpString(a.Source.Document, b.Source.Document); c != 0 {
		return c
	}
	if c := cmp.Compare(a.QuantitySpan.Start, b.QuantitySpan.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Evidence.Start, b.Evidence.Start); c != 0 {
		return c
	}
	return cmpString(a.ID, b.ID)
}

// sameStatement reports whether a and b may be one statement (all but the
// figure agree).
func sameStatement(a, b *item) bool {
	return a.k1 == b.k1 && a.k2 == b.k2 && a.origin == b.origin &&
		(a.class != classOther || a.c.Kind == b.c.Kind)
}

// originOf returns who a claim's figure comes from: its speaker, except
// that an outlet speaking in its own voice passes on the story it carries,
// so its figure comes from the first outlet of its Via chain (a wire story
// reprinted by three papers is one origin, not three).
func originOf(c *claims.Claim) string {
	switch {
	case c.Speaker.Name != "" && c.Speaker.Name == c.Source.Outlet:
		return c.Source.Origin()
	case c.Speaker.Name != "":
		return c.Speaker.Name
	case c.Source.Origin() != "":
		return c.Source.Origin()
	}
	return c.Source.Document
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
		// matter, then place the claims group by group (a counting sort) and
		// sort each group on its own: O(n log k) for groups of k claims.
		ids := make(map[Key]int32)
		var keys []Key
		group := make([]int32, len(cs))
		dirs := make([]Direction, len(cs))
		for i := range cs {
			k, d := keyOf(&cs[i])
			dirs[i] = d
			g, ok := ids[k]
			if !ok {
				g = int32(len(keys))
				ids[k] = g
				keys = append(keys, k)
			}
			group[i] = g
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
		next := make([]int, len(keys)+1) // where each group starts
		for i := range group {
			group[i] = rank[group[i]]
			next[group[i]+1]++
		}
		for g := 1; g < len(next); g++ {
			next[g] += next[g-1]
		}
		items := make([]item, len(cs))
		for i := range cs {
			c, g := &cs[i], group[i]
			it := &items[next[g]]
			next[g]++
			it.c, it.group, it.dir = c, g, dirs[i]
			it.kind = codeOf(c.Kind)
			it.explicit = c.Scope != ""
			it.doc = docHash(c.Source.Document)
			it.class = classOf(c.Kind)
			it.scope = scopeOf(it.class, c.Scope)
			it.unit = c.Quantity.Unit
			it.origin = originOf(c)
			switch {
			case !c.AsOf.IsZero():
				it.from, it.day = day(c.AsOf.From), day(c.AsOf.End())
			case c.Source.Published.IsValid():
				it.from = day(c.Source.Published)
				it.day, it.dating = it.from, FromPublication
			default:
				it.from, it.day, it.dating = undatedDay, undatedDay, Undated
			}
			it.start = it.from
			if it.scope == scopeTotal {
				it.from = it.day // a running total holds as of the end of its period
			}
			it.lo, it.hi = e.interval(c.Quantity, e.tol)
			it.value, it.exact = c.Quantity.Value, c.Quantity.Qualifier == claims.Exact && !c.Quantity.Vague
			it.keys()
		}
		// Sort each group through a permutation, so that the sort moves
		// int32s rather than items; it makes the same comparisons, so ties
		// end where sorting the items themselves would put them.
		var perm []int32
		for start := 0; start < len(items); {
			end := start + 1
			for end < len(items) && items[end].group == items[start].group {
				end++
			}
			if its := items[start:end]; len(its) > 1 {
				perm = perm[:0]
				for i := range its {
					perm = append(perm, int32(i))
				}
				slices.SortFunc(perm, func(a, b int32) int { return cmpItems(&its[a], &its[b]) })
				permute(its, perm)
			}
			start = end
		}
		ptrs := make([]*claims.Claim, len(items))
		docs := make([]uint64, len(items))
		for i := range items {
			ptrs[i], docs[i] = items[i].c, items[i].doc
		}
		shared := new(Group)
		var buf []Statement
		for start := 0; start < len(items); {
			end := start + 1
			for end < len(items) && items[end].group == items[start].group {
				end++
			}
			var g *Group
			if reuse {
				buf = statements(buf[:0], items[start:end], ptrs[start:end], docs[start:end])
				*shared = Group{Key: keys[items[start].group], Statements: buf, e: e}
				g = shared
			} else {
				g = &Group{Key: keys[items[start].group], e: e,
					Statements: statements(nil, items[start:end], ptrs[start:end], docs[start:end])}
			}
			if !yield(g) {
				return
			}
			start = end
		}
	}
}

// permute puts its[perm[i]] at i for every i, in place, following each
// cycle of the permutation; it uses up perm.
func permute(its []item, perm []int32) {
	for i := range perm {
		if perm[i] < 0 || int(perm[i]) == i {
			continue
		}
		tmp := its[i]
		j := i
		for {
			k := int(perm[j])
			perm[j] = -1
			if k == i {
				its[j] = tmp
				break
			}
			its[j] = its[k]
			j = k
		}
	}
}

// statements gathers sorted items into statements, appended to out; ptrs
// are their claims, in the same order, and are reordered to put
// representatives first.
func statements(out []Statement, items []item, ptrs []*claims.Claim, docs []uint64) []Statement {
	n := 1
	for i := 1; i < len(items); i++ {
		if !sameStatement(&items[i-1], &items[i]) {
			n++
		}
	}
	if cap(out) < n {
		out = make([]Statement, 0, n)
	}
	for i := 0; i < len(items); {
		first := &items[i]
		lo, hi := first.lo, first.hi
		rep := i
		j := i + 1
		for ; j < len(items) && sameStatement(first, &items[j]); j++ {
			it := &items[j]
			if below(hi, it.lo) || below(it.hi, lo) {
				break
			}
			if cmpLower(it.lo, lo) > 0 {
				lo, rep = it.lo, j
			}
			if cmpUpper(it.hi, hi) < 0 {
				hi = it.hi
			}
		}
		cs, ds := ptrs[i:j], docs[i:j]
		if rep != i {
			r, d := cs[rep-i], ds[rep-i]
			copy(cs[1:rep-i+1], cs[:rep-i])
			copy(ds[1:rep-i+1], ds[:rep-i])
			cs[0], ds[0] = r, d
		}
		rp := &items[rep]
		explicit := false
		for k := i; k < j; k++ {
			explicit = explicit || items[k].explicit
		}
		st := Statement{
			Claims: cs, Direction: first.dir, Kind: rp.kindOf(), Scope: scopeName(first.scope), Unit: first.unit,
			Dating: first.dating, Origin: first.origin, Lower: lo, Upper: hi,
			class: first.class, scope: first.scope, from: first.from, day: first.day, docs: ds,
			explicit: explicit, value: rp.value, exact: rp.exact,
		}
		if first.dating != Undated {
			st.AsOf = claims.Between(civil(rp.start), civil(rp.day))
		}
		if first.class != classCount && first.class != classOther {
			st.Scope = ""
		}
		out = append(out, st)
		i = j
	}
	return out
}
