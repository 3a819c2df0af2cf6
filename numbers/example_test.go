package numbers_test

import (
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/numbers"
	"golang.org/x/text/language"
)

func ExampleScan() {
	text := "On June 14 the sides carried out their fourth exchange: more than 6,000 bodies " +
		"under a 6,000-for-6,000 formula, and 1,200 prisoners aged 18 to 25."
	for n := range numbers.Scan(text, numbers.Options{}) {
		fmt.Printf("%-22q %-8v %v\n", n.Text, n.Class, n.Quantity.Qualifier)
	}
	// Output:
	// "June 14"              date     exact
	// "fourth"               ordinal  exact
	// "more than 6,000"      count    more_than
	// "6,000-for-6,000"      count    exact
	// "1,200"                count    exact
	// "18 to 25"             age      range
}

func ExampleScan_language() {
	text := "Selon la police, 16 500 personnes ont manifesté, soit 3,5 % de plus."
	for n := range numbers.Scan(text, numbers.Options{Language: language.French}) {
		fmt.Println(n.Text, n.Class, n.Quantity.Value)
	}
	// Output:
	// 16 500 count 16500
	// 3,5 % percentage 3.5
}

func ExampleNumber_MarshalJSON() {
	for n := range numbers.Scan("Nearly 3,000 more, he said on June 9.", numbers.Options{}) {
		b, _ := json.Marshal(n)
		fmt.Println(string(b))
	}
	// Output:
	// {"text":"Nearly 3,000","start":0,"end":12,"class":"count","value":3000,"lower":null,"upper":3000,"qualifier":"approx"}
	// {"text":"June 9","start":30,"end":36,"class":"date","date":"--06-09"}
}

func ExampleClass_String() {
	fmt.Println(numbers.Count, numbers.Percentage, numbers.Ordinal, numbers.Date, numbers.Formula)
	// Output: count percentage ordinal date formula
}
