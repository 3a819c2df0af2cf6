package text

// Measurements and shares as claims: a distance, an area or a temperature
// that its sentence makes a fact about a place (physicalMeasure), and a
// share in words of a group ("a third of the voters", "one in 35
// residents": shareOf). Their word knowledge (units by code, verbs and
// nouns of size, words of heat) is in lexicon.go.

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// physicalMeasure names what a measurement counts when its sentence makes
// it a fact about a place or an event, as a fact-checker reads it: a
// distance that places something ("some 250 km north of Madrid", "40
// miles from Lyon"), the area of a place ("the square covers about 8,000
// square metres"), a temperature ("the heat reached 47C", "temperatures hit 120
// degrees"). The measure is the quantity and the unit's code ("distance
// (km)", "area (m2)", "temperature (degC)"); for a distance from is the
// name of the place it is measured from. Other measurements ("a depth of
// 10 km", "4.8 metres of water", "turned 180 degrees") are no claims.
func (d *document) physicalMeasure(k int, s sentence) (m, from string, sp claims.Span) {
	f := &d.figs[d.toks[k].fig]
	q := d.lx.physical[f.ucode]
	if q == "" || f.q.Unit != claims.Count || f.q.Change != claims.Level || k > s.first && d.toks[k-1].low == "per" {
		return "", "", sp
	}
	m = q + " (" + f.ucode + ")"
	switch q {
	case "area":
		// The size of a place: "the plaza is about 9,000 square metres",
		// "it covers 30 hectares", "an area of 2 km2"; not the ground a
		// fire burned or a flood covered ("burned 40,000 acres").
		if p := k - 1; p >= s.first && (d.gram(p)&gBe != 0 || d.lx.sizeVerb[d.toks[p].low] ||
			d.toks[p].low == "of" && p-1 >= s.first && d.lx.sizeNoun[d.toks[p-1].low]) {
			return m, "", sp
		}
		return "", "", sp
	case "temperature":
		if f.ucode != "deg" {
			return m, "", sp // "47C", "117 degrees Fahrenheit"
		}
		for i := s.first; i <= s.last; i++ {
			if d.lx.heat[d.toks[i].low] {
				return m, "", sp // "degrees" alone are a temperature only in a sentence of heat
			}
		}
		return "", "", sp
	}
	if q != "distance" {
		return "", "", sp // a weight, a volume: what they weigh or hold is no place
	}
	// A distance: the unit, a point of the compass or "away", then "of"
	// or "from" and a place's name ("of the city of Herat") or the capital
	// the story names.
	j := d.tokenAt(d.unitEnd(f))
	dir := false
	for j <= s.last && (compassWords[d.toks[j].low] || d.toks[j].low == "away") {
		j, dir = j+1, true
	}
	if j > s.last || !(d.toks[j].low == "from" || dir && d.toks[j].low == "of") {
		return "", "", sp
	}
	j++
	for j <= s.last && d.lx.g.det[d.toks[j].low] {
		j++
	}
	if j+1 <= s.last && d.toks[j].kind == tWord && !d.toks[j].capital && d.toks[j+1].low == "of" {
		j += 2 // "the city of Herat"
	}
	if j <= s.last && d.toks[j].low == "capital" && (j+1 > s.last || d.toks[j+1].low != "of") {
		if c := d.capitalCity(); c != "" {
			return m, c, d.span(j, j) // "30 km south of the capital": the city it stands for
		}
		if dir {
			return m, "", sp // a way from a capital the story does not name places all the same
		}
	}
	e := j
	for e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital {
		e++
	}
	if e == j {
		return "", "", sp // "10 km from the coast": no place named
	}
	sp = d.span(j, e-1)
	return m, strings.TrimSuffix(strings.TrimSuffix(d.text[sp.Start:sp.End], "'s"), "’s"), sp
}

// unitEnd returns the end of a measurement's unit as written after its
// figure ("250 kilometres", "200km"), or the figure's end.
func (d *document) unitEnd(f *figure) int {
	e := f.span.End
	if e < len(d.text) && d.text[e] == ' ' {
		e++
	}
	if f.unit != "" && strings.HasPrefix(d.text[e:], f.unit) {
		return e + len(f.unit)
	}
	return f.span.End
}

// shareOf names the group a ratio is a share of, with " (share)": the
// group after "of" ("about a quarter of the voters", "half of those freed",
// whose measure is m, read by the measure stage) or the noun after "one in
// N" ("one in 50 residents"). It returns "" for a ratio of no group named
// ("a third term", "a two-thirds majority").
func (d *document) shareOf(k int, s sentence, m string) string {
	if m != "" && k > s.first && d.toks[k-1].low == "by" && d.countedNoun(strings.TrimSuffix(m, " (share)")) {
		// "arrivals fell by about two-thirds": a change by a share of what
		// the verb's subject counts, as the measure stage read it.
		return strings.TrimSuffix(m, " (share)") + " (share)"
	}
	if k+1 > s.last {
		return ""
	}
	f := &d.figs[d.toks[k].fig]
	switch {
	case d.toks[k+1].low == "of":
		j := k + 2
		for j <= s.last && (isArticle(d.toks[j].low) || d.toks[j].low == "all" || d.toks[j].kind == tFig) {
			j++ // "half of all deaths", "a third of the 900 voters"
		}
		if j > s.last || d.toks[j].kind != tWord {
			return ""
		}
		switch d.toks[j].low {
		case "those", "them", "whom", "these":
			// "half of those freed": the group told before, the people of
			// the transfer just told when there is one, else as the measure
			// stage carried it.
			if lt := d.lastTransfer; lt.ok && lt.measure != "" && d.paraOf[d.sentOf[k]]-lt.para <= 1 {
				m = lt.measure
			} else if si := d.sentOf[k]; m == "" && d.lastMeasure != "" && d.lastMeasureSent >= si-1 && d.lastMeasureKey == d.paraOf[si] {
				// "some 90 died, two-thirds of them children": the count
				// told just before, in its sentence or the one before it
				// in the paragraph, when no word of the share's own names
				// the group.
				m = d.lastMeasure
			}
		default:
			// A group named by its plural noun ("of the voters"), not a
			// place or a thing ("two thirds of the region", "a third of
			// what they claim").
			if !d.groupNoun(j) && !(j+1 <= s.last && d.toks[j+1].kind == tWord && d.cls(j)&cBreaker == 0 && d.groupNoun(j+1)) {
				return ""
			}
		}
	case majorityNouns[d.toks[k+1].low]:
		// "secured a two-thirds majority", "a win with more than a
		// two-thirds majority": a majority won or held is a share of the
		// seats (of the votes when it says so); one needed or sought ("the
		// bill needs a two-thirds majority") is a threshold, no claim.
		if !d.majorityWon(k, s) {
			return ""
		}
		m = "seats"
		if j := k + 2; j+1 <= s.last && d.toks[j].low == "of" {
			for j++; j <= s.last && isArticle(d.toks[j].low); j++ {
			}
			if j <= s.last && d.toks[j].kind == tWord {
				if mv, _ := d.measureAt(j); mv == "votes" {
					m = mv // "a two-thirds majority of the vote"
				}
			}
		}
	case strings.Contains(f.text, " in ") && d.toks[k+1].kind == tWord:
		m = d.ownNoun(k + 1) // "one in 50 residents"
	case strings.Contains(f.text, " out of ") && d.toks[k+1].kind == tWord:
		// "three out of four regional trains", "one out of two TERs": the
		// plural noun after its adjectives.
		m = ""
		for j := k + 1; j <= s.last && j <= k+3 && d.toks[j].kind == tWord && d.cls(j)&cBreaker == 0; j++ {
			if mv, _ := d.measureAt(j); mv != "" {
				m = mv
				break
			}
			if w := d.ownNoun(j); w != "" {
				m = w
				break
			}
			if w := d.toks[j].low; d.toks[j].capital && len(w) > 2 && w[len(w)-1] == 's' && isUpperWord(d.text[d.toks[j].start:d.toks[j].end-1]) {
				m = w // "TGVs": a plural of letters
				break
			}
		}
	default:
		return ""
	}
	m = strings.TrimSuffix(m, " (share)") // "half of them" after "a third of the voters"
	if m == "" {
		return ""
	}
	return m + " (share)"
}

// groupNoun reports a plural noun of a group at token i, through the
// vocabulary ("deaths", "voters") or as written ("residents").
func (d *document) groupNoun(i int) bool {
	if d.toks[i].kind != tWord {
		return false
	}
	m, _ := d.measureAt(i)
	return m != "" || d.ownNoun(i) != ""
}

// majorityWon reports a share of a majority at token k that a verb of
// winning or holding takes as its object ("won a two-thirds majority",
// "set to secure a three-fifths majority") or that comes with a result
// ("a landslide with more than a two-thirds majority").
func (d *document) majorityWon(k int, s sentence) bool {
	j := k - 1
	for j >= s.first && isNumberModifier(d.toks[j].low) && d.toks[j].low != "to" {
		j--
	}
	if j < s.first || d.toks[j].kind != tWord {
		return false
	}
	if w := d.toks[j].low; isWinVerb(w) {
		return true
	} else if w != "with" {
		return false
	}
	for i := j - 1; i >= s.first && i >= j-8 && d.toks[i].kind == tWord; i-- {
		if resultNouns[d.toks[i].low] {
			return true // "a sweeping win with ...", "a victory for the Greens with ..."
		}
	}
	return false
}
