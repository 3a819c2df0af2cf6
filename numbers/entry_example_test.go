package numbers_test

import (
	"fmt"

	"github.com/crosscheck/crosscheck/numbers"
	"golang.org/x/text/language"
)

// IsNumeric tells the classes that carry a Quantity from those, such as
// dates and identifiers, that do not.
func ExampleClass_IsNumeric() {
	for n := range numbers.Scan("On June 9, the second day, 1,212 bodies (45%) came back on Flight 370.", numbers.Options{}) {
		fmt.Println(n.Text, n.Class, n.Class.IsNumeric())
	}
	// Output:
	// June 9 date false
	// second ordinal true
	// 1,212 count true
	// 45% percentage true
	// 370 identifier false
}

// The zero Options read English; a language tag picks other separators.
func ExampleOptions() {
	const text = "6.000 Menschen, 6,5 Tonnen"
	for _, opts := range []numbers.Options{{}, {Language: language.German}} {
		for n := range numbers.Scan(text, opts) {
			fmt.Printf("%v %q=%s\n", opts.Language, n.Text, n.Quantity.Value)
		}
	}
	// Output:
	// und "6.000"=6
	// und "6"=6
	// de "6.000"=6000
	// de "6,5"=6.5
}
