package compare_test

import (
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// total returns a claim: a running total of bodies handed from one side to
// the other, said by speaker as of date.
func total(id, from, to, qty, date, speaker string) claims.Claim {
	q, err := claims.ParseQuantity(qty)
	if err != nil {
		panic(err)
	}
	d, err := claims.ParseDate(date)
	if err != nil {
		panic(err)
	}
	return claims.Claim{
		ID: id, Measure: "bodies", Subject: from, Recipient: to, Kind: claims.Completed, Scope: claims.Total,
		Quantity: q, AsOf: claims.On(d), Speaker: claims.Speaker{Name: speaker},
	}
}

func ExampleCheck() {
	cs := []claims.Claim{
		total("a", "Ukraine", "Russia", "78", "2025-06-16", "Vladimir Medinsky"),
		total("b", "Ukraine", "Russia", "57", "2025-06-19", "Vladimir Putin"),
		total("c", "Russia", "Ukraine", "6,060", "2025-06-16", "Vladimir Medinsky"),
		total("d", "Russia", "Ukraine", "6,000", "2025-06-19", "Vladimir Putin"),
	}
	for _, f := range compare.Check(cs, compare.Options{}) {
		fmt.Printf("%s %s: %s\n", f.Severity, f.Type, f.Explanation)
	}
	// Output:
	// high regression: The running total of bodies from Ukraine to Russia falls from 78 (Vladimir Medinsky, 16 June 2025) to 57 (Vladimir Putin, 19 June 2025), though a running total cannot shrink.
	// medium imbalance: Russia handed over 6,060 bodies to Ukraine and received 78 in return (Vladimir Medinsky, 16 June 2025).
	// medium imbalance: Russia handed over 6,000 bodies to Ukraine and received 57 in return (Vladimir Putin, 19 June 2025).
}

func ExampleCheck_language() {
	cs := []claims.Claim{
		total("a", "Russia", "Ukraine", "6,060", "2025-06-16", "Vladimir Medinsky"),
		total("b", "Russia", "Ukraine", "6,057", "2025-06-16", "Coordination Headquarters"),
	}
	f := compare.Check(cs, compare.Options{Language: language.German})[0]
	fmt.Println(f.Explanation)
	// Output:
	// Coordination Headquarters and Vladimir Medinsky give different figures for bodies from Russia to Ukraine as of 16 June 2025: 6.057 against 6.060, which cannot both hold.
}

// bigFigure is a user's rule: it flags any completed figure above a limit.
type bigFigure struct{ limit claims.Decimal }

func (bigFigure) Name() string { return "big" }

func (r bigFigure) Check(g *compare.Group, emit func(compare.Finding)) {
	for _, s := range g.Statements {
		if s.Kind == claims.Completed && s.Lower.Set && s.Lower.Value.Cmp(r.limit) > 0 {
			emit(compare.Finding{
				Type: "big", Severity: compare.Info, Claims: s.Claims,
				Explanation: g.Printer().Sprintf("%s said %v %s.", s.Claim().Speaker.Name, s.Claim().Quantity, g.Key.Measure),
			})
		}
	}
}

func ExampleRule() {
	cs := []claims.Claim{
		total("a", "Russia", "Ukraine", "more than 6,000", "2025-06-19", "Vladimir Putin"),
		total("b", "Russia", "Ukraine", "1,212", "2025-06-11", "Coordination Headquarters"),
	}
	rules := append(compare.DefaultRules(), bigFigure{limit: claims.DecimalOf(5000)})
	for _, f := range compare.Check(cs, compare.Options{Rules: rules}) {
		fmt.Printf("%s (%s): %s\n", f.Type, f.Rule, f.Explanation)
	}
	// Output:
	// big (big): Vladimir Putin said more than 6,000 bodies.
}

func ExampleCheckGroup() {
	cs := []claims.Claim{
		total("a", "Ukraine", "Russia", "78", "2025-06-16", "Vladimir Medinsky"),
		total("b", "Ukraine", "Russia", "57", "2025-06-19", "Vladimir Putin"),
	}
	// Each group could go to a different worker or machine.
	var all []compare.Finding
	for g := range compare.Groups(cs, compare.Options{}) {
		fmt.Println("group", g.Key, "statements", len(g.Statements))
		all = append(all, compare.CheckGroup(g, compare.Options{})...)
	}
	compare.SortFindings(all)
	fmt.Println(len(all), all[0].Type)
	// Output:
	// group bodies: Russia–Ukraine statements 2
	// 1 regression
}

func ExampleWriteText() {
	cs := []claims.Claim{
		total("a", "Ukraine", "Russia", "78", "2025-06-16", "Vladimir Medinsky"),
		total("b", "Ukraine", "Russia", "57", "2025-06-19", "Vladimir Putin"),
	}
	if err := compare.WriteText(os.Stdout, compare.Check(cs, compare.Options{})); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1. HIGH regression — bodies: Russia–Ukraine
	//    The running total of bodies from Ukraine to Russia falls from 78 (Vladimir Medinsky, 16 June 2025) to 57 (Vladimir Putin, 19 June 2025), though a running total cannot shrink.
	//    arithmetic: left 78, right 57, difference -21, gap 21, ratio 0.7308, days 3
	//    - [a] 78, completed total, as of 2025-06-16, Vladimir Medinsky
	//    - [b] 57, completed total, as of 2025-06-19, Vladimir Putin
	//
	// 1 finding: 1 high
}

func ExampleWriteMarkdown() {
	cs := []claims.Claim{
		total("a", "Ukraine", "Russia", "78", "2025-06-16", "Vladimir Medinsky"),
		total("b", "Ukraine", "Russia", "57", "2025-06-19", "Vladimir Putin"),
	}
	if err := compare.WriteMarkdown(os.Stdout, compare.Check(cs, compare.Options{})); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # crosscheck: 1 finding: 1 high
	//
	// | # | Severity | Type | Group | Finding |
	// |---|---|---|---|---|
	// | 1 | high | regression | bodies: Russia–Ukraine | The running total of bodies from Ukraine to Russia falls from 78 (Vladimir Medinsky, 16 June 2025) to 57 (Vladimir Putin, 19 June 2025), though a running total cannot shrink. |
	//
	// ## 1. regression (high): bodies: Russia–Ukraine
	//
	// The running total of bodies from Ukraine to Russia falls from 78 (Vladimir Medinsky, 16 June 2025) to 57 (Vladimir Putin, 19 June 2025), though a running total cannot shrink.
	//
	// Arithmetic: left 78, right 57, difference -21, gap 21, ratio 0.7308, days 3.
	//
	// | Claim | Figure | Kind | Who | Source | As of | Evidence |
	// |---|---|---|---|---|---|---|
	// | a | 78 | completed | Vladimir Medinsky |  | 2025-06-16 |  |
	// | b | 57 | completed | Vladimir Putin |  | 2025-06-19 |  |
}

func ExampleWriteJSON() {
	w := claims.Claim{ID: "w", Measure: "prisoners", Subject: "Ukraine", Recipient: "Russia", Kind: claims.Withheld,
		AsOf: claims.On(claims.Date{Year: 2025, Month: 6, Day: 20}), Speaker: claims.Speaker{Name: "Russian defence ministry"}}
	if err := compare.WriteJSON(os.Stdout, compare.Check([]claims.Claim{w}, compare.Options{})); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"claims": [
	// {"id":"w","measure":"prisoners","subject":"Ukraine","recipient":"Russia","mutual":false,"kind":"withheld","scope":"","quantity":null,"as_of":"2025-06-20","speaker":{"name":"Russian defence ministry"},"source":{},"evidence":{"start":0,"end":0,"text":""}}
	// ],
	// "findings": [
	// {"type":"withheld","severity":"info","rule":"withheld","key":{"measure":"prisoners","parties":["Russia","Ukraine"]},"explanation":"Russian defence ministry did not give the number of prisoners from Ukraine to Russia (20 June 2025).","claims":["w"]}
	// ],
	// "review": []}
}
