package text

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// FuzzExtract checks that any text yields claims without panicking, with
// every span inside the text, on rune boundaries, and the figure inside its
// evidence.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	pages, _ := filepath.Glob("testdata/pages/*.txt") // pages with furniture
	for _, p := range append(paths, pages...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "date 2025-06-20", "date: 2025-06-20\n\n", "\"", "“", "\"\n\n\"", "said", "according to",
		"MOSCOW, June 16. /TASS/. 6,000-for-6,000", "Lt. Gen. X said 5 were freed.", "--", "—",
		pub + "\"We have returned 6,000 bodies. We received 57,\" he said.",
		pub + "Putin said on Thursday that Moscow is ready to hand over 3,000 more bodies.",
		"date 2025-02-29 On Thursday 4 died.", "\xff\xfe 12 people", "é 1 2 3 \u00a0 4,000",
		// pages: furniture, glued words, missing spaces, unclosed quotes, bad bytes
		"Home | World\nKSE-100 ▲ 0.41%\nUpdated 12:30\n\nQuake kills 40\n\nBy Ana Silva\nShare 12",
		"Lyon12,000 and transferring19 and 2,000people.Nine more", " date 2023-11 Rebels free 24\n\n- 3 died\n- 4",
		"He said \"we will go.\nThe 40 came.\n\nRelated\nStorm kills 9\n", "%PDF-1.4\n40 people", "4\x000 people",
		"This handout picture shows 4 boats.\n(File)\n", "1" + strings.Repeat("0", 200) + " people",
	} {
		f.Add(s)
	}
	x := New(Options{Explain: true})
	f.Fuzz(func(t *testing.T, text string) {
		cs, err := x.Extract("fuzz", []byte(text))
		var ie *InputError
		if err != nil && !errors.As(err, &ie) {
			t.Fatal(err) // only problems of the input, located
		}
		if errors.Is(err, ErrNotText) && len(cs) > 0 {
			t.Fatalf("%d claims from bytes that are not text", len(cs))
		}
		for _, c := range cs {
			checkClaimSpans(t, text, c)
		}
	})
}

func checkClaimSpans(t *testing.T, text string, c claims.Claim) {
	t.Helper()
	in := func(s claims.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) && boundary(text, s.Start) && boundary(text, s.End)
	}
	if !in(c.Evidence.Span) || text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Text {
		t.Fatalf("bad evidence %v %q", c.Evidence.Span, c.Evidence.Text)
	}
	if c.Kind != claims.Withheld {
		q := c.QuantitySpan
		if !in(q) || q.Start < c.Evidence.Start || q.End > c.Evidence.End {
			t.Fatalf("quantity span %v outside evidence %v", q, c.Evidence.Span)
		}
	}
	for _, r := range c.Reasons {
		if r.End > 0 && (!in(claims.Span{Start: r.Start, End: r.End}) || text[r.Start:r.End] != r.Words) {
			t.Fatalf("reason %+v is not the text at its span", r)
		}
	}
	if strings.ContainsRune(c.Measure, utf8.RuneError) && !strings.ContainsRune(text, utf8.RuneError) && utf8.ValidString(text) {
		t.Fatalf("measure %q not from the text", c.Measure)
	}
}

// boundary reports whether byte i starts a rune as a decoder reads s (a
// byte of invalid UTF-8 is a rune of its own).
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := max(0, i-utf8.UTFMax); j < i; j++ {
		if !utf8.RuneStart(s[j]) {
			continue
		}
		if _, n := utf8.DecodeRuneInString(s[j:]); n > 1 && j+n > i {
			return false // i falls inside the rune that starts at j
		}
	}
	return true
}
