package text

import "strings"

// What the clause around a figure says it counts when the figure has no
// noun of its own (the measure stage's second half; measure.go reads the
// figure's own phrase): the measure named nearest before or after it in
// its sentence, the predicate that says what happened to the people it
// counts ("95 people have died", "were pulled from the rubble"), and the
// subject or verb of its clause.

// measureEnding returns the measure named by a phrase that ends at token
// e, and the phrase's first token.
func (d *document) measureEnding(e, first int) (string, int, bool) {
	for n := min(d.x.maxMeasure, e-first+1); n >= 1; n-- {
		if m, l := d.measureAt(e - n + 1); m != "" && l == n {
			return m, e - n + 1, true
		}
	}
	return "", 0, false
}

// measureBefore returns the measure named nearest before the figure at k
// and not before token from of its sentence, on the same side of any
// quotation mark.
func (d *document) measureBefore(k, from int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for i := k - 1; i >= from; i-- {
		if d.toks[i].quote != q {
			continue
		}
		if m, i0, ok := d.measureEnding(i, s.first); ok && !d.namesBody(i) {
			b.why("measure", d.span(i0, i))
			return m, true
		}
	}
	return "", false
}

// namesBody reports a measure's word at token i that names a body or an
// event with the noun after it: "the refugee agency", "a prisoners'
// committee", "the missile strike" count nothing.
func (d *document) namesBody(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tWord || d.sentOf[i+1] != d.sentOf[i] {
		return false
	}
	w := d.toks[i+1].low
	return d.lx.org[w] || eventNouns[w] && !strings.HasSuffix(d.toks[i].low, "s")
}

// nearestMeasure returns the measure named nearest before the figure at k
// in its sentence (on the same side of any quotation mark), else after it.
func (d *document) nearestMeasure(k int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for i := k - 1; i >= s.first; i-- {
		if d.toks[i].quote != q || d.toks[i].low == "body" {
			continue // "the highest judicial body": a body that is no corpse
		}
		if m, i0, ok := d.measureEnding(i, s.first); ok && !d.namesBody(i) {
			if w := i0 - 3; w >= s.first && d.toks[i0-1].kind == tFig && d.toks[i0-2].low == "of" && d.toks[i0-3].low == "out" {
				// "3.1 million votes out of 5.6 million voters, not the 71%
				// announced first": the whole of a ratio; the share is of
				// its part.
				i = w
				continue
			}
			b.why("measure", d.span(i0, i))
			return m, true
		}
	}
	for i := k + 1; i <= s.last; i++ {
		if d.toks[i].quote != q {
			continue
		}
		if m, n := d.measureAt(i); m != "" {
			b.why("measure", d.span(i, i+n-1))
			return m, true
		}
	}
	return "", false
}

// predicate reads what happened to people from the verb after their noun:
// "95 people have died", "were killed", "had taken part".
func (d *document) predicate(i int, s sentence) (string, bool) {
	named := i > s.first && d.toks[i-1].kind == tWord // a noun names the people: "300 people crossed", not "another 300 crossed"
	d.crowdByPredicate = false
	if i+2 <= s.last && (d.toks[i].low == "and" || d.toks[i].low == "or") && d.toks[i+1].quote == d.toks[i].quote &&
		(d.ownNoun(i+1) != "" || d.cls(i+1)&cPerson != 0 && !d.toks[i+1].capital) {
		// "80 nurses and porters hurt": past the noun joined to the
		// first, to the word of the vocabulary both take right after it.
		if m, _ := d.measureAt(i + 2); m != "" && d.cls(i+2)&cPerson == 0 {
			i += 2
		}
	}
	if i+1 <= s.last && d.toks[i].low == "of" {
		// "300 residents of the old town were killed", "opponents of the
		// law in the streets": past what the people are of.
		if _, h, ok := d.nounPhrase(i+1, s, d.toks[i].quote); ok {
			i = h + 1
		}
	}
	if i <= s.last && d.toks[i].low == "," {
		// "students, teachers and parents marched": past the list.
		for j := i + 1; j+1 <= s.last && j <= i+8; j++ {
			t := &d.toks[j]
			if t.kind == tWord && (t.low == "and" || t.low == "or") && j > i+1 {
				if j+2 <= s.last && d.toks[j+1].kind == tWord && !d.toks[j+1].capital {
					return d.predicate(j+2, s)
				}
				break
			}
			if t.kind != tWord && t.low != "," || t.kind == tWord && (t.capital || d.cls(j)&cBreaker != 0) {
				break
			}
		}
	}
	if i <= s.last && d.toks[i].low == "," {
		// "311 people, most of them civilians, have been killed"
		for j := i + 1; j <= s.last && j <= i+8; j++ {
			if d.toks[j].low == "," {
				i = j + 1
				break
			}
		}
	}
	if i <= s.last && (d.toks[i].low == "including" || d.toks[i].low == "among") {
		// "310 people including 120 men and 150 women … were listed as
		// missing": past the parts to the verb of the whole.
		for j := i + 1; j <= s.last && j <= i+12; j++ {
			if t := &d.toks[j]; t.kind != tWord && t.kind != tFig || t.capital {
				break
			}
			if w := d.toks[j].low; w == "were" || w == "was" || w == "are" || w == "is" || w == "have" || w == "had" || w == "has" {
				i = j
				break
			}
		}
	}
	for n := 0; i <= s.last && n < 7; i, n = i+1, n+1 {
		t := &d.toks[i]
		if t.kind != tWord {
			if t.openQ || t.closeQ || d.isQuoteMark(i) {
				continue // 4,000 people ‘dead or injured’
			}
			if t.kind == tFig && d.cls(i-1)&cPrep != 0 {
				continue // "were in 880 shelters": a count inside the place they are in
			}
			if t.low == "(" {
				// "a million people (by their count) marched": past an
				// aside in brackets.
				if j := d.closingBracket(i, s); j > 0 {
					i = j
					continue
				}
			}
			if j := d.closingDash(i, s); j > 0 {
				i = j // "9,000 people – a town's worth – have crossed": past an aside between dashes
				continue
			}
			return "", false
		}
		if m, _ := d.measureAt(i); (d.lx.movedPeople[m] || t.gram&gPeopleWord != 0 && d.lx.movedPeople[d.lx.peopleState[t.low]]) && d.aboutCaptives() {
			// "were deported", "came home" in a story of captives: the
			// captives freed, which the transfer stages read.
			return "", false
		}
		if m, n := d.measureAt(i); m != "" && t.cls&cPerson == 0 {
			if m == "protesters" {
				// "joined Friday's general strike": the event joined says
				// who took part; "joined in", the event of the story told
				// before.
				if ev := d.eventObject(i+n, s); ev != "" {
					return ev, true
				}
				if n == 1 && d.noObject(i+1, s) {
					if ev := d.eventBefore(i); ev != "" {
						return ev, true
					}
				}
			}
			// "were either dead or injured": both, as one measure.
			if j := i + n; j+1 <= s.last && d.toks[j].low == "or" {
				if m2, _ := d.measureAt(j + 1); m2 != "" && m2 != m && d.cls(j+1)&cPerson == 0 {
					return m + " or " + m2, true
				}
			}
			return m, true
		}
		if strings.HasSuffix(t.low, "ly") || d.x.demonyms[t.low] != "" || t.low == "either" {
			continue // "were seriously wounded", "in Russian captivity"
		}
		if d.lx.motion[t.low] && d.purposeAfter(i, s) {
			continue // "came out to protest": the verb of purpose says
		}
		if voteRightWords[t.low] && i+2 <= s.last && d.toks[i+1].low == "to" && d.toks[i+2].low == "vote" && d.x.canon["voters"] {
			return "voters", true // "had the right to vote", "are eligible to vote": the electorate
		}
		if t.gram&gPeopleWord != 0 {
			if m := d.lx.peopleState[t.low]; m != "" {
				return m, true // "are still being treated": patients
			}
			if named && d.lx.crossVerb[t.low] && d.crossesBound(i, s) {
				// "crossed the strait": got across it, as "made the
				// crossing"; a figure with no noun ("another 300 crossed
				// into the next country") keeps the measure its sentence
				// carries (those who fled).
				return "arrivals", true
			}
			if i+1 <= s.last && d.toks[i+1].kind == tWord {
				if m := d.lx.peopleState[t.low+" "+d.toks[i+1].low]; m != "" {
					return m, true // "made landfall", "touched down"
				}
				if i+2 <= s.last && d.toks[i+1].low == "the" && d.toks[i+2].kind == tWord {
					if m := d.lx.peopleState[t.low+" the "+d.toks[i+2].low]; m != "" {
						return m, true // "made the crossing"
					}
				}
			}
		}
		if n > 0 && (d.lx.place[t.low] || i >= 2 && d.cls(i-2)&cPrep != 0) && d.toks[i-1].kind == tFig {
			continue // "2 million people in 12 districts have been affected", "in nine boats arrived": past the places they are in
		}
		if j := d.pastPlace(i, s); j > i {
			i, n = j-1, n+1 // "came to Lourdes for", "in northern Chile who were"
			continue
		}
		if t.low == "for" {
			if ev := d.eventObject(i+1, s); ev != "" {
				return ev, true // "who travelled to the shrine for the pilgrimage": pilgrims
			}
			return "", false
		}
		if d.groundTaken(i, s) && d.x.canon["protesters"] {
			d.crowdByPredicate = true // no word of the people's own: callers with one keep it
			return "protesters", true // "thronged the streets of the capital": a crowd
		}
		if d.lx.crowdGather[t.low] && d.intransitive(i, s) && d.x.canon["protesters"] {
			d.crowdByPredicate = true // no word of the people's own: callers with one keep it
			return "protesters", true // "if a million gather in the capital": a crowd
		}
		switch t.low {
		case "under", "in", "still", "flee", "fled", "held":
			if t.low == "flee" || t.low == "fled" {
				return "displaced", true
			}
			if t.low == "held" && d.x.canon["prisoners"] {
				if d.heldOnADay(i, s) {
					return "", false // "47 council elections held on Saturday": an event held, no one captive
				}
				return "prisoners", true // "23 were still held"
			}
			continue
		case "been", "being", "who", "expected", "confirmed", "believed", "remain", "remained", "remains", "remaining", "listed", "as",
			"reported", "feared", "presumed", "officially", "thought", "known", "said", "to", "have", "be",
			"on", "the", "from", "into", "moved", "taken", "relocated", "driven", "forced", "sent", "brought", "left",
			"registered", "now", "living", "also", "found", "suspected", "estimated", "likely", "understood":
			continue // "have also been found injured", "are suspected to have died"
		}
		if i >= 2 && d.toks[i-1].low == "the" && d.cls(i-2)&cPrep != 0 && !t.capital &&
			d.cls(i)&(cBreaker|cAux) == 0 && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") {
			continue // "two people from the boats are reported missing": past the noun of a phrase on the people
		}
		if t.cls&cAux == 0 {
			return "", false
		}
	}
	return "", false
}

// intransitive reports a verb at token i that takes no object: what follows
// it ends its clause or starts a phrase of place or time ("gather in the
// square", "gather on Sunday", "gather again"), not a noun ("gather
// nectar", "gather the harvest").
func (d *document) intransitive(i int, s sentence) bool {
	j := i + 1
	if j > s.last {
		return true
	}
	t := &d.toks[j]
	return t.kind == tPunct || d.gram(j)&gPrep != 0 || t.cls&cDate != 0 || strings.HasSuffix(t.low, "ly") || t.low == "again" || t.low == "together"
}

// closingDash returns the dash that closes an aside opened by the dash at
// token i, within a dozen words of its sentence, or -1: "9,000 people –
// a town's worth – have crossed".
func (d *document) closingDash(i int, s sentence) int {
	if !isDashOrHyphen(d.toks[i].low) {
		return -1
	}
	for j := i + 1; j <= s.last && j <= i+12; j++ {
		if isDashOrHyphen(d.toks[j].low) {
			return j
		}
		if t := &d.toks[j]; t.kind == tPunct && (t.low == "." || t.low == ";" || t.low == ":") {
			return -1
		}
	}
	return -1
}

// heldOnADay reports "held" at token i as a participle after its noun,
// followed by the day or the time it was held ("elections held on
// Saturday", "held last week", "held in March"): an event held, not
// people held captive ("23 were still held on Saturday").
func (d *document) heldOnADay(i int, s sentence) bool {
	if p := i - 1; p >= s.first && (d.gram(p)&gBe != 0 || d.toks[p].low == "still") {
		return false // "23 were still held on Saturday": people, held captive
	}
	for j := i + 1; j <= s.last && j <= i+3; j++ {
		t := &d.toks[j]
		if t.cls&cDate != 0 {
			return true
		}
		if t.kind != tWord || d.gram(j)&(gPrep|gDet) == 0 && t.low != "last" && t.low != "this" && t.low != "next" {
			return false
		}
	}
	return false
}

// groundTaken reports a verb of filling at token i whose object is the open
// ground a crowd fills: "packed the avenues", "thronged the main square",
// "filled the Alder Park area"; not one of leaving or searching it ("fled
// the area", "searched the streets"), nor a bare "area" or "park", which
// any site has ("cleaned the park").
func (d *document) groundTaken(i int, s sentence) bool {
	if !d.lx.groundFill[d.toks[i].low] {
		return false
	}
	for j, n := i+1, 0; j <= s.last && n < 3; j, n = j+1, n+1 {
		t := &d.toks[j]
		if t.kind != tWord || t.capital && n == 0 {
			return false
		}
		if d.lx.crowdGround[t.low] {
			if d.lx.groundNamed[t.low] && !d.toks[j-1].capital {
				return false
			}
			return n > 0 // past "the", or "the main"
		}
		if n == 0 && t.low != "the" {
			return false
		}
	}
	return false
}

// subjectMeasure reads the measure of the noun a figure is linked to, or of
// the subject of the verb that takes it: "estimating the crowd at 300,000
// people", "A rally drew 300 people", "the rally, which organisers said drew
// 20,000".
func (d *document) subjectMeasure(k int, s sentence, b *builder) (string, bool) {
	j := k - 1
	if j > s.first && (d.toks[j].openQ || d.isQuoteMark(j)) {
		j-- // put the crowd at "tens of thousands": the link stands outside the quotation
	}
	if j > s.first && d.toks[j].low == "the" {
		j-- // "numbered in the hundreds", "ran into the thousands"
		if w := d.toks[j].low; j > s.first && (w == "in" || w == "into") {
			j--
		}
	}
	if j < s.first || d.toks[j].kind != tWord {
		return "", false
	}
	if m, i0, ok := d.measureEnding(j, s.first); ok && d.lx.measureClass[m]&mcToll != 0 && d.cls(j)&cPerson == 0 {
		// "Quake death toll above 4,500": a toll named right before its
		// figure, as headlines write it.
		b.why("measure", d.span(i0, j))
		return m, true
	}
	w := d.toks[j].low
	if !d.lx.linking[w] && !isIrregularPast(w) && !strings.HasSuffix(w, "ed") || d.cueAt(j, s.last) != 0 {
		return "", false // "received 57": the subject of a transfer is a party, not a measure
	}
	cl0, _ := d.clause(s, k)
	if c := &d.clist[d.clauseAt(k)]; c.kind == clRelative && int(c.first) < cl0 && int(c.first) >= s.first {
		// "the march, which, police said, drew 9,000": the relative
		// word before an aside set off by commas.
		cl0 = int(c.first)
	}
	if cl0 > s.first+1 {
		switch d.toks[cl0].low {
		case "which", "that", "who":
			rel := cl0
			cl0, _ = d.clause(s, cl0-2) // the noun the relative clause is about
			if m, ok := d.antecedentMeasure(rel, cl0, b); ok {
				return m, true
			}
		}
	}
	if t := k - 1; t-1 > s.first && (d.toks[t].low == "to" || d.toks[t].low == "at") {
		// "New casualty figures pushed the death toll to 8,000": the toll
		// the figure is set to, not the subject that moved it.
		if m, i0, ok := d.measureEnding(t-1, s.first); ok && d.lx.measureClass[m]&mcToll != 0 && d.cls(t-1)&cPerson == 0 {
			b.why("measure", d.span(i0, t-1))
			return m, true
		}
	}
	if m, ok := d.tollSubject(k, s, b); ok {
		return m, true
	}
	if d.lx.linking[w] && d.frameIn(cl0, j) {
		// "the number of the hurt during the marches so far stands
		// at 212": the noun of number says, not the nearest noun.
		if m, ok := d.frameMeasure(j, s, b); ok {
			return m, true
		}
	}
	return d.measureBefore(k, cl0, s, b)
}

// frameIn reports a noun of number followed by "of" ("the number of",
// "the total of") between tokens a and e.
func (d *document) frameIn(a, e int) bool {
	for i := a; i < e; i++ {
		if d.lx.withheldObj[d.toks[i].low] && d.toks[i+1].low == "of" {
			return true
		}
	}
	return false
}

// antecedentMeasure returns the first measure named in the noun phrase
// that the relative word at rel stands for, read with the phrases of
// prepositions after its head and not before token from: "a march
// against the release of jailed leaders, which drew 9,000" counts the
// march's people, not the leaders.
func (d *document) antecedentMeasure(rel, from int, b *builder) (string, bool) {
	e := rel - 1
	if e >= from && d.toks[e].low == "," {
		e--
	}
	q := d.toks[rel].quote
	a := e + 1
	for j := e; j >= from && j > e-16; j-- {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != q {
			break
		}
		adjective := j < e && j > from && strings.HasSuffix(t.low, "ed") && d.gram(j-1)&(gPrep|gDet) != 0 // "of jailed leaders"
		if !d.nounWord(j) && d.gram(j)&gPrep == 0 && !adjective {
			break
		}
		a = j
	}
	for i := a; i <= e; i++ {
		if m, n := d.measureAt(i); m != "" && i+n-1 <= e && d.cls(i)&cPerson == 0 {
			b.why("measure", d.span(i, i+n-1))
			return m, true
		}
	}
	return "", false
}

// verbAfter reports a verb of its own after a noun: "were deployed",
// "had been evacuated", "joined".
func (d *document) verbAfter(i int, s sentence) bool {
	list := false
	for n := 0; i <= s.last && n < 10; i, n = i+1, n+1 {
		t := &d.toks[i]
		if t.low == "," || t.low == "and" {
			list = true // "15,000 police officers, soldiers and emergency workers have been deployed"
			continue
		}
		if t.kind != tWord {
			return false
		}
		if t.low == "without" {
			return true // "households were without power": a state of their own
		}
		if t.cls&cAux != 0 || t.low == "been" {
			continue
		}
		if list && d.cls(i)&cBreaker == 0 && !strings.HasSuffix(t.low, "ed") && !isIrregularPast(t.low) {
			continue // another noun of the list
		}
		if d.cueAt(i, s.last) != 0 {
			return false // "were freed": the story's transfer goes on
		}
		return strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || isIrregularPast(t.low) && t.cls&cAux == 0
	}
	return false
}

// verbBefore reads the measure from a verb just before the figure: "killed
// at least 95 people", "injured 40 others".
func (d *document) verbBefore(k int, s sentence) (string, bool) {
	j := k - 1
	for n := 0; n < 2 && j > s.first && d.lx.addedTo[d.toks[j].low]; n++ {
		j-- // "wounded another 70", "killed a further 12"
	}
	if j >= s.first && d.toks[j].kind == tWord {
		w := d.toks[j].low
		if m, _ := d.measureAt(j); m != "" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || j > s.first && d.toks[j-1].low == "to") {
			return m, true // "killed at least 95", "moved in to arrest one of them"
		}
		// "wiped out almost 15,000", "rounded up 300": a verb and its
		// particle, named together in the vocabulary.
		if m, i0, ok := d.measureEnding(j, s.first); ok && i0 < j {
			if v := d.toks[i0].low; strings.HasSuffix(v, "ed") || isIrregularPast(v) {
				return m, true
			}
		}
	}
	return "", false
}

// isIrregularPast reports common verbs in the past tense that do not end
// in "-ed": they end the noun phrase after a figure.
func isIrregularPast(w string) bool {
	switch w {
	case "met", "went", "came", "took", "got", "gave", "made", "said", "left", "held", "fell", "rose", "stood",
		"ran", "saw", "told", "found", "kept", "brought", "fled", "won", "lost", "hit", "put", "set", "became",
		"began", "drew", "swept", "sought", "spent", "thought", "sent", "built", "fought", "flew", "grew", "led",
		"remain", "remained", "are", "were", "is", "was", "have", "had", "has", "will", "would":
		return true
	}
	return false
}

func isNumberModifier(w string) bool {
	switch w {
	case "an", "a", "the", "additional", "another", "further", "some", "more", "only", "about", "nearly",
		"almost", "over", "just", "around", "roughly", "approximately", "estimated", "remaining", "least", "at",
		"than", "up", "to", "total", "all", "those", "these", "its", "their", "our", "extra", "other":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "its", "their", "his", "her", "our", "own", "these", "those", "them", "whom", "which", "my", "your":
		return true
	}
	return false
}

// crossesBound reports a verb of crossing at i that takes people over a
// border or a sea (the lexicon's crossedBound), optionally named or
// described before it ("the English Channel", "the southern border"), or
// a verb with no object: into or from a place, on foot, in a year, or
// nothing at all where its clause ends ("12,000 people crossed."); not a
// line, a road or a bridge ("crossed the finish line", "crossed over the
// bridge").
func (d *document) crossesBound(i int, s sentence) bool {
	j := i + 1
	if j > s.last || d.toks[j].kind == tPunct && d.toks[j].low != "-" {
		return true
	}
	switch d.toks[j].low {
	case "over", "across", "through":
		j++ // "crossed over the border": the object after it
	case "with", "for", "of":
		return false // "crossed with the flag", "crossed for the cameras"
	default:
		if d.cls(j)&cPrep != 0 {
			return true // "crossed into the next country", "crossed on foot", "crossed in 2022"
		}
	}
	if j <= s.last && d.toks[j].low == "the" {
		j++
	}
	for n := 0; j <= s.last && n < 3 && d.toks[j].kind == tWord; j, n = j+1, n+1 {
		if d.lx.crossedBound[d.toks[j].low] {
			return true
		}
	}
	return false
}
