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

// TestPrevSpan checks prevSpan, which steps back eight bytes at a time,
// against a step back of one byte at a time.
func TestPrevSpan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		b := make([]byte, rng.IntN(50))
		for k := range b {
			switch rng.IntN(8) {
			case 0:
				b[k] = " \t\n1.,\xc3"[rng.IntN(7)]
			default:
				b[k] = "abcXYZqr"[rng.IntN(8)]
			}
		}
		s := string(b)
		sc := scanner{s: s}
		for i := range len(s) + 1 {
			j := i
			for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') && i-j < 8 {
				j--
			}
			k := j
			for k > 0 && isLetter(s[k-1]) && j-k <= 16 {
				k--
			}
			if k == j || (k > 0 && isDigit(s[k-1])) {
				k = j
			}
			if gk, gj := sc.prevSpan(i); gk != k || gj != j {
				t.Fatalf("prevSpan(%q, %d) = %d, %d, want %d, %d", s, i, gk, gj, k, j)
			}
		}
	}
}
