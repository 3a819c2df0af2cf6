// Command crosscheck reads the figures in news articles and claim files as
// attributed claims and reports where they do not add up.
//
// Run with no arguments, it checks the demo articles built into the binary
// and prints the report. See "crosscheck help" for the subcommands.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command; it returns the exit status: 0 when all went well,
// 1 when some input could not be read (the rest is still reported), 2 for a
// usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runCheck(nil, stdout, stderr)
	}
	switch args[0] {
	case "numbers":
		return runNumbers(args[1:], stdout, stderr)
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "crosscheck %s\n", version())
		return 0
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "crosscheck: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// version returns the module version the binary was built from, or
// "(devel)" for a build from a working tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

const usage = `crosscheck reads the figures in news and official statements as attributed
claims (who said it, about what, as of when, through which outlets) and reports
where they do not add up across sources.

Usage:

	crosscheck                     check the demo articles built into the binary
	crosscheck numbers [FILE...]   every number and quantity in the text, one JSON object a line
	crosscheck extract [FILE...]   every claim, one JSON object a line (the JSON contract)
	crosscheck check [FILE...]     the findings: conflicts, regressions, shortfalls,
	                               imbalances, excesses, arithmetic, echoes, withheld figures
	crosscheck version             print the version
	crosscheck help                print this help

With no FILE, each subcommand reads the demo articles. A FILE may be a
directory (every article and claim file in it, in name order) or "-" for
standard input.

File types, by extension:

	.txt .md          news articles: a "key: value" header (date, outlet, url,
	                  title), a blank line, then the body; or a dateline
	.jsonl .ndjson    claims as JSON Lines (the JSON contract)
	.csv              claims in crosscheck's CSV layout
	.json .jsonld     schema.org ClaimReview / Claim (JSON-LD)

Flags (before or after the files; run "crosscheck SUBCOMMAND -h" for the full list):

	--format text|markdown|json|claimreview|html
	                  check: the report's form (default text); claimreview
	                  exports the findings as schema.org ClaimReview; html
	                  is one page for a browser, with a timeline of every
	                  series of figures
	--type text|jsonl|csv|claimreview
	                  check, extract: read every FILE as this type, whatever
	                  its extension
	--min-confidence explicit|inferred|defaulted
	                  check: leave out the findings for review, those that
	                  stand on a reading the text does not state (a party,
	                  date or speaker filled in by default, or inferred);
	                  explicit keeps only findings on explicit readings,
	                  inferred also those on inferred ones, defaulted (the
	                  default) all, the ones for review shown apart
	--lang TAG        check: the language of the report's numbers; extract,
	                  numbers: the language of the text's figures (BCP 47,
	                  default en)
	--explain         extract: with each claim, the words that decided each
	                  field
	--attributions    extract: each article's attribution records (who, the
	                  cue, what is attributed, as byte spans) instead of claims
	--outlet NAME, --date YYYY-MM-DD
	                  extract: the outlet and publication date of articles
	                  that do not say

Exit status: 0 when all went well, 1 when some input could not be read (what
could be read is still reported), 2 for a usage error.
`
