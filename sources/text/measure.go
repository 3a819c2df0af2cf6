package text

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// measureFor decides what the figure at token k counts:
//
//  1. the noun it is "of": "the bodies of 6,000 soldiers" counts bodies;
//  2. the noun phrase after it, through the vocabulary: "1,200 prisoners of
//     war"; a generic noun ("95 people") takes its measure from the verb
//     ("have died", "joined the general strike"); a frame ("a
//     6,000-for-6,000 formula") from the nearest measure before it;
//  3. a noun linked to it before: "the toll rose to 211", "put the number of
//     protesters at 1.28 million", "turnout was 67%", "the number of
//     migrants who crossed … is 9,030", "gotaways totaled 73,463";
//  4. the measure of the figure before it in the same quotation or
//     paragraph, when the noun is left out ("57 in return", "another 3,000"),
//     unless a verb before the figure says who its people are ("detaining
//     16,000 civilians");
//  5. the noun phrase as written, when the vocabulary does not know it,
//     with its compound and adjective words ("eight trade union centres",
//     "10 police officers", "new arrivals"), not its names or quantifiers.
//
// A percentage counts what it is a share of: the vocabulary word or noun
// phrase after "of" ("60% of strikers", "21% of the economy"), the noun of
// a rate that governs it ("a rate of striking teachers of 32.71%", "an
// abstention rate above 60%", "a score of 79.7%"), what a verb of change
// changed ("hiked prices by up to 100 percent", "inflation fell to 3.1%"),
// or the share of the figure before it in the sentence whose noun is left
// out ("32.7% according to the ministry, 60% according to the unions").
//
// The result is "" when nothing says. Word knowledge (rates, quantifiers,
// nouns of places and things, verbs of change) is in the lexicon.
func (d *document) measureFor(k int, s sentence, f figure, b *builder) (m string, counts bool) {
	if f.class == numbers.Money {
		// An amount of money counts money, in its currency: "$85 million
		// in aid" is "money (USD)".
		b.why("measure", f.span)
		return d.moneyMeasure(f), true
	}
	m = d.measureOf(k, s, f, b)
	if m == noncount {
		return "", false
	}
	percent := f.q.Unit == claims.Percent
	switch {
	case percent && m == "voters" && d.x.canon["turnout"]:
		m = "turnout" // a share of the voters is the turnout
	case !percent && m == "turnout":
		// A count is no turnout rate: a crowd, or the voters.
		if d.sawProtest {
			m = "protesters"
		} else {
			m = "voters"
		}
	}
	if m == "protesters" {
		d.sawProtest = true
	}
	if percent && m != "" {
		d.lastShare, d.lastShareSent = m, d.sentOf[k]
	}
	return m, true
}

// noncount marks a figure that counts what no claim counts.
const noncount = "\x00noncount"

func (d *document) measureOf(k int, s sentence, f figure, b *builder) string {
	key := d.paraOf[d.sentOf[k]]
	carry := func(far bool) (string, bool) {
		if (d.lastMeasureKey == key || far && d.lastMeasureKey == key-1) && d.lastMeasure != "" {
			b.whyText("measure", "carried over from the figure before: "+d.lastMeasure)
			return d.lastMeasure, true
		}
		return "", false
	}
	// 1. "X of [an additional] N".
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) {
		j--
	}
	if j > s.first && d.toks[j].low == "of" && d.toks[j].quote == d.toks[k].quote {
		if m, i0, ok := d.measureEnding(j-1, s.first); ok && !d.lx.person[d.toks[j-1].low] {
			b.why("measure", d.span(i0, j-1))
			return m
		}
	}
	percent := f.q.Unit == claims.Percent
	if percent && k+1 <= s.last && d.x.canon["votes"] {
		switch d.toks[k+1].low {
		case "support", "backing", "approval", "yes", "no", "in":
			if w := d.toks[k+1].low; w != "in" || k+2 <= s.last && d.toks[k+2].low == "favour" || k+2 <= s.last && d.toks[k+2].low == "favor" {
				return "votes" // "passing with 55% support", "52% in favour"
			}
		}
	}
	// "the army lost 27 soldiers": the dead.
	if j := k - 1; j >= s.first && (d.toks[j].low == "lost" || d.toks[j].low == "loses" || d.toks[j].low == "lose") && d.x.canon["deaths"] {
		if i := k + 1; i <= s.last && d.toks[i].kind == tWord && (d.lx.person[d.toks[i].low] || d.x.measures[d.toks[i].low] == "troops") {
			b.why("measure", d.span(j, j))
			return "deaths"
		}
	}
	// 2. The noun phrase after the figure (past a closing quotation mark:
	// counted "well over 500,000" marchers).
	i := k + 1
	if i <= s.last && (d.toks[i].closeQ || d.isQuoteMark(i)) {
		i++
	}
	if i <= s.last && d.toks[i].low == "of" {
		i++ // "79 of its soldiers", "38 of the 141 seats"
		for i <= s.last && (isDeterminer(d.toks[i].low) || d.toks[i].kind == tFig) {
			i++
		}
	}
	for i <= s.last && i < k+3 && isNumberModifier(d.toks[i].low) && d.toks[i].low != "of" && !isArticle(d.toks[i].low) && i+1 <= s.last && d.toks[i+1].kind == tWord && !d.lx.breaker[d.toks[i+1].low] {
		i++ // "600 more bodies", "3,000 additional troops"
	}
	head := -1
	np0 := i // the noun phrase's first word
	q := d.toks[k].quote
	if k+1 <= s.last && (d.toks[k+1].closeQ || d.isQuoteMark(k+1)) && np0 <= s.last {
		q = d.toks[np0].quote // counted "more than 800,000" pro-Palestine protesters
	}
	for ; i <= s.last && i <= k+6; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.quote != q {
			break
		}
		if m, n := d.measureAt(i); m != "" && !d.modifierNoun(i, n, s) {
			if d.lx.person[t.low] && n == 1 {
				if pm, ok := d.predicate(i+1, s); ok {
					return pm
				}
			}
			b.why("measure", d.span(i, i+n-1))
			return m
		}
		participle := strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || isIrregularPast(t.low)
		if participle && i == np0 && i+1 <= s.last && d.toks[i+1].kind == tWord && d.toks[i+1].quote == q &&
			d.cls(i+1)&cBreaker == 0 && d.cls(i)&cBreaker == 0 && d.ownNoun(i+1) != "" {
			continue // "32.7% of striking teachers", "40,000 registered voters": a participle before its noun
		}
		if (t.low == "and" || t.low == "or") && head >= 0 {
			// "50 women and children hostages": one noun phrase, counted
			// by its last noun.
			if j := i + 1; j+1 <= s.last && j <= k+6 && d.toks[j].kind == tWord && d.toks[j].quote == q && !d.toks[j].capital {
				if m, n := d.measureAt(j + 1); m != "" && d.toks[j+1].quote == q {
					b.why("measure", d.span(j+1, j+n))
					return m
				}
			}
			// "300 large and small French cities", "Turkish and foreign
			// rescue workers": adjectives joined before one noun.
			if d.adjectiveAnd(i, s, q) {
				continue
			}
		}
		if d.cls(i)&cBreaker != 0 || participle || d.lx.comparative[t.low] {
			break // "40 pct higher than recorded": a comparison, no noun
		}
		if d.lx.noncount[t.low] && !percent {
			return noncount
		}
		head = i
		if d.ownNoun(i) != "" && i+1 <= s.last && d.ownNoun(i+1) == "" {
			break // the first plural noun heads the phrase: "640 families need shelter"
		}
	}
	if head >= 0 {
		w := d.toks[head].low
		switch {
		case d.lx.noncount[w] && !percent:
			return noncount
		case d.lx.frame[w]:
			if m, ok := d.nearestMeasure(k, s, b); ok {
				return m
			}
			if d.lastMeasure != "" && f.q.Reciprocal {
				b.whyText("measure", "carried over from the figure before: "+d.lastMeasure)
				return d.lastMeasure
			}
			head = -1
		default:
			// "Among the dead were two children": the group named first.
			if cl0, _ := d.clause(s, k); d.toks[cl0].low == "among" {
				if m, n := d.measureAt(cl0 + 1); m != "" {
					b.why("measure", d.span(cl0+1, cl0+n))
					return m
				} else if cl0+2 < k {
					if m, n := d.measureAt(cl0 + 2); m != "" {
						b.why("measure", d.span(cl0+2, cl0+1+n))
						return m
					}
				}
			}
			// In a story of protests, people "in the streets" are its
			// protesters (after a quake they are not).
			if d.sawProtest && d.inTheStreets(head+1, s) {
				b.why("measure", d.span(head, head))
				return "protesters"
			}
			// A rate: "1 to 2 people per square metre".
			if m, ok := d.perPhrase(np0, head, s, b); ok {
				return m
			}
			// A noun the vocabulary does not know ("people", "suspects",
			// "defenders"): the verb says what happened to them.
			if m, ok := d.predicate(head+1, s); ok {
				b.why("measure", d.span(head, head))
				return m
			}
			if m, ok := d.verbBefore(k, s); ok {
				return m
			}
			// "estimating the crowd at 300,000 people", "A rally drew 300
			// people": the noun the figure is linked to, or the subject of
			// the verb that takes it.
			if m, ok := d.subjectMeasure(k, s, b); ok {
				return m
			}
			// People in a story of protests are its protesters: "Two
			// hundred thousand citizens are telling the government …".
			if d.sawProtest && (d.lx.generic[w] || w == "citizens") && d.toks[k].quote != 0 {
				return "protesters"
			}
			// A noun beyond the vocabulary is kept as what it is ("12
			// ambulances", "20 villages", "7,354 bags", "eight trade union
			// centres"), but for people, whom the clause's verb names
			// (prisoners when handed over); it wins over the measure of the
			// figure before.
			if m := d.ownNoun(head); m != "" && (!d.personLike(m) || percent) && !(head+1 <= s.last && (d.toks[head+1].low == "who" || d.toks[head+1].low == "whom")) {
				b.why("measure", d.span(np0, head))
				return d.phraseText(np0, head)
			}
			// A share of something named as it is: "76 per cent of the
			// initial target", "21% of the economy".
			if percent && np0 > k+1 && d.toks[np0-1].kind == tWord {
				if m := d.phraseText(np0, head); m != "" {
					b.why("measure", d.span(np0, head))
					return m
				}
			}
			// People of a kind the story has been counting ("Of the 14
			// foreigners, six were Poles"), unless a verb of their own
			// says what they did ("officers were deployed").
			if !d.verbAfter(head+1, s) && !d.namedPeople(k, s, np0, head) && !d.objectOfVerb(k, s) {
				far := d.lx.person[w] || d.toks[head].capital || d.x.demonyms[strings.TrimSuffix(w, "s")] != ""
				// Not "203 men" after "20 homes": people are no homes.
				if !d.personLike(w) || d.lx.measureClass[d.lastMeasure]&mcPeople != 0 {
					if m, ok := carry(far); ok {
						return m
					}
				}
			}
			return ""
		}
	}
	if k+1 <= s.last && d.toks[k+1].low == "without" {
		return "" // "left 1.2 million without power"
	}
	if head < 0 && !percent {
		j := k + 1
		for j <= s.last && (d.toks[j].low == "more" || d.toks[j].low == "others" || d.toks[j].low == "other" ||
			d.toks[j].low == "of" || d.toks[j].low == "them" || d.toks[j].low == "people" ||
			d.toks[j].low == "those" || d.toks[j].low == "who" || d.toks[j].low == "whom") {
			// "54 of those who perished": the verb of the people the figure is of
			j++
		}
		if m, ok := d.predicate(j, s); ok {
			b.why("measure", d.span(j, min(j+2, s.last)))
			return m
		}
		if m, ok := d.verbBefore(k, s); ok {
			return m
		}
		if m, ok := d.subjectMeasure(k, s, b); ok {
			return m
		}
		if m, ok := d.crowdAt(k, s, b); ok {
			return m
		}
	}
	if percent && k > s.first {
		switch d.toks[k-1].low {
		case "won", "took", "got", "secured", "polled", "garnered", "received", "obtained":
			if head < 0 && d.x.canon["votes"] {
				return "votes" // "the party won 41%": of the vote
			}
		}
	}
	if percent && head < 0 && d.x.canon["votes"] {
		// "doubled its share to 23.8%", "a vote share of 31%": a party's
		// share is of the vote.
		for j := k - 1; j >= s.first && j >= k-4; j-- {
			if d.toks[j].low == "share" && j > s.first {
				if p := d.toks[j-1].low; p == "its" || p == "their" || p == "vote" || p == "his" || p == "her" {
					b.why("measure", d.span(j-1, j))
					return "votes"
				}
			}
		}
	}
	if percent && head < 0 {
		// "an average rate of striking teachers of 32.71%", "striker rates
		// of at least 60%": the rate says what the share is of.
		if m, ok := d.rateMeasure(k, s, b); ok {
			return m
		}
		// "hiked prices of fuel by up to 100 percent": what the verb of
		// change changed.
		if m, ok := d.changeOf(k, s, b); ok {
			return m
		}
		if k > s.first && (d.toks[k-1].low == "with" || d.toks[k-1].low == "on") && d.x.canon["votes"] {
			return "votes" // "re-elected with 41%", "on 23%"
		}
		// "32.7% of striking teachers according to the ministry, 60%
		// according to the unions": the share of the figure before in the
		// sentence, whose noun is left out.
		if d.lastShare != "" && d.lastShareSent == d.sentOf[k] {
			b.whyText("measure", "carried over from the share before: "+d.lastShare)
			return d.lastShare
		}
	}
	if percent {
		if m, ok := d.nearestMeasure(k, s, b); ok {
			if m == "voters" && d.x.canon["turnout"] {
				return "turnout" // a share of the voters is the turnout
			}
			return m
		}
		// "Inflation fell to 3.1%": the subject of the verb of change.
		if j := d.linkedBefore(k, s); j >= 0 && head < 0 {
			if m, ok := d.subjectNoun(j, s, b); ok {
				return m
			}
		}
		if head < 0 && d.lastShare != "" && d.paraOf[d.lastShareSent] == key {
			b.whyText("measure", "carried over from the share before: "+d.lastShare)
			return d.lastShare
		}
		return ""
	}
	// 3. A noun linked to the figure before it: "the number of
	// migrants who crossed … is 9,030" (the noun the number is of), "the
	// death toll was as high as 900", "gotaways totaled 73,463", "the
	// population is 138 million" (the subject).
	if j := d.linkedBefore(k, s); j >= 0 {
		if m, ok := d.frameMeasure(j, s, b); ok {
			return m
		}
		if m, ok := d.measureBefore(k, s, b); ok {
			return m
		}
		if m, ok := d.subjectNoun(j, s, b); ok {
			return m
		}
	}
	// 4. Carried over.
	if m, ok := carry(true); ok {
		return m
	}
	// 5. A bare figure in brackets or in a list ("counted marchers in
	// several towns: Lyon (4,500), Sète (1,200)") counts what its sentence
	// named before it.
	if head < 0 && k > s.first && k+1 <= s.last && d.toks[k+1].kind == tPunct {
		switch d.toks[k-1].low {
		case "(", ":", "–", "—", "-":
			if m, ok := d.measureBefore(k, s, b); ok {
				return m
			}
		}
	}
	return ""
}

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
// in its sentence, on the same side of any quotation mark.
func (d *document) measureBefore(k int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for i := k - 1; i >= s.first; i-- {
		if d.toks[i].quote != q {
			continue
		}
		if m, i0, ok := d.measureEnding(i, s.first); ok {
			b.why("measure", d.span(i0, i))
			return m, true
		}
	}
	return "", false
}

// nearestMeasure returns the measure named nearest before the figure at k
// in its sentence (on the same side of any quotation mark), else after it.
func (d *document) nearestMeasure(k int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for i := k - 1; i >= s.first; i-- {
		if d.toks[i].quote != q || d.toks[i].low == "body" {
			continue // "the highest judicial body": a body that is no corpse
		}
		if m, i0, ok := d.measureEnding(i, s.first); ok {
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
			t := d.toks[j]
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
		// "516 people including 203 men and 213 women … were reported
		// missing": past the parts to the verb of the whole.
		for j := i + 1; j <= s.last && j <= i+12; j++ {
			if t := d.toks[j]; t.kind != tWord && t.kind != tFig || t.capital {
				break
			}
			if w := d.toks[j].low; w == "were" || w == "was" || w == "are" || w == "is" || w == "have" || w == "had" || w == "has" {
				i = j
				break
			}
		}
	}
	for n := 0; i <= s.last && n < 7; i, n = i+1, n+1 {
		t := d.toks[i]
		if t.kind != tWord {
			if t.openQ || t.closeQ || d.isQuoteMark(i) {
				continue // 4,000 people ‘dead or injured’
			}
			return "", false
		}
		if m, n := d.measureAt(i); m != "" && !d.lx.person[t.low] {
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
				if m2, _ := d.measureAt(j + 1); m2 != "" && m2 != m && !d.lx.person[d.toks[j+1].low] {
					return m + " or " + m2, true
				}
			}
			return m, true
		}
		if strings.HasSuffix(t.low, "ly") || d.x.demonyms[t.low] != "" || t.low == "either" {
			continue // "were seriously wounded", "in Russian captivity"
		}
		switch t.low {
		case "under", "in", "still", "flee", "fled", "held":
			if t.low == "flee" || t.low == "fled" {
				return "displaced", true
			}
			if t.low == "held" && d.x.canon["prisoners"] {
				return "prisoners", true // "23 were still held"
			}
			continue
		case "been", "confirmed", "believed", "remain", "remained", "remains", "remaining", "listed", "as",
			"reported", "feared", "presumed", "officially", "thought", "known", "said", "to", "have", "be",
			"on", "the", "from", "into", "moved", "taken", "relocated", "driven", "forced", "sent", "brought", "left",
			"registered", "now", "living":
			continue
		}
		if !d.lx.aux[t.low] {
			return "", false
		}
	}
	return "", false
}

// subjectMeasure reads the measure of the noun a figure is linked to, or of
// the subject of the verb that takes it: "estimating the crowd at 300,000
// people", "A rally drew 300 people", "the rally, which organisers said drew
// 20,000".
func (d *document) subjectMeasure(k int, s sentence, b *builder) (string, bool) {
	j := k - 1
	if j > s.first && d.toks[j].low == "the" {
		j-- // "numbered in the hundreds", "ran into the thousands"
		if w := d.toks[j].low; j > s.first && (w == "in" || w == "into") {
			j--
		}
	}
	if j < s.first || d.toks[j].kind != tWord {
		return "", false
	}
	w := d.toks[j].low
	if !d.lx.linking[w] && !isIrregularPast(w) && !strings.HasSuffix(w, "ed") || d.cueAt(j, s.last) != 0 {
		return "", false // "received 57": the subject of a transfer is a party, not a measure
	}
	cl0, _ := d.clause(s, k)
	if cl0 > s.first+1 {
		switch d.toks[cl0].low {
		case "which", "that", "who":
			cl0, _ = d.clause(s, cl0-2) // the noun the relative clause is about
		}
	}
	q := d.toks[k].quote
	for i := k - 1; i >= cl0; i-- {
		if d.toks[i].quote != q {
			continue
		}
		if m, i0, ok := d.measureEnding(i, s.first); ok {
			b.why("measure", d.span(i0, i))
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
		t := d.toks[i]
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
		if d.lx.aux[t.low] || t.low == "been" {
			continue
		}
		if list && d.cls(i)&cBreaker == 0 && !strings.HasSuffix(t.low, "ed") && !isIrregularPast(t.low) {
			continue // another noun of the list
		}
		if d.cueAt(i, s.last) != 0 {
			return false // "were freed": the story's transfer goes on
		}
		return strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || isIrregularPast(t.low) && !d.lx.aux[t.low]
	}
	return false
}

// verbBefore reads the measure from a verb just before the figure: "killed
// at least 95 people", "injured 40 others".
func (d *document) verbBefore(k int, s sentence) (string, bool) {
	j := k - 1
	if j >= s.first && d.toks[j].kind == tWord {
		w := d.toks[j].low
		if m, _ := d.measureAt(j); m != "" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return m, true
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

// ownNoun returns the plural noun at token i as a measure of its own:
// lower case, without a possessive; "" for a name, a demonym or a word
// that is no plural noun of things counted.
func (d *document) ownNoun(i int) string {
	t := d.toks[i]
	if t.kind != tWord || t.capital || len(t.low) < 3 {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") {
		return "" // things counted are plural: not "higher", "home", "mainly"
	}
	if d.x.demonyms[w] != "" || d.x.demonyms[strings.TrimSuffix(w, "s")] != "" || d.lx.breaker[w] || d.lx.frame[w] {
		return ""
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return ""
		}
	}
	return w
}

// personNoun returns the noun of people right after the figure at k ("250
// migrants", "1,320 families"), for a count that no verb names.
func (d *document) personNoun(k int, s sentence) (string, int) {
	i := k + 1
	for i <= s.last && i < k+3 && d.toks[i].kind == tWord && isNumberModifier(d.toks[i].low) {
		i++
	}
	if i+1 <= s.last && d.toks[i].low == "of" && d.toks[i+1].kind == tWord {
		i++ // "hundreds of civilians"
	}
	if i > s.last || d.toks[i].quote != d.toks[k].quote {
		return "", 0
	}
	if a, h, ok := d.nounPhrase(i, s, d.toks[k].quote); ok && h > i && !d.listAfter(h, s) {
		// "10 police officers", "141,000 Turkish and foreign rescue
		// workers": the people as the phrase names them (not the first of
		// a list: "police officers, soldiers and firefighters").
		if w := d.ownNoun(h); w != "" && d.personLike(w) || d.lx.person[d.toks[h].low] {
			if m := d.phraseText(a, h); strings.IndexByte(m, ' ') > 0 || m != "" && !d.lx.person[m] {
				return m, h
			}
		}
	}
	if w := d.ownNoun(i); w != "" && d.personLike(w) {
		return w, i
	}
	if w := d.toks[i].low; d.lx.person[w] && !d.lx.generic[w] && !d.toks[i].capital {
		return w, i // "19,500 children", "40 women"
	}
	return "", 0
}

// personLike reports a plural noun of people: one the lexicon lists
// ("civilians", "families"), or one formed as nouns of people are
// ("defenders", "activists", "detainees", "residents", "guardsmen").
func (d *document) personLike(w string) bool {
	if d.lx.person[w] || d.lx.group[w] {
		return true
	}
	if d.lx.thing[w] {
		return false // "centres", "numbers": things that end as nouns of people do
	}
	for _, suf := range d.lx.personSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isQuoteMark reports a quotation mark that the quotation stage left as
// punctuation (scare quotes around a figure: counted "well over 60,000").
func (d *document) isQuoteMark(i int) bool {
	t := d.toks[i]
	if t.kind != tPunct {
		return false
	}
	r, n := utf8.DecodeRuneInString(d.text[t.start:t.end])
	if n != t.end-t.start {
		return false
	}
	return isQuoteRune(r) || r == '‘' || r == '’' || r == '\'' // single marks too: ‘more than 800,000’ protesters
}

// moneyMeasure names the measure of an amount of money by its currency.
func (d *document) moneyMeasure(f figure) string {
	u := strings.ToLower(strings.TrimSpace(f.unit))
	if c, ok := d.lx.currencies[u]; ok {
		return "money (" + c + ")"
	}
	if len(u) == 3 && u >= "aaa" && u <= "zzz" {
		return "money (" + strings.ToUpper(u) + ")" // an ISO code: "230,000 KES"
	}
	return "money"
}

// adjectiveAnd reports whether the "and" or "or" at token i joins
// adjectives before one noun ("large and small French cities", "Turkish
// and foreign rescue workers") rather than two noun phrases: two more
// words follow it, neither a breaker nor a verb.
func (d *document) adjectiveAnd(i int, s sentence, q int32) bool {
	if i+2 > s.last {
		return false
	}
	for j := i + 1; j <= i+2; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.quote != q || d.cls(j)&cBreaker != 0 || isIrregularPast(t.low) ||
			strings.HasSuffix(t.low, "ed") || d.lx.aux[t.low] {
			return false
		}
	}
	return true
}

// phraseText returns the noun phrase of tokens [a, h] as what a figure
// counts, in lower case, without what is no part of the thing counted:
// determiners, words of quantity, names and demonyms, possessives, and of a
// coordination all but its last member ("large and small French cities" →
// "small cities"). "" when the head itself is a name.
func (d *document) phraseText(a, h int) string {
	if d.toks[h].kind != tWord || d.toks[h].capital && !d.sentenceCase(h) {
		return ""
	}
	for j := h - 1; j >= a; j-- {
		if w := d.toks[j].low; w == "and" || w == "or" || d.toks[j].kind != tWord {
			a = j + 1
			break
		}
	}
	n := 0
	var sb strings.Builder
	for j := a; j <= h; j++ {
		t := d.toks[j]
		w := t.low
		if j < h && (t.capital || isDeterminer(w) || isNumberModifier(w) || d.lx.quantifier[w] ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") || d.x.demonyms[w] != "") {
			continue
		}
		if n > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
		n++
	}
	return sb.String()
}

// namedPeople reports a noun phrase of people that says which people
// they are by words of its own ("police officers", "rescue workers",
// "economically active people"): no verb saying they died or marched,
// they are counted as what they are, not as the toll or the crowd counted
// before them. A part ("including eight former officials") still belongs
// to its whole.
func (d *document) namedPeople(k int, s sentence, a, h int) bool {
	if a >= h || !d.personLike(d.toks[h].low) || d.lx.measureClass[d.lastMeasure]&(mcToll|mcCrowd) == 0 {
		return false
	}
	if cl0, cl1 := d.clause(s, k); d.partOf(k, cl0, cl1) {
		return false
	}
	m := d.phraseText(a, h)
	return strings.IndexByte(m, ' ') > 0
}

// nounPhrase reads the noun phrase that starts at token i, on quotation
// side q, past its determiners: its first word and its head, the last
// word before a breaker, a verb or a punctuation mark; ok is false when
// there is none. A participle may open it ("striking teachers").
func (d *document) nounPhrase(i int, s sentence, q int32) (a, h int, ok bool) {
	for i <= s.last && d.toks[i].kind == tWord && (isDeterminer(d.toks[i].low) || d.toks[i].low == "a" || d.toks[i].low == "an") {
		i++
	}
	a, h = i, -1
	for j := i; j <= s.last && j < i+5; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.quote != q {
			break
		}
		if (t.low == "and" || t.low == "or") && h >= 0 && d.adjectiveAnd(j, s, q) {
			continue
		}
		if d.cls(j)&cBreaker != 0 || d.lx.aux[t.low] || isIrregularPast(t.low) {
			break
		}
		if j > i && strings.HasSuffix(t.low, "ed") {
			break // "teachers joined": the verb
		}
		h = j
		if d.ownNoun(j) != "" || d.lx.person[t.low] {
			break // the first plural noun heads the phrase: "police officers need …"
		}
	}
	return a, h, h >= 0
}

// phraseMeasure returns what the noun phrase of tokens [a, h] counts: the
// vocabulary's measure when a phrase of it ends the noun phrase, else the
// noun phrase as written.
func (d *document) phraseMeasure(a, h int, b *builder) (string, bool) {
	if m, i0, ok := d.measureEnding(h, a); ok {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	if m := d.phraseText(a, h); m != "" {
		b.why("measure", d.span(a, h))
		return m, true
	}
	return "", false
}

// rateMeasure reads what a percentage with no noun of its own is a share
// of, from the nearest noun of rate or share before it in its sentence:
// "an average rate of striking teachers of 32.71%" (the noun phrase after
// "of"), "striker rates at least 60%", "an abstention rate above 60
// percent" (the noun before the rate). A possessive before the rate names
// whose share it is, not of what.
func (d *document) rateMeasure(k int, s sentence, b *builder) (string, bool) {
	q := d.toks[k].quote
	for j := k - 1; j >= s.first; j-- {
		t := d.toks[j]
		if t.quote != q || t.kind != tWord || !d.lx.rate[t.low] && d.lx.rateOf[t.low] == "" {
			continue
		}
		if m := d.lx.rateOf[t.low]; m != "" && d.x.canon[m] && j+1 < k && d.toks[j+1].low == "of" {
			b.why("measure", d.span(j, j))
			return m, true // "a score of 79.7 percent"
		}
		if !d.lx.rate[t.low] {
			continue
		}
		if j+2 <= s.last && d.toks[j+1].low == "of" {
			if a, h, ok := d.nounPhrase(j+2, s, q); ok && h < k {
				return d.phraseMeasure(a, h, b)
			}
			return "", false
		}
		i := j - 1
		if i < s.first || d.toks[i].kind != tWord || d.toks[i].quote != q {
			return "", false
		}
		w := d.toks[i].low
		if d.toks[i].capital && i > s.first || d.lx.grade[w] || isDeterminer(w) || isNumberModifier(w) ||
			d.cls(i)&cBreaker != 0 || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return "", false
		}
		if m, n := d.measureAt(i); m != "" && i+n == j {
			b.why("measure", d.span(i, j))
			return m, true // "the turnout rate", "the vote share"
		}
		if m := d.lx.rateOf[w]; m != "" && d.x.canon[m] {
			b.why("measure", d.span(i, j))
			return m, true // "his election victory percentage"
		}
		b.why("measure", d.span(i, j))
		return w + " " + strings.TrimSuffix(t.low, "s"), true // "an abstention rate"
	}
	return "", false
}

// eventObject returns the measure of the participants in the event named
// by the object that starts at token i ("the general strike", "Friday's
// walkout"), or "".
func (d *document) eventObject(i int, s sentence) string {
	for j := i; j <= s.last && j < i+4; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			return ""
		}
		if m := d.lx.eventCount[t.low]; m != "" && d.x.canon[m] {
			return m
		}
		if isDeterminer(t.low) || t.low == "a" || t.low == "an" || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s") {
			continue
		}
		if d.cls(j)&cBreaker != 0 {
			return ""
		}
	}
	return ""
}

// listAfter reports whether the noun at token h is the first of a list of
// nouns ("police officers, soldiers and medics"), not a noun followed by a
// relative clause ("officers, who …").
func (d *document) listAfter(h int, s sentence) bool {
	if h+1 > s.last {
		return false
	}
	switch d.toks[h+1].low {
	case "and", "or":
		return true
	case ",":
		return h+2 <= s.last && d.toks[h+2].kind == tWord && !d.lx.relative[d.toks[h+2].low]
	}
	return false
}

// linkedBefore returns the word that links the figure at k to a noun said
// before it ("rose to", "was", "totaled"), past words of comparison ("was
// as high as 900"), or -1.
func (d *document) linkedBefore(k int, s sentence) int {
	for j, n := k-1, 0; j >= s.first && n < 4 && d.toks[j].kind == tWord; j, n = j-1, n+1 {
		w := d.toks[j].low
		if d.lx.linking[w] && !(w == "as" || w == "at" && j+1 < k && d.toks[j+1].low == "least") {
			return j
		}
		switch w {
		case "as", "high", "low", "many", "much", "few", "little", "least", "most", "up", "down", "some", "about", "nearly":
			continue
		}
		return -1
	}
	return -1
}

// frameMeasure reads the noun a count is of when the figure is linked to
// a noun of number ("the number of migrants who have crossed … is 9,030",
// "the total of refugees registered reached 1.1 million"): the vocabulary's
// measure of the noun phrase, else the verb after it, else the noun
// phrase as written. A noun phrase that is a name ("the number of Thais
// released") stops the search for a measure said elsewhere in the
// sentence.
func (d *document) frameMeasure(link int, s sentence, b *builder) (string, bool) {
	for j := link - 1; j > s.first && j >= link-14; j-- {
		t := d.toks[j]
		if t.kind != tWord || !d.lx.withheldObj[t.low] || j+2 > s.last || d.toks[j+1].low != "of" {
			continue
		}
		a, h, ok := d.nounPhrase(j+2, s, t.quote)
		if !ok || h >= link {
			return "", false
		}
		if m, i0, ok := d.measureEnding(h, a); ok {
			b.why("measure", d.span(i0, h))
			return m, true
		}
		if m, ok := d.predicate(h+1, s); ok {
			b.why("measure", d.span(h+1, h+1))
			return m, true
		}
		m := d.phraseText(a, h)
		if d.lx.person[m] {
			return "", false // "the number of people freed": the verb or the sentence says
		}
		if m != "" {
			b.why("measure", d.span(a, h))
		}
		return m, true
	}
	return "", false
}

// subjectNoun reads the noun right before the word that links a figure
// to it, when the vocabulary does not know it: "gotaways totaled 73,463",
// "the total population is 138 million". Nouns of number ("the figure
// was") say nothing of what is counted.
func (d *document) subjectNoun(link int, s sentence, b *builder) (string, bool) {
	h := link - 1
	if h > s.first && d.lx.change[d.toks[h].low] && (d.toks[link].low == "to" || d.toks[link].low == "at") {
		h-- // "inflation fell to 3.1%": the subject of the verb of change
	} else if d.lx.prep[d.toks[link].low] {
		return "", false // "the work of twelve": a preposition links no subject
	}
	if h < s.first || d.toks[h].kind != tWord || d.toks[h].capital && h > s.first || d.lx.withheldObj[d.toks[h].low] ||
		d.cls(h)&cBreaker != 0 || d.lx.pronoun[d.toks[h].low] || d.lx.noncount[d.toks[h].low] || d.lx.rate[d.toks[h].low] ||
		strings.HasSuffix(d.toks[h].low, "ing") || strings.HasSuffix(d.toks[h].low, "ed") || isIrregularPast(d.toks[h].low) {
		return "", false // "bringing to 1,900 the number …": a verb, no subject
	}
	a := d.phraseStart(h, s)
	// "Crossings at the northern border were up 12%", "Turnout in
	// Sunday's runoff reached 66.6 percent": the subject is before the
	// prepositional phrase.
	for n := 0; n < 2; n++ {
		p := a - 1
		for p > s.first && (isDeterminer(d.toks[p].low) || isArticle(d.toks[p].low) || d.toks[p].capital ||
			strings.HasSuffix(d.toks[p].low, "'s") || strings.HasSuffix(d.toks[p].low, "’s")) {
			p--
		}
		if p <= s.first || !d.lx.prep[d.toks[p].low] || d.toks[p-1].kind != tWord || d.cls(p-1)&cBreaker != 0 {
			break
		}
		h = p - 1
		a = d.phraseStart(h, s)
	}
	if d.lx.withheldObj[d.toks[h].low] || d.lx.rate[d.toks[h].low] {
		return "", false
	}
	if m, i0, ok := d.measureEnding(h, a); ok {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	m := d.phraseText(a, h)
	if m == "" || d.lx.person[m] {
		return "", false
	}
	b.why("measure", d.span(a, h))
	return m, true
}

// objectOfVerb reports a figure that is the object of a verb before it
// ("accused of detaining 16,000 civilians", "deporting over 19,500
// children"): the verb says who they are, not the figure before.
func (d *document) objectOfVerb(k int, s sentence) bool {
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && isNumberModifier(d.toks[j].low) {
		j--
	}
	if j < s.first || d.toks[j].kind != tWord || d.lx.linking[d.toks[j].low] || d.lx.aux[d.toks[j].low] ||
		d.cls(j)&cBreaker != 0 || d.lx.prep[d.toks[j].low] {
		return false
	}
	switch d.toks[j].low {
	case "following", "according", "excluding", "concerning", "regarding", "counting", "totalling", "totaling":
		return false // prepositions and links that end as verbs do
	}
	w := d.toks[j].low
	return strings.HasSuffix(w, "ing") && len(w) > 5 || strings.HasSuffix(w, "ed") && len(w) > 4
}

// crowdAt reads a bare figure placed at a gathering ("estimate 40,000 at
// the rally", "150,000 at a vigil in the capital") as its crowd.
func (d *document) crowdAt(k int, s sentence, b *builder) (string, bool) {
	if k+2 > s.last || d.toks[k+1].low != "at" && d.toks[k+1].low != "in" {
		return "", false
	}
	a, h, ok := d.nounPhrase(k+2, s, d.toks[k].quote)
	if !ok {
		return "", false
	}
	if m, i0, ok := d.measureEnding(h, a); ok && d.lx.measureClass[m]&mcCrowd != 0 {
		b.why("measure", d.span(i0, h))
		return m, true
	}
	return "", false
}

// isArticle reports "a", "an" and "the": after a figure they open a noun
// phrase of its own ("the 20,000 a spokesman gave").
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// noObject reports a verb with no object after it, at token i: "joined
// in.", "joined, he said".
func (d *document) noObject(i int, s sentence) bool {
	if i <= s.last && d.toks[i].low == "in" {
		i++
	}
	return i > s.last || d.toks[i].kind == tPunct
}

// eventBefore returns the measure of those who take part in the nearest
// event named before token i, within a few sentences: a strike's strikers,
// a rally's protesters; "" when none is named.
func (d *document) eventBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-80; j-- {
		t := d.toks[j]
		if t.kind != tWord {
			continue
		}
		if m := d.lx.eventCount[t.low]; m != "" && d.x.canon[m] {
			return m
		}
		if m, n := d.measureAt(j); m == "protesters" && n == 1 && d.ownNoun(j) == "" && !strings.HasSuffix(t.low, "ed") {
			return m // "the rally", "the march"
		}
	}
	return ""
}

// perPhrase reads a rate of people or things per unit: "1 to 2 people per
// square metre", "three doctors per 1,000 residents".
func (d *document) perPhrase(a, h int, s sentence, b *builder) (string, bool) {
	if h+2 > s.last || d.toks[h+1].low != "per" {
		return "", false
	}
	m := d.phraseText(a, h)
	if m == "" {
		return "", false
	}
	e := h + 1
	for j := h + 2; j <= s.last && j <= h+4; j++ {
		if t := d.toks[j]; t.kind != tWord && t.kind != tFig || t.kind == tWord && d.cls(j)&cBreaker != 0 {
			break
		}
		e = j
	}
	if e == h+1 {
		return "", false
	}
	b.why("measure", d.span(a, e))
	return m + " " + d.text[d.toks[h+1].start:d.toks[e].end], true
}

// changeOf reads what a change by a percentage changed: the object of
// the verb of change ("hiked prices of fuel by up to 100 percent", "cut
// the budget by 8%") or, with none, its subject ("exports fell by 3%").
func (d *document) changeOf(k int, s sentence, b *builder) (string, bool) {
	if k-1 <= s.first || d.toks[k-1].low != "by" {
		return "", false
	}
	q := d.toks[k].quote
	for v := k - 2; v >= s.first && v >= k-24 && d.toks[v].quote == q; v-- { // past the commas of a list
		if d.toks[v].kind != tWord || !d.lx.change[d.toks[v].low] {
			continue
		}
		if a, h, ok := d.nounPhrase(v+1, s, q); ok && h < k-1 {
			return d.phraseMeasure(a, h, b)
		}
		if h := v - 1; h >= s.first && d.ownNoun(h) != "" {
			b.why("measure", d.span(h, h))
			return d.ownNoun(h), true
		}
		return "", false
	}
	return "", false
}

// phraseStart returns the first word of the noun phrase that ends at
// token h: up to two lower-case words before it that are no breakers.
func (d *document) phraseStart(h int, s sentence) int {
	a := h
	for a-1 >= s.first && a > h-3 && d.toks[a-1].kind == tWord && d.cls(a-1)&cBreaker == 0 && !d.toks[a-1].capital {
		a--
	}
	return a
}

// sentenceCase reports a capital that only opens its sentence
// ("Inflation fell to 3.1%"): no name the vocabulary knows, no demonym.
func (d *document) sentenceCase(h int) bool {
	if d.sents[d.sentOf[h]].first != h {
		return false
	}
	p, _, _ := d.partyAt(h)
	return p == "" && d.x.demonyms[d.toks[h].low] == "" && !d.lx.months[d.toks[h].low]
}

// modifierNoun reports a singular vocabulary noun that modifies the
// plural noun after it ("512 artillery and drone attacks", "20 body
// bags"): the phrase counts the plural noun.
func (d *document) modifierNoun(i, n int, s sentence) bool {
	w := d.toks[i].low
	if n != 1 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || i+1 > s.last {
		return false
	}
	j := i + 1
	if w := d.toks[j].low; (w == "and" || w == "or") && j+2 <= s.last && d.toks[j+1].kind == tWord {
		j += 2 // "missile and drone attacks"
	}
	next := d.ownNoun(j)
	if next == "" {
		return false
	}
	m, _ := d.measureAt(j)
	return m == ""
}

// inTheStreets reports "in the streets" (or "on", "into") at token i, past
// an "of" phrase: "550,000 opponents of the reform in the streets".
func (d *document) inTheStreets(i int, s sentence) bool {
	if i+1 <= s.last && d.toks[i].low == "of" {
		if _, h, ok := d.nounPhrase(i+1, s, d.toks[i].quote); ok {
			i = h + 1
		}
	}
	if i+2 > s.last {
		return false
	}
	switch d.toks[i].low {
	case "in", "on", "into":
		w := d.toks[i+2].low
		return d.toks[i+1].low == "the" && (w == "streets" || w == "street" || w == "squares")
	}
	return false
}
