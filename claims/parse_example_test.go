package claims_test

import (
	"fmt"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
)

func ExampleParseQuantity() {
	for _, s := range []string{"more than 6,000", "nearly 3,000", "between 500 and 600", "dozens", "6,000-for-6,000", "3.5%"} {
		q, err := claims.ParseQuantity(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20s %-9s value %-5s precision %-4s lower %-5v upper %v\n", s, q.Qualifier, q.Value, q.Precision, bound(q.Lower), bound(q.Upper))
	}
	_, err := claims.ParseQuantity("abc")
	fmt.Println(err)
	// Output:
	// more than 6,000      more_than value 6000  precision 1000 lower 6000  upper none
	// nearly 3,000         approx    value 3000  precision 1000 lower none  upper 3000
	// between 500 and 600  range     value 500   precision 100  lower 500   upper 600
	// dozens               approx    value 12    precision 1    lower 12    upper none
	// 6,000-for-6,000      exact     value 6000  precision 1000 lower 6000  upper 6000
	// 3.5%                 exact     value 3.5   precision 0.1  lower 3.5   upper 3.5
	// claims: parsing quantity "abc": unexpected "a" at byte 1
}

func bound(b claims.Bound) string {
	if !b.Set {
		return "none"
	}
	return b.Value.String()
}

func ExampleParseQuantityIn() {
	for _, c := range []struct {
		tag language.Tag
		s   string
	}{
		{language.English, "6,000.5"},
		{language.German, "6.000,5"},
		{language.French, "6\u202f000,5"},
		{language.Ukrainian, "6 000,5"},
	} {
		q, err := claims.ParseQuantityIn(c.tag, c.s)
		fmt.Println(c.tag, q.Value, err)
	}
	// Output:
	// en 6000.5 <nil>
	// de 6000.5 <nil>
	// fr 6000.5 <nil>
	// uk 6000.5 <nil>
}

func ExampleReadQuantity() {
	text := "more than 6,000 bodies were returned"
	q, n, err := claims.ReadQuantity(language.English, text)
	fmt.Printf("%q %d %v %v\n", q.Text, n, q.Qualifier, err)
	_, n, err = claims.ReadQuantity(language.English, "bodies were returned")
	fmt.Println(n, err)
	// Output:
	// "more than 6,000" 15 more_than <nil>
	// 0 <nil>
}

// A QuantityReader reads many phrases in one language with its digit
// separators looked up once: in German "6.000" is six thousand and "2,5"
// two and a half.
func ExampleQuantityReader() {
	r := claims.NewQuantityReader(language.German)
	for _, text := range []string{"6.000 Tote", "2,5 Meter"} {
		q, n, err := r.Read(text)
		fmt.Printf("%q %d %s %v\n", q.Text, n, q.Value, err)
	}
	// Output:
	// "6.000" 5 6000 <nil>
	// "2,5" 3 2.5 <nil>
}
