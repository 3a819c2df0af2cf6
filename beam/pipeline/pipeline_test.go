package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/beam/pipeline"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/internal/synthetic"
	"github.com/crosscheck/crosscheck/sources"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beamlog.LogLevel = "warn"
	beam.Init()
	os.Exit(m.Run())
}

// run runs the pipeline on prism, in process, and returns the report it
// wrote and its counters.
func run(tb testing.TB, cfg pipeline.Config) ([]byte, map[string]int64) {
	tb.Helper()
	if cfg.Output == "" {
		cfg.Output = filepath.Join(tb.TempDir(), "findings.json")
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, cfg); err != nil {
		tb.Fatalf("Build: %v", err)
	}
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		tb.Fatalf("prism: %v", err)
	}
	out, err := os.ReadFile(cfg.Output)
	if err != nil {
		tb.Fatal(err)
	}
	return out, counters(res)
}

// counters returns the pipeline's counters by name.
func counters(res beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	q := res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == pipeline.Namespace })
	for _, c := range q.Counters() {
		out[c.Name()] += c.Result()
	}
	return out
}

// library returns what crosscheck check --format json writes for the
// inputs, and the errors it meets.
func library(tb testing.TB, opts crosscheck.Options, inputs ...string) ([]byte, []error) {
	tb.Helper()
	var srcs []sources.Source
	var errs []error
	for _, in := range inputs {
		src, err := crosscheck.Open(in, opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		srcs = append(srcs, src)
	}
	r, err := crosscheck.Run(context.Background(), opts, srcs...)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, "json"); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes(), append(errs, r.Errors...)
}

// found is a finding as the bar compares it: its type and its claims' IDs.
type found struct {
	Type   string   `json:"type"`
	Claims []string `json:"claims"` // the IDs of the report's claims
}

func findings(tb testing.TB, report []byte) []found {
	tb.Helper()
	// The report's findings hold their claims by ID.
	var r struct {
		Findings []found `json:"findings"`
		Review   []found `json:"review"`
	}
	if err := json.Unmarshal(report, &r); err != nil {
		tb.Fatalf("report: %v", err)
	}
	return append(r.Findings, r.Review...)
}

// same checks the bar (the same findings, by type and claim IDs, in the
// same order) and then that the reports are the same byte for byte.
func same(t *testing.T, want, got []byte) {
	t.Helper()
	if diff := cmp.Diff(findings(t, want), findings(t, got)); diff != "" {
		t.Fatalf("findings differ from the library's (-library +pipeline):\n%s", diff)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("the reports have the same findings but differ (-library +pipeline):\n%s", cmp.Diff(string(want), string(got)))
	}
}

// demoDir writes the demo articles to a directory and returns it.
func demoDir(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "demo")
	if err := os.CopyFS(dir, demo.FS()); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDemo(t *testing.T) {
	dir := demoDir(t)
	want, errs := library(t, crosscheck.Options{}, dir)
	if len(errs) > 0 {
		t.Fatalf("library: %v", errs)
	}
	got, counters := run(t, pipeline.Config{Inputs: []string{dir}})
	same(t, want, got)
	if n := len(findings(t, got)); n == 0 || counters[pipeline.CounterFindings] != int64(n) {
		t.Errorf("%d findings, counted %d", n, counters[pipeline.CounterFindings])
	}
	if counters[pipeline.CounterErrors] != 0 {
		t.Errorf("%d errors", counters[pipeline.CounterErrors])
	}
}

// TestDemoLang checks the settings reach the workers: the explanations are
// in the report's language.
func TestDemoLang(t *testing.T) {
	dir := demoDir(t)
	opts := crosscheck.Options{}
	opts.Compare.Language = mustLang(t, "de")
	want, _ := library(t, opts, dir)
	got, _ := run(t, pipeline.Config{Inputs: []string{dir}, Settings: pipeline.Settings{Lang: "de"}})
	same(t, want, got)
	if !bytes.Contains(got, []byte("6.057")) {
		t.Errorf("no German number in the report")
	}
}

// writeClaims writes cs as JSON Lines, files of per claims in nested
// directories, under dir.
func writeClaims(tb testing.TB, dir string, cs []claims.Claim, per int) {
	tb.Helper()
	for i := 0; i < len(cs); i += per {
		name := filepath.Join(dir, fmt.Sprintf("part%02d", i/per/10), fmt.Sprintf("claims-%05d.jsonl", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			tb.Fatal(err)
		}
		var buf bytes.Buffer
		enc := claims.NewEncoder(&buf)
		for _, c := range cs[i:min(i+per, len(cs))] {
			if err := enc.Encode(c); err != nil {
				tb.Fatal(err)
			}
		}
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func TestSynthetic(t *testing.T) {
	const n = 20_000
	dir := t.TempDir()
	writeClaims(t, dir, synthetic.News(n), 500)
	want, errs := library(t, crosscheck.Options{}, dir)
	if len(errs) > 0 {
		t.Fatalf("library: %v", errs)
	}
	got, counters := run(t, pipeline.Config{Inputs: []string{dir}})
	same(t, want, got)
	if counters[pipeline.CounterClaims] != n {
		t.Errorf("%d claims read, want %d", counters[pipeline.CounterClaims], n)
	}
	types := map[string]int{}
	for _, f := range findings(t, got) {
		types[f.Type]++
	}
	t.Logf("%d claims, %d groups: %v", n, counters[pipeline.CounterGroups], types)
}

// TestInputs reads a directory with files no format claims, a hidden file, a
// malformed claim file, a file named on its own and a glob, as crosscheck
// check does, and writes the errors it meets.
func TestInputs(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "mix")
	must(t, os.CopyFS(dir, demo.FS()))
	must(t, os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"id\":\"x1\",\"measure\":\"bodies\"}\nnot json\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("6,000 bodies were returned."), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "notes.xyz"), []byte("6,000 bodies were returned."), 0o644))
	inputs := []string{dir, filepath.Join(dir, "notes.xyz"), filepath.Join(dir, "exchanges-*.txt")}

	// The shell expands a glob for crosscheck check.
	matches, err := filepath.Glob(inputs[2])
	must(t, err)
	want, wantErrs := library(t, crosscheck.Options{}, append(inputs[:2:2], matches...)...)
	errFile := filepath.Join(root, "out", "errors.txt")
	got, counters := run(t, pipeline.Config{Inputs: inputs, Errors: errFile})
	same(t, want, got)
	b, err := os.ReadFile(errFile)
	must(t, err)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(wantErrs) || counters[pipeline.CounterErrors] != int64(len(wantErrs)) {
		t.Fatalf("errors (%d counted):\n%s\nwant as many as the library's:\n%v", counters[pipeline.CounterErrors], b, wantErrs)
	}
	for _, name := range []string{"bad.jsonl:1:", "bad.jsonl:2:2:", "notes.xyz: unknown format"} {
		if !strings.Contains(string(b), name) {
			t.Errorf("no error for %s in:\n%s", name, b)
		}
	}
	if strings.Contains(string(b), ".hidden") {
		t.Errorf("the hidden file was read:\n%s", b)
	}
}

// TestFileSystem reads through a Beam file system, as on a real runner
// (gs://…): a path with a scheme is matched by the workers, its hidden files
// and files no format claims are skipped as in a directory, and the report
// goes to the file system too. The library reads the same bytes under the
// same names for comparison.
func TestFileSystem(t *testing.T) {
	var srcs []sources.Source
	for _, f := range demo.Files() {
		name := "memfs://corpus/" + filepath.Base(f.Name)
		memfs.Write(name, f.Data)
		src, err := crosscheck.Read(name, bytes.NewReader(f.Data), crosscheck.Options{})
		must(t, err)
		srcs = append(srcs, src)
	}
	memfs.Write("memfs://corpus/.hidden.txt", []byte("6,000 bodies were returned."))
	memfs.Write("memfs://corpus/notes.xyz", []byte("6,000 bodies were returned."))
	r, err := crosscheck.Run(context.Background(), crosscheck.Options{}, srcs...)
	must(t, err)
	var want bytes.Buffer
	must(t, r.Write(&want, "json"))

	cfg := pipeline.Config{Inputs: []string{"memfs://corpus/"}, Output: "memfs://out/findings.json", Errors: "memfs://out/errors.txt"}
	p, s := beam.NewPipelineWithRoot()
	must(t, pipeline.Build(s, cfg))
	res, err := prism.Execute(context.Background(), p)
	must(t, err)
	got := readMemfs(t, cfg.Output)
	same(t, want.Bytes(), got)
	if n := counters(res)[pipeline.CounterClaims]; n != int64(len(r.Claims)) {
		t.Errorf("%d claims read, want %d", n, len(r.Claims))
	}
	if errs := readMemfs(t, cfg.Errors); len(errs) > 0 {
		t.Errorf("errors:\n%s", errs)
	}
}

func readMemfs(t *testing.T, name string) []byte {
	t.Helper()
	ctx := context.Background()
	r, err := memfs.New(ctx).OpenRead(ctx, name)
	must(t, err)
	b, err := io.ReadAll(r)
	must(t, err)
	return b
}

// TestMaxGroup checks that a group over the limit is reported, not checked,
// and that the other groups are.
func TestMaxGroup(t *testing.T) {
	dir := demoDir(t)
	full, _ := run(t, pipeline.Config{Inputs: []string{dir}})
	errFile := filepath.Join(t.TempDir(), "errors.txt")
	got, counters := run(t, pipeline.Config{Inputs: []string{dir}, Errors: errFile, Settings: pipeline.Settings{MaxGroup: 8}})
	b, err := os.ReadFile(errFile)
	must(t, err)
	if counters[pipeline.CounterErrors] == 0 || !strings.Contains(string(b), "more than the limit of 8: not checked") {
		t.Fatalf("no group over the limit reported (%d errors):\n%s", counters[pipeline.CounterErrors], b)
	}
	all, some := findings(t, full), findings(t, got)
	if len(some) == 0 || len(some) >= len(all) {
		t.Errorf("%d findings with a limit, %d without: want fewer, but some", len(some), len(all))
	}
}

func TestBuildErrors(t *testing.T) {
	for _, cfg := range []pipeline.Config{
		{Inputs: []string{"testdata/does-not-exist"}, Output: "out.json"},
		{Inputs: []string{"testdata/nothing-*.txt"}, Output: "out.json"},
		{Output: "out.json"},
		{Inputs: []string{"."}},
		{Inputs: []string{"."}, Output: "out.json", Format: "pdf"},
		{Inputs: []string{"."}, Output: "out.json", Settings: pipeline.Settings{Type: "pdf"}},
		{Inputs: []string{"."}, Output: "out.json", Settings: pipeline.Settings{Lang: "not a tag"}},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := pipeline.Build(s, cfg); err == nil {
			t.Errorf("Build(%+v): no error", cfg)
		}
	}
}

// BenchmarkPipeline runs the whole pipeline on prism, in process, over
// 100,000 synthetic claims in 200 JSON Lines files: reading, grouping,
// checking and writing the report. Beside wall time it reports the CPU time
// of the process (prism and its worker both run in it), which a busy machine
// disturbs less.
func BenchmarkPipeline(b *testing.B) {
	const n = 100_000
	dir := b.TempDir()
	writeClaims(b, dir, synthetic.News(n), 500)
	out := filepath.Join(b.TempDir(), "findings.json")
	var found int64
	loops := 0
	start := cputime.Used()
	for b.Loop() {
		_, counters := run(b, pipeline.Config{Inputs: []string{dir}, Output: out})
		found = counters[pipeline.CounterFindings]
		if counters[pipeline.CounterClaims] != n {
			b.Fatalf("%d claims read, want %d", counters[pipeline.CounterClaims], n)
		}
		loops++
	}
	b.ReportMetric(float64(found), "findings")
	b.ReportMetric(float64(n)*float64(loops)/b.Elapsed().Seconds(), "claims/s")
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
	}
}

// BenchmarkLibrary does the same work as BenchmarkPipeline with
// crosscheck.Run on one machine, for comparison.
func BenchmarkLibrary(b *testing.B) {
	const n = 100_000
	dir := b.TempDir()
	writeClaims(b, dir, synthetic.News(n), 500)
	loops := 0
	start := cputime.Used()
	for b.Loop() {
		if _, errs := library(b, crosscheck.Options{}, dir); len(errs) > 0 {
			b.Fatal(errs)
		}
		loops++
	}
	b.ReportMetric(float64(n)*float64(loops)/b.Elapsed().Seconds(), "claims/s")
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
	}
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

func mustLang(tb testing.TB, s string) language.Tag {
	tb.Helper()
	tag, err := language.Parse(s)
	must(tb, err)
	return tag
}

// TestDocumentRules checks the rules over each document's claims (a
// combined toll against its parts, a release beyond its breakdown, shares
// of a vote over 100%) find in
// the pipeline what they find in the library, when a document's claims lie
// in several files and fall in several groups.
func TestDocumentRules(t *testing.T) {
	day, err := claims.ParsePeriod("2024-03-02")
	must(t, err)
	c := func(id, doc, measure, subject, qty, speaker string) claims.Claim {
		q, err := claims.ParseQuantity(qty)
		must(t, err)
		return claims.Claim{ID: id, Measure: measure, Subject: subject, Kind: claims.Completed, Scope: claims.Total,
			Quantity: q, AsOf: day, Speaker: claims.Speaker{Name: speaker}, Source: claims.Source{Document: doc, Outlet: "Outlet"}}
	}
	cs := []claims.Claim{
		c("w", "quake", "deaths or injured", "Valdoria", "at least 3,000", "Interior ministry"),
		c("d", "quake", "deaths", "Valdoria", "812", "Relief agency"),
		c("i", "quake", "injured", "Valdoria", "1,204", "Relief agency"),
		c("d2", "later", "deaths", "Valdoria", "790", "Red Cross"),
		c("a", "vote", "votes", "Ostrova", "more than 80%", "Election commission"),
		c("b", "vote", "votes", "Marel", "more than 80%", "Opposition tally"),
		c("r", "release", "prisoners", "Ostmark", "487", "Prison service"),
		c("r1", "release", "prisoners (Corvane)", "Ostmark", "312", "Prison service"),
		c("r2", "release", "prisoners (Estrel)", "Ostmark", "187", "Prison service"),
	}
	// A preliminary share, four days before the commission's "more than
	// 80%": a revision, which the pipeline finds by group.
	pre := c("p", "early", "votes", "Ostrova", "64.2%", "Election commission")
	pre.AsOf, err = claims.ParsePeriod("2024-02-27")
	must(t, err)
	cs = append(cs, pre)
	dir := t.TempDir()
	writeClaims(t, dir, cs, 1)
	want, errs := library(t, crosscheck.Options{}, dir)
	if len(errs) > 0 {
		t.Fatalf("library: %v", errs)
	}
	got, _ := run(t, pipeline.Config{Inputs: []string{dir}})
	same(t, want, got)
	var ids, revised []string
	for _, f := range findings(t, got) {
		switch f.Type {
		case "arithmetic":
			ids = append(ids, strings.Join(f.Claims, ","))
		case "revision":
			revised = append(revised, strings.Join(f.Claims, ","))
		}
	}
	if len(ids) != 3 {
		t.Errorf("arithmetic findings %v, want the combined toll's, the breakdown's and the shares'", ids)
	}
	if len(revised) != 1 {
		t.Errorf("revisions %v, want the preliminary share's", revised)
	}
}
