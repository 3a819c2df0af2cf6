package claimreview_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/claimreview"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// outcome renders one pass: for a claim its figure, measure, speaker, as-of
// date and outlet; for an error its message.
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
		got = append(got, strings.Join([]string{c.Quantity.String(), c.Measure, c.Speaker.Name, c.AsOf.String(), c.Source.Outlet}, " | "))
	}
	return got
}

func TestFile(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"single.jsonld", []string{"more than 6,000 | bodies | Vladimir Medinsky | 2025-06-19 | Example News"}},
		{"graph.jsonld", []string{
			"1,212 | bodies | Coordination Headquarters | 2025-06-24 | kyiv-daily.example",
			"error: sources/claimreview: testdata/graph.jsonld:13:5: record 2: ClaimReview has no claimReviewed text (nor an itemReviewed with text)",
			`error: sources/claimreview: testdata/graph.jsonld:18:5: record 3: claimReviewed "The exchanges will go on for as long as it takes." states no figure`,
			`error: sources/claimreview: testdata/graph.jsonld:23:5: record 4: itemReviewed datePublished "last Tuesday": want an ISO 8601 date (2025-06-19)`,
			"200 | prisoners | A ministry spokesperson | 2025-06-25 | ",
		}},
		{"array.json", []string{
			"up to 700 | protesters | City police | 2025-03-01 | Example Checkers",
			"Tens of thousands |  | Organisers | 2025-03-01 | Organisers",
		}},
		{"page.html", []string{"84 | " + measure(t, "soldiers") + " | Ukraine | 2025-06-20 | "}},
		{"broken.jsonld", []string{
			"Some 300 | detainees |  | 2025-05-01 | ",
			`error: sources/claimreview: testdata/broken.jsonld:3:68: invalid character '"' after object key:value pair`,
		}},
		{"latin1.jsonld", []string{
			"error: sources/claimreview: testdata/latin1.jsonld:1:47: invalid UTF-8 byte 0xe9; reading it as U+FFFD",
			"57 | protesters |  | 2025-05-01 | ",
		}},
		{"none.json", []string{"error: sources/claimreview: testdata/none.json:1:1: no ClaimReview found"}},
		{"missing.jsonld", []string{"error: sources: testdata/missing.jsonld: open: no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := outcome(t, claimreview.File("testdata/"+tt.file))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcome (-want +got):\n%s", diff)
			}
		})
	}
}

// measure is the default vocabulary's name for a phrase.
func measure(t *testing.T, phrase string) string {
	m, ok := claims.DefaultVocabulary().Measure(phrase)
	require.True(t, ok, "the default vocabulary knows %q", phrase)
	return m
}

// reviewOf returns a ClaimReview of the claim text, a JSON value.
func reviewOf(text string) string {
	return `{"@type": "ClaimReview", "claimReviewed": ` + text + `, "itemReviewed": {"@type": "Claim", "datePublished": "2025-01-02"}}`
}

// readerTests is the table of TestReader; it seeds FuzzReader.
var readerTests = []struct {
	name  string
	input string
	want  []string
}{
	{"empty", "", []string{"error: sources/claimreview: in:1:1: unexpected end of JSON input"}},
	{"not JSON", "hello", []string{"error: sources/claimreview: in:1:1: invalid character 'h' looking for beginning of value"}},
	{"trailing data", reviewOf(`"57 protesters"`) + " {}", []string{
		"57 | protesters |  | 2025-01-02 | ",
		"error: sources/claimreview: in:1:127: more after the end of the JSON value"}},
	{"year skipped", reviewOf(`"In 2024 some 40 refugees arrived"`), []string{"some 40 | refugees |  | 2025-01-02 | "}},
	{"day skipped", reviewOf(`"On June 9, 1,000 bodies came back"`), []string{"1,000 | bodies |  | 2025-01-02 | "}},
	{"known measure preferred", reviewOf(`"Of 3 convoys, 57 prisoners were released"`), []string{"57 | prisoners |  | 2025-01-02 | "}},
	{"first figure otherwise", reviewOf(`"3 convoys and 5 trucks"`), []string{"3 | convoys |  | 2025-01-02 | "}},
	{"verb is no measure", reviewOf(`"Thousands marched"`), []string{"Thousands |  |  | 2025-01-02 | "}},
	{"percent", reviewOf(`"Turnout was 45% of the electorate"`), []string{"45% |  |  | 2025-01-02 | "}},
	{"value object", `{"@type": "ClaimReview", "claimReviewed": {"@value": "12 deaths", "@language": "en"}, "itemReviewed": {}}`,
		[]string{"12 | deaths |  |  | "}},
	{"byte order mark", "\ufeff" + reviewOf(`"57 protesters"`), []string{"57 | protesters |  | 2025-01-02 | "}},
	{"nested in a page object", `{"@type": "WebPage", "mainEntity": {"review": [` + reviewOf(`"5 deaths"`) + `]}}`,
		[]string{"5 | deaths |  | 2025-01-02 | "}},
	{"html without JSON-LD", "<html><body>57 protesters</body></html>",
		[]string{`error: sources/claimreview: in:1:1: an HTML page with no <script type="application/ld+json"> block`}},
	{"html with a broken block", `<html><script type="application/ld+json">{"@type": }</script></html>`, []string{
		"error: sources/claimreview: in:1:52: invalid character '}' looking for beginning of value"}},
	{"too deep", strings.Repeat("[", 300) + strings.Repeat("]", 300),
		[]string{"error: sources/claimreview: in:1:202: nested more than 200 deep"}},
	{"property value", `{"@type": "ClaimReview", "claimReviewed": "The figure in the table",
		"itemReviewed": {"@type": "Claim", "additionalProperty": [
			{"@type": "PropertyValue", "name": "detainees", "minValue": 100, "maxValue": 150}]}}`,
		[]string{"100-150 | detainees |  |  | "}},
	{"property value, bad number", `{"@type": "ClaimReview", "claimReviewed": "x",
		"itemReviewed": {"additionalProperty": {"@type": "PropertyValue", "propertyID": "crosscheck:quantity", "value": "many"}}}`,
		[]string{`error: sources/claimreview: in:1:1: record 1: PropertyValue value "many" is not a number`}},
	{"property value, bounds reversed", `{"@type": "ClaimReview", "claimReviewed": "x",
		"itemReviewed": {"additionalProperty": {"@type": "PropertyValue", "minValue": 9, "maxValue": 3}}}`,
		[]string{`error: sources/claimreview: in:1:1: record 1: PropertyValue minValue 9 is above maxValue 3`}},
	{"other property values ignored", `{"@type": "ClaimReview", "claimReviewed": "57 protesters",
		"itemReviewed": {"additionalProperty": {"@type": "PropertyValue", "name": "language", "value": "en"}}}`,
		[]string{"57 | protesters |  |  | "}},
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcome(t, claimreview.Reader("in", strings.NewReader(tt.input)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcome (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParser(t *testing.T) {
	v := claims.DefaultVocabulary()
	v.AddMeasure("convoys", "convoy", "truck convoys")
	p := claimreview.Parser{Vocabulary: v, Kind: claims.Estimated}
	in := `{"@type": "ClaimReview", "claimReviewed": "Aid arrived in 12 truck convoys", "itemReviewed": {}}`
	cs, errs := sources.Collect(context.Background(), p.Reader("in", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	require.Equal(t, "convoys", cs[0].Measure)
	require.Equal(t, claims.Estimated, cs[0].Kind)
	require.Equal(t, "claimreview", p.Format().Name)
}

func claim(t testing.TB) claims.Claim {
	q, err := claims.ParseQuantity("more than 6,000")
	require.NoError(t, err)
	c := claims.Claim{
		Measure: "bodies", Subject: "Russia", Recipient: "Ukraine", Kind: claims.Completed, Scope: claims.Total,
		Quantity: q,
		AsOf:     claims.Between(claims.Date{Year: 2025, Month: 6, Day: 9}, claims.Date{Year: 2025, Month: 6, Day: 19}),
		Speaker:  claims.Speaker{Name: "Vladimir Medinsky", Role: "Presidential aide", Affiliation: "Russia"},
		Source: claims.Source{Document: "out.jsonld", Outlet: "Example News", Via: []string{"Agency One", "Agency Two"},
			URL: "https://news.example/swap", Published: claims.Date{Year: 2025, Month: 6, Day: 20}},
		Evidence: claims.Evidence{Text: "Moscow says it has returned more than 6,000 bodies so far."},
	}
	c.ID = c.ContentID()
	return c
}

func TestExportGolden(t *testing.T) {
	c := claim(t)
	mutual := c
	mutual.Subject, mutual.Recipient, mutual.Mutual, mutual.Kind, mutual.Scope = "", "", true, claims.Agreed, claims.Event
	mutual.Quantity, _ = claims.ParseQuantity("1,000-for-1,000")
	mutual.Evidence.Text = ""
	mutual.Speaker = claims.Speaker{Name: "Foreign ministry", Affiliation: "Ukraine"}
	reviews := []claimreview.Review{
		{Claim: c, Rating: "Conflicts with other figures", Explanation: "Kyiv counted 1,212 bodies on one day alone; the totals do not add up.",
			URL: "https://checks.example/1", Date: claims.Date{Year: 2025, Month: 6, Day: 23}, Author: "Example Checkers"},
		{Claim: mutual},
	}
	var buf bytes.Buffer
	require.NoError(t, claimreview.Export(&buf, reviews))
	golden.Check(t, filepath.Join("testdata", "export.golden.jsonld"), buf.Bytes(), *update)
}

func TestExportRoundTrip(t *testing.T) {
	c := claim(t)
	var buf bytes.Buffer
	require.NoError(t, claimreview.Export(&buf, []claimreview.Review{{Claim: c, Rating: "Accurate"}}))
	cs, errs := sources.Collect(context.Background(), claimreview.Reader("out.jsonld", &buf))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	got := cs[0]
	// Published comes back from the appearance; everything else as written.
	if diff := cmp.Diff(c, got, cmp.AllowUnexported(claims.Quantity{}, claims.Decimal{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestExportConfidence checks that a claim's confidence survives export
// and import, and that a ClaimReview that says nothing of it is explicit.
func TestExportConfidence(t *testing.T) {
	c := claim(t)
	c.Confidence = claims.FieldConfidence{Subject: claims.Defaulted, AsOf: claims.Inferred}
	var buf bytes.Buffer
	require.NoError(t, claimreview.Export(&buf, []claimreview.Review{{Claim: c}}))
	require.Contains(t, buf.String(), `"value": "subject=defaulted; as_of=inferred"`)
	cs, errs := sources.Collect(context.Background(), claimreview.Reader("out.jsonld", &buf))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	require.Equal(t, c.Confidence, cs[0].Confidence)

	in := `{"@type": "ClaimReview", "claimReviewed": "57 bodies came home",
		"itemReviewed": {"@type": "Claim", "additionalProperty": [{"@type": "PropertyValue", "propertyID": "crosscheck:confidence", "value": "as_of=sure"}]}}`
	_, errs = sources.Collect(context.Background(), claimreview.Reader("in", strings.NewReader(in)))
	require.Len(t, errs, 1)
	require.ErrorContains(t, errs[0], `PropertyValue confidence "as_of=sure"`)
}

func TestExportOutletSpeaker(t *testing.T) {
	c := claim(t)
	c.Speaker = claims.Speaker{Name: c.Source.Outlet, Role: claimreview.OutletRole}
	c.ID = c.ContentID()
	var buf bytes.Buffer
	require.NoError(t, claimreview.Export(&buf, []claimreview.Review{{Claim: c}}))
	require.Contains(t, buf.String(), `"author": {
          "@type": "Organization",
          "name": "Example News"
        }`, "an outlet speaking for itself is an Organization, with no jobTitle")
	require.NotContains(t, buf.String(), "Person")
	cs, errs := sources.Collect(context.Background(), claimreview.Reader("out.jsonld", &buf))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	if diff := cmp.Diff(c, cs[0], cmp.AllowUnexported(claims.Quantity{}, claims.Decimal{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	// An Organization that is not the publisher keeps no role.
	c.Speaker = claims.Speaker{Name: "Defence ministry"}
	c.ID = c.ContentID()
	buf.Reset()
	require.NoError(t, claimreview.Export(&buf, []claimreview.Review{{Claim: c}}))
	cs, errs = sources.Collect(context.Background(), claimreview.Reader("out.jsonld", &buf))
	require.Empty(t, errs)
	require.Equal(t, claims.Speaker{Name: "Defence ministry"}, cs[0].Speaker)
}

func TestExportError(t *testing.T) {
	err := claimreview.Export(failWriter{}, []claimreview.Review{{Claim: claim(t)}})
	require.ErrorIs(t, err, errBoom)
	require.ErrorContains(t, err, "sources/claimreview: writing: ")
}

var errBoom = errors.New("boom")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errBoom }

func TestConformance(t *testing.T) {
	for _, f := range []string{"single.jsonld", "graph.jsonld", "page.html", "broken.jsonld"} {
		t.Run(f, func(t *testing.T) {
			sourcetest.Run(t, func(*testing.T) sources.Source { return claimreview.File("testdata/" + f) })
		})
	}
	data, err := os.ReadFile("testdata/array.json")
	require.NoError(t, err)
	t.Run("Reader", func(t *testing.T) {
		sourcetest.Run(t, func(*testing.T) sources.Source {
			return claimreview.Reader("array.json", bytes.NewReader(data))
		}, sourcetest.OnePass())
	})
}

func FuzzReader(f *testing.F) {
	for _, tt := range readerTests {
		f.Add(tt.input)
	}
	for _, s := range []string{"", "{}", "[", `{"@type": "ClaimReview"}`, `{"@type": "ClaimReview", "claimReviewed": "57 protesters"}`,
		"<html><script type=application/ld+json>[]</script>", "\xff"} {
		f.Add(s)
	}
	for _, name := range []string{"single.jsonld", "graph.jsonld", "array.json", "page.html", "broken.jsonld", "latin1.jsonld"} {
		b, err := os.ReadFile("testdata/" + name)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		for c, err := range claimreview.Reader("f", strings.NewReader(in)).Claims(context.Background()) {
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
			if se.Name != "f" || se.Line > lines || (se.Line < 1 && in != "") || se.Column < 0 {
				t.Fatalf("error %v: line %d of %d", err, se.Line, lines)
			}
		}
	})
}

func TestCanonicalParties(t *testing.T) {
	in := `{"@type": "ClaimReview", "claimReviewed": "57 POWs came home",
		"itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Aide", "affiliation": "the Kremlin"},
			"additionalProperty": [{"@type": "PropertyValue", "propertyID": "crosscheck:subject", "value": "Kyiv"}]}}`
	cs, errs := sources.Collect(context.Background(), claimreview.Reader("in", strings.NewReader(in)))
	require.Empty(t, errs)
	require.Len(t, cs, 1)
	require.Equal(t, []string{"prisoners", "Ukraine", "Russia"}, []string{cs[0].Measure, cs[0].Subject, cs[0].Speaker.Affiliation})
}

func BenchmarkReader(b *testing.B) {
	// An @graph of exported reviews: the figure from a PropertyValue.
	c := claim(b)
	reviews := make([]claimreview.Review, 2000)
	for i := range reviews {
		reviews[i] = claimreview.Review{Claim: c, Rating: "Conflicts with other figures"}
	}
	var buf bytes.Buffer
	require.NoError(b, claimreview.Export(&buf, reviews))
	exported := buf.Bytes()
	// A page of hand-written reviews: the figure read from the text.
	var page strings.Builder
	page.WriteString(`<html><script type="application/ld+json">[`)
	for i := range 2000 {
		if i > 0 {
			page.WriteString(",")
		}
		page.WriteString(reviewOf(`"Officials said some 1,200 prisoners of war were exchanged on June 9"`))
	}
	page.WriteString(`]</script></html>`)
	for _, in := range []struct {
		name string
		data []byte
	}{{"exported", exported}, {"page", []byte(page.String())}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for _, err := range claimreview.Reader("bench", bytes.NewReader(in.data)).Claims(context.Background()) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != 2000 {
					b.Fatalf("%d claims, want 2000", n)
				}
			}
		})
	}
}
