package numbers

import (
	"strconv"
	"strings"
	"testing"
)

// stageCase is one row of a stage's table: a sentence, the text of one of
// its figures, and what the stage gives that figure, as get renders it.
type stageCase struct {
	in, figure, want string
}

// runStage scans each sentence, finds the figure with the row's text and
// compares get of it with the row's want.
func runStage(t *testing.T, cases []stageCase, get func(Number) string) {
	t.Helper()
	for _, c := range cases {
		var got []string
		found := false
		for n := range Scan(c.in, Options{}) {
			got = append(got, n.Text)
			if n.Text == c.figure {
				found = true
				if g := get(n); g != c.want {
					t.Errorf("Scan(%q): %q gives %q, want %q", c.in, c.figure, g, c.want)
				}
			}
		}
		if !found {
			t.Errorf("Scan(%q): no figure %q among %q", c.in, c.figure, strings.Join(got, " | "))
		}
		checkInvariants(t, c.in, Options{})
	}
}

// The change stage (change.go): the direction of each figure.
func TestChangeStage(t *testing.T) {
	runStage(t, []stageCase{
		{"Shares rose 5% on Monday.", "5%", "up"},
		{"The index fell by 3 points.", "3", "down"},
		{"The Dow was up 41.2 points.", "41.2", "up"},
		{"Exports were down 2%.", "2%", "down"},
		{"A 20% increase in arrests.", "20%", "up"},
		{"A 3-point drop in approval.", "3", "down"},
		{"A 9% pay rise was offered.", "9%", "up"},
		{"An increase of 6% was won.", "6%", "up"},
		{"Costs came in 8% lower.", "8%", "down"},
		{"The bank cut rates by 25 basis points.", "25", "down"},
		{"It rose sharply, by 40%, in a year.", "40%", "up"},
		{"The stock gained 7 cents.", "7 cents", "up"},
		{"The firm lost 300 jobs.", "300", "level"},
		{"The toll rose to 211.", "211", "level"},
		{"The toll rose by 11 to 211.", "11", "up"},
		{"The toll rose by 11 to 211.", "211", "level"},
		{"Rates fell below 6% in May.", "below 6%", "level"},
		{"Debt is 98% of GDP, up from 91%.", "91%", "level"},
		{"Arrests rose from 412 to 530.", "from 412 to 530", "level"},
		{"Salaries were raised by 10 to 15 percent.", "10 to 15 percent", "up"},
		{"Rescuers set up 14 field hospitals.", "14", "level"},
		{"Air defences shot down 12 drones.", "12", "level"},
		{"The firm took up 5% of the bonds.", "5%", "level"},
		{"Fares will go up by 4.6% in January.", "4.6%", "up"},
		{"The town shrank by a third.", "a third", "down"},
		{"Enrolment has fallen by half since 2019.", "half", "down"},
	}, func(n Number) string { return n.Quantity.Change.String() })
}

// The units stage (units.go): each figure's unit code.
func TestUnitsStage(t *testing.T) {
	runStage(t, []stageCase{
		{"A depth of 10 km.", "10", "km"},
		{"They walked 26 miles.", "26", "mi"},
		{"It has 512GB of storage.", "512", "GB"},
		{"Highs of 42°C and 104°F.", "42", "degC"},
		{"Highs of 42°C and 104°F.", "104", "degF"},
		{"Water boils at 100 degrees Celsius.", "100", "degC"},
		{"Temperatures hit 46.3C.", "46.3", "degC"},
		{"It carried 3,000 tonnes of wheat.", "3,000", "t"},
		{"Winds of 120 mph.", "120", "mph"},
		{"Trains run at 300 km/h.", "300", "km/h"},
		{"A 1,600 MW plant.", "1,600", "MW"},
		{"The index is 3.1 points up.", "3.1", "point"},
		{"A cut of 25 basis points.", "25", "bp"},
		{"The farm covers 400 hectares.", "400", "ha"},
		{"It holds 850 cars.", "850", ""},
		{"A budget of £45 million.", "£45 million", "GBP"},
		{"A fine of €2.4 billion.", "€2.4 billion", "EUR"},
		{"It sold for A$80 million.", "A$80 million", "AUD"},
		{"A loan of 500 million euros.", "500 million euros", "EUR"},
		{"A grant of 40,000 Swiss francs.", "40,000 Swiss francs", "CHF"},
		{"It is worth EUR 4.5 million.", "EUR 4.5 million", "EUR"},
		{"Turnout was 67%.", "67%", "percent"},
		{"The gap was 3 percentage points.", "3 percentage points", "percentage_point"},
	}, func(n Number) string { return n.UnitCode })
}

// The labels stage (labels.go): numbers that name things, and years of an
// era.
func TestLabelsStage(t *testing.T) {
	runStage(t, []stageCase{
		{"It was founded in A.D. 900 by traders.", "A.D. 900", "year 900"},
		{"The city was sacked in 410 AD.", "410 AD", "year 410"},
		{"The temple dates from 300 BC.", "300 BC", "year 300"},
		{"FTSE 100 shares fell.", "100", "identifier"},
		{"The Nikkei 225 slipped.", "225", "identifier"},
		{"The S&P 500 hit a record.", "500", "identifier"},
		{"Apple will drop the iPhone 13.", "13", "identifier"},
		{"Toyota (7203.T) shares rose.", "7203.T", "identifier"},
		{"She sat in row 22 of section 108.", "22", "identifier"},
		{"He sat in seat 14 of the stand.", "14", "identifier"},
		{"It sold 50 million PlayStation 5 consoles.", "5", "identifier"},
		{"Sony sold 50 million consoles.", "50 million", "count 50000000"},
	}, func(n Number) string {
		if n.Quantity.IsValid() {
			return n.Class.String() + " " + n.Quantity.Value.String()
		}
		return n.Class.String()
	})
}

// The fractions stage (fractions.go) and the mixed numbers of the grammar.
func TestFractionsStage(t *testing.T) {
	runStage(t, []stageCase{
		{"The answer is seventeen fifths.", "seventeen fifths", "ratio 3.4 17/5"},
		{"Five halves make it.", "Five halves", "ratio 2.5 5/2"},
		{"The odds were one over four.", "one over four", "ratio 0.25 1/4"},
		{"The ratio is 1 over 4.", "1 over 4", "ratio 0.25 1/4"},
		{"The slope is -3/5.", "-3/5", "ratio -0.6 -3/5"},
		{"Two thirds of voters agreed.", "Two thirds", "ratio 0.666666 2/3"},
		{"It needs seven and a quarter cups.", "seven and a quarter", "count 7.25 0/0"},
		{"The beam is 3 1/2 inches.", "3 1/2", "count 3.5 0/0"},
		{"One and a half million signed.", "One and a half million", "count 1500000 0/0"},
		{"It shrank by a third in the war.", "a third", "ratio 0.333333 1/3"},
		{"He won one over four rivals.", "one", "count 1 0/0"},
	}, func(n Number) string {
		return n.Class.String() + " " + n.Quantity.Value.String() + " " +
			strconv.FormatInt(n.Numerator, 10) + "/" + strconv.FormatInt(n.Denominator, 10)
	})
}
