// Command crosscheck-beam checks a corpus too large for one machine on
// Apache Beam: it reads articles and claim files, extracts their claims in
// parallel, groups them by what they count and between whom, checks each
// group on its own worker and writes the same report as
// "crosscheck check --format json", in the same order.
//
// Usage:
//
//	crosscheck-beam --input PATH [--input PATH...] --output FILE
//	                [--errors FILE] [--format json] [--type TYPE] [--lang TAG]
//	                [--max-group N] [--runner prism|dataflow|flink|spark] [Beam flags]
//
// PATH is a file, a directory or a glob; under a real runner, a path on a
// Beam file system such as gs://bucket/news/** (see the README's section on
// scale). The default runner, prism, runs the pipeline in this process.
//
// It exits with status 0, 1 when some input could not be read or some group
// was too large to check (the rest is still reported; see --errors), or 2
// for a usage error.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/beam/pipeline"
)

// inputs is the repeatable --input flag.
type inputs []string

func (in *inputs) String() string     { return strings.Join(*in, ",") }
func (in *inputs) Set(s string) error { *in = append(*in, s); return nil }

var (
	input    inputs
	output   = flag.String("output", "", "write the report to `FILE` (a local path, or gs://… under a real runner)")
	errs     = flag.String("errors", "", "write the errors (inputs that could not be read, groups too large) to `FILE`, one a line")
	format   = flag.String("format", "json", "report `format`: "+strings.Join(crosscheck.ReportFormats(), ", "))
	typ      = flag.String("type", "", "read every file as this `type` (text, jsonl, csv, claimreview), whatever its extension")
	lang     = flag.String("lang", "en", "language `TAG` (BCP 47) of the report's numbers")
	maxGroup = flag.Int("max-group", 0, "leave a group of more than `N` claims unchecked and report it as an error (0: no limit)")
	logLevel = flag.String("log-level", "warn", "what Beam and the runner log: `LEVEL` debug, info, warn or error")
)

func init() {
	flag.Var(&input, "input", "read the file, directory or glob at `PATH` (repeatable)")
	flag.Usage = func() { usage(os.Stderr) }
}

// usage writes the command's usage and its own flags to w.
func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: crosscheck-beam --input PATH [--input PATH...] --output FILE [--errors FILE] [--format json]")
	fmt.Fprintln(w, "                       [--type TYPE] [--lang TAG] [--max-group N] [--runner prism|dataflow|flink|spark] [Beam flags]")
	fmt.Fprintln(w, "\nChecks the claims of every input together on Apache Beam and writes the report crosscheck check writes.")
	fmt.Fprintln(w, "The default runner, prism, runs in this process; see the README's section on scale for the others.")
	fmt.Fprintln(w, "\nFlags of crosscheck-beam:")
	for _, name := range []string{"input", "output", "errors", "format", "type", "lang", "max-group", "log-level"} {
		f := flag.Lookup(name)
		arg, text := flag.UnquoteUsage(f)
		def := ""
		if f.DefValue != "" && f.DefValue != "0" {
			def = fmt.Sprintf(" (default %q)", f.DefValue)
		}
		fmt.Fprintf(w, "  --%s %s\n    \t%s%s\n", name, arg, text, def)
	}
	fmt.Fprintln(w, "\nBeam's own flags (--runner, --project, --region, --temp_location, --endpoint, …) are listed by -help=all.")
}

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "-help=all" || os.Args[1] == "--help=all") {
		flag.CommandLine.SetOutput(os.Stderr)
		flag.PrintDefaults()
		os.Exit(0)
	}
	flag.Parse()
	beamlog.LogLevel = *logLevel
	// On a worker, Init runs the worker and does not return.
	beam.Init()
	os.Exit(run(context.Background(), os.Stderr))
}

func run(ctx context.Context, stderr io.Writer) int {
	if len(input) == 0 || *output == "" || flag.NArg() > 0 {
		usage(stderr)
		return 2
	}
	cfg := pipeline.Config{
		Inputs: input, Output: *output, Errors: *errs, Format: *format,
		Settings: pipeline.Settings{Type: *typ, Lang: *lang, MaxGroup: *maxGroup},
	}
	// In process, the errors come back to standard error, as crosscheck
	// check prints them; elsewhere they are in --errors or the workers' logs.
	local := inProcess()
	if local && cfg.Errors == "" {
		f, err := os.CreateTemp("", "crosscheck-beam-errors-*.txt")
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck-beam: %v\n", err)
			return 1
		}
		f.Close()
		defer os.Remove(f.Name())
		cfg.Errors = f.Name()
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, cfg); err != nil {
		fmt.Fprintf(stderr, "crosscheck-beam: %v\n", err)
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck-beam: %v\n", err)
		return 1
	}
	if res == nil || asyncRun() {
		fmt.Fprintf(stderr, "crosscheck-beam: job submitted; the report will be written to %s\n", *output)
		return 0
	}
	if local && *errs == "" {
		b, err := os.ReadFile(cfg.Errors)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck-beam: %v\n", err)
			return 1
		}
		for line := range strings.Lines(string(b)) {
			fmt.Fprintf(stderr, "crosscheck-beam: %s", line)
		}
	}
	c := counters(res)
	fmt.Fprintf(stderr, "crosscheck-beam: %d claims, %d groups, %d findings, %d errors\n",
		c[pipeline.CounterClaims], c[pipeline.CounterGroups], c[pipeline.CounterFindings], c[pipeline.CounterErrors])
	if c[pipeline.CounterErrors] > 0 {
		if !local || *errs != "" {
			where := "the workers' logs"
			if *errs != "" {
				where = *errs
			}
			fmt.Fprintf(stderr, "crosscheck-beam: some inputs could not be read or checked: see %s\n", where)
		}
		return 1
	}
	return 0
}

// counters returns the pipeline's counters by name, summed over steps.
func counters(res beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	q := res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == pipeline.Namespace })
	for _, c := range q.Counters() {
		out[c.Name()] += c.Result()
	}
	return out
}

// asyncRun reports whether the runner was told to submit the job and not
// wait for it (--async, --execute_async).
func asyncRun() bool {
	f := flag.Lookup("async")
	return f != nil && f.Value.String() == "true"
}

// inProcess reports whether the runner runs the pipeline in this process
// (prism, the default, without a job endpoint of its own).
func inProcess() bool {
	runner := ""
	if f := flag.Lookup("runner"); f != nil {
		runner = f.Value.String()
	}
	endpoint := ""
	if f := flag.Lookup("endpoint"); f != nil {
		endpoint = f.Value.String()
	}
	switch strings.ToLower(runner) {
	case "", "prism", "prismrunner", "direct":
		return endpoint == ""
	}
	return false
}
