package numbers

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// qfigure is one figure of the quantity table: a figure of the sentence
// table with the change, the unit code and the upper end of a range.
type qfigure struct {
	figure
	change, unit, upper string
	approximate         string // "approx" for a range hedged as a whole, "" when not checked
}

func (f qfigure) String() string {
	return strings.Join([]string{f.text, f.class, f.value, f.qualifier, f.change, f.unit, f.upper, f.approximate}, "|")
}

// matches reports whether the found figure g satisfies the expected f:
// text and class always, the other fields when f gives them.
func (f qfigure) matches(g qfigure) bool {
	return f.figure.matches(g.figure) && (f.change == "" || f.change == g.change) &&
		(f.unit == "" || f.unit == g.unit) && (f.upper == "" || f.upper == g.upper) &&
		(f.approximate == "" || f.approximate == g.approximate)
}

func qfound(n Number) qfigure {
	f := qfigure{figure: found(n), unit: n.UnitCode}
	if f.unit == "" {
		f.unit = "-"
	}
	if n.Quantity.IsValid() {
		f.change = n.Quantity.Change.String()
		if n.Quantity.Upper.Set {
			f.upper = n.Quantity.Upper.Value.String()
		}
		f.approximate = "-"
		if n.Quantity.Approximate {
			f.approximate = "approx"
		}
	}
	return f
}

type qsentence struct {
	line    int
	text    string
	want    []qfigure
	heldOut bool // written after the code, below "# held out"
}

func readQuantities(t testing.TB) []qsentence {
	f, err := os.Open("testdata/quantities.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []qsentence
	sc := bufio.NewScanner(f)
	line, heldOut := 0, false
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.HasPrefix(l, "# held out") {
			heldOut = true
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		text, figs, ok := strings.Cut(l, "\t")
		require.True(t, ok, "quantities.tsv:%d: no tab", line)
		s := qsentence{line: line, text: text, heldOut: heldOut}
		if figs != "-" {
			for _, fs := range strings.Split(figs, " ; ") {
				p := strings.Split(fs, "|")
				require.True(t, len(p) >= 2 && len(p) <= 8, "quantities.tsv:%d: bad figure %q", line, fs)
				p = append(p, "", "", "", "", "", "")
				s.want = append(s.want, qfigure{figure{p[0], p[1], p[2], p[3]}, p[4], p[5], p[6], p[7]})
			}
		}
		out = append(out, s)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestQuantities scores Scan on the quantity table (changes, ranges,
// units, shorthand, fractions, number words, names that are not
// quantities), as TestSentences does: recall is the share of expected
// figures found with every field given, precision the share of found
// figures that were expected. Run with -v to see each miss.
func TestQuantities(t *testing.T) {
	sents := readQuantities(t)
	require.GreaterOrEqual(t, len(sents), 300)
	var wantN, gotN, hit, sentOK, wrong int
	var hoWant, hoGot, hoHit, hoN int
	for _, s := range sents {
		var got []qfigure
		for n := range Scan(s.text, Options{}) {
			got = append(got, qfound(n))
		}
		used := make([]bool, len(got))
		ok := true
		for _, w := range s.want {
			hitOne := false
			for k, g := range got {
				if !used[k] && w.matches(g) {
					used[k], hitOne = true, true
					break
				}
			}
			if hitOne {
				hit++
			} else {
				ok = false
				t.Logf("quantities.tsv:%d: missed %v in %q; got %v", s.line, w, s.text, got)
			}
		}
		for k, g := range got {
			if !used[k] {
				ok = false
				t.Logf("quantities.tsv:%d: unexpected %v in %q", s.line, g, s.text)
			}
		}
		if ok {
			sentOK++
		} else {
			wrong++
		}
		wantN += len(s.want)
		gotN += len(got)
		if s.heldOut {
			hoN++
			hoWant += len(s.want)
			hoGot += len(got)
			for _, u := range used {
				if u {
					hoHit++
				}
			}
		}
	}
	recall := float64(hit) / float64(wantN)
	precision := float64(hit) / float64(gotN)
	t.Logf("quantity table: %d sentences (%d read right in full), %d expected figures, %d found, %d right: recall %.1f%%, precision %.1f%%",
		len(sents), sentOK, wantN, gotN, hit, 100*recall, 100*precision)
	if hoN > 0 {
		t.Logf("of which held out: %d sentences, recall %.1f%%, precision %.1f%%", hoN,
			100*float64(hoHit)/float64(hoWant), 100*float64(hoHit)/float64(hoGot))
	}
	if wrong > 0 {
		// Every sentence of the table is read right today: one read wrong
		// is a regression, whatever the overall scores.
		t.Errorf("%d sentences not read right in full (logged above)", wrong)
	}
	if recall < minQuantityScore || precision < minQuantityScore {
		t.Errorf("recall %.3f, precision %.3f: want both ≥ %.2f", recall, precision, minQuantityScore)
	}
}

// minQuantityScore is the floor of recall and precision on the quantity
// table.
const minQuantityScore = 0.95
