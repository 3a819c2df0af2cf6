package numbers

import (
	"math/rand/v2"
	"os"
	"strings"
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

// TestFollow checks the table of first letters the fast path reads after
// "a", "an", "in", "at", "as" and "up" against mayBeginFigure: before a
// word of any other first letter, mayBeginFigure turns the word away.
func TestFollow(t *testing.T) {
	var tails []string
	for _, next := range followWords {
		for _, f := range strings.Fields(next) {
			tails = append(tails, f[1:])
		}
	}
	tails = append(tails, "", "x", "ty-one", "s", "nd")
	for w := range followWords {
		k := starterIndex32(w[0], append([]byte(w), 0)[1], len(w))
		for c := byte('a'); c <= 'z'; c++ {
			for _, tail := range tails {
				for _, text := range []string{w + " " + string(c) + tail + " of 5", w + " " + string(c-32) + tail + " 5"} {
					sc := scanner{s: text}
					ww := sc.wordAt(0)
					may := sc.mayBeginFigure(&ww)
					if may && follow[k]&(1<<(c&31)) == 0 {
						t.Errorf("%q: mayBeginFigure lets it through, but the fast path turns it away", text)
					}
				}
			}
		}
		// The table is exact for the words listed: each of them lets w through.
		for _, f := range strings.Fields(followWords[w]) {
			text := w + " " + f + " 5"
			sc := scanner{s: text}
			ww := sc.wordAt(0)
			if !sc.mayBeginFigure(&ww) && w != "a" && w != "an" {
				t.Errorf("%q: mayBeginFigure turns it away", text)
			}
		}
	}
}

// TestFollowTableWords checks the fast path after "a", "an", "in", "at",
// "as" and "up" on every word of the two tables of sentences, so that a word
// the grammar learns to read after one of them ("a pair") cannot be left
// out of followWords.
func TestFollowTableWords(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range []string{"testdata/quantities.tsv", "testdata/sentences.tsv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range strings.FieldsFunc(strings.ToLower(string(b)), func(r rune) bool { return r < 'a' || r > 'z' }) {
			seen[f] = true
		}
	}
	for w := range followWords {
		k := starterIndex32(w[0], append([]byte(w), 0)[1], len(w))
		for next := range seen {
			text := w + " " + next + " of 5"
			sc := scanner{s: text}
			ww := sc.wordAt(0)
			if sc.mayBeginFigure(&ww) && follow[k]&(1<<(next[0]&31)) == 0 {
				t.Errorf("%q: mayBeginFigure lets it through, but the fast path turns it away", text)
			}
		}
	}
}
