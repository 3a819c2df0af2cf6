package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func TestEvidenceMarksTheFigure(t *testing.T) {
	const text = "Russia handed over 1,212 bodies on 11 June, 1,200 on 13 June and 1,245 on 16 June, the headquarters said."
	q, err := claims.ParseQuantity("1,200")
	if err != nil {
		t.Fatal(err)
	}
	c := claims.Claim{Quantity: q, QuantitySpan: claims.Span{Start: 1044, End: 1049},
		Evidence: claims.Evidence{Span: claims.Span{Start: 1000, End: 1000 + len(text)}, Text: text}}

	e := evidence(&c, false)
	if got := e.Before + "[" + e.Mark + "]" + e.After; got != "Russia handed over 1,212 bodies on 11 June, [1,200] on 13 June and 1,245 on 16 June, the headquarters said." {
		t.Errorf("whole: %q", got)
	}
	e = evidence(&c, true)
	if got := e.Before + "[" + e.Mark + "]" + e.After; got != "… handed over 1,212 bodies on 11 June, [1,200] on 13 June and 1,245 on 16 June, the …" || !e.Excerpt {
		t.Errorf("excerpt: %q", got)
	}

	// A span that does not fit the text: found by the figure's words.
	c.QuantitySpan = claims.Span{Start: 5, End: 9}
	e = evidence(&c, false)
	if e.Mark != "1,200" || e.Before != "Russia handed over 1,212 bodies on 11 June, " {
		t.Errorf("by text: %+v", e)
	}
	// No figure (withheld): the text, unmarked.
	c.Quantity = claims.Quantity{}
	e = evidence(&c, false)
	if e.Mark != "" || e.Before != text {
		t.Errorf("withheld: %+v", e)
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[string]string{"0": "0", "57": "57", "6060": "6,060", "-5982": "−5,982", "1280000": "1,280,000", "3.5": "3.5", "12345.25": "12,345.25"} {
		if got := thousands(in); got != want {
			t.Errorf("thousands(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNiceScale(t *testing.T) {
	for _, tt := range []struct{ top, ticks, step, max float64 }{
		{6060, 4, 2000, 8000}, {79, 4, 20, 100}, {3500000, 4, 1000000, 4000000}, {0, 4, 0.25, 1.25}, {500, 2, 250, 750},
	} {
		step, max := niceScale(tt.top, tt.ticks)
		if step != tt.step || max != tt.max {
			t.Errorf("niceScale(%v, %v) = %v, %v; want %v, %v", tt.top, tt.ticks, step, max, tt.step, tt.max)
		}
	}
}

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a": "https://example.org/a", "HTTP://x.org": "HTTP://x.org",
		"javascript:alert(1)": "", "data:text/html,<b>": "", "example.org": "", "": "",
	} {
		if got := webURL(in); got != want {
			t.Errorf("webURL(%q) = %q, want %q", in, got, want)
		}
	}
}
