package csv_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/csv"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

// outcome renders one pass as the quantities of its claims and the
// messages of its errors, in order.
func outcome(t *testing.T, src sources.Source) []string {
	t.Helper()
	var got []string
	for c, err := range src.Claims(context.Background()) {
		if err != nil {
			var se *sources.Error
			require.ErrorAs(t, err, &se, "every error says where")
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, "claim "+c.Quantity.String())
	}
	return got
}

// header is the least header a claims CSV file has.
const header = "measure,kind,quantity\n"

// readerTests is the table of TestReader; it seeds FuzzReader.
var readerTests = []struct {
	name  string
	input string
	want  []string
}{
	{"empty", "", []string{"error: sources/csv: in.csv: no header: the input is empty or blank"}},
	{"header only", header, nil},
	{"one row", header + "bodies,completed,57\n", []string{"claim 57"}},
	{"columns in any order, names folded", "Quantity , KIND,measure\n\"about 1,200\",estimated,deaths\n", []string{"claim about 1,200"}},
	{"byte order mark", "\ufeff" + header + "bodies,completed,57", []string{"claim 57"}},
	{"CRLF and blank lines", "\r\n" + strings.ReplaceAll(header, "\n", "\r\n") + "\r\nbodies,completed,57\r\n\r\n", []string{"claim 57"}},
	{"row of empty cells", header + ",,\nbodies,completed,57\n", []string{"claim 57"}},
	{"missing columns", "measure,amount\nbodies,57\n",
		[]string{`error: sources/csv: in.csv:1: header lacks the required column(s) kind, quantity; it has ["measure" "amount"]`}},
	{"unknown columns ignored", "measure,kind,quantity,notes,checked_by\nbodies,completed,57,see page 2,AB\n", []string{"claim 57"}},
	{"near miss", "measure,kind,quantity,outlett\nbodies,completed,57,Wire\n",
		[]string{`error: sources/csv: in.csv:1:23: unknown column "outlett" (did you mean "outlet"?); ignoring it`, "claim 57"}},
	{"duplicate column", "measure,kind,quantity,kind\nbodies,completed,57,agreed\n",
		[]string{`error: sources/csv: in.csv:1:23: column "kind" appears twice (columns 2 and 4); using the first`, "claim 57"}},
	{"bad number", header + "bodies,completed,12x\nbodies,completed,13\n",
		[]string{`error: sources/csv: in.csv:2:18: quantity "12x": unexpected "x" at byte 3`, "claim 13"}},
	{"no figure", header + "bodies,completed,\n",
		[]string{"error: sources/csv: in.csv:2:18: quantity: is missing (only a withheld claim has no figure)"}},
	{"withheld", header + "bodies,withheld,\n", []string{"claim <no quantity>"}},
	{"figure on a withheld claim", header + "bodies,withheld,5\n",
		[]string{`error: sources/csv: in.csv:2:17: quantity: a withheld claim has no figure, but it has "5"`}},
	{"bad kind", header + "bodies,done!,5\n", []string{`error: sources/csv: in.csv:2:8: kind: "done!" is not a lower-case name`}},
	{"bad scope", "measure,kind,quantity,scope\nbodies,completed,5,weekly\n",
		[]string{`error: sources/csv: in.csv:2:20: scope: "weekly" is not "event", "total" or empty`}},
	{"bad date", "measure,kind,quantity,as_of\nbodies,completed,5,June 19\n",
		[]string{`error: sources/csv: in.csv:2:20: as_of "June 19": want an ISO 8601 date (2025-06-19) or interval of dates (2025-06-09/2025-06-14)`}},
	{"interval backwards", "measure,kind,quantity,as_of\nbodies,completed,5,2025-06-19/2025-06-01\n",
		[]string{`error: sources/csv: in.csv:2:20: as_of "2025-06-19/2025-06-01": want an ISO 8601 date (2025-06-19) or interval of dates (2025-06-09/2025-06-14)`}},
	{"bad mutual", "measure,kind,quantity,mutual\nbodies,completed,5,maybe\n",
		[]string{`error: sources/csv: in.csv:2:20: mutual "maybe": want true or false, yes or no, 1 or 0`}},
	{"bad offset", "measure,kind,quantity,quantity_start\nbodies,completed,5,-3\n",
		[]string{`error: sources/csv: in.csv:2:20: quantity_start "-3": want a byte offset, 0 or more`}},
	{"same party twice", "measure,kind,quantity,subject,recipient\nbodies,completed,5,Russia,Russia\n",
		[]string{`error: sources/csv: in.csv:2:27: recipient: is the subject, "Russia", again`}},
	{"too many fields", header + "bodies,completed,5,extra\n",
		[]string{"error: sources/csv: in.csv:2:20: row has 4 fields but the header names 3"}},
	{"empty extra fields", header + "bodies,completed,5,,\n", []string{"claim 5"}},
	{"fewer fields", "measure,kind,quantity,outlet\nbodies,completed,5\n", []string{"claim 5"}},
	{"bare quote", header + "bodies,compl\"eted,5\nbodies,completed,6\n",
		[]string{`error: sources/csv: in.csv:2:13: bare " in non-quoted-field`, "claim 6"}},
	{"unterminated quote", header + "bodies,completed,\"5\nbodies,completed,6\n",
		[]string{`error: sources/csv: in.csv:3:20: extraneous or missing " in quoted-field (in the row that starts at line 2)`}},
	{"bad confidence", "measure,kind,quantity,confidence\nbodies,completed,5,as_of=guessed\n",
		[]string{`error: sources/csv: in.csv:2:20: confidence "as_of=guessed": unknown confidence "guessed": want explicit, inferred or defaulted`}},
	{"not UTF-8", "measure,kind,quantity,outlet\nbodies,completed,5,Caf\xe9\nbodies,completed,6,Wire\n",
		[]string{"error: sources/csv: in.csv:2:23: outlet: invalid UTF-8 byte 0xe9 (save the file as UTF-8)", "claim 6"}},
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcome(t, csv.Reader("in.csv", strings.NewReader(tt.input)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcome (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFile(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"claims.csv", []string{"claim more than 6,000", "claim 1,212", "claim 1,000-for-1,000", "claim <no quantity>"}},
		{"bad.csv", []string{
			`error: sources/csv: testdata/bad.csv:1:29: unknown column "Speker" (did you mean "speaker"?); ignoring it`,
			"claim 6000",
			`error: sources/csv: testdata/bad.csv:3:18: quantity "12x": unexpected "x" at byte 3`,
			`error: sources/csv: testdata/bad.csv:4:21: as_of "19/06/2025": want an ISO 8601 date (2025-06-19) or interval of dates (2025-06-09/2025-06-14)`,
			"error: sources/csv: testdata/bad.csv:6:8: kind: is empty",
			"error: sources/csv: testdata/bad.csv:7:79: row has 8 fields but the header names 7",
			"claim about 1,200",
			`error: sources/csv: testdata/bad.csv:9:17: quantity "500 to 400": unexpected "t" at byte 5`,
			"error: sources/csv: testdata/bad.csv:10:18: quantity: is missing (only a withheld claim has no figure)",
			`error: sources/csv: testdata/bad.csv:12:34: extraneous or missing " in quoted-field (in the row that starts at line 11)`,
		}},
		{"latin1.csv", []string{"error: sources/csv: testdata/latin1.csv:2:24: outlet: invalid UTF-8 byte 0xe9 (save the file as UTF-8)", "claim 58"}},
		{"noheader.csv", []string{`error: sources/csv: testdata/noheader.csv:1: header lacks the required column(s) measure, kind; it has ["subject" "quantity" "notes"]`}},
		{"missing.csv", []string{"error: sources: testdata/missing.csv: open: no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := outcome(t, csv.File("testdata/"+tt.file))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcome (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClaim(t *testing.T) {
	cs, errs := sources.Collect(context.Background(), csv.File("testdata/claims.csv"))
	require.Empty(t, errs)
	require.Len(t, cs, 4)
	q, err := claims.ParseQuantity("more than 6,000")
	require.NoError(t, err)
	want := claims.Claim{
		Measure: "bodies", Subject: "Russia", Recipient: "Ukraine", Kind: claims.Completed, Scope: claims.Total,
		Quantity: q,
		AsOf:     claims.On(claims.Date{Year: 2025, Month: 6, Day: 19}),
		Speaker:  claims.Speaker{Name: "Vladimir Medinsky", Role: "aide", Affiliation: "Russia"},
		Source: claims.Source{Document: "testdata/claims.csv#row=2", Outlet: "Wire One", Via: []string{"Agency Two", "Agency Three"},
			URL: "https://example.org/a", Published: claims.Date{Year: 2025, Month: 6, Day: 20}},
		Evidence: claims.Evidence{Text: "Moscow says it has now returned more than 6000 bodies."},
	}
	want.ID = want.ContentID()
	if diff := cmp.Diff(want, cs[0], cmp.AllowUnexported(claims.Quantity{}, claims.Decimal{})); diff != "" {
		t.Errorf("first row (-want +got):\n%s", diff)
	}
	require.True(t, cs[2].Mutual)
	require.Equal(t, claims.Between(claims.Date{Year: 2025, Month: 5, Day: 16}, claims.Date{Year: 2025, Month: 5, Day: 25}), cs[2].AsOf)
	require.Equal(t, claims.Withheld, cs[3].Kind)
}

func TestSpansAndID(t *testing.T) {
	const doc = "Kyiv said 57 came home."
	in := "id,measure,kind,quantity,document,evidence,evidence_start,evidence_end,quantity_start,quantity_end,published\n" +
		"k1,prisoners,completed,57,article.txt," + doc + ",0,23,10,12,2025-06-20T23:30:00-04:00\n"
	cs, errs := sources.Collect(context.Background(), csv.Reader("in.csv", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	c := cs[0]
	require.Equal(t, "k1", c.ID)
	require.Equal(t, claims.Span{Start: 10, End: 12}, c.QuantitySpan)
	require.Equal(t, claims.Evidence{Span: claims.Span{Start: 0, End: 23}, Text: doc}, c.Evidence)
	require.Equal(t, claims.Date{Year: 2025, Month: 6, Day: 20}, c.Source.Published, "the date as written, in its own zone")
	sourcetest.Run(t, func(*testing.T) sources.Source { return csv.Reader("in.csv", strings.NewReader(in)) },
		sourcetest.OnePass(), sourcetest.Document("article.txt", []byte(doc)))
}

// TestConfidence checks that a row carries the confidence its producer
// gives, and is explicit throughout when it gives none.
func TestConfidence(t *testing.T) {
	const in = "measure,kind,quantity,subject,recipient,confidence\n" +
		"bodies,completed,57,Ukraine,Russia,subject=defaulted; as_of=defaulted\n" +
		"bodies,completed,58,Ukraine,Russia,\n"
	cs, errs := sources.Collect(context.Background(), csv.Reader("in.csv", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 2)
	require.Equal(t, claims.FieldConfidence{Subject: claims.Defaulted, AsOf: claims.Defaulted}, cs[0].Confidence)
	require.True(t, cs[1].Confidence.IsZero())
}

func TestVocabulary(t *testing.T) {
	const in = "measure,kind,quantity,subject,recipient,speaker_affiliation\nPOWs,completed,57,Kyiv,the Kremlin,Moscow\nconvoys,completed,3,Harbour Aid,Kyiv,\n"
	cs, errs := sources.Collect(context.Background(), csv.Reader("in.csv", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 2)
	require.Equal(t, []string{"prisoners", "Ukraine", "Russia", "Russia"}, []string{cs[0].Measure, cs[0].Subject, cs[0].Recipient, cs[0].Speaker.Affiliation})
	require.Equal(t, []string{"convoys", "Harbour Aid", "Ukraine"}, []string{cs[1].Measure, cs[1].Subject, cs[1].Recipient}, "unknown words stay as written")

	v := claims.DefaultVocabulary()
	v.AddMeasure("aid convoys", "convoys")
	v.AddParty("Harbour Aid Group", "Harbour Aid")
	p := csv.Parser{Vocabulary: v}
	require.Equal(t, "csv", p.Format().Name)
	cs, errs = sources.Collect(context.Background(), p.Reader("in.csv", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Equal(t, []string{"aid convoys", "Harbour Aid Group"}, []string{cs[1].Measure, cs[1].Subject})
}

func TestColumns(t *testing.T) {
	cols := csv.Columns()
	require.Equal(t, []string{"measure", "kind", "quantity"}, cols[:3])
	// Every column is read: a header of all of them is accepted silently.
	in := strings.Join(cols, ",") + "\n"
	require.Empty(t, outcome(t, csv.Reader("in.csv", strings.NewReader(in))))
}

func TestConformance(t *testing.T) {
	t.Run("File", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source { return csv.File("testdata/claims.csv") })
	})
	t.Run("FileWithBadRows", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source { return csv.File("testdata/bad.csv") })
	})
	data, err := os.ReadFile("testdata/claims.csv")
	require.NoError(t, err)
	t.Run("Reader", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source {
			return csv.Reader("claims.csv", strings.NewReader(string(data)))
		}, sourcetest.OnePass())
	})
}

func FuzzReader(f *testing.F) {
	for _, tt := range readerTests {
		f.Add(tt.input)
	}
	for _, s := range []string{"", "measure,kind,quantity\nbodies,completed,57\n", "measure,kind,quantity\n\"", "a\xff,b\n", "measure,kind,quantity,as_of\nx,y,z,w\n"} {
		f.Add(s)
	}
	for _, name := range []string{"claims.csv", "bad.csv", "latin1.csv", "noheader.csv"} {
		b, err := os.ReadFile("testdata/" + name)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + strings.Count(in, "\r") + 1
		for c, err := range csv.Reader("f.csv", strings.NewReader(in)).Claims(context.Background()) {
			if err == nil {
				if verr := c.Validate(); verr != nil {
					t.Fatalf("yielded a claim that fails Validate: %v", verr)
				}
				continue
			}
			var se *sources.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %v is no *sources.Error", err)
			}
			if se.Name != "f.csv" || se.Line > lines || se.Line < 0 || (se.Line == 0 && !strings.Contains(err.Error(), "no header")) {
				t.Fatalf("error %v: line %d of %d", err, se.Line, lines)
			}
		}
	})
}

func BenchmarkReader(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("measure,kind,quantity,subject,recipient,scope,as_of,speaker,outlet,evidence\n")
	for sb.Len() < 1<<20 {
		sb.WriteString(`bodies,completed,"more than 6,000",Russia,Ukraine,total,2025-06-19,Defence ministry,Wire One,"Moscow says it has returned more than 6,000 bodies so far."` + "\n")
		sb.WriteString(`prisoners,agreed,"1,000-for-1,000",,,event,2025-05-16/2025-05-25,,Wire Two,` + "\n")
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range csv.Reader("bench.csv", strings.NewReader(in)).Claims(context.Background()) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n == 0 {
			b.Fatal("no claims")
		}
	}
}

// A quantity cell may state a change: "up 5%", "down by 3 percentage
// points" (claims.ParseQuantity reads it).
func TestChangeCell(t *testing.T) {
	in := "measure,kind,quantity\nturnout,completed,down by 3 percentage points\nprices,completed,up 5%\nprices,completed,5%\n"
	cs, errs := sources.Collect(context.Background(), csv.Reader("in.csv", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 3)
	require.Equal(t, claims.Down, cs[0].Quantity.Change)
	require.Equal(t, claims.Up, cs[1].Quantity.Change)
	require.Equal(t, claims.Level, cs[2].Quantity.Change)
	require.Equal(t, claims.Percent, cs[1].Quantity.Unit)
}
