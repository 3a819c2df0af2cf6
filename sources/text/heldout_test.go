package text_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources/text"
)

// The held-out evaluation: articles written to test the extractor, not to
// tune it, each with the figures a careful fact-checker reads in
// it (testdata/heldout/README.md describes the format). It scores the
// extractor as the hidden corpus will: figures found, figures read right in
// every judged field, and extracted claims that are real figures.
//
// Run it with -v to see the per-article table:
//
//	go test ./sources/text -run TestHeldout -v
//
// and with -heldout DIR to score another set of articles in the same
// format.

// heldoutDir is the directory of articles TestHeldout scores; point it at
// another set of articles with expectations in the same format to score
// the extractor on them.
var heldoutDir = flag.String("heldout", filepath.Join("testdata", "heldout"), "directory of held-out articles (NAME.txt with NAME.jsonl) for TestHeldout")

// heldoutBatches returns the first articles of the batches of the held-out
// set, each written after the one before had been used to fix the
// extractor: 01–20 had their failures quoted in FINDINGS.md; 21–27 showed
// them only in this test's log; 28–54 were kept out of the repository and
// their failures described only in made-up sentences; 55–59 and 60–64 were
// seen by no one before they were committed (60–64 last); 65 to 69 were
// written after the fixes they show, as regression tests. The test logs each batch's subtotal: the
// later the batch, the better it estimates the score on text nobody has
// tuned for (65 to 69 aside).
func heldoutBatches() []string {
	return []string{"01-", "21-", "28-", "55-", "60-", "65-", "66-", "67-", "68-", "69-"}
}

// batchOf returns the batch an article belongs to.
func batchOf(name string) string {
	b := ""
	for _, s := range heldoutBatches() {
		if name >= s {
			b = s
		}
	}
	return b
}

// The thresholds of issue 4. Never lower them to make the test pass: fix the
// extractor, or an expectation that a careful reader would not hold.
const (
	minFound     = 0.80
	minRight     = 0.60
	minPrecision = 0.85
)

// heldoutEntry is one line of an expectations file: an expected figure, or,
// with Not set, words that are no claim (kept to explain extra claims).
type heldoutEntry struct {
	At        string          `json:"at"`
	N         int             `json:"n"`
	Value     json.RawMessage `json:"value"`
	Unit      string          `json:"unit"`
	Qualifier []string        `json:"qualifier"`
	Measure   choice          `json:"measure"`
	Subject   choice          `json:"subject"`
	Recipient choice          `json:"recipient"`
	Mutual    bool            `json:"mutual"`
	Kind      choice          `json:"kind"`
	Speaker   choice          `json:"speaker"`
	AsOf      choice          `json:"as_of"`
	Optional  bool            `json:"optional"`
	Note      string          `json:"note"`

	Not string `json:"not"`
	Why string `json:"why"`

	line   int
	offset int              // byte offset of the figure in the article
	values []claims.Decimal // acceptable values
}

// choice is a judged field: "*" (anything), one string, or a list of
// acceptable strings (an empty list: the field must be empty).
type choice struct {
	any  bool
	vals []string
	set  bool // the field was given
}

func (c *choice) UnmarshalJSON(b []byte) error {
	c.set = true
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		if s == "*" {
			c.any = true
			return nil
		}
		c.vals = []string{s}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("want \"*\", a string or a list of strings, got %s", b)
	}
	if slices.Contains(l, "*") {
		return fmt.Errorf("\"*\" stands alone, not in a list: %s", b)
	}
	c.vals = l
	if c.vals == nil {
		c.vals = []string{}
	}
	return nil
}

func (c choice) String() string {
	if c.any {
		return "*"
	}
	if len(c.vals) == 1 {
		return fmt.Sprintf("%q", c.vals[0])
	}
	return fmt.Sprintf("%q", c.vals)
}

// match reports whether got is one of the acceptable values, compared by
// eq.
func (c choice) match(got string, eq func(want, got string) bool) bool {
	if c.any {
		return true
	}
	for _, w := range c.vals {
		if eq(w, got) {
			return true
		}
	}
	return false
}

// sameParty compares party or place names ignoring case and a leading
// "the"; a longer name that holds the wanted one as whole words is the same
// ("northern Pakistan" for "Pakistan", but not "Russian side" for "Russia").
// An empty wanted name wants an empty one.
func sameParty(want, got string) bool {
	n := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimPrefix(s, "the ")
	}
	w, g := n(want), n(got)
	if w == "" || w == g {
		return w == g
	}
	return len(occurrences([]byte(g), w)) > 0
}

func sameFold(want, got string) bool {
	return strings.EqualFold(strings.TrimSpace(want), strings.TrimSpace(got))
}

// speakerHas reports whether the expected name is in the speaker's name, as
// check-seed judges it. An empty expected name wants no speaker.
func speakerHas(want, got string) bool {
	if want == "" {
		return got == ""
	}
	return strings.Contains(strings.ToLower(got), strings.ToLower(want))
}

// heldoutArticle is one article with its expectations.
type heldoutArticle struct {
	name string
	text []byte
	want []*heldoutEntry // expected figures
	not  []*heldoutEntry // words that are no claim, with their offsets
}

// isWordByte reports whether b continues a word or a number.
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isSep reports whether b may stand inside a number ("1,000", "6.4").
func isSep(b byte) bool { return b == ',' || b == '.' }

// occurrences returns the byte offsets where s stands in text as whole
// words (not inside a longer word or number: "41" is not in "41,000").
func occurrences(text []byte, s string) []int {
	var out []int
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte(s))
		if j < 0 {
			return out
		}
		at := i + j
		end := at + len(s)
		before := !isWordByte(s[0]) || at == 0 || !isWordByte(text[at-1]) && !(at >= 2 && isSep(text[at-1]) && isDigit(text[at-2]))
		after := !isWordByte(s[len(s)-1]) || end == len(text) || !isWordByte(text[end]) && !(end+1 < len(text) && isSep(text[end]) && isDigit(text[end+1]))
		if before && after {
			out = append(out, at)
		}
		i = at + 1
	}
}

// loadHeldout reads the article name.txt and its expectations name.jsonl.
func loadHeldout(t *testing.T, txtPath string) heldoutArticle {
	t.Helper()
	text, err := os.ReadFile(txtPath)
	require.NoError(t, err)
	jsonlPath := strings.TrimSuffix(txtPath, ".txt") + ".jsonl"
	raw, err := os.ReadFile(jsonlPath)
	require.NoError(t, err, "every article needs its expectations")
	a := heldoutArticle{name: filepath.Base(txtPath), text: text}
	canon := canonicalMeasures()
	for i, line := range bytes.Split(raw, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		e := new(heldoutEntry)
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(e), "%s:%d", jsonlPath, i+1)
		e.line = i + 1
		where := fmt.Sprintf("%s:%d", filepath.Base(jsonlPath), e.line)
		if e.Not != "" {
			for _, at := range occurrences(text, e.Not) {
				n := *e
				n.offset = at
				a.not = append(a.not, &n)
			}
			require.NotEmpty(t, occurrences(text, e.Not), "%s: %q is not in the article", where, e.Not)
			continue
		}
		require.NotEmpty(t, e.At, "%s: no \"at\"", where)
		occ := occurrences(text, e.At)
		switch {
		case len(occ) == 0:
			t.Fatalf("%s: %q is not in the article", where, e.At)
		case e.N == 0 && len(occ) > 1:
			t.Fatalf("%s: %q stands %d times in the article: give \"n\"", where, e.At, len(occ))
		case e.N > len(occ):
			t.Fatalf("%s: %q stands only %d times in the article, not %d", where, e.At, len(occ), e.N)
		}
		e.offset = occ[max(e.N, 1)-1]
		e.values = parseValues(t, where, e.Value)
		require.Contains(t, []string{"", "count", "percent"}, e.Unit, where)
		require.NotEmpty(t, e.Qualifier, "%s: no qualifier", where)
		for _, q := range e.Qualifier {
			_, err := claims.ParseQualifier(q)
			require.NoError(t, err, where)
		}
		for _, f := range []struct {
			name string
			c    choice
		}{{"measure", e.Measure}, {"subject", e.Subject}, {"recipient", e.Recipient}, {"kind", e.Kind}, {"speaker", e.Speaker}, {"as_of", e.AsOf}} {
			require.True(t, f.c.set, "%s: no %q (use \"*\" for any)", where, f.name)
		}
		for _, m := range e.Measure.vals {
			money := strings.HasPrefix(m, "money (") && strings.HasSuffix(m, ")") // an amount in its currency
			civilians := m == "civilians"                                         // the civilians of a swap (build.go)
			whole, group, part := strings.Cut(strings.TrimSuffix(m, ")"), " (")   // a part by group: "deaths (children)" (parts.go)
			part = part && strings.HasSuffix(m, ")") && canon[whole] && group != ""
			require.True(t, m == "" || canon[m] || money || civilians || part, "%s: measure %q is not a canonical measure of claims.DefaultVocabulary, a part of one, nor money", where, m)
		}
		for _, d := range e.AsOf.vals {
			_, err := claims.ParsePeriod(d)
			require.NoError(t, err, where)
		}
		a.want = append(a.want, e)
	}
	return a
}

func parseValues(t *testing.T, where string, raw json.RawMessage) []claims.Decimal {
	t.Helper()
	var nums []json.Number
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var one json.Number
	if err := dec.Decode(&one); err == nil {
		nums = []json.Number{one}
	} else {
		dec = json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		require.NoError(t, dec.Decode(&nums), "%s: value", where)
	}
	require.NotEmpty(t, nums, "%s: no value", where)
	var out []claims.Decimal
	for _, n := range nums {
		d, err := claims.ParseDecimal(n.String())
		require.NoError(t, err, where)
		out = append(out, d)
	}
	return out
}

func canonicalMeasures() map[string]bool {
	m := map[string]bool{}
	for _, c := range claims.DefaultVocabulary().MeasureTerms() {
		m[c] = true
	}
	return m
}

// figureSpan is where a claim's figure stands: its quantity span, or its
// evidence when it gives none (as check-seed does).
func figureSpan(c claims.Claim) claims.Span {
	if c.QuantitySpan.Len() > 0 {
		return c.QuantitySpan
	}
	return c.Evidence.Span
}

// mismatches lists how claim c reads expected figure e differently from a
// careful reader; nil when it reads it right. The mutual field of a mutual
// figure read as two one-way claims is judged by the caller.
func mismatches(e *heldoutEntry, c claims.Claim) []string {
	var bad []string
	q := c.Quantity
	vals := []claims.Decimal{q.Value}
	if q.Lower.Set {
		vals = append(vals, q.Lower.Value)
	}
	if q.Upper.Set {
		vals = append(vals, q.Upper.Value)
	}
	okValue := false
	for _, w := range e.values {
		for _, v := range vals {
			if w.Cmp(v) == 0 {
				okValue = true
			}
		}
	}
	if !okValue {
		bad = append(bad, fmt.Sprintf("value %s, want %s", q.Value, decimals(e.values)))
	}
	wantPercent := e.Unit == "percent"
	if gotPercent := q.Unit == claims.Percent; gotPercent != wantPercent {
		if wantPercent {
			bad = append(bad, "unit: a count, want a percentage")
		} else {
			bad = append(bad, "unit: a percentage, want a count")
		}
	}
	if !slices.Contains(e.Qualifier, q.Qualifier.String()) {
		bad = append(bad, fmt.Sprintf("qualifier %s, want %v", q.Qualifier, e.Qualifier))
	}
	if !e.Measure.match(c.Measure, sameFold) {
		bad = append(bad, fmt.Sprintf("measure %q, want %s", c.Measure, e.Measure))
	}
	if e.Mutual {
		if c.Mutual {
			ok := e.Subject.match(c.Subject, sameParty) && e.Recipient.match(c.Recipient, sameParty)
			if !ok {
				bad = append(bad, fmt.Sprintf("parties %q/%q, want %s/%s", c.Subject, c.Recipient, e.Subject, e.Recipient))
			}
		}
	} else {
		if c.Mutual {
			bad = append(bad, "mutual, want one way")
		}
		if !e.Subject.match(c.Subject, sameParty) {
			bad = append(bad, fmt.Sprintf("subject %q, want %s", c.Subject, e.Subject))
		}
		if !e.Recipient.match(c.Recipient, sameParty) {
			bad = append(bad, fmt.Sprintf("recipient %q, want %s", c.Recipient, e.Recipient))
		}
	}
	if !e.Kind.match(string(c.Kind), sameFold) {
		bad = append(bad, fmt.Sprintf("kind %q, want %s", c.Kind, e.Kind))
	}
	if !e.Speaker.match(c.Speaker.Name, speakerHas) {
		bad = append(bad, fmt.Sprintf("speaker %q, want %s", c.Speaker.Name, e.Speaker))
	}
	if !asOfMatches(e.AsOf, c.AsOf) {
		bad = append(bad, fmt.Sprintf("as_of %q, want %s", c.AsOf.String(), e.AsOf))
	}
	return bad
}

// asOfMatches reports whether a claim's as-of period fits the expected
// dates: "*" takes anything, an empty list wants no date, and otherwise an
// end of the claim's period must be one of the expected days or lie in one
// of the expected ranges.
func asOfMatches(want choice, got claims.Period) bool {
	if want.any {
		return true
	}
	if len(want.vals) == 0 {
		return got.IsZero()
	}
	if got.IsZero() {
		return false
	}
	for _, w := range want.vals {
		p, err := claims.ParsePeriod(w)
		if err != nil {
			continue
		}
		if p.Contains(got.From) || p.Contains(got.End()) {
			return true
		}
	}
	return false
}

func decimals(ds []claims.Decimal) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = d.String()
	}
	return strings.Join(s, " or ")
}

// field names a mismatch by the field it is about, for the summary.
func field(m string) string {
	f, _, _ := strings.Cut(m, " ")
	return strings.TrimSuffix(f, ":")
}

// heldoutScore is the tally of one article or of all.
type heldoutScore struct {
	figures, found, right int // expected figures (not optional), covered, read right
	claims, real          int // extracted claims with a figure, those that cover an expected figure
	withheld              int // withheld claims (a bonus, not scored)
	fields                map[string]int
}

func (s *heldoutScore) add(o heldoutScore) {
	s.figures += o.figures
	s.found += o.found
	s.right += o.right
	s.claims += o.claims
	s.real += o.real
	s.withheld += o.withheld
	for f, n := range o.fields {
		s.fields[f] += n
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreHeldout scores the claims extracted from a against its expectations
// and returns the tally and the lines of its report.
func scoreHeldout(a heldoutArticle, got []claims.Claim) (heldoutScore, []string) {
	s := heldoutScore{fields: map[string]int{}}
	var lines []string
	used := make([]bool, len(got))
	for _, e := range a.want {
		var here []int
		for i, c := range got {
			if c.Kind == claims.Withheld || !c.Quantity.IsValid() {
				continue
			}
			if figureSpan(c).Contains(e.offset) {
				here = append(here, i)
				used[i] = true
			}
		}
		if e.Optional {
			continue
		}
		s.figures++
		label := fmt.Sprintf("%-22q", e.At)
		if e.N > 0 {
			label = fmt.Sprintf("%-22s", fmt.Sprintf("%q#%d", e.At, e.N))
		}
		if len(here) == 0 {
			lines = append(lines, fmt.Sprintf("  MISS  %s %s", label, e.Note))
			s.fields["missed"]++
			continue
		}
		s.found++
		var best []string
		ok := false
		var ways [][2]string
		for _, i := range here {
			m := mismatches(e, got[i])
			if len(m) == 0 {
				if !e.Mutual || got[i].Mutual {
					ok = true
					break
				}
				ways = append(ways, [2]string{strings.ToLower(got[i].Subject), strings.ToLower(got[i].Recipient)})
				m = []string{"mutual: a one-way claim, want an exchange (mutual, or one claim each way)"}
			}
			if best == nil || len(m) < len(best) {
				best = m
			}
		}
		if !ok && e.Mutual && len(ways) >= 2 {
			for _, w := range ways {
				if w[0] != "" && w[1] != "" && w[0] != w[1] && slices.Contains(ways, [2]string{w[1], w[0]}) {
					ok = true
				}
			}
		}
		if ok {
			s.right++
			continue
		}
		for _, m := range best {
			s.fields[field(m)]++
		}
		lines = append(lines, fmt.Sprintf("  WRONG %s %s", label, strings.Join(best, "; ")))
	}
	for i, c := range got {
		if c.Kind == claims.Withheld || !c.Quantity.IsValid() {
			s.withheld++
			lines = append(lines, fmt.Sprintf("  bonus withheld: measure %q, speaker %q: %.60q", c.Measure, c.Speaker.Name, c.Evidence.Text))
			continue
		}
		s.claims++
		if used[i] {
			s.real++
			continue
		}
		why := ""
		sp := figureSpan(c)
		for _, n := range a.not {
			if sp.Contains(n.offset) || (n.offset <= sp.Start && sp.Start < n.offset+len(n.Not)) {
				why = " — " + n.Why
				break
			}
		}
		lines = append(lines, fmt.Sprintf("  EXTRA %-22q measure %q, speaker %q%s", c.Quantity.Text, c.Measure, c.Speaker.Name, why))
	}
	return s, lines
}

// TestHeldout scores the extractor on every article of the held-out set
// and fails when the totals fall below issue 4's thresholds.
func TestHeldout(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(*heldoutDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no articles in %s", *heldoutDir)
	if *heldoutDir == flag.Lookup("heldout").DefValue {
		require.GreaterOrEqual(t, len(paths), 15, "the held-out set has at least 15 articles")
	}
	total := heldoutScore{fields: map[string]int{}}
	batches := map[string]*heldoutScore{}
	x := text.New(text.Options{})
	for _, p := range paths {
		a := loadHeldout(t, p)
		got, err := x.Extract(a.name, a.text)
		require.NoError(t, err)
		s, lines := scoreHeldout(a, got)
		total.add(s)
		b := batchOf(a.name)
		if batches[b] == nil {
			batches[b] = &heldoutScore{fields: map[string]int{}}
		}
		batches[b].add(s)
		t.Logf("%s: found %d/%d, right %d/%d, real %d/%d claims, %d withheld", a.name, s.found, s.figures, s.right, s.figures, s.real, s.claims, s.withheld)
		for _, l := range lines {
			t.Log(l)
		}
	}
	found, right, prec := ratio(total.found, total.figures), ratio(total.right, total.figures), ratio(total.real, total.claims)
	var fs []string
	for _, f := range slices.Sorted(maps.Keys(total.fields)) {
		fs = append(fs, fmt.Sprintf("%s %d", f, total.fields[f]))
	}
	t.Logf("figures not read right, by field: %s", strings.Join(fs, ", "))
	for _, name := range heldoutBatches() {
		b := batches[name]
		if b == nil {
			continue
		}
		t.Logf("batch %s: found %d/%d (%.1f%%), read right %d/%d (%.1f%%), precision %d/%d (%.1f%%)", name,
			b.found, b.figures, 100*ratio(b.found, b.figures), b.right, b.figures, 100*ratio(b.right, b.figures),
			b.real, b.claims, 100*ratio(b.real, b.claims))
	}
	t.Logf("TOTAL over %d articles: found %d/%d (%.1f%%), read right %d/%d (%.1f%%), precision %d/%d (%.1f%%); %d withheld figures recorded",
		len(paths), total.found, total.figures, 100*found, total.right, total.figures, 100*right, total.real, total.claims, 100*prec, total.withheld)
	if found < minFound {
		t.Errorf("found %.1f%% of the figures, want at least %.0f%%", 100*found, 100*minFound)
	}
	if right < minRight {
		t.Errorf("read %.1f%% of the figures right in every field, want at least %.0f%%", 100*right, 100*minRight)
	}
	if prec < minPrecision {
		t.Errorf("%.1f%% of the extracted claims are real figures, want at least %.0f%%", 100*prec, 100*minPrecision)
	}
}

// TestHeldoutScoring checks the scorer itself on a made-up article, so that
// a bug in it cannot pass for a good extractor.
func TestHeldoutScoring(t *testing.T) {
	doc := []byte("Police said 1,200 people marched; organisers said 5,000. He is 45.")
	a := heldoutArticle{name: "t", text: doc}
	mk := func(line string) *heldoutEntry {
		e := new(heldoutEntry)
		require.NoError(t, json.Unmarshal([]byte(line), e))
		e.values = parseValues(t, "t", e.Value)
		e.offset = occurrences(doc, e.At)[0]
		return e
	}
	a.want = []*heldoutEntry{
		mk(`{"at": "1,200", "value": 1200, "qualifier": ["exact"], "measure": "protesters", "subject": "*", "recipient": "", "kind": "estimated", "speaker": "police", "as_of": ["2025-01-02"]}`),
		mk(`{"at": "5,000", "value": 5000, "qualifier": ["exact"], "measure": "protesters", "subject": "*", "recipient": "", "kind": "estimated", "speaker": "organisers", "as_of": []}`),
	}
	at := func(s string) claims.Span {
		i := bytes.Index(doc, []byte(s))
		return claims.Span{Start: i, End: i + len(s)}
	}
	claim := func(fig string, v int64, measure, speaker string, asOf claims.Period) claims.Claim {
		return claims.Claim{
			Measure: measure, Kind: claims.Estimated, Quantity: claims.ExactQuantity(claims.DecimalOf(v)),
			QuantitySpan: at(fig), AsOf: asOf, Speaker: claims.Speaker{Name: speaker},
		}
	}
	day := claims.On(claims.Date{Year: 2025, Month: 1, Day: 2})
	tests := []struct {
		name string
		got  []claims.Claim
		want heldoutScore
	}{
		{"all right", []claims.Claim{
			claim("1,200", 1200, "protesters", "Police", day),
			claim("5,000", 5000, "protesters", "organisers", claims.Period{}),
		}, heldoutScore{figures: 2, found: 2, right: 2, claims: 2, real: 2, fields: map[string]int{}}},
		{"wrong speaker, a guessed date, an extra age", []claims.Claim{
			claim("1,200", 1200, "protesters", "organisers", day),
			claim("5,000", 5000, "protesters", "organisers", day),
			claim("45", 45, "", "", claims.Period{}),
		}, heldoutScore{figures: 2, found: 2, right: 0, claims: 3, real: 2, fields: map[string]int{"speaker": 1, "as_of": 1}}},
		{"a miss and a percentage", []claims.Claim{
			func() claims.Claim {
				c := claim("1,200", 1200, "protesters", "police", day)
				c.Quantity.Unit = claims.Percent
				return c
			}(),
		}, heldoutScore{figures: 2, found: 1, right: 0, claims: 1, real: 1, fields: map[string]int{"missed": 1, "unit": 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := scoreHeldout(a, tt.got)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(heldoutScore{})); diff != "" {
				t.Errorf("score (-want +got):\n%s", diff)
			}
		})
	}
}
