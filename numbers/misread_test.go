package numbers

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// misreadTests are figures the extractor once got wrong from Scan: "over"
// after a verb it is the particle of, singular ordinals after "a",
// "another thousand", and figures after party names in a list. Each row
// gives every figure of the sentence as text|class|value|qualifier.
var misreadTests = []struct {
	name, in string
	want     []string
}{
	// "over": particle or hedge, by the word before it.
	{"particle", "The guards handed over 240 detainees.", []string{"240|count|240|exact"}},
	{"particle, present", "Kyiv is handing over 90 prisoners.", []string{"90|count|90|exact"}},
	{"particle, imperative", "They agreed to hand over 75 bodies.", []string{"75|count|75|exact"}},
	{"particle, turned", "Police turned over 31 suspects.", []string{"31|count|31|exact"}},
	{"particle, signed", "He signed over 3 farms to his son.", []string{"3|count|3|exact"}},
	{"particle, passed", "The agency passed over 12 files to prosecutors.", []string{"12|count|12|exact"}},
	{"particle, took", "Rebels took over 14 villages.", []string{"14|count|14|exact"}},
	{"hedge at the start", "Over 500 people were arrested.", []string{"Over 500|count|500|more_than"}},
	{"particle then hedge", "They handed over over 500 bodies.", []string{"over 500|count|500|more_than"}},
	{"hedge, verb after", "More than 6,000 bodies were handed over.", []string{"More than 6,000|count|6000|more_than"}},
	{"over a span of time", "Over the past week, 300 people fled.", []string{"300|count|300|exact"}},
	{"a new sentence after the verb", "The bodies were handed. Over 500 were buried.", []string{"Over 500|count|500|more_than"}},
	{"won is no particle", "She won over 60% of the vote.", []string{"over 60%|percentage|60|more_than"}},
	{"carried is no particle", "The ship carried over 500 passengers.", []string{"over 500|count|500|more_than"}},
	{"held is no particle", "Police held over 200 people.", []string{"over 200|count|200|more_than"}},
	{"took before a share", "The party took over 40% of the vote.", []string{"over 40%|percentage|40|more_than"}},
	{"took before money", "The firm took over $5 million.", []string{"over $5 million|money|5000000|more_than"}},
	{"took before a time", "The trip took over three hours.", []string{"over three hours|duration|3|more_than"}},
	{"over a time is a span", "Witnesses spoke over four days.", []string{"four days|duration|4|exact"}},

	// "a third": a fraction before "of" or at the end, else an ordinal.
	{"ordinal before a date", "There was a swap in May and a fourth on 14 June.", []string{"fourth|ordinal|4|exact", "14 June|date||"}},
	{"ordinal before a noun", "They prepared a third round.", []string{"third|ordinal|3|exact"}},
	{"ordinal before a noun, fifth", "A fifth exchange is planned.", []string{"fifth|ordinal|5|exact"}},
	{"fraction before of", "A third of the voters stayed home.", []string{"A third|ratio|0.333333|exact"}},
	{"fraction of a budget", "It took a fourth of the budget.", []string{"a fourth|ratio|0.25|exact"}},
	{"fraction at the end", "Prices fell by a fifth.", []string{"a fifth|ratio|0.2|exact"}},

	// "a"/"another" before a scale word.
	{"another thousand", "Another thousand troops arrived.", []string{"Another thousand|count|1000|exact"}},
	{"a thousand", "A thousand mourners came.", []string{"A thousand|count|1000|exact"}},
	{"another hundred", "The army sent another hundred trucks.", []string{"another hundred|count|100|exact"}},
	{"another dozen", "Another dozen fled.", []string{"Another dozen|count|12|exact"}},
	{"another with digits", "Another 500 arrived.", []string{"500|count|500|exact"}},
	{"another with no number", "Another convoy arrived.", nil},
	{"thousands more", "Thousands more are expected.", []string{"Thousands|count|1000|approx"}},

	// Figures after names in a list are counts; names of items are not.
	{"party list", "The Greens 12, the Liberals 4, the Social Democrats 33.",
		[]string{"12|count|12|exact", "4|count|4|exact", "33|count|33|exact"}},
	{"elided list", "The Greens took 9 and the Liberals 4.", []string{"9|count|9|exact", "4|count|4|exact"}},
	{"list of names without the", "Labour 41, Conservatives 17 and the SNP 6.",
		[]string{"41|count|41|exact", "17|count|17|exact", "6|count|6|exact"}},
	{"a score", "Final score: Lakers 102, Celtics 99.", []string{"102|count|102|exact", "99|count|99|exact"}},
	{"channels are names", "It aired on Channel 4 and Radio 3.", []string{"4|identifier||", "3|identifier||"}},
	{"ages after superlatives", "The youngest was 18 and the oldest 63.", []string{"18|age|18|exact", "63|age|63|exact"}},
	{"a superlative before a count", "The oldest 3 bridges fell.", []string{"3|count|3|exact"}},
	{"a model is a name", "He flew on a Boeing 737 to Oslo.", []string{"737|identifier||"}},
	{"a quotation opens a sentence as a full stop does", "He said: “Tonight 30 Polish sailors sailed home.”", []string{"30|count|30|exact"}},
	{"a single curly quotation mark too", "She wrote: ‘Yesterday 12 Greek fishermen were freed.’", []string{"12|count|12|exact"}},
	{"a model after a capital inside a quotation", "He said: “We flew a Boeing 737 Max there.”", []string{"737|identifier||"}},
	{"a name ending in s is not plural", "The new Atlas 5 rocket flew.", []string{"5|identifier||"}},
	{"a hedged age", "Children under the age of 12 go free.", []string{"under the age of 12|age|12|less_than"}},
	{"a hedge without a figure", "Some of the more than usual delays.", nil},
	{"one of them after a verb that takes or harms people is a count", "Guards detained one of the drivers; a shell killed one of the medics.",
		[]string{"one|count|1|exact", "one|count|1|exact"}},
	{"one of them is a pronoun elsewhere", "She is one of the organisers. One of the drivers said so. They met one of the envoys.", nil},
}

func TestScanMisreadings(t *testing.T) {
	for _, tt := range misreadTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for n := range Scan(tt.in, Options{}) {
				got = append(got, found(n).String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Scan(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
