package text_test

import (
	"fmt"

	"github.com/crosscheck/crosscheck/sources/text"
)

// Attribution records say who is said to state what: the source, the cue
// and the content as byte spans, with the speaker resolved and nesting.
func ExampleAttributions() {
	article := []byte("date: 2025-03-04\noutlet: Test Times\n\n" +
		"A poll by the Norland Institute found that 61% oppose the plan. " +
		"Exports fell 3%, the minister said, citing customs data.\n")
	as, cs, _ := text.Attributions("story.txt", article, text.Options{})
	for _, a := range as {
		fmt.Printf("%s: %q %q -> %q (%s", a.Kind, article[a.Source.Start:a.Source.End], article[a.Cue.Start:a.Cue.End],
			article[a.Content.Start:a.Content.End], a.Speaker.Name)
		if a.Parent >= 0 {
			fmt.Printf(", within %d", a.Parent)
		}
		fmt.Print(")")
		for _, c := range a.Claims {
			fmt.Printf(" %s", article[cs[c].QuantitySpan.Start:cs[c].QuantitySpan.End])
		}
		fmt.Println()
	}
	// Output:
	// finding: "A poll by the Norland Institute" "found" -> "61% oppose the plan" (poll by the Norland Institute) 61%
	// speech: "the minister" "said" -> "Exports fell 3%" (minister) 3%
	// according: "customs data" "citing" -> "Exports fell 3%" (customs data, within 1)
}
