package claims_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
)

func ExampleNewDecimal() {
	d, err := claims.NewDecimal(62, 5) // 62 × 10^5
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Coefficient(), d.Exponent())
	// Output: 6200000 62 5
}

func ExampleParseDecimal() {
	for _, s := range []string{"6000", "-3.50", "1.2e6", "6,000"} {
		d, err := claims.ParseDecimal(s)
		fmt.Println(d, err)
	}
	// Output:
	// 6000 <nil>
	// -3.5 <nil>
	// 1200000 <nil>
	// 0 claims: parsing decimal "6,000": unexpected ',' at byte 2
}

func ExampleDecimal_Add() {
	a, b := claims.MustParseDecimal("6000"), claims.MustParseDecimal("0.5")
	sum, _ := a.Add(b)
	diff, _ := a.Sub(b)
	prod, _ := a.Mul(b)
	fmt.Println(sum, diff, prod, a.Cmp(b))
	// Output: 6000.5 5999.5 3000 1
}

func ExampleDecimal_Quo() {
	returned, agreed := claims.MustParseDecimal("1212"), claims.MustParseDecimal("6000")
	share, _ := returned.Quo(agreed, 3)
	fmt.Println(share, returned.Ratio(agreed))
	// Output: 0.202 0.202
}

func ExampleExactQuantity() {
	for _, s := range []string{"6000", "6060", "57", "3.5"} {
		q := claims.ExactQuantity(claims.MustParseDecimal(s))
		fmt.Printf("%s: precision %s\n", q, q.Precision)
	}
	// Output:
	// 6000: precision 1000
	// 6060: precision 10
	// 57: precision 1
	// 3.5: precision 0.1
}

func ExampleNewQuantity() {
	q := claims.NewQuantity("more than 6,000", claims.MoreThan, claims.MustParseDecimal("6000"))
	fmt.Println(q.Qualifier, interval(q.Lower, q.Upper))
	// Output: more_than (6000, ∞)
}

func ExampleRangeQuantity() {
	q := claims.RangeQuantity("between 500 and 650", claims.MustParseDecimal("500"), claims.MustParseDecimal("650"))
	fmt.Println(q.Qualifier, interval(q.Lower, q.Upper), "precision", q.Precision)
	// Output: range [500, 650] precision 10
}

func ExampleVagueQuantity() {
	q := claims.VagueQuantity("dozens", claims.MustParseDecimal("12"), claims.Unbounded)
	fmt.Println(q.Qualifier, q.Vague, interval(q.Lower, q.Upper))
	// Output: approx true [12, ∞)
}

// interval writes a pair of bounds in interval notation.
func interval(lo, hi claims.Bound) string {
	l, h := "(−∞", "∞)"
	if lo.Set {
		l = "(" + lo.Value.String()
		if lo.Inclusive {
			l = "[" + lo.Value.String()
		}
	}
	if hi.Set {
		h = hi.Value.String() + ")"
		if hi.Inclusive {
			h = hi.Value.String() + "]"
		}
	}
	return l + ", " + h
}

func ExampleQuantity_Interval() {
	tol := claims.DefaultTolerance()
	for _, q := range []claims.Quantity{
		claims.ExactQuantity(claims.MustParseDecimal("6000")),
		claims.ExactQuantity(claims.MustParseDecimal("57")),
		claims.NewQuantity("about 3,100", claims.Approx, claims.MustParseDecimal("3100")),
		claims.NewQuantity("more than 6,000", claims.MoreThan, claims.MustParseDecimal("6000")),
	} {
		fmt.Printf("%s: %s under the default, %s literally\n", q, interval(q.Interval(tol)), interval(q.Interval(claims.Tolerance{})))
	}
	// Output:
	// 6000: [5500, 6500) under the default, [6000, 6000] literally
	// 57: [57, 57] under the default, [57, 57] literally
	// about 3,100: [2790, 3410] under the default, [3100, 3100] literally
	// more than 6,000: [6000, ∞) under the default, (6000, ∞) literally
}

func ExampleQuantity_Overlaps() {
	tol := claims.DefaultTolerance()
	moreThan := claims.NewQuantity("more than 6,000", claims.MoreThan, claims.MustParseDecimal("6000"))
	six := claims.ExactQuantity(claims.MustParseDecimal("6000"))
	fmt.Println(moreThan.Overlaps(six, tol))
	fmt.Println(moreThan.Overlaps(six, claims.Tolerance{}))
	fmt.Println(claims.ExactQuantity(claims.MustParseDecimal("3600")).Overlaps(moreThan, tol))
	// Output:
	// true
	// false
	// false
}

func ExampleQuantity_Distance() {
	tol := claims.DefaultTolerance()
	a := claims.ExactQuantity(claims.MustParseDecimal("57"))
	b := claims.ExactQuantity(claims.MustParseDecimal("78"))
	fmt.Println(a.Distance(b, tol))
	moreThan := claims.NewQuantity("more than 6,000", claims.MoreThan, claims.MustParseDecimal("6000"))
	fmt.Println(claims.ExactQuantity(claims.MustParseDecimal("3600")).Distance(moreThan, tol))
	// Output:
	// 21
	// 2350
}

func ExampleQuantity_Contains() {
	q := claims.NewQuantity("up to 700", claims.AtMost, claims.MustParseDecimal("700"))
	fmt.Println(q.Contains(claims.MustParseDecimal("650"), claims.DefaultTolerance()))
	fmt.Println(q.Contains(claims.MustParseDecimal("750"), claims.DefaultTolerance()))
	// Output:
	// true
	// false
}

func ExampleDefaultTolerance() {
	tol := claims.DefaultTolerance()
	sixty := claims.ExactQuantity(claims.MustParseDecimal("60"))
	fiftySeven := claims.ExactQuantity(claims.MustParseDecimal("57"))
	fmt.Println(tol.Approx, tol.Rounding, sixty.Overlaps(fiftySeven, tol), sixty.Overlaps(fiftySeven, claims.Tolerance{Approx: tol.Approx}))
	// Output: 0.1 true true false
}

// exampleClaim is a claim read out of a sentence of our own.
func exampleClaim() claims.Claim {
	doc := "The ministry said 1,212 prisoners of war had come home on June 14."
	fig := "1,212"
	i := strings.Index(doc, fig)
	q := claims.ExactQuantity(claims.MustParseDecimal("1212"))
	q.Text = fig
	return claims.Claim{
		ID: "ex1", Measure: "prisoners", Subject: "Russia", Recipient: "Ukraine",
		Kind: claims.Completed, Scope: claims.Event,
		Quantity: q, QuantitySpan: claims.Span{Start: i, End: i + len(fig)},
		AsOf:     claims.On(claims.Date{Year: 2025, Month: 6, Day: 14}),
		Speaker:  claims.Speaker{Name: "the ministry", Affiliation: "Ukraine"},
		Source:   claims.Source{Document: "swap.txt", Outlet: "Example Daily"},
		Evidence: claims.Evidence{Span: claims.Span{Start: 0, End: len(doc)}, Text: doc},
	}
}

func ExampleClaim_MarshalJSON() {
	b, err := json.Marshal(exampleClaim())
	if err != nil {
		panic(err)
	}
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	q, _ := json.Marshal(m["quantity"])
	fmt.Println(string(q))
	fmt.Println(m["as_of"], m["kind"], m["subject"], "→", m["recipient"])
	// Output:
	// {"end":23,"lower":1212,"precision":1,"qualifier":"exact","start":18,"text":"1,212","upper":1212,"value":1212}
	// 2025-06-14 completed Russia → Ukraine
}

func ExampleClaim_UnmarshalJSON() {
	in := `{"id": "h1", "measure": "protesters", "kind": "estimated",
	        "quantity": {"text": "more than 6,000", "value": 6000, "qualifier": "more_than"},
	        "as_of": "2025-06-09/2025-06-14"}`
	var c claims.Claim
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		panic(err)
	}
	fmt.Println(c.Quantity, interval(c.Quantity.Lower, c.Quantity.Upper), c.AsOf.From, c.AsOf.End())
	// Output: more than 6,000 (6000, ∞) 2025-06-09 2025-06-14
}

func ExampleNewEncoder() {
	enc := claims.NewEncoder(os.Stdout)
	c := exampleClaim()
	c.Kind, c.Quantity, c.QuantitySpan = claims.Withheld, claims.Quantity{}, claims.Span{}
	c.Evidence, c.Speaker, c.Source = claims.Evidence{}, claims.Speaker{}, claims.Source{}
	if err := enc.Encode(c); err != nil {
		panic(err)
	}
	// Output:
	// {"id":"ex1","measure":"prisoners","subject":"Russia","recipient":"Ukraine","mutual":false,"kind":"withheld","scope":"event","quantity":null,"as_of":"2025-06-14","speaker":{"name":""},"source":{},"evidence":{"start":0,"end":0,"text":""}}
}

func ExampleReadJSONL() {
	in := `{"id": "a", "kind": "agreed", "quantity": {"text": "6,000", "value": 6000}}

{"id": "b", "kind": "completed", "quantity": {"text": "1,212", "value": 1212}
{"id": "c", "kind": "completed", "quantity": {"text": "1,212", "value": "1.212,0"}}
{"id": "d", "kind": "withheld"}
`
	for c, err := range claims.ReadJSONL(strings.NewReader(in)) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c.ID, c.Kind, c.Quantity)
	}
	// Output:
	// a agreed 6,000
	// claims: line 3, column 77: unexpected end of JSON input
	// claims: line 4, column 73: parsing decimal "1.212,0": unexpected ',' at byte 6
	// d withheld <no quantity>
}

func ExampleClaim_Validate() {
	c := exampleClaim()
	c.Kind = claims.Withheld
	c.AsOf = claims.On(claims.Date{Year: 2025, Month: 6, Day: 31})
	err := c.Validate()
	fmt.Println(err)
	var ve *claims.ValidationError
	if errors.As(err, &ve) {
		fmt.Println("first field:", ve.Field)
	}
	// Output:
	// claims: claim "ex1": quantity: a withheld claim has no figure, but it has "1,212"
	// claims: claim "ex1": as_of: 2025-06-31 is not a calendar day
	// first field: quantity
}

func ExampleClaim_ContentID() {
	a, b := exampleClaim(), exampleClaim()
	b.ID = "another id" // not content
	fmt.Println(a.ContentID() == b.ContentID())
	b.Subject, b.Recipient = b.Recipient, b.Subject // content
	fmt.Println(a.ContentID() == b.ContentID(), len(a.ContentID()))
	// Output:
	// true
	// false 16
}

func ExampleDefaultVocabulary() {
	v := claims.DefaultVocabulary()
	for _, w := range []string{"POWs", "captives", "remains", "people"} {
		m, ok := v.Measure(w)
		fmt.Printf("%s → %q %v\n", w, m, ok)
	}
	p, _ := v.Party("the Kremlin")
	fmt.Println(p)
	// Output:
	// POWs → "prisoners" true
	// captives → "prisoners" true
	// remains → "bodies" true
	// people → "" false
	// Russia
}

func ExampleVocabulary_AddMeasure() {
	v := claims.DefaultVocabulary()
	v.AddMeasure("rallies", "gatherings", "sit-ins")
	v.AddParty("Northland", "the northern government")
	m, _ := v.Measure("Sit-ins")
	p, _ := v.Party("The Northern  Government")
	fmt.Println(m, p)
	// Output: rallies Northland
}

func ExampleParseDate() {
	d, err := claims.ParseDate("2025-06-20")
	fmt.Println(d, d.Weekday(), err)
	_, err = claims.ParseDate("2025-02-30")
	fmt.Println(err)
	// Output:
	// 2025-06-20 Friday <nil>
	// claims: parsing date "2025-02-30": want YYYY-MM-DD
}

func ExampleParsePeriod() {
	p, err := claims.ParsePeriod("2025-06-09/2025-06-14")
	fmt.Println(p.From, p.End(), p.Contains(claims.Date{Year: 2025, Month: 6, Day: 11}), err)
	_, err = claims.ParsePeriod("2025-06-14/2025-06-09")
	fmt.Println(err)
	// Output:
	// 2025-06-09 2025-06-14 true <nil>
	// claims: period "2025-06-14/2025-06-09" ends before it starts
}

func ExampleDecimalOf() {
	fmt.Println(claims.DecimalOf(6000), claims.DecimalOf(6000) == claims.MustParseDecimal("6e3"))
	// Output: 6000 true
}

func ExampleMustParseDecimal() {
	threshold := claims.MustParseDecimal("0.05") // a constant known to be valid
	fmt.Println(threshold, threshold.Exponent())
	// Output: 0.05 -2
}

func ExampleParseQualifier() {
	q, err := claims.ParseQualifier("at_most")
	fmt.Println(q == claims.AtMost, err)
	_, err = claims.ParseQualifier("roughly")
	fmt.Println(err)
	// Output:
	// true <nil>
	// claims: unknown qualifier "roughly"
}

func ExampleBetween() {
	week := claims.Between(claims.Date{Year: 2025, Month: 6, Day: 9}, claims.Date{Year: 2025, Month: 6, Day: 14})
	thursday := claims.On(claims.Date{Year: 2025, Month: 6, Day: 12})
	fmt.Println(week, thursday, week.Overlaps(thursday))
	// Output: 2025-06-09/2025-06-14 2025-06-12 true
}

func ExampleDateOf() {
	t := time.Date(2025, time.June, 20, 9, 30, 0, 0, time.UTC)
	d := claims.DateOf(t)
	fmt.Println(d, d.AddDays(-1), d.AddDays(-1).Weekday())
	// Output: 2025-06-20 2025-06-19 Thursday
}
