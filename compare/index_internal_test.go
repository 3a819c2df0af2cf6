package compare

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

// randomClaims returns claims of one measure and pair of parties, of every
// direction, kind and scope, dated over a few days or not at all, so that
// groups have many runs and many statements per date.
func randomClaims(r *rand.Rand, n int) []claims.Claim {
	cs := make([]claims.Claim, n)
	kinds := []claims.Kind{claims.Completed, claims.Agreed, claims.Offered, claims.Withheld, "other", "more"}
	for i := range cs {
		c := claims.Claim{Measure: "bodies", Subject: "A", Recipient: "B", Kind: kinds[r.IntN(len(kinds))],
			Speaker: claims.Speaker{Name: string(rune('p' + r.IntN(4)))},
			Source:  claims.Source{Document: string(rune('a' + r.IntN(5)))}}
		switch r.IntN(4) {
		case 1:
			c.Subject, c.Recipient = c.Recipient, c.Subject
		case 2:
			c.Mutual = true
		}
		if r.IntN(2) == 0 {
			c.Scope = claims.Event
		}
		if c.Kind != claims.Withheld || r.IntN(3) == 0 {
			c.Quantity = claims.ExactQuantity(claims.DecimalOf(int64(r.IntN(30))))
		}
		if r.IntN(6) > 0 {
			c.AsOf = claims.On(claims.Date{Year: 2025, Month: 6, Day: 1 + r.IntN(6)})
		}
		cs[i] = c
	}
	return cs
}

// TestIndexesMatchScans checks the binary searches and per-group indexes of
// the rules against the plain scans they replace.
func TestIndexesMatchScans(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		for g := range Groups(randomClaims(r, 1+r.IntN(120)), Options{}) {
			for _, d := range []Direction{None, Forward, Backward, Both} {
				for class := classCount; class <= classOther; class++ {
					for _, scope := range []uint8{scopeNone, scopeTotal, scopeEvent} {
						got := findRun(g, d, class, scope, claims.Count)
						want := scanRun(g, d, class, scope, claims.Count)
						if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
							t.Fatalf("findRun(%v, %d, %d): %d statements, want %d", d, class, scope, len(got), len(want))
						}
					}
				}
				deals := agreementsFor(g, d)
				run := findRun(g, d, classCount, scopeTotal, claims.Count)
				tt := newTotals(run)
				for day := int32(undatedDay); ; day = max(day, 20238) + 1 {
					want := scanAgreement(g, d, day)
					if got := deals.at(day); got != want {
						t.Fatalf("agreement(%v, day %d) = %p, want %p", d, day, got, want)
					}
					if got := deals.search(day); got != want {
						t.Fatalf("agreement(%v, day %d) by binary search = %p, want %p", d, day, got, want)
					}
					if got, want := tt.since(day), latestTotal(run, day, nil); got != want {
						t.Fatalf("latest total (%v) since day %d = %p, want %p", d, day, got, want)
					}
					if day > 20245 {
						break
					}
				}
			}
		}
	}
}

// scanRun is findRun by a linear scan.
func scanRun(g *Group, d Direction, class, scope uint8, unit claims.Unit) []Statement {
	ss := g.Statements
	for i := range ss {
		s := &ss[i]
		if s.Direction == d && s.class == class && s.scope == scope && s.Unit == unit {
			j := i + 1
			for j < len(ss) && sameRun(s, &ss[j]) {
				j++
			}
			return ss[i:j]
		}
	}
	return nil
}

// scanAgreement is agreement by a linear scan.
func scanAgreement(g *Group, d Direction, day int32) *Statement {
	var best *Statement
	for _, dir := range []Direction{Both, d} {
		run := scanRun(g, dir, classAgreed, scopeNone, claims.Count)
		for i := range run {
			s := &run[i]
			if s.Claim().Quantity.IsValid() && (!dated(s) || s.day <= day) && (best == nil || s.day > best.day) {
				best = s
			}
		}
	}
	return best
}

// TestKeyOfDirection checks keyOf against KeyOf and the direction read by
// comparing the claim's parties with its key's.
func TestKeyOfDirection(t *testing.T) {
	names := []string{"", "Russia", "Ukraine", "russia"}
	for _, sub := range names {
		for _, rec := range names {
			for _, mutual := range []bool{false, true} {
				c := &claims.Claim{Measure: "bodies", Subject: sub, Recipient: rec, Mutual: mutual}
				k := KeyOf(c)
				want := None
				switch {
				case mutual:
					want = Both
				case k.A == "" || k.B == "":
				case sub == k.A && rec == k.B:
					want = Forward
				case sub == k.B && rec == k.A:
					want = Backward
				}
				if gk, gd := keyOf(c); gk != k || gd != want {
					t.Errorf("keyOf(%q, %q, mutual %v) = %v, %v; want %v, %v", sub, rec, mutual, gk, gd, k, want)
				}
			}
		}
	}
}

// TestFormatDate checks formatDate against package time, for valid dates,
// dates that time normalises (31 June) and years outside 1000–9999.
func TestFormatDate(t *testing.T) {
	for _, d := range []claims.Date{{Year: 2025, Month: 6, Day: 19}, {Year: 2025, Month: 6, Day: 1}, {Year: 1999, Month: 12, Day: 31},
		{Year: 1000, Month: 1, Day: 1}, {Year: 9999, Month: 12, Day: 31}, {Year: 2025, Month: 6, Day: 31}, {Year: 2025, Month: 2, Day: 29},
		{Year: 2024, Month: 2, Day: 29}, {Year: 999, Month: 3, Day: 4}, {Year: 10000, Month: 3, Day: 4}, {Year: -44, Month: 3, Day: 15}, {}} {
		for _, layout := range []struct {
			month, year bool
			s           string
		}{{false, false, "2"}, {true, false, "2 January"}, {true, true, "2 January 2006"}} {
			if got, want := formatDate(d, layout.month, layout.year), d.Time().Format(layout.s); got != want {
				t.Errorf("formatDate(%v, %q) = %q, want %q", d, layout.s, got, want)
			}
		}
	}
}

// TestKindCodes checks that an item gives back the kind of its claim.
func TestKindCodes(t *testing.T) {
	for _, k := range []claims.Kind{"", claims.Completed, claims.Estimated, claims.Agreed, claims.Offered, claims.Withheld, "promised", "Agreed"} {
		tb := &table{cs: []claims.Claim{{Kind: k}}, items: []item{{kind: codeOf(k)}}}
		if got := tb.kindOf(0); got != k {
			t.Errorf("kind %q comes back as %q", k, got)
		}
	}
}

// TestDocName checks docName against a pairwise scan, hash collisions
// included (the hashes are set by hand).
func TestDocName(t *testing.T) {
	pairwise := func(a, b *Statement, h uint64) string {
		for i, d := range a.docs {
			if d != h {
				continue
			}
			name := a.Claims[i].Source.Document
			for j, e := range b.docs {
				if e == h && b.Claims[j].Source.Document == name {
					return name
				}
			}
		}
		return ""
	}
	r := rand.New(rand.NewPCG(9, 10))
	statement := func() *Statement {
		s := &Statement{}
		for range 1 + r.IntN(5) {
			s.Claims = append(s.Claims, &claims.Claim{Source: claims.Source{Document: string(rune('a' + r.IntN(4)))}})
			s.docs = append(s.docs, uint64(1+r.IntN(2))) // a, b, c, d share two hashes
		}
		return s
	}
	for range 2000 {
		a, b := statement(), statement()
		for h := uint64(0); h <= 2; h++ {
			if got, want := docName(a, b, h), pairwise(a, b, h); got != want {
				t.Fatalf("docName(hash %d) = %q, want %q", h, got, want)
			}
		}
	}
}

// TestAlloc checks that the slab gives each finding room for its claims,
// however many, without sharing.
func TestAlloc(t *testing.T) {
	e := newEngine(Options{})
	var all [][]*claims.Claim
	for k, n := range []int{0, 1, 107, 3, 64, 300, 4000, 5, 257, 256} {
		s := e.alloc(n)
		if len(s) != 0 || cap(s) != n {
			t.Fatalf("alloc(%d): len %d cap %d", n, len(s), cap(s))
		}
		s = s[:n]
		mine := &claims.Claim{ID: strconv.Itoa(k)}
		for i := range s {
			s[i] = mine
		}
		all = append(all, s)
	}
	for k, s := range all {
		for i := range s {
			if s[i].ID != strconv.Itoa(k) {
				t.Fatal("two findings share claim lists")
			}
		}
	}
}

// TestKeyIndexCollision checks that keys whose hashes collide keep their
// own numbers, and that a look-up tells the direction of a claim by which
// of its parties is the key's first.
func TestKeyIndexCollision(t *testing.T) {
	var x keyIndex
	x.init(4)
	keys := []Key{{Measure: "bodies", A: "Russia", B: "Ukraine"}, {Measure: "prisoners", A: "Armenia", B: "Azerbaijan"}}
	const h = 42 // both keys given one hash
	for g, k := range keys {
		if _, _, ok := x.find(&claims.Claim{Measure: k.Measure, Subject: k.A, Recipient: k.B}, k.Measure, h); ok {
			t.Fatalf("key %v found before it was numbered", k)
		}
		x.put(k, h, int32(g))
	}
	for g, k := range keys {
		for _, c := range []struct {
			sub, rec string
			mutual   bool
			want     Direction
		}{{k.A, k.B, false, Forward}, {k.B, k.A, false, Backward}, {k.B, k.A, true, Both}} {
			if got, d, ok := x.find(&claims.Claim{Measure: k.Measure, Subject: c.sub, Recipient: c.rec, Mutual: c.mutual}, k.Measure, h); !ok || got != int32(g) || d != c.want {
				t.Errorf("find(%v, %q to %q) = %d, %v, %v; want %d, %v, true", k, c.sub, c.rec, got, d, ok, g, c.want)
			}
		}
	}
	for _, c := range []claims.Claim{{Measure: "deaths"}, {Measure: "bodies", Subject: "Russia"}, {Measure: "bodies", Recipient: "Russia"},
		{Measure: "bodies", Subject: "Russia", Recipient: "Armenia"}} {
		if _, _, ok := x.find(&c, groupMeasure(c.Measure), h); ok {
			t.Errorf("a key never numbered was found: %+v", c)
		}
	}
}

// TestClaimHash checks that a claim hashes as its key does, in either
// order of its parties, and that sameString agrees with == on strings of
// every length up to 40.
func TestClaimHash(t *testing.T) {
	names := []string{"", "R", "Ru", "Rus", "Russ", "Russia", "Russian", "Russia's", "Ukrainian Red Cross", "United Kingdom of Great Britain"}
	for _, sub := range names {
		for _, rec := range names {
			c := &claims.Claim{Measure: "bodies", Subject: sub, Recipient: rec}
			k, _ := keyOf(c)
			if got, want := claimHash(c), partiesHash(k.Measure, k.A, k.B); got != want {
				t.Errorf("claimHash(%q, %q) = %x, its key %v hashes %x", sub, rec, got, k, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		n := r.IntN(41)
		a := make([]byte, n)
		for i := range a {
			a[i] = byte('a' + r.IntN(2))
		}
		b := []byte(string(a))
		if n > 0 && r.IntN(2) == 0 {
			b[r.IntN(n)] ^= 1
		}
		if got, want := sameString(string(a), string(b)), string(a) == string(b); got != want {
			t.Fatalf("sameString(%q, %q) = %v, want %v", a, b, got, want)
		}
		if string(a) == string(b) && strHash64(string(a)) != strHash64(string(b)) {
			t.Fatalf("strHash64 differs for %q", a)
		}
	}
}

// TestF64 checks that the fast conversion gives exactly what parsing gives.
func TestF64(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		coef := r.Int64N(1<<55) - 1<<54
		if r.IntN(2) == 0 {
			coef = r.Int64N(100000)
		}
		d, err := claims.NewDecimal(coef, r.IntN(60)-30)
		if err != nil {
			continue
		}
		if got, want := f64(d), d.Float64(); got != want {
			t.Fatalf("f64(%v) = %v, want %v", d, got, want)
		}
	}
}
