package compare

import (
	"cmp"
	"math"

	"github.com/crosscheck/crosscheck/claims"
)

// item is one claim as the engine sorts it: items[i] is cs[i]'s. k1 packs
// group, direction, kind class, scope and unit, k2 the dates, so that most
// comparisons are two integer comparisons; those fields are read back
// from them (group, dir, class, scope, unit, day, from), not kept twice,
// so that an item fits in two cache lines: a grouping reads a million of
// them from places all over the table. An item holds no pointers, so that a
// million of them cost the garbage collector nothing.
type item struct {
	lo, hi claims.Bound
	k1, k2 uint64
	doc    uint64         // a hash of the claim's document, 0 for none
	orig   uint64         // the first bytes of the claim's origin (see prefix)
	oh     uint64         // and a hash of all of it: origins are told apart by both
	origin int32          // the number of the claim's origin (see hashes.originID)
	value  claims.Decimal // the claim's figure
	start  int32          // the first day of the as-of period, for display
	dating Dating
	// explicit is set when the claim states its scope itself.
	explicit bool
	exact    bool // the figure is stated exactly: no hedge, not vague
	kind     kindCode
	conf     reading // how confidently the fields rules stand on were read
	hedge    uint8   // hedgeBound or hedgeFlat, and hedgePlural, for drift
}

// table is the items of one Check, in the order of the claims they stand
// for (items[i] is cs[i]'s), and the distinct origins (originOf) they
// number, kept apart so that items hold no pointers.
type table struct {
	cs      []claims.Claim
	items   []item
	origins []string
	dates   civilDates // the dates of the statements' days
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
	switch k {
	case "":
		return noKind
	case claims.Completed:
		return completedKind
	case claims.Estimated:
		return estimatedKind
	case claims.Agreed:
		return agreedKind
	case claims.Offered:
		return offeredKind
	case claims.Withheld:
		return withheldKind
	}
	return otherKind
}

// The fields of an item packed in its sort keys (see keys).
func (it *item) dir() Direction    { return Direction(uint8(it.k1 >> 24)) }
func (it *item) class() uint8      { return uint8(it.k1 >> 16) }
func (it *item) scope() uint8      { return uint8(it.k1 >> 8) }
func (it *item) unit() claims.Unit { return claims.Unit(uint8(it.k1)) }
func (it *item) day() int32        { return int32(int64(uint32(it.k2>>32)) + math.MinInt32) }
func (it *item) from() int32       { return int32(int64(uint32(it.k2)) + math.MinInt32) }

// claim returns the claim of item i.
func (t *table) claim(i int32) *claims.Claim { return &t.cs[i] }

// kindOf returns the kind of item i's claim.
func (t *table) kindOf(i int32) claims.Kind {
	if k := t.items[i].kind; k != otherKind {
		return kindNames[k]
	}
	return t.claim(i).Kind
}

// cmp orders items i and j: by k1 (and the kind's name for other kinds),
// k2, origin, interval, then the claims' places.
func (t *table) cmp(i, j int32) int {
	a, b := &t.items[i], &t.items[j]
	if c := cmp.Compare(a.k1, b.k1); c != 0 {
		return c
	}
	if a.class() == classOther {
		if c := cmpString(string(t.claim(i).Kind), string(t.claim(j).Kind)); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(a.k2, b.k2); c != 0 {
		return c
	}
	if c := cmp.Compare(a.orig, b.orig); c != 0 {
		return c
	}
	if c := cmp.Compare(a.oh, b.oh); c != 0 {
		return c // origins that start alike
	}
	if c := cmpLower(a.lo, b.lo); c != 0 {
		return c
	}
	if c := cmpUpper(a.hi, b.hi); c != 0 {
		return c
	}
	return cmpPlace(t.claim(i), t.claim(j))
}

// A sortKey is an item's index with the leading part of its sort keys
// packed in three words: sorting these compares integers where cmp
// reaches into the items, and falls back to cmp on a tie, or for kinds
// compared by name (other).
type sortKey struct {
	a, b, c uint64
	i       int32
	other   bool
}

// sort sorts the indices gi by cmp, through keys (scratch space, returned
// for the next call). The packed keys order items as cmp does wherever
// they differ, and cmp decides where they tie, so the order is cmp's.
func (t *table) sort(gi []int32, keys []sortKey) []sortKey {
	if cap(keys) < len(gi) {
		keys = make([]sortKey, 0, len(gi))
	}
	keys = keys[:0]
	for _, i := range gi {
		it := &t.items[i]
		// a: k1 without the group (which all share), then the day, except
		// for kinds compared by name, which come before the day.
		a := it.k1 << 32
		other := it.class() == classOther
		if !other {
			a |= it.k2 >> 32
		}
		// b: the rest of k2 (from), then the first half of orig; c: the
		// second half of orig, then the first half of oh.
		keys = append(keys, sortKey{a: a, b: it.k2<<32 | it.orig>>32, c: it.orig<<32 | it.oh>>32, i: i, other: other})
	}
	t.sortKeys(keys)
	for k := range keys {
		gi[k] = keys[k].i
	}
	return keys
}

// less orders two sort keys as cmp orders their items.
func (t *table) less(x, y *sortKey) bool {
	if x.a != y.a {
		return x.a < y.a
	}
	if x.other || x.b == y.b && x.c == y.c {
		return t.cmp(x.i, y.i) < 0
	}
	if x.b != y.b {
		return x.b < y.b
	}
	return x.c < y.c
}

// sortKeys sorts ks by less: a quicksort on the median of three down to
// runs of a dozen, which an insertion sort finishes. The comparisons are
// made in line, not through a function value: a grouping sorts every
// group, most of them of a few dozen claims.
func (t *table) sortKeys(ks []sortKey) {
	for len(ks) > 12 {
		// Order the first, middle and last; the middle is the pivot.
		n := len(ks)
		m := n / 2
		if t.less(&ks[m], &ks[0]) {
			ks[m], ks[0] = ks[0], ks[m]
		}
		if t.less(&ks[n-1], &ks[m]) {
			ks[n-1], ks[m] = ks[m], ks[n-1]
			if t.less(&ks[m], &ks[0]) {
				ks[m], ks[0] = ks[0], ks[m]
			}
		}
		// Hoare's partition around the pivot, kept at ks[0]; ks[n-1] is
		// no less than it, which stops the first scan.
		ks[0], ks[m] = ks[m], ks[0]
		p := ks[0]
		i, j := 0, n
		for {
			for i++; t.less(&ks[i], &p); i++ {
			}
			for j--; t.less(&p, &ks[j]); j-- {
			}
			if i >= j {
				break
			}
			ks[i], ks[j] = ks[j], ks[i]
		}
		ks[0], ks[j] = ks[j], ks[0]
		// Recurse into the smaller side, loop on the larger.
		if j < n-1-j {
			t.sortKeys(ks[:j])
			ks = ks[j+1:]
		} else {
			t.sortKeys(ks[j+1:])
			ks = ks[:j]
		}
	}
	for i := 1; i < len(ks); i++ {
		k := ks[i]
		j := i
		for ; j > 0 && t.less(&k, &ks[j-1]); j-- {
			ks[j] = ks[j-1]
		}
		ks[j] = k
	}
}

// same reports whether items i and j may be one statement (all but the
// figure agree).
func (t *table) same(i, j int32) bool {
	a, b := &t.items[i], &t.items[j]
	return a.k1 == b.k1 && a.k2 == b.k2 && a.orig == b.orig && a.oh == b.oh &&
		(a.class() != classOther || t.claim(i).Kind == t.claim(j).Kind)
}

// keys packs an item's sort keys.
func (it *item) keys(group int32, dir Direction, class, scope uint8, unit claims.Unit, day, from int32) {
	it.k1 = uint64(uint32(group))<<32 | uint64(uint8(dir))<<24 | uint64(class)<<16 | uint64(scope)<<8 | uint64(unit)
	it.k2 = uint64(uint32(int64(day)-math.MinInt32))<<32 | uint64(uint32(int64(from)-math.MinInt32))
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
