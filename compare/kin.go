package compare

import "strings"

// Measures that count the same people in other words. A source keeps the
// word its text uses ("detainees" where a report says detainees), but a
// figure of detainees and one of prisoners for the same side and day are
// still two figures for one count: they must meet in one group, so that
// they conflict, and a running total told in one word regresses against
// one told in the other. Measures not listed here never meet.

// kinMeasures maps a measure to the measure of its kin its group is keyed
// under (Key.Measure): detainees and captives are prisoners held by a
// side; an armed side's fighters meet its troops, and rockets fired meet
// missiles, which reports of one barrage use in turn. A part of such a
// measure ("detainees (women)") is grouped as the same part of its kin
// ("prisoners (women)"). Asylum seekers are not refugees' kin: those who
// ask and those granted protection are two counts a report gives side by
// side, and one set against the other would be a false conflict.
var kinMeasures = [...]struct{ word, head string }{
	{"detainees", "prisoners"},
	{"captives", "prisoners"},
	{"fighters", "troops"},
	{"rockets", "missiles"},
}

// groupMeasure returns the measure claims of measure m are grouped under:
// m itself, or its kin's (kinMeasures). It runs once per claim grouped, so
// a measure that is no part ends with a few comparisons of lengths.
func groupMeasure(m string) string {
	if len(m) < 7 { // no kin word is shorter ("rockets")
		return m
	}
	if m[len(m)-1] != ')' {
		for _, k := range kinMeasures {
			if m == k.word {
				return k.head
			}
		}
		return m
	}
	for _, k := range kinMeasures {
		if rest, ok := strings.CutPrefix(m, k.word); ok && strings.HasPrefix(rest, " (") {
			return k.head + rest // a part: "detainees (women)"
		}
	}
	return m
}
