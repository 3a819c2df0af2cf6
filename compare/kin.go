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
// side; asylum seekers meet refugees, as reports of one caseload often
// give the one count in either word. A part of such a measure ("detainees (women)") is
// grouped as the same part of its kin ("prisoners (women)").
var kinMeasures = [...]struct{ word, head string }{
	{"detainees", "prisoners"},
	{"captives", "prisoners"},
	{"asylum seekers", "refugees"},
}

// groupMeasure returns the measure claims of measure m are grouped under:
// m itself, or its kin's (kinMeasures).
func groupMeasure(m string) string {
	if len(m) < 8 || m[0] != 'd' && m[0] != 'c' && m[0] != 'a' { // no kin word is shorter or starts otherwise
		return m
	}
	for _, k := range kinMeasures {
		if !strings.HasPrefix(m, k.word) {
			continue
		}
		switch rest := m[len(k.word):]; {
		case rest == "":
			return k.head
		case strings.HasPrefix(rest, " ("): // a part: "detainees (women)"
			return k.head + rest
		}
	}
	return m
}
