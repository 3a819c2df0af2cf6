package compare_test

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// hostile returns two conflicting claims whose every text field carries
// markup, script and a javascript: link, as an article might.
func hostile(t *testing.T) []claims.Claim {
	t.Helper()
	const sentence = `Police said <script>alert("x")</script> 500 <b>prisoners</b> were freed <img src=x onerror=alert(2)>.`
	q, err := claims.ParseQuantity("500")
	require.NoError(t, err)
	start := strings.Index(sentence, "500")
	a := claims.Claim{
		ID: "a", Measure: "prisoners<script>", Subject: "Rus</title><script>alert(3)</script>", Recipient: `Ukr"ine`,
		Kind: claims.Completed, Scope: claims.Total, Quantity: q,
		QuantitySpan: claims.Span{Start: 100 + start, End: 100 + start + 3},
		AsOf:         claims.On(claims.Date{Year: 2025, Month: 6, Day: 16}),
		Speaker:      claims.Speaker{Name: "<i>Police</i>"},
		Source: claims.Source{Document: "<doc>.txt", Outlet: "<b>Evil</b> Gazette<script>alert(1)</script>",
			Via: []string{"<wire>"}, URL: "javascript:alert(document.cookie)"},
		Evidence: claims.Evidence{Span: claims.Span{Start: 100, End: 100 + len(sentence)}, Text: sentence},
	}
	b := a
	b.ID = "b"
	b.Quantity, err = claims.ParseQuantity("700")
	require.NoError(t, err)
	b.Speaker.Name = "<u>Ministry</u>"
	b.Source.URL = "https://example.org/a?x=1&y=<2>"
	b.Evidence.Text = "The ministry said 700 were freed."
	b.Evidence.End = b.Evidence.Start + len(b.Evidence.Text)
	b.QuantitySpan = claims.Span{Start: 118, End: 121} // "700", 18 bytes into the evidence at 100
	return []claims.Claim{a, b}
}

// TestWriteHTMLEscapes checks that text from the claims comes out as text:
// no element, attribute or script of an article's makes it into the page,
// and a javascript: URL is no link.
func TestWriteHTMLEscapes(t *testing.T) {
	cs := hostile(t)
	fs := compare.Check(cs, compare.Options{})
	require.NotEmpty(t, fs, "the two figures should conflict")
	var buf bytes.Buffer
	require.NoError(t, compare.WriteHTML(&buf, cs, fs))
	out := buf.String()

	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d <script> elements, want only the page's own", n)
	}
	for _, bad := range []string{"<b>", "<i>", "<u>", "<img", "<wire>", "<doc>", "javascript:", `Ukr"ine`, "</title><script>"} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("%q not escaped: …%s…", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", // the evidence, as text
		"&lt;b&gt;Evil&lt;/b&gt; Gazette",                 // the outlet
		"&lt;img src=x onerror=alert(2)&gt;",
		"<mark>500</mark>", // the figure marked by its byte span
		`href="https://example.org/a?x=1&amp;y=%3c2%3e"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the page", want)
		}
	}
}

// TestWriteHTMLDeterministic checks that the same claims and findings give
// the same bytes, whatever order the claims come in.
func TestWriteHTMLDeterministic(t *testing.T) {
	cs := build(t, crossSpecs())
	fs := compare.Check(cs, compare.Options{})
	var a, b bytes.Buffer
	require.NoError(t, compare.WriteHTML(&a, cs, fs))
	require.NoError(t, compare.WriteHTML(&b, cs, fs))
	require.Equal(t, a.String(), b.String())
}

// TestWriteHTMLFindingsAndCharts checks the page's structure on the
// cross-source set: every finding has its article, numbered in severity
// order, every charted series its SVG with a title and a description, and
// every link inside the page a target.
func TestWriteHTMLFindingsAndCharts(t *testing.T) {
	cs := build(t, crossSpecs())
	fs := compare.Check(cs, compare.Options{})
	var buf bytes.Buffer
	require.NoError(t, compare.WriteHTML(&buf, cs, fs))
	out := buf.String()

	for i, f := range fs {
		id := `id="finding-` + strconv.Itoa(i+1) + `"`
		require.Contains(t, out, id)
		// The findings of Check are in severity order already, so the page
		// numbers them as Check orders them.
		at := strings.Index(out, id)
		require.Contains(t, out[at:], f.Explanation[:20])
		for _, r := range f.Also { // the findings folded into it, with it
			require.Contains(t, out[at:], `<span class="ftype">`+string(r.Type)+`</span>: `+r.Explanation[:20])
		}
	}
	require.Equal(t, len(fs), strings.Count(out, `<article class="finding `))

	charts := strings.Count(out, `<svg class="timeline`)
	require.Positive(t, charts)
	require.Equal(t, charts, strings.Count(out, `<desc id="series-`))
	require.Equal(t, charts, strings.Count(out, `role="img" aria-labelledby="series-`))

	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(out, -1) {
		require.False(t, ids[m[1]], "duplicate id %q", m[1])
		ids[m[1]] = true
	}
	for _, m := range regexp.MustCompile(` href="#([^"]+)"`).FindAllStringSubmatch(out, -1) {
		require.True(t, ids[m[1]], "link to #%s, which is not on the page", m[1])
	}
}

// TestWriteHTMLOnlyFindings checks that without the claims read the page
// still charts the claims of the findings.
func TestWriteHTMLOnlyFindings(t *testing.T) {
	cs := build(t, crossSpecs())
	fs := compare.Check(cs, compare.Options{})
	var buf bytes.Buffer
	require.NoError(t, compare.WriteHTML(&buf, nil, fs))
	require.Contains(t, buf.String(), `<svg class="timeline`)
}

func TestWriteHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, compare.WriteHTML(&buf, nil, nil))
	out := buf.String()
	require.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
	require.Contains(t, out, "No findings")
	require.NotContains(t, out, `<svg class="timeline`)
}
