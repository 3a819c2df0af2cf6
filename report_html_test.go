package crosscheck_test

import (
	"bytes"
	"context"
	"flag"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/internal/golden"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/text"
)

var update = flag.Bool("update", false, "rewrite testdata/demo-report.html.golden and docs/report.png")

// demoReport checks the demo articles as `crosscheck check` does with no
// FILE.
func demoReport(t *testing.T) *crosscheck.Report {
	t.Helper()
	var srcs []sources.Source
	for _, f := range demo.Files() {
		src, err := crosscheck.Read(f.Name, bytes.NewReader(f.Data), crosscheck.Options{Type: "text"})
		require.NoError(t, err)
		srcs = append(srcs, src)
	}
	report, err := crosscheck.Run(context.Background(), crosscheck.Options{}, srcs...)
	require.NoError(t, err)
	require.NoError(t, report.Err())
	return report
}

func writeHTML(t *testing.T, r *crosscheck.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, r.Write(&buf, "html"))
	return buf.Bytes()
}

// TestReportHTMLDemo is the golden file of the demo's HTML report, which
// must come out the same bytes every time.
func TestReportHTMLDemo(t *testing.T) {
	r := demoReport(t)
	got := writeHTML(t, r)
	require.Equal(t, got, writeHTML(t, demoReport(t)), "the same input gives the same bytes")
	golden.Check(t, filepath.Join("testdata", "demo-report.html.golden"), got, *update)
}

// TestReportHTMLEscapesArticle reads an article that holds markup and a
// script, in its text and in its header, and checks that the report shows
// them as text.
func TestReportHTMLEscapesArticle(t *testing.T) {
	article := "date: 2025-06-19\n" +
		"outlet: <b>Evil</b> Gazette<script>alert(1)</script>\n" +
		"url: javascript:alert(document.cookie)\n\n" +
		`Police said <script>alert("x")</script> that by Monday Russia had freed 500 prisoners in all <img src=x onerror=alert(2)>. ` +
		"The ministry said that by Monday Russia had freed 700 prisoners in all.\n"
	src := text.Documents(text.Document{Name: "evil.txt", Text: []byte(article)})
	r, err := crosscheck.Run(context.Background(), crosscheck.Options{}, src)
	require.NoError(t, err)
	require.NotEmpty(t, r.Claims)
	out := string(writeHTML(t, r))

	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d <script> elements, want only the page's own", n)
	}
	for _, bad := range []string{"<b>", "<img", "javascript:", `alert("x")`} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("%q not escaped: …%s…", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", "&lt;b&gt;Evil&lt;/b&gt; Gazette", "&lt;img src=x onerror=alert(2)&gt;"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the report", want)
		}
	}
}

// chromium returns the path of a Chromium (or Chrome) to test in, or "".
// CROSSCHECK_CHROMIUM names one explicitly.
func chromium() string {
	if p := os.Getenv("CROSSCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// runChromium runs headless Chromium, isolated from the network and from
// any profile, on the page at path with the extra arguments.
func runChromium(t *testing.T, bin, path string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir()}, args...)
	all = append(all, "file://"+path)
	cmd := exec.CommandContext(ctx, bin, all...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(all, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// domText escapes s as a browser serialises a text node.
func domText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace(s)
}

// TestReportHTMLInBrowser opens the demo's report in headless Chromium,
// checks in the DOM it renders that every finding and every chart is there,
// and takes the screenshot the README shows (written to docs/report.png
// with -update). It skips where no Chromium is installed.
func TestReportHTMLInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium installed (Debian: apt-get install chromium; or set CROSSCHECK_CHROMIUM): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	r := demoReport(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(page, writeHTML(t, r), 0o644))

	dom := string(runChromium(t, bin, page, "--dump-dom"))
	require.Contains(t, dom, "</html>", "a whole document")

	// Every finding, in its article, with its explanation.
	require.NotEmpty(t, r.Findings)
	require.Equal(t, len(r.Findings), strings.Count(dom, `<article class="finding `))
	for _, f := range r.Findings {
		if !strings.Contains(dom, domText(f.Explanation)) {
			t.Errorf("finding not in the DOM: %s", f.Explanation)
		}
	}
	for i := range r.Findings {
		if id := `id="finding-` + strconv.Itoa(i+1) + `"`; !strings.Contains(dom, id) {
			t.Errorf("no element %s", id)
		}
	}

	// Every series of two or more dated figures, as a chart: an SVG with
	// its title, its description and a mark for each point.
	dated := map[compare.Key]int{}
	for _, c := range r.Claims {
		if k := compare.KeyOf(&c); k.Measure != "" && !c.AsOf.IsZero() {
			dated[k]++
		}
	}
	var series []string
	for k, n := range dated {
		if n >= 2 {
			series = append(series, k.String())
		}
	}
	require.NotEmpty(t, series)
	require.Equal(t, len(series), strings.Count(dom, `<svg class="timeline`), "one chart per series")
	for _, s := range series {
		if !strings.Contains(dom, "<h3>"+domText(s)+"</h3>") {
			t.Errorf("no chart headed %q", s)
		}
		if !strings.Contains(dom, ">Timeline: "+domText(s)+"</title>") {
			t.Errorf("chart %q has no title", s)
		}
	}
	for i := 1; i <= len(series); i++ {
		id := "series-" + strconv.Itoa(i)
		at := strings.Index(dom, `<figure class="chart" id="`+id+`"`)
		if at < 0 {
			t.Errorf("no chart %s", id)
			continue
		}
		chart := dom[at:]
		chart = chart[:strings.Index(chart, "</figure>")]
		if !strings.Contains(chart, `<desc id="`+id+`-desc">Timeline of `) {
			t.Errorf("chart %s has no text alternative", id)
		}
		if strings.Count(chart, `<a href="#`+id+`-figure-`) == 0 {
			t.Errorf("chart %s draws no figure", id)
		}
	}

	// The screenshot: the summary and the first timeline, as a desktop
	// browser shows them.
	shot := filepath.Join(dir, "report.png")
	runChromium(t, bin, page, "--screenshot="+shot, "--window-size=1100,1640")
	b, err := os.ReadFile(shot)
	require.NoError(t, err)
	img, err := png.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	require.Equal(t, 1100, img.Bounds().Dx())
	if *update {
		require.NoError(t, os.MkdirAll("docs", 0o755))
		require.NoError(t, os.WriteFile(filepath.Join("docs", "report.png"), b, 0o644))
	}
}
