// Package crosscheck reads the numbers in news and official statements as
// attributed claims and reports where the figures do not add up across
// sources.
//
// A figure in the news is never just a number. "More than 6,000 bodies have
// been returned, the president said on Thursday, according to a wire report"
// is a claim: a hedged quantity (more than 6,000), a measure (bodies), the
// parties (who gave, who received), a kind (it happened, rather than was
// agreed or offered), a date it holds for, a speaker, and the chain of
// outlets it came through. crosscheck reads figures that way, from articles
// and from claim files, and then compares them: a total that shrinks over
// time, an exchange whose two sides do not match, deliveries short of what
// was agreed, casualty counts that cannot both hold, a reprint counted as
// independent confirmation, a figure a source would not give. Every finding
// names the claims behind it, shows the arithmetic, and says in one plain
// sentence what a reader can check against the evidence.
//
// # Who it is for, and what it is not
//
// crosscheck is for fact-checkers, data journalists and conflict researchers
// who follow a story across many reports and need to see where the numbers
// disagree and why. It is not a fact-checker: it does not know which figure
// is true, only which figures cannot all be true, which merely repeat one
// another, and which were never given. It does not fetch pages, translate,
// or judge sources; it reads the text and claims it is given. Its reading of
// prose is rule-based and explainable, not a statistical model: every field
// of a claim can say which words decided it.
//
// # How the packages fit
//
// Package claims is the model and the leaf: Decimal (exact numbers), Quantity
// (a hedged figure and the interval it stands for), Claim, Date and Period,
// Vocabulary (measure synonyms and party aliases, as data), and the JSON
// contract that every part and every outside tool reads and writes.
//
// Package numbers is the figure scanner: every number and quantity phrase in
// running text, with its byte span, and the things that only look like
// counts (dates, years, ages, ordinals, money) marked as such. It imports
// only claims.
//
// Package sources is where claims come from: the Source interface (an
// iterator of claims and errors that say where), helpers to combine and
// drain sources, and a conformance suite (sources/sourcetest) for anyone
// writing their own. The built-in sources are sources/text (news articles,
// read by the extractor: who said what, about whom, when, through whom),
// sources/jsonl (claims in the JSON contract, one per line), sources/csv
// (claims kept in a spreadsheet) and sources/claimreview (schema.org
// ClaimReview, as fact-checkers publish it).
//
// Package compare is the engine: it groups claims by what they are about
// (measure and parties), runs rules over each group in date order, and
// writes the findings as text, Markdown or JSON. Its tolerance is a policy:
// hedges widen a figure and round figures carry their written precision.
// Users add rules of their own.
//
// This package, crosscheck, is the one-call entry point on top: Open picks a
// source for a file by its extension, and Run reads sources and checks them
// together, collecting every claim, finding and error in a Report.
// sources and compare import claims and never each other; this package ties
// them together.
//
// The command, cmd/crosscheck, sits on top of it all:
//
//	crosscheck numbers FILE…   every figure found in the text, one JSON object per line
//	crosscheck extract FILE…   every claim, one JSON object per line
//	crosscheck check FILE…     the findings (--format text, markdown, json, claimreview or html)
//
// With no FILE, each subcommand runs on demo articles built into the binary.
//
// # A short tour
//
// Check a few articles and a file of claims together:
//
//	var srcs []sources.Source
//	for _, path := range []string{"swap-report.txt", "ministry-statement.txt", "tallies.jsonl"} {
//		src, err := crosscheck.Open(path, crosscheck.Options{})
//		if err != nil {
//			log.Fatal(err)
//		}
//		srcs = append(srcs, src)
//	}
//	report, err := crosscheck.Run(ctx, crosscheck.Options{}, srcs...)
//	if err != nil {
//		log.Fatal(err)
//	}
//	compare.WriteText(os.Stdout, report.Findings)
//
// Work with figures directly:
//
//	a, _ := claims.ParseQuantity("more than 6,000")
//	b, _ := claims.ParseQuantity("3,600")
//	a.Overlaps(b, claims.DefaultTolerance()) // false: they cannot both be true
//	a.Distance(b, claims.DefaultTolerance()) // 2350
//
// And read or write claims in the JSON contract with claims.ReadJSONL and
// claims.NewEncoder, so that crosscheck sits in a pipeline with other tools.
package crosscheck
