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
