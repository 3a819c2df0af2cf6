package numbers

import (
	"math/bits"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The units stage: the unit of measure after a count ("12 km", "512GB",
// "42°C", "3,000 tonnes", "41.2 points") and the code of a currency or a
// share. The unit is not part of a count's span, which stays the words
// claims.ReadQuantity reads; it is in Number.Unit as written and in
// Number.UnitCode normalised.

// measureUnits maps a unit word after a number, lower-cased, to its code.
// Words that are also common nouns or names when capitalized ("C", "F")
// are in glyphUnits, not here.
var measureUnits = map[string]string{
	// length
	"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mile": "mi", "miles": "mi", "mi": "mi",
	"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"ft": "ft", "foot": "ft", "feet": "ft", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
	"nautical": "nmi",
	// mass
	"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
	"gram": "g", "grams": "g", "g": "g", "mg": "mg", "milligrams": "mg",
	"tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "t": "t", "lb": "lb", "lbs": "lb",
	"ounce": "oz", "ounces": "oz", "oz": "oz",
	"megatonnes": "Mt", "megatons": "Mt", "gigatonnes": "Gt", "gigatons": "Gt",
	// data and bandwidth
	"kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB",
	"kilobytes": "KB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "petabytes": "PB",
	"mbps": "Mbit/s", "gbps": "Gbit/s", "kbps": "kbit/s",
	// frequency and sound
	// temperature and angle, abbreviated as some feeds write "°": "2.1degF", "1.2deg C"
	"degf": "degF", "degc": "degC", "deg": "deg", "celsius": "degC", "fahrenheit": "degF",
	"hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "hertz": "Hz", "kilohertz": "kHz", "megahertz": "MHz",
	"gigahertz": "GHz", "db": "dB", "decibel": "dB", "decibels": "dB",
	// area and volume
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
	"litre": "L", "litres": "L", "liter": "L", "liters": "L", "l": "L", "ml": "mL",
	"gallon": "gal", "gallons": "gal", "barrel": "bbl", "barrels": "bbl", "bpd": "bbl/d",
	// speed
	"mph": "mph", "kmh": "km/h", "kph": "km/h", "knots": "kn", "mpg": "mpg",
	// energy and power
	"kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
	"megawatts": "MW", "gigawatts": "GW", "kilowatts": "kW", "w": "W", "watt": "W", "watts": "W",
	"hp": "hp", "bhp": "hp", "horsepower": "hp", "rpm": "rpm", "cyl": "cyl",
	// points of an index, a score or a rate
	"point": "point", "points": "point", "pts": "point", "bps": "bp",
	// a multiple: "a 3-fold rise", "grew 12fold" ("sixfold" in one word is
	// read by the grammar, and takes the unit in attachUnit)
	"fold": "times",
}

// casedUnits are units whose case tells them from another unit or a word:
// newton-metres of torque ("250Nm") and nanometres ("a 3nm chip"),
// pressures ("380 MPa", "32 psi", "8 ksi"), metric horsepower ("300 PS",
// as "PS5" is a name and "PS3.4m" money). measureUnits is looked up first.
var casedUnits = map[string]string{"Nm": "Nm", "nm": "nm", "kN": "kN", "MPa": "MPa", "kPa": "kPa", "GPa": "GPa",
	"psi": "psi", "ksi": "ksi", "PS": "PS"}

// measureCode returns the code of the unit u as written after a number
// (measureUnits by its lower case low, then casedUnits), and whether it is
// one.
func measureCode(u, low string) (string, bool) {
	if code, ok := measureUnits[low]; ok {
		return code, true
	}
	code, ok := casedUnits[u]
	return code, ok
}

// glyphUnits are units written with a sign, after the number with or
// without a space: degrees, and "/h".
var glyphUnits = [...]struct{ text, code string }{
	{"°C", "degC"}, {"° C", "degC"}, {"ºC", "degC"}, {"℃", "degC"},
	{"°F", "degF"}, {"° F", "degF"}, {"ºF", "degF"}, {"℉", "degF"},
	{"°", "deg"},
	{"km/h", "km/h"},
}

// unitAfter reads the unit of measure at e, after a number (glued, or
// after one space): its text as written, its code and its end. It returns
// "" when there is none.
func (sc *scanner) unitAfter(e int) (unit, code string, end int) {
	s := sc.s
	if e >= len(s) {
		return "", "", e
	}
	j := e
	if s[j] == ' ' || s[j] == '-' {
		j++
	}
	if j >= len(s) {
		return "", "", e
	}
	if c := s[j]; c >= 0x80 || c == 'k' {
		for _, g := range glyphUnits {
			if strings.HasPrefix(s[j:], g.text) {
				end := j + len(g.text)
				if end < len(s) && isAlnum(s[end]) {
					continue
				}
				return g.text, g.code, end
			}
		}
	}
	if !isLetter(s[j]) {
		return "", "", e
	}
	k := j
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	if !unitFilter.mayAt(s, j, k) && !specialFilter.mayAt(s, j, k) {
		return "", "", e // neither a unit nor "degrees", "basis", "square", "cubic", "nautical"
	}
	w := sc.wordAt(j)
	if w.n == 0 || (w.end < len(s) && isDigit(s[w.end])) {
		return "", "", e
	}
	// "degrees Celsius", "degrees C", "basis points", "square km",
	// "nautical miles", "years of age".
	switch string(w.low[:w.n]) {
	case "degrees", "degree", "deg":
		nw := sc.nextWord(w.end)
		switch {
		case nw.is("celsius") || nw.is("centigrade") || (nw.is("c") && isUpper(s[nw.start])):
			return s[j:nw.end], "degC", nw.end
		case nw.is("fahrenheit") || (nw.is("f") && isUpper(s[nw.start])):
			return s[j:nw.end], "degF", nw.end
		}
		return s[j:w.end], "deg", w.end
	case "basis":
		if nw := sc.nextWord(w.end); nw.is("points") || nw.is("point") {
			return s[j:nw.end], "bp", nw.end
		}
		return "", "", e
	case "square", "sq":
		nw := sc.nextWord(w.end)
		switch code := measureUnits[string(nw.low[:nw.n])]; code {
		case "km", "mi", "m", "ft", "yd", "cm":
			return s[j:nw.end], code + "2", nw.end
		}
		return "", "", e
	case "cubic":
		nw := sc.nextWord(w.end)
		if code := measureUnits[string(nw.low[:nw.n])]; code == "m" || code == "ft" {
			return s[j:nw.end], code + "3", nw.end
		}
		return "", "", e
	case "nautical":
		if nw := sc.nextWord(w.end); nw.is("miles") || nw.is("mile") {
			return s[j:nw.end], "nmi", nw.end
		}
		return "", "", e
	}
	if !unitFilter.may(&w) {
		return "", "", e
	}
	code, ok := measureCode(s[w.start:w.end], string(w.low[:w.n]))
	if !ok {
		return "", "", e
	}
	// One-letter units only glued or before punctuation ("5 t" may be a
	// list), and "l", "g" and "t" only glued.
	if w.n == 1 && j != e {
		return "", "", e
	}
	if s[e] == '-' && w.n <= 2 {
		return "", "", e
	}
	return s[j:w.end], code, w.end
}

// currencyCode returns the ISO 4217 code of a currency as written: a sign
// ("$", "€", "£"), a word ("euros", "roubles") or a code ("EUR"); "" when it
// does not tell.
func currencyCode(unit string) string {
	switch unit {
	case "$", "US$", "$US":
		return "USD"
	case "€":
		return "EUR"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	case "₽":
		return "RUB"
	case "₴":
		return "UAH"
	case "₹":
		return "INR"
	case "A$", "$A", "AU$", "$AU":
		return "AUD"
	case "C$", "CA$", "$C", "$CA":
		return "CAD"
	case "HK$", "$HK":
		return "HKD"
	case "NZ$", "$NZ":
		return "NZD"
	case "S$", "$S":
		return "SGD"
	case "R$":
		return "BRL"
	case "USD", "EUR", "GBP", "RUB", "UAH", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "HKD", "SGD", "NZD":
		return unit
	case "Rs":
		return "INR"
	case "RM", "MYR":
		return "MYR"
	case "Y=":
		return "JPY"
	case "PS":
		return "GBP"
	}
	if k := strings.IndexByte(unit, ' '); k > 0 && len(unit) <= 32 {
		// "Swiss francs", "Hong Kong dollars"
		var buf [32]byte
		for j := 0; j < len(unit); j++ {
			buf[j] = unit[j] | 0x20
		}
		low := string(buf[:len(unit)])
		if code, ok := nationalCodes[low]; ok {
			return code
		}
		if words, ok := nationalCurrencies[low[:k]]; ok {
			return words[low[k+1:]]
		}
		return ""
	}
	var low [16]byte
	if len(unit) > len(low) {
		return ""
	}
	for k := 0; k < len(unit); k++ {
		low[k] = unit[k] | 0x20
	}
	switch string(low[:len(unit)]) {
	case "dollar", "dollars":
		return "USD"
	case "euro", "euros":
		return "EUR"
	case "pound", "pounds", "sterling":
		return "GBP"
	case "rouble", "roubles", "ruble", "rubles":
		return "RUB"
	case "hryvnia", "hryvnias", "hryvna", "hryvnas":
		return "UAH"
	case "yuan", "renminbi":
		return "CNY"
	case "yen":
		return "JPY"
	case "rupee", "rupees":
		return "INR"
	case "franc", "francs":
		return "CHF"
	case "lira", "liras":
		return "TRY"
	case "zloty", "zlotys":
		return "PLN"
	case "dirham", "dirhams":
		return "AED"
	case "reais", "real":
		return "BRL"
	case "rand":
		return "ZAR"
	case "won":
		return "KRW"
	case "shekel", "shekels":
		return "ILS"
	case "riyal", "riyals":
		return "SAR"
	case "kronor", "krona":
		return "SEK"
	case "kroner", "krone":
		return "DKK" // and the Norwegian krone: "Norwegian kroner" says which
	}
	return ""
}

// dollarPrefixes are the letters glued before "$" that name whose dollar
// it is ("A$5", "HK$10"), longest first.
var dollarPrefixes = [...]string{"HK", "NZ", "AU", "CA", "A", "C", "S", "R"}

// attachUnit sets the unit fields of n as the units stage reads them; n's
// quantity is valid (see emit).
func (sc *scanner) attachUnit(n *Number) {
	q := &n.Quantity
	switch n.Class {
	case Money:
		if st := n.Span.Start; n.Unit == "$" && st > 0 && isUpper(sc.s[st-1]) {
			for _, p := range dollarPrefixes {
				if k := n.Span.Start - len(p); k >= 0 && sc.s[k:n.Span.Start] == p && (k == 0 || !isAlnum(sc.s[k-1])) && k >= sc.last {
					n.Span.Start, n.Unit = k, sc.s[k:n.Span.Start+1] // "A$", "HK$"
					break
				}
			}
		}
		n.UnitCode = currencyCode(n.Unit)
	case Percentage:
		n.UnitCode = "percent"
		if pointsIn(q.Text) {
			n.UnitCode = "percentage_point"
		}
	case Count:
		if q.Vague { // q is valid: finish reads only a valid quantity's unit
			return
		}
		switch n.Unit {
		case "C":
			n.UnitCode = "degC"
			return
		case "F":
			n.UnitCode = "degF"
			return
		}
		if unit, code, end := sc.unitAfter(n.Span.End); unit != "" {
			n.Unit, n.UnitCode = unit, code
			sc.unitEnd = end
		} else if foldText(q.Text) {
			n.Unit, n.UnitCode = "fold", "times" // "sixfold"
		}
	}
}

// foldText reports whether a quantity's text ends in a multiple in one
// word ("sixfold", "more than tenfold"), which the grammar reads as its
// number.
func foldText(t string) bool {
	n := len(t)
	return n >= 7 && t[n-1]|0x20 == 'd' && t[n-2]|0x20 == 'l' && t[n-3]|0x20 == 'o' && t[n-4]|0x20 == 'f'

}

// pointsIn reports whether a share's text is in percentage points.
func pointsIn(t string) bool {
	for k := len(t) - 1; k > 0 && isLetter(t[k]); k-- {
		if t[k-1] == ' ' || t[k-1] == '-' {
			return strings.EqualFold(t[k:], "points") || strings.EqualFold(t[k:], "point")
		}
	}
	return false
}

// finish runs the stages that read around a numeric figure before it is
// emitted: its unit, and whether it is a change. emit calls it for a valid
// quantity only.
func (sc *scanner) finish(n *Number) {
	switch n.Class {
	case Count, Percentage, Money, Ratio:
	default:
		return
	}
	sc.unitEnd = n.Span.End
	if sc.dollarMinus != 0 {
		if sc.dollarMinus == n.Span.Start {
			sc.negativeDollars(n)
		}
		sc.dollarMinus = 0
	}
	sc.attachUnit(n)
	if n.Quantity.Change == 0 {
		n.Quantity.Change = sc.changeAround(n)
	}
	if sc.lastEnd > n.Span.Start || sc.lastChange == 0 && sc.lastQual == claims.Exact {
		return // nothing to carry: the common case, decided without a look at the text
	}
	if !sc.apposition(n) && !sc.restated(n) {
		return
	}
	if n.Quantity.Change == 0 {
		n.Quantity.Change = sc.lastChange
	}
	if sc.lastQual != claims.Exact && sc.lastQual != claims.Range && n.Quantity.Qualifier == claims.Exact {
		// "more than 100 km (60 miles)", "just under 300 hp (224 kW)",
		// "nearly 400 jobs, or 2%": the hedge of the figure restated.
		n.Quantity.Qualifier = sc.lastQual
		v := n.Quantity.Value
		n.Quantity.Lower, n.Quantity.Upper = claims.Unbounded, claims.Unbounded
		if sc.lastShape&shapeLower != 0 {
			n.Quantity.Lower = claims.Bound{Value: v, Inclusive: sc.lastShape&shapeLowerIncl != 0, Set: true}
		}
		if sc.lastShape&shapeUpper != 0 {
			n.Quantity.Upper = claims.Bound{Value: v, Inclusive: sc.lastShape&shapeUpperIncl != 0, Set: true}
		}
	} else if sc.lastShape&shapeApprox != 0 && n.Quantity.Qualifier == claims.Range {
		n.Quantity.Approximate = true // "about 20 to 25 km (12 to 16 miles)"
	}
}

// The shape of the last figure's bounds, for a figure restating it.
const (
	shapeLower = 1 << iota
	shapeLowerIncl
	shapeUpper
	shapeUpperIncl
	shapeApprox // an approximate range
)

// shapeOf returns the shape of q's bounds.
func shapeOf(q *claims.Quantity) uint8 {
	var s uint8
	if q.Lower.Set {
		s |= shapeLower
		if q.Lower.Inclusive {
			s |= shapeLowerIncl
		}
	}
	if q.Upper.Set {
		s |= shapeUpper
		if q.Upper.Inclusive {
			s |= shapeUpperIncl
		}
	}
	if q.Approximate {
		s |= shapeApprox
	}
	return s
}

// restated reports whether n gives the figure emitted just before it in
// another unit, in brackets or after a slash: "100 km (62 miles)",
// "7.5 million crowns ($1.1 million)", "296 hp (224 kW / 300 PS)". Both
// carry a unit of measure or are money, and a range restates only a range.
func (sc *scanner) restated(n *Number) bool {
	if !sc.lastMeasured || !measured(n) || (n.Quantity.Qualifier == claims.Range) != (sc.lastQual == claims.Range) {
		return false
	}
	between := sc.s[sc.lastEnd:n.Span.Start]
	switch between {
	case " (", "(", " / ", "/", " [":
		return true
	}
	// Money whose country is a word before its sign: "(US $1.1 million)".
	if n.Class == Money && len(between) >= 5 && len(between) <= 6 && between[:2] == " (" && between[len(between)-1] == ' ' {
		for k := 2; k < len(between)-1; k++ {
			if !isUpper(between[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// measured reports whether n is an amount of money or a count with a unit
// of measure.
func measured(n *Number) bool {
	return n.Class == Money || n.Class == Count && n.UnitCode != "" && n.UnitCode != "times"
}

// apposition reports whether n restates the change emitted just before it
// in another measure: "lost 190 points, or 0.6%", "fell 3% (about 120
// points)", "rose $2 billion, or 4%". One of the two is a share and the
// other is not, and only ", or", "or" or "(" stands between them.
func (sc *scanner) apposition(n *Number) bool {
	if (n.Class == Percentage) == (sc.lastClass == Percentage) || n.Quantity.Qualifier == claims.Range {
		return false
	}
	if sc.lastEnd > n.Span.Start {
		return false
	}
	between := sc.s[sc.lastEnd:n.Span.Start]
	switch between {
	case ", or ", " or ", " (":
		return true
	}
	// The noun the first figure counts may stand between: "added 12,000
	// jobs, or 1.5%", "lost 300 staff or 4 per cent".
	for w := 0; w < 2; w++ {
		if len(between) < 2 || between[0] != ' ' || !isLower(between[1]) {
			return false
		}
		k := 1
		for k < len(between) && isLower(between[k]) {
			k++
		}
		if between[k:] == ", or " || between[k:] == " or " {
			return k > 3 || w > 0 // a word of three letters or fewer is no noun here ("and", "for")
		}
		between = between[k:]
	}
	return false
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// nationalCurrencies are the adjectives that say whose currency a currency
// word names ("Swiss francs", "Canadian dollars"), with the code they give.
var nationalCurrencies = map[string]map[string]string{
	"swiss":      {"francs": "CHF", "franc": "CHF"},
	"canadian":   {"dollars": "CAD", "dollar": "CAD"},
	"australian": {"dollars": "AUD", "dollar": "AUD"},
	"us":         {"dollars": "USD", "dollar": "USD"},
	"singapore":  {"dollars": "SGD", "dollar": "SGD"},
	"hong":       {"kong": ""},
	"new":        {"zealand": ""},
	"egyptian":   {"pounds": "EGP", "pound": "EGP"},
	"turkish":    {"lira": "TRY", "liras": "TRY"},
	"south":      {"african": ""},
	"mexican":    {"pesos": "MXN", "peso": "MXN"},
	"indian":     {"rupees": "INR", "rupee": "INR"},
	"chinese":    {"yuan": "CNY"},
	"japanese":   {"yen": "JPY"},
	"brazilian":  {"reais": "BRL", "real": "BRL"},
	"danish":     {"crowns": "DKK", "crown": "DKK", "kroner": "DKK", "krone": "DKK"},
	"norwegian":  {"crowns": "NOK", "crown": "NOK", "kroner": "NOK", "krone": "NOK"},
	"swedish":    {"crowns": "SEK", "crown": "SEK", "kronor": "SEK", "krona": "SEK"},
	"czech":      {"crowns": "CZK", "crown": "CZK", "koruna": "CZK", "korunas": "CZK"},
}

// nationalCodes are the codes of the two-word adjectives.
var nationalCodes = map[string]string{"hong kong dollars": "HKD", "hong kong dollar": "HKD",
	"new zealand dollars": "NZD", "new zealand dollar": "NZD", "south african rand": "ZAR"}

// nationalCurrency reads a capitalized adjective of a currency and the
// currency word after it at w ("Swiss francs", "Hong Kong dollars"); it
// returns the words as written and their end, or 0.
func (sc *scanner) nationalCurrency(w *word) (string, int) {
	s := sc.s
	if w.n == 0 || !isUpper(s[w.start]) {
		return "", 0
	}
	words, ok := nationalCurrencies[string(w.low[:w.n])]
	if !ok {
		return "", 0
	}
	w2 := sc.nextWord(w.end)
	code, ok := words[string(w2.low[:w2.n])]
	if !ok || w2.n == 0 {
		return "", 0
	}
	if code != "" {
		return s[w.start:w2.end], w2.end
	}
	w3 := sc.nextWord(w2.end)
	if w3.n == 0 {
		return "", 0
	}
	if _, ok := nationalCodes[strings.ToLower(s[w.start:w3.end])]; ok {
		return s[w.start:w3.end], w3.end
	}
	return "", 0
}

// gluedMillions reads "25m" before a plural noun as 25 million ("25m
// passengers"), where "25m" alone may be 25 metres, and "1B people" as a
// billion: the quantity n with its span over the letter ending at e. Before
// a currency word it is money, the span over the word ("2m euros").
func (sc *scanner) gluedMillions(n Number, e int) (Number, bool) {
	nw := sc.nextWord(e)
	money := currencyWord(&nw, sc.s)
	if !money && (!countNoun(&nw) || measureUnits[string(nw.low[:nw.n])] != "") && !sc.millionsOf(&nw) {
		return n, false
	}
	q := n.Quantity
	scale := int64(1_000_000)
	if c := sc.s[e-1] | 0x20; c == 'b' {
		scale = 1_000_000_000 // "1B people"
	}
	v, err := q.Value.Mul(claims.DecimalOf(scale))
	if err != nil || q.Qualifier == claims.Range || q.Vague {
		return n, false
	}
	p, _ := q.Precision.Mul(claims.DecimalOf(scale))
	m := claims.NewQuantity(sc.s[n.Span.Start:e], q.Qualifier, v)
	m.Precision = p
	n.Quantity, n.Span.End = m, e
	if money {
		n.Class, n.Unit, n.Span.End = Money, lowerText(sc.s, &nw), nw.end
	}
	return n, true
}

// millionsOf reports whether the word w after "25m" is "of" before the
// things a possessive owns ("35m of its users", "2m of their devices", a
// capitalized name between: "of its Echo speakers") or before "the" and a
// counted noun ("4m of the voters"): a number of things, where metres are
// not counted in plural nouns.
func (sc *scanner) millionsOf(w *word) bool {
	if !w.is("of") {
		return false
	}
	det := sc.nextWord(w.end)
	poss := det.is("its") || det.is("their") || det.is("his") || det.is("her") || det.is("our") || det.is("your")
	if !poss && !det.is("the") {
		return false
	}
	// The noun may come after up to two words ("of its Echo devices",
	// "of its smart speakers").
	nw := det
	for k := 0; k < 3; k++ {
		nw = sc.nextWord(nw.end)
		if nw.n == 0 || measureUnits[string(nw.low[:nw.n])] != "" {
			return false
		}
		if isUpper(sc.s[nw.start]) {
			continue
		}
		if countNoun(&nw) || poss && nw.n >= 4 && nw.n < len(nw.low) && nw.low[nw.n-1] == 's' && nw.low[nw.n-2] != 's' {
			return true
		}
	}
	return false
}

// temperatureWords are the words that, a few words before a number with a
// glued "C" or "F", make it degrees ("temperatures hit 46.3C").
var temperatureWords = map[string]bool{"temperature": true, "temperatures": true, "heat": true, "heatwave": true,
	"highs": true, "high": true, "lows": true, "low": true, "thermometer": true, "thermometers": true,
	"degrees": true, "hottest": true, "coldest": true, "warm": true, "warmest": true, "mercury": true}

// gluedUnit reads a one-letter unit glued to the number n that only its
// context tells from a code: pence ("4p lower", "310p") and degrees after a
// word of temperature ("46.3C").
func (sc *scanner) gluedUnit(n Number, w *word) (Number, bool) {
	s := sc.s
	if w.n != 1 || (w.end < len(s) && isAlnum(s[w.end])) || n.Quantity.Qualifier == claims.Range {
		return n, false
	}
	switch c := s[w.start]; c {
	case 'p': // "310p", "more than 180p"
		d := n.Span.Start // the digits, after a hedge
		for d < w.start && !isDigit(s[d]) {
			d++
		}
		if n.Quantity.Value.Sign() <= 0 || w.start-d > 6 {
			return n, false
		}
		n.Class, n.Unit, n.Span.End = Money, "p", w.end
		return n, true
	case 'C', 'F':
		if n.Quantity.Qualifier != claims.Exact {
			return n, false
		}
		k := n.Span.Start
		for words := 0; words < 6; words++ {
			pw := sc.prevWord(k)
			if pw.n == 0 {
				break
			}
			if temperatureWords[string(pw.low[:pw.n])] {
				n.Unit = s[w.start:w.end]
				return n, true
			}
			k = pw.start
		}
	}
	return n, false
}

// A wordFilter rules out most words before a lookup in a word table: for
// each pair of first letters (as starterIndex numbers them), the lengths of
// the table's words.
type wordFilter [27 * 27]uint32

func newFilter[V any](m map[string]V) *wordFilter {
	var f wordFilter
	for w := range m {
		if c := w[0] | 0x20; len(w) < 32 && c >= 'a' && c <= 'z' {
			var c1 byte
			if len(w) > 1 {
				c1 = w[1]
			}
			f[starterIndex(w[0], c1)] |= 1 << len(w)
		}
	}
	return &f
}

// may reports whether w can be in the filter's table.
func (f *wordFilter) may(w *word) bool {
	if w.n == 0 || w.n >= 32 || w.low[0] < 'a' || w.low[0] > 'z' {
		return false
	}
	var c1 byte
	if w.n > 1 {
		c1 = w.low[1]
	}
	return f[starterIndex(w.low[0], c1)]&(1<<w.n) != 0
}

// mayAt reports whether the letters s[start:end] can be a word of the
// filter's table, without reading them into a word.
func (f *wordFilter) mayAt(s string, start, end int) bool {
	n := end - start
	if n <= 0 || n >= 32 {
		return false
	}
	c := s[start] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	var c1 byte
	if n > 1 {
		c1 = s[start+1]
	}
	return f[starterIndex(c, c1)]&(1<<n) != 0
}

// prevSpan returns the bounds of the word before the white space ending at
// i, as prevWord finds it, without reading it; start == end when there is
// none.
func (sc *scanner) prevSpan(i int) (int, int) {
	// The readings of a figure look back at the same word several times
	// (its change, its unit, its label): the last answer is kept.
	if i == sc.prevAt && i > 0 {
		return sc.prevK, sc.prevJ
	}
	k, j := sc.prevSpanRead(i)
	sc.prevAt, sc.prevK, sc.prevJ = i, k, j
	return k, j
}

// prevSpanRead is prevSpan without its memory.
func (sc *scanner) prevSpanRead(i int) (int, int) {
	s := sc.s
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') && i-j < 8 {
		j--
	}
	k := j
	// Eight bytes at a time back to the start of the word (letters.go),
	// at most 17 letters back.
	for k >= 8 && j-k < 16 {
		m := nonLetters(load8(s, k-8))
		if m != 0 {
			k -= bits.LeadingZeros64(m) >> 3
			break
		}
		k -= 8
	}
	for k > 0 && isLetter(s[k-1]) && j-k <= 16 {
		k--
	}
	if k == j || (k > 0 && isDigit(s[k-1])) {
		return j, j
	}
	return k, j
}

// nextSpan returns the bounds of the word after the white space at i, as
// nextWord finds it, without reading it; start == end when there is none.
func (sc *scanner) nextSpan(i int) (int, int) {
	s := sc.s
	j := sc.spaceAt(i)
	if j == i || j >= len(s) || !isLetter(s[j]) {
		return j, j
	}
	k := j
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	return j, k
}

var unitFilter = func() *wordFilter {
	all := map[string]bool{}
	for u := range measureUnits {
		all[u] = true
	}
	for u := range casedUnits {
		all[strings.ToLower(u)] = true
	}
	return newFilter(all)
}()

// specialFilter passes the words unitAfter reads with the word after them.
var specialFilter = newFilter(map[string]bool{"degrees": true, "degree": true, "basis": true, "square": true,
	"sq": true, "cubic": true, "nautical": true})

// percentFirst reads a share named before its number, with no figure
// before it: "percent of 10", "per cent of twenty-two" (10% and 22%). After
// a figure ("40 percent of 2019 levels") the share was read with it.
func (sc *scanner) percentFirst(i int, w *word) (int, bool) {
	s := sc.s
	if w.is("per") && !sc.nextWordIs(w.end, "cent") {
		return i, false
	}
	if pw := sc.prevWord(i); pw.n == 0 && i > 0 && sc.last > 0 && sc.spaceAt(sc.last) == i {
		return i, false
	}
	q, n, err := sc.qr.Read(s[i:])
	if err != nil || n == 0 || q.Unit != claims.Percent || q.Qualifier != claims.Exact {
		return i, false
	}
	if e := i + n; e < len(s) && (isAlnum(s[e]) || s[e] == '-') || sc.nextWord(e).n > 0 && !sc.nextWordIs(e, "and") {
		return i, false // "percent of 10-year-olds", "percent of 200 voters"
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: i + n}, Class: Percentage, Quantity: q}), true
}

// negativeDollars reads the count n after "$-" as a negative amount of
// dollars ("$-50.8bn"), its span widened over the sign.
func (sc *scanner) negativeDollars(n *Number) {
	q := &n.Quantity
	if n.Class != Count || q.Qualifier != claims.Exact || q.Value.Sign() <= 0 {
		return
	}
	start := n.Span.Start - 2
	q.Text, q.Value = sc.s[start:n.Span.Start+len(q.Text)], q.Value.Neg()
	q.Lower.Value, q.Upper.Value = q.Value, q.Value
	n.Class, n.Unit, n.Span.Start = Money, "$", start
}

// gluedCode returns the code when w, written just before an amount with
// nothing between ("USD10m", "RM23.50"), is a currency code in capitals,
// or "".
func gluedCode(w string) string {
	switch w {
	case "USD", "EUR", "GBP", "RUB", "UAH", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "HKD", "SGD", "NZD", "MYR", "RM",
		"PS": // "PS2.7m": the pound sign as text folded to ASCII renders it ("¥" is "Y=")
		return w
	}
	return ""
}

// codeAmount reads the amount at d after the currency code s[i:d] written
// before it ("USD10m", "Y=590 billion") as the grammar reads one after "$",
// and emits it as money in that currency.
func (sc *scanner) codeAmount(i, d int, code string) (int, bool) {
	s := sc.s
	end := min(len(s), d+len(scratchBuf{})-1)
	var buf scratchBuf
	q, n, err := sc.qr.Read(scratch(&buf, "$", s[d:end], ""))
	if err != nil || n <= 1 || q.Qualifier != claims.Exact || q.Change != claims.Level {
		return i, false
	}
	e := d + n - 1
	if e < len(s) && isAlnum(s[e]) {
		return i, false
	}
	if code == "PS" && !poundAmount(s[d:e]) {
		return i, false // "PS5", "PS4": a console's name, not five pounds
	}
	r := claims.NewQuantity(s[d:e], claims.Exact, q.Value)
	r.Precision = q.Precision
	if h, hq, ok := sc.hedgeBefore(i, s[d:e]); ok {
		// "about RM3.5mil", "up to PS2.7m": the hedge before the code.
		r = claims.NewQuantity(s[h:e], hq.Qualifier, hq.Value)
		r.Precision, i = hq.Precision, h
	}
	return sc.emit(Number{Span: claims.Span{Start: i, End: e}, Class: Money, Unit: code, Quantity: r}), true
}

// hedgeBefore looks for a hedge of one to three words ending one space
// before the currency code at i ("about", "up to", "just under"), for the
// codes the grammar does not read ("PS", "Y=", "EUR 4.5 million"): it returns
// where the longest begins and what it and the amount (the code's digits,
// as after "$") read to, when that is a hedged amount.
func (sc *scanner) hedgeBefore(i int, amount string) (int, claims.Quantity, bool) {
	s := sc.s
	best, bq := -1, claims.Quantity{}
	k := i
	for words := 0; words < 3; words++ {
		if k < 2 || s[k-1] != ' ' || !isLetter(s[k-2]) {
			break
		}
		pw := sc.wordBefore(k - 1)
		if pw.n == 0 || pw.start < sc.last {
			break
		}
		var buf scratchBuf
		t := scratch(&buf, s[pw.start:i], "$", amount)
		q, n, err := sc.qr.Read(t)
		if err == nil && n == len(t) && q.Qualifier != claims.Exact && q.Qualifier != claims.Range && !q.Vague {
			best, bq = pw.start, q
		}
		k = pw.start
	}
	return best, bq, best >= 0
}

// poundAmount reports whether the amount t after a glued "PS" is written as
// money is, with a group separator, decimals or a scale ("21,700", "2.7m",
// "8.1bn"), rather than as the number of a model.
func poundAmount(t string) bool {
	for k := 0; k < len(t); k++ {
		if t[k] == ',' || t[k] == '.' || isLetter(t[k]) {
			return true
		}
	}
	return false
}

// squareUnit returns the code of a unit of length written squared right
// after a number ("32m2", "5km2"): w is the unit's letters and a "2"
// follows them; "" when it is not one.
func squareUnit(s string, w *word) string {
	if w.end+1 < len(s) && isAlnum(s[w.end+1]) || s[w.end] != '2' {
		return ""
	}
	switch code := measureUnits[string(w.low[:w.n])]; code {
	case "m", "km", "cm", "mm", "ft", "mi":
		return code + "2"
	}
	return ""
}
