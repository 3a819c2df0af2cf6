package claims

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestPlainAfter checks what phrase takes on trust from plainAfter: where
// it holds after a number, none of the readers after a number reads on,
// whatever follows the word or the mark.
func TestPlainAfter(t *testing.T) {
	tails := []string{"", " 6", " than 6", " cent", " point", " points", " of", " to 6", " up to 6", " more",
		" least", " most", " so", " the least", " equal", " equal to", " or equal to", " up", " more than 6"}
	var afters []string
	for _, w := range strings.Fields(vocabulary) {
		afters = append(afters, " "+w, " "+strings.ToUpper(w[:1])+w[1:])
	}
	afters = append(afters, " people", " km", "  to", " ")
	for c := 0; c < 0x80; c++ {
		afters = append(afters, string(rune(c)), string(rune(c))+" ", string(rune(c))+"for-", string(rune(c))+"to-")
	}
	plain := 0
	for _, after := range afters {
		for _, tail := range tails {
			s := "5" + after + tail
			r := qreader{s: s, loc: localeOf(language.English)}
			if !r.plainAfter(1) {
				continue
			}
			plain++
			if k, ok := r.percent(1); ok {
				t.Errorf("%q: plain after 5, but percent reads to %d", s, k)
			}
			if k, ok := r.rangeSep(1, true, true, true); ok {
				t.Errorf("%q: plain after 5, but rangeSep reads to %d", s, k)
			}
			if _, k, ok := r.unitRange(1, true, true, true); ok {
				t.Errorf("%q: plain after 5, but unitRange reads to %d", s, k)
			}
			if k, ok := r.forSep(1); ok {
				t.Errorf("%q: plain after 5, but forSep reads to %d", s, k)
			}
			if k, _, ok := r.posthedge(1); ok {
				t.Errorf("%q: plain after 5, but posthedge reads to %d", s, k)
			}
			if k := r.orEqual(1); k >= 0 {
				t.Errorf("%q: plain after 5, but orEqual reads to %d", s, k)
			}
			if w, _, _, _ := r.next(1); w == wAnd || w == wBut {
				t.Errorf("%q: plain after 5, but a compound range may go on", s)
			}
		}
	}
	if plain < len(afters)*len(tails)/2 {
		t.Errorf("plain after only %d of %d", plain, len(afters)*len(tails))
	}
	for _, s := range []string{"5 villages", "5, and", "5.", "5", "5 a month", "5 points"} {
		if r := (qreader{s: s}); !r.plainAfter(1) {
			t.Errorf("%q: not plain after 5", s)
		}
	}
	for _, s := range []string{"5 to 6", "5 percent", "5-6", "5 or more", "5+", "5ish", "5\u00a0%", "5  villages"} {
		if r := (qreader{s: s}); r.plainAfter(1) {
			t.Errorf("%q: plain after 5", s)
		}
	}
}
