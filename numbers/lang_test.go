package numbers

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// languageTests is the table of TestScanLanguages; it seeds FuzzScan.
var languageTests = []struct {
	tag  language.Tag
	text string
	want []figure
}{
	{language.German, "Laut Polizei kamen 6.000 Menschen, 3,5 % mehr als 2024.",
		[]figure{{"6.000", "count", "6000", "exact"}, {"3,5 %", "percentage", "3.5", "exact"}, {"2024", "year", "2024", "exact"}}},
	{language.German, "Am 20.06.2025 wurden 1.212 Leichen übergeben.",
		[]figure{{"20.06.2025", "date", "", ""}, {"1.212", "count", "1212", "exact"}}},
	{language.French, "Selon la CGT, 16 500 personnes et 3,5 % des salariés.",
		[]figure{{"16 500", "count", "16500", "exact"}, {"3,5 %", "percentage", "3.5", "exact"}}},
	{language.French, "Environ 6\u202f000,5 tonnes.",
		[]figure{{"6\u202f000,5", "count", "6000.5", "exact"}}},
	{language.Ukrainian, "Повернули 1 212 тіл і 6\u00a0000 осіб.",
		[]figure{{"1 212", "count", "1212", "exact"}, {"6\u00a0000", "count", "6000", "exact"}}},
	{language.English, "Some 6,000.5 tonnes and 16 500 people.",
		[]figure{{"Some 6,000.5", "count", "6000.5", "approx"}, {"16", "count", "16", "exact"}, {"500", "count", "500", "exact"}}},
	{language.Und, "About 6,000 people.",
		[]figure{{"About 6,000", "count", "6000", "approx"}}},
	{language.Japanese, "約６，０００人と３０％",
		[]figure{{"６，０００", "count", "6000", "exact"}, {"３０％", "percentage", "30", "exact"}}},
}

func TestScanLanguages(t *testing.T) {
	for _, tt := range languageTests {
		var got []figure
		for n := range Scan(tt.text, Options{Language: tt.tag}) {
			got = append(got, found(n))
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(figure{})); diff != "" {
			t.Errorf("Scan(%q, %v) (-want +got):\n%s", tt.text, tt.tag, diff)
		}
		checkInvariants(t, tt.text, Options{Language: tt.tag})
	}
}
