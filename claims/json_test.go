package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// quantityCmp compares Quantities and Decimals by their exported view plus
// validity, so cmp.Diff can look inside them.
var quantityCmp = cmp.Options{
	cmp.Comparer(func(a, b claims.Decimal) bool { return a == b }),
	cmp.Comparer(func(a, b claims.Quantity) bool { return a == b }),
}

// sampleClaim is a claim about a made-up article, in our own words.
func sampleClaim() claims.Claim {
	doc := "Officials in the river town said more than 1,200 residents had left their homes by Tuesday & were sheltering in schools."
	start := strings.Index(doc, "more than 1,200")
	q := claims.NewQuantity("more than 1,200", claims.MoreThan, mdec("1200"))
	return claims.Claim{
		ID:           "c1",
		Measure:      "evacuees",
		Subject:      "Riverside",
		Kind:         claims.Estimated,
		Scope:        claims.Total,
		Quantity:     q,
		QuantitySpan: claims.Span{Start: start, End: start + len("more than 1,200")},
		AsOf:         claims.On(claims.Date{Year: 2025, Month: 3, Day: 4}),
		Speaker:      claims.Speaker{Name: "town officials", Affiliation: "Riverside"},
		Source: claims.Source{Document: "flood.txt", Outlet: "Valley Post", Via: []string{"Wire One"},
			URL: "https://example.org/flood", Published: claims.Date{Year: 2025, Month: 3, Day: 5}},
		Evidence: claims.Evidence{Span: claims.Span{Start: 0, End: len(doc)}, Text: doc},
		Reasons:  []claims.Reason{{Field: "measure", Words: "residents had left their homes", Start: 55, End: 85}},
	}
}

func TestClaimJSONGolden(t *testing.T) {
	c := sampleClaim()
	var buf bytes.Buffer
	require.NoError(t, claims.NewEncoder(&buf).Encode(c))
	golden.Check(t, filepath.Join("testdata", "claim.golden.jsonl"), buf.Bytes(), *update)
	if !strings.Contains(buf.String(), "Tuesday & were") {
		t.Errorf("Encoder escaped '&': %s", buf.String())
	}
	// The contract's fields, as a generic reader sees them.
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	q := m["quantity"].(map[string]any)
	for k, want := range map[string]any{"value": 1200.0, "lower": 1200.0, "upper": nil, "qualifier": "more_than", "lower_exclusive": true} {
		if q[k] != want {
			t.Errorf("quantity[%q] = %v, want %v", k, q[k], want)
		}
	}
	if m["as_of"] != "2025-03-04" || m["kind"] != "estimated" {
		t.Errorf("as_of, kind = %v, %v", m["as_of"], m["kind"])
	}
}

func TestClaimJSONRoundTrip(t *testing.T) {
	base := sampleClaim()
	withheld := base
	withheld.Kind, withheld.Quantity, withheld.QuantitySpan = claims.Withheld, claims.Quantity{}, claims.Span{}
	rng := base
	rng.Quantity = claims.RangeQuantity("between 500 and 650", mdec("500"), mdec("650"))
	percent := base
	percent.Quantity = mpct("3.5%", "3.5")
	vague := base
	vague.Quantity = claims.VagueQuantity("dozens", mdec("12"), claims.Unbounded)
	recip := base
	recip.Quantity = claims.ExactQuantity(mdec("6000"))
	recip.Quantity.Reciprocal = true
	recip.Mutual = true
	period := base
	period.AsOf = claims.Between(claims.Date{Year: 2025, Month: 6, Day: 9}, claims.Date{Year: 2025, Month: 6, Day: 14})
	small := base
	small.Quantity = claims.NewQuantity("nearly 0.25", claims.Approx, mdec("0.25"))
	for name, c := range map[string]claims.Claim{
		"more than": base, "withheld": withheld, "range": rng, "percent": percent, "vague": vague,
		"reciprocal": recip, "period": period, "fraction": small, "zero": {},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(c)
			require.NoError(t, err)
			var got claims.Claim
			require.NoError(t, json.Unmarshal(b, &got), "%s", b)
			if diff := cmp.Diff(c, got, quantityCmp); diff != "" {
				t.Errorf("round trip of %s (-want +got):\n%s", b, diff)
			}
		})
	}
}

func TestClaimUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    claims.Quantity
		wantErr string
	}{
		{"bounds from qualifier", `{"kind":"completed","quantity":{"text":"more than 6,000","value":6000,"qualifier":"more_than"}}`,
			claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), ""},
		{"contract form", `{"kind":"completed","quantity":{"text":"more than 6,000","value":6000,"lower":6000,"upper":null,"qualifier":"more_than","lower_exclusive":true}}`,
			claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), ""},
		{"value as string", `{"kind":"completed","quantity":{"text":"57","value":"57","qualifier":"exact"}}`,
			mwithText(claims.ExactQuantity(mdec("57")), "57"), ""},
		{"null quantity", `{"kind":"withheld","quantity":null}`, claims.Quantity{}, ""},
		{"no value", `{"kind":"completed","quantity":{"text":"x","qualifier":"exact"}}`, claims.Quantity{}, `claims: claim "": quantity "x" has no value`},
		{"bad unit", `{"quantity":{"text":"x","value":1,"unit":"kg"}}`, claims.Quantity{}, `unknown unit "kg"`},
		{"bad qualifier", `{"quantity":{"text":"x","value":1,"qualifier":"roughly"}}`, claims.Quantity{}, `unknown qualifier "roughly"`},
		{"bad decimal", `{"quantity":{"text":"x","value":"6,000"}}`, claims.Quantity{}, `parsing decimal "6,000"`},
		{"range without bounds", `{"quantity":{"text":"x","value":1,"qualifier":"range"}}`, claims.Quantity{}, `a range needs`},
		{"zero precision", `{"quantity":{"text":"x","value":1,"precision":0}}`, claims.Quantity{}, `precision 0 is not positive`},
		{"bad date", `{"as_of":"2025-02-30"}`, claims.Quantity{}, `parsing date "2025-02-30"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c claims.Claim
			err := json.Unmarshal([]byte(tt.in), &c)
			if tt.wantErr != "" {
				require.Error(t, err)
				require.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, c.Quantity, quantityCmp); diff != "" {
				t.Errorf("quantity (-want +got):\n%s", diff)
			}
		})
	}
}

func mwithText(q claims.Quantity, text string) claims.Quantity {
	q.Text = text
	return q
}

func TestContentID(t *testing.T) {
	c := sampleClaim()
	const golden = "dc5a84c50c2dbfa1"
	if got := c.ContentID(); got != golden {
		t.Errorf("ContentID() = %q, want the golden %q (did the hashed fields change on purpose?)", got, golden)
	}
	long := sampleClaim()
	long.Evidence.Text = strings.Repeat("a sentence far longer than one length byte holds; ", 40)
	long.Quantity = claims.NewQuantity("between 1,200.25 and 1,300.5", claims.Range, mdec("1250.375"))
	const longGolden = "074408e6c943fc10"
	if got := long.ContentID(); got != longGolden {
		t.Errorf("ContentID() of a claim with long evidence = %q, want the golden %q", got, longGolden)
	}
	c.ID = "something else"
	c.Reasons = nil
	c.Source.Via = nil
	if got := c.ContentID(); got != golden {
		t.Errorf("ContentID() = %q after changing ID, Reasons and Via; want %q", got, golden)
	}
	changes := map[string]func(*claims.Claim){
		"value": func(c *claims.Claim) {
			c.Quantity = claims.NewQuantity("more than 1,200", claims.MoreThan, mdec("1300"))
		},
		"qualifier": func(c *claims.Claim) {
			c.Quantity = claims.NewQuantity("more than 1,200", claims.AtLeast, mdec("1200"))
		},
		"measure":   func(c *claims.Claim) { c.Measure = "residents" },
		"subject":   func(c *claims.Claim) { c.Subject = "Hillside" },
		"recipient": func(c *claims.Claim) { c.Recipient = "Hillside" },
		"kind":      func(c *claims.Claim) { c.Kind = claims.Completed },
		"mutual":    func(c *claims.Claim) { c.Mutual = true },
		"scope":     func(c *claims.Claim) { c.Scope = claims.Event },
		"as of":     func(c *claims.Claim) { c.AsOf = claims.On(claims.Date{Year: 2025, Month: 3, Day: 5}) },
		"speaker":   func(c *claims.Claim) { c.Speaker.Name = "the mayor" },
		"document":  func(c *claims.Claim) { c.Source.Document = "other.txt" },
		"outlet":    func(c *claims.Claim) { c.Source.Outlet = "Hill News" },
		"span":      func(c *claims.Claim) { c.QuantitySpan.Start++ },
		"evidence":  func(c *claims.Claim) { c.Evidence.Text += "!" },
		"withheld":  func(c *claims.Claim) { c.Quantity = claims.Quantity{} },
		"moved field": func(c *claims.Claim) {
			c.Subject, c.Recipient = "", c.Subject // same strings, other fields
		},
	}
	seen := map[string]string{golden: "original"}
	for name, change := range changes {
		d := sampleClaim()
		change(&d)
		id := d.ContentID()
		if prev, dup := seen[id]; dup {
			t.Errorf("ContentID after changing %s = %q, same as after %s", name, id, prev)
		}
		seen[id] = name
	}
}

func TestReadJSONL(t *testing.T) {
	var buf bytes.Buffer
	enc := claims.NewEncoder(&buf)
	a, b := sampleClaim(), sampleClaim()
	b.ID, b.Quantity = "c2", claims.RangeQuantity("500-600", mdec("500"), mdec("600"))
	require.NoError(t, enc.Encode(a))
	require.NoError(t, enc.Encode(b))
	good := buf.String()
	lines := strings.SplitAfter(good, "\n")

	in := "\ufeff" + lines[0] + // 1 (with a byte order mark)
		"\n" + // 2 blank
		"   \r\n" + // 3 blank
		`{"id": "x", "kind": 7}` + "\n" + // 4 wrong type
		`{"id": "y", "kind": "completed", "quantity": {"value": 1,}}` + "\r\n" + // 5 syntax
		`{"id": "z", "kind": "Done", "quantity": {"text": "5", "value": 5}}` + "\n" + // 6 invalid
		strings.TrimSuffix(lines[1], "\n") // 7, no final newline

	type result struct {
		ID   string
		Line int
		Col  int
		Msg  string
	}
	var got []result
	for c, err := range claims.ReadJSONL(strings.NewReader(in)) {
		r := result{ID: c.ID}
		if err != nil {
			var se *claims.SyntaxError
			require.ErrorAs(t, err, &se)
			r.Line, r.Col, r.Msg = se.Line, se.Column, err.Error()
		}
		got = append(got, r)
	}
	want := []result{
		{ID: "c1"},
		{Line: 4, Col: 21, Msg: "claims: line 4, column 21: field kind: cannot read JSON number as claims.Kind"},
		{Line: 5, Col: 58, Msg: "claims: line 5, column 58: invalid character '}' looking for beginning of object key string"},
		{Line: 6, Col: 21, Msg: `claims: line 6, column 21: claim "z": kind: "Done" is not a lower-case name`},
		{ID: "c2"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadJSONL (-want +got):\n%s", diff)
	}

	// What was written reads back the same.
	var back []claims.Claim
	for c, err := range claims.ReadJSONL(strings.NewReader(good)) {
		require.NoError(t, err)
		back = append(back, c)
	}
	if diff := cmp.Diff([]claims.Claim{a, b}, back, quantityCmp); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	c := sampleClaim()
	c.Evidence.Text = strings.Repeat("word ", 300_000) // 1.5 MB
	c.Evidence.End = len(c.Evidence.Text)
	var buf bytes.Buffer
	require.NoError(t, claims.NewEncoder(&buf).Encode(c))
	require.NoError(t, claims.NewEncoder(&buf).Encode(sampleClaim()))
	var n int
	for got, err := range claims.ReadJSONL(&buf) {
		require.NoError(t, err)
		n++
		if n == 1 && got.Evidence.Text != c.Evidence.Text {
			t.Errorf("long evidence text changed: %d bytes, want %d", len(got.Evidence.Text), len(c.Evidence.Text))
		}
	}
	if n != 2 {
		t.Errorf("read %d claims, want 2", n)
	}
}

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

func TestReadJSONLReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	var errs []error
	for _, err := range claims.ReadJSONL(failingReader{boom}) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	require.ErrorIs(t, errs[0], boom)
	require.EqualError(t, errs[0], "claims: line 1: reading: disk on fire")

	// The line being read is named; its part read so far is dropped.
	errs = nil
	in := io.MultiReader(strings.NewReader("{}\n\n{\"id\":"), failingReader{boom})
	for _, err := range claims.ReadJSONL(in) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 2)
	require.EqualError(t, errs[0], `claims: line 1: claim: kind: is empty; claim: quantity: is missing (only a withheld claim has no figure)`)
	require.EqualError(t, errs[1], "claims: line 3: reading: disk on fire")
}

func TestReadJSONLColumns(t *testing.T) {
	const q = `"quantity": {"text": "5", "value": 5}`
	tests := []struct {
		line string
		want string // the error, with the column of the value at fault
	}{
		{`{"kind": "completed", "quantity": {"text": "5", "value": "5x"}}`,
			`claims: line 1, column 58: parsing decimal "5x": unexpected 'x' at byte 2`},
		{`{"kind": "completed", "quantity": {"text": "5", "value": 5, "lower": 1e}}`,
			`claims: line 1, column 72: invalid character '}' in exponent of numeric literal`},
		{`{"kind": "completed", "as_of": "2025-13-01", ` + q + `}`,
			`claims: line 1, column 32: parsing date "2025-13-01": want YYYY-MM-DD`},
		{`{"kind": "completed", "source": {"published": "yesterday"}, ` + q + `}`,
			`claims: line 1, column 47: parsing date "yesterday": want YYYY-MM-DD`},
		{`{"kind": "completed", "quantity": {"text": "5", "value": 5, "unit": "kg"}}`,
			`claims: line 1, column 69: claim "": quantity "5": unknown unit "kg"`},
		{`{"kind": "completed", "quantity": {"text": "5", "value": null}}`,
			`claims: line 1, column 58: claim "": quantity "5" has no value`},
		{`{"kind": "completed", "scope": "weekly", ` + q + `}`,
			`claims: line 1, column 32: claim: scope: "weekly" is not "event", "total" or empty`},
		{`{"kind": "completed", "quantity": {"text": "5", "value": 5, "start": 9, "end": 3}, "evidence": {"end": 20}}`,
			`claims: line 1, column 70: claim: quantity.start: ends at 3, before it starts at 9`},
		{`{"id": "m", "quantity": {"text": "5", "value": 5}}`, // kind is missing: no column
			`claims: line 1: claim "m": kind: is empty`},
	}
	for _, tt := range tests {
		var got []string
		for _, err := range claims.ReadJSONL(strings.NewReader(tt.line)) {
			require.Error(t, err)
			got = append(got, err.Error())
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("ReadJSONL(%s) (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestReadJSONLInvalidUTF8(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"{\"id\": \"u\", \"measure\": \"bod\xffies\"}", "claims: line 1, column 28: invalid UTF-8 byte 0xff"},
		{"\n\xc3", "claims: line 2, column 1: invalid UTF-8 byte 0xc3"},
		{"{\"id\": \"é\xe2\x82\"}", "claims: line 1, column 11: invalid UTF-8 byte 0xe2"},
		{"\ufeff{\"a\": \"\xed\xa0\x80\"}", "claims: line 1, column 8: invalid UTF-8 byte 0xed"}, // a surrogate
	}
	for _, tt := range tests {
		var got []string
		for c, err := range claims.ReadJSONL(strings.NewReader(tt.in)) {
			require.Error(t, err, "claim %+v from invalid UTF-8", c)
			got = append(got, err.Error())
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("ReadJSONL(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestReadJSONLStop(t *testing.T) {
	in := strings.Repeat("not json\n", 5)
	n := 0
	for range claims.ReadJSONL(strings.NewReader(in)) {
		n++
		if n == 2 {
			break
		}
	}
	require.Equal(t, 2, n)
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("full") }

func TestEncoderWriteError(t *testing.T) {
	require.EqualError(t, claims.NewEncoder(failingWriter{}).Encode(sampleClaim()), "full")
}

func FuzzReadJSONL(f *testing.F) {
	var buf bytes.Buffer
	enc := claims.NewEncoder(&buf)
	for _, c := range []claims.Claim{sampleClaim(), {}} {
		_ = enc.Encode(c)
	}
	f.Add(buf.String())
	f.Add(`{"kind":"completed","quantity":{"text":"more than 6,000","value":6000,"qualifier":"more_than"}}`)
	f.Add(`{"id": "y", "kind": "completed", "quantity": {"value": 1,}}`)
	f.Add(`{"quantity":{"text":"x","value":1,"lower":5,"upper":2,"qualifier":"range"}}` + "\n\n{}")
	f.Add(`{"as_of":"2025-06-09/2025-06-14","quantity":{"value":"1e40","precision":"0.001"}}`)
	f.Add("{\"id\": \"u\", \"measure\": \"bod\xffies\"}\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Split(in, "\n") // an error's line and column lie in these
		for c, err := range claims.ReadJSONL(strings.NewReader(in)) {
			if err != nil {
				var se *claims.SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("error %v is not a *SyntaxError", err)
				}
				if se.Line < 1 || se.Column < 0 || se.Line > len(lines) || se.Column > len(lines[se.Line-1])+1 {
					t.Fatalf("bad position in %v", err)
				}
				if diff := cmp.Diff(claims.Claim{}, c, quantityCmp); diff != "" {
					t.Fatalf("error %v came with a claim:\n%s", err, diff)
				}
				continue
			}
			if err := c.Validate(); err != nil {
				t.Fatalf("ReadJSONL yielded a claim that fails Validate: %v", err)
			}
			// What decodes re-encodes and decodes to the same claim.
			var out bytes.Buffer
			if err := claims.NewEncoder(&out).Encode(c); err != nil {
				t.Fatalf("Encode(%+v): %v", c, err)
			}
			var back []claims.Claim
			encoded := out.String()
			for d, err := range claims.ReadJSONL(&out) {
				if err != nil {
					t.Fatalf("re-reading %s: %v", encoded, err)
				}
				back = append(back, d)
			}
			if len(back) != 1 {
				t.Fatalf("re-reading %q gave %d claims", encoded, len(back))
			}
			if diff := cmp.Diff(c, back[0], quantityCmp); diff != "" {
				t.Fatalf("re-encoding %q changed the claim (-first +second):\n%s", encoded, diff)
			}
		}
	})
}

func TestValidate(t *testing.T) {
	ok := sampleClaim()
	require.NoError(t, ok.Validate())
	tests := []struct {
		name   string
		change func(*claims.Claim)
		want   []string // every error, in order
	}{
		{"empty claim", func(c *claims.Claim) { *c = claims.Claim{} }, []string{
			`claims: claim: kind: is empty`,
			`claims: claim: quantity: is missing (only a withheld claim has no figure)`,
		}},
		{"kind case", func(c *claims.Claim) { c.Kind = "Completed" }, []string{`claims: claim "c1": kind: "Completed" is not a lower-case name`}},
		{"other kind is fine", func(c *claims.Claim) { c.Kind = "reported_2" }, nil},
		{"scope", func(c *claims.Claim) { c.Scope = "forever" }, []string{`claims: claim "c1": scope: "forever" is not "event", "total" or empty`}},
		{"withheld with figure", func(c *claims.Claim) { c.Kind = claims.Withheld }, []string{`claims: claim "c1": quantity: a withheld claim has no figure, but it has "more than 1,200"`}},
		{"withheld keeps figure span", func(c *claims.Claim) { c.Kind, c.Quantity = claims.Withheld, claims.Quantity{} }, []string{
			`claims: claim "c1": quantity.start: a claim with no figure has a figure span 33-48`}},
		{"withheld", func(c *claims.Claim) {
			c.Kind, c.Quantity, c.QuantitySpan = claims.Withheld, claims.Quantity{}, claims.Span{}
		}, nil},
		{"evidence reversed", func(c *claims.Claim) { c.Evidence.Start, c.Evidence.End = 90, 10 }, []string{`claims: claim "c1": evidence: ends at 10, before it starts at 90`}},
		{"negative span", func(c *claims.Claim) { c.QuantitySpan.Start = -1 }, []string{`claims: claim "c1": quantity.start: starts at -1, before the document`}},
		{"figure outside evidence", func(c *claims.Claim) { c.Evidence.Span = claims.Span{Start: 0, End: 30} }, []string{
			`claims: claim "c1": quantity.start: figure at 33-48 lies outside its evidence at 0-30`}},
		{"bad as_of", func(c *claims.Claim) { c.AsOf = claims.On(claims.Date{Year: 2025, Month: 2, Day: 30}) }, []string{`claims: claim "c1": as_of: 2025-02-30 is not a calendar day`}},
		{"reversed as_of", func(c *claims.Claim) {
			c.AsOf = claims.Period{From: claims.Date{Year: 2025, Month: 6, Day: 14}, To: claims.Date{Year: 2025, Month: 6, Day: 9}}
		}, []string{`claims: claim "c1": as_of: 2025-06-14/2025-06-09 ends before it starts`}},
		{"bad published", func(c *claims.Claim) { c.Source.Published = claims.Date{Year: 2025, Month: 13, Day: 1} }, []string{`claims: claim "c1": source.published: 2025-13-01 is not a calendar day`}},
		{"same parties", func(c *claims.Claim) { c.Recipient = c.Subject }, []string{`claims: claim "c1": recipient: is the subject, "Riverside", again`}},
		{"mutual with one party", func(c *claims.Claim) { c.Mutual, c.Subject = true, "" }, nil},
		{"empty via", func(c *claims.Claim) { c.Source.Via = []string{"A", ""} }, []string{`claims: claim "c1": source.via: outlet 2 is empty`}},
		{"reason", func(c *claims.Claim) { c.Reasons = []claims.Reason{{Words: "x", Start: 5, End: 2}} }, []string{
			`claims: claim "c1": explain: reason 1 names no field`, `claims: claim "c1": explain: reason 1 has span 5-2`}},
		{"bad quantity", func(c *claims.Claim) {
			c.Quantity = claims.RangeQuantity("600-500", mdec("600"), mdec("500"))
		}, []string{`claims: claim "c1": quantity.upper: interval from 600 to 500 is empty`}},
		{"value outside bounds", func(c *claims.Claim) {
			c.Quantity.Value = mdec("10")
		}, []string{`claims: claim "c1": quantity.value: 10 lies outside its interval`}},
		{"missing bound", func(c *claims.Claim) {
			c.Quantity.Lower = claims.Unbounded
		}, []string{`claims: claim "c1": quantity.lower: more_than needs a lower bound`}},
		{"precision", func(c *claims.Claim) {
			c.Quantity.Precision = claims.Decimal{}
		}, []string{`claims: claim "c1": quantity.precision: 0 is not positive`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sampleClaim()
			tt.change(&c)
			err := c.Validate()
			var got []string
			if err != nil {
				for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
					var ve *claims.ValidationError
					require.ErrorAs(t, e, &ve)
					got = append(got, e.Error())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidateFirstField(t *testing.T) {
	c := sampleClaim()
	c.Kind = ""
	var ve *claims.ValidationError
	require.ErrorAs(t, c.Validate(), &ve)
	if diff := cmp.Diff(&claims.ValidationError{ID: "c1", Field: "kind", Reason: "is empty"}, ve); diff != "" {
		t.Errorf("first ValidationError (-want +got):\n%s", diff)
	}
}

func BenchmarkEncode(b *testing.B) {
	c := sampleClaim()
	enc := claims.NewEncoder(mdiscard{})
	b.ReportAllocs()
	for b.Loop() {
		_ = enc.Encode(c)
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	enc := claims.NewEncoder(&buf)
	for range 1000 {
		_ = enc.Encode(sampleClaim())
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range claims.ReadJSONL(bytes.NewReader(in)) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

type mdiscard struct{}

func (mdiscard) Write(p []byte) (int, error) { return len(p), nil }

// repeatReader yields n copies of b.
type repeatReader struct {
	b []byte
	n int
	i int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.b[r.i:])
	r.i += k
	if r.i == len(r.b) {
		r.i, r.n = 0, r.n-1
	}
	return k, nil
}

func TestReadJSONLTooLong(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a line of more than 64 MiB")
	}
	var good bytes.Buffer
	require.NoError(t, claims.NewEncoder(&good).Encode(sampleClaim()))
	long := &repeatReader{b: bytes.Repeat([]byte("x"), 1<<20), n: claims.MaxLineSize>>20 + 1}
	in := io.MultiReader(long, strings.NewReader("\n"), bytes.NewReader(good.Bytes()))
	var got []string
	for c, err := range claims.ReadJSONL(in) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, c.ID)
	}
	want := []string{"claims: line 1: line longer than 67108864 bytes", "c1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func BenchmarkContentID(b *testing.B) {
	c := sampleClaim()
	b.ReportAllocs()
	for b.Loop() {
		_ = c.ContentID()
	}
}
