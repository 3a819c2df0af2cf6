package claims

import "testing"

// TestDecimalAppendWord checks appendTo, which writes short decimals from
// one word, against appendSlow on coefficients of every length up to the
// word's and exponents on either side of them.
func TestDecimalAppendWord(t *testing.T) {
	for _, c := range []int64{1, 5, 9, 10, 12, 99, 100, 101, 114, 999, 1234, 9999, 10001, 12345, 99999, 123456, 999999, 1234567, 9999999, 10000001, 123456789} {
		for e := -12; e <= 12; e++ {
			for _, sign := range []int64{1, -1} {
				d, err := NewDecimal(sign*c, e)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := string(d.appendTo([]byte("x"))), string(d.appendSlow([]byte("x"))); got != want {
					t.Errorf("%d×10^%d: appendTo %q, want %q", sign*c, e, got, want)
				}
			}
		}
	}
}
