package numbers

import (
	"math/rand/v2"
	"testing"
)

// TestLetterRun checks letterRun and wordAt, which test eight bytes at a
// time, against a test of each byte, on strings of letters, digits,
// punctuation and bytes of multi-byte characters at every offset.
func TestLetterRun(t *testing.T) {
	alphabet := "aZmz AY@[`{09-.,'\x80\xc3\xa9\xffQq"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			if rng.IntN(4) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[rng.IntN(52)]
			}
		}
		s := string(b)
		sc := scanner{s: s}
		for i := range len(s) + 1 {
			want := i
			for want < len(s) && isLetter(s[want]) {
				want++
			}
			if got := letterRun(s, i); got != want {
				t.Fatalf("letterRun(%q, %d) = %d, want %d", s, i, got, want)
			}
			w := sc.wordAt(i)
			var low [16]byte
			n := want - i
			if n <= 16 {
				for k := range n {
					low[k] = s[i+k] | 0x20
				}
			} else {
				n = 0
			}
			if w.start != i || w.end != want || w.n != n || w.low != low {
				t.Fatalf("wordAt(%q, %d) = %+v, want end %d, n %d, low %q", s, i, w, want, n, low)
			}
		}
	}
}
