package claims_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func mdec(s string) claims.Decimal { return claims.MustParseDecimal(s) }

// mexact returns the plain figure v written as text (so that its precision
// is the one the text implies, e.g. "6,060" has precision 10).
func mexact(text, v string) claims.Quantity {
	q := claims.ExactQuantity(mdec(v))
	q.Text = text
	return q
}

func TestOverlaps(t *testing.T) {
	def := claims.DefaultTolerance()
	none := claims.Tolerance{}
	tests := []struct {
		name string
		q, r claims.Quantity
		tol  claims.Tolerance
		want bool
		dist string // Distance under tol
	}{
		{"nearly (open below) vs plain", mnearly("nearly 3,000", "3000"), mexact("3,000", "3000"), def, true, "0"},
		{"nearly (open below) vs far below", mnearly("nearly 3,000", "3000"), mexact("1,800", "1800"), def, false, "650"},
		{"nearly (open below) vs far below, literal", mnearly("nearly 3,000", "3000"), mexact("1,800", "1800"), none, true, "0"},
		{"nearly (open below) vs above", mnearly("nearly 3,000", "3000"), mexact("3,600", "3600"), def, false, "50"},
		{"nearly vs plain", claims.NewQuantity("nearly 3,000", claims.Approx, mdec("3000")), mexact("3,000", "3000"), def, true, "0"},
		{"more than vs same plain figure", claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), mexact("6,000", "6000"), def, true, "0"},
		{"more than vs same figure, literal", claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), mexact("6,000", "6000"), none, false, "0"},
		{"at least vs same figure, literal", claims.NewQuantity("at least 6,000", claims.AtLeast, mdec("6000")), mexact("6,000", "6000"), none, true, "0"},
		{"round vs near figure", mexact("6,000", "6000"), mexact("6,060", "6060"), def, true, "0"},
		{"round vs near figure, literal", mexact("6,000", "6000"), mexact("6,060", "6060"), none, false, "60"},
		{"round vs figure outside rounding", mexact("6,000", "6000"), mexact("6,600", "6600"), def, false, "50"},
		{"neighbouring round figures meet only where the higher rounds from", mexact("6,000", "6000"), mexact("7,000", "7000"), def, false, "0"},
		{"two spokesmen's round figures", mexact("10,000", "10000"), mexact("20,000", "20000"), def, false, "0"},
		{"round vs figure just below its rounding", mexact("6,000", "6000"), mexact("6,480", "6480"), def, true, "0"},
		{"round vs finer figure at the halfway point", mexact("6,000", "6000"), mexact("6,500", "6500"), def, true, "0"},
		{"small exact figures", mexact("57", "57"), mexact("78", "78"), def, false, "21"},
		{"small figures meet rounding of 60", mexact("60", "60"), mexact("57", "57"), def, true, "0"},
		{"60 vs 54", mexact("60", "60"), mexact("54", "54"), def, false, "1"},
		{"far below more than", mexact("3,600", "3600"), claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), def, false, "2350"},
		{"dozens vs 40", claims.VagueQuantity("dozens", mdec("12"), claims.Unbounded), mexact("40", "40"), def, true, "0"},
		{"dozens vs 5", claims.VagueQuantity("dozens", mdec("12"), claims.Unbounded), mexact("5", "5"), def, false, "5.8"},
		{"range vs inside", claims.RangeQuantity("500-600", mdec("500"), mdec("600")), mexact("550", "550"), def, true, "0"},
		{"range vs outside", claims.RangeQuantity("500-600", mdec("500"), mdec("600")), mexact("701", "701"), none, false, "101"},
		{"up to vs above", claims.NewQuantity("up to 700", claims.AtMost, mdec("700")), mexact("750", "750"), def, false, "45"},
		{"fewer than vs below", claims.NewQuantity("fewer than 50", claims.LessThan, mdec("50")), mexact("12", "12"), def, true, "0"},
		{"fewer than vs at", claims.NewQuantity("fewer than 50", claims.LessThan, mdec("50")), mexact("50", "50"), none, false, "0"},
		{"about widens by ten percent", claims.NewQuantity("about 5,000", claims.Approx, mdec("5000")), mexact("5,450", "5450"), claims.Tolerance{Approx: mdec("0.1")}, true, "0"},
		{"about, beyond ten percent", claims.NewQuantity("about 5,000", claims.Approx, mdec("5000")), mexact("5,550", "5550"), claims.Tolerance{Approx: mdec("0.1")}, false, "50"},
		{"withheld overlaps anything", claims.Quantity{}, mexact("7", "7"), def, true, "0"},
		{"decimal millions", claims.NewQuantity("6.2 million", claims.Exact, mdec("6200000")), mexact("6,240,000", "6240000"), def, true, "0"},
		{"percent vs count", mpct("45%", "45"), mexact("45", "45"), def, false, "0"},
		{"percent rounding", mpct("45%", "45"), mpct("45.4%", "45.4"), def, true, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.q.Overlaps(tt.r, tt.tol); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %v, want %v", tt.q, tt.r, got, tt.want)
			}
			if got := tt.r.Overlaps(tt.q, tt.tol); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %v, want %v (reversed)", tt.r, tt.q, got, tt.want)
			}
			if got := tt.q.Distance(tt.r, tt.tol); got != mdec(tt.dist) {
				t.Errorf("%v.Distance(%v) = %v, want %v", tt.q, tt.r, got, tt.dist)
			}
			if got := tt.r.Distance(tt.q, tt.tol); got != mdec(tt.dist) {
				t.Errorf("%v.Distance(%v) = %v, want %v (reversed)", tt.r, tt.q, got, tt.dist)
			}
		})
	}
}

// nearly returns "nearly v" as the parser reads it: at most about v.
func mnearly(text, v string) claims.Quantity {
	q := claims.NewQuantity(text, claims.Approx, mdec(v))
	q.Lower = claims.Unbounded
	return q
}

func mpct(text, v string) claims.Quantity {
	q := mexact(text, v)
	q.Unit = claims.Percent
	return q
}

func TestInterval(t *testing.T) {
	def := claims.DefaultTolerance()
	tests := []struct {
		name   string
		q      claims.Quantity
		tol    claims.Tolerance
		lo, hi claims.Bound
	}{
		{"exact small", mexact("57", "57"), def, claims.Incl(mdec("57")), claims.Incl(mdec("57"))},
		{"round", mexact("6,000", "6000"), def, claims.Incl(mdec("5500")), claims.Excl(mdec("6500"))},
		{"round literal", mexact("6,000", "6000"), claims.Tolerance{}, claims.Incl(mdec("6000")), claims.Incl(mdec("6000"))},
		{"nearly", claims.NewQuantity("nearly 3,000", claims.Approx, mdec("3000")), def, claims.Incl(mdec("2500")), claims.Excl(mdec("3500"))},
		{"about, approx larger than rounding", claims.NewQuantity("about 3,100", claims.Approx, mdec("3100")), def, claims.Incl(mdec("2790")), claims.Incl(mdec("3410"))},
		{"more than", claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), def, claims.Incl(mdec("6000")), claims.Unbounded},
		{"more than literal", claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), claims.Tolerance{}, claims.Excl(mdec("6000")), claims.Unbounded},
		{"less than exact count stays exclusive", claims.NewQuantity("fewer than 57", claims.LessThan, mdec("57")), def, claims.Unbounded, claims.Excl(mdec("57"))},
		{"range", claims.RangeQuantity("500-600", mdec("500"), mdec("600")), def, claims.Incl(mdec("450")), claims.Excl(mdec("650"))},
		{"range mixed precision", claims.RangeQuantity("500-650", mdec("500"), mdec("650")), def, claims.Incl(mdec("495")), claims.Excl(mdec("655"))},
		{"nearly, open below", mnearly("nearly 3,000", "3000"), def, claims.Incl(mdec("2500")), claims.Excl(mdec("3500"))},
		{"nearly, open below, literal", mnearly("nearly 3,000", "3000"), claims.Tolerance{}, claims.Unbounded, claims.Incl(mdec("3000"))},
		{"dozens", claims.VagueQuantity("dozens", mdec("12"), claims.Unbounded), def, claims.Incl(mdec("10.8")), claims.Unbounded},
		{"percent", mpct("3.5%", "3.5"), def, claims.Incl(mdec("3.45")), claims.Excl(mdec("3.55"))},
		{"withheld", claims.Quantity{}, def, claims.Unbounded, claims.Unbounded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := tt.q.Interval(tt.tol)
			if lo != tt.lo || hi != tt.hi {
				t.Errorf("%v.Interval() = %+v, %+v; want %+v, %+v", tt.q, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

func TestContains(t *testing.T) {
	def := claims.DefaultTolerance()
	q := claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000"))
	for _, tt := range []struct {
		v    string
		tol  claims.Tolerance
		want bool
	}{
		{"6001", claims.Tolerance{}, true},
		{"6000", claims.Tolerance{}, false},
		{"6000", def, true},
		{"5999", def, false},
		{"1e9", def, true},
	} {
		if got := q.Contains(mdec(tt.v), tt.tol); got != tt.want {
			t.Errorf("%v.Contains(%s, %+v) = %v, want %v", q, tt.v, tt.tol, got, tt.want)
		}
	}
}

func BenchmarkOverlaps(b *testing.B) {
	q := claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000"))
	r := mexact("6,060", "6060")
	tol := claims.DefaultTolerance()
	b.ReportAllocs()
	for b.Loop() {
		q.Overlaps(r, tol)
	}
}

// TestOverlapsParsed runs the overlap rules on quantities as ParseQuantity
// reads them, the way the rest of crosscheck meets them.
func TestOverlapsParsed(t *testing.T) {
	def := claims.DefaultTolerance()
	tests := []struct {
		a, b string
		want bool
	}{
		{"nearly 3,000", "3,000", true},
		{"more than 6,000", "6,000", true},
		{"6,000", "6,060", true},
		{"57", "78", false},
		{"3,600", "more than 6,000", false},
		{"dozens", "40", true},
		{"500-600", "550", true},
		{"60", "57", true},
		{"about 5,000", "6,000", true},
		{"about 5,000", "7,000", false},
		{"at least 1,000", "up to 700", false},
		{"6.2 million", "6,240,000", true},
		{"45%", "45", false},
		{"6,000-for-6,000", "6,000", true},
	}
	for _, tt := range tests {
		a, err := claims.ParseQuantity(tt.a)
		if err != nil {
			t.Fatalf("ParseQuantity(%q): %v", tt.a, err)
		}
		b, err := claims.ParseQuantity(tt.b)
		if err != nil {
			t.Fatalf("ParseQuantity(%q): %v", tt.b, err)
		}
		if got := a.Overlaps(b, def); got != tt.want {
			lo, hi := a.Interval(def)
			blo, bhi := b.Interval(def)
			t.Errorf("%q overlaps %q = %v, want %v (intervals %v..%v and %v..%v)", tt.a, tt.b, got, tt.want, lo, hi, blo, bhi)
		}
	}
}
