package claims

import "testing"

// TestDigitAt checks digitAt, which reads full-width digits by their
// bytes, against tok's folding of every character of three bytes from
// 0xEF and of every ASCII byte.
func TestDigitAt(t *testing.T) {
	want := func(s string) (int, int) {
		if c, size := tok(s, 0); isDigit(c) {
			return int(c - '0'), size
		}
		return -1, 0
	}
	check := func(s string) {
		r := qreader{s: s}
		wd, ws := want(s)
		if d, size := r.digitAt(0); d != wd || size != ws {
			t.Fatalf("digitAt(%q) = %d, %d, want %d, %d", s, d, size, wd, ws)
		}
	}
	for c := range 0x80 {
		check(string(rune(c)) + "x")
	}
	for b1 := 0x80; b1 < 0xC0; b1++ {
		for b2 := 0x80; b2 < 0xC0; b2++ {
			check(string([]byte{0xEF, byte(b1), byte(b2)}))
			check(string([]byte{0xEF, byte(b1), byte(b2), '1'}))
		}
		check(string([]byte{0xEF, byte(b1)}))
	}
	if d, size := (&qreader{s: "６"}).digitAt(0); d != 6 || size != 3 {
		t.Fatalf("full-width six: %d, %d", d, size)
	}
}
