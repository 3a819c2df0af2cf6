package claims_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// A SyntaxError says at which line and column of JSON Lines input a claim
// could not be read; Err says why.
func ExampleSyntaxError() {
	in := `{"kind": "completed", "quantity": {"text": "about 5", "value": "5,0"}}`
	for _, err := range claims.ReadJSONL(strings.NewReader(in)) {
		var se *claims.SyntaxError
		if errors.As(err, &se) {
			fmt.Println(se.Line, se.Column, in[se.Column-1:se.Column+4])
			fmt.Println(err)
		}
	}
	// Output:
	// 1 64 "5,0"
	// claims: line 1, column 64: parsing decimal "5,0": unexpected ',' at byte 2
}

func ExampleEncoder_Encode() {
	var out strings.Builder
	enc := claims.NewEncoder(&out)
	q, _ := claims.ParseQuantity("more than 6,000")
	c := claims.Claim{ID: "b1", Measure: "bodies", Kind: claims.Completed, Quantity: q}
	if err := enc.Encode(c); err != nil {
		fmt.Println(err)
	}
	fmt.Print(out.String())
	// Output:
	// {"id":"b1","measure":"bodies","subject":"","recipient":"","mutual":false,"kind":"completed","scope":"","quantity":{"text":"more than 6,000","value":6000,"lower":6000,"upper":null,"lower_exclusive":true,"qualifier":"more_than","precision":1000,"start":0,"end":0},"as_of":"","speaker":{"name":""},"source":{},"evidence":{"start":0,"end":0,"text":""}}
}

func ExampleSource_Origin() {
	direct := claims.Source{Outlet: "Wire One"}
	relayed := claims.Source{Outlet: "Daily Example", Via: []string{"Wire One", "Agency Two"}}
	fmt.Println(direct.Origin(), "|", relayed.Origin())
	// Output: Wire One | Wire One
}

func ExampleSpan() {
	text := "Police said 1,212 bodies were returned."
	s := claims.Span{Start: 12, End: 17}
	fmt.Printf("%q %d %v %v\n", text[s.Start:s.End], s.Len(), s.Contains(12), s.Contains(17))
	// Output: "1,212" 5 true false
}

func ExampleIncl() {
	// "between 500 and 600", written out by hand: both ends are in it.
	lo, hi := claims.Incl(claims.DecimalOf(500)), claims.Incl(claims.DecimalOf(600))
	q := claims.RangeQuantity("", lo.Value, hi.Value)
	fmt.Println(q.Lower == lo, q.Upper == hi, q)
	// Output: true true 500–600
}

func ExampleExcl() {
	q, _ := claims.ParseQuantity("more than 6,000")
	fmt.Println(q.Lower == claims.Excl(claims.DecimalOf(6000)), q.Upper == claims.Unbounded)
	// Output: true true
}

func ExampleQuantity_String() {
	q, _ := claims.ParseQuantity("more than 6,000")
	fmt.Println(q) // as written
	q.Text = ""
	fmt.Println(q) // canonical
	fmt.Println(claims.Quantity{})
	// Output:
	// more than 6,000
	// more than 6000
	// <no quantity>
}

func ExampleDate_Compare() {
	a := claims.Date{Year: 2025, Month: 6, Day: 9}
	b := a.AddDays(5)
	fmt.Println(b, a.Compare(b), b.Compare(a), a.Compare(a))
	// Output: 2025-06-14 -1 1 0
}

func ExamplePeriod_Contains() {
	week := claims.Between(claims.Date{Year: 2025, Month: 6, Day: 9}, claims.Date{Year: 2025, Month: 6, Day: 14})
	for _, d := range []claims.Date{{Year: 2025, Month: 6, Day: 9}, {Year: 2025, Month: 6, Day: 14}, {Year: 2025, Month: 6, Day: 15}} {
		fmt.Println(d, week.Contains(d))
	}
	// Output:
	// 2025-06-09 true
	// 2025-06-14 true
	// 2025-06-15 false
}

func ExampleVocabulary_MeasureTerms() {
	var v claims.Vocabulary // the zero Vocabulary is empty and ready for terms
	v.AddMeasure("prisoners", "POWs", "captives")
	v.AddParty("Ukraine", "Kyiv", "Kiev")
	for phrase, measure := range v.MeasureTerms() {
		fmt.Println(phrase, "→", measure)
	}
	for alias, party := range v.PartyTerms() {
		fmt.Println(alias, "→", party)
	}
	// Output:
	// captives → prisoners
	// pows → prisoners
	// prisoners → prisoners
	// kiev → Ukraine
	// kyiv → Ukraine
	// ukraine → Ukraine
}

// A Claim built by hand: the figure, what it counts, who said it and where.
func ExampleClaim() {
	q, _ := claims.ParseQuantity("1,212")
	c := claims.Claim{
		Measure: "bodies", Subject: "Russia", Recipient: "Ukraine",
		Kind: claims.Completed, Scope: claims.Event, Quantity: q,
		AsOf:    claims.On(claims.Date{Year: 2025, Month: 6, Day: 14}),
		Speaker: claims.Speaker{Name: "Coordination Headquarters", Affiliation: "Ukraine"},
		Source:  claims.Source{Outlet: "Kyiv Daily"},
	}
	c.ID = c.ContentID()
	fmt.Println(c.Validate(), c.Quantity, c.Measure, c.AsOf)
	// Output: <nil> 1,212 bodies 2025-06-14
}

func ExampleDecimal_Cmp() {
	a, b := claims.MustParseDecimal("6060"), claims.MustParseDecimal("6.06e3")
	fmt.Println(a.Cmp(b), a.Cmp(claims.DecimalOf(6057)), claims.DecimalOf(-1).Cmp(claims.Decimal{}))
	// Output: 0 1 -1
}

func ExampleDecimal_Int64() {
	for _, s := range []string{"6200000", "3.5", "1e30"} {
		n, ok := claims.MustParseDecimal(s).Int64()
		fmt.Println(s, n, ok)
	}
	// Output:
	// 6200000 6200000 true
	// 3.5 0 false
	// 1e30 0 false
}

func ExampleQuantity_IsValid() {
	q, _ := claims.ParseQuantity("about 300")
	fmt.Println(q.IsValid(), claims.Quantity{}.IsValid())
	// Output: true false
}

func ExampleVocabulary_Party() {
	v := claims.DefaultVocabulary()
	for _, alias := range []string{"Kiev", "the Russian side", "Atlantis"} {
		p, ok := v.Party(alias)
		fmt.Printf("%s → %q %v\n", alias, p, ok)
	}
	// Output:
	// Kiev → "Ukraine" true
	// the Russian side → "Russia" true
	// Atlantis → "" false
}

func ExampleOn() {
	day := claims.On(claims.Date{Year: 2025, Month: 6, Day: 14})
	fmt.Println(day, day.End(), day.IsZero(), claims.Period{}.IsZero())
	// Output: 2025-06-14 2025-06-14 false true
}
