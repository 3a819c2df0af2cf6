package compare

import "github.com/crosscheck/crosscheck/claims"

// keyIndex numbers the keys of one grouping. It is an open-addressing
// table of the keys' hashes (claimHash) that keeps, beside each hash, the
// key's number and a copy of its three strings laid end to end in one
// string, so that a look-up hashes the claim's strings once and compares
// them with bytes that lie together, not with strings scattered over the
// claims; keys whose hashes collide each keep a slot of their own. A
// transfer's two parties hash the same in either order, so a claim is
// looked up as it is, and the look-up tells which way it goes by which of
// its parties matches the key's first: no claim's parties are put in
// order (compared as strings) but those of a key seen for the first time.
type keyIndex struct {
	slots []keySlot // a power of two of them, at most three quarters used
	n     int
}

// A keySlot is one key of a keyIndex: its hash, its number plus one (0 for
// an empty slot) and its strings, Measure, A and B end to end, with the
// lengths of the first two.
type keySlot struct {
	h      uint64
	text   string
	g1     int32
	lm, la int32
}

func (x *keyIndex) init(n int) {
	size := 16
	for size*3 < n*4 {
		size *= 2
	}
	x.slots = make([]keySlot, size)
}

// claimHash returns the hash c's key is numbered under: the same for the
// two orders of a transfer's parties (see keyOf), different (but for
// collisions) for different keys. (The grouping hashes its claims with
// partiesHash, having worked out each one's group measure once.)
func claimHash(c *claims.Claim) uint64 {
	return partiesHash(groupMeasure(c.Measure), c.Subject, c.Recipient)
}

// partiesHash is claimHash of a claim of measure m, subject a and
// recipient b; Key{m, a, b} hashes as a claim of those fields does.
func partiesHash(m, a, b string) uint64 {
	h := strHash64(m) * 0x9e3779b97f4a7c15
	ha, hb := strHash64(a), strHash64(b)
	if a != "" && b != "" {
		h ^= ha + hb // either order
	} else {
		h ^= ha*0xc2b2ae3d27d4eb4f ^ hb
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	return h ^ h>>33
}

// strHash64 is a hash of s for partiesHash: its length and its bytes read
// eight (or four) at a time, the last word overlapping the one before.
func strHash64(s string) uint64 {
	n := len(s)
	h := uint64(n) * 0x87c37b91114253d5
	switch {
	case n == 0:
		return h
	case n < 4:
		return mix64(h ^ uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1]))
	case n <= 8:
		return mix64(h ^ uint64(le32(s)) | uint64(le32(s[n-4:]))<<32)
	}
	for i := 0; i < n-8; i += 8 {
		h = mix64(h ^ le64(s[i:]))
	}
	return mix64(h ^ le64(s[n-8:]))
}

func mix64(h uint64) uint64 {
	h ^= h >> 31
	return h * 0xbf58476d1ce4e5b9
}

// le32 and le64 read the first four and eight bytes of s.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// sameString reports whether a == b, comparing them a word at a time in
// line (the words strHash64 reads) rather than through a call to the
// runtime's comparison.
func sameString(a, b string) bool {
	n := len(a)
	switch {
	case n != len(b):
		return false
	case n == 0:
		return true
	case n < 4:
		return a[0] == b[0] && a[n>>1] == b[n>>1] && a[n-1] == b[n-1]
	case n <= 8:
		return le32(a) == le32(b) && le32(a[n-4:]) == le32(b[n-4:])
	}
	for i := 0; i < n-8; i += 8 {
		if le64(a[i:]) != le64(b[i:]) {
			return false
		}
	}
	return le64(a[n-8:]) == le64(b[n-8:])
}

// find returns the number of c's key, whose hash is h (claimHash), and
// which way c goes within its group (keyOf's direction); m is c's group
// measure (groupMeasure).
func (x *keyIndex) find(c *claims.Claim, m string, h uint64) (int32, Direction, bool) {
	mask := len(x.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.g1 == 0 {
			return 0, None, false
		}
		t := s.text
		if s.h != h || len(t) != len(m)+len(c.Subject)+len(c.Recipient) || int(s.lm) != len(m) {
			continue
		}
		lm, la := int(s.lm), int(s.la)
		if !sameString(t[:lm], m) {
			continue
		}
		ka, kb := t[lm:lm+la], t[lm+la:]
		d := None
		switch {
		case sameString(ka, c.Subject) && sameString(kb, c.Recipient):
			if ka != "" && kb != "" {
				d = Forward
			}
		case ka != "" && kb != "" && sameString(kb, c.Subject) && sameString(ka, c.Recipient):
			d = Backward
		default:
			continue
		}
		if c.Mutual {
			d = Both
		}
		return s.g1 - 1, d, true
	}
}

// lookAhead is how many claims a grouping looks up together (see vacant).
const lookAhead = 16

// vacant sets vacant[k] to whether the first slot of hash hs[k] is empty:
// a key of that hash is not numbered. It reads those slots one after the
// other, so that their cache misses overlap.
func (x *keyIndex) vacant(hs []uint64, vacant []bool) {
	mask := len(x.slots) - 1
	for k, h := range hs {
		vacant[k] = x.slots[int(h)&mask].g1 == 0
	}
}

// put numbers k, of hash h (partiesHash of its fields), as g; k is not
// numbered yet.
func (x *keyIndex) put(k Key, h uint64, g int32) {
	if (x.n+1)*4 > len(x.slots)*3 {
		old := x.slots
		x.slots = make([]keySlot, 2*len(old))
		for i := range old {
			if old[i].g1 != 0 {
				x.place(old[i])
			}
		}
	}
	x.place(keySlot{h: h, text: k.Measure + k.A + k.B, g1: g + 1, lm: int32(len(k.Measure)), la: int32(len(k.A))})
	x.n++
}

// place puts s in the first free slot from its hash on.
func (x *keyIndex) place(s keySlot) {
	mask := len(x.slots) - 1
	i := int(s.h) & mask
	for x.slots[i].g1 != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = s
}
