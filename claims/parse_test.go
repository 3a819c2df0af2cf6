package claims

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// render writes q compactly for table tests: qualifier, value, interval
// ("[" "(" inclusive/exclusive, "*" unbounded), precision and flags.
func render(q Quantity) string {
	var b strings.Builder
	b.WriteString(q.Qualifier.String() + " " + q.Value.String() + " ")
	if q.Lower.Set {
		if q.Lower.Inclusive {
			b.WriteString("[")
		} else {
			b.WriteString("(")
		}
		b.WriteString(q.Lower.Value.String())
	} else {
		b.WriteString("(*")
	}
	b.WriteString(",")
	if q.Upper.Set {
		b.WriteString(q.Upper.Value.String())
		if q.Upper.Inclusive {
			b.WriteString("]")
		} else {
			b.WriteString(")")
		}
	} else {
		b.WriteString("*)")
	}
	b.WriteString(" p" + q.Precision.String())
	if q.Unit == Percent {
		b.WriteString(" %")
	}
	if q.Reciprocal {
		b.WriteString(" each-way")
	}
	if q.Vague {
		b.WriteString(" vague")
	}
	if q.Change != Level {
		b.WriteString(" " + q.Change.String())
	}
	return b.String()
}

var parseTests = []struct {
	in   string
	want string
}{
	// Plain figures and their written precision.
	{"6,000", "exact 6000 [6000,6000] p1000"},
	// Changes: "up" or "down", and "by", before the amount.
	{"up 5%", "exact 5 [5,5] p1 % up"},
	{"down by 3 percentage points", "exact 3 [3,3] p1 % down"},
	{"up more than 10%", "more_than 10 (10,*) p10 % up"},
	{"down 1,200", "exact 1200 [1200,1200] p100 down"},
	{"up to 700", "at_most 700 (*,700] p100"},
	// Number words, mixed numbers and shorthand.
	{"four dozens", "exact 48 [48,48] p1"},
	{"sixty - four", "exact 64 [64,64] p1"},
	{"three hundred point fifty-two", "exact 300.52 [300.52,300.52] p0.01"},
	{"one point zero five", "exact 1.05 [1.05,1.05] p0.01"},
	{"seven and a quarter", "exact 7.25 [7.25,7.25] p0.01"},
	{"two and three quarters", "exact 2.75 [2.75,2.75] p0.01"},
	{"one and a half million", "exact 1500000 [1500000,1500000] p100000"},
	{"3 5/8", "exact 3.625 [3.625,3.625] p0.001"},
	{"4.7 k", "exact 4700 [4700,4700] p100"},
	{"2.5b", "exact 2500000000 [2500000000,2500000000] p100000000"},
	{"6,060", "exact 6060 [6060,6060] p10"},
	{"57", "exact 57 [57,57] p1"},
	{"6000", "exact 6000 [6000,6000] p1000"},
	{"6,000.5", "exact 6000.5 [6000.5,6000.5] p0.1"},
	{"6.0", "exact 6 [6,6] p0.1"},
	{"0", "exact 0 [0,0] p1"},
	{"1,234,567", "exact 1234567 [1234567,1234567] p1"},
	{"  6,000 ", "exact 6000 [6000,6000] p1000"},
	// Hedges before.
	{"more than 6,000", "more_than 6000 (6000,*) p1000"},
	{"More Than 6,000", "more_than 6000 (6000,*) p1000"},
	{"over 6,000", "more_than 6000 (6000,*) p1000"},
	{"above 6,000", "more_than 6000 (6000,*) p1000"},
	{"just over 2,000", "more_than 2000 (2000,*) p1000"},
	{"well over 300", "more_than 300 (300,*) p100"},
	{"in excess of 1,500", "more_than 1500 (1500,*) p100"},
	{"upwards of 600", "more_than 600 (600,*) p100"},
	{"nearly 3,000", "approx 3000 (*,3000] p1000"},
	{"almost 3,000", "approx 3000 (*,3000] p1000"},
	{"close to 900", "approx 900 (*,900] p100"},
	{"just under 900", "less_than 900 (*,900) p100"},
	{"just shy of 900", "less_than 900 (*,900) p100"},
	{"sub-300", "less_than 300 (*,300) p100"},
	{"some 1,200", "approx 1200 [1200,1200] p100"},
	{"about 5,000", "approx 5000 [5000,5000] p1000"},
	{"around 5,000", "approx 5000 [5000,5000] p1000"},
	{"roughly 5,000", "approx 5000 [5000,5000] p1000"},
	{"approximately 5,000", "approx 5000 [5000,5000] p1000"},
	{"approx. 5,000", "approx 5000 [5000,5000] p1000"},
	{"c. 5,000", "approx 5000 [5000,5000] p1000"},
	{"~5,000", "approx 5000 [5000,5000] p1000"},
	{"an estimated 4,000", "approx 4000 [4000,4000] p1000"},
	{"at least 1,000", "at_least 1000 [1000,*) p1000"},
	{"no fewer than 1,000", "at_least 1000 [1000,*) p1000"},
	{"up to 700", "at_most 700 (*,700] p100"},
	{"as many as 6,000", "at_most 6000 (*,6000] p1000"},
	{"as much as 6,000", "at_most 6000 (*,6000] p1000"},
	{"at most 20", "at_most 20 (*,20] p10"},
	{"no more than 20", "at_most 20 (*,20] p10"},
	{"not more than 20", "at_most 20 (*,20] p10"},
	{"fewer than 50", "less_than 50 (*,50) p10"},
	{"less than 50", "less_than 50 (*,50) p10"},
	{"under 25", "less_than 25 (*,25) p1"},
	{"below 25", "less_than 25 (*,25) p1"},
	{"well under 25", "less_than 25 (*,25) p1"},
	// Hedges after.
	{"6,000 or more", "at_least 6000 [6000,*) p1000"},
	{"6,000-plus", "at_least 6000 [6000,*) p1000"},
	{"6,000 plus", "at_least 6000 [6000,*) p1000"},
	{"6,000+", "at_least 6000 [6000,*) p1000"},
	{"300-odd", "at_least 300 [300,*) p100"},
	{"50 or so", "approx 50 [50,50] p10"},
	{"50 or fewer", "at_most 50 (*,50] p10"},
	// Ranges.
	{"between 500 and 600", "range 500 [500,600] p100"},
	{"between 500 and 650", "range 500 [500,650] p10"},
	{"500-600", "range 500 [500,600] p100"},
	{"500–600", "range 500 [500,600] p100"},
	{"500 - 600", "range 500 [500,600] p100"},
	{"500 to 600", "range 500 [500,600] p100"},
	{"from 500 to 600", "range 500 [500,600] p100"},
	{"from 620 to 540", "range 540 [540,620] p10"},
	{"from 7.5% to 6.25%", "range 6.25 [6.25,7.5] p0.01 %"},
	{"from $1,900 to $1,750", "range 1750 [1750,1900] p10"},
	{"from 2.4 to 1.9 million", "range 1900000 [1900000,2400000] p100000"},
	{"from 400 to 3 million", "range 400 [400,3000000] p100"},
	{"from 7 to 2 million", "range 2000000 [2000000,7000000] p1000000"},
	{"from 60 to 4 million", "range 60 [60,4000000] p10"},
	{"two or three", "range 2 [2,3] p1"},
	{"5 to 6 million", "range 5000000 [5000000,6000000] p1000000"},
	{"40-45%", "range 40 [40,45] p1 %"},
	{"some 40 to 50", "range 40 [40,50] p10"},
	{"0-to-60", "range 0 [0,60] p1"},
	{"between 15kHz and 17kHz", "range 15 [15,17] p1"},
	{"5km to 10km", "range 5 [5,10] p1"},
	{"$US160 million", "exact 160000000 [160000000,160000000] p10000000"},
	{"about HK$48m", "approx 48000000 [48000000,48000000] p1000000"},
	{"between A$30 million and A$35 million", "range 30000000 [30000000,35000000] p1000000"},
	{"over than 60", "more_than 60 (60,*) p10"},
	// Scales and words.
	{"1.2 million", "exact 1200000 [1200000,1200000] p100000"},
	{"6.2 million", "exact 6200000 [6200000,6200000] p100000"},
	{"3.6 thousand", "exact 3600 [3600,3600] p100"},
	{"3k", "exact 3000 [3000,3000] p1000"},
	{"2bn", "exact 2000000000 [2000000000,2000000000] p1000000000"},
	{"2.5 bn", "exact 2500000000 [2500000000,2500000000] p100000000"},
	{"three thousand", "exact 3000 [3000,3000] p1000"},
	{"two hundred and fifty", "exact 250 [250,250] p10"},
	{"twenty-five", "exact 25 [25,25] p1"},
	{"twenty five", "exact 25 [25,25] p1"},
	{"one thousand two hundred", "exact 1200 [1200,1200] p100"},
	{"one hundred thousand", "exact 100000 [100000,100000] p100000"},
	{"a hundred", "exact 100 [100,100] p100"},
	{"a thousand", "exact 1000 [1000,1000] p1000"},
	{"a dozen", "exact 12 [12,12] p1"},
	{"another thousand", "exact 1000 [1000,1000] p1000"},
	{"another hundred", "exact 100 [100,100] p100"},
	{"another dozen", "exact 12 [12,12] p1"},
	{"more than another thousand", "more_than 1000 (1000,*) p1000"},
	{"two dozen", "exact 24 [24,24] p1"},
	{"more than two dozen", "more_than 24 (24,*) p1"},
	{"half a million", "exact 500000 [500000,500000] p100000"},
	{"zero", "exact 0 [0,0] p1"},
	// Vague amounts.
	{"dozens", "approx 12 [12,*) p1 vague"},
	{"scores", "approx 20 [20,*) p10 vague"},
	{"hundreds", "approx 100 [100,*) p100 vague"},
	{"thousands", "approx 1000 [1000,*) p1000 vague"},
	{"tens of thousands", "approx 10000 [10000,*) p10000 vague"},
	{"hundreds of thousands", "approx 100000 [100000,*) p100000 vague"},
	{"several", "approx 3 [3,*) p1 vague"},
	{"1000s", "approx 1000 [1000,*) p1000 vague"},
	{"several hundred", "approx 300 [300,*) p100 vague"},
	{"a few thousand", "approx 2000 [2000,*) p1000 vague"},
	// Formulas and percentages.
	{"6,000-for-6,000", "exact 6000 [6000,6000] p1000 each-way"},
	{"1,000 for 1,000", "exact 1000 [1000,1000] p1000 each-way"},
	{"one-for-one", "exact 1 [1,1] p1 each-way"},
	{"45%", "exact 45 [45,45] p1 %"},
	{"45 %", "exact 45 [45,45] p1 %"},
	{"45 percent", "exact 45 [45,45] p1 %"},
	{"1.38pc", "exact 1.38 [1.38,1.38] p0.01 %"},
	{"45 per cent", "exact 45 [45,45] p1 %"},
	{"3.5%", "exact 3.5 [3.5,3.5] p0.1 %"},
	{"2.4 percentage points", "exact 2.4 [2.4,2.4] p0.1 %"},
	{"about 15%", "approx 15 [15,15] p1 %"},
	// Currency signs are read, not recorded.
	{"$5 million", "exact 5000000 [5000000,5000000] p1000000"},
	{"more than €300", "more_than 300 (300,*) p100"},
	// Full-width digits.
	{"６，０００", "exact 6000 [6000,6000] p1000"},
	{"６０％", "exact 60 [60,60] p10 %"},
	// The contract's qualifier names read back.
	{"more_than 6000", "more_than 6000 (6000,*) p1000"},
	{"at_most 700", "at_most 700 (*,700] p100"},
	// Comparatives, signs and compound ranges.
	{"greater than 10", "more_than 10 (10,*) p10"},
	{"lower than 10", "less_than 10 (*,10) p10"},
	{"greater than or equal to 10", "at_least 10 [10,*) p10"},
	{"less than or equal to 10", "at_most 10 (*,10] p10"},
	{"equal to or more than 10", "at_least 10 [10,*) p10"},
	{"more than 10 and less than 20", "range 10 (10,20) p10"},
	{"at least 10 but no more than 20", "range 10 [10,20] p10"},
	{"10 or greater", "at_least 10 [10,*) p10"},
	{"65 and over", "at_least 65 [65,*) p1"},
	{"18 and up", "at_least 18 [18,*) p1"},
	{"10 and below", "at_most 10 (*,10] p10"},
	{"> 10", "more_than 10 (10,*) p10"},
	{">=10", "at_least 10 [10,*) p10"},
	{"≤ 10", "at_most 10 (*,10] p10"},
	{"20~30", "range 20 [20,30] p10"},
	{"slightly more than 500", "more_than 500 (500,*) p100"},
	{"a little over 300", "more_than 300 (300,*) p100"},
	{"more or less 500", "approx 500 [500,500] p100"},
	{"a maximum of 40", "at_most 40 (*,40] p10"},
	{"a minimum of 40", "at_least 40 [40,*) p10"},
	{"exceeding 1,000", "more_than 1000 (1000,*) p1000"},
	{"30 at most", "at_most 30 (*,30] p10"},
	{"from 30 up to 40", "range 30 [30,40] p10"},
	{"a thousand and one", "exact 1001 [1001,1001] p1"},
	{"larger than twenty and less than or equal to thirty-five", "range 20 (20,35] p1"},
	{"north of $1bn", "more_than 1000000000 (1000000000,*) p1000000000"},
	{"50-ish", "approx 50 [50,50] p10"},
	{"500 or thereabouts", "approx 500 [500,500] p100"},
	{"10 1/2", "exact 10.5 [10.5,10.5] p0.1"},
	// Signs, halves, dozens, couples, points.
	{"one point five", "exact 1.5 [1.5,1.5] p0.1"},
	{"twenty point five percent", "exact 20.5 [20.5,20.5] p0.1 %"},
	{"two point three million", "exact 2300000 [2300000,2300000] p100000"},
	{"negative two", "exact -2 [-2,-2] p1"},
	{"3 dozens", "exact 36 [36,36] p1"},
	{"less than 30 but more than 20", "range 20 (20,30) p10"},
	{"-5", "exact -5 [-5,-5] p1"},
	{"minus five", "exact -5 [-5,-5] p1"},
	{"minus-5", "exact -5 [-5,-5] p1"},
	{".5", "exact 0.5 [0.5,0.5] p0.1"},
	{"two and a half million", "exact 2500000 [2500000,2500000] p100000"},
	{"1½", "exact 1.5 [1.5,1.5] p0.1"},
	{"half a dozen", "exact 6 [6,6] p1"},
	{"3 dozen", "exact 36 [36,36] p1"},
	{"a hundred and twenty", "exact 120 [120,120] p10"},
	{"a couple of hundred", "approx 200 [200,200] p100"},
	{"$5m", "exact 5000000 [5000000,5000000] p1000000"},
	{"1.2m", "exact 1200000 [1200000,1200000] p100000"},
	{"1e31", "exact 1e31 [1e31,1e31] p1e31"},
	// Scientific notation, with the exponent raised, after "^", or flattened after "×".
	{"6.7×10^5", "exact 670000 [670000,670000] p10000"},
	{"4.1 x 10^-3", "exact 0.0041 [0.0041,0.0041] p0.0001"},
	{"3.2×10⁻⁶", "exact 0.0000032 [0.0000032,0.0000032] p0.0000001"},
	{"5.5×10−7", "exact 0.00000055 [0.00000055,0.00000055] p0.00000001"},
	{"about 9×10¹²", "approx 9000000000000 [9000000000000,9000000000000] p1000000000000"},
	// "mil" glued to an amount is a million; a unit after both ends of a range.
	{"from RM150,000 to RM280,000", "range 150000 [150000,280000] p10000"},
	{"2 and 3/4", "exact 2.75 [2.75,2.75] p0.01"},
	{"sixfold", "exact 6 [6,6] p1"},
	{"more than tenfold", "more_than 10 (10,*) p10"},
	{"$4.25mil", "exact 4250000 [4250000,4250000] p10000"},
	{"from 600 sq ft up to 1,100 sq ft", "range 600 [600,1100] p100"},
	{"between 12 km and 15 km", "range 12 [12,15] p1"},
	// Big but exact.
	{"1,000,000,000,000,000,000,000", "exact 1000000000000000000000 [1000000000000000000000,1000000000000000000000] p1000000000000000000000"},
}

func TestParseQuantity(t *testing.T) {
	for _, tt := range parseTests {
		q, err := ParseQuantity(tt.in)
		require.NoError(t, err, tt.in)
		if diff := cmp.Diff(tt.want, render(q)); diff != "" {
			t.Errorf("ParseQuantity(%q) (-want +got):\n%s", tt.in, diff)
		}
		require.True(t, q.IsValid(), tt.in)
		require.Equal(t, strings.TrimSpace(tt.in), q.Text)
	}
}

func TestParseQuantityIn(t *testing.T) {
	en, de, fr, ru, uk := language.English, language.German, language.French, language.Russian, language.Ukrainian
	tests := []struct {
		tag  language.Tag
		in   string
		want string // value, or "error"
	}{
		{en, "6,000.5", "6000.5"},
		{en, "6.000,5", "error"},
		{en, "6\u00a0000", "6000"},
		{en, "6 000", "6000"},
		{en, "1 234 567", "1234567"},
		{en, "12 500", "error"},
		{language.Und, "6,000", "6000"},
		{language.MustParse("en-GB"), "6,000.5", "6000.5"},
		{de, "6.000,5", "6000.5"},
		{de, "6.000", "6000"},
		{de, "1.234.567", "1234567"},
		{de, "3,5 %", "3.5"},
		{de, "6,000.5", "error"},
		{language.MustParse("de-AT"), "6.000,5", "6000.5"},
		{language.Spanish, "6.000,5", "6000.5"},
		{fr, "6 000,5", "6000.5"},
		{fr, "6\u00a0000,5", "6000.5"},
		{fr, "6\u202f000,5", "6000.5"},
		{fr, "16 500", "16500"},
		{fr, "6.000", "error"},
		{ru, "6 000,5", "6000.5"},
		{uk, "6\u202f000,5", "6000.5"},
		{uk, "более 6 000", "error"},
		{language.Polish, "1 234 567,89", "1234567.89"},
	}
	for _, tt := range tests {
		q, err := ParseQuantityIn(tt.tag, tt.in)
		got := q.Value.String()
		if err != nil {
			got = "error"
		}
		if got != tt.want {
			t.Errorf("ParseQuantityIn(%v, %q) = %s (%v), want %s", tt.tag, tt.in, got, err, tt.want)
		}
	}
}

func TestParseQuantityErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"abc", `claims: parsing quantity "abc": unexpected "a" at byte 1`},
		{"", `claims: parsing quantity "": no figure`},
		{"6,000 people", `claims: parsing quantity "6,000 people": unexpected "p" at byte 7`},
		{"more than", `claims: parsing quantity "more than": unexpected "m" at byte 1`},
		{"3-2", `claims: parsing quantity "3-2": unexpected "-" at byte 2`},
		{"between 5 and", `claims: parsing quantity "between 5 and": unexpected "b" at byte 1`},
		{"\xff", `claims: parsing quantity "\xff": unexpected "\xff" at byte 1`},
		{"12345678901234567890", `claims: parsing quantity "12345678901234567890": number too large at byte 1: number out of range`},
	}
	for _, tt := range tests {
		_, err := ParseQuantity(tt.in)
		require.Error(t, err, tt.in)
		require.Equal(t, tt.want, err.Error(), tt.in)
	}
	_, err := ParseQuantity(strings.Repeat("9", 100_000))
	require.True(t, errors.Is(err, ErrRange), "%v", err)
}

// readQuantityTests is the table of TestReadQuantity; it seeds
// FuzzReadQuantity.
var readQuantityTests = []struct {
	in   string
	n    int
	text string
}{
	{"more than 6,000 people marched", 15, "more than 6,000"},
	{"6,000.", 5, "6,000"},
	{"6,000, police said", 5, "6,000"},
	{"1,2,3", 1, "1"},
	{"between 500 and 600 people", 19, "between 500 and 600"},
	{"from 500 people", 0, ""},
	{"the 500", 0, ""},
	{"3-2 win", 1, "3"},
	// A times sign not before a power of ten, and a range whose ends carry different words.
	{"4x100 relay", 1, "4"},
	{"XYZ120 units", 0, ""},
	{"3 x 10 grid", 1, "3"},
	{"2×10 mm bolts", 1, "2"},
	{"from 9 am to 11 am", 0, ""},
	{"from 5 boys to 7 girls", 0, ""},
	{"between 8 mph and 12 km", 0, ""},
	{"one of them", 3, "one"},
	{"a lot", 0, ""},
	{"dozens of people", 6, "dozens"},
	{"500 plus 300", 3, "500"},
	{"2019 500", 4, "2019"},
	{"June 9", 0, ""},
	{"another thousand troops", 16, "another thousand"},
	{"another 500", 0, ""},
	{"another convoy", 0, ""},
}

func TestReadQuantity(t *testing.T) {
	for _, tt := range readQuantityTests {
		q, n, err := ReadQuantity(language.English, tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.n, n, tt.in)
		if n > 0 {
			require.Equal(t, tt.text, q.Text, tt.in)
		}
	}
	// A failed range leaves the first number as it was written.
	q, n, err := ReadQuantity(language.English, "8 to 8k")
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Equal(t, "8", q.Value.String())
	_, n, err = ReadQuantity(language.English, strings.Repeat("1", 1000)+" people")
	require.ErrorIs(t, err, ErrRange)
	require.Equal(t, 1000, n, "an error still says how far the number went")
}

func FuzzParseQuantity(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Add("6 000,5")
	f.Add("between ３ and ６ million")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tag := range []language.Tag{language.English, language.German, language.French} {
			q, err := ParseQuantityIn(tag, s)
			if err != nil {
				continue
			}
			if !q.IsValid() {
				t.Fatalf("%q: invalid quantity without an error", s)
			}
			// Parse → format → parse is stable.
			q2, err := ParseQuantityIn(tag, q.String())
			if err != nil {
				t.Fatalf("%q: its text %q does not parse: %v", s, q.String(), err)
			}
			if render(q) != render(q2) {
				t.Fatalf("%q: %s, then %s", s, render(q), render(q2))
			}
			// The canonical rendering reads back to the same interval.
			c := q
			c.Text = ""
			openRange := q.Qualifier == Range && (!q.Lower.Inclusive || !q.Upper.Inclusive)
			if !q.Vague && !q.Reciprocal && q.Unit == Count && !(q.Qualifier == Approx && !q.Lower.Set) && !openRange {
				q3, err := ParseQuantityIn(language.English, c.String())
				if err != nil {
					t.Fatalf("%q: canonical %q does not parse: %v", s, c.String(), err)
				}
				if q3.Value != q.Value || q3.Qualifier != q.Qualifier || q3.Lower != q.Lower || q3.Upper != q.Upper || q3.Approximate != q.Approximate {
					t.Fatalf("%q: canonical %q reads as %s, want %s", s, c.String(), render(q3), render(q))
				}
			}
			// Bounds agree with the qualifier.
			if q.Lower.Set && q.Upper.Set && q.Lower.Value.Cmp(q.Upper.Value) > 0 {
				t.Fatalf("%q: lower above upper: %s", s, render(q))
			}
		}
		// ReadQuantity never reads past the input and never panics.
		_, n, _ := ReadQuantity(language.English, s)
		if n < 0 || n > len(s) {
			t.Fatalf("%q: n = %d", s, n)
		}
	})
}

// FuzzReadQuantity checks that ReadQuantity stays in the input, on rune
// boundaries, and that what it read parses on its own to the same quantity.
// Run it with -fuzzminimizetime 2s: with the default minutes of
// minimization per new input the engine spends whole runs minimizing (0
// execs/sec) rather than fuzzing.
func FuzzReadQuantity(f *testing.F) {
	for _, tt := range readQuantityTests {
		f.Add(tt.in)
	}
	for _, tt := range parseTests {
		f.Add(tt.in + ", police said")
		f.Add("of " + tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tag := range []language.Tag{language.English, language.German, language.French} {
			q, n, err := ReadQuantity(tag, s)
			if n < 0 || n > len(s) {
				t.Fatalf("ReadQuantity(%v, %q): n = %d", tag, s, n)
			}
			if utf8.ValidString(s) && n < len(s) && !utf8.RuneStart(s[n]) {
				t.Fatalf("ReadQuantity(%v, %q): n = %d splits a character", tag, s, n)
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), "claims: ") {
					t.Fatalf("ReadQuantity(%v, %q): error %q lacks the package prefix", tag, s, err)
				}
				continue
			}
			if n == 0 {
				if q.IsValid() {
					t.Fatalf("ReadQuantity(%v, %q): read nothing, but gave %s", tag, s, render(q))
				}
				continue
			}
			// What was read is the phrase, and it parses on its own to the
			// same quantity.
			if !q.IsValid() || q.Text != s[:n] {
				t.Fatalf("ReadQuantity(%v, %q) = %s, %d: text is not the %d bytes read", tag, s, render(q), n, n)
			}
			p, err := ParseQuantityIn(tag, s[:n])
			if err != nil || render(p) != render(q) {
				t.Fatalf("ReadQuantity(%v, %q) = %s; ParseQuantityIn of %q = %s, %v", tag, s, render(q), s[:n], render(p), err)
			}
		}
	})
}

func BenchmarkParseQuantity(b *testing.B) {
	inputs := []string{"6,000", "more than 6,000", "between 500 and 600", "two hundred and fifty", "1.2 million", "45 percent"}
	total := 0
	for _, s := range inputs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			if _, err := ParseQuantity(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkReadQuantityMiss(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, n, _ := ReadQuantity(language.English, "about the people"); n != 0 {
			b.Fatal(n)
		}
	}
}

// TestHedgedAgreesWithNewQuantity keeps ReadQuantity's allocation-free
// TestParserAgreesWithConstructors keeps ReadQuantity's allocation-free
// building of ranges and vague amounts in step with the public
// constructors. (NewQuantity and the parser's hedges share one function.)
func TestParserAgreesWithConstructors(t *testing.T) {
	want := RangeQuantity("x", DecimalOf(500), DecimalOf(650))
	got, err := ParseQuantity("500-650")
	require.NoError(t, err)
	require.Equal(t, render(want), render(got))
	want = VagueQuantity("x", DecimalOf(12), Unbounded)
	got, err = ParseQuantity("dozens")
	require.NoError(t, err)
	require.Equal(t, render(want), render(got))
}

// TestReadQuantityAllocs pins the scanner's budget: reading a quantity, or
// finding none, allocates nothing.
func TestReadQuantityAllocs(t *testing.T) {
	for _, c := range []struct {
		tag language.Tag
		s   string
	}{
		{language.English, "more than 6,000 People"},
		{language.English, "between 500 and 600 Soldiers"},
		{language.English, "The people"},
		{language.English, "two hundred and fifty Marchers"},
		{language.German, "6.000,5 Menschen"},
		{language.French, "16 500 Personnes"},
	} {
		if n := testing.AllocsPerRun(100, func() { ReadQuantity(c.tag, c.s) }); n != 0 {
			t.Errorf("ReadQuantity(%v, %q): %v allocations", c.tag, c.s, n)
		}
	}
}

// TestQuantityReader: a QuantityReader reads as ReadQuantity does in its
// language, and the zero one as English; the phrases differ in meaning
// between the separators of English, German and French.
func TestQuantityReader(t *testing.T) {
	phrases := []string{"6,500", "6.500", "6 500,5", "about 1.250,75 tonnes", "2,5%", "more than 3.000", "between 4,5 and 6,5"}
	for _, tag := range []language.Tag{language.English, language.German, language.French, language.Und, language.MustParse("pt-BR")} {
		qr := NewQuantityReader(tag)
		for _, s := range phrases {
			wq, wn, werr := ReadQuantity(tag, s)
			q, n, err := qr.Read(s)
			require.Equal(t, werr, err, "%v %q", tag, s)
			require.Equal(t, wn, n, "%v %q", tag, s)
			require.Equal(t, wq, q, "%v %q", tag, s)
		}
	}
	var zero QuantityReader
	for _, s := range phrases {
		wq, wn, _ := ReadQuantity(language.English, s)
		q, n, _ := zero.Read(s)
		require.Equal(t, wn, n, "%q", s)
		require.Equal(t, wq, q, "%q", s)
	}
	// The readers differ where the languages do.
	en, _, _ := NewQuantityReader(language.English).Read("6.500")
	de, _, _ := NewQuantityReader(language.German).Read("6.500")
	require.NotEqual(t, en.Value, de.Value)
}

// TestApproximateRange checks that a hedge of approximation before a range
// marks the range Approximate, that other ranges are not, that the mark
// reads back from the canonical text and the JSON contract, and that the
// default tolerance widens it.
func TestApproximateRange(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"about 40 to 55", true}, {"~12-18", true}, {"roughly 300 - 450", true}, {"nearly 6-9", true},
		{"40 to 55", false}, {"between 40 and 55", false}, {"up to 40", false},
	} {
		q, err := ParseQuantity(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, q.Approximate, tt.in)
		if tt.want {
			require.Equal(t, Range, q.Qualifier, tt.in)
			c := q
			c.Text = ""
			q2, err := ParseQuantity(c.String())
			require.NoError(t, err, c.String())
			require.True(t, q2.Approximate, c.String())
			lo, hi := q.Interval(DefaultTolerance())
			require.True(t, lo.Value.Cmp(q.Lower.Value) < 0 && hi.Value.Cmp(q.Upper.Value) > 0, "%s widened to %v %v", tt.in, lo, hi)
		}
	}
}
