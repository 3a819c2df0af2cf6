package numbers

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// figure is one expected or found figure in the sentence table.
type figure struct {
	text, class, value, qualifier string
}

func (f figure) String() string {
	return strings.Join([]string{f.text, f.class, f.value, f.qualifier}, "|")
}

// matches reports whether the found figure g satisfies the expected f:
// text and class always, value and qualifier when f gives them.
func (f figure) matches(g figure) bool {
	return f.text == g.text && f.class == g.class &&
		(f.value == "" || f.value == g.value) && (f.qualifier == "" || f.qualifier == g.qualifier)
}

func found(n Number) figure {
	f := figure{text: n.Text, class: n.Class.String()}
	if n.Quantity.IsValid() {
		f.value, f.qualifier = n.Quantity.Value.String(), n.Quantity.Qualifier.String()
	}
	return f
}

type sentence struct {
	line int
	text string
	want []figure
}

func readSentences(t testing.TB) []sentence {
	f, err := os.Open("testdata/sentences.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []sentence
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		text, figs, ok := strings.Cut(l, "\t")
		require.True(t, ok, "sentences.tsv:%d: no tab", line)
		s := sentence{line: line, text: text}
		if figs != "-" {
			for _, fs := range strings.Split(figs, " ; ") {
				p := strings.Split(fs, "|")
				require.True(t, len(p) >= 2 && len(p) <= 4, "sentences.tsv:%d: bad figure %q", line, fs)
				p = append(p, "", "")
				s.want = append(s.want, figure{p[0], p[1], p[2], p[3]})
			}
		}
		out = append(out, s)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestSentences scores Scan on the sentence table: recall is the share of
// expected figures found (same text and class, and value and qualifier when
// given), precision the share of found figures that were expected.
func TestSentences(t *testing.T) {
	sents := readSentences(t)
	require.Greater(t, len(sents), 250)
	var wantN, gotN, hit int
	for _, s := range sents {
		var got []figure
		for n := range Scan(s.text, Options{}) {
			got = append(got, found(n))
		}
		used := make([]bool, len(got))
		for _, w := range s.want {
			ok := false
			for k, g := range got {
				if !used[k] && w.matches(g) {
					used[k], ok = true, true
					break
				}
			}
			if ok {
				hit++
			} else {
				t.Logf("sentences.tsv:%d: missed %v in %q; got %v", s.line, w, s.text, got)
			}
		}
		for k, g := range got {
			if !used[k] {
				t.Logf("sentences.tsv:%d: unexpected %v in %q", s.line, g, s.text)
			}
		}
		wantN += len(s.want)
		gotN += len(got)
	}
	recall := float64(hit) / float64(wantN)
	precision := float64(hit) / float64(gotN)
	t.Logf("sentence table: %d sentences, %d expected figures, %d found, %d right: recall %.1f%%, precision %.1f%%",
		len(sents), wantN, gotN, hit, 100*recall, 100*precision)
	if recall < minScore || precision < minScore {
		t.Errorf("recall %.3f, precision %.3f: want both ≥ %.2f", recall, precision, minScore)
	}
}

// minScore is the floor of recall and precision on the sentence table:
// every figure of it is read right today, so one read wrong is a
// regression.
const minScore = 1.0

// checkInvariants checks what every scan must give: spans in bounds, in
// order, not overlapping, on rune boundaries; Text the span's bytes; a
// count's value the one its text reads as.
func checkInvariants(t *testing.T, text string, opts Options) {
	t.Helper()
	// Rune boundaries as a decoder steps through text (an invalid byte is
	// a rune of its own).
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	boundary[len(text)] = true
	isBoundary := func(_ string, i int) bool { return boundary[i] }
	last, whole := 0, text
	for n := range Scan(text, opts) {
		sp := n.Span
		if sp.Start < last || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %v out of order or bounds (last end %d, len %d) in %q", sp, last, len(text), text)
		}
		if !isBoundary(text, sp.Start) || !isBoundary(text, sp.End) {
			t.Fatalf("span %v not on rune boundaries in %q", sp, text)
		}
		if n.Text != text[sp.Start:sp.End] {
			t.Fatalf("Text %q != text[span] %q", n.Text, text[sp.Start:sp.End])
		}
		last = sp.End
		if n.Class.IsNumeric() != n.Quantity.IsValid() && n.Class != Ordinal && n.Class != Year {
			t.Fatalf("%q: class %v with quantity valid %v", n.Text, n.Class, n.Quantity.IsValid())
		}
		if n.Class == Count || n.Class == Percentage {
			text := n.Text
			if l := text[len(text)-1] | 0x20; (l == 'm' || l == 'b') && n.Class == Count {
				// "25m passengers", "1B people": a glued "m" or "b" that the
				// words after it make a scale reads as it does after a
				// currency sign.
				if _, err := claims.ParseQuantityIn(opts.Language, text); err != nil {
					if k := len(text) - 2; k > 0 && text[k] == ' ' {
						text = text[:k] + text[k+1:] // "8 B people": the scale written apart
					}
					if d := strings.IndexAny(text, "0123456789"); d >= 0 {
						text = text[:d] + "$" + text[d:]
					}
				}
			}
			q, err := claims.ParseQuantityIn(opts.Language, text)
			if err != nil {
				// "29,71%", "15, 200": commas the scanner reads past in
				// English and the grammar does not (commas.go).
				q, err = claims.ParseQuantityIn(opts.Language, englishCommas(text))
			}
			if err != nil {
				t.Fatalf("%q (%v) does not parse back: %v", n.Text, n.Class, err)
			}
			// A figure restating the one before it in another measure
			// takes its hedge ("more than 100 km (62 miles)", "about 300
			// jobs, or 2%"): a hedge not in its text is one carried after a
			// bracket, a slash or "or".
			carried := q.Qualifier == claims.Exact && n.Quantity.Qualifier != claims.Exact && restatedAt(whole, sp.Start)
			if q.Value != n.Quantity.Value || q.Qualifier != n.Quantity.Qualifier && !carried {
				t.Fatalf("%q: scanned %v %v, parsed %v %v", n.Text, n.Quantity.Qualifier, n.Quantity.Value, q.Qualifier, q.Value)
			}
		}
	}
}

// englishCommas writes a figure's decimal comma as a point ("29,71%") and
// drops the space of a spaced group of thousands ("15, 200"), as the
// scanner reads them in English.
func englishCommas(t string) string {
	var b strings.Builder
	for k := 0; k < len(t); k++ {
		if t[k] == ',' && k > 0 && isDigit(t[k-1]) {
			e := k + 1
			for e < len(t) && isDigit(t[e]) {
				e++
			}
			switch {
			case e-k-1 >= 1 && e-k-1 <= 2:
				b.WriteByte('.')
				continue
			case e == k+1 && k+5 <= len(t) && t[k+1] == ' ':
				b.WriteByte(',')
				k++
				continue
			}
		}
		b.WriteByte(t[k])
	}
	return b.String()
}

// restatedAt reports whether a bracket, a slash or "or" stands in the 40
// bytes before i: where a figure may restate the one before it.
func restatedAt(text string, i int) bool {
	b := text[max(0, i-40):i]
	return strings.ContainsAny(b, "(/[") || strings.Contains(b, " or ")
}

// huge is a 100,000-digit number.
var huge = strings.Repeat("7", 100_000)

// messyTexts is the table of TestScanMessy; it seeds FuzzScan.
var messyTexts = []string{
	"",
	"Rennes10,000 people",
	"rose to 29,71%, passed 15, 200, 3, 250 and 4,5 km; 9,99 euros, 12, 345,6 and 7, 890",
	"<p>About <b>6,000</b> people&nbsp;marched &#8212; 12&amp;3</p>",
	"bad \xff\xfe utf-8 \xe2\x82 1,000 \xc2",
	"truncated at the end: more than 6,",
	"a " + huge + " digits",
	"between 5 and",
	"６，０００ people and ３ more",
	"1,2,3,4,5 and 1.2.3.4 and 1-2-3-4",
	"June 11 and 13 and 15 and 17 and 19 and 21 and 23 and 25 and 27 and 29",
	"€€€$$$+++~~~(((&&&",
	"twenty-twenty-twenty one one one a a a",
	"- – — 5–",
}

func TestScanMessy(t *testing.T) {
	for _, text := range messyTexts {
		checkInvariants(t, text, Options{})
	}
	// The huge number is one identifier.
	var got []Number
	for n := range Scan("a "+huge+" digits", Options{}) {
		got = append(got, n)
	}
	require.Len(t, got, 1)
	require.Equal(t, Identifier, got[0].Class)
	require.Equal(t, len(huge), got[0].Span.Len())
}

func TestScanLongLine(t *testing.T) {
	line := strings.Repeat("More than 6,000 people marched on June 9 ", 250_000) // ~10 MB
	n := 0
	for range Scan(line, Options{}) {
		n++
	}
	require.Equal(t, 500_000, n)
}

func TestScanStops(t *testing.T) {
	n := 0
	for range Scan("1 2 3 4 5", Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	require.Equal(t, 2, n)
}

func FuzzScan(f *testing.F) {
	for _, s := range readSentences(f) {
		f.Add(s.text)
	}
	for _, s := range messyTexts {
		f.Add(s)
	}
	for _, tt := range languageTests {
		f.Add(tt.text)
	}
	for _, tt := range misreadTests {
		f.Add(tt.in)
	}
	for _, s := range readQuantities(f) {
		f.Add(s.text)
	}
	f.Add("Rennes10,000\xff 6 000,5 ６，０００")
	// A figure longer than the scratch buffer before a comma the scanner
	// reads again (decimalComma, spacedGroup).
	f.Add("It fell from 5" + strings.Repeat("0", 60) + " to 15,55% they said.")
	f.Add("Between 1" + strings.Repeat("0", 60) + " and 15, 200, said.")
	f.Fuzz(func(t *testing.T, text string) {
		// English, and the two other sets of separators.
		for _, tag := range []language.Tag{language.English, language.German, language.French} {
			checkInvariants(t, text, Options{Language: tag})
		}
	})
}

// TestScanAcrossLines covers what a one-line table cannot: list numbers at
// the start of lines, and hedges broken over a line.
func TestScanAcrossLines(t *testing.T) {
	text := "1. Police said 300 people marched.\n2) Another 40 were hurt.\nMore than\n6,000 signed.\n\n12 more"
	var got []figure
	for n := range Scan(text, Options{}) {
		got = append(got, found(n))
	}
	want := []figure{
		{"300", "count", "300", "exact"},
		{"40", "count", "40", "exact"},
		{"More than\n6,000", "count", "6000", "more_than"},
		{"12", "count", "12", "exact"},
	}
	require.Equal(t, want, got)
	checkInvariants(t, text, Options{})
}

// TestScanAllocs pins the cost of figures: a typical news sentence costs
// the iterator and nothing per figure.
func TestScanAllocs(t *testing.T) {
	text := "On June 14 more than 6,000 people, about 45% of them students, marched for the fourth time; police counted 1,212."
	checkScanAllocs(t, text, 5)
}

// TestScanInvariantsOnTables checks the invariants on every sentence of
// both tables, and the forms of this file's probes.
func TestScanInvariantsOnTables(t *testing.T) {
	for _, s := range readQuantities(t) {
		checkInvariants(t, s.text, Options{})
	}
	for _, text := range []string{"Around 1B people.", "0m workers", "The ratio is 1 over 4.", "30 ~ 40 degrees",
		"fell by 3 points to 7,512", "A$80 million", "40,000 Swiss francs", "4p lower at 310p"} {
		checkInvariants(t, text, Options{})
	}
}

// TestScanAllocsQuantityForms holds the forms of the quantity table that
// take their own paths (powers, word fractions, mixed numbers, scales,
// shares named first, a bound after a hedge) to the same budget: nothing
// per figure.
func TestScanAllocsQuantityForms(t *testing.T) {
	text := "The factor was 1.1^23 and 2.5^-1; one hundred thirty fifths of a penny, a trillionth of a gram, " +
		"one and a fourth cups, Rs 30 lakh, three billions, the two hundredth match, percent of 12, about 200 or more, " +
		"minus one hundred thirty fifths and 1 over three."
	checkScanAllocs(t, text, 12)
}

// checkScanAllocs checks that scanning text finds figures figures with at
// most 2 allocations, the iterator's, and none per figure.
func checkScanAllocs(t *testing.T, text string, figures int) {
	t.Helper()
	got := 0
	n := testing.AllocsPerRun(100, func() {
		got = 0
		for range Scan(text, Options{}) {
			got++
		}
	})
	require.Equal(t, figures, got)
	if n > 2 {
		t.Errorf("Scan: %v allocations, want at most 2", n)
	}
}
