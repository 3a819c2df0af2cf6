package jsonl_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/jsonl"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

// outcome renders one pass as the IDs of its claims and the messages of its
// errors, in order.
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
		got = append(got, "claim "+c.ID)
	}
	return got
}

const good = `{"id": "a", "measure": "bodies", "kind": "completed", "quantity": {"text": "1,212", "value": 1212, "lower": 1212, "upper": 1212, "qualifier": "exact", "start": 0, "end": 0}}`

// readerTests is the table of TestReader; it seeds FuzzReader.
var readerTests = []struct {
	name  string
	input string
	want  []string
}{
	{"empty", "", nil},
	{"blank lines", "\n\n  \r\n", nil},
	{"one claim", good + "\n", []string{"claim a"}},
	{"no final newline, CRLF", good + "\r\n" + strings.Replace(good, `"a"`, `"b"`, 1), []string{"claim a", "claim b"}},
	{"byte order mark", "\ufeff" + good, []string{"claim a"}},
	{"syntax error", good + "\n{\"id\": \"b\",}\n" + good,
		[]string{"claim a", `error: sources/jsonl: in.jsonl:2:12: invalid character '}' looking for beginning of object key string`, "claim a"}},
	{"wrong type", `{"measure": ["bodies"]}`,
		[]string{`error: sources/jsonl: in.jsonl:1:13: field measure: cannot read JSON array as string`}},
	{"not an object", "42\n\"text\"",
		[]string{"error: sources/jsonl: in.jsonl:1:1: want a claim (a JSON object), got a JSON number",
			"error: sources/jsonl: in.jsonl:2:1: want a claim (a JSON object), got a JSON string"}},
	{"fails validation", `{"id": "v", "measure": "bodies", "kind": "completed", "quantity": null}`,
		[]string{`error: sources/jsonl: in.jsonl:1:67: claim "v": quantity: is missing (only a withheld claim has no figure)`}},
	{"bad qualifier", `{"id": "q", "kind": "completed", "quantity": {"text": "x", "value": 1, "qualifier": "lots"}}`,
		[]string{`error: sources/jsonl: in.jsonl:1:85: claims: unknown qualifier "lots"`}},
	{"not UTF-8", "{\"id\": \"u\", \"measure\": \"bod\xffies\"}",
		[]string{"error: sources/jsonl: in.jsonl:1:28: invalid UTF-8 byte 0xff"}},
	{"truncated", good[:40], []string{"error: sources/jsonl: in.jsonl:1:40: unexpected end of JSON input"}},
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcome(t, jsonl.Reader("in.jsonl", strings.NewReader(tt.input)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcome (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFileBadLines(t *testing.T) {
	got := outcome(t, jsonl.File("testdata/bad.jsonl"))
	want := []string{
		"claim m1",
		"error: sources/jsonl: testdata/bad.jsonl:2:34: invalid character 'o' looking for beginning of object key string",
		"error: sources/jsonl: testdata/bad.jsonl:4:25: field measure: cannot read JSON number as string",
		`error: sources/jsonl: testdata/bad.jsonl:5:67: claim "v": quantity: is missing (only a withheld claim has no figure)`,
		"error: sources/jsonl: testdata/bad.jsonl:6:1: want a claim (a JSON object), got a JSON array",
		"error: sources/jsonl: testdata/bad.jsonl:7:462: invalid UTF-8 byte 0xff",
		"claim w3",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcome (-want +got):\n%s", diff)
	}
}

func TestFileGood(t *testing.T) {
	cs, errs := sources.Collect(context.Background(), jsonl.File("testdata/good.jsonl"))
	require.Empty(t, errs)
	require.Len(t, cs, 3)
	c := cs[0]
	want := claims.Claim{
		ID: "m1", Measure: "bodies", Subject: "Russia", Recipient: "Ukraine", Kind: claims.Completed, Scope: claims.Total,
		Quantity:     claims.NewQuantity("more than 6,000", claims.MoreThan, claims.DecimalOf(6000)),
		QuantitySpan: claims.Span{Start: 25, End: 40},
		AsOf:         claims.On(claims.Date{Year: 2025, Month: 6, Day: 19}),
		Speaker:      claims.Speaker{Name: "Defence ministry", Affiliation: "Russia"},
		Source: claims.Source{Document: "report.txt", Outlet: "Wire One", Via: []string{"Agency Two"},
			Published: claims.Date{Year: 2025, Month: 6, Day: 20}},
		Evidence: claims.Evidence{Span: claims.Span{Start: 0, End: 76},
			Text: "Officials in Moscow said more than 6,000 bodies had been handed over so far."},
	}
	if diff := cmp.Diff(want, c, cmp.AllowUnexported(claims.Quantity{}, claims.Decimal{})); diff != "" {
		t.Errorf("first claim (-want +got):\n%s", diff)
	}
	require.Equal(t, claims.Withheld, cs[2].Kind)
	require.False(t, cs[2].Quantity.IsValid())
}

func TestUnreadable(t *testing.T) {
	var n int
	for _, err := range jsonl.File("testdata/no-such-file.jsonl").Claims(context.Background()) {
		n++
		require.ErrorIs(t, err, fs.ErrNotExist)
		var se *sources.Error
		require.ErrorAs(t, err, &se)
		require.Equal(t, "testdata/no-such-file.jsonl", se.Name)
		require.Equal(t, "sources: testdata/no-such-file.jsonl: open: no such file or directory", err.Error())
	}
	require.Equal(t, 1, n, "one error, then the end")
}

func TestReadFailure(t *testing.T) {
	boom := errors.New("disk on fire")
	src := jsonl.Reader("in.jsonl", &failAfter{data: good + "\n" + good[:20], err: boom})
	got := outcome(t, src)
	want := []string{"claim a", "error: sources/jsonl: in.jsonl:2: reading: disk on fire"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcome (-want +got):\n%s", diff)
	}
}

// failAfter reads data and then fails with err.
type failAfter struct {
	data string
	err  error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestLongLine(t *testing.T) {
	long := `{"id": "` + strings.Repeat("x", jsonl.MaxLine) + `"}`
	got := outcome(t, jsonl.Reader("big.jsonl", strings.NewReader(long+"\n"+good)))
	want := []string{fmt.Sprintf("error: sources/jsonl: big.jsonl:1: line longer than %d bytes", jsonl.MaxLine), "claim a"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcome (-want +got):\n%s", diff)
	}
}

func TestConformance(t *testing.T) {
	doc, err := os.ReadFile("testdata/good.jsonl")
	require.NoError(t, err)
	t.Run("File", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source { return jsonl.File("testdata/good.jsonl") })
	})
	t.Run("FileWithBadLines", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source { return jsonl.File("testdata/bad.jsonl") })
	})
	t.Run("Reader", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source {
			return jsonl.Reader("good.jsonl", strings.NewReader(string(doc)))
		}, sourcetest.OnePass())
	})
}

func FuzzReader(f *testing.F) {
	for _, tt := range readerTests {
		f.Add(tt.input)
	}
	for _, s := range []string{good, "", "\n", "{", "[1]", `{"quantity": {"value": "x"}}`, "\xff", "\ufeff" + good} {
		f.Add(s)
	}
	for _, name := range []string{"testdata/good.jsonl", "testdata/bad.jsonl"} {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		for c, err := range jsonl.Reader("f.jsonl", strings.NewReader(in)).Claims(context.Background()) {
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
			if se.Line < 1 || se.Line > lines || se.Name != "f.jsonl" {
				t.Fatalf("error %v: line %d of %d", err, se.Line, lines)
			}
		}
	})
}

func BenchmarkReader(b *testing.B) {
	data, err := os.ReadFile("testdata/good.jsonl")
	require.NoError(b, err)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(data)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range jsonl.Reader("bench.jsonl", strings.NewReader(in)).Claims(context.Background()) {
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
