package text

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden reads every article under testdata/articles and compares its
// claims, one JSON object a line, with testdata/golden/NAME.jsonl.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 10)
	x := New(Options{Explain: true})
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(p)
			require.NoError(t, err)
			cs, err := x.Extract(filepath.Base(p), text)
			require.NoError(t, err)
			var got bytes.Buffer
			for _, c := range cs {
				b, err := json.Marshal(c)
				require.NoError(t, err)
				got.Write(b)
				got.WriteByte('\n')
			}
			golden := filepath.Join("testdata", "golden", name+".jsonl")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, got.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to write the golden file")
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got.String(), "\n")); diff != "" {
				t.Errorf("claims of %s (-want +got):\n%s", p, diff)
			}
			checkSpans(t, string(text), cs)
		})
	}
}

// checkSpans fails when a claim's spans are not true byte ranges of text.
func checkSpans(t testing.TB, text string, cs []claims.Claim) {
	t.Helper()
	for _, c := range cs {
		ev := c.Evidence
		if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
			t.Fatalf("evidence span %v outside the text (%d bytes)", ev.Span, len(text))
		}
		if text[ev.Start:ev.End] != ev.Text {
			t.Fatalf("evidence text %q is not the text at %v (%q)", ev.Text, ev.Span, text[ev.Start:ev.End])
		}
		if !utf8Boundary(text, ev.Start) || !utf8Boundary(text, ev.End) {
			t.Fatalf("evidence span %v not on rune boundaries", ev.Span)
		}
		if c.Kind == claims.Withheld {
			continue
		}
		q := c.QuantitySpan
		if q.Start < ev.Start || q.End > ev.End || q.Start >= q.End {
			t.Fatalf("quantity span %v not inside evidence %v", q, ev.Span)
		}
		if !utf8Boundary(text, q.Start) || !utf8Boundary(text, q.End) {
			t.Fatalf("quantity span %v not on rune boundaries", q)
		}
		if c.ID != c.ContentID() {
			t.Fatalf("claim ID %q is not its ContentID %q", c.ID, c.ContentID())
		}
	}
}

func utf8Boundary(s string, i int) bool { return boundary(s, i) }

// row is the part of a claim a table test looks at.
type row struct {
	Q         string // the figure as written
	Measure   string
	Subject   string
	Recipient string
	Mutual    bool
	Kind      claims.Kind
	Scope     claims.Scope
	AsOf      string
	Speaker   string
	Role      string
	Affil     string
}

// rows extracts text and projects each claim to a row.
func rows(t *testing.T, text string, opts Options) []row {
	t.Helper()
	cs, err := Extract("test.txt", []byte(text), opts)
	require.NoError(t, err)
	checkSpans(t, text, cs)
	var out []row
	for _, c := range cs {
		out = append(out, row{Q: c.Quantity.Text, Measure: c.Measure, Subject: c.Subject, Recipient: c.Recipient,
			Mutual: c.Mutual, Kind: c.Kind, Scope: c.Scope, AsOf: c.AsOf.String(), Speaker: c.Speaker.Name,
			Role: c.Speaker.Role, Affil: c.Speaker.Affiliation})
	}
	return out
}

// project keeps only the fields of got that want sets (by name), so that
// each stage's table states only what that stage decides.
func project(got []row, fields ...string) []row {
	if len(got) == 0 {
		return nil
	}
	out := make([]row, len(got))
	for i, g := range got {
		var r row
		r.Q = g.Q
		for _, f := range fields {
			switch f {
			case "measure":
				r.Measure = g.Measure
			case "direction":
				r.Subject, r.Recipient, r.Mutual = g.Subject, g.Recipient, g.Mutual
			case "subject": // the subject alone, when the recipient is a default beside the point
				r.Subject = g.Subject
			case "mutual":
				r.Mutual = g.Mutual
			case "kind":
				r.Kind = g.Kind
			case "scope":
				r.Scope = g.Scope
			case "as_of":
				r.AsOf = g.AsOf
			case "speaker":
				r.Speaker, r.Role, r.Affil = g.Speaker, g.Role, g.Affil
			}
		}
		out[i] = r
	}
	return out
}

type stageCase struct {
	name string
	text string
	want []row
}

func runStage(t *testing.T, cases []stageCase, fields ...string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := project(rows(t, tc.text, Options{}), fields...)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// A text that groups thousands with dots and writes decimals with commas,
// and never the English way, is read with those separators; one sign alone,
// or a sign of English beside it, leaves the English reading.
func TestSeparatorsOfTheText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each claim: its figure as written and its value
	}{
		{"dots group thousands, commas mark decimals", pub + "The archive counted between 7.000 and 8.000 people in the square, a density of 1,4 people per square metre.",
			[]string{"between 7.000 and 8.000 7000", "1,4 1.4"}},
		{"one sign alone is no convention", pub + "The archive counted 2.500 people.",
			[]string{"2.500 2.5"}},
		{"a sign of English beside it", pub + "The archive counted 7.000 people, up from 1.5 million in total, and 8.000 more.",
			[]string{"7.000 7", "1.5 million 1500000", "8.000 8"}},
	}
	for _, tc := range tests {
		cs, err := Extract("test.txt", []byte(tc.text), Options{})
		require.NoError(t, err)
		var got []string
		for _, c := range cs {
			got = append(got, c.Quantity.Text+" "+c.Quantity.Value.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// "from A to B" after a verb of change is two levels, the earlier and the
// later, each a claim; without one it stays a range ("carried from 300 to
// 450 people a day", "ranged from"), as do "between … and …" and ages.
func TestChangeFromTo(t *testing.T) {
	runStage(t, []stageCase{
		{"a toll that rose", pub + "The death toll from the landslide rose from 300 to 450 on Monday, the governor said.",
			[]row{{Q: "300", Measure: "deaths"}, {Q: "450", Measure: "deaths"}}},
		{"an adverb after the verb", pub + "Turnout fell sharply from 54% to 48%, the commission said.",
			[]row{{Q: "54%", Measure: "turnout"}, {Q: "48%", Measure: "turnout"}}},
		{"a present perfect", pub + "The number of people displaced has risen from 200,000 to 350,000 since March.",
			[]row{{Q: "200,000", Measure: "displaced"}, {Q: "350,000", Measure: "displaced"}}},
		{"no verb of change", pub + "Buses carried from 300 to 450 people a day to the border.",
			[]row{{Q: "from 300 to 450"}}},
		{"a range of estimates", pub + "Estimates of the crowd in Porto on Saturday ranged from 30,000 to 45,000.",
			[]row{{Q: "from 30,000 to 45,000", Measure: "protesters"}}},
		{"between", pub + "Between 300 and 450 people were detained on Saturday.",
			[]row{{Q: "Between 300 and 450", Measure: "detained"}}},
		{"ages", pub + "The 2,000 protesters in the square on Saturday were aged 18 to 25.",
			[]row{{Q: "2,000", Measure: "protesters"}}},
	}, "measure")
}

// Each level of a change keeps what its own words say, and an end with
// digits alone takes the range's scale: "from 1.2 to 1.5 million". A fall
// names its upper end first ("from 2.4 to 1.9 million") and is two levels
// even with no verb of change just before its "from".
func TestChangeFromToValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // value and qualifier of each claim
	}{
		{"The number of people displaced rose from 1.2 to 1.5 million, the agency said.", []string{"1200000 exact", "1500000 exact"}},
		{"The toll climbed from about 300 to 450 on Monday.", []string{"300 approx", "450 exact"}},
		{"Turnout fell from 54% to 48.5% on Sunday.", []string{"54 exact", "48.5 exact"}},
		{"The toll dropped from about 460 to 310 after a recount.", []string{"460 approx", "310 exact"}},
		{"Membership shrank from 2.4 to 1.9 million over the decade.", []string{"2400000 exact", "1900000 exact"}},
		{"The fare slid from $2,900 to $2,650 in a week.", []string{"2900 exact", "2650 exact"}},
		{"Officials revised the tally from 58 to 57 after a double count came to light.", []string{"58 exact", "57 exact"}},
	} {
		cs, err := Extract("test.txt", []byte(pub+tc.text), Options{})
		require.NoError(t, err)
		var got []string
		for _, c := range cs {
			got = append(got, c.Quantity.Value.String()+" "+c.Quantity.Qualifier.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.text, diff)
		}
	}
}

// separatorTag reads the convention from runs with a separator between
// digits only: two continental signs and none of English make German; one
// sign of English anywhere keeps English, and runs that start at a
// separator or give no convention count for neither.
func TestSeparatorTag(t *testing.T) {
	for _, tc := range []struct {
		text string
		want language.Tag
	}{
		{"between 7.000 and 8.000 people", language.German},
		{"1.200.000 people and 10.000,5 euros", language.German},
		{"a density of 0,9 and 2,5", language.German},
		{"7.000 people, then 1.5 more, then 8.000", language.English},
		{"7.000 people and 8.000 people and 9,000 more", language.English},
		{"only 7.000 people", language.English},
		{"plain 300 and 450 and 2024", language.English},
		{"v.5,000 and .7,000 and 12345.678", language.English},
		{"rounds 1.2.3 and 4.5.6", language.English},
		{"", language.English},
	} {
		if got := separatorTag(tc.text, language.English); got != tc.want {
			t.Errorf("separatorTag(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if got := separatorTag("between 7.000 and 8.000", language.French); got != language.French {
		t.Errorf("a language given stays: got %v", got)
	}
}
